/**
 * Round 58 (hyg58): a line keyed for the study to do (keyed-study.ts keyedStudy) refuses a study asked, put off to later or
 * for another child whatever its lead, not after "screening" alone; its lead words and its refusals are the reading
 * vocabulary's orderKeyedLine group, and the relatives it names are the ones a report's sentence names (study-reported.ts).
 */
import * as assert from 'node:assert/strict';
import { notThisChildNowOf, studyLeadOf } from '../../server/src/clinical/keyed-study';
import { readingVocabulary } from '../../server/src/clinical/vocabulary';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const v = readingVocabulary().orderKeyedLine;

describe('an order-keyed line asked, for later or for another child, whatever its lead (hyg58)', () => {
  const head = ['Clinical hx: 5 wk old M, deep sacral dimple, base not seen. Exam: otherwise normal.'];
  it('reads no order from a study for another child, with no lead or another lead', () => {
    assert.equal(orderOf(...head, 'Req: US spine for her twin brother'), null);
    assert.equal(orderOf(...head, 'Radiology: urgent spinal US for the sib'), null);
    assert.equal(orderOf(...head, 'Req: US spine for his co-twin'), null);
  });
  it('reads no order from a study asked about or put off', () => {
    assert.equal(orderOf(...head, 'Req: US spine? Mum asking'), null);
    assert.equal(orderOf(...head, 'Req: repeat US spine in 3 months'), null);
    assert.equal(orderOf(...head, 'Ix: spinal US later'), null);
  });
  it('still orders the study with its query, its lead or no lead', () => {
    assert.equal(orderOf(...head, 'Req: US spine ?tethered cord'), 'us-area');
    assert.equal(orderOf(...head, 'Radiology: urgent spinal US'), 'us-area');
    assert.equal(orderOf(...head, 'Req: US spine for the dimple'), 'us-area');
    assert.equal(orderOf(...head, 'Req: US spine for twin 1'), 'us-area');
  });
  it('leaves a prose sentence led to a study for later unread, as on the keyed line', () => {
    assert.equal(orderOf('5 wk old M, deep sacral dimple, base not seen. Screening US spine next year.'), null);
    assert.equal(orderOf('5 wk old M, deep sacral dimple, base not seen. Urgent US spine.'), 'us-area');
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
  it('refuses a time ahead, a question or another child, and their near misses stay', () => {
    const re = notThisChildNowOf(v.notThisChildNow);
    for (const s of ['US spine next year', 'US spine in 6 wks', 'US spine when older', 'US spine? mum asking', 'US spine for the older sibling', "US spine for pt's twin"])
      assert.ok(re.test(s), s);
    for (const s of [
      'US spine ?occult dysraphism',
      'US spine today',
      'US spine in 6',
      'US spine for the dimple',
      'US spine for twin A',
      'US spine for Twin 2',
      'US spine nextyear',
    ])
      assert.ok(!re.test(s), s);
  });
  it('reads its refusals from the vocabulary', () => {
    const without = { ...v.notThisChildNow, timesAhead: v.notThisChildNow.timesAhead.filter((w) => w !== 'later'), otherChildren: ['cotwin'] };
    assert.ok(!notThisChildNowOf(without).test('US spine later'));
    assert.ok(!notThisChildNowOf(without).test('US spine for her twin'));
    assert.ok(notThisChildNowOf(without).test('US spine for her brother'), 'the relatives are shared, not listed here');
  });
});

describe('an order-keyed line whose question is its reason (hyg58, orders-r33-mend2)', () => {
  it('orders the study whose "?" closes the reason after a dash, whatever its lead', () => {
    const head = 'Clinical hx: 5 wk old M, deep sacral dimple, base not seen.';
    assert.equal(orderOf(head, 'Ix: US spine - low-lying conus?'), 'us-area');
    assert.equal(orderOf(head, 'Req: screening US spine (tethered cord?)'), 'us-area');
    assert.equal(orderOf(head, 'Req: US spine? Mum asking'), null);
  });
});
