/** Results told under a Studies or Imaging key, and a meeting's minutes that plan a study. */
import type { OrderVocabulary } from '../knowledge/schema';
import { isDiagnosticsKey, isOrderKeyed, isWritersLanguageOrderKey, wordsOf } from '../notes/headings';
import { isBesidesSpelling } from '../notes/keys';
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import { DATED, alternation, perVocabulary, phrasePattern } from './patterns';
import { type ReadingVocabulary, findAny, readingVocabulary } from './vocabulary';
import { namesOrDeclinesStudy } from './unknown-keys';
import { NAMES_A_STUDY, STUDY_HEAD, studyHead, STUDY_WORDS, US_WORDS } from './study-names';
import { ASKS, NOT_PAST, RESULT_WORD, tellsAFinding, IMAGING_FINDING, resultTold } from './study-reported';
import type { OrderWords } from './order-words';
import { breaksClause, conditioned, studyTailEnd } from './clauses';
import { DASH } from './study-mentions';

/**
 * "Paraclinical: lumbosacral radiography AP + profile: bilateral lysis of the isthmus L5", "Investigations: XR L-spine:
 * normal": a key the language does not know that names the studies, done or to do (notes/headings.ts isOrderKeyed). Not
 * a key that orders or requests ("Request:", "Se solicita:").
 */
export function isStudiesKey(f: Field): boolean {
  return !f.key && !!f.value && isOrderKeyed(f.rawKey) && !ORDERING_KEY.test(f.rawKey);
}
const ORDERING_KEY = /order|request|requisition|req\b|solicit|planned|required|placed|protocol/i;
/**
 * The sentences of a value under a key for the studies (isStudiesKey) that open on a study and tell its result, before any
 * other study named ("XR L-spine 2 weeks ago normal", "CT: bilateral lysis L5", "XR: normal, MRI requested"): each a
 * report of one done, read as history. Not one that tells only how or when the study is to be done ("MRI L-spine: urgent",
 * "MRI: under sedation", "MRI L-spine: scheduled for Monday", "XR: AP and lateral"), is pending or asks ("XR: r/o fracture").
 */
