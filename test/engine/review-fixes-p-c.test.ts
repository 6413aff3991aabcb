/**
 * Review of the r13c order readings (questions, quotes, first-person orders, studies told before): a question about
 * the study answered yes orders it; a first-person request for a study's record (images, report, old films) orders no
 * study; a request quoted from another's letter in a keyed history line is theirs; a study the writer arranged, told
 * with its normal result in a letter, was done before.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const D = 'Patient: 7-week-old girl';
const F = 'Findings: deep sacral dimple with a hair tuft';
const T = 'Patient: 14-year-old boy';

describe('a question about the study answered yes', () => {
  it('orders the study', () => {
    assert.equal(orderOf(D, F, 'Plan: Need US spine? Yes - ordered today.'), 'us-area');
    assert.equal(orderOf(D, F, 'Plan: Need for US spine? Yes, ordered.'), 'us-area');
    assert.equal(orderOf(D, F, 'Plan: Does she need a spinal US? Yes, ordered.'), 'us-area');
  });
  it('one left unanswered or answered no still orders nothing', () => {
    assert.equal(orderOf(D, F, 'Plan: ? need for spinal US - will discuss with attending.'), 'none');
    assert.equal(orderOf(T, 'History: low back pain 8 weeks', 'Plan: MRI? Not now.'), 'none');
    assert.equal(orderOf(T, 'History: low back pain 8 weeks', 'Plan: Should we get an MRI? Will discuss at next visit.'), 'none');
  });
});

describe('a first-person request for a study’s record', () => {
  it('orders no study', () => {
    assert.equal(orderOf(D, 'Findings: sacral dimple. I have requested the ultrasound images be sent to us.', 'Plan: reassure.'), 'none');
    assert.equal(orderOf(D, 'Dear Dr Smith, re 7-week-old girl with a sacral dimple. I have requested the old ultrasound films.'), 'none');
  });
  it('a study requested, with its images sent on, or an initial study, is ordered', () => {
    assert.equal(orderOf(D, F, 'A: I have requested a spinal US. Images to be sent to neurosurgery.'), 'us-area');
    assert.equal(orderOf(D, 'Findings: deep dimple with tuft. We have arranged an initial spinal US.'), 'us-area');
    assert.equal(
      orderOf(
        '7/12 F, ex-36/40.',
        'Fatty lump at the top of the natal cleft.',
        'Too old now for USS to be reliable so have requested MRI lumbosacral spine with and without gadolinium.',
      ),
      'mri-area-without-and-with',
    );
  });
});

describe('a request quoted from another’s letter in a keyed line', () => {
  it('is theirs, not the writer’s order', () => {
    assert.equal(orderOf(T, 'Referral: chiropractor letter: "Back pain. Please order MRI lumbar spine."', 'Plan: PT, no imaging.'), 'none');
    assert.equal(orderOf(T, 'History: low back pain 8 weeks. Chiropractor letter: "Back pain x8 wk. Please order MRI lumbar spine."', 'Plan: PT.'), 'none');
  });
  it('the writer’s own order beside it is read', () => {
    assert.equal(
      orderOf(T, 'History: low back pain 8 weeks. Chiropractor letter: "Please order MRI lumbar spine."', 'Plan: Agree. MRI L-spine without contrast ordered.'),
      'mri-area-without',
    );
  });
});

describe('a study the writer arranged, told with its result', () => {
  it('was done before', () => {
    assert.equal(orderOf(D, 'Dear Dr Smith, thank you for seeing this 7-week-old girl. I arranged a spinal US at 6 weeks which was normal.'), 'none');
  });
  it('one arranged to be done is ordered', () => {
    assert.equal(orderOf(D, 'Dear Dr Smith, re 7-week-old girl with a sacral dimple and tuft. I have requested a spinal ultrasound, which will be done next week.'), 'us-area');
  });
});
