/**
 * Second review of round 33's orders (the review's own probes as guards): a study reported abnormal after a dash under "Ix:"
 * is a prior, not the order; a form's request pane told done or naming no study orders nothing and leaves missing-order as it
 * was; the last change of a request wins; the writer's request held back or refused orders nothing; a study done in place of
 * one not available is the order.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const HAIRY = 'Pt: 14 mo boy. Hairy patch over lower back. Neuro normal.';
const DIMPLE = 'Pt: 5 wk old girl. Deep sacral dimple above cleft. Neuro normal.';
const priorUs = (r: ReturnType<typeof readNote>) => r.facts.prior.filter((p) => p.modality === 'US').map((p) => p.result);

describe('round 33 orders, mended after the second review', () => {
  describe('"Ix: US spine - <finding>" beside the plan is a prior abnormal study, the plan\'s MRI the order', () => {
    for (const line of [
      'Ix: US spine - low-lying conus',
      'Ix: US spine - conus at L3',
      'Ix: US spine - thickened filum 3 mm',
      'Ix: US spine: tethered cord',
      'Rx/Ix: US spine - fatty filum',
    ])
      it(`"${line}" / "Plan: MRI L-spine w/o"`, () => {
        const r = readNote(HAIRY, line, 'Plan: MRI L-spine w/o');
        assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
        assert.deepEqual(priorUs(r), ['abnormal']);
        assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
      });
    it('"Rx/Ix: US spine - low-lying conus. Refer NSx." orders nothing: the US was done and abnormal', () => {
      const r = readNote(DIMPLE, 'Rx/Ix: US spine - low-lying conus. Refer NSx.');
      assert.equal(r.facts.order, undefined);
      assert.deepEqual(priorUs(r), ['abnormal']);
    });
    it("a normal result, a study alone, or a relative's study stays as it was read", () => {
      assert.equal(orderOf(HAIRY, 'Ix: US spine - conus L1-2, normal', 'Plan: MRI L-spine w/o'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Ix: US spine'), 'us-area');
      assert.equal(orderOf(DIMPLE, 'Ix: US spine - urgent'), 'us-area');
      assert.equal(orderOf(HAIRY, 'Ix: US kidneys - hydronephrosis', 'Plan: MRI L-spine w/o'), 'mri-area-without');
    });
    const ASKED = [
      'Ix: US spine - r/o tethered cord',
      'Ix: US spine - ?tethered cord',
      'Ix: US spine - for tethered cord',
      'Ix: US spine - risk of tethered cord',
      'Ix: US spine - to exclude low-lying conus',
      'Ix: US spine - low-lying conus?',
      'Ix: US spine - tethered cord in sibling',
      'Investigations: US spine - to rule out tethered cord. FBC.',
    ];
    for (const line of ASKED)
      it(`"${line}" is why the US is asked for, or a relative's: the US is still the order`, () => {
        const r = readNote(DIMPLE, line);
        assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
        assert.deepEqual(priorUs(r), []);
      });
  });

  describe("a form's request pane told done, or naming no study, is no order", () => {
    it('"Procedure requested: US spine (completed 01/10, normal)" / "Plan: observe" orders nothing', () => {
      for (const head of [HAIRY, DIMPLE]) {
        const r = readNote(head, 'Procedure requested: US spine (completed 01/10, normal)', 'Plan: observe');
        assert.equal(r.facts.order, undefined);
        assert.ok(r.rules.includes('missing-order'), r.rules.join());
        assert.ok(!r.rules.includes('ultrasound-window-closed'), r.rules.join());
      }
      assert.equal(orderOf(DIMPLE, 'Procedure requested: US spine performed 02/11'), 'none');
    });
    it('"Procedure requested: EEG", "… none at this time": missing-order fires as before the key was known', () => {
      assert.ok(readNote(HAIRY, 'Procedure requested: EEG').rules.includes('missing-order'));
      assert.ok(readNote(DIMPLE, 'Procedure requested: none at this time').rules.includes('missing-order'));
      assert.ok(readNote(HAIRY, 'Procedure requested: none at this time').rules.includes('missing-order'));
    });
    it('a pane naming the study to do still orders it', () => {
      const r = readNote(DIMPLE, 'Procedure requested: US spine');
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.ok(!r.rules.includes('missing-order'), r.rules.join());
    });
  });

  describe("a request changed: the last change wins; the new study's approval does not undo it", () => {
    it('"… to US spine, then back to XR L-spine per parents" orders the XR', () => {
      assert.equal(orderOf(DIMPLE, 'Request changed from XR L-spine to US spine, then back to XR L-spine per parents.'), 'xr-area');
    });
    it('"… to MRI L-spine w/o - awaiting approval" (or insurance authorization) orders the MRI', () => {
      assert.equal(orderOf(HAIRY, 'Request changed from XR L-spine to MRI L-spine w/o - awaiting approval.'), 'mri-area-without');
      assert.equal(orderOf(HAIRY, 'Request changed from XR L-spine to MRI L-spine w/o, pending insurance authorization.'), 'mri-area-without');
    });
    it('a change the referrer has not agreed keeps the study first requested', () => {
      assert.equal(orderOf(HAIRY, 'Request changed from XR L-spine to MRI L-spine w/o - awaiting referrer.'), 'xr-area');
      assert.equal(orderOf(HAIRY, 'Request changed from XR L-spine to MRI L-spine w/o - referrer not yet agreed.'), 'xr-area');
      assert.equal(orderOf(HAIRY, 'Request changed from XR L-spine to MRI L-spine w/o - awaiting approval from referrer.'), 'xr-area');
      assert.equal(orderOf(DIMPLE, 'Order: XR L-spine. Radiologist asked to change from XR to US spine - awaiting referrer.'), 'xr-area');
    });
    it('"Request changed: XR L-spine to US spine", "Request amended: XR L-spine -> US spine" order the US', () => {
      assert.equal(orderOf(DIMPLE, 'Request changed: XR L-spine to US spine.'), 'us-area');
      assert.equal(orderOf(DIMPLE, 'Request amended: XR L-spine -> US spine.'), 'us-area');
    });
  });

  describe('"Ix:" the writer\'s request held back or refused is no order', () => {
    it('a condition or a time ahead', () => {
      assert.equal(orderOf(HAIRY, 'Ix: I have requested an MRI of the lumbar spine at her next visit if still concerned.'), 'none');
    });
    it('refused after it', () => {
      assert.equal(orderOf(HAIRY, 'Ix: I have requested an MRI of the lumbar spine under GA; however the anaesthetist has declined.'), 'none');
    });
    it('the plain request still orders, and a review at the next visit after it does not hold it back', () => {
      assert.equal(orderOf(HAIRY, 'Ix: I have requested an MRI of the lumbar spine without contrast as mum is very anxious.'), 'mri-area-without');
      assert.equal(orderOf(HAIRY, 'Ix: I have requested an MRI of the lumbar spine today; will review at next visit.'), 'mri-area-without');
    });
    it('refused in its own sentence', () => {
      assert.equal(orderOf(HAIRY, 'Ix: I have requested an MRI of the lumbar spine without contrast, but parents refused.'), 'none');
    });
  });

  describe('a study done in place of one not available is the order', () => {
    it('"MRI not available until Monday - US spine today." / "- XR L-spine today."', () => {
      assert.equal(orderOf(HAIRY, 'MRI not available until Monday - US spine today.'), 'us-area');
      assert.equal(orderOf(HAIRY, 'MRI not available until Monday - XR L-spine today.'), 'xr-area');
    });
    it('the study after the dash declined or not needed is still none', () => {
      assert.equal(orderOf(HAIRY, 'MRI not available until Monday - US spine declined by mum.'), 'none');
      assert.equal(orderOf(HAIRY, 'MRI not available until Monday - US spine not needed.'), 'none');
    });
  });
});
