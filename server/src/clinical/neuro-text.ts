/** The neuro exam as a note states it: a field's verdict, graded muscles, a checklist, and a normal or abnormal exam told in free text. */
import { RELATIVE_WORDS } from '../notes/headings';
import type { KeyName } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import { CLAUSE_STOP, type Span, widen } from '../notes/text';
import { type Phrase, type Word, matchAt, toWords } from '../notes/words';
import { work } from '../notes/work';
import { contextTokens, readContext } from './context';
import { contextLexicon } from './lexicon';
import { crossDenialLine } from './cross-marks';
import { sbarObserved } from './handoff';
import { isPhoneCallNote, phoneNoteNamesExam } from './phone-call';
import { type FindingHit, fieldWords, historyIsThePresentIllness, isNormalValue } from './findings';
import { examNamedAfterCue, infancyWords, readExamItems } from './neuro-exam';
import { alternation, escapeRegExp, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { type PhraseMatch, type ReadingVocabulary, findAny, findMatches, phraseSetOf, readingVocabulary } from './vocabulary';
import { sentenceEnd, sameSentence } from './clauses';
import { sentenceOf } from './gated-phrases';
import type { Facts } from './note-facts';
import { suspicionKey } from './suspicion-keys';
import { reflexGradesIn } from './reflex-grades';
import { wholeWordsPattern, wordsSource } from './word-lists';

const NEURO_NORMAL_WORDS = new Set(['intact', 'normal', 'nonfocal', 'unremarkable', 'wnl', 'symmetric', 'symmetrical', 'appropriate', 'nl', 'mae', 'grossly']);
const NEURO_ABNORMAL_WORDS = new Set([
  'abnormal',
  // "Neurological exam: without alterations" (Portuguese "sem alterações", Spanish "sin alteraciones"): denied, it is a normal exam.
  'alteration',
  'alterations',
  // "sensation altered in the L5 distribution": a deficit, as "decreased" is.
  'altered',
  'abnormality',
  'abnormalities',
  'deficit',
  'deficits',
  'weak',
  'weakness',
  'decreased',
  'reduced',
  'absent',
  'asymmetric',
  'asymmetry',
  'brisk',
  'clonus',
  'hyperreflexia',
  'hyporeflexia',
  'spastic',
  'spasticity',
  'hypotonia',
  'hypertonia',
  'focal',
  'numbness',
  'paresis',
  'drop',
  'diminished',
  'upgoing',
  'babinski',
  'atrophy',
  'wasting',
]);

/** "strength 5/5": full strength is a statement of a normal exam (the same guards against dates). */
const STRENGTH_FULL = /(?<![\d./])5\s*\/\s*5\b(?!\s*\/\s*\d)/gi;
/**
 * A muscle graded below full strength ("hip flexion 4/5", "EHL 3+/5", "L TA 4/5"): a deficit, whatever
 * else is called normal. A date is not a grade: no digit or slash before it, no further "/26" after
 * it, and not straight after a word that introduces a date ("seen 4/5", "PT eval 4/5", "clinic 2/5").
 */
const BELOW_FULL_NOT_A_DATE =
  /(?<![\d./])(?<!\b(?:visit|visits|seen|dated|date|on|since|from|eval|evaluation|clinic|appt|appointment)\s{1,3})(?:[0-4](?:\s*[+-])?|5\s*-)\s*\/\s*5\b(?!\s*\/\s*\d)/i;
/** The same below full, scanned through an exam or history value (global: a muscle word must stand beside it there). */
const BELOW_FULL_IN_TEXT = new RegExp(BELOW_FULL_NOT_A_DATE.source, 'gi');
/** Words that make an x/5 beside them a score or a count, not a strength grade. */
const NOT_A_GRADE = /^(?:pain|painful|pains|tender|tenderness|score|scores|scale|sessions?|visits?|injur\w*|days?|weeks?|wks?|effort|submaximal|give)$/i;
/** Words that make a 5/5 a statement of full strength (a normal exam needs more than a bare fraction). */
const MUSCLE_WORD =
  /^(?:strength|str|motor|power|fuerza|force|kraft|muskelkraft|\w*flex\w*|extens\w*|ehl|quads?|quadriceps|hamstrings?|gastrocs?|iliopsoas|abduct\w*|adduct\w*|[lrb]?[lu]e|grip|hips?|knees?|ankles?|toes?|legs?|foot|feet|arms?|muscles?|extremit\w*|throughout)$/i;
const WORDS_BEFORE = /(?:[a-z][a-z+-]*[^a-z]+){0,3}$/i;
const WORDS_AFTER = /^(?:[^a-z]+[a-z]+){0,3}/i;

/** Whether a strength-grade pattern (global) occurs next to a muscle or strength word. */
function gradedMuscle(value: string, grade: RegExp): boolean {
  grade.lastIndex = 0;
  for (let m = grade.exec(value), n = 0; m && n < 8; m = grade.exec(value), n++) {
    work.steps += 60;
    // Only the grade's own sentence: "back pain 3 wk. Power 3/5 in left leg" grades the leg, the weeks are another sentence's.
    const lead = value.slice(Math.max(0, m.index - 40), m.index);
    const tail = value.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // A grade opening its sentence grades the words before it ("Power: L hip flexion. 3/5"): those are read.
    const own = lead.slice(lead.search(/[^;\n\r]*$/)).replace(/^.*\.(?=\s)/s, '');
    const before = WORDS_BEFORE.exec(/[a-z]/i.test(own) ? own : lead)?.[0] ?? '';
    const after = WORDS_AFTER.exec(tail.replace(/(?:\.(?=\s|$)|[;\n\r]).*$/s, ''))?.[0] ?? '';
    const near = (before + ' ' + after).split(/[^a-z]+/i);
    // "L leg pain 3/5", "tenderness 2/5", "PT 3/5 sessions": a score or a count beside a muscle word, not a grade.
    if (near.some((w) => NOT_A_GRADE.test(w))) continue;
    if (near.some((w) => MUSCLE_WORD.test(w))) return true;
  }
  return false;
}

/** A value that only tells the exam was not done (reading-vocabulary neuroNotExamined), a full stop after it at most. */
export const notExaminedOf = perVocabulary((v: ReadingVocabulary['neuroNotExamined']) => new RegExp(String.raw`^\s*(?:${wordsSource(v.words)})\s*\.?\s*$`, 'i'));

/**
 * "Neuro: normal tone, no deficits" is a normal exam; "Neuro: intact except absent ankle jerk" is
 * not. Any sign of a deficit that is not ruled out wins; otherwise a word of normality makes it
 * normal; otherwise the exam is unknown (neither reassures nor escalates).
 */
export function readNeuro(written: string, text: string, f: Field, hits: FindingHit[], ageMonths: number | undefined): 'normal' | 'abnormal' | 'unknown' {
  const state = readNeuroValue(written, text, f, hits, ageMonths);
  // "Neuro exam at OSH: reportedly normal per mom": a normal exam only a parent tells is no exam; a deficit still counts.
  return state === 'normal' && toldOnlyByParent(text, f.valueSpan) ? 'unknown' : state;
}

/**
 * Every sentence of a value holds a parent's cue (neuroToldByParent) with no exam of the writer's after it
 * (neuroExamAfterParent): "reportedly normal per mom", "Per dad moving legs well". Not "per mom moving legs well. Normal
 * tone, reflexes 2+", nor "per mom ok, on exam normal".
 */
function toldOnlyByParent(text: string, value: Span): boolean {
  const v = readingVocabulary();
  const cues = phraseSetOf(v.neuroToldByParent);
  const exam = phraseSetOf(v.neuroExamAfterParent);
  let told = false;
  for (let a = value.start; a < value.end;) {
    const b = Math.min(sentenceEnd(text, a), value.end);
    const words = toWords(text.slice(a, b), a);
    if (words.length) {
      const cue = findAny(words, cues)[0];
      if (
        !cue ||
        findAny(
          words.filter((w) => w.start >= cue.end),
          exam,
        ).length
      )
        return false;
      told = true;
    }
    a = b;
  }
  return told;
}

function readNeuroValue(written: string, text: string, f: Field, hits: FindingHit[], ageMonths: number | undefined): 'normal' | 'abnormal' | 'unknown' {
  // "Neuro: N/A", "Neuro: not assessed", "deferred": no exam was done, which is never a normal one.
  if (notExaminedOf(readingVocabulary().neuroNotExamined).test(f.value)) return 'unknown';
  if (isNormalValue(f.value)) return 'normal';
  if (hits.some((h) => h.field === f && h.present && h.finding.category.endsWith('-symptom'))) return 'abnormal';
  // A grade below full is a deficit wherever it stands in a Neuro value ("L TA 4/5", "4/5 on the left"),
  // unless it is part of a date: missing a deficit would talk needed imaging down.
  if (BELOW_FULL_NOT_A_DATE.test(f.value)) return 'abnormal';
  const words = toWords(f.value, f.valueSpan.start);
  // "moves both legs, L less than R", "reflexes: knees normal, ankles absent": the exam item by item.
  const items = readExamItems(text, words, ageMonths);
  if (items.abnormal) return 'abnormal';
  const grades = reflexGradesIn(text, f.valueSpan.start, f.valueSpan.end);
  if (grades.abnormal.length) return 'abnormal';
  // Upgoing plantars in an infant: the item reader has weighed them (normal unless one side only).
  const young = infancyWords(ageMonths);
  let normal = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (young.has(w)) continue;
    if (NEURO_ABNORMAL_WORDS.has(w)) {
      // "no focal deficits", "non-focal": a deficit ruled out is a statement of normality.
      if (words[i - 1]?.text === 'non' || readContext(text, words[i].start, words[i].end).negated) normal = true;
      else return 'abnormal';
    }
    if (NEURO_NORMAL_WORDS.has(w)) normal = true;
  }
  if (normal || gradedMuscle(f.value, STRENGTH_FULL)) return 'normal';
  // "Neuro: moving all limbs, grips equal, sensation ok": told as free text tells it, unless the value says the exam
  // was not done or only in part ("unable to assess, moving all limbs", "limited by crying").
  if (findMatches(words, phraseSetOf(readingVocabulary().neuroExamItems.notExamined)).length) return 'unknown';
  // Every clause must tell its part normal: "moving all limbs, L leg drags" tells a finding the vocabulary may not know.
  const clauses = clauseSpans(f.value, f.valueSpan.start);
  // "Neuro: NAD, moves all limbs": a clause that is a normal-state value alone ("NAD", "WNL") tells its part normal.
  const stated = (c: Span) =>
    isNormalValue(text.slice(c.start, c.end)) ||
    normalStated(
      written,
      text,
      c,
      words.filter((w) => w.start >= c.start && w.end <= c.end),
      true,
    ) !== undefined;
  // "Neurological status: Lasegue negative, reflexes preserved, D=S": a straight-leg test passed over, never normal alone.
  const neutral = phraseSetOf(readingVocabulary().neuroNormalOnNeuroKey.neutral);
  const told = clauses.filter((c) => {
    const cw = words.filter((w) => w.start >= c.start && w.end <= c.end);
    return !findMatches(cw, neutral).some((m) => m.from === 0 && m.to === cw.length);
  });
  return told.length > 0 && told.every(stated) ? 'normal' : 'unknown';
}

