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
});
