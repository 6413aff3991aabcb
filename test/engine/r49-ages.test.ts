/**
 * Round 49 (fix49c): ages as writers trained in Spanish write them: "Adolescent 14 a." (the Spanish "años" as "a."), only
 * after a word for a child and only in a note telling no other age. Each with the look-alikes that must stay as they were:
 * a relative, a parent, the patient whoever it is, another age told, a list's numbering, an infant. ("Control of 6 weeks.",
 * "19M gym" and the years in a bracket after a letter's named child were taken out after review r49.)
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

describe('r49: "a." for the Spanish "años" after a word for the child', () => {
  it('"Adolescent 14 a. Constant lumbar pain" is 14 years', () => assert.equal(ageOf('Adolescent 14 a. Constant lumbar pain at rest.', 'TAC lumbar with contrast.'), 168));
  it('"Niña de 7 a., dolor lumbar" is 7 years', () => assert.equal(ageOf('Niña de 7 a., dolor lumbar.', 'RX lumbar.'), 84));
  it('"Hx: Boy 9 a. Back pain at night." is 9 years', () => assert.equal(ageOf('Hx: Boy 9 a. Back pain at night.', 'MRI L-spine.'), 108));
  it('"Paciente 9 a." (the patient whoever it is) is none', () => assert.equal(ageOf('Hx: Paciente 9 a. Back pain at night.', 'MRI L-spine.'), undefined));
  it('a duration in weeks ("Niña de 7 a., dolor lumbar 2 semanas") leaves "a." as written: none', () =>
    assert.equal(ageOf('Niña de 7 a., dolor lumbar 2 semanas.', 'RX lumbar.'), undefined));
  it('a relative\'s ("Paciente de 45 a. (madre)") is none', () => assert.equal(ageOf('Paciente de 45 a. (madre) refiere dolor. Child with back pain.', 'XR L-spine.'), undefined));
  it('a mother\'s ("Mother 34 a.") is none', () => assert.equal(ageOf('Mother 34 a. Child with back pain.', 'XR L-spine.'), undefined));
  it('a dose ("ibuprofen 3 a day") is none', () => assert.equal(ageOf('Patient takes ibuprofen 3 a day. Back pain.', 'XR L-spine.'), undefined));
  it('a clock time ("seen at 10 a.m.") is none', () => assert.equal(ageOf('Patient seen at 10 a.m. Back pain.', 'XR L-spine.'), undefined));
  it('a grade or a score ("Grade 4 a.", "Pain score 7 a.") is none', () => {
    assert.equal(ageOf('Boy fell. Grade 4 a. Back pain.', 'XR L-spine.'), undefined);
    assert.equal(ageOf('Pain score 7 a. Child, back pain.', 'XR L-spine.'), undefined);
  });
  it('not opening its sentence ("The adolescent 14 a.") is none', () => assert.equal(ageOf('The adolescent 14 a. Back pain.', 'XR L-spine.'), undefined));
  it('a time since after it ("Patient 2 a. ago", "Girl 12 a. hace …") is none', () => {
    assert.equal(ageOf('Patient 2 a. ago had surgery. Back pain.', 'XR L-spine.'), undefined);
    assert.equal(ageOf('Girl 12 a. hace 2 años caída. Back pain.', 'XR L-spine.'), undefined);
  });
  it('an Age key wins ("Adolescent 14 a. … Age: 15 years")', () => assert.equal(ageOf('Adolescent 14 a. Back pain.', 'Age: 15 years', 'XR L-spine.'), 180));
});

describe('r49 after review: "N a." is read as written where the note tells another age, numbers a list or names an infant', () => {
  it('a list\'s numbering ("Patient 1 a. … Patient 1 b. … Age 3 months") is 3 months', () =>
    assert.equal(ageOf('Patient 1 a. Tuft of hair over the sacrum.', 'Patient 1 b. Neuro exam normal.', 'Age 3 months.', 'US spine.'), 3));
  it('a list\'s numbering with the age later ("Patient 2 a. … Patient 2 b. … 5 mo girl") is 5 months', () =>
    assert.equal(ageOf('Patient 2 a. Tuft of hair over the sacrum. Neuro exam normal.', 'Patient 2 b. Ordered US spine.', '5 mo girl.'), 5));
  it('a second child\'s line ("Boy 6 a. / Girl 3 months with tuft") is 3 months', () =>
    assert.equal(ageOf('Boy 6 a.', 'Girl 3 months with tuft of hair over the sacrum. neuro exam normal.', 'US spine.'), 3));
  it('an age told in the note ("Girl 4 a. She is 4 months old.") is 4 months', () =>
    assert.equal(ageOf('Girl 4 a. She is 4 months old. Tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 4));
  it('after a word for an infant ("Infant 3 a.") it is none', () => assert.equal(ageOf('Infant 3 a.', 'Tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), undefined));
});

describe('r49 after review 2: "N a." only after a word for a child, never beside a baby\'s age, a DOB or a mother just delivered', () => {
  it('a father\'s ("Male 45 a. Accompanying infant 6/52 …") is the infant\'s 6 weeks', () =>
    near(ageOf('Male 45 a. Accompanying infant 6/52 with a tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 6 / 4.348, 'Male 45 a.'));
  it('a mother\'s ("Female 28 a. Presents with her baby, 7 weeks, …") is the baby\'s 7 weeks', () =>
    near(ageOf('Female 28 a. Presents with her baby, 7 weeks, tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 7 / 4.348, 'Female 28 a.'));
  it('a grandmother\'s ("Woman 62 a., grandmother, brings infant 2/12 …") is the infant\'s 2 months', () =>
    assert.equal(ageOf('Woman 62 a., grandmother, brings infant 2/12 with a tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 2));
  it('a postnatal check with the infant\'s DOB ("Female 22 a., postnatal check. … DOB 01/12/2026") is no 22 years', () =>
    assert.notEqual(ageOf('Female 22 a., postnatal check.', 'Infant: tuft of hair over the sacrum, DOB 01/12/2026. Neuro exam normal.', 'US spine.'), 264));
  it('a puérpera\'s ("Paciente 32 a., puérpera. RN de 8 días …") is the newborn\'s 8 days', () =>
    near(ageOf('Paciente 32 a., puérpera.', 'RN de 8 días con tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 8 / 30.4375, 'Paciente 32 a.'));
  it('a mother\'s alone ("Female 19 a. Her infant son has a tuft …") is none', () =>
    assert.equal(ageOf('Female 19 a.', 'Her infant son has a tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), undefined));
  it('a father\'s ("Man 30 a. Attends with son, 6 wks: …") is the son\'s 6 weeks', () =>
    near(ageOf('Man 30 a.', 'Attends with son, 6 wks: tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 6 / 4.348, 'Man 30 a.'));
  it('"Patient 5 a." beside "4/12 old" is 4 months', () => assert.equal(ageOf('Patient 5 a.', '9 kg, 4/12 old. Tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), 4));
  it('"Patient 3 a. Question 1 a. …" is none', () =>
    assert.equal(ageOf('Patient 3 a. Question 1 a. What is the best study? Tuft of hair over the sacrum. Neuro exam normal.', 'US spine.'), undefined));
});