/** The clauses of a value (split at commas, semicolons and sentence ends), each with a letter or a digit, offset by `at`. */
function clauseSpans(value: string, at: number): Span[] {
  const out: Span[] = [];
  const re = /[^,;]+?(?:[.!?](?=\s|$)|[,;]|$)/g;
  for (let m = re.exec(value); m && m[0]; m = re.exec(value)) if (/[\p{L}\p{N}]/u.test(m[0])) out.push({ start: at + m.index, end: at + m.index + m[0].length });
  return out;
}

/**
 * Keys whose free text may tell the exam: the history, the exam, the assessment, the plan ("Plan: MRI … Neuro normal."),
 * and a Dimple line whose value goes on past the dimple to the rest of the exam ("Dimple: single, 4mm, … base seen.
 * Walking, neuro exam normal.").
 */
const NEURO_TEXT_KEYS = new Set<KeyName>(['Presentation', 'Findings', 'Indication', 'Plan', 'Patient', 'Dimple']);

type NeuroFact = Facts['neuro'];

/**
 * The exam told in free text when no Neuro key is given: in a history, an exam or plan value, or a
 * line of its own ("Neuro intact.", which is too short to be read as prose). A sign found on
 * examination ("L leg weaker", "absent R ankle reflex", "reflex 3+", a muscle graded below full:
 * reading-vocabulary.json neuroAbnormalInText) or a deficit read on an exam line makes it abnormal;
 * otherwise a statement of a normal exam (neuroNormalInText, neuroExamVerdict, "strength 5/5") makes
 * it normal, unless a deficit is told in the same sentence ("neuro intact except L foot weakness");
 * otherwise it is unknown. A symptom told in the history ("+numbness L foot?") is no exam finding:
 * it counts as a symptom of its own (classification, escalation-referral, simple-dimple).
 */
export function readNeuroInText(note: ParsedNote, text: string, all: readonly Field[], hits: FindingHit[], ageMonths: number | undefined): NeuroFact {
  const parts = neuroTextParts(note, all);
  const words = parts.map((p) => p.words ?? toWords(text.slice(p.start, p.end), p.start));
  const abnormal = abnormalInText(text, parts, words, ageMonths);
  if (abnormal) return { state: 'abnormal', span: abnormal };
  const onExam = hits.find((h) => h.present && h.finding.category === 'neurologic-symptom' && h.field.key?.name === 'Findings');
  if (onExam) return { state: 'abnormal', span: onExam.span };
  const deficits = hits.filter((h) => h.present && h.field.key?.name !== 'Symptoms' && h.finding.category === 'neurologic-symptom' && h.field.key?.name !== 'Red flags');
  const normal = (span: Span): NeuroFact => {
    const told = deficits.find((d) => sameSentence(text, d.span, span));
    return told ? { state: 'abnormal', span: told.span } : { state: 'normal', span };
  };
  // "She's feeding and kicking well; I didn't examine her neurologically today": the exam was not done, and what the
  // note observes is no normal exam (a deficit told anywhere still counts, above).
  // A normal exam told in a later sentence still counts: "Neuro exam deferred at triage. Reassessed: neuro exam normal",
  // "At the last visit I did not examine him neurologically. Today reflexes 2+ symmetric".
  const notDone = phraseSetOf(readingVocabulary().neuroExamNotDone);
  let notDoneUntil = -1;
  // "… not possible over video but later in clinic: tone normal, MAE": the not-done ends where an exam in person is told.
  const inPerson = phraseSetOf(readingVocabulary().neuroExamInPersonAfter.phrases);
  for (const w of words)
    for (const m of findMatches(w, notDone)) {
      const end = sentenceEnd(text, m.span.end);
      const later = findAny(
        w.filter((x) => x.start >= m.span.end && x.end <= end),
        inPerson,
      )[0];
      notDoneUntil = Math.max(notDoneUntil, later ? later.start : end);
    }

  // "A: HR 132, moves both legs": a nurse's SBAR observation that reassures is no exam (a deficit there counts above);
  // a statement there that names the exam itself ("A: neuro exam nl", "no focal deficits", "CMS intact") is one.
  const observed = sbarObserved(note)?.valueSpan.start;
  const examNamed = wordSetOf(readingVocabulary().handoff.sbar.examNamed);
  const namesExam = (said: Span) => toWords(text.slice(said.start, said.end)).some((x) => examNamed.has(x.text));
  // Asked only once a normal statement is read (most notes tell none).
  let phoneCall: boolean | undefined;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].end <= notDoneUntil) continue;
    let w = notDoneUntil > parts[i].start ? words[i].filter((x) => x.start >= notDoneUntil) : words[i];
    if (!w.length) continue;
    if (parts[i].start === observed) {
      // Clause by clause, so that an observation told first ("gait nl") hides no exam told beside it ("neuro exam nl").
      const exam = clauseSpans(text.slice(parts[i].start, parts[i].end), parts[i].start)
        .map((c) =>
          normalStated(
            note.text,
            text,
            c,
            w.filter((x) => x.start >= c.start && x.end <= c.end),
          ),
        )
        .find((said) => said !== undefined && namesExam(said) && !toldByParent(text, parts[i], said));
      // Never over a deficit told anywhere in the note ("A: neurovascularly intact R arm (splinted); legs weak bilat").
      if (exam && !hits.some((h) => h.present && h.finding.category === 'neurologic-symptom')) return normal(exam);
      continue;
    }
    // "Per dad baby is well, kicking both legs": what a parent reports is no exam; a later sentence may still tell one.
    let said = normalStated(note.text, text, parts[i], w);
    // "After-hours Telephone Triage … Moving both legs normally": on the phone only the caller observes; a statement that
    // names the exam ("neuro exam nl at yesterday's visit") is still one.
    // A clinician's exam terms ("tone normal, MAE", "Examined Tuesday: …") still tell one; only a caller's report of movement is dropped.
    for (let tries = 0; said && (phoneCall ??= isPhoneCallNote(note.text)) && !namesExam(said) && !phoneNoteNamesExam(text.slice(said.start, said.end)); tries++) {
      const after = said.end;
      w = tries < 12 ? w.filter((x) => x.start >= after) : [];
      said = w.length ? normalStated(note.text, text, parts[i], w) : undefined;
    }
    // The next statement is tried ("Per mom kicking well, on my exam kicking both legs"): the cue's reach is toldByParent's.
    for (let tries = 0; said && toldByParent(text, parts[i], said); tries++) {
      const after = said.end;
      w = tries < 12 ? w.filter((x) => x.start >= after) : [];
      said = w.length ? normalStated(note.text, text, parts[i], w) : undefined;
    }
    // "NIPE at birth: normal exam incl neuro. Today: weak L leg kicks": a sign found anywhere wins over these statements.
    if (said && guardedSaid(text, said) && hits.some((h) => h.present && h.finding.category === 'neurologic-symptom')) said = undefined;
    if (said) return normal(said);
    // "Strength 5/5 throughout BLE": full strength beside a muscle word.
    const p = parts[i];
    if (p.graded && gradedMuscle(text.slice(Math.max(p.start, notDoneUntil), p.end), STRENGTH_FULL)) return normal({ start: p.start, end: p.end });
  }
  return { state: 'unknown' };
}

