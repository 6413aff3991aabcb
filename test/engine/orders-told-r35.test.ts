/**
 * Round 35's orders as these writers tell them: a senior's instruction carried out ("reg said do xray LS spine AP lat"), a plan
 * after an exam's result in a run-on note ("reflexes normal plan MRI LS spine"), "Ref:" heading the study on a GP's slip, a
 * relative clause that orders before a dash ("which I've ordered - it works best…"); and what stays no order: a study another
 * clinician may want later ("provider may want an ultrasound of the spine"), a senior's question, "Ref:" naming a person or a
 * study done.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const DIMPLE = 'pt 1 mo F  sacral dimple 2mm in gluteal cleft ~1cm from anal opening, base seen, no other markers';
const TUFT = 'Baby Jack, 6 months. Small tuft of hair noticed over lower spine by mum. No dimple. Neuro exam normal.';
const TRIAGE = 'Pt: 6 wk old F. Mom noticed a small tuft of dark hair on the lower back when changing her diaper. No fever.';

describe('round 35: orders told the way these writers tell them', () => {
  describe("a senior's instruction the writer carries out orders the study", () => {
    for (const line of [
      'neuro exam nl. reg said do xray LS spine AP lat',
      'neuro exam nl. registrar said to do an xray LS spine',
      'neuro exam nl. senior asked to send for xray LS spine',
    ])
      it(`"${line}"`, () => assert.equal(orderOf(DIMPLE, line), 'xr-area'));
    it('a question about the study, or a suggestion declined, orders nothing', () => {
      assert.equal(orderOf(DIMPLE, 'neuro exam nl. reg said do we need xray LS spine?'), 'none');
      assert.equal(orderOf(DIMPLE, 'neuro exam nl. reg said do xray LS spine but mum declined'), 'none');
    });
  });
  describe('a plan after an exam result in a run-on note orders its study', () => {
    it('"… reflexes normal plan MRI LS spine as per senior"', () =>
      assert.equal(
        orderOf('6 mo male baby dimple is small approx 3mm within natal cleft normal tone normal reflexes normal plan MRI LS spine as per senior', 'will f/u'),
        'mri-area-without',
      ));
    it('"… neuro normal plan US spine"', () => assert.equal(orderOf('6 wk old girl dimple 3mm in cleft neuro normal plan US spine'), 'us-area'));
    it('a study told normal stays a report', () => assert.equal(orderOf('6 wk old girl dimple 3mm in cleft. normal US spine. neuro normal'), 'none'));
  });
  describe('"Ref:" heading a study on a GP slip', () => {
    it('"Ref: USS lumbosacral spine, to see me after." orders the ultrasound', () => assert.equal(orderOf(TUFT, 'Ref: USS lumbosacral spine, to see me after.'), 'us-area'));
    for (const line of ['Ref: previous USS', 'Ref: Dr Khan, paediatric neurosurgery', 'Ref: USS lumbosacral spine at birth normal', 'Ref: NICE NG12'])
      it(`"${line}" orders nothing`, () => assert.equal(orderOf(TUFT, line), 'none'));
    it("the plan's study wins over the Ref line", () => assert.equal(orderOf(TUFT, 'Ref: USS lumbosacral spine', 'Plan: MRI L-spine w/o'), 'mri-area-without'));
  });
  describe('a relative clause that orders, closed by a spaced dash', () => {
    it('"…, which I\'ve ordered - it works best while he\'s young"', () =>
      assert.equal(orderOf("4 mo boy, dimple above the cleft 3 mm. I'd like an ultrasound of his lower spine, which I've ordered - it works best while he's young."), 'us-area'));
    it('"…, which I have requested the report of" still requests something else', () =>
      assert.equal(orderOf('4 mo boy, dimple above the cleft 3 mm. She had an ultrasound of the lower spine in March, which I have requested - report to follow.'), 'none'));
  });
  describe('a study another clinician may want later orders nothing', () => {
    for (const line of [
      'Advised to call PCP office in AM for a visit; provider may want an ultrasound of the spine.',
      'Advised f/u w/ PCP; PCP may want US spine.',
      'See GP next week - GP might order an ultrasound of the spine.',
    ])
      it(`"${line}"`, () => assert.equal(orderOf(TRIAGE, line), 'none'));
    it("the writer's own order, or a clinician told ordering, stays the order", () => {
      assert.equal(orderOf(TRIAGE, 'US spine ordered; may need repeat.'), 'us-area');
      assert.equal(orderOf(TRIAGE, 'Plan: US spine. Provider may want to review.'), 'us-area');
      assert.equal(orderOf(TRIAGE, 'I would be grateful if the paeds team could arrange an ultrasound of her spine.'), 'us-area');
    });
  });
  describe('a later line that cancels the planned study and asks for another instead', () => {
    const TAG = '8/12 F, skin tag over lower back. Neuro exam normal.';
    for (const line of [
      'Addendum (d/w Dr K, consultant): at 8 mo posterior elements too ossified for USS - cancel USS, request MRI L-spine non-contrast instead.',
      'Addendum: USS cancelled, MRI L-spine non-contrast requested instead.',
      'Edit: USS cancelled - MRI L-spine requested instead',
      'Update: cancel USS, order MRI L-spine w/o instead.',
    ])
      it(`"${line}" orders the MRI`, () => assert.equal(orderOf(TAG, 'Plan: USS spine', line), 'mri-area-without'));
    for (const line of [
      'Addendum: USS done, normal.',
      'Addendum: reg suggests cancel USS, consider MRI L-spine instead.',
      'Addendum: if USS not possible, request MRI L-spine instead.',
      'Addendum: USS cancelled, MRI L-spine requested instead by mum.',
    ])
      it(`"${line}" leaves the planned USS`, () => assert.equal(orderOf(TAG, 'Plan: USS spine', line), 'us-area'));
  });
});

describe("round 35 review: harmful readings mended (main's reading)", () => {
  const T8 = ['8/12 F, skin tag over lower back. Neuro exam normal.', 'Plan: USS spine'];
  const D = 'pt 1 mo F  sacral dimple 2mm in gluteal cleft ~1cm from anal opening, base seen, no other markers';
  const M2 = '2 mo F, sacral dimple 3mm in cleft 1cm from anus, neuro nl. ';
  const J = 'Baby Jack, 6 months. Small tuft of hair noticed over lower spine by mum. No dimple. Neuro exam normal.';
  const H = '3 mo F, hair tuft L5, neuro nl';
  const B4 = '4 mo boy, dimple above the cleft 3 mm. ';
  const P6 = 'Pt: 6 wk old F. Hair tuft over sacrum. No fever. Neuro nl.';
  describe('H1: a cancel-and-request governed by another, undecided or reversed leaves the plan', () => {
    for (const line of [
      'Addendum: NSGY suggests: cancel USS, request MRI L-spine instead - will d/w consultant tomorrow.',
      'Addendum: Radiology recommend: cancel USS, request MRI L-spine instead. Will discuss with family at f/u.',
      'Addendum: option to cancel USS, request MRI L-spine instead - parents to decide.',
      'Addendum: parents ask to cancel USS, request MRI L-spine instead.',
      'Note to self - cancel USS, request MRI L-spine instead, once consultant agrees.',
      'Addendum: cancel USS, request MRI L-spine instead.\nAddendum 2: MRI slot unavailable; MRI cancelled, USS reinstated.',
      'Addendum: Ortho would cancel USS, request XR LS spine instead. I disagree, USS stays.',
      'Radiologist comment: cancel USS, request MRI L-spine instead.',
    ])
      it(`"${line}"`, () => assert.equal(orderOf(...T8, line), 'us-area'));
  });
  describe("H2: a senior's instruction with a result, history, disagreement or a later override", () => {
    for (const [lines, want] of [
      [[D, 'neuro exam nl. at last visit reg said do USG spine - done 2 wks ago, normal. nothing further.'], 'none'],
      [[M2 + 'Previous reg said do USG spine - result normal 3 wks ago.'], 'none'],
      [[M2 + 'reg said do USG spine - normal.'], 'none'],
      [[M2 + 'consultant said do USG spine, I disagree, reassured.'], 'none'],
      [[M2 + 'at 1 mo said do USG spine - not done.'], 'none'],
      [[M2 + 'boss said do USG spine - pending approval.'], 'none'],
      [[D, 'neuro exam nl. reg said do xray LS spine. Addendum: xray cancelled by consultant, USG spine ordered.'], 'us-area'],
    ] as const)
      it(`"${lines.join(' / ')}" reads ${want}`, () => assert.equal(orderOf(...lines), want));
    it("a senior's xray told done and normal is no xray order", () =>
      assert.notEqual(
        orderOf('10 y/o F, LBP x 5 weeks, night pain. No fever. No trauma. Neuro nl.', 'reg said do xray LS spine AP lat already done last week - normal. Now MRI L-spine w/o.'),
        'xr-area',
      ));
  });
  describe("H3: the writer's own order beside another's 'may want' stays ordered", () => {
    it('"GP may want US spine - have ordered it myself to save time."', () =>
      assert.equal(
        orderOf(
          'Pt: 6 wk old F. Mom noticed a small tuft of dark hair on the lower back when changing her diaper. No fever.',
          'GP may want US spine - have ordered it myself to save time.',
        ),
        'us-area',
      ));
    it('"Plan: GP may want US spine; we have requested it today."', () => assert.equal(orderOf(P6, 'Plan: GP may want US spine; we have requested it today.'), 'us-area'));
    it('"… whether the doctor may want an ultrasound of the spine. Yes - ordered today."', () =>
      assert.equal(
        orderOf(
          'Pt: 6 wk old F. Mom noticed a small tuft of dark hair on the lower back. No fever.',
          'Parents asked whether the doctor may want an ultrasound of the spine. Yes - ordered today.',
        ),
        'us-area',
      ));
  });
  describe("H4: 'Ref:' with a result, hedge, relative, doubt or status orders nothing", () => {
    for (const lines of [
      [J, 'Ref: USS spine - low-lying conus, tethered cord'],
      [J, 'Ref: USS lumbosacral spine: conus low, thickened filum', 'Plan: refer NSGY'],
      [J, 'Ref: USS spine (Jan) - NAD'],
      [J, 'Ref: USS spine - equivocal'],
      [J, 'Ref: USS spine was clear'],
      [J, 'Ref: USS spine - fine'],
      [J, "Ref: USS spine, mum's"],
      [J, "Ref: USS spine - mum wants, I don't think needed. Will review."],
      [H, 'Ref: US spine: no tethering'],
      [H, 'Ref: US spine (outside) abnl'],
      [H, 'Ref: US spine awaited'],
      [H, 'Ref: US spine', 'Order: none - reassure'],
    ])
      it(`"${lines.slice(1).join(' / ')}"`, () => assert.equal(orderOf(...lines), 'none'));
  });
  describe('H5: a dash after "which I\'ve ordered" telling a result, a cancellation or a condition', () => {
    for (const tail of [' - normal.', ' - conus at L4, tethered. Refer NSGY.', ' \u2014 result: normal conus.', ' - cancelled by mum.', ' - if mum agrees.'])
      it(`"which I've ordered${tail}"`, () => assert.equal(orderOf(`${B4}An ultrasound of his lower spine, which I've ordered${tail}`), 'none'));
  });
});
