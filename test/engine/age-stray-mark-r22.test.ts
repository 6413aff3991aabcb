/**
 * An Age value with a stray full stop or comma between its number and its unit (clinical/age-fact.ts strayMark): "Age: 3. mo"
 * is 3 months. Only a number, the mark and a unit; anything more is read as before.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const ORDER = 'Order: XR L-spine';
const read = (...lines: string[]) => readNote(...lines, ORDER);
const DAYS = 30.4375;

describe('an Age value with a stray full stop or comma before its unit (r22)', () => {
  for (const [line, months] of [
    ['Age: 3. mo', 3],
    ['Age: 3, mo', 3],
    ['Age: 3.mo', 3],
    ['Age: 3. mo.', 3],
    ['Age: 14, yrs', 168],
    ['Age: 14. yo', 168],
  ] as const)
    it(`"${line}" is ${months} months`, () => {
      const r = read(line, 'HPI: sacral dimple');
      assert.equal(r.facts.age?.months, months);
      assert.ok(!r.rules.includes('unreadable-age'), r.rules.join());
    });
  it('"Age: 6, wks" is six weeks', () => assert.equal(Math.round(read('Age: 6, wks').facts.age!.months * DAYS), 42));
  it('near miss: "Age: 14, M" (months or male?) is left unread and reported, never 14 months', () => {
    const r = read('Age: 14, M');
    assert.equal(r.facts.age, undefined);
    assert.ok(r.rules.includes('unreadable-age'), r.rules.join());
  });
  it('near miss: "Age: 3. Mo has back pain" stays unread and reported, as before', () => {
    const r = read('Age: 3. Mo has back pain');
    assert.equal(r.facts.age, undefined);
    assert.ok(r.rules.includes('unreadable-age'));
  });
  it('near miss: "Age: 14. Back pain 3 wk." stays 14 years', () => assert.equal(read('Age: 14. Back pain 3 wk.').facts.age?.months, 168));
  it('near miss: "Age: 3. Sister 2 wk old." is never the sister\'s two weeks', () => {
    const m = read('Age: 3. Sister 2 wk old.').facts.age?.months;
    assert.ok(m === undefined || m > 1, String(m));
  });
});
