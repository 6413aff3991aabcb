import { RELATIVE_WORDS } from '../notes/headings';
import { type KeyInfo, lookupKey } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import { work } from '../notes/work';
import { escapeRegExp, perVocabulary, wordSetOf } from './patterns';
import { startsWithStudy } from './study-names';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * An I-PASS handoff ("I: stable / P: 11yo F, 5 wk of LBP, now waking her at night / A: MRI whole spine
 * ordered / S: if rads recommends … / S: receiver read back") writes its sections under single letters
 * that our language reads otherwise: "P:" is our Plan and "A:" our assessment. In a handoff, P is the
 * patient summary (the history), A the action list (the plan) and S the situation awareness, read as the
 * history as "S:" is anywhere else ("S: new urinary retention overnight" counts; "if MRI negative -> …" is a
 * condition) (reading-vocabulary.json handoff). A note is a handoff when it names the format, an "I:" line
 * gives an illness severity, or its letters come in a handoff's order, and never when an "A:" comes before
 * its first "P:" (a SOAP note that says it was handed off by I-PASS); any other note with a "P:" line keeps
 * it as the plan.
 */
export function withHandoffRead(note: ParsedNote): ParsedNote {
  const v = readingVocabulary().handoff;
  let letters = 0;
  for (const f of note.fields) if (f.rawKey.length === 1) letters++;
  if (letters < 2) return note;
  // Before MIST: an ATMIST's M, I, S and T come in a MIST's order, and its first T (the time) holds the mechanism.
  if (isAtmist(note, v.atmist)) return withSections(note, v.atmist.sections, atmistTreatment(note.fields, v.atmist.treatment));
  if (isMist(note, v.mist.names)) return withSections(note, v.mist.sections);
  if (inLetterOrder(note.fields, v.sbar.letters)) {
    const { sections, asText } = sbarSections(note.fields, v.sbar);
    return withSections(note, sections, new Set(), asText);
  }
  // A nurse's DAR (data, action, response) entry: its data and response are the history, its action keeps its reading.
  if (inLetterOrder(note.fields, v.dar.letters)) return withSections(note, v.dar.sections);
  if (assessedBeforePlan(note.fields) || !isHandoff(note, v.names, v.severities)) return note;
  return withSections(note, v.sections);
}

/**
 * An EMS MIST handover ("M: 19 y/o F, restrained driver, head-on ~40 mph / I: lumbar pain, seatbelt sign /
 * S: BP 104/60 / T: SMR, 2 IVs"): mechanism, injuries, signs, treatment. Known by its name, written in
 * capitals near the top, or by its four letters as keys in that order.
 */
function isMist(note: ParsedNote, names: readonly string[]): boolean {
  const head = note.text.slice(0, 400);
  work.steps += head.length;
  if (mistPattern(names).test(head)) return true;
  let next = 0;
  for (const f of note.fields) {
    if (f.rawKey.trim().toUpperCase() === 'MIST'[next]) next++;
    if (next === 4) return true;
  }
  return false;
}

/**
 * An ambulance ATMIST handover ("A: 9 yo M / T: approx 14:30, fell from trampoline platform ~2.5 m / I: midline
 * tenderness T12/L1 / S: GCS 15 / T: collar + scoop"): age, time, mechanism, injuries, signs, treatment. Known by its
 * name in capitals near the top (with two one-letter keys), or by its one-letter keys being exactly its letters in
 * order (the M may be left out): a SOAP note or a "T: 38.5" among vital signs never makes that sequence.
 */
function isAtmist(note: ParsedNote, v: ReadingVocabulary['handoff']['atmist']): boolean {
  const head = note.text.slice(0, 400);
  work.steps += head.length;
  if (atmistPattern(v.names).test(head)) return true;
  let keys = '';
  for (const f of note.fields) keys += sectionLetter(f) ?? '';
  return lettersPattern(v).test(keys);
}

/** An ATMIST's T told after its injuries or signs: the treatment given on the way (its first T is the time of the incident). */
function atmistTreatment(fields: readonly Field[], treatment: string): ReadonlySet<Field> {
  const out = new Set<Field>();
  let told = false;
  for (const f of fields) {
    const letter = sectionLetter(f);
    if (letter === 'I' || letter === 'S') told = true;
    else if (told && letter === treatment) out.add(f);
  }
  return out;
}

/**
 * The caller's bedside assessment in a nurse's SBAR call ("A: HR 132, moves both legs, says they feel normal"):
 * reassuring words there are an observation, no neurologic exam, unless they name the exam itself ("A: neuro exam nl",
 * "no focal deficits": handoff.sbar.examNamed, read in clinical/neuro-text.ts) (reading-vocabulary.json handoff.sbar).
 */
export function sbarObserved(note: ParsedNote): Field | undefined {
  const v = readingVocabulary().handoff.sbar;
  if (!inLetterOrder(note.fields, v.letters)) return undefined;
  return note.fields.find((f) => sectionLetter(f) === v.observed);
}

/**
 * An SBAR's sections, its request ("R: CT C-spine non-contrast") read as the plan only where no other line is the plan (beside
 * a "Plan:" line the caller's request is no order of the team's) and where it opens on the study's name alone and tells it
 * neither pending, rejected, conditional nor another's (handoff.sbar.requestNot). A lone request that is not so plain
 * ("R: concern for relapse - whole body bone scan requested per onc", "R: spinal ultrasound booked, f/u paeds") is read as
 * free text of the history, as prose is: its suspicion counts and its study is ordered only as a sentence of prose orders
 * it (a cue, never one pending, conditional or another's); beside a "Plan:" line, or with two requests, it stays unread.
 */
function sbarSections(fields: readonly Field[], v: ReadingVocabulary['handoff']['sbar']): { sections: Readonly<Record<string, string | null>>; asText: ReadonlySet<Field> } {
  const planned = fields.some((f) => f.key?.name === 'Plan' && v.sections[sectionLetter(f) ?? ''] !== 'Plan');
  const requests = fields.filter((f) => v.sections[sectionLetter(f) ?? ''] === 'Plan');
  if (!planned && requests.length === 1 && isPlainRequest(requests[0].value)) return { sections: v.sections, asText: new Set() };
  const sections = Object.fromEntries(Object.entries(v.sections).filter(([, name]) => name !== 'Plan'));
  const asText = !planned && requests.length === 1 && !awaited(requests[0].value, v) ? requests : [];
  return { sections, asText: new Set(asText) };
}
/**
 * "R: spinal US results pending", "R: MRI report awaited", "R: MRI only if cultures positive": a result, a status awaited or a
 * condition (handoff.sbar.textNot); "R: spinal US booked?": a question closing it (not a suspicion asked: "R: ?relapse - …");
 * "R: Insurance company requested an MRI", "R: US spine booked by midwife in error": a word of requestNot other than one
 * telling the study ordered (handoff.sbar.textOrdered: "booked", "requested").
 */
function awaited(value: string, v: ReadingVocabulary['handoff']['sbar']): boolean {
  const not = wordSetOf(v.textNot);
  const refused = requestWords(readingVocabulary()).not;
  const ordered = wordSetOf(v.textOrdered);
  if (/\?(?![A-Za-z])/.test(value) || doubtQueried(value)) return true;
  const words = value
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  // "R: Should US spine be arranged tomorrow", "R: Check whether US spine was booked": a question or a check, asked without
  // its "?" (handoff.sbar.textAsks opening it, or "whether" anywhere); "R: Family asking for MRI L-spine", "R: US spine
  // requested for sibling": a relative's wish or a relative's study (notes/headings RELATIVE_WORDS), as prose refuses them.
  const asked = asks(readingVocabulary());
  if (asked.opening.has(words[0]) || words.some((w) => asked.anywhere.has(w) || RELATIVES.has(w))) return true;
  return words.some((w) => not.has(w) || (refused.has(w) && !ordered.has(w)));
}
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_WORDS.filter((w) => w !== 'twin' && w !== 'twins'));
const asks = perVocabulary((v: ReadingVocabulary) => ({ opening: wordSetOf(v.handoff.sbar.textAsks.opening), anywhere: wordSetOf(v.handoff.sbar.textAsks.anywhere) }));
/**
 * "?needed", "?indicated", "? appropriate": a query of the request itself (whether it is needed at all), not a suspicion asked
 * ("?bony defect", "?relapse"): a word of need or worth right after a "?".
 */
