/**
 * A key naming a skin marker or a red flag answered by a word or a sign (clinical/unknown-keys.ts answeredFinding,
 * context-lexicon formAnswers.noSigns): "Sacral dimple: yes", "Hair tuft: Y", "Fever: -", "Night sweats: ✓",
 * "Dimple: N". Near misses: someone else's answer, a history, a description, keys that are no finding.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function stateOf(lines: string[], id: string): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

const INFANT = ['Age: 3 months'];
const US = 'Order: spinal US';
const marker = (line: string, id: string) => stateOf([...INFANT, line, US], id);
const TEEN = ['Age: 14 y', 'HPI: back pain 3 wk'];
const XR = 'Plan: XR L-spine';
const flag = (line: string, id: string) => stateOf([...TEEN, line, XR], id);

describe('a marker key answered by a word or a sign (r21)', () => {
  for (const [line, id] of [
    ['Sacral dimple: yes', 'sacral-dimple'],
    ['Sacral dimple: Y', 'sacral-dimple'],
    ['Sacral dimple: present', 'sacral-dimple'],
    ['Sacral dimple: +', 'sacral-dimple'],
    ['Lumbar hair tuft: Y', 'hair-tuft'],
    ['Hair tuft: Y', 'hair-tuft'],
    ['Hair tuft: \u2713', 'hair-tuft'],
    ['Dimple: present', 'sacral-dimple'],
    ['Midline haemangioma: pos', 'hemangioma'],
  ] as const) {
    it(`"${line}" reads ${id} present and the infant is in S1`, () => {
      assert.equal(marker(line, id), 'present');
      const r = readNote(...INFANT, line, US);
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(!r.rules.includes('unknown-key'));
    });
  }
  for (const [line, id] of [
    ['Sacral dimple: N', 'sacral-dimple'],
    ['Sacral dimple: -', 'sacral-dimple'],
    ['Haemangioma: no', 'hemangioma'],
    ['Hair tuft: -', 'hair-tuft'],
    ['Hair tuft: \u2717', 'hair-tuft'],
    ['Skin tag: \u2013', 'skin-appendage'],
    ['Dimple: N', 'sacral-dimple'],
    ['Dimple: -', 'sacral-dimple'],
    ['Dimple: neg', 'sacral-dimple'],
    ['Dimple: \u2717', 'sacral-dimple'],
  ] as const) {
    it(`"${line}" denies ${id}`, () => assert.equal(marker(line, id), 'absent'));
  }
  it('"Dimple: N   Hair tuft: Y": each question its own answer', () => {
    assert.equal(marker('Dimple: N   Hair tuft: Y', 'sacral-dimple'), 'absent');
    assert.equal(marker('Dimple: N   Hair tuft: Y', 'hair-tuft'), 'present');
  });
  it('"Sacral dimple: ?" is an uncertain dimple, which counts as present (as "Dimple: ?" does)', () => {
    assert.equal(marker('Sacral dimple: ?', 'sacral-dimple'), 'present');
    assert.equal(marker('Dimple: ?', 'sacral-dimple'), 'present');
  });
  it('near miss: "Sacral dimple: 3 mm, within gluteal cleft, 1 cm from anus" keeps its description (simple dimple)', () => {
    const r = readNote(...INFANT, 'Sacral dimple: 3 mm, within gluteal cleft, 1 cm from anus', US);
    assert.ok(r.rules.includes('simple-dimple') || !r.rules.includes('dimple-undescribed'));
    assert.equal(r.scenario, 's1-cutaneous-marker');
  });
  it('near miss: "Dimple: 2 mm, in cleft, 1 cm from anus" stays the Dimple key\'s description', () => {
    const r = readNote(...INFANT, 'Dimple: 2 mm, in cleft, 1 cm from anus', US);
    assert.ok(!r.rules.includes('dimple-undescribed'));
  });
  for (const line of ['Sacral dimple: no hx', 'Sacral dimple: - sibling', 'Sacral: yes', 'Weight: -']) {
    it(`near miss: "${line}" reads no dimple present`, () => assert.notEqual(marker(line, 'sacral-dimple'), 'present'));
  }
  it('near miss: "Dimple: no hx" keeps the Dimple key\'s reading (unchanged: a dimple described)', () =>
    assert.equal(readNote(...INFANT, 'Dimple: no hx', US).scenario, 's1-cutaneous-marker'));
});

describe('a red-flag key answered by a sign (r21)', () => {
  for (const [line, id] of [
    ['Fever: -', 'fever'],
    ['Night pain: -', 'night-pain'],
    ['Weight loss: nil', 'weight-loss'],
    ['Fever: \u2717', 'fever'],
    ['Fever: \u2014', 'fever'],
  ] as const) {
    it(`"${line}" denies ${id}`, () => {
      assert.equal(flag(line, id), 'absent');
      assert.ok(!readNote(...TEEN, line, XR).rules.includes('unknown-key'));
    });
  }
  for (const [line, id] of [
    ['Fever: +', 'fever'],
    ['Night sweats: \u2713', 'night-sweats'],
  ] as const) {
    it(`"${line}" reads ${id} present`, () => assert.equal(flag(line, id), 'present'));
  }
  it('"Fever: -   Night pain: +": the dash answers fever only', () => {
    assert.equal(flag('Fever: -   Night pain: +', 'fever'), 'absent');
    assert.equal(flag('Fever: -   Night pain: +', 'night-pain'), 'present');
  });
  for (const line of ['Fever: - sibling', 'Fever: yes - brother', 'Fever: - see HPI', 'Fever: ?']) {
    it(`near miss: "${line}" is no answer of the child's and stays unread`, () => assert.equal(flag(line, 'fever'), 'unread'));
  }
});
