/**
 * A newborn who has not yet passed urine (reading-vocabulary.json newbornVoid, clinical/guards.ts firstVoidOfNewborn):
 * the timing of a first void in the first days of life is no retention; retention stays retention at any age.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const retention = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'retention' && h.present);
const rules = (...lines: string[]) => readNote(...lines).rules;

describe('a newborn who has not voided yet', () => {
  it('is no retention in the first days of life', () => {
    assert.equal(retention('Age: 8 hours', 'Findings: hair tuft over the sacrum. Has not voided yet.'), false);
    assert.equal(retention('Age: 1 day', 'Findings: hair tuft over the sacrum. No void in the first 12 h.'), false);
    assert.equal(retention('Age: 2 days', 'Findings: deep sacral dimple. No void in the first 12 h, feeding well.'), false);
  });
  it('so an infant with a marker and an ultrasound ordered gets no call to refer for a urologic symptom', () => {
    assert.ok(!rules('Age: 1 day', 'Findings: hair tuft over the sacrum. No void in the first 12 h.', 'Neuro: normal', 'Order: US spine').includes('escalation-referral'));
  });
  it('stays retention in an older infant, and when the words say retention at any age', () => {
    assert.equal(retention('Age: 3 mo', 'Findings: hair tuft over the sacrum. Has not voided since last night.'), true);
    assert.equal(retention('Age: 2 weeks', 'Findings: hair tuft over the sacrum. Has not voided in 12 hours.'), true);
    assert.equal(retention('Age: 2 days', 'Findings: hair tuft over the sacrum. Unable to void, bladder distended.'), true);
    assert.ok(
      rules('Age: 3 mo', 'Findings: hair tuft over the sacrum. Has not voided since last night.', 'Neuro: normal', 'Order: MRI L-spine w/o').includes('escalation-referral'),
    );
  });
});
