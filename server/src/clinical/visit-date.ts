/**
 * A date of birth and the visit's date told in the text rather than under the DOB and Date keys, as letters and clinic
 * notes write them: "Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2025", "Date of clinic: 19.09.2025", a letter's
 * date alone above its "Dear …" line (age-vocabulary.json datesInText). A visit date in prose is a guess the engine must
 * earn: only a few unambiguous forms are read, and a birth date only where it is the patient's.
 */
import type { IsoDate } from '../notes/age';
import { monthsBetween } from '../notes/age';
import { type Convention, type WrittenDate, isAfter, noteConvention, readDate, readingsOf, sameDay } from '../notes/dates';
import { RELATIVE_WORDS } from '../notes/headings';
import type { Span } from '../notes/text';
import { alternation } from './patterns';

export interface DatesInTextWords {
  /** "Date of clinic: 19/09/2025": a visit key opening its line. */
  visitKey: RegExp;
  /**
   * "Re: Ava, DOB 03/04/2025, seen on 05/09/2025", "Pt Ava; clinic date 19/09/2025": a visit key or a visit phrase of the header
   * (`headerVisit`) after a comma, a semicolon or a bar in the first sentence of a line a word for the patient opens.
   */
  headerVisit: RegExp;
  /** "seen today 19/09/2025" anywhere. */
  seenToday: RegExp;
  birth: RegExp;
  notBefore: ReadonlySet<string>;
  notPatient: ReadonlySet<string>;
  /** A line a word for the patient opens ("Re:", "Pt", "Patient", "Name", "Baby"): the note's header about its patient. */
  patientHead: RegExp;
  letterOpener: RegExp;
  letterDateLines: number;
  maxMonths: number;
}

