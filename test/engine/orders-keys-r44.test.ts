/**
 * Round 44's order keys: an SBAR call's "R:" (the recommendation) as the plan, a Russian writer's "Appointed:" /
 * "Prescribed:" (назначено) as a closing plan, a closing "Recommended:" whose next step waits "depending on result", and a
 * consulted clinician's plan relayed by the nurse who books it ("Per MD (tele):", "Peds advice:"). Each beside the
 * look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const DIMPLE = '4 mo M. Single dimple 2mm within gluteal cleft, 1.5cm from anus, base seen. Neuro exam normal.';
const SKIN = 'CHN note, 1 mo M. Area of absent skin over lower lumbar midline since birth, ~1 cm. Normal tone, moving legs.';

describe('round 44 order keys', () => {
  describe("an SBAR call's R: is the plan", () => {
    const S = 'S: 15yo M, rugby tackle at school match today, neck pain since, holding neck stiff';
    const B = 'B: nil PMHx. Walked into ED. No LOC.';
    const A = 'A: midline C5-6 tenderness, neuro intact. In collar.';
    it('"R: CT C-spine non-contrast, keep collar till reviewed" orders the CT', () => {
      const r = readNote('SBAR - call to ortho reg 21:05', S, B, A, 'R: CT C-spine non-contrast, keep collar till reviewed');
      assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-without');
      assert.equal(r.scenario, 'spine-trauma-cervical');
    });
    it('"R: US L-spine - book soon" orders the US', () => {
      assert.equal(
        orderOf('SBAR', 'S: 4 mo M for f/u of sacral dimple', 'B: term, uneventful.', 'A: single dimple 2mm, within gluteal cleft, base seen.', 'R: US L-spine - book soon.'),
        'us-area',
      );
    });
    it('beside a "Plan:" line the R: is no order: the plan declining imaging stands', () => {
      assert.equal(orderOf('SBAR', 'S: 8 yo M back pain', 'B: nil', 'A: tender L4', 'Plan: reassure, no imaging', 'R: MRI L-spine'), 'none');
    });
    it('"R: 24/min" in a SOAP note and "R: leg weaker than L" outside an SBAR order nothing', () => {
      assert.equal(orderOf('8 yo M back pain, fever', 'R: 24/min', 'Exam: R: leg weaker than L'), 'none');
    });
    it('"R: consider MRI if worse" is a condition, no order', () => {
      assert.equal(orderOf('SBAR', 'S: 8 yo M back pain', 'B: nil', 'A: tender L4', 'R: consider MRI if worse'), 'none');
    });
  });

  describe('a Russian writer\'s "Appointed:" / "Prescribed:" is the closing plan', () => {
    const TAG = 'Boy, 1 month. On exam: in sacrococcygeal area skin appendage (tag) ~5 mm and near it a dimple.';
    it('"Appointed: X-ray of lumbosacral spine in 2 projections" orders the X-ray', () => {
      assert.equal(orderOf(TAG, 'Appointed: X-ray of lumbosacral spine in 2 projections. Consult of neurologist.'), 'xr-area');
    });
    it('"Prescribed: US of lumbosacral spine" orders the US; one told done and normal orders nothing', () => {
      assert.equal(orderOf(TAG, 'Prescribed: US of lumbosacral spine.'), 'us-area');
      assert.equal(orderOf(TAG, 'Appointed: US lumbosacral spine - done 01.03, normal'), 'none');
    });
    it('"Prescribed: paracetamol" and "Assigned: Dr Ivanova" order nothing', () => {
      assert.equal(orderOf(TAG, 'Prescribed: paracetamol'), 'none');
      assert.equal(orderOf(TAG, 'Assigned: Dr Ivanova'), 'none');
    });
  });

  describe('"Recommended:" with a next step "depending on result" still orders its study', () => {
    it('"Recommended: Ultrasound of the lumbosacral spine. After that consult of neurosurgeon depending on result."', () => {
      assert.equal(orderOf(DIMPLE, 'Recommended: Ultrasound of the lumbosacral spine. After that consult of neurosurgeon depending on result.'), 'us-area');
    });
    it("a study told with its result, or waiting on another study's result, orders nothing", () => {
      assert.equal(orderOf(DIMPLE, 'Recommended: US L-spine, result normal'), 'none');
      assert.equal(orderOf(DIMPLE, 'Recommended: US L-spine depending on result of the hip US'), 'none');
    });
  });

  describe("a consulted clinician's plan relayed by the writer is the plan", () => {
    it('"Per MD (tele): US lumbar spine at Stanton - req sent" orders the US', () => {
      assert.equal(orderOf(SKIN, 'Per MD (tele): US lumbar spine at Stanton - req sent, book w/ medical travel.'), 'us-area');
    });
    it('"Peds advice: MRI lumbar spine without contrast at HSC Winnipeg - will book" orders the MRI', () => {
      assert.equal(orderOf(DIMPLE, 'Peds advice: MRI lumbar spine without contrast at HSC Winnipeg - will book w/ NIHB medical transportation.'), 'mri-area-without');
    });
    it("a relative's, another place's or an earlier clinician's line orders nothing", () => {
      assert.equal(orderOf(SKIN, 'Per mom: MRI lumbar spine'), 'none');
      assert.equal(orderOf(SKIN, 'Per MD at OSH: MRI done normal'), 'none');
      assert.equal(orderOf(SKIN, 'Per previous peds: US lumbar spine'), 'none');
      assert.equal(orderOf(SKIN, 'Recommended by school nurse: chiropractor'), 'none');
    });
    it('beside a "Plan:" line the relayed advice is no second plan', () => {
      assert.equal(orderOf(DIMPLE, 'Plan: reassure', 'Per MD (tele): US lumbar spine'), 'none');
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine', 'Per peds: US lumbar spine'), 'mri-area-without');
    });
    it('relayed advice that is conditional or declines orders nothing', () => {
      assert.equal(orderOf(DIMPLE, 'Peds advice: MRI if US abnormal'), 'none');
      assert.equal(orderOf(DIMPLE, 'Per peds: no imaging needed, reassure'), 'none');
    });
  });
});
