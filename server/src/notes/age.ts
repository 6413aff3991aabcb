import type { Span } from './text';
import { work } from './work';

/** Days per average month, so weeks and days convert to fractional months consistently. */
/** The mean month in days, by which every age in days or weeks is told in months. */
export const DAYS_PER_MONTH = 30.4375;

export interface AgeValue {
  /** Age in months (fractional). Exactly 6 for "6 months" or a DOB six calendar months ago. */
  months: number;
  /** Where in the value the age was read, relative to the value. */
  span: Span;
  /** Written as age and sex in one ("15M", "3F", "11yoM"): the form itself says it is an age. */
  withSex?: boolean;
  /**
   * Age and sex in one with no unit ("15M", "3F"): read as years here. The letter, for the reader
   * who knows the words around it: "2M infant" is months, as in `Age: 4M` (clinical/age-fact.ts).
   */
  sex?: 'M' | 'F';
  /** The smallest unit the age is written in ("2y 3m" is months; "newborn" has none): how closely it may be meant. */
  unit?: Unit;
}

export type Unit = 'y' | 'm' | 'w' | 'd' | 'h';

const UNIT: Record<string, Unit> = {
  y: 'y',
  yo: 'y',
  // "2 do", "3 wo": days and weeks old, as a North American nursery or hospital note writes them beside "yo" and "mo". Also a
  // verb and "without" (clinical/age-fact.ts reads them as an age only where nothing but the child follows).
  do: 'd',
  wo: 'w',
  yom: 'y',
  yof: 'y',
  yr: 'y',
  yrs: 'y',
  year: 'y',
  years: 'y',
  // Dutch, as Dutch-trained writers keep it in English notes ("Jongen 10 jr", "Meisje 14 jr", "5 mnd", "3 wk").
  jr: 'y',
  jaar: 'y',
  // German, as German-, Austrian- and Swiss-trained writers keep it in English notes ("Pat. 17 J., m.", "8 Jahre"). Only the
  // abbreviation and the plural a number takes: "J" is no other unit a note gives a child.
  j: 'y',
  jahre: 'y',
  // And months ("Alter: 6 Monate", "Mädchen, 8 Monate"): a unit a number takes in German only, read as "months" is.
  monate: 'm',
  monaten: 'm',
  // Japanese 歳 romanized ("6 sai M", "3 sai"), as Japanese-trained writers keep it in English notes: a person's age only.
  sai: 'y',
  // Spanish and Portuguese written without accents, as Latin American, Iberian and Brazilian writers keep them in English
  // notes ("Nina de 7 anos", "Crianca 2 anos", "Lactente de 4 meses"): an age only beside a word for the child (age-fact.ts).
  anos: 'y',
  // The singular "1 ano" and the Italian "mesi" ("1 ano.", "3 mesi, M."; round 56, fix56f): held to the same places as
  // "anos" and "meses" (age-vocabulary.json romanceAge, read in age-fact.ts). Not "anni": a patient key's value reads
  // "Paziente: Luca. Dolore 2 anni." as 2 years through it (voices-s79), as it reads "Dolore 2 anos" already.
  ano: 'y',
  mesi: 'm',
  // Swedish, Norwegian and Danish "år" (years) and "mån", "månad(er)", "måned(er)" (months), and Finnish "vuotta" (years),
  // as Nordic-trained writers keep them in English notes ("Flicka 14 år", "Gutt 8 mån"): an age only beside a word for the
  // child (age-vocabulary.json romanceAge, read in age-fact.ts).
  år: 'y',
  vuotta: 'y',
  mån: 'm',
  månad: 'm',
  månader: 'm',
  måned: 'm',
  måneder: 'm',
  // Written in the writer's own script: Korean 세 and 살 ("7세", "7세 남아"; never "1세대", a generation), Japanese 歳 and 才.
  세: 'y',
  살: 'y',
  歳: 'y',
  才: 'y',
  m: 'm',
  mo: 'm',
  mos: 'm',
  mon: 'm',
  month: 'm',
  months: 'm',
  mth: 'm',
  mths: 'm',
  mnd: 'm',
  maanden: 'm',
  meses: 'm',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  weken: 'w',
  d: 'd',
  day: 'd',
  days: 'd',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
};
/** A word for an age's unit, in any case ("WKS", "Mo", "years"). */
export function isAgeUnit(word: string): boolean {
  return Object.hasOwn(UNIT, word.toLowerCase());
}