/**
 * A statement of a normal exam in one value or line (`words` are its words): a phrase of neuroNormalInText ("moving
 * all limbs", "tone normal"), the exam named and a word of normality after it ("sensation ok", "neuro exam is non
 * focal"), or a check mark after it ("Neuro ✓"); each within its clause and not denied. `written` is the note as
 * written, `text` as the form reader fills it in. On a Neuro key's own line (`onNeuroKey`) the phrases of neuroNormalOnNeuroKey count
 * too ("Neuro: good tone"), and none of them after an arm ("Upper limbs: good tone") or spoilt later in its sentence.
 */
function normalStated(written: string, text: string, part: Span, w: readonly Word[], onNeuroKey = false): Span | undefined {
  const v = readingVocabulary();
  const notNormal = wordSetOf(v.neuroNotNormalWords);
  const notBeforeExam = wordSetOf(v.neuroExamVerdict.notBefore);
  const upperLimb = wordSetOf(v.neuroExamItems.limbKeys.upper);
  const ofStudy = findMatches(w, phraseSetOf(v.neuroNormalOfStudy.wordings)).filter((m) => !toldOfAnother(text, w, m.from, m.to));
  // "Neuro: good tone" on its key's line, or inline after the exam's name ("Exam: tuft over the sacrum. Neuro: good tone").
  // The exam's name right before a phrase told inline ("Neuro: good tone"): neuroNormalOnNeuroKey.examNames.
  const named = wordSetOf(v.neuroNormalOnNeuroKey.examNames);
  const onKey =
    onNeuroKey || w.some((x) => named.has(x.text))
      ? findMatches(w, phraseSetOf(v.neuroNormalOnNeuroKey.phrases))
          .filter((m) => onNeuroKey || (m.from > 0 && named.has(w[m.from - 1].text)))
          .filter((m) => wholeValueRead(text, w, m, onNeuroKey, v.neuroNormalOnNeuroKey.wholeValue) && !remoteLine(text, m.span))
          .filter((m) => !guardRefuses(text, w, m, v.neuroNormalOnNeuroKey.guarded))
          .filter((m) => exactlyTold(text, w, m, onNeuroKey, v.neuroNormalOnNeuroKey.exactValue.phrases))
      : [];
  // "reflexes D=S", "Babinski negative", "no paresis": only today's exam by the writer, nothing near that takes it back, and
  // only under the exam's own name with nothing but normal items beside it.
  const guarded = findMatches(w, phraseSetOf(v.neuroNormalInTextGuarded.phrases)).filter(
    (m) => guardedRead(text, w, m, v) && !remoteLine(text, m.span) && guardedPlaced(text, w, m, v, onNeuroKey),
  );
  // "CMS intact x4" is the exam; "CMS intact distal to splint RUE", "in R hand (wrist splinted)" a limb's check.
  const circulation = findMatches(w, phraseSetOf(v.neuroNormalCirculation.phrases)).filter((m) => ofWholeLimbs(text, w, m.to, m.span.end));
  for (const m of [...findMatches(w, phraseSetOf(v.neuroNormalInText)), ...guarded, ...circulation, ...onKey, ...ofStudy]) {
    // "red reflexes normal", "light reflexes normal": the eye's, not the neurologic exam.
    if (m.from > 0 && notBeforeExam.has(w[m.from - 1].text)) continue;
    // "Upper limbs: good tone", "UL: moving well": the arms' exam says nothing of the legs.
    if (m.from > 0 && upperLimb.has(w[m.from - 1].text) && !/[,;:.\n\r]/.test(text.slice(w[m.from - 1].end, w[m.from].start))) continue;
    // "reflexes D>S", "PSR S<D": a comparison sign inside the words of a normal statement ("reflexes d s") is an asymmetry.
    if (/[<>]/.test(text.slice(m.span.start, m.span.end))) continue;
    const own = ownWords(m.phrase);
    // "legs move normally when held, but not spontaneously", "moves legs well but only when stimulated": spoilt after it.
    // This round's Romance wordings ("moves the lower members well", "good tonus") give way to a doubt near them.
    if (givesWayToDoubt(m.phrase, v.neuroNormalWholeSentence) && (doubtNear(text, m.span) || spoiltNear(text, m.span, v.neuroNormalWholeSentence))) continue;
    if (withinClause(text, m.span, false) && !deniedHere(text, m.span, w[m.to - 1], own) && !wordsAmong(w, m.from + 1, m.to - 1, notNormal, own) && !spoiltAfter(text, m.span.end))
      return m.span;
  }
  return (
    examVerdict(text, w, v.neuroExamVerdict, notNormal) ??
    examChecked(written, text, part, w, v.neuroExamVerdict) ??
    wholeSentenceNormal(text, w, v.neuroNormalWholeSentence) ??
    exactSentenceNormal(text, w, v.neuroNormalExactSentence)
  );
}

/** The text of the line around `at`, from the line's start to `at` and from `at` to its end. */
function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}
function lineAfter(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}
/** Nothing but the line's start or a full stop (never "?", a comma or a word) before a statement: the start of its sentence. */
const OPENS_SENTENCE = /(?:^|[.!;][ \t]+)[ \t]*$/;

/**
 * A phrase of neuroNormalOnNeuroKey.exactValue ("ua", "u.a.", "intakt"; round 53, fix53b, narrowed after review r53) read only
 * as all the key's value says as written, a full stop after it at most: on the key's line its value opens after the colon
 * ("Neuro: ua"), inline the exam's name opens its sentence ("… 3 wk. Neuro: ua."). Never "Neuro: ?ua", "Neuro: intakt vid
 * förra besöket", "Neuro: intakt. Svag vänster fot.".
 */
function exactlyTold(text: string, w: readonly Word[], m: PhraseMatch, onNeuroKey: boolean, phrases: readonly string[]): boolean {
  if (!phrases.includes(m.phrase.map(String).join(' '))) return true;
  const after = lineAfter(text, m.span.end);
  if (onNeuroKey) return m.from === 0 && m.to === w.length && /:[ \t]*$/.test(lineBefore(text, m.span.start)) && /^\.?[ \t]*$/.test(after);
  const name = w[m.from - 1];
  return /^[ \t]*:[ \t]*$/.test(text.slice(name.end, m.span.start)) && OPENS_SENTENCE.test(lineBefore(text, name.start)) && /^\.?(?:[ \t]|$)/.test(after);
}

