/**
 * Review k (area d: orders and prior spinal ultrasound): defects found in this round's reading of orders told
 * in prose, withdrawn requests, "none ordered", the extent of a study, dated studies and spinal ultrasounds
 * told in prose.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const usOf = (...lines: string[]) => {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
};

describe("review k-d 1: a withdrawal undoes only the study's own order or request", () => {
  const order = ['Pt: 12 yo F', 'HPI: LBP 6 wk, night pain.', 'Order: MRI L-spine w/o'];
  for (const line of [
    'Meds: ketorolac order discontinued (GI upset); ibuprofen instead.',
    'Note: PT order cancelled until MRI done.',
    'Labs: CBC/ESR order cancelled - drawn at PCP yesterday.',
    'Addendum: sedation order discontinued; MRI will proceed awake.',
    'Addendum: contrast order cancelled per radiology - MRI to be done without contrast.',
    'Addendum: original order cancelled and re-entered as MRI L-spine w/o and w/ contrast per radiology.',
    'Addendum: cancelled the order for sedation.',
  ])
    it(`"${line}" leaves the MRI ordered`, () => assert.equal(orderOf(...order, line), 'mri-area-without'));
  it('a sedation request or a referral request withdrawn leaves the study ordered', () => {
    const r = readNote(
      'Pt: 4 mo M',
      'HPI: deep sacral dimple 8 mm above cleft, neuro nl.',
      'Order: MRI lumbar spine w/o contrast',
      'Comment: sedation request cancelled - will try feed and wrap.',
    );
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.ok(r.rules.includes('mri-first-in-young-infant'));
    assert.equal(orderOf('Pt: 4 mo M', 'HPI: hair tuft over sacrum.', 'Order: US spine', 'Referral: NSGY referral request withdrawn, will decide after US.'), 'us-area');
  });
  it("the study's own order or request withdrawn is still no order", () => {
    for (const line of [
      'Addendum: MRI order cancelled; patient will follow up with ortho.',
      'Addendum: order was cancelled by the family.',
      'Addendum: MRI request withdrawn by ordering provider.',
    ])
      assert.equal(orderOf(...order, line), 'none', line);
  });
});

describe('review k-d 2: "None ordered" says no imaging only when it speaks of imaging', () => {
  it('"Labs: none ordered", "PT referral - none ordered yet" leave the study ordered', () => {
    assert.equal(orderOf('12 yo F, LBP 6 wk, night pain, fever. Labs: none ordered. MRI L-spine w/wo contrast.'), 'mri-area-without-and-with');
    assert.equal(orderOf('12 yo F with LBP 6 wk and night pain. PT referral - none ordered yet. MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(readNote('Pt: 12 yo F', 'HPI: LBP 6 wk, fever.', 'Labs: none ordered.', 'Plan: MRI L-spine w/wo.').facts.noImagingOrdered, undefined);
  });
});

describe('review k-d 3: "an MRI isn\'t needed" declines the study', () => {
  it('is no order', () => {
    assert.equal(orderOf('Pt: 14 yo', 'HPI: LBP 2 wk after lifting, no red flags.', "Plan: an MRI isn't needed; PT."), 'none');
    assert.equal(orderOf('Pt: 14 yo', 'HPI: LBP 2 wk after lifting, no red flags.', "Plan: x-rays aren't needed; PT."), 'none');
  });
});

describe('review k-d 4: a study whose sentence names no region takes the extent told after it', () => {
  it('"Order: MRI w/o contrast. Please image entire spine." is the complete spine', () =>
    assert.equal(orderOf('Pt: 15 yo F', 'HPI: scoliosis, night pain.', 'Order: MRI w/o contrast. Please image entire spine.'), 'mri-complete-without'));
});

describe('review k-d 5: a date and a result of another study do not make the ordered one a study done', () => {
  it('"Ordered MRI L-spine w/o since XR from 2026-11-15 was negative" orders the MRI', () =>
    assert.equal(orderOf('14 yo F with LBP 8 wk and night pain. Ordered MRI L-spine w/o since XR from 2026-11-15 was negative.'), 'mri-area-without'));
  it('a line under a key read for nothing else too', () =>
    assert.equal(
      orderOf('Pt: 14 yo F', 'HPI: LBP 8 wk, night pain.', 'Provider reply: I have ordered an MRI of the lumbar spine since the XR from 2026-11-15 was normal.'),
      'mri-area-without',
    ));
});

describe('review k-d 6: a spinal ultrasound recommended, planned, declined or none is no study done', () => {
  for (const ind of [
    'Indication: deep sacral dimple; spinal US previously recommended by PCP.',
    'Indication: deep sacral dimple, US had been planned.',
    'Indication: atypical dimple. Prior US: none.',
    'Indication: deep dimple; parents declined US last month.',
  ])
    it(`"${ind}" leaves an MRI for a 3-month-old the first study`, () => {
      const r = readNote('Pt: 3 mo M', 'Order: MRI L-spine w/o', ind);
      assert.equal(r.facts.prior.length, 0);
      assert.ok(r.rules.includes('mri-first-in-young-infant'));
    });
  it('"screening ultrasound previously recommended" in the history neither', () =>
    assert.ok(readNote('Pt: 3 mo M', 'HPI: sacral dimple; screening ultrasound previously recommended.', 'Order: XR L-spine').rules.includes('inappropriate-initial-study')));
});

describe('review k-d 7: a spinal ultrasound told again with a time of its own is another', () => {
  it('the later one, unread, is the most recent', () => {
    assert.equal(usOf('Pt: 7 mo F', 'HPI: sacral dimple. Spinal US at 2 wk was normal. Spinal US at 5 months at OSH, report not available.'), 'unknown');
    assert.equal(usOf('Pt: 7 mo F', 'HPI: sacral dimple. Spinal US at 2 wk was normal. Later US at 5 months, results pending.'), 'unknown');
  });
  it('one named again at the same time is the one read', () =>
    assert.equal(
      usOf(
        'Patient: 2 yo',
        'HPI: That ultrasound was done at 2 months and showed the conus at L1-L2 with a normal filum. MRI shows the filum far better than an infant ultrasound done 22 months ago.',
      ),
      'normal',
    ));
});

describe('review k-d 8: a sentence after the study that doubts its result is no report', () => {
  it('"It is unclear whether it was normal" leaves the result unknown', () =>
    assert.equal(usOf('Pt: 5 mo F', 'HPI: sacral dimple. Spinal US done at 1 month. It is unclear whether it was normal.'), 'unknown'));
});

describe("review k-d 9: the cord's end told in the past or as a noun", () => {
  it('"cord terminated at L3", "cord termination at L3" are low', () => {
    assert.equal(usOf('Pt: 8 mo M', 'HPI: deep sacral dimple. Spinal US at 2 months showed the cord terminated at L3.'), 'abnormal');
    assert.equal(usOf('Pt: 8 mo M', 'HPI: deep sacral dimple. Spinal US at 2 months: cord termination at L3, thick filum.'), 'abnormal');
  });
});

describe('review k-d 10: a plan that only conditions its study does not order it (the corpus reads it as no order)', () => {
  const lead = ['Pt: 14 yo M', 'HPI: LBP x 6 wk, no red flags.'];
  for (const plan of [
    'Plan: PT, NSAIDs. If no improvement in 2 weeks, MRI L-spine.',
    'Plan: PT, NSAIDs; MRI if no better.',
    'Plan: PT. MRI L-spine in 4 weeks if no improvement.',
    'Plan: PT. Failing that, MRI L-spine.',
    'Plan: PT. Should pain persist beyond 6 weeks, MRI lumbar spine w/o.',
    'Plan: PT; consider MRI L-spine at f/u.',
    'MDM: likely mechanical; MRI if no better.',
    'MDM: MRI L-spine not indicated tonight, ibuprofen, f/u PCP; MRI if pain persists.',
    'Rec: PT; if not improving after 6 weeks, XR L-spine.',
  ])
    it(`"${plan}" orders nothing`, () => {
      const r = readNote(...lead, plan);
      assert.equal(r.facts.order, undefined);
      assert.ok(r.rules.includes('missing-order'));
    });
  const infant = ['Pt: 3 mo M', 'HPI: deep sacral dimple 7 mm above cleft.'];
  for (const [plan, id] of [
    ['Plan: US spine, NSGY referral if abnormal.', 'us-area'],
    ['Plan: MRI L-spine w/o with sedation if needed.', 'mri-area-without'],
    ['Plan: MRI L-spine w/o if insurance approves.', 'mri-area-without'],
    ['Plan: MRI L-spine w/o to be done if sedation slot available.', 'mri-area-without'],
    ['Plan: MRI L-spine w/wo tonight if the scanner is available, otherwise first thing tomorrow.', 'mri-area-without-and-with'],
    ['Plan: US spine today, MRI if US limited.', 'us-area'],
    ['Order: MRI L-spine w/o if no improvement', 'mri-area-without'],
  ])
    it(`"${plan}" still orders ${id}`, () => assert.equal(orderOf(...infant, plan), id));
});
