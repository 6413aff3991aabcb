import * as assert from 'node:assert/strict';
import { readDates } from '../../server/src/notes/dates';
import { ids, note } from '../helpers';

describe('dates as clinicians write them (DOB and Date values)', () => {
  const one: [string, string][] = [
    ['2026-08-15', '2026-08-15'],
    ['2026/08/15', '2026-08-15'],
    ['15/08/2026', '2026-08-15'],
    ['8-15-26', '2026-08-15'],
    ['15.08.2026', '2026-08-15'],
    ['15 Aug 2026', '2026-08-15'],
    ['15-AUG-26', '2026-08-15'],
    ['15th August 2026', '2026-08-15'],
    ['Aug 15, 2026', '2026-08-15'],
    ['Sept 3 2026', '2026-09-03'],
    ['04/04/2026', '2026-04-04'],
  ];
  const iso = (d: { y: number; m: number; d: number }) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  for (const [text, want] of one) it(`reads "${text}" as ${want} only`, () => assert.deepEqual(readDates(text).map(iso), [want]));
  it('gives both readings of a date that may be day- or month-first', () => assert.deepEqual(readDates('03/04/2026').map(iso), ['2026-04-03', '2026-03-04']));
  for (const text of ['31/02/2026', '13/13/2026', 'see chart', '***', '15 Augustus 2026', '2026-8', 'Jan 2026', '3 mo', '15/08/2026 at 10:00 with mum'])
    it(`reads no date in "${text}"`, () => assert.deepEqual(readDates(text), []));

  // Tests fix today at 2026-12-01 (test/helpers.ts).
  const us = (...lines: string[]) => ids(note(...lines, 'Findings: hair tuft', 'Order: US spine area of interest'));
  it('a day-first DOB gives the age (2 months: no window finding)', () => assert.deepEqual(us('DOB: 15/09/2026'), []));
  it('a DOB with the month named gives the age (8 months: window closed)', () => assert.deepEqual(us('DOB: 1 Apr 2026'), ['ultrasound-window-closed']));
  it('a day-first DOB with a day-first order date', () => assert.deepEqual(us('DOB: 26/05/2026', 'Date: 26/11/2026'), ['ultrasound-window-closing']));
  it('of two readings, the one not after the order date ("11/10/2026" ordered 2026-10-20 is 11 October)', () => assert.deepEqual(us('DOB: 11/10/2026', 'Date: 2026-10-20'), []));
  it('two possible readings are told, not guessed', () => {
    const got = ids(note('DOB: 03/04/2026', 'Findings: hair tuft', 'Order: US spine area of interest'));
    assert.ok(got.includes('unreadable-age'), got.join());
    assert.ok(!got.includes('ultrasound-window-closed'), got.join());
  });
  it('a DOB no reading of which is before the order date is told as such', () => assert.ok(us('DOB: 15/12/2026').includes('unreadable-age')));
  it('an unreadable DOB is still told', () => assert.ok(us('DOB: 15th of the 8th').includes('unreadable-age')));
});
