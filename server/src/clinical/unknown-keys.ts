import { distance } from 'fastest-levenshtein';
import { RELATIVE_WORDS, isAboutRelative, isHeading, isNotHistory, isOrderKeyed, wordsOf } from '../notes/headings';
import { type KeyInfo, clearCorrection, lookupKey, normalizeKey, swapped } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import { rememberBounded } from '../notes/memo';
import { detach } from '../notes/text';
import { STUDY_NAMED, NAMES_A_STUDY, startsWithStudy } from './study-names';
import { defaultKnowledge } from '../knowledge/loader';
import { alternation, escapeRegExp, perVocabulary } from './patterns';
import type { FindingCategoryT } from '../knowledge/schema';
import { contextLexicon } from './lexicon';
import { MAY_HOLD_BOX } from './form';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { combinedAgeKeys } from './age-fact';
import { parentKeyTellsChild } from './context';

/**
 * Keys the note language does not know whose line is read all the same, as one of its keys:
 *
 * - a key other templates write for what one of ours holds (reading-vocabulary.json unknownKeys.readAs:
 *   "B symptoms: night sweats, 6 kg weight loss" lists red flags), read with that key's meaning and not
 *   reported: it is no mistake;
 * - a clear misspelling of one of ours ("Ordr:", "Findngs:", "Nuero:", "Patiant:"), read as the key it
 *   misspells, so its order is checked and its findings read in their place; unknown-key still reports it
 *   (the spelling should be fixed);
 * - a plan key told with the clinician whose plan it is ("Plan by Dr. Demir:", "Plan per Dr Smith:";
 *   unknownKeys.authoredPlans), read as the plan where the note writes no other.
 *
 * A misspelling is read only when unknown-key's own logic proposes one correction with confidence
 * (`clearCorrection`), and only when the key looks like a typo of that spelling rather than another word:
 * four letters or more, and a spelling of four letters or more (a short key is an abbreviation of its
 * own: "Wt", "BP", "DOL", "GA", "OFC"; "Rods" is no "ROS"); as many words, each starting with the same
 * letter and at most one typo away (a transposition is one typo; two in a word of ten letters or more):
 * "B symptoms" is no "Symptoms", "Patient name" no "Patient age", "Border" no "Order". Never a real
 * clinical key (unknownKeys.notMisspellings: "Requester", "Data", "Procedures"), a heading, a key about
 * someone or something else ("Mothr", "Allergies", "Ordering provider") or one that names the study to
 * do ("Radiology": the order reader reads it). And never a second line of a key the note already has:
 * with an "Order:" line, an "Ordre:" line stays unread.
 */
export interface UnknownKeyReading {
  key: KeyInfo;
  /** The spelling the line is read under (for "Age at dischrge", "Age at discharge": a past age). */
  spelling: string;
  /** A misspelling of the key (unknown-key reports it), rather than another template's key for it. */
  misspelt: boolean;
  /** An exam key told with its place or time ("OSH exam", "Neuro exam at my home visit last week"): read even on a line taken for prose. */
  placed?: boolean;
  /** A key naming a finding answered yes or no ("Fever: yes 39C", "Night sweats: N"): the whole line is read as history. */
  answered?: boolean;
  /**
   * A plan key told with its clinician ("Plan by Dr. Demir"): read only where the note has no other line of the key, and,
   * as a placed exam is, even on a line taken for prose (the parser takes a key of a few words with a full stop for a
   * sentence).
   */
  authored?: boolean;
  /** A consulted clinician's plan relayed by the writer ("Per MD (tele):"): the plan only where its value opens on a study told not done. */
  relayed?: boolean;
  /** A key of the studies advised ("Investigations advised", "Ix planned"): the plan, unless a "Plan:" line names a study. */
  advised?: boolean;
  /**
   * A template's exam key beside its companions ("Status:" beside "Anamnesis:"): the parser takes its line for a sentence (three words, or a value that
   * reads as narrative), yet it is that key's line, so it is read even on a line taken for prose.
   */
  keyed?: boolean;
  /**
   * A parent's or carer's key whose value names the child ("Mother: baby has had fever 38.5 x 2 d", "Mom: he fell off the change
   * table"): the whole line is read as history, so the context reader, seeing the parent's colon before the child's name, reads
   * what follows as the child's (context.ts parentKeyTellsChild).
   */
  told?: boolean;
}

/** Readings by normalized key, for the keys seen (a note's unknown keys repeat from note to note). */
const memo = new Map<string, UnknownKeyReading | null>();
const listsOf = perVocabulary((v: ReadingVocabulary): { readAs: Map<string, KeyInfo>; notMisspelt: Set<string>; nameKeys: Set<string> } => {
  const readAs = new Map<string, KeyInfo>();
  for (const [name, spellings] of Object.entries(v.unknownKeys.readAs)) {
    const key = lookupKey(name)!;
    for (const s of spellings ?? []) readAs.set(normalizeKey(s), key);
  }
  // "Age/Sex": the age vocabulary keeps these spellings, since it reads their value's sex column too.
  for (const k of combinedAgeKeys()) readAs.set(k, lookupKey('Age')!);
  return { readAs, notMisspelt: new Set(v.unknownKeys.notMisspellings.map(normalizeKey)), nameKeys: new Set(v.unknownKeys.nameKeys.map(normalizeKey)) };
});

/** A form's bare name key in another language (unknownKeys.nameKeys: "Nom", "Nome", "Nombre"): a name's line, no key written amiss. */
export function isNameKey(rawKey: string, v: ReadingVocabulary = readingVocabulary()): boolean {
  return listsOf(v).nameKeys.has(normalizeKey(rawKey));
}

