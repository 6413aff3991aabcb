/**
 * Review of age-dob-mismatch (r22): a corrected age is not compared; an unlabelled bracket is a birth only when the age
 * agrees with it; the message names the age in the writer's unit and fits; the Date and the DOB are read in one
 * convention; "DOB: 2019" is read as a year wherever it is read.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const ORDER = 'Order: XR L-spine';
const read = (...lines: string[]) => readNote(...lines, ORDER);
const told = (...lines: string[]) => read(...lines).note.findings.filter((f) => f.ruleId === 'age-dob-mismatch');
const message = (...lines: string[]) => {
  const [f, ...rest] = told(...lines);
  assert.ok(f && !rest.length, `one mismatch for ${lines.join(' / ')}`);
  return f.message;
};

describe('age-dob-mismatch, review (r22)', () => {
  describe('a corrected age is not compared with the chronological one', () => {
    for (const lines of [
      ['Age: 2 months corrected', 'DOB: 2026-07-15', 'Date: 2026-11-26'],
      ['Age: 2 mo (CGA)', 'DOB: 2026-07-15', 'Date: 2026-11-26'],
      ['Age: 3 mo (corrected)', 'DOB: 2026-07-01'],
      ['Age: 2 mo adjusted', 'DOB: 2026-07-15', 'Date: 2026-11-26'],
      ['Age: corrected 2 mo', 'DOB: 2026-07-15', 'Date: 2026-11-26'],
    ])
      it(`"${lines.join(' / ')}": nothing told`, () => assert.deepEqual(told(...lines), []));
    it('near miss: the same age with no correction word is told', () => assert.equal(told('Age: 2 months', 'DOB: 2026-07-15', 'Date: 2026-11-26').length, 1));
  });

  describe('an unlabelled bracket is a birth only when the age agrees with it', () => {
    for (const line of ['Age: 9 (2019)', 'Age: 14 (2024)', 'Age: 3 mo (2026-11-20)', 'Age: 14 yrs (2019)'])
      it(`"${line}": nothing told`, () => assert.deepEqual(told(line, 'HPI: back pain'), []));
    it('"Age: 3 mo (2026-11-20)" is still 3 months', () => assert.equal(read('Age: 3 mo (2026-11-20)').facts.age?.months, 3));
    it('"Age: 14 (2012)" agrees: 14 years', () => assert.equal(read('Age: 14 (2012)', 'HPI: back pain').facts.age?.months, 168));
    it('"Age: 14 yrs (2012)" agrees: 14 years', () => assert.equal(read('Age: 14 yrs (2012)', 'HPI: back pain').facts.age?.months, 168));
    it('an unlabelled bracket that disagrees is not a birth: a DOB line still is', () =>
      assert.match(message('Age: 3 mo (2026-11-20)', 'DOB: 2019-05-01'), /^Age 3 months and DOB 2019-05-01 /));
    it('a labelled bracket that disagrees is still told', () => assert.equal(told('Age: 9 (DOB 2019)', 'HPI: back pain').length, 1));
    it('"Age: 14 (b. 2019)" is still told', () => assert.equal(told('Age: 14 (b. 2019)', 'HPI: back pain').length, 1));
  });

  describe('the message names the age in the unit the writer used, and fits', () => {
    it('weeks', () =>
      assert.equal(message('Age: 6 weeks', 'DOB: 2026-10-05', 'Date: 2026-11-26'), 'Age 6 weeks and DOB 2026-10-05 (7 weeks 3 days on 2026-11-26) disagree: correct one of them'));
    it('"6/52" is weeks too', () => assert.match(message('Age: 6/52', 'DOB: 2026-10-05', 'Date: 2026-11-26'), /^Age 6 weeks and DOB 2026-10-05 \(7 weeks 3 days /));
    it('months past two years stay months', () => assert.match(message('Age: 30 months', 'DOB: 2019-05-01', 'Date: 2026-11-26'), /^Age 30 months and DOB/));
    it('weeks far from the birth are told in months', () => assert.match(message('Age: 6 weeks', 'DOB: 2019-05-01', 'Date: 2026-11-26'), /\(7 years 6 months on/));
    it('"2y 11m" is years and months', () => assert.match(message('Age: 2y 11m', 'DOB: 2019-05-01', 'Date: 2026-11-26'), /^Age 2 years 11 months and DOB/));
    it('days', () => assert.match(message('Age: 10 days', 'DOB: 2026-10-05', 'Date: 2026-11-26'), /^Age 10 days and DOB 2026-10-05 \(52 days on 2026-11-26\)/));
    it('months and days', () => assert.match(message('Age: 2 months', 'DOB: 2026-07-15', 'Date: 2026-11-26'), /\(4 months 11 days on 2026-11-26\)/));
    it('"Age: neonate" reads naturally', () =>
      assert.equal(
        message('Age: neonate', 'DOB: 2026-06-01', 'Date: 2026-11-26'),
        'Age "neonate" and DOB 2026-06-01 (5 months 25 days on 2026-11-26) disagree: correct one of them',
      ));
    for (const lines of [
      ['Age: 2y 11m', 'DOB: 15th September 2009', 'Date: 26th November 2026'],
      ['Age: 11 months', 'DOB: 01/02/2026', 'Date: 10/11/2026'],
      ['Age: neonate', 'DOB: 01/02/2026', 'Date: 10/11/2026'],
      ['Age: 12 weeks', 'DOB: 01/02/2019', 'Date: 10/11/2026'],
      ['Age: 3 1/2 years', 'DOB: 2009', 'Date: 10/11/2026'],
      ['Age: 36 hours', 'DOB: September 15th 2009', 'Date: 10/11/2026'],
    ])
      it(`"${lines.join(' / ')}": under 140 characters`, () => assert.ok(message(...lines).length < 140, message(...lines)));
  });

  describe('the Date and the DOB are read in one convention', () => {
    // 10/11/2026 is 10 Nov or 11 Oct; 01/02/2026 1 Feb or 2 Jan. Read in one convention the child is 9 months 9 days
    // either way; a day-first Date with a month-first DOB would make 10 months 8 days and agree with "11 months".
    it('no day-first Date paired with a month-first DOB', () =>
      assert.equal(message('Age: 11 months', 'DOB: 01/02/2026', 'Date: 10/11/2026'), 'Age 11 months and DOB 01/02/2026 (9 months 9 days) disagree: correct one of them'));
    it('a Date that settles the convention reads the DOB its way', () =>
      assert.match(message('Age: 5 weeks', 'DOB: 05/06/2026', 'Date: 26/11/2026'), /\(24 weeks 6 days on 2026-11-26\)/));
    it('the readings listed are sorted, youngest first', () => {
      // 05/06/2026: 5 June or 6 May; beside an ISO Date nothing settles which, so both are listed.
      assert.match(message('Age: 2 weeks', 'DOB: 05/06/2026', 'Date: 2026-08-20'), /\(10 weeks 6 days or 15 weeks 1 day on 2026-08-20\)/);
      // One unit for both, the one the farther reading calls for.
      assert.match(message('Age: 2 weeks', 'DOB: 05/06/2026', 'Date: 2026-11-26'), /\(5 months 21 days or 6 months 20 days on 2026-11-26\)/);
    });
  });

  describe('"DOB: 2019", a year alone, is read as a year in both places', () => {
    it('beside an Age it is compared', () => assert.match(message('Age: 3 months', 'DOB: 2019'), /^Age 3 months and DOB 2019 \(6–7 years on 2026-11-26\)/));
    it('beside an Age that agrees it is silent', () => assert.deepEqual(told('Age: 7 years', 'DOB: 2019'), []));
    it('alone it gives no age, and says it is a year only', () => {
      const r = read('DOB: 2019', 'HPI: back pain');
      assert.equal(r.facts.age, undefined);
      const f = r.note.findings.find((x) => x.ruleId === 'unreadable-age');
      assert.match(f?.message ?? '', /^The date of birth "2019" gives the year only/);
    });
  });
});
