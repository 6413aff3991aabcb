/**
 * Round 57 (fix57a): ages told in British consultants' dictated letters (set 158). A surname written in capitals after
 * the given name ("Re: Oscar PEMBERTON, 11") is read as the same name in title case is; an apposition after the name the
 * writer's verb of care introduces ("Thank you for referring Isla GRANT, who is 13, with …", "I reviewed Noor, now 15, …");
 * an "Age at clinic:" header key. Near misses: a relative's or a companion's age, a clinician's name, a study's or a
 * word's capitals, a past verb with a bare number, a pregnancy's weeks, a follow-up interval.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const WEEK = 7 / 30.4375;

describe("ages in British consultants' letters (fix57a)", () => {
  it('reads a surname in capitals after the given name in a letter heading as the name it is', () => {
    near(ageOf('Dear Dr Patel,', '', 'Re: Oscar PEMBERTON, 11', '', 'Oscar has had low back pain for a month.'), 132, 'bare');
    near(ageOf('Re: Ruth ALDRIDGE, 14 yrs   Hosp No. K1122', '', 'Dear Dr Patel,', 'Ruth has back pain.'), 168, 'unit then column');
    near(ageOf('Dear Dr Patel', '', 'Re: Ivy THORNE, 11 weeks', '', 'There is a dimple over the sacrum.'), 11 * WEEK, 'weeks');
    near(ageOf('Dear Dr Patel', '', 'Re: Ivy THORNE (9)', '', 'Back pain for a month.'), 108, 'bracket');
    near(ageOf('Re: Otis FAIRWEATHER, 20/52', '', 'Dear Dr Patel,', 'A skin tag above the natal cleft.'), 20 * WEEK, 'fifty-seconds');
    near(ageOf('Dear Dr Patel,', '', "Re: Albie O'DOWD, 7", '', 'Back pain for a month.'), 84, 'prefixed surname');
  });

  it('leaves capitals that are no surname, a clinician, a relative and an interval as before', () => {
    assert.equal(ageOf('Dear Dr Patel', '', 'Re: Spinal MRI, 12', '', 'Back pain.'), undefined);
    assert.equal(ageOf('Dear Dr Patel', '', 'Re: Dr Helen JONES, 12', '', 'Back pain.'), undefined);
    assert.equal(ageOf('Dear Dr Patel', '', 'Re: Sarah JONES, 34, mother of Emily', '', 'Emily has a sacral dimple.'), undefined);
    assert.equal(ageOf('Dear Dr Patel', '', 'Re: Monday CLINIC, 3 weeks', '', 'Back pain.'), undefined);
    assert.equal(ageOf('Dear Dr Patel,', '', 'Re: Ella STONE, 4/12 review', '', 'Sacral dimple.'), undefined);
    assert.equal(ageOf('Dear Dr Patel,', '', 'Thank you for seeing Mia REED, 19, her sister.', 'Back pain 3 wks.'), undefined);
  });

  it('reads an apposition after the name the writer refers or sees', () => {
    near(ageOf('Dear Dr Patel,', '', 'Thank you for referring Isla GRANT, who is 13, with back pain at night.'), 156, 'who is');
    near(ageOf('Dear Dr Patel,', '', 'Thank you for referring Isla MACKAY, who is 13, with back pain at night.'), 156, 'capitals');
    near(ageOf('Dear Dr Patel,', '', 'I reviewed Noor, now 15, who finished chemotherapy two years ago.'), 180, 'now');
    near(ageOf('Dear Dr Patel,', '', 'I saw Noor, who is 15, with low back pain for 3 weeks.'), 180, 'past verb with who is');
  });

  it('refuses an apposition that is someone else, past or no age', () => {
    // A relative or a companion after the age in its sentence.
    assert.equal(ageOf('Dear Dr Patel,', '', 'Thank you for referring Mia REED, who is 19, her sister.'), undefined);
    assert.equal(ageOf('Dear Dr Patel,', '', 'I saw Jane, now 17, with her daughter Emily, who has a dimple.'), undefined);
    // A past verb with a bare number: someone seen before.
    assert.equal(ageOf('Dear Dr Patel,', '', 'I saw Jack, 4, in 2019 with a dimple.'), undefined);
    // Someone else's seeing, not the writer's.
    assert.equal(ageOf('Dear Dr Patel,', '', 'Dr Smith saw Tom, now 12, in March. Back pain.'), undefined);
    assert.equal(ageOf('Dear Dr Patel,', '', 'Mum reviewed Tom, now 12, at home. Back pain.'), undefined);
    // A number with a unit that is no age.
    assert.equal(ageOf('Dear Dr Patel,', '', 'Thank you for referring Hannah, who is 14 weeks pregnant, with back pain.'), undefined);
  });

  it('reads a clinic letter header "Age at clinic:" as the age today', () => {
    near(ageOf('Paediatric Surgery - Outpatient Letter', 'Name: Ada QUINN', 'Age at clinic: 5 months', 'Sacral dimple.'), 5, 'clinic');
    near(ageOf('Age at consultation: 12 years', 'Back pain.'), 144, 'consultation');
    // A past age key stays past.
    assert.equal(ageOf('Age at onset: 5 months', 'Sacral dimple.'), undefined);
  });
});
