/**
 * Round 56 (fix56d), faxed referral letters and research visit notes: a high-speed road traffic collision ("rear-seat
 * passenger in a high-speed RTC"), a finding told as new ("tuft of hair (not noted before)"), and a double name joined by
 * a hyphen in a letter's heading ("Re: Lily-Mae J., 6 years (URGENT)"). Each with the look-alikes that must stay as they
 * were: a denied, past, conditional or relative's collision, "RTC" as return to clinic, a finding not seen today, and a
 * heading naming no child.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, presentIn, traumaOf } from '../helpers';

const NECK = 'Neck pain, midline C-spine tenderness. Neuro normal.';

describe('r56d: a high-speed RTC/RTA is significant trauma (findings.json trauma)', () => {
  it('"passenger in a high-speed RTC" is significant', () => assert.equal(traumaOf(`12 yo M, passenger in a high-speed RTC. ${NECK}`, 'Plan: CT C-spine'), 'significant'));
  it('"Involved in high speed RTC on the M6" is significant', () =>
    assert.equal(traumaOf(`9 yo F. Involved in high speed RTC on the M6 this am. ${NECK}`, 'Plan: CT C-spine'), 'significant'));
  it('"driver in a high-speed RTA" is significant', () => assert.equal(traumaOf(`17 yo M, driver in a high-speed RTA. ${NECK}`, 'Plan: CT C-spine'), 'significant'));
  // Near-misses
  it('"no high-speed RTC" (denied) is no trauma', () => assert.equal(traumaOf(`12 yo M, no high-speed RTC, no injury. Neck pain 3 wk. Neuro normal.`, 'Plan: XR C-spine'), 'none'));
  it('"RTC 2 wk for high-speed review" (return to clinic) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, neck pain 3 wk. RTC 2 wk for high-speed review. Neuro normal.', 'Plan: XR C-spine'), 'none'));
  it('"dad was in a high-speed RTC last year" (a relative\'s) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, dad was in a high-speed RTC last year. Neck pain 3 wk, no injury. Neuro normal.', 'Plan: XR C-spine'), 'none'));
  it('"if high-speed RTC would need CT" (a condition) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, if high-speed RTC would need CT. Neck pain 3 wk, no injury. Neuro normal.', 'Plan: XR C-spine'), 'none'));
  // Near-misses of review r56 (probes 014 015 114 033 023 116 029 025): the patient is not the one in the crash.
  const R56 = '12 yo M. LBP x 5 days, no fever, no night pain. Neuro normal.';
  for (const [probe, line] of [
    ['014', 'Witnessed a high-speed RTC on the way to school, was not in the car.'],
    ['015', 'Saw a high speed RTC on the motorway, not involved.'],
    ['114', 'Watched a high speed RTC on TV last night, no injury to him.'],
    ['033', 'Off school; teacher in a high speed RTC.'],
    ['023', 'Dangerous mechanism (high speed RTC, fall > 1 m): none.'],
    ['116', 'Teaching: high speed RTC mechanism warrants CT; not applicable here.'],
    ['029', 'Worried about high speed RTC on holiday next week.'],
    ['025', 'Advised to avoid cycling at high speed RTC 2 wks if no better.'],
  ])
    it(`r56 ${probe}: "${line}" is no trauma`, () => assert.equal(traumaOf(`${R56} ${line}`, 'Order: XR L-spine'), 'none'));
  it('"RTC in 6 weeks" (return to clinic, no speed) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, neck pain 3 wk, no injury. Neuro normal. RTC in 6 weeks.', 'Plan: XR C-spine'), 'none'));
});

describe('r56d: "not noted before" tells a finding is new, never denies it (context-lexicon pseudoTriggers)', () => {
  const LBP = '11 yo F. LBP 2 wks, mechanical, no fever.';
  it('"tuft of hair over L5 (not noted before)" is a hair tuft', () => assert.ok(presentIn('hair-tuft', LBP, 'Exam: tuft of hair over L5 (not noted before). Neuro normal.')));
  it('"new hair tuft, not previously noted" is a hair tuft', () => assert.ok(presentIn('hair-tuft', LBP, 'Exam: new hair tuft lumbosacral, not previously noted. Neuro normal.')));
  it('"sacral dimple, not noted at birth" is a dimple', () => assert.ok(presentIn('sacral-dimple', LBP, 'Exam: sacral dimple, not noted at birth. Neuro normal.')));
  // Near-misses
  it('"hair tuft not noted" is denied', () => assert.ok(!presentIn('hair-tuft', LBP, 'Exam: hair tuft not noted. Neuro normal.')));
  it('"no hair tuft (not noted before either)" is denied', () => assert.ok(!presentIn('hair-tuft', LBP, 'Exam: no hair tuft (not noted before either). Neuro normal.')));
  it('"hair tuft - not noted today" is denied', () => assert.ok(!presentIn('hair-tuft', LBP, 'Exam: hair tuft - not noted today. Neuro normal.')));
  it('"hair tuft not noted on today\'s exam, was noted at birth" is denied', () =>
    assert.ok(!presentIn('hair-tuft', LBP, "Exam: hair tuft not noted on today's exam, was noted at birth. Neuro normal.")));
});

describe('r56d: a later denial still reaches a finding told "not noted before" (review r56)', () => {
  const BABY = '3 mo M. Referred from GP.';
  for (const [probe, id, line] of [
    ['041', 'hair-tuft', 'Hair tuft: not noted before, not noted today.'],
    ['042', 'hair-tuft', 'Hair tuft not noted before or today.'],
    ['044', 'hair-tuft', 'Hair tuft not noted at birth and not seen today.'],
    ['045', 'hair-tuft', 'Hair tuft not noted at previous visits; not present today.'],
    ['046', 'hair-tuft', 'Mum asks about hair tuft - not noted previously, none seen today.'],
    ['047', 'hair-tuft', 'Hair tuft not noted at last visit; none today.'],
    ['048', 'hair-tuft', 'Hair tuft not noted before by GP and not on my exam today.'],
    ['049', 'hair-tuft', 'Skin: hair tuft - not noted at last visit, still not present.'],
    ['050', 'hair-tuft', 'Hair tuft not noted earlier; on careful exam today also absent.'],
    ['053', 'hair-tuft', 'Hair tuft not noted before; re-examined - not present.'],
    ['054', 'hair-tuft', 'GP queried hair tuft - not noted at previous visits nor today.'],
    ['055', 'hair-tuft', 'Hair tuft not noted before. Skin normal today.'],
    ['056', 'hair-tuft', 'Hair tuft? Not noted before, and not noted today.'],
    ['057', 'hair-tuft', 'Hair tuft: never seen - not noted at birth or at any visit since.'],
    ['127', 'hair-tuft', 'Hair tuft not noted before discharge from NICU or since; back skin normal.'],
    ['058', 'sacral-dimple', 'Sacral dimple not noted before or today.'],
    ['059', 'sacral-dimple', 'Sacral dimple: not noted at birth, not present today.'],
  ])
    it(`r56 ${probe}: "${line}" is no ${id}`, () => assert.ok(!presentIn(id, BABY, `${line} Neuro normal.`, 'Order: US spine')));
  const GIRL = '9 yo F. LBP x 2 wks, no fever, no night pain.';
  it('r56 062, 065: "Weakness not noted before or today", "Night sweats not noted before and none now" are denied', () =>
    assert.deepEqual(
      [
        presentIn('weakness', GIRL, 'Weakness not noted before or today. Neuro normal.', 'Order: XR L-spine'),
        presentIn('night-sweats', GIRL, 'Night sweats not noted before and none now. Neuro normal.', 'Order: XR L-spine'),
      ],
      [false, false],
    ));
  it('r56 063: "Leg weakness: not noted at last visit, not present today" is no weakness', () =>
    assert.ok(!presentIn('weakness', GIRL, 'Leg weakness: not noted at last visit, not present today. Neuro normal.', 'Order: XR L-spine')));
});

describe("r56d: a hyphenated first name before the age in a letter's heading (age-fact slashAfterName)", () => {
  const BODY = ['3 weeks back pain, night sweats. Neuro normal.', 'Please arrange XR spine.'];
  it('"Re: Lily-Mae J., 6 years   (URGENT)" is 6 years', () => near(ageOf('Re: Lily-Mae J., 6 years   (URGENT)', ...BODY), 72, 'lily-mae'));
  it('"Re: Anna-Lise J., 6 years (URGENT)" is 6 years', () => near(ageOf('Re: Anna-Lise J., 6 years (URGENT)', ...BODY), 72, 'anna-lise'));
  it('"Re: Jean-Luc, 10/12 - sacral dimple" is 10 months', () => near(ageOf('Re: Jean-Luc, 10/12 - sacral dimple', ...BODY), 10, 'jean-luc'));
  // Near-misses
  it('"Re: Post-Op, 2 weeks (URGENT)" reads no age', () => assert.equal(ageOf('Re: Post-Op, 2 weeks (URGENT)', ...BODY), undefined));
  it('"Re: Follow-Up, 6 weeks (URGENT)" reads no age', () => assert.equal(ageOf('Re: Follow-Up, 6 weeks (URGENT)', ...BODY), undefined));
  it('"Re: X-Ray, 6 weeks (URGENT)" reads no age', () => assert.equal(ageOf('Re: X-Ray, 6 weeks (URGENT)', ...BODY), undefined));
  it('"Re: Lily-Mae, 3 weeks back pain" (how long) reads no age', () =>
    assert.equal(ageOf('Re: Lily-Mae, 3 weeks back pain', 'Neuro normal.', 'Please arrange XR spine.'), undefined));
  it('"Re: Dr Smith-Jones, 6 years (URGENT)" (a clinician) reads no age', () => assert.equal(ageOf('Re: Dr Smith-Jones, 6 years (URGENT)', ...BODY), undefined));
  it('"Re: Mary-Kate, 4/12 review" (an interval) reads no age', () => assert.equal(ageOf('Re: Mary-Kate, 4/12 review', ...BODY), undefined));
  // Near-misses of review r56 (probes 084 097 103, and 096, the duration read as the age).
  it('r56 084: "Re: Sacro-Iliac, 6 weeks" reads no age', () => assert.equal(ageOf('Re: Sacro-Iliac, 6 weeks', ...BODY), undefined));
  it('r56 097: "Re: Lily-Mae J., 4/12 wait" reads no age', () => assert.equal(ageOf('Re: Lily-Mae J., 4/12 wait', ...BODY), undefined));
  it('r56 103: "Re: Ana-Sofia, 18/12 waiting list" reads no age', () => assert.equal(ageOf('Re: Ana-Sofia, 18/12 waiting list', ...BODY), undefined));
  it('r56 123: "Re: Lily J., 4/12 wait" reads no age', () => assert.equal(ageOf('Re: Lily J., 4/12 wait', ...BODY), undefined));
  it('r56 096: "Re: Lily-Mae J., 3 weeks (URGENT)" reads no age', () => assert.equal(ageOf('Re: Lily-Mae J., 3 weeks (URGENT)', ...BODY), undefined));
  it('"Re: Non-Urgent, 6 weeks (Routine)" reads no age', () => assert.equal(ageOf('Re: Non-Urgent, 6 weeks (Routine)', ...BODY), undefined));
});
