/**
 * Three misreadings of which study is ordered now. A condition on the patient's course that opens a Plan sentence governs
 * its study when the Plan names another study too ("If worse: MRI. XR L-spine today" orders the radiograph); a semicolon
 * after the conditioned study ends the clause, so an "if needed", "prn" or "otherwise" after it is another step's ("If
 * worse: MRI L-spine; otherwise review in clinic" orders nothing); and a clinic's note that tells what the ED did ("ED: XR L
 * spine done, no fx") reports a study done before, while an ED note keeps its own study and its own plan.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

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

describe("a clinic's note telling what the ED did", () => {
  it('"ED: XR L spine done, no fx" under a clinic heading is no order', () => {
    assert.equal(orderOf('Sports med clinic', '14 yo M, LBP 3 wks after fall skiing. Neuro intact.', 'ED: XR L spine done, no fx. D/c.', 'Plan: PT, NSAIDs.'), 'none');
    assert.equal(
      orderOf('Pediatrics clinic note', 'Age: 10 y', 'CC: back pain x 2 wk after fall off bike.', 'ED: XR T/L spine done, no fx, d/c home.', 'A/P: muscular strain. PT.'),
      'none',
    );
    assert.equal(
      orderOf('Peds clinic', 'Age: 11 y F', 'HPI: LBP after fall from swing 1 wk ago.', 'A&E: XR lumbar spine done, no fracture.', 'Neuro intact. Plan: reassure, NSAIDs.'),
      'none',
    );
  });
  it('nor when the note tells the ED visit as before', () => {
    assert.equal(
      orderOf(
        'Pt: 12 y F',
        'HPI: back pain since a fall off trampoline last week. Seen in ED same day.',
        'ED: XR L spine done, no fx',
        'Exam: neuro nl.',
        'Plan: NSAIDs, PT, f/u 4 wk',
      ),
      'none',
    );
    assert.equal(
      orderOf(
        'Fracture clinic',
        'Age: 12 y M',
        'HPI: LBP 10 d after a fall off a wall. Went to the ER that night.',
        'ER: CT T/L spine done - negative',
        'Plan: brace, physio, review 4 wk',
      ),
      'none',
    );
  });
  it('the study done is the prior radiograph', () => {
    const n = readNote(
      'Peds clinic',
      'Age: 13 y F',
      'HPI: LBP x 6 wk, wakes her at night. No trauma. Seen in ED 2 wk ago.',
      'ED: XR L spine done, normal',
      'Exam: neuro intact.',
      'Plan: NSAIDs, review 2 wk',
    );
    assert.equal(n.facts.order, undefined);
    assert.equal(n.scenario, 'back-pain-red-flags-negative-radiographs');
  });
  it("near misses: the clinic's own order stays the order", () => {
    const clinic = ['Ortho clinic f/u', 'Age: 13 y F', 'HPI: LBP since fall off horse 2 wk ago, seen in ED same day.', 'ED: XR L-spine done, no fx'];
    assert.equal(orderOf(...clinic, 'Plan: MRI L-spine w/o contrast'), 'mri-area-without');
    assert.equal(orderOf(...clinic, 'Plan: XR L-spine flexion/extension views today'), 'xr-area');
    assert.equal(orderOf('Sports med clinic', 'Age: 14 y M', 'HPI: LBP 3 wk after fall skiing. Neuro intact.', 'XR L-spine: done today in clinic, ordered', 'Plan: PT'), 'xr-area');
    assert.equal(orderOf(...clinic, 'Plan: If no better in 4 wk: MRI L-spine; f/u prn'), 'none');
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
  it('"ED plan: XR L-spine" is the order', () => {
    assert.equal(orderOf('Peds ED note', 'Age: 11 y M', 'HPI: fell off trampoline today, LBP, midline tenderness L2. Neuro intact.', 'ED plan: XR L-spine'), 'xr-area');
    assert.equal(
      orderOf('HPI: 11 yo M fell from a tree ~3 m today, LBP, tender L2. Neuro intact.', 'ED plan: XR L-spine AP/lat', 'Dispo: pending films, then f/u sports med clinic'),
      'xr-area',
    );
  });
});