/**
 * "Neurostatus ua (normal).", "Neurol. status normal.", "Neuro intakt." (neuroNormalExactSentence; round 53, fix53b, narrowed
 * after review r53): a normal exam only as its whole sentence, from the line's start or a full stop to a full stop or the line's
 * end, a bracket of glossWords only after it at most. "Tidigare neurostatus ua.", "Neurostatus ua enl. remiss.", "Neuro intakt?",
 * "?Neuro intakt", "Neuro intakt men svag vänster fot.", "Pain lumbar region, neuro intakt." are none.
 */
function exactSentenceNormal(text: string, w: readonly Word[], rule: ReadingVocabulary['neuroNormalExactSentence']): Span | undefined {
  const gloss = wordSetOf(rule.glossWords);
  for (const m of findMatches(w, phraseSetOf(rule.phrases))) {
    if (!OPENS_SENTENCE.test(lineBefore(text, m.span.start))) continue;
    const after = /^[ \t]*(?:\(([^()\n]*)\))?[ \t]*(?:\.(?:[ \t]|$)|$)/.exec(lineAfter(text, m.span.end));
    if (!after) continue;
    if (after[1] !== undefined && !(after[1].trim() && toWords(after[1]).every((x) => gloss.has(x.text)))) continue;
    return m.span;
  }
  return undefined;
}

/**
 * "Neuro: EEG no pathologic findings", "Neuro: no pathologic findings expected", "Neuro: o.B.?": a guarded phrase
 * (neuroNormalOnNeuroKey.guarded) with a study, a hope, a past or someone else's word, or a question mark, among the
 * value's words is no normal exam today (review r52).
 */
function guardRefuses(text: string, w: readonly Word[], m: PhraseMatch, rule: ReadingVocabulary['neuroNormalOnNeuroKey']['guarded']): boolean {
  if (!new Set(rule.phrases).has(m.phrase.map(String).join(' '))) return false;
  const refuse = wordSetOf(rule.refuse);
  if (w.some((x) => refuse.has(x.text))) return true;
  const last = w[w.length - 1];
  return /\?/.test(text.slice(w[0].start, last.end + 3));
}

/** A phrase with the side letters "d s" in it stands for "D=S" only with "=" written between them ("D≠S", "D/S", "D<S" are none). */
function sidesEqualWritten(text: string, w: readonly Word[], m: PhraseMatch): boolean {
  for (let i = m.from; i + 1 < m.to; i++) if (w[i].text === 'd' && w[i + 1].text === 's' && !/^\s*=\s*$/.test(text.slice(w[i].end, w[i + 1].start))) return false;
  return true;
}

/**
 * A phrase of neuroNormalOnNeuroKey.wholeValue ("age norm", "according to age", "D=S") read only as the whole value of the Neuro
 * key ("Neuro: age norm"), or inline as all its sentence says after the exam's name: never "power below norm in L leg",
 * "tone above age norm", "not age norm".
 */
function wholeValueRead(text: string, w: readonly Word[], m: PhraseMatch, onNeuroKey: boolean, wholeValue: readonly string[]): boolean {
  if (!sidesEqualWritten(text, w, m)) return false;
  if (!wholeValue.includes(m.phrase.map(String).join(' '))) return true;
  if (onNeuroKey) return m.from === 0 && m.to === w.length;
  const sentence = sentenceOf(text, m.span);
  return !w.some((x, i) => (i < m.from - 1 || i >= m.to) && x.start >= sentence.start && x.end <= sentence.end);
}

/**
 * A phrase of neuroNormalInTextGuarded ("reflexes D=S", "Babinski negative", "no paresis", "legs move freely", "normal exam incl
 * neuro") read only as today's exam by the writer: no teller, relative, past exam or device in its sentence, no exam told not
 * done anywhere in the note, one side only never ("Babinski negative R, positive L"), not of the back's muscles ("paraspinal
 * muscle tension normal"), "D=S" with "=" written and no comparison in its clause.
 */
function guardedRead(text: string, w: readonly Word[], m: PhraseMatch, v: ReadingVocabulary): boolean {
  const g = guardedSets(v.neuroNormalInTextGuarded);
  if (!sidesEqualWritten(text, w, m)) return false;
  if (g.notDone.test(text)) return false;
  const sentence = sentenceOf(text, m.span);
  const around = toWords(text.slice(sentence.start, sentence.end), sentence.start).filter((x) => x.end <= m.span.start || x.start >= m.span.end);
  if (around.some((x) => g.tellers.has(x.text) || g.history.has(x.text) || g.devices.has(x.text) || g.oneSide.has(x.text))) return false;
  if (m.to < w.length && g.sides.has(w[m.to].text) && !/[,;:.\n\r]/.test(text.slice(m.span.end, w[m.to].start))) return false;
  const notNeuro = wordSetOf(v.neuroExamItems.notNeuro);
  for (let i = Math.max(0, m.from - 3); i < m.from; i++) if (notNeuro.has(w[i].text) && !/[,;:.\n\r]/.test(text.slice(w[i].end, m.span.start))) return false;
  if (m.phrase.map(String).includes('d')) {
    const clause = widen(text, m.span.start, m.span.end, CLAUSE_STOP, Infinity);
    if (toWords(text.slice(clause.start, clause.end), clause.start).some((x) => (x.end <= m.span.start || x.start >= m.span.end) && g.comparisons.has(x.text))) return false;
  }
  return true;
}

/**
 * A past, someone else's or remote exam named on a normal statement's line (review r37-2 H3): "at 6 wk check", "NICU d/c",
 * "Discharge summary", "Referral letter", "Ortho note", "per GP", "via video call", "Twin B", "(at birth)".
 */

/** The line of `span` holds a word of a past, someone else's or remote exam (REMOTE_LINE). */
function remoteLine(text: string, span: Span): boolean {
  const line = widen(text, span.start, span.end, LINE_STOP, Infinity);
  return guardedSets(readingVocabulary().neuroNormalInTextGuarded).remote.test(text.slice(line.start, line.end));
}
const LINE_STOP = /[\n\r]/y;

/** Words that may stand beside normal items in a clause of them ("no paresis, reflexes D=S bilaterally"). */
const NORMAL_ITEM_FILLER = new Set(['and', 'both', 'bilaterally', 'bilateral', 'bilat', 'throughout']);

/**
 * A guarded phrase (neuroNormalInTextGuarded) stands where it tells the neurologic exam (review r37-2 H2): in a Neuro key's
 * value, or in text right after the exam's name and a colon ("Neuro: no paresis, Babinski neg."), and every item of its
 * clause (on the key) or of its stretch after the name (in text, to the sentence's end) is wholly a normal statement: never
 * "reflexes D=S, hyperactive", "no paresis of the arms", "no paresis, hypoesthesia L5 left", "PSR brisk, symmetric".
 */
function guardedPlaced(text: string, w: readonly Word[], m: PhraseMatch, v: ReadingVocabulary, onNeuroKey: boolean): boolean {
  let from: number;
  let to: number;
  if (onNeuroKey) {
    from = w[0].start;
    to = w[w.length - 1].end;
  } else {
    // The exam's name and a colon before it on its line, with no sentence's end between.
    let a = m.span.start;
    while (a > 0 && !/[\n\r:]/.test(text[a - 1]) && !(text[a - 1] === '.' && /\s/.test(text[a] ?? ' '))) a--;
    if (a === 0 || text[a - 1] !== ':') return aloneInSentence(text, w, m, v.neuroNormalInTextGuarded.aloneInSentence);
    let h = a - 1;
    while (h > 0 && !/[\n\r:;]/.test(text[h - 1]) && !(text[h - 1] === '.' && /\s/.test(text[h] ?? ' '))) h--;
    const names = wordSetOf(v.neuroNormalOnNeuroKey.examNames);
    if (!toWords(text.slice(h, a - 1), h).some((x) => names.has(x.text) || x.text === 'neurology')) return false;
    from = a;
    to = m.span.end;
    while (to < text.length && !/[\n\r]/.test(text[to]) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))) to++;
  }
  const words = toWords(text.slice(from, to), from);
  if (!words.length) return false;
  const covered = new Set<number>();
  const sets = [v.neuroNormalInTextGuarded.phrases, v.neuroNormalInText, v.neuroNormalOnNeuroKey.phrases];
  for (const set of sets)
    for (const x of findMatches(words, phraseSetOf(set))) {
      if (!withinClause(text, x.span, true)) continue;
      for (let i = x.from; i < x.to; i++) if (x.phrase.includes(words[i].text)) covered.add(i);
    }
  return words.every((x, i) => covered.has(i) || NORMAL_ITEM_FILLER.has(x.text));
}

