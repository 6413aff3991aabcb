/**
 * Round 51 (fix51c), back pain, trauma and scenario facts as clinicians write them: "pain mid/low back", a fall off a
 * shed or garage roof, and a radiograph told "NAD" right after its name. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, readNote, traumaOf } from '../helpers';

describe('r51c: "pain mid/low back" places the pain at the spine', () => {
  const back = (...lines: string[]) => categoryPresentIn('back-pain', ...lines);
  it('"Pain mid/low back" is back pain', () => assert.ok(back('HPI: 12 yo M. Pain mid/low back since Monday.', 'Plan: XR L-spine')));
  it('"pain mid-lower back" is back pain', () => assert.ok(back('HPI: 12 yo M, pain mid-lower back 2 wks.', 'Plan: XR L-spine')));
  it('"pain upper/mid back" is back pain', () => assert.ok(back('HPI: 12 yo M, pain upper/mid back 2 wks.', 'Plan: XR T-spine')));
  it('"no pain mid/low back" is denied', () => assert.ok(!back('HPI: 12 yo M, hair tuft. No pain mid/low back.', 'Plan: US spine')));
  it('"pain mid/low abdomen" is no back pain', () => assert.ok(!back('HPI: 12 yo M, pain mid/low abdomen 2 days.', 'Plan: US abdomen')));
  it('"pain mid-thigh, low back fine" is no back pain', () => assert.ok(!back('HPI: 12 yo M, pain mid thigh; low back fine.', 'Plan: XR femur')));
  it("a relative's pain mid/low back is none of the child's", () => assert.ok(!back('HPI: 12 yo M, hair tuft. Mother has pain mid/low back.', 'Plan: US spine')));
});

describe('r51c: a fall off a shed, garage or house roof is from a height', () => {
  it('"fell off the shed roof (~2.5 m) onto his back" is significant', () =>
    assert.equal(traumaOf('HPI: 12 yo boy fell off the shed roof (~2.5 m) onto his back.', 'Plan: XR T/L-spine'), 'significant'));
  it('"fell from the garage roof" is significant', () => assert.equal(traumaOf('HPI: 13 yo F fell from the garage roof yesterday, back pain.', 'Plan: XR L-spine'), 'significant'));
  it('"jumped off a barn roof" is significant', () => assert.equal(traumaOf('HPI: 14 yo M jumped off a barn roof, landed on feet, LBP.', 'Plan: XR L-spine'), 'significant'));
  it('"no fall off the shed roof" is no injury', () =>
    assert.notEqual(traumaOf('HPI: 12 yo M, LBP 3 wks. Denies fall off the shed roof or other injury.', 'Plan: XR L-spine'), 'significant'));
  it('"if he falls off the garage roof again" is hypothetical', () =>
    assert.notEqual(traumaOf('HPI: 12 yo M, LBP 3 wks, no injury. Return if he falls off the garage roof again.', 'Plan: XR L-spine'), 'significant'));
  it("a sibling's fall off the shed roof is none of the child's", () =>
    assert.notEqual(traumaOf('HPI: 12 yo M, LBP 3 wks, no injury. Brother fell off the shed roof last year.', 'Plan: XR L-spine'), 'significant'));
  it('"painting the shed roof" tells no fall', () =>
    assert.notEqual(traumaOf('HPI: 15 yo M, LBP since painting the shed roof at the weekend.', 'Plan: XR L-spine'), 'significant'));
});

describe('r51c: "NAD" closing a radiograph\'s clause is its normal result', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  const PAIN = '15 yo F, LBP 6 wks radiating down L leg to foot.';
  it('"XR L-spine (bush hosp) NAD" is a normal prior radiograph', () =>
    assert.equal(scenario(`HPI: ${PAIN} XR L-spine (bush hosp) NAD. Neuro exam: normal.`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags-negative-radiographs'));
  it('"XR L-spine NAD." is a normal prior radiograph', () =>
    assert.equal(scenario(`HPI: ${PAIN} XR L-spine NAD.`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags-negative-radiographs'));
  it('"XR L-spine NAD?" is a question', () => assert.equal(scenario(`HPI: ${PAIN} XR L-spine NAD?`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags'));
  it('"NAD" of the exam in the sentence of a plan tells no study done', () => assert.equal(readNote(`HPI: ${PAIN} Well, NAD, plan XR L-spine.`).facts.prior.length, 0));
  it('"XR L-spine NAD per mum, report awaited" is not read as a result', () =>
    assert.equal(scenario(`HPI: ${PAIN} XR L-spine NAD per mum, report awaited.`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags'));
  it('"if XR L-spine NAD" is a condition', () => assert.equal(readNote(`HPI: ${PAIN} If XR L-spine NAD, MRI L-spine.`).facts.prior.length, 0));
  it('"XR chest NAD" is no spine radiograph', () => assert.equal(scenario(`HPI: ${PAIN} XR chest NAD.`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags'));
  it('"XR pelvis NAD" is no spine radiograph', () => assert.equal(scenario(`HPI: ${PAIN} XR pelvis NAD.`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags'));
  it('"XR hips NAD" is no spine radiograph', () => assert.equal(scenario(`HPI: ${PAIN} XR hips NAD.`, 'Plan: MRI L-spine w/o'), 'back-pain-red-flags'));
  it('"Plan XR L-spine, hopefully NAD" is a plan', () => assert.equal(readNote(`HPI: ${PAIN} Plan XR L-spine, hopefully NAD.`).facts.prior.length, 0));
});
