/**
 * Round 52 (fix52d), injury mechanisms in child protection, disability and sports notes: a carer's quoted words after
 * "Gran:", an injury told with no further detail, an accident told by its date, a mechanism of injury told high-energy,
 * an infant's bruise with no explanation, and an athletic trainer's heading ("thrown forward" and a knock's soreness gone
 * were taken out after review r52). Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readNote, traumaOf } from '../helpers';

describe("r52d: a grandparent's quoted words about the child are the child's story", () => {
  it("\"Gran: 'he hurt his back at his dad's'\" is the child's injury", () =>
    assert.equal(traumaOf("8 yo boy, lives with gran. Gran: 'he hurt his back at his dad's' on Sunday, no further detail.", 'Plan: XR T-spine'), 'unclear'));
  it('"Grandma: \u201cshe fell off the trampoline\u201d" is the child\'s injury', () =>
    assert.notEqual(traumaOf('7 yo boy. Grandma: \u201che fell off the trampoline\u201d yesterday, LBP since.', 'Plan: XR L-spine'), 'none'));
  it("\"Gran: 'I hurt my back lifting him'\" stays the grandmother's", () =>
    assert.equal(traumaOf("8 yo boy, hair tuft at L5. Gran: 'I hurt my back lifting him' last week.", 'Plan: US spine'), 'none'));
  it("\"Grandma: 'she had a fall last year'\" stays the grandmother's", () =>
    assert.equal(traumaOf("8 yo boy, hair tuft at L5. Grandma: 'she had a fall last year', now walks with a stick.", 'Plan: US spine'), 'none'));
  it("\"Grandad: 'fell off a ladder'\" names no child and stays the grandfather's", () =>
    assert.equal(traumaOf("8 yo boy, hair tuft at L5. Grandad: 'fell off a ladder' in May, back surgery.", 'Plan: US spine'), 'none'));
  it('"Gran: \'he has not hurt himself\'" is denied', () => assert.equal(traumaOf("8 yo boy, LBP 3 wks. Gran: 'he has not hurt himself', no injury.", 'Plan: XR L-spine'), 'none'));
});

describe('r52d: an injury told with no further detail has an unclear mechanism', () => {
  it('"hurt his back at school - no further details" is unclear', () =>
    assert.equal(traumaOf('9 yo M. Hurt his back at school on Friday - no further details. Pain since.', 'Plan: XR L-spine'), 'unclear'));
  it('"had a knock to his back" last week, no further details, is unclear', () =>
    assert.equal(traumaOf("10 wk old boy. HV: mum said he 'had a knock to his back' last week, no further details obtained. Deep dimple.", 'Plan: US spine'), 'unclear'));
  it('"status after accident on 09.03.2026, details not known" is unclear', () =>
    assert.equal(traumaOf('7 yo boy, status after accident on 09.03.2026, details not known. No complaints.', 'Plan: XR L-spine'), 'unclear'));
  it('"no further details" beside a told trivial mechanism stays trivial', () =>
    assert.equal(traumaOf('9 yo M bumped his back on a table at school, no further details. Playing normally.', 'Plan: XR L-spine'), 'trivial'));
  it('"no further details" about the dimple is no injury', () =>
    assert.equal(traumaOf('3 mo F, sacral dimple noted by GP, no further details in the letter.', 'Plan: US spine'), 'none'));
  it('"no further details" after a significant mechanism keeps it significant', () =>
    assert.equal(traumaOf('12 yo M fell off his bike onto the road, back pain since, no further details.', 'Plan: XR L-spine'), 'significant'));
  it('"no further details needed" tells nothing unknown', () =>
    assert.equal(traumaOf('9 yo M. Hurt his back at school - no further details needed. Tender at L2.', 'Plan: XR L-spine'), 'significant'));
  it('"knock to the back of the head" is no back injury', () =>
    assert.equal(traumaOf('10 yo F, knock to the back of the head last month. LBP 2 wks.', 'Plan: XR L-spine'), 'none'));
  it('"after Accident & Emergency attendance" is no accident', () =>
    assert.equal(traumaOf('8 yo M, back pain 1 wk. Seen after Accident & Emergency attendance.', 'Plan: XR L-spine'), 'none'));
  it('"no injury - no further details" is no injury', () =>
    assert.equal(traumaOf('12 yo F, LBP 3 wks, no injury. No further details of the pain given.', 'Plan: XR L-spine'), 'none'));
  it('"a knock to the back" told with its mechanism keeps it', () =>
    assert.equal(traumaOf('15 yo M, knock to the back from a car at 30 mph, LBP.', 'Plan: XR L-spine'), 'significant'));
  it('"no knock to his back" is denied', () => assert.equal(traumaOf('10 yo M, LBP 4 wks, no knock to his back, no fall.', 'Plan: XR L-spine'), 'none'));
  it("a brother's accident on the bus is not the child's", () =>
    assert.equal(traumaOf('9 yo F, hair tuft at L5. Her brother was in an accident on the bus last year.', 'Plan: US spine'), 'none'));
});

describe('r52d: a mechanism of injury told high-energy', () => {
  it('"MOI high-energy" is significant', () =>
    assert.equal(traumaOf('16 y M, lock. Folded over in a ruck. C/o mid-back pain. MOI high-energy.', 'Plan: XR T/L-spine'), 'significant'));
  it('"high energy MOI" is significant', () => assert.equal(traumaOf('16 y M, high energy MOI in a rugby tackle, LBP.', 'Plan: XR L-spine'), 'significant'));
  it('"with 2 players landing on him during the tackle" is high-energy', () =>
    assert.equal(traumaOf('15 yo M, fell in a ruck with 2 players landing on him during the tackle. LBP since.', 'Plan: XR L-spine'), 'significant'));
  it('"landing on her bottom" is her own landing', () =>
    assert.notEqual(traumaOf('7 yo F slid off the sofa, landing on her bottom. Back sore since.', 'Plan: XR L-spine'), 'significant'));
  it('"no high energy MOI" is no injury', () => assert.equal(traumaOf('16 y M, LBP 2 wks, no high energy MOI.', 'Plan: XR L-spine'), 'none'));
  it('"Moi" naming a hospital is no injury', () => assert.equal(traumaOf('Moi TRH - Paeds ward. 15 y F, back pain 6 wks, night sweats.', 'Plan: MRI L-spine'), 'none'));
  it('"MOI low energy" is no high-energy injury', () => assert.notEqual(traumaOf('16 y M, MOI low energy, LBP.', 'Plan: XR L-spine'), 'significant'));
});

describe("r52d: an infant's bruise with no explanation is an injury of unknown mechanism", () => {
  it('"bruise on L buttock. Parents offer no explanation" at 4 months is unclear', () =>
    assert.equal(
      traumaOf('CP medical - 4 month old girl. HV saw bruise on L buttock. Parents offer no explanation; no history of any injury.', 'Plan: US spine for dimple'),
      'unclear',
    ));
  it('"no explanation given for the bruising" at 6 months is unclear', () =>
    assert.equal(traumaOf('6 mo M, bruising over the lower back, no explanation given.', 'Plan: XR spine'), 'unclear'));
  it('"unexplained bruising" in a 9 year old is no injury (a leukaemia sign)', () =>
    assert.equal(traumaOf('9 yo M, back pain, pallor, unexplained bruising, no explanation from family.', 'Plan: MRI spine'), 'none'));
  it('"No explanation for the bruise on his arm" at 5 months is unclear', () =>
    assert.equal(traumaOf('5 mo M, sacral dimple. No explanation for the bruise on his arm.', 'Plan: US spine'), 'unclear'));
  it('"no bruise, no explanation needed" is no injury', () => assert.equal(traumaOf('5 mo M, sacral dimple. No bruise seen; no explanation needed.', 'Plan: US spine'), 'none'));
  it('an explained bruise is not read so', () => assert.equal(traumaOf('4 mo F, bruise on buttock from the car seat buckle.', 'Plan: US spine'), 'none'));
  it('"no bruises" is no injury', () => assert.equal(traumaOf('4 mo F, no bruises, no explanation needed for the dimple.', 'Plan: US spine'), 'none'));
  it('"no explanation other than …" is an explanation', () =>
    assert.equal(traumaOf('4 mo F, small bruise on buttock, no explanation other than the car seat strap.', 'Plan: US spine'), 'none'));
  it("a sibling's bruise is not the infant's", () =>
    assert.equal(traumaOf('4 mo F, sacral dimple. Her brother has a bruise on his leg, no explanation offered.', 'Plan: US spine'), 'none'));
  it('"Not yet crawling" tells no cause: the bruises are still unexplained', () =>
    assert.equal(traumaOf('11 mo F. Bruising over lower back. Mum gives no explanation for the bruises. Not yet crawling.', 'Plan: XR L-spine'), 'unclear'));
  it('"no explanation" for another finding after the bruise is not the bruise\'s', () =>
    assert.equal(traumaOf('6 mo M. Bruise over shin noted. Irritable overnight, no explanation found.', 'Plan: US spine'), 'none'));
  it('a bruise with its cause told later in the note is not read so', () =>
    assert.equal(traumaOf('6 mo M. Bruise on lower back, no explanation given. Later mum said he rolled into the cot side.', 'Plan: US spine'), 'none'));
  it('a bruise-like mark since birth is no injury', () =>
    assert.equal(traumaOf('6 mo F. Blue bruise-like mark over sacrum since birth, no explanation.', 'Plan: US spine'), 'none'));
  it('a bruise with no explanation in a 2 year old is not read so', () =>
    assert.equal(traumaOf('2 yo M, bruise on lower back, parents offer no explanation.', 'Plan: XR L-spine'), 'none'));
});

describe('r52d: an athletic trainer names who writes, no activity', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  it('"Athletic trainer note" heading with no injury and no obvious cause is no overuse', () =>
    assert.equal(
      scenario('Athletic trainer note', '13 y F. Sore lower back 4 days, no injury, no obvious cause. No fever, no night pain. Neuro intact.', 'Plan: XR L-spine'),
      'back-pain-no-red-flags',
    ));
  it('"seen by the athletic therapist" is no overuse', () =>
    assert.equal(scenario('13 y F, seen by the athletic therapist. LBP 4 days, no injury. Neuro intact.', 'Plan: XR L-spine'), 'back-pain-no-red-flags'));
  it('a sport named beside the athletic trainer stays overuse', () =>
    assert.equal(scenario('Athletic trainer note', '15 y M, football lineman, LBP after lifting weights x 3 wk. Neuro intact.', 'Plan: XR L-spine'), 'back-pain-overuse'));
  it('"very athletic" stays overuse', () => assert.equal(scenario('15 y F, very athletic, LBP 3 wk. Neuro intact.', 'Plan: XR L-spine'), 'back-pain-overuse'));
  it('"athletic training 6 days a week" stays overuse', () =>
    assert.equal(scenario('15 y F, athletic training 6 days a week, LBP 3 wk. Neuro intact.', 'Plan: XR L-spine'), 'back-pain-overuse'));
});
