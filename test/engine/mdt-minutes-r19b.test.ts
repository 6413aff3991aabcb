/**
 * MDT and tumour-board minutes (r19b): a case line numbers the patient before the age ("Case 6 - 13 y F"), and the
 * meeting's outcome, decision or actions are its plan ("Outcome: 1) Spinal ultrasound now", "Action: MRI whole spine").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months ?? null;
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('the age on an MDT case line (r19b)', () => {
  it('after an item number and a dash is the age', () => {
    assert.equal(ageOf('Case 6 - 13 y F.', 'Back pain 3 mo.'), 156);
    assert.equal(ageOf("Patient 4 - 8 mo M, under Ms Dunne's clinic", 'Lipoma with a tuft of hair.'), 8);
    assert.equal(ageOf('Case #6 - 13 yo girl.', 'Back pain 3 mo.'), 156);
    assert.equal(ageOf('Bed 12 - 5 yo M', 'Back pain 3 mo.'), 60);
  });
  it('a range, or an age not told plainly after the number, is still none', () => {
    assert.equal(ageOf('Case 6 - 13 y.', 'Back pain.'), null);
    assert.equal(ageOf('Case 2 - 3 wks of back pain.'), null);
    assert.equal(ageOf('Pain 6 - 8 wk.', 'Sacral dimple.'), null);
    assert.equal(ageOf('Back pain 10 - 14 yo M.'), null);
  });
});

describe("an MDT's outcome or actions (r19b)", () => {
  const LBP = '13 yo F, back pain, night pain.';
  it('is the plan, and its study the order', () => {
    assert.equal(orderOf(LBP, 'Action: MRI whole spine without contrast (no GA needed) - radiology (Dr Ng).'), 'mri-complete-without');
    assert.equal(orderOf(LBP, 'Outcome: MRI lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(
      orderOf('2 mo F, segmental haemangioma over the sacrum.', 'Outcome: 1) Spinal ultrasound now (radiology - Dr Makela). 2) MRI only if the US is abnormal.'),
      'us-area',
    );
    assert.equal(
      orderOf(
        'Date: 14/03',
        '8 mo M, lipoma with a tuft of hair.',
        'Outcome / actions:',
        '  1. MRI lumbar spine without contrast under GA - Dr Wu to protocol',
        '  2. Urodynamics - Dr Kerr',
      ),
      'mri-area-without',
    );
    assert.equal(orderOf(LBP, 'Decision: MRI L-spine w/o contrast.'), 'mri-area-without');
  });
  it('orders nothing when it names no study to do now', () => {
    assert.equal(orderOf(LBP, 'Outcome: no imaging, review in clinic.'), null);
    assert.equal(orderOf(LBP, 'Outcome: MRI only if the pain persists.'), null);
    assert.equal(orderOf(LBP, 'Present: neurosurgery, radiology.', 'Outcome: physio.'), null);
  });
  it('a staff list names no referral', () => {
    assert.equal(readNote(LBP, 'Present: neurosurgery, radiology.', 'Outcome: physio.').facts.referral?.neurosurgery ?? false, false);
  });
});
