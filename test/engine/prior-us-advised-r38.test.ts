/**
 * Round 38: a spinal US report told with its own advice after its result ("reported ABNORMAL, suggest MRI", "report says
 * \"suggest MRI\"", "borderline level - suggest repeat") is a study done with that result: the advice is a clause of its own,
 * still to do. A finding called "borderline" or "equivocally" so is only raised (indeterminate). Payer forms' "Member age:"
 * is the Age key. The look-alikes keep their reading: a study only suggested, a relative's, a planned one, a plain abnormal.
 */
import * as assert from 'node:assert/strict';
import { lastPriorOf, readNote } from '../helpers';

/** The most recent prior study of the modality read ('none' when there is none). */
const priorOf = lastPriorOf;

describe('r38: a spinal US report with its own advice after its result', () => {
  const hx = (told: string) => ['HPI: 4 mo F, sacral dimple 6 mm above the cleft, 3 cm from anus.', `Hx: ${told}`, 'Neuro: normal', 'Order: MRI L-spine w/o contrast'];
  for (const [told, want] of [
    ['Spinal US at 4 wks: conus at L3, filum thickened 2.5 mm - reported ABNORMAL, suggest MRI.', 'abnormal'],
    ['Spinal US at 4 wks: abnormal, suggest MRI.', 'abnormal'],
    ['Spinal ultrasound at 2 mo (other centre): conus at L3, thick filum - report says "suggest MRI"; never done.', 'abnormal'],
    ['Spinal US at 4 wks: thick filum, recommend MRI.', 'abnormal'],
    ['USS spine at 2/52: conus at L2/3, "borderline level, filum not well seen - suggest repeat / clinical correlation".', 'indeterminate'],
    ['Spinal US at 3 wks old: conus tip at L2-L3 - "indeterminate, borderline low-lying; filum not well seen; recommend correlation/follow-up".', 'indeterminate'],
    ['Spinal US at 3 wks: borderline low-lying conus.', 'indeterminate'],
    ['Spinal US at 3 wks: equivocally thickened filum.', 'indeterminate'],
    // Guards: a measure past the threshold stays abnormal whatever word stands before a finding.
    ['Spinal US at 3 wks: conus at L3, borderline low-lying.', 'abnormal'],
    ['Spinal US at 3 wks: borderline, low-lying conus.', 'abnormal'],
    // A spaced dash after "borderline" makes it the report's verdict with a finding of its own after it (review r38).
    ['Spinal US at 3 wks: borderline - fatty filum.', 'abnormal'],
    ['Spinal US at 3 wks: borderline-low-lying conus.', 'indeterminate'],
    ['Spinal US at 4 wks normal, suggest MRI.', 'normal'],
    // A study only suggested, or advised with no result before it, is none done.
    ['PCP suggests spinal US, MRI if abnormal.', 'none'],
    ['Suggest spinal US - repeat if equivocal.', 'none'],
    ['Spinal US, suggest repeat.', 'none'],
    // A relative's study is none of the child's.
    ["Brother's spinal US: tethered cord, suggest MRI.", 'none'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorOf('US', ...hx(told)), want));
});

describe("r38: a payer form's Member age", () => {
  const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;
  it('"Member age: 1 1/2 y" is 18 months, not a newborn named later in a general remark', () =>
    assert.equal(
      ageOf(
        'Member age: 1 1/2 y, F',
        'Hx: aplasia cutis over L2. Spinal US at 2 wks of age reported normal.',
        'Rationale: newborn US may miss a subtle tether.',
        'Order: MRI L-spine w/o contrast',
      ),
      18,
    ));
  it('"Member DOB" is the date of birth read as DOB', () =>
    assert.notEqual(ageOf('Date: 2026-03-01', 'Member DOB: 2025-09-01', 'HPI: sacral dimple', 'Order: US spine'), undefined));
  it('"Member ID" gives no age', () => assert.equal(ageOf('Member ID: 123456', 'HPI: sacral dimple', 'Order: US spine'), undefined));
});

describe('r38: a filum at its threshold called borderline, and "age N" after the patient\'s name', () => {
  const hx = (told: string) => ['HPI: 4 mo F, sacral dimple 6 mm above the cleft, 3 cm from anus.', `Hx: ${told}`, 'Order: MRI L-spine w/o contrast'];
  it('"filum borderline thick 2 mm" is indeterminate', () =>
    assert.equal(priorOf('US', ...hx('Spinal US at 4 wks: filum borderline thick 2 mm, suggest repeat.')), 'indeterminate'));
  it('"filum borderline 3 mm" stays abnormal', () => assert.equal(priorOf('US', ...hx('Spinal US at 4 wks: filum borderline 3 mm.')), 'abnormal'));
  const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;
  it('"Patient: Noah K., age 7" is 7 years', () => assert.equal(ageOf('Patient: Noah K., age 7', 'Presenting: low back pain', 'Order: XR L-spine'), 84));
  it('"Patient: Noah, sister age 7" is the sister\'s age', () => assert.equal(ageOf('Patient: Noah, sister age 7', 'Presenting: low back pain', 'Order: XR L-spine'), undefined));
  it('"Re: Noah Smith, age 10-17 clinic" is a range, no age', () => assert.equal(ageOf('Re: Noah Smith, age 10-17 clinic', 'back pain', 'Order: XR L-spine'), undefined));
});
