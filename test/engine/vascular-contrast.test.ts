/**
 * A reason for contrast told as the vascular question a segmental hemangioma raises ("to look for an
 * intraspinal vascular anomaly", "intraspinal extension of the vascular lesion", "LUMBAR syndrome"),
 * wherever the study is planned (an Order or a Plan line).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const contrastFlagged = (...lines: string[]) => readNote(...lines).rules.includes('initial-mri-contrast');

describe('vascular reasons for contrast', () => {
  const REASONS = [
    'Plan: MRI lumbosacral spine without and with contrast, to look for an intraspinal vascular anomaly and tethering',
    'Plan: MRI lumbosacral spine without and with contrast to evaluate intraspinal extension of the vascular lesion',
    'Order: MRI L-spine w/wo (concern for LUMBAR syndrome)',
    'Order: MRI L-spine w/wo, r/o spinal AVM',
  ];
  for (const line of REASONS)
    it(`"${line}" gives contrast its reason`, () => assert.ok(!contrastFlagged('Pt: 3 mo F', 'Findings: segmental hemangioma over the lumbosacral area, 6 x 4 cm', line)));

  const NONE = [
    ['Findings: hair tuft', 'Plan: MRI L-spine w/wo, contrast only if a tumour is seen'],
    ['Findings: hair tuft', 'Plan: MRI L-spine w/wo. No concern for infection or tumour.'],
    ['Findings: small hemangioma, no vascular lesion elsewhere', 'Order: MRI L-spine w/wo'],
    ['Findings: hair tuft', 'Order: MRI L-spine w/wo'],
  ];
  for (const lines of NONE) it(`"${lines.join(' / ')}" gives it none`, () => assert.ok(contrastFlagged('Pt: 3 mo F', ...lines)));
});
