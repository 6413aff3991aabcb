/**
 * Readings from the held-out sets s73 (doctors trained in the Middle East and North Africa), s77 (telehealth) and s78
 * (sports medicine, physiotherapists, chiropractors, osteopaths, athletic trainers), each with the look-alikes that must
 * keep their old reading.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('a suggestion opening its sentence, as a writer who cannot order writes it, is the study asked for (s78)', () => {
  const HEAD = '9 month old girl. Tuft of hair over the lumbar spine, midline.';
  const CASES: [string, string][] = [
    ['Recommend spinal ultrasound.', 'us-area'],
    ['Recommend spinal ultrasound - letter to GP.', 'us-area'],
    ['Suggest spinal ultrasound via GP.', 'us-area'],
    ['Recommend MRI whole spine. Letter to GP.', 'mri-complete-without'],
    ['Suggest MRI whole spine with and without contrast + blood cultures.', 'mri-complete-without-and-with'],
    // After a dash, a clause of its own.
    ['Sent to ED - recommend CT thoracolumbar spine.', 'ct-area-without'],
    // Conditioned, asked, timed for later, declined, argued against, told earlier, of no study or of another body part.
    ['Recommend spinal ultrasound if the tuft grows.', 'none'],
    ['Suggest spinal ultrasound?', 'none'],
    ['Recommend spinal ultrasound when older.', 'none'],
    ['Recommend spinal ultrasound at next visit.', 'none'],
    ['Recommend spinal ultrasound; parents declined.', 'none'],
    ['Recommend against spinal ultrasound.', 'none'],
    ['Recommend physio before any spinal ultrasound.', 'none'],
    ['Recommend spinal ultrasound is not required.', 'none'],
    ['Previously recommend spinal ultrasound, not done.', 'none'],
    ['Recommend renal ultrasound.', 'none'],
    ['Recommend MRI R tibia.', 'none'],
    ['If no better in 2 weeks - recommend MRI lumbar spine.', 'none'],
    ['Sent to ED - recommend CT thoracolumbar spine if neuro signs.', 'none'],
    ['Sent to ED - recommend rest.', 'none'],
    // Another clinician's recommendation stays theirs.
    ['Neurosurgery recommends spinal ultrasound.', 'none'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(orderOf(HEAD, line), want));

  it('an order told outright elsewhere wins over a suggestion (the study ordered is the one read)', () => {
    const text = [
      'Q (PCP): 10 mo girl, tuft of hair midline at L4. Plan US spine?',
      'A (radiology): Recommend MRI lumbar spine without contrast.',
      'PCP follow-up: US order cancelled. MRI lumbar spine w/o contrast ordered.',
    ];
    assert.equal(orderOf(...text), 'mri-area-without');
  });

  it('"Advised …" as a question or for later orders nothing either', () => {
    assert.equal(orderOf(HEAD, 'Advised spinal ultrasound?'), 'none');
    assert.equal(orderOf(HEAD, 'Advised spinal ultrasound when older.'), 'none');
    assert.equal(orderOf(HEAD, 'Advised spinal ultrasound.'), 'us-area');
  });
});

describe('a study of a limb bone is no spine study (s78)', () => {
  const CASES: [string, string][] = [
    ['?tibial stress fracture. MRI R tibia requested.', 'none'],
    ['MRI tibia requested.', 'none'],
    ['Plan: XR L fibula.', 'none'],
    ['Plan: XR R humerus.', 'none'],
    // The spine named beside the limb: still the spine study.
    ['MRI lumbar spine requested; tibia XR normal.', 'mri-area-without'],
    ['Plan: MRI lumbar spine. Shin pain settled.', 'mri-area-without'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(orderOf('14 F cross-country runner. No back pain.', line), want));
});