/**
 * A real clinical key a typo away from one of ours (unknownKeys.notMisspellings: "Hip", "MPH", "Wt"): offering ours for it
 * would rewrite a hip exam into the history or a weight into the patient line.
 */
export function isOtherClinicalKey(rawKey: string, v: ReadingVocabulary = readingVocabulary()): boolean {
  return listsOf(v).notMisspelt.has(normalizeKey(rawKey));
}

/** How an unknown key is read on its own (before the rest of its note is seen), or undefined. */
export function unknownKeyReading(rawKey: string, v: ReadingVocabulary = readingVocabulary()): UnknownKeyReading | undefined {
  const norm = normalizeKey(rawKey).slice(0, 60);
  const hit = v === readingVocabulary() ? memo.get(norm) : undefined;
  if (hit !== undefined) return hit ?? undefined;
  const reading = readingOf(norm, v);
  // A prose line's opening words are unknown keys too: ~10,000 look-ups over the dev notes.
  if (v === readingVocabulary()) rememberBounded(memo, 10_000, detach(norm), reading ?? null);
  return reading;
}

/** A list's bullet before a key ("- skin:", "* Neuro:", "• Hx:"). */
const BULLET = /^[-*\u2022\u2013\u00b7+>]+\s*/;

function readingOf(norm: string, v: ReadingVocabulary, advised = true): UnknownKeyReading | undefined {
  // "Exam:\n- tone normal\n- skin: sacral dimple 6 mm": a bulleted key is the key it names.
  const bare = norm.replace(BULLET, '');
  if (bare !== norm && bare) {
    const known = lookupKey(bare);
    return known ? { key: known, spelling: bare, misspelt: false } : readingOf(bare, v, advised);
  }
  const { readAs, notMisspelt } = listsOf(v);
  const as = readAs.get(norm);
  if (as) return { key: as, spelling: as.name, misspelt: false };
  if (advised && (advisedStudies(norm, v) || advisedWords(v).keys.has(norm))) return { key: PLAN, spelling: PLAN.name, misspelt: false, advised: true };
  if (lookupKey(norm) || notMisspelt.has(norm) || letters(norm) < 4) return undefined;
  if (isAboutRelative(norm) || isNotHistory(norm)) return undefined;
  const placed = placedExam(norm, v);
  if (placed) return { key: placed, spelling: placed.name, misspelt: false, placed: true };
  const authored = authoredPlan(norm, v);
  if (authored) return { key: authored, spelling: authored.name, misspelt: false, authored: true };
  if (relayedPlan(norm, v)) return { key: PLAN, spelling: PLAN.name, misspelt: false, authored: true, relayed: true };
  if (isHeading(norm) || isOrderKeyed(norm)) return undefined;
  const spelling = clearCorrection(norm);
  const key = spelling ? lookupKey(spelling) : undefined;
  // A letter added to a short spelling ("Rods" for "ROS", "Aged" for "Age") is as likely another word.
  if (!spelling || !key || letters(spelling) < 4 || !typoOf(norm, normalizeKey(spelling))) return undefined;
  // The order only by its own name ("Ordr:"): an alias ("Imagng:", "Stduy:", "Reqeust:") as often heads a study done.
  if (key.name === 'Order' && !/^orders?$/i.test(spelling)) return undefined;
  return { key, spelling, misspelt: true };
}

const PLAN = lookupKey('Plan')!;

/**
 * "Status: hair tuft S1, dimple 4 mm in cleft. Reflexes normal" in a note of the German and Dutch template ("Anamnesis: … /
 * Status: … / Diagnostics: … / Procedere: …"): the exam (unknownKeys.templateExam). Only beside a key of the template's
 * other headings: "Status: stable", "Status: post-op day 2" in an English note stay unread.
 */
function templateExam(f: Field, fields: readonly Field[], v: ReadingVocabulary): UnknownKeyReading | undefined {
  const t = templateWords(v);
  if (!t.keys.has(normalizeKey(f.rawKey))) return undefined;
  if (!fields.some((g) => g !== f && t.companions.has(normalizeKey(g.writtenKey ?? g.rawKey)))) return undefined;
  return { key: t.readAs, spelling: t.readAs.name, misspelt: false, keyed: true };
}
/**
 * "Ref: USS lumbosacral spine, to see me after.": a GP's slip heads the study it refers the child for with "Ref:"
 * (unknownKeys.studyReferral), read as an advised-studies key. Only a value that opens on a study and tells it neither done,
 * dated, reported nor conditioned: "Ref: Dr Khan (paeds surgery)", "Ref: previous USS", "Ref: NICE NG12" stay unread.
 */
