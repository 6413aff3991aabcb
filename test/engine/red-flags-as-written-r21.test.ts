/**
 * Red flags as clinicians write them in a screen (set 18): "No LOW" (loss of weight), "no NP" (night pain), "no
 * fevers/NS/wt loss" and "Denies fever/sweats" (night sweats), "wt stable", "no sx into legs", "Pain not present at
 * night" read as absent; "Soaks sheets w/ sweat at night" and "worse lying down at night" as present; "constant"
 * that describes something other than the pain ("constant damp underwear") is no constant pain. Each with the
 * near-misses it must leave alone: LOW back pain, a nurse practitioner, normal saline, sweats with exercise, a
 * relative's symptoms, "constant pain" and "constant, not relieved by rest".
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

type Reading = ReturnType<typeof readNote>;
const present = (r: Reading, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const denied = (r: Reading, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.negated && h.context.experiencer === 'patient');
const told = (r: Reading, id: string) => r.facts.hits.some((h) => h.finding.id === id);
const hpi = (line: string) => readNote('Age: 12 years', `HPI: ${line}`, 'Order: XR L-spine');

describe('r21: red flags as written in a screen', () => {
  describe('loss of weight written "LOW"', () => {
    for (const line of [
      'LBP 6/52. No fever. No LOW.',
      'back pain x 1/52. No trauma, no fever, no night pain, no LOW.',
      'LBP x 3/52. No night pain, no fever, no LOW, no numbness.',
      'LBP, fever 38.9, LOA+, no LOW.',
      'LBP. Denies LOW.',
    ]) {
      it(`"${line}" denies weight loss`, () => {
        const r = hpi(line);
        assert.ok(denied(r, 'weight-loss'));
        assert.ok(!present(r, 'weight-loss'));
      });
    }
    it('"c/o LOA/LOW x 1 month" tells weight loss', () => assert.ok(present(hpi('LBP, c/o LOA/LOW x 1 month'), 'weight-loss')));
    for (const line of [
      'LOW back pain x 2 wk, no fever',
      'LOW BACK PAIN X 2 WK. NO LOW GRADE FEVER.',
      'back pain, no fever, LOW risk of infection',
      'LBP, no fever, no low energy',
    ]) {
      it(`"${line}" tells no weight loss either way`, () => assert.ok(!told(hpi(line), 'weight-loss')));
    }
  });

  describe('night pain written "NP", and told with its time of day', () => {
    it('"(no NP, no constant pain, …)" in a red-flag screen denies night pain', () => {
      const r = hpi('No red flags on screening today (no NP, no constant pain, no sx into legs, afebrile, wt stable).');
      assert.ok(denied(r, 'night-pain'));
      assert.ok(denied(r, 'radicular-pain'));
      assert.ok(denied(r, 'weight-loss'));
    });
    for (const line of ['LBP. Seen by NP, no fever.', 'LBP. No NP available today, no fever.', 'LBP, afebrile, NP swab negative']) {
      it(`"${line}" is a nurse practitioner or a swab, no night pain`, () => assert.ok(!told(hpi(line), 'night-pain')));
    }
    it('"no NP" with no other red flag beside it is not yet a screen', () => assert.ok(!told(hpi('LBP. no NP f/u needed.'), 'night-pain')));
    for (const line of ['LBP 2 mo, worse lying down at night', 'back pain, worse in bed at night', 'LBP, worst at night']) {
      it(`"${line}" is night pain`, () => assert.ok(present(hpi(line), 'night-pain')));
    }
    for (const line of ['LBP. Pain not present at night. No radiation.', 'LBP since 6 weeks, pain not at night, no fever.', "LBP, doesn't hurt at night"]) {
      it(`"${line}" denies night pain`, () => assert.ok(denied(hpi(line), 'night-pain') && !present(hpi(line), 'night-pain')));
    }
  });

  describe('night sweats written "NS" or "sweats" in a list of systemic symptoms', () => {
    for (const line of ['LBP, no fevers/NS/wt loss, no night pain', 'LBP. No fever, sweats or wt loss.', 'LBP. Denies fever/sweats', 'LBP. No fevers, no sweats, wt steady.']) {
      it(`"${line}" denies night sweats`, () => assert.ok(denied(hpi(line), 'night-sweats') && !present(hpi(line), 'night-sweats')));
    }
    it('"fevers, sweats, weight loss x 3 wk" tells night sweats', () => assert.ok(present(hpi('LBP, fevers, sweats, weight loss x 3 wk'), 'night-sweats')));
    it('"Soaks sheets w/ sweat at night per mom" is night sweats', () =>
      assert.ok(present(hpi('back pain 5 wks. Soaks sheets w/ sweat at night per mom x 2 wks.'), 'night-sweats')));
    for (const line of ['LBP, fever, given NS bolus', 'LBP. sweats with exercise, no fever', 'LBP, no fever, refer to NS clinic']) {
      it(`"${line}" is no night sweats`, () => assert.ok(!told(hpi(line), 'night-sweats')));
    }
    it("a mother's sweats stay hers", () => assert.ok(!present(hpi('LBP. Mum has fevers, sweats and weight loss.'), 'night-sweats')));
  });

  describe('radicular pain and weight denied in their own words', () => {
    for (const line of ['LBP. No night pain, no fever, no leg symptoms.', 'LBP. No fever, no night pain, no leg sx', 'LBP, no sx into legs']) {
      it(`"${line}" denies radicular pain`, () => assert.ok(denied(hpi(line), 'radicular-pain')));
    }
    it('"shooting pain down L leg" stays radicular pain beside a denied "no leg sx" elsewhere', () =>
      assert.ok(present(hpi('LBP 6/52, now shooting pain down L leg to calf. No fever.'), 'radicular-pain')));
    for (const line of ['LBP. afebrile, wt stable.', 'LBP. Afeb. Wt steady.', 'LBP, weight unchanged']) {
      it(`"${line}" denies weight loss`, () => assert.ok(denied(hpi(line), 'weight-loss')));
    }
  });

  describe('"constant" that describes something else', () => {
    for (const line of ['CC: constant damp underwear, straining to void', 'Recurrent UTIs + constant dribbling since she was walking', 'LBP. Under constant pressure at school.']) {
      it(`"${line}" is no constant pain`, () => assert.ok(!told(hpi(line), 'constant-pain')));
    }
    for (const line of [
      'Aching mid/low back, constant, not relieved w/ rest.',
      'LBP, constant pain',
      'LBP, pain is constant',
      'LBP, constant ache',
      'LBP, constant dull ache in low back',
      'LBP, constant and worsening',
      'LBP constant since Monday',
    ]) {
      it(`"${line}" is constant pain`, () => assert.ok(present(hpi(line), 'constant-pain')));
    }
  });

  describe('review: guards on the screen readings', () => {
    for (const line of [
      'Perianal itch worse in the night',
      'LBP. Wheeze worse overnight.',
      'cough worse overnight',
      'heartburn worse lying down at night',
      'Itchy bottom. Worse at night.',
    ]) {
      it(`"${line}" is no night pain: "worse" tells of no pain`, () => assert.ok(!present(hpi(line), 'night-pain')));
    }
    for (const line of ['Back pain 3 wks. Worse at night.', 'LBP 6 wks, it is worse overnight', 'lower back ache worst at night', 'LBP hurts more at night']) {
      it(`"${line}" is night pain`, () => assert.ok(present(hpi(line), 'night-pain')));
    }
    for (const [line, id] of [
      ['LBP. Afebrile. NP to review with XR results tomorrow.', 'night-pain'],
      ['LBP. No fever. Discussed with NS, they will see in clinic.', 'night-sweats'],
      ['LBP. NO FEVER. LOW PAIN SCORE 3/10.', 'weight-loss'],
      ['3 mo M, sacral dimple. Afebrile, sweats a lot with feeds, cardiology f/u.', 'night-sweats'],
      ['LBP. Sweats after training, no fever.', 'night-sweats'],
      ['LBP, no LOW, NP review next week', 'night-pain'],
      ['LBP, NS consult, NP to see', 'night-sweats'],
    ] as const) {
      it(`"${line}" tells no ${id}`, () => assert.ok(!told(hpi(line), id)));
    }
    for (const line of [
      'LBP 5 wks constant worse lying down',
      'backache constant requiring regular paracetamol',
      'Lower back ache is constant mum reports',
      'Back sore constant today 9/10',
      'constant gnawing deep seated lower lumbar pain',
      'LBP, constant dribbling of pain into the buttock',
    ]) {
      it(`"${line}" is constant pain`, () => assert.ok(present(hpi(line), 'constant-pain')));
    }
  });
});
