/**
 * Second review of round 33's reading (mend 2): double negatives of cord motion, a referral said not made and then made on
 * its line, arrows on exam items beside items told "N", and where a letter "N" is no normal exam. Each probe is the
 * review's own; each near-miss keeps its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('reading set33, mend 2', () => {
  describe('a denial of lost cord motion is a normal report (as the denial reads it)', () => {
    const prior = (line: string) =>
      readNote(
        'Pt: 4 mo girl',
        'Findings: sacral dimple 3 mm within the gluteal cleft 1 cm above the anus',
        'Neuro: nl tone, MAE',
        line,
        'Order: MRI lumbar spine',
      ).facts.prior.find((p) => p.modality === 'US')?.result;
    const CASES: [string, string][] = [
      ['Spinal US at 6 wk: conus L1-2, normal filum, no loss of cord motion.', 'normal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, no loss of motion.', 'normal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, without loss of normal motion.', 'normal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, no lack of motion.', 'normal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, no absence of motion.', 'normal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, no motion-related artefact.', 'normal'],
      // Motion lost or not seen, and the movement that limits a study, keep their readings.
      ['Spinal US at 6 wk: conus L1-2, normal filum, loss of cord motion.', 'abnormal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, no cord motion seen.', 'abnormal'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, no motion seen.', 'indeterminate'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, limited by motion-related artefact.', 'indeterminate'],
      ['Spinal US at 6 wk: conus L1-2, normal filum, reduced cord motion.', 'abnormal'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(prior(line), want));
  });

  describe('a referral said not made and then made later on its line is made', () => {
    const HEAD = ['Pt: 4 mo boy', 'Spinal US at 6 wk: tethered cord, conus at L3.', 'Neuro: normal'];
    const referred = (line: string) => readNote(...HEAD, line, 'Order: MRI lumbar spine').facts.referral.neurosurgery;
    const CASES: [string, boolean][] = [
      ['Neurosurgery referral not done - see below; referred today via ERS', true],
      ['Neurosurgery referral: not done yet - done now', true],
      ['Neurosurgery referral: not requested by GP, requested by us today', true],
      ['Neurosurgery referral was not done at birth; referred at 3 mo, seen in clinic', true],
      ['Neurosurgery referral not made previously; made today.', true],
      // Not made after all: a plan, a refusal, another thing's word, or nothing more.
      ['NSGY referral: not done yet', false],
      ['Neurosurgery referral: not done yet, will refer today', false],
      ['Neurosurgery referral: not done yet (family declined)', false],
      ['Neurosurgery referral: not done yet, to be done today', false],
      ['Neurosurgery referral: not done yet - MRI booked first', false],
      ['Neurosurgery referral: not done yet - US booked for next week', false],
      ['Neurosurgery referral: not done yet, ortho referral sent', false],
      ['Neurosurgery referral: not done yet - not referred, pending MRI', false],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(referred(line), want));
  });

  describe('an arrow on tone, reflexes, power or sensation is an abnormal exam whatever is told "N" beside it', () => {
    const neuro = (line: string) =>
      readNote('Pt: 4 mo girl', 'Findings: sacral dimple 3 mm within the gluteal cleft 1 cm above the anus', line, 'Order: US lumbar spine').facts.neuro.state;
    const CASES: [string, string][] = [
      ['Neurology: tone ↓, reflexes N', 'abnormal'],
      ['Reflexes: N, Tone: ↓↓ L leg', 'abnormal'],
      ['Tone: N, reflexes ↑ L', 'abnormal'],
      ['Neurology: tone ↓, reflexes normal', 'abnormal'],
      ['Reflexes: normal, Tone: ↓↓ L leg', 'abnormal'],
      ['Tone ↓ L leg, reflexes N', 'abnormal'],
      ['Neuro: Power ↓ L ankle, sensation N', 'abnormal'],
      ['Tone - N, Power - N, Reflexes - ↑ bilat', 'abnormal'],
      ['Neuro exam N, but tone ↓ L leg', 'abnormal'],
      // An arrow of the plantars (down is the normal flexor response) or of another thing is no deficit.
      ['Neuro: tone normal, reflexes normal, plantars ↓↓', 'normal'],
      ['Neuro: tone normal, reflexes normal. Plantars: ↓↓', 'normal'],
      ['Neuro: normal tone and reflexes. Feeding ↓ this week', 'normal'],
      ['Neuro: normal tone and reflexes. Wt ↑ 200 g', 'normal'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro(line), want));
  });

  describe('a letter "N" of an exam at birth, of a primitive reflex or in a yes/no form is no normal exam today', () => {
    const neuro = (line: string) =>
      readNote('Pt: 4 mo girl', 'Findings: sacral dimple 3 mm within the gluteal cleft 1 cm above the anus', line, 'Order: US lumbar spine').facts.neuro.state;
    const CASES: [string, string][] = [
      ['NIPE at birth: tone N, reflexes N. Not examined today.', 'unknown'],
      ['Moro reflex N', 'unknown'],
      ['Tone: Y, reflexes: N', 'unknown'],
      // Kept: "N" of today's exam.
      ['Tone N', 'normal'],
      ['Tone: N, reflexes: N', 'normal'],
      ['CNS: tone N, moving all 4 limbs, reflexes N.', 'normal'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro(line), want));
  });
});
