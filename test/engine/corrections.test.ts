/**
 * A note corrected after the fact (an addendum): a finding said to have been documented in error is
 * withdrawn wherever the note named it; a finding merely denied later is not.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('findings withdrawn by a correction', () => {
  it('"fever was documented in error" withdraws the fever of the ROS', () => {
    const lines = [
      'Urgent care - 9 y F, low back pain x 10 days, no injury. ROS: + fever. Neuro normal. Order: XR L-spine.',
      '',
      'Addendum (next day): correction - "fever" was documented in error; afebrile at the visit.',
    ];
    assert.ok(!present('fever', ...lines));
    assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
  });
  for (const words of ['entered in error', 'charted in error', 'recorded by mistake'])
    it(`"night pain ${words}" withdraws it`, () => assert.ok(!present('night-pain', 'HPI: 12 yo, LBP 3 wk, night pain.', `Addendum: night pain ${words}.`)));
  it('a finding merely denied later stays as first told', () => {
    assert.ok(present('fever', 'HPI: 9 yo, LBP x 10 d, fever 39.', 'Addendum: no fever today.'));
  });
  it('an error about another finding withdraws only that one', () => {
    assert.ok(present('fever', 'HPI: 9 yo, LBP x 10 d, fever 39.', 'Addendum: hair tuft was documented in error.'));
  });
  it('an error told about something else in the clause is no withdrawal', () => {
    assert.ok(present('fever', 'HPI: 9 yo, LBP x 10 d, fever 39. No night pain; XR was ordered in error and cancelled.'));
  });
});
