/**
 * Round 54 (fix54a): US primary-care templates whose Assessment/Plan is a numbered problem list. The study after the problem's
 * dash is the order now, with the problem's ICD-10 code in a bracket before the dash ("1. Persistent LBP (M54.50) - MRI …") and
 * blood tests listed before it ("- CBC, LDH, bone scan whole body"); never a study put off, conditioned, weighed, declined,
 * done, resulted, asked, another's, or another problem's. A condition of the course after the dash ("- if still present at 2 mo
 * visit will order spine US") or right after the study ("will order spine US if still present") holds the order back.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const teen = ['13 yo M, low back pain for 6 weeks despite PT.', 'XR L-spine 3 wks ago: normal. No fever. Neuro exam nl.', 'A/P'];
const item = (line: string) => orderOf(...teen, line, '2. Obesity (E66.9) - nutrition counseling');
const onc = ['10 yo M h/o ALL, in remission. New back pain x 1 wk. Neuro exam nl.', 'Assessment and plan'];
const infant = ['1 month WCC, F. PE: skin tag midline over sacrum, 4 mm. No dimple. Neuro nl.', 'A/P', '1. Routine infant exam (Z00.129)'];

describe('a problem list item: the ICD-10 code bracket before its dash (r54a)', () => {
  it('reads the study after the dash as the order', () => {
    assert.equal(item('1. Persistent LBP >4 wks, nl radiographs (M54.50) - MRI whole spine without IV contrast'), 'mri-complete-without');
    assert.equal(item('1. Back pain > 4 weeks (M54.9), r/o scoliosis - XR complete spine (scoliosis series)'), 'xr-complete');
    assert.equal(item('1. Painful scoliosis (M41.125) - MRI entire spine without IV contrast, ortho referral'), 'mri-complete-without');
    assert.equal(item('1. Lumbar spine injury (S39.92XA) - MRI L-spine w/ and w/o contrast'), 'mri-area-without-and-with');
    assert.equal(item('1. Chronic LBP (M54.50, M54.9) - MRI lumbar spine w/o contrast'), 'mri-area-without');
  });

  it('leaves a study put off, conditioned, weighed, declined, done, resulted, asked or a relative’s unordered', () => {
    assert.equal(item('1. Persistent LBP (M54.50) - consider MRI L-spine w/o contrast'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine w/o contrast if no better'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine w/o contrast at next visit'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine in 6 weeks'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine when older'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - defer MRI L-spine'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine declined by parents'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine done 3 wks ago, normal'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - XR 3 wks ago normal'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine results reviewed with mom'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine?'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine vs XR first'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine per ortho'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine not indicated'), 'none');
    assert.equal(item('1. Persistent LBP (M54.50) - no MRI needed'), 'none');
    assert.equal(item("1. Brother's back pain (M54.50) - MRI L-spine"), 'none');
    assert.equal(item('1. If no better (M54.50) - MRI L-spine'), 'none');
  });

  it('reads no spine study from another problem’s plan', () => {
    const uti = ['3 yo F, 3rd UTI in 6 months. Back: no dimple, no tuft. Neuro nl.', 'A/P'];
    assert.equal(orderOf(...uti, '1. Recurrent UTI (N39.0) - renal/bladder US, urology referral'), 'none');
    assert.equal(orderOf(...uti, '1. Recurrent UTI (N39.0) - renal US', '2. Constipation (K59.00) - miralax'), 'none');
  });
});

describe('a problem list item: blood tests listed before the study after its dash (r54a)', () => {
  it('reads the study after the tests as the order, the history in the problem the problem’s', () => {
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan whole body', '2. Well: flu vaccine today'), 'bone-scan-complete');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, ESR, MRI whole spine w/ and w/o contrast'), 'mri-complete-without-and-with');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan whole body, heme/onc referral'), 'bone-scan-complete');
  });

  it('leaves the study weighed, conditioned, put off, done, asked, another team’s or of another region unordered', () => {
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - consider CBC, LDH, bone scan whole body'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan if labs abnormal'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan at next visit'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan done 2 wks ago normal'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan?'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan per onc'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan declined by parents'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan whole body to be done by onc'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, renal US'), 'none');
  });
});

describe('a condition of the course holds a problem’s order back (r54a)', () => {
  it('reads no order when the plan after the dash opens on the condition', () => {
    assert.equal(orderOf(...infant, '2. Sacral skin tag (Q82.8) - if still present at 2 mo visit will order spine US'), 'none');
    assert.equal(orderOf(...infant, '2. Sacral skin tag - if still present at 2 mo visit will order spine US'), 'none');
    assert.equal(orderOf(...infant, '2. Sacral skin tag (Q82.8) - if still there at 2 mo, spine US'), 'none');
    assert.equal(orderOf(...infant, '2. Sacral skin tag - if it persists will order spine US'), 'none');
    assert.equal(orderOf(...infant, '2. Sacral skin tag. If still present at 2 mo visit will order spine US.'), 'none');
  });

  it('reads no order when the condition follows the study right after its name', () => {
    assert.equal(orderOf(...infant, '2. Sacral skin tag (Q82.8) - will order spine US if still present at 2 mo visit'), 'none');
    assert.equal(orderOf(...infant, '2. Sacral skin tag. Will order spine US if no better.'), 'none');
    assert.equal(orderOf(...infant, '2. Sacral skin tag. Will order spine US if still visible at 6 wk.'), 'none');
  });

  it('keeps the order where the condition is another step’s, keeps it, or is past the study’s clause', () => {
    assert.equal(orderOf(...infant, '2. Sacral skin tag (Q82.8) - spine US today'), 'us-area');
    assert.equal(orderOf(...infant, '2. Sacral skin tag (Q82.8) - will order spine US if insurance approves'), 'us-area');
    assert.equal(orderOf(...infant, '2. Sacral skin tag (Q82.8) - spine US ordered; will refer to neurosurgery if abnormal'), 'us-area');
    assert.equal(orderOf('Plan: MRI whole spine w/o contrast', '      Refer neurosurgeon if abnormal', 'Age: 12 y', 'Complaint: LBP 6 wk, night pain'), 'mri-complete-without');
    assert.equal(orderOf('One month old boy, sacral dimple with hair tuft. Spinal US requested today, if that is abnormal we will go on to MRI.'), 'us-area');
  });
});

describe('a bare study sentence before a closing step on the course’s condition (r54a)', () => {
  const hx = 'Age 11. LBP 10 days, no trauma. Denies fever, night pain. Neuro exam nl.';
  it('reads the plain study before "If still sore … MRI" as the order', () => {
    assert.equal(orderOf(`${hx} XR L-spine. If still sore in a month will consider MRI.`), 'xr-area');
    assert.equal(orderOf(`${hx} XR L-spine. If no better after PT, MRI L-spine.`), 'xr-area');
    assert.equal(orderOf(`${hx} XR lumbar spine today. Should pain persist, MRI.`), 'xr-area');
  });

  it('reads no order where the study before is not plainly for now, or the step is no condition', () => {
    assert.equal(orderOf(`${hx} If still sore in a month will consider MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine 2 wks ago normal. If still sore in a month will consider MRI.`), 'none');
    assert.equal(orderOf(`${hx} Discussed XR L-spine, parents declined. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine if no better. If still sore will consider MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine for brother. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine next visit. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine in 2 weeks. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine? If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine - no fracture. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine declined. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine at OSH. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine (2024). If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} Consider XR L-spine. If still sore, MRI.`), 'none');
    assert.equal(orderOf(`${hx} XR L-spine. When reviewed today still sore: MRI.`), 'none');
  });
});

describe('review r54 near-misses of the problem list and the closing course step (r54a)', () => {
  const hx = 'Age 11. LBP 10 days, no trauma. Denies fever, night pain. Neuro exam nl.';
  it('reads no order where another sentence stands between the study and the closing "If …" sentence (probes 124–161)', () => {
    for (const between of [
      'Already done at urgent care.',
      'Done at OSH.',
      'NAD.',
      'Pars defect L5 on the left.',
      'Dad had it done at urgent care.',
      'Parents not keen.',
      'Maybe.',
      'Will discuss at next visit.',
      'Clear.',
      'Fine.',
      'Nothing acute.',
      'Benign.',
    ])
      assert.equal(orderOf(`${hx} XR L-spine. ${between} If still sore, MRI.`), 'none', between);
    assert.equal(orderOf(`${hx} XR L-spine. No spondylolysis. If still sore in 4 wk, MRI L-spine.`), 'none');
    for (const between of ['Cancelled.', 'Postponed.', 'On hold.', 'Next time.', 'Later.'])
      assert.equal(orderOf(`${hx} XR L-spine. ${between} If still sore in a month, MRI.`), 'none', between);
  });

  it('keeps main’s order for an item without a code bracket whatever its later items say (probes 031–045)', () => {
    for (const plan of [
      'MRI L-spine w/o contrast, will call with results',
      'MRI L-spine w/o contrast, RTC in 2 weeks to go over it',
      'MRI L-spine w/o contrast, ortho referral, f/u next month',
      'MRI L-spine w/o contrast, reviewed sedation risks with mom',
      'MRI L-spine w/o contrast, mom to call for results',
      'MRI L-spine w/o contrast, PT to continue, recheck later',
      'MRI L-spine w/o contrast, will review at follow up',
      "MRI L-spine w/o contrast to be done at Children's (closer to home)",
      'MRI L-spine w/o contrast, parents aware results take 1 wk',
    ])
      assert.equal(item(`1. Persistent LBP - ${plan}`), 'mri-area-without', plan);
  });

  it('reads no order for a plan left to another team (probes 023 067)', () => {
    assert.equal(item('1. Persistent LBP (M54.50) - MRI L-spine w/o contrast recommended, PCP to order'), 'none');
    assert.equal(orderOf(...onc, '1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan whole body, onc will order'), 'none');
  });

  it('keeps the study before a condition in a later clause or sentence (probes 083 100)', () => {
    assert.equal(orderOf(...infant, '2. Sacral skin tag - spine US today; if tag still present at 1 yr, derm'), 'us-area');
    assert.equal(orderOf(...infant, 'Spine US. If tag still present at 6 mo, plastics referral.'), 'us-area');
  });
});
