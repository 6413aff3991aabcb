/**
 * Round 30, context, after the second review (sleep-limited-us-exam-r30-review.test.ts has the first):
 *
 * M1. What the child cannot do is no deficit merely for standing beside what the examiner could not do: a denied,
 *     worried, age-appropriate, non-neurological ("cast", "sprain", "tender shin") or "sit still" phrase, or a skin tag
 *     called flaccid, leaves the exam as its items read it.
 * M2. Sleep lost is night pain only when the back pain took it: not when another subject of its clause owns it ("cough
 *     keeps him awake"), not an itchy back, not a sentence opening with it after one about something else ("Bad cough
 *     this week. Keeps him awake."), and in a Red flags value still not when over, asked or of another cause.
 * M3. A limited spinal US stays limited unless a repeat was done and told: a repeat advised, planned or guessed at is
 *     none; a repeat told in the next sentence replaces it, and an abnormal repeat makes it abnormal.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const tuft = (exam: string, age = '3 y') => [`Age: ${age}`, 'Hx: hair tuft over the sacrum.', exam, 'Order: MRI L-spine w/o contrast'];
const dimple = (exam: string, age: string) => [`Age: ${age}`, 'Hx: deep sacral dimple, off midline.', exam, 'Order: MRI L-spine w/o contrast'];

describe('r30 review 2 (M1): what the child cannot do beside an exam not done is no deficit of itself', () => {
  for (const exam of [
    'Neuro: reflexes not tested. Tone normal, not flaccid.',
    'Neuro: tone not assessed; not paralysed, moves all limbs.',
    'Neuro: unable to sit still for the exam; reflexes not tested. Tone normal.',
    'Neuro: reflexes not tested. Unable to stand still long enough for Romberg.',
    'Neuro: gait not assessed (in a cast after tibial fracture, non weight bearing). Moves legs normally.',
    'Neuro: exam limited by pain; unable to weight bear on R ankle (swollen, ?sprain).',
    'Neuro: unable to assess tone; mum worried he will not bear weight after the fall but he walked in.',
    'Neuro: reflexes not tested. Not weight bearing due to nappy rash? no - walks fine.',
    'Exam: soft flaccid skin tag at the natal cleft; reflexes not tested; moving all limbs normally.',
  ]) {
    it(`"${exam}" is not abnormal`, () => {
      const r = readNote(...tuft(exam));
      assert.notEqual(r.facts.neuro.state, 'abnormal');
      assert.ok(!r.rules.includes('escalation-referral'), r.rules.join());
    });
  }
  it('"will not bear weight on R leg, tender R shin" (?toddler\'s fracture) is not abnormal', () =>
    assert.notEqual(
      readNote(
        'Age: 3 y',
        'Hx: hair tuft over the sacrum.',
        "Hx2: fell from slide yesterday, ?toddler's fracture R tibia.",
        'Exam: will not bear weight on R leg, tender R shin. Reflexes not tested (upset).',
        'Order: MRI L-spine w/o contrast',
      ).facts.neuro.state,
      'abnormal',
    ));
  for (const [age, exam] of [
    ['9 mo', 'Neuro: gait not assessed - unable to walk yet.'],
    ['11 mo', 'Neuro: could not assess gait as he cannot walk yet; tone and reflexes normal.'],
    ['7 mo', 'Neuro: unable to assess standing - unable to stand unsupported (normal for age).'],
    ['5 mo', 'Neuro: reflexes not tested; unable to sit unsupported yet.'],
  ]) {
    it(`at ${age}, "${exam}" is not abnormal`, () => assert.notEqual(readNote(...dimple(exam, age)).facts.neuro.state, 'abnormal'));
  }
  // The other direction: a deficit told beside an exam not done still stands.
  for (const exam of [
    'Neuro: cannot assess - lower limbs flaccid.',
    'Neuro: unable to assess sensation; weak ankle dorsiflexion L.',
    'Neuro: sensation not tested, reflexes brisk 3+ with clonus.',
    'Neuro: unable to assess reflexes; tone reduced L leg.',
  ]) {
    it(`"${exam}" is abnormal`, () => assert.equal(readNote(...tuft(exam)).facts.neuro.state, 'abnormal'));
  }
});

const nightPain = (...lines: string[]) => {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === 'night-pain');
  return hits.some((h) => h.present) ? 'present' : hits.some((h) => h.negated) ? 'denied' : 'none';
};
const hpi = (hpiText: string) => ['Age: 12 y M', `HPI: ${hpiText}`, 'Neuro: normal', 'Order: XR L-spine'];
const flags = (value: string) => ['Age: 12 y M', 'HPI: low back pain 3 wk, mechanical.', `Red flags: ${value}`, 'Neuro: normal', 'Order: XR L-spine'];

describe('r30 review 2 (M2): sleep lost to something other than the back pain is no night pain', () => {
  for (const text of [
    // Another subject of its own clause.
    'low back pain 3 wk, cough keeps him awake at night.',
    'mild back pain mainly after PE, but his eczema keeps him awake.',
    'LBP 3 wk and toothache - toothache keeps him awake.',
    'low back pain 3 wk, worse after football, and the cough keeps him awake.',
    'back pain 3 wk, and the wheeze keeps her up at night.',
    // An itchy back.
    'back pain 3 wk. Itchy back (eczema) keeps him awake.',
    'low back pain 3 wk, mechanical. Itchy rash on back keeps him awake.',
    'low back pain 3 wk, mechanical. Back itchy from eczema, keeps him awake.',
    // A sentence opening with it after one about something else.
    'low back pain 3 wk, mechanical. Bad cough this week. Keeps him awake.',
    'low back pain 3 wk, mechanical. Eczema bad at the moment. Keeps him awake.',
    'low back pain 3 wk, mechanical. Stressed about exams. Keeps him awake most nights.',
    'low back pain 3 wk, worse after football. Asthma flare. Keeps him up at night.',
    // Rarely.
    'low back pain 3 wk, mechanical; rarely keeps him awake.',
  ]) {
    it(`HPI: "${text}" is no night pain`, () => assert.notEqual(nightPain(...hpi(text)), 'present'));
  }
  for (const told of ['Teething. Keeps her awake.', 'Colic. Disrupts her sleep.']) {
    it(`"${told}" after a dimple is no night pain`, () => assert.notEqual(nightPain('Age: 7 mo', `Hx: deep sacral dimple. ${told}`, 'Order: US L-spine'), 'present'));
  }
  for (const value of [
    'no longer keeps him awake.',
    'no longer keeps him awake; no fever.',
    '?keeps him awake - mum unsure.',
    'does it disturb his sleep? not asked.',
    'none (sleep disrupted by exam stress).',
    'nil; teething sibling disrupts his sleep.',
  ]) {
    it(`Red flags: "${value}" is no night pain`, () => assert.notEqual(nightPain(...flags(value)), 'present'));
  }
});

describe('r30 review 2 (M2): sleep lost to the back pain stays night pain', () => {
  for (const text of [
    'low back pain 3 wk, keeps him awake at night.',
    'low back pain 3 wk, mechanical. Keeps him awake.',
    'low back pain 3 wk, worse at night. Now also keeps him awake.',
    'low back pain 3 wk, mechanical. The pain keeps him awake, worse after cricket.',
    'low back pain 3 wk, mechanical. Knee pain from Osgood-Schlatter. Back pain keeps him awake.',
    'low back pain 3 wk, mechanical. Headaches and back pain - both keep him awake.',
    'low back pain 3 wk, mechanical. Ibuprofen helps, though it still keeps him awake some nights.',
    'low back pain 3 wk, mechanical. Sleep disrupted by the pain.',
    'low back pain 3 wk, mechanical. Trouble sleeping because of his back.',
    'low back pain 3 wk, mechanical. His back keeps him awake.',
  ]) {
    it(`HPI: "${text}" is night pain`, () => assert.equal(nightPain(...hpi(text)), 'present'));
  }
  for (const value of ['keeps him awake.', 'fever; disturbing his sleep.']) {
    it(`Red flags: "${value}" is night pain`, () => assert.equal(nightPain(...flags(value)), 'present'));
  }
});

/** The most recent spinal US read ('none' when there is none). */
function priorUs(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}
const prior = (told: string) => ['Age: 5 mo', 'Hx: midline lumbar hypopigmented patch.', `Prior: ${told}`, 'Neuro: normal', 'Order: MRI L-spine w/o contrast'];
const patch = (told: string) => ['Age: 5 mo', `Hx: midline lumbar hypopigmented patch. ${told}`, 'Neuro: normal', 'Order: MRI L-spine w/o contrast'];

