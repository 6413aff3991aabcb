/**
 * Round 38's Plan: a Plan value naming its one study only to tell it done, with its result, as the reason for the plan
 * ("reassured given normal MRI", "reassurance, MRI was normal") orders nothing (clinical/plan-study-told.ts). A study asked
 * for with a result word that tells the question, one conditioned, and a study beside another told done stay as they were.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const DIMPLE = '13 y F. Deep sacral dimple ~2 cm above the gluteal cleft, base not seen, no hair. Neuro exam normal. No back pain.';
const none = (plan: string) => {
  const r = readNote(DIMPLE, plan);
  assert.equal(r.facts.order, undefined, plan);
  assert.ok(r.rules.includes('missing-order'), r.rules.join());
};

describe('round 38 plan: a study told done as the reason for the plan', () => {
  describe('is no order', () => {
    it('"reassured given normal MRI", "in view of the normal MRI", "given normal MRI; reassured"', () => {
      none('Plan: reassured given normal MRI');
      none('Plan: reassured in view of the normal MRI');
      none('Plan: no further imaging needed given normal MRI; reassured. Copy of report scanned to chart.');
    });
    it('"reassurance, MRI was normal", "since MRI was normal", "as MRI came back normal"', () => {
      none('Plan: reassurance, MRI was normal');
      none('Plan: reassured since MRI was normal');
      none('Plan: discharge as MRI came back normal');
    });
    it('"normal MRI, reassured", "MRI already done", "MRI showed no tether"', () => {
      none('Plan: normal MRI, reassured');
      none('Plan: reassured, MRI already done');
      none('Plan: reassured, MRI showed no tether');
    });
  });
  describe('look-alikes stay as they were', () => {
    it('a result word telling what is asked, or the exam, keeps the order', () => {
      assert.equal(orderOf(DIMPLE, 'Plan: MRI to confirm normal cord'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Plan: urgent MRI, abnormal reflexes'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine given abnormal exam'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Plan: exam normal, MRI L-spine'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine, if normal discharge'), 'mri-area-without');
    });
    it('a passive order or a telling of what is to come keeps the order', () => {
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine w/o, was requested by neuro'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine is needed'), 'mri-area-without');
    });
    it('a study ordered beside another told done keeps its order', () => {
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine w/o, prior US normal'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Plan: given normal XR, MRI L-spine now'), 'mri-area-without');
    });
    it('a study only conditioned stays no order', () => {
      none('Plan: MRI if abnormal');
    });
  });
});
