/**
 * Round 57 (fix57a): ages told in British consultants' dictated letters (set 158). A surname written in capitals after
 * the given name ("Re: Oscar PEMBERTON, 11") is read as the same name in title case is; an apposition after the name the
 * writer's verb of care introduces ("Thank you for referring Isla GRANT, who is 13, with …", "I reviewed Noor, now 15, …");
 * an "Age at clinic:" header key. Near misses: a relative's or a companion's age, a clinician's name, a study's or a
 * word's capitals, a past verb with a bare number, a pregnancy's weeks, a follow-up interval.
 *
 * After review r-fix57a: a past seeing told as another visit ("in 2023", "last year", "at the last visit", "when he had")
 * or followed by another child of the family named later ("Today I saw his brother Sam"), and any apposition where an age
 * is told with its unit (a heading's), are refused; so is a number after a name with an address after it or on a line
 * keyed by the letter's referrer, sender, recipient or copy list; a letter of prose under "Age at clinic:" stays free text.
 */
import * as assert from 'node:assert/strict';
import { ageOf, ids, near, note } from '../helpers';

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

  describe('near misses of review r-fix57a', () => {
    it('refuses a past seeing told as another visit', () => {
      assert.equal(ageOf('Dear Dr Lee,', '', 'I assessed Reuben, who is 13, in 2022 for a slipped epiphysis. Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'I examined Carys, now 10, at her previous appointment. Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'I met Tobias, who is 8, in the hip clinic last spring. Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'We saw Idris, who is 9, when he broke his wrist. Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'In 2021 I reviewed Idris, now 9, for a dimple. Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'I saw Nell, now 12, three years ago. Back pain.'), undefined);
      // Her history after "who" is not the visit: still read.
      near(ageOf('Dear Dr Lee,', '', 'I reviewed Carys, now 10, who had a Wilms tumour removed five years ago. Back pain.'), 120, 'who clause');
      near(ageOf('Dear Dr Lee,', '', 'I examined Carys, now 10, in clinic today. Back pain.'), 120, 'today');
    });

    it('refuses a past seeing when the letter goes on to another child of the family', () => {
      assert.equal(ageOf('Dear Dr Lee,', '', 'I saw Reuben, now 13, with back pain. Today I see his sister Maud.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'I examined Reuben, now 13, in clinic. This letter is about his baby brother Ezra.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'I examined Reuben, now 13, in clinic. Ezra is his brother.'), undefined);
      // A relative in the family history, unnamed, is no other child seen.
      near(ageOf('Dear Dr Lee,', '', 'I examined Reuben, now 13, in clinic today. His brother had scoliosis.'), 156, 'unnamed brother');
    });

    it("lets a heading's age with its unit win over an apposition in the body", () => {
      near(ageOf('Dear Dr Lee,', '', 'Re: Maud HEWITT, 2 months', '', 'I reviewed Reuben, who is 13, in clinic today.', 'Sacral dimple.'), 2, 'heading');
      // The heading's child named in the body as a sibling: the heading's age still wins over the referred brother's.
      near(
        ageOf('Dear Dr Lee,', '', 'Re: Maud HEWITT, 2 months', '', 'Thank you for referring Reuben, who is 13, with a dimple. His sister Maud has one too.'),
        2,
        'sibling heading',
      );
      near(
        ageOf('Dear Dr Lee,', '', 'Re: Maud HEWITT, 2 months', '', 'I reviewed Reuben, who is 13, for a dimple; his scan was normal. I saw his sister Maud today.'),
        2,
        'heading and sister',
      );
    });

    it('refuses a number after a name followed by an address', () => {
      assert.equal(ageOf('Dear Dr Lee,', '', 'Re: Otto HEWITT, 14, Sycamore Crescent, York YO1 7HH', '', 'Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'Re: Otto Hewitt, 9, Quarry Cottages, Malton', '', 'Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'Re: Otto Hewitt, 9, York YO1 7HH', '', 'Back pain.'), undefined);
      // No address: a clause of care or a department after it.
      near(ageOf('Dear Dr Lee,', '', 'Re: Otto HEWITT, 14, Close follow-up', '', 'Back pain.'), 168, 'close as a word');
      near(ageOf('Dear Dr Lee,', '', 'Re: Otto HEWITT, 14, Paediatric Surgery', '', 'Back pain.'), 168, 'department');
    });

    it("refuses a name and a number on the letter's referrer, sender, recipient or copy line", () => {
      assert.equal(ageOf('Dear Dr Lee,', '', 'Referrer: Agnes MORLEY, 11, Beech Road Surgery', 'Re: Otto HEWITT', '', 'Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'Referrer: Agnes Morley, 11', 'Re: Otto Hewitt', '', 'Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'Thank you for referring Otto. Referred by: Agnes MORLEY, 11, Riverside Health Centre.', 'Back pain.'), undefined);
      assert.equal(ageOf('Dear Dr Lee,', '', 'Copy to: Agnes Morley, 11', 'Re: Otto Hewitt', '', 'Back pain.'), undefined);
      // The patient's heading is still read.
      near(ageOf('Dear Dr Lee,', '', 'Referrer: Dr Agnes MORLEY', 'Re: Otto HEWITT, 11', '', 'Back pain.'), 132, 'heading after referrer');
    });

    it('leaves a letter of prose under "Age at clinic:" free text, its age read', () => {
      const text = note('Name: Ada QUINN', 'Age at clinic: 5 months', '', 'Dear Dr Lee,', '', 'I saw Ada today. There is a deep sacral dimple.', '', 'Yours sincerely,');
      const found = ids(text);
      assert.ok(found.includes('free-text-note'), found.join(','));
      assert.ok(!found.includes('malformed-line'), found.join(','));
      near(ageOf('Name: Ada QUINN', 'Age at clinic: 5 months', '', 'Dear Dr Lee,', '', 'I saw Ada today. There is a deep sacral dimple.'), 5, 'free text');
      // A keyed note with it stays keyed.
      assert.ok(!ids(note('Age at clinic: 5 months', 'History: deep sacral dimple', 'Plan: US spine')).includes('free-text-note'));
    });
  });
});
