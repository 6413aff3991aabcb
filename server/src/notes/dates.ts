import type { IsoDate } from './age';

/**
 * Calendar dates as clinicians write them in a DOB or Date value: ISO ("2026-08-15"), numeric with the year last
 * ("15/08/2026", "8-15-26", "15.08.2026"), or with the month named ("15 Aug 2026", "Aug 15, 2026", "15-AUG-26").
 *
 * A numeric date with the year last can be day-first or month-first; both readings are returned when both are
 * real dates, so the caller decides (a date of birth after the order date is no birth date) and says so when it
 * cannot, rather than guessing the writer's country.
 */
export function readDates(text: string): IsoDate[] {
  const t = text.trim().replace(/[.,;]$/, '');
  if (t.length > 40) return [];
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(t);
  if (m) {
    const y = fullYear(m[3]);
    const a = Number(m[1]);
    const b = Number(m[2]);
    const dayFirst = valid(y, b, a);
    const monthFirst = a === b ? [] : valid(y, a, b);
    return [...dayFirst, ...monthFirst];
  }
  // "15 Aug 2026", "15-AUG-26", "15th August 2026"
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ \t-]*([A-Za-z]{3,9})\.?,?[ \t-]*(\d{4}|\d{2})$/.exec(t);
  if (m) return named(m[3], m[2], m[1]);
  // "Aug 15, 2026", "August 15th 2026"
  m = /^([A-Za-z]{3,9})\.?[ \t-]*(\d{1,2})(?:st|nd|rd|th)?,?[ \t-]*(\d{4})$/.exec(t);
  if (m) return named(m[3], m[1], m[2]);
  return [];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function named(year: string, month: string, day: string): IsoDate[] {
  const w = month.toLowerCase();
  // "Sept" is as common as "Sep"; any other word must be the month's abbreviation or its full name.
  const i = w === 'sept' ? 8 : w.length === 3 ? MONTHS.indexOf(w) : FULL.indexOf(w);
  return i < 0 ? [] : valid(fullYear(year), i + 1, Number(day));
}

/** A two-digit year is this century's: the dates read here are children's births and their visits. */
function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function valid(y: number, m: number, d: number): IsoDate[] {
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return [];
  return [{ y, m, d }];
}

export function isoText(d: IsoDate): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a.y !== b.y ? a.y > b.y : a.m !== b.m ? a.m > b.m : a.d > b.d;
}
