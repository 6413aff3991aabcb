/**
 * Orders told against priors (r16b): a line keyed for the imaging that tells a study done with its result ("Imaging: CT
 * L-spine last year: normal.") is the report of one before, not the order; a study named with its result right after it
 * ("MRI L-spine normal, physio", "XR L-spine clear") is a result, not the study a plan or a closing line orders.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);

describe('an order-keyed line that reports a study done (r16b)', () => {
  it('a study told with when or where it was done and its result is a prior, not the order', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: CT L-spine last year: normal.', 'Plan: PT.'), null);
    assert.deepEqual(priors('6 yo M, low back pain 6 wk.', 'Imaging: CT L-spine last year: normal.', 'Plan: PT.'), [['CT', 'normal']]);
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: XR L-spine done at OSH - normal.', 'Plan: PT.'), null);
    assert.deepEqual(priors('6 yo M, low back pain 6 wk.', 'Imaging: XR L-spine done at OSH - normal.', 'Plan: PT.'), [['XR', 'normal']]);
    assert.deepEqual(priors('2 mo F, hair tuft.', 'Imaging: spinal US 3 weeks ago unremarkable.', 'Plan: f/u.'), [['US', 'normal']]);
  });
  it('the study to do stays the order: nothing told done, no result, or the result another study’s', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: MRI L-spine w/o'), 'mri-area-without');
    assert.equal(orderOf('14 yo F, fell from a horse.', 'Imaging: XR T/L spine to look for compression fractures.'), 'xr-area');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: MRI L-spine w/o, prior XR normal.'), 'mri-area-without');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Imaging: MRI L-spine w/o given previous normal XR.'), 'mri-area-without');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Order: XR L-spine done at OSH - normal; MRI L-spine w/o.'), 'mri-area-without');
  });
});

describe('a study with its result right after its name (r16b)', () => {
  it('is no order in a plan or as a closing line', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Mx: MRI L-spine normal, physio'), null);
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Plan: XR L-spine unremarkable, continue PT.'), null);
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'XR L-spine clear.'), null);
  });
  it('a study to do, or done for a purpose, is still the order', () => {
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Plan: MRI L-spine w/o, physio'), 'mri-area-without');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Plan: XR L-spine; review when films arrive'), 'xr-area');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'XR L-spine.'), 'xr-area');
    assert.equal(orderOf('15 yo M, MVC, midline tenderness.', 'CT C-spine to clear the spine.'), 'ct-area-without');
    assert.equal(orderOf('6 yo M, low back pain 6 wk.', 'Plan: MRI L-spine if XR abnormal.'), null);
  });
});

describe('a document sent to neurosurgery (r16b)', () => {
  const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
  it('is no referral when the clause asks nothing of neurosurgery', () => {
    assert.equal(referred('3 mo F, hair tuft.', 'Emailed the MRI report to neurosurgery.'), false);
    assert.equal(referred('3 mo F, hair tuft.', 'Faxed MRI results to peds neurosurgery.'), false);
  });
  it('a referral sent with the report, or the images sent for review, is one', () => {
    assert.equal(referred('3 mo F, hair tuft.', 'Referral to neurosurgery sent with the MRI report.'), true);
    assert.equal(referred('3 mo F, hair tuft.', 'Sent the MRI images to NSGY for review.'), true);
    assert.equal(referred('3 mo F, hair tuft.', 'Referred to neurosurgery; MRI report faxed.'), true);
  });
});