/**
 * "Otherwise normal exam incl. neuro.", "Rest of examination normal including neurological.": a phrase naming the whole exam
 * that is its sentence's whole statement (only lead words before it on its line or since the last sentence's end, nothing
 * after it but the sentence's end) is the writer's verdict on today's exam, without the exam's name and a colon before it.
 * "normal exam incl neuro at birth", "GP: normal exam incl neuro" (guardedRead, remoteLine) and "normal exam incl neuro but
 * weak L leg" stay unread.
 */
function aloneInSentence(text: string, w: readonly Word[], m: PhraseMatch, v: ReadingVocabulary['neuroNormalInTextGuarded']['aloneInSentence']): boolean {
  if (!m.phrase.some((x) => v.names.includes(String(x)))) return false;
  const lead = wordSetOf(v.lead);
  for (let i = m.from - 1; i >= 0; i--) {
    const gap = text.slice(w[i].end, w[i + 1].start);
    if (/[\n\r]/.test(gap) || /\.\s/.test(gap + ' ') || /[;:]/.test(gap)) break;
    if (!lead.has(w[i].text)) return false;
  }
  const rest = text.slice(m.span.end).split(/[\n\r]/)[0];
  return /^\s*(?:\.|$)/.test(rest) && !/^\s*\.\s*\S/.test(rest);
}

const guardedSets = perVocabulary((g: ReadingVocabulary['neuroNormalInTextGuarded']) => ({
  tellers: wordSetOf(g.tellers),
  history: wordSetOf(g.history),
  devices: wordSetOf(g.devices),
  oneSide: wordSetOf(g.oneSide),
  sides: wordSetOf(g.sides),
  comparisons: wordSetOf(g.comparisons),
  notDone: wholeWordsPattern(g.notDone, { longestFirst: true, spaces: String.raw`\s+` }),
  remote: wholeWordsPattern(g.remote, { longestFirst: true, spaces: String.raw`\s+` }),
}));

/** Whether `said` is one of neuroNormalInTextGuarded's statements, which a neurologic sign anywhere in the note overrides. */
function guardedSaid(text: string, said: Span): boolean {
  const w = toWords(text.slice(said.start, said.end), said.start);
  return findMatches(w, phraseSetOf(readingVocabulary().neuroNormalInTextGuarded.phrases)).some((m) => m.span.start === said.start && m.span.end === said.end);
}

/**
 * "Neurological exam without particularity" (neuroNormalWholeSentence): normal only when no spoiler stands in its sentence
 * ("otherwise", "except", "deficit", "weak", "abnormal", "at 1 month"), a spoiler denied just before it aside ("no motor or
 * sensitive deficit"); a sentence that tells a deficit beside the verdict is no normal exam.
 */
function wholeSentenceNormal(text: string, w: readonly Word[], rule: ReadingVocabulary['neuroNormalWholeSentence']): Span | undefined {
  for (const m of findMatches(w, phraseSetOf(rule.phrases))) {
    if (!withinClause(text, m.span, false) || deniedHere(text, m.span, w[m.to - 1], ownWords(m.phrase))) continue;
    if (!doubtNear(text, m.span) && !spoiltNear(text, m.span, rule)) return m.span;
  }
  return undefined;
}

/**
 * A spoiler of neuroNormalWholeSentence in a normal statement's sentence or the next clause on its line, outside the
 * statement, unless a denial stands before it in its clause ("no motor or sensitive deficit").
 */
function spoiltNear(text: string, span: Span, rule: ReadingVocabulary['neuroNormalWholeSentence']): boolean {
  const { spoilers, denials } = spoilerSets(rule);
  const sentence = sentenceOf(text, span);
  const outside = (x: Span) => x.end <= span.start || x.start >= span.end;
  const words = toWords(text.slice(sentence.start, nextClauseEnd(text, sentence.end)), sentence.start);
  return words.some(
    (x, i) =>
      outside(x) && spoilers.has(x.text) && !words.slice(Math.max(0, i - 5), i).some((d) => outside(d) && denials.has(d.text) && !/[,;:.?!\n\r]/.test(text.slice(d.end, x.start))),
  );
}

/** The spoiler, denial, doubt and Romance-wording sets of neuroNormalWholeSentence, built once per vocabulary rather than on every statement read. */
const spoilerSets = perVocabulary((rule: ReadingVocabulary['neuroNormalWholeSentence']) => ({
  spoilers: wordSetOf(rule.spoilers),
  denials: wordSetOf(rule.denials),
  doubt: new RegExp(`\\b(?:${alternation(rule.doubts, { longestFirst: true, one: phrasePattern })})\\b`, 'i'),
  doubtableWords: wordSetOf(rule.doubtable.words),
  doubtablePhrases: new Set(rule.doubtable.phrases),
}));

/** A Romance writer's wording of a normal exam (neuroNormalWholeSentence.doubtable: the lower members, motricity, tonus). */
function givesWayToDoubt(phrase: Phrase, rule: ReadingVocabulary['neuroNormalWholeSentence']): boolean {
  const { doubtableWords, doubtablePhrases } = spoilerSets(rule);
  const words = phrase.map(String);
  return words.some((x) => doubtableWords.has(x)) || doubtablePhrases.has(words.join(' '));
}

/** The end of the clause after a sentence's end, on its line ("…without particularity. Walks on tiptoes since 2 months"). */
function nextClauseEnd(text: string, end: number): number {
  let to = end;
  while (to < text.length && /[.;:!?, \t]/.test(text[to])) to++;
  while (to < text.length && !/[.;,!?\n\r]/.test(text[to])) to++;
  return to;
}

/**
 * A doubt in a normal statement's sentence or the next one on its line: a "?" ("Moves the lower members well? Mother unsure",
 * "without particularity? to complete"), another's exam or none today ("per the referral letter; not examined today",
 * "Anal tonus normal. Not examined otherwise").
 */
function doubtNear(text: string, span: Span): boolean {
  const sentence = sentenceOf(text, span);
  let to = sentence.end;
  while (to < text.length && /[.;:!?\s]/.test(text[to]) && !/[\n\r]/.test(text[to])) to++;
  while (to < text.length && !/[.;!?\n\r]/.test(text[to])) to++;
  const near = text.slice(sentence.start, Math.min(text.length, to + 1));
  return /\?/.test(near) || spoilerSets(readingVocabulary().neuroNormalWholeSentence).doubt.test(near);
}

/** Every word after a statement, up to its sentence's end, is of the legs or all limbs (neuroNormalCirculation.wholeLimbs), or there is none. */
function ofWholeLimbs(text: string, w: readonly Word[], from: number, end: number): boolean {
  const limbs = wordSetOf(readingVocabulary().neuroNormalCirculation.wholeLimbs);
  const stop = /[.;\n\r]/.exec(text.slice(end));
  const until = stop ? end + stop.index : text.length;
  for (let j = from; j < w.length && w[j].start < until; j++) if (!limbs.has(w[j].text)) return false;
  return true;
}

/**
 * A normal statement taken back later in its sentence: "but", "except", "though" then a denial or a lesser word ("legs move
 * normally when held, but not spontaneously", "good tone but only in the arms"), or "not spontaneously" anywhere after it.
 */
function spoiltAfter(text: string, from: number): boolean {
  let to = from;
  while (to < text.length && to - from < 200 && !/[.;\n\r]/.test(text[to])) to++;
  return SPOILT.test(text.slice(from, to));
}
const SPOILT = /\b(?:but|except|though|although|however)\b.*\b(?:not|no|nil|never|absent|reduced|less|only|weak\w*|poor\w*)\b|\bnot spontaneous\w*/i;

/**
 * A normal wording of neuroNormalOfStudy, w[from, to), told of a study or of someone else: a joiner right after it in its
 * clause, then a study or a person ("nothing focal on XR", "no neuro findings in her" after "Mum has MS"); or it opens
 * the value of a key that is a study ("MRI brain 2023: no neurological abnormality"). The key is only the words between
 * the colon and the clause or colon before it, at most `keyWords` of them: "Exam: Pre-MRI check: no neuro findings" and
 * "XR normal and no focal neurology" are the exam.
 */
