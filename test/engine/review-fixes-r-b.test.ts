/**
 * Review r15b: prior studies told with a result come or brought, "NAD", and "Ped NS" — notes the change read wrongly.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('review r15b: NAD of the exam or another test is no radiograph report', () => {
  it('"XR L-spine done, neuro NAD": the radiograph\'s report is not told', () => {
    assert.deepEqual(priors('14 y M, back pain 6 wk, dancer.', 'XR L-spine done, neuro NAD.', 'Plan: MRI L-spine w/o.'), [['XR', 'unknown']]);
    assert.deepEqual(priors('14 y M, back pain 6 wk.', 'Seen at urgent care, XR L-spine done, exam NAD, sent home with ibuprofen.', 'Plan: MRI.'), [['XR', 'unknown']]);
    assert.deepEqual(priors('14 y M, back pain 6 wk.', 'Had XR at PCP - neuro exam NAD.', 'Plan: MRI L-spine w/o.'), [['XR', 'unknown']]);
    assert.deepEqual(priors('14 y M, back pain 6 wk.', 'XR L-spine done, bloods NAD.', 'Plan: MRI L-spine w/o.'), [['XR', 'unknown']]);
  });
  it('"NAD" closing the radiograph\'s own report is still normal', () => {
    assert.deepEqual(priors('14 y M, back pain 6 wk.', 'X-ray LS spine (last wk): NAD.', 'Plan: MRI L-spine w/o.'), [['XR', 'normal']]);
    assert.deepEqual(priors('14 y M, back pain 6 wk.', 'XR L-spine done, NAD.', 'Plan: MRI L-spine w/o.'), [['XR', 'normal']]);
    assert.deepEqual(priors('14 y M, back pain 6 wk.', 'XR L-spine: alignment normal, no pars defect.', 'Plan: MRI L-spine w/o.'), [['XR', 'normal']]);
  });
});

describe("review r15b: a result come is the study's own, come now", () => {
  it('"results back in 48h" is a result still to come', () => assert.deepEqual(priors('2 mo F, deep sacral dimple.', 'Spinal US ordered, results back in 48h.', 'Plan: f/u.'), []));
  it("another test's result come tells nothing of the study ordered", () => {
    assert.deepEqual(priors('2 mo F, deep sacral dimple.', 'Spinal US ordered, UA has resulted: normal.', 'Plan: f/u.'), []);
    assert.deepEqual(priors('2 mo F, deep sacral dimple.', 'Spinal US requested, urine culture came back negative.', 'Plan: f/u.'), []);
  });
  it("the study's own result come is still done", () => {
    assert.deepEqual(priors('2 mo F, hair tuft.', 'Spinal US ordered at discharge, results came back normal.', 'Plan: f/u.'), [['US', 'normal']]);
    assert.deepEqual(priors('2 mo F, hair tuft.', 'Spinal US ordered by PCP came back normal, conus at L1-L2.', 'Plan: f/u.'), [['US', 'normal']]);
  });
});

describe('review r15b: a study asked for from a private clinic or a requisition brought is none done', () => {
  it('"Referred from a private clinic for spinal US" is a study to do', () =>
    assert.deepEqual(priors('3 mo F, deep dimple.', 'Referred from a private clinic for spinal US.', 'Plan: MRI L-spine w/o.'), []));
  it('"Mom brought the MRI requisition from the PCP" is no MRI done', () =>
    assert.deepEqual(priors('3 mo F, deep dimple.', 'Mom brought the MRI requisition from the PCP.', 'Plan: MRI L-spine w/o.'), []));
});

describe('review r15b: "peds NS" of a fluid is no neurosurgery', () => {
  it('"peds NS bolus" is normal saline', () => assert.equal(referred('3 wk M, deep sacral dimple.', 'PICU admit, peds NS bolus x2.', 'Plan: US spine.'), false));
  it('"Consult to Ped NS OPD" is still neurosurgery', () =>
    assert.equal(referred('9 mo M, deep sacral dimple.', 'Plan: MRI L-spine. Consult to Ped NS - referral done today.'), true));
});
