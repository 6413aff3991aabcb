/**
 * Review rv19a of r19a (a request copied in quotation marks read as history): a quotation that is the only place the note
 * names its study stays the order; a quotation opened by a single, curly single, low or angle quotation mark reads as one
 * opened by a straight double quote.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const order = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('a quoted request that is the only place the note names its study', () => {
  it('stays the order under a request key when its history comes first', () => {
    assert.equal(order('Request: "3 mo, sacral dimple. US spine please"'), 'us-area');
    assert.equal(order('Age: 2 mo', 'Request: "Sacral dimple; please US spine"'), 'us-area');
    assert.equal(order('Age: 14 y', 'Request: "LBP 6 weeks, night pain, wakes him. MRI L-spine please"'), 'mri-area-without');
  });
  it('stays the order under a key the language does not know that names a request', () => {
    assert.equal(order('Age: 3 mo', 'Referrer\'s request (copied): "MRI L-spine w/o for hair tuft"'), 'mri-area-without');
    assert.equal(order('Age: 3 mo', 'Request from Dr Patel (quoted): "US lumbar spine, sacral dimple with hair tuft"'), 'us-area');
  });
  it('a prior study told under a key of history is no other order', () => {
    assert.equal(order('Age: 14 y', 'Hx: XR L-spine 2 wk ago normal', 'Request: "LBP 6 wk, night pain. MRI L-spine please"'), 'mri-area-without');
  });
  it('a study named on another line still makes the quotation history', () => {
    const lines = ['Age: 3 mo', 'Request (quoted): "Sacral dimple, deep, with tuft of hair. US spine please"', 'Order: US spine'];
    assert.equal(order(...lines), 'us-area');
    assert.equal(present('hair-tuft', ...lines), true);
  });
});

describe('a request quoted with another quotation mark', () => {
  for (const [open, close] of [
    ["'", "'"],
    ['\u2018', '\u2019'],
    ['\u201e', '\u201c'],
    ['\u00ab', '\u00bb'],
  ]) {
    it(`${open}…${close} reads as "…"`, () => {
      const lines = ['Age: 3 mo', `Request (quoted): ${open}Sacral dimple, deep, with tuft of hair${close}`, 'Order: US spine'];
      assert.equal(order(...lines), 'us-area');
      assert.equal(present('hair-tuft', ...lines), true);
      assert.equal(present('hair-tuft', 'Age: 3 mo', `Original request: ${open}Sacral dimple with hair tuft${close}`, 'Order: US spine'), true);
    });
  }
});
