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
    [['I reviewed Tom aged 9 with back pain for six weeks today.'], 108],
    [["Jacob, age 10, was jumping on a trampoline at a friend's house when he fell."], 120],
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
    // Someone met or named who is not the child, a visit told as an earlier one (review of r23).
    ['I met Sam aged 20 who tutors her. Back pain 3 weeks.'],
    ['I saw Sam aged 20 who tutors her. Back pain 3 weeks.'],
    ['I first saw Tom aged 9 with a hairy patch; he is back with back pain for 3 weeks.'],
    ['We saw Grace aged 12 who then had a normal MRI. She is back with back pain.'],
    ['I saw Grace aged 12 for follow up three years ago. She is back with back pain.'],
    ['I previously saw Grace aged 12 for a dimple. She has back pain for six weeks.'],
    ['I saw Grace aged 12 with her tutor. Back pain 3 weeks.'],
    ['Daniel, now 19, is her tutor. Back pain 3 weeks.'],
    ['Her tutor, Daniel, now 20, noticed it. Back pain 3 weeks.'],
    ['Back pain 3 weeks. Our nurse, Kelly, age 19, saw her.'],
    ['Back pain 3 weeks. Her brother, Sam, now 10, had a tethered cord.'],
    ['Back pain 3 weeks. Sam, age 10, is her brother.'],
    ['Back pain 3 weeks. Monday, now 9, she woke with pain.'],
    ['Back pain 3 weeks. Ibuprofen, now 10, mls.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('a unit after "aged" is read with its unit: "I saw Grace aged 12 months for a dimple"', () => assert.equal(ageOf('I saw Grace aged 12 months for a sacral dimple.'), 12));

  // Second review of r23: another adult or a pet (subjectAge.otherAdults) is looked for only as who the name is, right
  // after the age ('Daniel, 19, is her tutor'); further on in the sentence it is the child's story, and the age stands.
  const kept: [string, number][] = [
    ['Jack, 11, LBP 8 weeks despite physio, no fever, no night pain.\nPlan: XR L-spine', 132],
    ['Jack, 11, LBP 8 weeks, seen by therapist, no fever, no night pain.', 132],
    ['Jack, 11, LBP 8 weeks, tutor noticed limp, no fever, no night pain.', 132],
    ['Jack, 11, LBP 8 weeks after walking the dog, no fever, no night pain.', 132],
    ['Emma, 13, fell from a horse yesterday, midline back pain, no neuro deficit.\nPlan: XR T-spine', 156],
    ['Emma, 13, horse riding accident, back pain 2 weeks.', 156],
    ['Sam, 14, known lymphoma, PET scan last month, now back pain and night pain.\nPlan: MRI L-spine', 168],
    ['Sam, 14, PET scan last month, back pain 3 weeks.', 168],
    ['Tutor appointment missed. Sam, age 10, back pain 3 wks', 120],
    ['May, 8, back pain 3 weeks', 96],
    ['June, now 14, back pain 3 weeks', 168],
    ['Her nanny, Maria, age 19, brought her. Chloe, age 9, back pain 3 weeks', 108],
  ];
  for (const [text, months] of kept) it(`${JSON.stringify(text)} is ${months} months (another adult only in the story)`, () => assert.equal(ageOf(...text.split('\n')), months));
  const adults: string[] = [
    'Daniel, 19, is her tutor. Back pain 3 weeks.',
    'Daniel, age 19, is her tutor. Back pain 3 weeks.',
    'Daniel, 19, tutor, noticed the limp. Back pain 3 weeks.',
    'Kelly, 19, our nanny, brought him. Back pain 3 weeks.',
    'Max, 4, the family dog, knocked him over. Back pain 3 weeks.',
    'Back pain 3 weeks. Sam, 20, her physiotherapist, saw her.',
  ];
  for (const text of adults) it(`no age: ${JSON.stringify(text)} (the name is another adult's or a pet's)`, () => assert.equal(ageOf(text), undefined));
});
