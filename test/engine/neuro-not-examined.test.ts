/**
 * A Neuro line that says no exam was done ("N/A", "not assessed", "deferred") is an unknown exam, never a
 * normal one: the simple-dimple check needs a normal exam before it says imaging is usually not required.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const dimple = ['Pt: 2 mo F', 'Findings: sacral dimple 3 mm within the cleft, 1 cm from anus, base seen'];

describe('a neuro exam not done', () => {
  for (const v of ['N/A', 'NA', 'not assessed', 'deferred', 'Not examined.', 'unable to assess']) {
    it(`"Neuro: ${v}" is unknown, and simple-dimple stays silent`, () => {
      const r = readNote(...dimple, `Neuro: ${v}`, 'Order: US spine');
      assert.equal(r.facts.neuro.state, 'unknown');
      assert.ok(!r.rules.includes('simple-dimple'));
    });
  }
  it('"Neuro: normal" still is normal', () => {
    const r = readNote(...dimple, 'Neuro: normal', 'Order: US spine');
    assert.equal(r.facts.neuro.state, 'normal');
    assert.ok(r.rules.includes('simple-dimple'));
  });
  it('"Neuro: not assessed" does not swallow a deficit told elsewhere', () => {
    assert.equal(readNote('Pt: 2 mo F', 'Findings: hair tuft; L leg moves less than R', 'Neuro: not assessed', 'Order: US spine').facts.neuro.state, 'abnormal');
  });
});
