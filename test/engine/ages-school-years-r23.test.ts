/**
 * A school's sick bay or boarding-house log tells the pupil by the school year, which is never the age (r23): "Y9
 * boarder, 13 yrs", "Y10 boy (14)", "Y7 girl (11y)", "Y8 boy (13)". The age is the item after the year or the bracket
 * after the child; the minutes of a clock time before "- Y10" are no age either ("02:15 - Y10 boy" read 15 years).
 * Near-misses: a school year or a team's age group alone, a relative's or another child's bracket, a small bare number,
 * a note of an infant.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

describe('ages beside a school year (r23)', () => {
  const read: [string[], number][] = [
    [['INFIRMARY LOG', 'Pupil: Y9 boarder, 13 yrs', 'Presenting: lower back pain since Sunday.'], 156],
    [['Pupil: Year 10 boarder, 15 y', 'LBP 3 days.'], 180],
    [['Nurse 02:15 - Y10 boy (14) fell from top bunk, approx 1.6 m. Pain mid back.'], 168],
    [['Sick bay - Y7 girl (11y) c/o sore lower back, hurt it in PE.'], 132],
    [['Nurse: Y8 boy (13) - LBP 3 wks, now pain shooting down L leg.'], 156],
    [['Nurse: Yr 11 girl (16 yrs) - back pain after netball.'], 192],
    [['Sick bay - girl (12) c/o back pain.'], 144],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    ['Y9 boy, back pain after rugby.'],
    ['Nurse 02:15 - Y10 boy fell from top bunk. Pain mid back.'],
    ['U12 football, back pain.'],
    ['Team: U12 girl, LBP.'],
    ['Sibling: boy (14) has scoliosis.', 'LBP.'],
    ['Sick bay - pushed by an older boy (14). LBP.'],
    ['Nurse: Y8 boy (3) - LBP.'],
    ['Nurse: baby boy (3) - sacral dimple.'],
    ['Area 3 m2. Back pain.'],
    // Review r23: more than one child, or a relative, on the bracket's line (later on it too).
    ['Hx: 2 children - boy (14) and girl (3, patient) with dimple.'],
    ['Household: boy (14), girl (9). Patient is the younger one'],
    ['Sick bay - boy (14) brought in by his sister, LBP.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('a clock time keeps an age told after it, and "Age:14 y" and "1y2m" stay ages', () => {
    near(ageOf('Nurse 02:15 - 14 yo boy fell.'), 168, 'after a time');
    near(ageOf('Time 09:30. 3 mo boy with dimple.'), 3, 'after a time');
    near(ageOf('Age:14 y. LBP.'), 168, 'Age:14 y');
    near(ageOf('1y2m boy, sacral dimple.'), 14, '1y2m');
    near(ageOf('2 y3m boy, sacral dimple.'), 27, '2 y3m');
    near(ageOf('Boy 2 y 3 m, sacral dimple.'), 27, '2 y 3 m');
  });

  it('an English age in years and months against each other stays whole (review r23)', () => {
    near(ageOf('Age: 10 y9 m. Back pain 3 wk, wakes at night.', 'Order: MRI L-spine w/o'), 129, '10 y9 m');
    near(ageOf('Age 3 y11 m, sacral dimple'), 47, '3 y11 m');
    near(ageOf('Age 4 y6 mo.'), 54, '4 y6 mo');
    near(ageOf('14 y2 m old girl'), 170, '14 y2 m');
    near(ageOf('Girl 1 y5 m, dimple'), 17, '1 y5 m');
    near(ageOf('Age 9 y10 m.'), 118, '9 y10 m');
    near(ageOf('Age: 15 - Y10. LBP.'), 180, '15 - Y10');
    near(ageOf('Boy 15 - Y10 pupil.'), 180, 'Boy 15 - Y10');
  });
});
