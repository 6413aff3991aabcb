/**
 * A date of birth and the visit's date told in the text rather than under the DOB and Date keys, as letters and clinic
 * notes write them: "Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2025", "Date of clinic: 19.09.2025"
 * (age-vocabulary.json datesInText). A visit date in prose is a guess the engine must earn: only two unambiguous forms are
 * read, and a birth date only where it is the patient's.
 */
import type { IsoDate } from '../notes/age';
import { monthsBetween } from '../notes/age';
import { type Convention, type WrittenDate, isAfter, noteConvention, readDate, readingsOf, sameDay } from '../notes/dates';
import { RELATIVE_WORDS } from '../notes/headings';
import { type Span, sentenceEnd, sentenceStart } from '../notes/text';
import { alternation } from './patterns';

export interface DatesInTextWords {
  /** "Date of clinic: 19/09/2025": a visit key opening its line, its value that one date alone. */
  visitKey: RegExp;
  /** "DOB: 10/01/2024   Visit: 24/07/2024": a visit key opening its line or a column, a colon and that one date alone. */
  visitColumn: RegExp;
  /** "Attended:": a key read only as a column of the DOB's own line, never on a line of its own. */
  columnOnly: ReadonlySet<string>;
  /** The visit keys that name the visit in full ("Date of consult", "Visit date"), not by a short column word ("Seen", "Visit"). */
  fullVisitKeys: ReadonlySet<string>;
  /** "seen today 19/09/2025": read only where `seenTodayAt` allows it. */
  seenToday: RegExp;
  birth: RegExp;
  /** A previous or follow-up word ("previous", "last", "review", "appt"): anywhere in the sentence, the visit is another. */
  notBefore: ReadonlySet<string>;
  /** A reporting word ("says", "letter", "per", "summary"): before it in its sentence, the visit is the one reported. */
  reporting: ReadonlySet<string>;
  notPatient: ReadonlySet<string>;
  /** "Baby of Jane Smith", "B/O Rekha": the child named by a relative. */
  childOf: RegExp;
  /** A line a word for the patient and a name open ("Re: Conor", "Pt Ava", "Baby Conor"): the note's header about its patient. */
  patientHead: RegExp;
  maxMonths: number;
  /** "Date requested:": a visit key (datesInText.requestKeys) that dates the request, read only without an exam date. */
  requestKey: RegExp;
  /** "Date of appointment: 20/12/2026": a line opening on one of datesInText.examDateKeys and a date. */
  examDate: RegExp;
}

