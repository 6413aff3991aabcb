/**
 * Prior radiographs told in English prose (set7 review): a report that only denies abnormalities is a
 * negative study; a pars lucency is a positive one; radiographs "obtained at onset" are a study done.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function priorOf(...lines: string[]): string {
  const xr = readNote(...lines).facts.prior.find((p) => p.modality === 'XR');
  return xr?.result ?? 'no prior radiograph';
}

describe('prior radiographs in prose', () => {
  const cases: [string[], string][] = [
    [['HPI: 14 yo gymnast, LBP x 8 wk. Lumbar XR (AP/lat/obliques) 5 wks ago: no pars defect, no spondylolisthesis.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 15 yo lineman, LBP x 6 wk.', 'Prior: XR L-spine AP/lat/obl at urgent care 3 wks ago - no pars fracture, alignment normal.', 'Plan: bone scan'], 'normal'],
    [['HPI: 13 yo, LBP x 3 mo. XR lumbar spine 2 mo ago: lucency R L5 pars, possible spondylolysis.', 'Plan: SPECT'], 'abnormal'],
    [['HPI: 16 yo diver, LBP x 3 mo. Lumbar radiographs obtained at onset show bilateral L5 pars defects.', 'Plan: CT L-spine w/o'], 'abnormal'],
    // Near misses: a denial beside an asserted finding, a raised one, a limited study.
    [['HPI: 14 yo, LBP x 8 wk. Lumbar XR 5 wks ago: no pars defect but a grade 1 spondylolisthesis.', 'Plan: MRI L-spine w/o'], 'abnormal'],
    [['HPI: 14 yo, LBP x 8 wk. Lumbar XR 5 wks ago: no fracture, possible spondylolysis.', 'Plan: MRI L-spine w/o'], 'indeterminate'],
    [['HPI: 14 yo, LBP x 8 wk. Lumbar XR 5 wks ago limited by habitus, no fracture seen.', 'Plan: MRI L-spine w/o'], 'indeterminate'],
    [['HPI: 14 yo, LBP x 8 wk. Lumbar XR 5 wks ago, report not available.', 'Plan: MRI L-spine w/o'], 'unknown'],
  ];
  for (const [lines, want] of cases) it(`"${lines.join(' / ')}" reads ${want}`, () => assert.equal(priorOf(...lines), want));
});