function toldOfAnother(text: string, w: readonly Word[], from: number, to: number): boolean {
  const rule = readingVocabulary().neuroNormalOfStudy;
  const opens = (list: readonly string[], i: number) => i < w.length && findAny(w.slice(i, i + 3), phraseSetOf(list)).some((s) => s.start === w[i].start);
  const gap = (i: number) => text.slice(w[i - 1].end, w[i].start);
  if (to + 1 < w.length && rule.joiners.includes(w[to].text) && !/[,;:.\n\r]/.test(gap(to)) && (opens(rule.studies, to + 1) || opens(rule.persons, to + 1))) return true;
  if (from === 0 || !gap(from).includes(':')) return false;
  let k = from - 1;
  while (k > 0 && from - k < rule.keyWords && !/[,;:.\n\r]/.test(gap(k))) k--;
  return (k === 0 || /[,;:.\n\r]/.test(gap(k))) && opens(rule.studies, k);
}

/**
 * A sign of an abnormal exam told in free text: a muscle graded below full in an exam or history
 * ("Exam: L EHL 4/5, reflexes 2+"), or an abnormal exam item (neuro-exam.ts: "absent R ankle reflex",
 * "kicks both legs, R more than L", "neuro intact except L EHL"), each read within its item.
 */
export function abnormalInText(text: string, parts: readonly NeuroTextPart[], words: readonly Word[][], ageMonths: number | undefined): Span | undefined {
  for (const p of parts) if (p.graded && gradedMuscle(text.slice(p.start, p.end), BELOW_FULL_IN_TEXT)) return { start: p.start, end: p.end };
  // "knee reflex (+++)", "ankle (-)": a tendon reflex graded brisk or absent.
  for (const p of parts) {
    const graded = reflexGradesIn(text, p.start, p.end).abnormal[0];
    if (graded) return graded;
  }
  for (const w of words) {
    const span = readExamItems(text, w, ageMonths).abnormal;
    if (span) return span;
  }
  return undefined;
}

/**
 * A normal statement told by a parent (neuroToldByParent): the cue opens its sentence and so governs all of it ("Per dad baby
 * is well, voiding normally, kicking both legs"), or stands in the statement's own clause ("moving legs normally per mom");
 * not a cue of another clause ("decreased appetite per mom, moves all 4").
 */
function toldByParent(text: string, part: Span, said: Span): boolean {
  const cues = phraseSetOf(readingVocabulary().neuroToldByParent);
  const back = (stops: RegExp) => {
    let from = said.start;
    while (from > part.start && !(stops.test(text[from - 1]) || (text[from - 1] === '.' && /\s/.test(text[from] ?? ' ')))) from--;
    return from;
  };
  const sentence = back(/[;\n\r]/);
  const opening = toWords(text.slice(sentence, said.end), sentence);
  const cue = findAny(opening, cues).find((m) => m.start === opening[0]?.start);
  // "Mom reports back pain x 2 wk, on exam neuro intact": the writer's own exam told after the parent's cue is no report.
  if (cue) return !findAny(toWords(text.slice(cue.end, said.start), cue.end), phraseSetOf(readingVocabulary().neuroExamAfterParent)).length;
  const clause = back(/[,;\n\r]/);
  let end = said.end;
  while (end < part.end && !/[,;.\n\r]/.test(text[end])) end++;
  return findAny(toWords(text.slice(clause, end), clause), cues).length > 0;
}

interface NeuroTextPart extends Span {
  /** An exam or history value, where a strength grade beside a muscle word is read. */
  graded: boolean;
  /** The value's words, when it is a field's (shared with the finding reader). */
  words?: Word[];
}

/**
 * The values the exam may be told in, and the lines no value holds (a short line such as "Neuro
 * intact." or "Neuro WNL." is not prose). Both lists are in note order, so one pass pairs them.
 */
export function neuroTextParts(note: ParsedNote, all: readonly Field[]): NeuroTextPart[] {
  const out: NeuroTextPart[] = [];
  const pmhIsNow = historyIsThePresentIllness(all);
  const suspicionKeys = readingVocabulary().suspectedCancer.suspicionKeys;
  for (const f of all) {
    const key = f.key?.name;
    // "DDx: … mild spastic diplegia (less likely)", "Concern: cord compression": a line of suspicions lists diagnoses, not the exam.
    if (key === 'Indication' && suspicionKey(f.writtenKey ?? f.rawKey, suspicionKeys)) continue;
    if (!f.value || !key || !(NEURO_TEXT_KEYS.has(key) || (key === 'PMH' && pmhIsNow))) continue;
    // "Lower limbs: movement normal", "LL: moving well": an exam line under a limb is read with its key, which names what
    // moves. The key is read as the written one (a key the language does not know is read as "Findings"), and as the one
    // word "limbs" whatever its spelling ("LL", "Lower limb exam", "Legs"), so "LL: moving well" is "limbs moving well".
    // "LE: red reflex absent", "LE: normal TM", "LL: crackles at base": the same letters name the left eye, ear or lung.
    const limbLine = key === 'Findings' && keyNamesLimb(f.writtenKey ?? f.rawKey);
    if (limbLine && namesAnotherOrgan(fieldWords(f))) continue;
    // "Upper limbs: good tone", "UL: moving well": the arms, read with the key's own words, never as the legs.
    if (limbLine && !keyNamesArms(f.writtenKey ?? f.rawKey)) {
      out.push({ start: f.keySpan.start, end: f.valueSpan.end, graded: true, words: [{ text: 'limbs', start: f.keySpan.start, end: f.keySpan.end }, ...fieldWords(f)] });
      continue;
    }
    if (limbLine) {
      out.push({ start: f.keySpan.start, end: f.valueSpan.end, graded: true });
      continue;
    }
    // "Lower limb exam: tone normal, moving well", a key of three words before a narrative, is read as prose: its line
    // opens on the limb key all the same.
    const limbKey = f.inferred && key === 'Presentation' ? limbKeyOpening(f.value) : undefined;
    if (limbKey !== undefined && namesAnotherOrgan(fieldWords(f))) continue;
    if (limbKey !== undefined) {
      const colon = f.valueSpan.start + limbKey;
      const words = fieldWords(f).filter((w) => w.start > colon);
      out.push({ start: f.valueSpan.start, end: f.valueSpan.end, graded: true, words: [{ text: 'limbs', start: f.valueSpan.start, end: colon }, ...words] });
    } else out.push({ start: f.valueSpan.start, end: f.valueSpan.end, graded: key === 'Findings' || key === 'Presentation' || key === 'PMH', words: fieldWords(f) });
  }
  // "ATR: decreased L", "Ankle reflex: absent R": a line keyed by an item of the exam the note language does not know is
  // that item's finding, read with its key.
  // Never a relative's ("Tone: increased in sister with CP", "ATR: absent in father (CMT)").
  for (const f of note.fields)
    if (!f.key && f.value && f.rawKey && keyNamesExamItem(f.rawKey) && !tellsOfRelative(f.value)) out.push({ start: f.keySpan.start, end: f.valueSpan.end, graded: true });
  let j = 0;
  const prose = note.prose;
  for (const m of note.malformed) {
    while (j < prose.length && prose[j].lineSpan.end <= m.start) j++;
    const covered = j < prose.length && prose[j].lineSpan.start <= m.start && m.end <= prose[j].lineSpan.end;
    if (!covered) out.push({ start: m.start, end: m.end, graded: true });
  }
  return out;
}

/**
 * "Neurological examination of the lower limbs normal", "neuro exam is non focal": the exam named,
 * then a word of normality within `maxWordsBetween` words of the same clause (no comma between).
 */
