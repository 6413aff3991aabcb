/**
 * Round 44: ages and prior studies written in new ways. A check heading with the age straight after it ("Well child visit
 * 12 mo"), a newborn exam's day on the second heading line under the place's name, "age today 3 y 2 m"; a prior study
 * named with which one it was ("First US (6 wks): equivocal"), its report after a spaced dash opening on the part of the
 * canal it read ("US of spine at age 2 weeks in Vienna - \"conus medullaris at L3, low-lying\""), radiographs with "no bone
 * changes". Each with the look-alikes that must stay as they were: an interval, a relative's age, a plan, a question, a
 * relative's study, another region's, a finding after the denial.
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, lastPriorOf, near, readNote } from '../helpers';

/** The most recent prior study of `modality` read ('none' when there is none). */
const priorOf = lastPriorOf;
const dimple = (told: string, order = 'Plan: MRI lumbosacral without contrast.') => [
  'Girl 2 yrs, new patient.',
  `Hx: sacral dimple; ${told}`,
  'Exam: deep dimple above gluteal cleft. Walking normal, reflexes normal.',
  order,
];

describe("r44: a check heading's age and a heading on the second line", () => {
  it('"Well child visit 12 mo" is 12 months', () =>
    near(ageOf('Well child visit 12 mo', 'Single sacral dimple, 2mm, within gluteal cleft, base visible.', 'Reassured parents.'), 12, 'well child visit'));
  it('"Baby check 6/52" without a dash is 6 weeks', () => near(ageOf('Baby check 6/52', 'Sacral dimple, base seen.', 'Plan: US spine.'), (6 * 7) / 30.4375, 'baby check'));
  it('an interval or a follow-up after the check is no age', () => {
    assert.equal(ageOf('Well child visit 6 weeks ago', 'Sacral dimple, base seen.', 'Plan: US spine.'), undefined);
    assert.equal(ageOf('Back pain review 6/52', 'Low back pain.', 'Plan: XR L-spine.'), undefined);
    assert.equal(ageOf('Baby check 6/52 follow-up', 'Sacral dimple, base seen.', 'Plan: US spine.'), undefined);
  });
  it('"Midwife note, newborn exam day 2" under the place is 2 days', () =>
    near(ageOf('Kivalliq Birthing Centre - Rankin Inlet', 'Midwife note, newborn exam day 2', 'Term F, SVD. Haemangioma over sacrum.', 'US lumbosacral spine.'), 2 * DAY, 'day 2'));
  it("a second line's day of antibiotics or a hospital day is no age", () => {
    assert.equal(ageOf('Birthing Centre', 'Midwife note, day 3 of antibiotics', 'Haemangioma over sacrum.', 'US lumbosacral spine.'), undefined);
    assert.equal(ageOf('Birthing Centre', 'Hospital day 2', 'Haemangioma over sacrum.', 'US lumbosacral spine.'), undefined);
  });
  it('"(age today 3 y 2 m)" is 38 months; a relative\'s is not the child\'s', () => {
    near(ageOf('Re: [name], DOB as documented 14/01/2021 (age today 3 y 2 m), adopted.', 'Hair tuft over the sacrum.', 'MRI lumbar spine requested.'), 38, 'age today');
    assert.equal(ageOf('Mother age today 30 y.', 'Hair tuft over the sacrum.', 'MRI lumbar spine requested.'), undefined);
  });
});

describe('r44: prior studies told in new ways', () => {
  it('a report after a spaced dash opening on the conus is read (abnormal, HARMFUL if lost)', () => {
    const lines = dimple('US of spine at age 2 weeks in Vienna - "conus medullaris at L3, low-lying, thickened filum, tethering suspected". No further workup done after.');
    assert.equal(priorOf('US', ...lines), 'abnormal');
    assert.ok(readNote(...lines).rules.includes('referral-after-abnormal-ultrasound'));
  });
  it('a normal one after a spaced dash is normal', () => assert.equal(priorOf('US', ...dimple('US spine - conus at L1, normal filum.')), 'normal'));
  it("what is still to look at after the dash, or a relative's study, is none", () => {
    assert.equal(priorOf('US', ...dimple('US spine - conus level to be checked.')), 'none');
    assert.equal(priorOf('US', ...dimple('US spine - filum ?thick.')), 'none');
    assert.equal(priorOf('US', ...dimple("Brother's first US - conus at L3.")), 'none');
    assert.equal(priorOf('US', ...dimple('Parents ask for US spine - conus worries them.')), 'none');
  });
  it('"First US (6 wks): equivocal - conus at L2-L3" and "Initial spinal US: normal" are read', () => {
    assert.equal(priorOf('US', ...dimple('First US (6 wks): equivocal - conus at L2-L3, filum borderline 2 mm')), 'indeterminate');
    assert.equal(priorOf('US', ...dimple('Initial spinal US: normal.')), 'normal');
  });
  it('a first study planned, or of another region, is none', () => {
    assert.equal(priorOf('US', ...dimple('First US then MRI if abnormal.')), 'none');
    assert.equal(priorOf('US', ...dimple('Earlier renal US: hydronephrosis.')), 'none');
  });
  const pain = (told: string) => [
    '12 y girl. Low back pain for 6 wks, sometimes wakes up at night due to pain.',
    'No fever. No weight loss.',
    told,
    'Neuro: strength, sensation, reflexes - normal.',
    'Plan: MRI of lumbar spine without contrast.',
  ];
  it('"no bone changes, alignment normal" on radiographs is negative radiographs', () =>
    assert.equal(readNote(...pain('XR L-S spine (done 10 days ago here): no bone changes, alignment normal.')).scenario, 'back-pain-red-flags-negative-radiographs'));
  it('a finding after "no bone changes" keeps the radiographs positive', () => {
    assert.equal(readNote(...pain('XR L-S spine: no bone changes, but L5 pars defect.')).scenario, 'back-pain-red-flags-positive-radiographs');
    assert.equal(readNote(...pain('XR L-S spine: no bony changes, scoliosis 15 deg.')).scenario, 'back-pain-red-flags-positive-radiographs');
  });
});
