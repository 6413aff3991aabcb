/**
 * Round 50 (fix50e), back pain and its red flags as letters and dictations tell them: "disc itis" as a speech recognizer
 * writes discitis, a lab's denial kept in its bracket ("(UA neg)") and a relative calling about the child named right
 * after the call. Each with the look-alikes (reviews r50's harms among them) that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { presentIn, readNote } from '../helpers';

const negated = (text: string, target: string) => {
  const at = text.indexOf(target);
  assert.ok(at >= 0);
  return readContext(text, at, at + target.length).negated;
};

describe('r50: "disc itis" as a recognizer writes discitis', () => {
  const infection = (...lines: string[]) => presentIn('suspected-infection-tumor', ...lines);
  it('"query disc itis" in a dictation with few spoken marks is discitis suspected', () =>
    assert.ok(infection('eight year old boy back pain and fever thirty nine comma CRP raised comma tender over L two query disc itis. neuro normal. MRI whole spine')));
  it('"no disc itis on MRI" is denied', () => assert.ok(!infection('8 yo back pain. Dr said no disc itis on MRI. XR L-spine')));
  it('"if disc itis is suspected" is hypothetical', () => assert.ok(!infection('8 yo back pain, afebrile. MRI if disc itis is suspected later. XR L-spine')));
});

describe('r50: a denial inside a bracket of its own subject stays in the bracket', () => {
  for (const [text, target] of [
    ['?discitis vs pyelo (UA neg).', 'discitis'],
    ['L4-5 discitis (culture neg), on IV abx.', 'discitis'],
    ['post BMT for ALL (CNS neg).', 'ALL'],
    ['Fever 39 (blood cultures negative so far).', 'Fever'],
  ]) {
    it(`${JSON.stringify(text)} does not deny "${target}"`, () => assert.equal(negated(text, target), false));
  }
  for (const [text, target] of [
    // A bare answer, a sign, a teller or a relative in the bracket still answers what stands before it.
    ['sacral dimple (neg)', 'dimple'],
    ['hair tuft (none)', 'tuft'],
    ['Dimple (-)', 'Dimple'],
    ['hair tuft (per mum none)', 'tuft'],
    ['fever (none today)', 'fever'],
    ['weight loss (not present)', 'weight loss'],
    ['weakness (both legs no)', 'weakness'],
    ['night pain: (neg)', 'night pain'],
    // Review r50: a body part, a time, a place or "none" is no subject of its own; nor is an imaging study or a sign.
    ['Hair tuft (on exam none).', 'tuft'],
    ['Weakness (legs none).', 'Weakness'],
    ['Weakness (lower limbs none).', 'Weakness'],
    ['Numbness (L foot none).', 'Numbness'],
    ['Weight loss (on scales none).', 'Weight loss'],
    ['Night pain (last week none).', 'Night pain'],
    ['Fever (at home none).', 'Fever'],
    ['Night sweats (past month none).', 'Night sweats'],
    ['Radicular pain (either leg none).', 'Radicular pain'],
    ['Saddle anaesthesia (perineum negative).', 'Saddle anaesthesia'],
    ['Night pain (wakes him none).', 'Night pain'],
    ['?osteomyelitis (MRI negative).', 'osteomyelitis'],
    ['Neuro exam normal (SLR neg, reflexes symmetrical).', 'normal'],
    ['discitis (culture none)', 'discitis'],
    // Review r50 second pass: a test's bracket after a cancer or a suspected finding denies it, as before round 50.
    ['?discitis (urine -ve).', 'discitis'],
    ['Leukaemia (marrow neg).', 'Leukaemia'],
    ['?Leukaemia (marrow negative) - reassured.', 'Leukaemia'],
    ['Enlarged node neck - lymphoma (biopsy neg).', 'lymphoma'],
    ['Pleural effusion last yr, malignancy (cytology negative).', 'malignancy'],
    ['Abdo fullness - neuroblastoma (urine negative); constipated.', 'neuroblastoma'],
  ]) {
    it(`${JSON.stringify(text)} still denies "${target}"`, () => assert.equal(negated(text, target), true));
  }
  it('a question in a bracket still asks of what stands before it: "(tethered cord?)"', () => {
    const t = 'Deep sacral dimple with low-lying conus (tethered cord?)';
    const at = t.indexOf('conus');
    assert.equal(readContext(t, at, at + 5).uncertain, true);
  });
  it('"?osteomyelitis (MRI negative)" is no suspected infection (review r50)', () =>
    assert.equal(readNote('12 yo M', 'LBP 2 wks, afebrile. ?osteomyelitis (MRI negative).', 'XR L-spine').scenario, 'back-pain-no-red-flags'));
  for (const lines of [
    ['12 yo M', 'Back pain 3 wks, bruising. Leukaemia (marrow neg).', 'XR L-spine'],
    ['12 yo M', 'Back pain 3 wks, pallor. ?Leukaemia (marrow negative) - reassured.', 'XR L-spine'],
    ['13 yo F', 'LBP 2 wks. Enlarged node neck - lymphoma (biopsy neg). Afebrile.', 'XR L-spine'],
    ['10 yo M', 'LBP 2 wks. Pleural effusion last yr, malignancy (cytology negative). Well now.', 'XR L-spine'],
    ['3 yo F', 'Back pain 2 wks. Abdo fullness - neuroblastoma (urine negative); constipated.', 'XR L-spine'],
  ])
    it(`${JSON.stringify(lines.join(' / '))} is back pain with no red flags (review r50 second pass)`, () => assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags'));
  it('"Weakness (legs none)" is no weakness (review r50)', () =>
    assert.equal(readNote('12 yo M', 'LBP 2 wks. Weakness (legs none). Neuro exam normal.', 'XR L-spine').scenario, 'back-pain-no-red-flags'));
});

describe('r50: a relative who calls about the child named right after the call tells its history', () => {
  const backPain = (...lines: string[]) => presentIn('back-pain', ...lines);
  it('"Mum calling re son\'s back pain" is the child\'s back pain', () =>
    assert.ok(backPain("Mum calling re son's back pain since Tues, no fall.", 'GP requested x-ray of lower back')));
  it('"Dad phoned about his son\'s back pain" is the child\'s', () => assert.ok(backPain("9 yo M. Dad phoned about his son's back pain, 2 weeks, no fever.", 'XR L-spine')));
  it('"Mum rang re her daughter\'s back pain" is the child\'s', () => assert.ok(backPain("9 yo F. Mum rang re her daughter's back pain, 2 weeks, no fever.", 'XR L-spine')));
  it('"Mum calling re her own back pain" is the mother\'s', () => assert.ok(!backPain('10 yo M with a dimple. Mum calling re her own back pain. XR L-spine')));
  it('"Mother has back pain" is the mother\'s', () => assert.ok(!backPain('10 yo M with a dimple. Mother has back pain. XR L-spine')));
  it('"mum\'s own back pain" on a call is the mother\'s', () => assert.ok(!backPain("10 yo M. Mum calling re son's dimple; mum's own back pain is worse. XR L-spine")));
  // Review r50 second pass: a bare call names no child, and reads as before round 50.
  it('"Dad rang re his back pain" is no back pain of the child\'s', () =>
    assert.equal(readNote('9 yo F', 'Knee pain. Dad rang re his back pain, asks about physio.', 'XR L-spine').scenario, 'no-criteria'));
  it('"Mum rang re back pain - settled now" is no back pain now', () =>
    assert.equal(readNote('9 yo M', 'Mum rang re back pain - settled now, no pain for a week.', 'XR L-spine').scenario, 'no-criteria'));
});
