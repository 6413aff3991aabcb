/**
 * Check marks and crosses as answers (r22, set 19): a cross (❌, ✖, ❎) before or after an item denies it, one cross per
 * item; a check (✅, ✔) affirms it; in a table whose answer column holds the mark, the mark answers the cell before it.
 * A cross in another cell or row, or a check that answers something else ("✅ done"), tells nothing of the item.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function state(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'denied' : 'unread';
}

describe('check marks and crosses', () => {
  it('a cross before each item denies each', () => {
    const lines = ['6 yo F, older brother has tethered cord', '- her skin: ❌ dimple ❌ hair tuft ❌ haemangioma — back looks normal', 'Order: MRI L-spine'];
    for (const id of ['sacral-dimple', 'hair-tuft', 'hemangioma']) assert.equal(state(id, ...lines), 'denied', id);
  });
  it('a cross after an item, or after its key, denies it', () => {
    assert.equal(state('hair-tuft', '5 mo boy, sacral dimple ✅ hair tuft ❌', 'Order: US spine'), 'denied');
    assert.equal(state('hair-tuft', '5 mo boy, sacral dimple 2 mm', 'Hair tuft: ❌', 'Order: US spine'), 'denied');
    assert.equal(state('fever', '15 y M, LBP x 2 wks', '* ❌ fever ❌ night pain ❌ leg symptoms', 'Order: XR L-spine'), 'denied');
  });
  it('a table answers each row with the mark in its answer cell', () => {
    const lines = ['10yo F, low back pain ~3 wks', '| red flag | |', '|---|---|', '| fever | ❌ |', '| night pain | ✅ |', '| wt loss | ❌ |', 'plan: XR L-spine'];
    assert.equal(state('fever', ...lines), 'denied');
    assert.equal(state('night-pain', ...lines), 'present');
    assert.equal(state('weight-loss', ...lines), 'denied');
  });
  it('a row of several questions answers each with its own cell', () => {
    const lines = ['5 mo boy', '| sacral dimple | ❌ | hair tuft | ✅ |', 'Order: US spine'];
    assert.equal(state('sacral-dimple', ...lines), 'denied');
    assert.equal(state('hair-tuft', ...lines), 'present');
  });
  it('a comment after the mark in its cell keeps the answer', () => {
    const lines = ['5 mo boy', '| sacral dimple 2 mm | ✅ (in cleft) |', '| other skin markers: hair tuft, haemangioma | ❌ none |', 'Order: US spine'];
    assert.equal(state('sacral-dimple', ...lines), 'present');
    assert.equal(state('hair-tuft', ...lines), 'denied');
  });
  describe('near misses', () => {
    it('a cross in another row denies nothing of this one', () => {
      const lines = ['5 mo boy', '| sacral dimple | ✅ |', '| hair tuft | ❌ |', 'Order: US spine'];
      assert.equal(state('sacral-dimple', ...lines), 'present');
    });
    it('a check that answers something else ("✅ done") leaves a told finding as told', () => {
      assert.equal(state('sacral-dimple', '5 mo boy, sacral dimple 2 mm. US booked ✅ done.', 'Order: US spine'), 'present');
    });
    it('a told item with no mark keeps its reading', () => {
      assert.equal(state('sacral-dimple', '5 mo boy, sacral dimple 2 mm in cleft.', '| hair tuft | ❌ |', 'Order: US spine'), 'present');
    });
  });
});
