/**
 * Round 51 (fix51b), orders written as texted requests and handover requests: a "Pls:" line asking a study alone, the texted
 * courtesy "if poss", an ISBAR's "R: CT C-spine on arrival", and "Not imaging today" as "No imaging today" reads. Each reading
 * with the look-alikes (asked, conditional, another's, past, declined) it must leave as they were, review r51's among them.
 * Taken out after review r51: the run-on "… neuro nl pls xr" split, "pls" ending a denial, "still present" as a course word.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

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
  it('reads a "Pls:" line as prose only when its whole value asks the study alone (review r51)', () => {
    const lbp = '13yo f lbp x2wk no trauma no fever neuro nl ';
    assert.equal(orderOf(lbp, 'Pls: xr L-spine?'), null);
    assert.equal(orderOf(lbp, 'Pls: XR L-spine at GP next week if no better'), null);
    assert.equal(orderOf(lbp, 'Pls: MRI L-spine?'), null);
    assert.equal(orderOf(lbp, 'Pls: US spine ?needed'), null);
    assert.equal(orderOf(lbp, 'Pls: XR L-spine at GP'), null);
    assert.equal(orderOf(lbp, 'Pls: XR L-spine from last month reviewed - nl'), null);
    assert.equal(orderOf(lbp, 'Pls: XR L-spine in 6 wk if persisting'), null);
  });
});

describe('r51: the texted "if poss" is a courtesy, no condition', () => {
  it('keeps the order when "if poss" closes its clause', () => {
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

describe('r51: "Not imaging today" reads as "No imaging today"', () => {
  const pain = '13 y F. LBP for 2 weeks, constant. Neuro exam normal.';
  it('orders nothing now', () => {
    assert.equal(orderOf(pain, 'Not imaging today – if still present in 2 weeks, for MRI.'), null);
    assert.equal(orderOf(pain, 'Not imaging today.'), null);
  });
  it('a course told now, not as a condition, keeps the order', () => {
    const lbp = '13yo f lbp x2wk no trauma no fever neuro nl ';
    const tuft = '9mo f hair tuft over sacrum neuro nl ';
    assert.equal(orderOf(lbp, 'When seen today pain still present, XR L-spine'), 'xr-area');
    assert.equal(orderOf(lbp, 'When examined today, pain still there -> XR L-spine'), 'xr-area');
    assert.equal(orderOf(tuft, 'When seen today tuft still present, US spine'), 'us-area');
    assert.equal(orderOf(tuft, 'When examined today hair tuft still present, US spine'), 'us-area');
    assert.equal(orderOf(pain, 'Pain still present despite physio. Plan: MRI L-spine.'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Plan: MRI L-spine as pain still present.'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Pain still present, for MRI.'), 'mri-area-without');
  });
});
