/**
 * Round 48: ages the engine did not read. A UK newborn check or health visitor's visit heading the note with the baby's day
 * ("NIPE day 2 - baby boy", "HV new birth visit - day 12"); years in a terse note's "y" opening a line ("11y, LBP 10 days");
 * an upper-case M before the sex letter alone ("4M F", "5M M, f/u OPD" are months); "1 y/o 4 m/o F" as one age; "Patient
 * masculine 11 years" (a Spanish-trained writer's "masculino"); "re Arjun S (14)," in an email; "Baby: Oliver, 10 weeks (…)";
 * a history sentence ending in a bracket that names a request before a quoted result. Each with the look-alikes that must stay
 * as they were.
 */
import * as assert from 'node:assert/strict';
import { ageOf, ids, near, readNote } from '../helpers';

const DAY = 1 / 30.4375;

describe('r48: a newborn check or a health visitor visit heading the note with the day', () => {
  it('"NIPE day 2 - baby boy, term SVD" is 2 days', () =>
    near(ageOf('NIPE day 2 - baby boy, term SVD, no concerns.', 'Skin: strawberry haemangioma 8 mm midline L4-5.', 'D/w reg - for spinal ultrasound'), 2 * DAY, 'NIPE'));
  it('"NIPE - day 1" over "Baby boy, 38+4 SVD" is 1 day', () =>
    near(ageOf('NIPE - day 1', 'Baby boy, 38+4 SVD', 'Spine: small sacral dimple, base seen.', 'Plan: simple dimple, no imaging required.'), DAY, 'NIPE dash'));
  it('"HV new birth visit - day 12" is 12 days', () =>
    near(ageOf('HV new birth visit - day 12', 'Baby well. Mum asked about a little dimple at the bottom of the back.', 'Advised GP 6-8 wk check.'), 12 * DAY, 'HV'));
  it('"NIPE day 2 of phototherapy" is no day of life', () => assert.equal(ageOf('NIPE day 2 of phototherapy - baby boy', 'deep dimple. spinal US'), undefined));
  it('"HV visit - day 3 post-op" is no day of life', () => assert.equal(ageOf('HV visit - day 3 post-op', 'dimple. spinal US'), undefined));
  it('a day past the postnatal weeks ("HV visit - day 60") is none', () => assert.equal(ageOf('HV visit - day 60', 'dimple. US spine'), undefined));
  it('"NIPE day 2" on a later line is a birth check of the past, no age', () => assert.equal(ageOf('GP note', 'Dimple seen.', 'NIPE day 2 - normal', 'Plan: US spine'), undefined));
  it('under a check heading with the age, the age of the heading wins', () =>
    near(ageOf('6 week check', 'NIPE day 1: dimple noted, base seen. Plan: US spine'), (6 * 7) / 30.4375, 'check heading'));
});

describe('r48: years in "y" opening a line, a comma after', () => {
  it('"11y, LBP 10 days" under a heading line is 11 years', () =>
    assert.equal(ageOf('Ortho on call - d/w sports med', '11y, LBP 10 days since starting weights, sore lifting. No night pain.', 'MRI L spine requested'), 132));
  it('"14 y, LBP 1 wk after gym" is 14 years', () => assert.equal(ageOf('Paeds reg handover (night)', '14 y, LBP 1 wk after gym, no night pain', 'no imaging overnight'), 168));
  it('"12y, hurt back at the weekend" opening the note is 12 years, and missing-age stays quiet', () => {
    const r = readNote('12y, hurt back at the weekend - not sure how, LBP since. Neuro normal.', 'XR L-spine ordered');
    assert.equal(r.facts.age?.months, 144);
    assert.ok(!r.rules.includes('missing-age'), r.rules.join());
  });
  it('another\'s age ("11y, brother of the patient") is none', () => assert.equal(ageOf('Ortho', '11y, brother of the patient, also LBP', 'Plan: XR'), undefined));
  it('years written out may be how long ("3 years, on and off back pain"): none', () => assert.equal(ageOf('GP', '3 years, on and off back pain', 'Plan: XR'), undefined));
  it('weeks are how long ("2 wks, LBP"): none', () => assert.equal(ageOf('Ortho', '2 wks, LBP', 'Plan: XR'), undefined));
  it('after a complaint ("LBP, 2 y") it is how long: none', () => assert.equal(ageOf('Ortho', 'LBP, 2 y, worse with sport', 'Plan: XR'), undefined));
  it('under a history key ("Hx: 2 y, LBP") it is how long: none', () => assert.equal(ageOf('Ortho', 'Hx: 2 y, LBP', 'Plan: XR'), undefined));
});

