/**
 * Review 14-f of the set13 ages: an estimate word before a duration ("Girl ~2 wks of back pain", "Patient est. 2
 * wks of back pain") is no age (a duration word after the number parts no clause without a mark), and a vial or
 * units of a drug ("8M vial of heparin") is no age and sex in one, and "Day 3 girl scout camp" is no day of life.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

describe('review 14-f: ages as set13 writes them', () => {
  const none: string[][] = [
    ['HPI: Boy ~3 wks of intermittent low back pain.', 'Order: XR lumbar spine'],
    ['Girl ~2 wks of back pain, no trauma.', 'Order: XR lumbar spine'],
    ['Patient est. 2 wks of back pain.', 'Order: XR lumbar spine'],
    ['Girl 2 wks of back pain, no trauma.', 'Order: XR lumbar spine'],
    ['Hx: 8M vial of heparin flushed. Infant with sacral dimple.', 'Order: US lumbar spine'],
    // A day of a girl scout camp is no newborn's day of life.
    ['Day 3 girl scout camp, fell off bunk, back pain.', 'Order: XR lumbar spine'],
  ];
  for (const lines of none) it(`reads no age in ${JSON.stringify(lines[0])}`, () => assert.equal(ageOf(...lines), undefined));

  const read: [string[], number][] = [
    [['Girl, 10 years of age, back pain.'], 120],
    [['infant 8 wks - follow-up of spine scan'], 8 * (7 / 30.4375)],
    [['Boy, ~14 months, soft fatty mass over L5-S1.'], 14],
    [['Day 3 girl, sacral dimple, NICU.'], 3 / 30.4375],
  ];
  for (const [lines, months] of read) it(`reads ${JSON.stringify(lines[0])}`, () => near(ageOf(...lines), months, lines[0]));
});