function studyReferral(f: Field, fields: readonly Field[], v: ReadingVocabulary, text?: string): UnknownKeyReading | undefined {
  const r = referralWords(v);
  if (!r.keys.has(normalizeKey(f.rawKey)) || !startsWithStudy(f.value.trim())) return undefined;
  if (/\d/.test(f.value) || wordsOf(f.value).some((w) => r.notWith.has(w))) return undefined;
  // The study alone (review r35-orders H4): its modality, region, views and contrast, nothing else but a closing "to see me
  // after"; a result, hedge, relative, doubt or status ("- NAD", "conus low", "mum's", "awaited", "I don't think needed") is none.
  const value = f.value.trim().replace(r.followUp, '').replace(/\.$/, '');
  if (!/^[a-z\s/+,-]+$/i.test(value) || /\s[-\u2013\u2014]\s/.test(value)) return undefined;
  if (
    !value
      .toLowerCase()
      .split(/[\s/+,-]+/)
      .filter(Boolean)
      .every((w) => r.studyAlone.has(w))
  )
    return undefined;
  // Only when no other line names or reports a study ("Antenatal scans normal", "Plan: MRI L-spine") and no plan or order line
  // declines one ("Order: none - reassure").
  const decides = (g: Field) => g.key === PLAN || isOrderLine(g);
  if (fields.some((g) => g !== f && !!g.value && !g.column && (NAMES_A_STUDY.test(g.value) || (decides(g) && namesOrDeclinesStudy(g.value, v))))) return undefined;
  // Nor when any other line, prose or keyed, declines or defers imaging (review2 r35 H3: "Mum reassured, no further action.",
  // "No imaging needed after discussion with consultant.", "Discussed with mum - not needed, reassured."): the note's text before
  // and after the line when it is given (it holds every other line), else the other lines' keys and values.
  if (text !== undefined) {
    if (r.declinedBy.test(text.slice(0, f.lineSpan.start)) || r.declinedBy.test(text.slice(f.lineSpan.end))) return undefined;
  } else if (fields.some((g) => g !== f && r.declinedBy.test(`${g.rawKey ?? ''} ${g.value ?? ''}`))) return undefined;
  return { key: PLAN, spelling: PLAN.name, misspelt: false, advised: true, keyed: true };
}
/**
 * "To do: XR lumbar spine AP + lat.": a note's line of what is still to do (unknownKeys.taskLines) is its plan when it names the
 * study on the key's own line (round 58, fix58u). The parser takes the line for prose (a key it does not know before a value
 * of three words), where a study named with no word of ordering is never read; read as the plan, the plan's refusals read
 * what else the line tells (a condition, a deferral). Only a value that opens on a study and tells it neither done nor
 * reported (relayedStudyToDo: "To do: US spine result" is none), with no box: a sign-out's boxed list ("To do: [ ] MRI
 * ordered") is read item by item (todo-list.ts), and a heading with nothing after its colon stays the list's heading.
 */
function taskLine(f: Field, v: ReadingVocabulary): UnknownKeyReading | undefined {
  const t = taskWords(v);
  if (!t.keys.has(normalizeKey(f.rawKey)) || /[\n\r]/.test(f.value) || /\[[ xX\u2713\u2714]?\]/.test(f.value)) return undefined;
  // "To do: US spine for twin sister", "To do: US spine? - ask reg whether needed", "To-do: MRI -> only if red flags develop":
  // another person's study, a question or a condition anywhere on the line leaves it unread (taskLines.notWith).
  if (t.notWith.test(f.value) || !relayedStudyToDo(f.value, v)) return undefined;
  return { key: PLAN, spelling: PLAN.name, misspelt: false, keyed: true };
}
const taskWords = perVocabulary((v: ReadingVocabulary) => ({
  keys: new Set(v.unknownKeys.taskLines.keys.map(normalizeKey)),
  notWith: new RegExp(
    v.unknownKeys.taskLines.notWith.map((w) => (/^\p{L}/u.test(w) ? `(?:^|[^\\p{L}\\p{N}'])${escapeRegExp(w)}(?![\\p{L}\\p{N}])` : escapeRegExp(w))).join('|'),
    'iu',
  ),
}));

