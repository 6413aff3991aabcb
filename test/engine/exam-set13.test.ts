/**
 * The neurologic exam as set13's writers told it: a Hong Kong 'P/E:' line and an Italian 'Objective
 * examination:' line (reading-vocabulary.json unknownKeys.readAs), 'in the norm' (neuroExamVerdict),
 * a run-on one-liner whose denials before the exam named anew are another item's ("no night pain neuro
 * NAD"), and an infant's limbs told to move normally, under a limb key or in a sentence. Each positive
 * case read "unknown" before; each near-miss keeps its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('neurologic exam as set13 writes it', () => {
  describe('a normal exam', () => {
    const CASES: string[][] = [
      ['14F LBP x 2 months.', 'P/E: no spinal tenderness, no scoliosis, SLR 80 deg both sides. Neuro: NAD.', 'Mx: MRI whole spine (plain)'],
      ['10 yo M LBP.', 'P/E: mild paraspinal tenderness, full ROM with discomfort, SLR normal, neuro intact.'],
      ['Male, 13 years, lumbar pain.', 'Objective examination: stork test positive, hamstrings shortened, neurological examination in the norm.'],
      ['12 yo F back pain. Exam: neuro exam within the norm.'],
      ['16F LBP 2/52 no trauma no fever no night pain neuro NAD MRI L-spine w/o'],
      ['15M LBP 3/52 no fever neuro intact XR L-spine'],
      ['14 yo LBP no weakness strength normal'],
      ['5 mo girl. Sacral dimple 2 mm.', 'Lower limbs: movement normal, no deformity.'],
      ['3 months old, male. Deviated gluteal cleft.', 'Lower limb movement symmetric. Talipes(-).'],
      ['34 days old, boy. Sacral dimple(+).', 'Lower limb spontaneous movement good, bilateral. Anal reflex(+).'],
      ['2 mo boy, skin tag. Legs movements symmetric.'],
    ];
    for (const lines of CASES) it(lines.join(' / '), () => assert.equal(neuro(...lines), 'normal'));
  });

  describe('near-misses keep their reading', () => {
    const CASES: [string[], string][] = [
      [['16F LBP 2/52 not neurologically intact MRI L-spine w/o'], 'abnormal'],
      [['16F LBP 2/52 neuro not intact MRI L-spine w/o'], 'abnormal'],
      [['16F LBP no fever neuro exam not normal'], 'abnormal'],
      [['16F LBP no focal neuro deficits'], 'normal'],
      [['4 mo girl.', 'Lower limbs: movement normal on R, reduced on L.'], 'abnormal'],
      [['4 mo girl.', 'Lower limbs: pulses normal, no deformity.'], 'unknown'],
      [['4 mo girl.', 'Legs: no deformity, L leg moves less.'], 'abnormal'],
      [['4 mo girl.', 'Bowel movement normal. Lower limb movement not symmetric.'], 'abnormal'],
      [['4 mo girl.', 'Bowel movements normal.'], 'unknown'],
      [['12 yo F back pain.', 'Objective examination: blood pressure in the norm, neuro not examined.'], 'unknown'],
      [['12 yo F back pain.', 'Objective examination: neuro exam in the norm except L EHL weak.'], 'abnormal'],
    ];
    for (const [lines, want] of CASES) it(`${lines.join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));
  });
});