const RANK = { y: 0, m: 1, w: 2, d: 3, h: 4 } as const;

/** Numbers written as words ("Nine year old", "two weeks"): tens with a unit first, so "twenty-two" is not read as "two". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/**
 * The numbers from `min` to `max` written as one word ("ten", "fourteen"), the largest first, so a teen is tried before
 * the unit it opens with ("fourteen" before "four"): for a reader that matches only a bounded run of them (clinical/age-fact.ts
 * reads "who is ten" so).
 */
export function numberWordsBetween(min: number, max: number): ReadonlyMap<string, number> {
  const words = Object.entries(NUMBER_WORDS).filter(([, n]) => n >= min && n <= max);
  return new Map(words.sort((a, b) => b[1] - a[1]));
}
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_NUMBER = `(?<![a-z])(?:(?:${TENS})(?:[ -](?:${ONES}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${ONES})`;

// Bounded pieces only (no nested quantifiers): linear in the input.
// A whole number and a half or a quarter ("6 1/2 month old", "2-1/2 yo", "6½ mo", "15 and a half yo", "two-and-a-half-year-old")
// is one number.
const AND_A_HALF = '[ \\t-]and[ \\t-]a[ \\t-]half';
// A decimal comma as European writers put it ("6,5 months", "1,5 years"): one digit after the comma, digits against it
// on both sides, and no list around it: "2,4,6 months" and "6, 5 months" are counts, read as before.
const DECIMAL_COMMA = String.raw`(?<!\d,[ \t]?)\d{1,2},\d(?![\d,])`;
const COMPONENT = new RegExp(
  `((?:\\d{1,2}|${WORD_NUMBER})${AND_A_HALF}(?![a-z])|\\d{1,2}(?:[ \\t]|-)[13]\\/[24](?![\\d/])|\\d{1,2}[\u00bd\u00bc\u00be]|${DECIMAL_COMMA}|\\d{1,4}(?:\\.\\d{1,3})?|${WORD_NUMBER})[ \\t]?-?[ \\t]?([a-z\u00e5\u00e6\u00f8]{1,7}(?![a-z\u00e5\u00e6\u00f8])|[세살](?![\uac00-\ud7a3]|[ \\t]?\\d)|[歳才](?![ \\t]?\\d))`,
  'gi',
);
const SAI_ENDS = /^[ \t]*(?:$|\d|[\n\r,.;:()/-]|(?:[MFmf]|boy|girl|male|female|child|infant|old|yo)(?![\p{L}\p{N}])|[男女])/u;
const NEWBORN = /\b(?:newborn|neonate|new-born|neonatal)\b/i;
/** A square or cubic metre's power against its "m", with nothing of a unit after it: "3 m2", "0.5 m3". */
const POWER_OF_A_METRE = /^[23](?![\d\p{L}])/u;

const PLAIN_NUMBER = /^\d{1,4}(?:\.\d{1,3})?$/;

