/**
 * Earlier studies told the way clinicians write them in follow-up calls and letters: a study ordered before whose
 * result has come, one the family brings from a private clinic, one named after the unit it was done in ("NICU
 * spinal US"), one done at a parent's request; "NAD" closing a radiograph's report, a slip and a pars defect as
 * written elsewhere ("anterolisthesis", "lysis of L5 pars"), "Rx lumbosacral" as a radiograph; and neurosurgery
 * referrals made ("Consult to Ped NS OPD - referral done today") or only conditional ("according to result").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('prior studies whose result has come (r15b)', () => {
  it('a study ordered earlier that "has resulted" is done, read with its result', () =>
    assert.deepEqual(
      priors('5-week-old M.', 'Outpatient spinal US (ordered at nursery discharge for a sacral hair tuft) has resulted: conus ends at L3, filum 2.4 mm.', 'Plan: MRI L-spine w/o.'),
      [['US', 'abnormal']],
    ));
  it('"results are back" and "came back" tell it done too', () => {
    assert.deepEqual(priors('2 mo F, hair tuft.', 'Spinal US ordered by PCP came back normal, conus at L1-L2.', 'Plan: f/u.'), [['US', 'normal']]);
    assert.deepEqual(priors('2 mo F, hair tuft.', 'Spinal US requested last week - results are back: conus at L3, low lying.', 'Plan: MRI L-spine.'), [['US', 'abnormal']]);
  });
  it('a study ordered, then a "Final read:" sentence with a result, is done', () =>
    assert.deepEqual(
      priors(
        '2-month-old girl.',
        'Result pending at discharge: spinal US, ordered for a deep 6 mm dimple. Final read: conus at L2-L3, study limited by motion, filum not well seen - indeterminate.',
        'Plan: repeat spinal US ordered.',
      ),
      [['US', 'indeterminate']],
    ));
  it('a study ordered whose result is still to come is no prior study', () => {
    assert.deepEqual(priors('2 mo F, deep dimple.', 'Spinal US ordered at discharge, result pending.', 'Plan: f/u.'), []);
    assert.deepEqual(priors('2 mo F, deep dimple.', 'Spinal US ordered. Result: pending.', 'Plan: f/u.'), []);
    assert.deepEqual(priors('2 mo F, deep dimple.', 'Labs have resulted: CRP normal. Spinal US ordered.', 'Plan: f/u.'), []);
  });
  it('a study the family brings from a private clinic is done; a child brought in for a study is not', () => {
    assert.deepEqual(
      priors(
        'Lactante male, 3 months, tuft of hair in lumbar region.',
        'Mother brings ecography from private clinic: "study limited, conus medullaris not well visualized, inconclusive".',
        'Plan: MRI.',
      ),
      [['US', 'indeterminate']],
    );
    assert.deepEqual(priors('3 mo M, tuft of hair over the sacrum.', 'Brought in by mother for a spinal US.', 'Order: US spine.'), []);
  });
  it('"NICU spinal US: conus at L3" is an abnormal ultrasound; "NICU spinal US pending" is none', () => {
    assert.deepEqual(
      priors('4 mo F (ex-28 wk).', 'Skin tag at the top of the gluteal cleft. NICU spinal US: conus terminates at L3, filum 2.3 mm - abnormal.', 'Plan: MRI L-spine w/o.'),
      [['US', 'abnormal']],
    );
    assert.deepEqual(priors('4 mo F (ex-28 wk).', 'Skin tag at the top of the gluteal cleft. NICU spinal US pending.', 'Plan: f/u.'), []);
  });
  it("a study done at a parent's request is done; one requested is not", () => {
    assert.deepEqual(priors('4 mo F, sacral dimple 3 mm within the cleft.', "Spinal US done inpatient at mom's request - normal, conus at L1-L2.", 'Plan: MRI L-spine w/o.'), [
      ['US', 'normal'],
    ]);
    assert.deepEqual(priors('4 mo F, sacral dimple 3 mm within the cleft.', 'Spinal US requested by mom.', 'Plan: f/u.'), []);
  });
  it('a study that could be done is none', () =>
    assert.deepEqual(
      priors(
        '2 mo M, large hemangioma over the lumbosacral region.',
        'At 2 months a spinal US could be done first without sedation and would show conus level.',
        'Order: MRI L-spine w/wo.',
      ),
      [],
    ));
});

describe('prior radiographs as written elsewhere (r15b)', () => {
  it('"X-ray LS spine (OPD, last wk): NAD" is a normal radiograph', () =>
    assert.deepEqual(priors('13 y girl c/o LBP since 6/52, radiating to L leg.', 'X-ray LS spine (OPD, last wk): NAD.', 'Plan: MRI LS spine.'), [['XR', 'normal']]));
  it('a slip on "your lateral XR from March" is an abnormal radiograph', () =>
    assert.deepEqual(priors('15 y M, football lineman, grade II L5-S1 spondylolisthesis on your lateral XR from March.', 'Plan: MRI L-spine w/o.'), [['XR', 'abnormal']]));
  it('"Rx lumbosacral with obliques (done in March): bilateral lysis of L5 pars with anterolisthesis" is an abnormal radiograph', () =>
    assert.deepEqual(
      priors(
        'Patient 15 years, female, gymnast. Lumbar pain since 2 months.',
        'Rx lumbosacral with obliques (done in March): bilateral lysis of L5 pars with anterolisthesis grade I of L5 over S1.',
        'Plan: MRI L-spine w/o.',
      ),
      [['XR', 'abnormal']],
    ));
  it('"Rx" as a prescription is no radiograph', () => {
    for (const rx of ['Rx: ceftriaxone 50 mg/kg.', 'Rx: paracetamol 15 mg/kg q6h, done.', 'Rx lumbosacral corset, done last month.']) {
      const n = readNote('15 y F, low back pain for 6 weeks.', rx, 'Plan: MRI L-spine w/o.');
      assert.deepEqual(
        n.facts.prior.map((p) => p.modality),
        [],
        rx,
      );
    }
  });
});

describe('neurosurgery referrals (r15b)', () => {
  it('"Consult to Ped NS OPD - referral done today" is made', () =>
    assert.equal(referred('9 mo M, deep sacral dimple.', 'Plan:', '1. L-spine MRI', '2. Consult to Ped NS OPD - referral done today'), true));
  it('"NS" alone (normal saline) names no neurosurgery', () => assert.equal(referred('9 mo M, deep sacral dimple.', 'NS bolus given today.', 'Plan: MRI L-spine.'), false));
  it('a referral according to the result is conditional', () => {
    assert.equal(referred('9 months, female, hemangioma with hair tuft.', 'I request MRI of lumbosacral spine. Derivation to neurosurgery according to result.'), false);
    assert.equal(referred('9 months, female, hemangioma with hair tuft.', 'MRI L-spine w/o. Referral to neurosurgery according to the MRI.'), false);
  });
  it('a referral only asked about, or to another specialty, is none', () => {
    assert.equal(referred('18 mo M, hair tuft, new unsteady walking.', 'Plan: MRI L-spine. Caller asked about neurosurgery - will decide after the MRI.'), false);
    assert.equal(referred('18 mo M, hair tuft.', 'Plan: MRI L-spine. Referral to peds neurology done today.'), false);
  });
});
