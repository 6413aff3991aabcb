/**
 * Round 49 (fix49c): ages written the ways letters, ED notes and writers trained in Spanish write them. Years closed in a
 * bracket after the name a letter is about, the sentence going on with "after" or "before" ("written to me about Chloe (12
 * years) after the school posture check"); "Adolescent 14 a." (the Spanish "años" as "a."), only in a note telling no other
 * age. Each with the look-alikes that must stay as they were: a relative, a drug, a time since, another age told, a list's
 * numbering, an infant. ("Control of 6 weeks." and "19M gym" were taken out after review r49.)
 */
import * as assert from 'node:assert/strict';
import { ageOf } from '../helpers';

describe('r49: years in a bracket after the name a letter is about, the sentence going on', () => {
  it('"written to me about Chloe (12 years) after the school posture check" is 12 years', () =>
    assert.equal(
      ageOf(
        'Dear Radiology Department,',
        'The school nurse has written to me about Chloe (12 years) after the school posture check found her shoulders uneven. Chloe has no back pain.',
        'Please could you perform a standing scoliosis series.',
      ),
      144,
    ));
  it('"I am writing regarding Tom (9 yrs) before his camp" is 9 years', () =>
    assert.equal(ageOf('Dear Dr Lee,', 'I am writing regarding Tom (9 yrs) before his camp. Tom has had back pain at night for 3 weeks.', 'MRI L-spine please.'), 108));
  it('a name told once only ("about Chloe (12 years) after school") is none', () =>
    assert.equal(ageOf('The nurse wrote to me about Chloe (12 years) after the posture check found a curve.', 'Standing scoliosis series.'), undefined));
  it('months in the bracket may be how long ("about Sam (6 months) after his surgery"): none', () =>
    assert.equal(ageOf('Mum wrote to me about Sam (6 months) after his surgery. Sam has a deep dimple.', 'US spine.'), undefined));
  it('after a verb of care, the time since an operation ("reviewed Sam (2 years) after his surgery"): none', () =>
    assert.equal(ageOf('I reviewed Sam (2 years) after his surgery. Sam is well, back pain.', 'XR L-spine.'), undefined));
  it('a relative named in the bracket ("about her brother Sam (15 years) after a fall"): none', () =>
    assert.equal(ageOf('Mum spoke about her brother Sam (15 years) after a fall. Sam is fine. Back pain.', 'XR L-spine.'), undefined));
  it('a time since ("about Sam (2 years) ago") is none', () =>
    assert.equal(ageOf('Mum wrote about Sam (2 years) ago when he was in hospital. Sam now has back pain.', 'XR L-spine.'), undefined));
  it('a drug ("about Ritalin (2 years) after the review") is none', () =>
    assert.equal(ageOf('We talked about Ritalin (2 years) after the review. Ritalin was stopped. Back pain.', 'XR L-spine.'), undefined));
  it('an age told otherwise wins ("Age 14.")', () => assert.equal(ageOf('Dear Dr Lee, about Chloe (12 years) after school. Chloe has back pain. Age 14.', 'MRI L-spine.'), 168));
});

describe('r49: "a." for the Spanish "años" after a word for the child', () => {
  it('"Adolescent 14 a. Constant lumbar pain" is 14 years', () => assert.equal(ageOf('Adolescent 14 a. Constant lumbar pain at rest, 3 weeks.', 'TAC lumbar with contrast.'), 168));
  it('"Niña de 7 a., dolor lumbar" is 7 years', () => assert.equal(ageOf('Niña de 7 a., dolor lumbar 2 semanas.', 'RX lumbar.'), 84));
  it('"Hx: Paciente 9 a. Back pain at night." is 9 years', () => assert.equal(ageOf('Hx: Paciente 9 a. Back pain at night.', 'MRI L-spine.'), 108));
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
