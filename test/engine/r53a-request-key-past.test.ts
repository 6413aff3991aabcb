/**
 * Round 53 (fix53a): a request or order key telling a request of before or one refused ("Previous request:", "Prior order:",
 * "Denied request:"; order-vocabulary prose.requestKeyPast, clinical/keyed-study.ts chosenStudyField) names no study to do.
 * "Last request:" is the latest request and still names it (review r53, rfix53a-141). The relayed-order reading of this round
 * was taken out after review r53.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('a request key telling a request of before or one refused (r53 fix53a)', () => {
  it('still reads a request or order key as the study to do', () => {
    assert.equal(orderOf('Transfer request: MRI lumbar spine without contrast', '12 yo M, LBP with leg weakness.'), 'mri-area-without');
    assert.equal(orderOf('Sedation request: MRI L-spine w/o', '3 yo F, hairy patch over sacrum.'), 'mri-area-without');
    // "Last request:" is the latest request, not one of before (review r53, rfix53a-141).
    assert.equal(orderOf('Last request: CT L-spine w/o (submitted today)', '13 yo F, LBP 6 wks, night pain, neuro intact.'), 'ct-area-without');
  });
  it('reads no study to do under "Previous request:", "Prior order:", "Denied request:" (near misses)', () => {
    assert.equal(orderOf('UR summary', 'Previous request: MRI L-spine w/o for 14 yo runner w/ LBP x2 wks - DENIED 2/4.', 'No imaging requested at this time.'), 'none');
    assert.equal(orderOf('Prior order: XR L-spine AP/lat for 10 yo with back pain.', 'No imaging requested at this time.'), 'none');
    assert.equal(orderOf('Denied request: MRI lumbar spine w/o for 15 yo w/ LBP 3 wks.', 'Plan: PT 6 wks, no imaging today.'), 'none');
  });
});
