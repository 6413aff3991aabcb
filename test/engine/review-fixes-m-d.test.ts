/**
 * Review of round 10d (neuro exam, trauma, referral): defects found by probes written as clinicians write,
 * each read wrongly before its fix, with near-misses that must keep their reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const trauma = (hpi: string, exam = 'Exam: neuro intact') => readNote('Age: 11 years', `HPI: ${hpi}`, exam, 'Order: XR L-spine').facts.trauma.significance;
const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const referral = (plan: string) =>
  readNote('Patient: 3 mo M', 'Findings: deep sacral dimple, not able to see base', `Plan: ${plan}`, 'Order: MRI L-spine').facts.referral.neurosurgery;

describe('review 10d: a vehicle or a rink named is no injury', () => {
  it('rides quad bikes, no trauma: none', () => assert.equal(trauma('back pain x 5 weeks, wakes at night. Enjoys riding quad bikes with dad. No trauma.'), 'none'));
  it('rides a quad bike on the farm, no injury: none', () => assert.equal(trauma('rides a quad bike on the farm, no injury, back pain x 6 weeks worse at night'), 'none'));
  it('rides an ATV on the farm, no injury: none', () => assert.equal(trauma('rides an ATV on the farm, no injury, back pain x 6 weeks worse at night'), 'none'));
  it('practicing shots into the boards, no falls or hits: none', () =>
    assert.equal(trauma('hockey goalie, LBP x 6 wk, worse at night. Spends hours practicing shots into the boards. No falls or hits.'), 'none'));
  it('the scenario stays back pain with red flags', () =>
    assert.equal(
      readNote('Age: 12 years', 'HPI: LBP 6 wk, night pain, weight loss 3 kg. Lives on a farm, rides quad bikes daily, no falls.', 'Order: MRI L-spine').scenario,
      'back-pain-red-flags',
    ));
  it('near-miss: quad bike rolled, landed on him: significant', () => assert.equal(trauma('quad bike rolled on a hill 2 h ago, bike landed on him, back pain'), 'significant'));
  it('near-miss: ATV rolled on a hillside at speed: significant', () => assert.equal(trauma('ATV rolled on a hillside at speed, back pain'), 'significant'));
  it('near-miss: checked into the boards: significant', () => assert.equal(trauma('was checked into the boards at hockey last night, back pain'), 'significant'));
  it('near-miss: went head first into the boards: significant', () => assert.equal(trauma('went head first into the boards at hockey last night, back pain'), 'significant'));
});

describe('review 10d: paraspinal tenderness beside a focal place named later stays focal', () => {
  const fell = 'fell at recess, back sore';
  it('paraspinal region and the L2 spinous process', () =>
    assert.equal(trauma(fell, 'Exam: tender over the R lumbar paraspinal region and the L2 spinous process. Neuro intact.'), 'significant'));
  it('paraspinal muscles and midline at L1', () => assert.equal(trauma(fell, 'Exam: tenderness over the left paraspinal muscles and midline at L1. Neuro intact.'), 'significant'));
  it('bilateral paraspinals and the midline', () => assert.equal(trauma(fell, 'Exam: tenderness over the bilateral paraspinals and the midline. Neuro intact.'), 'significant'));
  it('near-miss: paraspinals, no midline tenderness', () =>
    assert.notEqual(trauma(fell, 'Exam: tender over the L paraspinals, no midline tenderness. Neuro intact.'), 'significant'));
  it('near-miss: paraspinals but not over the midline', () =>
    assert.notEqual(trauma(fell, 'Exam: tender over the L paraspinal muscles but not over the midline. Neuro intact.'), 'significant'));
});

describe('review 10d: a referral yet to be made or taken back is none', () => {
  it('referral to be placed, pending MRI result', () => assert.equal(referral('Neurosurgery referral to be placed, pending MRI result.'), false));
  it('referral placed, declined by family', () => assert.equal(referral('NSGY referral placed, declined by family.'), false));
  it('referral placed, family declined', () => assert.equal(referral('NSGY referral placed, family declined.'), false));
  it('referral placed, cancelled by family', () => assert.equal(referral('NSGY referral placed, cancelled by family.'), false));
  it('near-miss: referral placed, appointment pending', () => assert.equal(referral('NSGY referral placed, appointment pending.'), true));
  it('near-miss: referral placed, will call if no appointment in 2 weeks', () =>
    assert.equal(referral('Neurosurgery referral placed, will call if no appointment in 2 weeks.'), true));
});

describe('review 10d: a weakness compared between sides after a denial is asserted', () => {
  const weak = (hpi: string) => readNote('Age: 11 years', `HPI: ${hpi}`, 'Order: MRI L-spine').facts.hits.some((h) => h.finding.id === 'weakness' && h.present);
  it('no trauma, L leg weaker than R', () => assert.equal(weak('no trauma, L leg weaker than R'), true));
  it('back pain 3 weeks, no fever, R leg weaker than L', () => assert.equal(weak('back pain x 3 wk, no fever, R leg weaker than L'), true));
  it('denies trauma, L leg weaker than R', () => assert.equal(weak('denies trauma, L leg weaker than R'), true));
  it('the scenario has red flags', () =>
    assert.equal(readNote('Age: 11 years', 'HPI: back pain 3 weeks, no trauma, L leg weaker than R', 'Order: MRI L-spine').scenario, 'back-pain-red-flags'));
  it('near-miss: no weakness, numbness or tingling stays denied', () => assert.equal(weak('back pain x 3 wk, no fever, weakness, numbness or tingling'), false));
});

describe("review 10d: another organ's reflex is no neurologic exam", () => {
  const dimple = (line: string) => neuro('Age: 2 months', `Findings: sacral dimple 3 mm, within gluteal cleft, 1 cm from anus. ${line}`, 'Order: US spine');
  it('Pupils: light reflex normal', () => assert.equal(dimple('Pupils: light reflex normal.'), 'unknown'));
  it('startle reflex ok', () => assert.equal(dimple('Ears: hearing screen passed, startle reflex ok.'), 'unknown'));
  it('Reflex: red reflex normal', () => assert.equal(dimple('Reflex: red reflex normal'), 'unknown'));
  it('Red reflexes normal', () => assert.equal(dimple('Red reflexes normal.'), 'unknown'));
  it('no simple-dimple advice on a light reflex alone', () =>
    assert.ok(
      !readNote('Age: 2 months', 'Findings: sacral dimple 3 mm, within gluteal cleft, 1 cm from anus. Pupils: light reflex normal.', 'Order: US spine').rules.includes(
        'simple-dimple',
      ),
    ));
  it('near-miss: Moro reflex normal is an exam of the infant', () => assert.equal(dimple('Moro reflex normal.'), 'normal'));
  it('near-miss: reflexes normal', () => assert.equal(dimple('Reflexes normal.'), 'normal'));
});

describe('review 10d: an altered sensation in a Neuro value is a deficit', () => {
  it('Neurological exam: sensation altered in L5 distribution', () =>
    assert.equal(neuro('Age: 11 years', 'HPI: back pain 3 weeks', 'Neurological exam: sensation altered in L5 distribution', 'Order: MRI L-spine'), 'abnormal'));
  it('near-miss: Neurological exam: without alterations', () =>
    assert.equal(neuro('Age: 11 years', 'HPI: back pain 3 weeks', 'Neurological exam: without alterations', 'Order: MRI L-spine'), 'normal'));
});

describe('review 10d: a focal place denied right after it stays denied, one named before a later denial stays focal', () => {
  const fell = 'fell at recess, back sore';
  it('near-miss: paraspinals and midline nontender', () =>
    assert.notEqual(trauma(fell, 'Exam: tender over the L paraspinal muscles and midline nontender. Neuro intact.'), 'significant'));
  it('paraspinals and the midline without step-off', () =>
    assert.equal(trauma(fell, 'Exam: tender over the L paraspinal muscles and the midline without step-off. Neuro intact.'), 'significant'));
});

describe('review 10d: an age opening a "Q:" heading is read (the heading made it prose, where "Q: 6" read as a frequency)', () => {
  it('Q: 6 wk F with a hairy tuft … XR L-spine ordered: the infant XR is flagged', () => {
    const n = readNote('eConsult, pediatric radiology', 'Q: 6 wk F with a hairy tuft over the lumbar spine. PCP ordered XR L-spine.');
    assert.ok(n.facts.age && Math.abs(n.facts.age.months - 6 * (7 / 30.4375)) < 0.05);
    assert.ok(n.rules.includes('inappropriate-initial-study'));
  });
  it('near-miss: a dose every 12 hours is no age', () => assert.equal(readNote('HPI: LBP 3 wk', 'Meds: ibuprofen q 12 h', 'Order: XR L-spine').facts.age, undefined));
});
