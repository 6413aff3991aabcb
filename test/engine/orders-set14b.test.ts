/**
 * Orders written by clinicians trained abroad and orders told in passing (set13 misses): Czech/Polish "RTG",
 * "scintigraphy of skeleton", a Japanese-trained "spinal echo" for an ultrasound (never a cardiologist's echo),
 * Vietnamese "X-quang", "siêu âm" and "cột sống"; a pre-op H&P whose "Procedure:" line is the operation while the
 * note orders its study in passing; a numbered problem-list item naming the finding, then the study.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('study names from abroad', () => {
  it('RTG is a radiograph, skeleton scintigraphy a bone scan', () => {
    assert.equal(orderOf('13 yo boy, back pain 5 weeks, night pain.', 'Ordered: RTG L-S spine (AP + lateral).'), 'xr-area');
    assert.equal(orderOf('13 yo boy, back pain, night pain.', 'Ordered: scintigraphy of skeleton (whole-body bone scan, Tc-99m MDP).'), 'bone-scan-complete');
    assert.equal(orderOf('13 yo boy, back pain, night pain.', 'Plan: osteoscintigraphy.'), 'bone-scan-complete');
  });
  it('a scintigraphy of another organ is no bone scan', () => {
    assert.equal(orderOf('3 yo girl, recurrent UTI, back pain.', 'Plan: DMSA scintigraphy of kidneys.'), 'none');
  });
  it('an echo beside a spine word is an ultrasound', () => {
    assert.equal(orderOf('34 days old, boy. Sacral dimple(+), bottom not visible.', 'Plan: spinal echo (lumbosacral) next week. Explained to mother.'), 'us-area');
    assert.equal(orderOf('1 mo boy. Sacral dimple, deep.', 'Plan: lumbosacral echo next week.'), 'us-area');
    assert.equal(orderOf('1 mo boy. Sacral dimple, deep.', 'Plan: echo of the lumbar spine next week.'), 'us-area');
  });
  it('an echo alone, or of the heart, is an echocardiogram', () => {
    assert.equal(orderOf('1 mo boy. Sacral dimple, shallow, base seen. Murmur.', 'Plan: echo next week.'), 'none');
    assert.equal(orderOf('1 mo boy. Sacral dimple, shallow, base seen. Murmur.', 'Plan: echo of the heart next week.'), 'none');
    assert.equal(orderOf('1 mo boy. Sacral dimple. Murmur.', 'Plan: echo and lumbar spine XR.'), 'xr-area');
  });
  it('Vietnamese study names', () => {
    assert.equal(orderOf('10 yo boy, back pain after fall.', 'Order X-quang toàn bộ cột sống (whole spine X-ray).'), 'xr-complete');
    assert.equal(orderOf('10 yo boy, back pain after fall.', 'Plan: X-quang cột sống.'), 'xr-area');
    assert.equal(orderOf('1 mo, sacral dimple, deep.', 'Order sieu am cot song.'), 'us-area');
    assert.equal(orderOf('1 mo, sacral dimple, deep.', 'Plan: siêu âm cột sống.'), 'us-area');
  });
});

describe('a pre-op H&P whose Procedure line is the operation', () => {
  const preop = (...tail: string[]) =>
    orderOf('PRE-OP H&P', 'Procedure: bilateral myringotomy with tubes', '18 mo F. Recurrent AOM.', 'Back: small sacral dimple, base seen.', 'Neuro: walks well.', ...tail);
  it('the study ordered in passing is the order', () => {
    assert.equal(preop('Surgeon requests XR lumbosacral spine - ordered today, to be done after recovery.', 'Cleared for surgery.'), 'xr-area');
    assert.equal(preop("Spinal US ordered to evaluate the dimple; does not delay today's case."), 'us-area');
    assert.equal(preop('Plan: proceed. Parents asked about the dimple - spinal US ordered at their request; surgery not contingent on the result.'), 'us-area');
  });
  it('no study ordered, or one only asked about, is none', () => {
    assert.equal(preop('Cleared for surgery.'), 'none');
    assert.equal(preop('Parents asked whether a spinal US is needed?'), 'none');
    assert.equal(preop('Spinal US if the dimple persists.'), 'none');
  });
  it('a Procedure line that names the study is still the order', () => {
    assert.equal(orderOf('Procedure: US lumbar spine', '4 mo F. Sacral dimple.', 'Renal US ordered as well.'), 'us-area');
    assert.equal(orderOf('Procedure: MRI lumbar spine w/o (sedation)', '2 yo F. Hairy patch.'), 'mri-area-without');
  });
});

describe('a numbered problem-list item naming the finding, then the study', () => {
  const plan = (item: string) =>
    orderOf('Child: 2 y 4 m male', 'Back: midline lumbosacral tuft of dark hair with a small dimple at its center', 'PLAN', `1. ${item}`, '2. Request records from birth hospital');
  it('orders the study', () => {
    assert.equal(plan('Lumbosacral hair tuft + dimple: MRI lumbar spine w/wo contrast (sedation)'), 'mri-area-without-and-with');
    assert.equal(plan('Hair tuft: US spine'), 'us-area');
  });
  it('not a study conditioned, read, declined or told before', () => {
    assert.equal(plan('Hair tuft: MRI lumbar spine if symptoms develop'), 'none');
    assert.equal(plan('Hair tuft: US spine conus at L2, reassured'), 'none');
    assert.equal(plan('Hair tuft: US spine normal'), 'none');
    assert.equal(plan('Prior imaging: US spine at 2 wk'), 'none');
    assert.equal(plan('Murmur: echo'), 'none');
  });
});
