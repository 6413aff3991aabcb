/**
 * A key that names a finding, answered yes or no on its own line ("Fever: yes 39C", "Night sweats: Y", "Fever: no"):
 * the line is that question answered (clinical/unknown-keys.ts answeredFinding). Anything else stays unread.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const BASE = ['Age: 14 y', 'HPI: back pain 3 wk'];
const PLAN = 'Plan: XR L-spine';

function stateOf(id: string, line: string): string {
  const hits = readNote(...BASE, line, PLAN).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}
const rules = (line: string) => readNote(...BASE, line, PLAN).rules;

describe('a finding key answered yes or no (r20a)', () => {
  for (const [line, id] of [
    ['Fever: yes 39C', 'fever'],
    ['Night pain: yes', 'night-pain'],
    ['Weight loss: yes, 3 kg', 'weight-loss'],
    ['Night sweats: Y', 'night-sweats'],
    ['Fever: +', 'fever'],
    ['Fever: positive', 'fever'],
    ['Age: 14 y     Fever: yes', 'fever'],
  ] as const) {
    it(`"${line}" reads ${id} present, a red flag, and no unknown key`, () => {
      assert.equal(stateOf(id, line), 'present');
      assert.ok(!rules(line).includes('unknown-key'));
      assert.equal(readNote(...BASE, line, PLAN).scenario, 'back-pain-red-flags');
    });
  }
  for (const [line, id] of [
    ['Fever: no', 'fever'],
    ['Wt loss: N', 'weight-loss'],
    ['Night pain: denies', 'night-pain'],
    ['Fever: negative', 'fever'],
  ] as const) {
    it(`"${line}" denies ${id}`, () => assert.equal(stateOf(id, line), 'absent'));
  }
  // 'Fever: -' is answered now (r21-keys): a sign alone is the answer, see answered-marker-keys-r21.test.ts.
  for (const line of ['Fever: ?', 'Fever: not asked', 'Fever: 39C', 'Fever: - sibling']) {
    it(`near miss: "${line}" is no answer and stays unread`, () => {
      assert.equal(stateOf('fever', line), 'unread');
      assert.ok(rules(line).includes('unknown-key'));
    });
  }
  it('near miss: "Mother\'s fever: yes" is not the child\'s fever', () => assert.notEqual(stateOf('fever', "Mother's fever: yes"), 'present'));
  it('"Fever: 3 days ago, none since" still reads as before (a recent fever, kept on the safe side)', () =>
    assert.equal(stateOf('fever', 'Fever: 3 days ago, none since'), 'present'));
});
