/**
 * A date of birth and the visit's date told in the text rather than under the DOB and Date keys, as letters and clinic
 * notes write them: "Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2025", "Date of clinic: 19.09.2025", "reviewed in
 * clinic on 19 September 2025", a letter's date alone on one of its first lines (age-vocabulary.json datesInText).
 */
import type { IsoDate } from '../notes/age';
import { type Convention, type WrittenDate, noteConvention, readDate, readingsOf } from '../notes/dates';
import { RELATIVE_WORDS } from '../notes/headings';
import type { Span } from '../notes/text';
import { alternation } from './patterns';

export interface DatesInTextWords {
  visit: RegExp;
  birth: RegExp;
  notBefore: ReadonlySet<string>;
  letterDateLines: number;
}

/** A date as written in running text: ISO, numeric with the year last, or with the month named. */
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?<sep>[./-])\d{1,2}\k<sep>(?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?[ \t-]+[A-Za-z]{3,9}\.?,?[ \t-]+\d{4}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})(?![\d/.-]?\d)`;
const DATE_ALONE = new RegExp(String.raw`^[ \t]*(?:Date[ \t]*:?[ \t]*)?(${DATE})[ \t]*$`, 'i');

/** The phrases as patterns, each ending on its date (group `date`). */
export function datesInTextWords(v: { visit: readonly string[]; notBefore: readonly string[]; birth: readonly string[]; letterDateLines: number }): DatesInTextWords {
  const lead = (phrases: readonly string[]) =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${alternation(phrases, { longestFirst: true }).replace(/ /g, String.raw`[ \t]+`)})(?![\p{L}\p{N}])[ \t]*(?:[:,\u2013\u2014-][ \t]*)?(?:on[ \t]+)?(?<date>${DATE})`,
      'giu',
    );
  return { visit: lead(v.visit), birth: lead(v.birth), notBefore: new Set(v.notBefore), letterDateLines: v.letterDateLines };
}

export interface DateInText {
  written: WrittenDate;
  span: Span;
}

/** The three words before `at` on its line, lower case. */
function wordsBefore(text: string, at: number): string[] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text
    .slice(lineStart, at)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .slice(-3)
    .map((w) => w.replace(/'s$/, ''));
}

function dateAt(m: RegExpExecArray, pivotYear: number): DateInText | undefined {
  const d = m.groups!.date;
  const written = readDate(d, pivotYear);
  if (!written) return undefined;
  const start = m.index + m[0].length - d.length;
  return { written, span: { start, end: start + d.length } };
}

/**
 * The visit's date told in the text: after a visit phrase, or alone on one of a letter's first lines; undefined when none
 * is, or two differ. Never one a word of `notBefore` marks as another visit ("first seen on", "to be seen on").
 */
export function visitDateInText(text: string, pivotYear: number, w: DatesInTextWords): DateInText | undefined {
  const found: DateInText[] = [];
  w.visit.lastIndex = 0;
  for (let m = w.visit.exec(text); m; m = w.visit.exec(text)) {
    if (wordsBefore(text, m.index).some((x) => w.notBefore.has(x))) continue;
    const d = dateAt(m, pivotYear);
    if (d) found.push(d);
  }
  let at = 0;
  for (let i = 0; i < w.letterDateLines && at < text.length; i++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const m = DATE_ALONE.exec(line);
    const written = m && readDate(m[1], pivotYear);
    if (m && written) {
      const start = at + line.indexOf(m[1]);
      found.push({ written, span: { start, end: start + m[1].length } });
    }
    if (end < 0) break;
    at = end + 1;
  }
  if (!found.length) return undefined;
  const first = text.slice(found[0].span.start, found[0].span.end);
  return found.every((f) => text.slice(f.span.start, f.span.end) === first) ? found[0] : undefined;
}

const RELATIVES = new Set(RELATIVE_WORDS);

/** A date of birth told in the text ("DOB 16/03/2025", "born on 16.03.2025"), never a relative's ("mother DOB 02/03/1990"). */
export function birthDateInText(text: string, pivotYear: number, w: DatesInTextWords): DateInText | undefined {
  if (!/dob|d\.o\.b|birth|born/i.test(text)) return undefined;
  w.birth.lastIndex = 0;
  for (let m = w.birth.exec(text); m; m = w.birth.exec(text)) {
    if (wordsBefore(text, m.index).some((x) => RELATIVES.has(x))) continue;
    const d = dateAt(m, pivotYear);
    if (d) return d;
  }
  return undefined;
}

/**
 * The visit's date as one day, under the convention the note's dates agree on (`birth` the birth as written): undefined when
 * it may be read two ways, or it and the birth each settle a different convention.
 */
export function visitDay(visit: WrittenDate, birth: WrittenDate | undefined): { on: IsoDate; convention?: Convention } | undefined {
  if (visit.only && birth?.only && visit.only !== birth.only) return undefined;
  const convention = noteConvention([visit, birth]);
  const readings = readingsOf(visit, convention);
  return readings.length === 1 ? { on: readings[0], convention } : undefined;
}
