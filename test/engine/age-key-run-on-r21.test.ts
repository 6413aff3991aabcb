/**
 * An Age value that runs on into another sentence (clinical/age-fact.ts withAgeRunOnRead): the first sentence is the
 * age, the rest the history. "Age: 14.  Back pain 3 wk." is a 14-year-old with back pain for three weeks.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const ORDER = 'Order: XR L-spine';
const ageOf = (line: string) => readNote(line, ORDER).facts.age?.months;

describe('an Age value that runs on (r21)', () => {
  for (const [line, months, id] of [
    ['Age: 14.  Back pain 3 wk.', 168, 'back-pain'],
    ['Age: 14. LBP x 3 wk, no fever.', 168, 'back-pain'],
    ['Age: 14; back pain 3 wk', 168, 'back-pain'],
    ['Age: 14 yo. Back pain for 3 wk, night pain.', 168, 'night-pain'],
    ['Age: 14 yrs. Back pain 3 wk.', 168, 'back-pain'],
    ['Age: 9. Fever for 2 days. Back pain.', 108, 'fever'],
    ['Age: 7 mo. Dimple since birth.', 7, 'sacral-dimple'],
    ['Age: 2y 3m. Hair tuft.', 27, 'hair-tuft'],
  ] as const) {
    it(`"${line}" is ${months} months old, ${id} read from the rest`, () => {
      assert.equal(ageOf(line), months);
      assert.ok(presentIn(id, line, ORDER));
    });
  }
  it('"Age: 14. LBP x 3 wk, no fever." denies the fever', () =>
    assert.ok(readNote('Age: 14. LBP x 3 wk, no fever.', ORDER).facts.hits.some((h) => h.finding.id === 'fever' && h.negated)));
  it('back pain from a run-on Age value puts the teenager in a back-pain scenario', () => assert.match(readNote('Age: 14.  Back pain 3 wk.', ORDER).scenario, /^back-pain/));
  // Near misses, unchanged.
  // Not split (no 3 years); the value stays whole, and the age reader reads the slip as 3 months (r22).
  it('near miss: "Age: 3. mo" (a stray full stop before the unit) is not split into 3 years: 3 months', () => {
    assert.equal(ageOf('Age: 3. mo'), 3);
    assert.ok(!readNote('Age: 3. mo', ORDER).rules.includes('unreadable-age'));
  });
  it('near miss: "Age: 6 mos. old" is 6 months', () => assert.equal(ageOf('Age: 6 mos. old'), 6));
  it('near miss: "Age: 6/12" is 6 months', () => assert.equal(ageOf('Age: 6/12'), 6));
  it('near miss: "Age: 2 wk" is two weeks', () => assert.equal(Math.round(ageOf('Age: 2 wk')! * 100), 46));
  it('near miss: "Age: 3 mo. Ex-28 weeker." keeps 3 months and its gestation', () => {
    const f = readNote('Age: 3 mo. Ex-28 weeker.', ORDER).facts.age;
    assert.equal(f?.months, 3);
    assert.equal(f?.corrected?.gestationWeeks, 28);
  });
  it('near miss: a relative\'s age in the next sentence is not the child\'s ("Age: 5.  Mother 34 yo, has back pain.")', () =>
    assert.equal(ageOf('Age: 5.  Mother 34 yo, has back pain.'), 60));
  it('near miss: "Age: 14. Brother is 3 mo." is 14 years', () => assert.equal(ageOf('Age: 14. Brother is 3 mo.'), 168));
  it('near miss: "Age: 14.  Sister 3 yo." is 14 years', () => assert.equal(ageOf('Age: 14.  Sister 3 yo.'), 168));
  // A sister's age in weeks ("Sister 3 wk old") is not known as hers by the free-text age reader, on its own line too
  // ("HPI: Sister 3 wk old." beside "Age: 14" is unreadable on main): the note is reported unreadable, never 3 weeks.
  it('near miss: "Age: 14.  Sister 3 wk old." is reported unreadable, never the sister\'s 3 weeks', () => {
    assert.equal(ageOf('Age: 14.  Sister 3 wk old.'), undefined);
    assert.ok(readNote('Age: 14.  Sister 3 wk old.', ORDER).rules.includes('unreadable-age'));
  });
  // The bracketed birth year bears the 14 out as years (r22).
  it('"Age: 14 (DOB 2012). Back pain 6 wk." reads the back pain and 14 years, never the 6 weeks as the age', () => {
    const r = readNote('Age: 14 (DOB 2012). Back pain 6 wk.', ORDER);
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
    assert.equal(r.facts.age?.months, 168);
  });
});
