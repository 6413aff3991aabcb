/**
 * A colon closing a condition on the patient's course that opens the sentence joins the condition to its study, as a
 * comma, dash or arrow does ("If worse: MRI."); a colon after a key ("Plan: XR L-spine") does not. A condition told met
 * at this visit ("When reviewed today still symptomatic: MRI") keeps the order.
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

describe('an ED note keeps the study done at its visit', () => {
  // A bare "ED:" line telling a study done with its result is that visit's study in an ED note with no heading, a long
  // heading or a line of its own (the acute-visit reading is unchanged).
  it('with no heading or a long one', () => {
    const hpi = 'HPI: 9 yo F fell 2 m from monkey bars, midline L1 tenderness. Neuro intact.';
    assert.equal(orderOf('CC: back pain after fall', hpi, 'ED: XR T/L spine done, no fx.', 'Dispo: home with ortho f/u'), 'xr-area');
    assert.equal(orderOf('Pediatric Emergency Department Provider Note - Dr K. Smith, attending', hpi, 'ED: XR T/L spine done, no fx. D/c home.'), 'xr-area');
  });
});

describe('a course condition told met at this visit', () => {
  it('"When reviewed today still symptomatic: MRI" orders the MRI', () => {
    assert.equal(orderOf(HX, 'Plan: PT failed. When reviewed today still symptomatic: MRI L-spine w/o contrast.'), 'mri-area-without');
  });
});
