/**
 * An Age and a date of birth that disagree (rule age-dob-mismatch, clinical/age-fact.ts checkAgainstBirth): the stated age
 * is read, and the writer is told, unless the two agree as a clinician rounds. A DOB in brackets after the age ("Age: 14
 * (DOB 2012)") is read.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const ORDER = 'Order: XR L-spine';
const read = (...lines: string[]) => readNote(...lines, ORDER);
const mismatch = (...lines: string[]) => read(...lines).note.findings.filter((f) => f.ruleId === 'age-dob-mismatch');
const disagree = (...lines: string[]) => mismatch(...lines).length > 0;
const DAYS = 30.4375;
const ageRules = (...lines: string[]) => read(...lines).rules.filter((id) => /age/.test(id));

describe('an Age and a DOB that disagree (r22)', () => {
  it('"Age: 4 mo" and a DOB two days before the order: 4 months read, the mismatch told in one sentence', () => {
    const r = read('Age: 4 mo', 'DOB: 2026-07-30', 'Date: 2026-08-01');
    assert.equal(r.facts.age?.months, 4);
    const [f] = mismatch('Age: 4 mo', 'DOB: 2026-07-30', 'Date: 2026-08-01');
    assert.equal(f.message, 'Age 4 months and DOB 2026-07-30 (2 days on 2026-08-01) disagree: correct one of them');
    assert.ok(f.message.length < 140);
    assert.ok(!r.rules.includes('unreadable-age'), r.rules.join());
  });
  it('"Age: 3 months" and a DOB seven years back', () => {
    assert.equal(read('Age: 3 months', 'DOB: 2019-05-01', 'Date: 2026-08-01').facts.age?.months, 3);
    assert.match(mismatch('Age: 3 months', 'DOB: 2019-05-01', 'Date: 2026-08-01')[0].message, /^Age 3 months and DOB 2019-05-01 \(7 years 3 months on 2026-08-01\)/);
  });
  it('with no Date line the injected today is the order date', () => assert.match(mismatch('Age: 2 wk', 'DOB: 2026-08-20')[0].message, /\(14 weeks on 2026-11-26\)/));
  it('a DOB written day-first that reads one way only is compared too ("30/07/2026")', () => assert.ok(disagree('Age: 6 months', 'DOB: 30/07/2026', 'Date: 2026-08-01')));
  it('the stated age still wins over a non-ISO DOB', () => assert.equal(read('Age: 6 months', 'DOB: 30/07/2026', 'Date: 2026-08-01').facts.age?.months, 6));
  it('an ambiguous DOB is told only when both readings disagree', () => {
    // 05/06/2026: 2026-06-05 is 57 days before, 2026-05-06 87 days.
    assert.ok(!disagree('Age: 8 weeks', 'DOB: 05/06/2026', 'Date: 2026-08-01'), '8 weeks fits the day-first reading');
    assert.ok(!disagree('Age: 12 weeks', 'DOB: 05/06/2026', 'Date: 2026-08-01'), '12 weeks fits the month-first reading');
    assert.ok(disagree('Age: 5 weeks', 'DOB: 05/06/2026', 'Date: 2026-08-01'));
  });
  it('no new report for an ambiguous DOB beside an age (the ambiguity is not told where the Age is read)', () =>
    assert.deepEqual(ageRules('Age: 8 weeks', 'DOB: 05/06/2026', 'Date: 2026-08-01'), []));

  describe('tolerance, as a clinician rounds (Date 2026-08-01)', () => {
    const on = (age: string, dob: string) => disagree(`Age: ${age}`, `DOB: ${dob}`, 'Date: 2026-08-01');
    for (const [age, dob, told] of [
      // Years: the completed years or the rounded ones.
      ['14 years', '2011-08-02', false], // 14 y 11 m 30 d
      ['15 years', '2011-08-02', false],
      ['15 years', '2012-02-01', false], // 14 y 6 m: rounds to 15
      ['15 years', '2012-02-02', true], // 14 y 5 m 30 d
      ['14 yo', '2012-08-02', false], // 13 y 11 m 30 d rounds to 14
      ['14 yo', '2013-02-02', true], // 13 y 5 m 30 d
      ['13 years', '2012-08-01', true], // 14 to the day
      ['3 1/2 yo', '2023-02-01', false], // 3 y 6 m
      ['3 1/2 yo', '2022-08-01', false], // 4 y: half a year out
      ['3 1/2 yo', '2022-07-01', true], // 4 y 1 m
      // Months: within a month.
      ['3 months', '2026-04-06', false], // 3 mo 26 d
      ['3 months', '2026-04-01', false], // 4 mo to the day
      ['3 months', '2026-03-31', true], // 4 mo 1 d
      ['3 months', '2026-06-01', false], // 2 mo to the day
      ['3 months', '2026-06-02', true],
      ['2y 3m', '2024-05-01', false],
      ['2y 3m', '2024-03-01', true],
      ['18/12', '2025-02-01', false],
      // Weeks: within a week.
      ['8 weeks', '2026-05-30', false], // 63 days
      ['8 weeks', '2026-05-29', true], // 64 days
      ['8 weeks', '2026-06-13', false], // 49 days
      ['8 weeks', '2026-06-14', true], // 48 days
      ['6/52', '2026-06-20', false],
      // Days: within a day.
      ['10 days', '2026-07-21', false], // 11
      ['10 days', '2026-07-20', true], // 12
      ['10 days', '2026-07-23', false], // 9
      ['10 days', '2026-07-24', true], // 8
      // A newborn: within the first month.
      ['newborn', '2026-07-25', false],
      ['newborn', '2026-06-01', true],
    ] as const) {
      it(`"${age}" and DOB ${dob}: ${told ? 'told' : 'agree'}`, () => assert.equal(on(age, dob), told));
    }
  });

  describe('near misses: nothing compared', () => {
    it('a past Age key ("Age at discharge: 3 wk") is that day\'s age', () => assert.ok(!disagree('Age at discharge: 3 wk', 'DOB: 2025-08-01', 'Date: 2026-08-01')));
    it('an unreadable DOB ("DOB: see chart") is not compared', () => assert.ok(!disagree('DOB: see chart', 'Age: 20 months')));
    it('an unreadable order date is not compared', () => assert.ok(!disagree('Age: 3 months', 'DOB: 2019-05-01', 'Date: next Tuesday')));
    it('a birth after the order date is not compared', () => assert.ok(!disagree('Age: 3 months', 'DOB: 2026-09-01', 'Date: 2026-08-01')));
    it('an age and a DOB that agree are silent', () => assert.deepEqual(ageRules('Age: 4 mo', 'DOB: 2026-04-01', 'Date: 2026-08-01'), []));
  });

  describe('a DOB in brackets after the age', () => {
    it('"Age: 14 (DOB 2012)" is 14 years, nothing told', () => {
      const r = read('Age: 14 (DOB 2012)', 'HPI: back pain 3 wk');
      assert.equal(r.facts.age?.months, 168);
      assert.ok(!r.rules.includes('unreadable-age') && !r.rules.includes('age-dob-mismatch'), r.rules.join());
    });
    for (const line of [
      'Age: 14 (2012)',
      'Age: 14 (D.O.B. 2012-03-04)',
      'Age: 14 (b. 2012)',
      'Age: 14 (born 2012-03-04)',
      'Age: 14 yrs (DOB: 2012)',
      'Age: 14 [DOB 2012]',
      'Age: 14 (DOB 03/04/2012)',
    ])
      it(`"${line}" is 14 years`, () => assert.equal(read(line, 'HPI: back pain').facts.age?.months, 168));
    it('"Age/Sex: 14 M (DOB 2012)": the sex column is read apart, 14 years', () => assert.equal(read('Age/Sex: 14 M (DOB 2012)', 'HPI: back pain').facts.age?.months, 168));
    it('"Age: 4 (DOB 2026-07-20)": the birth makes the bare number months', () => assert.equal(read('Age: 4 (DOB 2026-07-20)').facts.age?.months, 4));
    it('a bracketed year that disagrees is read as stated and told', () => {
      const r = read('Age: 14 (DOB 2019)', 'HPI: back pain');
      assert.equal(r.facts.age?.months, 168);
      assert.match(mismatch('Age: 14 (DOB 2019)', 'HPI: back pain')[0].message, /^Age 14 years and DOB 2019 \(6–7 years on 2026-11-26\) disagree/);
    });
    it('a bracketed full date that disagrees is told', () => assert.ok(disagree('Age: 3 mo (DOB 2019-05-01)')));
    it('near miss: "Age: 6 wk (seen 2026-08-01)" is no birth: 6 weeks, nothing told', () => {
      const r = read('Age: 6 wk (seen 2026-08-01)');
      assert.equal(Math.round(r.facts.age!.months * DAYS), 42);
      assert.ok(!r.rules.includes('age-dob-mismatch'));
    });
    it('near miss: "Age: 14 (approx.)" is not a birth and stays as it was: no age, unreadable-age told', () => {
      const r = read('Age: 14 (approx.)', 'HPI: back pain');
      assert.equal(r.facts.age?.months, undefined);
      assert.ok(r.rules.includes('unreadable-age') && !r.rules.includes('age-dob-mismatch'), r.rules.join());
    });
  });
});
