/**
 * Round 47's held-out voices: EHR templates, smart phrases and pasted order-entry lines (set 95); students', interns' and
 * residents' notes with their attending's addenda (set 96). Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { orderOf, presentIn, readNote, traumaOf } from '../helpers';

describe('a teaching note’s attending addendum and a triage hand-over are read as the writer’s own lines (s96, s95)', () => {
  it('reads "Attending addendum: … spinal US ordered instead, XR cancelled" as the order, over the trainee’s XR', () => {
    const lines = [
      '3 mo M, tuft of coarse dark hair over lumbosacral midline.',
      'P: XR L-spine to eval for vertebral anomalies, plan per attending',
      'Attending addendum: agree imaging is indicated, but US not XR - spinal US ordered instead, XR cancelled.',
    ];
    assert.equal(orderOf(...lines), 'us-area');
    assert.ok(!readNote(...lines).rules.includes('inappropriate-initial-study'));
  });

  it('reads "spinal US ordered instead" with the region before the study, and stops the change at the next study’s clause', () => {
    assert.equal(orderOf('Age: 3 mo', 'Hair tuft lumbosacral.', 'P: XR L-spine', 'Addendum: spinal US ordered instead.'), 'us-area');
    assert.equal(orderOf('Age: 3 mo', 'Hair tuft lumbosacral.', 'P: XR L-spine', 'Addendum: US spine ordered instead, XR cancelled.'), 'us-area');
    // No change told: the trainee's study stands.
    assert.equal(orderOf('Age: 3 mo', 'Hair tuft lumbosacral.', 'P: XR L-spine', 'Attending addendum: seen and examined, agree with plan.'), 'xr-area');
    // The study the change names cancelled in its own clause is none.
    assert.equal(orderOf('Age: 3 mo', 'Hair tuft lumbosacral.', 'P: XR L-spine', 'Addendum: spinal US ordered instead, cancelled by mom.'), 'xr-area');
  });

  it('reads "Attending addendum: MRI whole spine without contrast instead." and a bare "Order changed." after the study', () => {
    const base = ['13 yo M LBP radiating down L leg x 5 wk. +SLR on L.', 'XR L-spine 2 wk ago: normal.', 'Plan: MRI total spine with contrast.'];
    assert.equal(orderOf(...base, 'Attending addendum: MRI whole spine without contrast instead.'), 'mri-complete-without');
    assert.equal(
      orderOf(...base, 'Attending addendum: agree MRI is next step, but MRI whole spine WITHOUT contrast - no indication for gad. Order changed.'),
      'mri-complete-without',
    );
  });

  it('leaves the order where "Order changed" is denied, asked, or follows a study done or one on a condition', () => {
    const base = ['13 yo M LBP radiating down L leg x 5 wk.', 'Plan: MRI total spine with contrast.'];
    assert.equal(orderOf(...base, 'Attending addendum: MRI whole spine without contrast. Order not changed.'), 'mri-complete-with');
    assert.equal(orderOf(...base, 'Attending addendum: MRI whole spine without contrast. Order changed?'), 'mri-complete-with');
    assert.equal(orderOf(...base, 'Attending addendum: XR L-spine done last week. Order changed.'), 'mri-complete-with');
    assert.equal(orderOf(...base, 'Addendum: if worse, MRI whole spine without contrast. Order changed.'), 'mri-complete-with');
    assert.equal(orderOf(...base, 'Addendum: mom asks about CT instead. Order changed.'), 'mri-complete-with');
  });

  it('reads an attending’s own line; a provider’s or an attending’s name alone orders nothing and refers to no one', () => {
    assert.equal(orderOf('Age: 3 mo', 'Hair tuft lumbosacral.', 'P: XR L-spine', 'Attending: change to US lumbar spine.'), 'us-area');
    assert.equal(orderOf('2 yo M, deviated gluteal cleft.', 'Provider: FNP-C'), 'none');
    const r = readNote('Age: 3 mo', 'Hair tuft lumbosacral.', 'Attending: Dr. Jane Smith (peds)', 'Plan: US spine');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.equal(r.facts.referral.neurosurgery, false);
  });
});

describe('a pasted order-entry row opening on a procedure code is not read as the order (taken out, out47-1)', () => {
  // The row reading (round 47, mended in review r47-A) was taken out after a second review found cancelled, completed,
  // listed and reported rows still read as orders: such a row orders nothing, as before the round.
  const base = ['14 days, male.', 'Skin: Sacral dimple'];
  it('reads no order from a code row, whatever its status', () => {
    for (const row of [
      'IMG5530 US SPINE INFANT, Priority: Routine, Reason for exam: sacral dimple',
      'IMG5530 US SPINE INFANT, Priority: Routine',
      '[RAD123] XR L-SPINE 2 VIEWS',
      'IMG5530 US SPINE INFANT, Status: Cancelled',
      'IMG5530 US SPINE INFANT 11/02/2026: normal, conus L1.',
      'L5 US SPINE INFANT',
      'IMG5530 US SPINE INFANT, Priority: Routine - CANCELLED',
      'IMG5530 US SPINE INFANT, Priority: Routine, ordered 12/10/2025, completed',
      'IMG5530 US SPINE INFANT, Priority: Routine. Result: normal, conus L1.',
    ])
      assert.equal(orderOf(...base, row), 'none', row);
    assert.equal(orderOf(...base, 'Plan:', 'IMG5530 US SPINE INFANT, Priority: Routine'), 'none');
    assert.equal(orderOf(...base, 'Results:', 'IMG5530 US SPINE INFANT, Priority: Routine', 'Conus at L1. Normal.'), 'none');
  });

  it('reads no MRI from a cancelled row with its reason before its status (review 2 of r47)', () => {
    assert.equal(orderOf('14 yo M', 'back pain 6 wk', 'IMG7210 MRI L-SPINE W/O CONTRAST, Priority: Routine, Reason for exam: back pain, Status: Cancelled'), 'none');
    assert.equal(orderOf(...base, 'IMG5530 US SPINE INFANT, Priority: Routine - CANCELLED', 'IMG5531 MRI L-SPINE WO CONTRAST, Priority: Routine'), 'none');
  });
});

describe('back pain and its injury as these writers tell them (s95)', () => {
  it('reads "seems sore over her back" as back pain; a negated one or a parent’s is none', () => {
    assert.ok(presentIn('back-pain', '3 yo F had "a fall" at nursery today. Crying when picked up, seems sore over her back.', 'Request: XR thoracolumbar spine'));
    assert.ok(!presentIn('back-pain', '3 yo F. Not sore over her back.', 'Request: XR thoracolumbar spine'));
    assert.ok(!presentIn('back-pain', '3 yo F. Mom sore over her back after lifting him. Child well.', 'Request: XR thoracolumbar spine'));
  });

  it('reads "Night pain L lower back" as back pain, so a suspected osteoid osteoma is the infection-or-tumour scenario', () => {
    const r = readNote(
      '13 yo F',
      'Night pain L lower back relieved by naproxen x 2 mo.',
      'XR L-spine: sclerotic lesion L3 pedicle, ?osteoid osteoma',
      'Plan: CT LUMBAR SPINE WO CONTRAST for nidus',
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
    assert.ok(!presentIn('back-pain', '13 yo F. No pain L lower back. Pain L knee.', 'Plan: XR knee'));
  });

  it('reads back pain after "hurting his back", no one able to say what happened, as an injury of unclear mechanism', () => {
    const lines = [
      '10 yo M',
      'CC: back pain after "hurting his back" last wk - pt and mom unable to say what happened',
      'Exam: mild lumbar tenderness, neuro nl',
      'Order: XR L-SPINE',
    ];
    assert.equal(traumaOf(...lines), 'unclear');
    assert.ok(readNote(...lines).rules.includes('trauma-mechanism-unclear'));
    // "<injury> N months ago … recovered" is not read as an old injury (taken out, out47-1: a second review found a
    // recovery from something else read as none). The injury told then stays one of unclear mechanism.
    const old = (told: string) => traumaOf('12 yo M', `back pain 3 wks, started after hurting his back at gym 6 months ago, ${told}`, 'Order: XR L-SPINE');
    assert.equal(old('fully recovered then; this is new.'), 'unclear');
    assert.equal(old('never fully recovered.'), 'unclear');
    assert.equal(old('not yet recovered.'), 'unclear');
    assert.equal(traumaOf('12 yo M', 'Fell 6 ft off monkey bars today, brief LOC, fully recovered, now c/o back pain.', 'Order: XR L-SPINE'), 'significant');
    // Sitting that keeps hurting his back is the pain, no injury.
    assert.equal(traumaOf('10 yo M', 'CC: back pain, sitting in class keeps hurting his back.', 'Order: XR L-SPINE'), 'none');
  });
});

describe('an injury months ago told "recovered" stays today\'s injury (review 2 of r47, out47-1)', () => {
  it('reads the injury the review found lost as significant', () => {
    for (const [hpi, plan] of [
      ['fell from roof 2 months ago, recovered from his head injury but back pain ever since, point tenderness T12', 'Plan: XR T-spine'],
      ['MVC 3 months ago, mother recovered, he has had back pain since, midline tender L1', 'Plan: XR L-spine'],
      ['hurt back 2 months ago, recovered with physio, pain returned 1 wk ago after tackle in rugby, midline tender', 'Plan: XR L-spine'],
      ['fall from height 2 mos ago, fully recovered except persistent back pain at T12', 'Plan: XR T-spine'],
    ])
      assert.equal(traumaOf('14 yo M', hpi, plan), 'significant', hpi);
  });
});

describe('a denial verb’s list runs on through a qualified red flag (s96)', () => {
  it('keeps "constant pain" denied in "Denies fever, …, night pain, constant pain, radiation to legs, numbness"', () => {
    const lines = [
      '14 yo F c/o LBP x 1 wk after helping family move (lifting heavy boxes).',
      'Denies fever, chills, night sweats, weight loss, night pain, constant pain, radiation to legs, numbness, weakness, bowel/bladder changes.',
      'P: NSAIDs, no imaging today.',
    ];
    assert.ok(!presentIn('constant-pain', ...lines));
    assert.ok(!presentIn('radicular-pain', ...lines));
    assert.equal(readNote(...lines).scenario, 'back-pain-overuse');
    assert.ok(!presentIn('constant-pain', '14 yo F c/o LBP x 1 wk.', 'Denies fever, chills, constant pain.', 'Order: XR L-spine'));
    // Right after the list's first item, a qualified one stays the child's own, as before ("denies fever, slight weight loss").
    assert.ok(presentIn('constant-pain', '14 yo F c/o LBP x 1 wk.', 'Denies fever, constant pain.', 'Order: XR L-spine'));
  });

  it('still reads a qualified item after "no", after a stop, a semicolon or "but" as the child’s', () => {
    assert.ok(presentIn('constant-pain', '14 yo F c/o LBP x 1 wk.', 'No fever, constant pain.', 'Order: XR L-spine'));
    assert.ok(presentIn('constant-pain', '14 yo F c/o LBP x 1 wk.', 'Denies fever. Constant pain, worse at night.', 'Order: XR L-spine'));
    assert.ok(presentIn('constant-pain', '14 yo F c/o LBP x 1 wk.', 'Denies fever; constant pain.', 'Order: XR L-spine'));
    assert.ok(presentIn('constant-pain', '14 yo F c/o LBP x 1 wk.', 'Denies fever, but constant pain.', 'Order: XR L-spine'));
  });
});
