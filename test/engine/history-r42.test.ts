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
