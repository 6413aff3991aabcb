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

describe('fix59w after review rfix59w: a study a thread names alone refuses what follows it', () => {
  const gp = '[10:02] GP: 13 yo boy, lower back pain 3 weeks, no night pain, afebrile, neuro exam normal';
  it('reads no study rejected after it on its line', () => {
    assert.equal(orderOf(gp, '[10:20] Paeds rad: MRI lumbar spine - no. No red flags here'), 'none');
    assert.equal(orderOf(gp, '[10:20] Rad reg: XR L-spine - poor yield, would not bother'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: MRI L spine w/o contrast - not yet, see how physio goes'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: XR lumbar spine not1 needed'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: XR lumbar spine superfluous'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rad: XR lumbar spine niet nodig'), 'none');
    assert.equal(
      orderOf('08:00 RN: obs stable, 13 yo boy, lower back pain 3 weeks, no night pain, neuro normal', '11:30 Nurse: XR L spine - child would not go to radiology'),
      'none',
    );
  });
  it('reads no result, condition, deferral or unmarked question after the study', () => {
    assert.equal(orderOf(gp, '[10:20] Paeds rads: XR L spine unremarkable, fine for physio'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rad: MRI L-spine w/o contrast should he develop red flags'), 'none');
    assert.equal(orderOf('8:00 pm NP Rees: 13 yo boy, lower back pain 3 weeks, no night pain, neuro normal', '8:15 pm Dr Amin (rads): MRI L spine only if neuro signs'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: MRI L spine w/o contrast in 6 weeks when not better', '[10:21] GP: ok'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rad: XR L spine at the follow-up visit, none today'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: XR L spine down the track perhaps, physio to start'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: XR L spine - would it alter what you do'), 'none');
    assert.equal(
      orderOf('[10:02] GP: 6 wk girl, hair tuft over L4 midline, neuro normal', '[10:20] Paeds rad: MRI L spine w/o contrast, will book for when she is 6 months'),
      'none',
    );
  });
  it('reads no study a later message in the thread declines or takes back', () => {
    assert.equal(
      orderOf(gp, '[10:20] Paeds rads: MRI L spine w/o contrast', '[10:30] GP: parents would rather skip it, physio first', '[10:31] Paeds rads: no imaging then'),
      'none',
    );
    assert.equal(
      orderOf('[10:02] GP: 10 wk girl, hair tuft over L4 midline, neuro normal', '[10:20] Paeds rad: US lumbosacral spine', '[10:40] GP: mum declined, will watch'),
      'none',
    );
  });
  it('passes over an assent only before a study that stands alone', () => {
    assert.equal(orderOf(gp, '[10:18] GP: have the XR report', '[10:20] Paeds rads: ok, XR L spine no acute finding, physio fine'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: sure - XR L spine not needed, physio'), 'none');
    assert.equal(orderOf(gp, '[10:20] Paeds rads: yep XR L spine a waste of time'), 'none');
  });
  it('still reads a study standing alone with words carrying the order out', () => {
    assert.equal(orderOf(gp, '[10:20] Paeds rad: XR L spine now'), 'xr-area');
    assert.equal(orderOf(gp, '[10:20] Paeds rad: ok MRI L spine without contrast, I will vet it'), 'mri-area-without');
    assert.equal(orderOf(gp, "[10:20] Paeds rad: MRI L spine w/o contrast. adding to Friday's list"), 'mri-area-without');
  });
});
