/**
 * Set-20 neuro exams (r23): a normal exam as translated notes tell it ("Neurologically without deviations",
 * "Neurologic examination natural", "DTR normal") are normal exams. Near misses: a deficit told beside them, an exam
 * not done; French "pas de déficit sensitivo-moteur" alone is not read as an exam (it may be a parent's report, a
 * partial exam or one not done), as on main.
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
  ];
  for (const lines of normal) it(`reads a normal exam in ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(exam(...lines), 'normal'));
  const notNormal: string[][] = [
    ['Adolescent 14 ans, lombalgie. Examen: pas de déficit sensitivo-moteur, mais faiblesse du pied gauche.', 'Rx rachis lombaire'],
    ['12 yo back pain. Neurologically without deviations except L EHL 4/5.', 'Plan: XR L-spine'],
    ['12 yo back pain. Neuro exam not done, natural history discussed.', 'Plan: XR L-spine'],
    ['Garçon 9 ans, lombalgies. Examen: pas de déficit sensitivo-moteur des membres supérieurs, membres inférieurs non examinés.', 'Bilan: Rx rachis lombaire'],
    ['Garçon 9 ans, lombalgies. Pas de déficit sensitivo-moteur selon les parents.', 'Bilan: Rx rachis lombaire'],
    ['Garçon 9 ans, lombalgies. Examen neuro non réalisé. Pas de déficit sensitivo-moteur rapporté par la mère.', 'Bilan: Rx rachis lombaire'],
    ["Fille 10 ans, lombalgies. La mère dit qu'il n'y a pas de déficit sensitivo-moteur. Examen non fait.", 'Bilan: Rx rachis lombaire'],
  ];
  for (const lines of notNormal) it(`reads no normal exam in ${JSON.stringify(lines.join(' / '))}`, () => assert.notEqual(exam(...lines), 'normal'));
});
