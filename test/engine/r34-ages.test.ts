/**
 * Round 34: ages as letters and forms write them. "Re: Emily T (12 years)" (a surname's initial before the bracket),
 * "I reviewed baby Freya (21 weeks)" (weeks in brackets after a word for the child and the name), "Callum, 3 1/2 years,"
 * (a half written with a slash), "Pupil age 8 (Year 4)" (an aside after the number), a check's heading ("Baby check -
 * 4/52 (GP)", "Well baby check - 7 weeks") and a letter's first sentence right after its salutation ("Dear Colleague,\n
 * Ruaridh (10) fell …"). Each with the look-alikes that must stay unread: a medicine's course, a date, an interval, a
 * list, a relative's age.
 */
import * as assert from 'node:assert/strict';
import { WEEK, ageOf, near } from '../helpers';

const ASK = 'Please arrange spine radiographs.';

describe("r34: a letter's heading and brackets", () => {
  it('"Re: Emily T (12 years)" is 12 years', () => near(ageOf('Dear Dr Patel,', 'Re: Emily T (12 years)', 'Mid back pain 3 weeks.', ASK), 144, 'Emily T'));
  it('"Emily T (12 yrs) has …" is 12 years', () => near(ageOf('Dear Dr Patel,', 'Emily T (12 yrs) has had mid back pain for 3 weeks.', ASK), 144, 'Emily T'));
  it('"I reviewed baby Freya (21 weeks)" is 21 weeks', () =>
    near(ageOf('Dear Dr Evans,', 'I reviewed baby Freya (21 weeks) at clinic today. Dimple, base not seen.', 'Please arrange a scan of her spine.'), 21 * WEEK, 'Freya'));
  it('after a verb that introduces the patient too ("I reviewed Freya (21 weeks)")', () =>
    near(ageOf('Dear Dr Evans,', 'I reviewed Freya (21 weeks) at clinic today. Dimple, base not seen.', 'Please arrange a scan of her spine.'), 21 * WEEK, 'Freya'));
  it('weeks in brackets after a name opening its sentence, or after a medicine, are no age', () => {
    assert.equal(ageOf('Dear Dr Evans,', 'Freya (3 weeks) of back pain, worse at night.', ASK), undefined);
    assert.equal(ageOf('Dear Dr Evans,', 'Back pain; tried Naproxen (2 weeks) without relief.', ASK), undefined);
  });
});

describe('r34: a half written with a slash', () => {
  it('"Callum, 3 1/2 years," is 42 months', () =>
    near(ageOf('Dear Mr Grant,', 'Please see Callum, 3 1/2 years, who has a small midline lumbosacral haemangioma.', 'MRI lumbar spine requested.'), 42, 'Callum'));
  it('British notation after a date word stays a date', () => {
    assert.equal(ageOf('Dear Mr Grant,', 'Back pain, seen 3/12 ago by physio.', ASK), undefined);
  });
});

describe('r34: a pupil and a school aside', () => {
  it('"Pupil age 8 (Year 4)." is 8 years', () =>
    near(ageOf('School Nurse Service - Continence', 'Pupil age 8 (Year 4). Daytime wetting this term.', 'Plan: referral to GP.'), 96, 'pupil'));
  it("a sibling's age with an aside is not the child's", () => {
    assert.equal(ageOf('School Nurse Service', 'Sibling age 8 (Year 4) has spina bifida. Back pain.', ASK), undefined);
  });
});

describe("r34: a check's heading", () => {
  it('"Baby check - 4/52 (GP)" is 4 weeks', () => near(ageOf('Baby check - 4/52 (GP)', 'Dimple 7 mm, deep, above the cleft.', 'Plan: USS spine.'), 4 * WEEK, 'baby check'));
  it('"Well baby check - 7 weeks" is 7 weeks', () => near(ageOf('Well baby check - 7 weeks', 'Two sacral dimples.', 'Plan: USS spine.'), 7 * WEEK, 'well baby'));
  for (const heading of ['Baby check - seen 6/12 ago', 'Back pain review - 6/52', 'Baby check - 6/52 follow-up', 'Dimple check - 4/52'])
    it(`"${heading}" tells no age`, () => assert.equal(ageOf(heading, 'Dimple 7 mm, deep.', 'Plan: USS spine.'), undefined));
});

