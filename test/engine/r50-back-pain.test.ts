/**
 * Round 50 (fix50e), back pain and its red flags as letters and dictations tell them: a negated list wrapped onto the
 * next line ("no history of injury, fever," / "weight loss or night pain"), a length of the pain in words right after it
 * ("Back pain six weeks") and "disc itis" as a speech recognizer writes discitis. Each with the look-alikes that must
 * stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { presentIn, readNote } from '../helpers';

const negated = (text: string, target: string) => {
  const at = text.indexOf(target);
  assert.ok(at >= 0);
  return readContext(text, at, at + target.length).negated;
};

describe('r50: a negated list wrapped onto the next line', () => {
  for (const [text, target] of [
    ['There is no history of injury, fever,\nweight loss or night pain.', 'night pain'],
    ['There is no history of injury, fever,\nweight loss or night pain.', 'weight loss'],
    ['Denies fever, night sweats,\nweight loss.', 'weight loss'],
    ['No fever or\nnight pain, and the pain does not radiate.', 'night pain'],
    ['She has had no fever, no\nweight loss and no night pain.', 'night pain'],
    ['No fever,\r\nnight sweats or weight loss.', 'weight loss'],
  ]) {
    it(`${JSON.stringify(text)} negates "${target}"`, () => assert.equal(negated(text, target), true));
  }
  for (const [text, target] of [
    // A capital, a key, a bullet, a blank line or a stop opens an item of its own.
    ['No fever,\nNight pain for 2 weeks.', 'Night pain'],
    ['No fever,\nnight pain: yes', 'night pain'],
    ['No fever,\n- night pain x 2 wk', 'night pain'],
    ['No fever,\n\nnight pain x 2 wk', 'night pain'],
    ['No fever.\nnight pain x 2 wk', 'night pain'],
    ['No fever\nnight pain x 2 wk', 'night pain'],
    ['Denies fever. Mother reports\nnight pain for 3 weeks.', 'night pain'],
    // The list goes on, as in one line, only until an item of its own affirmation.
    ['No fever,\nnight pain x 2 wks', 'night pain'],
    ['Afebrile,\nnight pain x 2 wks', 'night pain'],
    ['No fever, and\nweight loss of 3 kg noted', 'weight loss'],
  ]) {
    it(`${JSON.stringify(text)} does not negate "${target}"`, () => assert.equal(negated(text, target), false));
  }
  it('a letter: no red flag, no red-flag scenario', () => {
    const r = readNote(
      'Re: Mia, 12 years',
      'Thank you for referring Mia with three weeks of low back pain. There is no history of injury, fever,',
      'weight loss or night pain, and the pain does not radiate. Examination was normal.',
      'Plan: XR L-spine',
    );
    assert.equal(r.scenario, 'back-pain-no-red-flags');
  });
  it('a wrapped line with night pain affirmed keeps the red flag', () =>
    assert.ok(presentIn('night-pain', '12 y F. LBP 3 wks. No fever,', 'Night pain waking her most nights. Neuro normal.', 'Plan: XR L-spine')));
});

describe('r50: the length of the back pain in words right after it', () => {
  const weeks = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;
  it('"Back pain six weeks" is six weeks', () => assert.equal(weeks('Ten y o girl. Back pain six weeks. No injury.', 'XR L-spine'), 6));
  it('"LBP - two months" is about 8.7 weeks', () => assert.ok(Math.abs((weeks('12 yo M. LBP - two months. Neuro nl.', 'XR L-spine') ?? 0) - 8.69) < 0.01));
  it('"back pain about three weeks" is three weeks', () => assert.equal(weeks('12 yo M, back pain about three weeks, no fever.', 'XR L-spine'), 3));
  for (const text of [
    '12 yo M. Back pain six weeks ago, settled. Now neck pain.',
    '12 yo M. Back pain two weeks post op.',
    '12 yo M. Back pain, seen in ED, review in six weeks.',
    '12 yo M. Back pain two weeks after a fall.',
    '12 yo M. Back pain since two weeks before the match.',
    '12 yo M. Back pain. Sister two months old.',
    '12 yo M. Back pain and six weeks of cough.',
  ]) {
    it(`${JSON.stringify(text)} tells no six- or two-week length of the pain`, () => assert.equal(weeks(text, 'XR L-spine'), undefined));
  }
});

describe('r50: "disc itis" as a recognizer writes discitis', () => {
  const infection = (...lines: string[]) => presentIn('suspected-infection-tumor', ...lines);
  it('"query disc itis" in a dictation with few spoken marks is discitis suspected', () =>
    assert.ok(infection('eight year old boy back pain and fever thirty nine comma CRP raised comma tender over L two query disc itis. neuro normal. MRI whole spine')));
  it('"no disc itis on MRI" is denied', () => assert.ok(!infection('8 yo back pain. Dr said no disc itis on MRI. XR L-spine')));
  it('"if disc itis is suspected" is hypothetical', () => assert.ok(!infection('8 yo back pain, afebrile. MRI if disc itis is suspected later. XR L-spine')));
});

describe('r50: a denial inside a bracket of its own subject stays in the bracket', () => {
  for (const [text, target] of [
    ['Neuro exam normal (SLR neg, reflexes symmetrical).', 'normal'],
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
  ]) {
    it(`${JSON.stringify(text)} still denies "${target}"`, () => assert.equal(negated(text, target), true));
  }
  it('a question in a bracket still asks of what stands before it: "(tethered cord?)"', () => {
    const t = 'Deep sacral dimple with low-lying conus (tethered cord?)';
    const at = t.indexOf('conus');
    assert.equal(readContext(t, at, at + 5).uncertain, true);
  });
  it('a normal exam with "(SLR neg …)" is a normal exam', () =>
    assert.equal(readNote('13 y F - 2/52 low back pain. No fever.', 'Neuro exam normal (SLR neg, reflexes symmetrical).', 'XR L-spine').facts.neuro.state, 'normal'));
});

describe('r50: a relative who gives the history or calls about the child tells it', () => {
  const backPain = (...lines: string[]) => presentIn('back-pain', ...lines);
  it('"mother gives h/o back pain x 6 wks" is the child\'s back pain', () => assert.ok(backPain('4 yr M, mother gives h/o back pain x 6 wks, not wanting to play. No fever.')));
  it('"Mum calling re son\'s back pain" is the child\'s back pain', () =>
    assert.ok(backPain("Mum calling re son's back pain since Tues, no fall.", 'GP requested x-ray of lower back')));
  it('"Dad phoned about her back pain" is the child\'s', () => assert.ok(backPain('9 yo F. Dad phoned about her back pain, 2 weeks, no fever.', 'XR L-spine')));
  it('"Mum calling re her own back pain" is the mother\'s', () => assert.ok(!backPain('10 yo M with a dimple. Mum calling re her own back pain. XR L-spine')));
  it('"Mother has back pain" is the mother\'s', () => assert.ok(!backPain('10 yo M with a dimple. Mother has back pain. XR L-spine')));
  it('"mum\'s own back pain" on a call is the mother\'s', () => assert.ok(!backPain("10 yo M. Mum calling re son's dimple; mum's own back pain is worse. XR L-spine")));
  it('"Mum gives h/o her own back pain" is the mother\'s', () => assert.ok(!backPain('10 yo M with a dimple. Mum gives h/o of her own back pain since pregnancy. XR L-spine')));
  it("a relative calling about another child is not this child's", () => assert.ok(!backPain('10 yo M with a dimple. Mum also has back pain. US spine')));
});

describe('r50: discomfort of the lower back; a lumbar root named with the radicular pain', () => {
  const backPain = (...lines: string[]) => presentIn('back-pain', ...lines);
  it('"Mild discomfort lower back" is back pain', () => assert.ok(backPain('12 yo M. Mild discomfort lower back x 2 wks. XR L-spine')));
  it('"discomfort in the lower back" is back pain', () => assert.ok(backPain('12 yo F with discomfort in the lower back after netball. XR L-spine')));
  it('"No discomfort lower back" is none', () => assert.ok(!backPain('12 yo M. No discomfort lower back. Hip pain. XR hip')));
  it('"Abdominal discomfort, lower back normal" is none', () => assert.ok(!backPain('12 yo M. Abdominal discomfort, lower back normal. XR L-spine')));
  it('"L5 radicular pain" is back pain', () => assert.ok(backPain('16 y M. L5 radicular pain 6/52, numbness L foot. XR L-spine')));
  it('"S1 radiculopathy" is back pain', () => assert.ok(backPain('15 y F. S1 radiculopathy R leg 5 weeks. MRI L-spine')));
  it('"no L5 radicular pain" is none', () => assert.ok(!backPain('16 y M. Hip pain, no L5 radicular pain. XR hip')));
  it('"?L5 radiculopathy vs peroneal palsy" is none', () => assert.ok(!backPain('16 y M. ?L5 radiculopathy vs peroneal palsy after cast. XR knee')));
  it('"if L5 radicular pain develops" is none', () => assert.ok(!backPain('16 y M. Knee sprain. Return if L5 radicular pain develops. XR knee')));
  it('"L5 radiculopathy" of his father is none', () => assert.ok(!backPain('16 y M. Knee pain. Father has L5 radiculopathy. XR knee')));
});
