import { type IsoDate, calendarDate, parseAge } from './age';

/**
 * A calendar date as clinicians write it in a DOB or Date value: ISO ("2026-08-15"), numeric with the year last
 * ("15/08/2026", "8-15-26", "15.08.2026"), or with the month named ("15 Aug 2026", "Aug 15, 2026", "15-AUG-26").
 */
export interface WrittenDate {
  /** ISO or with the month named: the one reading. */
  date?: IsoDate;
  /** Numeric with the year last: the day-first and the month-first reading, each when it is a real date. */
  dayFirst?: IsoDate;
  monthFirst?: IsoDate;
  /** "15.08.2026": dotted dates are written day-first by convention. */
  dotted?: boolean;
  /** The numbers alone tell the order: the first is over 12 (day-first) or the second is (month-first). */
  only?: Convention;
  iso: boolean;
  year: number;
}

export type Convention = 'day' | 'month';

/**
 * The date written in `text`, or undefined when none is. A trailing time ("30/11/2026 10:00", "2026-11-30T10:00")
 * or a bracketed age ("15/08/2026 (3 mo)") is passed over. A two-digit year is this century's unless that is after
 * `pivotYear` (the order's year): "25/12/98" is 1998.
 */
export function readDate(text: string, pivotYear: number): WrittenDate | undefined {
  if (text.length > 80) return undefined;
  const t = withoutSuffix(text);
  if (t.length > 40) return undefined;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) {
    const date = valid(Number(m[1]), Number(m[2]), Number(m[3]));
    return date && { date, iso: true, year: date.y };
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4}|\d{2})$/.exec(t);
  if (m) {
    const y = fullYear(m[4], pivotYear);
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = valid(y, b, a);
    const monthFirst = valid(y, a, b);
    if (!dayFirst && !monthFirst) return undefined;
    const only = a > 12 ? 'day' : b > 12 ? 'month' : undefined;
    return { dayFirst, monthFirst, dotted: m[2] === '.', only, iso: false, year: y };
  }
  // "15 Aug 2026", "15-AUG-26", "15th August 2026"
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ \t-]*([A-Za-z]{3,9})\.?,?[ \t-]*(\d{4}|\d{2})$/.exec(t);
  if (m) return named(fullYear(m[3], pivotYear), m[2], m[1]);
  // "Aug 15, 2026", "August 15th 2026"
  m = /^([A-Za-z]{3,9})\.?[ \t-]*(\d{1,2})(?:st|nd|rd|th)?,?[ \t-]*(\d{4})$/.exec(t);
  if (m) return named(Number(m[3]), m[1], m[2]);
  return undefined;
}

/**
 * One convention per note: when a numeric date can only be day-first ("15/01/2026") or only month-first
 * ("01/15/2026"), the writer's other dates are read the same way. None when no date settles it, or dates disagree.
 */
export function noteConvention(dates: readonly (WrittenDate | undefined)[]): Convention | undefined {
  // The one convention the dates that settle one agree on (a loop, not a Set, read per DOB).
  let said: Convention | undefined;
  for (const d of dates) {
    if (!d?.only) continue;
    if (said && said !== d.only) return undefined;
    said = d.only;
  }
  return said;
}

/**
 * The readings of a written date under the note's convention: one, or both when the date could be either day- or
 * month-first and nothing tells which (no reading is ever chosen for being possible, as a typo is possible too).
 */
export function readingsOf(d: WrittenDate, convention: Convention | undefined): IsoDate[] {
  if (d.date) return [d.date];
  const { dayFirst, monthFirst } = d;
  if (!dayFirst || !monthFirst) return dayFirst ? [dayFirst] : monthFirst ? [monthFirst] : [];
  if (sameDay(dayFirst, monthFirst)) return [dayFirst];
  const by = convention ?? (d.dotted ? 'day' : undefined);
  return by === 'day' ? [dayFirst] : by === 'month' ? [monthFirst] : [dayFirst, monthFirst];
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a.y !== b.y ? a.y > b.y : a.m !== b.m ? a.m > b.m : a.d > b.d;
}

export function sameDay(a: IsoDate, b: IsoDate): boolean {
  return !isAfter(a, b) && !isAfter(b, a);
}

const ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Every way a month is named: its full name, its three-letter abbreviation, and "sept". */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...FULL, ...ABBREVIATIONS, 'sept']);

function named(year: number, month: string, day: string): WrittenDate | undefined {
  const w = month.toLowerCase();
  // "Sept" is as common as "Sep"; any other word must be the month's abbreviation or its full name.
  const i = w === 'sept' ? 8 : w.length === 3 ? ABBREVIATIONS.indexOf(w) : FULL.indexOf(w);
  const date = i < 0 ? undefined : valid(year, i + 1, Number(day));
  return date && { date, iso: false, year };
}

function fullYear(y: string, pivotYear: number): number {
  if (y.length !== 2) return Number(y);
  const here = 2000 + Number(y);
  return here > pivotYear ? here - 100 : here;
}

function valid(y: number, m: number, d: number): IsoDate | undefined {
  return y < 1900 ? undefined : calendarDate(y, m, d);
}

/** A time of day after the date: " 10:00", " 10:00:00", " 9:30 am", "T10:00Z", "T10:00:00+01:00". */
const TIME = /(?:[ \t]+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:[ \t]?(?:am|pm|h|hrs))?(?:Z|[+-]\d{2}:?\d{2})?$/i;
/** A bracket closing the value: " (3 mo)". */
const BRACKET = /[ \t]*\(([^()]{1,30})\)$/;

/** The value without a trailing time or a bracketed age; a bracket holding anything else stays, and is no date. */
function withoutSuffix(text: string): string {
  let t = text.trim().replace(/[.,;]$/, '');
  const b = BRACKET.exec(t);
  if (b && isOnlyAnAge(b[1])) t = t.slice(0, b.index);
  return t.replace(TIME, '').trim();
}

/** "3 mo", "3 mo old", "age 3 mo", "3/12": an age and nothing else. */
function isOnlyAnAge(text: string): boolean {
  const a = parseAge(text, true);
  if (!a) return false;
  return /^[\s,:]*(?:(?:age|aged|now)[\s,:]*)?$/i.test(text.slice(0, a.span.start)) && /^[\s.]*(?:old[\s.]*)?$/i.test(text.slice(a.span.end));
}
