/**
 * Round 40, orders: an Orders list whose spine CT names its regions after an abbreviation's stop ("incl."), an order changed
 * by an arrow after its cancellation ("xray cancelled -> US lumbar spine requested"), bracketed denials of another study or of
 * another region, and the words after a history's "none" kept in the vocabulary.
 */
import * as assert from 'node:assert/strict';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { orderWords } from '../../server/src/clinical/order-words';
import { orderOf, orderOrStatusOf } from '../helpers';

const TRAUMA = '15 y/o M snowboarder, landed flat on back from ~10 ft jump. c/o mid back pain. Midline TTP T7-T9. Moving all ext, sensation intact.';
const DIMPLE = '3mo M w sacral dimple, ~4mm, in the cleft, 1.5cm from anus, can see base. nil else on skin. neuro exam nl, moving all 4.';
const BACK = '10 y F, low back pain for 8 weeks, night pain. No trauma. Neuro normal.';

describe('orders r40: an Orders list read clause by clause keeps an abbreviation’s stop in its clause', () => {
  it('orders the spine CT whose regions follow "incl."', () => {
    assert.equal(
      orderOf(TRAUMA, 'Orders: CT head w/o; CT chest/abd/pelvis w/ IV contrast incl. dedicated T-spine and L-spine reformats (T/L spine with contrast).'),
      'ct-area-with',
    );
    assert.equal(orderOf(TRAUMA, 'Plan: CT head w/o; CT chest/abd/pelvis w/ IV contrast incl. T and L spine reformats.'), 'ct-area-with');
    assert.equal(orderOf(TRAUMA, 'Orders: CT head w/o, CT chest/abd/pelvis w/ IV contrast incl. dedicated T-spine and L-spine reformats'), 'ct-area-with');
  });
  it('keeps a list of no spine study not a spine order', () => {
    assert.equal(orderOrStatusOf(TRAUMA, 'Orders: CT head w/o; CBC'), '(not-spine)');
    assert.equal(orderOrStatusOf(TRAUMA, 'Orders: CT head w/o; CT chest/abd/pelvis w/ IV contrast incl. lungs.'), '(not-spine)');
  });
});

describe('orders r40: a study cancelled and, after an arrow, another told ordered is the order changed', () => {
  it('orders the study after the arrow, alone and after a chat that asked for the first', () => {
    assert.equal(orderOf(DIMPLE, 'xray cancelled -> US lumbar spine requested'), 'us-area');
    assert.equal(orderOf(DIMPLE, 'XR L-spine order cancelled → US spine ordered'), 'us-area');
    assert.equal(
      orderOf(DIMPLE, 'ward reg: can i get xray LS spine for bed 12\nrad: xray not helpful at this age, u/s better\nward reg: done, xray cancelled -> US lumbar spine requested'),
      'us-area',
    );
  });
  it('keeps a cancellation alone, one after the arrow, a condition, a denied cancellation and a family’s wish as they are', () => {
    assert.equal(orderOf(DIMPLE, 'xray cancelled'), 'none');
    assert.equal(orderOf(DIMPLE, 'US requested -> cancelled'), 'none');
    assert.equal(orderOf(DIMPLE, 'if xray normal -> US'), 'none');
    assert.equal(orderOf(DIMPLE, 'xray not cancelled -> US lumbar spine requested'), 'none');
    assert.equal(orderOf(DIMPLE, 'XR L-spine cancelled -> US spine requested by mum'), 'none');
    assert.equal(orderOf(DIMPLE, 'xray cancelled -> US lumbar spine'), 'none');
  });
});

describe('orders r40: a bracketed denial is the study’s it names', () => {
  it('orders the study beside a bracket denying another study, before it or after it', () => {
    assert.equal(orderOf(BACK, 'Plan: [insurance denied MRI] XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(BACK, 'Plan: (MRI denied by insurance) XR L-spine'), 'xr-area');
    assert.equal(orderOf(BACK, 'Plan: CT L-spine w/ contrast (insurance denied MRI)'), 'ct-area-with');
  });
  it('orders the study beside a denial of the same kind of study of another region', () => {
    assert.equal(orderOf(BACK, 'Plan: MRI L-spine (insurance denied MRI C-spine last yr)'), 'mri-area-without');
  });
  it('takes back a study its own bracket denies', () => {
    assert.equal(orderOf(BACK, 'Plan: MRI L-spine (CT and MRI both denied)'), 'none');
    assert.equal(orderOf(BACK, 'Plan: MRI L-spine (denied by insurance)'), 'none');
    assert.equal(orderOf(BACK, 'Plan: [insurance denied MRI] MRI L-spine'), 'none');
  });
});

describe('orders r40: the words after a history’s "none" live in the vocabulary', () => {
  const ow = orderWords(defaultKnowledge().vocabulary);
  it('reads another’s, another place’s, a routine or a later order', () => {
    for (const s of ['XR L-spine ordered by PCP', 'US spine ordered at the OSH', 'US spine ordered at nicu', 'MRI yearly', 'XR ordered 2 wk ago', 'US pending'])
      assert.ok(ow.afterNoneNotOurs.test(s), s);
    for (const s of ['XR L-spine ordered', 'US spine requested today', 'US spine ordered at 10am']) assert.ok(!ow.afterNoneNotOurs.test(s), s);
  });
  it('orders a study after "none" and not one ordered by another', () => {
    assert.equal(orderOf(BACK, 'Prior imaging: none; XR L-spine ordered'), 'xr-area');
    assert.equal(orderOf(BACK, 'Prior imaging: none; XR L-spine ordered by PCP'), 'none');
  });
});
