/**
 * Round 51 (fix51b), orders written as texted requests and handover requests: a run-on "… neuro nl pls xr lumbar spine thx",
 * a "Pls:" line, the texted courtesy "if poss", an ISBAR's "R: CT C-spine on arrival", and "Not imaging today" as "No imaging
 * today" reads, with a course "still present" as a condition. Each reading with the look-alikes (asked, conditional, another's,
 * past, declined) it must leave as they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { sentences } from '../../server/src/clinical/clauses';
import type { Field } from '../../server/src/notes/parser';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('r51: a texted "pls" opens the request in a run-on line', () => {
  it('reads the study after "pls" past a normal exam and a list of denials', () => {
    assert.equal(orderOf('14yo m lbp x3wk no trauma no fever neuro nl pls xr lumbar spine thx'), 'xr-area');
    assert.equal(orderOf('9 yo f back pain 2/52 afebrile neuro normal pls XR L-spine'), 'xr-area');
    assert.equal(orderOf('11yo lbp since cricket camp denies fever exam nl plz xr ls spine'), 'xr-area');
    assert.equal(orderOf('15 yo m sore back x4wk no night pain no wt loss neuro nl please MRI L-spine w/o'), 'mri-area-without');
  });

  it('leaves an asked, a considered, a conditioned or a past study unordered', () => {
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl pls advise re MRI?'), null);
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl pls consider MRI'), null);
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl pls review, ?MRI'), null);
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl pls xr lumbar spine?'), null);
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl pls xr lumbar spine if no better'), null);
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl pls no xr'), null);
    assert.equal(orderOf('14yo m lbp x3wk no fever neuro nl, xr l-spine last yr nl pls review'), null);
  });

  it('splits the clause only before a study, never after a condition, a question or another’s asking', () => {
    const field = (value: string): Field =>
      ({ rawKey: '', value, valueSpan: { start: 0, end: value.length }, keySpan: { start: 0, end: 0 }, lineSpan: { start: 0, end: value.length } }) as unknown as Field;
    const parts = (value: string) => sentences(field(value)).map((s) => s.value);
    assert.deepEqual(parts('no fever neuro nl pls xr lumbar spine thx'), ['no fever neuro nl', 'pls xr lumbar spine thx']);
    assert.deepEqual(parts('neuro nl pls review the dimple'), ['neuro nl pls review the dimple']);
    assert.deepEqual(parts('if no better in 2 wk pls xr lumbar spine'), ['if no better in 2 wk pls xr lumbar spine']);
    assert.deepEqual(parts('mum asks pls xr lumbar spine'), ['mum asks pls xr lumbar spine']);
    assert.deepEqual(parts('GP letter says pls MRI spine'), ['GP letter says pls MRI spine']);
    assert.deepEqual(parts('neuro nl pls xr lumbar spine?'), ['neuro nl pls xr lumbar spine?']);
  });

  it('ends a denial’s scope at "pls", so the request and what it names are not denied', () => {
    const text = 'no fever neuro nl pls review the dimple';
    const at = text.indexOf('dimple');
    assert.equal(readContext(text, at, at + 6).negated, false);
    const before = 'no fever or rash';
    assert.equal(readContext(before, before.indexOf('rash'), before.length).negated, true);
  });
});

describe('r51: a "Pls:" line is the request read as prose', () => {
  const injury = ['10 yo M fell ~2.5 m from a tree onto his back, midline tenderness T12-L1.', 'Neuro intact, moving all 4.'];
  it('reads its study as the order', () => {
    assert.equal(orderOf(...injury, 'Pls: XR T-spine + L-spine'), 'xr-area');
    assert.equal(orderOf(...injury, 'Plz: CT L-spine'), 'ct-area-without');
  });
  it('leaves an asked, a conditioned, a reviewed or a done study unordered', () => {
    assert.equal(orderOf(...injury, 'Pls: advise re MRI?'), null);
    assert.equal(orderOf(...injury, 'Pls: MRI if no better'), null);
    assert.equal(orderOf(...injury, 'Pls: review XR from last year'), null);
    assert.equal(orderOf(...injury, 'Pls: XR L-spine done 2023 - normal'), null);
  });
});

describe('r51: the texted "if poss" is a courtesy, no condition', () => {
  it('keeps the order when "if poss" closes its clause', () => {
    assert.equal(orderOf('12yo m back pain x3wk wakes him at night no fever neuro nl pls xr t/l spine 2day if poss'), 'xr-area');
    assert.equal(orderOf('12yo m back pain x3wk. Plan: XR L-spine today if poss.'), 'xr-area');
    assert.equal(orderOf('12yo m back pain x3wk. Plan: XR L-spine if poss thx'), 'xr-area');
  });
  it('a possibility asked after it stays a condition', () => {
    assert.equal(orderOf('12yo m back pain x3wk no fever neuro nl pls xr t/l spine 2day if poss tethered cord'), null);
    assert.equal(orderOf('12yo m back pain x3wk. Plan: XR L-spine if poss abnormal bloods'), null);
    assert.equal(orderOf('12yo m back pain x3wk. Plan: MRI if poss cord signs develop'), null);
    assert.equal(orderOf('12yo m back pain x3wk. Plan: XR L-spine if poss spondylolysis on exam'), null);
  });
});

describe('r51: an ISBAR request wanted "on arrival"', () => {
  const isbar = (r: string) =>
    orderOf('ISBAR to retrieval', 'I: 13yo F', 'S: thrown from horse, landed on head/neck', 'B: nil PMHx', 'A: neck pain, midline C-spine tenderness, neuro normal', r);
  it('reads the study with a time of now after it as the plan', () => {
    assert.equal(isbar('R: CT C-spine on arrival'), 'ct-area-without');
    assert.equal(isbar('R: CT C-spine stat'), 'ct-area-without');
  });
  it('leaves a conditioned, asked, done, declined or awaited one unordered', () => {
    assert.equal(isbar('R: CT C-spine on arrival if neuro changes'), null);
    assert.equal(isbar('R: ?CT C-spine on arrival'), null);
    assert.equal(isbar('R: CT C-spine done on arrival at referring hospital - normal'), null);
    assert.equal(isbar('R: CT C-spine on arrival not needed per consultant'), null);
    assert.equal(isbar('R: no CT C-spine on arrival'), null);
    assert.equal(isbar('R: CT C-spine on arrival, awaiting report'), null);
  });
});

describe('r51: "Not imaging today" and a course "still present"', () => {
  const pain = '13 y F. LBP for 2 weeks, constant. Neuro exam normal.';
  it('orders nothing now', () => {
    assert.equal(orderOf(pain, 'Not imaging today – if still present in 2 weeks, for MRI.'), null);
    assert.equal(orderOf(pain, 'Not imaging today.'), null);
    assert.equal(orderOf(pain, 'If still present, for MRI.'), null);
    assert.equal(orderOf(pain, 'If still there at review, XR L-spine.'), null);
  });
  it('a course told now, not as a condition, keeps the order', () => {
    assert.equal(orderOf(pain, 'Pain still present despite physio. Plan: MRI L-spine.'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Plan: MRI L-spine as pain still present.'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Pain still present, for MRI.'), 'mri-area-without');
  });
});