function examVerdict(text: string, words: readonly Word[], rule: ReadingVocabulary['neuroExamVerdict'], notNormal: ReadonlySet<string>): Span | undefined {
  const exams = phraseSetOf(rule.exam);
  const verdicts = phraseSetOf(rule.normal);
  const notExam = wordSetOf(rule.notBetween);
  const notBefore = wordSetOf(rule.notBefore);
  for (const m of findMatches(words, exams)) {
    if (m.from > 0 && notBefore.has(words[m.from - 1].text)) continue;
    // This round's "tonus" ("tonus normal"): no sphincter's ("Anal tonus normal") and none with a doubt near it.
    if (
      givesWayToDoubt(m.phrase, readingVocabulary().neuroNormalWholeSentence) &&
      ((m.from > 0 && /^(?:anal|sphincter|sphincteric|rectal)$/.test(words[m.from - 1].text)) ||
        doubtNear(text, m.span) ||
        spoiltNear(text, m.span, readingVocabulary().neuroNormalWholeSentence))
    )
      continue;
    // "Moro reflex N": a newborn's primitive reflex, no spinal exam (the letter only; words are read as main reads them).
    const primitive = m.from > 0 && rule.lettersNot.primitive.includes(words[m.from - 1].text) && /^\s*$/.test(text.slice(words[m.from - 1].end, m.span.start));
    const letter = primitive ? undefined : letterVerdict(text, words, m.to, rule.letters, rule.lettersNot);
    if (letter && !deniedHere(text, { start: m.span.start, end: letter.end }, letter, ownWords(m.phrase))) return { start: m.span.start, end: letter.end };
    // "CNS: NAD", "CNS exam normal": an exam word of closeOnly only with its verdict right after it, closing its clause.
    const close = rule.closeOnly.includes(m.phrase.map(String).join(' '));
    const first = close && m.to < words.length && rule.closeBetween.includes(words[m.to].text) ? m.to + 1 : m.to;
    const last = close ? first : Math.min(words.length - 1, m.to + rule.maxWordsBetween);
    for (let j = first; j <= last && j < words.length; j++) {
      // "neurology consult ok", "neuro checks q4h … normal", "neuro: weak L leg, otherwise normal": not a normal exam.
      // "Reflex: red reflex normal": the verdict after another organ's reflex is that reflex's.
      if (notExam.has(words[j].text) || notNormal.has(words[j].text) || notBefore.has(words[j].text)) break;
      const candidates = verdicts.get(words[j].text);
      if (!candidates) continue;
      for (const p of candidates) {
        const to = matchAt(words, j, p, 0);
        if (to < 0) continue;
        const span = { start: m.span.start, end: words[to - 1].end };
        if (!withinClause(text, span, true)) break;
        if (close && !/^[ \t]*(?:[,;.)\n\r]|$)/.test(text.slice(span.end))) break;
        const own = ownWords(p);
        if (!deniedHere(text, span, words[to - 1], (w) => own(w) || ownWords(m.phrase)(w))) return span;
      }
    }
  }
  return undefined;
}

/**
 * "tone N, reflexes N", "Reflexes: N": a capital letter of `letters` as written, right after the exam named (a colon at
 * most between), that closes its item (a comma, ";", a bracket, a full stop, a line break or the end after it), as UK and Indian
 * notes write "normal". Not "reflexes N/A" or "tone N/V" (a slash after it), not "reflexes N and R" nor a lower-case
 * "n" (another word, or a typo): a one-letter word is read only where nothing else can be meant. The word at `at`, if so.
 */
function letterVerdict(text: string, words: readonly Word[], at: number, letters: readonly string[], not: ReadingVocabulary['neuroExamVerdict']['lettersNot']): Word | undefined {
  const w = words[at];
  if (!w || w.end - w.start !== 1 || !letters.includes(text[w.start])) return undefined;
  if (!/^[ \t]*:?[ \t]*$/.test(text.slice(words[at - 1].end, w.start))) return undefined;
  let k = w.end;
  while (k < text.length && k - w.end < 40 && (text[k] === ' ' || text[k] === '\t')) k++;
  const next = text[k];
  if (!(next === undefined || /[,;)\n\r]/.test(next) || (next === '.' && !/\w/.test(text[k + 1] ?? '')))) return undefined;
  return letterOnAnswerLine(text, w, not) ? undefined : w;
}

/**
 * "Tone: Y, reflexes: N" (a yes/no form: "N" is no), "NIPE at birth: tone N, reflexes N. Not examined today" (no exam of
 * today): the letter's line, at most 200 characters each way, holds a one-letter `yes` answer or a `notToday` phrase.
 */
function letterOnAnswerLine(text: string, w: Word, not: ReadingVocabulary['neuroExamVerdict']['lettersNot']): boolean {
  let a = w.start;
  while (a > 0 && w.start - a < 200 && text[a - 1] !== '\n' && text[a - 1] !== '\r') a--;
  let b = w.end;
  while (b < text.length && b - w.end < 200 && text[b] !== '\n' && text[b] !== '\r') b++;
  const line = text.slice(a, b);
  for (const y of not.yes) if (new RegExp(`(?:^|[\\s:(])${escapeRegExp(y)}[ \\t]*(?:[,;)./]|$)`).test(line)) return true;
  return not.notToday.length > 0 && findAny(toWords(line, a), phraseSetOf(not.notToday)).length > 0;
}

/**
 * "Neuro ✓", "reflexes ✓", "Neuro: √": a check mark right after the exam named (with at most a colon between) tells it
 * normal, as "Neuro ok" does (neuroExamVerdict.checkMarks). The mark is looked up in the note as written (the form
 * reader takes a bare "✓" for a ticked box and blanks it in `text`). Not a box in brackets ("Neuro: [✓]"), not on a
 * line that also holds an unticked box (a checklist, where a ticked "neuro" may be a deficit), not another organ's
 * reflex ("red reflex ✓"), not a denied or hypothetical exam. A few marks per part at most: linear.
 */
function examChecked(written: string, text: string, part: Span, words: readonly Word[], rule: ReadingVocabulary['neuroExamVerdict']): Span | undefined {
  if (!rule.checkMarks.length) return undefined;
  const marks = wordSetOf(rule.checkMarks);
  const exams = phraseSetOf(rule.exam);
  const notBefore = wordSetOf(rule.notBefore);
  const lists = listWordsPattern(rule.listWords);
  let k = 0;
  let seen = 0;
  // A form's view ends a value before a box that closes it ("Findings: dimple. Neuro ✓"): the mark may stand just past it.
  const stop = Math.min(written.length, part.end + 3);
  for (let at = part.start; at < stop && seen < 8; at++) {
    if (at >= part.end && (written[at] === '\n' || written[at] === '\r')) break;
    if (!marks.has(written[at])) continue;
    seen++;
    while (k < words.length && words[k].end <= at) k++;
    const exam = words[k - 1];
    if (!exam || !/^[ \t]*:?[ \t]*$/.test(text.slice(exam.end, at)) || /^[ \t]*[\])]/.test(written.slice(at + 1, at + 4))) continue;
    const m = findMatches(words.slice(k - 1, k), exams)[0];
    if (!m || (k > 1 && notBefore.has(words[k - 2].text)) || inChecklist(written, at, lists)) continue;
    const span = { start: exam.start, end: at + 1 };
    if (!deniedHere(text, span, { text: 'ok', start: at, end: at + 1 }, ownWords(m.phrase))) return span;
  }
  return undefined;
}

/** A value of one or two check marks and nothing else ("✓", " √ "). */
export function onlyCheckMarks(value: string, marks: readonly string[]): boolean {
  const v = value.trim();
  return v.length > 0 && v.length <= 2 && [...v].every((c) => marks.includes(c));
}

/** An unticked box of a checklist ("[ ]", "( )", "☐"), a box ticked in brackets ("[x]") or a cross ("✗"; not "×", which writes a size). */
const UNTICKED_BOX = /\[ {0,3}\]|\[[xX]\]|\( {1,3}\)|[☐□❑❏☒✗✘✕]/;

/** A muscle graded below full ("power 3/5 L ankle"): a deficit told beside the tick. */
const GRADE_BELOW_FULL = /(?<![\d/])[0-4][+-]?\/5(?![\d/])/;

/** The words naming a list of red flags or symptoms (neuroExamVerdict.listWords) as one pattern, built once. */
const listWordsPattern = perVocabulary((list: readonly string[]): RegExp | undefined => {
  const alt = alternation(list, { one: phrasePattern });
  return alt ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
});

