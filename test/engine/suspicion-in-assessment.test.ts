/**
 * A suspicion of infection or tumour stated in an assessment written with the plan ("A/P: … concern for
 * discitis") places a child with back pain in the infection/tumour scenario; a plan that only gives a
 * study's purpose ("MRI to r/o tumor") does not, and a suspicion the writer doubts ("doubt discitis",
 * "low suspicion for infection", "discitis less likely") is none.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;

describe('a suspicion stated in the assessment and plan', () => {
  it('"A/P: concern for vertebral osteomyelitis / discitis" is a suspected infection', () => {
    assert.equal(
      scenarioOf('HPI: 14 yo F, 6 d LBP, fever to 39.2, waking at night.', 'A/P: concern for vertebral osteomyelitis / discitis.', 'Order: MRI L-spine w/ and w/o contrast'),
      'back-pain-infection-tumor',
    );
  });
  it('"Plan: MRI to r/o tumor" gives the purpose of the study, not a suspicion', () => {
    assert.equal(scenarioOf('HPI: 12 yo F, 2 wk LBP, no fever, no night pain.', 'Plan: MRI L-spine to r/o tumor per mom request'), 'back-pain-no-red-flags');
  });
  it('a negated suspicion in the A/P is none', () => {
    assert.equal(scenarioOf('HPI: 12 yo F, 2 wk LBP, no fever, no night pain.', 'A/P: LBP, no concern for infection or tumor. MRI L-spine per mom.'), 'back-pain-no-red-flags');
  });
});

describe('a suspicion the writer doubts', () => {
  const base = 'HPI: 12 yo F, 2 wk LBP, no fever, no night pain, no sport.';
  for (const a of [
    'Assessment: doubt discitis.',
    'Assessment: low suspicion for infection or tumor.',
    'Assessment: discitis less likely.',
    'Assessment: I doubt a spinal tumour.',
    'Assessment: not concerned about discitis.',
  ]) {
    it(a, () => assert.equal(scenarioOf(base, a, 'Order: MRI L-spine'), 'back-pain-no-red-flags'));
  }
  it('a doubted suspicion beside a stated one keeps the stated one', () => {
    assert.equal(
      scenarioOf('HPI: 12 yo F, 2 wk LBP, fever 39.', 'Assessment: epidural abscess less likely; osteomyelitis suspected.', 'Order: MRI L-spine'),
      'back-pain-infection-tumor',
    );
  });
});
