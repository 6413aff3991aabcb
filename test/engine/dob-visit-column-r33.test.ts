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

describe('a template’s visit date never moves an age already read, nor stands for another’s visit (r33 mend)', () => {
  const rest = ['Tuft at L5.', 'Order: US spine'];

  it('takes no visit date when extra text follows the date, whatever the spaces before it', () => {
    for (const line of [
      'DOB: 10/01/2024   Visit: 24/06/2024  (missed)',
      'DOB: 10/01/2024   Seen: 24/06/2024   DNA',
      'DOB: 10/01/2024   Visit: 24/07/2024   Next visit: 12/10/2024',
    ]) {
      const r = readNote(line, 'Dimple 6 mm above the cleft.', 'Order: US spine');
      assert.equal(r.facts.age, undefined, line);
      assert.ok(r.rules.includes('unreadable-age'), line);
    }
    assert.equal(ageOf('Patient label:  DOB: 10/01/2024  Seen: 24/06/2024  (by GP)', 'Dimple 6 mm above the cleft.', 'Order: US spine'), undefined);
  });

  it('keeps the age of an ISO DOB on the order date, whatever Seen: or Attended: says', () => {
    for (const lines of [
      ['DOB: 2024-01-10', 'Physiotherapy  Seen: 2024-02-24'],
      ['DOB: 2024-01-10', 'Seen: 2024-03-01'],
      ['DOB: 2024-01-10', 'Previous ED attendance for a bump to the head', 'Attended: 2024-02-24'],
      ['DOB: 2024-01-10', 'Twin 1\tSeen: 2024-02-24'],
    ]) {
      assert.equal(ageOf(...lines, ...rest), ageOf('DOB: 2024-01-10', ...rest), lines.join(' / '));
    }
  });

  it('takes no visit date after another person, another clinic or a past event', () => {
    for (const lines of [
      ['DOB: 10/01/2024   Twin 1   Seen: 24/06/2024'],
      ['Twin 2 Liam   DOB: 10/01/2024', 'Twin 1   Seen: 24/06/2024'],
      ['DOB: 10/01/2024', 'Physiotherapy', 'Seen: 24/02/2024'],
      ['DOB: 10/01/2024', 'Previous ED attendance for fall', 'Attended: 24/02/2024'],
      ['DOB: 10/01/2024', 'Ultrasound   Seen: 24/02/2024'],
      ['DOB: 10/01/2024', 'Mum   Seen: 24/02/2024'],
      ['DOB: 2024-01-10   Mum\tSeen: 2024-02-24'],
      ['DOB: 10/01/2024', 'Sibling  Seen: 24/06/2024'],
      ['DOB: 10/01/2024', 'Last appointment\tSeen: 24/02/2024'],
      ['DOB: 10/01/2024', 'Neurosurgery opinion  Seen: 24/02/2024'],
      ['DOB: 10/01/2024   Sex: F', 'Referred: 02/02/2024   Seen: 24/06/2024'],
      ['DOB: 10/01/2024', 'Visit: 24/07/2024', 'Visit: 13/03/2024'],
    ]) {
      const r = readNote(...lines, ...rest);
      assert.equal(r.facts.age, undefined, lines.join(' / '));
    }
  });

  it('reads Attended: only on the DOB’s own line, and a time of day after the date', () => {
    near(ageOf('DOB: 10/01/2024   Attended: 24/06/2024', ...rest), 5 + 14 / 30, 'Attended: on the DOB line');
    near(ageOf('DOB: 10/01/2024   Seen: 24/06/2024 10:30', ...rest), 5 + 14 / 30, 'a time after the date');
    // Only right under the DOB's line (r33 mend 2): a line between may tell another person or a past visit.
    assert.equal(ageOf('DOB: 10/01/2024', 'Name: Ava Jones', 'Seen: 24/06/2024', ...rest), undefined, 'a line between');
  });

  it('reads a visit column after a bar or a comma on the DOB’s line, never with more after it or another column between', () => {
    near(ageOf('DOB: 10/01/2024 | Visit: 24/07/2024', ...rest), 6 + 14 / 31, 'after a bar');
    near(ageOf('DOB: 10/01/2024, Seen: 24/06/2024', ...rest), 5 + 14 / 30, 'after a comma');
    for (const line of ['DOB: 10/01/2024, Seen: 24/06/2024 (by GP)', 'DOB: 10/01/2024 | Twin 1 | Seen: 24/06/2024', 'DOB: 10/01/2024, Mum seen: 24/06/2024']) {
      assert.equal(ageOf(line, ...rest), undefined, line);
    }
  });
});
