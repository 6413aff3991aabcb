/**
 * Keys and phrasings of round 29 (G1):
 *
 * - "Rx:", "Tx:" (and "Rx plan:", "Treatment plan:") head the management plan in British, Commonwealth and Asian notes: a
 *   study named there is ordered as under "Plan:" (reading-vocabulary.json unknownKeys.readAs), a medication, a condition
 *   or a decision against imaging orders nothing, and a radiograph's result under "Rx:" (as Romance-language writers
 *   head it) is no order (studies-key.ts minutesPlanRead);
 * - a key naming the lower limbs ("LL:", "LLs:", "Lower limb exam:", "Legs:", "BLE:") heads the exam of the legs, read with
 *   its key (neuro-text.ts keyNamesLimb): "LL: moving well" is "limbs moving well";
 * - a normal exam told without a word of normality ("moves legs well", "anal wink present", "good anal tone").
 *
 * Each positive case read otherwise before; each near-miss keeps a reading that is not the normal one.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const clinicalRules = (...lines: string[]) =>
  readNote(...lines)
    .rules.filter((r) => !['malformed-line', 'free-text-note', 'unknown-key'].includes(r))
    .sort();

const INFANT = ['5 mo boy, polyclinic. Sacral dimple ~3 mm within the natal cleft, 1 cm from the anus.', 'Neuro: normal'];
const TEEN = ['13 yo F, low back pain 3 wk after netball, no trauma, no fever.', 'Neuro: intact'];

describe('Rx: and Tx: as the plan', () => {
  describe('a study named there is ordered', () => {
    const CASES: [string[], string][] = [
      [[...INFANT, 'Rx: US lumbosacral spine, appt 2/52'], 'us-area'],
      [[...INFANT, 'RX: spinal ultrasound at KKH'], 'us-area'],
      [[...INFANT, 'Tx: MRI lumbar spine without contrast'], 'mri-area-without'],
      [[...INFANT, 'Rx plan: US spine'], 'us-area'],
      [[...INFANT, 'Treatment plan: ultrasound of the lower spine'], 'us-area'],
      [[...TEEN, 'Rx: NSAIDs, physio; XR L-spine AP/lat'], 'xr-area'],
      // A medication under "Rx:" beside a Plan line takes nothing from the plan's study.
      [[...TEEN, 'Rx: ibuprofen 400 mg TDS', 'Plan: MRI L-spine w/o'], 'mri-area-without'],
      [[...TEEN, 'Plan: MRI L-spine w/o', 'Rx: ibuprofen 400 mg TDS'], 'mri-area-without'],
      // The reason after a dash tells the exam, not a result: the study is still the one to do.
      [[...TEEN, 'Rx: MRI L-spine w/o - abnormal neuro exam on review'], 'mri-area-without'],
    ];
    for (const [lines, want] of CASES) it(`${lines.slice(2).join(' / ')} -> ${want}`, () => assert.equal(orderOf(...lines), want));
  });

  describe('nothing is ordered from a medication, a condition, a decision or a result', () => {
    const CASES: string[][] = [
      [...INFANT, 'Rx: paracetamol 15 mg/kg PRN'],
      [...TEEN, 'Tx: ibuprofen, stretching, 1 wk off sport'],
      [...TEEN, 'Rx: physio; XR L-spine if pain persists beyond 6 wk'],
      [...TEEN, 'Mx: reassure, no imaging needed'],
      [...TEEN, 'Rx: L-spine AP/lat: no fracture'],
      [...TEEN, 'Rx: XR L-spine - normal'],
      [...TEEN, 'RX: columna lumbosacra normal'],
    ];
    for (const lines of CASES) it(lines.slice(2).join(' / '), () => assert.equal(orderOf(...lines), 'none'));
  });

  it('a medication-only Rx line raises no finding of its own', () => {
    assert.deepEqual(clinicalRules(...INFANT, 'Rx: paracetamol 15 mg/kg PRN'), clinicalRules(...INFANT));
    assert.ok(!readNote(...INFANT, 'Rx: paracetamol 15 mg/kg PRN').rules.includes('unknown-key'));
  });
});

describe('a lower-limb exam key as the neuro exam', () => {
  const DIMPLE = '6 wk old boy, sacral dimple 2 mm within the natal cleft, 1 cm from the anal verge.';
  describe('a normal exam', () => {
    const CASES: string[] = [
      'LL: tone & power normal, moving well.',
      'LLs: tone, power, reflexes normal',
      'LL: moving well',
      'Lower limb exam: moving well',
      'Lower limbs exam: moves well, tone good',
      'Legs: moving well',
      'BLE: moving symmetrically',
    ];
    for (const line of CASES) it(line, () => assert.equal(neuro(DIMPLE, line, 'Plan: US spine'), 'normal'));
  });
  describe('an abnormal exam', () => {
    const CASES: string[] = ['LL: brisk reflexes, clonus', 'Lower limb exam: brisk reflexes, clonus', 'LL: moving well, R leg less than L'];
    for (const line of CASES) it(line, () => assert.equal(neuro(DIMPLE, line, 'Plan: US spine'), 'abnormal'));
  });
  describe('near-misses keep their reading', () => {
    const CASES: string[] = ['LL: no oedema', 'LL: no oedema, pulses normal', 'Lower limb exam: no oedema, pulses normal', 'Exam: abdo soft, LL quadrant non-tender'];
    for (const line of CASES) it(`${line} -> unknown`, () => assert.equal(neuro(DIMPLE, line, 'Plan: US spine'), 'unknown'));
  });
  it('the simple dimple fires once the exam of the legs is read normal', () => {
    assert.ok(readNote(DIMPLE, 'LL: tone & power normal, moving well.', 'Plan: US spine').rules.includes('simple-dimple'));
  });
});

describe('a normal neuro exam told without a word of normality', () => {
  const DIMPLE = '3 mo girl with a sacral dimple 2 mm within the gluteal cleft, 1 cm from the anus.';
  describe('a normal exam', () => {
    const CASES: string[] = [
      'Neuro: moves legs well, anal wink present',
      // Read normal before too (moving all limbs; kicking … symmetrically): kept beside the new ones.
      'Neuro: moving all limbs well',
      'Neuro: anal wink present',
      'Neuro: good anal tone',
      'Neuro: kicking legs symmetrically',
      'Neuro: moving lower limbs well, anal reflex present',
      'Exam: anal wink present, good anal tone',
      'O/E: positive anal wink',
    ];
    for (const line of CASES) it(line, () => assert.equal(neuro(DIMPLE, line, 'Plan: US spine'), 'normal'));
  });
  describe('near-misses', () => {
    const CASES: [string, string][] = [
      ['Neuro: moves legs well but clonus L', 'abnormal'],
      ['Neuro: anal wink absent', 'abnormal'],
      ['Exam: anal wink absent', 'abnormal'],
      ['Exam: moves legs well, absent anal wink', 'abnormal'],
      ['Exam: anal tone reduced', 'abnormal'],
      ['Neuro: not moving legs well', 'abnormal'],
      ['HPI: mum says he moves his legs well', 'unknown'],
      ['Exam: if anal wink present no MRI', 'unknown'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro(DIMPLE, line, 'Plan: US spine'), want));
  });
});
