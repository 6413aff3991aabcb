/**
 * Review j-b: orders, prior studies and referrals read wrongly after the round that taught the reader
 * statements of no imaging, studies of other regions, region-first and dash orders, and deferred referrals.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const priorOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality} ${p.result}`);
const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('review j-b: a statement of no imaging', () => {
  it('about imaging from elsewhere available for review is no statement that none is ordered', () => {
    assert.equal(
      orderOf('Pt: 14 yo F', 'HPI: LBP 8 wk, wakes her at night. No imaging from the ED available for review.', 'Plan: NSAIDs, MRI lumbar spine w/o, f/u 2 wk.'),
      'mri-area-without',
    );
  });
  it('of another region, or of a kind of imaging only, leaves the study the note orders', () => {
    assert.equal(
      orderOf('Pt: 13 yo M', 'HPI: LBP 6 wk, night pain, weight loss.', 'Plan: PT referral, MRI L-spine w/o, f/u 4 wk. No imaging needed for the knee.'),
      'mri-area-without',
    );
    assert.equal(orderOf('Pt: 4 mo', 'Findings: deep dimple above the cleft.', 'Plan: Obtain US lumbar spine. No imaging at this time for the hips.'), 'us-area');
    assert.equal(orderOf('Pt: 10 yo', 'HPI: LBP 4 wk, night pain.', 'Plan: Labs, XR lumbar spine 2 views. Not ordering advanced imaging today.'), 'xr-area');
  });
  it("another clinician's or visit's is not this note's", () => {
    const plan = 'Plan: NSAIDs, MRI L-spine w/o, f/u 2 wk.';
    assert.equal(orderOf('Pt: 13 yo', 'HPI: LBP 6 wk, night pain. PCP did not order imaging.', plan), 'mri-area-without');
    assert.equal(orderOf('Pt: 13 yo', 'HPI: LBP 6 wk, night pain. Seen at urgent care 3 d ago; no imaging was ordered.', plan), 'mri-area-without');
    assert.equal(orderOf('Pt: 13 yo', 'HPI: LBP 6 wk, night pain. Seen in the ED yesterday, imaging not ordered.', plan), 'mri-area-without');
  });
  it('still holds in the writer’s voice, and "by us" is no ultrasound', () => {
    assert.equal(orderOf('Pt: 4 mo', 'Findings: deep dimple above the cleft.', 'HPI: PCP recommended spinal US.', 'Plan: no imaging ordered by us, PCP to arrange.'), 'none');
    assert.equal(orderOf('Pt: 13 yo', 'HPI: LBP 3 wk, no red flags.', 'Plan: PT. No imaging ordered by us today.'), 'none');
    assert.equal(orderOf('Pt: 13 yo', 'HPI: LBP 3 wk, no red flags.', 'Plan: PT, NSAIDs; call us if worse.'), 'none');
    assert.equal(orderOf('Pt: 13 yo', 'HPI: LBP 6 wk, night pain. Mom asks for MRI.', 'Plan: NSAIDs. I did not order imaging today.'), 'none');
    assert.equal(orderOf('Pt: 4 mo', 'Findings: deep dimple above the cleft.', 'Plan: order us spine today.'), 'us-area');
  });
});

describe('review j-b: a prior study naming another region beside the spine', () => {
  it('is still a spine study when the spine is in its bracket or its list of regions', () => {
    assert.deepEqual(priorOf('Pt: 2 mo', 'Findings: deep dimple above the cleft, hair tuft.', 'HPI: US (renal, spine) at 1 wk normal.', 'Plan: reassure'), ['US normal']);
    const n = readNote('Pt: 13 yo', 'HPI: LBP 6 wk, night pain. XR pelvis, L-spine: normal.', 'Plan: MRI L-spine w/o');
    assert.deepEqual(
      n.facts.prior.map((p) => `${p.modality} ${p.result}`),
      ['XR normal'],
    );
    assert.equal(n.scenario, 'back-pain-red-flags-negative-radiographs');
  });
  it('a study of another region alone is still none', () => {
    assert.deepEqual(priorOf('Pt: 2 mo', 'Findings: simple dimple', 'HPI: renal US at 1 wk: mild hydronephrosis.', 'Plan: reassure'), []);
  });
});

describe('review j-b: a study told with its result in the next clause', () => {
  it('is no order, named region first, modality first or as a scoliosis series', () => {
    assert.equal(orderOf('HPI: 11 yo F, LBP 3 wk, rib hump on Adams. Scoliosis series ordered by PCP, normal.'), 'none');
    assert.equal(orderOf('HPI: 12 y/o back pain x 2 wk. L-spine XR ordered by PCP, showed spondylolysis.'), 'none');
    assert.equal(orderOf('HPI: 12 y/o back pain x 2 wk. XR L-spine ordered by PCP, negative.'), 'none');
    assert.equal(orderOf('HPI: 12 y/o neck pain after MVC. C-spine XR ordered in the ED, read as normal.', 'Plan: soft collar'), 'none');
  });
  it('an order followed by other words still orders', () => {
    assert.equal(orderOf('HPI: 12 y/o back pain x 2 wk. L-spine XR ordered, will call with results.'), 'xr-area');
    assert.equal(orderOf('HPI: 12 y/o neck pain after a fall. C-spine X-rays (AP, lateral) requested.'), 'xr-area');
  });
  it('a study after a dash ordered there or routinely by someone else is no order', () => {
    assert.equal(orderOf('HPI: 12 yo F, LBP 3 wk. Seen by ortho - XR L-spine ordered there, pending.', 'Plan: f/u ortho'), 'none');
    assert.equal(orderOf('HPI: 12 yo F, scoliosis followed by ortho - XR spine ordered yearly by them.', 'Plan: f/u'), 'none');
    assert.equal(orderOf('HPI: 10 yo M, stiff neck x 2 d, no injury. Mom very anxious - XR cervical spine 2 views ordered.'), 'xr-area');
  });
  it('a study still to be done is no prior study', () => {
    assert.deepEqual(priorOf('HPI: 14 yo, LBP 8 wk, night pain. Plan discussed - MRI L-spine to be done this month.'), []);
  });
});

describe('review j-b: a neurosurgery referral made', () => {
  const us = 'Prior imaging: spinal US at 6 wk: conus at L3, tethered cord.';
  it('counts when placed now, whatever else its clause says', () => {
    assert.equal(referred('Pt: 4 mo', us, 'Plan: Neurosurgery referral placed (never seen by NSGY before).'), true);
    assert.equal(referred('Pt: 4 mo', us, 'Plan: Neurosurgery referral was recommended by radiology and has been placed today.'), true);
    assert.equal(referred('Pt: 4 mo', us, 'Plan: Urgent neurosurgery referral - family to keep the baby supine until the appointment.'), true);
    assert.ok(!readNote('Pt: 4 mo', us, 'Plan: Neurosurgery referral placed (never seen by NSGY before).').rules.includes('referral-after-abnormal-ultrasound'));
  });
  it('not when put off, not placed yet, or only recommended by a report', () => {
    assert.equal(referred('Pt: 4 mo', us, 'Plan: Neurosurgery referral not placed yet - awaiting MRI.'), false);
    assert.equal(referred('Pt: 2 yo', 'Plan: MRI L-spine w/o ordered. We will hold off on a neurosurgery referral until the MRI is back.'), false);
    assert.equal(
      referred('Pt: 3 yo', 'HPI: old NICU US showed conus at L3. Report recommended MRI and NSGY - family moved, never done.', 'Plan: MRI lumbar spine w/o now.'),
      false,
    );
  });
});
