/**
 * Review of r13e (night pain, overuse, lab lines, neuro exam not done, IH, red patch): the severe misreadings found and
 * fixed, each with the reading the change meant to keep.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);

describe('review p-e: waking from sleep for another reason is no night pain', () => {
  it('an infant who woke from sleep crying with fever, or wakes to void, has no night pain', () => {
    assert.ok(
      !present(
        readNote('HPI: 4 mo M with hairy patch over lumbar spine. Woke from sleep crying with fever yesterday, now settled.', 'Exam: neuro normal.', 'Plan: US spine'),
        'night-pain',
      ),
    );
    const r = readNote('HPI: 13 yo, back pain x 3 wk after rugby. Waking from sleep to use the toilet; pain not at night.', 'Exam: neuro normal.', 'Plan: XR L-spine');
    assert.ok(!present(r, 'night-pain'));
    assert.equal(r.scenario, 'back-pain-overuse');
  });
  it('woken from sleep by the pain still is', () => {
    assert.ok(present(readNote('HPI: 13 yo, back pain x 3 wk; woke from sleep with pain twice.', 'Exam: neuro normal.', 'Plan: XR L-spine'), 'night-pain'));
  });
});

describe('review p-e: an unchanged thing beside a sport keeps the sport', () => {
  it('"weight unchanged, plays soccer", "pain unchanged, worse after gymnastics" are overuse', () => {
    assert.equal(readNote('HPI: 13 yo M, LBP x 3 wk. Weight unchanged, plays soccer 5x/week.', 'Exam: neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-overuse');
    assert.equal(readNote('HPI: 12 yo F, LBP x 3 wk, pain unchanged, worse after gymnastics.', 'Exam: neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-overuse');
    assert.equal(readNote('HPI: 11 yo M, back pain x 2 wk. Eating as usual, football 4 times a week.', 'Exam: neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-overuse');
  });
  it('"sports as usual" still is no overuse', () => {
    assert.equal(readNote('HPI: 13 yo M, LBP x 3 wk. Sports as usual.', 'Exam: neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
  it('"bag weight not excessive" is no heavy bag', () => {
    assert.equal(readNote('HPI: 12 yo F, LBP x 2 wk. Bag weight not excessive.', 'Exam: neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
});

describe('review p-e: a family worry on a lab line is no suspicion', () => {
  it('"Lab: ESR 8, CRP 3. Mum worried about cancer, reassured." suspects no tumour and names no cancer', () => {
    const r = readNote('HPI: 12 yo M, back pain x 2 wk, football.', 'Exam: neuro intact.', 'Lab: ESR 8, CRP 3. Mum worried about cancer, reassured.', 'Plan: XR L-spine');
    assert.equal(r.scenario, 'back-pain-overuse');
    assert.ok(!present(r, 'malignancy'));
    assert.equal(
      readNote('HPI: 12 yo M, back pain x 2 wk, football.', 'Exam: neuro intact.', 'FBC: normal, parents concerned about leukaemia - reassured.', 'Plan: XR L-spine').scenario,
      'back-pain-overuse',
    );
  });
  it("the clinician's worry still is one", () => {
    assert.equal(
      readNote('HPI: 12 yo M, back pain x 2 wk, football.', 'Exam: neuro intact.', 'Lab: ESR 8. I am worried about leukaemia.', 'Plan: MRI L-spine').scenario,
      'back-pain-infection-tumor',
    );
  });
});

describe('review p-e: a normal exam told after "not done" counts', () => {
  it('an exam deferred then done, or not done at a past visit, is normal', () => {
    assert.equal(
      readNote('HPI: 12 yo M, back pain x 3 wk.', 'Exam: full neuro exam deferred at triage.', 'Reassessed: neuro exam normal, strength 5/5 BLE.', 'Plan: XR L-spine').facts.neuro
        .state,
      'normal',
    );
    assert.equal(
      readNote('HPI: 12 yo M, back pain x 3 wk. At the last visit I did not examine him neurologically.', 'Exam: neuro intact, reflexes 2+ symmetric.', 'Plan: XR L-spine').facts
        .neuro.state,
      'normal',
    );
  });
});

describe('review p-e: IH in other senses', () => {
  it('idiopathic intracranial hypertension beside a lumbar puncture is no haemangioma', () => {
    const r = readNote('HPI: 14 yo F, back pain x 3 wk. Known IH, lumbar puncture opening pressure 32, on acetazolamide.', 'Exam: neuro intact.', 'Plan: XR L-spine');
    assert.ok(!present(r, 'hemangioma'));
    assert.equal(r.scenario, 'back-pain-no-red-flags');
    assert.ok(!present(readNote('HPI: 15 yo M with IH, midline back pain after LP last week.', 'Exam: neuro intact.', 'Plan: XR L-spine'), 'hemangioma'));
  });
  it('bilateral IH (hernias) is no haemangioma', () => {
    assert.ok(!present(readNote('HPI: 4 mo M, midline lumbar dimple. Bilateral IH, surgeons to book.', 'Exam: neuro normal.', 'Plan: US spine'), 'hemangioma'));
  });
});

describe('review p-e: a red patch listed beside a haemangioma is its own mark', () => {
  it('"hemangioma over L2 and a separate flat red patch over the sacrum" is both', () => {
    const r = readNote('HPI: 2 mo F, hemangioma over L2 and a separate flat red patch over the sacrum.', 'Exam: neuro normal.', 'Plan: US spine');
    assert.ok(present(r, 'hemangioma'));
    assert.ok(present(r, 'discoloration'));
  });
  it('"red patch, likely an early hemangioma" is the haemangioma', () => {
    const r = readNote('HPI: 2 mo F, red patch over the sacrum, likely an early hemangioma.', 'Exam: neuro normal.', 'Plan: US spine');
    assert.ok(present(r, 'hemangioma'));
    assert.ok(!present(r, 'discoloration'));
  });
});