const FRACTIONS: Record<string, number> = { '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '\u00bd': 0.5, '\u00bc': 0.25, '\u00be': 0.75 };

function numberOf(written: string): number {
  // A plain number ("14", "3.5"), as most are written, holds no half, fraction or word: read before trying those patterns.
  if (PLAIN_NUMBER.test(written)) return Number(written);
  if (/^\d{1,2},\d$/.test(written)) return Number(written.replace(',', '.'));
  const half = /^(.*?)[ \t-]and[ \t-]a[ \t-]half$/i.exec(written);
  if (half) return numberOf(half[1]) + 0.5;
  const fraction = /^(\d{1,2})(?:[ \t]|-)?([13]\/[24]|[\u00bd\u00bc\u00be])$/.exec(written);
  if (fraction) return Number(fraction[1]) + FRACTIONS[fraction[2]];
  if (/^\d/.test(written)) return Number(written);
  const [tens, ones] = written.toLowerCase().split(/[ -]/);
  return NUMBER_WORDS[tens] + (ones ? NUMBER_WORDS[ones] : 0);
}

function toMonths(n: number, unit: Unit): number {
  switch (unit) {
    case 'y':
      return n * 12;
    case 'm':
      return n;
    case 'w':
      return (n * 7) / DAYS_PER_MONTH;
    case 'd':
      return n / DAYS_PER_MONTH;
    case 'h':
      return n / 24 / DAYS_PER_MONTH;
  }
}

/**
 * Age and sex in one, as clinicians open a history: "15M c/o LBP", "3F", "45 M". The letter is the
 * sex, not months (months are "15 mo", "15mo"), so the number is years. Only an upper-case M is read
 * so ("2y 3m", "18m" stay months), and only where months are not as likely: 18 to 35 "M" may be a
 * toddler's age in months, and that reading keeps the child's checks on, so it stays months. A
 * decimal or a number over 90 is no age ("101 F" is a temperature).
 */
function sexShorthand(n: number, written: string, letter: string): Unit | undefined {
  // A whole number of years a person has: "101 F" and "38.5 F" are temperatures.
  if (!/^\d{1,2}$/.test(written) || n < 1 || n > 90) return undefined;
  if (letter === 'F' || letter === 'f') return 'y';
  if (letter === 'M') return n < 18 || n >= 36 ? 'y' : undefined;
  return undefined;
}

/**
 * Reads an age written as in spec §2 ("3 months", "3mo", "10 wk", "2y 3m", "3-month-old",
 * "newborn") and as clinicians also write it: "1y2m", "0y7m", "1 yr 2 mo", "14 mos". Adjacent
 * components of falling units add up ("2y 3m"). With `expectAge` (an Age or Patient value), the
 * months/weeks/days notation "18/12", "6/52", "3/7" is read too; elsewhere "seen 6/12" is a date.
 * Returns undefined when the text holds no age.
 */
export function parseAge(text: string, expectAge = false, withSex = false): AgeValue | undefined {
  work.steps += text.length;
  let found: AgeValue | undefined;
  let lastUnit: number | undefined;
  let lastEnd = -1;
  let lastWritten = '';
  // An exec loop rather than matchAll, which clones the pattern and makes an iterator on every call (a value of every
  // field of every note is read for an age). Nothing in the loop reads an age, so the shared pattern's lastIndex is ours.
  COMPONENT.lastIndex = 0;
  for (let m = COMPONENT.exec(text); m; m = COMPONENT.exec(text)) {
    const start = m.index;
    const value = numberOf(m[1]);
    const shorthand = withSex && !found && text[start + m[0].length] !== '/' ? sexShorthand(value, m[1], m[2]) : undefined;
    const unit = shorthand ?? UNIT[m[2].toLowerCase()];
    if (!unit) continue;
    // "sai" (歳 romanized) is also a name ("Room 12 Sai", "Pt 3 SAI, age 11"): a year only as written in lower case and
    // closing the age, with at most a sex or a child word after it ("6 sai M", "3 sai boy", "6 sai,").
    if (m[2] === 'sai' ? !SAI_ENDS.test(text.slice(start + m[0].length, start + m[0].length + 12)) : m[2].toLowerCase() === 'sai') continue;
    // "1y2m": a component may follow the previous one with no space; otherwise it must start a word.
    if (start > 0 && start !== lastEnd && /[\p{L}\p{N}./]/u.test(text[start - 1])) continue;
    // The minutes of a clock time ("02:15 - Y10 boy") are no amount, nor is an area or a volume ("3 m2"). A number
    // against any other letter is the next component of the age ("10 y9 m", "2 y3m"), and "15 - Y10" is still 15 years.
    if (start > 1 && text[start - 1] === ':' && /\d/.test(text[start - 2])) continue;
    if (m[2] === 'm' && POWER_OF_A_METRE.test(text.slice(start + m[0].length, start + m[0].length + 2))) continue;
    if (shorthand) return { months: toMonths(value, shorthand), span: { start, end: start + m[0].length }, withSex: true, sex: m[2] === 'M' ? 'M' : 'F', unit: shorthand };
    if (!found) {
      found = { months: toMonths(value, unit), span: { start, end: start + m[0].length }, unit };
      if (/^yo[mf]$/i.test(m[2])) {
        found.withSex = true;
        return found;
      }
      // "yo" ends the age: "a 19 yo, 10 day old boy" is two ages, not 19 years and 10 days.
      if (/^yo$/i.test(m[2])) return found;
    } else {
      const between = text.slice(lastEnd, start);
      // An abbreviated unit may keep its full stop before the next component ("18 y. 2 m.", "1 J. 3 Mo."), as writers trained
      // in central and eastern Europe write it; a unit written out and a full stop after it end the sentence ("5 years. 3 mo").
      // The next component then closes the age itself ("2 m.", "2 m,", at the line's end): "14 y. 3 d ago fell" is a new sentence.
      // Only where the age plainly ends there: a comma, a semicolon, a bracket, the line's end, "old" (not "old history") or
      // a sex word after it ("6 mo. 2 wk. history of …", "10 y. 4 mo. of LBP", "13 y. 2 d. ago" tell how long, not the age).
      const closes = AGE_CLOSES.test(text.slice(start + m[0].length));
      const ownStop = ABBREVIATED_UNIT.test(lastWritten) && closes ? (/^\.(?=\s)/.exec(between)?.[0].length ?? 0) : 0;
      if (!/^[\s,]*(?:and\s*)?$/i.test(between.slice(ownStop)) || lastUnit === undefined || RANK[unit] <= lastUnit) break;
      found.months += toMonths(value, unit);
      found.span.end = start + m[0].length;
      found.unit = unit;
    }
    lastUnit = RANK[unit];
    lastEnd = start + m[0].length;
    lastWritten = m[2];
  }
  if (found) return found;
  if (expectAge) {
    const slash = SLASH_AGE.exec(text);
    if (slash) {
      const unit = slash[2] === '12' ? 'm' : slash[2] === '52' ? 'w' : 'd';
      return { months: toMonths(Number(slash[1]), unit), span: { start: slash.index, end: slash.index + slash[0].length }, unit };
    }
  }
  const nb = NEWBORN.exec(text);
  if (nb) return { months: 0, span: { start: nb.index, end: nb.index + nb[0].length } };
  return undefined;
}

/** What may follow an age's last component, its own full stop or not, for a full stop before it to stay inside the age. */
const AGE_CLOSES = /^\.?[ \t]*(?:[,;(]|\r?\n|$|old\b(?![ \t]+history)|(?:m|f|w|male|female|boy|girl|männlich|weiblich)\b\.?[ \t]*(?:[,;(]|\r?\n|$))/i;

/** A unit written short, which may carry its own full stop: "y.", "J.", "mo.", "wk.". */
const ABBREVIATED_UNIT = /^(?:y|yr|yrs|j|m|mo|mos|mth|mths|w|wk|wks)$/i;

/** British months/weeks/days notation: 18/12 = 18 months, 6/52 = 6 weeks, 3/7 = 3 days. */
const SLASH_AGE = /(?<![\d/])(\d{1,2})\/(12|52|7)(?![\d/])/;

/**
 * Gestation at birth, for a preterm infant's corrected age: "ex-32 wk", "ex 32 weeker", "former 28 wk preemie",
 * "ex-prem 32/40", "born at 32 weeks", "born 30+2/40", "32 wk GA", "32+3 weeks gestation", "28-weeker".
 * Undefined at term (37 weeks or more) or when absent.
 */
export function parseGestation(text: string): { weeks: number; span: Span } | undefined {
  const g = findGestation(text);
  return g && g.weeks >= 22 && g.weeks < 37 ? g : undefined;
}

/**
 * The first gestation at birth written in the text, term or not: its weeks and its span, which takes in a word that
 * only restates it ("ex-30 wk GA", "former 28 wk preemie"), so that nothing of it is left to be read as something else.
 */
export function findGestation(text: string): { weeks: number; span: Span } | undefined {
  work.steps += text.length;
  const m = GESTATION.exec(text);
  if (!m) return undefined;
  const weeks = Number(m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9]) + Number(m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? 0) / 7;
  if (!(weeks >= 22 && weeks <= 42)) return undefined;
  return { weeks, span: { start: m.index, end: m.index + m[0].length } };
}

/** Weeks of gestation: "wk", "weeks", "weeker", or the obstetric "/40" ("32/40", "30+2/40"). */
const WEEKS = String.raw`(?:wk|wks|week|weeks|weeker|w|\/40)`;
/** A word after the gestation that only restates it ("ex-30 wk GA", "28 wk preemie"). */
const RESTATED = String.raw`(?:[ \t]?-?[ \t]?(?:GA|EGA|gestation(?:al age)?|preemie|premie|prem|preterm|premature))?`;
const GESTATION = new RegExp(
  [
    // "ex-32 wk", "ex 32 weeker", "ex-32", "ex-prem 32/40", "ex-preemie 30 wk", "former 28 wk" ("former" only with its unit).
    String.raw`\b(?:ex[ \t]?-?[ \t]?(?:(?:prem|premie|preemie|premature|preterm)[ \t]+)?(\d{2})(?:\+(\d))?(?:[ \t]?-?[ \t]?${WEEKS}(?![\w/])${RESTATED}|\b(?![/+]))|former[ \t]?-?[ \t]?(\d{2})(?:\+(\d))?[ \t]?-?[ \t]?${WEEKS}(?![\w/])${RESTATED})`,
    // "born at 32 weeks", "born 30+2 wks", "born at 32/40".
    String.raw`\bborn (?:at )?(\d{2})(?:\+(\d))?[ \t]?${WEEKS}(?![\w/])${RESTATED}`,
    // "32 wk GA", "32+3 weeks gestation", "28 wk preemie", "32/40 prem".
    String.raw`\b(\d{2})(?:\+(\d))?[ \t]?-?[ \t]?${WEEKS}[ \t]?-?[ \t]?(?:GA|gestation(?:al age)?|EGA|premature|preterm|prem|preemie|premie)\b`,
    // "28-weeker", "a 30 weeker".
    String.raw`\b(\d{2})(?:\+(\d))?[ \t]?-?[ \t]?weeker\b`,
  ].join('|'),
  'i',
);

/** Chronological age corrected for prematurity: the weeks born early are taken off. */
export function correctedMonths(chronological: number, gestationWeeks: number): number {
  return Math.max(0, chronological - ((40 - gestationWeeks) * 7) / DAYS_PER_MONTH);
}

export interface IsoDate {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDate(text: string): IsoDate | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return calendarDate(y, Number(m[2]), Number(m[3]));
}

/** The date when it is one on the calendar ("2026-02-30" is none). */
export function calendarDate(y: number, m: number, d: number): IsoDate | undefined {
  return m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) ? undefined : { y, m, d };
}

/**
 * Days in month `m` (1–12) of year `y`, counted rather than asked of a Date (one allocated per call, several per date read).
 * The year is taken as Date.UTC takes it (0–99 are 1900–1999), so every reading stays what the Date made it.
 */
function daysInMonth(y: number, m: number): number {
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  if (m !== 2) return MONTH_DAYS[m - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The date as ISO text ("2026-08-05"). */
export function isoText(d: IsoDate): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

export function todayIso(now = new Date()): IsoDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/**
 * Age in months between two calendar dates: whole calendar months, then the remaining days as a
 * fraction, so a birthday six months ago on the same day of the month is exactly 6.
 */
export function monthsBetween(birth: IsoDate, on: IsoDate): number {
  const onMs = Date.UTC(on.y, on.m - 1, on.d);
  let months = (on.y - birth.y) * 12 + (on.m - birth.m);
  if (anniversaryMs(birth, months) > onMs) months--;
  return months + Math.round((onMs - anniversaryMs(birth, months)) / 86_400_000) / DAYS_PER_MONTH;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** The date `months` after birth, with the day clamped to the month's length (Jan 31 + 1 = Feb 28). */
function anniversaryMs(birth: IsoDate, months: number): number {
  const total = birth.m - 1 + months;
  const y = birth.y + Math.floor(total / 12);
  const m = ((total % 12) + 12) % 12;
  return Date.UTC(y, m, Math.min(birth.d, daysInMonth(y, m + 1)));
}

/**
 * An age as people say it, exact enough that a boundary reads right: "6 months 1 day" is past a
 * 6-month window, which "6 months" would hide.
 */
export function formatAge(months: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (months < 1) {
    const days = Math.round(months * DAYS_PER_MONTH);
    if (days === 0) return 'birth (newborn)';
    return days % 7 === 0 ? plural(days / 7, 'week') : plural(days, 'day');
  }
  if (months < 24) {
    const whole = Math.floor(months + 1e-9);
    const days = Math.round((months - whole) * DAYS_PER_MONTH);
    return days ? `${plural(whole, 'month')} ${plural(days, 'day')}` : plural(whole, 'month');
  }
  const years = Math.floor(months / 12 + 1e-9);
  const rest = Math.floor(months - years * 12 + 1e-9);
  return rest ? `${plural(years, 'year')} ${plural(rest, 'month')}` : plural(years, 'year');
}
