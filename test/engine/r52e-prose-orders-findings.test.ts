/**
 * Round 52 (fix52e), orders and findings written in ordinary prose: a study ordered after a dash that closes a line of
 * findings, a "Now:" line naming today's study, a key naming what the study is for ("Scoliosis surveillance:"), a pain's
 * length written "6/52 hx LBP", a deviated upper gluteal cleft, and carers who "remain worried" about the child's dimple.
 * Each reading with the look-alikes (asked, conditional, another's, past, done, declined, negated) it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote, presentIn } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('r52e: a study ordered after a dash that closes a line of findings', () => {
  // Findings told normal before the dash: the sentence whole reads "normal" as the study's result, so only the dash clause
  // read on its own orders (with "neuro intact" the sentence whole is read as before, by main's readings).
  const lbp = '13 yo F, low back pain 3 months, no night pain, no fever, neuro normal';
  it('reads the dash clause as a sentence of its own', () => {
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested.`), 'xr-area');
    assert.equal(orderOf(`${lbp}, SLR normal - MRI L-spine booked`), 'mri-area-without');
    assert.equal(orderOf('11 y M, back pain after football, reflexes normal - XR T/L spine arranged.'), 'xr-area');
    assert.equal(orderOf(`${lbp}, exam normal – XR L-spine ordered.`), 'xr-area');
  });
  it("leaves a dash clause negated, asked, conditioned, put off, another's or told past unordered", () => {
    assert.equal(orderOf(`${lbp} - XR lumbar spine not requested.`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested?`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested if no better in 6 weeks.`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine to be requested.`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested by mum.`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested for her brother.`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested by GP last year.`), null);
    assert.equal(orderOf(`${lbp} - XR lumbar spine requested at last visit - normal.`), null);
  });
  it('leaves it when the words before the dash name a study of their own', () => {
    assert.equal(orderOf('13 yo F, low back pain 3 months, MRI normal - XR lumbar spine requested.'), null);
  });
});

describe('r52e: a "Now:" line names the study of today', () => {
  const before = ['17 y F, restrained passenger in a car crash yesterday. Mid back pain, TTP T8. Neuro normal.', 'XR T-spine in ED: no fracture seen.'];
  it('reads the study opening it as the order', () => {
    assert.equal(orderOf(...before, 'Now: MRI thoracic spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf('9 yo M, back pain 4 weeks, night pain. Then: XR L-spine normal.', 'Now: MRI lumbar spine without contrast.'), 'mri-area-without');
  });
  it('leaves one done, with its result, conditioned, asked or declined unordered', () => {
    assert.equal(orderOf('17 y F. Mid back pain.', 'Now: MRI thoracic spine done - normal.'), null);
    assert.equal(orderOf('17 y F. Mid back pain.', 'Now: MRI thoracic spine if worse.'), null);
    assert.equal(orderOf('17 y F. Mid back pain.', 'Now: MRI thoracic spine?'), null);
    assert.equal(orderOf('17 y F. Mid back pain.', 'Now: MRI thoracic spine declined by parents.'), null);
    assert.equal(orderOf('17 y F. Mid back pain.', 'Now: no imaging needed.'), null);
    assert.equal(orderOf('17 y F. Mid back pain.', 'Now: MRI L-spine vs XR - discuss with mum.'), null);
  });
});

describe('r52e: a key naming what its study is for', () => {
  const dmd = '8 y M, DMD on steroids, ambulant. No back pain.';
  it('reads a value that is the study and its technique alone as the order', () => {
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR (standing PA).'), 'xr-complete');
    assert.equal(orderOf(dmd, 'Scoliosis screening: XR whole spine PA and lateral.'), 'xr-complete');
  });
  it("leaves a study with a result, a date, a time to come, a question or a condition, and a relative's, unordered", () => {
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR - Cobb 12 degrees.'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR in 2024, Cobb 8.'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR when he stops walking.'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR at next visit.'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR?'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR if Cobb progresses.'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: whole spine XR done last month, stable.'), null);
    assert.equal(orderOf(dmd, 'Sibling screening: whole spine XR.'), null);
    assert.equal(orderOf(dmd, 'Previous surveillance: whole spine XR (standing PA).'), null);
  });
});

describe('r52e: a pain\'s length written "8/52 hx LBP"', () => {
  const weeksOf = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;
  it('reads the weeks before "hx" and the pain', () => {
    assert.equal(weeksOf('15 y/o M. 8/52 hx LBP, gradually worse. No trauma.', 'Order: XR lumbar spine'), 8);
    assert.equal(weeksOf('Presentation: 12 yo F, 6 wk hx low back pain', 'Order: XR lumbar spine'), 6);
  });
  it("reads no length that is not the pain's", () => {
    assert.equal(weeksOf('Presentation: 12 yo F, 6/52 hx cough. Back pain since Monday.', 'Order: XR lumbar spine'), undefined);
    assert.equal(weeksOf('Presentation: 12 yo F, LBP, rv in 6/52 hx reviewed', 'Order: XR lumbar spine'), undefined);
    assert.equal(weeksOf('Presentation: 12 yo F, 2/52 hx fever, now LBP', 'Order: XR lumbar spine'), undefined);
  });
});

describe('r52e: a deviated upper gluteal cleft', () => {
  it('is the deviated cleft', () => {
    assert.ok(presentIn('deviated-cleft', 'Exam: deviated upper gluteal cleft; no dimple, no tuft.'));
    assert.ok(presentIn('deviated-cleft', 'Exam: asymmetric upper natal cleft.'));
  });
  it('is none negated or told normal', () => {
    assert.ok(!presentIn('deviated-cleft', 'Exam: no deviated upper gluteal cleft, no dimple.'));
    assert.ok(!presentIn('deviated-cleft', 'Exam: upper gluteal cleft normal, no dimple.'));
    assert.ok(!presentIn('deviated-cleft', 'Exam: upper gluteal cleft straight.'));
  });
});

describe('r52e: carers who "remain worried" about the child\'s dimple', () => {
  it("tell the child's finding", () => {
    assert.ok(presentIn('sacral-dimple', '10 mo F.', 'Parents remain worried about the dimple at the base of her spine.'));
    assert.ok(presentIn('sacral-dimple', '10 mo F.', 'Mum remains concerned about the sacral dimple.'));
  });
  it("not another child's nor the carer's own", () => {
    assert.ok(!presentIn('sacral-dimple', '10 mo F.', 'Mum remains concerned about the dimple on his brother.'));
    assert.ok(!presentIn('sacral-dimple', '10 mo F.', 'Parents remain worried; no dimple seen on exam.'));
  });
});
