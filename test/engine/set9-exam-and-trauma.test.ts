/**
 * Set 9 (round 10d): the neurologic exam and the injury as clinicians in new voices write them.
 * Each positive case was read wrongly before; each near-miss must keep its reading (an exam stays
 * unknown unless it was examined and said; a deficit or an injury is never lost).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const trauma = (hpi: string, exam = 'Exam: neuro intact') => readNote('Age: 11 years', `HPI: ${hpi}`, exam, 'Order: XR L-spine').facts.trauma.significance;

describe('set 9: the neurologic exam', () => {
  describe('an exam "without deficits" or "without alterations" is a normal one', () => {
    const CASES: string[][] = [
      ['Child 8 years, febrile for 5 days with lumbar pain. Neurological exam without focal deficits.', 'Requested: MRI L-spine'],
      ['Adolescent 13 years, fall from horse. Neurological exam without deficits.', 'Requested: MRI T-spine'],
      ['Patient: 2 mo M', 'Physical exam: sacral dimple 3 mm, base seen', 'Neurological exam: without alterations.', 'Order: US spine'],
      ['Patient: 2 mo M', 'Neurologic examination: no alterations', 'Order: US spine'],
      ['Patient: 2 mo M', 'HPI: dimple. Neuro exam with no focal deficits.', 'Order: US spine'],
      ['Patient: 9 mo F', 'O) Skin appendage midline. Legs move good, reflex normal.', 'P) XR L-spine'],
    ];
    for (const c of CASES) it(c.join(' / '), () => assert.equal(neuro(...c), 'normal'));
  });

  describe('near-misses: a deficit stays abnormal, an exam not said stays unknown', () => {
    const ABNORMAL: string[][] = [
      ['Patient: 2 mo M', 'Neurological exam: alterations of tone in the legs', 'Order: US spine'],
      ['Patient: 2 mo M', 'Neurological exam: abnormalities of gait', 'Order: US spine'],
      ['Patient: 8 y', 'HPI: lumbar pain. Neurological exam with focal deficits in the L leg.', 'Order: MRI L-spine'],
      ['Patient: 7 wk F', 'HPI: On my exam the L leg is floppier than the R with fewer spontaneous movements.', 'Order: US spine'],
      ['Patient: 7 wk F', 'HPI: R leg stiffer than L on exam.', 'Order: US spine'],
      ['Patient: 6 wk F', 'HPI: dimple. Exam: legs hypertonic, L more than R.', 'Order: US spine'],
    ];
    for (const c of ABNORMAL) it(`abnormal: ${c.join(' / ')}`, () => assert.equal(neuro(...c), 'abnormal'));
    const UNKNOWN: string[][] = [
      // The eye's red reflex is no neurologic exam.
      ['Patient: 2 mo M', 'HPI: sacral dimple. Red reflex normal bilaterally.', 'Order: US spine'],
      ['Patient: 2 mo M', 'HPI: sacral dimple. Neurology consult without delay.', 'Order: US spine'],
    ];
    for (const c of UNKNOWN) it(`unknown: ${c.join(' / ')}`, () => assert.equal(neuro(...c), 'unknown'));
  });

  describe("a table's cells part the items: a denial in one cell does not deny the exam in the next", () => {
    it('| no trauma | neuro exam normal |', () =>
      assert.equal(neuro('Peer review | 11 y F | LBP 10 days | afebrile, no night pain | no trauma | neuro exam normal | ORDERED: XR L-spine AP/lat'), 'normal'));
    it('near-miss: | neuro exam not normal |', () =>
      assert.notEqual(neuro('Peer review | 11 y F | LBP 10 days | no trauma | neuro exam not normal | ORDERED: XR L-spine'), 'normal'));
    it('near-miss: | wt stable | L leg weaker |', () =>
      assert.equal(neuro('Peer review | 11 y F | LBP 10 days | wt stable | L leg weaker than R | ORDERED: MRI L-spine'), 'abnormal'));
  });

  describe('a muscle of the structural exam (osteopathic) is no tone of the neurologic exam', () => {
    const lines = (structural: string) => [
      'Patient: 6 wk F',
      `Structural exam: ${structural}`,
      'Neuro: normal tone, symmetric Moro, moving all extremities well.',
      'Plan: spinal ultrasound',
    ];
    it('R SCM hypertonic', () => assert.equal(neuro(...lines('R SCM hypertonic, OA flexed/side-bent R.')), 'normal'));
    it('paraspinals hypertonic', () => assert.equal(neuro(...lines('L lumbar paraspinals hypertonic, sacrum flexed L.')), 'normal'));
    it('near-miss: legs hypertonic', () => assert.equal(neuro(...lines('legs hypertonic, sacrum flexed L.')), 'abnormal'));
  });

  describe('headings of a physiatry note and of an e-consult question are the history', () => {
    it('PM&R: … neuro exam nl', () => {
      const n = readNote('PM&R: 16 y M hockey, LBP x 12 d from training camp (heavy squats), no fever, no night pain, neuro exam nl -- Order: MRI lumbar spine with contrast');
      assert.equal(n.facts.neuro.state, 'normal');
      assert.ok(n.facts.hits.some((h) => h.present && h.finding.category === 'back-pain'));
    });
    it('Q: … Neuro exam normal. Next step?', () => {
      const n = readNote(
        'eConsult, pediatric radiology',
        'Q: 12 yo F with back pain that wakes her at night. Neuro exam normal. Next step?',
        'A: MRI whole spine without contrast.',
      );
      assert.equal(n.facts.neuro.state, 'normal');
      assert.ok(n.facts.hits.some((h) => h.present && h.finding.category === 'back-pain'));
    });
  });
});

describe('set 9: the injury', () => {
  describe('mechanisms that were not read', () => {
    it('quad bike rolled, landed across his back: significant', () =>
      assert.equal(trauma('Quad bike rolled on the station track approx 1 hr ago, bike landed across his back. C/o pain mid to low back.'), 'significant'));
    it('checked from behind at full speed into the boards: significant', () =>
      assert.equal(trauma('Yesterday checked from behind at full speed and went head-first into the boards. Now neck pain.'), 'significant'));
    it('slipped on the wet dock and sat down hard: trivial', () =>
      assert.equal(
        trauma(
          'Slipped on the wet dock and sat down hard on his bottom. Lower back a bit sore.',
          'Exam: mild tenderness over the L paraspinal muscles, no midline tenderness. Neuro intact.',
        ),
        'trivial',
      ));
  });

  describe('a mechanism the child cannot tell is unclear', () => {
    it("can't remember a tackle or a fall", () => assert.equal(trauma('Says he "hurt it at football" but can\'t remember a tackle or a fall. Back pain x 2 days.'), 'unclear'));
    it('unsure whether he fell', () =>
      assert.equal(trauma('low back pain since the trampoline park yesterday - unsure whether he fell or landed awkwardly, no specific injury recalled.'), 'unclear'));
    it('near-miss: a told high-energy mechanism stays significant', () => assert.equal(trauma("tackled hard at football, can't remember a thing after; back pain"), 'significant'));
    it('near-miss: trampoline with a flip stays significant', () => assert.equal(trauma('flipped on the trampoline and landed on his neck; back pain'), 'significant'));
  });

  describe('"it hurts her back" is pain, not an injury', () => {
    it('cries when lifted "because it hurts her back"', () => assert.equal(trauma('3 wk of back pain. Cries when lifted "because it hurts her back".'), 'none'));
    it('near-miss: she hurt her back at gymnastics', () => assert.notEqual(trauma('She hurt her back at gymnastics on Monday.'), 'none'));
  });

  describe('repeated falls beside a deficit are its sign', () => {
    const exam = 'Exam: spastic catch both legs, sustained ankle clonus bilat.';
    it('2 falls on the stairs this week', () => assert.equal(trauma('6 wk of back pain, now stiff legs and 2 falls on the stairs this week.', exam), 'none'));
    it('near-miss: a fall down the stairs stays significant', () => assert.equal(trauma('6 wk of back pain, fell down the stairs this week.', exam), 'significant'));
    it('near-miss: one fall beside a deficit stays significant', () => assert.equal(trauma('fell at school yesterday, now back pain.', exam), 'significant'));
    it('near-miss: falls without a deficit stay unclear', () => assert.equal(trauma('back pain, 2 falls this week.'), 'unclear'));
  });

  describe('paraspinal tenderness with an article or a side before the place is not focal', () => {
    it('tenderness over the L paraspinal muscles after a fall is no focal tenderness', () =>
      assert.notEqual(trauma('fell at recess yesterday, back sore.', 'Exam: mild tenderness over the L paraspinal muscles. Neuro intact.'), 'significant'));
    it('near-miss: tenderness over the L1 spinous process is focal', () =>
      assert.equal(trauma('fell at recess yesterday, back sore.', 'Exam: tenderness over the L1 spinous process. Neuro intact.'), 'significant'));
  });
});

describe('set 9: a referral made, beside an appointment pending', () => {
  const referral = (hpi: string) => readNote('Patient: 3 mo M', 'Findings: deep sacral dimple', `HPI: ${hpi}`, 'Order: MRI L-spine').facts.referral.neurosurgery;
  it('referral placed by PCP, appointment pending', () => assert.equal(referral('Neurosurgery referral placed by PCP 10/02, pediatric neurosurgery appointment pending.'), true));
  it('referral placed, pending MRI', () => assert.equal(referral('Neurosurgery referral placed, pending MRI.'), true));
  it('near-miss: referral pending the MRI result, the MRI placed', () => assert.equal(referral('Referral to neurosurgery pending MRI result, MRI placed today.'), false));
  it('near-miss: referral if the MRI is abnormal', () => assert.equal(referral('Will refer to neurosurgery if the MRI is abnormal.'), false));
  it('near-miss: referral placed if the MRI is abnormal', () => assert.equal(referral('NSGY referral placed if MRI abnormal, pending.'), false));
});

describe('set 9: a condition before the referral still holds it', () => {
  const referral = (plan: string) => readNote('Patient: 10 y M', 'HPI: fever and back pain', `Plan: ${plan}`, 'Order: MRI L-spine').facts.referral.neurosurgery;
  it('if new leg weakness, numbness or urinary retention -> call NSGY stat', () =>
    assert.equal(referral('if new leg weakness, numbness or urinary retention -> call NSGY and escalate MRI to stat'), false));
});

describe('set 9: a quad bike may be either energy', () => {
  it('near-miss: fell off a quad bike at walking pace, got up: trivial', () =>
    assert.equal(trauma('fell off a quad bike at walking pace, got up and walked home. LBP.'), 'trivial'));
});
