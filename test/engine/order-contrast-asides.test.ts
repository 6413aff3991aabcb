/**
 * The contrast of an order: a pair written "with and w/o", and a parenthetical about another study (denied, discussed,
 * weighed) that neither re-contrasts nor cancels the order (order-vocabulary contrast.withoutAndWith, contrast.asideCues).
 */
import * as assert from 'node:assert/strict';
import { readOrder } from '../../server/src/clinical/order';
import { defaultKnowledge } from '../../server/src/knowledge/loader';

const k = defaultKnowledge();
const idOf = (text: string) => readOrder(text, undefined, k).procedure?.id ?? 'none';

describe('order contrast: a pair written with and w/o', () => {
  it('reads "with and w/o" as without and with, as its mirror "w/o and with" is', () => {
    assert.equal(idOf('MRI T and L spine with and w/o contrast to assess posterior ligamentous complex/cord'), 'mri-area-without-and-with');
    assert.equal(idOf('MRI L-spine with and wo contrast'), 'mri-area-without-and-with');
    assert.equal(idOf('MRI whole spine w and without gadolinium'), 'mri-complete-without-and-with');
    assert.equal(idOf('MRI L-spine w/o and with contrast'), 'mri-area-without-and-with');
  });
  it('leaves a single series alone', () => {
    assert.equal(idOf('MRI L-spine w/o contrast'), 'mri-area-without');
    assert.equal(idOf('MRI L-spine with contrast'), 'mri-area-with');
    assert.equal(idOf('MRI L-spine w/o contrast, with sedation'), 'mri-area-without');
  });
});

describe('order contrast: a parenthetical about another study is not the order', () => {
  it('keeps the contrast of the order when the aside weighs or denies another study', () => {
    assert.equal(idOf('MRI whole spine with contrast (ordered by covering NP - will discuss w/ ortho whether L-spine non-con would suffice).'), 'mri-complete-with');
    assert.equal(idOf('CT L-spine w/ contrast (insurance denied MRI w/o)'), 'ct-area-with');
    assert.equal(idOf('MRI L-spine with contrast (non-con MRI considered, radiology prefers gad)'), 'mri-area-with');
    assert.equal(idOf('MRI L-spine w/o contrast (discussed MRI with gad vs CT - not needed)'), 'mri-area-without');
  });
  it("reads a parenthetical of the order's own contrast, or one with no other study, as before", () => {
    assert.equal(idOf('MRI L-spine (w/o contrast)'), 'mri-area-without');
    assert.equal(idOf('MRI L-spine (with and without contrast)'), 'mri-area-without-and-with');
    assert.equal(idOf('MRI L-spine w/o (consider gad if mass)'), 'mri-area-without');
    assert.equal(idOf('MRI L-spine (non-con; discussed with family)'), 'mri-area-without');
    assert.equal(idOf('MRI L spine with contrast (no contrast allergy)'), 'mri-area-with');
  });
  // Review of round 39: with no contrast told outside the brackets, the brackets tell the order's own, whatever else they weigh.
  it('keeps the contrast in the brackets when the order tells none outside them', () => {
    assert.equal(idOf('MRI L-spine (with contrast - consider adding whole spine)').endsWith('-with'), true);
    assert.equal(idOf('MRI (L-spine, with contrast, whether to add T-spine to discuss)'), 'mri-area-with');
    assert.equal(idOf('MRI L-spine (gad, whether T-spine too to discuss)'), 'mri-area-with');
  });
  it('sets apart an aside that weighs the contrast itself, with none told outside', () => {
    assert.equal(idOf('MRI L-spine (ordered by NP - will discuss whether L-spine with contrast needed)'), 'mri-area-without');
  });
});
