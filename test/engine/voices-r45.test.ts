/**
 * Round 45's readings, each with the look-alikes that must keep their old reading.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('a condition right after a contrast series is the contrast’s; one on the course is the study’s', () => {
  const order = (plan: string) => orderOf('Age: 8 y', 'History: back pain 6 wk, night pain', plan);
  const CASES: [string, string][] = [
    // The condition asks what the plain series shows: the plain study is ordered now.
    ['Plan: MRI L-spine + gad if abnormal', 'mri-area-without'],
    ['Plan: MRI L-spine + contrast only if abnormal', 'mri-area-without'],
    ['Plan: MRI L-spine w/ gad only if abnormal', 'mri-area-without'],
    ['Plan: MRI L-spine with contrast only if a lesion is seen', 'mri-area-without'],
    ['Plan: MRI L-spine w/ contrast only if needed', 'mri-area-without'],
    ['Plan: MRI L-spine with gadolinium if indicated', 'mri-area-without'],
    ['Plan: MRI L-spine plain + gad only if abnormal', 'mri-area-without'],
    // Contrast asked outright stays.
    ['Plan: MRI L-spine with contrast', 'mri-area-with'],
    ['Plan: MRI L-spine + contrast', 'mri-area-with'],
    ['Plan: MRI L-spine with contrast only', 'mri-area-with'],
    ['Plan: MRI L-spine w/wo contrast', 'mri-area-without-and-with'],
    // A condition on the patient's course puts off the whole study.
    ['Plan: MRI L-spine with contrast if no improvement', 'none'],
    ['Plan: MRI L-spine + contrast if pain persists', 'none'],
    ['Plan: MRI L-spine with gad if worse', 'none'],
    // No contrast series before the condition: the study's own condition.
    ['Plan: MRI L-spine if abnormal', 'none'],
    ['Plan: MRI L-spine if XR abnormal', 'none'],
  ];
  for (const [plan, expected] of CASES) it(`"${plan}" → ${expected}`, () => assert.equal(order(plan), expected));

  it('a paragraph note reads the same', () =>
    assert.equal(orderOf('8 yo with back pain 6 wk, night pain. Plan: MRI L-spine + contrast only if abnormal'), 'mri-area-without'));
  it('the first study still wins over a later conditioned one', () =>
    assert.equal(orderOf('Age: 4 mo', 'Findings: deep sacral dimple', 'Plan: US spine; MRI L-spine + gad if abnormal'), 'us-area'));
});
