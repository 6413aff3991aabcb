/**
 * Ages a letter tells right after the child's name (r23, set 20's dictated letters): "Maya, now 15, was treated for …"
 * (an apposition opening its sentence, with "now"), "I saw Grace aged 12 for follow up" (a name just introduced, then
 * "aged" and a bare number). Near-misses: a relative's, a companion's, a unit after the number, a word after it that
 * makes it no age, a name not introduced.
 */
import * as assert from 'node:assert/strict';
import { ageOf } from '../helpers';

describe('ages told after the child’s name (r23)', () => {
  const read: [string[], number][] = [
    [['Dear Dr Lindqvist,', 'Maya, now 15, was treated for Hodgkin lymphoma two years ago. Low back pain 2 weeks.'], 180],
    [['Dear Dr Whitfield,', 'I saw Grace aged 12 for follow up of the low back pain she had after netball.'], 144],
    [['Thank you for seeing Tom aged 9 with back pain for 3 weeks.'], 108],
    [['I reviewed Ava aged 14 today in clinic. Back pain 6 weeks.'], 168],
  ];
  for (const [lines, months] of read) it(`${JSON.stringify(lines.join(' / '))} is ${months} months`, () => assert.equal(ageOf(...lines), months));

  const none: string[][] = [
    ['Mum, now 40, has back pain too. Her son has back pain 3 weeks.'],
    ['Tom, now 16, is her boyfriend. Back pain 3 weeks.'],
    ['Pain, now 8, was 4 last week. Back pain 3 weeks.'],
    ['I saw mum aged 40 for her own back pain. Child back pain 3 weeks.'],
    ['I saw Grace aged 12 in March for back pain. Back pain again 3 weeks.'],
    ['Grace aged 12 for her sister. Back pain 3 weeks.'],
    ['I saw Nurse aged 19 for advice. Back pain 3 weeks.'],
    ['I saw Mum aged 17 for her own back pain.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('a unit after "aged" is read with its unit: "I saw Grace aged 12 months for a dimple"', () => assert.equal(ageOf('I saw Grace aged 12 months for a sacral dimple.'), 12));
});
