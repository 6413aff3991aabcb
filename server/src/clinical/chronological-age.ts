/**
 * An ex-preterm infant's chronological age told beside a corrected one (r52, fix52a; age-vocabulary.json chronologicalAge).
 * Neonatal follow-up notes write both ages: "ex-29/40, now 16/52 corrected (27/52 chronological)", "30 mo chrono",
 * "2 years corrected age (2 years 3 months chronological)", "PMA 40+3 (DOL 84)". The rules are judged on the chronological
 * age, so where the note names it as such it is read; the corrected or postmenstrual age never is. The grammar is here;
 * the words are in the vocabulary, and age-fact.ts decides with them where the age stands in its sentence.
 */
import { sentenceStart } from '../notes/text';
import { toWords } from '../notes/words';

export interface ChronologicalWords {
  /** "chronological", "chrono": the word after the number that names it the chronological age. */
  chronological: ReadonlySet<string>;
  /** "actual": names it so only with "age" after it ("6 mo actual age"). */
  chronologicalWithAge: ReadonlySet<string>;
  /** "(term)", "(born at term)": a bracket that only says the child was born at term. */
  termAside: RegExp;
  /** "pma", "cga", "corrected": the words of a corrected or postmenstrual age a day of life may stand beside. */
  dayBeside: ReadonlySet<string>;
}

/**
 * The word after the age and what may follow it: the clause ends there (a bracket, a comma, a colon, a slash, a dash, a full
 * stop before a space, the line's end). "3 mo chronological order" and "5 mo actual weight" are no age's name.
 */
const NAMED_AFTER = /^[ \t]*([A-Za-z]+)(?:[ \t]+(age))?(?=[ \t]*(?:[),;:/(\u2013\u2014-]|\.(?:\s|$)|\r?\n|$))/i;

/** Whether the age ending at `end` is named the chronological one by the word after it ("5 mo chrono", "6 mo actual age"). */
export function namedChronological(value: string, end: number, w: ChronologicalWords): boolean {
  const m = NAMED_AFTER.exec(value.slice(end, end + 40));
  if (!m) return false;
  const word = m[1].toLowerCase();
  return w.chronological.has(word) || (m[2] !== undefined && w.chronologicalWithAge.has(word));
}

/**
 * Whether a past time leads the clause of a chronological age at `start` with nothing of today's before it: "US at 3 mo
 * corrected (5 mo chrono) was normal", "when 2 y corrected (2 y 3 m chronological)". The clause runs back to a comma,
 * semicolon, colon or the sentence's start, past the bracket the age may stand in. "I saw Ruby today at 2 years corrected
 * age (…)" has "today" before it, and is today's.
 */
export function pastLeadsClause(value: string, start: number, pastWords: ReadonlySet<string>, nowWords: ReadonlySet<string>): boolean {
  const from = sentenceStart(value, start);
  const lead = value.slice(from, start);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'));
  const clause = toWords(lead.slice(cut + 1));
  if (!clause.some((x) => pastWords.has(x.text))) return false;
  return !toWords(lead).some((x) => nowWords.has(x.text));
}

/** A bracket right after an age that only says the child was born at term: its length, or 0. */
export function termAsideAt(value: string, end: number, w: ChronologicalWords): number {
  const m = w.termAside.exec(value.slice(end, end + 30));
  return m ? m[0].length : 0;
}

/**
 * "PMA 40+3 (DOL 84)", "CGA 38+2 (day 60 of life)", "corrected 41/40 (D.O.L. 70)": a day of life in a bracket right after a
 * corrected or postmenstrual age that opens its clause (the line's start, a comma, a semicolon or a spaced dash before it,
 * "now" at most), the bracket holding only the day and ending its clause. The days and the bracket's day span, or undefined.
 * Never after a past time or an event ("US at PMA 36 (DOL 40)": "at" opens no clause), never after a gestation at birth.
 */
const DAY_BESIDE =
  /(?:^|[,;\n]|[ \t][-\u2013\u2014])[ \t]*(?:now[ \t]+)?([A-Za-z]+)(?:[ \t]+age)?[ \t]*:?[ \t]*(?:[2-4]\d)(?:[ \t]*\+[ \t]*[0-6])?(?:[ \t]*\/[ \t]*40|[ \t]*(?:wk|wks|weeks?|w))?[ \t]*\([ \t]*(?:dol|d\.o\.l\.?|day[ \t]+of[ \t]+life)[ \t]*#?[ \t]*(\d{1,3})[ \t]*\)(?=[ \t]*(?:[,;]|\.(?:\s|$)|\r?\n|$))/gi;

export function dayBesideCorrected(value: string, w: ChronologicalWords): { days: number; start: number; end: number } | undefined {
  if (!/\(/.test(value)) return undefined;
  DAY_BESIDE.lastIndex = 0;
  let n = 0;
  for (let m = DAY_BESIDE.exec(value); m; m = DAY_BESIDE.exec(value)) {
    if (++n > 4) break;
    if (!w.dayBeside.has(m[1].toLowerCase())) continue;
    const days = Number(m[2]);
    if (days < 1 || days > 365) continue;
    const open = m.index + m[0].lastIndexOf('(');
    return { days, start: open, end: m.index + m[0].length };
  }
  return undefined;
}
