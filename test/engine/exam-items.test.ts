/**
 * The neurologic exam read item by item (clinical/neuro-exam.ts, reading-vocabulary.json neuroExamItems):
 * a statement of a normal exam never wins over an asymmetry or a deficit stated anywhere in the exam;
 * a deficit only ruled out, safety-netted or resolved is no current exam; upgoing plantars are normal
 * in infancy. Each positive case was read wrongly before; each near-miss must keep its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const DIMPLE = 'Dimple: 3 mm, within the gluteal cleft, 1 cm from anus';
/** A two-month-old with a simple dimple and this exam line. */
const infant = (exam: string, ...more: string[]) => readNote('Age: 2 months', DIMPLE, exam, ...more, 'Order: US lumbar spine');
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('neurologic exam item by item', () => {
  describe('an asymmetry or a deficit beside a normal statement makes the exam abnormal (review 2, defect 4)', () => {
    const EXAMS = [
      'Exam: kicks both legs, R more than L',
      'Exam: legs moving well, R>L',
      'Exam: moves both legs but L less than R',
      'Exam: MAEx4, L leg less',
      'Exam: Tone: UE normal, LE decreased',
      'Exam: reflexes: knees normal, ankles absent bilaterally',
      'Exam: strength intact in arms, legs flaccid',
      'Exam: nonfocal exam; legs: decreased spontaneous movement on L',
      'Exam: neurologically appropriate for age except persistent L foot posturing',
      // Variants a clinician would write.
      'Exam: moves all 4, L < R',
      'Exam: kicking well, less on the L',
      'Exam: normal tone in the arms, floppy legs',
      'Exam: good leg kicks, R stronger than L',
      'Exam: moves R leg more than L',
      'Exam: L leg moves less than R',
      'Exam: tone normal; L leg not moving as much as R',
      'Exam: kicks both legs but not symmetrically',
      'Exam: tone: arms normal, legs reduced',
      'Exam: MAE, L calf thinner than R',
      'Exam: tone normal, L foot held in equinus',
      'Exam: moves all extremities, favors the R leg',
    ];
    for (const exam of EXAMS)
      it(exam, () => {
        const r = infant(exam);
        assert.equal(r.facts.neuro.state, 'abnormal');
        assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
      });
    it('"neuro exam otherwise normal" in the plan, with the L leg held flexed and moving less in the findings', () => {
      const r = readNote(
        'Age: 2 months',
        'Findings: sacral dimple 3 mm within the cleft, 1 cm from the anus, L leg held flexed, not moving as much as R',
        'Plan: neuro exam otherwise normal, US spine',
        'Order: US spine',
      );
      assert.equal(r.facts.neuro.state, 'abnormal');
      assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
    });
    it('a Neuro key with an asymmetry ("Neuro: moves both legs, L less than R")', () =>
      assert.equal(neuroOf('Age: 2 months', DIMPLE, 'Neuro: moves both legs, L less than R', 'Order: US spine'), 'abnormal'));
    it('a Neuro key that says normal does not win over an asymmetry on the exam line', () =>
      assert.equal(neuroOf('Age: 2 months', DIMPLE, 'Exam: kicks both legs, R more than L', 'Neuro: normal', 'Order: US spine'), 'abnormal'));
  });

  describe('abnormal exams that read normal before (review 2, defect 14)', () => {
    const CASES: string[][] = [
      ['Age: 10 years', 'HPI: thoracic back pain 2 wk', 'Exam: knee jerks brisk bilaterally, otherwise normal neuro', 'Order: MRI T-spine w/o'],
      ['Age: 10 years', 'HPI: back pain x 3 wk. Exam: reflexes symmetric, absent at both ankles.', 'Order: MRI L-spine w/o'],
      ['Age: 13 years', 'HPI: 3 wk low back pain after gymnastics, no fever', 'Exam: Neuro intact except decreased pinprick L5 dermatome on the L.', 'Order: MRI L-spine w/o'],
      ['Age: 13 years', 'HPI: LBP 3 wk', 'Exam: neuro intact, sensation to LT diminished over L dorsum of foot', 'Order: MRI L-spine w/o'],
      ['Age: 9 years', 'HPI: back pain 1 week', 'Exam: neuro: R hemiparesis', 'Order: MRI T-spine w/o'],
      ['Age: 13 years', 'HPI: LBP 3 wk', 'Exam: sensation intact to light touch, absent to pinprick over L5 on the L', 'Order: MRI L-spine w/o'],
      ['Age: 12 years', 'HPI: LBP 3 wks, no fever', 'Exam: gait normal but unable to heel walk on the L', 'Order: MRI L-spine w/o'],
      ['Age: 15 years', 'HPI: LBP 10 days after lifting, no fever', 'Exam: Strength and sensation intact. Reduced anal tone on PR.', 'Order: MRI L-spine w/o'],
      ['Age: 13 years', 'HPI: LBP 2 wk', 'Exam: strength intact except L EHL', 'Order: MRI L-spine w/o'],
      ['Age: 14 years', 'HPI: LBP 3 wk', 'Exam: R leg neuro normal. L leg: reduced power hip flexion.', 'Order: MRI L-spine w/o'],
      ['Age: 12 years', 'HPI: LBP 2 wk', 'Exam: decreased L knee and ankle reflexes', 'Order: MRI L-spine w/o'],
      ['Age: 12 years', 'HPI: LBP 2 wk', 'Exam: brisk knee and ankle jerks, strength 5/5', 'Order: MRI L-spine w/o'],
    ];
    for (const lines of CASES) it(lines.slice(1, -1).join(' / '), () => assert.equal(neuroOf(...lines), 'abnormal'));
  });

  describe('a gapped sign stays inside one item: "and" and commas end it (review 2, defect 6)', () => {
    it('"cap refill brisk and reflexes normal" in a simple dimple is a normal exam', () => {
      const r = infant('Exam: well perfused, cap refill brisk and reflexes normal. Moves all 4.');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
    it('"brisk cap refill and reflexes symmetric" after a trivial fall is a normal exam, and the fall trivial', () => {
      const r = readNote('Age: 9 years', 'HPI: fell from standing at school, playing normally, back pain', 'Exam: brisk cap refill and reflexes symmetric', 'Order: XR L-spine');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.equal(r.facts.trauma.significance, 'trivial');
    });
    const NOT_ABNORMAL = [
      'Exam: decreased lumbar flexion and reflexes 2+ symmetric',
      'Exam: reduced hamstring flexibility and reflexes normal',
      'Exam: tender paraspinals, decreased flexion and reflexes intact',
      'Exam: decreased ROM of the L hip, sensation intact',
      'Exam: back pain R more than L, neuro intact',
      'Exam: paraspinal tenderness R>L, reflexes normal',
      'Exam: bruising over the L thigh more than R, moves all extremities',
      'Exam: L knee abrasion, moves all extremities',
      'Exam: normal exam except for a sacral dimple, moves all 4',
      'Exam: L leg pain less today, strength 5/5 throughout',
    ];
    for (const exam of NOT_ABNORMAL) it(`${exam} is no abnormal exam`, () => assert.notEqual(neuroOf('Age: 14 years', 'HPI: LBP 2 wk', exam, 'Order: XR L-spine'), 'abnormal'));
    it('"kicking both legs symmetrically, good tone" stays normal', () => assert.equal(infant('Exam: kicking both legs symmetrically, good tone').facts.neuro.state, 'normal'));
    it('"kicks both legs equally, tone normal" stays normal', () => assert.equal(infant('Exam: kicks both legs equally, tone normal').facts.neuro.state, 'normal'));
    it('"moves L leg as much as R" is no asymmetry', () => assert.notEqual(infant('Exam: moves L leg as much as R').facts.neuro.state, 'abnormal'));
    it('"tone and reflexes normal" is one normal item', () => assert.equal(infant('Exam: tone and reflexes normal').facts.neuro.state, 'normal'));
  });

  describe('words that are no exam finding keep their reading', () => {
    it('"family moved, lost to f/u" is no exam', () =>
      assert.equal(neuroOf('Pt: 10 mo F', 'Skin: dimple with hair tuft', 'HPI: family moved, lost to f/u', 'Order: repeat spinal US'), 'unknown'));
    it('a smaller foot is an orthopedic sign, not the neuro exam ("L foot smaller than R" with "Neuro: nl tone")', () =>
      assert.equal(
        neuroOf('Pt: 8 mo M', 'Skin: lipoma lumbosacral', 'Exam: L foot smaller than R, pes cavus L', 'Neuro: nl tone', 'Order: MRI lumbar spine without contrast'),
        'normal',
      ));
    it('weakness told in the history with no exam is no exam ("new back pain and L leg weakness")', () =>
      assert.equal(neuroOf('Pt: 9 yo M', 'HPI: new back pain and L leg weakness, concern for drop mets', 'Order: MRI complete spine'), 'unknown'));
    it('pain radiating more to one leg is no asymmetry of the exam', () =>
      assert.equal(
        neuroOf('Age: 14 years', 'HPI: LBP 3 wk, pain worse on the L than R, radiating to L leg more than R', 'Exam: neuro intact', 'Order: MRI L-spine w/o'),
        'normal',
      ));
    it('crying more when a leg is moved is pain, not an asymmetry ("cries more when the L leg is moved; otherwise MAE")', () =>
      assert.equal(neuroOf('Age: 8 months', 'Exam: cries more when the L leg is moved; otherwise MAE', 'Order: XR L-spine'), 'normal'));
    it('"Paraspinal spasm L>R" is no asymmetry of the exam', () =>
      assert.equal(neuroOf('Age: 14 years', 'HPI: LBP 3 wk', 'Exam: neuro intact. Decreased lumbar ROM. Paraspinal spasm L>R.', 'Order: XR L-spine'), 'normal'));
    it('"decreased appetite, moves all 4" is a normal exam', () => assert.equal(infant('Exam: decreased appetite per mom, moves all 4').facts.neuro.state, 'normal'));
    it('"sensation not tested, strength 5/5" is a normal exam', () =>
      assert.equal(neuroOf('Age: 12 years', 'HPI: LBP 2 wk', 'Exam: sensation not tested, strength 5/5 throughout', 'Order: XR L-spine'), 'normal'));
    it('"Babinski downgoing bilaterally" is no reflex change', () => {
      const r = readNote(
        'Age: 10 years',
        'HPI: back pain 2 wk after a fall from standing, playing normally',
        'Exam: Babinski downgoing bilaterally, strength 5/5',
        'Order: XR L-spine',
      );
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'reflex-change' && h.present));
    });
  });

  describe('a deficit only ruled out, safety-netted or resolved is no current exam (review 2, defect 7)', () => {
    it('"Indication: LBP, r/o focal neurologic deficit" with "Normal neuro."', () =>
      assert.equal(neuroOf('Age: 12 years', 'Indication: LBP, r/o focal neurologic deficit', 'HPI: LBP x 1 wk. Normal neuro.', 'Order: XR L-spine'), 'normal'));
    it('"evaluate for focal neuro deficit" with "neuro intact"', () =>
      assert.equal(neuroOf('Age: 12 years', 'Indication: back pain, evaluate for focal neuro deficit', 'HPI: LBP x 1 wk, neuro intact', 'Order: XR L-spine'), 'normal'));
    it('"safety-netted re saddle anaesthesia and bowel/bladder symptoms"', () => {
      const r = readNote(
        'Age: 15 years',
        'HPI: LBP 1 wk after deadlifts. Neuro intact.',
        'Plan: safety-netted re saddle anaesthesia and bowel/bladder symptoms',
        'Order: XR L-spine',
      );
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'numbness' && h.present));
    });
    it('a safety net is no finding of any kind ("safety-netted re fever and night pain")', () => {
      const r = readNote('Age: 13 years', 'HPI: LBP 2 wk after soccer', 'Plan: XR L-spine; safety-netted re fever and night pain', 'Order: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => (h.finding.id === 'fever' || h.finding.id === 'night-pain') && h.present));
    });
    it('red flags listed as present stay present ("Warning signs: night pain, fever")', () => {
      const r = readNote('Age: 13 years', 'HPI: LBP 2 wk', 'Warning signs: night pain, fever', 'Order: MRI L-spine w/o');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'night-pain' && h.present));
    });
    it('"return precautions given for weakness or saddle anesthesia"', () =>
      assert.equal(neuroOf('Age: 15 years', 'HPI: LBP 1 wk, neuro intact', 'Plan: return precautions given for weakness or saddle anesthesia', 'Order: XR L-spine'), 'normal'));
    it('"mild hypotonia in NICU, resolved by 6 weeks" beside a normal exam: simple dimple', () => {
      const r = readNote('Age: 4 months', DIMPLE, 'HPI: mild hypotonia in NICU, resolved by 6 weeks', 'Exam: normal tone, kicking both legs symmetrically', 'Order: US spine');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
    it('"h/o decreased tone as a newborn" beside a normal exam', () =>
      assert.equal(infant('HPI: h/o decreased tone as a newborn', 'Exam: tone normal, kicks both legs').facts.neuro.state, 'normal'));
    it('a sign on the exam with a rule-out in the indication stays abnormal', () =>
      assert.equal(neuroOf('Age: 12 years', 'Indication: r/o cord compression', 'Exam: decreased sensation L5', 'Order: MRI L-spine w/o'), 'abnormal'));
    it('a questioned sign on the exam stays abnormal ("?reduced tone L leg")', () => assert.equal(infant('Exam: ?reduced tone L leg').facts.neuro.state, 'abnormal'));
  });

  describe('upgoing plantars are normal in infancy (review 2, defect 8)', () => {
    it('"tone normal, plantars upgoing bilaterally (normal for age)" at 3 months', () => {
      const r = readNote('Age: 3 months', DIMPLE, 'Exam: tone normal, plantars upgoing bilaterally (normal for age)', 'Order: US spine');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
    it('"upgoing plantars bilaterally, normal tone" at 3 months, without a qualifier', () => {
      const r = readNote('Age: 3 months', DIMPLE, 'Exam: upgoing plantars bilaterally, normal tone', 'Order: US spine');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
    it('"Babinski present bilaterally" at 6 months', () =>
      assert.equal(neuroOf('Age: 6 months', DIMPLE, 'Exam: normal tone, Babinski present bilaterally', 'Order: US spine'), 'normal'));
    it('a Neuro key: "Neuro: upgoing plantars, normal tone" at 2 months', () =>
      assert.equal(neuroOf('Age: 2 months', DIMPLE, 'Neuro: upgoing plantars, normal tone', 'Order: US spine'), 'normal'));
    it('at 3 years upgoing plantars are abnormal', () =>
      assert.equal(neuroOf('Age: 3 years', 'Exam: tone normal, upgoing plantars bilaterally', 'Order: MRI L-spine w/o'), 'abnormal'));
    it('one upgoing plantar in an infant is abnormal ("L plantar upgoing, R downgoing")', () =>
      assert.equal(neuroOf('Age: 3 months', DIMPLE, 'Exam: normal tone, L plantar upgoing, R downgoing', 'Order: US spine'), 'abnormal'));
    it('without an age, upgoing plantars are abnormal', () => assert.equal(neuroOf('HPI: sacral dimple', 'Exam: upgoing plantars bilaterally', 'Order: US spine'), 'abnormal'));
  });
});
