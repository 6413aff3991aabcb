/**
 * Review 12 (c): a newborn's first void (reading-vocabulary.json newbornVoid, clinical/guards.ts firstVoidOfNewborn)
 * is timing only while the time without a void is under a day and no retention sign is told; otherwise retention.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const retention = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'retention' && h.present);

describe('review 12c fixes', () => {
  it('a 2-day-old with a distended or palpable bladder is retention', () => {
    assert.equal(retention('Age: 2 days', 'Findings: hair tuft over sacrum. Not voiding, bladder distended and palpable.'), true);
    assert.equal(retention('2 day old M with sacral lipoma. Has not voided, palpable bladder on exam.', 'Order: MRI L-spine'), true);
  });
  it('a day or more without a void is retention', () => {
    assert.equal(retention('Age: 2 days', 'Findings: sacral dimple. Not voided in 48 hours.'), true);
    assert.equal(retention('Newborn, 2 days old. Sacral tuft. No voids in 24 hours despite feeds.'), true);
    assert.equal(retention("DOL 2. Sacral dimple, hasn't voided since birth."), true);
    assert.equal(retention('Age: 2 days', "Findings: deep sacral dimple. Hasn't voided since birth, feeding well."), true);
  });
  it('a voiding problem, not a first void, is retention', () => {
    assert.equal(retention('Age: 2 days', 'Findings: sacral dimple. Weak urinary stream, not voiding well.'), true);
    assert.equal(retention('1 d old. Sacral hair tuft. Dribbling urine constantly, not voiding a stream.'), true);
  });
  it('first-void timing under a day stays no retention', () => {
    assert.equal(retention('Age: 8 hours', 'Findings: sacral dimple. Has not voided yet.'), false);
    assert.equal(retention('20 hr old term male. Sacral hair tuft. No void in the first 20 hours, feeding well.'), false);
    assert.equal(retention('6 hours old. Sacral dimple. Voided x1 at birth, no void in the last 4 hours.'), false);
    assert.equal(retention('Age: 12 hours', 'Findings: sacral dimple. Has not voided yet, bladder not palpable.'), false);
    assert.equal(retention('Age: 1 day', 'Findings: hair tuft over the sacrum. No void in the first 12 h.'), false);
  });
});
