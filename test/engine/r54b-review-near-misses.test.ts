/**
 * Review r54 of fix54b: the harms the reviewer found, as near misses read as main reads them.
 *
 * - Crosses read as denials only on a line with no label, or one naming a screen of denials or a neutral list ("ROS:",
 *   "Red flags:"), never with a word of presence or choosing in the label, the heading above or the words before the first
 *   cross (cross-marks.ts labelAllows; context-lexicon crossMarks.labels, presenceWords): a cross is the "chosen" mark
 *   of many forms.
 * - Taken out: the arrows ⇢ ⇨ ➔ ➜ as context terminators (they ended a denial's scope: "Negative for ➜ fever ➜ night
 *   sweats" read all present); they still open a plan as → does.
 * - An opening age in years before a treatment that tells its own time ("2 y chemo 6 mo ago") is no age.
 */
import * as assert from 'node:assert/strict';
import { ageOf, categoryPresentIn, presentIn, readNote } from '../helpers';

const HPI = '8 yo F, LBP 10 days, no trauma.';
const XR = 'Order: XR L-spine';
const US = 'Order: US spine';
const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('r54b review: a cross under a label of presence or choosing is the item chosen', () => {
  const chosen: [string, string[], string[]][] = [
    ['007 "Red flags present: ✗ fever ✗ night pain"', [HPI, 'Red flags present: ✗ fever ✗ night pain', XR], ['fever', 'night-pain']],
    ['008 "Positive ROS: ✗ night pain ✗ night sweats"', [HPI, 'Positive ROS: ✗ night pain ✗ night sweats', XR], ['night-pain', 'night-sweats']],
    ['009 "Mark all that apply: ✗ night pain ✗ fever"', [HPI, 'Mark all that apply: ✗ night pain ✗ fever', XR], ['night-pain', 'fever']],
    ['010 "Symptoms (mark all that apply): night pain ✗ fever ✗"', [HPI, 'Symptoms (mark all that apply): night pain ✗ fever ✗', XR], ['night-pain', 'fever']],
    ['011 a heading "Red flags present:" above one item a line', [HPI, 'Red flags present:', '✗ night pain', '✗ fever', XR], ['night-pain']],
    ['012 "Checked: night pain ✗ wt loss ✗"', [HPI, 'Checked: night pain ✗ wt loss ✗', XR], ['night-pain', 'weight-loss']],
    ['013 "Positive findings: night pain ✗ fever ✗"', [HPI, 'Positive findings: night pain ✗ fever ✗', 'Negative: wt loss, night sweats', XR], ['night-pain', 'fever']],
    ['030 "Skin (mark if present): ✗ sacral dimple ✗ hair tuft"', ['3 mo M', 'Skin (mark if present): ✗ sacral dimple ✗ hair tuft', US], ['sacral-dimple', 'hair-tuft']],
    ['031 "Cutaneous markers present: ✗ hair tuft ✗ hemangioma"', ['3 mo M', 'Cutaneous markers present: ✗ hair tuft ✗ hemangioma', US], ['hair-tuft', 'hemangioma']],
    ['103 "Reason for exam: ✗ sacral dimple ✗ hair tuft"', ['3 mo M', 'Reason for exam: ✗ sacral dimple ✗ hair tuft', US], ['sacral-dimple', 'hair-tuft']],
    ['104 "Indication: ✗ hair tuft over L5"', ['3 mo M', 'Indication: ✗ hair tuft over L5', US], ['hair-tuft']],
    ['105 "Clinical indication (check): ✗ night pain ✗ radicular pain"', [HPI, 'Clinical indication (check): ✗ night pain ✗ radicular pain', XR], ['night-pain', 'radicular-pain']],
    [
      '140 "Findings (tick): ✗ deep sacral dimple ✗ hair tuft ✗ skin tag"',
      ['5 wk F', 'Findings (tick): ✗ deep sacral dimple ✗ hair tuft ✗ skin tag', US],
      ['sacral-dimple', 'hair-tuft'],
    ],
    ['141 "Positive: night pain ✗."', [HPI, 'Positive: night pain ✗. Negative: fever, wt loss.', XR], ['night-pain']],
  ];
  for (const [name, lines, ids] of chosen)
    it(name, () => {
      for (const id of ids) assert.equal(presentIn(id, ...lines), true, id);
    });
  it('007 its scenario: red flags', () => assert.equal(scenarioOf(HPI, 'Red flags present: ✗ fever ✗ night pain', XR), 'back-pain-red-flags'));
  it('030 its scenario: a cutaneous marker', () => assert.equal(scenarioOf('3 mo M', 'Skin (mark if present): ✗ sacral dimple ✗ hair tuft', US), 's1-cutaneous-marker'));
  it('015 "Present: ✗ night pain" / "Absent: ✗ fever ✗ wt loss": red flags, as main reads it', () =>
    assert.equal(scenarioOf(HPI, 'Present: ✗ night pain', 'Absent: ✗ fever ✗ wt loss', XR), 'back-pain-red-flags'));
  it('036 "Symptoms present: ✗ dribbling ✗ poor stream"', () =>
    assert.equal(categoryPresentIn('urologic-symptom', '3 mo M, hair tuft over L5', 'Symptoms present: ✗ dribbling ✗ poor stream', US), true));
  it('137 a label of no screen ("New sx: ✗ leg weakness ✗ numbness")', () =>
    assert.equal(categoryPresentIn('neurologic-symptom', HPI, 'New sx: ✗ leg weakness ✗ numbness', 'No fever, no night pain.', XR), true));
  it('037 a heading of another kind ("neuro:" above "✗ normal tone ✗ normal reflexes") is not read as abnormal', () =>
    assert.notEqual(neuroOf('3 mo M, hair tuft over L5, neuro:', '✗ normal tone ✗ normal reflexes', US), 'abnormal'));
});