describe("r34: the letter's first sentence after its salutation", () => {
  it('"Dear Colleague,\\nRuaridh (10) fell …" is 10 years', () =>
    near(ageOf('Dear Colleague,', 'Ruaridh (10) fell about 2 metres from the climbing frame yesterday.', ASK, 'Kind regards,'), 120, 'Ruaridh'));
  it('a medicine, a list or a bracket not after the salutation tells none', () => {
    assert.equal(ageOf('Dear Colleague,', 'Calpol (5) given, he settled. Back pain.', ASK), undefined);
    assert.equal(ageOf('Dear Colleague,', 'Ruaridh (1) rested and (2) took ibuprofen. Back pain.', ASK), undefined);
    assert.equal(ageOf('Back pain after a fight.', 'Tom (16) pushed him off the wall.', ASK), undefined);
    assert.equal(ageOf('Dear Colleague,', 'Back pain after a fight.', 'Tom (16) pushed him off the wall.', ASK), undefined);
  });
});

describe('r34 review: what a letter or a bracket only suggests never beats what the note tells', () => {
  for (const [line, unit] of [
    ['Age 5 (mo). Hairy patch over sacrum.', 'mo'],
    ['Age 6 (m). Hairy patch over sacrum.', 'm'],
    ['Age 9 (mos). Deep sacral dimple 6 mm above cleft.', 'mos'],
  ])
    it(`a bracket holding the unit ("(${unit})") is no aside read past`, () => assert.equal(ageOf(line, 'Order: US spine.'), undefined));
  for (const age of ['19', '16'])
    it(`"Tom (${age}), her older brother, …" after a salutation is the brother's`, () =>
      assert.equal(
        ageOf('Dear Colleague,', `Tom (${age}), her older brother, pushed her off the wall. Now mid back pain, midline tender T10.`, 'Please arrange XR T-spine.'),
        undefined,
      ));
  it('"Re: Sarah T (41 years), mother of Emily" is the mother\'s', () =>
    assert.equal(
      ageOf('Dear Dr Patel,', 'Re: Sarah T (41 years), mother of Emily', 'Emily has had mid back pain 3 weeks, wakes her at night.', 'Please arrange MRI thoracic spine.'),
      undefined,
    ));
  it('"Ruaridh (10) is the older brother. His sister Isla, 2 months, …" is no 10-year-old', () =>
    assert.equal(
      ageOf('Dear Colleague,', 'Ruaridh (10) is the older brother. His sister Isla, 2 months, has a hairy tuft at L5.', 'Please arrange US spine for Isla.'),
      undefined,
    ));
  it('"Ruaridh (14) fell from a horse. Age 9." is 9 years', () =>
    near(ageOf('Dear Colleague,', 'Ruaridh (14) fell from a horse. Age 9.', 'Please arrange XR L-spine.'), 108, 'Age 9'));
  it('"baby Freya (36 weeks) on the neonatal unit" tells the gestation, no age', () =>
    assert.equal(ageOf('I reviewed baby Freya (36 weeks) on the neonatal unit today. Hairy patch over the sacrum.', 'Please arrange US spine.'), undefined));
  it('"baby Freya (6 weeks)" loses to "she is 10 months now"', () =>
    assert.equal(
      ageOf('I reviewed baby Freya (6 weeks) at clinic. She has had a hairy patch over the sacrum since birth. Mum reports she is 10 months now.', 'Please arrange MRI L-spine.'),
      undefined,
    ));
});

describe('r34 review: an aside or a greeting never beats another age told', () => {
  it('"Pupil age 8 (Year 4) - … he is actually 5 months??" reads no age', () =>
    assert.equal(ageOf('Pupil age 8 (Year 4) - note from mum says he is actually 5 months?? Sacral dimple deep.', 'Order: US spine.'), undefined));
  it('"Ruaridh (10) has a sacral dimple …, seen at 6 weeks of age" reads no age', () =>
    assert.equal(ageOf('Dear Colleague,', 'Ruaridh (10) has a sacral dimple 7 mm above the cleft, seen at 6 weeks of age.', 'Please arrange MRI spine.'), undefined));
});
