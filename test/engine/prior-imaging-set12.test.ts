/**
 * Prior imaging told the ways clinicians write it (set12): the study's name ("radiography", "graphy",
 * "ultrasonography", "sonar"), its result words (wedging, kyphosis, a lucency across the pars, a filum
 * thickened 2,4 mm), a finding called a normal variant, and a remark on what a study usually shows,
 * which is no study done.
 */
import * as assert from 'node:assert/strict';
import { firstPriorOf } from '../helpers';

const priorOf = firstPriorOf;

describe('prior imaging told in set12 voices', () => {
  const cases: [string, string[], string][] = [
    // Study names.
    ['XR', ['HPI: 15 yo M, LBP 8 wk. Radiography of the lumbar spine 2026-08-30: normal, no spondylolysis.', 'Order: MRI L-spine w/o'], 'normal'],
    ['XR', ['HPI: 16 yo M, LBP 3 wk. Graphy of LS spine (done last week): normal, no spondylolysis.', 'Order: MRI L-spine w/o'], 'normal'],
    ['US', ['HPI: 2 mo F, sacral dimple. Ultrasonography 2026-01-20: conus at the L2-L3 level. Conclusion: inconclusive.', 'Order: US spine'], 'indeterminate'],
    ['US', ['HPI: 5 mo M, fatty swelling lower back. Sonar done here last week: conus ends at L3/4, filum thick (3 mm).', 'Order: MRI L-spine w/o'], 'abnormal'],
    ['US', ['HPI: 3 mo F, dimple. Echography of the spine at 3 wk: conus at L1, normal.', 'Order: none'], 'normal'],
    // Result words.
    ['US', ['HPI: 5 mo M. Ultrasonography of the spinal canal 2025-11-20: conus ends at L2, filum thickened 2,4 mm.', 'Order: MRI L-spine w/o'], 'abnormal'],
    ['XR', ['HPI: 14 yo F, back pain 3 wk. Radiographs T/L spine (PCP, 1 wk ago): mild anterior wedging of T12 and L1.', 'Order: MRI T/L-spine w/o'], 'abnormal'],
    ['XR', ['HPI: 16 yo M. XR standing lat thoracolumbar last wk: post-laminectomy kyphosis T12-L2, 38 deg.', 'Order: CT T/L-spine w/o'], 'abnormal'],
    ['XR', ['HPI: 15 yo gymnast. My radiographs (AP/lat/obliques) show a lucency across the left L5 pars.', 'Order: MRI L-spine w/o'], 'abnormal'],
    ['XR', ['HPI: 15 yo gymnast, LBP. Reviewed his films and agree - L L5 pars defect, no slip.', 'Order: MRI L-spine w/o'], 'abnormal'],
    // Near misses: a normal variant or a normal shape is no abnormality; a hedged variant leaves it.
    ['XR', ['HPI: 14 yo F, back pain. XR T-spine 2 wk ago: mild wedging of T11, likely a normal variant.', 'Order: MRI T-spine w/o'], 'normal'],
    ['XR', ['HPI: 14 yo F, back pain. XR T-spine 2 wk ago: physiologic wedging T12.', 'Order: MRI T-spine w/o'], 'normal'],
    ['XR', ['HPI: 14 yo F, back pain. XR T-spine 2 wk ago: normal thoracic kyphosis.', 'Order: MRI T-spine w/o'], 'normal'],
    ['XR', ['HPI: 14 yo F, back pain. XR T-spine 2 wk ago: wedging T12 vs a normal variant.', 'Order: MRI T-spine w/o'], 'abnormal'],
    ['XR', ['HPI: 14 yo F, back pain. XR L-spine 2 wk ago: L5 pars defect, wedging T12 normal variant.', 'Order: MRI L-spine w/o'], 'abnormal'],
    ['US', ['HPI: 14 mo. US spine at 2 wk: syrinx, constipation resolved since.', 'Order: MRI'], 'abnormal'],
    // A remark on what a study usually shows is no study; a study done told with one is.
    ['US', ['HPI: 10 mo F, hairy patch. At 10 months the posterior elements are ossified and canal US is usually nondiagnostic.', 'Order: MRI L-spine w/o'], 'none'],
    ['US', ['HPI: 10 mo F, hairy patch. Prior US at 2 wk was limited, as is often the case.', 'Order: MRI L-spine w/o'], 'indeterminate'],
    // Planned, not done; a chart reviewed is no study.
    ['US', ['HPI: 2 mo F, dimple. Ultrasonography of the spinal canal to be done in 3 weeks.', 'Order: US spine'], 'none'],
    ['US', ['HPI: 5 mo M. RN: chart reviewed - 4 mo visit documents "sacral dimple, consider US".', 'Order: US spine'], 'none'],
    ['XR', ['HPI: 15 yo, LBP. Films to be reviewed with radiology.', 'Order: MRI L-spine w/o'], 'none'],
  ];
  for (const [modality, lines, want] of cases) it(`"${lines[0]}" reads ${modality} ${want}`, () => assert.equal(priorOf(modality, ...lines), want));
});
