/**
 * Round 28: a normal spinal US told with the hedges of its report ("per report", "per outside read", an age in brackets,
 * measurements, normal cord or root motion) stays normal, while a report that "could not exclude" a finding leaves the study
 * in doubt, as "cannot exclude" always did. (From branch r28-prior-us-2, whose keyed-line reader was left out: r28-prior-xr
 * reads those lines.)
 */
import * as assert from 'node:assert/strict';
import { lastPriorOf, readNote } from '../helpers';

/** The most recent prior study of the modality read ('none' when there is none). */
const priorOf = lastPriorOf;
const rulesOf = (...lines: string[]) => readNote(...lines).rules;

describe('r28: a normal spinal US told with the hedges of its report', () => {
  const hpi = (told: string) => ['HPI: 9 mo F, sacral dimple, single, 3 mm, in cleft, 1.5 cm from anus.', told, 'Neuro: normal', 'Order: MRI L-spine w/o contrast'];
  for (const [told, want] of [
    ['Prior US (age 5 wk) normal per report: conus at L1, filum <1 mm, normal cord motion.', 'normal'],
    ['Spinal US at 5 wk normal per outside read: conus L1-2, filum 1 mm.', 'normal'],
    ['Spinal US (at 1 mo) normal as per radiologist; conus at L1, normal nerve root motion.', 'normal'],
    ['US spine at 4 wk: normal per OSH radiology, conus L1, filum 0.8 mm.', 'normal'],
    // Guards: a report in doubt stays in doubt.
    ['Spinal US at 5 wk was a limited study, conus at L1.', 'indeterminate'],
    ['Spinal US at 5 wk equivocal per report: conus L2.', 'indeterminate'],
    ['Spinal US at 5 wk: conus at L2-3 borderline per report.', 'indeterminate'],
    ['Spinal US at 5 wk per report could not exclude tethering, conus at L1.', 'indeterminate'],
    ["Spinal US at 5 wk: tethering couldn't be excluded, conus at L1-2.", 'indeterminate'],
    ['Spinal US at 5 wk: could not rule out a low conus.', 'indeterminate'],
    ['Spinal US at 5 wk: unable to exclude a thick filum.', 'indeterminate'],
    // Another region is no spinal study.
    ['Renal US at 5 wk normal per report.', 'none'],
    ['Hip US at 5 wk normal per report.', 'none'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorOf('US', ...hpi(told)), want));

  it('a normal hedged report and a simple dimple call the MRI after it unneeded', () => {
    const r = rulesOf(
      'HPI: 9 mo F, sacral dimple, single, 3 mm, in cleft, 1.5 cm from anus.',
      'Prior US (age 5 wk) normal per report: conus at L1, filum <1 mm, normal cord motion.',
      'Neuro: normal',
      'Order: MRI L-spine w/o contrast',
    );
    assert.ok(r.includes('imaging-after-normal-ultrasound'), r.join());
  });
  it('"cannot exclude" still leaves the study in doubt', () =>
    assert.equal(priorOf('US', 'HPI: 2 mo, sacral dimple.', 'Spinal US at 3 wk: cannot exclude a fatty filum.', 'Order: MRI L-spine w/o'), 'indeterminate'));
});