/** A date as written in running text: ISO, numeric with the year last, or with the month named. */
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?<sep>[./-])\d{1,2}\k<sep>(?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?[ \t-]+[A-Za-z]{3,9}\.?,?[ \t-]+\d{4}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})(?![\d/.-]?\d)`;
const DATE_ALONE = new RegExp(String.raw`^[ \t]*(${DATE})[ \t]*$`, 'i');

export interface DatesInTextVocabulary {
  visitKeys: readonly string[];
  headerVisit: readonly string[];
  seenToday: readonly string[];
  notBefore: readonly string[];
  birth: readonly string[];
  patientHeads: readonly string[];
  notPatient: readonly string[];
  letterOpeners: readonly string[];
  letterDateLines: number;
  maxYears: number;
}

/** The phrases as patterns, each ending on its date (group `date`). */
export function datesInTextWords(v: DatesInTextVocabulary): DatesInTextWords {
  const phrase = (phrases: readonly string[]) => alternation(phrases, { longestFirst: true }).replace(/ /g, String.raw`[ \t]+`);
  const tail = String.raw`(?![\p{L}\p{N}])[ \t]*(?:[:,\u2013\u2014-][ \t]*)?(?:on[ \t]+)?\(?[ \t]*(?<date>${DATE})`;
  const heads = phrase(v.patientHeads);
  return {
    visitKey: new RegExp(String.raw`^[ \t]*(?:${phrase(v.visitKeys)})${tail}`, 'gimu'),
    headerVisit: new RegExp(String.raw`(?<=[,;|][ \t]*)(?:${phrase([...v.visitKeys, ...v.headerVisit])})${tail}`, 'giu'),
    seenToday: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrase(v.seenToday)})${tail}`, 'giu'),
    birth: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrase(v.birth)})${tail}`, 'giu'),
    notBefore: new Set([...v.notBefore, ...RELATIVE_WORDS.filter((x) => x !== 'twin' && x !== 'twins')]),
    notPatient: new Set([...v.notPatient, ...RELATIVE_WORDS]),
    patientHead: new RegExp(String.raw`^[ \t]*(?:${heads})(?![\p{L}\p{N}])[.:]?`, 'iu'),
    letterOpener: new RegExp(String.raw`^[ \t]*(?:${phrase(v.letterOpeners)})(?![\p{L}\p{N}])`, 'iu'),
    letterDateLines: v.letterDateLines,
    maxMonths: v.maxYears * 12,
  };
}

export interface DateInText {
  written: WrittenDate;
  span: Span;
  /** A letter's date alone on its line: never the birth date written again. */
  letter?: boolean;
}

function wordsIn(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/'s$/, ''));
}

/** The three words before `at` in its clause (from its line's start or the last comma, semicolon or bracket), lower case. */
function wordsBefore(text: string, at: number): string[] {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return wordsIn(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(')')) + 1)).slice(-3);
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

/**
 * A sentence's end: a full stop, a question or an exclamation mark before a capital or the end, or a semicolon; never the
 * full stop of an initial ("Name: Oliver P.   DOB 12.11.2024").
 */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?](?:\s+\p{Lu}|\s*$)|;/u;

/** `at` in the first sentence of a line a word for the patient opens ("Re: Ava, DOB 03/04/2025, seen on …"). */
function inPatientHeader(text: string, at: number, w: DatesInTextWords): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const head = w.patientHead.exec(before);
  return !!head && !SENTENCE_END.test(before.slice(head[0].length));
}

/** The first line with words after `from`. */
function nextLineWithWords(text: string, from: number): string {
  for (let at = from; at < text.length;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (/[\p{L}\p{N}]/u.test(line)) return line;
    if (end < 0) break;
    at = end + 1;
  }
  return '';
}

/**
 * The visit's date told in the text: after a visit key opening its line ("Date of clinic: 19/09/2025"), after "seen today",
 * or alone on one of a letter's first lines above its "Dear …" or "Re:" line; undefined when none is, or two are not the
 * same day. Never one a word of `notBefore` or a relative's word marks as another visit or another person's.
 */
export function visitDateInText(text: string, pivotYear: number, w: DatesInTextWords): DateInText | undefined {
  const found: DateInText[] = [];
  for (const re of [w.visitKey, w.headerVisit, w.seenToday]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === w.headerVisit && !inPatientHeader(text, m.index, w)) continue;
      if (re !== w.visitKey && wordsBefore(text, m.index).some((x) => w.notBefore.has(x))) continue;
      const d = dateAt(m, pivotYear);
      if (d) found.push(d);
    }
  }
  let at = 0;
  for (let i = 0; i < w.letterDateLines && at < text.length; i++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const m = DATE_ALONE.exec(line);
    const written = m && readDate(m[1], pivotYear);
    if (m && written && end >= 0 && w.letterOpener.test(nextLineWithWords(text, end + 1))) {
      const start = at + line.indexOf(m[1]);
      found.push({ written, span: { start, end: start + m[1].length }, letter: true });
    }
    if (end < 0) break;
    at = end + 1;
  }
  if (!found.length) return undefined;
  // The most settled of them ("19 September 2025" over "19/09/2025"), when all may be the one day.
  const best = found.reduce((a, b) => (readingsOf(b.written, undefined).length < readingsOf(a.written, undefined).length ? b : a));
  return found.every((f) => mayBeSameDay(f.written, best.written)) ? best : undefined;
}

/**
 * The patient's date of birth told in the text ("Re: Baby Conor, DOB 16/03/2025", "Pt Ava, born 03/04/2025"): on a line a
 * word for the patient opens, or that the birth phrase opens, in its first sentence, with no relative's word nor one of
 * `notPatient` before it; never a relative's ("Mother's name: Jane Smith DOB 02/03/1990", "Older sibling Aoife, DOB …").
 */
export function birthDateInText(text: string, pivotYear: number, w: DatesInTextWords): DateInText | undefined {
  if (!/dob|d\.o\.b|birth|born/i.test(text)) return undefined;
  w.birth.lastIndex = 0;
  for (let m = w.birth.exec(text); m; m = w.birth.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    const head = w.patientHead.exec(before);
    if (!head && /\S/.test(before)) continue;
    const between = before.slice(head ? head[0].length : 0);
    // Its first sentence: "Re: Baby Conor (twin 2). Twin 1 Liam DOB 16/03/2025." is another child's.
    if (SENTENCE_END.test(between)) continue;
    if (wordsIn(between).some((x) => w.notPatient.has(x))) continue;
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
  const convention = noteConvention([visit, birth]);
  const readings = readingsOf(visit, convention);
  if (readings.length !== 1 || isAfter(readings[0], today)) return undefined;
  return { on: readings[0], convention };
}

/**
 * A birth that may stand for the patient's beside a visit on `on`: not after it, nor more than `maxMonths` before it (a
 * parent's birth, a typo), nor on a letter's date (a sticker's or a label's date is the DOB written again).
 */
export function plausibleBirth(born: IsoDate, on: IsoDate, visit: DateInText, w: DatesInTextWords): boolean {
  return !isAfter(born, on) && !(visit.letter && sameDay(born, on)) && monthsBetween(born, on) <= w.maxMonths;
}
