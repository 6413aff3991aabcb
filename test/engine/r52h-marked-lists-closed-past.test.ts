/**
 * Round 52 (fix52h): a denial before a numbered or lettered list governs the whole list on its line (marked-list.ts), and
 * a past event placed in the past and closed is history (closed-past.ts). Each with the look-alikes that must stay as
 * they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { presentIn, readNote, traumaOf } from '../helpers';

const negated = (text: string, finding: string) => {
  const at = text.lastIndexOf(finding);
  return readContext(text, at, at + finding.length).negated;
};
const child = 'Age: 12 y';
const infant = 'Age: 3 mo';

describe('r52h: a denial before a marked list covers every item of it', () => {
  for (const [line, finding] of [
    ['ROS: negative for: 1) fever 2) night sweats 3) weight loss', 'weight loss'],
    ['Exam: no 1) dimple 2) hair tuft 3) haemangioma over the lower back.', 'haemangioma'],
    ['Denies (1) fever (2) night pain (3) weight loss (4) leg weakness', 'leg weakness'],
    ['Skin: no a) tuft b) dimple c) port wine stain d) skin tag', 'skin tag'],
    ['Denies: 1) fever, 2) night pain, 3) weight loss, 4) bladder change', 'bladder change'],
    ['ROS - negative for 1) fevers 2) rigors 3) night pain 4) unintentional wt loss', 'unintentional wt loss'],
  ] as const)
    it(`"${line}" denies ${finding}`, () => assert.equal(negated(line, finding), true));
  it('a numbered denial of red flags reads none of them', () => {
    assert.equal(presentIn('weight-loss', child, 'HPI: low back pain 1 week', 'ROS: negative for: 1) fever 2) night sweats 3) weight loss', 'Order: XR lumbar spine'), false);
    assert.equal(presentIn('night-sweats', child, 'HPI: low back pain 1 week', 'ROS: negative for: 1) fever 2) night sweats 3) weight loss', 'Order: XR lumbar spine'), false);
  });
  it('a numbered denial of markers reads no marker', () =>
    assert.equal(readNote(infant, 'Exam: no 1) dimple 2) hair tuft 3) haemangioma over the lower back. Neuro normal.', 'Order: US spine').scenario, 'no-criteria'));
  // Near-misses: an item with its own affirmation, a number or a new sentence ends the denial, as in a comma list; a list
  // after any other word than a denial, or a mark out of its count, reads as before.
  for (const [line, finding] of [
    ['no 1) tuft 2) dimple 3) haemangioma present', 'haemangioma'],
    ['no 1) fever 2) night sweats 3) weight loss of 3 kg', 'weight loss'],
    ['Denies 1) fever 2) night sweats. 3) Weight loss noted by mum', 'Weight loss'],
    ['Denies 1) fever 2) night sweats; 3) weight loss', 'weight loss'],
    ['no 1) fever 2) night pain 3) has weight loss', 'weight loss'],
    ['No 1) fever 2) night pain 3) mum has noticed weight loss', 'weight loss'],
    ['Exam: no 1) dimple 2) hair tuft 3) haemangioma seen over the sacrum', 'haemangioma'],
    ['Findings: 1) no fever 2) weight loss 3) night sweats', 'night sweats'],
    ['Red flags: 1) weight loss 2) night pain 3) fever', 'fever'],
    ['Exam: 1) no dimple 2) hair tuft 3) haemangioma over the sacrum', 'haemangioma'],
  ] as const)
    it(`"${line}" does not deny ${finding}`, () => assert.equal(negated(line, finding), false));
  it('a conditional list ("re-attend if: 1) … 2) …") is read as before (no denial)', () =>
    assert.equal(negated('Advise re-attend if: 1) weakness 2) wetting 3) fever 4) night pain', 'night pain'), false));
  it('"Plan: 1) MRI lumbar spine w/o 2) referral" keeps the order', () =>
    assert.equal(
      readNote(child, 'HPI: low back pain, leg weakness', 'Plan: 1) MRI lumbar spine w/o 2) referral to neurosurgery').facts.order?.reading.procedure?.id,
      'mri-area-without',
    ));
});

describe('r52h: a past event placed in the past and closed is history', () => {
  const hpi = 'HPI: low back pain 5 days after lifting at the gym, no night pain, no fever. Neuro normal.';
  const pain = 'HPI: low back pain 5 days after lifting, no fever. ';
  for (const lines of [
    [hpi, 'PMH: weight loss with anorexia in 2024, now weight restored and stable.'],
    [pain + 'Weight loss with anorexia in 2024, now weight restored.'],
    [pain + 'Weight loss aged 9, no problems since.'],
    [pain + 'Weight loss in 2023, fully recovered.'],
    [pain + 'Weight loss when she was 8, fine since.'],
  ])
    it(`"${lines.join(' / ')}" reads no weight loss now`, () => assert.equal(presentIn('weight-loss', child, ...lines, 'Order: XR lumbar spine'), false));
  // Near-misses: no closing word, a recent or ongoing event, a denied, weakened or asked closure, or nothing placing it
  // in the past.
  for (const line of [
    'Weight loss since 2024.',
    'Weight loss in 2024, now still losing weight.',
    'Weight loss 3 weeks ago, now weight restored.',
    'Weight loss last week, fine since.',
    'Weight loss in 2024, not resolved.',
    'Weight loss aged 10, partially recovered.',
    'Weight loss, now weight restored.',
    'Weight loss in 2024, restored, but losing weight again.',
    'Weight loss aged 10, never fully recovered.',
    'Weight loss aged 10, recovered when eating well.',
    'Weight loss aged 10, fine since but losing weight again.',
  ])
    it(`"${line}" still reads weight loss`, () => assert.equal(presentIn('weight-loss', child, pain + line, 'Order: XR lumbar spine'), true));
  it('a cancer history still counts when closed ("PMH: ALL aged 4, in remission, no problems since")', () =>
    assert.equal(presentIn('malignancy', child, hpi, 'PMH: leukaemia aged 4, no problems since.', 'Order: XR lumbar spine'), true));

  const ache = 'Now 1 week of low back ache, no injury this time, neuro normal.';
  for (const line of [
    'HPI: Fell off the garage roof aged 5, no problems since. ' + ache,
    'HPI: Fell from a tree at age 6, fine since. ' + ache,
    'HPI: MVC in 2022, fully recovered. ' + ache,
  ])
    it(`"${line}" reads no trauma now`, () => assert.equal(traumaOf('Age: 9 y', line, 'Order: XR lumbar spine'), 'none'));
  for (const line of [
    'HPI: Fell off the garage roof 3 days ago, no problems since, now back pain.',
    'HPI: Fell off the garage roof yesterday, fine since.',
    'HPI: Fell off the garage roof aged 5 and again last week, no problems since.',
    'HPI: Fell off the garage roof, no problems since until today.',
    'HPI: Fell off the garage roof, still sore.',
    'HPI: Fell off the garage roof aged 9, still sore.',
    'HPI: Fell off the garage roof aged 5, no problems since but fell again from it today.',
  ])
    it(`"${line}" still reads an injury`, () => assert.notEqual(traumaOf('Age: 9 y', line, 'Order: XR lumbar spine'), 'none'));
});
