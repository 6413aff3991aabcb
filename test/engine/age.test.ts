import * as assert from 'node:assert/strict';
import { monthsBetween, parseAge, parseIsoDate } from '../../server/src/notes/age';
import { ids, note } from '../helpers';

describe('ages', () => {
  const cases: [string, number][] = [
    ['3 months', 3],
    ['3 mo', 3],
    ['3mo', 3],
    ['3-month-old boy', 3],
    ['18 months', 18],
    ['2 years', 24],
    ['2 y', 24],
    ['2y 3m', 27],
    ['2 yrs 3 mos', 27],
    ['newborn', 0],
    ['1.5 years', 18],
  ];
  for (const [text, months] of cases) it(`reads "${text}" as ${months} months`, () => assert.equal(parseAge(text)?.months, months));
  it('reads weeks and days as fractional months', () => {
    assert.ok(Math.abs(parseAge('10 weeks')!.months - 70 / 30.4375) < 1e-9);
    assert.ok(Math.abs(parseAge('21 days')!.months - 21 / 30.4375) < 1e-9);
    assert.ok(Math.abs(parseAge('10 wk')!.months - parseAge('10 weeks')!.months) < 1e-9);
  });
  it('does not read sex after an age as months ("2 y M")', () => assert.equal(parseAge('2 y M')?.months, 24));
  it('finds no age in text without one', () => assert.equal(parseAge('infant girl'), undefined));
  it('computes calendar months from DOB to order date', () => {
    assert.equal(monthsBetween(parseIsoDate('2026-05-26')!, parseIsoDate('2026-11-26')!), 6);
    assert.ok(monthsBetween(parseIsoDate('2026-05-25')!, parseIsoDate('2026-11-26')!) > 6);
    assert.ok(monthsBetween(parseIsoDate('2026-05-27')!, parseIsoDate('2026-11-26')!) < 6);
    assert.equal(monthsBetween(parseIsoDate('2026-01-31')!, parseIsoDate('2026-02-28')!), 1);
  });
  it('rejects impossible ISO dates', () => {
    assert.equal(parseIsoDate('2026-02-30'), undefined);
    assert.equal(parseIsoDate('26/05/2026'), undefined);
  });

  describe('acoustic-window boundaries (default 4 and 6 months)', () => {
    const us = (age: string) => ids(note(age, 'Findings: hair tuft', 'Order: US spine area of interest'));
    it('3.9 months: no diagnostic', () => assert.deepEqual(us('Age: 118 days'), []));
    it('exactly 4 months: closing', () => assert.deepEqual(us('Age: 4 months'), ['ultrasound-window-closing']));
    it('exactly 6 months: closing, not closed', () => assert.deepEqual(us('Age: 6 months'), ['ultrasound-window-closing']));
    it('26 weeks (under 6 months): closing', () => assert.deepEqual(us('Age: 26 weeks'), ['ultrasound-window-closing']));
    it('6 months and 1 day: closed', () => assert.deepEqual(us('Age: 6 months 1 day'), ['ultrasound-window-closed']));
    it('1 year: closed', () => assert.deepEqual(us('Age: 1 y'), ['ultrasound-window-closed']));
    it('DOB exactly 6 months before the order date: closing', () => assert.deepEqual(us('DOB: 2026-05-26\nDate: 2026-11-26'), ['ultrasound-window-closing']));
    it('DOB one day earlier: closed', () => assert.deepEqual(us('DOB: 2026-05-25\nDate: 2026-11-26'), ['ultrasound-window-closed']));
    it('DOB without Date uses today (fixed in tests)', () => assert.deepEqual(us('DOB: 2026-09-26'), []));
    it('the window is a setting (3 months, as some sources say)', () => {
      const t = note('Age: 4 months', 'Findings: hair tuft', 'Order: US spine area of interest');
      assert.deepEqual(ids(t, { ultrasoundWindow: { warnAfterMonths: 3, infoFromMonths: 2 } }), ['ultrasound-window-closed']);
    });
  });
});
