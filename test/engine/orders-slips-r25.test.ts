/**
 * A condition on the patient's course that opens a Plan sentence governs its study when the Plan names another study too
 * ("If worse: MRI. XR L-spine today" orders the radiograph); a semicolon after the conditioned study ends the clause, so an
 * "if needed", "prn" or "otherwise" after it is another step's ("If worse: MRI L-spine; otherwise review in clinic" orders
 * nothing).
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const PT = 'Pt: 9 y M';
const HX = 'HPI: low back pain x 3 wk, worse after soccer. No fever, no night pain, no weight loss.';
const EXAM = 'Exam: no midline tenderness, neuro nl.';
const planOf = (plan: string) => orderOf(PT, HX, EXAM, plan);

describe('a Plan that conditions one study on the course and orders another now', () => {
  for (const plan of [
    'Plan: If worse: MRI. XR L-spine today.',
    'Plan: If no better in 4 wk: MRI L-spine; XR today',
    'Plan: NSAIDs, activity as tolerated. If no better in 4 wk: MRI L-spine; XR L-spine today',
    'Plan: If sx persist >6 wk: MRI L-spine w/o. For now XR L-spine AP/lat.',
    'Plan: If worsening or new neuro sx: MRI. XR L spine today.',
    'Plan: Should pain persist beyond 6 weeks: MRI L-spine. XR L-spine 2 views today.',
    'A/P: mechanical LBP. If still sore at 6/52: MRI LS spine. Plain films LS spine today.',
    'MDM: LBP, well appearing. If not improving: MRI L-spine. XR L-spine now.',
    'Rec: If no improvement with PT: MRI L-spine. XR L-spine today.',
    'Plan: If worse: MRI L-spine or CT. XR today.',
    'Plan: If no improvement: MRI L-spine; XR L-spine today if possible',
  ]) {
    it(`"${plan}" orders the radiograph`, () => assert.equal(planOf(plan), 'xr-area'));
  }
  it('joined by a comma, a dash or an arrow as by a colon', () => {
    assert.equal(planOf('Plan: If worse, MRI. XR L-spine today.'), 'xr-area');
    assert.equal(planOf('Plan: If no better in 4 wk - MRI L-spine; XR L-spine today'), 'xr-area');
    assert.equal(planOf('Plan: If worse -> MRI. XR L-spine today.'), 'xr-area');
  });
  it('in a SOAP plan', () => {
    assert.equal(orderOf('Age: 9 y M', 'S: LBP x 3 wk, no red flags', 'O: neuro nl', 'A: mechanical LBP', 'P: If worse: MRI. XR L-spine today.'), 'xr-area');
  });
  it('whatever the study ordered now', () => {
    assert.equal(planOf('Plan: If no better in 4 wk: MRI L-spine; CT L-spine today'), 'ct-area-without');
  });
  it('orders nothing when the other study is one done before', () => {
    assert.equal(planOf('Plan: If worse: MRI. XR L-spine normal.'), 'none');
    assert.equal(planOf('Plan: If no better in 4 wk: MRI L-spine; XR L-spine neg 2 wk ago'), 'none');
  });
});

describe('near misses: a study ordered now with a condition on another step', () => {
  it('a condition after the study, or on a step of its own, keeps the study', () => {
    assert.equal(planOf('Plan: MRI L-spine today. If worse: refer NSGY'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine today; if worse: refer NSGY'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine today. If worse: XR flexion-extension.'), 'mri-area-without');
    assert.equal(planOf('Plan: XR L-spine today. If worse: MRI.'), 'xr-area');
    assert.equal(planOf('Plan: XR L-spine today; if worse: MRI L-spine'), 'xr-area');
    assert.equal(planOf('Plan: If worse: refer ortho. MRI L-spine today. XR not needed.'), 'mri-area-without');
    assert.equal(planOf('Plan: If worse: return. MRI L-spine today, XR not needed.'), 'mri-area-without');
  });
  it('an order told done, a condition met today or a condition that is no course keeps the study', () => {
    assert.equal(planOf('Plan: If pain persists despite PT: ordered MRI L-spine today; XR not needed'), 'mri-area-without');
    assert.equal(planOf('Plan: When reviewed today still symptomatic: MRI L-spine. XR not needed.'), 'mri-area-without');
    assert.equal(planOf('Plan: If sedation needed: MRI under GA. XR L-spine deferred.'), 'mri-area-without');
  });
});

describe('a semicolon right after a study conditioned on the course', () => {
  for (const plan of [
    'Plan: If worse: MRI L-spine; review in clinic',
    'Plan: If worse: MRI L-spine; otherwise review in clinic',
    'Plan: If worse: MRI L-spine; ibuprofen prn',
    'Plan: If worse: MRI L-spine; f/u in clinic if needed',
    'Plan: If no better in 6 wk: MRI L-spine; otherwise PRN',
    'Plan: If worse: MRI L-spine; review sooner if insurance approves PT',
    'Plan: If no improvement, MRI L-spine; sedation if needed',
    'Plan: Ibuprofen prn; if worse: MRI L-spine.',
    'Plan: If worse: MRI L-spine; review in clinic; XR not needed',
  ]) {
    it(`"${plan}" orders nothing`, () => assert.equal(planOf(plan), 'none'));
  }
  it('in a note written as a paragraph', () => {
    const hpi = '9 yo M with LBP x 3 wk, no red flags, neuro nl.';
    assert.equal(orderOf(`${hpi} If worse: MRI L-spine; ibuprofen prn.`), 'none');
    assert.equal(orderOf(`${hpi} If no better in 4 wk: MRI L-spine; otherwise f/u PRN.`), 'none');
  });
  it('near misses: a study with no condition, or one whose own clause keeps it, stays ordered', () => {
    assert.equal(planOf('Plan: MRI L-spine w/o today; sedation if needed'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine if needed; review in clinic'), 'mri-area-without');
    assert.equal(planOf('Plan: If insurance approves: MRI L-spine; review in clinic'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine w/o contrast; review in clinic with results'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine; if insurance declines, XR L-spine'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine tonight if the scanner is available, otherwise first thing tomorrow.'), 'mri-area-without');
  });
});
