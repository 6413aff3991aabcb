/**
 * Orders written as plans, requests, keys that are not "Order:", and orders declined or changed (held-out sets 33 and 34):
 * a prior-authorization form's "CPT requested:", the investigations heading joined to the treatment's ("Rx/Ix:"), a study
 * named for the patient it is made for ("neonatal spine ultrasound"), the writer's own request under "Ix:", a request changed
 * from one study to another, a study recommended and refused, a closing "Label: study" that says what it is for, and a study
 * unavailable with another done in its place.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const DIMPLE = '15 mo M, sacral dimple deep, 7mm, 3cm from the anus. Spinal US at 3 mo indeterminate.\nNeuro exam normal, walking.';
const BACK = 'Age: 8 y\nLow back pain for about a week, no clear cause. No fever. Examination today was normal including neurology.';
const SURVIVOR = 'Onc survivor clinic. 10 yo, neuroblastoma (thoracic paraspinal) dx age 2, off tx. No back pain, no new sx. Neuro exam nl.';
const DISCITIS = '8 yo M: 4 d back pain, fever 39.2, refusing to walk, CRP 148. Tender L4. ?discitis/osteomyelitis.\nNeuro: moving legs, reflexes nl.';

describe('orders written as plans, requests and other keys (round 33)', () => {
  describe('a prior-authorization form names the study requested under its own keys', () => {
    const READ: [string, string][] = [
      ['CPT requested: 72158 - MRI lumbar spine without and with contrast', 'mri-area-without-and-with'],
      ['CPT code requested: 72148', 'mri-area-without'],
      ['Procedure requested: MRI L-spine w/o', 'mri-area-without'],
      ['Service requested: spinal ultrasound', 'us-area'],
      ['Requested procedure: XR lumbar spine 2 views', 'xr-area'],
    ];
    for (const [line, id] of READ)
      it(`"${line}" orders ${id}`, () => {
        assert.equal(orderOf('Prior auth form', 'Patient age: 14 y', 'Dx: mechanical low back pain, 3 wks', line), id);
      });
    it('"CPT requested:" is the Order key, not an unknown one', () => {
      const r = readNote(
        'Patient age: 14 y',
        'Dx: mechanical low back pain (overuse, competitive swimmer), 3 wks',
        'CPT requested: 72158 - MRI lumbar spine without and with contrast',
      );
      assert.ok(!r.rules.includes('unknown-key'), r.rules.join());
      assert.ok(!r.rules.includes('missing-order'), r.rules.join());
    });
  });

  describe('"Ix:" and "Rx/Ix:": the investigations, to do or done', () => {
    const HAIR = 'Age: 6 mo\nReason: hairy patch lower back, mother asking for scan\nO/E: tuft of fine hair at L5, no dimple. Normal tone, DTR N.';
    it('"Rx/Ix: US spine" orders the ultrasound', () => {
      assert.equal(orderOf(HAIR, 'Rx/Ix: US spine'), 'us-area');
      assert.equal(orderOf(HAIR, 'Mx/Ix: MRI lumbar spine without contrast'), 'mri-area-without');
    });
    it('"Rx/Ix:" with a study done or none orders nothing, and "Rx:" alone is no order key', () => {
      assert.equal(orderOf(HAIR, 'Rx/Ix: US spine normal at birth. Reassure.'), 'none');
      assert.equal(orderOf(HAIR, 'Ix/Rx: spinal US done 2 wk ago - normal; reassure'), 'none');
      assert.equal(orderOf(HAIR, 'Mx/Ix: reassure, no imaging'), 'none');
      assert.equal(orderOf(HAIR, 'Rx: paracetamol'), 'none');
    });
    it('a study named for the patient it is made for ("neonatal", "infant", "newborn") is the study', () => {
      const WARD = 'Postnatal ward, day 3 of life, baby girl.\nSkin tag at the upper end of the gluteal cleft with a small dimple next to it.\nNormal tone, moving all 4 limbs.';
      assert.equal(orderOf(WARD, 'Ix: neonatal spine ultrasound before discharge if possible, else OP.'), 'us-area');
      assert.equal(orderOf(WARD, 'Ix: newborn spinal ultrasound'), 'us-area');
      assert.equal(orderOf(WARD, 'Booked: infant spine ultrasound, high-frequency linear probe, prone.'), 'us-area');
      // A newborn's screen that is no study of the spine is still none.
      assert.equal(orderOf(WARD, 'Ix: newborn hearing screen passed'), 'none');
    });
    it('"Ix: I have requested an MRI of the lumbar spine …" is the writer\'s own request, the family\'s worry notwithstanding', () => {
      const r = readNote(BACK, 'Ix: I have requested an MRI of the lumbar spine without contrast as mum is very anxious.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.ok(r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
      assert.equal(orderOf(BACK, 'Investigations: we have arranged an XR of the lumbar spine.'), 'xr-area');
    });
    it('under "Ix:", a request told past with its result, denied, conditioned or of another region orders nothing', () => {
      assert.equal(orderOf(BACK, 'Ix: I had requested an MRI of the lumbar spine in 2023 - normal.'), 'none');
      assert.equal(orderOf(BACK, 'Ix: I have not requested an MRI of the lumbar spine.'), 'none');
      assert.equal(orderOf(BACK, 'Ix: We will request an MRI of the lumbar spine if no better.'), 'none');
      assert.equal(orderOf(BACK, 'Ix: I have requested an MRI of the brain.'), 'none');
    });
  });

  describe('"Ix:" with a study told done beside a plan that names the study to do', () => {
    const TUFT = 'Age: 4 mo\nReason: hairy patch lower back\nO/E: tuft of hair at L5, no dimple. Normal tone.';
    it('"Ix: US spine indeterminate" / "Plan: MRI L-spine w/o" orders the MRI and reads the US as an indeterminate prior', () => {
      const r = readNote(TUFT, 'Ix: US spine indeterminate', 'Plan: MRI L-spine w/o');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.equal(r.facts.prior[0]?.result, 'indeterminate');
      assert.equal(orderOf(TUFT, 'Investigations: spinal US equivocal', 'Plan: MRI lumbar spine without contrast'), 'mri-area-without');
    });
    it('alone, or beside a plan that names no study, "Ix:" still orders its study', () => {
      assert.equal(orderOf(TUFT, 'Ix: US spine'), 'us-area');
      assert.equal(orderOf(TUFT, 'Ix: US spine', 'Plan: review in 4 weeks'), 'us-area');
      assert.equal(orderOf(TUFT, 'Ix: US spine normal'), 'none');
    });
  });

  describe('a request changed from one study to another orders the study changed to', () => {
    const TAG = 'Clinical: 2 mo F, skin tag at the top of the gluteal cleft, normal neuro exam.';
    it('"request changed from XR lumbosacral spine to US spine" orders the US, not the XR', () => {
      const r = readNote(
        'Protocol note: request changed from XR lumbosacral spine to US spine after d/w referrer (Dr Kaur).',
        'Clinical: 2 mo F, skin tag at the top of the gluteal cleft, referrer reports normal neuro exam. No previous spinal imaging.',
        'Booked: infant spine ultrasound, high-frequency linear probe, prone.',
      );
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.ok(!r.rules.includes('inappropriate-initial-study'), r.rules.join());
      assert.equal(orderOf(TAG, 'Changed from XR L-spine to MRI L-spine w/o.'), 'mri-area-without');
    });
    it('a change left pending keeps the study first requested, and a change of views is none of the study', () => {
      assert.equal(orderOf(TAG, 'Request changed from XR lumbosacral spine to US spine? awaiting approval'), 'xr-area');
      assert.equal(orderOf(TAG, 'XR changed from AP to lateral'), 'none');
    });
  });

  describe('a study recommended and refused in its own sentence is no order', () => {
    const NONE = [
      'MRI recommended but parents declined today - want to wait. Will revisit at next appt in 3 mo.',
      'MRI L-spine recommended - parents want to wait',
      'MRI recommended but parents declined.',
    ];
    for (const line of NONE)
      it(`"${line}" orders nothing`, () => {
        const r = readNote(DIMPLE, line);
        assert.equal(r.facts.order, undefined);
        assert.ok(r.rules.includes('missing-order'), r.rules.join());
      });
    it('a study agreed to after a dash is still ordered', () => {
      assert.equal(orderOf(DIMPLE, 'MRI L-spine w/o - parents agree'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'MRI L-spine w/o. Neurosurgery consulted.'), 'mri-area-without');
    });
  });

  describe('a closing "Label: study" whose label says what it is for', () => {
    it('"Routine surveillance: MRI whole spine without and with IV contrast." orders the MRI', () => {
      assert.equal(orderOf(SURVIVOR, 'Routine surveillance: MRI whole spine without and with IV contrast.'), 'mri-complete-without-and-with');
    });
    it('"…, after discussion: MRI L-spine w/o." orders the MRI', () => {
      const HEM = '11 mo F - small 1 cm haemangioma over the sacrum, spinal US at 1 mo normal. Developing normally, neuro WNL.';
      assert.equal(orderOf(HEM, 'Parents requesting further imaging, after discussion: MRI L-spine w/o.'), 'mri-area-without');
    });
    const NONE = [
      'Routine surveillance: MRI whole spine 03/2024 clear.',
      'Surveillance: MRI whole spine normal.',
      'Surveillance: MRI whole spine if symptoms recur.',
      'Surveillance: MRI whole spine - parents declined.',
      'Surveillance: MRI whole spine done last month.',
      'Previous imaging: MRI whole spine w/wo.',
      'After discussion: no imaging, reassure.',
    ];
    for (const line of NONE)
      it(`"${line}" orders nothing`, () => {
        assert.equal(orderOf(SURVIVOR, line), 'none');
      });
  });

  describe('a study unavailable with another done in its place', () => {
    it('"MRI not available until Monday - CT lumbar spine with contrast today." orders the CT', () => {
      const r = readNote(DISCITIS, 'MRI not available until Monday - CT lumbar spine with contrast today.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-with');
      assert.equal(orderOf(DISCITIS, 'MRI L-spine not indicated - XR L-spine 2 views'), 'xr-area');
    });
    it('the study after the dash told done, or a study offered in case, is not taken in place', () => {
      assert.equal(orderOf(DISCITIS, 'MRI not available until Monday - CT lumbar spine with contrast done, no collection.'), 'none');
      assert.equal(orderOf(DISCITIS, 'MRI L-spine w/wo - CT if unavailable'), 'mri-area-without-and-with');
    });
  });
});
