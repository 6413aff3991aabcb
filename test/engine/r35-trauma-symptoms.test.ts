/**
 * Round 35 (outpatient clinics, telephone triage, portal replies): a fracture told healed or cleared is no injury now; a
 * child who does not remember how he was hurt leaves the mechanism unclear; a sport named where the note denies any
 * cause and tells its load unchanged is no overuse; neurosurgery's own short heading is a referral made; a carer's
 * "feel tingly", "can't feel his legs", "wet himself" and radicular pain told in plain words are read; an exam's signs
 * are the abnormal exam's, not new symptoms; "any new numbness … go to ER" is a safety net. Each with the look-alikes
 * that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote, traumaOf } from '../helpers';

const XR = 'XR lumbar spine AP/lat ordered.';

describe('r35: a fracture told healed or cleared', () => {
  it('is no injury now', () => {
    assert.equal(traumaOf('4 yo F, ortho f/u. Distal radius fracture has healed.', 'Mom asks about a hairy patch over L4, no dimple.', XR), 'none');
    assert.equal(traumaOf('3 yo M. Wrist nontender, full ROM. Cleared from fracture care.', 'Hairy patch over L5.', XR), 'none');
    assert.equal(traumaOf('6 yo M, healed clavicle fx, discharged from fracture clinic.', 'Sacral dimple 6 mm above the cleft.', XR), 'none');
  });
  it('a fracture not yet healed, or a fresh injury beside an old one, stays', () => {
    assert.equal(traumaOf('12 yo M fell from a tree yesterday. L1 fracture not yet healed on outside film, back pain.', XR), 'significant');
    assert.equal(traumaOf('10 yo F, healed wrist fx last year. Today fell off the roof, ~10 ft, c/o back pain.', XR), 'significant');
    assert.equal(traumaOf('14 yo M, L2 compression fracture after a fall down the stairs today. Back pain.', XR), 'significant');
  });
});

describe('r35: the child or carer not remembering how', () => {
  it('leaves the mechanism unclear', () => {
    assert.equal(traumaOf('9 yo F, LBP x 2 wks, "hurt it at the trampoline park" per dad; she does not remember how.', 'Neuro exam nl.', XR), 'unclear');
    assert.equal(traumaOf("11 yo M hurt his back at the ski school, can't remember how. No night pain.", XR), 'unclear');
  });
  it('a fall told from a trampoline, or "how long", still decides', () => {
    assert.equal(traumaOf('9 yo F fell off the trampoline onto her back, c/o back pain.', XR), 'significant');
    assert.equal(traumaOf("9 yo F hurt her back at the trampoline park, doesn't remember how long ago; landed head first.", XR), 'significant');
  });
});

describe('r35: a sport named, the cause denied and the load unchanged', () => {
  const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
  const MRI = 'MRI L-spine w/o contrast ordered per family request.';
  it('is no overuse', () => {
    assert.equal(scenarioOf('16 yo M, cross-country runner. LBP x 6 days, no inciting activity; mileage unchanged. No night pain, neuro intact.', MRI), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('15 yo F, soccer. LBP x 1 wk, no precipitating event, no change in training. No radicular pain, neuro nl.', MRI), 'back-pain-no-red-flags');
  });
  it('a sport told as the cause, or load increased, stays overuse', () => {
    assert.equal(scenarioOf('16 yo M, cross-country. LBP x 6 days, worse with running, increased mileage. Neuro intact.', MRI), 'back-pain-overuse');
    assert.equal(scenarioOf('16 yo M, cross-country. LBP x 6 days, no inciting event; mileage unchanged; pain after training. Neuro intact.', MRI), 'back-pain-overuse');
    assert.equal(scenarioOf('16 yo M, cross-country. LBP x 6 days, no inciting event. Neuro intact.', MRI), 'back-pain-overuse');
  });
});

describe("r35: neurosurgery's own note", () => {
  const referralOf = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
  const body = ['5 mo F with lumbosacral lipoma.', 'Spinal US: conus low at L3-4 - abnormal.', 'Exam: reflexes nl.', 'A/P: MRI lumbar spine w/o contrast. RTC after MRI.'];
  for (const h of ['NSGY CLINIC', 'Neurosurgery clinic', 'Peds neurosurgery - follow up', 'NEUROSURGERY OPD'])
    it(`"${h}" as its heading is a referral made`, () => assert.equal(referralOf(h, ...body), true));
  it('a neurology or another heading, or one denying a referral, is not', () => {
    assert.equal(referralOf('NEUROLOGY CLINIC', ...body), false);
    assert.equal(referralOf('Peds ortho clinic', ...body), false);
    assert.equal(referralOf('Referral to NSGY clinic not placed', ...body), false);
    assert.equal(referralOf('Plan', ...body), false);
  });
});

describe("r35: a carer's words for symptoms", () => {
  it('are read', () => {
    assert.equal(presentIn('numbness', '16 yo M, fell off a ladder, says both legs "feel tingly".'), true);
    assert.equal(presentIn('numbness', '15 yo M, mom calling. Today he says he "can\'t feel his legs right".'), true);
    assert.equal(presentIn('incontinence', '15 yo M wet himself at school today, which has never happened before.'), true);
    assert.equal(presentIn('weakness', '12 yo F, back pain; her legs gave way twice today.'), true);
    assert.equal(presentIn('gait-change', '13 yo F, back pain; trips a lot more lately.'), true);
  });
  it("denied or someone else's, are not", () => {
    assert.equal(presentIn('numbness', '15 yo M, back pain. Legs do not feel tingly.'), false);
    assert.equal(presentIn('incontinence', '15 yo M, back pain. Has never wet himself.'), false);
  });
  it('radicular pain in plain words is read', () => {
    assert.equal(presentIn('radicular-pain', '15 yo M, mid-back pain that shoots around the trunk and down both legs.'), true);
    assert.equal(presentIn('radicular-pain', '10 yo M, low back pain + pain down the back of L leg.'), true);
  });
  it("a sport's shooting is no radicular pain", () => {
    assert.equal(presentIn('radicular-pain', '18 yo M lacrosse. LBP x 5 wks, worse with sprinting/shooting. No N/T.'), false);
    assert.equal(presentIn('radicular-pain', '16 yo M, LBP, worse with shooting pain down his leg.'), true);
  });
});

describe('r35: signs on the exam', () => {
  it('are the abnormal exam, not new neurologic symptoms', () => {
    const r = readNote('14 mo M, toe walking x 2 months.', 'Exam: tone increased at ankles, Achilles reflexes 3+ with 3 beats clonus bilat.', 'Plan: MRI L-spine w/o contrast.');
    assert.equal(r.facts.neuro.state, 'abnormal');
    assert.equal(categoryPresentIn('neurologic-symptom', '14 mo M, toe walking x 2 months.', 'Exam: tone increased at ankles, 3 beats clonus bilat.', 'Plan: MRI L-spine.'), false);
  });
  it('a weakness told beside them stays a symptom', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', '12 yo F, new leg weakness x 2 wk.', 'Exam: 3 beats clonus bilat.', 'Plan: MRI.'), true);
  });
});

describe('r35: a safety net', () => {
  it('"Any new numbness, weakness … go to ER" tells no symptom', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', '14 yo M, back pain 5 wk. XR L-spine ordered.', 'Any new numbness, weakness, or trouble peeing - go to ER.'), false);
  });
  it('numbness told now stays', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', '14 yo M, back pain 5 wk with new numbness in both feet. XR L-spine ordered.'), true);
  });
});
