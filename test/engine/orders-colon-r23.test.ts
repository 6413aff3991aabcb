/**
 * A colon closing a condition on the patient's course that opens the sentence joins the condition to its study, as a
 * comma, dash or arrow does ("If worse: MRI."); a colon after a key ("Plan: XR L-spine") does not. A bare setting key
 * whose line tells a study done with its result ("ED: XR L spine done, no fx") reports that setting's visit, so a clinic's
 * note does not read it as the study of an acute visit.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const HX = '13 yo M, LBP x 3 wks, worse after soccer. No fever, no night pain. Neuro WNL.';

describe('a course condition joined to its study by a colon', () => {
  for (const plan of [
    'Plan: NSAIDs. If worse: MRI.',
    'A/P: mechanical LBP. If still sore at 6/52: XR LS spine.',
    'Plan: If no improvement in 4/52: MRI L-spine.',
    'Plan: PT. Should pain persist beyond 6 weeks: MRI L-spine w/o.',
    'Plan: PT.\nIf still symptomatic at f/u: will order XR L-spine.',
    'Plan: If no better in 4 wks: will get XR L-spine.',
  ]) {
    it(`"${plan}" orders nothing`, () => assert.equal(orderOf(HX, plan), 'none'));
  }
  it('the same joined by a comma, dash or arrow orders nothing either', () => {
    assert.equal(orderOf(HX, 'Plan: NSAIDs. If worse, MRI.'), 'none');
    assert.equal(orderOf(HX, 'Plan: If persists, XR L-spine.'), 'none');
    assert.equal(orderOf(HX, 'Plan: If no better in 4 wks -> XR L-spine.'), 'none');
  });
  it('a key after a sentence end, a condition ended by a full stop or on another line keeps the order', () => {
    assert.equal(orderOf(HX, 'If worse, return. Plan: XR L-spine.'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: if needed sedation: no. XR L-spine today'), 'xr-area');
    assert.equal(orderOf(HX, 'If symptoms persist: see GP', 'Order: XR L-spine'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: NSAIDs. If worse: return. XR L-spine today.'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: NSAIDs. Worse: MRI.'), 'mri-area-without');
  });
  it('a condition that is not the course, a step of its own before the study, or an order told done keeps the order', () => {
    assert.equal(orderOf(HX, 'Plan: If sedation needed: MRI under GA'), 'mri-area-without');
    assert.equal(orderOf(HX, 'Plan: If worse: refer ortho, XR L-spine today.'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: If pain persists despite PT: ordered XR L-spine today.'), 'xr-area');
  });
});

describe('a study told done with its result on a bare setting line of a clinic note', () => {
  const clinic = ['Sports med clinic', '14 yo M, LBP 3 wks after fall skiing. Neuro intact.'];
  for (const line of ['ED: XR L spine done, no fx. D/c.', 'ED: CT T/L spine done - negative.', 'ER: XR L-spine obtained, normal.', 'A&E: XR LS spine done, no fracture.']) {
    it(`"${line}" is a past study, no order`, () => assert.equal(orderOf(...clinic, line, 'Plan: PT, NSAIDs.'), 'none'));
  }
  it("an acute visit's own note still reads its study done with its result", () => {
    assert.equal(orderOf('ED note', '14 yo M, LBP after fall skiing.', 'XR L spine done, no fx. D/c.'), 'xr-area');
    assert.equal(orderOf('ED note', '14 yo M, LBP after fall skiing.', 'ED course: XR L spine done, no fx. D/c.'), 'xr-area');
  });
  it('a study still to be done stays the order', () => {
    for (const line of ['XR L-spine to be done today.', 'XR L-spine needs to be done.', 'XR L spine will be done.', 'Plan: get XR L spine done today.'])
      assert.equal(orderOf(...clinic, line), 'xr-area', line);
  });
});
