/**
 * Round 48: orders the engine did not read, as a hospital's request queue, adult-trained writers, school and sports clinics
 * and a mixed queue write them. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('a whole-body bone scan is named as a bone scan (r48)', () => {
  const head = '7 yo boy with back pain and an intermittent limp for 5 wks. Afebrile. Neuro exam nl.';

  it('reads "whole body bone scan" under a request key and as a closing study', () => {
    assert.equal(orderOf(head, 'Req: whole body bone scan'), 'bone-scan-complete');
    assert.equal(orderOf(head, 'Whole body bone scan.'), 'bone-scan-complete');
    assert.equal(orderOf(head, 'Req: total-body bone scan'), 'bone-scan-complete');
  });

  it('reads no order from a whole-body bone scan told done or with its result', () => {
    assert.equal(orderOf(head, 'Whole body bone scan normal.'), 'none');
    assert.equal(orderOf(head, 'Whole body bone scan 2024 - normal.'), 'none');
    assert.equal(orderOf(head, 'Req: whole body bone scan done last week, normal'), 'none');
  });
});

describe('"booking" a study is the writer\'s own order, as "arranging" is (r48)', () => {
  const head = '2y M brought in with a cough - incidentally noted a small skin tag at the top of the natal cleft. Walking normally, neuro exam normal.';

  it('reads a clause opening on "booking" before the study', () => {
    assert.equal(orderOf(head, 'Discussed w GP by phone - booking outpatient MRI L-spine with and without contrast.'), 'mri-area-without-and-with');
    assert.equal(orderOf(head, 'Booking US spine.'), 'us-area');
  });

  it("reads no order from another's booking, a booking asked about, conditioned or declined, or of something else", () => {
    assert.equal(orderOf(head, 'Asked GP about booking MRI L-spine.'), 'none');
    assert.equal(orderOf(head, 'Ortho booking MRI L-spine at their clinic.'), 'none');
    assert.equal(orderOf(head, 'Booking MRI L-spine if no better in 4 weeks.'), 'none');
    assert.equal(orderOf(head, 'Not booking MRI L-spine - not indicated.'), 'none');
    assert.equal(orderOf(head, 'MRI L-spine 2024 normal. Booking follow-up in clinic.'), 'none');
    assert.equal(orderOf(head, 'Mum booking flights. No imaging.'), 'none');
  });
});

describe('"Re spine:" labels the study the note asks for, as a purpose label does (r48)', () => {
  const head = '11 mo boy. Large flat port wine stain across the lower back, crossing the midline. Neuro nl.';

  it('reads the study after "Re spine:"', () => {
    assert.equal(orderOf(head, 'Derm referral for laser done. Re spine: MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf(head, 'Re spine: MRI L-spine w/o contrast.'), 'mri-area-without');
  });

  it('reads no order from a study under it told with its result, dated, conditioned, asked, or of another part', () => {
    assert.equal(orderOf(head, 'Re spine: MRI L-spine w/o contrast normal last year.'), 'none');
    assert.equal(orderOf(head, 'Re spine: MRI L-spine 2025.'), 'none');
    assert.equal(orderOf(head, 'Re spine: MRI L-spine if it grows.'), 'none');
    assert.equal(orderOf(head, 'Re spine: no imaging needed.'), 'none');
    assert.equal(orderOf(head, 'Re spine: MRI L-spine w/o - normal, reassured.'), 'none');
    assert.equal(orderOf(head, 'Re spine: MRI L-spine?'), 'none');
    assert.equal(orderOf(head, 'Re brain: MRI brain.'), 'none');
  });
});

describe('a letter\'s suggestion: a bone scan, and a purpose told with "to see if" (r48)', () => {
  const head = ['Re: Mia, 10 yrs. Low back pain for 5 weeks, waking her at night most nights. No fever.', 'Neuro screen normal.'];

  it('reads the suggested study', () => {
    assert.equal(orderOf(...head, "I'd suggest a whole body bone scan to see if anything shows up."), 'bone-scan-complete');
    assert.equal(orderOf(...head, "I'd suggest a bone scan."), 'bone-scan-complete');
    assert.equal(orderOf(...head, "I'd suggest an MRI L-spine to see if anything shows up. Please arrange if you agree."), 'mri-area-without');
  });

  it('reads no order from a suggestion conditioned, negated, timed for later or of another part', () => {
    assert.equal(orderOf(...head, "I'd suggest a whole body bone scan if no better in 2 weeks."), 'none');
    assert.equal(orderOf(...head, 'I would not suggest a bone scan.'), 'none');
    assert.equal(orderOf(...head, "I'd suggest an MRI L-spine to see if anything shows up if she is no better."), 'none');
    assert.equal(orderOf(...head, "I'd suggest a bone scan in 6 months."), 'none');
    assert.equal(orderOf(...head, "I'd suggest a brain MRI to see if anything shows up."), 'none');
  });
});
