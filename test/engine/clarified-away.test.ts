/**
 * A clinician's addendum that names an item the family or an intake form told and denies it explicitly takes it back
 * ("Leg weakness? YES … Addendum (MD): re \"leg weakness\" - on questioning, mom means her legs feel tired … No actual
 * weakness: strength 5/5"). This switches off a red flag, so the near-misses matter as much: a normal exam alone, a
 * reference with no denial of the same finding, a denial only for today or on this exam, a mention with no reference.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const FORM = [
  'Sports injury intake - parent section (transcribed by MA)',
  'Athlete age: 14   Sport: club volleyball, 4 practices/wk',
  'Back pain? YES - "3 weeks, low back, after practice"',
  'Fever? no   Night pain? no   Leg weakness? YES   Bladder/bowel changes? no   Injury? no',
];
const weak = (...lines: string[]) => readNote(...FORM, ...lines, 'No imaging today. Relative rest, PT referral.').facts.hits.some((h) => h.finding.id === 'weakness' && h.present);

describe('an item a clinician names and denies (clarified away)', () => {
  const taken: string[] = [
    'Addendum (MD): re "leg weakness" - on questioning, mom means her legs feel tired after long tournaments. No actual weakness: strength 5/5 bilat, reflexes symmetric, gait normal; neuro exam normal. Mechanical overuse.',
    'Addendum (MD): regarding the "leg weakness" ticked: she means tired legs; denies any weakness. Mechanical overuse.',
    "Clarification re 'leg weakness': mom means tiredness after tournaments, no weakness. Mechanical overuse.",
  ];
  for (const line of taken) it(`withdraws the told weakness: ${JSON.stringify(line.slice(0, 60))}`, () => assert.equal(weak(line), false));

  it('reads the note as overuse once the weakness is taken back', () => assert.equal(readNote(...FORM, taken[0], 'No imaging today.').scenario, 'back-pain-overuse'));

  const kept: string[] = [
    // A normal exam alone never erases a reported weakness.
    'Exam: strength 5/5 bilat, reflexes symmetric, gait normal; neuro exam normal. Mechanical overuse.',
    // A reference with no denial of the weakness itself.
    'Addendum (MD): re "leg weakness" - strength 5/5 bilat, reflexes symmetric. Mechanical overuse.',
    // Denied only today or on this exam: an intermittent symptom stays told.
    'Addendum (MD): re "leg weakness" - mom says it comes and goes; no weakness today, strength 5/5.',
    'Addendum (MD): re "leg weakness" - no weakness on exam, strength 5/5.',
    // A denial with no reference to the item, or of another finding.
    'Addendum (MD): mom means tired legs. No numbness. Strength 5/5.',
    'Addendum (MD): re "leg weakness" - present on stairs. No numbness.',
  ];
  for (const line of kept) it(`keeps the told weakness: ${JSON.stringify(line.slice(0, 60))}`, () => assert.equal(weak(line), true));
});
