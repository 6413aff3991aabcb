/**
 * Review r15a: a study told with its result after the labs of an Ix line is no order; a "not available" or
 * "unavailable" about the study's slot, report or radiologist leaves the order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('review r15a: an Ix line that reports a study after its labs', () => {
  it('is no order', () => {
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: Hb 12, WCC 8; XR L-spine NAD'), 'none');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: CBC, ESR; XR L-spine - NAD'), 'none');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: CBC, ESR; XR L-spine x2 NAD'), 'none');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: CBC, ESR; XR L-spine - pars defect L5'), 'none');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: CBC, ESR; XR L-spine ok'), 'none');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: CBC, ESR; XR L-spine fine'), 'none');
  });
  it('a study after the labs with no result is still the order', () => {
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Ix: CBC, ESR; XR L-spine'), 'xr-area');
  });
});

describe('review r15a: not available about the slot, not the study', () => {
  it('leaves the order', () => {
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Plan: US slot not available until March - booked.'), 'us-area');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Plan: MRI L-spine appointment unavailable until Jan, booked.'), 'mri-area-without');
  });
  it('not available until a date tells when, not whether', () => {
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Plan: MRI L-spine not available until January - booked.'), 'mri-area-without');
    assert.equal(orderOf('10 yo M, back pain 8 weeks.', 'Plan: MRI L-spine unavailable until 12/20, booked for then.'), 'mri-area-without');
  });
  it('the study not available is still no order', () => {
    assert.equal(orderOf('11 yo back pain.', 'Plan: MRI L-spine is unavailable at our hospital; refer.'), 'none');
    assert.equal(orderOf('11 yo back pain.', 'Plan: MRI L-spine not available here, refer.'), 'none');
  });
});
