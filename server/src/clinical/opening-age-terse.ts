/**
 * Two readings of a terse one-liner's opening age (round 54, fix54b).
 *
 * 1. A sex symbol after the number is the sex, never a unit: "34 ♂ LBP", "19 ♂ lifting injury". The age reader reads a
 *    symbol as the letter it stands for ("♂" is "M"), and an upper-case M from 18 to 35 is read as months there ("30M" may
 *    be a toddler); a symbol is never written for months, so the number is years. Only a symbol right after one or two
 *    digits: whose the age is (a parent's "Father 34 ♂") stays for the reader's relatives' checks to say.
 *
 * 2. An age in years opening the note before a complaint that tells its own duration: "12y HbSS, back pain 4 days",
 *    "10 y fever 2 wks, weight loss", "15 y back injury 3 weeks ago". The reader refuses a number opening a note before a
 *    complaint ("3 wks LBP", "2 y back pain" tell how long it has lasted); when the complaint's own duration follows it
 *    right away, closing its clause, the leading number is no duration of it and is the patient's age. Refused: any unit
 *    but years ("3 wk fever 2 days" stays unread), a complaint whose duration is not right after it ("2 y back pain, worse
 *    3 wks", "2 y LBP worse x 2 wks"), a duration that goes on ("3 y LBP 2 wks flare"), a count of hours, and a second
 *    number of years after the complaint ("2 y back pain 6 y"). It is read with the opening's weakest tier, so an age told
 *    plainly anywhere else in the note wins over it. Narrowed after review r54: never before a treatment ("2 y chemo 6 mo
 *    ago, now back pain": the years may be how long the chemo lasted; age-vocabulary durationNouns.treatments).
 */
import type { AgeValue } from '../notes/age';
import type { Word } from '../notes/words';

/** The candidate read from "34 M" whose M was written as a male symbol: years, with the sex (mutates `c`). */
export function symbolSexYears(original: string, c: AgeValue, symbols: ReadonlyMap<string, string>): void {
  if (c.sex || c.unit !== 'm') return;
  const told = original.slice(c.span.start, c.span.end);
  const m = /^(\d{1,2})[ \t]?(.)$/u.exec(told);
  if (!m || symbols.get(m[2]) !== 'M') return;
  const years = Number(m[1]);
  if (years < 1) return;
  c.months = years * 12;
  c.unit = 'y';
  c.sex = 'M';
  c.withSex = true;
}

/** Years only, as an opening one-liner writes them ("12y", "15 y", "10 yrs"). */
const YEARS_UNIT = /^(?:y|yr|yrs|year|years)$/i;
/**
 * The complaint's own duration right after it: "4 days", "x 2 wks", "for 3 weeks ago", "~10 d", "2/52"; then the clause
 * closes (a comma, a full stop, a semicolon or the line's end), "ago" at most between. "of" and the Spanish "de" lead it
 * as "for" does: a Spanish note's "7 años, dolor lumbar de 5 semanas," reads "7 yrs, back pain de 5 weeks," (round 59,
 * fix59es).
 */
const OWN_DURATION =
  /^[ \t]*(?:(?:x|×|for|of|de|~)[ \t]*)?\d{1,2}[ \t]*-?[ \t]*(?:d|days?|w|wks?|weeks?|mo|mos|mths?|months?|\/52|\/7|\/12)(?![A-Za-z\d/])[ \t]*(?:ago\b[ \t]*)?(?:[,.;]|\r?\n|$)/i;

/**
 * Whether the opening age in years (`told`) is no duration of the complaint after it, which tells its own duration: the
 * first complaint word (`isComplaint`) among the words after the age, in the same sentence, followed at once by its own
 * duration, and no treatment (`isTreatment`). `after` are the words after the age in its sentence (up to three).
 */
export function complaintTellsOwnDuration(
  value: string,
  told: string,
  after: readonly Word[],
  isComplaint: (w: string) => boolean,
  isTreatment: (w: string) => boolean,
  isRole: (w: string) => boolean,
): boolean {
  const unit = /[a-z]+$/i.exec(told)?.[0] ?? '';
  if (!YEARS_UNIT.test(unit)) return false;
  const complaint = after.find((x) => isComplaint(x.text));
  // "2 y chemo 6 mo ago, now back pain": a treatment, whose years may be how long it lasted (review r54).
  if (!complaint || isTreatment(complaint.text)) return false;
  // "16 y ballet dancer, LBP 3 wk": what she does stands between, and the years may be how long she has done it
  // (ages-named-roles-r29), so the age stays unread.
  if (after.some((x) => x.start < complaint.start && isRole(x.text))) return false;
  return OWN_DURATION.test(value.slice(complaint.end, complaint.end + 40));
}