/**
 * A date as written in running text: ISO, numeric with the year first ("2026/11/06", "2015.03.02", as East Asian and
 * Hungarian records write it: always year, month, day) or last, or with the month named.
 */
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}(?<ysep>[./])\d{1,2}\k<ysep>\d{1,2}\.?|\d{1,2}(?<sep>[./-])\d{1,2}\k<sep>(?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?[ \t-]+[A-Za-z]{3,9}\.?,?[ \t-]+\d{4}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})(?![\d/.-]?\d)`;

/** A time of day: "14:32", "09.15", "9:15 am", "1432h" is none. */
const TIME = String.raw`\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.|h|hrs?))?`;

export interface DatesInTextVocabulary {
  visitKeys: readonly string[];
  requestKeys: readonly string[];
  examDateKeys: readonly string[];
  columnVisitKeys: readonly string[];
  columnOnlyKeys: readonly string[];
  seenToday: readonly string[];
  notBefore: readonly string[];
  reporting: readonly string[];
  birth: readonly string[];
  patientHeads: readonly string[];
  notPatient: readonly string[];
  childOf: readonly string[];
  maxYears: number;
}

/** The phrases as patterns, each ending on its date (group `date`). */
export function datesInTextWords(v: DatesInTextVocabulary): DatesInTextWords {
  const phrase = (phrases: readonly string[]) => alternation(phrases, { longestFirst: true }).replace(/ /g, String.raw`[ \t]+`);
  const tail = String.raw`(?![\p{L}\p{N}])[ \t]*(?:[:,\u2013\u2014-][ \t]*)?(?:on[ \t]+)?\(?[ \t]*(?<date>${DATE})`;
  const heads = phrase(v.patientHeads);
  return {
    // The key's value is its date alone, or with nothing but punctuation after it ("Visit date: 02/04/2025 (initial), 19/09/2025"
    // and "Clinic date: 19/12/2025 (booked)" are none).
    // A time of day after the date is the same visit's ("Date of service: 2024-06-17 14:32", an EHR screen's stamp).
    visitKey: new RegExp(String.raw`^[ \t]*(?:${phrase(v.visitKeys)})${tail}\)?(?=(?:[ \t,]+(?:at[ \t]+)?${TIME})?[ \t\r\p{P}]*$)`, 'gimu'),
    // A template's visit date beside or under the DOB ("DOB: 10/01/2024   Visit: 24/07/2024", "Seen: 24/06/2024" on a line of
    // its own): a visit key or one of columnVisitKeys, a colon and the date alone, nothing after it but a time of day and
    // spaces to the line's end (never "Visit: 24/06/2024   (missed)", "Seen: 24/06/2024   DNA"). Where it may stand is
    // columnVisitDate's to judge. Never in prose ("DOB 12.01.2024, seen 15.04.2024" stays unread).
    visitColumn: new RegExp(
      String.raw`(?<gap>^[ \t]*|(?<=\S)(?:[ \t]*[|,][ \t]*|\t[ \t]*| {2,}[ \t]*))(?<key>${phrase([...v.visitKeys, ...v.columnVisitKeys])})[ \t]*:[ \t]*(?<date>${DATE})(?:[ \t,]+(?:at[ \t]+)?${TIME})?[ \t]*\r?$`,
      'gimu',
    ),
    columnOnly: new Set(v.columnOnlyKeys),
    fullVisitKeys: new Set(v.visitKeys.map((k) => k.toLowerCase())),
    seenToday: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrase(v.seenToday)})${tail}`, 'giu'),
    birth: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrase(v.birth)})${tail}`, 'giu'),
    notBefore: new Set(v.notBefore),
    reporting: new Set(v.reporting),
    notPatient: new Set([...v.notPatient, ...RELATIVE_WORDS.filter((x) => x !== 'twin' && x !== 'twins')]),
    childOf: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrase(v.childOf)})(?![\p{L}\p{N}])`, 'iu'),
    // The head word and a name after it: "Re: Conor", "Pt: Ava Jones", "Baby Conor Smith".
    patientHead: new RegExp(String.raw`^[ \t]*(?:${heads})(?![\p{L}\p{N}])(?:['\u2019]s)?(?:[ \t]+name)?[ \t]*[.:]?[ \t]*\p{L}`, 'iu'),
    maxMonths: v.maxYears * 12,
    requestKey: v.requestKeys.length ? new RegExp(String.raw`^[ \t]*(?:${phrase(v.requestKeys)})(?![\p{L}\p{N}])`, 'iu') : /(?!)/,
    examDate: v.examDateKeys.length ? new RegExp(String.raw`^[ \t]*(?:${phrase(v.examDateKeys)})${tail}`, 'imu') : /(?!)/,
  };
}

export interface DateInText {
  written: WrittenDate;
  span: Span;
}

function wordsIn(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/'s$/, ''));
}

function dateAt(m: RegExpExecArray, pivotYear: number): DateInText | undefined {
  const d = m.groups!.date;
  const written = readDate(d, pivotYear);
  if (!written) return undefined;
  const start = m.index + m[0].length - d.length;
  return { written, span: { start, end: start + d.length } };
}

/** Two written dates that may be the same day ("19 September 2025" and "19/09/2025"). */
function mayBeSameDay(a: WrittenDate, b: WrittenDate): boolean {
  const bs = readingsOf(b, undefined);
  return readingsOf(a, undefined).some((x) => bs.some((y) => sameDay(x, y)));
}

/** The line holding `at`: its start and its end. */
function lineAt(text: string, at: number): { start: number; end: number } {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end < 0 ? text.length : end };
}

/** The sentence of its line holding `at`, split before and after it (notes/text.ts sentenceStart, sentenceEnd). */
function sentenceAt(text: string, at: number, end: number): { before: string; after: string } {
  const line = lineAt(text, at);
  return { before: text.slice(sentenceStart(text, at, line.start), at), after: text.slice(end, sentenceEnd(text, end, line.end)) };
}

