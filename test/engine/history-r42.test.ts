/**
 * r42-history: radicular pain told of a back that gave it is back pain; a cancer asked in the plan is a suspected tumour;
 * a coordination disorder's long-standing clumsiness is no new neurologic symptom.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, readNote } from '../helpers';

describe('r42: radicular pain from the back', () => {
  it('a pop in the lower back or a disc herniation makes the leg pain back pain', () => {
    assert.equal(readNote("16 y M. Deadlifting, felt a 'pop' in lower back. Now shooting pain down R leg.", 'Plan: MRI L-spine.').scenario, 'back-pain-red-flags');
    assert.equal(readNote('15 y M. Shooting pain down L leg. Dx: ?L5/S1 disc herniation', 'Plan: MRI L-spine.').scenario, 'back-pain-red-flags');
  });
  it("a leg pain with no back named, a denied, a relative's or a planned-question disc stays no back pain", () => {
    assert.equal(readNote('15 y M. Shooting pain down R leg since football. Knee swollen.', 'Plan: MRI L-spine.').scenario, 'no-criteria');
    assert.equal(readNote('15 y M. Shooting pain down L leg. No disc herniation on MRI last year.', 'Plan: MRI L-spine.').scenario, 'no-criteria');
    assert.equal(readNote('15 y M. Shooting pain down L leg. Dad has a slipped disc.', 'Plan: MRI L-spine.').scenario, 'no-criteria');
    assert.equal(readNote('15 y M. Sciatica, pain radiating down leg. Felt a pop in the knee.', 'Plan: MRI L-spine.').scenario, 'no-criteria');
    assert.equal(readNote('15 y M. Shooting pain down R leg.', 'Plan: MRI to exclude disc herniation').scenario, 'no-criteria');
  });
});

describe('r42: a cancer asked in the plan', () => {
  const note = (plan: string) => readNote('15 y F. Night sweats and mid-back pain waking her from sleep for 3 wks. Tender T7.', plan).scenario;
  it('"?lymphoma", "concern for leukemia" in the plan suspect a tumour', () => {
    assert.equal(note('Plan: CXR urgent. Urgent onc referral ?lymphoma.'), 'back-pain-infection-tumor');
    assert.equal(note('Plan: concern for leukemia. CBC.'), 'back-pain-infection-tumor');
  });
  it("a denied, doubted, conditional, rule-out, relative's or care word in the plan suspects none", () => {
    assert.equal(note('Plan: lymphoma unlikely. CXR.'), 'back-pain-red-flags');
    assert.equal(note('Plan: no concern for leukemia.'), 'back-pain-red-flags');
    assert.equal(note('Plan: if fever returns ?leukemia.'), 'back-pain-red-flags');
    assert.equal(note('Plan: r/o leukemia with CBC.'), 'back-pain-red-flags');
    assert.equal(note('Plan: mum has lymphoma, ?same.'), 'back-pain-red-flags');
    assert.equal(note('Plan: ?chemo side effect.'), 'back-pain-red-flags');
  });
});

describe('r42: developmental clumsiness', () => {
  const neuro = (...l: string[]) => readNote(...l).facts.hits.some((h) => h.present && h.finding.category === 'neurologic-symptom');
  it('the clumsiness of a DCD assessment or told always there is no symptom', () => {
    assert.equal(neuro('Child Development Centre - DCD assessment. 5y 3m boy referred by school for clumsiness and poor handwriting.', 'Findings: gait normal.'), false);
    assert.equal(neuro('6y boy, always been clumsy. Sacral dimple 3 mm.'), false);
  });
  it('new or worse clumsiness, clumsiness not told developmental, a denied DCD and other signs stay', () => {
    assert.equal(neuro('5y boy with DCD, now increasingly clumsy and falling since summer.'), true);
    assert.equal(neuro('7y dyspraxic boy, worse clumsiness this term.'), true);
    assert.equal(neuro('5y boy, clumsiness for 2 months. Not DCD.'), true);
    assert.equal(neuro('6y boy, clumsy. Sacral dimple 3 mm.'), true);
    assert.equal(neuro('6y girl with dyspraxia. Clumsy. New limp.'), true);
  });
});

describe('r42: urine that drips is a urologic sign', () => {
  const DIMPLE = 'Girl 2 years 6 months. Skin appendage in sacral region midline with a dimple below it. Reflexes normal.';
  it("'drips urine all the time', 'urine dripping' are abnormal voiding", () => {
    assert.ok(categoryPresentIn('urologic-symptom', DIMPLE, "Mother notes she 'drips' urine all the time, new since 3 months.", 'Plan: MRI L-spine.'));
    assert.ok(categoryPresentIn('urologic-symptom', DIMPLE, 'Urine dripping constantly from nappy since 2 months.', 'Plan: MRI L-spine.'));
  });
  it('an IV drip, a denied or a relative’s dripping is none', () => {
    assert.ok(!categoryPresentIn('urologic-symptom', DIMPLE, 'IV drip running overnight for fluids.', 'Plan: MRI L-spine.'));
    assert.ok(!categoryPresentIn('urologic-symptom', DIMPLE, 'No dripping urine, dry nappies between feeds.', 'Plan: MRI L-spine.'));
  });
});

describe('review r42: a coordination disorder clears clumsiness only when long-standing and asserted', () => {
  const LIPOMA = 'Skin: soft lipoma over the lumbosacral midline.';
  const clumsy = (...lines: string[]) => categoryPresentIn('neurologic-symptom', ...lines, LIPOMA, 'Plan: MRI L-spine.');
  it('keeps clumsiness a sign when the disorder is only asked, or anything tells it new, worse or recent', () => {
    assert.ok(clumsy('7 y F referred by school for clumsiness, ?DCD vs neuro cause. Mum says she was fine until Easter.'));
    assert.ok(clumsy('8 y M, dx DCD - but parents report clumsy and unsteady, becoming clumsier each month.'));
    assert.ok(clumsy('6 y M, ?dyspraxia. Clumsy, 2 month history.'));
    assert.ok(clumsy('9 y M, always been clumsy per dad; clumsy ++ this term, teacher noticed.'));
    assert.ok(clumsy('8 y F. Hx: DCD. 3 wk hx of clumsy gait, back pain at night.'));
  });
  it('clears the long-standing clumsiness a DCD assessment is for', () => {
    assert.ok(!clumsy('Child Development Centre - DCD assessment. 5 y boy referred by school for clumsiness and poor handwriting. Neuro exam normal, gait normal.'));
  });
});

describe('review r42: a cancer asked in the plan by the family, or dismissed on its line, is no suspicion', () => {
  const BACK = '12 y M. Low back pain 3 wk after football, no night pain, no fever, no weight loss. Neuro normal.';
  it('reads no tumour', () => {
    assert.notEqual(readNote(BACK, 'Plan: dad asking ?lymphoma (his brother had it) - reassured. XR L-spine.').scenario, 'back-pain-infection-tumor');
    assert.notEqual(readNote(BACK, 'Plan: Urgent onc referral ?lymphoma -> oncology said unlikely, no need. XR L-spine.').scenario, 'back-pain-infection-tumor');
  });
  it('keeps the writer’s own question a suspected tumour', () => {
    assert.equal(readNote(BACK, 'Plan: Urgent onc referral ?lymphoma. XR L-spine.').scenario, 'back-pain-infection-tumor');
  });
});
