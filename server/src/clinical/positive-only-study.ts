import { perVocabulary } from './patterns';
import type { ReadingVocabulary } from './vocabulary';
import { foldedPhrasesPattern, foldedText as folded } from './word-lists';

/**
 * "Rekv.: MR lumbal columna uten kontrast (MRI L-spine w/o contrast)", "Pyyntö: spine US": a Nordic or Finnish request
 * heading (keys.ts isPositiveOnlyPlanSpelling) is the plan only when its value is the study's name with nothing but words of
 * contrast, region and view after it (reading-vocabulary nativePlanPositiveOnly), then at most one bracket or "=" holding only
 * such words (a translation: "(MRI L-spine w/o contrast)", "= spinal US"), and the sentence ends. Anything else (a condition,
 * a refusal, a deferral, a year, "ev.", "?", a relative: "Rekv.: MR ländrygg hvis forverring", "Önskar: MR ländrygg för bror")
 * leaves the value read as before, under a key the language does not know (round 53, fix53b; narrowed after review r53).
 */
export function positiveOnlyStudy(value: string, v: ReadingVocabulary): boolean {
  const { studies, words } = positiveOnlyWords(v);
  const value0 = folded(value).trim().replace(/\.$/, '').trim();
  // Round 54 (fix54e): after a bracketed gloss, more words of the region and contrast may close the value, past a comma at
  // most ("kostní scintigrafie (bone scan), whole body", "RM (MRI) L-spine bez kontrastu"); any other word still refuses it.
  const m = /^([^()=]+?)[ \t]*(?:\(([^()]+)\)(?:[ \t]*,?[ \t]*([^()=,]+))?|=([^()=]+))?$/.exec(value0);
  if (!m) return false;
  const tokens = (t: string) => t.trim().split(/[ \t]+/);
  const known = (t: string) => studies.has(t) || words.has(t);
  const main = tokens(m[1]);
  if (!main.some((t) => studies.has(t)) || !main.every(known)) return false;
  if (m[3] !== undefined && !tokens(m[3]).every((t) => words.has(t))) return false;
  const gloss = m[2] ?? m[4];
  return gloss === undefined || (gloss.trim() !== '' && tokens(gloss).every(known));
}
const positiveOnlyWords = perVocabulary((v: ReadingVocabulary) => ({
  studies: new Set(v.nativePlanPositiveOnly.studies),
  words: new Set(v.nativePlanPositiveOnly.words),
}));

/**
 * Round 54 (fix54e): the sentence names the spine or its region in a Central or Eastern European or Turkish writer's own
 * word ("kręgosłupa", "páteře", "bederní", "coloana", "lombară", "omurga": nativePlanPositiveOnly.nativeSpine). Such a
 * sentence may hold that language's words of time, condition or refusal too, which the English reader cannot read ("RTG
 * kręgosłupa - rodzice odmówili", "Rx coloana lombară dacă durerea persistă"), so a study closing the note in it is the order
 * only when it is the study's name alone (positiveOnlyStudy; order-elsewhere.ts).
 */
export function namesNativeSpine(value: string, v: ReadingVocabulary): boolean {
  const spine = nativeSpineWords(v);
  return folded(value)
    .split(/[^\p{L}-]+/u)
    .some((w) => spine.has(w));
}
const nativeSpineWords = perVocabulary((v: ReadingVocabulary) => new Set(v.nativePlanPositiveOnly.nativeSpine));

const undonePattern = perVocabulary((v: ReadingVocabulary) => foldedPhrasesPattern(v.nativeReadingsGuard.undoneAfter));

/**
 * Narrowed after review r54 (fix54e): a study read from a native request heading, a closing sentence naming the spine in the
 * writer's own word or led by "Zlecam" is the order only when nothing after it undoes or replaces it: `rest` (the rest of its
 * sentence and every later line) holds no word of refusal, cancellation or replacement (reading-vocabulary
 * nativeReadingsGuard.undoneAfter: "Rodzice odmówili.", "Status: anulowano", "Parents declined.", "… instead"), and no later
 * keyed line ("Plan:", "Update:") names a study ("Plan: XR cancelled by mum, will do US").
 */
export function undoneLater(rest: string, v: ReadingVocabulary): boolean {
  const f = folded(rest);
  if (undonePattern(v).test(f)) return true;
  const { studies } = positiveOnlyWords(v);
  const lines = f.split('\n').slice(1);
  return lines.some((line) => /^\s*[\p{L} .]{1,30}:/u.test(line) && line.split(/[^\p{L}/-]+/u).some((w) => studies.has(w)));
}

/** Whether the sentence opens with a writer's own "I order" ("Zlecam", "Zlecamy": nativePlanPositiveOnly.leads). */
export function opensWithNativeLead(value: string, v: ReadingVocabulary): boolean {
  const m = /^\s*(\p{L}+)\s/u.exec(folded(value));
  return m !== null && v.nativePlanPositiveOnly.leads.includes(m[1]);
}
