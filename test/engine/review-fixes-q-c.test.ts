/**
 * Review of r14c (the neuro exam as set13 writes it): deficits the new readings let pass as a normal exam.
 * A run-on denial that swallowed a deficit before the exam named anew ("no fever weak L EHL neuro otherwise
 * NAD"), a limb's movement told good on one side and nil on the other, and an Italian-trained writer's
 * 'hypoesthesia' beside a normal item under 'Objective examination:'.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('review of r14c: a deficit is no normal exam', () => {
  const CASES: [string[], string][] = [
    // a run-on one-liner: the "no" that swallowed a deficit still denies the exam's "otherwise" verdict
    [['Age: 15 years', 'Findings: LBP no trauma no fever weak L EHL neuro otherwise NAD'], 'unknown'],
    [['Age: 15 years', 'Findings: LBP no fever sensation reduced L foot neuro otherwise intact'], 'unknown'],
    // a side with nothing
    [['Age: 4 months', 'Findings: sacral dimple. Leg movement good R, nil L.'], 'abnormal'],
    [['Age: 4 months', 'Findings: sacral dimple. Lower limb movement: good on R, none on L.'], 'abnormal'],
    // hypoesthesia
    [['Age: 12 years', 'Findings: back pain', 'Objective examination: strength in the norm, hypoesthesia L5 left.'], 'abnormal'],
  ];
  for (const [lines, want] of CASES) it(`${lines.join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));

  const KEPT: [string[], string][] = [
    [['Age: 15 years', 'Findings: LBP 2/52 no trauma no fever no night pain neuro NAD'], 'normal'],
    [['Age: 15 years', 'Findings: LBP no weakness strength normal'], 'normal'],
    [['Age: 15 years', 'Findings: LBP no fever no numbness neuro intact'], 'normal'],
    [['Age: 4 months', 'Findings: sacral dimple. Leg movement good, nil else of note.'], 'normal'],
    [['Age: 12 years', 'Findings: back pain. Neuro intact, no hypoesthesia.'], 'normal'],
  ];
  for (const [lines, want] of KEPT) it(`kept: ${lines.join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));
});