export function doubtQueried(text: string): boolean {
  return QUERIED_NEED.test(text);
}
const QUERIED_NEED =
  /\?\s*(?:is\s+it\s+|really\s+)?(?:needed|need|necessary|indicated|appropriate|worthwhile|worth\s+it|worth|warranted|required|justified|useful|helpful|clinically\s+indicated|beneficial|essential)\b/i;
/** "CT C-spine non-contrast, keep collar till reviewed": a study's name alone first, no doubt, condition or status after it. */
function isPlainRequest(written: string): boolean {
  const r = requestWords(readingVocabulary());
  if (written.includes('?')) return false;
  // "R: CT C-spine on arrival", "R: XR L-spine stat" (round 51): a time of now closing the study's item (handoff.sbar.requestNow)
  // is when it is wanted, not another word of the request; "tomorrow" stays a word of requestNot.
  const value = written.replace(r.now, '');
  const first = value
    .trim()
    .split(/[,;.]|\s[-\u2013\u2014]\s/)[0]
    .toLowerCase();
  const studyWords = first.split(/[\s/+,-]+/).filter(Boolean);
  if (!studyWords.length || !studyWords.every((w) => r.studyAlone.has(w)) || !startsWithStudy(first)) return false;
  // "R: CT": a study of no region named is no spine study.
  if (!studyWords.some((w) => r.region.has(w))) return false;
  return !value
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => r.not.has(w));
}
const requestWords = perVocabulary((v: ReadingVocabulary) => ({
  studyAlone: new Set(v.unknownKeys.studyReferral.studyAlone),
  region: new Set(v.handoff.sbar.requestRegion),
  not: new Set([...v.unknownKeys.studyReferral.notWith, ...v.handoff.sbar.requestNot]),
  now: new RegExp(`\\s+(?:${v.handoff.sbar.requestNow.map(escapeRegExp).join('|')})\\s*(?=$|[,;.])`, 'gi'),
}));

