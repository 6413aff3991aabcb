/**
 * Misreadings of which study is ordered now. A condition on the patient's course that opens a Plan sentence governs its
 * study when the Plan names another study too ("If worse: MRI. XR L-spine today" orders the radiograph), and the other
 * study is the order only when told as one now, never a prior told in the Plan ("If no better in 4 wk: MRI L-spine. XR
 * L-spine 3 wk ago normal" orders nothing) nor an alternative ("…; if insurance denies, XR L-spine"); a condition told met
 * ("When reviewed, still symptomatic after 6 wk PT: MRI", "…: MRI L-spine; requested today") keeps its study; a semicolon
 * after the conditioned study ends the clause, so an "if needed", "prn" or "otherwise" after it is another step's ("If
 * worse: MRI L-spine; otherwise review in clinic" orders nothing). An ED note keeps the study done at its visit, whatever
 * clinic its first lines name.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const PT = 'Pt: 9 y M';
const HX = 'HPI: low back pain x 3 wk, worse after soccer. No fever, no night pain, no weight loss.';
const EXAM = 'Exam: no midline tenderness, neuro nl.';
const planOf = (plan: string) => orderOf(PT, HX, EXAM, plan);

describe('a Plan that conditions one study on the course and orders another now', () => {
  for (const plan of [
    'Plan: If worse: MRI. XR L-spine today.',
    'Plan: If no better in 4 wk: MRI L-spine; XR today',
    'Plan: NSAIDs, activity as tolerated. If no better in 4 wk: MRI L-spine; XR L-spine today',
    'Plan: If sx persist >6 wk: MRI L-spine w/o. For now XR L-spine AP/lat.',
    'Plan: If worsening or new neuro sx: MRI. XR L spine today.',
    'Plan: Should pain persist beyond 6 weeks: MRI L-spine. XR L-spine 2 views today.',
    'A/P: mechanical LBP. If still sore at 6/52: MRI LS spine. Plain films LS spine today.',
    'MDM: LBP, well appearing. If not improving: MRI L-spine. XR L-spine now.',
    'Rec: If no improvement with PT: MRI L-spine. XR L-spine today.',
    'Plan: If worse: MRI L-spine or CT. XR today.',
    'Plan: If no improvement: MRI L-spine; XR L-spine today if possible',
  ]) {
    it(`"${plan}" orders the radiograph`, () => assert.equal(planOf(plan), 'xr-area'));
  }
  it('joined by a comma, a dash or an arrow as by a colon', () => {
    assert.equal(planOf('Plan: If worse, MRI. XR L-spine today.'), 'xr-area');
    assert.equal(planOf('Plan: If no better in 4 wk - MRI L-spine; XR L-spine today'), 'xr-area');
    assert.equal(planOf('Plan: If worse -> MRI. XR L-spine today.'), 'xr-area');
  });
  it('in a SOAP plan', () => {
    assert.equal(orderOf('Age: 9 y M', 'S: LBP x 3 wk, no red flags', 'O: neuro nl', 'A: mechanical LBP', 'P: If worse: MRI. XR L-spine today.'), 'xr-area');
  });
  it('whatever the study ordered now', () => {
    assert.equal(planOf('Plan: If no better in 4 wk: MRI L-spine; CT L-spine today'), 'ct-area-without');
  });
  it('orders nothing when the other study is one done before', () => {
    assert.equal(planOf('Plan: If worse: MRI. XR L-spine normal.'), 'none');
    assert.equal(planOf('Plan: If no better in 4 wk: MRI L-spine; XR L-spine neg 2 wk ago'), 'none');
  });
});

describe('near misses: a study ordered now with a condition on another step', () => {
  it('a condition after the study, or on a step of its own, keeps the study', () => {
    assert.equal(planOf('Plan: MRI L-spine today. If worse: refer NSGY'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine today; if worse: refer NSGY'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine today. If worse: XR flexion-extension.'), 'mri-area-without');
    assert.equal(planOf('Plan: XR L-spine today. If worse: MRI.'), 'xr-area');
    assert.equal(planOf('Plan: XR L-spine today; if worse: MRI L-spine'), 'xr-area');
    assert.equal(planOf('Plan: If worse: refer ortho. MRI L-spine today. XR not needed.'), 'mri-area-without');
    assert.equal(planOf('Plan: If worse: return. MRI L-spine today, XR not needed.'), 'mri-area-without');
  });
  it('an order told done, a condition met today or a condition that is no course keeps the study', () => {
    assert.equal(planOf('Plan: If pain persists despite PT: ordered MRI L-spine today; XR not needed'), 'mri-area-without');
    assert.equal(planOf('Plan: When reviewed today still symptomatic: MRI L-spine. XR not needed.'), 'mri-area-without');
    assert.equal(planOf('Plan: If sedation needed: MRI under GA. XR L-spine deferred.'), 'mri-area-without');
  });
});

describe('beside a study conditioned on the course, a study the Plan tells done before', () => {
  for (const plan of [
    'Plan: If no better in 4 wk: MRI L-spine. XR L-spine 3 wk ago normal.',
    'Plan: If worse: MRI L-spine; XR L-spine last month unremarkable',
    'Plan: If sx persist: MRI L-spine w/o. XR L-spine at OSH 1/2025 reportedly nl.',
    'Plan: If worse: MRI. XR L-spine from 4/2 reviewed with family - no spondylolysis.',
    'Plan: If no improvement: MRI L-spine. XR L-spine (2 wk ago): no pars defect.',
    'Plan: If worse: MRI L-spine. XR L-spine, normal.',
    'Plan: If worse: MRI L-spine. XR L-spine (GP) - normal.',
    'Plan: If worse: MRI L-spine. XR L-spine done in ED, no fx.',
  ]) {
    it(`"${plan}" orders nothing`, () => assert.equal(planOf(plan), 'none'));
  }
  it('nor a study that is itself conditioned or the alternative', () => {
    assert.equal(planOf('Plan: If no better in 6/52: MRI L-spine w/o; if insurance denies, XR L-spine'), 'none');
    assert.equal(planOf('Plan: If worse: MRI L-spine; otherwise XR L-spine at 6 wk review'), 'none');
    assert.equal(planOf('Plan: If no better with PT: MRI L-spine. If neuro sx develop: urgent MRI whole spine. XR L-spine today.'), 'xr-area');
  });
  it('near misses: a study told for now, or with another step after a comma, stays ordered', () => {
    assert.equal(planOf('Plan: If worse: MRI L-spine; otherwise XR L-spine today'), 'xr-area');
    assert.equal(planOf('Plan: If worse: MRI L-spine. If possible, XR L-spine today.'), 'xr-area');
    assert.equal(planOf('Plan: If worse: MRI L-spine. XR L-spine AP/lat.'), 'xr-area');
    assert.equal(planOf('Plan: If worse: MRI L-spine. XR L-spine, f/u with PCP.'), 'xr-area');
    assert.equal(planOf('Plan: If worse: MRI L-spine. XR L-spine, refer if abnormal.'), 'xr-area');
    assert.equal(planOf('Plan: If worse: MRI L-spine. XR L-spine today - r/o fracture.'), 'xr-area');
    assert.equal(planOf('Plan: If worse: MRI L-spine. Prior XR normal. XR flex/ext today.'), 'xr-area');
  });
});

describe('a course condition told met', () => {
  it('keeps its study, beside a prior or alone', () => {
    assert.equal(planOf('Plan: When reviewed, still symptomatic after 6 wk PT: MRI L-spine w/o. XR normal.'), 'mri-area-without');
    assert.equal(planOf('Plan: When reviewed, still symptomatic after 6 wk PT: MRI L-spine w/o.'), 'mri-area-without');
    assert.equal(planOf('Plan: If no better after PT: MRI L-spine; requested today. XR L-spine normal.'), 'mri-area-without');
    assert.equal(planOf('Plan: If no better after PT: MRI L-spine; requested today.'), 'mri-area-without');
    assert.equal(planOf('Plan: When pain persists beyond 6 wk as here: MRI L-spine w/o. XR L-spine 3 wk ago normal.'), 'mri-area-without');
    assert.equal(planOf('Plan: When pain persists beyond 6 wk as here: MRI L-spine w/o.'), 'mri-area-without');
  });
  it('near misses: a review to come, a condition after the review, or an order of something else leave the study conditioned', () => {
    assert.equal(planOf('Plan: When reviewed at 6 wk, still symptomatic: MRI L-spine w/o.'), 'none');
    assert.equal(planOf('Plan: When reviewed in clinic in 6 wk, still sore: MRI L-spine w/o.'), 'none');
    assert.equal(planOf('Plan: When seen, if still sore: MRI L-spine w/o.'), 'none');
    assert.equal(planOf('Plan: When reviewed, if still symptomatic: MRI L-spine w/o. XR L-spine today.'), 'xr-area');
    assert.equal(planOf('Plan: If pain persists beyond 6 wk: MRI L-spine w/o.'), 'none');
    assert.equal(planOf('Plan: If worse: MRI L-spine; requested PT.'), 'none');
    assert.equal(planOf('Plan: If no better after PT: MRI L-spine; PT requested today.'), 'none');
    assert.equal(planOf('Plan: If no better in 6 wk: MRI L-spine; scheduled for 6 wk.'), 'none');
  });
});

describe('a semicolon right after a study conditioned on the course', () => {
  for (const plan of [
    'Plan: If worse: MRI L-spine; review in clinic',
    'Plan: If worse: MRI L-spine; otherwise review in clinic',
    'Plan: If worse: MRI L-spine; ibuprofen prn',
    'Plan: If worse: MRI L-spine; f/u in clinic if needed',
    'Plan: If no better in 6 wk: MRI L-spine; otherwise PRN',
    'Plan: If worse: MRI L-spine; review sooner if insurance approves PT',
    'Plan: If no improvement, MRI L-spine; sedation if needed',
    'Plan: Ibuprofen prn; if worse: MRI L-spine.',
    'Plan: If worse: MRI L-spine; review in clinic; XR not needed',
  ]) {
    it(`"${plan}" orders nothing`, () => assert.equal(planOf(plan), 'none'));
  }
  it('in a note written as a paragraph', () => {
    const hpi = '9 yo M with LBP x 3 wk, no red flags, neuro nl.';
    assert.equal(orderOf(`${hpi} If worse: MRI L-spine; ibuprofen prn.`), 'none');
    assert.equal(orderOf(`${hpi} If no better in 4 wk: MRI L-spine; otherwise f/u PRN.`), 'none');
  });
  it('near misses: a study with no condition, or one whose own clause keeps it, stays ordered', () => {
    assert.equal(planOf('Plan: MRI L-spine w/o today; sedation if needed'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine if needed; review in clinic'), 'mri-area-without');
    assert.equal(planOf('Plan: If insurance approves: MRI L-spine; review in clinic'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine w/o contrast; review in clinic with results'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine; if insurance declines, XR L-spine'), 'mri-area-without');
    assert.equal(planOf('Plan: MRI L-spine tonight if the scanner is available, otherwise first thing tomorrow.'), 'mri-area-without');
  });
});

describe("an ED note's own study and plan", () => {
  const hpi = 'HPI: 9 yo F fell 2 m from monkey bars, midline L1 tenderness. Neuro intact.';
  it('a study done at its visit stays its study', () => {
    assert.equal(orderOf('CC: back pain after fall', hpi, 'ED: XR T/L spine done, no fx.', 'Dispo: home with ortho f/u'), 'xr-area');
    assert.equal(orderOf('Peds ED', 'Age: 11 y F', 'HPI: fell from swing today, LBP, tender L3. Neuro intact.', 'ED: XR L-spine done, no fx. D/c home, f/u PCP'), 'xr-area');
    assert.equal(orderOf('ED f/u', 'Age: 10 y F', 'HPI: fell off bike today, LBP, tender L1.', 'ED: XR T/L spine done, no fx.'), 'xr-area');
  });
  it('words an ED writes of its own visit, or of a clinic to come, do not make it a clinic note', () => {
    assert.equal(
      orderOf(
        'CC: back pain after fall',
        'HPI: 9 yo F presented to ED after a fall 2 m from monkey bars, tender L1.',
        'ED: XR T/L spine done, no fx.',
        'Dispo: home, f/u in ortho clinic 1 wk',
      ),
      'xr-area',
    );
    assert.equal(orderOf('CC: LBP, sent from clinic', 'HPI: 11 yo M fell from a tree ~3 m, tender L2. Neuro intact.', 'ED: XR T/L spine done, no fx.', 'Dispo: home'), 'xr-area');
  });
  it('an ED note whose first lines name a clinic, the PCP or an earlier visit keeps the study done at its visit', () => {
    const cases: [string[], string][] = [
      [['PCP: Dr. Patel', 'CC: back pain after fall from monkey bars', hpi, 'ED: XR T/L spine done, no fx.', 'Dispo: home, f/u PCP 1 wk'], 'xr-area'],
      [['Sent from the clinic - LBP', 'HPI: 11 yo M fell from tree ~3 m today, tender L2. Neuro intact.', 'ED: XR T/L spine done - neg', 'Dispo: home, ortho f/u'], 'xr-area'],
      [
        ['Transfer from urgent care clinic', 'HPI: 13 yo M, trampoline injury this am, tender T12. Neuro intact.', 'ED: CT T/L spine done, no fx.', 'Dispo: home'],
        'ct-area-without',
      ],
      [['CC: LBP despite outpatient PT', 'HPI: 13 yo M, fell off skateboard today onto back, tender L1. Neuro intact.', 'ED: XR T/L spine done, no fx.', 'Dispo: home'], 'xr-area'],
      [
        [
          'CC: LBP, seen in clinic yesterday',
          'HPI: 14 yo F with 3 wk LBP, now new leg weakness and urinary retention since this am.',
          'ED: MRI L-spine w/wo done, no cord compression.',
          'Dispo: admit ortho',
        ],
        'mri-area-without-and-with',
      ],
      [['Fast track clinic', 'HPI: 12 yo F fell off trampoline 2 h ago, tender L2, neuro intact.', 'ED: XR L-spine done, no fx', 'Dispo: home, ibuprofen'], 'xr-area'],
      [
        [
          'CC: back pain after fall',
          'HPI: 13 yo M fell off a wall ~2 m today, tender L1, neuro intact.',
          'ED: XR T/L spine done, no fx.',
          'Dispo: home',
          'Attending attestation: patient was seen in the ED by the resident and me; agree with plan.',
        ],
        'xr-area',
      ],
      [
        [
          'Ortho consult',
          '14 yo M, fall from 3 m off roof today, seen in the ED, midline tenderness L1, neuro intact.',
          'ED: CT T/L spine done, no fx.',
          'Rec: TLSO prn, f/u spine clinic 2 wk',
        ],
        'ct-area-without',
      ],
      [
        [
          'HPI: 10 yo F, seen in ED 2 d ago for LBP after fall, d/c with ibuprofen. Returns with worse pain, now tender L3, new limp.',
          'ED: XR L-spine done, no fx.',
          'Dispo: home, f/u ortho',
        ],
        'xr-area',
      ],
    ];
    for (const [lines, order] of cases) assert.equal(orderOf(...lines), order, lines[0]);
  });
  it('"ED plan: XR L-spine" is the order', () => {
    assert.equal(orderOf('Peds ED note', 'Age: 11 y M', 'HPI: fell off trampoline today, LBP, midline tenderness L2. Neuro intact.', 'ED plan: XR L-spine'), 'xr-area');
    assert.equal(
      orderOf('HPI: 11 yo M fell from a tree ~3 m today, LBP, tender L2. Neuro intact.', 'ED plan: XR L-spine AP/lat', 'Dispo: pending films, then f/u sports med clinic'),
      'xr-area',
    );
  });
});
