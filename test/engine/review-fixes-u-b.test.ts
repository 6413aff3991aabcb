/**
 * Review rv19b of r19b: a meeting's "Outcome:", "Decision:", "Actions:" beside "Plan:" is no repeat of it and tells
 * something else, not the order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const LBP = 'HPI: 13 yo F, low back pain 6 wk, night pain.';
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('review rv19b: MDT outcome, decision and actions beside the plan', () => {
  it('is no duplicate key beside "Plan:"', () => {
    assert.ok(!readNote(LBP, 'Plan: MRI L-spine w/o contrast.', 'Outcome: discharged home.').rules.includes('duplicate-key'));
    assert.ok(!readNote(LBP, 'Plan: MRI L-spine w/o contrast.', 'Decision: parents agree.').rules.includes('duplicate-key'));
    assert.ok(!readNote(LBP, 'Plan: MRI L-spine w/o.', 'Actions: Dr Ng to book; family to call.').rules.includes('duplicate-key'));
    assert.ok(!readNote(LBP, 'Outcome: MRI L-spine w/o.', 'Actions: Dr Ng to book.').rules.includes('duplicate-key'));
  });
  it('beside "Plan:", the plan is read, not the outcome', () => {
    assert.equal(orderOf(LBP, 'Assessment: mechanical LBP.', 'Plan: physio.', 'Outcome: MRI L-spine w/o.'), null);
  });
  it('beside "Plan:", an outcome that reports a study done orders nothing', () => {
    assert.equal(orderOf(LBP, 'Plan: physio.', 'Outcome: CT showed pars defect.'), null);
  });
});
