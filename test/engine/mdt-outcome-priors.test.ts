/**
 * Task r19f: a meeting's "Outcome:", "Action:", "Decision:" read as the plan (keys.ts `besides`) is read sentence by
 * sentence: a sentence that reports a study done is a prior and never the order; one that chases the study's records or
 * declines it orders nothing; one that is only a study to do stays the order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const LBP = 'HPI: 13 yo F, low back pain 6 wk, night pain.';
const INFANT = 'HPI: 4 mo F, sacral dimple 6 mm, above cleft.';
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priorsOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);

describe('r19f: an MDT outcome, action or decision that reports a study done', () => {
  it('keeps the prior normal radiograph (negative-radiographs)', () => {
    for (const line of ['Outcome: previous XR normal; no imaging.', 'Action: XR L-spine done at OSH - normal.']) {
      const r = readNote(LBP, line);
      assert.deepEqual(
        r.facts.prior.map((p) => `${p.modality}:${p.result}`),
        ['XR:normal'],
        line,
      );
      assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs', line);
      assert.equal(r.facts.order, undefined, line);
    }
  });
  it('reads a dated or reported study as a prior, not an order', () => {
    const us = readNote(INFANT, 'Outcome: US spine 2 wk ago normal. Discharge.');
    assert.equal(us.facts.order, undefined);
    assert.deepEqual(
      us.facts.prior.map((p) => `${p.modality}:${p.result}`),
      ['US:normal'],
    );
    assert.ok(!us.rules.includes('ultrasound-window-closing'));
    assert.equal(orderOf(LBP, 'Outcome: MRI whole spine last month - normal.'), null);
    assert.deepEqual(priorsOf(LBP, 'Outcome: MRI whole spine last month - normal.'), ['MRI:normal']);
    const ct = readNote(LBP, 'Outcome: CT showed pars defect.');
    assert.equal(ct.facts.order, undefined);
    assert.deepEqual(
      ct.facts.prior.map((p) => `${p.modality}:${p.result}`),
      ['CT:abnormal'],
    );
    assert.ok(!ct.rules.includes('not-appropriate-for-scenario'));
  });
  it('beside "Plan:", still reads the reported study as a prior', () => {
    assert.deepEqual(priorsOf(LBP, 'Plan: physio.', 'Outcome: CT showed pars defect.'), ['CT:abnormal']);
    assert.equal(orderOf(LBP, 'Plan: physio.', 'Outcome: CT showed pars defect.'), null);
  });
  it('orders nothing when it chases records or is declined', () => {
    assert.equal(orderOf(LBP, 'Action: chase OSH MRI report.'), null);
    assert.equal(orderOf(LBP, 'Action: request previous MRI images.'), null);
    assert.equal(orderOf(LBP, 'Action: obtain images from OSH.'), null);
    assert.equal(orderOf(LBP, 'Decision: MRI under GA — parents declined.'), null);
  });
  it('keeps the study to do beside the one reported', () => {
    const r = readNote(LBP, 'Outcome: XR normal. MRI L-spine w/o.');
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.deepEqual(
      r.facts.prior.map((p) => `${p.modality}:${p.result}`),
      ['XR:normal'],
    );
    assert.equal(orderOf(LBP, 'Outcome: MRI L-spine w/o; previous XR normal.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Outcome: chase OSH XR report; MRI L-spine w/o.'), 'mri-area-without');
  });
});

describe('r19f near-misses: an MDT outcome that is the study to do stays the order', () => {
  it('a study booked, to do, or to be done', () => {
    assert.equal(orderOf(LBP, 'Outcome: MRI L-spine booked'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Outcome: MRI L-spine to be done next week.'), 'mri-area-without');
    assert.equal(orderOf(INFANT, 'Action: US spine to be done at local hospital.'), 'us-area');
    assert.equal(orderOf(INFANT, 'Outcome: repeat US spine in 2 wk.'), 'us-area');
    assert.equal(orderOf(LBP, 'Actions: MRI L-spine w/o. Physio. Review in clinic.'), 'mri-area-without');
  });
  it('a numbered plan with a conditional second study', () => {
    assert.equal(orderOf(INFANT, 'Outcome: 1) Spinal ultrasound now 2) MRI only if the US is abnormal'), 'us-area');
  });
  it('a study with who does it, or its report sent after a dash', () => {
    assert.equal(orderOf(LBP, 'Action: MRI whole spine without contrast - radiology (Dr Ng)'), 'mri-complete-without');
    assert.equal(orderOf(LBP, 'Outcome: MRI L-spine w/o under GA — report to Dr Ng.'), 'mri-area-without');
  });
  it('a sentence of two studies is left to the plan reading', () => {
    assert.equal(orderOf(LBP, 'Outcome: previous MRI reviewed - repeat MRI L-spine w/o.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Decision: XR declined, MRI L-spine w/o instead.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Decision: MRI L-spine w/o, parents agree.'), 'mri-area-without');
  });
  it('"Plan:" itself is read as before', () => {
    assert.equal(orderOf(LBP, 'Plan: MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf(LBP, 'Plan: physio.', 'Outcome: MRI L-spine w/o.'), null);
  });
});
