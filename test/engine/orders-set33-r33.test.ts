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

  describe('mends after review (round 33)', () => {
    const INFANT = ['Pt: 6 wk old boy', 'Findings: deep sacral dimple, above gluteal cleft', 'Neuro: normal'];
    const GIRL = 'Pt: 5 wk old girl. Deep sacral dimple above cleft. Neuro normal.';
    describe('a form\'s request pane ("CPT requested:", "Procedure requested:") never beats the note\'s own order', () => {
      it('"Service requested:" names the team asked, not a study', () => {
        const r = readNote(...INFANT.map((l) => l.replace('6 wk old boy', '5 wk old girl')), 'Service requested: Neurosurgery', 'Order: XR lumbar spine 2 views');
        assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
        assert.ok(!r.rules.includes('duplicate-key'), r.rules.join());
        assert.equal(orderOf(GIRL, 'Order: MRI L-spine w/o', 'Service requested: Radiology - MRI'), 'mri-area-without');
      });
      it('a pane naming no imaging ("CPT requested: 99213", "Procedure requested: lumbar puncture") leaves the plan\'s study the order', () => {
        for (const pane of ['CPT requested: 99213', 'Procedure requested: lumbar puncture']) {
          const r = readNote(...INFANT, pane, 'Plan: US spine');
          assert.equal(r.facts.order?.reading.procedure?.id, 'us-area', pane);
          assert.ok(!r.rules.includes('duplicate-key') && !r.rules.includes('unrecognized-order'), `${pane}: ${r.rules.join()}`);
        }
        const r = readNote(...INFANT, 'CPT requested: 99213', 'Order: US spine');
        assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
        assert.ok(!r.rules.includes('duplicate-key') && !r.rules.includes('unrecognized-order'), r.rules.join());
      });
      it('an explicit "Order:" or "Imaging requested:" beats a pane naming another study', () => {
        const r = readNote(GIRL, 'Procedure requested: US spine', 'Order: XR lumbar spine 2 views');
        assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
        assert.ok(r.rules.includes('inappropriate-initial-study') && !r.rules.includes('duplicate-key'), r.rules.join());
        assert.equal(orderOf(GIRL, 'CPT requested: 72148', 'Imaging requested: US spine'), 'us-area');
      });
      it('an outside report\'s "Requested procedure:" above its impression is a study done, not the order', () => {
        const r = readNote(
          'Pt: 5 wk old girl',
          'Findings: deep sacral dimple above cleft',
          'Neuro: normal',
          'Outside report from birth hospital:',
          'Requested procedure: US spine',
          'Impression: technically limited, conus not seen.',
          'Order: XR lumbar spine 2 views',
        );
        assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      });
      it('a pane alone still orders its study', () => {
        assert.equal(orderOf(...INFANT, 'CPT requested: 76800 - US spinal canal'), 'us-area');
        assert.equal(orderOf(...INFANT, 'Procedure requested: MRI lumbar spine without contrast'), 'mri-area-without');
      });
    });

    describe('a refusal cancels only the study refused', () => {
      const ORDERED: [string, string][] = [
        ['MRI L-spine w/o - parents refused GA, so feed and wrap.', 'mri-area-without'],
        ['US spine today - parents refused blood tests.', 'us-area'],
        ['US spine this week, mum refused referral to plastics.', 'us-area'],
        ['MRI L-spine w/o - dad refused sedation so feed and wrap.', 'mri-area-without'],
        ['Plan: US spine today - parents refused bloods.', 'us-area'],
      ];
      for (const [line, id] of ORDERED)
        it(`"${line}" orders ${id}`, () => {
          assert.equal(orderOf(GIRL, line), id);
        });
      for (const line of [
        'MRI recommended but parents declined today - want to wait. Will revisit at next appt in 3 mo.',
        'US spine recommended but parents declined today - want to wait.',
        'After discussion: MRI L-spine w/o would be reasonable but parents want to wait.',
      ])
        it(`"${line}" still orders nothing`, () => {
          assert.equal(orderOf(GIRL, line), 'none');
        });
    });

    describe('"Ix:" the writer\'s request for a record or for another person is no order', () => {
      it('"We have requested the MRI lumbar spine report from …" orders nothing', () => {
        assert.equal(orderOf(GIRL, "Ix: We have requested the MRI lumbar spine report from Birmingham Children's."), 'none');
      });
      it('"… for her older brother" orders nothing; "as mum is very anxious" still orders', () => {
        assert.equal(orderOf(GIRL, 'Ix: I have requested an MRI of the lumbar spine without contrast for her older brother.'), 'none');
        assert.equal(orderOf(GIRL, 'Ix: I have requested an MRI of the lumbar spine without contrast as mum is very anxious.'), 'mri-area-without');
        assert.equal(orderOf(GIRL, "Ix: I have requested an MRI of the lumbar spine without contrast for mum's reassurance."), 'mri-area-without');
      });
    });

    describe('a study under a purpose label that is conditioned, ahead in time or told with its result is no order', () => {
      const NF1 = '9yo with NF1, known plexiform neurofibroma. Neuro stable.';
      for (const line of ['Routine surveillance: MRI whole spine in 12 months if stable.', 'Routine surveillance: MRI whole spine w/wo 6-monthly.'])
        it(`"${line}" orders nothing`, () => {
          assert.equal(orderOf(NF1, line), 'none');
        });
      for (const line of [
        'Routine surveillance: MRI L-spine w/o in 12 months if dimple changes.',
        'Routine surveillance: MRI L-spine w/o if symptoms develop.',
        'Routine surveillance: MRI L-spine w/o at age 2.',
        'Screening: MRI L-spine w/o - fatty filum, referred to NSx.',
        'Screening: MRI L-spine w/o showed a fatty filum.',
        'After discussion: MRI L-spine w/o at 6 months.',
      ])
        it(`"${line}" orders nothing`, () => {
          assert.equal(orderOf(GIRL, line), 'none');
        });
      it('a purpose label over a study to do now still orders it', () => {
        assert.equal(orderOf(NF1, 'Routine surveillance: MRI whole spine without and with IV contrast.'), 'mri-complete-without-and-with');
        assert.equal(orderOf(GIRL, 'Parents requesting further imaging, after discussion: MRI L-spine w/o.'), 'mri-area-without');
      });
    });

    describe('"Rx/Ix:" reads as "Ix:" does, losing nothing', () => {
      const OPD = 'OPD. 11 yr boy, LBP 6 wks, worse at night. No fever. Neuro: normal.';
      it('"Rx/Ix: X-ray LS spine NAD. MRI LS spine w/o." orders the MRI', () => {
        for (const key of ['Rx/Ix', 'Mx/Ix']) assert.equal(orderOf(OPD, `${key}: X-ray LS spine NAD. MRI LS spine w/o.`), 'mri-area-without', key);
        assert.equal(orderOf(OPD, 'Rx/Ix: MRI LS spine w/o; ibuprofen'), 'mri-area-without');
      });
      it('"Rx/Ix: Hb 11, US spine normal" reads a normal prior ultrasound', () => {
        const r = readNote(GIRL, 'Rx/Ix: Hb 11, US spine normal');
        assert.equal(r.facts.prior[0]?.result, 'normal');
        assert.equal(r.facts.order, undefined);
        const o = readNote(GIRL, 'Rx/Ix: Hb 11, US spine normal', 'Order: MRI L-spine w/o');
        assert.equal(o.facts.prior[0]?.result, 'normal');
        assert.equal(o.facts.order?.reading.procedure?.id, 'mri-area-without');
      });
      it('"Mx/Ix: reassure, US spine if persists" orders nothing and reports no unknown key', () => {
        const r = readNote(...INFANT, 'Mx/Ix: reassure, US spine if persists');
        assert.equal(r.facts.order, undefined);
        assert.ok(!r.rules.includes('unknown-key'), r.rules.join());
      });
    });

    describe('a change told unsettled after its study keeps the study first requested', () => {
      it('"request changed from XR L-spine to US spine; referrer not yet agreed" keeps the XR', () => {
        assert.equal(orderOf(GIRL, 'Protocol note: request changed from XR L-spine to US spine; referrer not yet agreed.'), 'xr-area');
        assert.equal(orderOf(GIRL, 'Protocol note: request changed from XR L-spine to US spine, awaiting referrer.'), 'xr-area');
      });
      it('a change made still orders the study changed to', () => {
        assert.equal(orderOf(GIRL, 'Protocol note: request changed from XR L-spine to US spine.'), 'us-area');
      });
    });
  });
});
