/**
 * Orders against referrals and priors in older misreads (r18f): a study sent to someone to review is no order of it; a
 * study's films or images on their way from elsewhere are a prior in transit; a report closed on "no abnormalities"
 * is a normal prior.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const LBP = '6 yo M, low back pain 6 wk.';
const FLAGS = '15 yo M, low back pain 6 wk, night pain.';

describe('a study sent to someone to review (r18f)', () => {
  it('is no order of the study', () => {
    assert.equal(orderOf(LBP, 'I sent her to Dr Smith for MRI review.', 'Plan: PT.'), null);
    assert.equal(orderOf(LBP, 'Sent to ortho for review of the MRI.', 'Plan: PT.'), null);
    assert.equal(orderOf(LBP, 'Sent the images to ortho for MRI review.'), null);
    assert.equal(orderOf(LBP, 'She went to Dr Smith for a second opinion, for MRI interpretation.'), null);
  });
  it('a study sent for, or the patient sent to the study, is still the order', () => {
    assert.equal(orderOf(LBP, 'Sent to MRI under GA on 3/11.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'I sent her for MRI L-spine today.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Plan: MRI L-spine w/o, review in clinic after.'), 'mri-area-without');
  });
  it('a review of the scan planned after it orders nothing by itself', () => {
    assert.equal(orderOf(LBP, 'MRI review with Dr Smith next week after the scan.'), null);
  });
});

describe('films or images on their way from elsewhere (r18f)', () => {
  it('are no order of this note', () => {
    assert.equal(orderOf(LBP, 'Plan: PT, review when films arrive'), null);
    assert.equal(orderOf(LBP, 'Plan: PT, awaiting outside films.'), null);
    assert.equal(orderOf(LBP, 'Plan: PT; films to be sent by OSH.'), null);
    assert.equal(orderOf(LBP, 'Plan: PT; review once MRI images are uploaded.'), null);
    assert.equal(orderOf(LBP, 'Will review once the MRI report arrives.'), null);
  });
  it('a study to do beside them, or a study awaited by name, is still the order', () => {
    assert.equal(orderOf(LBP, 'Plan: XR L-spine; review when films arrive'), 'xr-area');
    assert.equal(orderOf(LBP, 'Plan: awaiting MRI L-spine w/o.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Plan: PT; outside films awaited; MRI L-spine w/o ordered.'), 'mri-area-without');
  });
});

describe('a prior with its date and place in brackets before its result (r18f)', () => {
  it('closed on "no abnormalities" is a normal prior', () => {
    assert.deepEqual(priors(FLAGS, 'XR L-spine (3 weeks ago, via PCP): no abnormalities.', 'Plan: MRI L-spine.'), [['XR', 'normal']]);
    assert.equal(readNote(FLAGS, 'XR L-spine (3 weeks ago, via PCP): no abnormalities.', 'Plan: MRI L-spine.').scenario, 'back-pain-red-flags-negative-radiographs');
    assert.deepEqual(priors(FLAGS, 'XR L-spine (outside, 1 week ago): normal.', 'Plan: MRI L-spine.'), [['XR', 'normal']]);
    assert.deepEqual(priors(FLAGS, 'XR L-spine (done 2/11 at urgent care): no abnormalities detected.', 'Plan: MRI L-spine.'), [['XR', 'normal']]);
    assert.deepEqual(priors(FLAGS, 'MRI L-spine (3 wk ago): no abnormalities.', 'Plan: PT.'), [['MRI', 'normal']]);
    assert.deepEqual(priors('2 mo F, sacral dimple.', 'US spine (outside, 1 week ago): no abnormalities.', 'Plan: f/u.'), [['US', 'normal']]);
  });
  it('an abnormality named, an order or a pending study is no normal prior', () => {
    assert.deepEqual(priors(FLAGS, 'XR L-spine (3 wk ago): no abnormalities except a pars defect at L5.', 'Plan: MRI L-spine.'), [['XR', 'abnormal']]);
    assert.equal(orderOf(FLAGS, 'XR L-spine (ordered today).'), 'xr-area');
    assert.deepEqual(priors(FLAGS, 'XR L-spine (ordered today).'), []);
    assert.equal(orderOf(FLAGS, 'XR L-spine (pending).'), 'xr-area');
    assert.deepEqual(priors(FLAGS, 'XR L-spine (pending).'), []);
  });
});

describe('a statement that orders nothing covers its own line (r18f)', () => {
  it('a study on the next line, indented, bulleted or not, is still the order', () => {
    assert.equal(orderOf(LBP, 'Plan: PT - no order placed yet', '  XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(LBP, 'Plan: PT - no order placed yet', 'XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(LBP, 'Plan: PT - no order placed yet', '  - XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(LBP, 'Plan: PT - nothing ordered today', '  MRI L-spine w/o'), 'mri-area-without');
  });
  it('a study the next line declines, conditions or reports, or one on the same line, is none', () => {
    assert.equal(orderOf(LBP, 'Plan: PT; no order placed yet; will order XR if not better.'), null);
    assert.equal(orderOf(LBP, 'Plan: no imaging at this time', '  XR L-spine if not better in 2 wk'), null);
    assert.equal(orderOf(LBP, 'Plan: no imaging needed', '  XR L-spine normal last month'), null);
    assert.equal(orderOf(LBP, 'Plan: no imaging', '  XR L-spine not indicated'), null);
    assert.equal(orderOf(LBP, 'Plan: no imaging', '  if persists, XR L-spine'), null);
  });
});