describe('r30 review 2 (M3): a repeat advised, planned or guessed at leaves a limited spinal US limited', () => {
  for (const told of [
    'spinal US at 6 wk limited - repeat in 4 wk to confirm conus normal.',
    'spinal US at 6 wk limited; repeat advised to confirm normal conus - not done.',
    'spinal US at 6 wk limited; repeat recommended if concerns, conus probably normal.',
    'spinal US at 6 wk inadequate; repeat booked, normal conus expected.',
    'spinal US at 6 wk inadequate; the repeat would probably be normal.',
    'spinal US at 6 wk inadequate; repeat planned, should be normal.',
  ]) {
    it(`Prior: "${told}" is indeterminate`, () => assert.equal(priorUs(...prior(told)), 'indeterminate'));
  }
  it('no imaging-after-normal-ultrasound after "limited - repeat in 4 wk to confirm conus normal"', () =>
    assert.ok(
      !readNote(
        'Age: 5 mo',
        'Skin: single sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen.',
        'Prior: spinal US at 6 wk limited - repeat in 4 wk to confirm conus normal.',
        'Neuro: normal',
        'Order: MRI L-spine w/o contrast',
      ).rules.includes('imaging-after-normal-ultrasound'),
    ));
});

describe('r30 review 2 (M3): a repeat done and told replaces the limited spinal US', () => {
  for (const told of [
    'Spinal US at 6 wk poor quality. Repeat at 3 mo: conus L1, normal.',
    'Spinal US at 6 wk inadequate (unsettled). Repeated at 10 wk: normal conus L1.',
    'Spinal US at 6 wk limited by motion. Repeat at 3 mo normal.',
    'Spinal US at 2 mo limited by motion; repeated at 3 mo - complete and normal.',
  ]) {
    it(`"${told}" is normal`, () => assert.equal(priorUs(...patch(told)), 'normal'));
  }
  for (const told of ['spinal US at 6 wk abandoned (unsettled); repeat under sedation normal.', 'spinal US at 6 wk inadequate (unsettled); repeat at 8 wk complete and normal.']) {
    it(`Prior: "${told}" is normal`, () => assert.equal(priorUs(...prior(told)), 'normal'));
  }
  it('"inadequate; repeat at 3 mo: tethered cord" is abnormal', () => assert.equal(priorUs(...prior('spinal US at 6 wk inadequate; repeat at 3 mo: tethered cord.')), 'abnormal'));
  it('"Repeat at 3 mo: conus at L3" in the next sentence is abnormal', () =>
    assert.equal(priorUs(...patch('Spinal US at 6 wk limited by motion. Repeat at 3 mo: conus at L3.')), 'abnormal'));
});
