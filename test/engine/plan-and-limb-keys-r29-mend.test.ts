/**
 * Mends of round 29's keys after an adversarial review:
 *
 * - a study told done, dated or with its result under any treatment key ("Rx:", "Tx:", "Rx plan:", "Tx plan:", "Treatment
 *   plan:") is a report, not the order ("Tx: MRI spine at the transplant centre last month - normal", "Rx: XR L-spine
 *   2023"), while one whose reason names a finding is still ordered ("Rx: US spine ?tethered cord", "Rx: XR L-spine r/o
 *   fracture", "Rx: US spine, reassure parents"): studies-key.ts reportedUnderTreatment;
 * - "LE:" is also the left eye or ear and "LL:" the left lung: a line naming red reflex, TM, crackles is no limb exam;
 * - "good tone" alone is no normal neuro exam (the abdomen's, the voice's, the arms'); it is on a limb key or beside the legs;
 *   an arm key ("Upper limbs:", "UL:") says nothing of the legs; "but not spontaneously" takes the normal statement back;
 * - an absent anal wink told the common ways ("no anal wink", "anal wink not elicited") is an abnormal exam, not when asked,
 *   another child's or hypothetical; "paucity of movement" is a deficit.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';
import { readingVocabulary } from '../../server/src/clinical/vocabulary';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

const INFANT = ['6 wk boy, clinic review. Tuft of hair over the lower lumbar spine, midline.', 'Neuro: normal'];
const TEEN = ['12 yo M, low back pain 4 wk, no fever, no trauma.', 'Neuro: intact'];
const ONC = ['10 yo F, ALL in remission. Back pain 3 wk, waking at night, temp 38.2.', 'Neuro: normal'];
const DIMPLE = ['2 mo F. Sacral dimple 3 mm in the natal cleft, 1.5 cm from the anus, base seen.'];
const LIPOMA = ['4 mo M. Midline lumbosacral lipoma with a skin tag.'];

describe('round 29 mends: a study reported under a treatment key', () => {
  describe('a study told done, dated or with its result orders nothing', () => {
    const CASES: string[][] = [
      [...ONC, 'Tx: MRI spine at the oncology centre 3 wk ago - normal', 'Plan: bloods, ESR'],
      [...ONC, 'Tx: MRI whole spine 6 wk ago: no abnormality', 'Plan: bloods'],
      [...ONC, 'Tx: XR L-spine (outside clinic) - unremarkable', 'Plan: bloods'],
      [...ONC, 'Tx: methotrexate; MRI spine at relapse clear', 'Plan: bloods'],
      [...ONC, 'Tx: chemo finished 2022, surveillance MRI spine normal', 'Plan: bloods'],
      [...ONC, 'Treatment plan: XR L-spine done last week - normal', 'Plan: bloods'],
      [...TEEN, 'Rx: XR lumbar spine 2022'],
      [...TEEN, 'Rx: XR lumbar spine (2022)'],
      [...TEEN, 'Rx: XR lumbar spine 11/2022'],
      [...TEEN, 'Rx: L-spine AP/lat: no fracture'],
      [...TEEN, 'Rx: L-spine done - scoliosis 14°'],
    ];
    for (const lines of CASES) it(lines.slice(2).join(' / '), () => assert.equal(orderOf(...lines), 'none'));
  });

  describe('a study whose reason names a finding is still ordered', () => {
    const CASES: [string[], string][] = [
      [[...INFANT, 'Rx: USS spine ?tethered cord'], 'us-area'],
      [[...INFANT, 'Rx: US spine to exclude a tethered cord'], 'us-area'],
      [[...INFANT, 'Rx: spinal US for occult dysraphism'], 'us-area'],
      [[...INFANT, 'Rx: US spine - r/o intraspinal lipoma'], 'us-area'],
      [[...INFANT, 'Rx: US spine to assess the conus level'], 'us-area'],
      [[...INFANT, 'Rx: US spine, reassure parents'], 'us-area'],
      [[...INFANT, 'Tx plan: US spine to look for tethering'], 'us-area'],
      [[...TEEN, 'Rx: XR L-spine r/o fracture'], 'xr-area'],
      [[...TEEN, 'Rx: XR L-spine - query pars fracture'], 'xr-area'],
      [[...TEEN, 'Rx: XR L-spine to rule out a pars fracture'], 'xr-area'],
      [[...TEEN, 'Rx: XR L-spine AP/lat'], 'xr-area'],
    ];
    for (const [lines, want] of CASES) it(`${lines.slice(2).join(' / ')} -> ${want}`, () => assert.equal(orderOf(...lines), want));
  });
});

describe('round 29 mends: limb keys and their near-misses', () => {
  it('"LE:" naming the eye or the ear is no limb exam', () => {
    assert.equal(neuro('Day 2 term F.', 'Sacral dimple 2 mm in the natal cleft, base seen.', 'LE: red reflex absent (cataract?)'), 'unknown');
    assert.equal(neuro('Day 2 term F.', 'Sacral dimple 2 mm in the natal cleft, base seen.', 'LE: normal TM'), 'unknown');
    assert.equal(neuro('Day 2 term F.', 'Sacral dimple 2 mm in the natal cleft, base seen.', 'LL: crackles at the base'), 'unknown');
  });
  it('a limb key still reads the legs', () => {
    assert.equal(neuro(...LIPOMA, 'LE: absent ankle jerks'), 'abnormal');
    assert.equal(neuro(...LIPOMA, 'LL: good tone'), 'normal');
    assert.equal(neuro(...LIPOMA, 'Legs: good tone, kicking well'), 'normal');
  });
});

describe('round 29 mends: "good tone" and normal statements taken back', () => {
  const NOT_NORMAL = [
    'Abdomen: good tone, no masses',
    'Exam: abdomen soft, good tone',
    'Exam: alert, good tone of voice',
    'Exam: good tone in arms',
    'Exam: good tone in upper limbs; legs not examined (in cast)',
    'Upper limbs: good tone, moving well. Lower limbs: not examined',
    'Exam: floppy, but good tone when handled',
    'Exam: legs move normally when held, but not spontaneously',
  ];
  for (const line of NOT_NORMAL) it(`${line} -> not normal`, () => assert.notEqual(neuro(...DIMPLE, line), 'normal'));
  const NORMAL = [
    'Neuro: good tone',
    'Neuro: good tone, symmetric movements',
    'Exam: good tone and movement of the legs',
    'Exam: good tone in both legs',
    'Exam: good tone in all 4 limbs',
    'Exam: good anal tone',
    'Exam: sphincter tone good',
    'Exam: legs move normally',
  ];
  for (const line of NORMAL) it(`${line} -> normal`, () => assert.equal(neuro(...DIMPLE, line), 'normal'));
});

describe('round 29 mends: an absent anal wink', () => {
  const ABNORMAL = [
    'Exam: no anal wink',
    'Neuro: no anal wink',
    'Exam: anal wink not seen',
    'Exam: anal wink not elicited',
    'Exam: anal wink could not be elicited',
    'Exam: no anocutaneous reflex',
    'Exam: anal wink present; legs: paucity of movement on the R',
  ];
  for (const line of ABNORMAL) it(`${line} -> abnormal`, () => assert.equal(neuro(...DIMPLE, line), 'abnormal'));
  const NOT_ABNORMAL = [
    'Exam: ?no anal wink',
    'Exam: twin brother had no anal wink',
    'Exam: moves legs well. If no anal wink at next visit, MRI',
    'Exam: good anal tone. Plan to check anal wink at next visit',
    'Exam: anal wink not assessed',
  ];
  for (const line of NOT_ABNORMAL) it(`${line} -> not abnormal`, () => assert.notEqual(neuro(...DIMPLE, line), 'abnormal'));
});

describe('reading-vocabulary.json treatmentKeyReports, word by word', () => {
  const v = readingVocabulary().treatmentKeyReports;
  const TEEN_XR = [...TEEN, 'Plan: bloods'];
  // Each result word after the study reports it; the same line without one orders the study.
  it('without a result word, "Rx: XR L-spine AP/lat" is the order', () => assert.equal(orderOf(...TEEN_XR, 'Rx: XR L-spine AP/lat'), 'xr-area'));
  for (const r of v.results) it(`results: "Rx: XR L-spine AP/lat - ${r}" orders nothing`, () => assert.equal(orderOf(...TEEN_XR, `Rx: XR L-spine AP/lat - ${r}`), 'none'));
  for (const r of v.negatedResults)
    it(`negatedResults: "Rx: XR L-spine AP/lat - no ${r}" orders nothing`, () => assert.equal(orderOf(...TEEN_XR, `Rx: XR L-spine AP/lat - no ${r}`), 'none'));
  // A reason or a time still to come beside a result-like word keeps the study as the order.
  for (const r of v.reasons)
    it(`reasons: "Rx: XR L-spine AP/lat ${r} … clear" is the order`, () =>
      assert.equal(orderOf(...TEEN_XR, `Rx: XR L-spine AP/lat ${r} review, clear instructions given`), 'xr-area'));
});
