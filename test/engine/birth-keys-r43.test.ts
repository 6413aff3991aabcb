/**
 * Dates of birth keyed the way Portuguese, Spanish, French and German templates key them ("DN: 25/04/2025", "FN:",
 * "DDN:", "Fecha de nacimiento:"), and a visit key naming the visit in full in a column beside the DOB ("Name: …   DN: …
 * Date of consult: 28/02/2026"), as an Angolan clinic's header writes them (round 43, set 56's s56-049).
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, readNote } from '../helpers';

describe('a date of birth under a foreign template’s key (r43)', () => {
  const rest = ['Sacral dimple 2 mm, within the cleft, base seen.', 'Plan: US lumbar spine'];

  it('reads a template’s full birth key alone, and its bare letters in a header column, as the DOB', () => {
    // TODAY is 2026-11-26: born 2026-08-26 is 3 months old.
    for (const key of ['Fecha de nacimiento', 'Data de nascimento', 'Date de naissance', 'Geburtsdatum', 'F. nac.', 'Fecha nac.', 'Data nasc.', 'Geb. Datum']) {
      near(ageOf(`${key}: 26/08/2026`, ...rest), 3, key);
    }
    for (const key of ['DN', 'D.N.', 'D/N', 'FN', 'F.N.', 'DDN', 'Geb.']) near(ageOf(`Name: Ana Silva   ${key}: 26/08/2026`, ...rest), 3, key);
  });

  it('leaves bare letters on a line of their own unread, even before a date (a district nurse’s visit)', () => {
    const r = readNote('Contacts this month:', 'GP: 15/11/2026', 'DN: 20/11/2026', 'Physio: 22/11/2026', 'Toddler with hair tuft.', 'Order: US spine');
    assert.equal(r.facts.age, undefined);
    assert.equal(ageOf('DN: 20/11/2026', ...rest), undefined);
    // Review r43b: beside a GP's column, not the patient's name, it is a district nurse's date.
    assert.equal(ageOf('Name: Leo Smith   GP: Dr Hill   DN: 14/07/2026', ...rest), undefined);
  });

  it('leaves an abbreviation unread when its value is no date (a district nurse, a diagnosis)', () => {
    for (const line of ['DN: visits daily for dressings', 'DN: 2 visits/week', 'FN: febrile neutropenia last year']) {
      const r = readNote('Age: 3 mo', line, ...rest);
      near(r.facts.age?.months, 3, line);
      assert.ok(!r.rules.includes('unreadable-age'), `${line}: ${r.rules.join(',')}`);
    }
  });

  it('reads the age on a visit key naming the visit in full, in the column beside the DOB', () => {
    // 25 April 2025 to 28 February 2026: 10 months and 3 days.
    const header = 'Name: A. M. Domingos   DN: 25/04/2025   Date of consult: 28/02/2026';
    near(ageOf(header, ...rest), 10 + 3 * DAY, header);
    near(ageOf('DOB: 2025-04-25   Visit date: 2026-02-28', ...rest), 10 + 3 * DAY, 'an ISO DOB and "Visit date:"');
    near(ageOf('DOB: 25/04/2025', 'Date of consult: 28/02/2026', ...rest), 10 + 3 * DAY, 'on a line of its own');
  });

  it('takes no column visit date in a note that writes another date (review r43b)', () => {
    const months = ageOf('Name: Tom   DOB: 25/04/2025   Date of consult: 28/06/2025', 'Follow-up 12/2026: dimple unchanged.', 'Order: MRI L-spine');
    assert.ok(months === undefined || months > 12, `read ${months}`);
  });

  it('takes no column visit date in a note that tells the child older since (review r43)', () => {
    const months = ageOf('DOB: 25/04/2025   Date of consult: 28/05/2025', 'History: dimple since birth, now back at 18 months with new toe walking.', 'Order: MRI L-spine');
    assert.ok(months === undefined || months > 12, `read ${months}`);
  });

  it('keeps the age on the order date for a short column word beside a DOB read one way, or a full key with more than a date', () => {
    // A "Seen:" or "Visit:" may be another clinic's; it only settles a DOB written either way (dob-visit-column-r33).
    const onToday = 19 + DAY;
    near(ageOf('Name: A   DOB: 25/04/2025   Visit: 28/02/2026', ...rest), onToday, 'Visit:');
    near(ageOf('Name: A   DOB: 25/04/2025   Date of consult: 28/02/2026 (missed)', ...rest), onToday, '(missed)');
    const after = ageOf('Name: A   DOB: 25/04/2025   Twin 1   Date of consult: 28/02/2026', ...rest);
    assert.ok(after === undefined || Math.abs(after - (10 + 3 * DAY)) > 0.01, `after another column: read ${after}`);
  });
});
