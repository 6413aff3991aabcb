/**
 * Round 55 (fix55b), orders told by who does what: a later line that cancels or holds the study started earlier
 * (order-taken-back-later.ts), a plan written inside a history's value (notes/history-plan.ts), the order system's name
 * before a dash (order-system-route.ts), a nurse's study started by protocol (nurse-protocol.ts) and a doctor's speaker
 * label (study-mentions.ts unreadOrder, prose.speakerLabels). Each with the look-alikes that must read as before.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const PAIN = '7 yo F, back pain 3 days, mild, playing. No fever.';
const STARTED = 'XR L-spine per protocol started.';
const ORDERED = 'XR L-spine ordered.';

describe('r55b: a later line that cancels or holds the study started earlier', () => {
  const takes: readonly (readonly [string, string])[] = [
    ['a doctor\'s timed addendum "MD 1455: XR cancelled - no indication."', 'MD 1455: XR cancelled - no indication. Reassure, PCP prn.'],
    ['"Dr: XR not needed."', 'Dr: XR not needed.'],
    ['"Addendum: the XR is on hold."', 'Addendum: the XR on hold.'],
    ['"MD: hold XR pending MD review"', 'MD: hold XR pending MD review'],
    ['an unlabelled "X-ray L-spine cancelled by MD."', 'X-ray L-spine cancelled by MD.'],
    ['"Cancel XR - parents declined."', 'Cancel XR - parents declined.'],
  ];
  for (const [what, line] of takes) it(`${what} takes it back`, () => assert.equal(orderOf(PAIN, STARTED, line), 'none'));
  it('the cancelled study leaves the note with no order (missing-order)', () =>
    assert.ok(readNote(`RN 1430: ${PAIN} ${STARTED}`, 'MD 1455: XR cancelled - no indication.').rules.includes('missing-order')));

  const keeps: readonly (readonly [string, string])[] = [
    ['a cancellation denied', 'XR not cancelled - proceed.'],
    ['a cancellation asked', 'XR cancelled?'],
    ['a cancellation on a condition', 'If no better, XR cancelled.'],
    ['a cancellation to come', 'XR to be cancelled if pain settles.'],
    ['another modality cancelled', 'MRI cancelled - not indicated.'],
    ['a chest film cancelled', 'CXR cancelled - no indication.'],
    ['another body part cancelled', 'XR hip cancelled.'],
    ["a mother's label", 'Mum: XR cancelled.'],
    ["another service's label", 'Radiology: XR cancelled - no indication.'],
    ['a study booked again', 'XR cancelled - rebooked for Friday.'],
    ['another study put in its place', 'XR cancelled, MRI L-spine w/o instead.'],
    ['a cancellation of another visit', 'XR cancelled last visit, now needed.'],
    ['a prior study cancelled', 'Prior XR cancelled in 2023.'],
    ['a cancellation by mistake', 'XR cancelled by mistake, still needed.'],
    ['a new date awaited', 'XR cancelled - new date awaited.'],
    ['a study deferred to follow-up', 'XR cancelled - to be done at follow-up.'],
    ['a hold until another study', 'Hold XR until US done.'],
    ['a hold asked', 'Hold XR pending MD review?'],
    ['"cancelled" inside a prior\'s result', 'US spine 2024 (cancelled) - never done.'],
  ];
  for (const [what, line] of keeps) it(`${what} keeps the order ("${line}")`, () => assert.equal(orderOf(PAIN, ORDERED, line), 'xr-area'));
  it('a study ordered again on a later line keeps it', () => assert.equal(orderOf(PAIN, ORDERED, 'MD: XR cancelled.', 'MD 1530: XR L-spine reordered after review.'), 'xr-area'));
});

describe('r55b: a plan written inside a history value', () => {
  const HPI = 'HPI: 14 yo boy with 5 weeks of low back pain that wakes him at night. Neuro exam normal.';
  it('"… Plan: ordered x-ray lumbar spine." closing an HPI orders it', () => assert.equal(orderOf(`${HPI} Plan: ordered x-ray lumbar spine.`), 'xr-area'));
  it('"… Plan: x-ray lumbar spine" closing an HPI orders it', () => assert.equal(orderOf(`${HPI} Plan: x-ray lumbar spine`), 'xr-area'));
  const none: readonly (readonly [string, string])[] = [
    ['a past plan', `${HPI} Plan: ordered x-ray lumbar spine last visit, normal.`],
    ['a plan on a condition', `${HPI} Plan: XR L-spine if no better in 2 weeks.`],
    ['"Previous plan:"', `${HPI} Previous plan: XR L-spine.`],
    ["a GP's plan key", `${HPI} GP's plan: XR L-spine.`],
    ["another visit's plan", 'HPI: 14 yo boy, back pain 5 wk. Seen by GP last week. Plan: XR L-spine.'],
    ['an ED visit dated', 'HPI: 14 yo boy, back pain 5 wk. ED visit 3/2. Plan: MRI L-spine.'],
    ['a plan followed by more history', 'HPI: 14 yo boy, back pain 5 wk. Plan: XR L-spine. Referred here.'],
    ["a mother's wish", `${HPI} Plan: mum wants MRI.`],
    ["a brother's study", `${HPI} Plan: MRI L-spine for his brother.`],
    ['a plan asked', `${HPI} Plan: ?XR L-spine.`],
    ['a plan after a comma', `HPI: 14 yo boy with 5 weeks of low back pain, plan: XR L-spine.`],
    ['a plan declined', `${HPI} Plan: XR L-spine declined by parents.`],
  ];
  for (const [what, text] of none) it(`${what} orders nothing`, () => assert.equal(orderOf(text), 'none'));
  it('beside a Plan line of its own, the note keeps that one', () => assert.equal(orderOf(`${HPI} Plan: XR L-spine.`, 'Plan: reassure, no imaging.'), 'none'));
});

describe("r55b: the order system's name before a dash", () => {
  const DIMPLE = '6mo M. Small punched-out area of absent skin midline over lumbar spine. Neuro exam normal.';
  it('"Ix: ICE - US spine requested" orders the US', () => assert.equal(orderOf(DIMPLE, 'Ix: ICE - US spine requested'), 'us-area'));
  it('"Ix: ICE - US spine requested" in lower case too', () => assert.equal(orderOf(DIMPLE, 'Ix: ice - US spine requested'), 'us-area'));
  const none: readonly (readonly [string, string])[] = [
    ['a study done and read', 'Ix: ICE - US spine 2024 normal'],
    ['a past request', 'Ix: ICE - US spine requested last visit, normal'],
    ['a condition', 'Ix: ICE - US spine if lesion changes'],
    ['PACS (where studies done are kept)', 'Ix: PACS - US spine normal'],
    ["the system's result", 'Ix: ICE result - US spine normal'],
    ['the system down', 'Ix: ICE down - US spine requested on paper'],
    ['a twin', 'Ix: ICE - US spine requested for twin'],
    ['a request asked', 'Ix: ICE - US spine requested?'],
    ['a decline', 'Ix: ICE - US spine declined by radiology'],
    ["a mother's wish", 'Ix: ICE - mum wants US spine'],
  ];
  for (const [what, line] of none) it(`${what} orders nothing ("${line}")`, () => assert.equal(orderOf(DIMPLE, line), 'none'));
});

describe("r55b: a nurse's study started by protocol", () => {
  const DIMPLE = '4 mo M. Dimple 6mm, in cleft. Neuro exam nl.';
  it('"RN started XR L-spine per protocol; MD aware, ok to proceed." orders it', () =>
    assert.equal(orderOf(DIMPLE, 'RN started XR L-spine per protocol; MD aware, ok to proceed.'), 'xr-area'));
  it('"Triage nurse initiated XR L-spine per protocol." orders it', () => assert.equal(orderOf(DIMPLE, 'Triage nurse initiated XR L-spine per protocol.'), 'xr-area'));
  const none: readonly string[] = [
    'RN started XR L-spine per protocol - protocol criteria not met - await MD.',
    'RN started XR L-spine per protocol; MD declined, no indication.',
    'RN started XR L-spine per protocol, pending MD review.',
    'RN started XR L-spine per protocol?',
    'RN started XR L-spine per protocol if pain persists.',
    'RN started XR L-spine per protocol last visit, normal.',
    'RN started XR L-spine per protocol on 3/4 - normal.',
    'RN to start XR L-spine per protocol.',
    'RN started XR chest per protocol.',
    'RN started XR L-spine per protocol for his brother.',
    'RN suggests XR L-spine per protocol; MD declined.',
    'Mum asked if RN started XR L-spine per protocol.',
    'RN started XR L-spine per protocol; on hold.',
  ];
  for (const line of none) it(`"${line}" orders nothing`, () => assert.equal(orderOf(DIMPLE, line), 'none'));
  it('a doctor cancelling it on a later line takes it back', () =>
    assert.equal(orderOf(DIMPLE, 'RN started XR L-spine per protocol.', 'MD: XR cancelled - no indication.'), 'none'));
});

describe("r55b: a doctor's speaker label", () => {
  const ALL = '9 y boy, ALL in remission (completed tx 2 yrs ago). New back pain this wk, mum worried about relapse.';
  it('"Dr: CT lumbar spine with contrast requested, and oncology informed." orders the CT', () =>
    assert.equal(orderOf(ALL, 'Dr: CT lumbar spine with contrast requested, and oncology informed.'), 'ct-area-with'));
  it('"Dr: XR L-spine requested." orders it', () => assert.equal(orderOf(ALL, 'Dr: XR L-spine requested.'), 'xr-area'));
  const none: readonly string[] = [
    'Dr: if no better, XR.',
    'Dr: XR not needed.',
    'Dr: XR L-spine requested?',
    'Dr: XR L-spine requested last visit - normal.',
    'Dr: XR L-spine requested 2024, normal.',
    'Dr: XR L-spine requested; parents declined.',
    'Dr: XR chest requested.',
    'Dr: MRI L-spine done last year, normal.',
    'Dr: would consider MRI L-spine if worse.',
    'Dr: discussed MRI L-spine, parents declined.',
    'Dr: Patel',
    'Mum: wants MRI.',
    'Mum: MRI L-spine requested.',
  ];
  for (const line of none) it(`"${line}" orders nothing`, () => assert.equal(orderOf(ALL, line), 'none'));
  it("a transcript's doctor asking about red flags tells none of them", () =>
    assert.equal(
      readNote('Teleconsult, 17 y/o M.', 'Pt: Doc, my back is painful since 2 weeks.', 'Dr: Any fever, weight loss, pain at night, numbness?', 'Pt: None po.').scenario,
      'back-pain-no-red-flags',
    ));
});
