/**
 * Round 57 (fix57f): legacy requisitions' order keys and earlier studies said not to exist. A requisition's study told with
 * why it is done ("Req: screening US spine") is the order; "No prior US/MRI" denies both studies its slash joins. Each
 * reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priorsOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);

describe('a requisition line whose study is told as a screening (fix57f, s153-021)', () => {
  const head = ['Clinical hx: 5 wk old M, sister with spina bifida. Exam: no dimple, no tuft.'];
  it('reads "Req: screening US spine" as the order, in capitals or not', () => {
    assert.equal(orderOf(...head, 'Req: screening spinal US'), 'us-area');
    assert.equal(orderOf('CLINICAL HX: 5 WK OLD M, SISTER WITH SPINA BIFIDA. NO DIMPLE.', 'REQ: SCREENING US SPINE', 'MD: OKAFOR'), 'us-area');
    assert.equal(orderOf(...head, 'Imaging: routine screening US spine'), 'us-area');
  });

  it('leaves a screening study conditioned, declined, reported or asked about by a parent unordered', () => {
    assert.equal(orderOf(...head, 'Req: screening US spine if a dimple is found at the 6 week check'), null);
    assert.equal(orderOf(...head, 'Plan: screening US spine not indicated'), null);
    assert.equal(orderOf(...head, 'Req: screening US spine done at 1 wk, normal'), null);
    assert.equal(orderOf('5 wk old M, sister with spina bifida. No dimple. Dad asks about a screening US spine.'), null);
    assert.equal(orderOf(...head, 'Plan: screening questionnaire; US spine if dimple appears'), null);
  });

  // Review r-fix57f (A): a question, a time ahead or another child after the screening study makes it no order now.
  it('leaves a screening study asked about, put off to later or for another child unordered', () => {
    assert.equal(orderOf(...head, 'Req: screening spinal US? Dad wondering'), null);
    assert.equal(orderOf(...head, 'Req: screening spinal US - as per family protocol next year'), null);
    assert.equal(orderOf(...head, 'Req: screening spinal US in 6 months'), null);
    assert.equal(orderOf(...head, 'Req: screening spinal US later'), null);
    assert.equal(orderOf(...head, 'Req: screening spinal US for his older sister'), null);
    assert.equal(orderOf(...head, 'Req: screening spinal US for the sib'), null);
  });

  it('still orders a screening study with the query of what it looks for, or with today', () => {
    assert.equal(orderOf(...head, 'Req: screening spinal US ?occult dysraphism'), 'us-area');
    assert.equal(orderOf(...head, 'Req: screening spinal US today'), 'us-area');
    assert.equal(orderOf(...head, 'Req: screening spinal US (sister has spina bifida)'), 'us-area');
  });
});

describe('"No prior US/MRI": studies joined by a slash share the denial (fix57f, s156-028)', () => {
  const head = ['14 mo F. Soft midline lipoma over the sacrum. Neuro exam normal.'];
  const order = 'Order CT lumbar spine without contrast';
  it('reads no earlier study from a denial of slashed studies', () => {
    assert.deepEqual(priorsOf(...head, 'No prior MRI/US.', order), []);
    assert.deepEqual(priorsOf(...head, 'No previous US/MRI/CT.', order), []);
    assert.deepEqual(priorsOf(...head, 'No prior spinal US/MRI.', order), []);
  });

  it('keeps an earlier study told after a spaced slash or a comma', () => {
    assert.deepEqual(priorsOf(...head, 'No prior MRI / US at 2 wk normal.', order), ['US:normal']);
    assert.deepEqual(priorsOf(...head, 'No prior MRI, US at 2 wk normal.', order), ['US:normal']);
    assert.deepEqual(priorsOf(...head, 'Spinal US at 3 wk: normal. No prior MRI.', order), ['US:normal']);
  });

  // Review r-fix57f (B): a time, an age, a date, a colon or a result after the last slashed study tells that one done.
  it('keeps the last slashed study done when what follows it tells it done', () => {
    assert.deepEqual(priorsOf(...head, 'No prior CT/US at 4 wk normal.', order), ['US:normal']);
    assert.deepEqual(priorsOf(...head, 'No prior CT/US done 2/12 - normal', order), ['US:normal']);
    assert.deepEqual(priorsOf(...head, 'No prior CT/US 4 wk: normal', order), ['US:normal']);
    assert.deepEqual(priorsOf(...head, 'No prior CT/US at 3 mo showed a low-lying conus.', order), ['US:abnormal']);
    assert.deepEqual(priorsOf(...head, 'No prior CT/XR/US at 4 wk normal.', order), ['US:normal']);
  });

  it('still denies the slashed studies when the next sentence or clause tells something else', () => {
    assert.deepEqual(priorsOf(...head, 'No prior US/MRI. Exam otherwise normal.', order), []);
    assert.deepEqual(priorsOf(...head, 'No prior US/MRI; lipoma soft.', order), []);
  });
});
