/**
 * Ages as set 13's writers tell them: the patient described with "was" ("Patient was 7 month old boy"), an
 * estimated age ("Boy, estimated 7 yrs", "boy, ~14 months", "Girl, approx. 9 yrs"), an M before a sex word as
 * months ("5M girl"), Hong Kong age/sex opening a line ("10/M. LBP x 1/52"), a newborn's day before its sex ("day
 * 6 M."), and an age in two units after a dash ("SMA type 2 - 6 y 2 m girl"). Each with the near-misses that
 * must stay no age (or another age): a past age, 5 million units, a rate, a day of an illness, a range.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const DAY = 1 / 30.4375;
const WEEK = 7 / 30.4375;

describe('ages as set 13 writes them', () => {
  const read: [string[], number][] = [
    [['Patient was 7 month old boy, from Da Nang.', 'Skin: small skin tag at top of gluteal cleft.'], 7],
    [['Baby was a 3 wk old girl, referred for a deep dimple.'], 3 * WEEK],
    [['Boy, estimated 7 yrs (orphanage estimate; dental age 7-8), arrived 6 weeks ago.'], 84],
    [['Child: boy, ~14 months (birth date on orphanage papers is estimated)', 'Exam: soft fatty mass over L5-S1.'], 14],
    [['Girl, approx. 9 yrs, back pain x 3 wk.'], 108],
    [['Girl, est. 9 yrs, back pain x 3 wk.'], 108],
    [['5M girl. f/u from 4-month check-up.', 'Sacral dimple, bottom visible.'], 5],
    [['8M boy', 'CC: bump on lower back, since birth'], 8],
    [['Exam: 14M female with a hairy patch over L5.'], 14],
    [['GOPC', '10/M. LBP x 1/52, started after carrying a heavy school bag.'], 120],
    [['HPI: 14/F c/o back pain x 2 wk.'], 168],
    [['day 6 M. hairy tuft L-S + pinpoint midline opening just below, ?dermal sinus.'], 6 * DAY],
    [['Day 3 girl, sacral dimple, NICU.'], 3 * DAY],
    [['day 3 F. sacral dimple, base not seen.'], 3 * DAY],
    [['DOL 3 F. sacral dimple, base not seen.'], 3 * DAY],
    [['SMA type 2 - 6 y 2 m girl, on nusinersen since age 2. Sitter, not standing.'], 74],
    // Unchanged: an M before anything but a sex word stays age and sex in one.
    [['15M c/o LBP x 3 wk.'], 180],
  ];
  for (const [lines, months] of read) it(`reads ${JSON.stringify(lines[0].slice(0, 50))}`, () => near(ageOf(...lines), months, lines.join(' | ')));

  const notRead: string[][] = [
    // A past age, told with "was": a word after it that makes it then, no word for the child, a relative.
    ['He was 3 months old boy when the dimple was noticed. Hair tuft L5.'],
    ['Patient was 2 months at the first scan; sacral dimple.'],
    ['Patient was a 2 mo old boy at the time of the US. Hairy patch.'],
    ['Mother was 17 year old girl at his birth. Sacral dimple.'],
    ['She was a 3 month old baby when the dimple was first seen.'],
    // "5M" as 5 million units, a dose, minutes.
    ['5M units of vitamin A given. Sacral dimple.'],
    ['Sacral dimple. Given 5 mg. Seen after 5 min.'],
    // "N/M" not opening a line, within a date, a rate, beside an infant word.
    ['Sacral dimple noted. Pt 10/M with LBP.'],
    ['Seen 3/10/M. Sacral dimple.'],
    ['Resp rate 30/min, sacral dimple.'],
    ['2/M baby, sacral dimple.'],
    // A day of an illness, an antibiotic course, a hospital stay, a follow-up, post-op.
    ['day 6 of fever, back pain.'],
    ['Day 3 of antibiotics, back pain.'],
    ['Hospital day 6 M. Back pain.'],
    ['Day 2 F/U hairy tuft.'],
    ['Day 5 post-op, back pain.'],
    // A range, an onset.
    ['back pain for 2 - 6 wks.'],
    ['on nusinersen since age 2. Sitter, not standing.'],
  ];
  for (const lines of notRead) it(`reads no age in ${JSON.stringify(lines[0].slice(0, 50))}`, () => assert.equal(ageOf(...lines), undefined, lines.join(' | ')));

  it('a plainly told age wins over one described with "was"', () => near(ageOf('HPI: 9 mo old girl. Patient was 7 month old girl at first visit.'), 9, 'plain first'));
  it('a day of life before the sex is no age in years: "day 8 M" is 8 days', () => near(ageOf('day 8 M. sacral dimple.'), 8 * DAY, 'day 8 M'));
});