describe('r48: an M before the sex letter alone is months', () => {
  it('"4M F" opening the note is 4 months, and no unreadable-age', () => {
    const r = readNote('4M F', 'C.C. red mark at low back', 'P/E: haemangioma 1x1.2 cm midline L5, deviated gluteal cleft.', 'Plan: spinal ultrasound');
    assert.equal(r.facts.age?.months, 4);
    assert.ok(!r.rules.includes('unreadable-age') && !r.rules.includes('missing-age'), r.rules.join());
    assert.ok(r.rules.includes('ultrasound-window-closing'), r.rules.join());
  });
  it('"5M M, f/u OPD" is 5 months', () => assert.equal(ageOf('5M M, f/u OPD', 'dermal sinus opening at L5 midline', 'Suggest: MRI L-spine'), 5));
  it('"4M F/U" is no sex letter: unread as before', () => assert.ok(ids('4M F/U\nC.C. red mark\nPlan: spinal ultrasound\n').includes('unreadable-age')));
  it('"14M M" in an older child\'s note stays years as before', () => assert.equal(ageOf('14M M, LBP 2 weeks', 'Plan: MRI'), 168));
});

describe('r48: "1 y/o 4 m/o" is one age', () => {
  it('"1 y/o 4 m/o F" is 16 months', () => assert.equal(ageOf('1 y/o 4 m/o F, f/u OPD 2026/09/15', 'tuft over sacrum.', 'Plan: XR LS spine'), 16));
  it('"1 y/o 8 m/o M" is 20 months', () => assert.equal(ageOf('1 y/o 8 m/o M', 'small hemangioma sacral area.', 'Suggest: spinal US again'), 20));
  it('after a comma the months are another\'s: "1 y/o, 4 m/o sister" is 12 months', () => assert.equal(ageOf('1 y/o, 4 m/o sister. tuft', 'Plan: XR'), 12));
  it('months not marked old after it are how long: "12 y/o 3 m hx LBP" is 12 years', () => assert.equal(ageOf('12 y/o 3 m hx LBP', 'Plan: XR'), 144));
});

describe('r48: ages told in letters and by translated writers', () => {
  it('"Patient masculine 11 years" is 11 years', () =>
    assert.equal(ageOf('Patient masculine 11 years, play soccer in academy 5 times per week. Since 2 weeks pain in lower back.', 'Plan: MRI of lumbosacral spine'), 132));
  it('"Patient masculine, pain for 3 years" tells how long: none', () => assert.equal(ageOf('Patient masculine, pain for 3 years.', 'Plan: XR L-spine'), undefined));
  it('"Hi Dr Wilson, re Arjun S (14), fast bowler" is 14 years', () =>
    assert.equal(
      ageOf(
        'Physio -> GP (email)',
        'Hi Dr Wilson, re Arjun S (14), fast bowler in the county U15 squad. 2 weeks of low back pain.',
        'could you please refer for an MRI lumbar spine',
      ),
      168,
    ));
  it('two named in brackets ("re Arjun S (14) and his brother Sam (16)"): none', () =>
    assert.equal(ageOf('Hi Dr Wilson, re Arjun S (14) and his brother Sam (16), both LBP.', 'MRI lumbar spine'), undefined));
  it('a clinician in brackets ("re Dr Jones (14)"): none', () => assert.equal(ageOf('Hi Dr Wilson, re Dr Jones (14), LBP.', 'MRI lumbar spine'), undefined));
  it('"Baby: Oliver, 10 weeks (late new birth visit …)" is 10 weeks', () =>
    near(
      ageOf('Health Visitor - letter to GP', 'Baby: Oliver, 10 weeks (late new birth visit as family moved into area)', 'small dimple in the lower back'),
      70 / 30.4375,
      'Baby key',
    ));
  it('"Baby: Oliver, 10 weeks (of jaundice)" tells how long: none', () => assert.equal(ageOf('Baby: Oliver, 10 weeks (of jaundice)', 'small dimple'), undefined));
});

describe('r48: a history sentence ending in a bracket that names a request, before a quoted result', () => {
  const gp = (result: string) => [
    'GP note',
    `10 week old boy. Spinal US result back (requested at 6-8 wk check for dimple 2cm above the cleft): ${result}`,
    'Baby well, legs moving normally.',
    'Discussed with mum. Plan repeat spinal ultrasound in 4 weeks to see if conus ascends.',
  ];
  it('the age is read and the abnormal result counts', () => {
    const r = readNote(...gp('"low lying conus at L3/4, reduced nerve root movement".'));
    near(r.facts.age?.months, 70 / 30.4375, 'quoted result');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
  });
  it('the same unquoted reads the same', () => near(ageOf(...gp('low lying conus at L3/4, reduced nerve root movement.')), 70 / 30.4375, 'unquoted'));
  it('a quoted request under a request key is still its history, its age read', () =>
    near(ageOf('Referrer request (copied): "10 wk old, sacral dimple, US spine please"', 'Plan: MRI L-spine'), 70 / 30.4375, 'request key'));
});
