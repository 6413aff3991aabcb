/**
 * Round 60 (fix60e): EHR smart forms and therapists' referral letters with the doctor's reply.
 *
 * A form's "Duration:" key right under the back pain's line tells the pain's length; a length told as a bound it exceeds
 * ("more than 4 weeks", ">4 wks") is longer than four weeks, the README's red flag. Near misses: a duration under another
 * complaint, under a denied, past or relative's back pain, under a line joining the pain to something else, after a blank
 * line, a value that is more than a length, and a bound the length meets (">=4 weeks", "over the past 4 weeks").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

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