/**
 * A mark that ticks an item of a checklist rather than an exam: "Red flags - fever ✗ night pain ✗ neuro ✓", "Sx: back
 * pain ✓, neuro ✓", "Power ✓ L, ✗ R", "Neuro ✓?", a box or a cross on its line, a grade below full beside it, a
 * list of red flags or symptoms named before it in its sentence, or its line under a heading of one ("Red flags:" on
 * a line of its own above, with no blank line between) or under lines of boxes. A ticked "neuro" in such a list may be
 * the deficit itself.
 */
function inChecklist(written: string, at: number, lists: RegExp | undefined): boolean {
  if (/^[ \t]*\?/.test(written.slice(at + 1, at + 4))) return true;
  const line = lineAround(written, at);
  if (UNTICKED_BOX.test(line) || GRADE_BELOW_FULL.test(line)) return true;
  let from = at;
  while (from > 0 && at - from < 300 && written[from - 1] !== '\n') from--;
  const sentence =
    written
      .slice(from, at)
      .split(/[.!?](?:\s|$)/)
      .pop() ?? '';
  if (lists?.test(sentence)) return true;
  // The lines above, up to a blank line.
  let end = from - 1;
  for (let n = 0; n < 8 && end > 0; n++) {
    let start = end;
    while (start > 0 && written[start - 1] !== '\n') start--;
    const above = written.slice(start, end).replace(/\r$/, '');
    if (!above.trim()) break;
    // "✗ fever ✗ night pain ✗ wt loss" above "neuro ✓": a terse list of denials, each cross its item's "no", is no
    // checklist of boxes (cross-marks.ts; round 54). The mark's own line is still read as above.
    if (UNTICKED_BOX.test(above) && !crossDenialLine(above, contextTokens(above), contextLexicon().crossMarks, (t) => t, written, start)) return true;
    if (/:\s*$/.test(above) && lists?.test(above)) return true;
    end = start - 1;
  }
  return false;
}

/** The line holding `at` (at most 300 characters of it either way). */
function lineAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 300 && text[from - 1] !== '\n') from--;
  let to = at;
  while (to < text.length && to - at < 300 && text[to] !== '\n') to++;
  return text.slice(from, to);
}

/** Whether words[from .. to - 1] hold one of the set's words that is not the phrase's own. */
function wordsAmong(words: readonly Word[], from: number, to: number, set: ReadonlySet<string>, own: (w: string) => boolean): boolean {
  for (let i = from; i < to; i++) if (set.has(words[i].text) && !own(words[i].text)) return true;
  return false;
}

/** The literal words of a phrase (its own "no" in "no focal deficits", "non" in "non focal"). */
function ownWords(p: Phrase): (w: string) => boolean {
  return (w) => p.includes(w);
}

/**
 * Whether a span stays within one clause: no ";", line break or full stop inside it, and with
 * `noComma` no comma either. "neuro checks q4h; MRI normal" says nothing of the exam.
 */
function withinClause(text: string, span: Span, noComma: boolean): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 44 && noComma) || (c === 46 && /\s/.test(text[i + 1] ?? ' ') && !abbreviatedBefore(text, i))) return false;
  }
  return true;
}

/** The full stop at `at` closes an abbreviation ("normal exam incl. neuro": reading-vocabulary neuroClauseAbbreviations). */
function abbreviatedBefore(text: string, at: number): boolean {
  const word = /(?<![\p{L}.])\p{L}+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0].toLowerCase();
  return word !== undefined && wordSetOf(readingVocabulary().neuroClauseAbbreviations.words).has(word);
}

/**
 * A statement of a normal exam denied by a cue of its own list item ("not neurologically intact",
 * "neuro not intact", "if neuro exam normal"), not by one that governs an earlier item of a list
 * ("No red flags, nl neuro", "no midline step-off, neuro intact", "no trauma | neuro exam normal") and not by its own words ("no
 * focal deficits", "non focal").
 */
function deniedHere(text: string, span: Span, verdict: Word, own: (w: string) => boolean): boolean {
  for (const at of [span, verdict]) {
    const c = readContext(text, at.start, at.end);
    // "previous neuro exam (at 2 wks) normal", "neuro normal in dad": an old exam told in its own clause, or a relative's, is
    // no exam of today's child (review r44 H3); "walking since 12 months, gait looks normal" tells the past in another clause.
    if (c.hypothetical || ((c.historical || c.experiencer === 'other') && c.cues.some((q) => inClauseWith(text, span, q)))) return true;
    if (!c.negated) continue;
    for (const cue of c.cues) {
      const inside = cue.start >= span.start && cue.end <= span.end;
      if (inside && own(text.slice(cue.start, cue.end).toLowerCase())) continue;
      if (inside) return true;
      // "no trauma no fever neuro NAD": a cue before the exam named anew denies something else.
      if (cue.end <= span.start && examNamedAfterCue(text, cue.end, span.end)) continue;
      const between = cue.end <= span.start ? text.slice(cue.end, span.start) : text.slice(span.end, cue.start);
      // A comma, ";" or a table's "|" parts the items: "no trauma | neuro exam normal".
      if (!/[,;|]/.test(between)) return true;
    }
  }
  return false;
}

/** The cue stands in the span's clause: no comma, semicolon, full stop or "|" between them. */
function inClauseWith(text: string, span: Span, cue: Span): boolean {
  const between = cue.end <= span.start ? text.slice(cue.end, span.start) : cue.start >= span.end ? text.slice(span.end, cue.start) : '';
  return !/[,;.|\n]/.test(between);
}

/** A value naming a relative or a family history ("increased in sister with CP", "FHx: absent in dad"). */
function tellsOfRelative(value: string): boolean {
  const words = value.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => RELATIVE_WORDS.includes(w) || w === 'family' || w === 'fhx' || w === 'fh');
}

/** A key of an exam item's words only, one of them its subject ("ATR", "Ankle reflex", "L knee jerk"; not "Gait", "Neuro consult"). */
function keyNamesExamItem(rawKey: string): boolean {
  const v = readingVocabulary().neuroExamItems;
  const words = rawKey.toLowerCase().match(/[a-z]+/g);
  if (!words || words.length > 4) return false;
  const subjects = wordSetOf(v.subjects);
  const limbs = wordSetOf(v.limbs);
  const sides = wordSetOf(v.sides);
  return words.some((w) => subjects.has(w)) && words.every((w) => subjects.has(w) || limbs.has(w) || sides.has(w));
}

/** A key of a few words before a colon opening a value ("Lower limb exam: moving well"). */
const KEY_OPENING = /^\s*([A-Za-z][A-Za-z /&-]{0,30}?)\s*:/;

/** The offset of the colon after a key that names a limb opening a value read as prose ("Lower limb exam: …"), or undefined. */
function limbKeyOpening(value: string): number | undefined {
  const m = KEY_OPENING.exec(value);
  return m && keyNamesLimb(m[1]) && !keyNamesArms(m[1]) ? m[0].length - 1 : undefined;
}

/** A key that names the arms ("Upper limbs", "UL", "Arms"): a word of neuroExamItems.limbKeys.upper in it. */
function keyNamesArms(rawKey: string): boolean {
  const upper = wordSetOf(readingVocabulary().neuroExamItems.limbKeys.upper);
  return (rawKey.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => upper.has(w));
}

/** A line that names another organ than the limbs (neuroExamItems.limbKeys.notTheLimbs: "red reflex", "TM", "crackles"). */
function namesAnotherOrgan(words: readonly Word[]): boolean {
  return findAny(words, phraseSetOf(readingVocabulary().neuroExamItems.limbKeys.notTheLimbs)).length > 0;
}

/**
 * A key that names a limb ("Lower limbs", "Legs", "Extremities", "LL", "Lower limb exam"): every word of it a limb word, an
 * abbreviation of the limbs written as a key ("LL") or a word that qualifies one ("lower", "both", "exam":
 * neuroExamItems.limbKeys), one at least naming a limb.
 */
function keyNamesLimb(rawKey: string): boolean {
  const v = readingVocabulary().neuroExamItems;
  const limbs = wordSetOf(v.limbs);
  const abbreviations = wordSetOf(v.limbKeys.abbreviations);
  const qualifiers = wordSetOf(v.limbKeys.qualifiers);
  const words = rawKey.toLowerCase().match(/[a-z]+/g);
  const names = (w: string) => limbs.has(w) || abbreviations.has(w);
  return !!words && words.some(names) && words.every((w) => names(w) || qualifiers.has(w));
}
