/** A newborn's age told as a day of life ("DOL 2", "day 5 of life"), and the days of life that tell when something was done. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function ageOf(...lines: string[]): number | undefined {
  const a = readNote(...lines).facts.age;
  return a ? Math.round(a.months * 100) / 100 : undefined;
}

describe('day of life', () => {
  const CASES: [string, number][] = [
    ['DOL 2, term female. Hair tuft over the sacrum. Plan: spinal ultrasound.', 0.07],
    ['Day 20 of life, term F. Dimple 4 mm. Plan spinal US.', 0.66],
    ['NICU step-down, day 5 of life, ex-37 wk male. Hair tuft. Order: spinal ultrasound.', 0.16],
    ['Newborn nursery, DOL#3. Sacral dimple. Plan: US spine.', 0.1],
  ];
  for (const [text, months] of CASES) it(`"${text.slice(0, 30)}…" is ${months} months`, () => assert.equal(ageOf(text), months));

  it('"US on DOL 3" is when the study was done, not the age', () => assert.equal(ageOf('Hair tuft. US on DOL 3 normal. Plan: MRI L-spine.'), undefined));
  it('"Spinal US (day 3 of life): …" is when the study was done', () => assert.equal(ageOf('Hair tuft. Spinal US (day 3 of life): conus at L3. Plan: MRI L-spine.'), undefined));
  it('"since day 2 of life" is a time in the past', () => assert.equal(ageOf('Hair tuft present since day 2 of life. Plan: US spine.'), undefined));
  it('an age told plainly wins over a day of life', () => assert.equal(ageOf('DOL 3 US normal. 4 mo M. Hair tuft. Plan: MRI L-spine.'), 4));
  it('"now" wins too', () => assert.equal(ageOf('Hair tuft noted day 2 of life, now 4 mo M. Plan: US spine.'), 4));
});
