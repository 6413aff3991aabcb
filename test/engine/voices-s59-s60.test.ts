/**
 * Round 43's second pair of held-out voices: research screening logs, audits and orthopaedic clinic letters (set 59);
 * complex-care clinics for medically complex children (set 60). Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const priorOf = (modality: string, ...lines: string[]) => readNote(...lines).facts.prior.find((p) => p.modality === modality);

describe('a relative’s sentence after a normal ultrasound is no report of it (s60)', () => {
  it('keeps "Spinal US at 6 wks - normal" normal beside "cousin had a tethered cord operation"', () => {
    const lines = [
      'Age: 11 mo',
      'Hair tuft lumbar midline. Spinal US at 6 wks - normal, conus L1/2.',
      'Mum still worried - cousin had a tethered cord operation.',
      'Plan: MRI lumbar spine no contrast.',
    ];
    assert.equal(priorOf('US', ...lines)?.result, 'normal');
    assert.ok(!readNote(...lines).rules.includes('referral-after-abnormal-ultrasound'));
  });

  it('still reads the child’s own report on the next line, a relative told only as who heard or brought it (review r43b)', () => {
    assert.equal(priorOf('US', 'Age: 11 mo', 'Hair tuft. Spinal US at 6 wks:', 'Conus at L3, thick filum.', 'Plan: MRI lumbar spine')?.result, 'abnormal');
    assert.equal(priorOf('US', 'Age: 3 mo', 'Hair tuft. Spinal US at 6 wks:', 'Conus at L3 and thick filum, explained to mum.', 'Plan: MRI lumbar spine')?.result, 'abnormal');
    assert.equal(priorOf('US', 'Age: 3 mo', 'Hair tuft. Spinal US done at OSH. Mum brought the report: conus low at L3, tethered.', 'Plan: MRI lumbar spine')?.result, 'abnormal');
  });
});

describe('back pain and its red flags as these writers tell them (s59, s60)', () => {
  it('keeps "over the past three years" a past history (review r43b)', () => {
    assert.ok(!presentIn('abnormal-voiding', 'Age: 12 y', 'HPI: Over the past three years recurrent UTIs. No weakness. LBP 1 wk after football.', 'Order: XR L-spine'));
  });

  it('reads "over the past three weeks" as how long, never as past history', () => {
    const r = readNote(
      'Age: 16 y',
      'HPI: completed treatment for ALL two years ago. Over the past three weeks she has developed thoracic back pain that wakes her at night.',
      'Order: MRI whole spine',
    );
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
    assert.notEqual(r.scenario, 'no-criteria');
  });

  it('reads "pain over the lower back" as back pain, not "pain over the back of the knee"', () => {
    assert.ok(presentIn('back-pain', 'Age: 6 y', 'HPI: New over 6 wks: pain over the repair scar / lower back, walking worse.', 'Order: MRI'));
    assert.ok(!presentIn('back-pain', 'Age: 6 y', 'HPI: pain over the back of the knee after football.', 'Order: XR knee'));
  });

  it('reads "pain in the low back all the time" as constant pain; "tired all the time" is none', () => {
    assert.ok(presentIn('constant-pain', 'Age: 17 y', 'HPI: Pain in the low back all the time since the weekend.', 'Order: XR L-spine'));
    assert.ok(!presentIn('constant-pain', 'Age: 17 y', 'HPI: low back pain after football, tired all the time with exams.', 'Order: XR L-spine'));
    assert.ok(!presentIn('constant-pain', 'Age: 12 y', 'HPI: low back pain 3 wks after gymnastics. Knee hurts all the time too.', 'Order: XR L-spine'));
  });

  it('reads a feared spinal neurofibroma as a suspected tumour; a known one in the neck alone is none', () => {
    const r = readNote(
      '12yo M - NF1, plexiform neurofibroma R neck on selumetinib',
      'New: 3 wks of mid-back pain, tripping over his L foot.',
      'Concern: new paraspinal / dumbbell neurofibroma compressing the cord.',
      'Order: MRI whole spine with and without contrast',
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
    assert.ok(
      !presentIn('suspected-infection-tumor', '12yo M - NF1, plexiform neurofibroma R neck', 'HPI: 2 wks of low back pain after football, no red flags.', 'Order: XR L-spine'),
    );
    assert.ok(
      !presentIn(
        'suspected-infection-tumor',
        'Age: 15 y',
        'PMH: NF2, bilateral vestibular schwannomas followed by ENT.',
        'HPI: 2 wks LBP after lifting, no red flags.',
        'Order: XR L-spine',
      ),
    );
  });
});

describe('earlier radiographs told as taken by someone (s59)', () => {
  it('reads "x-rays taken by your practice show pars defects" as abnormal radiographs done', () => {
    const lines = ['Age: 13 y', 'HPI: LBP 2 months. The lumbar spine x-rays taken by your practice show bilateral L5 pars defects.', 'Order: CT L-spine'];
    assert.equal(priorOf('XR', ...lines)?.result, 'abnormal');
    assert.equal(readNote(...lines).scenario, 'back-pain-red-flags-positive-radiographs');
  });

  it('reads no study done in x-rays to be taken', () => {
    assert.equal(priorOf('XR', 'Age: 13 y', 'HPI: LBP 2 months. Lumbar spine x-rays to be taken at your practice to show any pars defect.', 'Order: XR L-spine'), undefined);
  });
});