/** The one-letter keys hold every letter of `letters`, in that order (one pass over the fields). */
function inLetterOrder(fields: readonly Field[], letters: string): boolean {
  let next = 0;
  for (const f of fields) {
    if (next < letters.length && sectionLetter(f) === letters[next]) next++;
  }
  return next === letters.length;
}

/**
 * Each one-letter key read as its section's key; a section read as none (and every field of `dropped`) keeps no value; a
 * field of `asText` is read as free text of the history (its order found as in prose).
 */
function withSections(
  note: ParsedNote,
  sections: Readonly<Record<string, string | null>>,
  dropped: ReadonlySet<Field> = new Set(),
  asText: ReadonlySet<Field> = new Set(),
): ParsedNote {
  const keys = new Map<string, KeyInfo | undefined>();
  for (const [letter, name] of Object.entries(sections)) keys.set(letter, name ? lookupKey(name) : undefined);
  const read = (f: Field): Field => {
    if (asText.has(f)) return f.value ? { ...f, key: PRESENTATION, prose: false, inferred: true } : f;
    const letter = sectionLetter(f);
    if (letter === undefined || !keys.has(letter)) return f;
    const key = dropped.has(f) ? undefined : keys.get(letter);
    return key ? { ...f, key, prose: false } : { ...f, key: undefined, value: '', valueSpan: { start: f.valueSpan.start, end: f.valueSpan.start } };
  };
  return { ...note, fields: note.fields.map(read), prose: note.prose.map(read) };
}

/**
 * A SOAP note: an "A:" before its first "P:" (a handoff's P, the patient summary, always comes before its A), even
 * one that says the handoff was given by I-PASS ("Signed out to night team via I-PASS").
 */
function assessedBeforePlan(fields: readonly Field[]): boolean {
  for (const f of fields) {
    const letter = sectionLetter(f);
    if (letter === 'P') return false;
    if (letter === 'A') return true;
  }
  return false;
}

/** The letter of a one-letter key, upper case; a vital sign under one ("P: 92", pulse) is no section. */
function sectionLetter(f: Field): string | undefined {
  const raw = f.rawKey.trim();
  if (raw.length !== 1) return undefined;
  const letter = raw.toUpperCase();
  return letter === 'P' && PULSE.test(f.value) ? undefined : letter;
}
const PRESENTATION = lookupKey('Presentation')!;
const PULSE = /^\s*\d{2,3}\s*(?:bpm|\/min|beats\/min)?\s*$/i;

function isHandoff(note: ParsedNote, names: readonly string[], severities: readonly string[]): boolean {
  const head = note.text.slice(0, 400).toLowerCase();
  work.steps += head.length;
  if (handoffPattern(names).test(head)) return true;
  const illness = note.fields.find((f) => f.rawKey.trim().toUpperCase() === 'I');
  const first = illness?.value
    .trim()
    .toLowerCase()
    .split(/[^a-z]+/)[0];
  if (first !== undefined && severities.includes(first)) return true;
  return handoffOrder(note.fields);
}

/**
 * The order of the one-letter keys: a P before an A (SOAP writes A before P), with an I before the P or an
 * S after the A ("I: watcher / P: … / A: … / S: if …").
 */
function handoffOrder(fields: readonly Field[]): boolean {
  const at = (letter: string, from = 0) => fields.findIndex((f, i) => i >= from && sectionLetter(f) === letter);
  const p = at('P');
  const a = p < 0 ? -1 : at('A', p + 1);
  if (a < 0) return false;
  const i = at('I');
  return (i >= 0 && i < p) || at('S', a + 1) >= 0;
}

/** "MIST", "M.I.S.T": written in capitals, so the letters are matched as written. */
const mistName = (n: string) => `(?<![A-Za-z])${escapeRegExp(n)}(?![A-Za-z])`;
/** "I-PASS", "ipass", "I PASS": the head is lower-cased, a hyphen or space between parts optional. */
const handoffName = (n: string) => `(?<![a-z])${escapeRegExp(n).replace(/[-\s]/g, '[-\\s]?')}(?![a-z])`;

/** One pattern for a vocabulary list of names, compiled once (not per note). */
const namePattern = (one: (n: string) => string) => perVocabulary((names: readonly string[]) => new RegExp(names.map(one).join('|') || '(?!)'));
const mistPattern = namePattern(mistName);
const atmistPattern = namePattern(mistName);
/** "AT[M]IST": the letters in order, a bracketed one optional, the whole sequence of one-letter keys. */
const lettersPattern = perVocabulary((v: ReadingVocabulary['handoff']['atmist']) => new RegExp(`^${v.letters.replace(/\[([A-Z])\]/g, '$1?')}$`));
const handoffPattern = namePattern(handoffName);