describe('r54b review: crosses still read as denials', () => {
  it('no label ("✗ fever ✗ night pain ✗ wt loss")', () => assert.equal(presentIn('fever', HPI, '✗ fever ✗ night pain ✗ wt loss', XR), false));
  it('"ROS:" in the sentence after others (s136-023)', () =>
    assert.equal(presentIn('night-pain', '12 yo ♀ c/o low back ache × 10 days. No trauma, no sport. ROS: fever ✗ wt loss ✗ night pain ✗. Neuro exam nl.', XR), false));
  it('under a heading "ROS:", one item a line (its first line as on main)', () =>
    assert.equal(presentIn('night-pain', HPI, 'ROS:', '✗ fever', '✗ night pain', '✗ wt loss', XR), false));
  it('"Red flags: ✗ fever ✗ night pain"', () => assert.equal(presentIn('night-pain', HPI, 'Red flags: ✗ fever ✗ night pain', XR), false));
  it('"neuro ✓" under a list of no label (s136-032)', () => assert.equal(neuroOf('8 y ♀, back pain ~1 wk.', '✗ fever ✗ night pain ✗ wt loss', 'neuro ✓', XR), 'normal'));
});

describe('r54b review: the new arrows end no denial (taken out as terminators)', () => {
  it('046 "Negative for ➜ fever ➜ night sweats ➜ wt loss"', () => {
    for (const id of ['fever', 'night-sweats', 'weight-loss']) assert.equal(presentIn(id, HPI, 'Negative for ➜ fever ➜ night sweats ➜ wt loss', XR), false, id);
  });
  it('047 "No fever ⇨ night pain ⇨ wt loss"', () => {
    for (const id of ['night-pain', 'weight-loss']) assert.equal(presentIn(id, HPI, 'No fever ⇨ night pain ⇨ wt loss', XR), false, id);
  });
  it('051 "Fever last week ⇢ resolved"', () => assert.equal(presentIn('fever', HPI, 'Fever last week ⇢ resolved. No night pain.', XR), false));
  it('046 its scenario: no red flags', () => assert.equal(scenarioOf(HPI, 'Negative for ➜ fever ➜ night sweats ➜ wt loss', XR), 'back-pain-no-red-flags'));
});

describe('r54b review: an opening age before a treatment', () => {
  it('094 "2 y chemo 6 mo ago, now back pain." is no age', () => assert.equal(ageOf('2 y chemo 6 mo ago, now back pain.', 'Order: MRI whole spine w/wo'), undefined));
});
