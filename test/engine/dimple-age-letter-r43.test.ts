/**
 * Round 43 (held-out s49/s50): a dimple's size or distance written as a bound ("<5 mm", ">3 mm"), an age with a decimal
 * comma ("6,5 months"), a letter under a title line ("Podiatry referral to GP\nRe: …"), a dimple told as a "little dip",
 * and "constant" said of toe walking.
 */
import * as assert from 'node:assert/strict';
import { assessDimple, readDimple } from '../../server/src/clinical/dimple';
import { ageOf, near, orderOf, presentIn, readNote } from '../helpers';

const riskOf = (t: string) => assessDimple(readDimple(t, { start: 0, end: t.length })).risk;

describe('r43: a dimple measure written as a bound', () => {
  for (const t of [
    'Small midline sacral dimple: <5 mm, within natal cleft, ~1 cm from anus, base visible',
    'dimple less than 5mm, in the natal cleft, <1 cm from anus, base visible',
    'dimple under 4 mm, within the cleft, 1 cm from anus',
  ])
    it(`"${t}" is simple`, () => assert.equal(riskOf(t), 'simple'));
  // Harmful if wrong: a lower bound under the limit read as the size would call a dimple of any size simple.
  for (const t of [
    'dimple >3 mm, within natal cleft, 1 cm from anus, base visible',
    'dimple 3 mm, in cleft, >2 cm from anus, base visible',
    'dimple <10 mm, in cleft, 1 cm from anus, base visible',
    'dimple ≤5 mm, in cleft, 1 cm from anus, base visible',
    'dimple more than 2 mm, in cleft, 1 cm from anus, base visible',
  ])
    it(`"${t}" is not simple: the bound leaves it open`, () => assert.equal(riskOf(t), 'undetermined'));
  for (const t of ['dimple at least 6 mm, in cleft, 1 cm from anus', 'dimple 3 mm, in cleft, over 3 cm from anus', 'dimple <5 mm, in cleft, 1 cm from anus, base not seen'])
    it(`"${t}" stays atypical`, () => assert.equal(riskOf(t), 'atypical'));
  it('an arrow is no bound: "dent -> ~2 mm dimple" is 2 mm', () => {
    const t = 'the little dent -> ~2 mm dimple, within the natal cleft, 1 cm from anus';
    assert.equal(readDimple(t, { start: 0, end: t.length }).sizeBound, undefined);
  });
  it('the NICU note with "<5 mm" and a normal exam gets simple-dimple', () => {
    const r = readNote(
      'NICU progress note',
      'Ex-34+2 wk baby boy, now 3 weeks old (DOL 21).',
      'Small midline sacral dimple noted on exam: <5 mm, within natal cleft, ~1 cm from anus, base visible. No hair/tag/discoloration.',
      'Neuro: nl tone, moves all extremities.',
      'Plan: US spine prior to d/c',
    );
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('">3 mm" gets no simple-dimple', () => {
    const r = readNote('NICU note', '3 weeks old boy.', 'Sacral dimple: >3 mm, within natal cleft, 1 cm from anus, base visible.', 'Neuro: normal.', 'Plan: US spine');
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
});

describe('r43: an age with a decimal comma', () => {
  it('"age 6,5 months" is 6.5 months', () => near(ageOf('Child: boy, age 6,5 months.', 'Plan: ultrasound of spine.'), 6.5, '6,5 months'));
  it('"age 1,5 years" is 18 months', () => near(ageOf('Child: boy, age 1,5 years.', 'Plan: MRI lumbar spine.'), 18, '1,5 years'));
  it('"age 3,5 months" is 3.5 months', () => near(ageOf('Child: girl, age 3,5 months.', 'Plan: ultrasound of spine.'), 3.5, '3,5 months'));
  it('"6, 5 months old twins" (a list) is read as before', () => near(ageOf('Age: 6, 5 months old twins reviewed.'), 5, '6, 5 months'));
  it('"2,4,6 months" (a list) is no decimal', () => near(ageOf('Seen at 2,4,6 months for dimple.', 'Age: 7 months'), 7, '2,4,6 months'));
});

describe('r43: a letter under its title line', () => {
  const letter = (suggestion: string) =>
    orderOf('Podiatry referral to GP', 'Re: 14 yr old female, bilateral pes cavus', 'On exam: bilat cavus. Hairy patch over lower back.', suggestion, 'Orthoses issued today.');
  it('"I would suggest an X-ray of the lumbar spine" is the order', () =>
    assert.equal(letter('I would suggest an X-ray of the lumbar spine and a neurological review.'), 'xr-area'));
  it('"I would recommend against an X-ray" orders nothing', () => assert.equal(letter('I would recommend against an X-ray of the lumbar spine.'), 'none'));
  it('a title with a key of its own is no letter title: "Clinic note: back pain" then "Re:" orders nothing suggested', () =>
    assert.equal(orderOf('Clinic note: back pain', 'Re: review', '12 yo, back pain 3 weeks. Neuro normal.', 'I would suggest an MRI of the lumbar spine.'), 'none'));
  it('a conditioned suggestion under a title line orders nothing', () =>
    assert.equal(orderOf('Physio letter to GP', 'Re: 12 yo boy', 'Back pain 3 weeks. Neuro normal.', 'I would suggest an MRI of the lumbar spine if no better.'), 'none'));
});

describe('r43: a dimple told as a little dip', () => {
  for (const t of ["Mum pointed out 'hairy spot' on lower back with a little dip in the middle.", 'Mum noticed a small dip on his lower back.', 'tiny dip in the natal cleft'])
    it(`"${t}" is a dimple`, () => assert.ok(presentIn('sacral-dimple', t)));
  for (const t of ['Sats had a small dip overnight.', 'Exaggerated dip in the lower back (lordosis).', 'No small dip on the lower back.', 'Temperature dip after paracetamol.'])
    it(`"${t}" is no dimple`, () => assert.ok(!presentIn('sacral-dimple', t)));
});

describe('r43: "constant" said of something else', () => {
  it('"toe walking started ~6 months ago and is now constant" is no constant pain', () =>
    assert.ok(!presentIn('constant-pain', '3y girl. Toe walking started ~6 months ago and is now constant.')));
  for (const t of ['Back pain 6 weeks, toe walking and pain now constant.', 'Limping since fall, back pain is now constant.', 'Low back pain 6 weeks. Limp, constant.'])
    it(`"${t}" keeps constant pain`, () => assert.ok(presentIn('constant-pain', t)));
});

describe('r43: another marker denied after a slash keeps the dimple in its cleft', () => {
  for (const t of [
    'small 2 mm pit within the natal cleft, ~1 cm from anal verge, base visible, no hair/tag',
    'small 2 mm pit within the natal cleft, ~1 cm from anal verge, base visible, no hair / skin tag',
  ])
    it(`"${t}" is simple`, () => assert.equal(riskOf(t), 'simple'));
  for (const t of ['small 2 mm pit within the natal cleft, ~1 cm from anal verge, base visible, skin tag/hair'])
    it(`"${t}" (a tag told, not denied) is not simple`, () => assert.notEqual(riskOf(t), 'simple'));
});

describe('review r43: "up to" is the measure, a base unseen is atypical', () => {
  it('"dimple up to 8 mm" is atypical, not undescribed', () => assert.equal(riskOf('dimple up to 8 mm'), 'atypical'));
  it('"sacral dimple <5 mm? unable to see base" is atypical', () => assert.equal(riskOf('sacral dimple <5 mm? unable to see base'), 'atypical'));
});