/** An order line: "Order:", or a key of the order's spellings. */
const isOrderLine = (g: Field) => g.key?.name === 'Order' || (!g.key && isOrderKeyed(g.rawKey));
const referralWords = perVocabulary((v: ReadingVocabulary) => ({
  keys: new Set(v.unknownKeys.studyReferral.keys.map(normalizeKey)),
  notWith: new Set(v.unknownKeys.studyReferral.notWith),
  declinedBy: new RegExp(`(?:^|[^\\p{L}\\p{N}'])(?:${v.unknownKeys.studyReferral.declinedBy.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  /** The words of a study's name alone: modality, region, views and contrast. */
  studyAlone: new Set(v.unknownKeys.studyReferral.studyAlone),
  /** ", to see me after": the follow-up a referral slip closes on. */
  followUp: followUpPattern(v.unknownKeys.studyReferral.followUp),
}));
/** `[,;]`, maybe a join ("and", "then"), maybe "to", a closing ("see me", "review", "f/u"), maybe an "after", at the end. */
function followUpPattern(u: ReadingVocabulary['unknownKeys']['studyReferral']['followUp']): RegExp {
  return new RegExp(
    `[,;]\\s*(?:(?:${alternation(u.joins)})\\s+)?(?:(?:${alternation(u.to)})\\s+)?(?:${alternation(u.closings)})(?:\\s+(?:${alternation(u.after)}))?\\s*\\.?$`,
    'i',
  );
}

const hedgeWords = perVocabulary((v: ReadingVocabulary) => {
  const h = v.unknownKeys.hedgedValues;
  const words = h.refusedBy.filter((w) => /^[\p{L}\p{N}]/u.test(w) && /[\p{L}\p{N}]$/u.test(w));
  return {
    keys: new Set(h.keys.map(normalizeKey)),
    marks: h.refusedBy.filter((w) => !words.includes(w)),
    words: words.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}'])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined,
  };
});

/**
 * "Obs: legs weak per mum? to be checked.", "Obs: if any leg weakness, refer to neurosurgery.": a key of
 * unknownKeys.hedgedValues whose value holds a doubt, a condition or a plan is left unread, as it was before the key was read
 * (narrowed after merge review r55); "Obs: deep sacral dimple" is still the findings.
 */
function hedgedValue(f: Field, v: ReadingVocabulary): boolean {
  const h = hedgeWords(v);
  if (!h.keys.has(normalizeKey(f.writtenKey ?? f.rawKey))) return false;
  return h.marks.some((m) => f.value.includes(m)) || (h.words?.test(f.value) ?? false);
}

const DOB = lookupKey('DOB')!;
const birthKeyWords = perVocabulary((v: ReadingVocabulary) => ({
  keys: new Set(v.unknownKeys.birthKeys.keys.map(normalizeKey)),
  abbreviations: new Set(v.unknownKeys.birthKeys.abbreviations.map(normalizeKey)),
}));

/**
 * "Data de nascimento: 25/04/2025", "F. nac.: 03-11-2025": a template's key for the date of birth (unknownKeys.birthKeys),
 * read as the DOB only when its value opens on a numeric date; its bare letters ("DN:", "FN:", "DDN:") only in a column of
 * a header line beside another key ("Name: …   DN: 25/04/2025"): "DN: visits daily", "GP: 15/11 / DN: 20/11" stay unread.
 */
function birthKey(f: Field, fields: readonly Field[], v: ReadingVocabulary): UnknownKeyReading | undefined {
  const key = normalizeKey(f.rawKey);
  const words = birthKeyWords(v);
  const abbreviated = words.abbreviations.has(key);
  if ((!abbreviated && !words.keys.has(key)) || !/^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/.test(f.value)) return undefined;
  if (abbreviated && !afterNameColumn(f, fields)) return undefined;
  // Keyed: a key with dots ("D.N.:", "Geb.:") is parsed as a line of prose, and read as its key all the same.
  return { key: DOB, spelling: DOB.name, misspelt: false, keyed: true };
}

/** The patient's name keys a header line's column before a birth date's ("Name: A. M. Domingos   DN: 25/04/2025"). */
const NAME_COLUMN = /^(?:(?:patient|pt|child)(?:'s)?\s+)?name$|^(?:patient|pt|child)$/;

/** The column right before `f` on its line is the patient's name ("GP: Dr Hill   DN: 14/07/2026" is a district nurse's). */
function afterNameColumn(f: Field, fields: readonly Field[]): boolean {
  let before: Field | undefined;
  for (const g of fields)
    if (g !== f && g.lineSpan.start === f.lineSpan.start && g.keySpan.start < f.keySpan.start && (!before || g.keySpan.start > before.keySpan.start)) before = g;
  return before !== undefined && NAME_COLUMN.test(normalizeKey(before.rawKey));
}

const templateWords = perVocabulary((v: ReadingVocabulary) => {
  const t = v.unknownKeys.templateExam;
  return { keys: new Set(t.keys.map(normalizeKey)), companions: new Set(t.companions.map(normalizeKey)), readAs: lookupKey(t.readAs)! };
});

/**
 * "Investigations advised", "Ix planned", "Tests suggested": a key of the studies to do told advised or
 * planned (unknownKeys.advisedStudies), read as the plan, as "Advised:" is: a study there is ordered as under "Plan:", one told
 * done or with its result orders nothing.
 */
function advisedStudies(norm: string, v: ReadingVocabulary): boolean {
  const rule = advisedWords(v);
  const words = wordsOf(norm);
  if (words.length < 2 || words.length > 5) return false;
  let study = false;
  let advice = false;
  for (const w of words) {
    if (rule.studies.has(w)) study = true;
    else if (rule.advice.has(w)) advice = true;
    else if (!rule.joins.has(w)) return false;
  }
  return study && advice;
}
const advisedWords = perVocabulary((v: ReadingVocabulary) => {
  const a = v.unknownKeys.advisedStudies;
  return { studies: new Set(a.studies), advice: new Set(a.advice), joins: new Set(a.joins), planDeclines: new Set(a.planDeclines), keys: new Set(a.keys.map(normalizeKey)) };
});

/** The note's lines under an advised-studies key. */
function advisedKeys(fields: readonly Field[], v: ReadingVocabulary): number {
  let n = 0;
  for (const g of fields) if (!g.key && !g.column && unknownKeyReading(g.rawKey, v)?.advised) n++;
  return n;
}

/**
 * A plan that decides the order over an advised or diagnostics key: it names a study ("Plan: MRI lumbar spine") or declines or
 * defers one (advisedStudies.planDeclines: "Plan: reassure, no imaging", "Plan: discuss with parents").
 */
export function namesOrDeclinesStudy(plan: string, v: ReadingVocabulary): boolean {
  if (STUDY_NAMED.test(plan)) return true;
  const words = advisedWords(v).planDeclines;
  return wordsOf(plan).some((w) => words.has(w));
}

/**
 * "C/O: Paediatric Oncology Unit, LUTH", "C/O: father - on ATT", "C/O: Mrs Bello, 14 Broad St": a "C/O" line (unknownKeys.careOf)
 * that writes "care of" before an address or "contact of" before a relative, no complaint of the child's. Its first item (up
 * to a comma, a semicolon, a dash or a bracket), its numbers set aside, ends on a place, department or specialty word ("C/O: Ward 3B
 * (oncology)", "C/O: Haematology-Oncology"), or opens on one in three words at most, or is a relative or a title with a short name alone;
 * "c/o: mother noticed a tuft of hair" is the child's complaint.
 */
function isCareOf(f: Field, v: ReadingVocabulary): boolean {
  const rule = careOfWords(v);
  if (!rule.keys.has(normalizeKey(f.writtenKey ?? f.rawKey))) return false;
  const item = /^[^,;()[\]\u2013\u2014]*?(?=\s+-\s|[,;()[\]\u2013\u2014]|$)/.exec(f.value.trim())?.[0] ?? '';
  // "Ward 3B", "room 4", "Bed 12": a ward's, a room's or a bed's number is no word of the place.
  const words = wordsOf(item).filter((w) => !/\d/.test(w));
  if (!words.length) return false;
  if (rule.places.has(words[words.length - 1]) || (words.length <= 3 && rule.places.has(words[0]))) return true;
  return (RELATIVES.has(words[0]) || rule.titles.has(words[0])) && words.length <= 3;
}
/**
 * "Presenting: Dr Reyes (neuro-oncology fellow)", "Mr Patel (consultant neurosurgeon)", "Sarah Jones, ST5 ortho", "Nurse
 * Practitioner Lee": who presents the case at a meeting (unknownKeys.presenters), no complaint: a title or honorific opens
 * the value, or a name (its first item, every word capitalised) with a clinician's role in a short value. Not "nurse noticed
 * a dimple over her sacrum", "Mum concerned about a hairy patch": no name opens them.
 */
function presenter(f: Field, v: ReadingVocabulary): boolean {
  const p = presenterWords(v);
  if (!p.keys.has(normalizeKey(f.writtenKey ?? f.rawKey))) return false;
  const words = wordsOf(f.value);
  if (words[0] !== undefined && (p.titles.has(words[0]) || p.honorifics.has(words[0]))) return true;
  const item = /^[^,;(\-\u2013\u2014]*/.exec(f.value.trim())![0].trim().split(/\s+/);
  const named = item.length >= 1 && item.length <= 4 && item.every((w) => /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(w));
  return named && words.length <= 8 && words.some((w) => p.roles.has(w));
}
const presenterWords = perVocabulary((v: ReadingVocabulary) => {
  const p = v.unknownKeys.presenters;
  return {
    keys: new Set(p.keys.map(normalizeKey)),
    titles: new Set(v.unknownKeys.authoredPlans.titles),
    honorifics: new Set(p.honorifics),
    roles: new Set(p.roles),
  };
});
const careOfWords = perVocabulary((v: ReadingVocabulary) => {
  const c = v.unknownKeys.careOf;
  return { keys: new Set(c.keys.map(normalizeKey)), places: new Set(c.places), titles: new Set(c.titles) };
});

/** placedExams' word lists as sets, built once per vocabulary (placedExam runs for every unknown key not memoized). */
const placedExamWords = perVocabulary((v: ReadingVocabulary) => {
  const rule = v.unknownKeys.placedExams;
  return { notWords: new Set(rule.notWords), before: new Set(rule.before), after: new Set(rule.after) };
});

/**
 * "OSH exam", "ED exam", "Neuro exam at my home visit last week", "Exam on arrival": an exam key (unknownKeys.placedExams.keys)
 * told with a place word before it (`before`, whole phrases) or a preposition right after it (`after`), and read as that key:
 * the findings are the child's wherever and whenever they were found. Not a relative's exam, nor one planned, deferred or not
 * done (`notWords`), nor one a time ahead ("Exam in 2 weeks": `ahead`). A key has a few words: the splits tried are few.
 */
function placedExam(norm: string, v: ReadingVocabulary): KeyInfo | undefined {
  const rule = v.unknownKeys.placedExams;
  const words = norm.split(/[\s,;()]+/).filter(Boolean);
  if (words.length < 2 || words.length > 10) return undefined;
  const { notWords, before, after } = placedExamWords(v);
  if (words.some((w) => notWords.has(w) || notWords.has(w.replace(/['\u2019]s$/, '')))) return undefined;
  for (let i = 0; i < words.length; i++) {
    // Everything before the key's name is place words ("outside hospital", "ED"), whole phrases of `before`.
    if (i > 0 && !placeWords(words.slice(0, i), before)) continue;
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const key = lookupKey(words.slice(i, j).join(' '));
      if (!key || !rule.keys.includes(key.name) || letters(words.slice(i, j).join('')) < 2) continue;
      const rest = words.slice(j);
      if (i === 0 && !rest.length) continue;
      if (rest.length && (!after.has(rest[0]) || aheadOf(rest.join(' '), rule.ahead))) continue;
      return key;
    }
  }
  return undefined;
}

/**
 * "Plan by Dr. Demir", "Plan per Dr Smith", "Recommendations from Prof. Lindqvist": a spelling of a plan key
 * (unknownKeys.authoredPlans.keys), a word of `by`, maybe "the", a clinician's title (maybe of a few words: "Plan per trauma
 * lead") and a short name; the plan is the care
 * team's. Not another place's or visit's clinician, a relative or a time (`notWords`, a number: "Plan by Dr X at OSH").
 */
function authoredPlan(norm: string, v: ReadingVocabulary): KeyInfo | undefined {
  const rule = v.unknownKeys.authoredPlans;
  if (/\d/.test(norm)) return undefined;
  // "Order in system from Dr. Patel (Peds)": the clinician's service in brackets closing the key (unknownKeys.relayedPlans
  // clinicians) says nothing more; any other bracket ("Request from Dr Lindqvist (quoted)") leaves the key unread.
  const bracket = /\s*\(([\p{L} ]{1,30})\)$/u.exec(norm);
  const service = bracket !== null && v.unknownKeys.relayedPlans.clinicians.includes(bracket[1].trim());
  let words = (service ? norm.slice(0, bracket.index) : norm).split(/[\s.,]+/).filter(Boolean);
  // Where the order stands, between its key and who placed it ("Order in system from", "Order on file by"); the key is
  // checked below as for any authored plan.
  const status = rule.statuses.find((x) => norm.startsWith(`${words[0]} ${x} `));
  if (status) words = [words[0], ...words.slice(1 + status.split(' ').length)];
  if (words.length < 3 || words.length > 10 || words.some((w) => rule.notWords.includes(w))) return undefined;
  for (let i = 1; i <= 4 && i < words.length; i++) {
    if (!rule.by.includes(words[i])) continue;
    const key = lookupKey(words.slice(0, i).join(' '));
    if (!key || !rule.keys.includes(key.name)) continue;
    let j = i + 1;
    if (words[j] === 'the') j++;
    // The longest title opening there: a title may be a few words ("trauma team leader": the leader of the team that orders).
    let title = 0;
    for (let k = Math.min(words.length, j + 3); k > j && !title; k--) if (rule.titles.includes(words.slice(j, k).join(' '))) title = k - j;
    if (!title) return undefined;
    const name = words.slice(j + title);
    if (name.length > rule.nameWords || !name.every((w) => NAME_WORD.test(w))) return undefined;
    // An order key told with who placed it is read as their plan: its conditions and holds are read as a plan's are
    // ("Imaging per Dr X: XR L-spine if no improvement in 6 weeks" orders nothing yet).
    return key.name === 'Order' ? PLAN : key;
  }
  return undefined;
}
/**
 * "Per MD (tele)", "Per peds", "Peds advice", "Neurosurgery recs (phone)": the plan of a consulted clinician as the writer
 * relays it (unknownKeys.relayedPlans), read as an authored plan is (only where the note writes no other plan line). The
 * whole key is a word of `by` and a clinician, or a clinician and a word of `advice`, with maybe the way it was given at
 * the end; never a word of authoredPlans.notWords ("Per MD at OSH", "Per previous peds").
 */
function relayedPlan(norm: string, v: ReadingVocabulary): boolean {
  const rule = relayedWords(v);
  let words = norm.split(/[\s.,()]+/).filter(Boolean);
  if (words.length < 2 || words.length > 6 || words.some((w) => rule.notWords.has(w))) return false;
  for (let n = 2; n >= 1; n--) {
    if (words.length > n + 1 && rule.modes.has(words.slice(-n).join(' '))) {
      words = words.slice(0, -n);
      break;
    }
  }
  if (rule.by.has(words[0])) return rule.clinicians.has(words.slice(1).join(' '));
  return rule.advice.has(words[words.length - 1]) && rule.clinicians.has(words.slice(0, -1).join(' '));
}
/** The relayed line opens on a study's name and tells it neither done nor its result (unknownKeys.relayedPlans.toldDone). */
function relayedStudyToDo(value: string, v: ReadingVocabulary): boolean {
  const done = relayedWords(v).toldDone;
  return (
    startsWithStudy(value.trim()) &&
    !value
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => done.has(w))
  );
}
const relayedWords = perVocabulary((v: ReadingVocabulary) => {
  const r = v.unknownKeys.relayedPlans;
  return {
    by: new Set(r.by),
    clinicians: new Set(r.clinicians),
    advice: new Set(r.advice),
    modes: new Set(r.modes),
    toldDone: new Set(r.toldDone),
    notWords: new Set(v.unknownKeys.authoredPlans.notWords),
  };
});
/** A word of a name: letters of any script, maybe joined by a hyphen or an apostrophe ("Öztürk", "O'Neill", "Ben-Ari"). */
const NAME_WORD = /^\p{L}+(?:['\u2019-]\p{L}+)*$/u;

/** The words are a run of place phrases of `before` ("referring hospital", "my"): a greedy cut, at most a few words. */
function placeWords(words: readonly string[], before: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length;) {
    let j = Math.min(words.length, i + 3);
    while (j > i && !before.has(words.slice(i, j).join(' '))) j--;
    if (j === i) return false;
    i = j;
  }
  return true;
}

/** What follows the key's name starts with a time ahead ("in 2 weeks", "in a month"). */
function aheadOf(rest: string, ahead: readonly string[]): boolean {
  return ahead.some((a) => {
    const re = new RegExp(`^${escapeRegExp(a).replace('#', '\\d+(?:\\.\\d+)?')}(?:\\s|$)`);
    return re.test(rest);
  });
}

function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (/\p{L}/u.test(s[i])) n++;
  return n;
}

/** Word by word, `typed` could be `meant` mistyped: as many words, each with its first letter and at most one typo (two in a word of ten letters or more). */
function typoOf(typed: string, meant: string): boolean {
  const a = typed.split(/[\s/-]+/).filter(Boolean);
  const b = meant.split(/[\s/-]+/).filter(Boolean);
  // "Redflags", "Red-flags": a space lost or put in is one typo.
  if (a.length !== b.length) return a.join('') === b.join('');
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x[0] !== y[0]) return false;
    const d = distance(x, y);
    if (d > (y.length >= 10 ? 2 : 1) && !(d === 2 && swapped(x, y))) return false;
  }
  return true;
}

/**
 * The unknown keys of a note read as one of its keys. A misspelling, or a plan told with its clinician ("Plan by Dr.
 * Demir"), is read only when the note has no line of that key already, and only the first of several.
 */
export function readUnknownKeys(fields: readonly Field[], v: ReadingVocabulary = readingVocabulary(), text?: string): Map<Field, UnknownKeyReading> | undefined {
  let out: Map<Field, UnknownKeyReading> | undefined;
  let had: Set<KeyInfo> | undefined;
  for (const f of fields) {
    if (f.key) {
      // "Dimple: N", "Dimple: -": a key naming a finding itself, answered alone, is that question answered.
      // Not a table's column ("back_pain" over a row's "no"): its question stands in the header, lines away from its
      // answer, so a reading of the two as one span would run over the whole table.
      const r = !f.prose && !f.column && v.unknownKeys.answeredFindings.knownKeys.includes(f.key.name) ? answeredFinding(f, v, true) : undefined;
      if (r) (out ??= new Map()).set(f, r);
      continue;
    }
    let r =
      (f.prose || f.column ? undefined : parentTold(f)) ??
      unknownKeyReading(f.rawKey, v) ??
      birthKey(f, fields, v) ??
      (f.column ? undefined : (templateExam(f, fields, v) ?? studyReferral(f, fields, v, text) ?? taskLine(f, v))) ??
      (f.prose || f.column ? undefined : answeredFinding(f, v));
    // "Tests suggested: MRI L-spine by ortho (not agreed) / Plan: XR LS spine": the plan's study wins, and the advised key is read
    // as before the advised keys were (unknown-key says so); so too beside another advised key ("Investigations advised: MRI /
    // Ix planned: USG"), which of the two is the order being unsaid, and beside a plan that declines ("Plan: no imaging needed").
    // Advice beside a plan that names no study and declines nothing ("Plan: review 2/52") is the order.
    if (r?.advised && (advisedKeys(fields, v) > 1 || fields.some((g) => g.key === PLAN && !g.column && namesOrDeclinesStudy(g.value, v)))) {
      r = readingOf(normalizeKey(f.rawKey).slice(0, 60), v, false);
    }
    if (!r || (f.prose && !r.placed && !r.authored && !r.keyed)) continue;
    if (hedgedValue(f, v)) continue;
    // "Per MD (tele): spinal US last week normal; MRI L-spine now": a relayed line telling a study done or its result is read as before.
    if (r.relayed && !relayedStudyToDo(f.value, v)) continue;
    if (r.key === PRESENTATION && !r.told && (isCareOf(f, v) || presenter(f, v))) continue;
    if (r.misspelt || r.authored) {
      if (!had) {
        had = new Set();
        for (const g of fields) if (g.key) had.add(g.key);
      }
      if (had.has(r.key)) continue;
      had.add(r.key);
    }
    (out ??= new Map()).set(f, r);
  }
  return out;
}

/** The note with its unknown keys read as readUnknownKeys says (the same note when none is). */
export function withUnknownKeysRead(note: ParsedNote): ParsedNote {
  const read = readUnknownKeys(note.fields, undefined, note.text);
  if (!read) return note;
  // A placed exam on a line taken for prose ("Neuro exam at my home visit last week: normal.") is read as its key, no longer as
  // history: the prose read from its line is dropped (one pass over both lists, in note order).
  const lines: Field[] = [];
  for (const f of read.keys()) if (f.prose) lines.push(f);
  let prose = note.prose;
  if (lines.length) {
    let j = 0;
    prose = note.prose.filter((p) => {
      while (j < lines.length && lines[j].lineSpan.end < p.valueSpan.start) j++;
      const line = lines[j];
      return !(line && line.lineSpan.start <= p.lineSpan.start && p.valueSpan.end <= line.lineSpan.end);
    });
  }
  return { ...note, prose, fields: note.fields.map((f) => (read.has(f) ? readAs(f, read.get(f)!, note.text) : f)) };
}

function readAs(f: Field, r: UnknownKeyReading, text: string): Field {
  if (r.answered || r.told) {
    // The question is its key: "Fever: yes 39C" is read whole, as a line of the history, so the answer reads the finding.
    const valueSpan = { start: f.keySpan.start, end: f.valueSpan.end };
    return { ...f, key: r.key, rawKey: r.spelling, writtenKey: f.rawKey, prose: false, valueSpan, value: text.slice(valueSpan.start, valueSpan.end) };
  }
  return { ...f, key: r.key, rawKey: r.spelling, writtenKey: f.rawKey, prose: false };
}

const PRESENTATION = lookupKey('Presentation')!;
/** A relative's words (notes/headings.ts): "Fever: yes - sibling" is someone else's answer. */
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_WORDS);
/** Finding phrases (findings.json, gapless), lower case, with their finding's category, for the shipped knowledge. */
let findingPhrases: Map<string, FindingCategoryT> | undefined;

function phrasesOfFindings(): Map<string, FindingCategoryT> {
  if (!findingPhrases) {
    findingPhrases = new Map();
    for (const f of defaultKnowledge().findings) for (const p of f.phrases) if (!p.includes('...')) findingPhrases.set(p.toLowerCase(), f.category);
  }
  return findingPhrases;
}

/**
 * The category of the finding a key asks about: the key is wholly a finding's phrase, maybe after words of place
 * ("Sacral dimple", "Lumbar hair tuft": unknownKeys.answeredFindings.keyPlaces), or undefined.
 */
function findingOfKey(key: string, places: readonly string[]): FindingCategoryT | undefined {
  const words = key.split(' ');
  for (let i = 0; i < words.length && i < 4; i++) {
    if (i > 0 && !places.includes(words[i - 1])) return undefined;
    const category = phrasesOfFindings().get(i ? words.slice(i).join(' ') : key);
    if (category) return category;
  }
  return undefined;
}

/** What follows a sign answer: nothing, or a column gap before the next question ("Fever: -   Night pain: +"). */
const SIGN_ENDS = /^(?:\s*$|(?: {2,}|\t)\S)/;

/**
 * "Fever: yes 39C", "Night pain: yes", "Weight loss: yes, 3 kg", "Night sweats: Y", "Fever: no", "Sacral dimple: yes",
 * "Fever: -", "Hair tuft: \u2713": a key that is wholly a finding's phrase (after words of place), its value opening on a yes
 * or no answer (unknownKeys.answeredFindings), is that question answered; a sign or, for a skin marker, a "?" only as the
 * whole answer. A key about someone else ("Mother's fever") is no finding's phrase; "Fever: ?", "Fever: not asked",
 * "Fever: 39C", "Fever: - sibling" stay unread. `known`: a key of the language naming a finding ("Dimple") is read so only
 * when the answer is its whole value, a description after it being the key's own.
 */
function answeredFinding(f: Field, v: ReadingVocabulary, known = false): UnknownKeyReading | undefined {
  const key = normalizeKey(f.rawKey).replace(BULLET, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const a = v.unknownKeys.answeredFindings;
  if (key.length < 3 || key.length > 40) return undefined;
  const category = findingOfKey(key, a.keyPlaces);
  if (!category) return undefined;
  // "+ve", "-ve" are answer words written with their sign (answeredFindings.yes/no), read before a bare sign.
  const first = /^\s*((?:[+\-\u2013]ve|[a-z]+)(?=$|[\s,;.()])|[^\sa-z0-9])/i.exec(f.value);
  if (!first) return undefined;
  const word = first[1].toLowerCase();
  const rest = f.value.slice(first.index + first[0].length).toLowerCase();
  const sign = !/[a-z]/.test(word);
  if (sign || known) {
    if (!SIGN_ENDS.test(rest)) return undefined;
    if (a.unsure.includes(word)) return a.unsureFor.includes(category) ? ANSWERED : undefined;
  }
  // "Sacral dimple: deep, 6 mm": a word describing the dimple seen is as good as a yes, the rest its description. Not a value
  // holding boxes ("Sacral dimple: small [ ]  large [ ]  absent [ ]"): the words are a form's options, none of them chosen
  // by being written (review rfix59f).
  const described = !sign && !known && a.describedFor.includes(category) && a.described.includes(word) && !MAY_HOLD_BOX.test(f.value);
  // The signs that answer no are the context reader's (formAnswers.noSigns), which reads the line once it is taken.
  if (!described && !a.yes.includes(word) && !a.no.includes(word) && !(sign && contextLexicon().formAnswers.noSigns.includes(word))) return undefined;
  // What follows the answer: a relative's word, a history word or the key's finding named again ("Fever: yes - sibling",
  // "Fever: no hx", "Fever: no fevers") is no plain answer of the child's finding; the line stays unread as before.
  if (word.length === 1 && /^\s*[-\u2013\u2014]/.test(rest) && /[a-z]/.test(rest)) return undefined;
  const words = rest.split(/[\s,;:.()[\]'\u2019-]+/).filter((w) => w);
  if (words.some((w) => RELATIVES.has(w) || a.notAfter.includes(w))) return undefined;
  const keyWords = key.split(' ');
  for (let i = 0; i + keyWords.length <= words.length; i++) {
    if (keyWords.every((k, j) => words[i + j] === k || words[i + j] === k + 's' || words[i + j] === k + 'es')) return undefined;
  }
  return ANSWERED;
}

/**
 * How a table's cell answers the question its column asks of a finding ("Fever" over "yes 39.2", "Dimple" over "N",
 * "Back pain" over "no" or left blank): 'no' for a plain no or a blank, 'answered' for any other answer (a yes, a "?",
 * a no with words after it), undefined for a column that asks no finding's question or a cell that is no answer
 * ("sacral dimple 3 mm"). Read with its header as "Fever: yes 39.2" would be, the answer would span the whole table
 * (clinical/table.ts), so it is never read so.
 */
export function findingQuestionAnswer(f: Field, v: ReadingVocabulary = readingVocabulary()): 'no' | 'answered' | undefined {
  const a = v.unknownKeys.answeredFindings;
  const key = normalizeKey(f.rawKey).replace(BULLET, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const asks = (f.key && a.knownKeys.includes(f.key.name)) || (key.length >= 3 && key.length <= 40 && findingOfKey(key, a.keyPlaces) !== undefined);
  if (!asks) return undefined;
  if (f.value.trim() === '') return 'no';
  const first = /^\s*([a-z+\-\u2013/]+|[^\sa-z0-9])/i.exec(f.value)?.[1]?.toLowerCase();
  const read = answeredFinding(f, v) ?? answeredFinding(f, v, true);
  const no = first !== undefined && (a.no.includes(first) || contextLexicon().formAnswers.noSigns.includes(first));
  if (read && no) return 'no';
  if (read || no || (first !== undefined && (a.yes.includes(first) || a.unsure.includes(first)))) return 'answered';
  return undefined;
}

/**
 * "Mother: baby has had fever 38.5 x 2 d", "Dad: infant feverish since last night": a line keyed by the parent or carer who
 * tells the child's story, its value naming the child, is the child's history as the parent tells it. Without it the line was
 * dropped whole as an unknown key, and the child's fever or fall with it. A parent's own history ("Mother: scoliosis", "Mother:
 * she has a sacral dimple too", "Dad: had a discectomy at 30", "Mom: 32 yo G2P2") stays unread.
 */
function parentTold(f: Field): UnknownKeyReading | undefined {
  const key = normalizeKey(f.rawKey).replace(BULLET, '');
  return parentKeyTellsChild(key, f.value) ? TOLD : undefined;
}
const TOLD: UnknownKeyReading = { key: PRESENTATION, spelling: PRESENTATION.name, misspelt: false, told: true };

const ANSWERED: UnknownKeyReading = { key: PRESENTATION, spelling: PRESENTATION.name, misspelt: false, answered: true };
