/** UK "neuro NAD" (no abnormality detected) is a normal neuro exam; a deficit beside it still wins. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const state = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('neuro NAD', () => {
  it('"Neuro NAD." in free text is a normal exam', () => assert.equal(state('13M. LBP 3/52, no fever. Neuro NAD.', 'XR L/S spine.'), 'normal'));
  it('"neuro exam: no abnormality detected" is a normal exam', () =>
    assert.equal(state('13 yo M, back pain 3 weeks, neuro exam no abnormality detected.', 'XR L-spine.'), 'normal'));
  it('a deficit named beside it wins', () => assert.equal(state('13M. LBP. Neuro: NAD but absent left ankle jerk.', 'XR L-spine.'), 'abnormal'));
  it('"NAD" alone, away from the neuro exam, tells no exam', () => assert.equal(state('13 yo M. Back pain. NAD. Neuro not examined.', 'XR L-spine.'), 'unknown'));
});
