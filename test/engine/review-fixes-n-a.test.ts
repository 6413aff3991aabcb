/**
 * Review fixes of the r11a/r11b order reading (review-fixes-n-a): a scheduler's confirmation whose sentence goes on to
 * cancel the booking or say no order was placed; an arrow after a time still to come; a study withdrawn in its own
 * sentence beside the study ordered in its place; a closing study declined by the next sentence; "Prior auth - MRI …" as a heading that handles the request.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('review fixes n-a: a confirmation taken back in its own sentence', () => {
  it('orders nothing when the booking is cancelled or was never ordered', () => {
    assert.equal(orderOf('3 mo F sacral dimple 6 mm deep above the cleft.', 'Called mom to confirm US spine; mom cancelled, will think about it.'), 'none');
    assert.equal(orderOf('6 mo F, dimple.', 'Mom called to confirm US spine appointment; told her no order was placed, PCP to decide.'), 'none');
  });
  it('still orders the study confirmed as booked', () => {
    assert.equal(orderOf('3 mo F sacral dimple 6 mm deep above the cleft.', 'Called dad to confirm the US spine tomorrow at 10.'), 'us-area');
  });
});

describe('review fixes n-a: an arrow after a time still to come', () => {
  it('the study after it waits, no order', () => {
    assert.equal(orderOf('4 mo F. hairy patch over sacrum.', 'When she is older → MRI L-spine.'), 'none');
    assert.equal(orderOf('4 mo F. hairy patch over sacrum.', 'After 6 months of age → MRI L-spine.'), 'none');
  });
  it('an event of the history before the arrow is still its reason', () => {
    assert.equal(orderOf('8y M. fell from trampoline. Midline tenderness T12.', 'After fall → XR T/L spine.'), 'xr-area');
    assert.equal(orderOf('12y M. LBP 3 wk.', 'Pain when bending → XR L-spine.'), 'xr-area');
  });
});

describe('review fixes n-a: a closing study declined by the sentence after it', () => {
  it('orders nothing', () => {
    assert.equal(orderOf('10y M. LBP 2 wk, night pain.', 'Mom wants → MRI L-spine. Not indicated.'), 'none');
    assert.equal(orderOf('10y M. LBP 2 wk, night pain.', 'MRI L-spine. Not indicated.'), 'none');
  });
  it('a sentence after it about something else leaves it ordered', () => {
    assert.equal(orderOf('10y M. LBP 2 wk, night pain.', '→ MRI L-spine. Sedation not needed.'), 'mri-area-without');
  });
});

describe('review fixes n-a: a study withdrawn in its own sentence beside the one ordered in its place', () => {
  it('orders the study in its place', () => {
    assert.equal(orderOf('7 mo F. sacral hair tuft.', 'MRI lumbar spine (72148) request withdrawn, US spine (76800) to be done instead.'), 'us-area');
    assert.equal(orderOf('7 mo F. sacral hair tuft.', 'MRI lumbar spine request withdrawn - US spine ordered instead.'), 'us-area');
    assert.equal(orderOf('7 mo F. sacral hair tuft.', 'MRI lumbar spine (72148) request withdrawn; new order placed for US spine.'), 'us-area');
  });
  it('orders nothing when nothing takes its place', () => {
    assert.equal(orderOf('7 mo F. sacral hair tuft.', 'MRI lumbar spine (72148) request WITHDRAWN by ordering office.'), 'none');
  });
});

describe('review fixes n-a: a prior authorization heading', () => {
  it('"Prior auth - MRI …" names the study requested, no study of before', () => {
    assert.equal(orderOf('Prior auth - MRI L-spine w/o', '14y M LBP 6 wk, night pain, weight loss.'), 'mri-area-without');
    assert.equal(orderOf('14y M LBP 6 wk, night pain, weight loss.', 'Prior auth review - MRI L-spine w/o'), 'mri-area-without');
  });
});
