/**
 * Review of r20a (a finding key answered yes/no): a relative's answer, a history asked about, the key's finding named
 * again after the answer, or a one-letter answer before a dash is no plain answer of the child's finding; such a line
 * stays unread as before, never a red flag the note denies or gives to someone else.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const BASE = ['Age: 14 y', 'HPI: back pain 3 wk'];
const PLAN = 'Plan: XR L-spine';

const presentIn = (id: string, line: string) => readNote(...BASE, line, PLAN).facts.hits.some((h) => h.finding.id === id && h.present);
const scenario = (line: string) => readNote(...BASE, line, PLAN).scenario;

describe('review fixes v-a: a finding key answered yes/no', () => {
  describe("1. a relative named after the answer is not the child's finding", () => {
    for (const [line, id] of [
      ['Fever: yes - sibling', 'fever'],
      ['Fever: yes (brother)', 'fever'],
      ['Fever: Y - mother', 'fever'],
      ['Night sweats: Y (mum)', 'night-sweats'],
      ['Night sweats: yes, father', 'night-sweats'],
      ['Fever: + (dad)', 'fever'],
      ['Fever: + in sibling', 'fever'],
    ] as const) {
      it(`"${line}"`, () => {
        assert.equal(presentIn(id, line), false);
        assert.equal(scenario(line), 'back-pain-no-red-flags');
      });
    }
  });
  describe('2. a denial that names the finding again is no present finding', () => {
    for (const [line, id] of [
      ['Fever: no fevers', 'fever'],
      ['Fever: no fever', 'fever'],
      ['Fever: denies fever', 'fever'],
      ['Weight loss: no weight loss', 'weight-loss'],
    ] as const) {
      it(`"${line}"`, () => {
        assert.equal(presentIn(id, line), false);
        assert.equal(scenario(line), 'back-pain-no-red-flags');
      });
    }
  });
  describe('3. a history answered no is no present finding', () => {
    for (const line of ['Fever: no hx', 'Fever: neg hx', 'Fever: negative hx', 'Fever: negative history']) {
      it(`"${line}"`, () => {
        assert.equal(presentIn('fever', line), false);
        assert.equal(scenario(line), 'back-pain-no-red-flags');
      });
    }
  });
  it('4. "Fever: n - afebrile" is no present fever', () => {
    assert.equal(presentIn('fever', 'Fever: n - afebrile'), false);
    assert.equal(scenario('Fever: n - afebrile'), 'back-pain-no-red-flags');
  });
  describe('plain answers still read', () => {
    for (const line of ['Fever: yes 39C', 'Night pain: yes, no meds help', 'Weight loss: Y (no appetite)', 'Fever: yes, no rigors']) {
      it(`"${line}" is a red flag`, () => assert.equal(scenario(line), 'back-pain-red-flags'));
    }
  });
});
