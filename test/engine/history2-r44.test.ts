/**
 * r44-history2 (held-out s53-s54): a skin marker told gone ("involuted, no mark now") is not present today, while one
 * still there, doubted, or beside a new cord sign keeps counting; a past history key holds past UTIs.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const sportsPain = 'HPI: LBP 2 wk after jump training camp. No fever, no night pain. Neuro exam normal.';

describe('r44: a skin marker told gone', () => {
  for (const t of [
    'sacral haemangioma as infant - involuted, no mark now',
    'sacral haemangioma as infant, now resolved',
    'lumbar hemangioma as a baby, since faded completely',
    'sacral hemangioma at birth, resolved by age 3',
  ])
    it(`"${t}" is no marker today`, () => {
      const lines = ['Pt: 14 y M', `PMH: ${t}.`, sportsPain, 'Order: XR L-spine'];
      assert.equal(presentIn('hemangioma', ...lines), false);
      assert.equal(readNote(...lines).scenario, 'back-pain-overuse');
    });
  // Harmful if wrong: each of these is still a marker and keeps the child in S1.
  for (const t of [
    'sacral haemangioma as infant, now smaller',
    'sacral haemangioma, still visible, partially involuted',
    'sacral haemangioma - not resolved',
    'sacral haemangioma as infant, resolved?',
    'sacral hemangioma, involuted but pale telangiectatic patch remains',
    'sacral hemangioma has involuted, faint residual mark',
    'sacral haemangioma, back pain resolved',
    'sacral haemangioma as infant',
    'midline lumbar hemangioma (1.5 cm), fully involuted now',
    'sacral haemangioma as infant, involuted',
    // Review r44 H1: something else told gone, or a treatment's work: the marker's cause stays.
    'sacral haemangioma, treated with propranolol, now resolved',
    'lumbosacral hemangioma treated with propranolol, rash resolved',
    'lumbar hemangioma with ulceration which resolved',
    'lumbar hemangioma, ulcer has resolved',
    'lumbar hemangioma, redness around it disappeared',
    'lumbar hemangioma, bleeding resolved',
    'lumbar hemangioma, no longer visible after laser',
    'lumbar hemangioma, on propranolol, now faded',
  ])
    it(`"${t}" is still a marker`, () => assert.equal(presentIn('hemangioma', 'Pt: 14 y M', `PMH: ${t}.`, sportsPain, 'Order: XR L-spine'), true));
  it('a marker before another one told gone stays ("hair tuft and haemangioma, the latter involuted")', () => {
    const lines = ['Pt: 14 y M', 'PMH: lumbar hair tuft and sacral haemangioma, the latter involuted.', 'Order: MRI L-spine'];
    assert.equal(presentIn('hair-tuft', ...lines), true);
    assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker');
  });
  it('a removed skin tag is still a marker', () => assert.equal(presentIn('skin-appendage', 'Pt: 3 y F', 'Exam: sacral skin tag removed at birth.', 'Order: MRI L-spine'), true));
  // Harmful if wrong: a gone marker beside new dribbling still asks for a neurosurgery referral.
  it('a gone marker beside a new urologic sign keeps S1 and the referral', () => {
    const r = readNote('Pt: 14 y M', 'Hx: sacral haemangioma as infant, involuted. Neuro normal. Now new urinary dribbling.', 'Order: MRI L-spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('escalation-referral'));
  });
});

describe('r44: past UTIs under a past-history key, none since', () => {
  const exam = 'Exam: sacral dimple ~3 mm in natal cleft. Neuro normal.';
  for (const t of [
    'Past hx (from records): recurrent UTIs x3 at age 2, renal US then normal, no UTIs since.',
    'Past hx: recurrent UTIs x3 at age 2, none since.',
    'PMH: recurrent UTIs x3 at age 2, renal US then normal, no UTIs since.',
  ])
    it(`"${t}" is no urologic sign now`, () => {
      const r = readNote('Child: 7 yrs M', t, 'Current: no wetting, no constipation.', exam, 'Order: MRI L-spine');
      assert.equal(r.rules.includes('escalation-referral'), false);
    });
  // Harmful if wrong: a urologic sign now still asks for a referral.
  for (const t of [
    'PMH: recurrent UTIs at age 2, no problems since, but wetting again now.',
    'Hx: dribbling since last month, no UTIs.',
    'Hx: recurrent UTIs x3 this year, last one 2 wk ago.',
  ])
    it(`"${t}" is a urologic sign now`, () => assert.ok(readNote('Child: 7 yrs M', t, exam, 'Order: MRI L-spine').rules.includes('escalation-referral')));
});

describe('r44 review: a past history clause told going on now', () => {
  const lines = (pmh: string) => ['Age: 3 y', 'Exam: sacral dimple 6 mm above cleft, neuro nl', pmh, 'Order: US lumbar spine'];
  // Harmful if wrong: an infection of the urine still recurring is a urologic sign, and with a marker the child is referred.
  for (const pmh of [
    'Past hx: recurrent UTIs since age 2, still getting them',
    'Past medical hx: recurrent UTIs, on prophylaxis, 2 breakthrough UTIs this month',
    'PMH: recurrent UTIs since March, 2 this month',
  ])
    it(`"${pmh}" is a urologic sign today`, () => assert.ok(readNote(...lines(pmh)).rules.includes('escalation-referral')));
  // Review r44c: a long-standing complaint, a brace or an old deficit told "still" is no new sign.
  for (const pmh of [
    'PMH: recurrent UTIs as a baby, none since',
    'PMH: recurrent UTIs at age 1, resolved',
    'PMH: enuresis, still bedwetting most nights',
    'PMH: night-time wetting, still',
    'PMH: nocturnal enuresis since age 3',
    'PMH: clubfoot, still in boots and bars',
  ])
    it(`"${pmh}" stays the past`, () => assert.ok(!readNote(...lines(pmh)).rules.includes('escalation-referral')));
});