/** `at` inside quotes opened before it on its line ('GP letter says "seen today …"', "the ED note: 'seen today …'"). */
function inQuotes(lineBefore: string): boolean {
  if (((lineBefore.match(/["\u201c\u201d]/g) ?? []).length & 1) === 1) return true;
  return /(?:^|[^\p{L}\p{N}])['\u2018][^'\u2019]*$/u.test(lineBefore);
}

/**
 * "Date requested: 20/08/2026" beside "Date of appointment: 20/12/2026": the request's date, at `at`, is not the visit's when
 * the note dates the study itself (datesInText.$commentRequestKeys).
 */
function requestYields(text: string, at: number, w: DatesInTextWords): boolean {
  return w.requestKey.test(text.slice(at, at + 40)) && w.examDate.test(text);
}

/**
 * "Seen today 19/09/2025" read as the visit's date: opening its line, or on the patient's header line ("Re: Conor, DOB …, seen
 * today …"); never in quotes, never after a reporting word in its sentence ("GP letter says seen today …", "per GP"), never with
 * a previous or follow-up word anywhere in its sentence ("at the 6-week check", "last month"), never right after a relative.
 */
function seenTodayAt(text: string, m: RegExpExecArray, w: DatesInTextWords): boolean {
  const line = lineAt(text, m.index);
  const lineBefore = text.slice(line.start, m.index);
  if (/\S/.test(lineBefore) && !w.patientHead.test(lineBefore)) return false;
  if (inQuotes(lineBefore)) return false;
  const { before, after } = sentenceAt(text, m.index, m.index + m[0].length);
  const said = wordsIn(before);
  if (said.some((x) => w.reporting.has(x) || w.notBefore.has(x))) return false;
  if (wordsIn(after).some((x) => w.notBefore.has(x))) return false;
  return !said.slice(-3).some((x) => RELATIVE_WORDS.includes(x) && x !== 'twin' && x !== 'twins');
}

/**
 * The visit's date told in the text: after a visit key opening its line whose value is that date alone ("Date of clinic:
 * 19/09/2025"), or, with `prose` (no DOB key), after "seen today" opening its line or on the patient's header line
 * (seenTodayAt); undefined when none is, or two are not the same day.
 */
export function visitDateInText(text: string, pivotYear: number, w: DatesInTextWords, prose: boolean): DateInText | undefined {
  const found: DateInText[] = [];
  for (const re of prose ? [w.visitKey, w.seenToday] : [w.visitKey]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === w.seenToday && !seenTodayAt(text, m, w)) continue;
      if (re === w.visitKey && requestYields(text, m.index, w)) continue;
      const d = dateAt(m, pivotYear);
      if (d) found.push(d);
    }
  }
  if (!found.length) return undefined;
  // The most settled of them ("19 September 2025" over "19/09/2025"), when all may be the one day.
  const best = found.reduce((a, b) => (readingsOf(b.written, undefined).length < readingsOf(a.written, undefined).length ? b : a));
  return found.every((f) => mayBeSameDay(f.written, best.written)) ? best : undefined;
}

/**
 * The visit's date in a template's header (datesInText.$commentColumnVisitKeys), `dob` the DOB key's span: a column right
 * after the DOB's own column on the DOB's line ("DOB: 10/01/2024   Visit: 24/07/2024", "DOB: 10/01/2024 | Seen: …"), or a
 * line of its own that the key opens, right under the DOB's line (never with a line between: "Sibling: Ava, 3 y",
 * "Last appointment: missed"; never above the DOB). "Attended:" only on the DOB's line. Never
 * a column after another ("DOB: …   Twin 1   Seen: …", "Sibling  Seen: …", "Last appointment<TAB>Seen: …"). Undefined
 * when none is, or two are not the same day. `dob` is the DOB's value. Read only to settle a DOB written either way
 * (age-fact.ts readOrderAndBirth), or, with `fullKeysOnly`, as the visit's date itself when its key names the visit in full
 * ("Name: …   DOB: 25/04/2025   Date of consult: 28/02/2026"), as such a key opening its line is.
 */
export function columnVisitDate(text: string, pivotYear: number, w: DatesInTextWords, dob: Span, fullKeysOnly = false): DateInText | undefined {
  const found: DateInText[] = [];
  // Every visit date of the note's template, where it may stand or not: one on another day leaves the DOB unsettled
  // ("DOB: 10/01/2024 / Visit: 24/06/2024 / Visit: 24/02/2024": which visit is this one's is not told).
  const all: DateInText[] = [];
  const dobLine = lineAt(text, dob.start);
  w.visitColumn.lastIndex = 0;
  for (let m = w.visitColumn.exec(text); m; m = w.visitColumn.exec(text)) {
    const g = m.groups!;
    const date = dateAt(m, pivotYear);
    if (date) all.push(date);
    const keyAt = m.index + g.gap.length;
    if (requestYields(text, keyAt, w)) continue;
    if (fullKeysOnly && !w.fullVisitKeys.has(g.key.toLowerCase().replace(/[ \t]+/g, ' '))) continue;
    const line = lineAt(text, keyAt);
    const lineBefore = text.slice(line.start, keyAt);
    if (/\S/.test(lineBefore)) {
      // A column: on the DOB's line, right after the DOB's column (its key and its value alone before the gap).
      if (line.start !== dobLine.start || !/^\S+$/.test(text.slice(dob.start, m.index))) continue;
    } else {
      if (w.columnOnly.has(g.key.toLowerCase().replace(/\s+/g, ' '))) continue;
      // A line of its own right under the DOB's line, no line between ("DOB: 10/01/2024 / Seen: 24/02/2024"): a key line
      // between may tell another person, a past event or a missed visit ("Sibling: Ava, 3 y", "Previous ED attendance: …",
      // "Last appointment: missed"), and a line above the DOB may be another's heading or visit.
      if (line.start !== dobLine.end + 1) continue;
    }
    if (date) found.push(date);
  }
  if (!found.length) return undefined;
  const best = found.reduce((a, b) => (readingsOf(b.written, undefined).length < readingsOf(a.written, undefined).length ? b : a));
  return all.every((f) => mayBeSameDay(f.written, best.written)) ? best : undefined;
}

/**
 * A sentence's end: a full stop, a question or an exclamation mark before a capital or the end, or a semicolon; never the
 * full stop of an initial ("Name: Oliver P.   DOB 12.11.2024").
 */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?](?:\s+\p{Lu}|\s*$)|;/u;

/**
 * The patient's date of birth told in the text ("Re: Baby Conor, DOB 16/03/2025", "Pt Ava, born 03/04/2025"): on a line a
 * word for the patient and a name open, or that the birth phrase opens, in its first sentence; never on a line holding a
 * relative's word or one of `notPatient` anywhere ("Mother's name: Jane Smith DOB 02/03/1990", "DOB 02/03/2004 (mother)",
 * "Re: Conor, DOB …, mother's DOB …", "Older sibling Aoife, DOB …") nor a child named by a relative ("Re: Baby of Jane Smith").
 */
export function birthDateInText(text: string, pivotYear: number, w: DatesInTextWords): DateInText | undefined {
  if (!/dob|d\.o\.b|birth|born/i.test(text)) return undefined;
  w.birth.lastIndex = 0;
  for (let m = w.birth.exec(text); m; m = w.birth.exec(text)) {
    const line = lineAt(text, m.index);
    const before = text.slice(line.start, m.index);
    const head = w.patientHead.exec(before);
    if (!head && /\S/.test(before)) continue;
    // Its first sentence: "Re: Baby Conor (twin 2). Twin 1 Liam DOB 16/03/2025." is another child's.
    if (SENTENCE_END.test(before.slice(head ? head[0].length - 1 : 0))) continue;
    const whole = text.slice(line.start, line.end);
    if (wordsIn(whole).some((x) => w.notPatient.has(x)) || w.childOf.test(whole)) continue;
    const d = dateAt(m, pivotYear);
    if (d) return d;
  }
  return undefined;
}

/**
 * The visit's date as one day, under the convention the note's dates agree on (`birth` the birth as written): undefined when
 * it may be read two ways, or it and the birth each settle a different convention, or it is after today.
 */
export function visitDay(visit: WrittenDate, birth: WrittenDate | undefined, today: IsoDate): { on: IsoDate; convention?: Convention } | undefined {
  if (visit.only && birth?.only && visit.only !== birth.only) return undefined;
  // A dotted date is written day-first, and the note's other dates with it (as age-fact.ts reads a DOB and a Date key).
  const convention = noteConvention([visit, birth]) ?? (visit.dotted || birth?.dotted ? 'day' : undefined);
  const readings = readingsOf(visit, convention);
  if (readings.length !== 1 || isAfter(readings[0], today)) return undefined;
  return { on: readings[0], convention };
}

/**
 * A birth that may stand for the patient's beside a visit on `on`: not after it, nor `maxMonths` or more before it (a
 * parent's birth, an adult's, a typo).
 */
export function plausibleBirth(born: IsoDate, on: IsoDate, w: DatesInTextWords): boolean {
  return !isAfter(born, on) && monthsBetween(born, on) < w.maxMonths;
}
