/**
 * Review of r16b: a result word followed by how the study is done ("normal sequences", "clear views") is no result;
 * another study told before without its name ("…, prior 2024 normal") is not the opening study's result; "US spine (day
 * 2): normal" and "read as normal" report a study done; a document sent to neurosurgery in a sentence that asks for a
 * referral, a consult, recs or follow-up is still a referral.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('review r16b: a result word that tells how the study is done (prose.techniqueAfterResult)', () => {
  it('keeps the order', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Plan: MRI L-spine normal sequences + STIR'), 'mri-area-without');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Plan: MRI L-spine normal protocol'), 'mri-area-without');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'XR L-spine clear views AP/lat'), 'xr-area');
  });
  it('a result right after the study is still none', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Mx: MRI L-spine normal, physio'), null);
  });
});

describe('review r16b: another study told before without its name (prose.anotherStudyBefore)', () => {
  it('leaves the opening study the order', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: XR L-spine 2 views, prior 2024 normal'), 'xr-area');
  });
});

describe('review r16b: an imaging-keyed study reported done', () => {
  it('on a day of life, or read as normal, is a prior', () => {
    assert.equal(orderOf('3 mo F, sacral dimple.', 'Imaging: US spine (day 2): normal', 'Plan: f/u.'), null);
    assert.deepEqual(priors('3 mo F, sacral dimple.', 'Imaging: US spine (day 2): normal', 'Plan: f/u.'), [['US', 'normal']]);
    assert.equal(orderOf('3 mo F, sacral dimple.', 'Imaging: US spine on day 2: normal', 'Plan: f/u.'), null);
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: MRI L-spine done 2 wk ago, read as normal', 'Plan: PT.'), null);
  });
});

describe('review r16b: a document sent to neurosurgery in a sentence that asks of it', () => {
  it('is a referral', () => {
    assert.equal(referred('3 mo F, hair tuft.', 'Sent MRI report to neurosurgery; urgent referral placed'), true);
    assert.equal(referred('3 mo F, hair tuft.', 'Sent MRI images to neurosurgery, awaiting their recs'), true);
    assert.equal(referred('3 mo F, hair tuft.', 'Results faxed to neurosurgery, who will follow up'), true);
    assert.equal(referred('3 mo F, hair tuft.', 'MRI report faxed to NSGY; they will call family to schedule'), true);
  });
  it('a document only sent is still none', () => {
    assert.equal(referred('3 mo F, hair tuft.', 'Emailed the MRI report to neurosurgery.'), false);
    assert.equal(referred('3 mo F, hair tuft.', 'Emailed the MRI report to neurosurgery. Follow up with PCP in 2 wk.'), false);
  });
});
