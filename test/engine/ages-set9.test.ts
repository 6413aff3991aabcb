/**
 * Ages as set 9's writers tell them: a trial's or a school's key for the patient ("Subject: S-031 13 y F",
 * "Student: 12 y F", "Pupil: 15 y, Year 10"), an unknown key heading a line that opens on the age ("Q: 12 yo F
 * …"), the baby's day on a postnatal visit's heading ("Midwife postnatal visit - Day 3"), "age 8" with no unit,
 * the Portuguese word for an infant ("Lactente 7 weeks"), British notation after the name in a letter ("Re:
 * Ruby, 10/12"), and a word for the patient before an age a dash separates from a follow-up ("infant 8 wks -
 * follow-up"). Each with the near-misses that must stay no age: durations, ranges, dates, other people.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const WEEK = 7 / 30.4375;
const DAY = 1 / 30.4375;

describe('a key a template names its patient by', () => {
  const read: [string, number][] = [
    ['Subject: S-031   13 y F   consent/assent obtained\nImaging: none ordered.', 156],
    ['Subject: 3 y F\nFever to 38.7 for 3 days.', 36],
    ['Student: 12 y F\nScreen: positive forward bend.', 144],
    ['Student: 16 y M, Year 11.\nHPI: 2 wks low back pain.', 192],
    ['Pupil: 15 y, Year 10 boarder (parents overseas - emailed).\n3 weeks of low back ache after long ergs.', 180],
    ['Participant #12: 9 mo M\nFindings: hair tuft over the sacrum', 9],
    ['Subject ID: P-118, 5 months\nFindings: deep dimple', 5],
    ['Camper: Cabin 3, 8 yo M\nSlipped on the dock.', 96],
  ];
  for (const [text, months] of read) it(`reads ${JSON.stringify(text.slice(0, 50))}`, () => near(ageOf(...text.split('\n')), months, text));

  const notRead: string[] = [
    // A duration or a follow-up time in the value, an age that does not open it, another key, a relative's line.
    'Subject: follow-up in 6 wk\nFindings: sacral dimple',
    'Student: 6 wk f/u\nFindings: sacral dimple',
    'Subject: back pain x 3 wk\nNeuro: normal',
    'Subject: 3 mo (corrected)\nFindings: hair tuft',
    'Sister: 15 y F, healthy\nFindings: hair tuft over the sacrum',
    'Subject: 4 hrs post fall\nFindings: tender L2',
  ];
  for (const text of notRead) it(`reads no age in ${JSON.stringify(text.slice(0, 50))}`, () => assert.equal(ageOf(...text.split('\n')), undefined, text));

  it('an age and sex in one whose unit is unclear stays unread', () => assert.equal(ageOf('Subject: 2M\nFindings: hair tuft over the sacrum'), undefined));
  it('the Patient key wins over it', () => near(ageOf('Patient: 14 y M', 'Student: 13 y M'), 168, 'Patient first'));
});

describe('an unknown key heading a line that opens on the age', () => {
  it('"Q: 12 yo F with back pain …" in an e-consult', () =>
    near(
      ageOf('eConsult, pediatric radiology', 'Q: 12 yo F with back pain that wakes her at night. Scoliosis series last month.', 'PCP: MRI whole spine w/o contrast ordered.'),
      144,
      'Q',
    ));
  it('"PM&R: 16 y M hockey, LBP x 12 d"', () => near(ageOf('PM&R: 16 y M hockey, LBP x 12 d from training camp, no fever'), 192, 'PM&R'));
  it("never a relative's key, nor an age that does not open the line", () => {
    assert.equal(ageOf('Mother: 32 yo G2P2, GBS neg', 'Findings: sacral dimple'), undefined);
    assert.equal(ageOf('Brother: 4 yo M, healthy', 'Findings: sacral dimple'), undefined);
    assert.equal(ageOf('Q: any imaging needed for a 3 wk history of pain?', 'Findings: tender L4'), undefined);
    assert.equal(ageOf('Allergies: 5 yo M reaction to penicillin', 'Findings: sacral dimple'), undefined);
  });
  it('an age told anywhere else wins over it', () => near(ageOf('Q: 12 yo F with back pain.', 'HPI: 13 y F, LBP x 3 wks'), 156, 'HPI'));
});

describe("the baby's day on a postnatal visit's heading", () => {
  const read: [string, number][] = [
    ['Midwife postnatal visit - Day 3 (home)\nBaby boy, elective LSCS for breech at 38+5.\nPlan: hip ultrasound at 6 weeks.', 3 * DAY],
    ['Postnatal midwife visit, day 14 - final visit before discharge to HV\nSoft skin tag at the top of the natal cleft.', 14 * DAY],
    ['Midwifery home visit - Day 5\nSingle sacral dimple 2 mm within the cleft.', 5 * DAY],
    ['Day 10 postnatal check\nSacral dimple, base seen.', 10 * DAY],
  ];
  for (const [text, months] of read) it(`reads ${JSON.stringify(text.slice(0, 50))}`, () => near(ageOf(...text.split('\n')), months, text));

  const notRead: string[] = [
    // No postnatal visit on the line, another clause beside the day, not the first line.
    'ED visit - Day 3 of fever\nFindings: tender L2',
    'Hospital day 3 - postnatal ward\nFindings: sacral dimple',
    'Postnatal visit - day 3 of antibiotics for mastitis\nFindings: sacral dimple',
    'Postnatal visit - mum day 3 post C-section\nFindings: sacral dimple',
    'Postnatal visit - Day 2 post-op\nFindings: sacral dimple',
    'Home visit\nMidwife postnatal visit - Day 3\nFindings: sacral dimple',
  ];
  for (const text of notRead) it(`reads no age in ${JSON.stringify(text.slice(0, 50))}`, () => assert.equal(ageOf(...text.split('\n')), undefined, text));

  it('an age told in weeks wins over it', () => near(ageOf('Midwife postnatal visit - Day 10', 'Baby is 2 weeks old today.', 'Findings: sacral dimple'), 2 * WEEK, 'weeks'));
});

describe('"age 8" with no unit', () => {
  const read: [string, number][] = [
    ['2nd grader, age 8, fell from the top of the climbing dome at recess and landed on her back.', 96],
    ['School nurse note - 7th grade, age 13\nCame to the office c/o low back ache.', 156],
    ['Seen today: girl aged 9. Back pain x 2 weeks.', 108],
    ['Back pain since Monday (age 15).', 180],
  ];
  for (const [text, months] of read) it(`reads ${JSON.stringify(text.slice(0, 50))}`, () => near(ageOf(...text.split('\n')), months, text));

  const notRead: string[] = [
    // A range, a list, a comparison, a past age, someone else's, a small number that may be months, an infant's note.
    '[x] age 10-17\n[x] low back pain < 6 weeks',
    'Inclusion: age 10 - 17, mechanical back pain.',
    'Inclusion met (blunt trauma, age < 16, spine imaging in ED).',
    'Twins, age 8 and 10, both with back pain.',
    'Scoliosis diagnosed at age 12, braced.',
    'Lives with her sister, age 10, who has scoliosis.',
    'Sacral dimple, age 4, neuro normal.',
    'Baby with a sacral dimple, age 6, feeds well.',
    'Bone age 12. Back pain x 2 weeks.',
    'Onset of pain age 9, now worse.',
  ];
  for (const text of notRead) it(`reads no age in ${JSON.stringify(text.slice(0, 50))}`, () => assert.equal(ageOf(...text.split('\n')), undefined, text));
});

describe('the Portuguese word for an infant', () => {
  it('"Lactente 3 months, feminine sex."', () => near(ageOf('Lactente 3 months, feminine sex.', 'Subcutaneous lipoma in the lumbosacral region.'), 3, 'lactente'));
  it('"Lactente 7 weeks, feminine."', () => near(ageOf('Lactente 7 weeks, feminine.', 'Tuft of hair in the lumbosacral region.'), 7 * WEEK, 'lactente weeks'));
  it('a bare number in the Age key of a note about a lactente is not read as years', () =>
    assert.equal(ageOf('Age: 6', 'Lactente with a tuft of hair over the sacrum.'), undefined));
});

describe("British notation after the patient's name in a letter", () => {
  it('"Re: Ruby, 10/12"', () => near(ageOf('Dear Sonographer,', 'Re: Ruby, 10/12', 'Hairy patch over the lumbosacral junction.', 'Please perform USS lumbar spine.'), 10, 'Re'));
  it('"Re: Ruby Jones (10/12)"', () => near(ageOf('Re: Ruby Jones (10/12)', 'Hairy patch over the lumbosacral junction.'), 10, 'Re brackets'));
  it('a date or an interval stays none', () => {
    assert.equal(ageOf('Re: Ruby, seen 10/12', 'Hairy patch over the sacrum.'), undefined);
    assert.equal(ageOf('Re: Monday, 10/12', 'Hairy patch over the sacrum.'), undefined);
    assert.equal(ageOf('Re: Ruby, DOB 10/12/2023', 'Hairy patch over the sacrum.'), undefined);
    assert.equal(ageOf('Booked for Ruby, 10/12', 'Hairy patch over the sacrum.'), undefined);
  });
  it("a relative's name is someone else's", () => assert.equal(ageOf('Re: Mia, 3/12', 'Her sister Mia has a sacral dimple; the patient has back pain.'), undefined));
});

describe('a word for the patient before an age that a dash separates from a follow-up', () => {
  it('"Home visit, infant 8 wks - follow-up of spine scan"', () =>
    near(ageOf('Home visit, infant 8 wks - follow-up of spine scan', 'Hx: deep sacral dimple noted at birth. Spinal US at 3 wks: low conus.'), 8 * WEEK, 'infant'));
  it('a time stays a time', () => {
    assert.equal(ageOf('Sacral dimple, 6 wk follow-up of spine scan.', 'Neuro: normal'), undefined);
    assert.equal(ageOf('Infant seen 6 wk ago - follow-up of spine scan.', 'Neuro: normal'), undefined);
    assert.equal(ageOf('Dimple 8 wks - follow-up of spine scan.', 'Neuro: normal'), undefined);
  });
});

describe('an unknown key of one letter, or an adult age under an unknown key', () => {
  it('"M:" and "F:" may be the mother and the father: no age', () => {
    assert.equal(ageOf('FHx below', 'M: 32 yo, healthy', 'F: 35 yo, back pain', 'Findings: sacral dimple'), undefined);
    assert.equal(ageOf('T: 38.5', 'S: back pain 2 wk', 'M: 12 y M', 'Order: XR L-spine'), undefined);
  });
  it("an adult's age is someone else's", () => assert.equal(ageOf('GM: 62 yo M, healthy', 'Findings: sacral dimple'), undefined));
});
