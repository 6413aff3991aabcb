/**
 * Round 44's readings, each with the look-alikes that must keep their old reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('the empty-set sign after a reflex, sensation or power is an absent finding, before a finding a denial', () => {
  const neuro = (line: string) => readNote('Patient: 12 yo M', 'History: back pain 1 wk', line, 'Order: MRI L-spine').facts.neuro.state;
  const CASES: [string, string][] = [
    ['Exam: ankle jerks Ø bilat, power 5/5', 'abnormal'],
    ['Exam: reflexes Ø at ankles', 'abnormal'],
    ['Neuro: sensation Ø below L5', 'abnormal'],
    ['Neuro: DTR Ø', 'abnormal'],
    ['Neuro: anal wink Ø', 'abnormal'],
    // A denial of what follows, or a sign whose absence is normal.
    ['Neuro: Ø focal deficit', 'normal'],
    ['Neuro: reflexes 2+, Ø clonus', 'normal'],
    ['Neuro: reflexes normal, Ø bowel or bladder issues', 'normal'],
    ['Neuro: power 5/5, Ø weakness', 'normal'],
    ['Neuro: Babinski Ø', 'normal'],
    ['FHx: father reflexes Ø (CMT)', 'unknown'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro(line), want));
});
