/**
 * Review of the r10c ages (keys naming the patient, unknown keys, "age 8", "Re: Ruby, 10/12"): the readings that
 * put a wrong age on a child, above all an infant with a skin marker read as an adult or a school child.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

describe('review m-c: a key naming the patient never outranks the age told in the history', () => {
  it('"Student: MS3, 24 y" is the medical student; the 2-month-old of the HPI keeps the infant checks', () => {
    const r = readNote('Student: MS3, 24 y', 'HPI: 2 mo old with sacral dimple and hair tuft', 'Order: XR lumbar spine');
    near(r.facts.age?.months, 2, 'HPI');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
  });
  it('"Student: MS3, 20 y" over "2 mo old" in the HPI', () => near(ageOf('Student: MS3, 20 y', 'HPI: 2 mo old with sacral dimple', 'Order: XR lumbar spine'), 2, 'HPI'));
  it("an adult's age under a patient key is no patient's: 'Student: Jane (MS3), 23 yo'", () =>
    assert.equal(ageOf('Student: Jane (MS3), 23 yo', 'Findings: sacral dimple with hair tuft', 'Order: XR lumbar spine'), undefined));
  it('the key still tells the age when nothing else does', () => near(ageOf('Subject: S-031 13 y F', 'Findings: back pain x 3 wk'), 156, 'Subject'));
});

describe("review m-c: an unknown key's line is never a relative's or an adult's", () => {
  for (const key of ['Sis', 'Bro', 'Stepsister', 'Stepbrother'])
    it(`"${key}: 15 yo" is someone else's`, () => assert.equal(ageOf(`${key}: 15 yo`, 'Findings: sacral dimple with hair tuft', 'Order: XR lumbar spine'), undefined));
  it('"Coach: 20 yo" is an adult, not the infant: no criteria-free reading of the note', () => {
    const r = readNote('Coach: 20 yo', 'Findings: sacral dimple with hair tuft', 'Order: XR lumbar spine');
    assert.equal(r.facts.age, undefined);
    assert.equal(r.scenario, 's1-cutaneous-marker');
  });
  it('"PM&R: 16 y M hockey" still reads', () => near(ageOf('PM&R: 16 y M hockey, LBP x 12 d from training camp, no fever'), 192, 'PM&R'));
});

describe('review m-c: "age 8" of someone else in the sentence', () => {
  it("a sibling's surgery, age 6, is the sibling's", () =>
    assert.equal(ageOf('Hair tuft over the sacrum. Sibling had tethered cord release, age 6.', 'Order: XR lumbar spine'), undefined));
  it("a previous child, age 7, is the mother's other child", () =>
    assert.equal(ageOf('Deep sacral dimple. Previous child, age 7, has spina bifida.', 'Order: US lumbar spine'), undefined));
  it('"Hair tuft over sacrum, age 7." still reads', () => near(ageOf('Hair tuft over sacrum, age 7. Neuro normal.', 'Order: XR L-spine'), 84, 'age 7'));
  it('"2nd grader, age 8, fell" still reads', () => near(ageOf('2nd grader, age 8, fell from the top of the climbing dome at recess.'), 96, 'grader'));
});

describe("review m-c: British notation after a clinician's or a department's name is a date", () => {
  it('"Re: Orthopaedics, 10/12" with "Age: 12": the 12-year-old', () =>
    near(ageOf('Re: Orthopaedics, 10/12', 'Age: 12', 'Back pain 6 weeks, wakes at night.', 'Order: MRI lumbar spine'), 144, 'Age key'));
  it('"Re: Referral, 3/12" with "Age: 13"', () => near(ageOf('Re: Referral, 3/12', 'Age: 13', 'Back pain.'), 156, 'Age key'));
  it('"Re: Dr Jones, 10/12" is no age', () => assert.equal(ageOf('Re: Dr Jones, 10/12', 'Hair tuft over the sacrum.', 'Order: US lumbar spine'), undefined));
  it('"Re: Ruby, 10/12" still reads', () => near(ageOf('Re: Ruby, 10/12', 'Hairy patch over the lumbosacral junction.'), 10, 'Re'));
  it('"Re: Miss Ruby Jones (10/12)" still reads', () => near(ageOf('Re: Miss Ruby Jones (10/12)', 'Hairy patch over the lumbosacral junction.'), 10, 'Re'));
});

describe('review m-c: "Q:" read as the history is a question, not a dose interval', () => {
  it('"Q: 12 yo F with back pain" opening a note', () => near(ageOf('Q: 12 yo F with back pain that wakes her at night.', 'PCP: MRI whole spine ordered.'), 144, 'Q'));
  it('under an e-consult heading', () =>
    near(ageOf('eConsult, pediatric radiology', 'Q: 12 yo F with back pain that wakes her at night.', 'PCP: MRI whole spine ordered.'), 144, 'Q'));
  it('"q 12 h" stays an interval', () => assert.equal(ageOf('Ibuprofen q 12 h for back pain.', 'Order: MRI L-spine'), undefined));
});
