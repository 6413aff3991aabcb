/**
 * Round 58 (hyg58): a line keyed for the study to do (keyed-study.ts keyedStudy) refuses a study asked, put off to later or
 * for another child only after a "screening" lead (reading-vocabulary orderKeyedLine.refusingLeads), as before the round;
 * its lead words and its refusals are the reading vocabulary's orderKeyedLine group, and the relatives it names are the
 * ones a report's sentence names (study-reported.ts). The round applied the refusals to every order-keyed line; review
 * rhyg58 found 50 real orders dropped by it (a query closing the reason, an appointment's time, a parent's sake), and the
 * extension was taken out: those lines are orders again (near-miss tests below).
 */
import * as assert from 'node:assert/strict';
import { notThisChildNowOf, refusingLeadOf, studyLeadOf } from '../../server/src/clinical/keyed-study';
import { readingVocabulary } from '../../server/src/clinical/vocabulary';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const v = readingVocabulary().orderKeyedLine;
const head = ['Clinical hx: 5 wk old M, deep sacral dimple, base not seen. Exam: otherwise normal.'];

describe('an order-keyed line after a "screening" lead: asked, for later or for another child (hyg58)', () => {
  it('reads no order from a screening study for another child', () => {
    assert.equal(orderOf(...head, 'Req: screening US spine for her twin brother'), null);
    assert.equal(orderOf(...head, 'Radiology: screening spinal US for the sib'), null);
  });
  it('reads no order from a screening study asked about or put off', () => {
    assert.equal(orderOf(...head, 'Req: screening US spine? Mum asking'), null);
    assert.equal(orderOf(...head, 'Req: screening US spine in 3 months'), null);
    assert.equal(orderOf(...head, 'Ix: screening spinal US later'), null);
  });
  it('orders a screening study with its query', () => assert.equal(orderOf(...head, 'Req: screening US spine ?tethered cord'), 'us-area'));
  it('leaves a prose sentence led by "screening" to a study for later unread', () => {
    assert.equal(orderOf('5 wk old M, deep sacral dimple, base not seen. Screening US spine next year.'), null);
    assert.equal(orderOf('5 wk old M, deep sacral dimple, base not seen. Urgent US spine.'), 'us-area');
  });
});

describe('an order-keyed line with no "screening" lead is the order, as before round 58 (review rhyg58)', () => {
  it('orders a study whose reason closes on a query', () => {
    assert.equal(orderOf(...head, 'Req: US spine r/o tethered cord?'), 'us-area');
    assert.equal(orderOf(...head, 'Req: US spine for ?OSD?'), 'us-area');
    assert.equal(orderOf(...head, 'Ix: US spine - low-lying conus?'), 'us-area');
    assert.equal(orderOf(...head, 'Radiology: urgent spinal US, low conus?'), 'us-area');
  });
  it('orders a study whose sentence tells an appointment or a review ahead', () => {
    assert.equal(orderOf(...head, 'Req: US spine, appt in 2 weeks'), 'us-area');
    assert.equal(orderOf(...head, 'Req: US spine, review in 3 months with result'), 'us-area');
    assert.equal(orderOf(...head, 'Radiology: urgent spinal US, clinic review next week'), 'us-area');
  });
  it("orders a study for a parent's sake or with a parent's paperwork", () => {
    assert.equal(orderOf(...head, "Req: US spine for mum's reassurance"), 'us-area');
    assert.equal(orderOf(...head, 'Req: US spine, interpreter for mum'), 'us-area');
    assert.equal(orderOf(...head, 'Req: US spine, consent for parent to sign'), 'us-area');
  });
  it('orders a study for what it looks for', () => {
    assert.equal(orderOf(...head, 'Req: US spine for the dimple'), 'us-area');
  });
});

describe('reading-vocabulary orderKeyedLine', () => {
  it('passes over one to three lead words before the study', () => {
    const re = studyLeadOf(v.leadWords);
    assert.equal(re.exec('urgent same day US spine')?.[0], 'urgent same day ');
    assert.equal(re.exec('Follow-up screening US spine')?.[0], 'Follow-up screening ');
    assert.equal(re.exec('US spine urgent'), null);
    assert.equal(re.exec('screenings US spine'), null);
  });
  it('reads its lead words from the vocabulary', () => assert.equal(studyLeadOf(v.leadWords.filter((w) => w !== 'screening')).exec('screening US spine'), null));
  it('reads its refusing leads from the vocabulary', () => {
    assert.ok(refusingLeadOf(v.refusingLeads).test('Follow-up screening '));
    assert.ok(!refusingLeadOf(v.refusingLeads).test('urgent '));
    assert.ok(refusingLeadOf(['urgent']).test('urgent '));
  });
  it('refuses a time ahead, a question or another child, and their near misses stay', () => {
    const re = notThisChildNowOf(v.notThisChildNow);
    for (const s of ['US spine next year', 'US spine in 6 wks', 'US spine when older', 'US spine? mum asking', 'US spine for the older sibling', "US spine for pt's twin"])
      assert.ok(re.test(s), s);
    for (const s of ['US spine ?occult dysraphism', 'US spine today', 'US spine in 6', 'US spine for the dimple', 'US spine nextyear']) assert.ok(!re.test(s), s);
  });
  it('reads its refusals from the vocabulary', () => {
    const without = { ...v.notThisChildNow, timesAhead: v.notThisChildNow.timesAhead.filter((w) => w !== 'later'), otherChildren: ['cotwin'] };
    assert.ok(!notThisChildNowOf(without).test('US spine later'));
    assert.ok(!notThisChildNowOf(without).test('US spine for her twin'));
    assert.ok(notThisChildNowOf(without).test('US spine for her brother'), 'the relatives are shared, not listed here');
  });
});
