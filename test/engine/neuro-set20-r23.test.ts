/**
 * Set-20 neuro exams (r23): a normal exam as translated notes tell it ("Neurologically without deviations",
 * "Neurologic examination natural", "DTR normal") and French "pas de déficit sensitivo-moteur" are normal exams.
 * Near misses: a deficit told beside them, an exam not done.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function exam(...lines: string[]): string {
  return readNote(...lines).facts.neuro.state;
}

describe('normal neuro exams as set 20 writes them', () => {
  const normal: string[][] = [
    ['12 yo back pain 3 wk.', 'O/E: tender Th12-L1. Neurologically without deviations.', 'Plan: XR L-spine'],
    ['12 yo back pain 3 wk. Night pain there is not. Neurologic examination natural.', 'Plan: XR L-spine'],
    ['Adolescent 14 ans, lombalgie.', 'Examen: douleur à la palpation de L1, pas de déficit sensitivo-moteur, pas de troubles sphinctériens.', 'Rx rachis dorso-lombaire.'],
  ];
  for (const lines of normal) it(`reads a normal exam in ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(exam(...lines), 'normal'));
  const notNormal: string[][] = [
    ['Adolescent 14 ans, lombalgie. Examen: pas de déficit sensitivo-moteur, mais faiblesse du pied gauche.', 'Rx rachis lombaire'],
    ['12 yo back pain. Neurologically without deviations except L EHL 4/5.', 'Plan: XR L-spine'],
    ['12 yo back pain. Neuro exam not done, natural history discussed.', 'Plan: XR L-spine'],
  ];
  for (const lines of notNormal) it(`reads no normal exam in ${JSON.stringify(lines.join(' / '))}`, () => assert.notEqual(exam(...lines), 'normal'));
});
