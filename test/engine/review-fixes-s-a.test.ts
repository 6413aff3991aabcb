/**
 * Review fixes (r17a): a statement of no order that names no study ("nothing ordered", "no order yet", "no order
 * placed") is about what its topic names: an unknown key ("Labs:"), the words before its colon or dash ("PT referral:"),
 * what "for" names after it ("for PT", "for pain") or who "by" names ("by ortho"); only then does it cancel the study
 * the note goes on to order (order-vocabulary prose.noneOrderedFor, noneOrderedBy).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const P = 'Patient: 12 y F';
const B = 'Presentation: LBP x 6 wk, night pain, wakes her. Neuro intact.';
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('review fixes s-a: a "nothing ordered" of something else keeps the study ordered', () => {
  it('"no order yet for PT", "nothing ordered for pain" speak of PT and pain', () => {
    assert.equal(orderOf(P, B, 'Plan: no order yet for PT. Get XR L-spine 2 views.'), 'xr-area');
    assert.equal(orderOf('10 yo boy, 3 weeks of low back pain, night pain, neuro normal.', 'Nothing ordered for pain yet. XR L-spine 2 views today.'), 'xr-area');
  });
  it('"PT referral: no order placed yet" speaks of the referral', () => {
    assert.equal(orderOf('10 yo boy, 3 weeks of low back pain, night pain, neuro normal.', 'PT referral: no order placed yet. Plan XR L-spine 2 views today.'), 'xr-area');
  });
  it('a statement of another subject or clinician is no statement of no imaging', () => {
    for (const lines of [
      [P, B, 'Labs: nothing ordered', 'Order: spine screen'],
      [P, B, 'Plan: MRI L-spine w/o ordered. No orders yet for labs.'],
      [P, B, 'Plan: nothing ordered yet by ortho - I ordered MRI L-spine w/o.'],
      [P, B, "Plan: haven't put in an order for PT. MRI lumbar spine w/o contrast ordered."],
    ]) {
      assert.equal(readNote(...lines).facts.noImagingOrdered, undefined, lines.join(' | '));
    }
  });
  it('a statement of no order about imaging still says so', () => {
    assert.notEqual(readNote(P, B, 'Order: nothing ordered yet').facts.noImagingOrdered, undefined);
    assert.notEqual(readNote(P, B, 'Plan: PT. Nothing ordered by me today.', 'Order: see plan').facts.noImagingOrdered, undefined);
    assert.equal(orderOf('Infant with a skin tag over the sacrum. Neuro fine.', "Would you image? US or MRI? I haven't placed an order yet."), 'none');
    assert.equal(orderOf('Quick q: 10 yo, LBP 3 wk, neuro normal.', 'Family wants an MRI. No order placed for imaging yet.'), 'none');
  });
});
