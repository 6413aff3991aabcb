/**
 * Round 60 (fix60e): EHR smart forms and therapists' referral letters with the doctor's reply.
 *
 * A form's "Duration:" key right under the back pain's line tells the pain's length; a length told as a bound it exceeds
 * ("more than 4 weeks", ">4 wks") is longer than four weeks, the README's red flag. Near misses: a duration under another
 * complaint, under a denied, past or relative's back pain, under a line joining the pain to something else, after a blank
 * line, a value that is more than a length, and a bound the length meets (">=4 weeks", "over the past 4 weeks"). After
 * review rfix60e: a bound only as the length of the child's own current pain (not "fell over", "sleep-over", "no more than",
 * "pain-free for >4 weeks", "… ago", a relative's), and a Duration key only under a line that states the complaint (not a
 * plan's, a treatment's, an administrative or an outcome line).
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote } from '../helpers';

const weeksOf = (...lines: string[]) => readNote('Age: 12 years', ...lines, 'Neuro: normal', 'Order: XR L-spine').facts.painWeeks;
const scenarioOf = (...lines: string[]) => readNote('Age: 12 years', ...lines, 'Neuro: normal', 'Order: XR L-spine').scenario;

describe("fix60e: a form's Duration key under the back pain", () => {
  it('reads the length on the line under the back pain as the pain’s', () => {
    assert.equal(weeksOf('Back pain: yes', 'Duration: 6 wks')?.weeks, 6);
    assert.equal(weeksOf('Activity: football - mechanical LBP on flexion', 'Symptom duration: 7 weeks')?.weeks, 7);
    assert.ok(Math.abs((weeksOf('Back pain: yes', 'Duration: 2/12')?.weeks ?? 0) - 8.69) < 0.01);
    assert.equal(weeksOf('Back pain: yes', 'Duration: 14 days')?.weeks, 2);
  });
  it('reads "more than four weeks" under the pain as a red flag, four weeks alone not', () => {
    assert.equal(scenarioOf('Back pain: yes', 'Duration: >4 weeks'), 'back-pain-red-flags');
    assert.equal(scenarioOf('Back pain: yes', 'Duration: more than 4 weeks'), 'back-pain-red-flags');
    assert.equal(scenarioOf('Back pain: yes', 'Duration: 4 weeks'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('Back pain: yes', 'Duration: >=4 weeks'), 'back-pain-no-red-flags');
  });
  it("refuses a duration under another complaint's line or one joined to the pain", () => {
    assert.equal(weeksOf('Back pain: yes', 'Fever: yes', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf('Back pain: yes', 'Numbness in both legs', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf('Complaint: back pain and a rash', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf('Complaint: back pain with headaches', 'Duration: 6 weeks'), undefined);
  });
  it("refuses a duration under a denied, past or relative's back pain", () => {
    assert.equal(weeksOf('Back pain: no', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf('HPI: dad has had back pain', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf('HPI: back pain last year, settled', 'Duration: 6 weeks'), undefined);
  });
  it('refuses a duration after a blank line, a value that is more than a length, and an unknown key', () => {
    assert.equal(weeksOf('Back pain: yes', '', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf('Back pain: yes', 'Duration: 6 weeks of physio'), undefined);
    assert.equal(weeksOf('Back pain: yes', 'Duration of antibiotics: 6 weeks'), undefined);
    assert.equal(weeksOf('Back pain: yes', 'Duration: unsure'), undefined);
  });
});

describe('fix60e: a length told as a bound it exceeds', () => {
  it('reads "more than", ">" and "over" before the length as longer than it', () => {
    assert.equal(scenarioOf('HPI: low back pain for more than 4 weeks'), 'back-pain-red-flags');
    assert.equal(scenarioOf('HPI: LBP >4 wks, mechanical'), 'back-pain-red-flags');
    assert.equal(scenarioOf('HPI: >4 weeks of back pain'), 'back-pain-red-flags');
  });
  it('refuses "over the past" and a bare or met bound', () => {
    assert.equal(scenarioOf('HPI: back pain over the past 4 weeks'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('HPI: back pain for 4 weeks'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('HPI: back pain for at least 4 weeks'), 'back-pain-no-red-flags');
  });
});

describe("fix60e (review rfix60e): a bound counts only as the length of the child's own current pain", () => {
  it('still reads a bound after "for", "x", a mark or a hedge', () => {
    assert.equal(scenarioOf('HPI: lumbar back pain for over 4 weeks'), 'back-pain-red-flags');
    assert.equal(scenarioOf('HPI: LBP, over 4 wks'), 'back-pain-red-flags');
    assert.equal(scenarioOf('HPI: back pain for a bit over 4 weeks'), 'back-pain-red-flags');
    assert.equal(scenarioOf('HPI: back pain for well over 4 weeks'), 'back-pain-red-flags');
  });
  it('refuses "over" that is part of a verb or a hyphened noun', () => {
    assert.equal(scenarioOf('HPI: back pain since he toppled over 4 weeks ago, playing since'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('HPI: back pain since she was knocked over 4 weeks back'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('HPI: back pain since a hand-over 4 weeks ago'), 'back-pain-no-red-flags');
  });
  it('refuses a negated bound', () => {
    assert.equal(scenarioOf('HPI: back pain for not more than 4 weeks'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('HPI: low back pain, no longer than 4 weeks'), 'back-pain-no-red-flags');
  });
  it('refuses a bound on a time without the pain, or a time since', () => {
    assert.equal(scenarioOf('HPI: back pain, symptom-free for >4 weeks, back since Monday'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('HPI: back pain, had settled for more than 4 weeks, flared up today'), 'back-pain-no-red-flags');
    const since = weeksOf('HPI: back pain more than 4 weeks ago, resolved, sore again 3 days');
    assert.equal(since?.weeks, 4);
    assert.equal(since?.over, undefined);
  });
  it("refuses a relative's back pain and its length", () => {
    assert.equal(scenarioOf('HPI: mum has had back pain for more than 4 weeks; child has back pain 2 weeks'), 'back-pain-no-red-flags');
    assert.equal(weeksOf('HPI: his brother has had back pain for 8 weeks; child has back pain 2 weeks')?.weeks, 2);
  });
});

describe('fix60e (review rfix60e): a Duration key only under a line that states the complaint', () => {
  it('reads it under the pain as the key, a complaint key, an activity key heading the pain, or a keyless line the pain heads', () => {
    assert.equal(weeksOf('LBP: yes', 'Duration: 6 weeks')?.weeks, 6);
    assert.equal(weeksOf('Chief complaint: low back pain', 'Duration: 6 weeks')?.weeks, 6);
    assert.equal(weeksOf('Activity: rowing - mechanical LBP on flexion', 'Duration: 6 weeks')?.weeks, 6);
    assert.equal(weeksOf('Low back pain since the tournament', 'Duration: 6 weeks')?.weeks, 6);
  });
  it("refuses a plan's, a treatment's, an administrative or an outcome line", () => {
    const now = 'HPI: low back pain since Monday';
    assert.equal(weeksOf(now, 'Plan: physio for back pain', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf(now, 'Orthosis for back pain: fitting next month', 'Duration: 3 months'), undefined);
    assert.equal(weeksOf(now, 'School absence letter: back pain', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf(now, 'Back to football after back pain', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf(now, 'Likely recovery from back pain', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf(now, 'Referred to back pain clinic', 'Duration: 6 weeks'), undefined);
    assert.equal(weeksOf(now, 'Complaint: back pain clinic follow-up', 'Duration: 6 weeks'), undefined);
  });
});

describe('fix60e: a letter\'s study asked under "Requesting:" and a doctor\'s reply keyed by the title and an initial', () => {
  it('reads "Requesting:" before a spine study as the order, as "Request:" is', () => {
    assert.equal(orderOf('Requesting: XR lumbar spine 2 views', 'Age 5 months', 'Hair tuft over L5, neuro exam normal'), 'xr-area');
  });
  it('reads no study under "Requesting:" that is declined, done, a referral, a relative’s ask or another key', () => {
    const hx = ['Age 12 years', 'HPI: LBP 3 weeks, no red flags'];
    assert.equal(orderOf(...hx, 'Requesting: MRI L-spine not needed'), 'none');
    assert.equal(orderOf(...hx, 'Requesting: XR L-spine done last year - normal'), 'none');
    assert.equal(orderOf(...hx, 'Requesting: to see neurosurgery'), 'none');
    assert.equal(orderOf(...hx, 'Requesting: mum requesting MRI L-spine'), 'none');
    assert.equal(orderOf(...hx, 'Requesting clinician: XR L-spine'), 'none');
  });
  const letter = ['Dear Dr Boateng,', 'Archie (5 months) has a deep sacral pit; his spinal US showed a thick filum.', 'Kind regards, Physio', ''];
  it('reads "Dr B:" as the doctor\'s reply, as "Dr Boateng:" is', () => {
    assert.equal(orderOf(...letter, 'Dr Boateng: sorry for the wait - MRI lumbar spine without contrast requested.'), 'mri-area-without');
    assert.equal(orderOf(...letter, 'Dr B: sorry for the wait - MRI lumbar spine without contrast requested.'), 'mri-area-without');
    assert.equal(orderOf(...letter, 'Prof. K: sorry for the wait - MRI lumbar spine without contrast requested.'), 'mri-area-without');
  });
  it("reads no study the doctor's reply declines, defers, tells done before or names alone", () => {
    assert.equal(orderOf(...letter, 'Dr B: MRI lumbar spine not needed.'), 'none');
    assert.equal(orderOf(...letter, 'Dr B: will request MRI lumbar spine if no better.'), 'none');
    assert.equal(orderOf(...letter, 'Dr B: MRI lumbar spine without contrast.'), 'none');
    assert.equal(orderOf(...letter, 'Dr B: MRI lumbar spine requested last year - normal.'), 'none');
  });
});

describe('fix60e: a name, a comma and an age before a colon opening a letter’s line', () => {
  it("reads the number as the child's years", () => {
    near(ageOf('Dr Khan,', 'Noah, 13: low back pain 2 weeks with fevers. Neuro normal.', '- Chiro'), 156, 'Noah, 13:');
    near(ageOf('Noah, 13: low back pain 2 weeks.'), 156, 'first line');
  });
  it('reads no time, no relative, no key, no number without the comma and none in a note speaking of an infant', () => {
    assert.equal(ageOf('Dr Khan,', 'Noah, 12:30 - low back pain 2 weeks.'), undefined);
    assert.equal(ageOf('Dr Khan,', 'Mum, 34: low back pain 2 weeks.'), undefined);
    assert.equal(ageOf('Dr Khan,', 'Noah, 13: his sister has low back pain.'), undefined);
    assert.equal(ageOf('Dr Khan,', 'Bed, 12: low back pain 2 weeks.'), undefined);
    assert.equal(ageOf('Dr Khan,', 'Noah 13: low back pain 2 weeks.'), undefined);
    assert.equal(ageOf('Dr Khan,', 'Noah, 13: back pain. Baby sister 3 months has a dimple.'), undefined);
  });
});
