/**
 * Round 52 (fix52e), orders and findings written in ordinary prose: a study ordered after a dash that closes a one-line note
 * of findings, a pain's length written "6/52 hx LBP", a deviated upper gluteal cleft (and its query denied), and carers who
 * "remain worried" about the child's dimple. Each reading with the look-alikes (asked, conditional, another's, past, done,
 * declined, negated) it must leave alone, and the harms review r52 found, read as main reads them. The "Now:" key and the
 * purpose key ("Scoliosis surveillance:") were taken out after review r52: their harms are kept as near-misses.
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
    assert.equal(orderOf('11 y M, back pain after football, reflexes normal - XR T/L spine ordered.'), 'xr-area');
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

describe('r52e: near-misses of the findings dash (review r52)', () => {
  // Anything between the study and its order word, another line in the note, or an order word other than
  // requested/ordered/booked: the sentence is read whole, as on main.
  const tuft = '5 mo F. Hair tuft over L5, no dimple, neuro normal - XR lumbar spine';
  it('reads no order with words between the study and the order word', () => {
    for (const rest of [
      'was requested.',
      'for her twin requested.',
      'for sibling requested.',
      'originally requested, now cancelled.',
      'initially requested.',
      'mistakenly requested.',
      'no longer requested.',
      'for mum requested.',
      'of sibling requested.',
      'no longer needed or requested.',
      'originally requested.',
    ])
      assert.equal(orderOf(`${tuft} ${rest}`), null, rest);
    assert.equal(orderOf('12 yo M, low back pain 1 week, no fever, no night pain, neuro normal - XR L-spine was requested.'), null);
    assert.equal(orderOf('12 yo M, low back pain 1 week, no fever, no night pain, neuro normal - XR L-spine had been booked.'), null);
  });
  it('reads no order when another line tells the study done or the line is a letter or a past visit', () => {
    assert.equal(
      orderOf('5 mo F. Hair tuft over L5 noted at 6 wk check, neuro normal - US spine requested.', 'US spine (done at 8 wks): normal.', 'Plan: reassure, no further imaging.'),
      null,
    );
    assert.equal(orderOf('5 mo F.', 'At last visit hair tuft over L5, neuro normal - US spine requested.', 'US spine since: normal. No further imaging.'), null);
    assert.equal(orderOf('5 mo F. Hair tuft over L5.', 'GP letter: neuro normal - US spine requested.', 'US spine: normal. Plan: discharge.'), null);
    assert.equal(orderOf('Discharge summary: hair tuft over L5, neuro normal - US spine arranged.', 'US spine result: normal.', 'Now 5 mo F, well. Plan: discharge.'), null);
    assert.equal(orderOf('5 mo F. On day 2 of life hair tuft over L5 seen, neuro normal - US spine arranged.', 'US spine at 2 wks: normal. Plan: discharge.'), null);
    assert.equal(orderOf('5 mo F. As a newborn: hair tuft over L5, neuro normal - US spine requested.', 'US spine at 6 wks normal. No further imaging.'), null);
  });
});

describe('r52e: taken out after review r52 — "Now:" is no planned-study key', () => {
  const tuft = '2 yo F with hair tuft at L4, neuro normal.';
  it('reads no order from a "Now:" line', () => {
    for (const now of [
      'Now: MRI L-spine - tethered cord, NSGY aware.',
      'Now: MRI L-spine unnecessary.',
      'Now: MRI L-spine for her brother.',
      'Now: MRI L-spine result awaited.',
      'Now: MRI L-spine no longer needed.',
      'Now: MRI L-spine for sibling.',
      'Now: MRI L-spine stable.',
      'Now: MRI L-spine reassuring.',
    ])
      assert.equal(orderOf(tuft, now), null, now);
  });
});

describe('r52e: taken out after review r52 — a key naming what its study is for orders nothing', () => {
  const dmd = '8 y M, DMD on steroids, ambulant. No back pain.';
  it("reads no order from a past, a relative's or a newborn screening or surveillance key", () => {
    assert.equal(orderOf(dmd, 'Last surveillance: XR whole spine (standing PA).', 'Plan: clinical review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Most recent surveillance: XR whole spine.', 'Plan: clinical review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Recent surveillance: XR whole spine (standing PA).', 'Plan: review in 6 months, no imaging today.'), null);
    assert.equal(orderOf(dmd, 'Investigations to date:', 'Scoliosis surveillance: XR whole spine (standing PA)', 'Plan: review in clinic 6 months, no imaging today.'), null);
    assert.equal(orderOf(dmd, 'Results:', 'Scoliosis surveillance: XR whole spine.', 'Plan: no imaging today.'), null);
    assert.equal(orderOf(dmd, 'Prior imaging:', '- Renal screening: US kidneys', '- Scoliosis surveillance: XR whole spine', 'Plan: review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Sib screening: XR whole spine.'), null);
    assert.equal(orderOf(dmd, 'Twin screening: XR whole spine.'), null);
    assert.equal(orderOf(dmd, 'Newborn screening: US spine.', 'Plan: review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Neonatal screening: US spine.', 'Plan: review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Initial screening: XR whole spine.', 'Plan: review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Birth screening: US spine.', 'Plan: review 6 months.'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: XR whole spine', 'Last done: 2024', 'Next due: 2026'), null);
    assert.equal(orderOf(dmd, 'Scoliosis surveillance: XR whole spine', 'Done: 12/2025, Cobb 10.', 'Plan: review 1 year.'), null);
    assert.equal(orderOf('2 yo M, hair tuft L4, neuro normal.', 'Previous imaging:', 'Newborn screening: US spine', 'Plan: MRI L-spine w/o.'), 'mri-area-without');
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
  it('reads no length with another complaint between "hx" and the pain, or a relative before it (review r52)', () => {
    const rest = ['No fever, no night pain, neuro normal.', 'Order: XR L-spine'];
    for (const pain of [
      '12 yo F. 6/52 hx URTI then LBP x 3 days.',
      '12 yo F. 6/52 hx cough now LBP 3 days.',
      '12 yo F. 10/52 hx constipation and LBP 4 days.',
      '12 yo F. 6/12 hx migraine with LBP since yesterday.',
      '12 yo F. Dad 8/52 hx LBP. Pt LBP 3 days.',
      '12 yo F. 6/52 hx torticollis then back pain 2 days.',
    ]) {
      const note = readNote(pain, ...rest);
      assert.equal(note.scenario, 'back-pain-no-red-flags', pain);
      assert.ok((note.facts.painWeeks?.weeks ?? 0) < 6, pain);
    }
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
  it('is none when asked or told by another and then denied in its sentence (review r52)', () => {
    const rest = ['Neuro normal.', 'Order: US spine'];
    assert.ok(!presentIn('deviated-cleft', '2 yo M. Referred for ?deviated upper gluteal cleft; on exam cleft straight and symmetric.', ...rest));
    assert.ok(!presentIn('deviated-cleft', '2 yo M. GP queried deviated upper gluteal cleft, not confirmed on exam, cleft symmetric.', ...rest));
    assert.ok(!presentIn('deviated-cleft', '2 yo M. ?Deviated upper gluteal cleft - not on my exam, cleft symmetric.', ...rest));
    assert.ok(!presentIn('deviated-cleft', '2 yo M. Previously reported asymmetric upper natal cleft, today symmetric.', ...rest));
    assert.ok(presentIn('deviated-cleft', '2 yo M. Deviated upper gluteal cleft, lower cleft straight.', ...rest));
    assert.ok(presentIn('deviated-cleft', '2 yo M. Referred for ?deviated upper gluteal cleft; on exam deviated upper gluteal cleft confirmed.', ...rest));
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
  it('not in a clause opened by if, should, unless or in case, nor about "a" finding (review r52)', () => {
    const dimple = '3 mo F. Sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, not deep. Neuro normal. Reassured.';
    assert.equal(orderOf(`${dimple} If parents remain worried at review, US spine.`), null);
    assert.equal(orderOf(`${dimple} If mum remains concerned, we will arrange US spine.`), null);
    assert.equal(orderOf(`${dimple} Should parents remain anxious, happy to request US spine.`), null);
    assert.ok(
      !presentIn(
        'hair-tuft',
        '3 mo F. Sacral dimple 3 mm within gluteal cleft, 1 cm from anus, not deep. No hair tuft; parents remain worried about a tuft. Neuro normal.',
        'Order: US spine',
      ),
    );
    assert.ok(!presentIn('lipoma', '10 mo F. Parents remain worried about a lump on her back; exam: no lipoma, no tuft, skin normal. Neuro normal.', 'Order: US spine'));
  });
});