export function resultsUnderStudiesKey(f: Field, orDone?: ToldDone): Field[] {
  const out: Field[] = [];
  for (const m of f.value.matchAll(/(?:[^.;]|\.\d)+/g)) {
    const sentence = m[0].trim();
    const opening = STUDY_OPENING.exec(sentence);
    if (!opening) continue;
    let rest = sentence.slice(opening[0].length);
    const next = rest.search(NAMES_A_STUDY);
    if (next >= 0) rest = rest.slice(0, next);
    if (ASKS.test(rest) || NOT_PAST.test(rest) || NOT_YET.test(rest)) continue;
    // orDone: also one told done without its result ("XR L-spine done at OSH", "previous MRI", "US spine 2 wk ago").
    if (!tellsAResult(rest) && !(orDone && (orDone.after.test(rest) || orDone.before.test(opening[0]) || DATED.test(rest)))) continue;
    const start = f.valueSpan.start + (m.index ?? 0) + m[0].indexOf(sentence);
    out.push({ ...f, value: sentence, valueSpan: { start, end: start + sentence.length } });
  }
  return out;
}
interface ToldDone {
  /** After a study's name, prose.toldDone.after: words that tell it done ("done at OSH", "performed", "2 wk ago", "last month"). */
  after: RegExp;
  /** Before a study's name, prose.toldDone.before: words that tell it one done before ("previous XR", "prior MRI", "outside CT"). */
  before: RegExp;
}
/** The order vocabulary's prose.toldDone words as whole-word patterns (resultsUnderStudiesKey orDone), built once per vocabulary. */
export const toldDone = perVocabulary((v: OrderVocabulary): ToldDone => ({ after: anyScriptWords(v.prose.toldDone.after), before: anyScriptWords(v.prose.toldDone.before) }));
/** Whole words of any script ("назад", "prieš"): `\b` knows only ASCII letters. */
function anyScriptWords(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(words)})(?![\\p{L}\\p{N}_])`, 'iu');
}
/**
 * A meeting's "Outcome:", "Action:", "Decision:" read as the plan (keys.ts `besides`, withMinutesRead): minutes write what
 * was reviewed beside what was decided, sentence by sentence.
 */
function isMinutesPlan(f: Field): boolean {
  return (
    !!f.value &&
    ((f.key?.name === 'Plan' && (isBesidesSpelling(f.rawKey) || TRANSLATED_PLAN.test(f.rawKey) || isTreatmentPlan(f))) || (!f.key && isWritersLanguageOrderKey(f.rawKey)))
  );
}
/**
 * "Rx:", "Tx:", "Rx plan:", "Tx plan:", "Treatment plan:" head the treatment in British, Commonwealth and Asian notes, read as
 * the plan (reading-vocabulary.json unknownKeys.readAs), but the treatment's line also tells what was done ("Tx: MRI spine at
 * the transplant centre last month - normal", "Tx: vincristine; MRI spine at diagnosis clear"; "Tx" is also a transplant and a
 * treatment already given), and Spanish, French, Italian and Portuguese-trained writers write "Rx" for a radiograph and head
 * its result with it ("Rx: L-spine AP/lat: no fracture", "Rx: XR L-spine 2023"): a sentence there that reports a study
 * (reportedUnderTreatment) orders nothing.
 */
const TREATMENT_PLAN = /^\s*(?:(?:rx|tx)(?:\s*plan)?|treatment\s+plan)\s*$/i;
function isTreatmentPlan(f: Field): boolean {
  return TREATMENT_PLAN.test(f.writtenKey ?? f.rawKey);
}
/**
 * A sentence under a treatment key that reports its study (the words from the study's name on, up to the next study): a
 * result ("normal", "clear", "no fracture", "shows …", a Cobb angle "12°"), or told done or dated ("done at birth", "2 wk
 * ago", "last month", "(2023)", "03/2023"). Never one that asks or says why the study is to be done ("?tethered cord", "r/o
 * fracture", "to exclude", "query", "to assess the conus", "for occult dysraphism", "to look for"), reassures ("US spine,
 * reassure parents"), or waits on a condition or a booking ("if no better", "pending", "booked").
 */
export function reportedUnderTreatment(sentence: string, done: ToldDone): boolean {
  const at = sentence.search(NAMES_A_STUDY);
  const before = at > 0 ? sentence.slice(0, at) : '';
  let rest = at > 0 ? sentence.slice(at) : sentence;
  const next = rest.slice(1).search(NAMES_A_STUDY);
  if (next >= 0) rest = rest.slice(0, next + 1);
  const { reasons, result } = treatmentReports(readingVocabulary().treatmentKeyReports);
  if (ASKS.test(rest) || reasons.test(rest) || conditioned(sentence) || NOT_YET.test(rest) || NOT_PAST.test(rest)) return false;
  return resultTold(rest) || result.test(rest) || done.after.test(rest) || done.before.test(before) || DATED.test(rest);
}
/**
 * reading-vocabulary.json treatmentKeyReports as patterns: `reasons`, the study's reason or a time still to come ("for
 * ?tethered cord", "reassure parents", "booked for"); `result`, a result without a result word of RESULT_WORD ("clear",
 * "sin alteraciones", "no abnormality", "no acute change", "no fracture"), or a Cobb angle ("12°").
 */
const treatmentReports = perVocabulary((v: ReadingVocabulary['treatmentKeyReports']) => {
  // Whole words, letters of any script (a bare \b would not end "sans particularité").
  const whole = (alts: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts})(?![\\p{L}\\p{N}_])`, 'iu');
  const results = whole(`${alternation(v.results, { longestFirst: true, one: phrasePattern })}|no (?:[\\w-]+ )?(?:${alternation(v.negatedResults, { longestFirst: true })})`);
  return {
    reasons: whole(alternation(v.reasons, { longestFirst: true })),
    result: { test: (s: string) => results.test(s) || RESULT_NOTATION.test(s) },
  };
});
/** A Cobb angle ("12°") or a finding of the imaging denied ("no fracture"). */
const RESULT_NOTATION = new RegExp(String.raw`\d\s*°|\bno (?:[\w-]+ )?${IMAGING_FINDING.source}`, 'i');
/**
 * A plan key in the writer's own language ("Назначение:", "Skirta:", "Indicación:", isOrderKeyed) or translated word for word
 * ("Conduct to hold:", "It is requested:") heads what the writer wrote under it, a study done among the rest, as minutes do
 * ("Skirta: MRT stuburo prieš 2 mėn. - norma. Toliau kineziterapija."): its sentences that report a study done order nothing.
 */
