/**
 * Round 47's held-out set 94 (paediatric neurology, neurosurgery and urology clinics) with the abnormal-ultrasound and
 * referral readings of sets 89 and 90: an earlier spinal ultrasound told with its result and a next step after it, a
 * report's findings that "suggest" a diagnosis, a family's wish to wait on the neurosurgery referral, and a low back
 * strained without a possessive. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const DIMPLE = ['18 month old M', 'Deep sacral dimple above the cleft.'];
const PLAN = 'Plan: MRI lumbar spine w/o contrast.';
const priorsOf = (...lines: string[]) => (readNote(...lines).facts.prior ?? []).map((p) => `${p.modality}:${p.result}`);
const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('a spinal ultrasound told with its result, then a follow-up planned after a dash (s94)', () => {
  it('reads "showed low lying conus at L3 - f/u was planned but family moved" as an abnormal ultrasound done', () => {
    const told = 'Birth spinal u/s (for deep sacral dimple above the cleft) showed low lying conus at L3 - f/u was planned but family moved, lost to follow up.';
    assert.deepEqual(priorsOf(...DIMPLE, told, PLAN), ['US:abnormal']);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US showed conus at L3 - repeat was planned.', PLAN), ['US:abnormal']);
    const r = readNote('Urology clinic', ...DIMPLE, told, 'Plan: repeat spinal US + renal/bladder US in 3 months.');
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'));
    assert.ok(r.rules.includes('next-study-after-ultrasound'));
  });

  it('leaves a study planned, or one with no result before the follow-up, undone', () => {
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US - f/u planned.', PLAN), []);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US at birth - planned but not done.', PLAN), []);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US was planned - family moved.', PLAN), []);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US at birth - repeat was planned, not done.', PLAN), []);
  });

  it('reads "showed a low-lying conus, f/u never happened": the follow-up, not the study, never happened', () => {
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US showed a low-lying conus, f/u never happened.', PLAN), ['US:abnormal']);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US never done.', PLAN), []);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US was never done; repeat never happened.', PLAN), []);
    assert.deepEqual(priorsOf(...DIMPLE, 'Spinal US at birth normal - f/u never happened.', PLAN), ['US:normal']);
  });

  it('leaves a study booked, asked for or hypothetical whose follow-up never happened undone (review r47-C)', () => {
    const INFANT = ['6 wk old F', 'Deep sacral dimple above the cleft.'];
    for (const told of [
      'Spinal US booked at birth - f/u never happened.',
      'Referred for spinal US at birth, follow up never happened.',
      'Would have had spinal US but f/u never happened.',
      'Spinal US at birth - follow up never happened.',
    ]) {
      const r = readNote(...INFANT, told, PLAN);
      assert.deepEqual(r.facts.prior ?? [], [], told);
      assert.ok(r.rules.includes('mri-first-in-young-infant'), told);
    }
  });

  it('reads a twin’s spinal US as a sibling’s, none of the child’s (review r47-C, old)', () => {
    assert.deepEqual(priorsOf('6 wk old F', 'Deep sacral dimple above the cleft.', "Twin's spinal US showed low conus.", PLAN), []);
    assert.deepEqual(priorsOf('6 wk old F', 'Deep sacral dimple above the cleft.', "Her twin sister's spinal US showed low conus.", PLAN), []);
  });
});

describe('a report’s findings that suggest a diagnosis (s89)', () => {
  const SKIN = ['GP note. 2 mo boy, small skin tag ("tail") at top of natal cleft.'];
  it('reads "findings suggest tethered cord" as the report of a study done, not advice', () => {
    const told = 'Had spinal US at City Hosp last week - report: "conus terminates at L3, filum thickened 3mm, findings suggest tethered cord".';
    const r = readNote(
      ...SKIN,
      told,
      'Baby well, neuro exam normal.',
      'Not referred anywhere yet - will discuss with parents next visit.',
      'Ordering XR spine to look at the bones first.',
    );
    assert.deepEqual(
      r.facts.prior?.map((p) => `${p.modality}:${p.result}`),
      ['US:abnormal'],
    );
    assert.ok(r.rules.includes('next-study-after-ultrasound'));
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'));
    assert.ok(!r.rules.includes('inappropriate-initial-study'));
    assert.deepEqual(priorsOf(...SKIN, 'Spinal US last week: appearances suggest a fatty filum.', PLAN), ['US:abnormal']);
  });

  it('still reads "suggest" as advice of a study to do', () => {
    assert.deepEqual(priorsOf(...SKIN, 'Suggest spinal US.', PLAN), []);
    assert.deepEqual(priorsOf(...SKIN, 'I suggest a spinal US.', PLAN), []);
    assert.deepEqual(priorsOf(...SKIN, 'Radiology suggest spinal US first.', PLAN), []);
  });
});

describe('a wish to wait on the neurosurgery referral (s90)', () => {
  const US = ['6mo male, deep sacral dimple ~1cm above the gluteal cleft.', 'US spine 2 wks ago: conus ends at L3, thickened filum.'];
  it('reads "family prefer to wait on the NSGY referral for now" as no referral', () => {
    const wait = 'Parents would like a second opinion before any surgical referral - family prefer to wait on the NSGY referral for now.';
    assert.equal(referred(...US, wait, PLAN), false);
    assert.ok(readNote(...US, wait, 'Neuro exam normal.', PLAN).rules.includes('referral-after-abnormal-ultrasound'));
    assert.equal(referred(...US, 'Family would rather wait on the neurosurgery referral.', PLAN), false);
    assert.equal(referred(...US, 'Mum wants to wait before a neurosurgery referral.', PLAN), false);
  });

  it('keeps a referral made beside a wait for its appointment or one agreed', () => {
    assert.equal(referred(...US, 'Referred to NSGY, family prefer to wait for the appointment after the holidays.', PLAN), true);
    assert.equal(referred(...US, 'NSGY referral sent. Family prefer to wait on the MRI until after Christmas.', PLAN), true);
    assert.equal(referred(...US, 'Refer to NSGY today - mum would rather wait but agreed.', PLAN), true);
    assert.equal(referred(...US, 'Referred to neurosurgery.', PLAN), true);
  });

  it("keeps a referral told made anywhere in the wait's sentence (review r47 second review; position rule taken out)", () => {
    for (const made of [
      'Lumbar dimple. Keen to wait - referred to NSGY anyway as deep pit.',
      'Deep lumbar pit. Parents agreed to wait, NSGY referral sent.',
      'Deep lumbar pit. NSGY referral - mum would rather wait; explained, referral faxed.',
    ]) {
      assert.equal(referred(...US, made, PLAN), true, made);
      assert.ok(!readNote(...US, made, 'Neuro exam normal.', PLAN).rules.includes('referral-after-abnormal-ultrasound'), made);
    }
    assert.equal(referred(...US, 'Parents keen to wait on the neurosurgery referral.', PLAN), false);
  });
});

describe('a low back strained without a possessive, and a back strain (s94)', () => {
  it('reads "Strained low back deadlifting at the gym" as back pain from overuse', () => {
    const r = readNote(
      '17yo M. Strained low back deadlifting at the gym 1 wk ago. Mechanical pain, no radiation, no night pain, no fever. Neuro nl.',
      'MRI lumbar spine w/o please.',
    );
    assert.equal(r.scenario, 'back-pain-overuse');
    assert.ok(!r.rules.includes('no-criteria-apply'));
    assert.ok(presentIn('back-pain', '12yo M. Low back strain. Neuro nl.', 'XR L spine'));
    assert.ok(presentIn('back-pain', '12yo M. A/P: lumbar strain. Neuro nl.', 'XR L spine'));
  });

  it('leaves a denied strain, a relative’s, a past one, a hamstring’s and a restrained passenger', () => {
    assert.ok(!presentIn('back-pain', '12yo M. No back strain. Hair tuft.', 'MRI lumbar spine.'));
    assert.ok(!presentIn('back-pain', '12yo M. Mom strained her back moving furniture; he has no pain. Neuro nl.', 'XR L spine.'));
    assert.ok(!presentIn('back-pain', '12yo F. Dad has chronic lumbar strain. Hair tuft.', 'US spine'));
    assert.ok(!presentIn('back-pain', '12yo M. Lumbar strain 2 years ago, resolved. Now neck pain.', 'XR C spine'));
    assert.ok(!presentIn('back-pain', '12yo M. Hamstring strain.', 'XR L spine'));
    assert.ok(!presentIn('back-pain', '12 yo restrained back-seat passenger, MVC. Neuro nl.', 'XR L spine.'));
  });

  it('leaves a strain prevented, avoided, advised on, at risk of or one something may cause (review r47-C)', () => {
    const r = readNote('13 yo F scoliosis screening. Discussed posture to prevent lumbar strain. No back pain.', 'XR scoliosis series.');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
    assert.notEqual(r.scenario, 'back-pain-overuse');
    for (const told of [
      '13 yo F. Advised on lifting to avoid lumbar strain.',
      '13 yo F. Heavy backpack may cause back strain; none now.',
      '13 yo F. Mum advised to avoid back strain when lifting her.',
      '13 yo F. at risk of lumbar strain. No pain.',
    ])
      assert.ok(!presentIn('back-pain', told, 'XR L spine'), told);
    assert.ok(presentIn('back-pain', '13 yo F. Lumbar strain lifting boxes 1 wk ago, advised to avoid heavy lifting.', 'XR L spine'));
  });
});
