/**
 * Round 48: orders the engine did not read, as a hospital's request queue, adult-trained writers, school and sports clinics
 * and a mixed queue write them. fix48a took the round's four readings back out ("whole/total body bone scan" as a bone scan's
 * name, "booking" as the writer's order word, "Re spine:"/"Re back:" as an order label, and a letter's suggestion of a bone
 * scan or "to see if"): an adversarial review found each let new wording into readers that do not hold back timing, hedging,
 * declining, a relative's study, or a study told done or with its report. These are the review's probes, each read as an order
 * by the round where a clinician reads none.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const noOrder = (head: string, lines: readonly string[]) => {
  for (const line of lines) assert.equal(orderOf(head, line), 'none', line);
};

describe("a whole-body bone scan dated, asked, later, reported, cancelled or another's orders nothing (r48, taken out)", () => {
  const head = '7 yo boy with back pain and an intermittent limp for 5 wks. Afebrile. Neuro exam nl.';

  it('reads no order', () => {
    noOrder(head, [
      'Whole body bone scan in March - no uptake.',
      'Whole body bone scan?',
      'Whole body bone scan in 6 months.',
      'Whole body bone scan ?',
      'Whole body bone scan??',
      'Whole body bone scan - ?needed',
      'Whole body bone scan next year.',
      'Whole body bone scan - see report.',
      'Req: whole body bone scan for dad',
      'Req: whole body bone scan (cancelled)',
      'Req: whole body bone scan?',
      'Whole body bone scan after MRI if needed.',
    ]);
  });
});

describe('"booking" a study asked, timed later, conditioned, undecided, argued against, not attended, or an appointment orders nothing (r48, taken out)', () => {
  const head = '2y M brought in with a cough - incidentally noted a small skin tag at the top of the natal cleft. Walking normally, neuro exam normal.';

  it('reads no order', () => {
    noOrder(head, [
      'Booking MRI L-spine?',
      'Booking follow-up in clinic after US spine.',
      'Booking an appointment with neurosurgery re MRI L-spine.',
      'Booking MRI L-spine in 6 months.',
      'Booking MRI L-spine at 1 yr.',
      'Booking MRI L-spine in the new year if mum agrees.',
      'Booking MRI L-spine - to discuss with parents first.',
      'Booking MRI L-spine - parents to decide.',
      'Booking MRI L-spine - DNA x2, discharged.',
      'Booking MRI L-spine, ?needed',
      'Booking MRI L-spine would be reasonable if it changes.',
      'Booking MRI L-spine seems excessive; reassured.',
      'Booking MRI L-spine in case of new symptoms.',
      'Booking MRI L-spine at 6 months of age.',
    ]);
  });
});

describe('"Re spine:" before a study hedged, argued against, declined, past or another service\'s orders nothing (r48, taken out)', () => {
  const head = '11 mo boy. Large flat port wine stain across the lower back, crossing the midline. Neuro nl.';

  it('reads no order', () => {
    noOrder(head, [
      'Re spine: MRI L-spine w/o maybe.',
      'Re spine: MRI L-spine w/o unlikely to change management.',
      'Re spine: MRI L-spine w/o would be overkill.',
      'Re spine: MRI L-spine w/o versus watchful waiting.',
      'Re spine: MRI L-spine w/o in the past.',
      'Re spine: MRI L-spine w/o by neurosurgery.',
      'Re spine: MRI L-spine w/o under NSx.',
      'Re spine: MRI L-spine w/o perhaps.',
      'Re spine: MRI L-spine w/o possibly.',
      'Re spine: MRI L-spine w/o eventually.',
      'Re spine: MRI L-spine w/o at some point.',
      'Re spine: MRI L-spine w/o not now.',
      'Re spine: MRI L-spine w/o. Parents do not want this.',
      'Re spine: MRI L-spine w/o. Not done - declined.',
    ]);
  });
});

describe('a letter\'s suggestion "to see if", or of a bone scan, conditioned, declined, asked, later, done or another\'s orders nothing (r48, taken out)', () => {
  const head = 'Re: Mia, 10 yrs. Low back pain for 5 weeks, waking her at night most nights. No fever.\nNeuro screen normal.';

  it('reads no order', () => {
    noOrder(head, [
      'I would suggest MRI L-spine to see if there is a tether; mum would rather wait.',
      'Mum asked whether we would suggest MRI L-spine to see if there is a tether.',
      "I'd suggest a whole body bone scan, which was done last week and was normal.",
      "I'd suggest a bone scan to see if anything shows up, though I doubt it is needed.",
      'I would suggest MRI L-spine to see if there is a tether when she is next seen.',
      'I would suggest MRI L-spine to see if the symptoms persist.',
      "I'd suggest a bone scan, which was done last week and was normal.",
      "I'd suggest a bone scan, though I doubt it is needed.",
      'I would suggest MRI L-spine to see if there is a tether when she is next reviewed in clinic.',
      'I would suggest MRI L-spine to see if there is a tether, assuming she gets worse.',
      'I would suggest MRI L-spine to see if there is a tether. However I note this was done in May and was normal.',
      'I would suggest MRI L-spine to see if there is a tether. This has already been done at OSH.',
      'I would suggest MRI L-spine to see if there is a tether; she had this at OSH in May, normal.',
      'I would suggest MRI L-spine to see if there is a tether for her sister.',
    ]);
  });
});

describe('a note headed by a whole-body bone scan, a title only, orders nothing (r48, taken out)', () => {
  it('reads no order', () => {
    for (const note of [
      'Whole body bone scan\n7 yo boy with back pain and limp 5 wks. Afebrile. Neuro nl.',
      'Whole body bone scan.\n7 yo boy with back pain and limp 5 wks. Afebrile. Neuro nl. Bone scan done 2 wks ago, normal.',
      'WHOLE BODY BONE SCAN REPORT\nClinical: 7 yo back pain. Findings: no abnormal uptake.',
      'Total body bone scan - mum (breast ca)\n7 yo boy with back pain 5 wks. Afebrile. Neuro nl.',
      'Whole body bone scan\n7 yo boy with back pain 5 wks. Afebrile. Neuro nl. Parents declined bone scan.',
      'Whole body bone scan\n7 yo boy with back pain 5 wks. Afebrile. Neuro nl. Parents declined whole body bone scan.',
      'Whole body bone scan (Tc-99m MDP)\nFindings: focal uptake L3 pedicle.\nConclusion: ?osteoid osteoma.',
    ])
      assert.equal(orderOf(note), 'none', note);
  });
});

describe("the round's own look-alikes stay refused (r48)", () => {
  it('reads no order from a whole-body bone scan told done or with its result', () => {
    const head = '7 yo boy with back pain and an intermittent limp for 5 wks. Afebrile. Neuro exam nl.';
    noOrder(head, ['Whole body bone scan normal.', 'Whole body bone scan 2024 - normal.', 'Req: whole body bone scan done last week, normal']);
  });

  it("reads no order from another's booking, one asked about, conditioned or declined, or of something else", () => {
    const head = '2y M brought in with a cough - incidentally noted a small skin tag at the top of the natal cleft. Walking normally, neuro exam normal.';
    noOrder(head, [
      'Asked GP about booking MRI L-spine.',
      'Ortho booking MRI L-spine at their clinic.',
      'Booking MRI L-spine if no better in 4 weeks.',
      'Not booking MRI L-spine - not indicated.',
      'MRI L-spine 2024 normal. Booking follow-up in clinic.',
      'Mum booking flights. No imaging.',
    ]);
  });

  it('reads no order from a study after "Re spine:" with its result, dated, conditioned, asked, or of another part', () => {
    const head = '11 mo boy. Large flat port wine stain across the lower back, crossing the midline. Neuro nl.';
    noOrder(head, [
      'Re spine: MRI L-spine w/o contrast normal last year.',
      'Re spine: MRI L-spine 2025.',
      'Re spine: MRI L-spine if it grows.',
      'Re spine: no imaging needed.',
      'Re spine: MRI L-spine w/o - normal, reassured.',
      'Re spine: MRI L-spine?',
      'Re brain: MRI brain.',
    ]);
  });

  it("reads no order from a letter's suggestion conditioned, negated, timed for later or of another part", () => {
    const head = 'Re: Mia, 10 yrs. Low back pain for 5 weeks, waking her at night most nights. No fever.\nNeuro screen normal.';
    noOrder(head, [
      "I'd suggest a whole body bone scan if no better in 2 weeks.",
      'I would not suggest a bone scan.',
      "I'd suggest an MRI L-spine to see if anything shows up if she is no better.",
      "I'd suggest a bone scan in 6 months.",
      "I'd suggest a brain MRI to see if anything shows up.",
    ]);
  });
});
