import { isCaseNarrative, narrativeOrder, reportDone, reportOnTop } from './narrative';
import { type CodedStudy, codedOrder, reviewedOrder, statusIn } from './coded';
import type { Knowledge } from '../knowledge/knowledge';
import type { FindingCategoryT, OrderVocabulary } from '../knowledge/schema';
import type { IsoDate } from '../notes/age';
import { MONTH_WORDS } from '../notes/dates';
import { RELATIVE_WORDS, isAboutRelative, isOrderKeyed, isPriorityKey, isWritersLanguageOrderKey } from '../notes/headings';
import { type KeyName, isBesidesSpelling, isTranslatedPlanSpelling, lookupKey, normalizeKey } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import { blankPlaceholders } from '../notes/placeholders';
import { CLAUSE_STOP, lastDash, type Span, widen } from '../notes/text';
import { type Phrase, type Word, lowerBound, matchAt, toWords } from '../notes/words';
import { work } from '../notes/work';
import { type AgeFact, type AgeProblem, readAge, shortLines, withAgeRunOnRead } from './age-fact';
import { readContext } from './context';
import { type DimpleDescription, readDimple } from './dimple';
import { type ReferralFact, type TraumaFact, othersAccidents, readReferral, readTrauma } from './events';
import { type FormReading, formView, holdsBox, readForm } from './form';
import { copiedBlocks, currentFields } from './copied';
import { sbarObserved, withHandoffRead } from './handoff';
import {
  baselineDeficits,
  cancerInstitutions,
  clarifiedAway,
  questionSettled,
  explainedAway,
  firstVoidOfNewborn,
  limpOfTheBody,
  retractedInError,
  swellingAfterInjury,
  temperatures,
  zeroScores,
} from './guards';
import {
  FIELDS_FOR,
  type FindingHit,
  countsAsPresent,
  dedupe,
  fieldWords,
  forgetFieldWords,
  historyIsThePresentIllness,
  isClinicalHistoryKey,
  isNormalItem,
  isNormalValue,
  readFindings,
} from './findings';
import { type ContextLexicon, contextLexicon } from './lexicon';
import { examNamedAfterCue, infancyWords, readExamItems } from './neuro-exam';
import { type OrderReading, blankDevices, readContrast, readOrder } from './order';
import { type QuizReading, readQuiz } from './quiz';
import { type PriorStudy, readPriorImaging, readPriorStudy } from './prior';
import { orderLineLater, orderLinePaperwork, requestHistories, screenOrderKey, withQuotedRequestsRead } from './request';
import { softwareAlertSpans, withAlertLogOrderRead } from './alerts';
import { withTellersRead } from './tellers';
import { toldFlags } from './told-flags';
import { withUnknownKeysRead } from './unknown-keys';
import { DATED, alternation, escapeRegExp, perVocabulary, phrasePattern, wordSetOf, wordsPattern } from './patterns';
import { type PhraseSet, type ReadingVocabulary, findAny, findMatches, longestPhraseAt, phraseSetOf, phrasesOf, readingVocabulary } from './vocabulary';

export type { AgeFact } from './age-fact';
export type { FindingHit } from './findings';
export type { TraumaFact, ReferralFact } from './events';

export interface Facts {
  age?: AgeFact;
  /** Age information that is present but cannot be read, or an age and a date of birth that disagree (`mismatch`). */
  ageProblems: AgeProblem[];
  hits: FindingHit[];
  dimple?: DimpleDescription;
  neuro: { state: 'normal' | 'abnormal' | 'unknown'; span?: Span };
  /** Items in the Red flags field that the vocabulary does not know but the user called red flags. */
  listedRedFlags: Span[];
  /** Weeks of back pain when the note says how long ("back pain for 6 weeks"). */
  painWeeks?: { weeks: number; span: Span };
  prior: PriorStudy[];
  order?: { field: Field; reading: OrderReading };
  /**
   * The clinical history a request or protocol line writes after its study ("Request: US spine, 10 mo F, hairy patch"):
   * the part of an order value that is the study's reason, which a change of the order must keep.
   */
  requestReasons?: Span[];
  /** Where the note says it orders no imaging ("No imaging ordered today", "Imaging: not indicated"), when it does. */
  noImagingOrdered?: Span;
  referral: ReferralFact;
  /** Spec §4: how significant an injury the note records (significant trauma leaves S1). */
  trauma: TraumaFact;
}

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

/**
 * A duration told after the back pain, in its sentence, within about 40 characters ("LBP x 6 wk",
 * "LBP x2mo", "LBP x 1.5 months", "LBP (x 7 wk)", "low back pain, worse with running, x 8 weeks"), also in the
 * British notation ("low back pain for 7/52", "LBP x 3/12"; a "/12" only after "x" or "for": "LBP, seen 3/12" is a date).
 */
const DURATION_AFTER = /^[^;.\n]{0,40}?(?<![\d./])(\d{1,3}(?:\.\d{1,2})?)\s*(weeks?|wks?|months?|mos?|\/52|\/12)(?:(?<=[a-z])\b|(?<=\d)(?![/\d]))/i;
/**
 * A duration told right before it ("6 weeks of back pain", "6 wk h/o LBP", "10 weeks of low thoracic/lumbar back pain",
 * "7/52 hx of LBP"); never an age ("10 mo F with LBP").
 */
const DURATION_BEFORE = /(?<![\d./])(\d{1,3}(?:\.\d{1,2})?)\s*-?\s*(weeks?|wks?|months?|mos?|\/52|\/12)\s+(?:of|hx of|history of|h\/o)\s+(?:[a-z-]+(?:\s+|\s*\/\s*)){0,2}$/i;
/** What must stand right before a "/12" after the pain for it to be months, not a date ("x 3/12", "for 3/12"). */
const MONTHS_SLASH_LEAD = /(?:\bx|\bfor(?:\s+the\s+(?:past|last))?|\bover\s+the\s+(?:past|last)|\u00d7)\s*$/i;
/** What before a "/52" or "/12" after the pain makes it a follow-up interval, no length ("rv in 6/52 if not settled"). */
const INTERVAL_SLASH_LEAD = /\b(?:in|rv|r\/v|review|reviewed|f\/u|fu|follow[- ]?up|see|recheck|reassess)\s*$/i;
/**
 * A duration told right before the pain with no "of" ("3 mo LBP", "6 wk focal low back pain", "since about 6 weeks
 * lumbar pain"): at most two words between, each one that tells of the pain, none that makes the number an age, a
 * time since or a treatment's length ("10 mo F with LBP", "2 weeks ago back pain", "6 wk PT for back pain", "2 wk
 * antibiotics LBP"; reading-vocabulary durationBeforePainWords).
 */
const DURATION_BARE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s*(weeks?|wks?|months?|mos?)\s+((?:[a-z-]+\s+){0,2})$/i;
const NUMBER_AND_UNIT_AT_END = /(?:\d{1,3}(?:\.\d{1,2})?\s*|\b[a-z]+[\s-]+)(?:[a-z]+|\/\d{2})$/i;
const NUMBER_AND_UNIT_AT_START = /^(?:\d{1,3}(?:\.\d{1,2})?\s*-?\s*|[a-z]+[\s-]+)(?:[a-z]+|\/\d{2})/i;
/**
 * A length written in words, told as one ("a two-month history of LBP", "back pain for the past six weeks", "LBP x two
 * weeks"): only before "of"/"history of", or after the pain behind "for"/"x"/"over the past" within its clause, never an
 * age or a time since ("a two-month-old sister", "two months ago", "twelve weeks post op", "review in six weeks").
 * The words are the vocabulary's number words.
 */
const wordLengths = perVocabulary((words: Readonly<Record<string, number>>) => {
  const one = `(?:${alternation(Object.keys(words), { longestFirst: true })})`;
  // "two to three months", "two-three months": the lower count is the length told for certain.
  const count = `(${one})(?:\\s*(?:to|-)\\s*${one})?`;
  const unit = '(weeks?|wks?|months?|mos?)';
  // Within the pain's own clause: no comma, "and", dash or another length ("back pain x2 days and headache for two months").
  const clause = '(?:(?!\\band\\b|\\s[-\u2013]\\s|\\bdays?\\b)[^,;.\\n]){0,25}?';
  const hedge = '(?:(?:about|around|approx\\.?|approximately|nearly|almost|over|more than|at least|roughly|some)\\s+)?';
  return {
    after: new RegExp(
      `^${clause}\\b(?:for(?:\\s+the\\s+(?:past|last))?|over\\s+the\\s+(?:past|last)|x|\u00d7)\\s*${hedge}(?:a\\s+)?${count}[\\s-]+${unit}\\b(?![\\s-]*(?:old|ago|post|later|after|from)\\b)`,
      'i',
    ),
    before: new RegExp(`\\b${count}[\\s-]+${unit}\\s+(?:of|hx of|history of|h\\/o)\\s+(?:[a-z-]+(?:\\s+|\\s*\\/\\s*)){0,2}$`, 'i'),
  };
});
/**
 * Keys a pain duration is read from. PMH ("ex-32 weeks preemie, back pain last year") is history, except
 * in a note with no line for the present illness, which writes it there ("Hx: LBP x 8 wk, night pain"; the
 * rule findings.ts uses), and where the back pain told there is read as today's ("Hx: low back pain for 7/52"
 * over a line of denials: findings.ts pastInHistory), whose length is then today's too.
 */
const PAIN_DURATION_KEYS = new Set<KeyName>(['Presentation', 'Symptoms', 'Indication', 'Patient']);

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

/**
 * "Neuro: normal tone, no deficits" is a normal exam; "Neuro: intact except absent ankle jerk" is
 * not. Any sign of a deficit that is not ruled out wins; otherwise a word of normality makes it
 * normal; otherwise the exam is unknown (neither reassures nor escalates).
 */
const NOT_EXAMINED = /^\s*(?:n\/?a|not (?:assessed|examined|done|tested|performed)|deferred|not applicable|unable to (?:assess|examine))\s*\.?\s*$/i;

function readNeuro(written: string, text: string, f: Field, hits: FindingHit[], ageMonths: number | undefined): 'normal' | 'abnormal' | 'unknown' {
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
  if (NOT_EXAMINED.test(f.value)) return 'unknown';
  if (isNormalValue(f.value)) return 'normal';
  if (hits.some((h) => h.field === f && h.present && h.finding.category.endsWith('-symptom'))) return 'abnormal';
  // A grade below full is a deficit wherever it stands in a Neuro value ("L TA 4/5", "4/5 on the left"),
  // unless it is part of a date: missing a deficit would talk needed imaging down.
  if (BELOW_FULL_NOT_A_DATE.test(f.value)) return 'abnormal';
  const words = toWords(f.value, f.valueSpan.start);
  // "moves both legs, L less than R", "reflexes: knees normal, ankles absent": the exam item by item.
  const items = readExamItems(text, words, ageMonths);
  if (items.abnormal) return 'abnormal';
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
  const stated = (c: Span) =>
    normalStated(
      written,
      text,
      c,
      words.filter((w) => w.start >= c.start && w.end <= c.end),
    ) !== undefined;
  return clauses.length > 0 && clauses.every(stated) ? 'normal' : 'unknown';
}

/** The clauses of a value (split at commas, semicolons and sentence ends), each with a letter or a digit, offset by `at`. */
function clauseSpans(value: string, at: number): Span[] {
  const out: Span[] = [];
  const re = /[^,;]+?(?:[.!?](?=\s|$)|[,;]|$)/g;
  for (let m = re.exec(value); m && m[0]; m = re.exec(value)) if (/[\p{L}\p{N}]/u.test(m[0])) out.push({ start: at + m.index, end: at + m.index + m[0].length });
  return out;
}

/** Keys whose free text may tell the exam: the history, the exam, the assessment, the plan ("Plan: MRI … Neuro normal."). */
const NEURO_TEXT_KEYS = new Set<KeyName>(['Presentation', 'Findings', 'Indication', 'Plan', 'Patient']);

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
function readNeuroInText(note: ParsedNote, text: string, all: readonly Field[], hits: FindingHit[], ageMonths: number | undefined): NeuroFact {
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
  for (const w of words) for (const m of findMatches(w, notDone)) notDoneUntil = Math.max(notDoneUntil, sentenceEnd(text, m.span.end));

  // "A: HR 132, moves both legs": a nurse's SBAR observation that reassures is no exam (a deficit there counts above).
  const observed = sbarObserved(note)?.valueSpan.start;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].start === observed) continue;
    if (parts[i].end <= notDoneUntil) continue;
    let w = notDoneUntil > parts[i].start ? words[i].filter((x) => x.start >= notDoneUntil) : words[i];
    if (!w.length) continue;
    // "Per dad baby is well, kicking both legs": what a parent reports is no exam; a later sentence may still tell one.
    let said = normalStated(note.text, text, parts[i], w);
    // The next statement is tried ("Per mom kicking well, on my exam kicking both legs"): the cue's reach is toldByParent's.
    for (let tries = 0; said && toldByParent(text, parts[i], said); tries++) {
      const after = said.end;
      w = tries < 12 ? w.filter((x) => x.start >= after) : [];
      said = w.length ? normalStated(note.text, text, parts[i], w) : undefined;
    }
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
 * written, `text` as the form reader fills it in.
 */
function normalStated(written: string, text: string, part: Span, w: readonly Word[]): Span | undefined {
  const v = readingVocabulary();
  const notNormal = wordSetOf(v.neuroNotNormalWords);
  const notBeforeExam = wordSetOf(v.neuroExamVerdict.notBefore);
  const ofStudy = findMatches(w, phraseSetOf(v.neuroNormalOfStudy.wordings)).filter((m) => !toldOfAnother(text, w, m.from, m.to));
  for (const m of [...findMatches(w, phraseSetOf(v.neuroNormalInText)), ...ofStudy]) {
    // "red reflexes normal", "light reflexes normal": the eye's, not the neurologic exam.
    if (m.from > 0 && notBeforeExam.has(w[m.from - 1].text)) continue;
    const own = ownWords(m.phrase);
    if (withinClause(text, m.span, false) && !deniedHere(text, m.span, w[m.to - 1], own) && !wordsAmong(w, m.from + 1, m.to - 1, notNormal, own)) return m.span;
  }
  return examVerdict(text, w, v.neuroExamVerdict, notNormal) ?? examChecked(written, text, part, w, v.neuroExamVerdict);
}

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
function abnormalInText(text: string, parts: readonly NeuroTextPart[], words: readonly Word[][], ageMonths: number | undefined): Span | undefined {
  for (const p of parts) if (p.graded && gradedMuscle(text.slice(p.start, p.end), BELOW_FULL_IN_TEXT)) return { start: p.start, end: p.end };
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

/** Where the sentence holding `at` ends: at ". ", ";" or a line break (or the text's end). */
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 46 && /\s/.test(text[i + 1] ?? ' '))) return i + 1;
  }
  return text.length;
}

/** Two spans in one sentence: nothing between them ends one (". ", ";", a line break), and they are near. */
function sameSentence(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to - from > 160) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 46 && /\s/.test(text[i + 1] ?? ' '))) return false;
  }
  return true;
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
function neuroTextParts(note: ParsedNote, all: readonly Field[]): NeuroTextPart[] {
  const out: NeuroTextPart[] = [];
  const pmhIsNow = historyIsThePresentIllness(all);
  const suspicionKeys = readingVocabulary().suspectedCancer.suspicionKeys;
  for (const f of all) {
    const key = f.key?.name;
    // "DDx: … mild spastic diplegia (less likely)", "Concern: cord compression": a line of suspicions lists diagnoses, not the exam.
    if (key === 'Indication' && suspicionKey(f.writtenKey ?? f.rawKey, suspicionKeys)) continue;
    if (!f.value || !key || !(NEURO_TEXT_KEYS.has(key) || (key === 'PMH' && pmhIsNow))) continue;
    // "Lower limbs: movement normal": an exam line under a limb is read with its key, which names what moves.
    if (key === 'Findings' && keyNamesLimb(f.rawKey)) out.push({ start: f.keySpan.start, end: f.valueSpan.end, graded: true });
    else out.push({ start: f.valueSpan.start, end: f.valueSpan.end, graded: key === 'Findings' || key === 'Presentation' || key === 'PMH', words: fieldWords(f) });
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
    const last = Math.min(words.length - 1, m.to + rule.maxWordsBetween);
    for (let j = m.to; j <= last; j++) {
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
        const own = ownWords(p);
        if (!deniedHere(text, span, words[to - 1], (w) => own(w) || ownWords(m.phrase)(w))) return span;
      }
    }
  }
  return undefined;
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
function onlyCheckMarks(value: string, marks: readonly string[]): boolean {
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
    if (UNTICKED_BOX.test(above)) return true;
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
    if (c === 59 || c === 10 || c === 13 || (c === 44 && noComma) || (c === 46 && /\s/.test(text[i + 1] ?? ' '))) return false;
  }
  return true;
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
    if (c.hypothetical) return true;
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

/**
 * Weeks of back pain: a duration next to a back-pain word (the back-pain findings' own phrases, so
 * "headaches" is not "ache"), in the same clause, in a field that tells the present illness.
 */
function readPainWeeks(text: string, hits: readonly FindingHit[], all: readonly Field[], age: AgeFact | undefined): Facts['painWeeks'] {
  const pmhIsNow = historyIsThePresentIllness(all);
  const numberWords = readingVocabulary().trauma.numberWords;
  const inWords = wordLengths(numberWords);
  for (const h of hits) {
    if (h.negated || (h.finding.category !== 'back-pain' && !h.finding.id.endsWith('-pain'))) continue;
    const key = h.field.key?.name;
    if (!key || !(PAIN_DURATION_KEYS.has(key) || (key === 'PMH' && historyPainIsToday(text, h, pmhIsNow)))) continue;
    const value = h.field.valueSpan;
    work.steps += 100;
    const afterText = text.slice(h.span.end, Math.min(value.end, h.span.end + 60));
    const beforeText = text.slice(Math.max(value.start, h.span.start - 40), h.span.start);
    const after = DURATION_AFTER.exec(afterText) ?? inWords.after.exec(afterText);
    const before = after ? null : (DURATION_BEFORE.exec(beforeText) ?? inWords.before.exec(beforeText) ?? bareDuration(beforeText, h.span.start - beforeText.length, age));
    const m = after ?? before;
    if (!m) continue;
    // The span is the duration itself ("6 wk"): it ends the match after the pain, it starts the one before it.
    const told = after ? NUMBER_AND_UNIT_AT_END.exec(m[0])![0] : NUMBER_AND_UNIT_AT_START.exec(m[0])![0];
    if (after && m[2].startsWith('/')) {
      const lead = m[0].slice(0, m[0].length - told.length);
      if ((m[2] === '/12' && !MONTHS_SLASH_LEAD.test(lead)) || INTERVAL_SLASH_LEAD.test(lead)) continue;
    }
    const n = Object.hasOwn(numberWords, m[1].toLowerCase()) ? numberWords[m[1].toLowerCase()] : Number(m[1]);
    const weeks = /^m|^\/12/i.test(m[2]) ? n * 4.345 : n;
    const at = after ? h.span.end + m.index + m[0].length - told.length : h.span.start - beforeText.length + m.index;
    const length = told.length;
    return { weeks, span: { start: at, end: at + length } };
  }
  return undefined;
}

/**
 * Whether a back pain under a history key is today's, so its length is read: the key tells the present illness, or the
 * pain counts and its clause dates no other episode.
 */
function historyPainIsToday(text: string, h: FindingHit, pmhIsNow: boolean): boolean {
  return !h.context.historical && (pmhIsNow || (h.present && !pastInClause(text, h.field.valueSpan, h.span)));
}

/**
 * A history value's clause around a back pain marks it past, though a word of the present illness there keeps the pain
 * itself counting (findings.ts pastInHistory): "Hx: LBP x 8 wk in 2023" over today's Presentation line is an episode of
 * 2023, so its eight weeks are not today's. A pastLengthInHistory phrase or "in" and a year, within the value's clause.
 */
function pastInClause(text: string, value: Span, span: Span): boolean {
  const c = ownClauseSpan(text.slice(value.start, value.end), span.start - value.start);
  const start = value.start + c.start;
  const clause = text.slice(start, value.start + c.end);
  // A year, bare or bracketed ("in 2023", "(2023)", "summer 2024"), never a date's ("since 01/03/2025").
  return /(?<![/.\-\d])(?:19|20)\d\d\b/.test(clause) || findAny(toWords(clause, start), phraseSetOf(readingVocabulary().pastLengthInHistory)).length > 0;
}

/**
 * DURATION_BARE when every word between the duration and the pain tells of the pain (durationBeforePainWords), the
 * note tells the age elsewhere than this number and the duration is shorter than the age: "18 mo LBP, refuses to walk"
 * with no other age, "9 mo ex-preemie back pain" tell an age, not how long the pain has lasted.
 */
function bareDuration(beforeText: string, beforeStart: number, age: AgeFact | undefined): RegExpExecArray | null {
  const m = DURATION_BARE.exec(beforeText);
  if (!m || !age) return null;
  const start = beforeStart + m.index;
  if (age.span.start < start + NUMBER_AND_UNIT_AT_START.exec(m[0])![0].length && start < age.span.end) return null;
  if ((/^m/i.test(m[2]) ? Number(m[1]) * 4.345 : Number(m[1])) >= age.months * 4.345) return null;
  const told = wordSetOf(readingVocabulary().durationBeforePainWords);
  return m[3].split(/\s+/).every((w) => !w || told.has(w.toLowerCase())) ? m : null;
}

/** Keys a study may be ordered under, in the order they are trusted. */
const ORDER_KEYS: KeyName[] = ['Order', 'Plan'];

/** Known-key fields and the free text of the note (read as history), in one list. */
function readableFields(note: ParsedNote, form: FormReading): Field[] {
  const out = note.fields.filter((f) => f.key);
  if (note.prose.length) out.push(...note.prose);
  if (form.lines.length) out.push(...formQuestions(note, form));
  return out;
}

const PRESENTATION = lookupKey('Presentation')!;

/**
 * A form's line under a key the language does not know is a question and its ticked answer ("NSGY
 * referral: [x] placed", "Onset: [x] trauma - mechanism: ***", "Foot deformity: [ ] yes [x] no"):
 * the key says what is asked, so the whole line is read as free text (unless already read as prose).
 */
function formQuestions(note: ParsedNote, form: FormReading): Field[] {
  const out: Field[] = [];
  // Fields, form lines and prose are all in text order: one pointer each.
  let line = 0;
  let prose = 0;
  let box = 0;
  for (const f of note.fields) {
    if (f.key || f.prose) continue;
    while (line < form.lines.length && form.lines[line].end < f.keySpan.start) line++;
    if (line >= form.lines.length) break;
    if (form.lines[line].start > f.valueSpan.end) continue;
    const span = { start: f.keySpan.start, end: f.valueSpan.end };
    // A question with no box ticked ("NSGY referral: [ ] placed") says nothing.
    let ticked = false;
    for (; box < form.boxes.length && form.boxes[box].start < span.end; box++) if (form.boxes[box].start >= span.start && form.boxes[box].checked) ticked = true;
    if (!ticked) continue;
    while (prose < note.prose.length && note.prose[prose].valueSpan.end <= span.start) prose++;
    work.steps++;
    if (prose < note.prose.length && note.prose[prose].valueSpan.start < span.end) continue;
    out.push({ key: PRESENTATION, rawKey: f.rawKey, keySpan: f.keySpan, valueSpan: span, value: note.text.slice(span.start, span.end), lineSpan: f.lineSpan, inferred: true });
  }
  return out;
}

/** A field as the form is filled in (formView): its value with unticked options blanked, trimmed; the field itself when nothing changed. */
function filledIn(f: Field, view: string): Field {
  const raw = view.slice(f.valueSpan.start, f.valueSpan.end);
  if (raw === f.value) return f;
  const value = raw.trim();
  const start = f.valueSpan.start + (value ? raw.indexOf(value) : 0);
  return { ...f, valueSpan: { start, end: start + value.length }, value };
}

/** The note with these spans blanked to spaces (offsets unchanged). */
function withBlanks(note: ParsedNote, spans: readonly Span[]): ParsedNote {
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    parts.push(note.text.slice(at, from), note.text.slice(from, s.end).replace(/[^\n]/g, ' '));
    at = s.end;
  }
  parts.push(note.text.slice(at));
  const text = parts.join('');
  return { ...note, text, fields: note.fields.map((f) => filledIn(f, text)), prose: note.prose.map((f) => filledIn(f, text)) };
}

/** The order a quiz's answer decides: the study it names (read as an order line), none, or the order read when its study is not one. */
function quizOrder(text: string, d: NonNullable<QuizReading['decision']>, contrast: string | undefined, k: Knowledge, read: Facts['order']): Facts['order'] {
  if ('none' in d) return undefined;
  const value = text.slice(d.study.start, d.study.end);
  const reading = readOrder(value, contrast, k);
  if (reading.status !== 'recognized') return read;
  const field: Field = { key: PRESENTATION, rawKey: 'order', keySpan: { start: d.study.start, end: d.study.start }, valueSpan: d.study, value, lineSpan: d.study, inferred: true };
  return { field, reading };
}

/** The note with its template placeholders blanked (notes/placeholders.ts), offsets unchanged; the note itself when it holds none. */
function withoutPlaceholders(note: ParsedNote): ParsedNote {
  const text = blankPlaceholders(note.text);
  if (text === note.text) return note;
  return { ...note, text, fields: note.fields.map((f) => filledIn(f, text)), prose: note.prose.map((f) => filledIn(f, text)) };
}

/**
 * `list.flatMap(each)` for a callback that returns an array: V8's flatMap takes its generic path on every call (about
 * 1 µs for a note's few fields, against a few dozen ns for this loop), and readFacts runs four a note.
 */
function flatMapped<T, U>(list: readonly T[], each: (x: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const x of list) for (const y of each(x)) out.push(y);
  return out;
}

function first(all: readonly Field[], name: KeyName): Field | undefined {
  return all.find((f) => f.key?.name === name);
}

export function readFacts(note: ParsedNote, k: Knowledge, today: IsoDate): Facts {
  forgetFieldWords();
  // "Plan: MRI L-spine / Outcome: discharged home": a meeting's outcome beside the plan is not the plan (withMinutesRead).
  note = withMinutesRead(note);
  // "Insurance: Aetna / Policy: MRI requires prior authorization": a policy that is no translated letter's plan.
  note = withTranslatedPlanRead(note);
  // "Age: 14.  Back pain 3 wk.": the age is the Age value's first sentence, the rest is history (age-fact.ts).
  note = withAgeRunOnRead(note);
  // "Ordr: XR L-spine", "B symptoms: night sweats": unknown keys read as one of ours (unknown-keys.ts).
  note = withUnknownKeysRead(note);
  // "Parent: There is a small tuft of hair …", "pcp: 2 y 4 m boy w a pinpoint opening at L5": the teller's line is the history (tellers.ts).
  note = withTellersRead(note);
  // "Age: ***", "{NORMAL/ABNORMAL:20001} NORMAL", "Referral: {Yes/No:12345} ***": a template's placeholders say nothing.
  note = withoutPlaceholders(note);
  // 'Alert: "MRI first in infant <= 6 months without prior spinal ultrasound …"', 'CDS "usually not appropriate: …" OVERRIDDEN':
  // the decision-support software's words are no fact of the patient (alerts.ts).
  const alerts = softwareAlertSpans(note.text);
  if (alerts.length) note = withAlertLogOrderRead(withBlanks(note, alerts), (clause) => STUDY_NAMED.test(clause));
  // 'Request (quoted): "Sacral dimple with skin tag. Spine US: indeterminate."': a request copied in quotation marks that opens on
  // no study is the child's history, not the order (request.ts).
  note = withQuotedRequestsRead(note, (clause) => STUDY_NAMED.test(clause), requestWords(k).quotedKeys);
  // "A. XR lumbar spine  B. US spine … Answer: B": a quiz's choices are no order and no fact; its answer decides the order (quiz.ts).
  const quiz = readQuiz(note.text, k);
  const quizText = note.text;
  if (quiz?.blank.length) note = withBlanks(note, quiz.blank);
  // "I: stable / P: 11yo F, LBP … / A: MRI ordered": an I-PASS handoff's letters are its sections (handoff.ts).
  note = withHandoffRead(note);
  const form = readForm(note.text);
  const written = readableFields(note, form);
  // Findings are read from the form as written: readContext knows its boxes, so an unticked option is
  // read as absent. Every other reader reads the form as filled in, where unticked options are blanks.
  const text = formView(note.text, form);
  const all = text === note.text ? written : written.map((f) => filledIn(f, text));
  const facts: Facts = {
    ageProblems: [],
    hits: [],
    neuro: { state: 'unknown' },
    listedRedFlags: [],
    prior: [],
    referral: { neurosurgery: false },
    trauma: { significance: 'none' },
  };
  // A plan and an age carried over from an earlier note are that visit's ("A/P (2 mo): will order US spine").
  const copied = copiedBlocks(note.text);
  const current = currentFields(all, copied);
  // "Request: US spine, 10 mo F, hairy patch", "Protocol: CT C-spine w/o. 13 yo F, MVC": the history a request writes
  // after its study (request.ts), read for findings, age and injury, never for an order.
  const rw = requestWords(k);
  const asked = requestHistories(note.fields, rw.technique, (clause) => STUDY_NAMED.test(clause), rw.protocolNames);
  // A reason that holds the study's contrast ("72149, routine check-up, without and with") is read with the study: a change
  // of the order replaces it too.
  const reasons = asked.filter((f) => readContrast(f.value, k, false) === undefined);
  if (reasons.length) facts.requestReasons = reasons.map((f) => f.valueSpan);
  const askedAll = text === note.text ? asked : asked.map((f) => filledIn(f, text));
  const withAsked = asked.length ? [...current, ...currentFields(askedAll, copied)] : current;
  facts.age = readAge(note, withAsked, today, facts.ageProblems);
  // A line of one or two words in a terse note ("hair tuft", "no dimple", "neuro NAD") tells findings too.
  const short = shortLines(note, SHORT_UNDER).filter((f) => !endsOnAnswer(f.value));
  facts.hits = readAllFindings(
    note,
    form,
    [...written, ...asked, ...short],
    [...all, ...askedAll, ...(text === note.text ? short : short.map((f) => filledIn(f, text)))],
    k,
    facts.age?.months,
    referringSide(note),
  );
  excuseSignsNormalForAge(text, facts.hits, facts.age?.corrected?.months ?? facts.age?.months);

  const dimpleField = first(all, 'Dimple');
  const dimpleHit = facts.hits.find((h) => h.finding.category === 'dimple' && h.present);
  // On a form's line, the dimple's description is the rest of its line as filled in ("[x] sacral dimple - 4 mm; [x] within cleft; 2 cm from anus").
  const describedAt = (span: Span) => formLineAfter(form, span) ?? clauseAround(text, span);
  if (dimpleField && dimpleField.value && !isNormalValue(dimpleField.value)) {
    facts.dimple = readDimple(dimpleField.value, dimpleField.valueSpan);
    // "Findings: deep dimple" and "Dimple: 4 mm, in cleft" describe the same dimple.
    if (dimpleHit && dimpleHit.field !== dimpleField) {
      const clause = describedAt(dimpleHit.span);
      mergeDimple(facts.dimple, readDimple(text.slice(clause.start, clause.end), dimpleHit.span));
    }
  } else if (dimpleHit) {
    const clause = describedAt(dimpleHit.span);
    facts.dimple = readDimple(text.slice(clause.start, clause.end), dimpleHit.span);
    // "HPI: dimple noted on NB exam … PE: dimple ~4 mm, in cleft": the history names it, the exam describes it.
    let more = 0;
    for (const h of facts.hits) {
      if (h === dimpleHit || !h.present || h.finding.category !== 'dimple' || ++more > 3) continue;
      const c = describedAt(h.span);
      mergeDimple(facts.dimple, readDimple(text.slice(c.start, c.end), h.span));
    }
  }

  // The exam is judged at the age corrected for prematurity when the note gives it (upgoing plantars are normal in infancy).
  const examAge = facts.age?.corrected?.months ?? facts.age?.months;
  const neuro = first(all, 'Neuro');
  const ticked = first(written, 'Neuro');
  // "Neuro: ✓": a Neuro value that is a check mark and nothing else tells a normal exam, as "Neuro: ok" does.
  const checked = ticked !== undefined && onlyCheckMarks(ticked.value, readingVocabulary().neuroExamVerdict.checkMarks);
  if ((neuro && neuro.value) || checked) {
    const state = checked ? 'normal' : readNeuro(note.text, text, neuro!, facts.hits, examAge);
    // A Neuro key that says normal does not win over a deficit or an asymmetry told on the exam elsewhere.
    const parts = state === 'abnormal' ? [] : neuroTextParts(note, all);
    const elsewhere = parts.length
      ? abnormalInText(
          text,
          parts,
          parts.map((p) => p.words ?? toWords(text.slice(p.start, p.end), p.start)),
          examAge,
        )
      : undefined;
    facts.neuro = elsewhere ? { state: 'abnormal', span: elsewhere } : { state, span: (checked ? ticked : neuro)!.valueSpan };
  } else {
    // "Request: US spine, \"sacral dimple 3 mm …, normal neuro exam\"": the history a request writes tells the exam as any line does.
    facts.neuro = readNeuroInText(note, text, asked.length ? [...all, ...askedAll] : all, facts.hits, examAge);
  }

  readListedRedFlags(text, all, facts);

  facts.painWeeks = readPainWeeks(text, facts.hits, all, facts.age);

  const prior = first(all, 'Prior imaging');
  if (prior && prior.value && !isNormalValue(prior.value.trim())) {
    // "Prior: XR L-spine.\nNormal, no fracture.": the report on the line after is the study's.
    const report = reportOnNextLine(text, prior.valueSpan.end);
    facts.prior = readPriorImaging(report ? text.slice(prior.valueSpan.start, report.end) : prior.value, prior.valueSpan.start, k);
    // A table's column names its study ("prior_us", "US result" over "normal (2 wk ago)"): a result in the cell is that
    // study's; a cell with none ("none done", "not done", "pending") tells no study of the column's done.
    const headed = prior.column ? readPriorStudy(prior.rawKey, prior.keySpan, k).modality : undefined;
    if (headed) for (const study of facts.prior) if (study.result !== 'unknown') study.modality ??= headed;
  } else {
    // "Paraclinical: lumbosacral radiography AP + profile: bilateral lysis …": a study and its result under a key for the studies.
    // "Paraclinical: CBC normal. XR L-spine 2 weeks ago normal; MRI requested": each sentence of it that does is read, no other.
    const reported = flatMapped(
      note.fields.filter(isStudiesKey).map((f) => (text === note.text ? f : filledIn(f, text))),
      (f) => resultsUnderStudiesKey(f),
    )
      // "Outcome: US spine 2 wk ago normal. Discharge.": a sentence of a meeting's outcome read as the plan that reports a study done.
      // So does one beside "Plan:", read as no key (withMinutesRead: "Plan: physio. / Outcome: CT showed pars defect.").
      .concat(
        flatMapped(
          note.fields.filter((f) => f.value && (!f.key || f.key.name === 'Plan') && isBesidesSpelling(f.rawKey)).map((f) => (text === note.text ? f : filledIn(f, text))),
          (f) => resultsUnderStudiesKey(f, toldDone(k.vocabulary)),
        ),
      );
    const read = reported.length ? [...all, ...reported].sort((a, b) => a.valueSpan.start - b.valueSpan.start) : all;
    facts.prior = readPriorInText(text, read, k, facts.age?.months, new Set(reported));
  }
  // "TELERAD PRELIM: XR LUMBAR SPINE … Impression: … / Ordering physician addendum: …": the report on top tells a study done
  // with its result, read as the most recent prior; only the addendum below orders (narrative.ts reportOnTop).
  const onTop = prior?.value ? undefined : reportOnTop(text);
  if (onTop) facts.prior = [...facts.prior, ...readPriorImaging(reportDone(text, onTop, k), onTop.start, k)];
  const belowReport = (f: Field) => !onTop || f.lineSpan.start >= onTop.end;

  // "Radiology: MRI L-spine w/o", "Investigations: XR lumbar spine": a line under a key for the study to do.
  const ow = orderWords(k.vocabulary);
  // "Referral: MR of lumbo-sacral spine without contrast, with sedation": a referral (a requisition, as much of Europe
  // writes it) that opens on a spine study is the study's request, read as a key naming the study to do (keyedStudy);
  // "Referral: neurosurgery", "Referral: ortho re MRI findings" open on no study.
  const orderKeyed = flatMapped(
    note.fields
      .map((f) => {
        if (!f.value) return undefined;
        // Not one that goes on to the study's record ("Referral: MRI L-spine results to neurosurgery", "Referral: MRI
        // findings reviewed, to ortho"; prose.studyRecords): the study was done, and the referral sends what it found.
        if (f.key) return f.key.name === 'Referral' && startsWithStudy(f.value.trim()) && !recordAfterStudy(toWords(f.value), ow) ? f : undefined;
        return isOrderKeyed(f.rawKey) ? f : chosenStudyField(text, f, ow);
      })
      .filter((f) => f !== undefined)
      .map((f) => (text === note.text ? f : filledIn(f, text)))
      .concat(inlineOrderKeyed(current)),
    (f) => minutesPlanRead(text, f, ow, toldDone(k.vocabulary)),
  );
  // "Provider reply: … I've ordered an ultrasound of his lower spine", "PCP: agree. MRI L-spine w/o ordered":
  // a line under a key the language does not know, and read for nothing else, may still order outright.
  const unread = note.fields
    .filter(
      (f) =>
        !f.key &&
        !f.prose &&
        f.value &&
        !isAboutRelative(f.rawKey) &&
        // "Paraclinical: XR done, normal; MRI requested": a key for the studies done or to do whose value does not open on the
        // study to do (keyedStudy) may still order one after.
        (isStudiesKey(f) || (!isOrderKeyed(f.rawKey) && !orderKeyed.some((o) => o.lineSpan.start === f.lineSpan.start))),
    )
    .map((f) => (text === note.text ? f : filledIn(f, text)));
  // "Outcome: XR normal. MRI L-spine w/o.": a meeting's outcome read as the plan orders from its sentences that report no study done (minutesPlanRead).
  const ordering = flatMapped(onTop ? current.filter(belowReport) : current, (f) => minutesPlanRead(text, f, ow, toldDone(k.vocabulary)));
  const read = readOrderFact(
    text,
    ordering,
    k,
    currentFields(orderKeyed, copied).filter(belowReport),
    (t) => closingLine(note, t),
    currentFields(unread, copied).filter(belowReport),
  );
  facts.order = read.order ?? examKeyedOrder(text, ordering, k);
  // "Case report … CT of the cervical spine without contrast was obtained.": a case narrative's study told as done is its order (narrative.ts).
  const narrated = !facts.order && !read.declared && isCaseNarrative(text);
  if (narrated)
    facts.order = narrativeOrder(
      note.prose.map((f) => (text === note.text ? f : filledIn(f, text))),
      k,
    );
  // A prior read from the very words read as the order is that order, not a study before it. In a case narrative,
  // every one ("Spinal US was obtained and showed a conus at L3": its result is the case's own study's); elsewhere, one
  // of the order's modality with no result of its own ("MRI … was obtained as the first study"), since "Order: MRI
  // L-spine (US at OSH, report not available)" holds a prior US of its own.
  const told = facts.order?.field.valueSpan;
  const orderedModality = facts.order?.reading.procedure?.modality;
  const isTheOrder = (p: PriorStudy) => narrated || (p.result === 'unknown' && p.modality === orderedModality);
  if (told && (narrated || orderedModality)) facts.prior = facts.prior.filter((p) => !isTheOrder(p) || p.span.end <= told.start || told.end <= p.span.start);
  if (quiz?.decision) facts.order = quizOrder(quizText, quiz.decision, first(all, 'Contrast')?.value, k, facts.order);
  facts.noImagingOrdered = read.declared;

  const deficit = facts.neuro.state === 'abnormal' || facts.hits.some((h) => h.present && h.finding.category === 'neurologic-symptom');
  const pmhIsNow = historyIsThePresentIllness(all);
  facts.trauma = readTrauma(
    text,
    facts.hits,
    [...all, ...askedAll].filter((f) => isTraumaField(f) || (pmhIsNow && f.key?.name === 'PMH' && isClinicalHistoryKey(f.rawKey))),
    deficit,
    today.y,
  );
  const unknownKeyed = note.fields.filter((f) => !f.key && f.value).map((f) => (text === note.text ? f : filledIn(f, text)));
  facts.referral = readReferral(
    text,
    first(all, 'Referral'),
    // "Urgent: referral to paediatric neurosurgery": a line keyed by its priority alone still asks. "Pedido: consulta de
    // neurocirurgia", "Richiesta: consulenza neurochirurgica": a key in the writer's own language that names what is to
    // be done is read for its referral as a plan is, though no study is named in it.
    [...all.filter(isReferralField), ...unknownKeyed.filter((f) => isPriorityKey(f.rawKey) || isWritersLanguageOrderKey(f.rawKey))],
    unknownKeyed,
    today.y,
    all,
  );
  forgetFieldWords();
  return facts;
}

/**
 * A neurologic sign read as a finding that the exam calls normal for the child's age ("plantars upgoing
 * (normal for age)", upgoing plantars at 3 months: neuro-exam.ts) does not count: the finding reader
 * knows no age, the exam reader does. Each value holding such a finding is read once.
 */
function excuseSignsNormalForAge(text: string, hits: FindingHit[], ageMonths: number | undefined): void {
  const read = new Map<Field, Span[]>();
  for (const h of hits) {
    if (!h.present || h.finding.category !== 'neurologic-symptom') continue;
    let excused = read.get(h.field);
    if (!excused) read.set(h.field, (excused = readExamItems(text, fieldWords(h.field), ageMonths).normalForAge));
    if (excused.some((s) => s.start < h.span.end && h.span.start < s.end)) h.present = false;
  }
}

/** From a span on a form's line to the end of that line (undefined off a form's lines). */
function formLineAfter(form: FormReading, span: Span): Span | undefined {
  for (const line of form.lines) if (line.start <= span.start && span.start < line.end) return { start: span.start, end: line.end };
  return undefined;
}

/**
 * "Fever N", "Tuft Y", "hair tuft -": a short line that ends on a yes/no answer (context-lexicon.json
 * formAnswers) or a sign is a question answered, which the short-line reading leaves alone (as before).
 */
function endsOnAnswer(value: string): boolean {
  const last = value.split(/\s+/).pop()!.toLowerCase();
  if (/^[-+?\u2713\u2717]$|^\([-+]\)$/.test(last)) return true;
  const word = last.replace(/[.,;:!]+$/, '');
  const a = contextLexicon().formAnswers;
  return a.yes.includes(word) || a.no.includes(word) || a.unknown.includes(word);
}

/** order-vocabulary.json request.technique and request.protocolNames as sets, made once per vocabulary. */
interface RequestWords {
  technique: ReadonlySet<string>;
  protocolNames: ReadonlySet<string>;
  quotedKeys: ReadonlySet<string>;
}
const requestWordsOf = perVocabulary((v: OrderVocabulary): RequestWords => ({
  technique: new Set(v.request.technique),
  protocolNames: new Set(v.request.protocolNames),
  quotedKeys: new Set(v.request.quotedRequestKeys),
}));
const requestWords = (k: Knowledge) => requestWordsOf(k.vocabulary);

/** Keys under which a short line tells the patient's findings ("Findings:" then "hair tuft"). */
const SHORT_UNDER = new Set<string>(['Presentation', 'Findings', 'Indication', 'Symptoms', 'Neuro', 'Red flags', 'ROS', 'Dimple', 'PMH', 'Patient', 'Plan', 'Order']);
const TRAUMA_KEYS = new Set<KeyName>(['Presentation', 'Indication', 'Findings', 'Red flags', 'Patient']);
const REFERRAL_KEYS = new Set<KeyName>(['Referral', 'Plan', 'Order', 'Presentation', 'Indication']);
const isTraumaField = (f: Field) => TRAUMA_KEYS.has(f.key!.name);
const isReferralField = (f: Field) => REFERRAL_KEYS.has(f.key!.name);

/**
 * The findings of the fields as written (`written`), each hit then told against the same field as
 * filled in (`all`, index for index: the other readers compare fields by identity).
 */
function readAllFindings(
  note: ParsedNote,
  form: FormReading,
  written: readonly Field[],
  all: readonly Field[],
  k: Knowledge,
  months: number | undefined,
  referring: readonly Field[] = [],
): FindingHit[] {
  let hits = readFindings(note.text, written, k);
  // "night pain [ ] constant": a phrase read across a form's box joins two options.
  if (form.boxes.length) hits = hits.filter((h) => !holdsBox(form, h.span));
  if (all !== written) {
    // The last index of a field, as a map from written to filled fields built in order would keep; a hit is written
    // out in readFindings' order of properties, not spread (the spread's slow path, once per hit of every note).
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      const at = written.lastIndexOf(h.field);
      hits[i] = { finding: h.finding, span: h.span, context: h.context, present: h.present, negated: h.negated, field: at >= 0 ? (all[at] ?? h.field) : h.field };
    }
  }
  // The referring side's working diagnosis ("Referring ED: ?discitis"): its suspicions only, and a cancer it names, which
  // suspectedCancerIsSuspectedTumor reads as suspected when it is ("Referring MD: concerned about leukemia").
  if (referring.length) {
    const side = readingVocabulary().referringSide;
    const categories = new Set(side.categories);
    const excludedBy = phraseSetOf(side.excludedBy);
    const read = readFindings(note.text, referring, k);
    // "Referring ED: ?discitis - afebrile, CRP 2, discitis unlikely", "… MRI done there: normal, no discitis": a suspicion
    // the referring side itself excludes or doubts is none.
    const excluded = (h: FindingHit) =>
      read.some((x) => x.field === h.field && x.finding.id === h.finding.id && x.negated) || findAny(toWords(sentenceAround(note.text, h.field, h.span)), excludedBy).length > 0;
    for (const h of read) if ((categories.has(h.finding.category) || h.finding.id === 'malignancy') && !excluded(h)) hits.push(h);
  }
  cancerReturnsInCancerNote(note.text, all, hits, k);
  painAfterBackInjury(note.text, hits, k);
  suspectedCancerIsSuspectedTumor(note.text, hits, k);
  painBehaviourWithSpinalSuspicion(note.text, all, hits, k);
  markersPlacedElsewhere(hits, note.text);
  markersWithCorrectedPlace(hits, note.text);
  infectionsPlacedElsewhere(hits, note.text);
  explainedAway(hits, note.text);
  cancerInstitutions(hits, note.text);
  othersAccidents(hits, note.text);
  limpOfTheBody(hits, note.text, months);
  firstVoidOfNewborn(hits, note.text, months);
  retractedInError(hits, note.text);
  clarifiedAway(hits, note.text);
  questionSettled(hits, note.text);
  zeroScores(hits, note.text);
  temperatures(hits, note.text, all, k);
  toldFlags(hits, note.text, all, k);
  baselineDeficits(hits, note.text);
  swellingAfterInjury(hits, note.text, months);
  return dedupe(genericMarkersNamedElsewhere(hits, note.text));
}

/**
 * Lines keyed by the referring side ("Referring ED:", "Referring MD:", "Sending hospital:"; reading-vocabulary.json
 * referringSide), which no other reader reads, as an Indication each: read for the suspicions of this note only.
 */
function referringSide(note: ParsedNote): Field[] {
  const words = new Set(readingVocabulary().referringSide.keyWords);
  const out: Field[] = [];
  for (const f of note.fields) {
    if (f.key || f.prose || !f.value || isAboutRelative(f.rawKey) || !toWords(f.rawKey.slice(0, 60)).some((w) => words.has(w.text))) continue;
    out.push({ ...f, key: INDICATION, writtenKey: f.rawKey, inferred: true });
  }
  return out;
}

const INDICATION = lookupKey('Indication')!;

/**
 * "Parents ask about the 'birthmark' … 2 cm flat red vascular lesion c/w infantile hemangioma": a
 * generic word for a skin mark (reading-vocabulary.json genericMarkers) names the marker the note
 * names more precisely, not another one. Alone ("a dark birthmark at the top of the cleft") it counts.
 */
function genericMarkersNamedElsewhere(hits: FindingHit[], text: string): FindingHit[] {
  return marksByTheirLook(genericMarkers(hits, text), text);
}

/**
 * "red patch over the coccyx … This looks like an early superficial infantile hemangioma": a word for a mark by its look
 * (reading-vocabulary.json markerLooks) names the marker it looks like when the note names that one present, not another.
 * Alone ("red patch over the sacrum") or beside another marker only ("red patch and a hair tuft") it counts.
 */
function marksByTheirLook(hits: FindingHit[], text: string): FindingHit[] {
  if (!hits.some((h) => h.finding.category === 'cutaneous-marker')) return hits;
  const looks = markerLooksBySaying();
  const seen = new Map<FindingHit, string | undefined>();
  const lookOf = (h: FindingHit): string | undefined => {
    if (h.finding.category !== 'cutaneous-marker' || h.span.end - h.span.start > 40 || !looks.initials.has(text.charCodeAt(h.span.start) | 32)) return undefined;
    if (seen.has(h)) return seen.get(h);
    const said = text
      .slice(h.span.start, h.span.end)
      .toLowerCase()
      .replace(/[\s-]+/g, ' ');
    const of = looks.by.get(said)?.find((id) => id !== h.finding.id);
    seen.set(h, of);
    return of;
  };
  const namedHits = hits.filter((h) => h.present && h.finding.category === 'cutaneous-marker' && !lookOf(h));
  if (!namedHits.length) return hits;
  const same = readingVocabulary().markerLookSame;
  // Listed with it in one sentence and nothing saying they are one ("red patch on the sacrum and a hemangioma over L2"):
  // two marks. Told in another sentence ("red patch over the coccyx. This looks like an early hemangioma") or with a word
  // that makes them one ("red patch, likely an early hemangioma"): that marker.
  const isIt = (look: FindingHit, id: string) =>
    namedHits.some((n) => {
      if (n.finding.id !== id) return false;
      if (!sameSentence(text, look.span, n.span)) return true;
      const between = text.slice(Math.min(look.span.end, n.span.end), Math.max(look.span.start, n.span.start)).toLowerCase();
      const said = ` ${between.replace(/[^a-z0-9=?(-]+/g, ' ')} `;
      return same.some((w) => (/^[a-z0-9 ]+$/.test(w) ? said.includes(` ${w} `) : between.includes(w)));
    });
  return hits.filter((h) => {
    const of = lookOf(h);
    return !of || !isIt(h, of);
  });
}

let markerLooksMap: { of: object; by: Map<string, string[]>; initials: Set<number> } | undefined;
/**
 * reading-vocabulary markerLooks by the words said (the markers each look may name, in the file's order), and the
 * letters a look begins with (lower case): a hit beginning otherwise is no look, and is not lower-cased to find out.
 */
function markerLooksBySaying(): { by: Map<string, string[]>; initials: Set<number> } {
  const looks = readingVocabulary().markerLooks;
  if (markerLooksMap?.of !== looks) {
    const by = new Map<string, string[]>();
    for (const [id, words] of Object.entries(looks)) for (const w of words ?? []) by.set(w, [...(by.get(w) ?? []), id]);
    markerLooksMap = { of: looks, by, initials: new Set([...by.keys()].map((w) => w.charCodeAt(0) | 32)) };
  }
  return markerLooksMap;
}

function genericMarkers(hits: FindingHit[], text: string): FindingHit[] {
  const generic = wordSetOf(readingVocabulary().genericMarkers);
  const isGeneric = (h: FindingHit) =>
    h.finding.category === 'cutaneous-marker' && h.span.end - h.span.start <= 12 && generic.has(text.slice(h.span.start, h.span.end).toLowerCase());
  let named = false;
  let any = false;
  for (const h of hits) {
    if (h.finding.category !== 'cutaneous-marker') continue;
    if (isGeneric(h)) any = true;
    else if (h.present) named = true;
  }
  return any && named ? hits.filter((h) => !isGeneric(h)) : hits;
}

/**
 * "speared in the back by another player's helmet … Significant pain since", "landed on his back.
 * Immediate pain": pain told after an injury to the back is back pain (reading-vocabulary.json
 * painAfterBackInjury). The injury's own sentence names the back; the pain word, in the same value and
 * after it, names no other part ("wrist pain", "pain in his neck"). Read only when no back pain is.
 */
function painAfterBackInjury(text: string, hits: FindingHit[], k: Knowledge): void {
  const backPain = k.finding('back-pain');
  if (!backPain || hits.some((h) => h.present && h.finding.category === backPain.category)) return;
  if (!hits.some((h) => h.present && h.finding.category === 'trauma')) return;
  const v = readingVocabulary();
  const rule = v.painAfterBackInjury;
  const places = wordSetOf(rule.injuredPlaces);
  const pains = wordSetOf(rule.painWords);
  const elsewhere = otherPlaces(v);
  for (const injury of hits) {
    if (!injury.present || injury.finding.category !== 'trauma' || !FIELDS_FOR[backPain.category].includes(injury.field.key!.name)) continue;
    const f = injury.field;
    const words = fieldWords(f);
    let i = 0;
    while (i < words.length && words[i].start < injury.span.start) i++;
    // The injury's sentence: from its start to its end, looking for the back.
    let a = i;
    while (a > 0 && !endsSentence(text, words[a - 1].end, words[a].start)) a--;
    let b = i;
    while (b + 1 < words.length && !endsSentence(text, words[b].end, words[b + 1].start)) b++;
    let toBack = false;
    for (let j = a; j <= b && !toBack; j++) toBack = places.has(words[j].text);
    if (!toBack) continue;
    // After the injury's own words: "hurt her back" per the babysitter tells an event, not pain.
    while (i < words.length && words[i].start < injury.span.end) i++;
    for (let j = i; j < words.length && j < i + 60; j++) {
      if (!pains.has(words[j].text)) continue;
      let other = false;
      for (let n = Math.max(0, j - 2); n <= Math.min(words.length - 1, j + 3) && !other; n++) other = n !== j && elsewhere.has(words[n].text);
      if (other) continue;
      const span = { start: words[j].start, end: words[j].end };
      const c = readContext(text, span.start, span.end);
      const present = countsAsPresent(c, backPain, f.key!.name);
      if (!present) continue;
      hits.push({
        finding: backPain,
        span,
        context: { negated: false, uncertain: c.uncertain, hypothetical: false, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: false,
        field: f,
      });
      return;
    }
    work.steps += words.length;
  }
}

/** Parts of the body other than the back, built once per vocabulary. */
const otherPlaces = perVocabulary((v: ReadingVocabulary): ReadonlySet<string> => new Set([...v.nonSpineRegions, ...v.painAfterBackInjury.otherPlaces]));

/** A full stop before a space, a semicolon or a line break between two words. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 46 && (i + 1 === to || text.charCodeAt(i + 1) === 32))) return true;
  }
  return false;
}

/**
 * In the note of a child with a known cancer, "relapse" and "recurrence" name that cancer's return
 * (reading-vocabulary.json cancerReturn): "B-ALL … new back pain, fracture vs relapse" suspects a
 * tumor. Elsewhere they name nothing ("nephrotic relapse"), so they are read only after a cancer is.
 */
function cancerReturnsInCancerNote(text: string, all: readonly Field[], hits: FindingHit[], k: Knowledge): void {
  const malignancy = k.finding('malignancy');
  if (!malignancy || !hits.some((h) => h.finding === malignancy && h.present)) return;
  const set = phraseSetOf(readingVocabulary().cancerReturn);
  const keys = FIELDS_FOR[malignancy.category];
  for (const f of all) {
    if (!f.value || !keys.includes(f.key!.name)) continue;
    for (const span of findAny(fieldWords(f), set)) {
      const c = readContext(text, span.start, span.end);
      const present = countsAsPresent(c, malignancy, f.key!.name);
      hits.push({
        finding: malignancy,
        span,
        context: { negated: c.negated, uncertain: c.uncertain, hypothetical: c.hypothetical, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: c.negated,
        field: f,
      });
    }
  }
}

/**
 * Spec §4 counts skin markers over the spine (midline back, lumbosacral, sacral, gluteal). A marker
 * its own clause places only elsewhere ("tuft of hair on the scalp", "cheek hemangioma") is not a
 * spinal cutaneous marker; an unplaced one still counts. The clause is the word just before the
 * marker and up to eight words after it, to a comma, semicolon, full stop or line end.
 */
/** The marker-place word sets, built once per vocabulary (this runs for every note). */
type MarkerPlaces = {
  spinal: Set<string>;
  elsewhere: Set<string>;
  sites: Set<string>;
  acquired: Set<string>;
  /** markerPlace.deniedBefore as one pattern of whole words. */
  deniedBefore: RegExp;
  denialAfterComma: Set<string>;
};
const markerPlacesOf = perVocabulary((place: ReadingVocabulary['markerPlace']): MarkerPlaces => ({
  spinal: new Set(place.spinal.map((w) => w.toLowerCase())),
  elsewhere: new Set(place.elsewhere.map((w) => w.toLowerCase())),
  sites: new Set(place.siteWords.map((w) => w.toLowerCase())),
  acquired: new Set(place.acquired.map((w) => w.toLowerCase())),
  deniedBefore: wordsPattern(place.deniedBefore.map((w) => w.toLowerCase())),
  denialAfterComma: new Set(place.denialAfterComma),
}));
const markerPlaces = () => markerPlacesOf(readingVocabulary().markerPlace);

function markersPlacedElsewhere(hits: FindingHit[], text: string): void {
  let places: ReturnType<typeof markerPlaces> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || (h.finding.category !== 'cutaneous-marker' && h.finding.category !== 'dimple')) continue;
    places ??= markerPlaces();
    const line = h.field.lineSpan ?? h.field.valueSpan;
    if (placedElsewhere(text, Math.max(line.start, h.span.start - 40), h.span.start, h.span.end, places)) hits[i] = { ...h, present: false };
    else if (h.finding.id === 'dermal-sinus' && acquiredBefore(text, line.start, h, places)) hits[i] = { ...h, present: false };
  }
}

/** The correction phrases of markerPlace.corrections as word lists, longest first, built once per vocabulary. */
const correctionLists = perVocabulary((place: ReadingVocabulary['markerPlace']) => place.corrections.map((c) => c.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length));

/**
 * "hair tuft – scalp? no, sacral", "tuft on the scalp - no wait, sacral": the writer takes back the place named after a
 * marker and gives a spinal one. The "no" answers the place, not the marker, and the place left is the spine's (run
 * after markersPlacedElsewhere): a marker denied or placed elsewhere only after its own words
 * (no denial word in its clause before it), followed by a place, a correction (markerPlace.corrections) and a spinal
 * place, is present. A denial of the marker itself ("no hair tuft", "hair tuft? no", "hair tuft? no, dimple? yes")
 * stays. A few words after each denied marker: linear.
 */
function markersWithCorrectedPlace(hits: FindingHit[], text: string): void {
  let places: MarkerPlaces | undefined;
  let corrections: string[][] | undefined;
  let between: Set<string> | undefined;
  let tail: Set<string> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.present || h.context.uncertain || h.context.hypothetical || h.context.historical || h.context.experiencer !== 'patient') continue;
    if (h.finding.category !== 'cutaneous-marker' && h.finding.category !== 'dimple') continue;
    const line = h.field.lineSpan ?? h.field.valueSpan;
    const clause = text.slice(Math.max(line.start, h.span.start - 40), h.span.start);
    const own = clause.slice(clause.search(/[^.,;:\n]*$/)).toLowerCase();
    places ??= markerPlaces();
    if (places.deniedBefore.test(own)) continue;
    between ??= new Set(readingVocabulary().markerPlace.infectionBetween);
    corrections ??= correctionLists(readingVocabulary().markerPlace);
    const after = text.slice(h.span.end, Math.min(line.end, h.span.end + 80)).toLowerCase();
    const toks = [...after.matchAll(/[a-z0-9]+(?:'[a-z]+)?|[^a-z0-9\s]/g)].map((m) => m[0]);
    const word = (t: string | undefined) => t !== undefined && /^[a-z0-9]/.test(t);
    const marks = (k: number) => {
      while (k < toks.length && /^[-\u2013\u2014,:?/(]$/.test(toks[k])) k++;
      return k;
    };
    const linking = (k: number) => {
      while (k < toks.length && (between!.has(toks[k]) || toks[k] === 'it' || toks[k] === "it's" || toks[k] === 'its' || toks[k] === 'is')) k++;
      return k;
    };
    let k = linking(marks(0));
    const first = toks[k];
    if (!word(first) || !(places.elsewhere.has(first) || places.spinal.has(first))) continue;
    k = marks(k + 1);
    let corrected = false;
    for (let taken = true; taken;) {
      taken = false;
      for (const c of corrections) {
        if (c.every((w, n) => toks[k + n] === w)) {
          k = marks(k + c.length);
          corrected = taken = true;
          break;
        }
      }
    }
    if (!corrected) continue;
    k = linking(k);
    const second = toks[k];
    if (!word(second) || second === first || !places.spinal.has(second)) continue;
    // The clause ends at the corrected place ("scalp? no, sacral.", "scalp - no, sacral area"): "scalp, no sacral dimple",
    // "scalp no, sacral no", "face? no, lumbar? no" deny what follows the "no", and the marker stays where it was put.
    tail ??= new Set(readingVocabulary().markerPlace.correctedPlaceTail.map((w) => w.toLowerCase()));
    k++;
    while (k < toks.length && (places.spinal.has(toks[k]) || between.has(toks[k]) || tail.has(toks[k]))) k++;
    const end = toks[k];
    if (end !== undefined && !/^[.;)!]$/.test(end) && !(end === ',' && !places.denialAfterComma.has(toks[k + 1] ?? ''))) continue;
    hits[i] = { ...h, context: { ...h.context, negated: false }, negated: false, present: true };
  }
}

/** "pilonidal abscess, opening in the natal cleft skin with purulent fluid": an opening told in a sentence of acquired disease. */
function acquiredBefore(text: string, lineStart: number, h: FindingHit, places: MarkerPlaces): boolean {
  if (/dermal/i.test(text.slice(h.span.start, h.span.end))) return false;
  const before = text.slice(Math.max(lineStart, h.span.start - 120), h.span.start);
  // "pilonidal dimple" / "pilonidal pit" name an infant's dimple, not the acquired disease.
  const sentence = before
    .slice(before.search(/[^.;\n]*$/))
    .toLowerCase()
    .replace(/pilonidal\s+(?:dimple|pit)s?/g, '');
  return (sentence.match(/[a-z]+/g) ?? []).some((w) => places.acquired.has(w));
}

/**
 * "IV antibiotics (cellulitis R leg)", "abscess of the left thigh", "leg cellulitis": an infection or a tumour placed by the
 * word just before it or the first word after it (past side and linking words only: markerPlace.infectionBetween) on a place
 * of markerPlace.elsewhere is not suspected of the spine. Not "discitis with leg pain" (a word of its own stands between),
 * not a place of the spine ("abscess over the lumbar spine"). A few words around each hit: linear.
 */
function infectionsPlacedElsewhere(hits: FindingHit[], text: string): void {
  let places: ReturnType<typeof markerPlaces> | undefined;
  let between: Set<string> | undefined;
  let ends: Set<string> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'suspected-infection-or-tumor') continue;
    places ??= markerPlaces();
    between ??= new Set(readingVocabulary().markerPlace.infectionBetween);
    const own = text.slice(h.span.start, h.span.end).toLowerCase();
    if (NAMES_SPINE.test(own)) continue;
    const line = h.field.lineSpan ?? h.field.valueSpan;
    const before = /([A-Za-z]+)[ \t]*$/.exec(text.slice(Math.max(line.start, h.span.start - 30), h.span.start));
    let place = before?.[1].toLowerCase();
    if (!place || !places.elsewhere.has(place)) {
      place = undefined;
      const after = text.slice(h.span.end, Math.min(line.end, h.span.end + 60)).toLowerCase();
      const tokens = [...after.matchAll(/[a-z0-9]+|[^a-z0-9\s]/g)].map((m) => m[0]);
      let k = 0;
      while (k < tokens.length && between.has(tokens[k])) k++;
      place = tokens[k];
      // The place ends the clause or a joining word follows it ("cellulitis R leg and fever"); "discitis leg pain" is a
      // discitis and a leg pain. A spinal place later in the clause ("infection in the leg or spine") keeps it.
      ends ??= new Set(readingVocabulary().markerPlace.infectionPlaceEnd);
      const next = tokens[k + 1];
      if (next !== undefined && /^[a-z0-9]/.test(next) && !ends.has(next)) place = undefined;
      for (let n = k + 1; place && n < tokens.length && /^[a-z0-9]/.test(tokens[n]); n++) if (places.spinal.has(tokens[n])) place = undefined;
    }
    if (place && places.elsewhere.has(place) && !places.spinal.has(place)) hits[i] = { ...h, present: false };
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The words around a marker, read in place (this runs for every marker of every note): the last
 * word of its clause before it (back to `from`, a comma, semicolon, full stop, parenthesis or line
 * end) and up to eight words after it within 80 characters, to a comma, semicolon, full stop or line end.
 */
function placedElsewhere(text: string, from: number, start: number, end: number, places: MarkerPlaces): boolean {
  let spinal = false;
  let elsewhere = false;
  // "the back of the head" places it on the head: "back" followed by "of" is no spinal place.
  let back = false;
  const see = (a: number, b: number) => {
    const w = text.slice(a, b).toLowerCase();
    if (back && w !== 'of') spinal = true;
    back = w === 'back';
    if (back) return;
    if (places.spinal.has(w)) spinal = true;
    else if (places.elsewhere.has(w)) elsewhere = true;
  };
  let i = start - 1;
  // The word before; past a site word ("umbilical stump", "gastrostomy site"), the word before that too.
  for (let n = 0; n < 2; n++) {
    while (i >= from && !isAsciiWordChar(text.charCodeAt(i)) && !isClauseEnd(text.charCodeAt(i), true)) i--;
    if (!(i >= from && isAsciiWordChar(text.charCodeAt(i)))) break;
    const b = i + 1;
    while (i >= from && isAsciiWordChar(text.charCodeAt(i))) i--;
    const w = text.slice(i + 1, b).toLowerCase();
    if (!places.sites.has(w)) {
      see(i + 1, b);
      break;
    }
  }
  const limit = Math.min(text.length, end + 80);
  let words = 0;
  for (let j = end; j < limit && words < 8;) {
    const c = text.charCodeAt(j);
    if (isClauseEnd(c, false)) break;
    if (!isAsciiWordChar(c)) {
      j++;
      continue;
    }
    const a = j;
    while (j < limit && isAsciiWordChar(text.charCodeAt(j))) j++;
    see(a, j);
    words++;
  }
  if (back) spinal = true;
  work.steps += limit - from;
  return !spinal && elsewhere;
}

/** , ; . and a line feed end a clause; before a marker, so do parentheses. */
function isClauseEnd(c: number, before: boolean): boolean {
  return c === 44 || c === 59 || c === 46 || c === 10 || (before && (c === 40 || c === 41));
}

/**
 * "Concern for leukemia", "? drop metastases", "worried about leukaemia", "Concern: drop metastases": a
 * cancer suspected, not known, is a suspected tumour (spec §4's infection-or-tumour scenario), which
 * keeps it out of S1 as a known cancer would. In a note that suspects a cancer by its name, a word for
 * cancer care that names none ("heme/onc aware", "awaiting oncology review": reading-vocabulary.json
 * suspectedCancer) is that suspicion's work-up, not a cancer history, unless the note names a cancer as
 * known; a suspected return or spread ("followed by oncology … concern for relapse", "? metastases") keeps
 * the cancer it presupposes.
 */
function suspectedCancerIsSuspectedTumor(text: string, hits: FindingHit[], k: Knowledge): void {
  const suspected = k.finding('suspected-infection-tumor');
  if (!suspected) return;
  // Everything below starts from a cancer read present and not past (the loop's first test): a note without one (most)
  // is left as it is before the worries are looked for.
  if (!hits.some((h) => h.finding.id === 'malignancy' && h.present && !h.context.historical)) return;
  const rule = readingVocabulary().suspectedCancer;
  const n = hits.length;
  let named = false;
  const worried = worriedBefore(text, hits, rule);
  const returns = phraseSetOf(readingVocabulary().cancerReturn);
  const spread = phraseSetOf(rule.spreadWords);
  // The cancer's own words and the few after it in its clause ("leukemia coming back", "ALL relapse").
  const returnOf = (h: FindingHit) => {
    const words = toWords(text.slice(h.span.start, widen(text, h.span.end, h.span.end, CLAUSE_STOP, 0, 30).end));
    return findAny(words, returns).length > 0 || findAny(words, spread).length > 0;
  };
  for (let i = 0; i < n; i++) {
    const h = hits[i];
    if (h.finding.id !== 'malignancy' || !h.present || h.context.historical) continue;
    const worry = worried(h);
    if (
      !h.context.uncertain &&
      !(h.field.key?.name === 'Indication' && suspicionKey(h.field.writtenKey ?? h.field.rawKey, rule.suspicionKeys)) &&
      !worry &&
      !workedUp(text, h, rule)
    )
      continue;
    const context = h.context.uncertain ? h.context : { ...h.context, uncertain: true };
    hits[i] = { ...h, context, present: false };
    // "Mum worried about cancer, reassured": the family's worry, answered, is neither a cancer nor the clinician's suspicion.
    if (worry === 'family' && !h.context.uncertain) continue;
    // "concern for relapse", "? drop metastases" suspect the return or spread of a cancer the child has: no cancer named anew.
    if (!returnOf(h)) named = true;
    // Wherever the worry is written (ROS, Symptoms, the Patient line): a cancer taken for suspected is one suspected.
    hits.push({ ...h, context, finding: suspected });
  }
  if (!named) return;
  const care = phraseSetOf(rule.careWords);
  const careOnly = (h: FindingHit) => {
    const words = toWords(text.slice(h.span.start, h.span.end));
    return findAny(words, care).some((s) => s.start === 0 && s.end === h.span.end - h.span.start);
  };
  // Care told as history ("PMH: followed by oncology, off treatment since 2024") is a cancer the child had.
  const known = hits.filter((h) => h.finding.id === 'malignancy' && h.present);
  if (!known.every(careOnly) || known.some((h) => h.field.key?.name === 'PMH')) return;
  for (let i = 0; i < hits.length; i++) if (hits[i].finding.id === 'malignancy' && hits[i].present) hits[i] = { ...hits[i], present: false };
}

/**
 * "3 yo refusing to walk, cries when picked up, won't bend … concern for discitis": in a note that
 * suspects an infection or a tumour of the spine, a young child's pain behaviour is back pain
 * (reading-vocabulary.json painBehaviour). Read only when no back pain is; with no spinal suspicion
 * (a septic hip, a fractured femur) the same behaviour says nothing of the back.
 */
function painBehaviourWithSpinalSuspicion(text: string, all: readonly Field[], hits: FindingHit[], k: Knowledge): void {
  const backPain = k.finding('back-pain');
  if (!backPain || hits.some((h) => h.present && h.finding.category === backPain.category)) return;
  const rule = readingVocabulary().painBehaviour;
  const spinal = phraseSetOf(rule.spinalSuspicions);
  const ofSpine = (h: FindingHit) =>
    h.present && h.finding.category === 'suspected-infection-or-tumor' && findAny(toWords(text.slice(h.span.start, h.span.end)), spinal).length > 0;
  if (!hits.some(ofSpine)) return;
  // A hip or a limb examined or suspected ("exam localizes to L hip", "ddx septic hip vs discitis") takes the behaviour elsewhere.
  const elsewhere = phraseSetOf(rule.elsewhere);
  if (all.some((f) => f.value && findAny(fieldWords(f), elsewhere).length)) return;
  const behaviours = phraseSetOf(rule.behaviours);
  const keys = FIELDS_FOR[backPain.category];
  for (const f of all) {
    if (!f.value || !keys.includes(f.key!.name)) continue;
    for (const span of findAny(fieldWords(f), behaviours)) {
      const c = readContext(text, span.start, span.end);
      if (!countsAsPresent(c, backPain, f.key!.name) || c.historical) continue;
      hits.push({
        finding: backPain,
        span,
        context: { negated: false, uncertain: c.uncertain, hypothetical: false, historical: false, experiencer: c.experiencer },
        present: true,
        negated: false,
        field: f,
      });
      return;
    }
  }
}

/** Words between a worry and the cancer it names, at most ("concerned about a possible underlying lymphoma or other malignancy"). */
const MAX_WORRY_GAP = 8;

/**
 * Whether a worry or a question (suspectedCancer.worryCues: "worried about", "concerned about") governs a
 * cancer's name: it stands before the name in its sentence, and the words between are only words that
 * may qualify a suspected cancer (`worryFillers`) or name another cancer: "I am concerned about a lymphoma
 * or other malignancy", "worried about leukaemia". Not "worried about fever in this child with ALL", nor
 * "concerned about relapse of his ALL": the known cancer is named for something else. Each field's cues
 * are found once.
 */
function worriedBefore(text: string, hits: readonly FindingHit[], rule: ReadingVocabulary['suspectedCancer']): (h: FindingHit) => 'clinician' | 'family' | undefined {
  const cues = new Map<Field, Span[]>();
  const fillers = wordSetOf(rule.worryFillers);
  const worriers = wordSetOf(rule.worriers);
  const writers = wordSetOf(rule.writers);
  // "Mum worried about cancer": the family's worry.
  const familys = (words: readonly Word[], cue: Span): boolean => {
    const k = wordIndex(words, cue.start);
    let family = false;
    for (let j = k - 1; j >= Math.max(0, k - 3) && !endsSentence(text, words[j].end, words[j + 1]?.start ?? cue.start); j--) {
      if (writers.has(words[j].text)) return false;
      if (worriers.has(words[j].text)) family = true;
    }
    return family;
  };
  const dismissed = phraseSetOf(rule.dismissed);
  const dismissedAfter = (h: FindingHit): boolean => findAny(toWords(text.slice(h.span.end, sentenceEnd(text, h.span.end)), h.span.end), dismissed).length > 0;
  // The cancers' spans by start, with the running furthest end: each look is a binary search.
  const cancers = hits
    .filter((h) => h.finding.id === 'malignancy')
    .map((h) => h.span)
    .sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const c of cancers) reach.push(Math.max(c.end, reach[reach.length - 1] ?? -1));
  const inCancer = (w: Word) => {
    // The cancers starting at or before the word (offsets are whole numbers).
    const lo = lowerBound(cancers, (c) => c.start, w.start + 1);
    return lo > 0 && reach[lo - 1] >= w.end;
  };
  const colonOnly = new Set<Span>();
  const headsHistory = phraseSetOf(rule.colonHeadsHistory);
  return (h) => {
    let found = cues.get(h.field);
    if (!found) {
      const fw = fieldWords(h.field);
      const plain = findAny(fw, phraseSetOf(rule.worryCues));
      const colon = findAny(fw, phraseSetOf(rule.colonCues)).filter((c) => !plain.some((x) => x.start <= c.start && c.end <= x.end));
      for (const c of colon) colonOnly.add(c);
      found = colon.length ? [...plain, ...colon].sort((a, b) => a.start - b.start) : plain;
      cues.set(h.field, found);
    }
    if (!found.length) return undefined;
    const words = fieldWords(h.field);
    const at = wordIndex(words, h.span.start);
    // The last cue starting before the hit (cues are in text order), then back from it.
    for (let c = lowerBound(found, (x) => x.start, h.span.start) - 1; c >= 0; c--) {
      const cue = found[c];
      if (cue.end > h.span.start) continue;
      if (at - wordIndex(words, cue.end) > MAX_WORRY_GAP || endsSentence(text, cue.end, h.span.start)) break;
      let j = wordIndex(words, cue.end);
      // "Worried about something serious: lymphoma": a colon a few words after the cue introduces what is suspected.
      const colon = colonAfter(text, words, j, at, rule.colonWords);
      // "Concerning past history: leukaemia age 3, in remission": the colon heads a history, not what is suspected.
      if (colon >= 0 && findAny(words.slice(j, colon), headsHistory).length) continue;
      if (colon >= 0) j = colon;
      else if (colonOnly.has(cue)) continue;
      while (j < at && (fillers.has(words[j].text) || inCancer(words[j]))) j++;
      if (j === at) return familys(words, cue) && dismissedAfter(h) ? 'family' : 'clinician';
    }
    return undefined;
  };
}

/**
 * The index of the first word after a colon that follows words[from] by at most `most` words and comes before
 * words[to], or -1: "Worried about something serious: lymphoma" (from "something", the colon after "serious").
 */
function colonAfter(text: string, words: readonly Word[], from: number, to: number, most: number): number {
  const last = Math.min(to, from + most);
  for (let k = Math.max(from, 1); k <= last && k < words.length; k++) if (text.slice(words[k - 1].end, words[k].start).includes(':')) return k;
  return -1;
}

/** A cancer's name followed by its work-up ("leukemia workup sent", "lymphoma w/u in progress": suspectedCancer.workupAfter), in its sentence. */
function workedUp(text: string, h: FindingHit, rule: ReadingVocabulary['suspectedCancer']): boolean {
  const words = fieldWords(h.field);
  const i = wordIndex(words, h.span.end);
  return i < words.length && !endsSentence(text, h.span.end, words[i].start) && phrasesOf(rule.workupAfter).some((p) => matchAt(words, i, p, 0) > 0);
}

/** A key as written that asks or worries ("Concern:", "Clinical question:"), not one that names a diagnosis. */
function suspicionKey(rawKey: string, keys: readonly string[]): boolean {
  return foldedKeys(keys).has(foldedKey(rawKey));
}

/** Each knowledge list of suspicion keys folded once, the first time it is asked, not on every key read. */
const foldedKeys = perVocabulary((keys: readonly string[]): ReadonlySet<string> => new Set(keys.map(foldedKey)));

/** A key in lower case without its accents ("Hypothèse" is "hypothese", "Hipótesis" "hipotesis"), other marks as spaces. */
function foldedKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Every listed item the vocabulary cannot place still counts: the author called it a red flag —
 * unless it is a word for the normal state ("afebrile", "NAD") or denied ("no wt loss").
 * Items and hits are both in text order, so one forward pointer finds the hits inside each item
 * (checking every hit for every item was quadratic in a long list).
 */
function readListedRedFlags(text: string, all: readonly Field[], facts: Facts): void {
  // Every Red flags line, also one under another template's key for it ("B symptoms: night sweats, lethargy").
  for (const f of all) if (f.key?.name === 'Red flags') readListedIn(text, f, facts);
}

function readListedIn(text: string, redFlags: Field, facts: Facts): void {
  if (!redFlags.value || isNormalValue(redFlags.value.trim())) return;
  const lex = contextLexicon();
  // The first hit at or after the value (hits are in text order).
  let next = 0;
  for (let hi = facts.hits.length; next < hi; work.steps++) {
    const mid = (next + hi) >> 1;
    if (facts.hits[mid].span.start < redFlags.valueSpan.start) next = mid + 1;
    else hi = mid;
  }
  for (const m of redFlags.value.matchAll(/[^;,\r\n]+/g)) {
    const item = m[0].trim();
    // Punctuation a form leaves behind ("other: [ ]" read as filled in leaves ":") names nothing.
    if (!item || !/[\p{L}\p{N}]/u.test(item)) continue;
    const start = redFlags.valueSpan.start + (m.index ?? 0) + m[0].indexOf(item);
    const span = { start, end: start + item.length };
    while (next < facts.hits.length && facts.hits[next].span.start < span.start) {
      next++;
      work.steps++;
    }
    let known = false;
    for (let i = next; i < facts.hits.length && facts.hits[i].span.start <= span.end && !known; i++) {
      known = facts.hits[i].span.end <= span.end;
      work.steps++;
    }
    // "Red flags: N": a form's "no" answer as an item says none, as "none" does.
    if (known || isNormalItem(item, lex) || lex.formAnswers.no.includes(item.toLowerCase())) continue;
    const c = readContext(text, span.start, span.end);
    if (!c.negated && !c.hypothetical && c.experiencer === 'patient' && !deniedItem(text, span)) facts.listedRedFlags.push(span);
  }
}

/**
 * A list item answered no after it ("lethargy - N", "lethargy: no"), which a reading of the whole item
 * does not see. Only an answer after it: an item that opens on a negation is as often a red flag said in
 * the negative ("not walking", "no longer walking", "non-mechanical pain", "no relief with rest"), so it counts.
 */
function deniedItem(text: string, span: Span): boolean {
  const words = toWords(text.slice(span.start, span.end), span.start);
  if (!words.length) return false;
  const c = readContext(text, words[0].start, words[0].end);
  return c.negated && c.cues.some((q) => q.start >= words[0].end);
}

/**
 * The order: the Order key (and its aliases), else a spine study named in Plan, else a sentence of
 * the free text that names a study and says it is ordered ("Plan: XR L-spine", "ordered spinal US").
 * A study someone else proposes ("mom requests MRI", "neurosurgery recommends MRI L-spine") is the order
 * only when the note orders nothing else.
 */
function readOrderFact(
  text: string,
  all: readonly Field[],
  k: Knowledge,
  orderKeyed: readonly Field[],
  closingOf: (text: string) => Field | undefined,
  unread: readonly Field[] = [],
): OrderFinding {
  const ow = orderWords(k.vocabulary);
  // MAY_DECLARE's answers for this note's text and values, shared by noImagingDeclared and noImagingStatement only.
  const may: MayDeclare = { values: new Map() };
  const declared = noImagingDeclared(text, all, ow, may);
  let found = readOrderCandidate(text, all, k, orderKeyed, () => closingOf(text), ow, declared !== undefined, unread);
  // "ED course: MRI ordered by ED, pt left before it was done", "Outside hospital ordered a CT", "Dr X had ordered XR
  // last month": an order of another visit or place, or never carried out, is no order of this note. Its sentence
  // is set aside and the note read again, so a study this note orders beside it is still found (a few times at most).
  for (let tries = 0; found && tries < 3 && found.order.field.key?.name !== 'Order'; tries++) {
    const told = orderOfAnotherVisit(text, found.order.field.valueSpan, ow);
    if (!told) break;
    const blanked = text.slice(0, told.start) + text.slice(told.start, told.end).replace(/[^\n]/g, ' ') + text.slice(told.end);
    text = blanked;
    all = all.map((f) => filledIn(f, blanked));
    orderKeyed = orderKeyed.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    unread = unread.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    found = readOrderCandidate(blanked, all, k, orderKeyed, () => closingOf(blanked), ow, declared !== undefined, unread);
  }
  // "MRI lumbar spine (72148) request withdrawn, US spine (76800) to be done instead": a study taken back in its own
  // sentence is set aside up to the withdrawal and the note read again for a study ordered in its place; none, none ordered.
  // WITHDRAWN's answer for the text as it now stands (tested anew only where the loop below blanks it).
  let mayWithdraw = found !== undefined && WITHDRAWN.test(text);
  for (let tries = 0; found && tries < 2 && mayWithdraw; tries++) {
    const hit = withdrawnInPlace(text, [...all, ...unread], found.order, k, ow);
    if (!hit) break;
    const told = { start: found.order.field.valueSpan.start, end: hit.end };
    const blanked = text.slice(0, told.start) + text.slice(told.start, told.end).replace(/[^\n]/g, ' ') + text.slice(told.end);
    text = blanked;
    all = all.map((f) => filledIn(f, blanked));
    orderKeyed = orderKeyed.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    unread = unread.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    const again = readOrderCandidate(blanked, all, k, orderKeyed, () => closingOf(blanked), ow, declared !== undefined, unread);
    if (!again) return { declared: hit };
    found = again;
    mayWithdraw = WITHDRAWN.test(text);
  }
  // "Requested: MRI lumbar spine … Outcome: ordering MD agreed - request WITHDRAWN": nothing is ordered.
  const withdrawn = found && mayWithdraw ? withdrawnAfter(text, [...all, ...unread], found.order, k, ow) : undefined;
  if (withdrawn) return { declared: withdrawn };
  // "No imaging requested from this clinic", "not ordered by genetics today": a study the note only
  // mentions, recommends or leaves to someone else is then no order; an order line of its own still is.
  // A study only mentioned and so set aside leaves the note with no order of its own: a billing line or a payer's
  // review (the fallback, readOrderCandidate) is then read, as it is where nothing is found at all.
  if (declared && found && !found.orderLine && !isOrderLine(text, found.order, ow)) return { order: found.billed && billedField(text, found.billed), declared };
  if (declared) return { order: found?.order, declared };
  // "Parents prefer no tests; we agree. No imaging.": a statement standing alone sets aside a study only mentioned
  // ("a trip for an ultrasound", a Plan that tells an outside MRI), not one the note names as its own step ("MRI
  // L-spine w/o contrast tonight. No further imaging.", "Plan: urgent MRI whole spine, neurosurgery consult. No further
  // imaging.", "1. MRI L-spine with and without contrast … No further imaging.").
  const alone = noImagingStatement(text, all, ow, may);
  if (alone && found && !found.orderLine && !isOrderLine(text, found.order, ow) && !opensOnStudy(found.order.field.value))
    return { order: found.billed && billedField(text, found.billed), declared: alone };
  return { order: found?.order, declared: alone };
}

/**
 * The order or request taken back is the study's own: the word just before "order" / "request" in its
 * clause, when there is one, names the study or only points to it (STUDY_HEAD, STUDY_TAIL,
 * order-vocabulary prose.withdrawnOwn: "the", "this", "imaging"), and the words after "cancelled the
 * order for …" do too. "sedation request cancelled", "PT order cancelled", "duplicate order cancelled" are
 * another order's.
 */
function ownOrderTakenBack(text: string, words: readonly Word[], hit: Span, ow: OrderWords): boolean {
  const i = words.findIndex((w) => w.start === hit.start);
  let j = words.findIndex((w) => w.start >= hit.end);
  if (j < 0) j = words.length;
  const first = words[i]?.text;
  if ((first === 'order' || first === 'request') && !ownBefore(text, words, i, ow)) return false;
  const last = words[j - 1]?.text;
  if (
    (last === 'order' || last === 'request') &&
    j < words.length &&
    (words[j].text === 'for' || words[j].text === 'of') &&
    !breaksClause(text, words[j - 1].end, words[j].start)
  ) {
    let q = j + 1;
    while (q < words.length && ow.withdrawnOwn.has(words[q].text)) q++;
    if (q < words.length && !STUDY_HEAD.has(words[q].text) && !STUDY_TAIL.has(words[q].text)) return false;
  }
  return true;
}
/**
 * The words before words[i] in its clause leave the order the study's own: none, words of withdrawnOwn
 * only, or words that go on naming a study back to its name ("MRI L-spine w/o contrast order"); never a
 * study's extent or contrast without its name ("contrast order cancelled").
 */
function ownBefore(text: string, words: readonly Word[], i: number, ow: OrderWords): boolean {
  let tail = false;
  for (let q = i - 1; q >= 0 && !breaksClause(text, words[q].end, words[q + 1].start); q--) {
    const w = words[q].text;
    if (STUDY_HEAD.has(w)) return true;
    if (STUDY_TAIL.has(w)) tail = true;
    else if (!ow.withdrawnOwn.has(w)) return false;
  }
  return !tail;
}
/** "original order cancelled and re-entered as MRI L-spine w/wo", "… new order placed": a study ordered again, not taken back. */
const REORDERED = /\bre-?(?:enter|order|place|submit|book|schedul|request)\w*|\bnew (?:order|request)\b|\binstead\b/i;

/** A word of order-vocabulary prose.withdrawn: notes without one are not searched. */
const WITHDRAWN = /\b(?:withdr[ae]w|withdrawn|cancel|rescind|discontinu|declin|reject)/i;

/**
 * Where the note tells, after the order, that the request or the order itself was taken back (order-vocabulary
 * prose.withdrawn), in its own voice: not on a condition or denied ("if the request is withdrawn", "order not
 * cancelled"), and not of another study ("XR order cancelled" beside an MRI ordered).
 */
function withdrawnAfter(text: string, fields: readonly Field[], o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  for (const f of fields) {
    if (!f.value || f.valueSpan.end <= o.field.valueSpan.start || !WITHDRAWN.test(f.value)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    for (const hit of findAny(words, ow.withdrawn)) {
      if (hit.start < o.field.valueSpan.end && !takenBackOnItsLine(text, o, hit, k)) continue;
      const c = readContext(text, hit.start, hit.end);
      if ((c.negated && negatedInClause(text, c.cues, hit)) || c.hypothetical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (CONDITION.test(sentence) || REORDERED.test(sentence)) continue;
      // "sedation request cancelled", "ketorolac order discontinued", "NSGY referral request withdrawn",
      // "duplicate MRI order from ED cancelled": the order or request of something else.
      if (!ownOrderTakenBack(text, words, hit, ow)) continue;
      if (DECLINED.test(text.slice(hit.start, hit.end)) && !declinedOwn(text, hit, ow)) continue;
      if (STUDY_NAMED.test(sentence)) {
        const r = readOrder(sentence, undefined, k);
        if (r.procedure && r.procedure.modality !== o.reading.procedure?.modality) continue;
      }
      return hit;
    }
  }
  return undefined;
}

/**
 * A denial that reaches the withdrawal unless a closing bracket or a spaced dash sets it off: "Not justified (radiation dose,
 * no red flags described) - request declined" tells why the request was declined and denies nothing of it. A comma does not
 * set it off ("MRI L-spine w/o ordered, XR order cancelled": the "w/o" read as a denial keeps the MRI as it always did).
 */
function negatedInClause(text: string, cues: readonly Span[], hit: Span): boolean {
  return cues.some((q) => !SETS_OFF.test(q.end <= hit.start ? text.slice(q.end, hit.start) : text.slice(hit.end, q.start)));
}
const SETS_OFF = /\)|\s[-\u2013\u2014]\s/;

/** The withdrawals of a request declined or rejected (order-vocabulary prose.declinedOwn). */
const DECLINED = /declin|reject/i;
/**
 * A request declined takes back the study only when the words before it in its sentence on its line are the vetting's own
 * (prose.declinedOwn by: "Vetting: request declined"), name a study ("CT request declined") or open on the reason
 * ("Not justified (…) - request declined"); otherwise they name what was declined ("Sedation (propofol) - request declined",
 * "GA not justified (…) - request declined": the MRI stays). A decline asked ("request declined? Not at all") is none.
 */
function declinedOwn(text: string, hit: Span, ow: OrderWords): boolean {
  if (/^[ \t]*\?/.test(text.slice(hit.end, hit.end + 8))) return false;
  let from = text.lastIndexOf('\n', hit.start - 1) + 1;
  const stops = [...text.slice(from, hit.start).matchAll(/[.;!?](?:\s|$)/g)];
  if (stops.length) from += stops[stops.length - 1].index + stops[stops.length - 1][0].length;
  const words = toWords(text.slice(from, hit.start), from);
  if (words.every((w) => ow.declinedOwn.by.has(w.text)) || words.some((w) => STUDY_HEAD.has(w.text))) return true;
  return longestPhraseAt(words, 0, ow.declinedOwn.reasonOpens) > 0;
}

/**
 * A withdrawal on the order's own line (takenBackOnItsLine), not denied nor on a condition, even beside another study
 * named in its place ("MRI lumbar spine request withdrawn - US spine ordered instead", "…; new order placed for US spine").
 */
function withdrawnInPlace(text: string, fields: readonly Field[], o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  for (const f of fields) {
    if (!f.value || f.valueSpan.end <= o.field.valueSpan.start || f.valueSpan.start > o.field.valueSpan.end || !WITHDRAWN.test(f.value)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    const own = findAny(words, ow.withdrawn);
    // "MRI lumbar spine w/o contrast (GA) for 2 y M cancelled by family today": the bare word, only where it does not book it again.
    const bare = findAny(words, ow.withdrawnOnItsLine).filter((h) => !own.some((o) => o.start <= h.start && h.end <= o.end));
    for (const hit of [...own, ...bare]) {
      if (hit.start >= o.field.valueSpan.end + 2 || !takenBackOnItsLine(text, o, hit, k)) continue;
      const c = readContext(text, hit.start, hit.end);
      if (c.negated || c.hypothetical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (CONDITION.test(sentence)) continue;
      // "MRI L-spine (cancelled sedation - will scan awake)": inside a bracket opened after the study, something else is cancelled.
      if (!own.includes(hit) && (REORDERED.test(sentence) || /[([]/.test(text.slice(o.field.valueSpan.start, hit.start).replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')))) continue;
      return hit;
    }
  }
  return undefined;
}

/**
 * The order's own sentence takes it back right after the study's name ("MRI lumbar spine (72148) request WITHDRAWN by
 * ordering office"): the words before the withdrawal name that study alone, in one clause but for a code in brackets.
 * Never another study's ("MRI L-spine w/o, XR order cancelled") nor a withdrawal told before the study.
 */
function takenBackOnItsLine(text: string, o: NonNullable<Facts['order']>, hit: Span, k: Knowledge): boolean {
  if (hit.start <= o.field.valueSpan.start) return false;
  const before = text.slice(o.field.valueSpan.start, hit.start).replace(/\([^()]{0,40}\)/g, ' ');
  if (/[,;:.\n]|\s-\s/.test(before.replace(/\b[A-Za-z]\.(?=\S)/g, ' '))) return false;
  let heads = 0;
  for (const w of toWords(before)) if (STUDY_HEAD.has(w.text)) heads++;
  return heads === 1 && readOrder(before, undefined, k).procedure?.modality === o.reading.procedure?.modality;
}

/**
 * The sentence of a study found as the order, when it tells the order of another visit, place or clinician, or one
 * never carried out (order-vocabulary prose.orderedElsewhere): the study abandoned anywhere in the sentence ("MRI
 * ordered by ED, pt left before it was done", "… never scheduled"); a place or clinician of another visit as the one
 * who ordered it, just before the order word or after it with "by" / "at" ("Outside hospital ordered a CT", "ordered
 * at urgent care"); a time of another visit near the order word ("had ordered XR last month", "ordered 2 weeks ago",
 * "previously ordered"). Not the team of this visit ("MRI ordered by the NICU team", "CT ordered by the ED provider").
 */
function orderOfAnotherVisit(text: string, at: Span, ow: OrderWords): Span | undefined {
  const sentence = sentenceSpan(text, at);
  const words = toWords(text.slice(sentence.start, sentence.end), sentence.start);
  // A word that opens another clause ("because", "after", "since") before a time or an abandonment, in the same
  // clause as it, makes that the time or the abandonment of something else.
  const openers = findAny(words, ow.elsewhere.otherClause);
  const opened = (from: number, before: number) =>
    openers.some((o) => {
      const i = wordIndex(words, o.start);
      const j = wordIndex(words, o.end);
      return i < before && j < before && from - j <= 5 && !CLAUSE_BREAK.test(text.slice(o.end, words[before].start)) && words.slice(j, before).some((w) => !ARTICLES.has(w.text));
    });
  const cues = findAny(words, ow.explicit).map((c) => ({ from: wordIndex(words, c.start), to: wordIndex(words, c.end) }));
  const now = findAny(words, ow.elsewhere.thisVisit).map((n) => ({ from: wordIndex(words, n.start), to: wordIndex(words, n.end), span: n }));
  // An order word dated to this visit in its own clause ("Ordered XR today as the US at last visit …", "XR L-spine
  // ordered today") is this visit's, whatever time the sentence tells beside it.
  const datedNow = (c: { from: number; to: number }) =>
    now.some(
      (n) =>
        (n.from >= c.to && n.from - c.to <= 4 && !CLAUSE_BREAK.test(text.slice(words[c.to - 1].end, n.span.start))) ||
        (c.from >= n.to && c.from - n.to <= 3 && !CLAUSE_BREAK.test(text.slice(n.span.end, words[c.from].start))),
    );
  // "MRI ordered by ED, pt left before it was done"; not "Ordered MRI because PT did not go well". An abandonment
  // followed in its sentence by an order of this visit, after an arrow or dated now ("whole-body MRI denied by
  // insurance twice -> NM bone scan, whole body, ordered today"), is the earlier study's, given up for the one
  // ordered: the sentence is set aside up to it, and the study after it read.
  const replaced = (a: Span) => cues.some((c) => words[c.from].start >= a.end && (datedNow(c) || NEXT_ARROW.test(text.slice(a.end, words[c.from].start))));
  // "Bone scan ordered today, MRI declined by parents": an abandonment whose own clause, after the study read, names
  // another study is that study's.
  const another = (a: Span) => {
    if (a.start < at.end) return false;
    const gap = text.slice(at.end, a.start);
    const parts = gap.split(CLAUSE_BREAK);
    return parts.length > 1 && NAMES_A_STUDY.test(parts[parts.length - 1]);
  };
  const abandoned = findAny(words, ow.elsewhere.abandoned).filter((a) => !opened(wordIndex(words, a.start), wordIndex(words, a.start)) && !another(a));
  if (abandoned.some((a) => !replaced(a))) return sentence;
  // The study read may already be the one after them (the arrow's: "… denied by insurance -> XR L-spine ordered"): then
  // nothing before it is to be set aside, and it is judged as any other.
  if (abandoned.length && at.start < abandoned[abandoned.length - 1].end) return { start: Math.max(sentence.start, at.start), end: abandoned[abandoned.length - 1].end };
  if (!cues.length) return undefined;
  const askedPer = findAny(words, ow.elsewhere.askedPer);
  for (const p of findAny(words, ow.elsewhere.places)) {
    const from = wordIndex(words, p.start);
    const to = wordIndex(words, p.end);
    // "XR lumbar spine for the dimple, per OSH request": the place asked for the study this note orders.
    if (askedPer.some((a) => wordIndex(words, a.end) === from)) continue;
    // "Outside hospital ordered", "the OSH had ordered", "ordered at urgent care"; not "US spinal canal (requested by
    // outside clinic)", the requisition this note reads, sent from there to be done here.
    if (cues.some((c) => (c.from >= to && c.from - to <= 2) || (from >= c.to && from - c.to <= 3 && words.slice(c.to, from).some((w) => AT_PLACE.has(w.text))))) return sentence;
  }
  // "MRI L-spine solicited by the previous doctor, not done": a clinician of another visit after "by".
  for (const p of findAny(words, ow.elsewhere.byClinicians)) {
    const from = wordIndex(words, p.start);
    const by = words[from - 1]?.text === 'by' || (words[from - 2]?.text === 'by' && ['the', 'her', 'his', 'their', 'our'].includes(words[from - 1].text));
    if (by && cues.some((c) => from >= c.to && from - c.to <= 8 && !CLAUSE_BREAK.test(text.slice(words[c.to - 1].end, p.start)))) return sentence;
  }
  // "MRI T-spine ordered 2 weeks ago, still pending": an order told with a time but still open is this episode's.
  if (findAny(words, ow.elsewhere.stillOpen).length) return undefined;
  for (const t of findAny(words, ow.elsewhere.times)) {
    const from = wordIndex(words, t.start);
    const to = wordIndex(words, t.end);
    // Near the order word, and not the time of something else ("ordered for pain since 3 weeks ago").
    if (words.slice(Math.max(0, from - 3), from).some((w) => TIME_OF_OTHER.has(w.text))) continue;
    // "ordered 2 hours ago": a time of this visit.
    if (now.some((n) => n.span.start < t.end && t.start < n.span.end)) continue;
    // In the order word's own clause: "mri ordered, nsgy appt booked next wk (referral sent last month)" dates the referral.
    const near = (c: { from: number; to: number }) =>
      !datedNow(c) &&
      ((from >= c.to && from - c.to <= 8 && !CLAUSE_BREAK.test(text.slice(words[c.to - 1].end, t.start)) && !opened(from, from)) ||
        (c.from >= to && c.from - to <= 4 && !CLAUSE_BREAK.test(text.slice(t.end, words[c.from].start))) ||
        (from <= c.from && c.to <= to));
    if (cues.some(near)) return sentence;
  }
  return undefined;
}
const AT_PLACE = new Set(['at', 'in']);
/** The arrows a terse note writes: →, ⇒, ⟶, "->", "=>" (and longer shafts). */
const ARROWS = String.raw`\u2192|\u21d2|\u27f6|-+>|=+>`;
/** An arrow to the next step ("->", "→", "=>"). */
const NEXT_ARROW = new RegExp(ARROWS);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'this', 'that']);
/** A break between an order word and a time that puts the time in another clause. */
const CLAUSE_BREAK = /[,()[\];]|\s[-\u2013\u2014]\s/;
/** Words before a time that make it the time of something other than the order ("pain since 3 weeks ago", "injured 2 weeks ago"). */
const TIME_OF_OTHER = new Set(['since', 'began', 'begun', 'started', 'onset', 'for', 'injury', 'injured', 'fell', 'fall', 'pain']);

/** The sentence around a span: from the end of the sentence before (a full stop, "?" or "!" before a blank, a semicolon or a line break) to the end of its own. */
function sentenceSpan(text: string, at: Span): Span {
  let start = at.start;
  while (start > 0 && !(text[start - 1] === '\n' || text[start - 1] === ';' || (/\s/.test(text[start - 1]) && /[.?!]/.test(text[start - 2] ?? '')))) start--;
  let end = at.end;
  while (end < text.length && !(text[end] === '\n' || text[end] === ';' || (/[.?!]/.test(text[end]) && (end + 1 >= text.length || /\s/.test(text[end + 1]))))) end++;
  work.steps += end - start;
  return { start, end };
}

interface OrderFinding {
  order?: Facts['order'];
  /** Where the note says it orders no imaging. */
  declared?: Span;
}

/**
 * Where the note says, in its own voice and of this visit, that it orders no imaging (order-vocabulary
 * prose.noneOrdered), or an Order value naming no study says there is none (prose.noneValues at its start:
 * "Order: none, reassurance given", "Imaging: not indicated at this time"). Not on a condition ("if normal, no
 * imaging needed"), nor of another visit or place ("no imaging ordered at urgent care last week").
 */
function noImagingDeclared(text: string, all: readonly Field[], ow: OrderWords, may: MayDeclare): Span | undefined {
  if (!textMayDeclare(text, may)) return undefined;
  for (const f of all) {
    if (!f.value || !valueMayDeclare(f, may)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    if (f.key?.name === 'Order' && !f.inferred && !STUDY_NAMED.test(f.value)) {
      const lead = findAny(words, ow.noneValues).find((h) => h.start === words[0]?.start);
      if (lead) return lead;
    }
    for (const hit of findAny(words, ow.noneOrdered)) {
      const c = readContext(text, hit.start, hit.end);
      if (c.hypothetical || c.historical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (CHANGE_ELSEWHERE.test(sentence) || CONDITION.test(text.slice(Math.max(f.valueSpan.start, hit.start - 60), hit.start).replace(/^.*[.;]/s, ''))) continue;
      if (declaresOnlyPart(words, hit, ow) || declaredElsewhere(text, f, hit, sentence, ow)) continue;
      if (!aboutImaging(text, f, hit, ow)) continue;
      return hit;
    }
  }
  return undefined;
}

/** A value that opens on a study, past a list mark and lead words ("1. MRI L-spine …", "urgent MRI whole spine, …", "Spinal US."). */
function opensOnStudy(value: string): boolean {
  const v = value.replace(/^\s*(?:(?:\d+|[a-z])[.)]|[-*\u2022>])?\s*/i, '').replace(STUDY_LEAD, '');
  return STARTS_WITH_STUDY.test(v) || REGION_FIRST_STUDY.test(v) || (regionFirst?.test(v) ?? false);
}

/** A sentence of the free text or a Plan that is only a statement of no imaging (standsAlone), in any field. */
function noImagingStatement(text: string, all: readonly Field[], ow: OrderWords, may: MayDeclare): Span | undefined {
  if (!textMayDeclare(text, may)) return undefined;
  for (const f of all) {
    // standsAlone reads only the free text and Plan: other values are not tested nor cut into words.
    if (!f.value || !(f.inferred || f.key?.name === 'Plan') || !valueMayDeclare(f, may)) continue;
    const alone = standsAlone(text, f, toWords(f.value, f.valueSpan.start), ow);
    if (alone) return alone;
  }
  return undefined;
}

/**
 * "Parents prefer no tests; we agree. No imaging.", "Plan: PT. No further imaging - discussed with family …": a sentence
 * of the free text or a Plan that is only a statement of order-vocabulary prose.noneStatements (up to its end, a
 * semicolon, a comma or a dash) is this visit's decision, when the value orders nothing outright (explicitCues:
 * "Ordered XR L-spine. No further imaging.") and the statement is not another time's.
 */
function standsAlone(text: string, f: Field, words: readonly Word[], ow: OrderWords): Span | undefined {
  if (!(f.inferred || f.key?.name === 'Plan')) return undefined;
  for (const hit of findAny(words, ow.noneStatements)) {
    const lead = text.slice(f.valueSpan.start, hit.start);
    if (!/(?:^|[.;!?]\s|\n)[\s\-*\u2022>]*$/.test(lead)) continue;
    if (!/^(?:\s*(?:$|[.;,!\n])|\s+[-\u2013\u2014]+\s)/.test(text.slice(hit.end, f.valueSpan.end + 1))) continue;
    const c = readContext(text, hit.start, hit.end);
    if (c.hypothetical || c.historical) continue;
    if (findAny(words, ow.explicit).length || ordersOutright(text, words, ow)) return undefined;
    return hit;
  }
  return undefined;
}
/** Where the sentence holding `at` starts: after the last ".", ";", "?", "!" or line break before it, never before `floor`. */
function sentenceStartIn(text: string, at: number, floor: number): number {
  let a = at;
  while (a > floor && !/[.;?!\n]/.test(text[a - 1])) a--;
  return a;
}

/**
 * "None ordered" says no imaging only when it speaks of imaging: its own words before it name a study or
 * imaging ("MRI: none ordered"), or it stands alone after a sentence that does ('… explained that imaging
 * isn't needed. None ordered.') or under an Order key; not "Labs: none ordered", "PT referral - none ordered yet".
 * Any other statement naming no study ("nothing ordered", "no order placed yet", "haven't put in an order") speaks
 * of imaging unless its topic does not (generalAboutImaging).
 */
function aboutImaging(text: string, f: Field, hit: Span, ow: OrderWords): boolean {
  const said = text.slice(hit.start, hit.end);
  if (!/^none\b/i.test(said)) return NAMES_A_STUDY.test(said) || NAMES_A_SERIES.test(said) || /\b(?:scans?|stud(?:y|ies))\b/i.test(said) || generalAboutImaging(text, f, hit, ow);
  const a = sentenceStartIn(text, hit.start, f.valueSpan.start);
  const lead = text.slice(a, hit.start);
  if (/\w/.test(lead)) return NAMES_A_STUDY.test(lead) || NAMES_A_SERIES.test(lead);
  if (f.key?.name === 'Order' && !f.inferred) return true;
  let b = a - 1;
  while (b > f.valueSpan.start && /[.;?!\s]/.test(text[b - 1])) b--;
  const c = sentenceStartIn(text, b, f.valueSpan.start);
  return c < b && NAMES_A_STUDY.test(text.slice(c, b));
}

/** Keys under which the writer tells this visit's decisions; under any other ("Labs:", "Meds:") a statement of no order is the key's. */
const DECIDING_KEYS = new Set<string>(['Order', 'Plan', 'Referral', 'Presentation', 'Indication']);
/** A topic before a colon or dash is a few words ("PT referral - "), not a sentence ("… in one visit - not ordered by genetics today"). */
const TOPIC_WORDS = 4;
/** Words naming what may be imaged or how: a study, a series, the spine. */
function namesImaging(s: string): boolean {
  return NAMES_A_STUDY.test(s) || NAMES_A_SERIES.test(s) || NAMES_SPINE.test(s) || /\b(?:scans?|stud(?:y|ies)|radiology)\b/i.test(s);
}

/**
 * A statement of no order naming no study ("nothing ordered yet", "no order placed", "haven't put in an order") is
 * about imaging unless its topic is something else: the key it is written under ("Labs: nothing ordered yet"; not
 * one of DECIDING_KEYS nor one naming a study), the few words before a colon or dash of its sentence ("PT referral - no
 * order placed yet"), what a word of prose.noneOrderedFor right after it names ("no order yet for PT", "nothing ordered
 * for pain") or who a word of prose.noneOrderedBy names ("nothing ordered yet by ortho", not "… by me").
 */
function generalAboutImaging(text: string, f: Field, hit: Span, ow: OrderWords): boolean {
  if (!f.inferred && !f.prose && f.rawKey && !namesImaging(f.rawKey) && !(f.key && DECIDING_KEYS.has(f.key.name))) return false;
  const a = sentenceStartIn(text, hit.start, f.valueSpan.start);
  const topic = /^(.*?)(?::|\s[-\u2013\u2014]+)\s*$/s.exec(text.slice(a, hit.start));
  if (topic && /\w/.test(topic[1]) && topic[1].trim().split(/\s+/).length <= TOPIC_WORDS) return namesImaging(topic[1]);
  let e = hit.end;
  while (e < f.valueSpan.end && !/[.;,?!\n]/.test(text[e])) e++;
  const after = toWords(text.slice(hit.end, e), hit.end);
  const i = pastNoneYet(after, 0, ow);
  const about = after[i]?.text ?? '';
  const object = after.slice(i + 1);
  if (ow.noneOrderedFor.has(about)) return object.length === 0 || namesImaging(text.slice(object[0].start, object[object.length - 1].end));
  if (ow.noneOrderedBy.has(about)) return object.length === 0 || findAny(object, ow.noneOrderedHere).some((h) => h.start === object[0].start);
  return true;
}

/**
 * The statement is about part of the imaging only: a kind of it ("not ordering advanced imaging today", "no imaging
 * needed beyond the XR": prose.noneOrderedPartial, inside it or in the three words after it) or another region
 * ("No imaging needed for the knee", "no imaging at this time for the hips": a region word of reading-vocabulary
 * nonSpineRegions after "for", "of", "on", "at" or "to" in those words).
 */
function declaresOnlyPart(words: readonly Word[], hit: Span, ow: OrderWords): boolean {
  const from = words.findIndex((w) => w.start >= hit.start);
  let to = words.findIndex((w) => w.start >= hit.end);
  if (to < 0) to = words.length;
  const after = words.slice(to, to + 4);
  if (findAny(words.slice(from, to + 3), ow.noneOrderedPartial).length > 0) return true;
  const about = after.findIndex((w) => REGION_ABOUT.has(w.text));
  if (about < 0) return false;
  const region = after.slice(about + 1);
  return !region.some((w) => NAMES_SPINE.test(w.text)) && findAny(region, phraseSetOf(readingVocabulary().nonSpineRegions)).length > 0;
}
const REGION_ABOUT = new Set(['for', 'of', 'on', 'at', 'to', 'in']);

/**
 * The statement is another clinician's or visit's: its sentence (to ". ") names another clinician, place or time
 * before it ("PCP did not order imaging", "Seen at urgent care 3 d ago; no imaging was ordered": prose.noneOrderedElsewhere)
 * and its own sentence does not name the writer ("…; no imaging requested from this clinic": prose.noneOrderedHere).
 */
function declaredElsewhere(text: string, f: Field, hit: Span, own: string, ow: OrderWords): boolean {
  let a = hit.start;
  const aMin = Math.max(f.valueSpan.start, hit.start - 160);
  while (a > aMin && !(text[a - 1] === '\n' || (/\s/.test(text[a - 1]) && text[a - 2] === '.'))) a--;
  work.steps += hit.start - a;
  const before = toWords(text.slice(a, hit.end), a);
  if (findAny(before, ow.noneOrderedElsewhere).length === 0) return false;
  return findAny(toWords(own), ow.noneOrderedHere).length === 0;
}

/** A value that may say no imaging is ordered; most do not, and are not cut into words for it. */
const MAY_DECLARE =
  /\b(?:imaging|not ordered|none|nil|no|nothing|(?:not|\w+n['\u2019]?t)\s+(?:yet\s+)?(?:ordered|placed|put|entered)|n\/a|not (?:indicated|needed|required|necessary|warranted)|deferred|declined)\b/i;
/**
 * MAY_DECLARE's answers for one note's order reading (readOrderFact makes one and drops it when done): noImagingDeclared
 * and noImagingStatement test the same note and the same values one after the other (the pattern's "n't" branch
 * backtracks over every word). A value's answer is kept by its Field (a Field's value never changes; a field blanked
 * anew is a new Field), not by its string, which a Map would hash whole; the text's by the text itself. No state
 * outlives the note, so nothing is shared across notes or knowledge sets.
 */
interface MayDeclare {
  text?: string;
  textMay?: boolean;
  readonly values: Map<Field, boolean>;
}
function textMayDeclare(text: string, may: MayDeclare): boolean {
  if (may.text !== text) {
    may.text = text;
    may.textMay = mayDeclareIn(text);
  }
  return may.textMay!;
}
function valueMayDeclare(f: Field, may: MayDeclare): boolean {
  let r = may.values.get(f);
  if (r === undefined) may.values.set(f, (r = mayDeclareIn(f.value)));
  return r;
}
function mayDeclareIn(s: string): boolean {
  return MAY_DECLARE_WORDS.test(s) || (MAY_DECLARE_NT.test(s) && MAY_DECLARE.test(s));
}
/**
 * MAY_DECLARE split for speed, the same answer: its words and "not ordered" (no backtracking), and the tail of its
 * "n't" branch, which no text without "…n't ordered" has, before the whole pattern backtracks over every word.
 */
const MAY_DECLARE_WORDS =
  /\b(?:imaging|not ordered|none|nil|no|nothing|not\s+(?:yet\s+)?(?:ordered|placed|put|entered)|n\/a|not (?:indicated|needed|required|necessary|warranted)|deferred|declined)\b/i;
const MAY_DECLARE_NT = /n['\u2019]?t\s+(?:yet\s+)?(?:ordered|placed|put|entered)\b/i;
/**
 * The words that name a study, as the study patterns below spell them: an ultrasound's, then the others'. One source,
 * so a name added for one pattern (a view-rewritten "roentgenogram", "USI") is added for all.
 */
// "ultrasonography", "echography" and the South African "sonar"; "radiography" and the "graphy" of Persian-trained clinicians.
const US_WORDS = String.raw`(?:us[sgi]?|utz)|u\/s|ultrasound|ultrasono\w*|sono\w*|sonar|e(?:ch|c)ograph(?:y|ies)`;
const STUDY_WORDS = String.raw`mri?|xr|x[- ]?rays?|films?|radiograph(?:s|y)?|graphy|roentgeno\w*|ct`;
/** An Order value that names a study, whatever else it says ("no contrast MRI L-spine"). */
const STUDY_NAMED_WORDS = new RegExp(String.raw`\b(?:${US_WORDS}|${STUDY_WORDS}|bone scan|myelo\w*|\d{5})\b`, 'i');
/** STUDY_NAMED_WORDS for stepping through a clause (relativesStudy, which resets it before each clause). */
const STUDY_NAMED_ALL = new RegExp(STUDY_NAMED_WORDS.source, 'gi');
const STUDY_NAMED = { test: (s: string): boolean => STUDY_NAMED_WORDS.test(s) || (viewsStudy?.test(s) ?? false) };

/** The sentence of f (to ". " or ";") around a span. */
function sentenceAround(text: string, f: Field, span: Span): string {
  let a = span.start;
  while (a > f.valueSpan.start && text[a - 1] !== ';' && !(text[a - 1] === ' ' && text[a - 2] === '.')) a--;
  let b = span.end;
  while (b < f.valueSpan.end && text[b] !== ';' && !(text[b] === '.' && /\s/.test(text[b + 1] ?? ' '))) b++;
  work.steps += b - a;
  return text.slice(a, b);
}

/**
 * The study found is an order line of the note, which a statement that no imaging is ordered does not
 * outweigh: its sentence orders it outright in the writer's voice ("MRI whole spine ordered by the day
 * team", "will get XR L-spine"), or opens on it as a plan item ("Plan: MRI L-spine w/o") under a key that
 * plans rather than recommends, with no modal that only proposes ("MRI would be the study of choice").
 */
function isOrderLine(text: string, o: NonNullable<Facts['order']>, ow: OrderWords): boolean {
  const f = o.field;
  let s = f;
  for (const m of f.value.matchAll(/(?:[^.;]|\.(?!\s))+/g)) {
    if (!STUDY_NAMED.test(m[0]) && !/\bbone scan\b/i.test(m[0])) continue;
    const value = m[0].trim();
    const start = f.valueSpan.start + (m.index ?? 0) + m[0].indexOf(value);
    s = { ...f, valueSpan: { start, end: start + value.length }, value };
    break;
  }
  const words = toWords(s.value, s.valueSpan.start);
  if (ordersOutright(text, words, ow) && !proposedByOthers(text, words, ow)) return true;
  if (orderedAfterNone(text, s, ow)) return true;
  const key = keyWords(f.rawKey);
  if (f.inferred || ow.proposingKeys.has(key)) return false;
  return studyLed(s, false) !== undefined && !ONLY_PROPOSES.test(s.value);
}
/** How far before a study's clause its sentence may open on a statement of no order ("nothing has been ordered so far, "). */
const NONE_LEAD = 60;
/**
 * "No order yet - MRI requested today", "nothing ordered so far, spinal US today", "no order placed yet but US spine
 * booked for this afternoon": a sentence that opens on a statement of no order and goes on, after a dash, a comma or a
 * word of prose.noneOrderedThen, to a clause that orders its study now tells what stood before this visit's order, and
 * the clause places it. The clause orders only in the writer's voice and for now: it opens on the study or orders it
 * outright, with an order or request word or a time of this visit (prose.orderedElsewhere.thisVisit), and it neither
 * conditions, proposes, asks, discusses, declines nor defers ("No order yet - MRI if worse", "- MRI requested by mum",
 * "nothing ordered; MRI discussed with parents but declined").
 */
function orderedAfterNone(text: string, s: Field, ow: OrderWords): boolean {
  // The study's clause may have been cut from its sentence at a comma or a semicolon ("no order yet, MRI requested
  // today", "Nothing ordered yet; spinal US requested today"); the statement opens the sentence, or the key's value.
  let a = s.valueSpan.start;
  const floor = Math.max(0, a - NONE_LEAD);
  while (a > floor && !/[.?!\n:]/.test(text[a - 1])) a--;
  const words = toWords(text.slice(a, s.valueSpan.end), a);
  const none = findAny(words, ow.noneOrdered).find((h) => h.start === words[0]?.start);
  if (!none) return false;
  let j = wordIndex(words, none.end);
  if (j > 0) j = pastNoneYet(words, j, ow);
  if (j <= 0 || j >= words.length) return false;
  const broken = breaksClause(text, words[j - 1].end, words[j].start) || /[\u2013\u2014]/.test(text.slice(words[j - 1].end, words[j].start));
  if (ow.noneOrderedThen.has(words[j].text)) j++;
  else if (!broken) return false;
  if (j >= words.length) return false;
  const start = words[j].start;
  const clause: Field = { ...s, valueSpan: { start, end: s.valueSpan.end }, value: text.slice(start, s.valueSpan.end) };
  const cw = words.slice(j);
  if (studyHead(cw) < 0) return false;
  const outright = ordersOutright(text, cw, ow);
  if (!outright && !startsWithStudy(clause.value)) return false;
  if (!outright && !findAny(cw, ow.cues).length && !findAny(cw, ow.elsewhere.thisVisit).length) return false;
  if (judgeStudy(text, cw, ow) !== 'order' || proposedByOthers(text, cw, ow) || askedByFamily(clause, ow) || asksAboutStudy(clause, cw, ow)) return false;
  return !conditionedInPlan(text, clause, ow) && !ONLY_PROPOSES.test(clause.value) && !putOff(text, cw, ow);
}
/** The index after the words that keep a statement of no order standing ("yet", "so far", "today": prose.noneOrderedYet) from words[i]. */
function pastNoneYet(words: readonly Word[], i: number, ow: OrderWords): number {
  for (let e = longestPhraseAt(words, i, ow.noneOrderedYet); e > i; e = longestPhraseAt(words, i, ow.noneOrderedYet)) i = e;
  return i;
}
/**
 * The study's clause puts it off until a later time or event (prose.noneOrderedUntil: "MRI to be requested after
 * neurosurgery review", "MRI at next visit") with no time of this visit before it ("MRI requested today after review").
 */
function putOff(text: string, cw: readonly Word[], ow: OrderWords): boolean {
  // In the study's own clause: "MRI requested, review in 2 weeks" puts off the review, not the MRI.
  let end = 1;
  while (end < cw.length && !breaksClause(text, cw[end - 1].end, cw[end].start)) end++;
  const own = cw.slice(0, end);
  const until = findAny(own, ow.noneOrderedUntil)[0];
  if (!until) return false;
  return !findAny(own, ow.elsewhere.thisVisit).some((t) => t.end <= until.start);
}
/**
 * An Order key that is no word of ordering ("Imaging:", not "Order:" or "Request:") before a study told done at
 * another time (PAST, order-vocabulary prose.doneBefore: "yesterday", "prior") with its findings or result, and no
 * word that orders in its value: "Imaging: visiting radiologist did a portable US spine yesterday - conus at L4".
 */
function reportedUnderImagingKey(text: string, f: Field, ow: OrderWords): boolean {
  const known = reportedUnder.get(f);
  if (known && known.text === text && known.ow === ow) return known.reported;
  const reported = reportedUnderImagingKeyRead(text, f, ow);
  reportedUnder.set(f, { text, ow, reported });
  return reported;
}
/**
 * reportedUnderImagingKey's answer for a Field, with the text and the words it was read with: the order readers and the
 * reader of prior studies in the text (readPriorInText) ask it of the same Order line of a note (about two calls in five
 * on the benchmark notes are asked again). A Field never changes once parsed; its answer is reused only for the same text
 * and vocabulary, and goes with the Field (a new parse, a new Field), so nothing is shared across notes.
 */
const reportedUnder = new WeakMap<Field, { text: string; ow: OrderWords; reported: boolean }>();
function reportedUnderImagingKeyRead(text: string, f: Field, ow: OrderWords): boolean {
  // A value that opens on its study is the study to do ("Imaging: XR T/L spine to look for compression fractures"),
  // as is one asking a question of it.
  if (/order|request|requisition/i.test(f.rawKey) || ASKS.test(f.value)) return false;
  if (startsWithStudy(f.value)) return openingStudyReported(text, f, ow);
  if (!(RESULT_WORD.test(f.value) || TELLS_A_FINDING.test(f.value))) return false;
  const words = toWords(f.value, f.valueSpan.start);
  if (!(toldPast(f.value) || findAny(words, ow.doneBefore).length)) return false;
  return !findAny(words, ow.explicit).length && !ordersOutright(text, words, ow);
}

/**
 * "Imaging: CT L-spine last year: normal.", "Imaging: XR L-spine done at OSH - normal.": a value that opens on its
 * study and tells, in that study's own clause (to the next study named or the sentence's end), when or where it was
 * done and what it showed is a report of one before. Not "Imaging: MRI L-spine w/o" (nothing told done), "XR T/L spine
 * to look for compression fractures" (no result), "MRI L-spine w/o, prior XR normal" (the result is another study's)
 * nor "MRI L-spine given previous normal US" (the study's reason: a word that ties it to something else).
 */
function openingStudyReported(text: string, f: Field, ow: OrderWords): boolean {
  const sentence = /^(?:[^.;\n]|\.(?!\s|$))*/.exec(f.value)![0];
  const lead = STUDY_NAMED_WORDS.exec(sentence);
  const from = lead ? lead.index + lead[0].length : 0;
  const next = sentence.slice(from).search(STUDY_NAMED_WORDS);
  let own = next < 0 ? sentence : sentence.slice(0, from + next);
  // "XR L-spine 2 views, prior 2024 normal": a study before told without its name (prose.anotherStudyBefore) after a
  // break is another study's clause, not this one's.
  const rest = toWords(own.slice(from), 0);
  const other = rest.findIndex((w, i) => i > 0 && ow.anotherStudyBefore.has(w.text) && /[,;(\-\u2013\u2014/]\s*$/.test(own.slice(from).slice(0, w.start)));
  if (other > 0) own = own.slice(0, from + rest[other].start);
  if (!RESULT_WORD.test(own) || OWN_STUDY_TIED.test(own) || NOT_PAST.test(own)) return false;
  const words = toWords(own, f.valueSpan.start);
  if (!(toldPast(own) || DATED.test(own) || findAny(words, ow.doneBefore).length)) return false;
  return !findAny(toWords(f.value, f.valueSpan.start), ow.explicit).length && !ordersOutright(text, words, ow);
}
/** Words tying a study to a reason, a condition or another study ("given", "because", "if", "vs", "to look for"). */
const OWN_STUDY_TIED =
  /\b(?:given|since|because|(?<!\b(?:read|reported|interpreted|described|read out)\s+)as|after|vs|versus|than|per|despite|following|if|unless|once|when|to|for|r\/o)\b/i;

/** A modal that proposes a study rather than ordering it ("MRI would be helpful", "MRI may be needed"). */
const ONLY_PROPOSES = /\b(?:would|could|should|may|might|can)\b/i;

/** The order, and whether it was found on an order line of its own (an Order key, a key naming the study to do, a change told). */
function readOrderCandidate(
  text: string,
  all: readonly Field[],
  k: Knowledge,
  orderKeyed: readonly Field[],
  closingOf: () => Field | undefined,
  ow: OrderWords,
  declared: boolean,
  unread: readonly Field[],
): { order: NonNullable<Facts['order']>; orderLine: boolean; billed?: CodedStudy } | undefined {
  const contrast = first(all, 'Contrast')?.value;
  // Most notes hold no word of a change: one test of the whole note instead of one per value.
  // "Protocol: Changed to CT L-spine WITHOUT contrast …": a line keyed for the study (a radiologist's protocol, an order
  // entry), which no other reading of the history holds, tells a change as any other line does, unless the line leaves it
  // pending or undoes it ("pending ordering provider approval", "Ordering NP disagrees …; reverted to CT with contrast as
  // ordered"): the order received stands.
  const protocolLines = () => orderKeyed.filter((f) => !findAny(toWords(f.value, f.valueSpan.start), ow.changeUnsettled).length);
  const changed = MAY_CHANGE.test(text) ? changedOrder(text, withOrderKeyed(all, protocolLines()), contrast, k, ow) : undefined;
  if (changed) return { order: changed, orderLine: true };
  let operation: Field | undefined;
  for (const written of all) {
    if (written.key?.name !== 'Order') continue;
    if (written.inferred) break;
    const reading = readOrder(written.value, contrast, k);
    // "Imaging: not indicated at this time", "Procedure: inguinal hernia repair" in a note that says no imaging
    // is ordered: no study to order on this line; a later Order line may still give one.
    if (declared && reading.status !== 'recognized' && !STUDY_NAMED.test(written.value) && !NAMES_SPINE.test(written.value)) continue;
    // "PRE-OP H&P / Procedure: bilateral myringotomy with tubes … Spinal US ordered to evaluate the dimple": a key
    // naming the operation (prose.operationKeys) whose value names no study is the surgery, not the order; the study
    // the note orders elsewhere is, and with none the line is still read as the order.
    if (reading.status !== 'recognized' && ow.operationKeys.has(keyWords(written.rawKey)) && !STUDY_NAMED.test(written.value) && !NAMES_SPINE.test(written.value)) {
      operation ??= written;
      continue;
    }
    // "Imaging: visiting radiologist did a portable US spine yesterday - conus at L4 …": a line keyed for the imaging
    // that tells a study done, with its findings, is the report of one before; the order is looked for elsewhere.
    if (reportedUnderImagingKey(text, written, ow)) continue;
    // "Order: Please no US; CT L-spine today": an Order line naming two studies orders the one its clauses
    // do not decline (plannedStudy); with none left, the line is still the order, read whole.
    const planned = plannedStudy(text, written, contrast, k, ow, false);
    if (planned && planned !== 'none') return { order: planned, orderLine: true };
    return { order: { field: written, reading }, orderLine: true };
  }
  const order = readOrderElsewhere(text, all, k, orderKeyed, closingOf, ow, contrast, unread);
  // A charge line's CPT code, or the study a payer reviews, is a fallback: it is the order only where every other
  // reading of the note (Order, Plan and change sentences above, its order lines, plan-like prose, requests) found
  // none, so a billing line of another study never outweighs "Plan: get MRI …", "Will schedule MRI …" or "MRI
  // cancelled; XR L-spine ordered" (coded.ts). Where that other reading was taken from the billing line itself
  // ("ORD  MRI SPINE CERV … 72156 ; … 72158"), the line is read whole.
  const billed = billedStudy(text, all, k);
  const keyed = (o: NonNullable<Facts['order']>) =>
    orderKeyed.includes(o.field) || orderKeyed.some((f) => f.valueSpan.start <= o.field.valueSpan.start && o.field.valueSpan.end <= f.valueSpan.end);
  const onBilled = (o: NonNullable<Facts['order']>, b: CodedStudy) => b.span.start <= o.field.valueSpan.start && o.field.valueSpan.end <= b.span.end;
  if (billed && (!order || onBilled(order, billed))) return { order: billedField(text, billed), orderLine: true };
  if (!order && operation) return { order: { field: operation, reading: readOrder(operation.value, contrast, k) }, orderLine: true };
  // The billed study is kept for readOrderFact, which falls back on it when it sets this order aside.
  return order && { order, orderLine: keyed(order), billed };
}

/** The study a charge line bills or a payer's review is about (coded.ts): the note's order only where it tells none of its own. */
function billedStudy(text: string, all: readonly Field[], k: Knowledge): CodedStudy | undefined {
  const contrast = first(all, 'Contrast')?.value;
  return codedOrder(text, k, contrast) ?? reviewedOrder(text, k, contrast);
}

const ORDER = lookupKey('Order')!;
/** A billed or reviewed study (coded.ts) as the Order field its words would be. */
function billedField(text: string, b: CodedStudy): NonNullable<Facts['order']> {
  const span = b.span;
  return {
    field: { key: ORDER, rawKey: '', keySpan: { start: span.start, end: span.start }, valueSpan: span, value: text.slice(span.start, span.end), lineSpan: span, inferred: true },
    reading: b.reading,
  };
}

/** The fields with the lines keyed for the study to do that are not among them, in note order. */
function withOrderKeyed(all: readonly Field[], orderKeyed: readonly Field[]): readonly Field[] {
  const lines = new Set(all.map((f) => f.lineSpan.start));
  const more = orderKeyed.filter((o) => !lines.has(o.lineSpan.start));
  return more.length ? [...all, ...more].sort((a, b) => a.valueSpan.start - b.valueSpan.start) : all;
}

/** A key as its lower-case words ("Planned Procedure:" → "planned procedure"). */
function keyWords(rawKey: string): string {
  return rawKey
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The order read from every place but the Order key and a change told. */
function readOrderElsewhere(
  text: string,
  all: readonly Field[],
  k: Knowledge,
  orderKeyed: readonly Field[],
  closingOf: () => Field | undefined,
  ow: OrderWords,
  contrast: string | undefined,
  unread: readonly Field[],
): Facts['order'] {
  // "Radiology: MRI L-spine w/o contrast, sedation not needed", "Modality: CT lumbar spine without contrast",
  // "Examination: XR lumbar spine": a key the language does not know but that names the study to do, before
  // a value that opens on a spine study, neither told as done nor declined ("Investigations: XR L-spine
  // normal" is a result; "Radiology: US spine at 2 wk" a study done).
  for (const f of orderKeyed) {
    const o = keyedStudy(text, f, contrast, k, ow);
    if (o) return o;
  }
  // "Paraclinical: XR L-spine done, normal; MRI L-spine requested": under a key for the studies done or to do, the study to
  // do may follow one reported done (resultsUnderStudiesKey), in a sentence of its own.
  for (const f of orderKeyed) {
    const reported = isStudiesKey(f) ? resultsUnderStudiesKey(f) : [];
    if (!reported.length) continue;
    for (const m of f.value.matchAll(/[.;](?=\s)/g)) {
      const raw = f.value.slice(m.index + 1);
      const value = raw.trim();
      if (!value) continue;
      const start = f.valueSpan.start + m.index + 1 + raw.indexOf(value);
      // Not before the study reported, nor that study itself ("Ix: CBC, ESR; XR L-spine - pars defect L5").
      if (start <= reported[0].valueSpan.start || reported.some((r) => r.valueSpan.start === start)) continue;
      const o = keyedStudy(text, { ...f, value, valueSpan: { start, end: start + value.length } }, contrast, k, ow);
      if (o) return o;
    }
  }
  let proposed: Facts['order'];
  for (const name of ORDER_KEYS) {
    for (const f of all) {
      if (f.key?.name !== name || !f.value) continue;
      if (name === 'Order' && reportedUnderImagingKey(text, f, ow)) continue;
      // "Plan: no imaging at this time; … if persists, consider XR L-spine": a study named only on a condition is not ordered.
      const noneNow = name !== 'Order' && findAny(toWords(f.value), ow.noImaging).length > 0;
      if (name !== 'Order') {
        const planned = plannedStudy(text, f, contrast, k, ow, noneNow);
        if (planned === 'none') continue;
        if (planned) return planned;
      }
      // A Plan sentence may decide against the study ("Plan: PT; MRI L-spine if no improvement", "mom
      // requests MRI; explained not indicated"); an Order line is the order.
      // A Plan that only conditions its study ("PT; MRI L-spine if no improvement", "If no better in 2 weeks, MRI
      // L-spine") does not order it: the corpus reads a conditional study as no order, as in prose.
      const declined = (g: Field) =>
        name !== 'Order' &&
        (decidesNotToImage(text, g, ow, false, noneNow || !KEEPS_ORDER.test(g.value)) ||
          conditionedInPlan(text, g, ow) ||
          declinedNext(text, g, f.valueSpan.end, ow) ||
          asksAboutStudy(g, toWords(g.value, g.valueSpan.start), ow) ||
          resultRightAfterStudy(text, toWords(g.value, g.valueSpan.start), ow) ||
          recordsInTransit(text, toWords(g.value, g.valueSpan.start), ow));
      const others = (g: Field) => name !== 'Order' && proposedByOthers(text, toWords(g.value, g.valueSpan.start), ow);
      const reading = readOrder(f.value, contrast, k);
      const whole = (reading.status === 'recognized' || (name === 'Order' && reading.status === 'not-spine')) && !declined(f);
      if (whole && !others(f)) return { field: f, reading };
      for (const s of studyLines(sentences(f), ow)) {
        if (namesOnlyAWindow(s.value)) continue;
        const r = readOrder(s.value, contrast, k);
        if (r.status !== 'recognized' || declined(s)) continue;
        if (!others(s)) return { field: s, reading: r };
        proposed ??= { field: s, reading: r };
      }
      if (whole) proposed ??= { field: f, reading };
    }
  }
  // A sentence of the free text with an order cue or a request ("ordered spinal US", "Cervical spine
  // X-ray please", "I would be grateful if you could arrange an ultrasound of his lower spine"), unless
  // it decides against the study or tells it as done ("Repeat US was normal"), or its request is about
  // something else ("please review the MRI from 2024"). An explicit order ("US spine ordered today", "I
  // would be grateful if you could arrange…") beats a weaker cue met before it ("I appreciate that an MRI…").
  // The note's last line, when it is too short for prose ("Bone scan.", "Repeat US."), is read as its closing sentence.
  const closing = closingOf();
  const prose = closing ? [...all, closing] : all;
  let weak: Facts['order'];
  for (const f of prose) {
    if (!f.inferred || !f.value) continue;
    for (const s of withReconstructions(text, withRelativeOrders(text, sentences(f), ow), ow)) {
      const words = toWords(s.value, s.valueSpan.start);
      // "Previously advised MRI LS spine, not done", "Ortho advised MRI LS spine last year": advice given before is no order now.
      // "I was going to order a spinal US - is it needed?": an intention not carried out orders nothing.
      const undone = intendedOnly(text, words, ow);
      const cues = findAny(words, ow.cues).filter((c) => !adviceBefore(s, words, wordIndex(words, c.start), ow) && !undone.has(c.start) && !namesARole(words, c, ow));
      const confirm = confirmedStudy(text, words, ow);
      if (confirm) cues.push(confirm);
      const adviceGiven = advisedStudy(s, words, ow);
      // "Advised MRI L-spine if symptoms persist", "Advised MRI; parents refused": advice withheld orders nothing.
      if (adviceGiven && adviceWithheld(text, s, f.valueSpan.end, ow)) continue;
      const advised = adviceGiven;
      // "CT C-spine stat", "I have placed US spinal canal": an order outright without a cue word.
      if (!cues.length && !advised && !ordersOutright(text, words, ow)) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status !== 'recognized' || declinedNext(text, s, f.valueSpan.end, ow)) continue;
      if (decidesNotToImage(text, s, ow)) {
        // "please no XR - MRI L-spine w/o instead", "pls hold MRI and US spine today": after the study declined,
        // a clause of its own may name the one wanted.
        weak ??= laterClauseOrder(text, s, words, contrast, k, ow);
        continue;
      }
      // "? need for USS", "Should I order an MRI?": a question about the study orders nothing; a request asked as one
      // ("Could you arrange an US spine?") still does.
      if (asksAboutStudy(s, words, ow)) continue;
      // Chiropractic referral: "… Please order MRI.": a request quoted from someone else's letter is theirs, not the writer's order.
      if (quoted(f, s)) continue;
      // "The USS I arranged at 6 weeks was reported as …": the study of an order told with its report was done before.
      if (ORDERED_STUDY_REPORTED.test(s.value) || requestsRecords(words, ow)) continue;
      const outright = advised || ordersOutright(text, words, ow);
      const cue = outright ? 'explicit' : governingCue(words, cues, ow);
      if (!cue || (cue === 'weak' && (reportsStudy(words) || DATED.test(s.value) || reviewedStudy(text, words, ow))) || recordsInTransit(text, words, ow)) continue;
      // "will complete evaluation: MRI L-spine w/o contrast": after a colon, the study is what follows it; "Too old
      // now for USS to be reliable so have requested MRI L-spine": after the order word, the study it governs.
      const item = [afterColon(s), orderedAfter(text, s, words, ow), afterStudyArrow(s)].find((x) => x !== undefined && readOrder(x.value, contrast, k).status === 'recognized');
      const ri = item && readOrder(item.value, contrast, k);
      // "MRI L-spine ordered by PCP in 2023 showed no abnormality": dated and read, a study of another time;
      // "the plan denied this request because a spinal ultrasound was normal": a request told about a study read.
      const studyWords = ri?.status === 'recognized' ? toWords(item!.value, item!.valueSpan.start) : words;
      const own = (ri?.status === 'recognized' ? ri : r).procedure?.modality;
      if (datedWithResult(text, s, own, k) || (!outright && reportsStudy(studyWords))) continue;
      const found = ri?.status === 'recognized' ? { field: item!, reading: ri } : { field: s, reading: r };
      // "Mom wants an x-ray - ordered XR lumbar spine": the writer's own order word wins over the proposal.
      if (!outright && proposedByOthers(text, words, ow)) proposed ??= declinedLater(text, found, ow) ? undefined : found;
      else if (cue === 'explicit') return found;
      else weak ??= declinedLater(text, found, ow) ? undefined : found;
    }
  }
  // "Findings: deep dimple and tuft. Order US spine.", "FHx: mother has SBO. … Order US spine.": a sentence
  // of a keyed value that opens on an order verb is the writer's own order, whatever the key.
  const opening = openingOrder(text, all, contrast, k, ow);
  if (opening) return opening;
  const recommended = recommendedThenOrdered(text, all, contrast, k, ow);
  if (recommended) return recommended;
  const receiving = receivingOrder(text, contrast, k, ow);
  if (receiving) return receiving;
  const outright = unreadOrder(text, unread, contrast, k, ow);
  if (outright) return outright;
  if (weak) return weak;
  // "… neuro nl. US spine.": a narrative that ends on a study named as a sentence of its own is ordering
  // it; so is a bullet of a plan ("- MRI lumbar spine without contrast") and a closing list item ("34 yo
  // F, sacral dimple, MRI L-spine w/o"). Only the last sentence, only one that starts with the study,
  // never one that tells a result, a date or where it was done, and never one that decides against the
  // study or tells it as done ("MRI not indicated", "XR obtained in ED", "US spine 01/2025").
  // The closing study may be followed by a sentence or two that name no study ("MRI entire spine w/wo
  // STAT. Neurosurgery consulted.", "MRI whole spine w/o; referred to neurosurgery"). A line that heads
  // the note with its study ("Requisition - MRI lumbar spine w/o", "Protocol note - MRI L-spine w/wo
  // requested") names the study to do.
  for (const f of prose) {
    if (!f.inferred || !f.value) continue;
    let l = lastSentence(f);
    // "No prior imaging." names no study to do.
    // "restraints per policy, MRI-safe restraints requested from transport" names no study (blankDevices).
    // "→ Scoliosis series (PA + lat, standing). Ortho if Cobb >20°." names its study as a series.
    const namesStudy = (v: string) => NAMES_A_STUDY.test(blankDevices(v, k.vocabulary)) || NAMES_A_SERIES.test(v);
    // "neuro intact. XR T+L spine. CT abdo by surg team", "?lymphoma ?TB. bone scan. FBC film LDH ESR CXR": a closing
    // sentence whose study is of another body part, or that names no spine study it can read (blood tests, a chest
    // film), is passed over as one naming no study is.
    const otherStudy = (v: string) => !NAMES_SPINE.test(v) && !BONE_SCAN.test(v.trim()) && readOrder(v, contrast, k).status !== 'recognized';
    for (let skipped = 0; l && skipped < 2 && (!namesStudy(l.value) || NO_IMAGING_YET.test(l.value) || otherStudy(l.value) || studyOnlyAsCondition(l.value)); skipped++) {
      // "XR L-spine. Normal.", "CT L-spine. No fracture.", "MRI L-spine. Conus low at L3.": the study was
      // done and this is its report, not an order.
      if (tellsReport(l.value)) {
        l = undefined;
        break;
      }
      l = lastSentence(before(f, l));
    }
    // "Emergent MRI entire spine w/wo. Neurosurgery paged.": a word of urgency before the study.
    const s = l && (studyLed(withoutLead(l)) ?? headedStudy(l, ow));
    if (!s || !(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value)) || toldPast(s.value) || DATED.test(s.value) || s.value.includes(':') || resultTold(s.value)) continue;
    // "XR L-spine clear.": its result told right after it.
    if (resultRightAfterStudy(text, toWords(s.value, s.valueSpan.start), ow) || resultAfterDash(s.value, ow)) continue;
    // "XR L-spine\nNo fracture.": its report on the next line.
    if (reportOnNextLine(text, f.valueSpan.end)) continue;
    const r = readOrder(s.value, contrast, k);
    // "MRI L-spine. Not indicated.", "Mom wants → MRI L-spine. Not indicated.": a sentence after it that declines it.
    if (r.status === 'recognized' && !decidesNotToImage(text, s, ow) && !declinedNext(text, s, f.valueSpan.end, ow)) return { field: s, reading: r };
  }
  return proposed ?? letterSuggestion(text, all, contrast, k, ow) ?? visitStudy(text, [...prose, ...unread], contrast, k, ow, acuteVisit(text, ow));
}

/**
 * In a letter or message to the ordering clinician, the study its writer asks for or suggests (prose.letterSuggestion:
 * "Please consider MRI lumbar spine", "I would suggest plain X-rays of the thoracolumbar spine as a first step"): the
 * corpus checks the study being asked for. Only the study that is the cue's object: its own phrase right after the cue
 * ("I'd recommend rehab before any MRI" suggests rehab), naming the spine itself ("a renal ultrasound given the lumbar
 * dimple" is no spine study). Never one conditioned, argued against ("I would recommend against an MRI", "is an MRI
 * really necessary", "a hip X-ray rather than imaging the spine", "holding off on X-rays"), or declined in its sentence
 * or the next ("… be considered. However mother declined today").
 */
function letterSuggestion(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  const ls = ow.letterSuggestion;
  if (!isLetter(text, ls)) return undefined;
  for (const f of all) {
    if (!f.value) continue;
    const list = sentences(f);
    for (let n = 0; n < list.length; n++) {
      const s = list[n];
      const words = toWords(s.value, s.valueSpan.start);
      const cue = findAny(words, ls.suggests)[0];
      if (!cue) continue;
      const phrase = cueObject(text, s, cue.end, ls);
      if (!phrase) continue;
      const r = readOrder(phrase.value, contrast, k);
      if (r.status !== 'recognized') continue;
      // "I wonder if" asks; any other condition in the sentence ("… if no better in 2 weeks") puts the study off.
      const own = text.slice(s.valueSpan.start, cue.start) + ' ' + text.slice(cue.end, s.valueSpan.end);
      if (CONDITION.test(own) || findAny(words, ls.against).length || findAny(words, ow.noImaging).length) continue;
      const next = list[n + 1];
      const declined = (w: readonly Word[]) => findAny(w, ow.adviceDeclined).length > 0;
      if (declined(words) || (next && declined(toWords(next.value, next.valueSpan.start)))) continue;
      if (decidesNotToImage(text, phrase, ow, false) || declinedLater(text, { field: phrase, reading: r }, ow)) continue;
      return { field: phrase, reading: r };
    }
  }
  return undefined;
}

/**
 * A study the writer recommends, ordered in the next sentence of its section without naming it again (order-vocabulary
 * prose.recommendedThenOrdered): "I recommend MRI lumbar spine without contrast to exclude a tethered cord … Will obtain in
 * our clinic and call family with results." Only the study right after the recommending words (past an article), never
 * one left to someone else ("I recommend PCP obtain MRI"), conditioned or argued against; the next sentence orders it
 * only when it opens on an order of the writer's followed by its end or the study, a place or a time now, names no other
 * study and waits on no condition or later time ("Will arrange follow-up", "Will obtain if no better", "… in 6 weeks").
 */
function recommendedThenOrdered(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  const rt = ow.recommendedThenOrdered;
  for (const f of all) {
    if (!f.value || f.key?.name === 'Family history' || f.key?.name === 'Prior imaging') continue;
    const list = sentences(f);
    for (let n = 0; n + 1 < list.length; n++) {
      const s = list[n];
      const words = toWords(s.value, s.valueSpan.start);
      const cue = findAny(words, rt.recommends)[0];
      if (!cue) continue;
      let h = wordIndex(words, cue.end);
      if (ARTICLES.has(words[h]?.text ?? '')) h++;
      if (h >= words.length || !isHeadAt(words, h)) continue;
      const phrase = cueObject(text, s, words[h].start, ow.letterSuggestion);
      if (!phrase) continue;
      const r = readOrder(phrase.value, contrast, k);
      if (r.status !== 'recognized' || CONDITION.test(s.value) || findAny(words, ow.letterSuggestion.against).length || decidesNotToImage(text, phrase, ow, false)) continue;
      const next = list[n + 1];
      const nw = toWords(next.value, next.valueSpan.start);
      const order = findAny(nw, rt.ordersIt).find((o) => o.start === nw[0]?.start);
      if (!order || nw.some((w) => STUDY_HEAD.has(w.text)) || CONDITION.test(next.value) || LATER_TIME.test(next.value)) continue;
      const after = wordIndex(nw, order.end);
      if (after < nw.length && !findAny(nw.slice(after), rt.objects).some((o) => o.start === nw[after].start)) continue;
      // "Will order it after discussing with parents", "Will obtain today CBC, ESR, CRP": put off, or another thing ordered.
      if (findAny(nw, rt.deferrals).length || findAny(nw.slice(after), rt.otherItems).length) continue;
      return { field: phrase, reading: r };
    }
  }
  return undefined;
}
/** A time still to come that an order waits for ("in 6 weeks", "at next visit", "after the holidays"). */
const LATER_TIME = /\b(?:in|after|within) (?:\d|a |one |two |three |four |six |few |several )|\b(?:at|on|by) (?:the )?(?:next|follow)|\blater\b|\bthen\b/i;

/**
 * A study someone else asks for, taken back by a later sentence of the note in which the writer declines that kind of
 * study by its modality alone (order-vocabulary prose.declinedLater): "We would like full spine radiographs …" then, in the
 * reply, "I do not think x-rays are indicated … and have not ordered them", "X-rays not needed". A sentence that orders the
 * kind itself ("… so XR L-spine ordered instead") or names no decline after the modality ("x-rays done at urgent care") keeps it.
 */
function declinedLater(text: string, found: NonNullable<Facts['order']>, ow: OrderWords): boolean {
  const modality = found.reading.procedure?.modality;
  const dl = ow.declinedLater;
  const kind = modality && dl.modalities.get(modality);
  if (!kind) return false;
  const from = found.field.valueSpan.end;
  const rest = text.slice(from, from + LATER_REACH);
  let a = 0;
  for (const m of [...rest.matchAll(/[.?!;](?:\s|$)|\n/g), { index: rest.length, 0: '' }]) {
    const words = toWords(rest.slice(a, m.index), from + a);
    a = m.index + m[0].length;
    const named = findAny(words, kind)[0];
    if (!named) continue;
    // The sentence orders a study itself, its order word not turned round ("have not ordered them").
    if (findAny(words, ow.explicit).some((c) => !negates(words, wordIndex(words, c.start) - 1) && !negates(words, wordIndex(words, c.start) - 2))) continue;
    if (findAny(words, ow.declinedAfter).some((d) => d.start > named.start)) return true;
    if (findAny(words, dl.doubts).some((d) => d.start < named.start) && findAny(words, dl.needs).some((n) => n.start > named.start)) return true;
  }
  return false;
}
/** How far after the asked-for study a decline is looked for: a letter and its reply. */
const LATER_REACH = 3000;

/**
 * The study that is a suggestion cue's object: the words after the cue up to a break (punctuation, a dash, or a word
 * of letterSuggestion.phraseEnds), when a study is named within their first four words and they name the spine.
 */
function cueObject(text: string, s: Field, start: number, ls: OrderWords['letterSuggestion']): Field | undefined {
  const after = text.slice(start, s.valueSpan.end);
  const stop = after.search(/[,;:.?!()\n]|\s[-\u2013\u2014]\s/);
  const words = toWords(after.slice(0, stop < 0 ? after.length : stop), start);
  const ends = findAny(words, ls.phraseEnds)[0];
  const upTo = ends ? wordIndex(words, ends.start) : words.length;
  const own = words.slice(0, upTo);
  if (!own.length) return undefined;
  const value = text.slice(own[0].start, own[own.length - 1].end);
  const head = studyHead(own);
  const views = viewsStudy?.exec(value);
  const lead = head >= 0 ? head : views ? wordIndex(own, own[0].start + views.index) : -1;
  if (lead < 0 || lead > 3 || !NAMES_SPINE.test(value)) return undefined;
  return { ...s, valueSpan: { start: own[0].start, end: own[own.length - 1].end }, value };
}

/**
 * A letter or message: its first line opens on "To:", "Re:" or "Attn:" (with the colon), a salutation ("Dear Dr
 * Hughes,") or a greeting to a doctor ("Hi Dr Patel"), or a line of its own closes it ("Kind regards"). A clinic note's
 * "Re-presents with …", "To be seen by ortho" or an author's "Dr. Okafor" opens no letter.
 */
function isLetter(text: string, ls: OrderWords['letterSuggestion']): boolean {
  const first = firstFilledLine(text);
  const words = toWords(first);
  const w0 = words[0]?.text;
  if (w0 !== undefined) {
    if (ls.letter.has(w0) && /^\s*:/.test(first.slice(words[0].end))) return true;
    if (ls.salutations.has(w0) && words.length > 1) return true;
    if (ls.greetings.has(w0) && ls.titles.has(words[1]?.text ?? '')) return true;
  }
  // A sign-off stands on a short line: the phrase search is run on those only (a blank line has no words and closes nothing).
  for (let a = 0; a <= text.length;) {
    let e = text.indexOf('\n', a);
    if (e < 0) e = text.length;
    const lw = toWords(text.slice(a, e));
    if (lw.length > 0 && lw.length <= 4) {
      const m = findAny(lw, ls.signOffs)[0];
      if (m !== undefined && lw[0].start === m.start) return true;
    }
    a = e + 1;
  }
  return false;
}
/** The first line of the text that is not blank (the line of its first character that is not a blank), or "". */
function firstFilledLine(text: string): string {
  const at = text.search(/\S/);
  if (at < 0) return '';
  const e = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, e < 0 ? text.length : e);
}

/** Quotation marks, straight or curly. */
const QUOTE_MARK = /["\u201c\u201d]/g;
/** Where each quotation mark of a value stands, computed once per value. */
const quoteMarks = new WeakMap<Field, number[]>();
/**
 * The sentence stands inside a quotation the note copies from someone else ('Chiropractic referral: "… Please order
 * MRI."'): an odd number of quotation marks of its field stand before it, and one closes after it.
 */
function quoted(f: Field, s: Field): boolean {
  let marks = quoteMarks.get(f);
  if (!marks) {
    marks = [...f.value.matchAll(QUOTE_MARK)].map((m) => f.valueSpan.start + m.index);
    quoteMarks.set(f, marks);
  }
  if (marks.length < 2) return false;
  const lo = lowerBound(marks, (m) => m, s.valueSpan.start);
  return lo % 2 === 1 && lo < marks.length;
}

/**
 * The study of an order told in a relative clause, then its report: "The USS I arranged at 6 weeks was reported as …",
 * "I arranged an US at 6 weeks which was normal",
 * "the MRI we ordered showed …", "the x-ray that was requested came back normal".
 */
const ORDERED_STUDY_REPORTED = new RegExp(
  String.raw`\b(?:i|we)\s+(?:had\s+|have\s+)?(?:arranged|ordered|requested|booked|organi[sz]ed|sent (?:her|him|them) for)\s+(?:an?|the|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:${US_WORDS}|${STUDY_WORDS})\b[^.;?]{0,60}?(?:\b(?:which|that|and it)|[,-]\s*it)\s+(?:(?:was|were)\s+(?:reported as\s+)?(?:normal|abnormal|negative|unremarkable|fine|clear|reassuring)|came back|showed|revealed|demonstrated)\b|\b(?:the|this|that|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:${US_WORDS}|${STUDY_WORDS})\b[^.;?]{0,40}?\b(?:(?:that|which)\s+)?(?:(?:i|we|you|they|he|she)\s+(?:had\s+|have\s+)?|(?:was|were|had been)\s+)(?:arranged|ordered|requested|booked|organi[sz]ed|sent for)\b[^.;?]{0,120}?\b(?:reported|came back|showed|shows|revealed|demonstrated|found|(?:was|were) (?:normal|abnormal|negative|unremarkable|fine|clear))\b`,
  'i',
);

/**
 * The writer's request for a study's record, not for the study: its name followed by what is sent of it (prose.studyRecords: "I
 * have requested the ultrasound images be sent", "the MRI report"), or told as done before (prose.oldStudy: "I have
 * requested the old films", "her previous x-rays").
 */
function requestsRecords(words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  // The writer's own request ("I have requested", "we have asked for"): another's wish for a result is read elsewhere.
  if (head < 0 || !words.slice(0, head).some((w) => w.text === 'i' || w.text === 'we')) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text)) tail++;
  const next = words[tail + 1];
  if (next && findAny(words.slice(tail + 1, tail + 3), ow.records).some((r) => r.start === next.start)) return true;
  // Right before the name ("her previous x-rays"), or after a determiner ("the old lumbar spine films"); not "Too old now for USS".
  const from = Math.max(0, head - 3);
  return findAny(words.slice(from, head), ow.oldStudy).some((o) => {
    const j = wordIndex(words, o.start);
    return j === head - 1 || RECORD_DETERMINERS.has(words[j - 1]?.text ?? '');
  });
}
/** The study's name is followed by its record (prose.studyRecords: "MRI L-spine results …", "MRI findings reviewed"). */
function recordAfterStudy(words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text)) tail++;
  const next = words[tail + 1];
  return next !== undefined && findAny(words.slice(tail + 1, tail + 3), ow.records).some((r) => r.start === next.start);
}
const RECORD_DETERMINERS = new Set(['the', 'her', 'his', 'their', 'its', 'all', 'any']);

/**
 * A sentence that asks about its study rather than ordering it: opening on a question mark ("? need for USS", "?MRI"),
 * or one that opens on an asking word (prose.askingOpeners), with a question mark closing the study's name ("Need for
 * USS?", "Should I order an MRI?"), or on the study itself asked about and left undone ("MRI? Not now.", "US spine?"). Never a request asked as a question
 * (prose.requestCues, "Could you please arrange an US spine?", "Can we get an US spine?") nor a study ordered for a
 * query ("Order MRI L-spine ? tethered cord": the question mark opens the words it queries).
 */
const QUESTION_LABEL = new Set(['q', 'question', 'query']);
function asksAboutStudy(s: Field, words: readonly Word[], ow: OrderWords): boolean {
  const value = s.value;
  if (!value.includes('?')) return false;
  const head = words.findIndex((w) => STUDY_HEAD.has(w.text));
  if (head < 0) return false;
  if (asksWhichStudy(value, s.valueSpan.start, words, head)) return true;
  if (findAny(words, ow.requests).length > 0) return false;
  if (/^\s*\?/.test(value)) return head <= 3;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text)) tail++;
  const rest = value.slice(words[tail].end - s.valueSpan.start);
  // "Should she get an xray??": a parent's question may double its mark.
  if (!/^\s*\?{1,3}(?:\s*$|\s+[A-Z])/.test(rest)) return false;
  // "Q: Should I order an MRI? A: Not at this time": after a question's label.
  const opens = QUESTION_LABEL.has(words[0].text) && words.length > 1 ? words[1].start : words[0].start;
  const answer = toWords(rest.slice(rest.indexOf('?') + 1));
  // "Need US spine? Yes - ordered today.": the question answered yes orders its study (prose.askedAnswersYes).
  if (answer.length > 0 && findAny(answer, ow.answersYes).some((a) => a.start === answer[0].start)) return false;
  if (head > 0) return findAny(words, ow.asking).some((a) => a.start === opens);
  // "MRI? Not now.": the study alone asked about, then an answer that leaves it undone; "MRI? Yes, ordered" orders it.
  return answer.length === 0 || findAny(answer, ow.answersNo).some((a) => a.start === answer[0].start);
}

/**
 * A question that closes its sentence offering two studies of different kinds as the alternatives ("Would you do plain
 * films first or go straight to MRI?", "XR or MRI?", "US vs MRI for this one?") asks which to do and orders neither,
 * however politely it opens ("would you" is also a request's cue). Not one study with its options ("MRI with or
 * without contrast?", "MRI L-spine or whole spine?": one head) nor a study requested and then a question about it.
 */
function asksWhichStudy(value: string, base: number, words: readonly Word[], head: number): boolean {
  // The sentence of the first study named, read to its end: it must be the question.
  const at = words[head].start - base;
  const stop = value.slice(at).search(/[.!?;\n]/);
  if (stop < 0 || value[at + stop] !== '?') return false;
  const end = words[head].start + stop;
  const kinds = new Set<string>();
  let alternative = false;
  for (let i = head; i < words.length && words[i].start < end; i++) {
    const w = words[i].text;
    if (STUDY_HEAD.has(w)) kinds.add(STUDY_KIND[w] ?? w);
    else if (kinds.size > 0 && (w === 'or' || w === 'vs' || w === 'versus')) alternative = true;
  }
  // "XR or MRI? Ordered MRI L-spine today": a study named after the question is read on its own.
  if (words.some((w) => w.start > end && STUDY_HEAD.has(w.text))) return false;
  return alternative && kinds.size > 1;
}
/** Heads of the same kind of study, so that "x-ray or radiograph?" is one study named twice. */
const STUDY_KIND: Record<string, string> = {
  us: 'us',
  uss: 'us',
  usg: 'us',
  utz: 'us',
  usi: 'us',
  ultrasound: 'us',
  sono: 'us',
  sonogram: 'us',
  sonography: 'us',
  ultrasonography: 'us',
  ultrasonogram: 'us',
  mri: 'mri',
  mr: 'mri',
  xr: 'xr',
  x: 'xr',
  xray: 'xr',
  xrays: 'xr',
  radiograph: 'xr',
  radiographs: 'xr',
  radiography: 'xr',
  roentgenography: 'xr',
  roentgenogram: 'xr',
  roentgenograms: 'xr',
  roentgenograph: 'xr',
  film: 'xr',
  films: 'xr',
  scoliosis: 'xr',
  ct: 'ct',
};

/**
 * When the note orders no study, a spine study it tells as done at this visit, in the writer's record of it: an ED's
 * discharge paperwork ("Physician addendum: … Midline tenderness T12-L1 -> XR T/L spine obtained, no fracture", "L-spine
 * XR done at parent request - normal", "-> CT C-spine without contrast, negative"). The visit's study is the one the
 * checks judge, as the corpus reads a trauma bay's "CT T/L spine with IV contrast (done together with CT abdomen/pelvis)".
 * Never a study told of another time or place (a date, order-vocabulary prose.doneBefore: "prior", "last week", "at 6
 * weeks", "by PCP", "outside"), one told not done or still to do ("not done", "to be done"), nor one declined.
 */
function visitStudy(text: string, fields: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords, acute: boolean): Facts['order'] {
  for (const f of fields) {
    if (!f.value || !NAMES_A_STUDY.test(f.value) || !NAMES_SPINE.test(f.value)) continue;
    for (const s of sentences(f)) {
      if (!NAMES_SPINE.test(s.value) || DATED.test(s.value)) continue;
      const words = toWords(s.value, s.valueSpan.start);
      const head = studyHead(words);
      if (head < 0 || !(doneAtVisit(words, ow) || arrowedStudy(text, s, words, head, f.valueSpan.end))) continue;
      // "Follow-up: … MRI L-spine done, shows …", "HPI: … XR L-spine obtained, normal. Presents for second opinion": told
      // in a clinic's note, a study done is one of before the visit, unless its sentence says it is of this one ("today").
      if (!acute && !findAny(words, ow.doneNow).length) continue;
      // "Sacral dimple noted, no spinal US done": a study named after a negation is told not done.
      if (words.slice(Math.max(0, head - 3), head).some((_, j) => negates(words, Math.max(0, head - 3) + j))) continue;
      // "Per mom, XR L-spine obtained and was normal": a word of another time in the sentence before the clause counts too.
      const sentence = sentenceSpan(text, s.valueSpan);
      const lead = sentence.start < s.valueSpan.start ? toWords(text.slice(sentence.start, s.valueSpan.start)) : [];
      if (findAny(words, ow.doneBefore).length || findAny(lead, ow.doneBefore).length || findAny(words, ow.before).length || proposedByOthers(text, words, ow)) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status === 'recognized') return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * The note is an acute visit's record (order-vocabulary prose.visitSettings): a word of one in a key ("ED course:", "ED
 * physician addendum:") or in the note's first line ("Emergency Department Discharge").
 */
function acuteVisit(text: string, ow: OrderWords): boolean {
  // A heading of a few words ("ED Discharge - Back Pain"), not a line of history ("Ortho clinic f/u. Seen in ED 1 week ago").
  const first = toWords(/\S[^\n]*/.exec(text)?.[0] ?? '');
  if (first.length <= 6 && findAny(first, ow.visitSettings).length) return true;
  for (const m of text.matchAll(LINE_KEY)) if (findAny(toWords(m[1]), ow.visitSettings).length) return true;
  return false;
}
/** The key opening a line: a few words before a colon. */
const LINE_KEY = /^[ \t]*([A-Za-z&][^:\n]{0,40}):/gm;

/**
 * The clause opens on its study and says what it showed right after its name and region (prose.resultAfterStudy):
 * "MRI L-spine normal, physio", "XR L-spine clear", "XR L-spine: normal". Not "MRI L-spine w/o" nor "XR L-spine to clear
 * the spine" (a purpose), nor a word after a dash ("MRI L-spine - abnormal neuro exam", a reason), nor a study named
 * later in the clause ("PT; prior XR normal" is reportsStudy's).
 */
function resultRightAfterStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  let j = 0;
  while (j < words.length && j < 3 && !STUDY_HEAD.has(words[j].text)) j++;
  if (j >= words.length || !STUDY_HEAD.has(words[j].text)) return false;
  while (j + 1 < words.length && STUDY_TAIL.has(words[j + 1].text)) j++;
  // After a dash the word opens what is said of the study, not its result: "MRI L-spine - abnormal neuro exam" is the reason
  // (a result told there is resultAfterDash's: "XR L-spine (GP) - normal").
  if (j + 1 < words.length && /[-\u2013\u2014]/.test(text.slice(words[j].end, words[j + 1].start))) return false;
  // "MRI L-spine normal sequences + STIR", "XR L-spine clear views AP/lat": how it is done (prose.techniqueAfterResult), no result.
  return ow.resultAfterStudy.has(words[j + 1]?.text ?? '') && !ow.techniqueAfterResult.has(words[j + 2]?.text ?? '');
}

/**
 * A study told with its result after a spaced dash, where it was done in brackets before ("УЗИ позвоночника (роддом) -
 * норма", "Rentgenogram of L-spine (polyclinic, 10.03) - without pathology"): a prior study, not the order. The result
 * (prose.resultAfterDash) is all the clause after the dash says: "- to exclude pathology", "- ? intraspinal pathology",
 * "- abnormal neuro exam" tell why the study is ordered, and "XR L-spine - MRI if abnormal" what comes next.
 */
function resultAfterDash(value: string, ow: OrderWords): boolean {
  const dash = /\s[-\u2013\u2014]\s/.exec(value);
  if (!dash) return false;
  const from = dash.index + dash[0].length;
  const end = value.slice(from).search(/[.,;:()\n]/);
  const words = toWords(value.slice(from, end < 0 ? value.length : from + end));
  return words.length > 0 && findAny(words, ow.resultAfterDash).some((m) => m.start === words[0].start && m.end === words[words.length - 1].end);
}

/**
 * The study's name is followed, in its clause, by a word that makes it what is reviewed (prose.reviewAfterStudy: "I sent
 * her to Dr Smith for MRI review", "sent the images to ortho for MRI review"): the study to review, not to do.
 */
function reviewedStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text) && !breaksClause(text, words[tail].end, words[tail + 1].start)) tail++;
  const next = words[tail + 1];
  return next !== undefined && ow.reviewAfterStudy.has(next.text) && !breaksClause(text, words[tail].end, next.start);
}

/**
 * The study is named as its records (films, or its name then studyRecords: "MRI images", "XR report") and a word of
 * prose.inTransit in the same clause tells them on their way ("review when films arrive", "awaiting outside films",
 * "films to be sent by OSH", "review once MRI images are uploaded"): a prior in transit, not the study to do.
 */
/** An em or en dash between two words: "US spine — report to be sent to GP" tells the study, then what becomes of its report. */
const DASH = /[\u2013\u2014]/;
function recordsInTransit(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text) && !breaksClause(text, words[tail].end, words[tail + 1].start)) tail++;
  const next = words[tail + 1];
  const records =
    words[head].text === 'films' ||
    words[head].text === 'film' ||
    (next !== undefined && !breaksClause(text, words[tail].end, next.start) && !DASH.test(text.slice(words[tail].end, next.start)) && findAny([next], ow.records).length > 0);
  if (!records) return false;
  return findAny(words, ow.inTransit).some((m) => {
    const at = m.start < words[head].start ? m.end : words[tail].end;
    const to = m.start < words[head].start ? words[head].start : m.start;
    return !breaksClause(text, at, to);
  });
}

/** A word of prose.doneAtVisit in the clause, told as done: not turned round ("not done", "never performed") nor still to do ("to be done", "being done"). */
function doneAtVisit(words: readonly Word[], ow: OrderWords): boolean {
  return words.some((w, i) => {
    if (!ow.doneAtVisit.has(w.text)) return false;
    const before = words[i - 1]?.text;
    return !negates(words, i - 1) && !(before === 'yet' && negates(words, i - 2)) && before !== 'be' && before !== 'being';
  });
}

/** "midline C-spine tenderness on arrival -> CT C-spine without contrast, negative": a study after an arrow, its result told right after it. */
function arrowedStudy(text: string, s: Field, words: readonly Word[], head: number, limit: number): boolean {
  const from = head > 0 ? words[head - 1].end : s.valueSpan.start;
  return /->|\u2192|=>/.test(text.slice(from, words[head].start)) && reportedNext(text, s, limit);
}

/**
 * A sentence of a line under a key read for nothing else ("Provider reply:", "Clinician response and
 * orders:", a chat's "PCP:") that orders a spine study outright in the writer's voice ("I've ordered an
 * ultrasound of his lower spine", "MRI L-spine w/o ordered"); never one someone else proposes, declined,
 * conditioned, or told as done, dated or with its result ("MRI ordered by PCP in 2023 showed …").
 */
function unreadOrder(text: string, unread: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  for (const f of unread) {
    if (!NAMES_A_STUDY.test(f.value)) continue;
    for (const s of sentences(f)) {
      const words = toWords(s.value, s.valueSpan.start);
      if (!ordersOutright(text, words, ow) || proposedByOthers(text, words, ow)) continue;
      if (!(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value))) continue;
      const r = readOrder(s.value, contrast, k);
      const own = studyPart(text, s, r.procedure?.modality, k);
      if (toldPast(own) || DATED.test(own) || RESULT_WORD.test(own)) continue;
      if (r.status === 'recognized' && !decidesNotToImage(text, s, ow) && !declinedNext(text, s, f.valueSpan.end, ow)) return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * "MRI L-spine ordered by PCP in 2023 showed no abnormality": the study ordered is told dated and read, a study
 * of another time; not when the date and the result are another study's ("Ordered MRI L-spine w/o since XR from
 * 2026-11-15 was negative").
 */
function datedWithResult(text: string, s: Field, modality: string | undefined, k: Knowledge): boolean {
  const own = studyPart(text, s, modality, k);
  return DATED.test(own) && RESULT_WORD.test(own);
}

/**
 * The part of a sentence naming two studies or more that tells the one of this modality: from its name to the next
 * study's ("Ordered MRI L-spine w/o since XR from 2026-11-15 was negative" → "MRI L-spine w/o since"); the
 * whole sentence when it names one study, or none of the modality.
 */
function studyPart(text: string, s: Field, modality: string | undefined, k: Knowledge): string {
  if (!modality) return s.value;
  const words = toWords(s.value, s.valueSpan.start);
  const heads: number[] = [];
  for (let j = 0; j < words.length; j++) if (STUDY_HEAD.has(words[j].text) && (heads.length === 0 || !joinedStudy(text, words, j))) heads.push(j);
  if (heads.length < 2) return s.value;
  for (let h = 0; h < heads.length; h++) {
    const from = h === 0 ? s.valueSpan.start : words[heads[h]].start;
    const to = h + 1 < heads.length ? words[heads[h + 1]].start : s.valueSpan.end;
    const part = text.slice(from, to);
    if (readOrder(part, undefined, k).procedure?.modality === modality) return part;
  }
  return s.value;
}

/** "No prior imaging", "No previous spinal imaging", "Never imaged": a sentence that tells no study was done. */
const NO_IMAGING_YET = /^(?:no|nil|never|not)\b[\w\s-]{0,30}\b(?:imag\w*|scans?|studies)\s*(?:to date|so far|yet|before)?\.?$/i;

/** Keys whose sentences may open on an order verb ("Order US spine."); Order and Plan are read before. */
const OPENING_ORDER_KEYS = new Set<KeyName>(['Presentation', 'Findings', 'Indication', 'Symptoms', 'Neuro', 'Family history', 'PMH', 'Referral', 'Dimple', 'Red flags', 'ROS']);

/**
 * A sentence of a keyed value that opens on an order verb (order-vocabulary.json prose.openingOrders:
 * "Order US spine.", "Please arrange MRI L-spine.", "Will get XR L-spine."), or opens on a study that an
 * explicit cue after it orders ("US spine requested.", "XR L-spine booked for Monday", "US spine requested
 * by neurosurgery"); neither declined, conditioned nor told as done, dated or read ("Ordered US at birth:
 * normal", "MRI ordered by PCP last month showed …").
 */
function openingOrder(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  for (const f of all) {
    if (f.inferred || !f.value || !f.key || !OPENING_ORDER_KEYS.has(f.key.name)) continue;
    const fw = fieldWords(f);
    if (!fw.some((w) => ow.openingFirst.has(w.text) || ow.advice.has(w.text) || STUDY_HEAD.has(w.text))) continue;
    for (const whole of withDashClauses(sentences(f))) {
      const s = afterAside(whole, ow);
      const words = toWords(s.value, s.valueSpan.start);
      if (!words.length) continue;
      // The verb as written ("Gets XR every year" is no "Get XR").
      const lead = advisedStudy(s, words, ow) ? words[0] : ow.openingFirst.has(words[0].text) ? findAny(words, ow.opening)[0] : undefined;
      // "Order of events: …", "in order to …": the noun, no verb.
      const opens = lead !== undefined && lead.start === words[0].start && !(words[0].text === 'order' && (words[1]?.text === 'of' || words[1]?.text === 'to'));
      // "Schedule MRI after US": a study for after another, a sequence and no order of it now.
      if (opens && SEQUENCED.test(s.value)) continue;
      const head = studyHead(words);
      // A history ("PMH: scoliosis, XR spine ordered yearly") tells what was ordered before, not today.
      const history = f.key.name === 'PMH' || f.key.name === 'Family history';
      if (!opens && (history || !(head >= 0 && startsWithStudy(s.value) && findAny(words, ow.explicit).some((c) => c.start > words[head].end)))) continue;
      if (toldPast(s.value) || DATED.test(s.value) || RESULT_WORD.test(s.value)) continue;
      // 'Referral: chiropractor letter: "… Please order MRI lumbar spine."': a request quoted from another is theirs.
      if (quoted(f, whole) || requestsRecords(words, ow)) continue;
      const r = readOrder(s.value, contrast, k);
      if (reportedNext(text, s, f.valueSpan.end) || ORDERED_ELSEWHERE.test(s.value)) continue;
      // "Assessment: … Ordered XR L-spine if no better in 2 weeks": an order word told with a condition on the study.
      if (opens && (conditionedInPlan(text, s, ow) || ONLY_ON_CONDITION.test(text.slice(s.valueSpan.start, sentenceSpan(text, s.valueSpan).end)))) continue;
      if (r.status === 'recognized' && !decidesNotToImage(text, s, ow) && !declinedNext(text, s, f.valueSpan.end, ow) && !proposedByOthers(text, words, ow))
        return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * A key before a colon at the start of a line or of a sentence inside one ("Receiving team: MRI L-spine w/o in the morning",
 * "… Lumbar pain, neuro intact. Accepting ED: CT lumbar spine w/o contrast."), as an inline "Plan:" in a paragraph note
 * is read (notes/prose.ts). Its value runs to the end of the line; only the key is matched here, so each line is scanned once.
 */
const KEY_OPENING = /(?:^[ \t]*|[.;!?][ \t]+)([A-Za-z][A-Za-z /&-]{0,40}?)[ \t]*:[ \t]*/gm;

/**
 * A planned study's head may stand after at most two words of its kind ("whole-body MRI", "urgent non-contrast CT"), not
 * after a procedure of its own ("sedation for MRI L-spine").
 */
function plannedLead(words: readonly Word[]): boolean {
  const h = studyHead(words);
  return h >= 0 && h <= 2 && !words.slice(0, h).some((w) => PROCEDURE_FOR.has(w.text));
}
const PROCEDURE_FOR = new Set(['for', 'after', 'before', 'post', 'following', 'during', 'pre', 'with', 'under', 'guided']);
/**
 * A transfer note's receiving side (order-vocabulary prose.receivingKeys: "Receiving:", "Accepting ED:"), read as the
 * note's narrative: a sentence of it that opens on a study is the study the receiving side will do ("Receiving: MRI
 * lumbar spine with contrast in the morning; ortho + ID consults"). Never one told done before, dated, with its result
 * or at another place ("Receiving: outside CT reviewed, normal", "Receiving hospital: XR T/L spine at OSH neg.",
 * "Receiving: MRI L-spine from OSH on disc, please review"), nor one declined. A setting's plan or a procedure line
 * (prose.plannedStudyKeys: "ED plan: CT T/L spine w/o contrast, CXR, FAST", "Proc: whole-body MRI … complete spine, no
 * contrast") is read the same way: "Proc: US guided LP 2 days ago" and "ED: CT C-spine neg for fx" order nothing.
 */
function receivingOrder(text: string, contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  if (!text.includes(':')) return undefined;
  for (const m of text.matchAll(KEY_OPENING)) {
    const key = keyWords(m[1]);
    const planned = !ow.receivingKeys.has(key);
    if (planned && !ow.plannedStudyKeys.has(key)) continue;
    // The key's line, or its sentence when it opens one inside a line.
    const lineStart = /^[.;!?]/.test(m[0]) ? (m.index ?? 0) + m[0].indexOf(m[1]) : (m.index ?? 0);
    const valueStart = (m.index ?? 0) + m[0].length;
    let lineEnd = text.indexOf('\n', valueStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (planned && findAny(toWords(text.slice(valueStart, lineEnd)), ow.procedureWent).length) continue;
    if (planned && ow.bareStudyKeys.keys.has(key) && !bareKeySafe(text, key, valueStart, lineEnd, ow)) continue;
    // Sentences end at a semicolon or a full stop before a capital or the line's end, not an abbreviation's ("incl. complete spine").
    for (const c of text.slice(valueStart, lineEnd).matchAll(/(?:[^.;]|\.(?![ \t]*$|[ \t]+\p{Lu}))+/gu)) {
      const value = c[0].trim();
      // A procedure or setting's line may name the study after a word or two of its kind ("whole-body MRI STIR incl. complete spine").
      if (!value || !(startsWithStudy(value) || (planned && plannedLead(toWords(value))))) continue;
      const start = valueStart + (c.index ?? 0) + c[0].indexOf(value);
      const span = { start, end: start + value.length };
      const s: Field = { key: PRESENTATION, rawKey: m[1], keySpan: { start: lineStart, end: lineStart }, valueSpan: span, value, lineSpan: span, inferred: true };
      const words = toWords(value, start);
      if (toldPast(value) || DATED.test(value) || RESULT_WORD.test(value) || ORDERED_ELSEWHERE.test(value) || findAny(words, ow.doneBefore).length) continue;
      if (reportsStudy(words) || decidesNotToImage(text, s, ow) || declinedNext(text, s, lineEnd, ow)) continue;
      const r = readOrder(value, contrast, k);
      if (r.status === 'recognized') return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * A bare "ED:"/"ER:"/"Proc:" line is the plan only in that setting's own note of today: a later visit's note tells what was
 * done in the ED ("Seen in ED same day. ED: XR L spine. Today: …"), a report's header names the study it reports
 * ("Proc: XR LUMBAR SPINE … Findings: …"), and a line with a result or a procedure around the study tells what went on
 * ("ED: CT T/L spine - no fx", "Proc: CT-guided biopsy L3", "Proc: MRI under GA; extubated in OR") (prose.bareStudyKeys).
 */
function bareKeySafe(text: string, key: string, valueStart: number, lineEnd: number, ow: OrderWords): boolean {
  const b = ow.bareStudyKeys;
  const line = toWords(text.slice(valueStart, lineEnd));
  if (findAny(line, b.lineResults).length || findAny(line, b.procedureWords).length) return false;
  for (const m of text.matchAll(/^[ \t]*([A-Za-z][A-Za-z /&-]{0,30}?)[ \t]*:/gm)) {
    const k = keyWords(m[1]);
    if (b.reportKeys.has(k)) return false;
  }
  if (b.settingKeys.has(key) && findAny(toWords(text.slice(0, valueStart) + ' \n ' + text.slice(lineEnd)), b.visitCues).length) return false;
  return true;
}

/**
 * "As discussed by phone, I placed the order for spinal US": the clause after an aside (prose.openingAsides) that opens
 * the sentence and ends at its first comma, naming no study; the sentence itself otherwise.
 */
function afterAside(s: Field, ow: OrderWords): Field {
  const comma = s.value.indexOf(',');
  if (comma < 0) return s;
  const words = toWords(s.value.slice(0, comma), s.valueSpan.start);
  if (!words.length || words.length > 6 || words.some((w) => STUDY_HEAD.has(w.text))) return s;
  if (!findAny(words, ow.asides).some((a) => a.start === words[0].start)) return s;
  const value = s.value.slice(comma + 1).trimStart();
  return { ...s, valueSpan: { start: s.valueSpan.end - value.length, end: s.valueSpan.end }, value };
}

/** "…, to be done only if the dimple deepens", "… should symptoms persist beyond 6 weeks": the study waits on a condition. */
const ONLY_ON_CONDITION = /\b(?:only (?:if|when)|in case|should (?:symptoms?|pain|it|they|she|he|this|there be)\b)/i;

/**
 * The sentence opens on a word of prose.adviceOrders followed right away by a study, as clinicians in South Asia
 * write an order ("Advised X-ray DL spine AP/Lat.", "Adv MRI L-spine"); not "advised mum to return", "advised
 * that MRI is not needed".
 */
function advisedStudy(s: Field, words: readonly Word[], ow: OrderWords): boolean {
  return words.length > 1 && ow.advice.has(words[0].text) && startsWithStudy(s.value.slice(words[1].start - s.valueSpan.start));
}

/** Where the words right after a phrase of order-vocabulary prose.intentionUndone start ("was going to | order"). */
function intendedOnly(text: string, words: readonly Word[], ow: OrderWords): ReadonlySet<number> {
  const out = new Set<number>();
  for (const m of findAny(words, ow.intentionUndone)) {
    // "was going to | order", and past a few words of the same clause: "was going to go ahead and | order".
    const from = wordIndex(words, m.end);
    for (let j = from; j < words.length && j <= from + INTENDED_REACH; j++) {
      if (j > from && breaksClause(text, words[j - 1].end, words[j].start)) break;
      out.add(words[j].start);
    }
  }
  return out;
}
/** How many words after an intention not carried out its order word may stand ("was going to go ahead and order"). */
const INTENDED_REACH = 4;

/**
 * The cue at words[i] is "advised" told of an earlier time: after a word of one (order-vocabulary prose.adviceEarlier:
 * "previously advised", "was advised", "had advised") or in a clause told in the past ("advised MRI last year").
 */
function adviceBefore(s: Field, words: readonly Word[], i: number, ow: OrderWords): boolean {
  if (!ow.advice.has(words[i]?.text ?? '')) return false;
  return ow.adviceEarlier.has(words[i - 1]?.text ?? '') || toldPast(s.value);
}

/**
 * Advice told with a condition in its own clause ("Advised MRI L-spine at follow-up if symptoms persist", "… in case
 * of weakness", "… SOS"; order-vocabulary prose.adviceConditioned, "if needed" keeps it) or a refusal to the end of its
 * line ("Advised MRI L-spine; parents refused.", "… . Parents not willing, will review."; prose.adviceDeclined): no order.
 */
function adviceWithheld(text: string, s: Field, limit: number, ow: OrderWords): boolean {
  const nl = text.indexOf('\n', s.valueSpan.start);
  const lineEnd = Math.min(limit, nl < 0 ? text.length : nl);
  const line = toWords(text.slice(s.valueSpan.start, lineEnd), s.valueSpan.start);
  if (findAny(line, ow.adviceDeclined).length) return true;
  const stop = text.slice(s.valueSpan.start, lineEnd).search(/[.;]\s/);
  const clauseEnd = stop < 0 ? lineEnd : s.valueSpan.start + stop;
  const own = line.filter((w) => w.end <= clauseEnd);
  return findAny(own, ow.adviceConditioned).some((m) => {
    const i = wordIndex(own, m.start);
    return !(own[i].text === 'if' && IF_KEEPS.has(own[i + 1]?.text ?? ''));
  });
}

/**
 * Each sentence, and after it the part after its last spaced dash when that part opens on a study: "Mom
 * very anxious - XR cervical spine ordered" orders the radiographs, as a sentence of its own would.
 */
function withDashClauses(list: Field[]): Field[] {
  const out: Field[] = [];
  for (const s of list) {
    out.push(s);
    const dash = lastDash(s.value);
    if (dash < 0) continue;
    const value = s.value.slice(dash + 1).trim();
    if (!startsWithStudy(value)) continue;
    const start = s.valueSpan.end - value.length;
    out.push({ ...s, valueSpan: { start, end: s.valueSpan.end }, value });
  }
  return out;
}

/** A study planned for after another ("Schedule MRI after US", "MRI once the US is back", "MRI to follow the US"). */
const SEQUENCED = /\b(?:after|once|following|to follow|depending on|pending)\b[^.;]*\b(?:(?:us[sg]?|utz)|ultrasound|xr|x[- ]?rays?|films?|mri|ct|results?)\b/i;

/**
 * The note's last line when it is one or two words that no prose holds ("Bone scan.", "MRI L-spine.",
 * "Repeat US."): in a terse note it is the closing sentence, so it may be the order. Not a question ("US
 * spine?"), and not when the line
 * above is a key with no value of its own ("Prior imaging:" then "XR L-spine."), which it belongs to,
 * unless that key is the Order or the Plan.
 */
function closingLine(note: ParsedNote, text: string): Field | undefined {
  const m = note.malformed[note.malformed.length - 1];
  if (!m || /\S/.test(text.slice(m.end))) return undefined;
  const value = text.slice(m.start, m.end).trim();
  // "US spine?" asks a question.
  if (!value || value.length > 60 || /\S+\s+\S+\s+\S/.test(value) || value.endsWith('?')) return undefined;
  const above = note.fields.filter((f) => f.lineSpan.end <= m.start).pop();
  if (above && !above.value && above.key?.name !== 'Order' && above.key?.name !== 'Plan' && !/\S/.test(text.slice(above.lineSpan.end, m.start))) return undefined;
  const start = m.start + text.slice(m.start, m.end).indexOf(value);
  const span = { start, end: start + value.length };
  return { key: PRESENTATION, rawKey: '', keySpan: { start, end: start }, valueSpan: span, value, lineSpan: span, inferred: true };
}

/** In a sentence whose first study is declined, a later clause (planClauses) that names a study and does not decline it. */
function laterClauseOrder(text: string, s: Field, words: readonly Word[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  if (independentStudy(text, words) < 0) return undefined;
  const clauses = planClauses(s);
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i];
    const cw = toWords(c.value, c.valueSpan.start);
    if (studyHead(cw) < 0) continue;
    const r = readOrder(c.value, contrast, k);
    if (r.status === 'recognized' && !decidesNotToImage(text, c, ow) && !reportsStudy(cw)) return { field: c, reading: r };
  }
  return undefined;
}

/**
 * A clause of g that names a study is followed, within the value (to `limit`), by a clause that decides
 * against it without naming it again: "mom requests MRI; explained not indicated", "radiology suggests
 * MRI L-spine w/o; parents to consider" (order-vocabulary prose.declinedAfter, after words of
 * prose.explaining or a proposer). Not "MRI L-spine w/o, sedation not needed": that clause names what it declines.
 */
function declinedNext(text: string, g: Field, limit: number, ow: OrderWords): boolean {
  for (const c of planClauses(g)) {
    if (studyHead(toWords(c.value)) < 0) continue;
    let i = c.valueSpan.end;
    while (i < limit && /[\s.;,:\u2013-]/.test(text[i])) i++;
    let j = i;
    while (j < limit && j - i < 120 && !/[.;,\n]/.test(text[j])) j++;
    work.steps += j - c.valueSpan.end;
    const words = toWords(text.slice(i, j), i);
    // "(deferred MRI until results)" declines the study it names, not this one.
    if (studyHead(words) >= 0) continue;
    let w = 0;
    while (w < words.length && w < 4 && (ow.explaining.has(words[w].text) || ow.proposerWords.has(words[w].text))) w++;
    const cue = w < words.length ? findAny(words.slice(w), ow.declinedAfter).find((d) => d.start === words[w].start) : undefined;
    if (!cue) continue;
    // "MRI L-spine ordered; PT not ordered": a study ordered outright, and another left unordered.
    if (/\b(?:order|request)/.test(text.slice(cue.start, cue.end).toLowerCase()) && ordersOutright(text, toWords(c.value, c.valueSpan.start), ow)) continue;
    // "no indication for gadolinium", "not needed for sedation": a decision about what follows it.
    const next = words[wordIndex(words, cue.end)]?.text;
    if (next === undefined || !DECISION_ABOUT.has(next)) return true;
  }
  return false;
}

/**
 * The clause after the study's, in its sentence, is the study's result: "L-spine XR ordered by PCP, normal",
 * "C-spine XR ordered in the ED, read as normal", "Scoliosis series ordered by PCP, showed 18 degrees". A result
 * word leads it and is all it says ("normal", "negative for fracture"), or a verb of a report ("showed …").
 */
function reportedNext(text: string, s: Field, limit: number): boolean {
  let i = s.valueSpan.end;
  if (!/^\s*[,\u2013-]/.test(text.slice(i, i + 4))) return false;
  while (i < limit && /[\s,\u2013-]/.test(text[i])) i++;
  let j = i;
  while (j < limit && j - i < 80 && !/[.;,\n]/.test(text[j])) j++;
  work.steps += j - s.valueSpan.end;
  const next = text.slice(i, j).trim();
  return !NAMES_A_STUDY.test(next) && RESULT_NEXT.test(next);
}
/** "Seen by ortho - XR L-spine ordered there", "followed by ortho - XR spine ordered yearly by them": another's order, or a routine one. */
const ORDERED_ELSEWHERE = /\b(?:ordered|requested|done|arranged|booked) (?:there|elsewhere|by them)\b|\b(?:yearly|annually|every (?:year|\d+ (?:months?|years?)))\b/i;
const RESULT_NEXT =
  /^(?:(?:which|that|it|they|was|were|is|are|read|reported|came back|returned|as|and|all|both)\s+){0,3}(?:(?:showed|shows|showing|revealed|reveals|demonstrated|c\/w|consistent with)\b|(?:nl|normal|wnl|unremarkable|negative|neg|abnormal|positive)(?:\s+(?:for|except|apart|other than|per|by|at|on)\b|\s*$))/i;

/** Words after a decision that name what it is about ("no indication for gadolinium"). */
const DECISION_ABOUT = new Set(['for', 'of', 'to', 'with', 'on']);

/** The part of a sentence after its last colon, when there is text after it. */
function afterColon(s: Field): Field | undefined {
  const colon = s.value.lastIndexOf(':');
  if (colon < 0) return undefined;
  const value = s.value.slice(colon + 1).trim();
  if (!value) return undefined;
  const start = s.valueSpan.start + s.value.indexOf(value, colon + 1);
  return { ...s, valueSpan: { start, end: start + value.length }, value };
}

/**
 * The study after a sentence's last arrow, what the reason before it leads to ("given night pain w/ negative films -> MRI
 * whole spine w/o contrast ordered": the films are the reason, the MRI the order). Not after a condition or a time still
 * to come ("If not better -> MRI", "When older -> MRI").
 */
function afterStudyArrow(s: Field): Field | undefined {
  const arrow = lastArrow(s.value);
  if (!arrow || !startsWithStudy(s.value.slice(arrow.end))) return undefined;
  const before = s.value.slice(0, arrow.start);
  if (CONDITION.test(before) || ARROW_WAITS.test(before)) return undefined;
  // The arrow stays with the study: it parts it from a decline or a denial before it ("MRI declined -> XR ordered").
  const at = arrow.start + s.value.slice(arrow.start).search(/\S/);
  return { ...s, valueSpan: { start: s.valueSpan.start + at, end: s.valueSpan.end }, value: s.value.slice(at) };
}

/**
 * The part of a sentence from an explicit order word (order-vocabulary prose.explicitCues) that governs the study
 * right after it, when another study is named before that word: "Too old now for USS to be reliable so have requested
 * MRI lumbosacral spine" → "requested MRI lumbosacral spine". Not "US spine requested and MRI if abnormal" (a clause
 * word stands between), nor an order word turned round ("not ordered MRI").
 */
function orderedAfter(text: string, s: Field, words: readonly Word[], ow: OrderWords): Field | undefined {
  const head = studyHead(words);
  if (head < 0) return undefined;
  for (const cue of findAny(words, ow.explicit)) {
    const i = wordIndex(words, cue.start);
    if (i <= head || negates(words, i - 1)) continue;
    for (let j = wordIndex(words, cue.end); j < words.length && j <= wordIndex(words, cue.end) + 3; j++) {
      if (breaksClause(text, words[j - 1].end, words[j].start)) break;
      if (isHeadAt(words, j)) {
        const start = words[i].start;
        return { ...s, valueSpan: { start, end: s.valueSpan.end }, value: text.slice(start, s.valueSpan.end) };
      }
      if (!PLACED_BETWEEN.has(words[j].text)) break;
    }
  }
  return undefined;
}

/**
 * The clauses, with a clause that tells spine images made from a CT of the body (order-vocabulary prose.reconstructed)
 * and names no study of its own joined to the clause before it, past a comma only: "we perform contrast-enhanced CT of
 * chest-abdomen-pelvis, and thoracolumbar spine reconstruction from same scan" is a CT of the spine. Not a clause that
 * names a study itself ("CT head, and MRI spine reconstruction …"), nor one after a stop.
 */
function withReconstructions(text: string, list: Field[], ow: OrderWords): Field[] {
  let out: Field[] | undefined;
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    if (!/\brecon|\breformat/i.test(c.value) || !NAMES_SPINE.test(c.value) || STUDY_NAMED.test(c.value)) continue;
    if (!toWords(c.value).some((w) => ow.reconstructed.has(w.text))) continue;
    const prev = (out ?? list)[i - 1];
    if (!STUDY_NAMED.test(prev.value) || text.slice(prev.valueSpan.end, c.valueSpan.start).trim() !== ',') continue;
    out ??= [...list];
    const start = prev.valueSpan.start;
    out[i - 1] = { ...prev, valueSpan: { start, end: c.valueSpan.end }, value: text.slice(start, c.valueSpan.end) };
    out[i] = out[i - 1];
  }
  return out ? out.filter((c, i) => i === 0 || c !== out![i - 1]) : list;
}

/**
 * A bullet, or an arrow opening a line, as a handwritten plan is set out ("→ MRI L-spine w/o", "-> XR L-spine"), or a
 * number of a list ("1. MRI", "2) XR", and "1- MRI of LS spine" as clinicians trained in the Middle East number a plan;
 * never a range: "1-2 wk").
 */
const BULLET = new RegExp(String.raw`^(?:${ARROWS}|[-*•·–]|\d{1,2}[.)]|\d{1,2} ?[-–](?! ?\d))\s*`);
/**
 * An arrow leading to the next step ("?OSD → US LS spine", "Films NAD → MRI whole spine"): what follows it is what
 * is done next, what precedes it the reason. Never after a condition ("If not better in 3 wks -> XR L-spine").
 */
const ARROW = new RegExp(String.raw`\s*(?:${ARROWS})\s*`, 'g');

/** The part of a sentence that starts with a study: the sentence, the sentence after its bullet, or (lastClause) its last comma clause. */
function studyLed(s: Field, lastClause = true): Field | undefined {
  const part = (from: number): Field => {
    const value = s.value.slice(from).trim();
    const start = s.valueSpan.end - value.length;
    return { ...s, valueSpan: { start, end: s.valueSpan.end }, value };
  };
  if (startsWithStudy(s.value)) return s;
  const bullet = BULLET.exec(s.value);
  if (bullet && startsWithStudy(s.value.slice(bullet[0].length))) return part(bullet[0].length);
  const comma = lastClause ? s.value.lastIndexOf(',') : -1;
  if (comma >= 0 && startsWithStudy(s.value.slice(comma + 1).trimStart())) return part(comma + 1);
  const arrow = lastClause ? lastArrow(s.value) : undefined;
  if (arrow && startsWithStudy(s.value.slice(arrow.end)) && !CONDITION.test(s.value.slice(0, arrow.start)) && !ARROW_WAITS.test(s.value.slice(0, arrow.start)))
    return part(arrow.end);
  return undefined;
}

/**
 * A time still to come before the arrow: the study after it waits for it ("When she is older → MRI L-spine", "After 6
 * months of age → MRI", "Until then → …"); not an event of the history ("After fall → XR T/L spine", "Pain when
 * bending → XR L-spine").
 */
const ARROW_WAITS =
  /\b(?:when (?:(?:she|he|they) (?:is|are|gets?|turns?|reaches|grows)\b|older|able|bigger)|until|till|after (?:\d|(?:she|he|they) (?:is|are|turns?)\b|(?:a|one|two|three|six|few|several) (?:days?|weeks?|months?|years?)\b)|at (?:\d{1,2}|six|three|twelve) ?(?:mo|mos|months?|m|y|yrs?|years?)(?: of age| old)?\b)/i;
/** The last arrow of a value (ARROW), as where it starts and where the words after it start; undefined with none. */
function lastArrow(value: string): Span | undefined {
  if (!/[\u2192\u21d2\u27f6>]/.test(value)) return undefined;
  let found: Span | undefined;
  for (const m of value.matchAll(ARROW)) found = { start: m.index, end: m.index + m[0].length };
  return found;
}

/** A cue of one word in -ing followed by a word of order-vocabulary prose.orderingRoles: "ordering NP", "requesting physician". */
function namesARole(words: readonly Word[], c: Span, ow: OrderWords): boolean {
  const i = wordIndex(words, c.start);
  const w = words[i];
  return w !== undefined && w.end === c.end && w.text.endsWith('ing') && ow.orderingRoles.has(words[i + 1]?.text ?? '');
}

/**
 * A scheduler's confirmation of the study booked (order-vocabulary prose.confirmed): the confirming word, when the
 * study's name follows it in its clause past skip words only, and no word after the name tells that its result or
 * cancellation is what is confirmed ("to confirm US spine results"). A weak cue: the study is the order only when
 * nothing orders outright.
 */
function confirmedStudy(text: string, words: readonly Word[], ow: OrderWords): Span | undefined {
  const c = ow.confirmed;
  for (let i = 0; i < words.length; i++) {
    if (!c.words.has(words[i].text)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 4 && c.skip.has(words[j].text) && !breaksClause(text, words[j - 1].end, words[j].start)) j++;
    if (j >= words.length || !STUDY_HEAD.has(words[j].text) || breaksClause(text, words[j - 1].end, words[j].start)) continue;
    let tail = j;
    while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text)) tail++;
    let told = false;
    for (let q = tail + 1; q < words.length && q <= tail + 3 && !told; q++) told = c.notOf.has(words[q].text);
    // "Called mom to confirm US spine; mom cancelled", "… US spine appointment; told her no order was placed": the
    // rest of its sentence, past a semicolon or a comma, takes the booking back or says it never was one.
    const from = words[tail].end;
    const rest = text.slice(from, from + 160).split(/[.!?\n]/)[0];
    if (!told && !findAny(toWords(rest, from), c.undoneAfter).length) return { start: words[i].start, end: words[i].end };
  }
  return undefined;
}

/** The words of both vocabularies that tell an order in prose (orderWords). */
interface OrderWords {
  /** reading-vocabulary orderCues and order-vocabulary prose.requestCues. */
  cues: PhraseSet;
  /** reading-vocabulary notOrderCues and order-vocabulary prose.notOrderCues. */
  notOrder: PhraseSet;
  politeIf: PhraseSet;
  noImaging: PhraseSet;
  /** order-vocabulary prose.explicitCues: an order outright, which beats a weaker cue elsewhere in the note. */
  explicit: PhraseSet;
  /** order-vocabulary prose.requestCues alone ("please", "grateful", "repeat"). */
  requests: PhraseSet;
  /** order-vocabulary prose.requestBlockers. */
  blockers: PhraseSet;
  /** order-vocabulary prose.askingOpeners: a question about the study opens on one. */
  asking: PhraseSet;
  /** order-vocabulary prose.openingAsides: words before an opening order, up to a comma. */
  asides: PhraseSet;
  /** order-vocabulary prose.askedAnswersNo: the answer after "MRI?" that leaves it undone. */
  answersNo: PhraseSet;
  /** order-vocabulary prose.askedAnswersYes: the answer after a question about the study that orders it. */
  answersYes: PhraseSet;
  /** order-vocabulary prose.studyRecords: after a study's name, what is requested is its record, not the study. */
  records: PhraseSet;
  /** order-vocabulary prose.oldStudy: before a study's name, the study is one done before ("the old films"). */
  oldStudy: PhraseSet;
  toldRepeat: ReadonlySet<string>;
  /** order-vocabulary prose.notOrderBefore: declines the study only when written before it. */
  before: PhraseSet;
  /** order-vocabulary prose.notOrderOfOther: what a notOrderCue after the study is about instead ("US slot not available"). */
  ofOther: PhraseSet;
  /** order-vocabulary prose.notBookedOfOther: what a booking cue after the study is about instead ("GA not booked"). */
  bookedOfOther: { cues: PhraseSet; words: PhraseSet };
  /** order-vocabulary prose.notOrderUntil: a notOrderCue that tells when, not whether ("not available until January"). */
  until: PhraseSet;
  proposers: PhraseSet;
  /** The one-word proposers, which may open a clause that declines ("parents to consider"). */
  proposerWords: ReadonlySet<string>;
  proposals: PhraseSet;
  declinedAfter: PhraseSet;
  explaining: ReadonlySet<string>;
  changedTo: ReadonlySet<string>;
  /** order-vocabulary prose.changeUnsettled: a protocol line's change not settled or undone. */
  changeUnsettled: PhraseSet;
  changeVerbs: ReadonlySet<string>;
  changeDecided: ReadonlySet<string>;
  instead: ReadonlySet<string>;
  /** order-vocabulary prose.requestHandling: a heading for a note handling a study requested ("UR RN review - NM bone scan …"). */
  requestHandling: PhraseSet;
  /** order-vocabulary prose.openingOrders: words that open a sentence ordering its study ("Order US spine"). */
  opening: PhraseSet;
  /** The first words of those: a value holding none of them is not cut into sentences for them. */
  openingFirst: ReadonlySet<string>;
  /** order-vocabulary prose.noneOrdered: the note says it orders no imaging. */
  noneOrdered: PhraseSet;
  /** order-vocabulary prose.noneValues: an Order value naming no study that says there is none. */
  noneValues: PhraseSet;
  /** order-vocabulary prose.noneStatements: a sentence of these words alone declares no imaging (standsAlone). */
  noneStatements: PhraseSet;
  /** order-vocabulary prose.noneOrderedPartial, noneOrderedElsewhere, noneOrderedHere: a statement of part of the imaging, or someone else's. */
  noneOrderedPartial: PhraseSet;
  noneOrderedElsewhere: PhraseSet;
  noneOrderedHere: PhraseSet;
  /** order-vocabulary prose.noneOrderedFor, noneOrderedBy: what or whom a statement of no order naming no study is about. */
  noneOrderedFor: ReadonlySet<string>;
  noneOrderedBy: ReadonlySet<string>;
  /** order-vocabulary prose.noneOrderedThen: a word opening the clause after a statement of no order. */
  noneOrderedThen: ReadonlySet<string>;
  /** order-vocabulary prose.noneOrderedYet, noneOrderedUntil: a statement of no order kept ("yet"), a study put off ("after review"). */
  noneOrderedYet: PhraseSet;
  noneOrderedUntil: PhraseSet;
  /** order-vocabulary prose.urgentAfter: "stat" right after a study's name orders it. */
  urgentAfter: ReadonlySet<string>;
  /** order-vocabulary prose.urgentDoubled: "now-now" right after a study's name orders it. */
  urgentDoubled: ReadonlySet<string>;
  /** order-vocabulary prose.answerKeys: a teaching vignette's "Answer:", "Resident's choice:". */
  answerKeys: ReadonlySet<string>;
  /** A modality's spelling and order-vocabulary request.modalityKeyEnds, as a requisition keys its request ("xr req", "mri req"). */
  modalityRequestKeys: ReadonlySet<string>;
  /** order-vocabulary prose.operationKeys: an Order alias naming the operation of a pre-op note ("Procedure:"). */
  operationKeys: ReadonlySet<string>;
  /** order-vocabulary prose.reasonLabels, ending a key after the study it orders ("XR L-SPINE - reason for exam"). */
  reasonAtEnd: RegExp;
  /** order-vocabulary prose.proposingKeys, as written keys are normalised (lower case, words joined by a space). */
  proposingKeys: ReadonlySet<string>;
  /** order-vocabulary prose.receivingKeys: a transfer note's receiving side ("Receiving:", "Accepting ED:"), normalised as proposingKeys. */
  receivingKeys: ReadonlySet<string>;
  /** order-vocabulary prose.plannedStudyKeys: a setting's plan or a procedure line ("ED plan:", "ED:", "Proc:"), read as the receiving side's. */
  plannedStudyKeys: ReadonlySet<string>;
  /** order-vocabulary prose.procedureWent: a procedure told gone through on such a line ("tolerated well", "uneventful"). */
  procedureWent: PhraseSet;
  /** order-vocabulary prose.bareStudyKeys: what makes a bare "ED:"/"Proc:" line one done, not the plan. */
  bareStudyKeys: {
    keys: ReadonlySet<string>;
    settingKeys: ReadonlySet<string>;
    reportKeys: ReadonlySet<string>;
    visitCues: PhraseSet;
    lineResults: PhraseSet;
    procedureWords: PhraseSet;
  };
  /** order-vocabulary prose.recommendedThenOrdered: a study recommended, then ordered in the next sentence. */
  recommendedThenOrdered: { recommends: PhraseSet; ordersIt: PhraseSet; objects: PhraseSet; deferrals: PhraseSet; otherItems: PhraseSet };
  /** order-vocabulary prose.withdrawn: the request or order itself taken back. */
  withdrawn: PhraseSet;
  /** order-vocabulary prose.withdrawnOwn: words before "order" / "request" that leave it the study's own ("the order", "imaging request"). */
  withdrawnOwn: ReadonlySet<string>;
  /** order-vocabulary prose.declinedOwn: the words before a request declined that leave it the study's. */
  declinedOwn: { by: ReadonlySet<string>; reasonOpens: PhraseSet };
  /** order-vocabulary prose.withdrawnOnItsLine: the study taken back right after its name ("MRI L-spine … cancelled by family"). */
  withdrawnOnItsLine: PhraseSet;
  /** order-vocabulary prose.confirmed: a scheduler's confirmation of the study named right after it ("to confirm US spine Thurs 0930"). */
  confirmed: { words: ReadonlySet<string>; skip: ReadonlySet<string>; notOf: ReadonlySet<string>; undoneAfter: PhraseSet };
  /** order-vocabulary prose.orderingRoles: "ordering NP", "requesting physician" name a role, not an order. */
  orderingRoles: ReadonlySet<string>;
  /** order-vocabulary prose.sending: "I sent her directly to MRI …", "Sent to bone scan". */
  sending: { verbs: ReadonlySet<string>; between: ReadonlySet<string> };
  /** order-vocabulary prose.orderedLater: the order put off or left to someone else ("will order then", "will be ordered by"). */
  orderedLater: PhraseSet;
  /** order-vocabulary prose.reconstructed: spine images made from a CT of the body ("spine reconstruction from the same scan"). */
  reconstructed: ReadonlySet<string>;
  /** order-vocabulary prose.doneAtVisit: words telling a study done ("XR T/L spine obtained"). */
  doneAtVisit: ReadonlySet<string>;
  /** order-vocabulary prose.resultAfterStudy: a result right after a study's name ("MRI L-spine normal"). */
  resultAfterStudy: ReadonlySet<string>;
  /** order-vocabulary prose.reviewAfterStudy: the study is what is reviewed ("for MRI review"). */
  reviewAfterStudy: ReadonlySet<string>;
  /** order-vocabulary prose.inTransit: a study's films or images on their way ("when films arrive"). */
  inTransit: PhraseSet;
  /** order-vocabulary prose.techniqueAfterResult: "normal sequences", "clear views" tell how a study is done, not its result. */
  techniqueAfterResult: ReadonlySet<string>;
  /** order-vocabulary prose.viewsInBracket: "(AP/lat)", "(a.p./lat.)" after a study list its views. */
  viewsInBracket: ReadonlySet<string>;
  /** order-vocabulary prose.anotherStudyBefore: "…, prior 2024 normal" tells another study, done before. */
  anotherStudyBefore: ReadonlySet<string>;
  /** order-vocabulary prose.doneBefore: words putting a study done at another time or place ("prior", "at 6 weeks", "by PCP"). */
  doneBefore: PhraseSet;
  /** order-vocabulary prose.visitSettings: words of an acute visit's record ("ED course:", "Emergency Department Discharge"). */
  visitSettings: PhraseSet;
  /**
   * order-vocabulary prose.ownActionLine with the services (prose.proposingServices, reading-vocabulary referral.neurosurgery,
   * prose.visitSettings): a plan line that tells an action of its own ("Refer NSGY if abnormal"); forTheStudy: one whose action is the study.
   */
  ownActionLine: { opens: PhraseSet; notAfter: ReadonlySet<string>; forTheStudy: PhraseSet };
  /** order-vocabulary prose.lineConditions: a plan line that is only a condition, hung on the study above it. */
  lineConditions: {
    afterStudy: ReadonlySet<string>;
    opens: PhraseSet;
    clinical: PhraseSet;
    keepsOrder: ReadonlySet<string>;
    notOpening: PhraseSet;
    onTime: ReadonlySet<string>;
    hingesOn: PhraseSet;
    decidedBy: PhraseSet;
    toldMet: PhraseSet;
    metAtReview: PhraseSet;
  };
  /** order-vocabulary prose.besideConditioned: a later study beside one passed over for its course condition, no order either. */
  besideConditioned: { alternatives: PhraseSet; told: PhraseSet };
  /** order-vocabulary prose.lineRunsOnAfter: a line's last word that runs its sentence on to the next line ("… at / follow up"). */
  lineRunsOnAfter: ReadonlySet<string>;
  /** order-vocabulary prose.resultAfterDash: a whole result after a spaced dash ("- normal", "- без патологии"). */
  resultAfterDash: PhraseSet;
  /** order-vocabulary prose.doneNow: words telling a study done at this visit in its own sentence ("today", "on arrival"). */
  doneNow: PhraseSet;
  /** order-vocabulary prose.adviceOrders: words that order the study named right after them ("Advised X-ray LS spine"). */
  advice: ReadonlySet<string>;
  /** order-vocabulary prose.adviceEarlier: a word before "advised" telling it of an earlier time ("previously advised"). */
  adviceEarlier: ReadonlySet<string>;
  /** order-vocabulary prose.adviceConditioned: a condition in the advice's own clause ("if", "in case", "SOS"). */
  adviceConditioned: PhraseSet;
  /** order-vocabulary prose.adviceDeclined: a refusal told on the advice's line ("parents refused", "not willing"). */
  adviceDeclined: PhraseSet;
  /** order-vocabulary prose.intentionUndone: an intention told before the order word, not carried out ("was going to order"). */
  intentionUndone: PhraseSet;
  /** order-vocabulary prose.letterSuggestion: a study the writer of a letter to the ordering clinician asks for. */
  letterSuggestion: {
    suggests: PhraseSet;
    letter: ReadonlySet<string>;
    salutations: ReadonlySet<string>;
    greetings: ReadonlySet<string>;
    titles: ReadonlySet<string>;
    against: PhraseSet;
    phraseEnds: PhraseSet;
    signOffs: PhraseSet;
  };
  /** order-vocabulary prose.relativeOrders: the words of a relative clause that orders ("which I've ordered"). */
  relativeOrders: { pronouns: ReadonlySet<string>; writers: ReadonlySet<string>; auxiliaries: ReadonlySet<string> };
  /** order-vocabulary prose.orderedElsewhere: an order of another visit, place or clinician, or never carried out. */
  elsewhere: {
    places: PhraseSet;
    times: PhraseSet;
    abandoned: PhraseSet;
    thisVisit: PhraseSet;
    stillOpen: PhraseSet;
    otherClause: PhraseSet;
    byClinicians: PhraseSet;
    askedPer: PhraseSet;
  };
  /** order-vocabulary prose.askedByFamily: the family or patient named after "by" on a study's line ("Requested: MRI by the mother"). */
  askedByFamily: PhraseSet;
  /** order-vocabulary prose.declinedLater with the modality words (modalities, but a bare "us" or "views"): a kind of study declined later. */
  declinedLater: { modalities: ReadonlyMap<string, PhraseSet>; doubts: PhraseSet; needs: PhraseSet };
}

/** Merged once per order vocabulary (the reading vocabulary is one per process). */
function orderWords(v: OrderVocabulary): OrderWords {
  useRegionsOf(v);
  return orderWordsOf(v);
}
const orderWordsOf = perVocabulary((v: OrderVocabulary): OrderWords => {
  const r = readingVocabulary();
  return {
    cues: phraseSetOf([...r.orderCues, ...v.prose.requestCues]),
    notOrder: phraseSetOf([...r.notOrderCues, ...v.prose.notOrderCues]),
    politeIf: phraseSetOf(v.prose.politeIf),
    noImaging: phraseSetOf(v.prose.noImaging),
    explicit: phraseSetOf(v.prose.explicitCues),
    requests: phraseSetOf(v.prose.requestCues),
    blockers: phraseSetOf(v.prose.requestBlockers),
    asking: phraseSetOf(v.prose.askingOpeners),
    asides: phraseSetOf(v.prose.openingAsides),
    answersNo: phraseSetOf(v.prose.askedAnswersNo),
    answersYes: phraseSetOf(v.prose.askedAnswersYes),
    records: phraseSetOf(v.prose.studyRecords),
    oldStudy: phraseSetOf(v.prose.oldStudy),
    toldRepeat: new Set(v.prose.toldRepeat),
    before: phraseSetOf(v.prose.notOrderBefore),
    ofOther: phraseSetOf(v.prose.notOrderOfOther),
    bookedOfOther: { cues: phraseSetOf(v.prose.notBookedOfOther.cues), words: phraseSetOf(v.prose.notBookedOfOther.words) },
    until: phraseSetOf(v.prose.notOrderUntil),
    proposers: phraseSetOf([...v.prose.proposers, ...v.prose.proposingServices]),
    proposals: phraseSetOf(v.prose.proposals),
    proposerWords: new Set([...v.prose.proposers, ...v.prose.proposingServices].filter((p) => !p.includes(' '))),
    declinedAfter: phraseSetOf(v.prose.declinedAfter),
    declinedLater: {
      // "not ordered by us", "see views": as words of their own, no study of the kind.
      modalities: new Map(Object.entries(v.modalities).map(([m, spellings]) => [m, phraseSetOf(spellings.filter((x) => x !== 'us' && x !== 'views'))])),
      doubts: phraseSetOf(v.prose.declinedLater.doubts),
      needs: phraseSetOf(v.prose.declinedLater.needs),
    },
    explaining: new Set(v.prose.explaining),
    changedTo: new Set(v.prose.changedTo),
    changeUnsettled: phraseSetOf(v.prose.changeUnsettled),
    changeVerbs: new Set(v.prose.changeVerbs),
    changeDecided: new Set(v.prose.changeDecided),
    instead: new Set(v.prose.instead),
    reconstructed: new Set(v.prose.reconstructed),
    doneAtVisit: new Set(v.prose.doneAtVisit),
    resultAfterStudy: new Set(v.prose.resultAfterStudy),
    reviewAfterStudy: new Set(v.prose.reviewAfterStudy),
    inTransit: phraseSetOf(v.prose.inTransit),
    techniqueAfterResult: new Set(v.prose.techniqueAfterResult),
    viewsInBracket: new Set(v.prose.viewsInBracket),
    anotherStudyBefore: new Set(v.prose.anotherStudyBefore),
    doneBefore: phraseSetOf(v.prose.doneBefore),
    visitSettings: phraseSetOf(v.prose.visitSettings),
    ownActionLine: {
      opens: phraseSetOf([...v.prose.ownActionLine.opens, ...v.prose.proposingServices, ...readingVocabulary().referral.neurosurgery, ...v.prose.visitSettings]),
      notAfter: new Set(v.prose.ownActionLine.notAfter),
      forTheStudy: phraseSetOf(v.prose.ownActionLine.forTheStudy),
    },
    lineConditions: {
      afterStudy: new Set(v.prose.lineConditions.afterStudy),
      opens: phraseSetOf(v.prose.lineConditions.opens),
      clinical: phraseSetOf(v.prose.lineConditions.clinical),
      keepsOrder: new Set(v.prose.lineConditions.keepsOrder),
      notOpening: phraseSetOf(v.prose.lineConditions.notOpening),
      onTime: new Set(v.prose.lineConditions.opensOnTime),
      hingesOn: phraseSetOf(v.prose.lineConditions.hingesOn),
      decidedBy: phraseSetOf(v.prose.lineConditions.decidedBy),
      toldMet: phraseSetOf(v.prose.lineConditions.toldMet),
      metAtReview: phraseSetOf(v.prose.lineConditions.metAtReview),
    },
    besideConditioned: {
      alternatives: phraseSetOf(v.prose.besideConditioned.alternatives),
      told: phraseSetOf(v.prose.besideConditioned.told),
    },
    lineRunsOnAfter: new Set(v.prose.lineRunsOnAfter),
    resultAfterDash: phraseSetOf(v.prose.resultAfterDash),
    doneNow: phraseSetOf(v.prose.doneNow),
    requestHandling: phraseSetOf(v.prose.requestHandling),
    opening: phraseSetOf(v.prose.openingOrders),
    openingFirst: new Set(v.prose.openingOrders.map((p) => p.split(' ')[0])),
    noneOrdered: phraseSetOf(v.prose.noneOrdered),
    noneValues: phraseSetOf(v.prose.noneValues),
    noneOrderedPartial: phraseSetOf(v.prose.noneOrderedPartial),
    noneOrderedElsewhere: phraseSetOf(v.prose.noneOrderedElsewhere),
    noneOrderedHere: phraseSetOf(v.prose.noneOrderedHere),
    noneOrderedFor: new Set(v.prose.noneOrderedFor),
    noneOrderedBy: new Set(v.prose.noneOrderedBy),
    noneOrderedThen: new Set(v.prose.noneOrderedThen),
    noneOrderedYet: phraseSetOf(v.prose.noneOrderedYet),
    noneOrderedUntil: phraseSetOf(v.prose.noneOrderedUntil),
    letterSuggestion: {
      suggests: phraseSetOf(v.prose.letterSuggestion.suggests),
      letter: new Set(v.prose.letterSuggestion.letter),
      salutations: new Set(v.prose.letterSuggestion.salutations),
      greetings: new Set(v.prose.letterSuggestion.greetings),
      titles: new Set(v.prose.letterSuggestion.titles),
      against: phraseSetOf(v.prose.letterSuggestion.against),
      phraseEnds: phraseSetOf(v.prose.letterSuggestion.phraseEnds),
      signOffs: phraseSetOf(v.prose.letterSuggestion.signOffs),
    },
    relativeOrders: {
      pronouns: new Set(v.prose.relativeOrders.pronouns),
      writers: new Set(v.prose.relativeOrders.writers),
      auxiliaries: new Set(v.prose.relativeOrders.auxiliaries),
    },
    noneStatements: phraseSetOf(v.prose.noneStatements),
    proposingKeys: new Set(v.prose.proposingKeys),
    receivingKeys: new Set(v.prose.receivingKeys),
    plannedStudyKeys: new Set(v.prose.plannedStudyKeys),
    procedureWent: phraseSetOf(v.prose.procedureWent),
    bareStudyKeys: {
      keys: new Set(v.prose.bareStudyKeys.keys),
      settingKeys: new Set(v.prose.bareStudyKeys.settingKeys),
      reportKeys: new Set(v.prose.bareStudyKeys.reportKeys),
      visitCues: phraseSetOf(v.prose.bareStudyKeys.visitCues),
      lineResults: phraseSetOf(v.prose.bareStudyKeys.lineResults),
      procedureWords: phraseSetOf(v.prose.bareStudyKeys.procedureWords),
    },
    recommendedThenOrdered: {
      recommends: phraseSetOf(v.prose.recommendedThenOrdered.recommends),
      ordersIt: phraseSetOf(v.prose.recommendedThenOrdered.ordersIt),
      objects: phraseSetOf(v.prose.recommendedThenOrdered.objects),
      deferrals: phraseSetOf(v.prose.recommendedThenOrdered.deferrals),
      otherItems: phraseSetOf(v.prose.recommendedThenOrdered.otherItems),
    },
    answerKeys: new Set(v.prose.answerKeys),
    modalityRequestKeys: new Set(
      Object.values(v.modalities).flatMap((spellings) => (spellings ?? []).flatMap((m) => v.request.modalityKeyEnds.map((end) => `${keyWords(m)} ${end}`))),
    ),
    operationKeys: new Set(v.prose.operationKeys),
    urgentAfter: new Set(v.prose.urgentAfter),
    urgentDoubled: new Set(v.prose.urgentDoubled),
    reasonAtEnd: new RegExp(`(?:^|[^a-z])(?:${v.prose.reasonLabels.map((l) => l.split(' ').join('[^a-z]+')).join('|')})[^a-z]*$`, 'i'),
    withdrawn: phraseSetOf(v.prose.withdrawn),
    withdrawnOwn: new Set(v.prose.withdrawnOwn),
    declinedOwn: { by: new Set(v.prose.declinedOwn.by), reasonOpens: phraseSetOf(v.prose.declinedOwn.reasonOpens) },
    withdrawnOnItsLine: phraseSetOf(v.prose.withdrawnOnItsLine),
    orderingRoles: new Set(v.prose.orderingRoles),
    sending: { verbs: new Set(v.prose.sending.verbs), between: new Set(v.prose.sending.between) },
    confirmed: {
      words: new Set(v.prose.confirmed.words),
      skip: new Set(v.prose.confirmed.skip),
      notOf: new Set(v.prose.confirmed.notOf),
      undoneAfter: phraseSetOf(v.prose.confirmed.undoneAfter),
    },
    orderedLater: phraseSetOf(v.prose.orderedLater),
    advice: new Set(v.prose.adviceOrders),
    adviceConditioned: phraseSetOf(v.prose.adviceConditioned),
    adviceEarlier: new Set(v.prose.adviceEarlier),
    adviceDeclined: phraseSetOf(v.prose.adviceDeclined),
    intentionUndone: phraseSetOf(v.prose.intentionUndone),
    elsewhere: {
      places: phraseSetOf(v.prose.orderedElsewhere.places),
      times: phraseSetOf(v.prose.orderedElsewhere.times),
      abandoned: phraseSetOf(v.prose.orderedElsewhere.abandoned),
      thisVisit: phraseSetOf(v.prose.orderedElsewhere.thisVisit),
      stillOpen: phraseSetOf(v.prose.orderedElsewhere.stillOpen),
      otherClause: phraseSetOf(v.prose.orderedElsewhere.otherClause),
      byClinicians: phraseSetOf(v.prose.orderedElsewhere.byClinicians),
      askedPer: phraseSetOf(v.prose.orderedElsewhere.askedPer),
    },
    askedByFamily: phraseSetOf(v.prose.askedByFamily),
  };
});

/**
 * The study a Plan line orders, clause by clause: "consider MRI later. US lumbar spine today" orders
 * the US; "XR deferred and MRI L-spine w/o" and "no XR - straight to MRI L-spine" order the MRI; "No
 * MRI needed; US lumbar spine" orders the US. A clause that declines its study is passed over, one
 * that conditions it ("MRI if US abnormal") is kept only when no clause orders a study outright.
 * Only for values naming two studies or more (undefined otherwise, and when no clause names a study,
 * so the whole value is then read as before); 'none' when every study named is declined or reported.
 */
function plannedStudy(text: string, f: Field, contrast: string | undefined, k: Knowledge, ow: OrderWords, noneNow: boolean): Facts['order'] | 'none' {
  // A value naming one study at most is read whole, as an Order value is.
  let heads = 0;
  for (const w of toWords(f.value)) if (STUDY_HEAD.has(w.text) && ++heads > 1) break;
  if (heads < 2) return undefined;
  let conditional: Facts['order'];
  let passedOver = false;
  // A study passed over for the course condition opening its sentence: a later study is the order only when told as one now.
  let conditionedBefore = false;
  // "If worse: MRI. XR L-spine today": the clause cut at the colon, comma or dash no longer holds the condition that
  // opens the MRI's sentence, which still governs it; the radiograph is the study ordered now.
  const orderedNow = (w: readonly Word[]): boolean => {
    if (opensOnConditionInPlan(text, f, w, ow)) {
      conditionedBefore = true;
      return false;
    }
    return !conditionedBefore || orderedBesideConditioned(f, w, ow);
  };
  for (const c of planClauses(f)) {
    if (namesOnlyAWindow(c.value)) continue;
    const r = readOrder(c.value, contrast, k);
    if (r.status !== 'recognized') continue;
    passedOver = true;
    const words = toWords(c.value, c.valueSpan.start);
    // "Plan: MRI or XR first?": a question which study to do orders neither.
    if (asksAboutStudy(c, words, ow)) continue;
    const verdict = declinedNext(text, c, f.valueSpan.end, ow) ? 'skip' : judgeStudy(text, words, ow);
    if (verdict === 'order') {
      if (orderedNow(words)) return { field: c, reading: r };
      continue;
    }
    if (verdict === 'conditional') {
      // Someone else's proposal is the order when nothing else is; a study only conditioned is none.
      if (!noneNow && !conditionedInPlan(text, c, ow) && !declinesStudy(text, words, ow, !KEEPS_ORDER.test(c.value))) conditional ??= { field: c, reading: r };
      continue;
    }
    // Passed over for its first study ("prior XR normal now MRI L-spine w/o", "XR deferred in favor of
    // MRI L-spine"): a later study of the clause that is not joined to it ("XR or MRI", "MRI vs CT")
    // is judged on its own, unless the words just before its name tell it as done ("given normal XR").
    const later = independentStudy(text, words);
    if (later < 0) continue;
    const firstHead = words.findIndex((w) => STUDY_HEAD.has(w.text));
    let firstTail = firstHead;
    while (firstTail + 1 < later && STUDY_TAIL.has(words[firstTail + 1].text)) firstTail++;
    // Never across a mark ("US normal at birth? repeat US lumbar spine").
    let from = Math.max(firstTail + 1, later - 2);
    for (let q = from + 1; q <= later; q++) if (/\S/.test(text.slice(words[q - 1].end, words[q].start))) from = q;
    if (toldBefore(words, later, from)) continue;
    // After a declined first study, a study brought in by "per", "given", "after"... is the reason it
    // was declined ("MRI not indicated per XR"), not an order; "in favor of", "proceed to" do order.
    const brought = [later - 1, later - 2].some((q) => q >= from && REASON_WORDS.has(words[q].text));
    if (brought && !negatedStudy(words) && !reportsStudy(words)) continue;
    const start = words[later].start;
    const rest: Field = { ...c, valueSpan: { start, end: c.valueSpan.end }, value: text.slice(start, c.valueSpan.end) };
    const rr = readOrder(rest.value, contrast, k);
    if (rr.status !== 'recognized') continue;
    const restWords = toWords(rest.value, start);
    const again = judgeStudy(text, restWords, ow);
    if (again === 'order') {
      if (orderedNow(restWords)) return { field: rest, reading: rr };
      continue;
    }
    if (again === 'conditional' && !noneNow && !conditionedInPlan(text, rest, ow) && !declinesStudy(text, restWords, ow, !KEEPS_ORDER.test(rest.value)))
      conditional ??= { field: rest, reading: rr };
  }
  // Studies named only to decline them or to report them ("no XR or MRI needed", "prior XR normal;
  // MRI not indicated"): the line orders none. Without a study in any clause, it is read whole.
  return conditional ?? (passedOver ? 'none' : undefined);
}

/** The study of a clause of the Plan value f (its head in words) is governed by the course condition opening its sentence. */
function opensOnConditionInPlan(text: string, f: Field, words: readonly Word[], ow: OrderWords): boolean {
  const h = studyHead(words);
  return h >= 0 && courseConditionGoverns(text, f, words[h].start, ow);
}
/**
 * The study whose name starts at `at` in the value f stands in a sentence (or its part after a semicolon) that opens on a
 * condition on the patient's course (opensOnCourseCondition), and its own clause keeps no order ("if needed", "if insurance
 * approves"; "If worse: MRI L-spine; otherwise review in clinic" is the review's alternative, "…; f/u prn" the follow-up's).
 */
function courseConditionGoverns(text: string, f: Field, at: number, ow: OrderWords): boolean {
  const clause = ownClause(f.value, at - f.valueSpan.start);
  return !ONLY_IF_NEEDED.test(clause) && !KEEPS_ORDER.test(clause) && opensOnCourseCondition(text, at, ow);
}

/**
 * After a study passed over for its condition ("If no better in 4 wk: MRI L-spine."), a later study of the Plan value f
 * (its head in words) is the order now ("XR L-spine today"), never one that is itself conditioned or the other way
 * (its clause opening on a condition or an alternative: "If neuro sx develop: urgent MRI whole spine", "if insurance
 * denies, XR L-spine", "otherwise XR L-spine at 6 wk review"; prose.besideConditioned alternatives), unless told for now
 * ("otherwise XR L-spine today"), nor one told done before: dated, with a word of another time or place (prose.doneBefore:
 * "3 wk ago", "last month", "at OSH"), told reviewed or with its result ("XR L-spine from 4/2 reviewed with family - no
 * spondylolysis", "XR L-spine last month unremarkable").
 */
function orderedBesideConditioned(f: Field, words: readonly Word[], ow: OrderWords): boolean {
  const h = studyHead(words);
  if (h < 0) return false;
  const at = words[h].start - f.valueSpan.start;
  const span = ownClauseSpan(f.value, at);
  const base = f.valueSpan.start;
  const lead = toWords(
    f.value.slice(span.start, at).replace(ONLY_IF_NEEDED, (m) => ' '.repeat(m.length)),
    base + span.start,
  );
  const own = toWords(f.value.slice(span.start, span.end), base + span.start);
  const now = findAny(own, ow.doneNow).length > 0;
  const b = ow.besideConditioned;
  const lc = ow.lineConditions;
  const opensOnCondition = lead.length > 0 && longestPhraseAt(lead, 0, lc.notOpening) <= 0 && longestPhraseAt(lead, 0, lc.opens) > 0;
  if ((opensOnCondition || findAny(lead, b.alternatives).length) && !now) return false;
  // What is said of the study: two words before its name ("prior XR", "outside MRI") and what follows it up to a comma,
  // colon or dash ("XR L-spine 3 wk ago normal"; "XR L-spine, f/u with PCP" is the follow-up's), or a result that is all
  // the part after it ("XR L-spine, normal", "…, no fx").
  const after = f.value.slice(at, span.end);
  const cut = after.search(/[,;:]|\s[-\u2013\u2014]\s/);
  const segment = cut < 0 ? after : after.slice(0, cut);
  const said = toWords(segment, words[h].start);
  const told = [...lead.slice(-2), ...said];
  if (DATED.test(segment) || resultTold(segment) || findAny(told, b.told).length) return false;
  const part = cut < 0 ? '' : after.slice(cut + 1).split(/[,;:]|\s[-\u2013\u2014]\s/)[0];
  if (BARE_RESULT.test(part) || (/^\s*no\b/i.test(part) && IMAGING_FINDING.test(part))) return false;
  return now || !findAny(told, ow.doneBefore).length;
}

/**
 * What a Plan clause does with its first study: a study named to decline it, or told as done or to
 * compare with ("US at birth was normal", "compare to prior XR", "US limited at this age"), is not
 * the one the line orders; one with a condition ("MRI if US abnormal") is ordered only when nothing is outright.
 */
function judgeStudy(text: string, words: readonly Word[], ow: OrderWords): 'order' | 'conditional' | 'skip' {
  if (negatedStudy(words) || orderedLater(text, words, ow)) return 'skip';
  if (ordersOutright(text, words, ow)) return 'order';
  if (reportsStudy(words) || declinesStudy(text, words, ow, false) || negatedOrderCue(text, words, ow)) return 'skip';
  // "neurosurgery recommends MRI L-spine; … US spine today": someone else's proposal, kept only when nothing is ordered outright.
  if (declinesStudy(text, words, ow, true) || proposedByOthers(text, words, ow)) return 'conditional';
  return 'order';
}

/** The index of the first study after the clause's first one that is not joined to it by or / nor / vs / "/"; -1 when none. */
function independentStudy(text: string, words: readonly Word[]): number {
  const first = studyHead(words);
  for (let j = first + 1; first >= 0 && j < words.length; j++) if (isHeadAt(words, j) && !joinedStudy(text, words, j)) return j;
  return -1;
}

/** words[j] names a study joined to the one before it as an alternative: "XR or MRI", "MRI vs CT", "XR/MRI". */
function joinedStudy(text: string, words: readonly Word[], j: number): boolean {
  if (j === 0) return false;
  const before = words[j - 1].text;
  if (before === 'or' || before === 'nor' || before === 'vs' || before === 'versus') return true;
  return text.slice(words[j - 1].end, words[j].start).includes('/') && STUDY_HEAD.has(before);
}

/** Words that, beside a study's name, tell it as done, compared or limited ("US at birth was normal", "prior XR", "XR normal"). */
const REPORTING_WORDS = new Set([
  'compare',
  'compared',
  'comparison',
  'prior',
  'recent',
  'previous',
  'reviewed',
  'birth',
  'limited',
  'outside',
  'pcp',
  'was',
  'were',
  'showed',
  'shows',
  'normal',
  'nl',
  'negative',
  'neg',
  'unremarkable',
  'abnormal',
  'report',
  'reports',
  'enclosed',
  'attached',
]);
/** "limited sequences", "limited protocol": how the study is to be done, not a report of it. */
const HOW_DONE = new Set(['sequence', 'sequences', 'protocol', 'views', 'exam', 'study']);

/** A reporting word within two words of the clause's first study name (the rest of the clause does not count). */
/**
 * A meeting's "Outcome:", "Decision:", "Actions:" (keys.ts `besides`) is the plan of minutes that write no other spelling
 * of it. Beside "Plan:" it tells something else ("Outcome: discharged home", "Decision: parents agree"): it is read as a
 * line under a key the language does not know.
 */
function withMinutesRead(note: ParsedNote): ParsedNote {
  if (!note.fields.some((f) => f.key && isBesidesSpelling(f.rawKey))) return note;
  if (!note.fields.some((f) => f.key?.name === 'Plan' && !isBesidesSpelling(f.rawKey))) return note;
  return { ...note, fields: note.fields.map((f) => (f.key && isBesidesSpelling(f.rawKey) ? { ...f, key: undefined } : f)) };
}

/**
 * A Dutch letter's "Beleid:" written "Policy:" (keys.ts) is its plan only in a letter that writes its conclusion on a line of
 * its own and tells nothing of insurance or a rule (reading-vocabulary translatedPlan). "Policy: MRI not covered without 6
 * weeks of PT", "Insurance: Aetna / Policy: …", "Policy: CT spine only after XR per department radiation policy" are read
 * as a line under a key the language does not know: never the order.
 */
function withTranslatedPlanRead(note: ParsedNote): ParsedNote {
  const policies = note.fields.filter((f) => f.key?.name === 'Plan' && isTranslatedPlanSpelling(f.rawKey));
  if (!policies.length) return note;
  const v = readingVocabulary().translatedPlan;
  const notWords = phraseSetOf(v.notWords);
  const tells = (s: string) => findAny(toWords(s), notWords).length > 0;
  const letter = note.fields.some((f) => f.rawKey && v.letterKeys.includes(normalizeKey(f.rawKey)));
  if (letter && !note.fields.some((f) => f.rawKey && !policies.includes(f) && tells(f.rawKey)) && !policies.some((f) => tells(f.value))) return note;
  return { ...note, fields: note.fields.map((f) => (policies.includes(f) ? { ...f, key: undefined } : f)) };
}

function reportsStudy(words: readonly Word[]): boolean {
  const head = words.findIndex((w) => STUDY_HEAD.has(w.text));
  if (head < 0) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text)) tail++;
  const reports = (j: number) => {
    const w = words[j].text;
    if (w === 'prior' && words[j + 1]?.text === 'to') return false;
    if (w === 'limited' && HOW_DONE.has(words[j + 1]?.text ?? '')) return false;
    return REPORTING_WORDS.has(w);
  };
  for (let j = Math.max(0, head - 2); j < head; j++) if (reports(j)) return true;
  // After the name, only what is attached to it: "given prior XR normal", "compared to prior XR" and
  // "w/o prior XR normal" speak of another study (a reporting word just before a study's name is that study's).
  for (let j = tail + 1; j <= Math.min(words.length - 1, tail + 2) && !DETACHING.has(words[j].text); j++) {
    const w = words[j].text;
    if (w === 'recent') break; // "MRI L-spine w/o recent weakness": recent speaks of what follows
    if ((w === 'compare' || w === 'compared') && ['to', 'with', 'w'].includes(words[j + 1]?.text ?? '')) break;
    // "MRI lumbosacral spine was requested under sedation": an order told in the passive, no report of the study,
    // unless its result follows ("… was requested at 2 months and showed a low conus").
    if (
      (w === 'was' || w === 'were') &&
      PASSIVE_ORDERED.has(words[j + 1]?.text ?? '') &&
      !words.slice(j + 2).some((x) => RESULT_WORD.test(x.text)) &&
      !passiveNotOurs(
        words
          .slice(j + 2)
          .map((x) => x.text)
          .join(' ')
          .replace(/^/, ' '),
      )
    )
      break;
    if (NAMES_THE_NEXT.has(w) && (STUDY_HEAD.has(words[j + 1]?.text ?? '') || STUDY_HEAD.has(words[j + 2]?.text ?? ''))) break;
    if (reports(j)) return true;
  }
  return false;
}

/** Reporting words that stand before the study they describe ("prior XR"), unlike results, which follow it ("XR normal"). */
const NAMES_THE_NEXT = new Set(['prior', 'previous', 'outside', 'comparison', 'pcp', 'recent']);

/**
 * The later study words[at] is told as done by the words just before it, all at or after `from` (past
 * the first study and any mark): a result word right before it with a plain word before that
 * ("after normal XR", "given normal XR"), prior/previous/outside/recent right before it ("per recent
 * XR"), or one of those or "reviewed" one word further ("reviewed with MRI"). A result right after the
 * first study is the first study's ("Prior XR normal MRI L-spine"); "prior to" is not "prior".
 */
function toldBefore(words: readonly Word[], at: number, from: number): boolean {
  const w1 = at - 1 >= from ? words[at - 1].text : '';
  const w2 = at - 2 >= from ? words[at - 2].text : '';
  if (w1 === 'to' && (w2 === 'prior' || w2 === 'previous')) return false;
  if (NAMES_THE_NEXT.has(w1)) return true;
  if (REPORTING_WORDS.has(w1) && w2 !== '' && !REPORTING_WORDS.has(w2)) return true;
  return !REPORTING_WORDS.has(w1) && (NAMES_THE_NEXT.has(w2) || w2 === 'reviewed');
}

/** Words that bring in a study as the reason for a decision about another ("not indicated per XR"). */
const REASON_WORDS = new Set(['given', 'since', 'because', 'as', 'with', 'per', 'after', 'following', 'on', 'from', 'based']);

/** Words after a study's name that start something else ("MRI given prior XR normal", "MRI since outside XR was normal"). */
const DETACHING = new Set(['given', 'since', 'because', 'as', 'and', 'to', 'with', 'for', 'after', 'vs', 'versus', 'than', 'per']);

/** "no MRI", "No XR": a study named only to say it is not wanted. */
function negatedStudy(words: readonly Word[]): boolean {
  const head = words.findIndex((w) => STUDY_HEAD.has(w.text));
  return head > 0 && (words[head - 1].text === 'no' || words[head - 1].text === 'not' || words[head - 1].text === 'neither');
}

/** A Plan value cut at . ; , and parentheses, at " - ", and at "and" / "so" / "then" before another study ("XR deferred and MRI L-spine"). */
// Built once: matchAll copies it, so its lastIndex is never moved.
const PLAN_CLAUSE_CUT = new RegExp(String.raw`[.;,()]\s*|\s+-\s+|\s+(?:and|so|then|since|because|but|as)\s+(?=(?:${US_WORDS}|${STUDY_WORDS}|spinal)\b)`, 'gi');

function planClauses(f: Field): Field[] {
  const out: Field[] = [];
  const re = PLAN_CLAUSE_CUT;
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = f.value.slice(a, b);
    const value = raw.trim();
    if (!value || out.length >= 64) return;
    const start = f.valueSpan.start + a + (raw.length - raw.trimStart().length);
    out.push({ ...f, valueSpan: { start, end: start + value.length }, value });
  };
  for (const m of f.value.matchAll(re)) {
    push(from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(from, f.value.length);
  work.steps += f.value.length;
  return out;
}

/** A sentence that opens on a study: "US spine", "CT L-spine w/o", "XR L spine", "MRI lumbar spine without contrast". */
const STARTS_WITH_STUDY = new RegExp(
  String.raw`^(?:${US_WORDS}|spinal us|${STUDY_WORDS}|(?:nm |nuclear medicine )?bone scan|scoliosis (?:series|films|radiographs|x-?rays))\b`,
  'i',
);
/**
 * A study named region first: "L-spine XR", "C-spine X-rays", "Lumbar spine MRI", "Spinal US", "Whole spine MRI"; "Th"
 * for the thoracic spine, as Japanese- and German-trained writers number its levels ("Th-L spine Xp 2R", "Th12-L1").
 */
const REGION_FIRST_STUDY = new RegExp(
  String.raw`^(?:(?:[lct]|l-?s|t-?l|th(?:-?l)?)[- ]?spine|(?:lumbar|lumbosacral|thoracolumbar|thoracic|cervical|sacral|whole|full|entire)(?:[- ]spine)?|spinal|spine)\s+(?:${US_WORDS}|${STUDY_WORDS})\b`,
  'i',
);
/** The one-word regions of the vocabulary read where the English stems are ("Rö BWS + LWS", "LWS MRT" as "LWS MRI"). */
function useRegionsOf(v: OrderVocabulary): void {
  const names = spineNamesOf(v);
  if (names === spineNames) return;
  spineNames = names;
  viewsStudy = viewsStudyOf(v);
  regionFirst = names ? new RegExp(String.raw`^${names.source}(?:[\s/+,&-]+${names.source})*\s+(?:${US_WORDS}|${STUDY_WORDS})\b`, 'iu') : undefined;
}
/** The sentence opens on a study, named modality first or region first. */
function startsWithStudy(value: string): boolean {
  const study = value.replace(VIEWS_LEAD, '').replace(KIND_LEAD, '');
  return STARTS_WITH_STUDY.test(study) || REGION_FIRST_STUDY.test(study) || (regionFirst?.test(study) ?? false) || viewsStudy?.exec(study)?.index === 0;
}
/**
 * The radiograph spellings of order-vocabulary that name a region and its views ("ls apl", "spine apl": AP and lateral,
 * as Filipino notes name a radiograph). Only these spellings: a bare APL is also acute promyelocytic leukaemia.
 */
function viewsStudyOf(v: OrderVocabulary): RegExp | undefined {
  const spellings = v.modalities.XR.filter((w) => /\s(?:apl)$/i.test(w)).map((w) =>
    w
      .toLowerCase()
      .split(/\s+/)
      .join(String.raw`[\s-]{1,3}`),
  );
  return spellings.length ? new RegExp(String.raw`(?<![\p{L}\d])(?:${spellings.join('|')})(?![\p{L}\d])`, 'iu') : undefined;
}
/**
 * The contrast or the tracer named before the study: "Non-contrast CT of the thoracolumbar spine", "contrast-enhanced
 * MRI", "Tc-99m bone scan with SPECT", "Tc-99m MDP bone scan". The study's own words (readOrder reads the contrast from them).
 */
const TRACER = String.raw`tc[- ]?99m?|99m[- ]?tc|technetium(?:[- ]99m?)?|mdp`;
const KIND_LEAD = new RegExp(
  String.raw`^(?:(?:non[- ]?contrast(?:ed)?|non[- ]?enhanced|un[- ]?enhanced|contrast[- ]enhanced|gad(?:olinium)?[- ]enhanced|contrast|${TRACER})\b[\s-]*)+(?=\w)`,
  'i',
);
/** The views or position of a radiograph before its name: "lateral thoracolumbar spine radiographs", "AP and lateral L-spine XR", "standing PA/lat scoliosis films". */
const VIEWS_LEAD = /^(?:(?:ap|pa|lat|lateral|standing|erect|upright|oblique|plain)\b(?:\s*(?:and|&|\+|\/|,)\s*|\s+))+/i;
/** A bone scan images the whole skeleton: named alone ("Bone scan.") it needs no spinal region. */
const BONE_SCAN = new RegExp(String.raw`^(?:(?:nm|nuclear medicine|${TRACER})[\s-]+){0,3}bone scan\b`, 'i');
/** A bare modality ("MRI.") is not enough to be an order: the sentence names the spine too. */
const SPINE_STEMS = /spin|lumb|sacr|thorac|scoliosis/i;
/**
 * The one-word regions of order-vocabulary spine and subregions that the English stems do not hold and that name the
 * spine by themselves (not regionNotAlone): "LWS", "BWS", "HWS", "rachis", "colonne". Undefined when there are none.
 */
const spineNamesOf = perVocabulary((v: OrderVocabulary): RegExp | undefined => {
  const notAlone = new Set(v.regionNotAlone);
  const words = [...new Set([...v.spine, ...Object.values(v.subregions).flat()].map((w) => w.toLowerCase()))].filter(
    (w) => /^\p{L}+$/u.test(w) && !notAlone.has(w) && !SPINE_STEMS.test(w),
  );
  return words.length ? new RegExp(String.raw`(?<![\p{L}\d])(?:${alternation(words, { longestFirst: true })})(?![\p{L}\d])`, 'iu') : undefined;
});
/** The regions of the vocabulary in use: set by orderWords, read by NAMES_SPINE and REGION_FIRST_STUDY. */
let spineNames: RegExp | undefined;
let regionFirst: RegExp | undefined;
/** The region-and-views radiograph spellings of the vocabulary in use (viewsStudyOf). */
let viewsStudy: RegExp | undefined;
/** The sentence names the spine: by an English stem, a one-word region of the order vocabulary (spineNamesOf), or a region with its views ("LS APL"). */
const NAMES_SPINE = {
  test: (s: string): boolean => SPINE_STEMS.test(s) || (spineNames?.test(s) ?? false) || (viewsStudy?.test(s) ?? false),
};
/**
 * A study told with its result ("US spine nl") is a prior study, not an order; so is one told with a
 * colon ("XR L-spine: grade 1 spondylolisthesis"), unless what follows is a question (see tellsResult).
 */
/** What a report after a study tells: its findings, or that someone was reassured ("aware" follows an order as well: "Family aware"). */
const TELLS_A_FINDING = /\b(?:fractures?|dysraphism|conus|filum|tether\w*|syrinx|lipoma|reassur\w*|no acute|no abnormalit\w*|no evidence)\b/i;
const RESULT_WORD = /\b(?:nl|normal|wnl|unremarkable|negative|neg|abnormal|positive|showed|shows|showing|revealed|reveals|demonstrated|c\/w|consistent with)\b/i;
/**
 * A result word in the study's sentence tells it done ("MRI L-spine abnormal at OSH"), but after a spaced dash one that
 * tells the exam is why the study is ordered ("MRI L-spine w/o contrast - abnormal neuro exam").
 */
function resultTold(sentence: string): boolean {
  const dash = /\s[-\u2013\u2014]\s/.exec(sentence);
  if (!dash) return RESULT_WORD.test(sentence);
  const tail = sentence.slice(dash.index);
  return RESULT_WORD.test(sentence.slice(0, dash.index)) || (RESULT_WORD.test(tail) && !TELLS_THE_EXAM.test(tail));
}
/** Keys that head a study's report on the line after it ("Result: normal", "Report: no fracture"). */
const REPORT_HEADING = /^(?:results?|reports?|read|reading|conclusions?)$/i;
/** The examination told ("Normal neuro exam", "gait normal"): no report of a study. */
const TELLS_THE_EXAM = /\b(?:exam\w*|neuro\w*|nv|gait|strength|power|reflex\w*|dtrs?|tone|sensation|sensory)\b/i;

/**
 * A sentence after a study, naming none, that is its report: a result or what it found ("Normal.", "No
 * fracture.", "Normal conus, no tether."), never the exam ("Normal neuro exam.") nor a condition for
 * what follows the study ("If abnormal, refer to NSGY.").
 */
function tellsReport(sentence: string): boolean {
  return (RESULT_WORD.test(sentence) || TELLS_A_FINDING.test(sentence)) && !CONDITION.test(sentence) && !TELLS_THE_EXAM.test(sentence);
}

/**
 * The report of a study that ends its line, written on the next line ("MRI L-spine.\nNormal conus, no
 * tether.", "XR L-spine\nNo fracture.", "Result: no fracture"): the span of that line's first sentence when
 * it tells one (tellsReport, naming no study), on a line of its own (no key but a report's heading, no
 * comment); else undefined.
 * A study that closes a note ("Plan:\nMRI L-spine w/o") has no next line, and a key line after it
 * ("Neuro: normal") is no report.
 */
function reportOnNextLine(text: string, end: number): Span | undefined {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '.')) i++;
  if (i < text.length && text[i] !== '\n' && text[i] !== '\r') return undefined;
  while (i < text.length && /\s/.test(text[i]) && i - end < 200) i++;
  if (i >= text.length || text[i] === '#') return undefined;
  let to = i;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r' && to - i < 300) to++;
  work.steps += to - end;
  const line = text.slice(i, to);
  // A key line is its own ("Neuro: normal", "Back: normal"), unless its key heads a report ("Result: normal").
  const key = /^([A-Za-z][\w /-]{0,30}):/.exec(line);
  if (key && !REPORT_HEADING.test(key[1].trim())) return undefined;
  const sentence = /^(?:[^.;]|\.(?=\S))*/.exec(line)![0].trim();
  if (!sentence || NAMES_A_STUDY.test(sentence) || !tellsImagingReport(sentence)) return undefined;
  return { start: i, end: i + sentence.length };
}

/**
 * A line of its own read as the report of the study before it: stricter than a sentence on the study's
 * line, since the next line is as often the exam, labs, a question or what the family was told ("Hips
 * normal.", "CBC and ESR normal.", "r/o tethered cord", "Discussed with family, reassured"). Either a
 * bare result ("Normal.", "Unremarkable.") or a result about what imaging shows ("No fracture.", "Normal
 * conus, no tether.", "Conus at L3"), with no question in it.
 */
function tellsImagingReport(sentence: string): boolean {
  if (ASKS.test(sentence) || CONDITION.test(sentence) || TELLS_THE_EXAM.test(sentence)) return false;
  if (BARE_RESULT.test(sentence)) return true;
  return IMAGING_FINDING.test(sentence) && (RESULT_WORD.test(sentence) || /\b(?:no|at|low|thick\w*|tethered|seen|present)\b/i.test(sentence));
}
const ASKED_FOR = /\b(?:referred for|here for|sent for|recommends?|recommended|suggests?|suggested|needs?|awaiting|scheduled for)\b/i;
const ASKS = /\?|\b(?:r\/o|rule out|ruling out|concern|query|evaluate|eval|assess|suspect\w*|possible|possibly|exclude|look for|to see)\b/i;
const BARE_RESULT = /^\W*(?:normal|unremarkable|negative|neg|nl|wnl|no acute (?:findings?|abnormalit\w*)|no abnormalit\w*|nad)\W*$/i;
const IMAGING_FINDING =
  /\b(?:conus|filum|fractures?|fx|alignment|vertebra\w*|dis[ck]s?|cord|syrinx|tether\w*|lipoma|dysraphism|spondyl\w*|pars|curve|cobb|scoliosis|lesion|marrow|collapse|wedg\w*|spina bifida|ossification|posterior elements|canal|sinus tract)\b/i;

/** A colon followed by what the study showed. */
const COLON_AND_TEXT = /:\s*\S/;

/**
 * "MRI lumbar spine not indicated", "US spine declined by parents", "MRI L-spine if pain persists",
 * "XR L-spine obtained in ED", "Would not order MRI L-spine": a sentence that decides against a study,
 * puts it off or tells it as done (reading-vocabulary.json notOrderCues) is not an order. A cue counts
 * only where it attaches to the study (see declinesStudy); an explicit order verb ("ordered",
 * "will order") wins. On the free-text path the sentence's assertion context (context.ts) counts too:
 * negated, past, or hypothetical unless the only condition is "if needed"/"prn". Only called on a
 * sentence that already reads as an order; never on an Order line (an Order line is the order).
 */
function decidesNotToImage(text: string, s: Field, ow: OrderWords, withContext = true, conditionsCount = withContext): boolean {
  const words = toWords(s.value, s.valueSpan.start);
  // "Please no XR", "no MRI ordered": a study named only to say it is not wanted.
  if (negatedStudy(words)) return true;
  // "upright films at 3 months (will order then)", "spinal US will be ordered by the surgical team": not ordered now, nor here.
  if (orderedLater(text, words, ow)) return true;
  if (ordersOutright(text, words, ow)) return false;
  // A Plan line (withContext false) counts a condition (conditionsCount) unless it is only on authorization,
  // timing or the scanner ("MRI if insurance approves": KEEPS_ORDER); "if no improvement" conditions the study.
  if (declinesStudy(text, words, ow, conditionsCount)) return true;
  // "I did not arrange an MRI", "we have not requested an ultrasound": not ordered.
  if (negatedOrderCue(text, words, ow)) return true;
  // "please call mom with the MRI results", "could you review the MRI from 2024": a request about something else.
  if (requestAboutOther(words, ow)) return true;
  if (!withContext) return false;
  const c = readContext(text, s.valueSpan.start, s.valueSpan.end);
  // "Sedation not needed, MRI L-spine w/o requested", "Please no XR, US spine instead": a negation read from
  // the clause before, over a sentence that orders its own study or takes it instead, is that clause's.
  const negated = c.negated && !(c.cues.every((q) => q.end <= s.valueSpan.start) && (findAny(words, ow.explicit).length > 0 || words.some((w) => w.text === 'instead')));
  if (negated || c.historical || (c.hypothetical && !ONLY_IF_NEEDED.test(s.value))) return true;
  // "If not improved in 4-6 wks will get XR L spine": a condition opening the sentence, past the context reader's scope.
  const h = studyHead(words);
  return h >= 0 && courseConditionGoverns(text, s, words[h].start, ow);
}

/**
 * A Plan sentence whose study stands in the scope of a condition (context.ts hypothetical: "If no improvement in 2
 * weeks, MRI L-spine", "If no better, will order MRI L-spine"; or an "if" / "unless" after it in its clause: "MRI
 * L-spine in 4 weeks if no improvement"), with no condition that keeps the order ("if needed", "if insurance approves").
 */
function conditionedInPlan(text: string, s: Field, ow: OrderWords): boolean {
  const words = toWords(s.value, s.valueSpan.start);
  const h = studyHead(words);
  if (h < 0) return false;
  // The study's own clause keeps it or not: "PCM PRN. If pain persists -> XR LS spine" is the paracetamol's prn, and
  // "If worse: MRI L-spine; otherwise review in clinic" the review's alternative.
  const clause = ownClause(s.value, words[h].start - s.valueSpan.start);
  if (ONLY_IF_NEEDED.test(clause) || KEEPS_ORDER.test(clause)) return false;
  if (readContext(text, words[h].start, words[h].end).hypothetical) return true;
  if (afterConditionArrow(text.slice(s.valueSpan.start, words[h].start))) return true;
  if (opensOnCourseCondition(text, words[h].start, ow)) return true;
  let tail = h;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text) && !breaksClause(text, words[tail].end, words[tail + 1].start)) tail++;
  for (let i = tail + 1; i < words.length; i++) {
    if (opensLine(text, words, i, ow)) {
      if (BLANK_LINE.test(text.slice(words[i - 1].end, words[i].start)) || actsOnItsOwn(text, words[i].start, ow)) return false;
      // Past a bullet too ("- if no better after PT"), which would otherwise end the clause, when it marks a point under the
      // study's line; a numbered or arrowed line, or one bulleted as the study's is, is an item of its own.
      // A line in lower case with no mark goes on with the sentence above ("… as the family / provided a history of …").
      const mark = lineMark(text, words[i].start).trim();
      const own = mark ? SUB_POINT.test(mark) && !lineMark(text, words[h].start) : /^\p{Lu}/u.test(text[words[i].start]);
      if (own && conditionDangles(text, words[i].start, ow)) return true;
    }
    // "МРТ поясничного отдела позвоночника, если боль сохранится": "if" in the writer's own language after a comma is the study's condition.
    if (text.slice(words[i - 1].end, words[i].start).trim() === ',' && FOREIGN_IF.has(words[i].text)) return true;
    if (breaksClause(text, words[i - 1].end, words[i].start) || CLAUSE_WORDS.has(words[i].text) || STUDY_HEAD.has(words[i].text)) return false;
    if (words[i].text === 'if' || words[i].text === 'unless') return !IF_KEEPS.has(words[i + 1]?.text ?? '');
    // "RM colonna lombare se persistenza del dolore", "MRT LWS bei Verschlechterung": the writer's own "if", with the course after it.
    if (ow.lineConditions.afterStudy.has(words[i].text)) {
      let e = i + 1;
      while (e < words.length && !breaksClause(text, words[e - 1].end, words[e].start)) e++;
      if (findAny(words.slice(i + 1, e), ow.lineConditions.clinical).length) return true;
    }
  }
  return false;
}
/**
 * The study's sentence (or its clause after a semicolon) opens on a condition on the patient's course and reaches the study
 * with no full stop or line between ("If not improved in 4-6 wks will get XR L spine", "If no improvement in 4/52 - X-ray
 * LS spine", "Should pain persist beyond 6 weeks we will request an MRI"): the condition governs the study however the
 * writer joins the two, past the context reader's few words of scope. A course word is needed (prose.lineConditions
 * clinical): "If sedation needed, MRI under GA" and "When seen in clinic, XR L-spine" keep the order, and so does a
 * condition with a step of its own before the study ("If worse, refer ortho, XR L-spine today").
 */
function opensOnCourseCondition(text: string, at: number, ow: OrderWords): boolean {
  // The study may be read as a clause of its own ("X-ray LS spine" of "If no improvement, X-ray LS spine"): its sentence is the note's.
  const lo = Math.max(0, at - CONDITION_REACH);
  let from = lo;
  // A colon ends a key ("Plan: XR L-spine") but also joins a condition opening the sentence to its study ("If worse: MRI",
  // "If no improvement in 4/52: XR LS spine"): the clause before the last colon is taken in when it is such a condition.
  let beforeColon = -1;
  for (const m of text.slice(lo, at).matchAll(/[.?!;:](?:\s|$)|\n/g)) {
    beforeColon = m[0][0] === ':' ? from : -1;
    from = lo + m.index + m[0].length;
  }
  const lc = ow.lineConditions;
  // "When reviewed today still symptomatic: MRI": a condition told met at this visit keeps the order.
  if (beforeColon >= 0) {
    const cond = toWords(text.slice(beforeColon, from - 1), beforeColon);
    if (courseConditionOpens(cond, lc) && !findAny(cond, ow.doneNow).length && !conditionToldMet(text, cond, lc)) from = beforeColon;
  }
  const clause = toWords(text.slice(from, at), from);
  if (!courseConditionOpens(clause, lc) || conditionToldMet(text, clause, lc)) return false;
  const opened = longestPhraseAt(clause, 0, lc.opens);
  if (actionIn(clause, opened, ow)) return false;
  // "If pain persists despite PT, ordered XR L-spine today": an order told done or for now is the course's outcome, no condition.
  const rest = text.slice(at, at + CONDITION_REACH);
  const end = rest.search(/[.?!;](?:\s|$)|\n/);
  const main = toWords(end < 0 ? rest : rest.slice(0, end), at);
  if (findAny(main, ow.doneNow).length) return false;
  if (main.some((w, j) => DONE_ORDER.test(w.text) && !STILL_TO_DO.has(main[j - 1]?.text ?? clause[clause.length - 1].text))) return false;
  // "If no better after PT: MRI L-spine; requested today": a part after a semicolon that opens on the order verb, with no
  // study of its own, tells the study's order done ("…; PT requested today" is the physiotherapy's).
  if (end < 0 || rest[end] !== ';') return true;
  const after = rest.slice(end + 1);
  const stop = after.search(/[.?!;](?:\s|$)|\n/);
  const next = stop < 0 ? after : after.slice(0, stop);
  const nextWords = toWords(next);
  if (!nextWords.length || !DONE_ORDER.test(nextWords[0].text)) return true;
  // Only the verb and when ("requested today"): "…; requested PT" has an object of its own.
  const when = findAny(nextWords, ow.doneNow);
  return !nextWords.slice(1).every((w) => when.some((m) => m.start <= w.start && w.end <= m.end));
}
/**
 * A condition opening a sentence that is told met in the patient now (prose.lineConditions toldMet: "When pain persists
 * beyond 6 wk as here"), or this visit's review followed by a comma and the state found, with no condition after it
 * (metAtReview: "When reviewed, still symptomatic after 6 wk PT"; never "When reviewed at 6 wk, still sore", "When seen,
 * if still sore").
 */
function conditionToldMet(text: string, cond: readonly Word[], lc: OrderWords['lineConditions']): boolean {
  if (findAny(cond, lc.toldMet).length) return true;
  const k = longestPhraseAt(cond, 0, lc.metAtReview);
  if (k <= 0 || k >= cond.length || !text.slice(cond[k - 1].end, cond[k].start).includes(',')) return false;
  return !findAny(cond.slice(k), lc.opens).length;
}
/** The words open on a condition on the patient's course (prose.lineConditions), with no word keeping the order in them. */
function courseConditionOpens(words: readonly Word[], lc: OrderWords['lineConditions']): boolean {
  if (!words.length || longestPhraseAt(words, 0, lc.notOpening) > 0 || longestPhraseAt(words, 0, lc.opens) <= 0) return false;
  return findAny(words, lc.clinical).length > 0 && !words.some((w) => lc.keepsOrder.has(w.text));
}
/** An order verb in the past ("ordered", "requested"), and the words before it that leave it still to do ("will be ordered"). */
const DONE_ORDER = /^(?:ordered|requested|arranged|booked|placed|sent|organi[sz]ed|scheduled)$/;
const STILL_TO_DO = new Set(['be', 'been', 'will', 'would', 'to', 'can', 'could', 'shall', 'should', 'may', 'might', 'get', 'have']);
/** How far back before a study its sentence's opening condition is looked for: a sentence's length, not the note's. */
const CONDITION_REACH = 200;
/**
 * words[i] opens a line of its own after the study's: the line before ends with no mark ending the clause, nor on a word
 * its sentence runs on after (prose.lineRunsOnAfter: "… w/o contrast at / follow up if no better").
 */
function opensLine(text: string, words: readonly Word[], i: number, ow: OrderWords): boolean {
  const gap = text.slice(words[i - 1].end, words[i].start);
  const nl = gap.indexOf('\n');
  return nl >= 0 && !ow.lineRunsOnAfter.has(words[i - 1].text) && !breaksClause(text, words[i - 1].end, words[i - 1].end + nl);
}
/** A line with nothing but white space between two lines: the plan's items before and after it are apart. */
const BLANK_LINE = /\n[ \t]*\r?\n/;
/**
 * The line that starts at `at` is only a condition (prose.lineConditions: "Should symptoms persist beyond 6 weeks",
 * "Provided no improvement with NSAIDs", "Contingent on exam at next visit", "- if no better after PT", "After 6 weeks if
 * still symptomatic"): with nothing of its own to wait on it, it is the study's above. A line that names a study or goes on
 * past a comma, dash or colon ("Should symptoms persist, refer NSGY", "When seen in clinic, MRI L-spine") has its own; a
 * "when" / "once" naming the visit, slot or approval the study waits for is when it is done ("once insurance approves"),
 * and "Provided by parents", "Should be done under GA" tell no condition.
 */
function conditionDangles(text: string, at: number, ow: OrderWords): boolean {
  const words = lineWords(text, at);
  const lc = ow.lineConditions;
  if (!words.length || longestPhraseAt(words, 0, lc.notOpening) > 0) return false;
  let from = longestPhraseAt(words, 0, lc.opens);
  if (from < 0 && lc.onTime.has(words[0].text)) {
    // "After 6 weeks if still symptomatic": the condition after the time, in the same clause.
    const cond = words.findIndex((w, j) => j > 0 && (w.text === 'if' || w.text === 'unless'));
    if (cond < 0 || words.slice(1, cond + 1).some((w, j) => breaksClause(text, words[j].end, w.start))) return false;
    from = cond + 1;
  }
  if (from < 0) return false;
  let end = words.length;
  for (let j = 1; j < end; j++) {
    if (STUDY_HEAD.has(words[j].text) || lc.keepsOrder.has(words[j].text)) return false;
    const gap = text.slice(words[j - 1].end, words[j].start);
    if (CONSEQUENCE.test(gap) && stepIsTheStudy(words.slice(j), ow)) end = j;
    else if (CONSEQUENCE.test(gap) || (breaksClause(text, words[j - 1].end, words[j].start) && !/^\s*[()]\s*$/.test(gap))) return false;
  }
  // Only a condition on the patient's course hangs the study ("Should symptoms persist"), never one with an action of its own
  // ("Depending on result may need neurosurgery") nor a time, a step of preparation, fitness or paperwork or a courtesy ("Once
  // asleep after feed", "Once results back", "Should you have any questions"), which some write under a study they order.
  // A visit or a test the line is timed by or read from is no veto: the course decides ("Once bloods back" orders, "Should
  // bloods be abnormal" and "Should pain persist beyond her 6 week appointment" do not).
  // "Contingent on exam at next visit": there the exam itself is what the study waits on.
  const cond = words.slice(from, end);
  const told = findAny(cond, lc.clinical).length > 0 || (longestPhraseAt(words, 0, lc.hingesOn) > 0 && findAny(cond, lc.decidedBy).length > 0);
  return told && !actionIn(words.slice(0, end), from, ow);
}
/**
 * The step after a condition's comma or arrow is the study above, with no other ("When not better by 6 weeks, will request",
 * "Should pain persist -> book"): a few words, one of them prose.ownActionLine.forTheStudy near the start, and no study, action
 * or service of its own.
 */
function stepIsTheStudy(step: readonly Word[], ow: OrderWords): boolean {
  if (step.length > STUDY_STEP_WORDS) return false;
  const forIt = findAny(step, ow.ownActionLine.forTheStudy);
  return forIt.length > 0 && wordIndex(step, forIt[0].start) < 3 && !step.some((w) => STUDY_HEAD.has(w.text)) && !actionIn(step, 0, ow);
}
/** "then we will request it": longer, the step tells more than the study. */
const STUDY_STEP_WORDS = 5;
/**
 * words from `from` on name an action of their own, not a treatment or a time the condition tells of ("with physio", "despite
 * ortho and physio input", "on return from holiday", "at 6/52 f/u").
 */
function actionIn(words: readonly Word[], from: number, ow: OrderWords): boolean {
  const acts = findAny(words.slice(from), ow.ownActionLine.opens);
  const starts = new Set(acts.map((m) => wordIndex(words, m.start)));
  return acts.some((m) => {
    // Back over the list or the time the service is in ("ortho and physio", "6/52 f/u") to the word it follows.
    let k = wordIndex(words, m.start);
    while (k - 1 > from && (starts.has(k - 1) || LIST_OR_TIME.test(words[k - 1].text))) k--;
    const one = words[k - 1]?.text ?? '';
    return !ow.ownActionLine.notAfter.has(one) && !(k > 1 && ow.ownActionLine.notAfter.has(`${words[k - 2].text} ${one}`));
  });
}
/** Words that join a list of services or time one ("and", "or", "her", "6", "52", "week"). */
const LIST_OR_TIME = /^(?:and|or|her|his|their|the|a|\d+|wk|wks|week|weeks|month|months|day|days)$/;
/** What leads from a condition to the step it governs, on the condition's own line ("Should it persist -> refer", "…; then PT"). */
const CONSEQUENCE = new RegExp(String.raw`${ARROWS}|[,;:]`);
/** The words of the line that `at` is on, past its indent and its bullet, number or arrow ("* ", "2. ", "> "). */
function lineWords(text: string, at: number): Word[] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const from = lineStart + lineMark(text, at).length;
  return toWords(text.slice(from, lineEnd), from);
}
/** The indent and bullet, number or arrow that open the line `at` is on; '' when the line opens on a word. */
function lineMark(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const lead = line.length - line.trimStart().length;
  const mark = LINE_MARK.exec(line.slice(lead))?.[0].length ?? 0;
  return mark ? line.slice(0, lead + mark) : '';
}
/** A bullet that marks a point under a line, not an item numbered or led to by an arrow. */
const SUB_POINT = /^[-*•·–]$/;
/** A plan line's bullet, number or arrow, and the quoting "> " that some write as one. */
const LINE_MARK = new RegExp(String.raw`${BULLET.source}|^>(?![=\d])\s*`);
/**
 * The line that starts at `at` opens, past its bullet or number, on an action of its own (prose.ownActionLine: "Refer
 * visiting neurosurgeon if abnormal", "2. NSGY referral if abnormal", "- Review in clinic if abnormal"): the condition on
 * that line is the action's. An action word further in tells when the study is done ("at 6 wk review if pain persists", "on
 * repeat exam if still abnormal"), and a line with none goes on with the study ("In 4 weeks if no improvement"): there the
 * condition stays the study's.
 */
function actsOnItsOwn(text: string, at: number, ow: OrderWords): boolean {
  const words = lineWords(text, at);
  // "Ortho to request if no better", "Return for this if no better": the action is the study, and so is the condition.
  return words.length > 0 && findAny(words, ow.ownActionLine.opens).some((m) => m.start === words[0].start) && !findAny(words, ow.ownActionLine.forTheStudy).length;
}

/**
 * The clause of a value around an offset, ended by a full stop, a question or exclamation mark, a semicolon or a line
 * break: "If worse: MRI L-spine; f/u prn" holds two steps, and the "prn" is the follow-up's, never the MRI's.
 */
function ownClause(value: string, at: number): string {
  const c = ownClauseSpan(value, at);
  return value.slice(c.start, c.end);
}
/** ownClause's span in the value. */
function ownClauseSpan(value: string, at: number): Span {
  let start = 0;
  for (const m of value.slice(0, at).matchAll(/[.?!;]\s|\n/g)) start = m.index + m[0].length;
  const end = value.slice(at).search(/[.?!;](?:\s|$)|\n/);
  return { start, end: end < 0 ? value.length : at + end };
}

/**
 * The words before a study end on an arrow after a condition in their sentence ("If pain persists/worsens -> XR LS
 * spine", "Unless settling => MRI"): the arrow gives the step the condition leads to, which the context reader's scope,
 * ended by the arrow's dash, does not reach. An arrow after a finding ("?OSD -> US LS spine") orders its study.
 */
function afterConditionArrow(before: string): boolean {
  const arrow = CONDITION_ARROW.exec(before);
  if (!arrow) return false;
  const sentence = before.slice(0, arrow.index);
  return CONDITION.test(sentence.slice(Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf(';')) + 1));
}
const CONDITION_ARROW = new RegExp(String.raw`(?:${ARROWS})[ \t]*$`);

/**
 * A condition on authorization, timing or the scanner keeps the order ("if insurance approves", "tonight if the scanner
 * is available, otherwise first thing tomorrow", "if sedation slot available", "if tolerated").
 */
const KEEPS_ORDER =
  /\b(?:if|unless)\b[^.;]{0,40}?\b(?:insurance|auth\w*|approv\w*|authori[sz]\w*|covered|available|availability|possible|feasible|tolerat\w*|slot|scheduling)\b|\botherwise\b/i;

/** "with sedation if needed", "today if possible", "prn": a condition that keeps the order. */
const ONLY_IF_NEEDED = /\b(?:if (?:needed|possible|necessary)|prn|as needed)\b/i;
/** "if" followed by one of these is not a condition against the study. */
const IF_KEEPS = new Set(['needed', 'possible', 'necessary', 'insurance', 'approved', 'authorized', 'authorised', 'covered', 'available']);
/** The words that open a study's name in a sentence. */
const STUDY_HEAD = new Set([
  'us',
  'uss',
  'usg',
  'utz',
  'usi',
  'ultrasound',
  'sono',
  'sonogram',
  'sonography',
  'ultrasonography',
  'ultrasonogram',
  'mri',
  'mr',
  'xr',
  'x',
  'xray',
  'xrays',
  'radiograph',
  'radiographs',
  'radiography',
  'roentgenography',
  'roentgenogram',
  'roentgenograms',
  'roentgenograph',
  'film',
  'films',
  'ct',
  'scoliosis',
]);
/** The words that go on naming it ("L-spine w/o contrast", "lumbar spine without"). */
const STUDY_TAIL = new Set([
  'ray',
  'rays',
  'l',
  't',
  'c',
  's',
  'ls',
  'spine',
  'spinal',
  'lumbar',
  'thoracic',
  'cervical',
  'sacral',
  'lumbosacral',
  'sacrum',
  'complete',
  'whole',
  'entire',
  'total',
  'series',
  'w',
  'wo',
  'o',
  'without',
  // "CT C-spine non-contrast stat", "noncontrast CT"
  'non',
  'noncontrast',
  'contrast',
  'gad',
  'iv',
  'cord',
  'of',
  'the',
]);
/** Cues that tell a study as done: only right after its name ("XR L-spine obtained in ED"), never "to be done". */
const DONE_CUES = new Set(['done', 'completed', 'obtained', 'performed', 'reviewed']);

/** The index of the first word that orders outright, -1 when none: "ordered", "ordering" (not "ordering NP", prose.orderingRoles), "will order/obtain/get" (not after "not"). */
function explicitOrderAt(words: readonly Word[], ow: OrderWords): number {
  // "No imaging ordered today - will discuss a spine US …", "no spinal imaging ordered": an order word inside a statement
  // of order-vocabulary prose.noneOrdered orders nothing.
  const none = words.some((w) => w.text === 'no' || w.text === 'none') ? findAny(words, ow.noneOrdered) : [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    const prev = words[i - 1]?.text;
    if (prev === 'not' || prev === 'no' || negates(words, i - 1)) continue;
    if (none.some((h) => h.start <= words[i].start && words[i].end <= h.end)) continue;
    if (w === 'ordered' || (w === 'ordering' && !ow.orderingRoles.has(words[i + 1]?.text ?? ''))) return i;
    if (prev === 'will' && (w === 'order' || w === 'obtain' || w === 'get')) return i;
    // "I have placed US spinal canal (76800)", "placed an order for MRI", "MRI order placed"; not "VP shunt placed".
    if (w === 'placed' && (prev === 'order' || prev === 'orders' || prev === 'request' || placedStudy(words, i))) return i;
    // "I've put in an MRI entire spine without IV contrast", "we have entered a US spine": the writer's own order entry,
    // the study right after and the first named (not "sedation MRI wait is 5 wks so i put in ct l-spine"; read as
    // before); not "PT was put in", "she was put in a brace".
    if (
      ((w === 'in' && prev === 'put') || w === 'entered') &&
      WRITER_ENTERS.has(words[i - (w === 'in' ? 2 : 1)]?.text ?? '') &&
      (placedStudy(words, i) || putInAlongside(words, i)) &&
      studyHead(words) > i
    )
      return i;
    // "1. Add MRI lumbar spine without contrast to the same GA list", "we have added MRI L-spine to the same anaesthetic":
    // a study added to a list or an anaesthetic; not a study that "would add little", nor "could add an MRI".
    // Nor one added on a condition ("Add MRI L-spine to the GA list if the US is abnormal").
    if ((w === 'add' || w === 'added') && !(prev !== undefined && PROPOSING_MODALS.has(prev)) && placedStudy(words, i) && !conditionAfter(words, i)) return i;
    // "I sent her directly to MRI of the lumbosacral spine", "Sent to bone scan with SPECT": the patient sent to the
    // study itself by the writer; not to a clinic, a person or a place ("sent to ED for MRI"), not by someone else
    // ("PCP sent her to MRI", "she was sent to MRI"), nor on a condition ("will send to MRI if worse").
    if (ow.sending.verbs.has(w) && sentByWriter(words, i, ow) && sentToStudy(words, i, ow) && !conditionAfter(words, i)) return i;
  }
  return -1;
}

/** The writer as the subject just before "put in" / "entered" ("I put in", "I've put in", "we have entered", "just entered"). */
const WRITER_ENTERS = new Set(['i', 'we', 've', 'have', 'just', 'also', 'now', 'already']);

/** Words that may stand before the writer's "send" ("so I sent", "we are sending", "I have also sent"). */
const WRITER_BEFORE_SEND = new Set(['i', 'we', 'am', 'are', 'have', 've', 'm', 're', 'will', 'll', 'also', 'then', 'therefore', 'so', 'and', 'today', 'now', 'just']);

/**
 * The verb at words[i] is the writer's: only WRITER_BEFORE_SEND words stand before it in its sentence ("Sent to bone
 * scan", "Will send to MRI"), or those back to the nearest other word hold "I" / "we" ("so I sent her", "I am
 * sending him"); and the sentence tells no other time
 * (prose.doneBefore: "last year", "at 2 months").
 */
function sentByWriter(words: readonly Word[], i: number, ow: OrderWords): boolean {
  let j = i - 1;
  let writer = false;
  for (; j >= 0 && WRITER_BEFORE_SEND.has(words[j].text); j--) if (words[j].text === 'i' || words[j].text === 'we') writer = true;
  return (writer || j < 0) && findAny(words, ow.doneBefore).length === 0 && !sentEarlier(words);
}

/**
 * The sentence tells the sending was done before or reports what the study found ("Sent to MRI in May - normal",
 * "I sent her to MRI in October, which was normal", "Sent to MRI L-spine: no abnormality"): a month after "in" / "back
 * in", or a result (RESULT_WORD, "no abnormality").
 */
function sentEarlier(words: readonly Word[]): boolean {
  if (words.some((w, k) => MONTH_WORDS.has(w.text) && (words[k - 1]?.text === 'in' || words[k - 1]?.text === 'since'))) return true;
  // A result, not a finding named as the reason ("to rule out tethered cord").
  const t = words.map((w) => w.text).join(' ');
  return (RESULT_WORD.test(t) || /\bno (?:abnormalit\w*|acute|evidence)\b/.test(t)) && !CONDITION.test(t);
}

/** After the verb at words[i], only prose.sending.between words, then "to" / "for" and a study's name (past PLACED_BETWEEN words). */
function sentToStudy(words: readonly Word[], i: number, ow: OrderWords): boolean {
  let j = i + 1;
  while (j < words.length && j <= i + 4 && ow.sending.between.has(words[j].text)) j++;
  if (words[j]?.text !== 'to' && words[j]?.text !== 'for') return false;
  return placedStudy(words, j);
}
/** A condition after words[i] ("if", "unless"; not "if needed", "if possible"). */
function conditionAfter(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length; j++) if ((words[j].text === 'if' && !IF_KEEPS.has(words[j + 1]?.text ?? '')) || words[j].text === 'unless') return true;
  return false;
}
/** Modals before "add" that only propose ("could add an MRI"). */
const PROPOSING_MODALS = new Set(['would', 'could', 'might', 'may', 'can', 'should', 'to']);

/** Words between "placed" and the study it places ("placed an order for an MRI"). */
const PLACED_BETWEEN = new Set(['a', 'an', 'the', 'order', 'orders', 'request', 'for', 'of', 'urgent', 'stat', 'today']);
/**
 * "I've put in a referral to ortho, and an XR L-spine": the study joined by "and" to the first thing put in, the
 * first study named; within ten words.
 */
function putInAlongside(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + 10; j++) {
    if (isHeadAt(words, j)) return false;
    // Not one put off on a condition: "a referral to ortho and MRI L-spine if no better".
    if (words[j].text === 'and') return placedStudy(words, words[j + 1]?.text === 'also' ? j + 1 : j) && !words.slice(j).some((w) => CONDITION_WORDS.has(w.text));
  }
  return false;
}

const CONDITION_WORDS = new Set(['if', 'unless', 'should', 'when', 'once', 'pending']);
/** A study's name follows words[i] ("placed") past PLACED_BETWEEN words only. */
function placedStudy(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + 5; j++) {
    if (isHeadAt(words, j)) return true;
    if (!PLACED_BETWEEN.has(words[j].text)) return false;
  }
  return false;
}

/**
 * A word of urgency right after the study's name (order-vocabulary prose.urgentAfter: "CT C-spine stat", "MRI
 * L-spine w/o asap") orders it, in a clause that neither declines it before its name nor tells it as done or with
 * its result after ("CT C-spine stat was negative").
 */
function urgentAfterStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0 || negatedStudy(words)) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text) && !breaksClause(text, words[tail].end, words[tail + 1].start)) tail++;
  const u = tail + 1;
  if (u >= words.length || breaksClause(text, words[tail].end, words[u].start)) return false;
  // "CT C-spine non-contrast now-now": a word of urgency only when doubled, the pair as one word.
  const doubled = ow.urgentDoubled.has(words[u].text) && words[u + 1]?.text === words[u].text && /^[\s-]+$/.test(text.slice(words[u].end, words[u + 1].start));
  if (!ow.urgentAfter.has(words[u].text) && !doubled) return false;
  const rest = text.slice(words[doubled ? u + 1 : u].end, words[words.length - 1].end);
  if (RESULT_WORD.test(rest) || toldPast(rest)) return false;
  // "NSGY recommends MRI whole spine stat": someone else's proposal; "MRI L-spine stat not needed", "MRI L-spine asap
  // if any weakness develops": declined or conditioned after it, as before it.
  return !proposedByOthers(text, words, ow) && !declinesStudy(text, words, ow, true);
}

/**
 * The sentence orders outright (explicitOrderAt), unless the order word comes after the study and only
 * describes one declined before its name: "Please cancel the MRI L-spine ordered by the PCP", "hold the US ordered yesterday".
 */
function ordersOutright(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const at = explicitOrderAt(words, ow);
  if (orderedLater(text, words, ow)) return false;
  // "Had thought about ordering an XR L-spine": an intention not carried out.
  if (at >= 0 && intendedOnly(text, words, ow).has(words[at].start)) return false;
  if (at < 0) return urgentAfterStudy(text, words, ow);
  // "If not improved in 4-6 wks will get XR L spine": the order word is the condition's consequence, not an order now.
  if (opensOnCourseCondition(text, words[at].start, ow)) return false;
  const head = studyHead(words);
  return head < 0 || at < head || !declinesStudy(text, words, ow, false, true);
}

/**
 * The study's order is put off to a later time or left to someone else, in the words told with it (order-vocabulary
 * prose.orderedLater): "Next upright films at 3 months post-op (will order then)", "spinal US will be ordered by the
 * surgical team after the colostomy". Not "MRI L-spine ordered; will review the results then".
 */
function orderedLater(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  return findAny(words, ow.orderedLater).some((m) => {
    // "MRI L-spine w/o (prior auth to be requested by office staff)", "MRI L-spine - transport will be arranged by
    // the unit": after a break, words of its own before the phrase are what it puts off, not the study; a phrase
    // right after the break ("(will order then)", ", to be ordered by PCP") speaks of the study.
    const at = wordIndex(words, m.start);
    let b = -1;
    for (let j = at; j > head; j--) {
      if (breaksClause(text, words[j - 1].end, words[j].start)) {
        b = j;
        break;
      }
    }
    return b < 0 || b === at || words.slice(b, at).some((w) => STUDY_HEAD.has(w.text));
  });
}

/** The index of the clause's first study name, -1 when none. */
function studyHead(words: readonly Word[]): number {
  return words.findIndex((_, j) => isHeadAt(words, j));
}

/** words[j] opens a study's name: a word of STUDY_HEAD, or "bone" of "bone scan" (no head alone: "bone pain"). */
function isHeadAt(words: readonly Word[], j: number): boolean {
  const w = words[j].text;
  return STUDY_HEAD.has(w) || (w === 'bone' && words[j + 1]?.text === 'scan');
}

/** The index of the first word starting at or after `at`, by binary search (a long sentence has many words). */
function wordIndex(words: readonly Word[], at: number): number {
  return lowerBound(words, (w) => w.start, at);
}

/** words[i] turns the word after it round: "not", "never", "no", the "t" of "didn't" / "haven't". */
function negates(words: readonly Word[], i: number): boolean {
  const w = words[i]?.text;
  return w === 'not' || w === 'never' || w === 'no' || (w === 't' && i > 0 && words[i - 1].text.endsWith('n'));
}

/**
 * An order cue turned round before the study, in its clause: "I did not arrange an MRI", "we have not
 * requested an ultrasound", "didn't order an XR", "not yet requested", "did not get / plan / proceed to MRI".
 */
function negatedOrderCue(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  for (const cue of [...findAny(words, ow.explicit), ...findAny(words, ow.cues)]) {
    const i = wordIndex(words, cue.start);
    if (i >= head || head - i > 4) continue;
    if (!negates(words, i - 1) && !(words[i - 1]?.text === 'yet' && negates(words, i - 2))) continue;
    if (!breaksClause(text, cue.end, words[head].start) && !separated(text, words, i + 1, head)) return true;
  }
  return false;
}

/**
 * A study someone other than the writer proposes: "mom requests MRI", "neurosurgery recommends MRI L-spine",
 * "radiology suggests MRI", "parents would like an MRI" (order-vocabulary prose.proposers and proposals): a
 * proposer up to three words before the proposal, the proposal up to four words before the study's name,
 * all in one clause. Not the writer's own ("I would like", "our team recommends"), nor "requested by
 * neurosurgery" (the proposer after it: the order placed at their request).
 */
function proposedByOthers(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const proposals = findAny(words, ow.proposals);
  if (!proposals.length) return false;
  const proposers = findAny(words, ow.proposers);
  for (const p of proposals) {
    const i = wordIndex(words, p.start);
    if (i >= head || head - i > 5 || breaksClause(text, p.end, words[head].start) || separated(text, words, i + 1, head)) continue;
    for (const q of proposers) {
      if (q.end > p.start) break;
      const from = wordIndex(words, q.start);
      const ours = from > 0 && ['our', 'my', 'we', 'i'].includes(words[from - 1].text);
      if (!ours && i - wordIndex(words, q.end) <= 3 && !breaksClause(text, q.end, p.start)) return true;
    }
  }
  return false;
}

/** A request before the study that governs something else ("please review the MRI", "please call mom with the MRI results"), and no cue that orders it. */
function requestAboutOther(words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const requests = findAny(words, ow.requests);
  if (!requests.length || wordIndex(words, requests[0].start) > head) return false;
  return governingCue(words, findAny(words, ow.cues), ow) === undefined;
}

/**
 * The cue that governs the study in a sentence with order or request cues: the nearest cue before its name
 * unless a word that turns the request to something else stands nearer ("please review the MRI from 2024",
 * "I appreciate that an MRI would need…", "advice regarding the need for an MRI"), else a cue after it ("US
 * pls"). A "repeat" told as done ("on repeat MRI the syrinx is smaller") is no cue. Explicit cues
 * (order-vocabulary prose.explicitCues: "arrange", "ordered", "I ask") order outright; others are weak.
 */
function governingCue(words: readonly Word[], cues: readonly Span[], ow: OrderWords): 'explicit' | 'weak' | undefined {
  const head = studyHead(words);
  // A study named in words the heads do not know ("C T of the L spine"): any cue counts, as a weak one.
  if (head < 0) return cues.length ? 'weak' : undefined;
  const kind = new Map<number, 'explicit' | 'weak'>();
  const explicit = new Set(findAny(words, ow.explicit).map((c) => c.start));
  for (const cue of cues) {
    const i = wordIndex(words, cue.start);
    if (words[i].text === 'repeat' && ow.toldRepeat.has(words[i - 1]?.text ?? '')) continue;
    const k = explicit.has(cue.start) ? 'explicit' : 'weak';
    if (kind.get(i) !== 'explicit') kind.set(i, k);
  }
  const blocked = new Set<number>();
  for (const b of findAny(words, ow.blockers)) {
    const at = wordIndex(words, b.start);
    // "phone order received and read back: US lumbosacral spine": a verbal order confirmed by reading it back.
    if (words[at].text === 'read' && words[at + 1]?.text === 'back') continue;
    for (let j = at; j < words.length && words[j].start < b.end; j++) blocked.add(j);
  }
  for (let j = head - 1; j >= 0; j--) {
    if (blocked.has(j)) return undefined;
    const k = kind.get(j);
    if (k) return k;
  }
  let after: 'explicit' | 'weak' | undefined;
  for (const [i, k] of kind) if (i > head && (after === undefined || k === 'explicit')) after = k;
  return after;
}

/**
 * A notOrderCue attached to the study: up to three words before its name ("Will hold on MRI",
 * "declined MRI") or up to three words after it ("MRI L-spine not indicated", "US spine deferred"),
 * with no comma, semicolon, colon or full stop between; a done-cue only right after the name.
 */
function declinesStudy(text: string, words: readonly Word[], ow: OrderWords, conditionsCount: boolean, onlyBefore = false): boolean {
  const cues = notOrderCues(words, ow);
  const beforeCues = findAny(words, ow.before);
  if (!cues.length && !beforeCues.length) return false;
  // "I would be grateful if you could arrange an MRI": a request, no condition.
  let polite: Set<number> | undefined;
  const head = Math.max(0, studyHead(words));
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text) && !breaksClause(text, words[tail].end, words[tail + 1].start)) tail++;
  // "X-ray C-spine (AP/lat) not indicated", "(a.p./lat.)": a bracket that only lists the views is the study's name, so the
  // clause goes on after it.
  let tailEnd = words.length ? words[tail].end : 0;
  const views = VIEWS_BRACKET.exec(text.slice(tailEnd));
  if (views) {
    let j = tail;
    while (j + 1 < words.length && words[j + 1].end <= tailEnd + views[0].length) j++;
    if (j > tail && words.slice(tail + 1, j + 1).every((w) => ow.viewsInBracket.has(w.text))) {
      tail = j;
      tailEnd += views[0].length;
    }
  }
  // "Please hold US until seen", "cancel the MRI", "please no XR": these decline only the study after them.
  for (const cue of beforeCues) {
    const i = wordIndex(words, cue.start);
    if (i < head && head - i <= 3 + (cue.end > words[i].end ? 1 : 0) && !breaksClause(text, cue.end, words[head].start) && !separated(text, words, i + 1, head)) return true;
  }
  for (const cue of cues) {
    const i = wordIndex(words, cue.start);
    const w = words[i].text;
    if (onlyBefore && i >= head) continue;
    if (w === 'if' && IF_KEEPS.has(words[i + 1]?.text ?? '')) continue;
    if (w === 'if' && (polite ??= new Set(findAny(words, ow.politeIf).map((p) => p.start))).has(cue.start)) continue;
    if (!conditionsCount && CONDITION_CUES.has(w)) continue;
    if (i < head) {
      if (head - i <= 3 + (cue.end > words[i].end ? 1 : 0) && !breaksClause(text, cue.end, words[head].start) && !separated(text, words, i + 1, head)) return true;
    } else if (i > tail) {
      // "MRI whole spine w/o contrast / Admit if deteriorates": the cue is the next line's own action's.
      // A decline stays the study's ("Ortho says not needed").
      if ((CONDITION_CUES.has(w) || w === 'unless') && ownLineBetween(text, words, tail, i, ow)) continue;
      const gap = i - tail;
      // "US slot not available until March - booked", "MRI report not available yet": the cue is about the slot or the report;
      // "MRI L-spine w/o GA not booked": a booking cue is about the anaesthetic (never "MRI L-spine under GA not indicated").
      const booking = findAny(words, ow.bookedOfOther.cues).some((b) => b.start === cue.start && b.end === cue.end);
      const ofOther = findAny(words, ow.ofOther)
        .concat(findAny(words, ow.records), booking ? findAny(words, ow.bookedOfOther.words) : [])
        .some((o) => o.start >= words[tail].end && o.end <= cue.start);
      if (ofOther) continue;
      if ((DONE_CUES.has(w) ? gap === 1 : gap <= 3) && !breaksClause(text, tailEnd, cue.start) && !separated(text, words, tail + 1, i)) return true;
    }
  }
  return false;
}

/**
 * A line between words[from] and words[to] that opens on an action of its own, or a blank line: what words[to] says is
 * that line's, not the study's of words[from].
 */
function ownLineBetween(text: string, words: readonly Word[], from: number, to: number, ow: OrderWords): boolean {
  for (let q = from + 1; q <= to; q++)
    if (opensLine(text, words, q, ow) && (BLANK_LINE.test(text.slice(words[q - 1].end, words[q].start)) || actsOnItsOwn(text, words[q].start, ow))) return true;
  return false;
}

/** A bracket right after a study, on its line (its words are checked against prose.viewsInBracket). */
const VIEWS_BRACKET = /^[ \t]*\([^()\n]{1,30}\)/;

/** Conditions, which a Plan line may attach to the study it still plans. */
const CONDITION_CUES = new Set(['if', 'unless', 'consider', 'considered', 'considering']);
/**
 * Words that start another part of the sentence: a cue after them governs something else
 * ("US spine then hold off on MRI", "MRI and consider NSGY referral", "MRI after holding ibuprofen").
 */
const CLAUSE_WORDS = new Set(['and', 'then', 'after', 'before', 'but', 'until', 'rather', 'plus', 'also']);

/** Another clause or another study between words[from] and words[to - 1]. */
function separated(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CLAUSE_WORDS.has(words[j].text) || (STUDY_HEAD.has(words[j].text) && !joinedStudy(text, words, j))) return true;
  return false;
}

/** Punctuation that ends the clause: , ; : . and a parenthesis; a dash with a space before it (not "L-spine"). */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 40 || c === 41) return true;
    // A dash set off by a space, as typed ("-") or as a word processor writes it (an en or em dash: "No order yet – spinal
    // US today"); never a hyphen or a range ("L-spine", "1–2 wk").
    if ((c === 45 || c === 0x2013 || c === 0x2014) && i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) return true;
  }
  return false;
}

/**
 * A study told with what it showed ("XR L-spine unremarkable", "XR L-spine: grade 1 spondylolisthesis",
 * "XR L-spine to evaluate for spondylolysis: negative", "XR L-spine: ? L5 spondylolysis"), not with a
 * question ("XR L-spine: r/o spondylolysis", "MRI ? tethered cord", "CT pending"), and of the spine or of
 * no region named ("films at PCP nl"; never "XR chest negative", "CT head neg").
 */
function tellsSpineResult(told: string): boolean {
  if (!RESULT_WORD.test(told) && !COLON_AND_TEXT.test(told)) return false;
  const colon = told.indexOf(':');
  // "Plain films: for pars defect", "Standing films: Cobb angle to be measured", "Scoliosis series today: assess
  // curve progression": what the study is for, not what it showed.
  if (colon >= 0 && !RESULT_WORD.test(told) && PURPOSE_AFTER_COLON.test(told.slice(colon + 1))) return false;
  // A question mark, "concern for" or "question of" after the colon is how the study was read (uncertain, not absent).
  const q = told.indexOf('?');
  if (q >= 0 && (colon < 0 || q < colon) && !readsAsResult(told.slice(q + 1))) return false;
  const v = readingVocabulary();
  const words = toWords(told);
  for (const cue of findAny(words, phraseSetOf(v.notAResultCues))) {
    if (colon >= 0 && cue.start > colon && READING_CUES.test(told.slice(cue.start, cue.end))) continue;
    if (!readsAsResult(told.slice(cue.end))) return false;
  }
  return NAMES_SPINE.test(told) || !studyOfOtherRegion(told, words, v.nonSpineRegions);
}

const PURPOSE_AFTER_COLON =
  /^\s*(?:for|to|assess\w*|evaluat\w*|eval|look\w*|check\w*|obtain\w*|need\w*|measure\w*|r\/o|rule out|exclude|query|\?)\b|\b(?:to be|needed|for (?:pars|spondyl\w*|scoliosis|cobb|fracture|curve)|cobb angle\W*$)/i;

/** Question cues that, after the colon of a study told, are its reading ("XR L-spine: concern for L5 pars defect"). */
const READING_CUES = /^(?:concern for|question of)$/i;

/** What follows a question cue tells a result anyway ("to evaluate for spondylolysis: negative"). */
function readsAsResult(rest: string): boolean {
  return RESULT_WORD.test(rest) || COLON_AND_TEXT.test(rest);
}

/**
 * Whether the study's object is a region other than the spine: the first region word after the
 * modality, in the study's own clause ("XR chest negative"; not "X-rays neg for fracture, hip films too").
 */
function studyOfOtherRegion(told: string, words: readonly Word[], regions: readonly string[]): boolean {
  const cut = told.search(/[,;]/);
  const clause = cut < 0 ? words : words.filter((w) => w.start < cut);
  const head = Math.max(
    0,
    clause.findIndex((w) => STUDY_HEAD.has(w.text)),
  );
  const rest = clause.slice(head + 1);
  const other = findAny(rest, phraseSetOf(regions))[0];
  if (!other) return false;
  const spine = rest.find((w) => NAMES_SPINE.test(w.text));
  return !spine || other.start < spine.start;
}

/** The last sentence of a value (to ". " or ";"), as a field of its own. */
/** The part of f before its sentence l. */
function before(f: Field, l: Field): Field {
  const value = f.value.slice(0, l.valueSpan.start - f.valueSpan.start);
  return { ...f, valueSpan: { start: f.valueSpan.start, end: f.valueSpan.start + value.length }, value };
}

/** "Requisition - MRI lumbar spine w/o", "Protocol note - MRI L-spine w/wo": after a heading of order words and a dash, the study. */
function headedStudy(l: Field, ow: OrderWords): Field | undefined {
  const m = /^([A-Za-z][A-Za-z ]{1,40}?)\s+[-\u2013\u2014]\s+/.exec(l.value);
  // "UR RN review - NM bone scan with SPECT, lumbar spine", "Prior auth - MRI L-spine w/o": a note handling the study requested.
  if (!m || !(isOrderKeyed(m[1].replace(/\s+(?:note|form)$/i, '')) || findAny(toWords(m[1]), ow.requestHandling).length)) return undefined;
  const value = l.value.slice(m[0].length);
  if (!STARTS_WITH_STUDY.test(value)) return undefined;
  const start = l.valueSpan.start + m[0].length;
  return { ...l, valueSpan: { start, end: l.valueSpan.end }, value };
}

/** PAST, but not for who asked for the study ("requested by outside clinic", "ordered by OSH"). */
function toldPast(value: string): boolean {
  const v = value.replace(ASKED_BY, '').replace(DONE_WITH, '').replace(TO_BE_DONE, '');
  return PAST.test(v.replace(PASSIVE_ORDER, (m: string, at: number) => (passiveNotOurs(v.slice(at + m.length)) ? m : '')));
}
/**
 * What follows a passive order that makes it no order of the writer's: another's ("was requested by neurology"),
 * another place's ("was arranged at the birth hospital", "in the NICU") or one given up in its sentence ("was
 * requested but parents declined", "was scheduled but cancelled by family").
 */
const PASSIVE_NOT_OURS =
  /^(?:\s*(?:by (?!(?:me|us|myself)\b)|(?:at|in) (?:the |a |an )?(?:[\w-]+ )?(?:hospital|nicu|picu|ed|er|emergency|clinic|osh|nursery|urgent care|centre|center)\b)|[^.;]*\b(?:but|declined?|refused?|cancell?ed|not done|never|missed|denied)\b)/i;
function passiveNotOurs(after: string): boolean {
  return PASSIVE_NOT_OURS.test(after);
}
/**
 * "MRI lumbosacral spine without contrast was requested under sedation", "X-ray … was requested upon the mother's
 * insistence": an order told in the passive is the writer's order, no past of its own; a time of another visit beside
 * it ("was requested last month", "had been requested") still tells one.
 */
const PASSIVE_ORDERED = new Set(['requested', 'ordered', 'arranged', 'booked', 'scheduled', 'organised', 'organized']);
/** "was"/"were" and one of PASSIVE_ORDERED. */
const PASSIVE_ORDER = new RegExp(String.raw`\b(?:was|were) (?:${[...PASSIVE_ORDERED].join('|')})\b`, 'gi');
/** "spinal ultrasound, to be done this month": a study still to do. */
const TO_BE_DONE = /\b(?:to be|will be|is to be|being) (?:done|performed|obtained|completed)\b/gi;
const ASKED_BY = /\b(?:requested|referred|ordered|sent|asked) by [^.;)]*/gi;
/**
 * How the study is to be done, not a past: "(done together with CT abdomen/pelvis)", "performed along with
 * the CT chest". Only the participle is passed over: "done together with CT chest last week" is still past.
 */
const DONE_WITH = /\b(?:to be )?(?:done|performed|obtained|acquired)\s+(?=(?:together|along|concurrently|simultaneously|at the same time|in the same (?:sitting|session))\b)/gi;

/** Any word of order-vocabulary prose.changedTo or prose.instead: values without one are not searched. */
const MAY_CHANGE = /\b(?:chang|modif|amend|correct|switch|convert|revis|updat|replac|upgrad|downgrad|instead)/i;

/**
 * "Order modified by the ordering team to MRI lumbar spine WITHOUT contrast", "Addendum: order corrected -
 * MRI L-spine w/o", "XR order cancelled; US spine ordered instead": a note that tells its order was
 * changed orders the study it was changed to, wherever that is told, over the one first placed (the
 * last change told counts). The study follows the change word within eight words, after "to", a dash or
 * a colon; or stands in the clause of "instead". Never a change told on a condition or declined.
 */
function changedOrder(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  let last: Facts['order'];
  // A change comes after the order it changes: the first line placing one (an Order or Plan line), else anywhere.
  let anchor = Infinity;
  for (const f of all) if (f.value && f.key && ORDER_KEYS.includes(f.key.name)) anchor = Math.min(anchor, f.valueSpan.start);
  if (anchor === Infinity) anchor = -1;
  for (const f of all) {
    if (!f.value || NO_CHANGE_KEYS.has(f.key?.name ?? '')) continue;
    // "SPECT request withdrawn; XR lumbar spine AP/lat/obliques\nordered instead.": a sentence wrapped onto the next line.
    const value = text.slice(f.valueSpan.start, wrappedEnd(text, f.valueSpan.end));
    if (!MAY_CHANGE.test(value)) continue;
    for (const m of value.matchAll(/[^.;]+/g)) {
      const start = f.valueSpan.start + (m.index ?? 0);
      // "Last month PCP ordered US spine instead of XR", "OSH changed it to US spine": a change told of another time or place.
      if (start < anchor || CHANGE_ELSEWHERE.test(m[0])) continue;
      const words = toWords(m[0], start);
      const study = changedToStudy(text, words, ow);
      if (study === undefined) continue;
      // Someone's wish, a discussion or a decision against it is no change made ("mom asked for it to be changed to CT").
      // "Ordering MD modified request to XR lumbar spine": the request the change word takes is the one changed, no proposal.
      const changedRequest = (p: Span) => words.some((w, i) => w.start === p.start && i > 0 && ow.changedTo.has(words[i - 1].text));
      if (findAny(words, ow.notOrder).length || findAny(words, ow.proposals).some((p) => !changedRequest(p)) || findAny(words, ow.declinedAfter).length) continue;
      const end = start + m[0].trimEnd().length;
      const s: Field = { ...f, valueSpan: { start: words[study].start, end }, value: text.slice(words[study].start, end) };
      if (toldPast(s.value) || RESULT_WORD.test(s.value)) continue;
      // Denied before it ("not changed to MRI"); what follows it is about something else ("… (contrast selected in error)").
      const c = readContext(text, words[study].start, words[study].end);
      if ((c.negated && c.cues.some((q) => q.end <= words[study].start)) || c.hypothetical) continue;
      if (!(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value))) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status === 'recognized' && !decidesNotToImage(text, s, ow, false, true)) last = { field: s, reading: r };
    }
  }
  return last;
}
/**
 * Where a sentence that ends a line without its stop goes on: to the stop or the end of the next line, when that line
 * opens in lower case (a hard-wrapped sentence: "… XR lumbar spine AP/lat/obliques\nordered instead."); else `end`.
 */
function wrappedEnd(text: string, end: number): number {
  if (/[.;:!?]\s*$/.test(text.slice(Math.max(0, end - 2), end))) return end;
  const next = /^[ \t]*\r?\n[ \t]*(?=\p{Ll})/u.exec(text.slice(end, end + 40));
  if (!next) return end;
  const from = end + next[0].length;
  const stop = /[.;\n]/.exec(text.slice(from, from + 200));
  return stop ? from + stop.index : Math.min(text.length, from + 200);
}
/** A change told of another time or place: before this visit, at another hospital, or one that never happened. */
const CHANGE_ELSEWHERE =
  /\b(?:last (?:week|month|year|visit)|ago|previously|earlier this (?:month|year)|osh|outside|referring|other hospital|never (?:done|scheduled|performed)|missed|could not attend|did not attend|not attended)\b/i;
/** Keys where a change told is one of the past ("Prior: XR, then switched to MRI") or someone else's. */
const NO_CHANGE_KEYS = new Set<string>(['Prior imaging', 'PMH', 'FHx']);

/**
 * In a clause, the index of the study it was changed to: after a change word done (not "will be changed
 * to", "to be switched to"), within eight words, after "to", a dash or a colon; or the clause's study
 * with "instead" ("US spine ordered instead", "instead, US spine"; in "US instead of XR" the one before).
 */
function changedToStudy(text: string, words: readonly Word[], ow: OrderWords): number | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (ow.instead.has(w)) {
      // Only a replacement done: the clause orders it outright ("US spine ordered instead"), or is the
      // study and "instead" alone ("US spine instead."); not "Recommend MRI instead", "will call re: MRI instead".
      const head = studyHead(words);
      const done = findAny(words, ow.explicit).some((c) => text.slice(c.start, c.end).toLowerCase().endsWith('ed'));
      if (head < 0 || !(done || (head === 0 && i === words.length - 1))) continue;
      if (head < i) return head;
      if (words[i + 1]?.text !== 'of' && head <= i + 3) return head;
    } else if (
      (ow.changedTo.has(w) && !(i > 0 && words[i - 1].text === 'be')) ||
      (ow.changeVerbs.has(w) && i > 1 && words[i - 1].text === 'to' && ow.changeDecided.has(words[i - 2].text))
    ) {
      for (let j = i + 1; j < words.length && j <= i + 8; j++) {
        if (!STUDY_HEAD.has(words[j].text)) continue;
        const between = text.slice(words[j - 1].end, words[j].start);
        if (words[j - 1].text === 'to' || /[-\u2013\u2014:]/.test(between)) return j;
        break;
      }
    }
  }
  return undefined;
}

/**
 * The study a line keyed for it names ("Radiology: MRI L-spine w/o contrast", "Exam: US SPINE (76800)").
 * The checks read the study's own sentence: what the next one says ("Aware the window is closing at 5
 * months") tells nothing about the study, unless it is the study's report ("XR L-spine. Normal.").
 */
function keyedStudy(text: string, f: Field, contrast: string | undefined, k: Knowledge, ow: OrderWords, lists = true): Facts['order'] {
  const lead = withoutLead(firstSentence(f));
  // "Ordered: CXR, CBC w/ diff, LDH, and MRI whole spine with IV contrast": the spine study among the orders listed
  // (not on an exam's line, which lists findings: "Exam: afebrile, MRI L-spine if worse").
  const listed = lists && !f.key ? (listedStudy(lead) ?? afterLabs(f, k)) : undefined;
  if (listed && conditionedInPlan(text, listed, ow)) return undefined;
  const s = studyLed(lead, false) ?? listed;
  if (!s) return undefined;
  // "ORD: MRI L SPINE        STATUS: CANCELLED", "ORD: US SPINE      DONE: 10/02 - NL", "ORD: MRI L SPINE WO      PRN: ONLY IF
  // XR ABNORMAL", "ORD: MRI L SPINE (DISCONTINUED)", "ORD: REPEAT US SPINE IN 3 MOS": an order-entry screen's order line (reading-vocabulary
  // orderLineColumns.screenOrderKeys) that tells the study's status, date, condition, region or contrast in a column the parser keeps
  // in its value, a status word or a time ahead is read as no order (as before those keys were known), never as the study
  // standing unqualified.
  if (!f.key && screenOrderKey(f.rawKey) && (statusIn(f.value, k) || heldColumn(f.value) || orderLineLater(f.value))) return undefined;
  // "Next step: MRI L-spine if pain persists after PT", "Ordered: MRI L-spine - parents declined": a study only
  // conditioned, or declined in the words after it, is not ordered by the line that names it.
  if (conditionedInPlan(text, s, ow) || declinedAfterDash(s, ow) || askedByFamily(s, ow)) return undefined;
  if (toldPast(s.value) || DATED.test(s.value) || RESULT_WORD.test(s.value) || reportedNormal(s.value)) return undefined;
  // "Investigations: XR L-spine: grade 1 spondylolisthesis" is a result; under a key the language does not know that names
  // the studies, "Paraclinical: MRI L-spine: urgent", "Solicito: MRI L-spine: to be scheduled" tells how or when it is done.
  const colon = withoutKnownKeys(s.value.replace(MODALITY_KEY, ''));
  if (COLON_AND_TEXT.test(colon) && !(!f.key && isOrderKeyed(f.rawKey) && detailAfterColon(colon.slice(colon.indexOf(':') + 1)))) return undefined;
  if (reportFollows(f, s) || reportOnNextLine(text, f.valueSpan.end)) return undefined;
  const r = readOrder(s.value, contrast, k);
  return r.status === 'recognized' && !decidesNotToImage(text, s, ow, false) ? { field: s, reading: r } : undefined;
}

/** A column after a gap (two spaces or a tab) keyed by other than the order's paperwork: "   STATUS: CANCELLED", "   IV CONTRAST: YES". */
function heldColumn(value: string): boolean {
  for (const m of value.matchAll(/(?: {2,}|\t)([A-Za-z][^:\n]{0,39}):/g)) if (!orderLinePaperwork(m[1].trim())) return true;
  return false;
}

/** A key that is a numbered item of a list ("1. Lumbosacral hair tuft + dimple", "2) Back pain"). */
const PROBLEM_ITEM = /^\s*\(?\d{1,2}[.)]\s+[A-Za-z]/;
/** An item's words telling the past or a result ("prior", "history", "results", "imaging done"). */
const PAST_ITEM = /\b(?:prior|previous|past|history|hx|pmh|psh|results?|done|outside|old|imaging)\b/;
/** The last word of a key that is the request or the order itself. */
const REQUEST_KEY_END = /(?:^|\s)(?:request|requests|requested|order|orders|ordered|requisition)$/;
/** A modality alone as a key, before the spine region it images: "MRI: whole spine …", "US: lumbar spine …", "XR: L-spine …". */
const MODALITY_KEY =
  /^\s*(?:mri?|us[sg]?|ultrasound|xr|x[- ]?rays?|radiographs?|ct|(?:nm )?bone scan)\s*:\s*(?=(?:whole|complete|entire|full|total|lumbar|lumbosacral|thoracic|thoracolumbar|cervical|sacral|(?:[lct]|ls|tl)[- /]?s?[- ]?spine|spine|spinal)\b)/i;

/** "Requested: MRI by the mother; explained not indicated": the family or the patient after "by" (prose.askedByFamily) asked for it. */
function askedByFamily(s: Field, ow: OrderWords): boolean {
  const words = toWords(s.value);
  return findAny(words, ow.askedByFamily).some((m) => {
    const i = wordIndex(words, m.start);
    return words[i - 1]?.text === 'by' || (words[i - 2]?.text === 'by' && ['the', 'her', 'his', 'their'].includes(words[i - 1].text));
  });
}

/** "MRI L-spine - parents declined", "XR L-spine – refused by family": after a dash, a word that declines the study (notOrder). */
function declinedAfterDash(s: Field, ow: OrderWords): boolean {
  const dash = lastDash(s.value);
  return dash >= 0 && notOrderCues(toWords(s.value.slice(dash + 1)), ow).length > 0;
}

/** The notOrderCues of these words, but one that tells only when the study can be done (prose.notOrderUntil: "not available until January"). */
function notOrderCues(words: readonly Word[], ow: OrderWords): Span[] {
  const cues = findAny(words, ow.notOrder);
  if (!cues.length) return cues;
  const until = findAny(words, ow.until);
  return until.length ? cues.filter((c) => !until.some((u) => u.start <= c.start && c.end <= u.end)) : cues;
}

/**
 * "?early pars stress reaction. Ix: XR lumbar spine AP/lat. Off netball 2 wks": a label for the study to do
 * (notes/headings.ts isOrderKeyed: "Ix", "Investigations", "Radiology") opening a sentence of prose, with its colon:
 * the text after it, to the end of the prose, is read as that key's line would be (keyedStudy). Known keys
 * ("Plan:", "Imaging:") are split off by the prose reader already.
 */
function inlineOrderKeyed(all: readonly Field[]): Field[] {
  const out: Field[] = [];
  for (const f of all) {
    // Inside a keyed value too, after a sentence of its own ("Pt: 7 mo F. Study: MRI lumbar spine without contrast
    // (sedation)."), but not in a history, whose investigations are of before.
    if (!f.value.includes(':') || !(f.inferred || (f.key && !HISTORY_KEYS.has(f.key.name)))) continue;
    for (const m of f.value.matchAll(INLINE_LABEL)) {
      const label = m[1];
      // In prose, a known key is split off by the prose reader already; inside a keyed value, the Order key's own
      // labels ("Study:", "Request:") are read here.
      const known = lookupKey(label);
      if (known ? f.inferred || known.name !== 'Order' : !isOrderKeyed(label)) continue;
      const keyStart = f.valueSpan.start + m.index + m[0].indexOf(label);
      const valueStart = f.valueSpan.start + m.index + m[0].length;
      if (valueStart >= f.valueSpan.end) continue;
      out.push({
        key: undefined,
        rawKey: label,
        keySpan: { start: keyStart, end: keyStart + label.length },
        valueSpan: { start: valueStart, end: f.valueSpan.end },
        value: f.value.slice(valueStart - f.valueSpan.start),
        lineSpan: { start: keyStart, end: f.valueSpan.end },
      });
    }
  }
  return out;
}
/** Keys whose values tell the past: a label for investigations inside them names studies done before. */
const HISTORY_KEYS = new Set<KeyName>(['PMH', 'Family history', 'Prior imaging']);
/**
 * One to three words and a colon, at the start of a prose value or after a sentence's end; letters of any script, as a
 * Spanish or Bulgarian plan writes its key mid-paragraph ("… Neuro normal. Indicación: Rx de columna lumbosacra").
 */
const INLINE_LABEL = /(?:^|[.;!?]\s+)(\p{L}+(?: \p{L}+){0,2})\s*:[ \t]*/gu;

/**
 * A line whose key says its value is the study chosen (order-vocabulary prose.answerKeys: a teaching
 * vignette's "Answer: MRI L-spine w/o", "Resident's choice: MRI lumbar spine without contrast"): the line
 * itself; or an order-entry line whose key names the study before the label of its reason (prose.reasonLabels:
 * "XR SCOLIOSIS SERIES (PA/LAT STANDING) - reason text: 11 yo F, …", "MRI L-SPINE W/O - Indication: …"): the
 * study in the key, as a field of its own. Both are then read as a key naming the study to do (keyedStudy).
 */
function chosenStudyField(text: string, f: Field, ow: OrderWords): Field | undefined {
  const key = keyWords(f.rawKey);
  if (ow.answerKeys.has(key)) return f;
  // "- transfer request: MRI lumbar spine without contrast at referral hospital", "Sedation request: MRI L-spine": a key
  // ending on the request or order itself names the study requested, unless someone else's ("Parent request:").
  if (REQUEST_KEY_END.test(key) && key.split(' ').length <= 4 && !findAny(toWords(key), ow.proposers).length) return f;
  // "XR req: scoliosis series (PA + lat standing, whole spine)": a requisition's key of a modality and its abbreviated
  // request names the study requested; only so, since "OSH req:" or "Mom req:" may be someone else's.
  if (ow.modalityRequestKeys.has(key)) return f;
  // "MRI: whole spine WITH contrast (as ordered).": a key naming the modality alone, before the spine region and a word
  // that orders it (explicitCues, not taken back), is the study to do, read from its key on ("MRI: whole spine …").
  if (MODALITY_KEY.test(`${f.rawKey}:${f.value.slice(0, 40)}`)) {
    const words = toWords(f.value);
    if (!findAny(words, ow.explicit).some((c) => !negates(words, wordIndex(words, c.start) - 1))) return undefined;
    const span = { start: f.keySpan.start, end: f.valueSpan.end };
    return { ...f, rawKey: 'order', valueSpan: span, value: text.slice(span.start, span.end) };
  }
  // "PLAN / 1. Lumbosacral hair tuft + dimple: MRI lumbar spine w/wo contrast (sedation)": a numbered item of a problem
  // list names the problem, then after its colon the step taken for it; a value that opens on a study, and tells no
  // finding of it, is read as under a key naming the study to do (keyedStudy: not conditioned, past, read or declined).
  // Not an item naming a study or the past ("2. Prior US spine: conus L2", "1. Hx: …").
  if (PROBLEM_ITEM.test(f.rawKey) && !STUDY_NAMED.test(f.rawKey) && !PAST_ITEM.test(key) && !TELLS_A_FINDING.test(f.value)) return f;
  if (!STUDY_NAMED.test(f.rawKey) && !/\bbone scan\b/i.test(f.rawKey)) return undefined;
  const label = ow.reasonAtEnd.exec(f.rawKey);
  if (!label || label.index === 0) return undefined;
  const study = f.rawKey.slice(0, label.index + (/[a-z]/i.test(label[0][0]) ? 0 : 1)).replace(/[\s\u2013\u2014:-]+$/, '');
  if (!startsWithStudy(study) || !(NAMES_SPINE.test(study) || BONE_SCAN.test(study))) return undefined;
  const start = text.indexOf(study, f.keySpan.start);
  if (start < 0 || start >= f.keySpan.end) return undefined;
  const span = { start, end: start + study.length };
  return { ...f, rawKey: 'order', valueSpan: span, value: study };
}

/**
 * The item of a list of orders (", " and a last "and") that opens on a spine study: "CXR, CBC w/ diff, LDH,
 * and MRI whole spine with IV contrast" → "MRI whole spine with IV contrast". Undefined when no item does, or
 * (listOnly) when the value is no list.
 */
function listedStudy(s: Field, listOnly = true): Field | undefined {
  if (listOnly && !s.value.includes(',')) return undefined;
  for (const m of s.value.matchAll(/[^,]+/g)) {
    const raw = m[0].replace(/^\s*(?:and|&|plus)\s+/i, (x) => ' '.repeat(x.length));
    const value = raw.trim();
    if (!value || !startsWithStudy(value) || !(NAMES_SPINE.test(value) || BONE_SCAN.test(value))) continue;
    const start = s.valueSpan.start + (m.index ?? 0) + raw.indexOf(value);
    return { ...s, valueSpan: { start, end: start + value.length }, value };
  }
  return undefined;
}

/**
 * "Ix: CBC, ESR, blood culture; Lumbar spine X-ray AP/Lat", "Ix: CBC, ESR, Mantoux, CXR\n    Non-contrast CT of the
 * thoracolumbar spine": a line of investigations whose first part names no study (labs only) goes on, after a
 * semicolon or on its next line, to the spine study listed (listedStudy's rules, one part at a time). A part before
 * it that names the spine or a study ("chest X-ray", "XR L-spine normal") is no list of labs: nothing past it is read.
 */
/** "XR L-spine ok", "XR L-spine - fine": the value ends on a normal-state word (context-lexicon normalStates), its result. */
function endsNormal(value: string): boolean {
  const words = toWords(value);
  for (let n = 1; n <= 3 && n < words.length; n++) if (isNormalValue(value.slice(words[words.length - n].start))) return true;
  return false;
}

/**
 * "Inv: X-ray LS spine - NAD", "Ix: XR L-spine nil acute": the study's line closes on a normal-state word (context-lexicon
 * normalStates: NAD, nil, normal, unremarkable …) right after the spine's name or after a dash or colon: its result,
 * so a study done. Not a normal word of something else ("MRI L-spine, exam normal", "MRI L-spine - nil by mouth").
 */
function reportedNormal(value: string): boolean {
  const words = toWords(value);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const at = words[words.length - n].start;
    if (!isNormalValue(value.slice(at)) && !nilResultOf(contextLexicon().normalStates.nilResults).test(value.slice(at))) continue;
    if (/[-:\u2013\u2014]\s*$/.test(value.slice(0, at)) || NAMES_SPINE.test(words[words.length - n - 1].text)) return true;
  }
  return false;
}
/** normalStates.nilResults as one pattern, built once per vocabulary: a stem takes any ending ("abnormality"). */
const nilResultOf = perVocabulary((v: ContextLexicon['normalStates']['nilResults']) => {
  const results = [...v.results.map(escapeRegExp), ...v.resultStems.map((s) => `${escapeRegExp(s)}\\w*`)];
  return new RegExp(`^(?:${alternation(v.lead)}) (?:${results.join('|')})\\W*$`, 'i');
});

function afterLabs(f: Field, k: Knowledge): Field | undefined {
  let first = true;
  for (const m of f.value.matchAll(/[^;\n]+/g)) {
    const start = f.valueSpan.start + (m.index ?? 0);
    const part: Field = { ...f, valueSpan: { start, end: start + m[0].length }, value: m[0] };
    if (!first) {
      const item = listedStudy(part, false);
      // "Ix: Hb 12, WCC 8; XR L-spine NAD", "Ix: CBC, ESR; XR L-spine - pars defect L5": a study told with its result
      // (prior.ts reads one) is one done, not ordered.
      if (item) return readPriorStudy(part.value, part.valueSpan, k).result === 'unknown' && !endsNormal(item.value) ? item : undefined;
    }
    // A part that names the spine, or a study of its own, is not labs: the line is read as it stands.
    if (NAMES_SPINE.test(m[0]) || STUDY_NAMED.test(m[0])) return undefined;
    first = false;
  }
  return undefined;
}

/**
 * "Ordered: repeat spinal US now", "Radiology: urgent MRI L-spine", "Ordered: repeat bedside spinal US this week": words
 * before the study that say when, how often or where to do it; and "Ix" (investigations: "neuro NAD. Ix MRI L-spine w/o.").
 */
const STUDY_LEAD = /^(?:(?:repeat|urgent|emergent|emergency|stat|same[- ]day|outpatient|inpatient|follow[- ]?up|interval|bedside|portable|routine|elective|expedited|ix)\s+){1,3}/i;

/** The sentence without a lead word before its study (STUDY_LEAD); the sentence itself when it has none. */
function withoutLead(s: Field): Field {
  const m = STUDY_LEAD.exec(s.value);
  if (!m) return s;
  const start = s.valueSpan.start + m[0].length;
  return { ...s, valueSpan: { start, end: s.valueSpan.end }, value: s.value.slice(m[0].length) };
}

/**
 * An order form's "Exam: MRI L SPINE W/O CONTRAST": "Exam" is an alias of Findings that is also an order
 * word, and there it names the study to do when its value opens on one. Read last, when nothing else in
 * the note is the order, since a clinic note's "Exam: XR L-spine reviewed …" beside "Plan: MRI" is no order.
 */
function examKeyedOrder(text: string, all: readonly Field[], k: Knowledge): Facts['order'] {
  for (const f of all) {
    if (f.key?.name !== 'Findings' || !f.value || !isOrderKeyed(f.rawKey)) continue;
    const o = keyedStudy(text, f, first(all, 'Contrast')?.value, k, orderWords(k.vocabulary), false);
    if (o) return o;
  }
  return undefined;
}

/** The value up to the end of its first sentence (a full stop before a space, or a semicolon); the value itself when it has one. */
function firstSentence(f: Field): Field {
  const m = /[.;](?=\s)/.exec(f.value);
  if (!m) return f;
  work.steps += m.index;
  const value = f.value.slice(0, m.index + 1).trim();
  return value ? { ...f, valueSpan: { start: f.valueSpan.start, end: f.valueSpan.start + value.length }, value } : f;
}

/** The sentence after a study's own is its report: a result or a finding ("Normal.", "No fracture.", "Conus at L3."). */
function reportFollows(f: Field, s: Field): boolean {
  const next = f.value.slice(s.valueSpan.end - f.valueSpan.start).replace(/^[\s.;]+/, '');
  if (!next) return false;
  const m = /[.;](?=\s)|$/.exec(next);
  const sentence = next.slice(0, m?.index ?? next.length);
  if (TOLD_DONE.test(sentence) || DATED.test(sentence)) return true;
  return !NAMES_A_STUDY.test(sentence) && (RESULT_WORD.test(sentence) || REPORT_FINDING.test(sentence));
}
/** The sentence after a study tells it done ("Done 2 weeks ago at OSH.", "Performed 01/11/2026.", "Report not available."). */
const TOLD_DONE = /^\s*(?:was |were )?(?:done|performed|completed|obtained|already done)\b|\bago\b|\breport (?:not available|pending|awaited)\b|\bat (?:osh|outside)\b/i;
/** TELLS_A_FINDING without the words for who was told ("aware", "reassured"), which follow an order as often as a report. */
const REPORT_FINDING = /^\s*no\b|\b(?:fractures?|dysraphism|conus|filum|tether\w*|syrinx|lipoma|no acute|no abnormalit\w*|no evidence)\b/i;

/** "MRI L spine w/o contrast. Sedation: yes": a known key inside the value is the form's next field, not a result after a colon. */
function withoutKnownKeys(value: string): string {
  return value.replace(/([A-Za-z][A-Za-z ]{1,30}):/g, (m, key: string) => (lookupKey(key.trim()) ? `${key} ` : m));
}

function lastSentence(f: Field): Field | undefined {
  let end = f.value.length;
  while (end > 0 && /[\s.;]/.test(f.value[end - 1])) end--;
  let start = end;
  while (start > 0 && f.value[start - 1] !== ';' && !(f.value[start - 1] === ' ' && f.value[start - 2] === '.')) start--;
  work.steps += f.value.length - start;
  const value = f.value.slice(start, end).trim();
  if (!value) return undefined;
  const at = f.valueSpan.start + start + (f.value.slice(start, end).length - f.value.slice(start, end).trimStart().length);
  return { ...f, valueSpan: { start: at, end: at + value.length }, value };
}

/**
 * A day counted from something else than birth, not a day of life: "hospital day 3 US", "postop day 2", "day 3 of
 * admission", "day 2 post-op" (a stay or a course, often still to come).
 */
const NOT_A_HOSPITAL_DAY = String.raw`(?<!\b(?:hospital|admission|hosp|postop|post-op|post-operative|postoperative|illness|treatment|antibiotic|antibiotics|fever|clinic|study|icu|nicu|picu|stay)\s+)`;
const NOT_A_HOSPITAL_DAY_AFTER = String.raw`(?!\s*(?:of\s+(?!life\b)[a-z]|post|after|since|from|following|\(?pod\b|postop))`;
/**
 * A study told with the day of life it was done on, right beside its name ("Nursery spinal US (day 3):", "spinal ultrasound
 * day 3:", "US on DOL 2", "day-3 US"): not a day told of something else in the sentence ("colostomy on day 2 of life").
 */
const ON_DAY_OF_LIFE = String.raw`\b(?:${US_WORDS}|${STUDY_WORDS})(?:\s+(?:(?:[ctl]|ls|tl|cervical|thoracic|lumbar|lumbosacral|sacral|whole)[\s-]*)?(?:spine|spinal))?\s*\(?\s*(?:(?:on|at|done on|performed on)\s+)?(?:day of life|dol|${NOT_A_HOSPITAL_DAY}day)\s*#?\d{1,2}\b${NOT_A_HOSPITAL_DAY_AFTER}|\b(?:day of life|dol|${NOT_A_HOSPITAL_DAY}day)[\s-]*\d{1,2}\s+(?:of life\s+)?(?:(?:spinal|spine)\s+)?(?:${US_WORDS}|${STUDY_WORDS})\b`;
/**
 * A study the family brings or a study from a private clinic is one done ("Mother brings sonogram from private clinic: …",
 * "brought the outside MRI on CD"); not a child brought in for a study ("brought in for US spine"), a request for one
 * brought ("brought the MRI requisition"), nor a child referred from a private clinic for one.
 */
const BROUGHT_STUDY = String.raw`\b(?:brings?|brought)\s+(?:(?:the|a|an|his|her|their|outside|prior|previous|old|earlier|spinal|spine|lumbar|lumbosacral)\s+){0,3}(?:${US_WORDS}|${STUDY_WORDS}|images|report|cd)\b(?!\s+(?:requisitions?|requests?|orders?|order form|referrals?|forms?|slips?|appointments?|prescriptions?|scripts?|rx)\b)|(?<!\b(?:referred|sent|referral|transferred)\s+)\bfrom (?:a |the )?private (?:clinic|center|centre|hospital|practice|radiology)\b(?!\s+for\b)`;
/** Words that put a study in the past ("US at 2 wk showed …", "prior MRI normal", "films last month nl"). */
/** Radiographs or a study reviewed are ones done ("Reviewed his films and agree", "outside images reviewed"); a chart reviewed is no study. */
const REVIEWED_STUDY = String.raw`\breviewed\s+(?:(?:his|her|their|the|outside|prior|these|those|today['\u2019]?s)\s+){0,2}(?:films?|radiographs?|x[- ]?rays?|xrs?|images|imaging|studies|study|scans?)\b|\b(?:films?|radiographs?|x[- ]?rays?|xrs?|images|imaging|study|scans?)\s+(?:(?:were|was|have been|has been|personally)\s+)?reviewed\b`;
// "USS spine at 6/52 of age", "at 3/12 old": a British age in weeks or months told as the child's is one reached; a bare
// "at 6/52" as often means six weeks from now ("repeat US at 6/52"), no past. "Reported as" tells a result only when nothing
// earlier in its clause leaves the study to do: "US spine to be booked this week and reported as urgent", "to be formally
// reported as urgent" are a study still to come.
const PAST = new RegExp(
  String.raw`\b(?:prior|previous|previously|had|has had|showed|shows|showing|was|were|read as|(?<!\b(?:be|being)\b[^.;\n]{0,80})reported as|done|obtained at|ago|last|earlier|outside|osh|at birth|at \d{1,2}\s*(?:d|days?|wks?|weeks?|mos?|months?)\b|at \d{1,2}\/(?:52|12)\s+(?:(?:of\s+)?(?:age|life)|old)\b|in \d{4}|\d{4}-\d{2})|\b(?:films?|radiographs?|x[- ]?rays?|xrs?|images|scans?)(?:\s*\([^()]{0,80}\))?\s+(?:show|demonstrate|reveal)\b|${REVIEWED_STUDY}|${ON_DAY_OF_LIFE}|${BROUGHT_STUDY}`,
  'i',
);
/**
 * Words that leave a study to do: ordered, planned, requested (not "done at mom's request"), one that could be done ("a
 * spinal US could be done first and would show the conus"), one not yet done ("XR L-spine pending - normal" tells no
 * result: the dash's word is the exam's or a guess; "awaited", "needed", "for tomorrow", "may be helpful", "would be"),
 * though a study whose report or result is pending, or that needed sedation, was done (NOT_YET_DONE).
 */
const NOT_PAST_WORDS =
  /\b(?:order|ordered|ordering|plan|will|(?<!\bat\s+(?:the\s+)?(?:[a-z]+['\u2019]s?\s+|parental\s+)?)request|requested|requesting|wants?|would like|suggest|no prior|never|not (?:yet )?(?:done|performed|obtained)|(?:to|is to|are to) be (?:done|performed|obtained|completed|reviewed)|(?:could|would|can|may|might)\s+(?:\w+\s+)?be (?:done|performed|obtained)|would show)\b|\bno (?:(?:previous|spinal|spine|lumbar|lumbosacral|sacral|formal|outside)\s+){0,2}(?:us[sg]?|ultrasound|sonograms?|mri|imaging|x[- ]?rays?|xr|films?|ct)\s+(?:(?:has been|have been|had been|was|were|yet)\s+)?(?:done|performed|obtained|yet)\b/i;
// The study itself the subject of the words, within a few words after its name: "there may be some fat in the filum" is a
// hedged result and "whether further imaging is needed" another study, neither the told study's own.
const NOT_YET_DONE = String.raw`(?<!\b(?:further|more|additional|other|any)\s{1,3})\b(?:${US_WORDS}|${STUDY_WORDS}|imaging)\b(?:[\s,:]{1,3}(?!\(?(?:reports?|results?|read|reading|interpretation|sedation|anaesthesia|anesthesia|ga)\b)[\w/().-]{1,30}){0,4}?[\s,:]{1,3}(?:(?:is|are|still|now|also)\s{1,3})?(?:pending|awaited|needed|for tomorrow|(?:may|would|might) be)\b`;
const NOT_PAST = new RegExp(`${NOT_PAST_WORDS.source}|${NOT_YET_DONE}`, 'i');

/**
 * "MRI lumbosacral w/o contrast. Neurosurgery opinion if MRI abnormal.", "… Refer NSGY if the MRI shows tethering": a
 * sentence that names a study only inside the condition of another step (its result decides the step) refers back to
 * the study before it and asks for no new one, so the closing study before it is still read.
 */
function studyOnlyAsCondition(sentence: string): boolean {
  const m = STUDY_IN_CONDITION.exec(sentence);
  return m !== null && !NAMES_A_STUDY.test(sentence.slice(0, m.index));
}
const STUDY_IN_CONDITION = new RegExp(String.raw`\b(?:if|unless|should|depending on)\s{1,3}(?:the\s{1,3})?(?:${US_WORDS}|${STUDY_WORDS})\b`, 'i');

/** A value naming no imaging study is not searched for one (most histories). */
const NAMES_A_STUDY = new RegExp(String.raw`\b(?:bone scan|${US_WORDS}|${STUDY_WORDS}|imag\w*)\b`, 'i');

/**
 * Whether the study a clause names is a relative's: a possessive right before it ("Her brother's x rays of the spine",
 * "Dad's MRI") that the context reads as another's. "Mother says she had a spinal US" tells the child's own study.
 */
function relativesStudy(text: string, at: number, clause: string): boolean {
  // "XR L-spine 2 wks ago, brother's XR normal": any study the clause names as a relative's leaves its result in doubt.
  const named = STUDY_NAMED_ALL;
  named.lastIndex = 0;
  for (let m = named.exec(clause), seen = 0; m && seen < 4; m = named.exec(clause), seen++) {
    const before = clause.slice(Math.max(0, m.index - 80), m.index);
    const end = m.index + m[0].length;
    // "Mum had lumbar XR 2 wks ago, normal": a relative the subject of the study's clause has it, as the context reads it.
    if ((RELATIVE_OWNS.test(before) || RELATIVE_HAD.test(before)) && readContext(text, at + m.index, at + end).experiencer === 'other') return true;
    // "XR in his brother 2 wks ago", "Lumbar XR (for her sister)": the relative told after the study.
    const after = RELATIVE_AFTER.exec(clause.slice(end, end + 60));
    if (after && wordSetOf(contextLexicon().speakers.relations).has(after[1].toLowerCase())) return true;
  }
  return false;
}
/** A person a study was done in or for, told right after it ("XR in his brother", "films of her sister"). */
const RELATIVE_AFTER = /^[^:;,()\n]{0,30}?[\s(]{1,3}(?:in|of|for|on)\s{1,3}(?:his|her|their|the|a|pt['\u2019]s|patient['\u2019]s)\s{1,3}([a-z]+)\b/i;
/**
 * A subject who had the study, right before it ("Mum had", "her brother also had an"), for the context to read; not a
 * pronoun, which the sentence may give the child ("Mother says she had a spinal ultrasound as a newborn").
 */
const RELATIVE_HAD =
  /\b(?!(?:she|he|they|it|i|we|you|who|pt|patient|child)\b)[a-z]+\s+(?:also\s+)?(?:had|has had|underwent|got)\s+(?:(?:a|an|the|his|her|their|lumbar|spine|spinal|plain)\s+){0,2}$/i;
/** A possessive closing the words before a study, with at most two words between ("brother's old spine x rays"). */
const RELATIVE_OWNS = /\b[a-z]+['\u2019]s\s+(?:[a-z-]+\s+){0,2}$/i;

/**
 * The sentences of a value read for a study done: a full stop ends one, but not a decimal's ("conus at L2.5") nor the one
 * closing a day and month written European style ("Spinal US 21.05. (at 2 weeks): limited", "Sono from 12.02.: conus at L3"),
 * where a colon, a bracket, a comma or a word in lower case follows it.
 */
const SAID_IN_PRIOR = /(?:[^.;]|\.\d|(?<=(?:^|[^\d.])\d{1,2}\.\d{1,2})\.(?=[ \t]*[:(),]|[ \t]+[a-z]))+/g;
/**
 * Earlier imaging told in the history ("Spinal US at 3 wk: conus at L1, normal"): a sentence that
 * names a spine study, puts it in the past and does not order it is read as a prior study. `reported`: the sentences under
 * a key for the studies that report one done (resultsUnderStudiesKey), read though their key is none of PRIOR_IN_TEXT_KEYS.
 */
function readPriorInText(text: string, all: readonly Field[], k: Knowledge, ageMonths: number | undefined, reported: ReadonlySet<Field> = new Set()): PriorStudy[] {
  const { settingLead, onlyTheResult } = priorTextWords(k.vocabulary);
  const out: PriorStudy[] = [];
  /** When each study of out was done, as told (toldWhen). */
  const whens: (When | undefined)[] = [];
  for (const f of all) {
    // "Imaging: CT L-spine last year: normal.": a line keyed for the imaging that reports a study done is read as one; so is a
    // sentence under a key for the studies that reports one ("Paraclinical: XR L-spine 2 weeks ago normal"), no other unkeyed line.
    // The keys are asked before the value is searched for a study's name; an Order line's report, the costliest, after it.
    const keyed = PRIOR_IN_TEXT_KEYS.has(f.key?.name ?? '') || reported.has(f);
    if (!f.value || !(keyed || f.key?.name === 'Order')) continue;
    if (!(NAMES_A_STUDY.test(f.value) || NAMES_A_SERIES.test(f.value))) continue;
    if (!keyed && !reportedUnderImagingKey(text, f, orderWords(k.vocabulary))) continue;
    const said = [...f.value.matchAll(SAID_IN_PRIOR)];
    for (let n = 0; n < said.length; n++) {
      const m = said[n];
      const raw = m[0];
      let sentence = raw.trim();
      let start = f.valueSpan.start + (m.index ?? 0) + raw.indexOf(sentence);
      // "- MRI L-spine at 6 months if US equivocal", "if US abnormal, MRI": a study named in a condition is
      // not one done; the rest of the sentence is read without the condition.
      const cond = CONDITION.exec(sentence);
      if (cond) {
        const comma = sentence.indexOf(',', cond.index);
        const before = sentence.slice(0, cond.index).trimEnd();
        const after = comma >= 0 ? sentence.slice(comma + 1) : '';
        if (NAMES_A_STUDY.test(before) || !after.trim()) sentence = before;
        else {
          start += comma + 1 + (after.length - after.trimStart().length);
          sentence = after.trim();
        }
      }
      // "the US window has passed at 9 months": the acoustic window is no study.
      if (namesOnlyAWindow(sentence)) continue;
      // "at 10 months canal US is usually nondiagnostic": what a study tends to show is a remark, not one done.
      if (GENERAL_REMARK.test(sentence) && !DONE_MARK.test(sentence) && !DATED.test(sentence)) continue;
      // "MRI L-spine at 6 months" for a 2-month-old: an age still to come is a plan, not a study done.
      const at = AT_AGE.exec(sentence);
      if (at && ageMonths !== undefined && toMonths(Number(at[1]), unitOf(at)) > ageMonths + 0.25) continue;
      // "US spine on day 5" for a 2-day-old: a day of life still to come is a plan too.
      const day = DAY_OF_LIFE.exec(sentence);
      if (day && ageMonths !== undefined && toMonths(Number(day[1]), 'd') > ageMonths + 1 / 30.4375) continue;
      // "Outpatient spinal US (ordered at nursery discharge) has resulted: conus at L3", "Result pending at discharge: spinal
      // US, ordered for a deep dimple. Final read: conus at L2-L3 …": a study ordered before whose result has come is one done.
      const resulted = resultedIn(sentence, onlyTheResult) || resultFollows(said, n);
      const notPast = (t: string) => NOT_PAST.test(resulted ? t.replace(ORDERED_BEFORE, ' ') : t);
      let told = sentence;
      // "… XR L-spine\nNo fracture.", "Had MRI L-spine.\nNo abnormality.": a study closing its value, its report on the next line.
      // Not a study asked for ("referred for US spine", "PCP recommends MRI", "here for MRI"), whatever the next line says.
      const report =
        NAMES_A_STUDY.test(sentence) && !NOT_PAST.test(sentence) && !ASKED_FOR.test(sentence) && /^[\s.;]*$/.test(f.value.slice((m.index ?? 0) + raw.length))
          ? reportOnNextLine(text, f.valueSpan.end)
          : undefined;
      if (report) told = text.slice(start, report.end);
      else if (!resulted && !PAST.test(sentence)) {
        // "XR L-spine: grade 1 spondylolisthesis", "Plain films: …", "…, films at PCP nl": a study told with its result is past without a past word.
        const clause = /(?:^|,)\s*([^,]+)$/.exec(sentence)?.[1] ?? sentence;
        const led = startsWithPriorStudy(sentence, settingLead) || startsWithPriorStudy(clause, settingLead);
        // "a left thoracic curve of 30 deg on today's standing films": a finding told on the films it was seen on.
        const seen = led ? undefined : findingOnRadiograph(sentence);
        if (seen) {
          start += seen.from;
          told = seen.text;
        } else {
          if (!led) continue;
          if (!startsWithPriorStudy(sentence, settingLead)) {
            start += sentence.length - clause.length;
            told = clause;
          }
          // "XR L-spine normal, MRI ordered": the result is the first study's; what follows is another's.
          // "Rentgenogram of L-spine (polyclinic N3, 10.03) - without pathology": a whole result after a spaced dash is one too.
          const first = studyClauses(told, settingLead)[0]?.text ?? told;
          if (!tellsSpineResult(first) && !resultAfterDash(first, orderWords(k.vocabulary))) continue;
        }
      }
      // "XR L-spine: normal, MRI recommended", "Spinal US at 3 wk normal, then MRI at 4 mo showed a fatty filum":
      // each study is read with its own clause; a later one only when it too is told as done.
      for (const part of studyClauses(told, settingLead)) {
        if (part.text.length < 4 || notPast(part.text) || NOT_DONE.test(part.text.replace(/[,;].*$/s, ''))) continue;
        if (part.from > 0 && !PAST.test(part.text) && !tellsSpineResult(part.text)) continue;
        // "Her brother's x rays of the spine were normal": a relative's study is none of the child's.
        if (relativesStudy(text, start + part.from, part.text)) continue;
        const study = readPriorStudy(part.text, { start: start + part.from, end: start + part.from + part.text.length }, k);
        if (!study.modality || study.modality === 'bone-scan') continue;
        if (study.modality !== 'US' && study.modality !== 'MRI' && study.modality !== 'XR' && study.modality !== 'CT') continue;
        // "Postnatal renal US at 1 wk: mild pelviectasis", "head US normal": a study of another region is no prior spine study.
        if (ofOtherRegion(part.text)) continue;
        // "A spinal ultrasound was performed at 7 months. The report states … limited by ossification; it was
        // read as indeterminate.": the result told in the sentences after the study's own.
        // "XR 3 wk ago: no fracture; L3-4 disc space narrowing", "…: no fracture. Endplate irregularity at L2-3.": a report
        // read negative only for its denials is not, when the sentence after goes on to tell more of it.
        if (study.byDenial && reportGoesOn(f, said, n)) Object.assign(study, { result: 'unknown', byDenial: undefined });
        // "XR: pars defect healed; new lucency of the right L4 pars": a report read normal for what healed, resolved or is a
        // variant, that goes on to tell a finding, is read with what it goes on to tell.
        if (study.result === 'normal' && NORMAL_BY_COURSE.test(study.text) && reportGoesOn(f, said, n)) {
          const next = said[n + 1];
          const span = { start: study.span.start, end: f.valueSpan.start + (next.index ?? 0) + next[0].trimEnd().length };
          const merged = readPriorStudy(text.slice(span.start, span.end), span, k);
          if (merged.result === 'abnormal') Object.assign(study, { span, text: merged.text, result: merged.result, reasons: merged.reasons });
        }
        const reported = study.result === 'unknown' ? reportAfter(f, said, n) : undefined;
        if (reported !== undefined) {
          const span = { start: study.span.start, end: reported };
          const merged = readPriorStudy(text.slice(span.start, span.end), span, k);
          if (merged.result !== 'unknown') Object.assign(study, { span, text: merged.text, result: merged.result, reasons: merged.reasons });
        }
        // "That ultrasound was done at 2 months and showed the conus at L1-L2 … better than an infant ultrasound
        // done 22 months ago": a study named again without its result is the one already read.
        // One told with a time of its own other than the read one's is another ("Spinal US at 2 wk was normal.
        // Spinal US at 5 months at OSH, report not available").
        const when = toldWhen(part.text, ageMonths);
        if (
          study.result === 'unknown' &&
          !NEW_STUDY.test(part.text) &&
          out.some((o, q) => o.modality === study.modality && o.result !== 'unknown' && (when === undefined || sameWhen(when, whens[q])))
        )
          continue;
        whens[out.length] = when;
        out.push(study);
        if (out.length >= 8) return out;
      }
    }
  }
  return out;
}

/** A study's result told as come ("has resulted", "results are back", "came back"). */
const RESULTED =
  /\b(?:has|have|had)\s+(?:now\s+|since\s+|just\s+)?(?:resulted|come back|returned)\b|\bresulted\s*:|(?<!\b(?:when|once|until|till|after|before|if|whether)\s+(?:the\s+)?)\bresults?\s+(?:is\s+|are\s+|now\s+)?back\b(?!\s+(?:in|by|within|next|tomorrow|later|soon|expected|on|early)\b)|\bcame back\b/gi;
/**
 * The sentence tells the study's own result come: the clause of "has resulted" or "came back" names the study or only
 * its result ("Spinal US ordered by PCP came back normal", "…, results came back normal"); not another test's ("Spinal
 * US ordered, UA has resulted: normal", "…, urine culture came back negative"), nor a result still to come ("results back
 * in 48h", "call when results are back").
 */
function resultedIn(sentence: string, onlyTheResult: RegExp): boolean {
  for (const m of sentence.matchAll(RESULTED)) {
    const clause = sentence.slice(0, m.index).split(/[,;]/).pop() ?? '';
    if (NAMES_A_STUDY.test(clause) || onlyTheResult.test(clause)) return true;
  }
  return false;
}
/** The order told of a study whose result has come ("ordered at nursery discharge", "requested by the PCP"). */
const ORDERED_BEFORE = /\b(?:ordered|requested)\b/gi;
/** The sentence after sentence n opens on its report's heading and tells a result ("Final read: conus at L2-L3, limited by motion"). */
function resultFollows(said: readonly RegExpMatchArray[], n: number): boolean {
  const next = said[n + 1]?.[0];
  if (!next) return false;
  const m = /^\s*(?:final\s+|formal\s+|official\s+)?(?:read|reading|report|results?|impression)\s*:\s*(.*)$/is.exec(next);
  return m !== null && !NAMES_A_STUDY.test(m[1]) && tellsImagingReport(m[1]);
}

/**
 * What a study tends to show, told of the study in general ("canal US is usually nondiagnostic at 10 months",
 * "MRI is often normal in spondylolysis", "radiographs tend to miss early stress reactions").
 */
const GENERAL_REMARK =
  /\b(?:is|are|becomes?|gets?|can be)\s+(?:usually|typically|generally|often|frequently|commonly|rarely|seldom|mostly|normally|not usually|not always|less)\b|\b(?:usually|typically|generally|often|frequently|commonly|rarely|seldom)\s+(?:is|are|non\w*|limited|inadequate|insufficient|shows?|gives?|miss(?:es)?|cannot|can'?t|fails?|not)\b|\btends? to\b/i;
/** Words that tell a study done, which a general remark beside it does not undo ("prior US was limited, as is often the case", "OSH radiographs normal, though x-rays often miss early stress reactions"). */
const DONE_MARK =
  /\b(?:prior|previous|previously|had|has had|showed|shows|showing|was|were|done|performed|obtained|ago|last|read as|reviewed|outside|osh|recent|recently|earlier|at birth)\b/i;

/** When a study was done as its sentence tells it: the age in months ("at 2 months", "22 months ago" of a 2-year-old), or its date. */
type When = { months: number } | { date: string };
function toldWhen(told: string, ageMonths: number | undefined): When | undefined {
  const at = AT_AGE.exec(told);
  if (at) return { months: toMonths(Number(at[1]), unitOf(at)) };
  if (/\bat birth\b/i.test(told)) return { months: 0 };
  const ago = AGO.exec(told);
  if (ago && ageMonths !== undefined) return { months: ageMonths - toMonths(Number(ago[1]), unitOf(ago)) };
  const dated = DATED.exec(told);
  if (dated && /\d/.test(dated[0])) return { date: dated[0] };
  return undefined;
}
const AGO = /\b(\d{1,2}(?:\.\d)?)(?:\s*(d|days?|wks?|weeks?|mos?|months?|y|yrs?|years?)|\/(52|12))\s+ago\b/i;
/** Two times told are the same study's; one not told may be any. */
function sameWhen(a: When, b: When | undefined): boolean {
  if (!b) return false;
  if ('months' in a && 'months' in b) return Math.abs(a.months - b.months) <= 0.5;
  if ('date' in a && 'date' in b) return a.date === b.date;
  return false;
}
/** A study told as not done in its own clause: recommended, planned, declined, or none ("Prior US: none", "US had been planned"). */
const NOT_DONE =
  /\b(?:recommend(?:ed|s|ation)?|advised|suggested|planned|declined|refused|deferred|cancell?ed|none|nil|not (?:yet )?(?:available|possible|done|performed|obtained))\b/i;
/** A sentence after a study that doubts what it showed ("It is unclear whether it was normal"). */
const UNSURE = /\b(?:unclear|uncertain|unknown|not sure|not known|whether|don'?t know|do not know)\b/i;

/** Keys whose free text may tell a study done: the history, and the indication of an order ("Indication: dimple. US spine 3 wk ago: conus at L3"). */
const PRIOR_IN_TEXT_KEYS = new Set<string>(['Presentation', 'PMH', 'Indication']);
/**
 * "Paraclinical: lumbosacral radiography AP + profile: bilateral lysis of the isthmus L5", "Investigations: XR L-spine:
 * normal": a key the language does not know that names the studies, done or to do (notes/headings.ts isOrderKeyed). Not
 * a key that orders or requests ("Request:", "Se solicita:").
 */
function isStudiesKey(f: Field): boolean {
  return !f.key && !!f.value && isOrderKeyed(f.rawKey) && !ORDERING_KEY.test(f.rawKey);
}
const ORDERING_KEY = /order|request|requisition|req\b|solicit|planned|required|placed|protocol/i;
/**
 * The sentences of a value under a key for the studies (isStudiesKey) that open on a study and tell its result, before any
 * other study named ("XR L-spine 2 weeks ago normal", "CT: bilateral lysis L5", "XR: normal, MRI requested"): each a
 * report of one done, read as history. Not one that tells only how or when the study is to be done ("MRI L-spine: urgent",
 * "MRI: under sedation", "MRI L-spine: scheduled for Monday", "XR: AP and lateral"), is pending or asks ("XR: r/o fracture").
 */
function resultsUnderStudiesKey(f: Field, orDone?: ToldDone): Field[] {
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
const toldDone = perVocabulary((v: OrderVocabulary): ToldDone => ({ after: anyScriptWords(v.prose.toldDone.after), before: anyScriptWords(v.prose.toldDone.before) }));
/** Whole words of any script ("назад", "prieš"): `\b` knows only ASCII letters. */
function anyScriptWords(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(words)})(?![\\p{L}\\p{N}_])`, 'iu');
}
/**
 * A meeting's "Outcome:", "Action:", "Decision:" read as the plan (keys.ts `besides`, withMinutesRead): minutes write what
 * was reviewed beside what was decided, sentence by sentence.
 */
function isMinutesPlan(f: Field): boolean {
  return !!f.value && ((f.key?.name === 'Plan' && (isBesidesSpelling(f.rawKey) || TRANSLATED_PLAN.test(f.rawKey))) || (!f.key && isWritersLanguageOrderKey(f.rawKey)));
}
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
function minutesPlanRead(text: string, f: Field, ow: OrderWords, done: ToldDone): Field[] {
  if (!isMinutesPlan(f)) return [f];
  const reported = new Set(resultsUnderStudiesKey(f, done).map((r) => r.valueSpan.start));
  const kept: Field[] = [];
  for (const m of f.value.matchAll(/(?:[^.;]|\.\d)+/g)) {
    const sentence = m[0].trim();
    if (!sentence) continue;
    const start = f.valueSpan.start + (m.index ?? 0) + m[0].indexOf(sentence);
    const words = toWords(sentence, start);
    // Only a sentence of one study: beside another, the plan's own reading tells which is done and which to do ("previous
    // MRI reviewed - repeat MRI L-spine w/o", "XR declined, MRI L-spine w/o instead").
    if (words.filter((w) => STUDY_HEAD.has(w.text)).length === 1) {
      if (reported.has(start) || recordsOfStudy(text, words, ow) || findAny(words, ow.adviceDeclined).length > 0) continue;
    }
    kept.push({ ...f, value: sentence, valueSpan: { start, end: start + sentence.length } });
  }
  if (kept.length && kept.length === [...f.value.matchAll(/(?:[^.;]|\.\d)+/g)].filter((m) => m[0].trim()).length) return [f];
  return kept;
}
/** The study's name is followed in its clause by its record ("OSH MRI report", "previous MRI images"), no dash between ("US spine — report to GP"). */
function recordsOfStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  let tail = head;
  while (tail + 1 < words.length && STUDY_TAIL.has(words[tail + 1].text) && !breaksClause(text, words[tail].end, words[tail + 1].start)) tail++;
  const next = words[tail + 1];
  return next !== undefined && !breaksClause(text, words[tail].end, next.start) && !DASH.test(text.slice(words[tail].end, next.start)) && findAny([next], ow.records).length > 0;
}
/** Words of a study's result: a result word, a finding of imaging, a level of the spine. */
function tellsAResult(t: string): boolean {
  return RESULT_WORD.test(t) || TELLS_A_FINDING.test(t) || IMAGING_FINDING.test(t) || SPINE_LEVEL.test(t);
}
/** The study is still to come: pending, awaited, scheduled, to do. */
const NOT_YET = /\b(?:pending|awaiting|awaited|scheduled|to do|to be)\b/i;
/** After a study's colon, how or when it is to be done ("urgent", "under sedation", "AP and lateral", "to be scheduled"): no result, no question, not pending. */
function detailAfterColon(after: string): boolean {
  return !tellsAResult(after) && !ASKS.test(after) && !/\b(?:pending|awaiting|awaited|not done|not yet)\b/i.test(after);
}
/** A sentence opening on a study (its region at most three words before it). */
const STUDY_OPENING = new RegExp(String.raw`^(?:[\w/+.-]+\s+){0,3}(?:${STUDY_WORDS}|${US_WORDS})\b`, 'i');
/** A level of the spine, as a report names where it found something ("lysis L5", "L5/S1 grade I"). */
const SPINE_LEVEL = /\b(?:[CLS][1-9]|T(?:[3-9]|1[0-2]))\b/;
/** A study named as another one than any told before ("repeat US", "a second MRI", "the latest US"). */
const NEW_STUDY = /\b(?:repeat|repeated|follow[- ]?up|second|third|2nd|3rd|another|new|latest|most recent|recent|interval|later|subsequent|again)\b/i;
/** A sentence that speaks of the report of the study before it ("The report states …", "it was read as …", "Impression: …"). */
const REFERS_TO_REPORT =
  /\b(?:report\w*|read as|reads as|read by|impression|radiologist|(?:the|that|this) (?:study|scan|exam|examination)|it (?:was|is|showed|shows|demonstrated|revealed))\b/i;

/**
 * Where the report of the study told in sentence n ends, when the one or two sentences after it (to "." or
 * ";") tell it without naming another study: each speaks of the report or tells an imaging result
 * (tellsImagingReport), never the exam, a question or a condition. Undefined when the next sentence does not.
 */
function reportAfter(f: Field, told: readonly RegExpMatchArray[], n: number): number | undefined {
  let end: number | undefined;
  for (let j = n + 1; j < told.length && j <= n + 2; j++) {
    const sentence = told[j][0].trim();
    if (!sentence || NAMES_A_STUDY.test(sentence) || NAMES_A_SERIES.test(sentence)) break;
    if (ASKS.test(sentence) || CONDITION.test(sentence) || TELLS_THE_EXAM.test(sentence) || UNSURE.test(sentence)) break;
    if (!REFERS_TO_REPORT.test(sentence) && !tellsImagingReport(sentence)) break;
    end = f.valueSpan.start + (told[j].index ?? 0) + told[j][0].trimEnd().length;
  }
  return end;
}

/**
 * The sentence after sentence n goes on with the report of the study told in it: after a semicolon, any
 * sentence that names no study; after a full stop, one that names no study and tells an imaging finding or
 * a level ("Endplate irregularity at L2-3.", "Sclerotic focus in the L2 pedicle."), not the exam.
 */
function reportGoesOn(f: Field, told: readonly RegExpMatchArray[], n: number): boolean {
  const next = told[n + 1];
  if (!next) return false;
  const sentence = next[0].trim();
  if (!sentence || NAMES_A_STUDY.test(sentence) || NAMES_A_SERIES.test(sentence)) return false;
  const at = (told[n].index ?? 0) + told[n][0].length;
  if (f.value[at] === ';') return true;
  if (TELLS_THE_EXAM.test(sentence)) return false;
  return IMAGING_FINDING.test(sentence) || A_LEVEL.test(sentence) || IMAGING_WORD.test(sentence);
}
const A_LEVEL = /\b[CTLS]\d{1,2}\b/i;
/** Words that read a finding as gone or benign (prior.ts), so that a report read normal for them may go on to tell another. */
const NORMAL_BY_COURSE = /\b(?:resolved|healed|variant|physiologic(?:al)?)\b/i;
const IMAGING_WORD = /\b(?:lucen\w*|lytic|sclero\w*|endplates?|pedicles?|narrow\w*|irregular\w*|erosions?|destruction|listhesis|plana)\b/i;

/**
 * A study's own clause (to "," or ";", a short bracket kept whole: "US (renal, spine) at 1 wk") names another region
 * and not the spine ("renal US at 1 wk: …"; not "X-rays neg, hip films too"), and no later clause naming no study of
 * its own adds the spine to its regions ("XR pelvis, L-spine: normal").
 */
function ofOtherRegion(told: string): boolean {
  const pieces = told.match(REGION_CLAUSE) ?? [told];
  const clause = pieces[0];
  if (NAMES_SPINE.test(clause) || findAny(toWords(clause), phraseSetOf(readingVocabulary().nonSpineRegions)).length === 0) return false;
  return !pieces.slice(1).some((p) => NAMES_SPINE.test(p) && !NAMES_A_STUDY.test(p));
}
const REGION_CLAUSE = /(?:\([^();\n]{0,80}\)|[^;,])+/g;

/** The ultrasound's acoustic window named ("US window", "window for US", "sonographic window"). */
/** "the US window has passed at 9 months", "acoustic window closing": the window named and no study. */
function namesOnlyAWindow(sentence: string): boolean {
  return NAMES_A_WINDOW.test(sentence) && !NAMES_A_STUDY.test(sentence.replace(STUDY_WINDOW, ''));
}
const STUDY_WINDOW = /\b(?:(?:us[sg]?|utz)|ultrasound|sonographic|acoustic)\s+window\b|\bwindow for (?:an? )?(?:(?:us[sg]?|utz)|ultrasound)\b/gi;
const NAMES_A_WINDOW = /\bwindow\b/i;

/** Radiographs named by what they are of or how they were taken ("scoliosis series", "spine series"). */
const NAMES_A_SERIES = /\b(?:scoliosis|spine|spinal) series\b/i;
/**
 * Radiographs named after words that say how or of what they were taken: "Plain films:", "Standing films:",
 * "Scoliosis series last week:", "Lumbar spine X-rays:", "AP and lateral radiographs:".
 */
// "AP/lat lumbar spine radiographs": the views and the region are up to six words.
const QUALIFIED_RADIOGRAPHS =
  /^(?:(?:plain|standing|upright|erect|outside|initial|recent|repeat|lumbar|lumbosacral|thoracic|thoracolumbar|sacral|full|whole|spine|spinal|l-?spine|t-?spine|l-?s|t-?l|scoliosis|ap|pa|lat|lateral|flexion|extension|oblique|obliques|obl|and|\/|-)\s*){1,6}(?:series|films?|radiographs?|x[- ]?rays?|xrs?|views)\b/i;

/**
 * A sentence that opens on a study, or on radiographs named with what they are of or how they were taken, past the place
 * the study was done in (`settingLead`: "NICU spinal US: conus at L3", "OSH MRI: …").
 */
function startsWithPriorStudy(sentence: string, settingLead: RegExp): boolean {
  const s = sentence.replace(settingLead, '');
  return STARTS_WITH_STUDY.test(s) || QUALIFIED_RADIOGRAPHS.test(s);
}
interface PriorTextWords {
  /** prose.studySettings opening a sentence. */
  settingLead: RegExp;
  /** A clause of nothing but prose.onlyTheResult words (resultedIn). */
  onlyTheResult: RegExp;
}
/** The order vocabulary's words readPriorInText matches as patterns, built once per vocabulary. */
const priorTextWords = perVocabulary((v: OrderVocabulary): PriorTextWords => ({
  settingLead: new RegExp(String.raw`^(?:${alternation(v.prose.studySettings)})\s+`, 'i'),
  onlyTheResult: new RegExp(String.raw`^[\s\-\u2013\u2014:]*(?:(?:${alternation(v.prose.onlyTheResult)})[\s\-\u2013\u2014:]+)*$`, 'i'),
}));

/**
 * "on today's standing films", "on the lateral x-ray", "on scoliosis series": radiographs a finding was
 * seen on, with a parenthesis straight after them ("(atypical curve pattern)"). Radiographs only: "seen on
 * MRI" is as often the study still to do ("tethering better assessed on MRI").
 */
const ON_RADIOGRAPHS =
  /\bon\s+(?:(?:today['\u2019]?s|yesterday['\u2019]?s|this morning['\u2019]?s|last week['\u2019]?s|recent|the|his|her|their|your|my|our|outside|initial|plain|standing|upright|erect|lumbar|lumbosacral|thoracic|spine|spinal|l-?spine|scoliosis|full|whole|ap|pa|lateral|oblique|flexion|extension)[\s/-]+){0,3}(?:films?|radiographs?|x[- ]?rays?|xrs?|series)\b(?:\s*\([^()]{0,80}\))?/i;
/** Words that make a finding on radiographs a question or a plan ("curve to be measured on standing films", "better seen on x-ray"). */
const ON_RADIOGRAPHS_NOT_SEEN =
  /\?|\b(?:to be|to assess|to evaluate|to look|to check|to measure|to follow|to monitor|better|best|would|could|should|might|may|if|r\/o|rule out|eval for|evaluate for|pending|concern for|concerned|question|questionable|check|checking|look|looking|evaluating|exclude|excluding|measure|measuring|obtain|need|needs|needed|difficult|hard|not always|often|not visible|not seen|missed|can|for)\b/i;

/**
 * A finding told on the radiographs it was seen on ("11 yo M with a left thoracic curve of 30 deg on today's
 * standing films (atypical curve pattern)", "L5 spondylolysis on XR"): the finding's clause (FINDING_CLAUSE_START)
 * through the radiographs and their parenthesis, as a study told with its result. Not one asked or planned:
 * a question or a plan in that clause (ON_RADIOGRAPHS_NOT_SEEN), and NOT_PAST after, leave it unread; nor
 * a clause that names another study first (the order: "MRI for the curve on today's films"). `from` is the
 * told text's offset in the sentence.
 */
function findingOnRadiograph(sentence: string): { from: number; text: string } | undefined {
  work.steps += sentence.length;
  const m = ON_RADIOGRAPHS.exec(sentence);
  if (!m) return undefined;
  let from = 0;
  for (const b of sentence.slice(0, m.index).matchAll(FINDING_CLAUSE_START)) from = (b.index ?? 0) + b[0].length;
  const lead = sentence.slice(from, m.index);
  // "MRI L-spine w/o for the curve on today's films": another study named first is the one the sentence is about.
  if (NAMES_A_STUDY.test(lead) || NAMES_A_SERIES.test(lead)) return undefined;
  // "On standing films: 30 deg curve", "Findings on x-ray: pars defect": the finding follows the radiographs instead.
  const end = m.index + m[0].length;
  const to = /[a-z]/i.test(lead) && !/^\s*:/.test(sentence.slice(end)) ? end : sentence.length;
  const raw = sentence.slice(from, to);
  const text = raw.trim();
  if (!text || ON_RADIOGRAPHS_NOT_SEEN.test(text)) return undefined;
  return { from: from + raw.indexOf(text), text };
}

/** Where the clause of a finding told on radiographs starts: after a comma, colon or semicolon, or "with", "and", "but". */
const FINDING_CLAUSE_START = /[,:;]\s*|\b(?:with|and|but|while|whereas)\s+/gi;

/** Where a clause that names another study starts: after a comma, " - ", "and", "then" or "followed by" (and any of these after a comma). */
const NEXT_STUDY = /(?:,\s*|\s+-\s+|\s+(?=and\b|then\b|followed by\b))(?:(?:and|then|followed by|later|subsequently|subsequent)\s+)*/gi;

/** Radiographic views and how they were taken, naming no study ("AP", "AP/lat", "standing PA"). */
const VIEWS_ONLY = /^(?:(?:ap|pa|lat|lateral|obl|oblique|obliques|standing|upright|erect|flexion|extension|plain|and|\/)\s*){1,6}$/i;

/**
 * A told study cut where a clause names another study ("XR L-spine: normal, MRI recommended" → "XR
 * L-spine: normal" and "MRI recommended"), each with its offset in the text. At most eight parts.
 */
function studyClauses(told: string, settingLead: RegExp): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  let from = 0;
  work.steps += told.length;
  for (const m of told.matchAll(NEXT_STUDY)) {
    const at = (m.index ?? 0) + m[0].length;
    // A study's name, with the words that qualify it, is short: the look is bounded.
    if (out.length >= 7 || !startsWithPriorStudy(told.slice(at, at + 80), settingLead)) continue;
    const text = told.slice(from, m.index).trim();
    // "AP and lateral thoracolumbar radiographs: …": views alone before "and" are the same films' name.
    if (VIEWS_ONLY.test(text)) continue;
    if (text) out.push({ from: from + told.slice(from).indexOf(text), text });
    from = at;
  }
  const text = told.slice(from).trim();
  if (text) out.push({ from: from + told.slice(from).indexOf(text), text });
  return out;
}

/**
 * A condition in a sentence: what it names is not done ("MRI if US equivocal"); nor is a study awaited ("GH start once
 * MRI done"; "once the MRI was done, …" tells one done). "if" as a note written between English and the writer's own
 * language says it, whose study words are read in every note: Lithuanian "jei"/"jeigu" ("Jei skausmas išliks - MRT
 * stuburo"), Russian "если", Bulgarian "ако".
 */
/** "if" in the languages whose study words are read in every note (context-lexicon hypothetical triggers, CONDITION). */
const FOREIGN_IF: ReadonlySet<string> = new Set(['jei', 'jeigu', 'если', 'ако']);
const CONDITION = /\b(?:if|unless|in case|should|jei|jeigu|once(?![^.;,]*\b(?:was|were|had)\b))\b|(?<!\p{L})(?:если|ако)(?!\p{L})/iu;
/** "at 6 months", "at 3 wk": the age a study was (or is to be) done. */
/** A day of life a study was done on ("Nursery spinal US (day 3)", "US on DOL 2", "spinal ultrasound day 3:"). */
const DAY_OF_LIFE = /\b(?:day of life|dol|day)\s*#?(\d{1,2})\b/i;
// "at 6/52", "at 3/12": weeks and months as British- and Commonwealth-trained clinicians write them (never a date's
// "at 6/12/2025"); the unit in the third group.
const AT_AGE = /\bat (\d{1,2}(?:\.\d)?)(?:\s*(d|days?|wks?|weeks?|mos?|months?|y|yrs?|years?)\b|\/(52|12)\b(?!\/))/i;

/** The unit of an AT_AGE or AGO match: a word, or a fraction's denominator ("/52" weeks, "/12" months). */
function unitOf(m: RegExpExecArray): string {
  return m[2] ?? (m[3] === '52' ? 'w' : 'mo');
}

function toMonths(n: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return n / 30.4375;
  if (u.startsWith('w')) return (n * 7) / 30.4375;
  if (u.startsWith('y')) return n * 12;
  return n;
}

/**
 * A clause that orders the study of the clause before it by a relative pronoun ("Next step is an MRI of the lower spine
 * without contrast, which I've ordered"): the two read as one, so the order word governs the study it refers back to.
 * Only a done order verb of prose.explicitCues that ends its clause ("which I have requested the report of" requests
 * something else), after a study not told as done before ("She had an MRI in March, which I have requested").
 */
function withRelativeOrders(text: string, list: Field[], ow: OrderWords): Field[] {
  const out: Field[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev && /^\s*,\s*$/.test(text.slice(prev.valueSpan.end, s.valueSpan.start)) && ordersByRelative(s.value, ow) && !studyDoneBefore(prev.value, ow)) {
      out[out.length - 1] = { ...prev, valueSpan: { start: prev.valueSpan.start, end: s.valueSpan.end }, value: text.slice(prev.valueSpan.start, s.valueSpan.end) };
    } else out.push(s);
  }
  return out;
}
/** "which I've ordered", "that we have just requested": a relative pronoun, I or we, and a done order verb ending the clause. */
function ordersByRelative(value: string, ow: OrderWords): boolean {
  const words = toWords(value);
  const { pronouns, writers, auxiliaries } = ow.relativeOrders;
  if (!pronouns.has(words[0]?.text ?? '') || !writers.has(words[1]?.text ?? '')) return false;
  let i = 2;
  while (i < words.length && auxiliaries.has(words[i].text)) i++;
  const verb = findAny(words.slice(i), ow.explicit)[0];
  if (!verb || verb.start !== words[i]?.start || !/ed$/i.test(value.slice(verb.start, verb.end))) return false;
  return value.slice(verb.end).trim() === '';
}
/** The study's clause tells it done before: "had", "was" (prose.adviceEarlier), "prior", "last year" (prose.doneBefore), a date. */
function studyDoneBefore(value: string, ow: OrderWords): boolean {
  const words = toWords(value);
  return words.some((w) => ow.adviceEarlier.has(w.text)) || findAny(words, ow.doneBefore).length > 0 || toldPast(value) || DATED.test(value);
}

/** A value cut into its sentences and clauses (". " and ";" and ","), each as a field of its own. */
/**
 * A clause runs to ".", ";" or ","; a short bracket is one piece of it ("C-spine X-rays (AP, lateral) requested"), also with
 * the stops of its abbreviations, none followed by a space ("X-ray C-spine (a.p./lat.) ordered", as German-trained writers
 * shorten the views): a stop and a space in a bracket still end the clause ("(done 2024. Normal)").
 */
const CLAUSE = /(?:\((?:[^().;\n]|\.(?=[^\s.()]|\))){0,80}\)|[^.;,])+/g;

function sentences(f: Field): Field[] {
  const out: Field[] = [];
  for (const m of f.value.matchAll(CLAUSE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (!value) continue;
    const start = f.valueSpan.start + (m.index ?? 0) + lead;
    out.push({ ...f, valueSpan: { start, end: start + value.length }, value });
    if (out.length >= 64) break;
  }
  return out;
}

/**
 * Sentences of a value with a later line that opens on a study split off as its own ("Plan: PT - no order placed yet"
 * then an indented "XR L-spine AP/lat"): a statement that orders nothing covers its own line, not the study listed
 * under it. A line that opens on anything else ("if persists, XR L-spine") stays with the sentence it goes on.
 */
function studyLines(list: Field[], ow: OrderWords): Field[] {
  const out: Field[] = [];
  for (const s of list) {
    if (!s.value.includes('\n')) {
      out.push(s);
      continue;
    }
    let from = 0;
    for (let at = s.value.indexOf('\n'); at >= 0; at = s.value.indexOf('\n', at + 1)) {
      const rest = s.value.slice(at + 1);
      const lead = rest.length - rest.replace(LINE_LEAD, '').length;
      if (!startsWithStudy(rest.slice(lead)) || !bareStudyLine(rest.slice(lead).split('\n')[0], ow)) continue;
      const part = s.value.slice(from, at).trimEnd();
      if (part) out.push({ ...s, valueSpan: { start: s.valueSpan.start + from, end: s.valueSpan.start + from + part.length }, value: part });
      from = at + 1 + lead;
    }
    const last = s.value.slice(from);
    out.push({ ...s, valueSpan: { start: s.valueSpan.start + from, end: s.valueSpan.end }, value: last });
  }
  return out;
}
/**
 * A line that is the study and how it is done, nothing more ("XR L-spine AP/lat", "MRI L-spine w/o under GA"): only such a
 * line is read apart from a statement before it. One that goes on with anything else ("XR L-spine next visit", "MRI
 * L-spine: if neuro signs", "MRI L-spine (consider)", "MRI L-spine after ortho review") stays in the statement's scope.
 */
function bareStudyLine(line: string, ow: OrderWords): boolean {
  const words = toWords(line, 0);
  const head = studyHead(words);
  if (head !== 0) return false;
  return words.every(
    (w, i) => i === 0 || STUDY_TAIL.has(w.text) || STUDY_HEAD.has(w.text) || ow.techniqueAfterResult.has(w.text) || LINE_TECHNIQUE.has(w.text) || /^\d+$/.test(w.text),
  );
}
/** Words of a study's views and technique after its name on a line of its own ("AP/lat", "with and without gad", "under GA"). */
const LINE_TECHNIQUE = new Set([
  'ap',
  'pa',
  'lat',
  'lateral',
  'oblique',
  'obliques',
  'flexion',
  'extension',
  'standing',
  'erect',
  'and',
  'with',
  'under',
  'ga',
  'gadolinium',
  'sedated',
  'stat',
  'urgent',
  'routine',
  'asap',
  'today',
  'xr',
  'xray',
  'ray',
  'radiograph',
  'radiographs',
  'films',
  'scan',
  'spine',
  'only',
  'both',
]);
/** Indentation and a bullet before a line's first word. */
const LINE_LEAD = /^[ \t]*(?:[-*\u2022>]+[ \t]*|\d{1,2}[.)][ \t]*)?/;

/** The structured Dimple line wins where both say something; either one can make it atypical. */
function mergeDimple(d: DimpleDescription, other: DimpleDescription): void {
  d.sizeMm ??= other.sizeMm;
  d.position ??= other.position;
  d.distanceCm ??= other.distanceCm;
  d.deep ||= other.deep;
  d.multiple ||= other.multiple;
  for (const w of other.atypicalWords) if (!d.atypicalWords.includes(w)) d.atypicalWords.push(w);
}

/** The `;`-delimited clause of a value around a span. */
function clauseAround(text: string, span: Span): Span {
  // An indented continuation line ("  within the cleft, 1 cm above the anus") is the same clause.
  const lineBreak = (i: number) => {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) return false;
    const next = text.charCodeAt(c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1);
    return next !== 32 && next !== 9;
  };
  let start = span.start;
  while (start > 0 && text.charCodeAt(start - 1) !== 59 && text.charCodeAt(start - 1) !== 58 && !lineBreak(start - 1)) start--;
  let end = span.end;
  while (end < text.length && text.charCodeAt(end) !== 59 && !lineBreak(end)) end++;
  work.steps += end - start;
  return { start, end };
}

/** Hits of a category that count as present (see countsAsPresent in findings.ts). */
export function present(facts: Facts, category: FindingCategoryT): FindingHit[] {
  return facts.hits.filter((h) => h.present && h.finding.category === category);
}

/** The age the acoustic-window rules use: chronological, or corrected for prematurity when the setting asks for it. */
export function windowAgeMonths(age: AgeFact, useCorrectedAge: boolean | undefined): number {
  return useCorrectedAge && age.corrected ? age.corrected.months : age.months;
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

/** A key that names a limb ("Lower limbs", "Legs", "Extremities"): every word of it a limb word or "lower"/"upper"/"both". */
function keyNamesLimb(rawKey: string): boolean {
  const limbs = wordSetOf(readingVocabulary().neuroExamItems.limbs);
  const words = rawKey.toLowerCase().match(/[a-z]+/g);
  return !!words && words.some((w) => limbs.has(w)) && words.every((w) => limbs.has(w) || w === 'lower' || w === 'upper' || w === 'both' || w === 'bilateral');
}
