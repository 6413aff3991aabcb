/**
 * Round 51 (fix51c), back pain, trauma and scenario facts as clinicians write them: a heading line of age and sex only
 * above a history heading that tells the illness, "pain mid/low back", a fall off a shed or garage roof, and a radiograph
 * told "NAD" right after its name. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, readNote, traumaOf } from '../helpers';

describe('r51c: a line of age and sex only is no present illness', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  for (const head of ['12 y.o. M', '14yo F', '9 yrs, male', '13 years old girl']) {
    it(`"${head}" above "Hx:" leaves the history the illness (overuse read)`, () =>
      assert.equal(scenario(head, 'Hx: LBP 3/52 since starting fast bowling nets 4x/wk. No injury. Denies fever, night pain.', 'Plan: XR L-spine'), 'back-pain-overuse'));
  }
  it('a written Presentation key keeps the history the past history', () =>
    assert.equal(scenario('Presentation: 12 yo M', 'Hx: LBP 3/52, plays cricket.', 'Plan: XR L-spine'), 'back-pain-no-red-flags'));
  it('a heading line that tells more than age and sex is the illness', () =>
    assert.equal(scenario('12 yo M, back pain 3 wks', 'Hx: asthma; plays cricket.', 'Plan: XR L-spine'), 'back-pain-no-red-flags'));
  it('a denied activity is still denied', () =>
    assert.equal(scenario('12 y.o. M', 'Hx: LBP 2/52, not related to sport (does not play any). No injury.', 'Plan: XR L-spine'), 'back-pain-no-red-flags'));
  it('an age line with a question is not read as age and sex only', () =>
    assert.equal(scenario('12 yo M?', 'Hx: LBP 2/52, plays cricket.', 'Plan: XR L-spine'), 'back-pain-no-red-flags'));
});

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
  it('"Plan XR L-spine, hopefully NAD" is a plan', () => assert.equal(readNote(`HPI: ${PAIN} Plan XR L-spine, hopefully NAD.`).facts.prior.length, 0));
});

describe("r51c: a suspicion asked, then denied by the writer's verdict, is settled", () => {
  const infection = (...lines: string[]) => categoryPresentIn('suspected-infection-or-tumor', ...lines);
  const HX = '13 yo M, LBP 8 wks, morning stiffness 10 min, CRP 2, ESR 4.';
  it('"?spondyloarthritis … not inflammatory in my view" is settled', () =>
    assert.ok(!infection('Rheum referral ?spondyloarthritis', `${HX} HLA-B27 neg - not inflammatory in my view.`, 'Request: MRI L-spine w/o')));
  it('"r/o sacroiliitis … I do not think this is sacroiliitis" is settled', () =>
    assert.ok(!infection('Reason for referral: r/o sacroiliitis', `${HX} I do not think this is sacroiliitis.`, 'Plan: XR L-spine')));
  it('"?discitis … not discitis in my opinion" is settled by its own name', () =>
    assert.ok(!infection('Indication: ?discitis', `${HX} Afebrile. Not discitis in my opinion.`, 'Plan: XR L-spine')));
  it('"not inflammatory" without a verdict of the writer leaves the question', () =>
    assert.ok(infection('Rheum referral ?spondyloarthritis', `${HX} HLA-B27 neg - not inflammatory.`, 'Request: MRI L-spine w/o')));
  it('"mum thinks not inflammatory" is no verdict of the writer', () =>
    assert.ok(infection('Rheum referral ?spondyloarthritis', `${HX} Mum thinks it is not inflammatory.`, 'Request: MRI L-spine w/o')));
  it('"not inflammatory in my view" does not settle "?discitis"', () => assert.ok(infection('Indication: ?discitis', `${HX} Not inflammatory in my view.`, 'Plan: MRI L-spine')));
  it('"not inflammatory in my view" does not settle "?osteoid osteoma"', () =>
    assert.ok(infection('Indication: ?osteoid osteoma', `${HX} Not inflammatory in my view.`, 'Plan: MRI L-spine')));
  it('a suspicion told outright elsewhere is kept', () =>
    assert.ok(infection('Rheum referral ?spondyloarthritis', `${HX} Not inflammatory in my view, but concern for sacroiliitis on exam.`, 'Request: MRI L-spine w/o')));
  it('a denial before the question does not answer it', () =>
    assert.ok(infection(`HPI: ${HX} Not inflammatory in my view.`, 'Indication: ?spondyloarthritis', 'Plan: MRI L-spine w/o')));
  it('a verdict in another clause does not make a plain denial a verdict', () =>
    assert.ok(infection('Rheum referral ?spondyloarthritis', `${HX} HLA-B27 neg, not inflammatory markers; in my view MRI needed.`, 'Request: MRI L-spine w/o')));
});