const TRANSLATED_PLAN = /^\s*(?:conduct to hold|it is requested)\s*$/i;
/**
 * The plan of minutes (isMinutesPlan) without its sentences that order nothing: one reporting a study done (resultsUnderStudiesKey,
 * read as a prior: "Outcome: US spine 2 wk ago normal", "Action: XR L-spine done at OSH - normal"), one chasing the
 * records of a study (its name then prose.studyRecords: "Action: chase OSH MRI report", "request previous MRI images"),
 * one declined (prose.adviceDeclined: "Decision: MRI under GA — parents declined"). A sentence that is a study to do stays
 * ("Outcome: XR normal. MRI L-spine w/o." orders the MRI). Any other field is kept whole.
 */
export function minutesPlanRead(text: string, f: Field, ow: OrderWords, done: ToldDone): Field[] {
  if (!isMinutesPlan(f)) return [f];
  const asked = askedKey(f);
  const treatment = isTreatmentPlan(f);
  const reported = treatment ? new Set<number>() : new Set(resultsUnderStudiesKey(f, done).map((r) => r.valueSpan.start));
  const kept: Field[] = [];
  for (const m of f.value.matchAll(/(?:[^.;]|\.\d)+/g)) {
    const sentence = m[0].trim();
    if (!sentence) continue;
    const start = f.valueSpan.start + (m.index ?? 0) + m[0].indexOf(sentence);
    // "Pido: RM columna lumbar si la ecografía es anormal", "Peço: US lumbar spine do irmão": a request key's sentence
    // that is conditional, declined, a relative's, done with its date or not needed orders nothing (askedKeyRefused).
    if (asked && askedKeyRefused(sentence)) continue;
    const words = toWords(sentence, start);
    // Only a sentence of one study: beside another, the plan's own reading tells which is done and which to do ("previous
    // MRI reviewed - repeat MRI L-spine w/o", "XR declined, MRI L-spine w/o instead").
    const studies = words.filter((w) => STUDY_HEAD.has(w.text)).length;
    // "Rx: L-spine AP/lat: no fracture", "Tx: MRI spine last month - normal": a study reported; not "Rx: MRI L-spine w/o -
    // abnormal neuro exam" nor "Rx: US spine ?tethered cord", the reason for the study to do.
    if (treatment) {
      if (studies <= 1 && reportedUnderTreatment(sentence, done)) continue;
      if (studies === 1 && (recordsOfStudy(text, words, ow) || findAny(words, ow.adviceDeclined).length > 0)) continue;
    } else if (studies === 1) {
      if (reported.has(start) || recordsOfStudy(text, words, ow) || findAny(words, ow.adviceDeclined).length > 0) continue;
    }
    kept.push({ ...f, value: sentence, valueSpan: { start, end: start + sentence.length } });
  }
  if (kept.length && kept.length === [...f.value.matchAll(/(?:[^.;]|\.\d)+/g)].filter((m) => m[0].trim()).length) return [f];
  return kept;
}
/** A Portuguese or Spanish request key ("Pedido:", "Peço:", "Pido:"; reading-vocabulary askedKeyRefusals.keys). */
function askedKey(f: Field): boolean {
  if (f.key) return false;
  const keys = askedKeys(readingVocabulary().askedKeyRefusals.keys);
  return wordsOf(f.rawKey).some((w) => keys.has(w));
}
const askedKeys = perVocabulary((keys: readonly string[]) => new Set(keys));
/** reading-vocabulary.json askedKeyRefusals as whole-word patterns of any script, built once per vocabulary. */
const askedKeyRefusals = perVocabulary((v: ReadingVocabulary['askedKeyRefusals']) => {
  const whole = (alts: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts})(?![\\p{L}\\p{N}_])`, 'iu');
  const any = (list: readonly string[]) => alternation(list, { longestFirst: true, one: phrasePattern });
  return [
    whole(any(v.conditionals)),
    whole(any(v.declined)),
    whole(`(?:${any(v.relativeOf)})\\s+(?:${any(v.relatives)})`),
    // Done with its date within four words ("ya realizada el 3/2", "done 3/2"), not one still to be done ("to be done 3/2").
    whole(`(?<!(?:${any(v.notDoneYet)})\\s+)(?:${any(v.done)})(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+\\d{1,4}[./-]\\d{1,4}`),
    whole(any(v.notNeeded)),
  ];
});
/** A sentence under a request key that orders nothing: asked, conditional, declined, a relative's, done with its date, or not needed. */
function askedKeyRefused(sentence: string): boolean {
  // "Peço: MRI lumbar spine?": a sentence closing on its question asks; not "US spine ?tethered cord", its reason.
  if (/\?\s*$/.test(sentence)) return true;
  return askedKeyRefusals(readingVocabulary().askedKeyRefusals).some((re) => re.test(sentence));
}
/** The study's name is followed in its clause by its record ("OSH MRI report", "previous MRI images"), no dash between ("US spine — report to GP"). */
function recordsOfStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const tail = studyTailEnd(words, head, text);
  const next = words[tail + 1];
  return next !== undefined && !breaksClause(text, words[tail].end, next.start) && !DASH.test(text.slice(words[tail].end, next.start)) && findAny([next], ow.records).length > 0;
}
/** Words of a study's result: a result word, a finding of imaging, a level of the spine. */
function tellsAResult(t: string): boolean {
  return RESULT_WORD.test(t) || tellsAFinding(t) || IMAGING_FINDING.test(t) || SPINE_LEVEL.test(t);
}
/**
 * "Diagnostics: MRI lumbar spine without contrast." (headings.ts isDiagnosticsKey) is the order only when nothing says
 * otherwise: no other line of the note (the plan, "Procedere:", an order key) names a study or declines one
 * (unknownKeys.advisedStudies.planDeclines: "Plan: reassure, no imaging"), as the advised-studies keys give way
 * (unknown-keys.ts), and its value is one study alone in one clause, told with no result, date, condition or doing
 * (unknownKeys.diagnostics.told): "spinal ultrasound indeterminate", "US spine (normal)", "CT thoracolumbar spine - no
 * fracture", "spinal ultrasound 01/05 low-lying conus", "spinal ultrasound done" tell a study done, "MRI if US abnormal"
 * one that may come. Any other value is read as before the key was known (its results are priors: diagnosticsReports).
 */
export function diagnosticsOrders(f: Field, fields: readonly Field[], v: OrderVocabulary, rv: ReadingVocabulary = readingVocabulary()): boolean {
  if (f.key || f.column || !f.value || !isDiagnosticsKey(f.rawKey)) return false;
  if (otherLineNamesStudy(f, fields, rv)) return false;
  const value = withoutOtherBodyStudies(f.value.trim().replace(/[.\s]+$/, ''), v, new Set(rv.unknownKeys.diagnostics.told));
  // One clause: no second sentence, list, bracket, colon or dash ("FBC, CRP. X-ray L-spine", "XR: normal", "CT - no fracture"),
  // and no date or year ("01/05", "2023"; "2 planes", "AP and lat" tell how).
  if (!value || /[.;,:()[\]]|\s[-\u2013\u2014]\s|\d{1,4}[./-]\d|\b(?:19|20)\d{2}\b/.test(value)) return false;
  const opening = STUDY_OPENING.exec(value);
  if (!opening) return false;
  const rest = value.slice(opening[0].length);
  const told = new Set(rv.unknownKeys.diagnostics.told);
  const done = toldDone(v);
  if (tellsAResult(rest) || ASKS.test(rest) || done.after.test(rest) || done.before.test(opening[0]) || DATED.test(value)) return false;
  return !wordsOf(value).some((w) => told.has(w));
}
/**
 * "CT cervical spine native; polytrauma CT head/thorax/abdomen": a clause after ";" that names a study of another body part
 * (order-vocabulary notSpine), no spine, no result, no word told done and no number is set aside, so the spine's study
 * beside it stays one study alone.
 */
const bodyWords = perVocabulary((v: OrderVocabulary) => {
  // escapeRegExp (through alternation) leaves "-" as written: in a 'u' pattern "\-" outside a class is a syntax error.
  const words = (list: readonly string[]) => new RegExp(String.raw`(?<![\p{L}\d])(?:${alternation(list)})(?![\p{L}\d])`, 'iu');
  return { spine: words(v.spine), other: words(v.notSpine) };
});
function withoutOtherBodyStudies(value: string, v: OrderVocabulary, told: ReadonlySet<string>): string {
  if (!value.includes(';')) return value;
  const { spine, other } = bodyWords(v);
  const clauses = value.split(';');
  // Never one told done or with its result ("…; CT head normal"): the line then lists results, read as before.
  const aside = (c: string) => NAMES_A_STUDY.test(c) && other.test(c) && !spine.test(c) && !tellsAResult(c) && !wordsOf(c).some((w) => told.has(w)) && !/\d/.test(c);
  const kept = clauses.filter((c) => !aside(c));
  return kept.length && kept.length < clauses.length ? kept.join(';').trim() : value;
}
/** Another line of the note (the plan, "Procedere:", an order key) names a study or declines one (advisedStudies.planDeclines). */
function otherLineNamesStudy(f: Field, fields: readonly Field[], rv: ReadingVocabulary): boolean {
  return fields.some(
    (g) =>
      g !== f &&
      !!g.value &&
      !g.column &&
      (g.key?.name === 'Plan' || (!g.key && (isOrderKeyed(g.rawKey) || isWritersLanguageOrderKey(g.rawKey) || isDiagnosticsKey(g.rawKey)))) &&
      namesOrDeclinesStudy(g.value, rv),
  );
}
/**
 * "Ix: US spine indeterminate" (or "Investigations:", "Rx/Ix:") beside "Plan: MRI L-spine w/o": a key for the studies, done or
 * to do (isStudiesKey), that opens on a study told with a word of unknownKeys.diagnostics.told ("indeterminate", "equivocal",
 * "done", "normal") while another line names the study to do, tells that study done, as "Diagnostics:" does there
 * (diagnosticsOrders): it is no order, and its study is read as a prior (isDiagnosticsReport). Alone ("Ix: US spine", "Ix:
 * CBC, ESR; XR L-spine") it is read as before.
 */
export function studiesKeyReports(f: Field, fields: readonly Field[], rv: ReadingVocabulary = readingVocabulary()): boolean {
  if (f.column || !isStudiesKey(f) || isDiagnosticsKey(f.rawKey)) return false;
  const sentence = /^(?:[^.;]|\.\d)+/.exec(f.value.trim())?.[0] ?? '';
  const opening = STUDY_OPENING.exec(sentence);
  if (!opening) return false;
  let rest = sentence.slice(opening[0].length);
  const next = rest.search(NAMES_A_STUDY);
  if (next >= 0) rest = rest.slice(0, next);
  const told = new Set(rv.unknownKeys.diagnostics.told);
  if (!wordsOf(rest).some((w) => told.has(w)) && !tellsAResult(rest)) return false;
  return otherLineNamesStudy(f, fields, rv);
}
/**
 * "Diagnostics: spinal ultrasound indeterminate" beside "Plan: MRI lumbar spine": a diagnostics key that does not order
 * (diagnosticsOrders) reports its studies as a key for the studies does (resultsUnderStudiesKey, a study told done without its
 * result too), read as priors; so does "Ix: US spine indeterminate" there (studiesKeyReports), where the studies key's own
 * reading of results (resultsUnderStudiesKey) finds none ("indeterminate" is no result word of its own).
 */
export function isDiagnosticsReport(f: Field, fields: readonly Field[], v: OrderVocabulary): boolean {
  return (
    !f.key && !f.column && !!f.value && ((isDiagnosticsKey(f.rawKey) && !diagnosticsOrders(f, fields, v)) || (studiesKeyReports(f, fields) && !resultsUnderStudiesKey(f).length))
  );
}
/**
 * The sentences of a diagnostics key that orders nothing (isDiagnosticsReport) that open on a study and tell it done: its result
 * ("spinal ultrasound indeterminate", "equivocal, conus L2-3", "(inconclusive)", "- no fracture"), a date ("01/05 low-lying
 * conus", "on 12/03 without pathology") or its doing ("done"). Not one that asks, waits, is conditional ("consider MRI if US
 * abnormal") or negated before the study ("no MRI needed", "MRI not indicated"): those tell no study done.
 */
export function diagnosticsReported(f: Field, v: OrderVocabulary, rv: ReadingVocabulary = readingVocabulary()): Field[] {
  const told = new Set(rv.unknownKeys.diagnostics.told);
  const done = toldDone(v);
  const out: Field[] = [];
  for (const m of f.value.matchAll(/(?:[^.;]|\.\d)+/g)) {
    const sentence = m[0].trim();
    const opening = STUDY_OPENING.exec(sentence);
    if (!opening) continue;
    const before = wordsOf(opening[0]);
    if (before.some((w) => DIAGNOSTICS_NOT_DONE.has(w))) continue;
    let rest = sentence.slice(opening[0].length);
    const next = rest.search(NAMES_A_STUDY);
    if (next >= 0) rest = rest.slice(0, next);
    const words = wordsOf(rest);
    if (ASKS.test(rest) || NOT_YET.test(rest) || words.some((w) => DIAGNOSTICS_NOT_DONE.has(w) && w !== 'no')) continue;
    if (/^\W*no\b/i.test(rest)) continue;
    if (!tellsAResult(rest) && !done.after.test(rest) && !done.before.test(opening[0]) && !DATED.test(rest) && !/\d/.test(rest) && !words.some((w) => told.has(w))) continue;
    const start = f.valueSpan.start + (m.index ?? 0) + m[0].indexOf(sentence);
    out.push({ ...f, value: sentence, valueSpan: { start, end: start + sentence.length } });
  }
  return out;
}
/** Words that tell a study under a diagnostics key not done: declined, conditional, planned ("no MRI needed", "MRI if abnormal"). */
const DIAGNOSTICS_NOT_DONE = new Set(['no', 'not', 'nil', 'none', 'if', 'consider', 'considered', 'planned', 'requested', 'plan', 'needed', 'indicated']);
/** The study is still to come: pending, awaited, scheduled, to do. */
export const NOT_YET = /\b(?:pending|awaiting|awaited|scheduled|to do|to be)\b/i;
/** After a study's colon, how or when it is to be done ("urgent", "under sedation", "AP and lateral", "to be scheduled"): no result, no question, not pending. */
export function detailAfterColon(after: string): boolean {
  return !tellsAResult(after) && !ASKS.test(after) && !/\b(?:pending|awaiting|awaited|not done|not yet)\b/i.test(after);
}
/** A sentence opening on a study (its region at most three words before it). */
const STUDY_OPENING = new RegExp(String.raw`^(?:[\w/+.-]+\s+){0,3}(?:${STUDY_WORDS}|${US_WORDS})\b`, 'i');
/** A level of the spine, as a report names where it found something ("lysis L5", "L5/S1 grade I"). */
const SPINE_LEVEL = /\b(?:[CLS][1-9]|T(?:[3-9]|1[0-2]))\b/;
