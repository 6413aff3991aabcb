/**
 * Review m-b (quizzes and orders of another visit): a plan or an assessment listed after a question is no quiz's
 * choices; "no answer" gives no answer; a time, an abandonment or a clause beside an order of this visit does not
 * make it another visit's (quiz.ts, order-another-visit.ts orderOfAnotherVisit, order-vocabulary prose.orderedElsewhere).
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const rulesOf = (...lines: string[]) => readNote(...lines).rules;

describe('review m-b: a list after a question that offers no choice of studies', () => {
  it('a numbered or lettered plan after a question keeps its order (an infant with a marker and a radiograph is flagged)', () => {
    const note = ['Age: 7 mo', 'HPI: deep sacral dimple above the gluteal crease with a hair tuft. Mom asks: does she need a scan?', '1. XR lumbar spine 2 views', '2. RTC 4 wks'];
    assert.equal(orderOf(...note), 'xr-area');
    assert.ok(rulesOf(...note).includes('inappropriate-initial-study'));
    assert.equal(orderOf('Age: 7 mo', 'HPI: deep sacral dimple with a hair tuft.', 'Plan: r/o tethered cord?', '1. XR lumbosacral spine', '2. f/u in clinic'), 'xr-area');
  });
  it('a list of findings after a question keeps its findings', () => {
    const note = [
      'Age: 5 mo',
      'HPI: Mom worried - could this be spina bifida?',
      '1. Deep sacral dimple with hair tuft, 3 cm above anal verge.',
      '2. Normal tone and reflexes.',
      '3. XR L-spine today.',
    ];
    assert.ok(presentIn('hair-tuft', ...note));
    assert.equal(orderOf(...note), 'xr-area');
    const pain = ['Age: 8 y', 'What brings you in? Back pain.', '1. Back pain 8 weeks, night pain, wakes him', '2. XR lumbar spine'];
    assert.ok(presentIn('night-pain', ...pain));
    assert.equal(orderOf(...pain), 'xr-area');
  });
  it('a quiz that offers two studies or more is still read by its answer, and without one orders nothing', () => {
    assert.equal(
      orderOf('Case: 6-month-old with a deep sacral dimple and hair tuft. Which study first?', 'A. XR lumbar spine', 'B. US spine', 'C. MRI lumbar spine', 'Answer: B'),
      'us-area',
    );
    assert.equal(
      orderOf('Case: 10-year-old, 2 weeks of low back pain after soccer, normal exam. Which imaging?', '- XR lumbar spine', '- MRI lumbar spine', '- No imaging', 'Answer: none'),
      'none',
    );
    assert.equal(orderOf('Teaching case: 4-month-old, sacral dimple with hemangioma. Which study?', 'A) XR lumbar spine', 'B) US spine'), 'none');
  });
});

describe('review m-b: "no answer" is no answer', () => {
  it('a call with no answer does not replace the order with a study told after it', () => {
    const note = ['Age: 3 months', 'Sacral dimple with hair tuft and hemangioma.', 'Order: XR lumbar spine', 'Note: called family, no answer - will discuss MRI at follow-up.'];
    assert.equal(orderOf(...note), 'xr-area');
    assert.ok(rulesOf(...note).includes('inappropriate-initial-study'));
  });
  it('an answer naming a study outside a quiz or vignette decides nothing', () => {
    assert.equal(orderOf('Age: 3 months', 'Sacral dimple with hair tuft.', 'Order: XR lumbar spine', 'Answer - MRI if anything changes'), 'xr-area');
  });
});

describe('review m-b: an order of this visit told beside a time, a reason or a family that left', () => {
  it('an order dated today keeps its order though the sentence tells a past visit', () => {
    const note = ['Age: 8 mo', 'Sacral dimple with hair tuft. Ordered XR lumbar spine today as the US at last visit was limited by ossification.'];
    assert.equal(orderOf(...note), 'xr-area');
    assert.ok(rulesOf(...note).includes('inappropriate-initial-study'));
    assert.equal(orderOf('Age: 14 y', 'Hurt his back lifting weights 2 weeks ago and XR L-spine ordered today.'), 'xr-area');
  });
  it("an order placed hours ago, or still pending or scheduled, is this episode's", () => {
    assert.equal(orderOf('Age: 11 y', 'Back pain for 6 weeks, night pain, no deficits.', 'MRI L-spine w/o ordered 2 hours ago, pending transport.'), 'mri-area-without');
    assert.equal(
      orderOf('Inpatient progress note, HD 14', 'Age: 12 y. Back pain with leg weakness.', 'MRI T-spine w/wo ordered 2 weeks ago, still pending due to sedation scheduling.'),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf('Age: 12 y', 'Back pain with night pain x 2 mo. MRI L-spine w/o contrast ordered earlier this month, scheduled for next week.'), 'mri-area-without');
  });
  it("a time of the injury after the order word is not the order's", () => {
    assert.equal(orderOf('Age: 12 y', 'Neck pain and midline tenderness. CT C-spine ordered after MVC 2 hours ago.'), 'ct-area-without');
  });
  it('an abandonment told as a reason, or leaving without scheduling, is no abandoned order', () => {
    assert.equal(orderOf('Age: 10 y', 'Back pain 2 months. Ordered MRI lumbar spine because PT did not go well.'), 'mri-area-without');
    assert.equal(orderOf('Age: 10 y', 'Back pain 6 wk with night pain. MRI L-spine ordered, family left without scheduling, will call.'), 'mri-area-without');
  });
  it('near-misses: orders of another visit, place or time stay none', () => {
    const HPI = 'PCP follow-up. 12 yo M, low back pain 3 weeks after soccer. No fever, no night pain. Neuro normal.';
    assert.equal(orderOf(HPI, 'Dr Smith had ordered XR lumbar spine last month; it was never done.', 'Plan: PT.'), 'none');
    assert.equal(orderOf(HPI, 'The PCP ordered an MRI of the lumbar spine 2 weeks ago but insurance denied it.', 'Plan: PT, NSAIDs.'), 'none');
    assert.equal(orderOf(HPI, 'MRI L-spine was ordered last month as an outpatient, which was never done.', 'Plan: PT.'), 'none');
    assert.equal(orderOf(HPI, 'ED course: MRI lumbar spine ordered by ED, pt left without being seen.', 'Plan: PT.'), 'none');
    assert.equal(orderOf(HPI, 'An MRI L-spine was ordered at the last visit, never scheduled because the family moved.', 'Plan: PT.'), 'none');
    assert.equal(orderOf(HPI, 'Urgent care ordered an XR L-spine.', 'Plan: PT.'), 'none');
  });
});
