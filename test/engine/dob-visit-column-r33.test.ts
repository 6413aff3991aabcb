/**
 * Dates as GP letters and non-US writers give them (round 33): a DOB that may be day- or month-first, settled by the visit's
 * date in a header column or a line of its own ("DOB: 10/01/2024   Visit: 24/07/2024": the visit can only be day-first, so
 * the DOB is 10 January), the age read on that date. Round 31's decision stands: "seen <date>" in prose beside the DOB gives
 * no visit date (template-keys-r31.test.ts).
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, readNote } from '../helpers';

describe('a DOB settled by the visit’s date in a header column (r33)', () => {
  const rest = ['Findings: tuft of fine hair ~1.5 cm at L5, no dimple', 'Order: US spine'];

  it('reads the DOB day-first, as the visit’s date (which can only be day-first) says, with the age on the visit', () => {
    // 10 January 2024 to 24 July 2024, 24 June 2024.
    near(ageOf('DOB: 10/01/2024   Visit: 24/07/2024', ...rest), 6 + 14 / 31, 'Visit: 24/07/2024');
    near(ageOf('DOB: 10/01/2024   Seen: 24/06/2024', ...rest), 5 + 14 / 30, 'Seen: 24/06/2024');
    near(ageOf('DOB: 10/01/2024', 'Seen: 24/06/2024', ...rest), 5 + 14 / 30, 'Seen: on its own line');
    near(ageOf('DOB: 10/01/2024\tEncounter: 24/06/2024', ...rest), 5 + 14 / 30, 'after a tab');
  });

  it('fires the window rules and no unreadable-age', () => {
    const r = readNote('DOB: 10/01/2024   Seen: 24/06/2024', 'Female infant, sacral dimple 4 mm, within the cleft, base seen.', 'Order: US spine');
    assert.ok(r.rules.includes('ultrasound-window-closing'), r.rules.join(','));
    assert.ok(!r.rules.includes('unreadable-age'), r.rules.join(','));
  });

  it('reads a US writer’s DOB month-first when the visit can only be month-first', () => {
    // 1 October 2024 to 24 December 2024: 84 days.
    near(ageOf('DOB: 10/01/2024   Visit: 12/24/2024', ...rest), 84 * DAY, 'Visit: 12/24/2024');
  });

  it('leaves the DOB unreadable when both dates may be read either way', () => {
    const r = readNote('DOB: 10/01/2024   Visit: 04/07/2024', ...rest);
    assert.equal(r.facts.age, undefined);
    assert.ok(r.rules.includes('unreadable-age'), r.rules.join(','));
  });

  it('takes no date from a qualified key, a value with more than the date, another person or prose', () => {
    for (const lines of [
      ['DOB: 10/01/2024   Last seen: 24/06/2024'],
      ['DOB: 10/01/2024   Next visit: 24/06/2024'],
      ['DOB: 10/01/2024   Visit: 24/06/2024 (missed)'],
      ['DOB: 10/01/2024', 'Mum seen: 24/06/2024'],
      ['DOB: 10/01/2024', 'HPI: tuft noticed by GP, seen 24/06/2024'],
    ]) {
      const r = readNote(...lines, ...rest);
      assert.equal(r.facts.age, undefined, lines.join(' / '));
      assert.ok(r.rules.includes('unreadable-age'), lines.join(' / '));
    }
  });
});
