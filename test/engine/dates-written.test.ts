import * as assert from 'node:assert/strict';
import { type IsoDate, isoText } from '../../server/src/notes/age';
import { noteConvention, readDate, readingsOf } from '../../server/src/notes/dates';
import { ids, lint, note } from '../helpers';

/** The readings of one date written alone, with no other date to settle its convention. */
const alone = (text: string, pivotYear = 2026) => {
  const d = readDate(text, pivotYear);
  return d ? readingsOf(d, noteConvention([d])).map(isoText) : [];
};

describe('dates as clinicians write them (DOB and Date values)', () => {
  const one: [string, string][] = [
    ['2026-08-15', '2026-08-15'],
    ['2026/08/15', '2026-08-15'],
    ['15/08/2026', '2026-08-15'],
    ['8-15-26', '2026-08-15'],
    ['15 Aug 2026', '2026-08-15'],
    ['15-AUG-26', '2026-08-15'],
    ['15th August 2026', '2026-08-15'],
    ['Aug 15, 2026', '2026-08-15'],
    ['Sept 3 2026', '2026-09-03'],
    ['04/04/2026', '2026-04-04'],
    // Dotted dates are day-first by convention.
    ['15.08.2026', '2026-08-15'],
    ['03.04.2026', '2026-04-03'],
    // A trailing time or bracketed age is passed over.
    ['30/11/2026 10:00', '2026-11-30'],
    ['2026-11-30T10:00', '2026-11-30'],
    ['2026-11-30T10:00:00Z', '2026-11-30'],
    ['30/11/2026 9:30 am', '2026-11-30'],
    ['15/08/2026 (3 mo)', '2026-08-15'],
    ['15/08/2026 (3 mo old)', '2026-08-15'],
    ['15 Aug 2026 (age 3 mo).', '2026-08-15'],
    // Two-digit years: this century's unless that is after the order's year.
    ['25/12/98', '1998-12-25'],
    ['25/12/26', '2026-12-25'],
    ['25/12/27', '1927-12-25'],
  ];
  for (const [text, want] of one) it(`reads "${text}" as ${want} only`, () => assert.deepEqual(alone(text), [want]));
  it('the two-digit year pivots on the order year given', () => assert.deepEqual(alone('25/12/27', 2027), ['2027-12-25']));
  it('gives both readings of a date that may be day- or month-first', () => assert.deepEqual(alone('03/04/2026'), ['2026-04-03', '2026-03-04']));
  for (const text of [
    '31/02/2026',
    '13/13/2026',
    'see chart',
    '***',
    '15 Augustus 2026',
    '2026-8',
    'Jan 2026',
    '3 mo',
    '15/08/2026 at 10:00 with mum',
    '15/08/2026 (approx)',
    '15/08/2026 (? 15/09)',
  ])
    it(`reads no date in "${text}"`, () => assert.equal(readDate(text, 2026), undefined));

  it('one convention per note: a date only day-first settles the others day-first', () => {
    const dates = [readDate('15/01/2026', 2026), readDate('03/12/2026', 2026)];
    assert.equal(noteConvention(dates), 'day');
    assert.deepEqual(readingsOf(dates[1]!, 'day').map(isoText), ['2026-12-03']);
  });
  it('one convention per note: a date only month-first settles the others month-first', () =>
    assert.equal(noteConvention([readDate('01/15/2026', 2026), readDate('03/12/2026', 2026)]), 'month'));
  it('dates that disagree settle nothing', () => assert.equal(noteConvention([readDate('01/15/2026', 2026), readDate('15/01/2026', 2026)]), undefined));
  it('a settled month-first convention overrules the dotted day-first one', () =>
    assert.deepEqual(readingsOf(readDate('03.04.2026', 2026)!, 'month').map(isoText), ['2026-03-04']));

  // Tests fix today at 2026-11-26 (test/helpers.ts).
  const read = (today: IsoDate | undefined, ...lines: string[]) => {
    const n = lint(note(...lines, 'Findings: hair tuft', 'Order: US spine area of interest'), today ? { today } : {}).notes[0];
    return { months: n.facts.age?.months, from: n.facts.age?.from, problems: n.facts.ageProblems.map((p) => p.message), rules: n.findings.map((f) => f.ruleId) };
  };
  const near = (got: number | undefined, want: number) => assert.ok(got !== undefined && Math.abs(got - want) < 0.05, `${got} is not ${want}`);
  const us = (...lines: string[]) => ids(note(...lines, 'Findings: hair tuft', 'Order: US spine area of interest'));

  it('a day-first DOB gives the age (2 months: no window finding)', () => assert.deepEqual(us('DOB: 15/09/2026'), []));
  it('a DOB with the month named gives the age (8 months: window closed)', () => assert.deepEqual(us('DOB: 1 Apr 2026'), ['ultrasound-window-closed']));
  it('a day-first DOB with a day-first order date', () => assert.deepEqual(us('DOB: 26/05/2026', 'Date: 26/11/2026'), ['ultrasound-window-closing']));

  it('a DOB that may be day- or month-first is told with both readings, not chosen for being before the order', () => {
    const r = read(undefined, 'DOB: 11/10/2026', 'Date: 2026-10-20');
    assert.equal(r.months, undefined);
    assert.deepEqual(r.problems, ['the date of birth "11/10/2026" could be either day- or month-first (2026-10-11 or 2026-11-10); write it as an ISO date']);
  });
  it('the newborn\'s "DOB: 03/12/2026" a day ahead of the server is told, not read as 12 March', () => {
    const r = read({ y: 2026, m: 12, d: 2 }, 'DOB: 03/12/2026', 'HPI: newborn, born this morning');
    assert.equal(r.months, 0);
    assert.equal(r.from, 'text');
    assert.deepEqual(r.problems, ['the date of birth "03/12/2026" could be either day- or month-first (2026-12-03 or 2026-03-12); write it as an ISO date']);
  });
  it('an order date that may be day- or month-first is told, not chosen for being before today', () => {
    const r = read(undefined, 'DOB: 2026-05-25', 'Date: 03/11/2026');
    assert.equal(r.months, undefined);
    assert.deepEqual(r.problems, ['the order date "03/11/2026" could be either day- or month-first (2026-11-03 or 2026-03-11); write it as an ISO date']);
  });
  it('a day-first DOB settles the order date day-first ("15/01/2026" and "03/12/2026" is 3 December)', () =>
    near(read({ y: 2026, m: 12, d: 5 }, 'DOB: 15/01/2026', 'Date: 03/12/2026').months, 10 + 18 / 30.4375));
  it('a month-first DOB settles the order date month-first ("01/15/2026" and "03/12/2026" is 12 March)', () => {
    const r = read(undefined, 'DOB: 01/15/2026', 'Date: 03/12/2026');
    near(r.months, 1 + 25 / 30.4375);
    assert.deepEqual(r.problems, []);
  });
  it('a day-first order date settles the DOB day-first', () => near(read(undefined, 'DOB: 05/06/2026', 'Date: 26/11/2026').months, 5 + 21 / 30.4375));
  it('with the convention settled, a DOB after the order date is told as such, not read the other way', () => {
    const r = read(undefined, 'DOB: 05/12/2026', 'Date: 13/11/2026');
    assert.equal(r.months, undefined);
    assert.deepEqual(r.problems, ['the date of birth is after the order date']);
  });
  it('a DOB only day-first after today is told as such', () => assert.deepEqual(read(undefined, 'DOB: 15/12/2026').problems, ['the date of birth is after the order date']));
  it('a dotted DOB is read day-first', () => near(read(undefined, 'DOB: 03.06.2026').months, 5 + 23 / 30.4375));
  it("a two-digit year after the order year is last century's", () => near(read(undefined, 'DOB: 25/12/98').months, 27 * 12 + 11 + 1 / 30.4375));
  it('a DOB with a trailing time and an order date with one', () => assert.equal(read(undefined, 'DOB: 2026-08-26T03:15', 'Date: 26/11/2026 10:00').months, 3));
  it('a DOB with its age in brackets', () => assert.equal(read(undefined, 'DOB: 26/08/2026 (3 mo)').months, 3));

  it('a DOB not written ISO does not overrule the age the note states', () => {
    const r = read(undefined, 'DOB: 13/05/2026', 'HPI: 4 wk old with hair tuft');
    near(r.months, 28 / 30.4375);
    assert.equal(r.from, 'text');
  });
  it('an ISO DOB still gives the age over one stated in the history', () => assert.equal(read(undefined, 'DOB: 2026-05-26', 'HPI: 4 wk old with hair tuft').from, 'DOB'));
  it('a DOB not written ISO gives the age when the note states none', () => assert.equal(read(undefined, 'DOB: 13/05/2026').from, 'DOB'));

  it('every message is one sentence under 140 characters', () => {
    for (const lines of [
      ['DOB: 03/04/2026'],
      ['DOB: 2026-05-25', 'Date: 03/04/2026'],
      ['DOB: 03/04/2026', 'Date: 04/05/2026'],
      ['DOB: 15/12/2026'],
      ['DOB: soon'],
      ['DOB: 2026-05-25', 'Date: later'],
    ]) {
      const problems = read(undefined, ...lines).problems;
      // Each case is one the reader tells: an empty list would check nothing.
      assert.ok(problems.length > 0, lines.join(' / '));
      for (const m of problems) {
        assert.ok(m.length < 140, m);
        assert.ok(!/\.\s/.test(m), m);
      }
    }
  });
  it('an unreadable DOB is still told', () => assert.ok(us('DOB: 15th of the 8th').includes('unreadable-age')));
});
