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
  it('"high speed RTA on the motorway" is significant', () => assert.equal(traumaOf(`9 yo F, high speed RTA on the motorway this am. ${NECK}`, 'Plan: CT C-spine'), 'significant'));
  it('"Mechanism: high-speed RTC, restrained" is significant', () =>
    assert.equal(traumaOf('14 yo M.', 'Mechanism: high-speed RTC, restrained.', NECK, 'Plan: CT C-spine'), 'significant'));
  // Near-misses
  it('"no high-speed RTC" (denied) is no trauma', () => assert.equal(traumaOf(`12 yo M, no high-speed RTC, no injury. Neck pain 3 wk. Neuro normal.`, 'Plan: XR C-spine'), 'none'));
  it('"RTC 2 wk for high-speed review" (return to clinic) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, neck pain 3 wk. RTC 2 wk for high-speed review. Neuro normal.', 'Plan: XR C-spine'), 'none'));
  it('"dad was in a high-speed RTC last year" (a relative\'s) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, dad was in a high-speed RTC last year. Neck pain 3 wk, no injury. Neuro normal.', 'Plan: XR C-spine'), 'none'));
  it('"if high-speed RTC would need CT" (a condition) is no trauma', () =>
    assert.equal(traumaOf('12 yo M, if high-speed RTC would need CT. Neck pain 3 wk, no injury. Neuro normal.', 'Plan: XR C-spine'), 'none'));
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
  it('"Re: Non-Urgent, 6 weeks (Routine)" reads no age', () => assert.equal(ageOf('Re: Non-Urgent, 6 weeks (Routine)', ...BODY), undefined));
});
