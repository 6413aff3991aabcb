/**
 * Round 59 (fix59w): secure-message and chat consult threads between a rural GP or nurse practitioner and a paediatric
 * radiologist or registrar. A speaker's line keyed with the message's time ("[15:20] Paeds rad:", "08:40 Rads:", "7:58 pm
 * NP Kaye:"), by a named clinician in a timestamped thread ("[17:01] Dr Patel:", "[10:30] Dr Kim (paeds rads):"), or by a
 * two-word role ("Paeds rad:", "Rad reg:") is read as the one-word clinician's line is ("rads: XR T/L spine"): the
 * study it names alone is the order. A clinician's word of assent right before the study ("ok US lumbosacral spine, I'll
 * protocol it") is passed over. Near misses: a relative, a bare name with no title, a name without the time, a
 * question, a declined study, an assent before anything but a study, and a relative's assent.
 */
import * as assert from 'node:assert/strict';
import { near, orderOf, ageOf, presentIn } from '../helpers';

describe("fix59w: a timestamped clinician's line in a consult thread", () => {
  it('reads the study a role keyed after the time names alone', () => {
    assert.equal(orderOf('[09:02] GP: 12 yo girl slipped off a garage roof, 2.5 m, sore at L1', '[09:25] Paeds rad: XR T/L spine now', '[09:26] GP: done'), 'xr-area');
    assert.equal(orderOf('08:10 Rads: CT lumbar spine with contrast', '08:11 NP: ok', 'Age: 5 years', 'Findings: fall from bunk bed, thoracolumbar tenderness'), 'ct-area-with');
    assert.equal(orderOf('[Tue 13:40] GP: 7 month old, hair tuft over L5, neuro fine', '[Tue 14:05] Paeds rads: MRI lumbar spine without contrast'), 'mri-area-without');
  });
  it('reads a named clinician in the thread by a title or a bracketed role', () => {
    assert.equal(orderOf('[11:00] Dr Brennan: 9 wk boy, deep sacral pit, no base seen', '[11:30] Dr Osei (paeds radiology): US lumbosacral spine'), 'us-area');
    assert.equal(orderOf('[11:00] NP Mia Ross: 9 wk boy, deep sacral pit, no base seen', '[11:30] Dr Osei: US lumbosacral spine'), 'us-area');
  });
  it('reads a two-word role without the time', () => {
    assert.equal(orderOf('GP: 14yo cricketer, low back pain 3 weeks, no night pain', 'Paeds rad: MRI L spine w/o contrast', 'GP: ok'), 'mri-area-without');
    assert.equal(orderOf('GP: 14yo cricketer, low back pain 3 weeks, no night pain', 'Rad reg: MRI L spine w/o contrast'), 'mri-area-without');
  });
  it("reads the child's age in a clinician's timestamped line", () => {
    near(ageOf('[08:00] Dr Hale (GP): 10mo with a hair tuft over the lower back', '[08:20] Paeds rad: MRI L-spine without contrast'), 10, '10mo');
  });
});

describe('fix59w: what a consult thread keyed so still refuses', () => {
  it('reads no relative, and no bare name or untitled name as a clinician', () => {
    assert.equal(orderOf('[19:02] Mum (Sarah): MRI L spine w/o contrast', 'Age: 14 years', 'Findings: low back pain 3 weeks'), 'none');
    assert.equal(orderOf('[19:02] Sarah Jones: MRI L spine w/o contrast', 'Age: 14 years', 'Findings: low back pain 3 weeks'), 'none');
    assert.equal(orderOf('Dr Osei: MRI L spine w/o contrast', 'Age: 14 years', 'Findings: low back pain 3 weeks'), 'none');
  });
  it('reads a two-word or thread-only role only in a thread of two speakers or more', () => {
    assert.equal(orderOf('Age: 14 years', 'Findings: low back pain 3 weeks', 'Rad reg: MRI L spine w/o contrast'), 'none');
    assert.equal(orderOf('Age: 14 years', 'Findings: low back pain 3 weeks', 'Rad: accepted, XR L-spine. MRI if neuro signs.'), 'none');
  });
  it("reads no radiologist's question and no declined study as the order", () => {
    assert.equal(orderOf('[09:02] GP: 12 yo, back pain 3 weeks, no flags', '[09:25] Paeds rad: MRI L spine?', '[09:26] GP: not sure'), 'none');
    assert.equal(orderOf('[09:02] GP: 12 yo, back pain 3 weeks, no flags', '[09:25] Paeds rad: MRI L spine not indicated'), 'none');
  });
  it("reads the radiologist's questions as no findings", () => {
    assert.equal(presentIn('night-pain', '[09:02] GP: 12 yo, back pain 3 weeks', '[09:25] Paeds rad: any night pain?', '[09:26] GP: none'), false);
  });
});

describe("fix59w: a clinician's assent right before the study", () => {
  it('passes over the assent and reads the study', () => {
    assert.equal(orderOf('[16:40] NP Lee: 14/52 boy, skin tag at top of the cleft', '[17:01] Dr Varga: ok US lumbosacral spine, will vet it'), 'us-area');
    assert.equal(
      orderOf('Age: 5 months', 'GP: deep sacral dimple, US: thick filum', 'Rad reg: sure - MRI lumbar spine without contrast next list', 'GP: booked'),
      'mri-area-without',
    );
    assert.equal(orderOf('[08:00] GP: 15yo bowler, low back pain 3 wks', '[08:30] Paeds rad: fine, MRI L spine w/o contrast'), 'mri-area-without');
  });
  it("reads no assent before a condition, a refusal or a question, and no relative's", () => {
    assert.equal(orderOf('[08:00] GP: 15yo bowler, low back pain 3 wks', '[08:30] Paeds rad: ok if still sore in 6 wks, MRI L spine w/o contrast'), 'none');
    assert.equal(orderOf('[08:00] GP: 15yo bowler, low back pain 3 wks', '[08:30] Paeds rad: ok MRI L spine not needed yet'), 'none');
    assert.equal(orderOf('[08:00] GP: 15yo bowler, low back pain 3 wks', '[08:30] Paeds rad: ok MRI L spine w/o contrast?'), 'none');
    assert.equal(orderOf('Phone call with mum', 'Age: 15 years', 'Findings: low back pain 3 wks', 'Mum: ok MRI L spine w/o contrast'), 'none');
  });
});
