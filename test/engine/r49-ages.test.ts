/**
 * Round 49 (fix49c): ages written the ways letters, ED notes and writers trained in Spanish write them. Years closed in a
 * bracket after the name a letter is about, the sentence going on with "after" or "before" ("written to me about Chloe (12
 * years) after the school posture check"); "Adolescent 14 a." (the Spanish "años" as "a."); a baby's check named before
 * its age opening the note ("Control of 6 weeks."); "19M" opening the note before a grown man's life ("19M gym, LBP after
 * squats"). Each with the look-alikes that must stay as they were: a relative, a drug, a time since, a visit's interval, a
 * toddler, another age told.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const WEEK = 7 / 30.4375;

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

describe('r49: a baby\'s check named before its age, opening the note ("Control of 6 weeks.")', () => {
  it('"Control of 6 weeks. Baby good weight gain." is 6 weeks', () =>
    near(
      ageOf('Control of 6 weeks. Baby good weight gain. Sacral fossette present, no hair. Neurological normal.', 'For now no imaging, control in 1 month.'),
      6 * WEEK,
      'control of 6 weeks',
    ));
  it('"Control of 2 months, baby well" is 2 months', () => assert.equal(ageOf('Control of 2 months, baby well. Sacral dimple, deep.', 'US spine.'), 2));
  it('after an operation ("Control of 6 weeks post-op") is none', () => assert.equal(ageOf('Control of 6 weeks post-op. Baby well. Sacral dimple.', 'US spine.'), undefined));
  it('after a fracture ("Control of 6 weeks after the fracture") is none', () =>
    assert.equal(ageOf('Control of 6 weeks after the fracture. Baby brother well.', 'XR.'), undefined));
  it('in a note of no infant ("Control of 6 weeks. Back pain better.") is none', () =>
    assert.equal(ageOf('Control of 6 weeks. Back pain better. Teen.', 'XR L-spine.'), undefined));
  it('an interval ("Control in 6 weeks") is none', () => assert.equal(ageOf('Control in 6 weeks. Baby well. Sacral dimple.', 'US spine.'), undefined));
  it('a mother\'s ("Mum\'s control of 6 weeks") is none', () => assert.equal(ageOf("Mum's control of 6 weeks. Baby well. dimple.", 'US spine.'), undefined));
  it('not opening the note ("Baby well. Control of 6 weeks.") is none', () => assert.equal(ageOf('Baby well. Control of 6 weeks. Sacral dimple.', 'US spine.'), undefined));
  it('an age told otherwise wins ("Baby now 3 months old")', () => assert.equal(ageOf('Control of 6 weeks. Baby now 3 months old. Sacral dimple.', 'US spine.'), 3));
});

describe('r49: "19M" opening the note before a grown man\'s life', () => {
  it('"19M gym, LBP after squats" is 19 years', () => assert.equal(ageOf('19M gym, LBP after squats, XR L spine'), 228));
  it('"22M warehouse job, LBP lifting boxes" is 22 years', () => assert.equal(ageOf('22M warehouse job, LBP lifting boxes.', 'XR L spine'), 264));
  it('"19M college student" is 19 years', () => assert.equal(ageOf('19M college student, back pain 2 wks.', 'XR L spine'), 228));
  it('a toddler\'s gym class ("19M gym class, fell off beam") stays months, as before', () => assert.equal(ageOf('19M gym class, fell off beam.', 'XR L spine'), 19));
  it('a toddler word ("19M toddler gym, squats to play") stays months', () => assert.equal(ageOf('19M toddler gym, squats to play.', 'XR L spine'), 19));
  it('a baby word ("19M baby gym with weights") stays months', () => assert.equal(ageOf('19M baby gym with weights. Dimple.', 'US spine'), 19));
  it('a relative at the gym ("19M, dad at the gym doing squats") stays months', () => assert.equal(ageOf('19M, dad at the gym doing squats. Dimple.', 'US spine'), 19));
  it('"19M work-up for sacral dimple" stays months', () => assert.equal(ageOf('19M work-up for sacral dimple.', 'US spine'), 19));
  it('an age told otherwise wins ("Age: 17")', () => assert.equal(ageOf('19M gym, LBP after squats.', 'Age: 17', 'XR L spine'), 204));
  it('on a later line ("Previous episode / 19M gym …") it is not read', () => assert.equal(ageOf('Previous episode', '19M gym, LBP after squats.', 'XR L spine'), undefined));
});
