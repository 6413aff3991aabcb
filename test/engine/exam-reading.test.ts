/**
 * The neurologic exam read wherever a note writes it (a Neuro key, an exam value, prose, a line of its
 * own), with its words as data (reading-vocabulary.json neuroNormalInText, neuroExamVerdict,
 * neuroAbnormalInText). Each positive case read "unknown" before; each near-miss must keep its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('neurologic exam in free text', () => {
  describe('a normal exam, however it is written', () => {
    const CASES: string[][] = [
      ['14 y/o M, fever and back pain over T10-L1.', 'Neuro intact.', 'Order: MRI whole spine w/ and w/o contrast'],
      ['Newborn, 36 hours old. Skin tag at the top of the gluteal cleft.', 'Neuro WNL.', 'Order: MRI lumbar spine without contrast'],
      ['15M c/o LBP since the weekend.', 'Exam: paraspinal tenderness L4-5, no midline step-off, neuro intact.', 'Plan: XR lumbar spine'],
      ['14yo F LBP x3d, woke up w/ it, no injury. No red flags, nl neuro. XR L-spine'],
      ['S: 11 yo M with low back soreness since a fall.', 'O: no midline tenderness, neuro normal.', 'Plan: no imaging'],
      ['3/12 baby girl with a skin tag above the natal cleft. No dimple. Neurological examination of the lower limbs normal. Request: USS lumbar spine.'],
      ['13 year old male with fevers and low back pain. Exam tender over L4-L5, neuro exam is non focal. Plan MRI of the whole spine.'],
      ['Baby 4 weeks with a skin tag on the sacrum. Neurologic ok. I order X-ray of sacrum.'],
      ['10 y/o restrained passenger, MVC, low back pain. Moves all ext, sensation intact. CT L spine ordered.'],
      ['7-week-old boy with a sacral dimple. He kicks both legs vigorously and tone is normal. Please arrange an ultrasound.'],
      ['Ortho: 8 yo M, toe walking.', 'Exam: Reflexes normal, strength normal.', 'Order: MRI L-spine w/o contrast'],
      ['12 yo with back pain x 6 wk.', 'Exam: full power, reflexes normal.', 'Order: MRI L-spine w/o'],
      ['14 yo M, LBP x 6 wk, radiating down the L leg.', 'PE: positive SLR on the L. Strength 5/5 throughout BLE.', 'Order: MRI L-spine w/o'],
      ['10 wk F, sacral hemangioma.', 'Plan: MRI lumbar spine w/o and w/ contrast. Neuro normal.'],
      ['15 yo M soccer, 3 wks LBP, worse w/ extension. NV intact.', 'Plan: XR L-spine AP/lat'],
      ['Baby boy, 26 weeks old, deep sacral dimple. Tone and reflexes in the legs are normal. Please arrange an ultrasound.'],
      ['14 yo F passenger in a collision. Neck pain, midline TTP C5-6. No paresthesias, no focal deficits.', 'Order: XR C-spine 3 views'],
      ['4 y F with a pit in the cleft.', 'Exam: pinpoint dimple 2 mm. Strength, reflexes, sensation nl.', 'Order: MRI lumbar spine w/o contrast'],
    ];
    for (const lines of CASES) it(lines.join(' / '), () => assert.equal(neuro(...lines), 'normal'));
  });

  describe('an abnormal exam, however it is written', () => {
    const CASES: string[][] = [
      ['3wk M dimple 3mm in cleft. Parents say he moves L leg less; on exam L leg weaker, decr tone L. Spinal US.'],
      ['12 yo with back pain x 3 wk.', 'Exam: L hip flexor 4/5, L patellar reflex 3+.', 'Order: MRI L-spine w/o'],
      ['2 yr boy with a soft lump over his lower back. On examination: right ankle reflex brisker than the left. MRI lumbar spine please.'],
      ['16-year-old girl with low back pain. On examination: left SLR limited, reduced left ankle jerk, power 5/5. Please arrange an MRI.'],
      ['Peds Ortho - 12 yo M, cavovarus foot.', 'Exam: R pes cavus, absent R ankle reflex.', 'Plan: MRI entire spine'],
      ['12 yo F, low back pain, numbness in the buttocks.', 'Exam: bilateral LE hyporeflexia, decreased perianal sensation.', 'Order: MRI entire spine'],
      ['14 yo M wrestler with neck pain. Decreased sensation R C6 dermatome, strength 5/5.', 'Order: XR C-spine 3 views'],
      // A deficit told in the history outweighs a normal statement (a normal exam lets simple-dimple advise against imaging).
      ['10 yo with back pain, c/o tingling in both feet, neuro intact.', 'Order: MRI L-spine w/o'],
    ];
    for (const lines of CASES) it(lines.join(' / '), () => assert.equal(neuro(...lines), 'abnormal'));
  });

  describe('a symptom in the history is no exam finding', () => {
    const LINES = [
      '15yo M c/o LBP x 10 d radiating down L leg past the knee, +numbness L foot? no fever, no wt loss.',
      'Exam: tuft of hair over L4, SLR pos on L. Strength 5/5, reflexes symm.',
      'MRI lumbar spine w/o contrast ordered.',
    ];
    it('"+numbness L foot?" in the history, "Strength 5/5, reflexes symm" on exam: a normal exam, the numbness a symptom', () => {
      const r = readNote(...LINES);
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'numbness' && h.present));
    });
    it('a deficit told in the same sentence as the normal statement makes it abnormal ("neuro intact except L foot weakness")', () =>
      assert.equal(neuro('10 yo with back pain x 2 wk, neuro intact except L foot weakness.', 'Order: MRI L-spine w/o'), 'abnormal'));
    it('a deficit on the exam line makes it abnormal whatever else is normal ("Exam: weakness L leg; reflexes normal")', () =>
      assert.equal(neuro('Age: 10 years', 'HPI: back pain x 2 wk', 'Exam: weakness L leg; reflexes normal', 'Order: MRI L-spine w/o'), 'abnormal'));
    it('simple-dimple stays quiet when a new symptom is told, however normal the exam (escalation-referral speaks)', () => {
      const r = readNote('Age: 3 months', 'Dimple: 2 mm, within gluteal cleft, 1 cm from anus', 'Symptoms: new urinary dribbling', 'Neuro: intact', 'Order: US lumbar spine');
      assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
      assert.ok(r.rules.includes('escalation-referral'), r.rules.join());
    });
    it('without the symptom the same note is a simple dimple', () =>
      assert.ok(readNote('Age: 3 months', 'Dimple: 2 mm, within gluteal cleft, 1 cm from anus', 'Neuro: intact', 'Order: US lumbar spine').rules.includes('simple-dimple')));
  });

  describe('near-misses keep their reading', () => {
    it('"neuro not intact" is no normal exam', () => assert.notEqual(neuro('10 yo with back pain x 2 wk, neuro not intact.', 'Order: MRI L-spine w/o'), 'normal'));
    it('"not neurologically intact" is no normal exam', () =>
      assert.notEqual(neuro('10 yo with back pain x 2 wk, not neurologically intact.', 'Order: MRI L-spine w/o'), 'normal'));
    it('"if neuro exam normal" is no normal exam', () =>
      assert.equal(neuro('Age: 3 months', 'HPI: sacral dimple. Will image if neuro exam normal at next visit.', 'Order: US spine'), 'unknown'));
    it('a statement across a clause boundary says nothing ("neuro checks q4h; MRI normal")', () =>
      assert.equal(neuro('Age: 12 years', 'HPI: back pain, neuro checks q4h; MRI brain normal', 'Order: MRI L-spine w/o'), 'unknown'));
    it('"dimple absent, reflexes normal" is no absent reflex', () =>
      assert.equal(neuro('Age: 3 months', 'Findings: hair tuft, dimple absent, reflexes normal', 'Order: US spine'), 'normal'));
    it('"brisk capillary refill" is no brisk reflex', () => assert.equal(neuro('Age: 3 months', 'Findings: hair tuft, brisk capillary refill', 'Order: US spine'), 'unknown'));
    it('"no clonus, reflexes symmetric" is a normal exam', () =>
      assert.equal(neuro('Age: 3 months', 'Findings: hair tuft; no clonus, reflexes symmetric', 'Order: US spine'), 'normal'));
    it('a weaker urine stream is no weak leg', () => {
      const r = readNote('Age: 6 years', 'HPI: dimple, urine stream weaker than before', 'Order: MRI L-spine w/o');
      assert.notEqual(r.facts.neuro.state, 'abnormal');
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'weakness' && h.present));
    });
    it('a foot drop told in the history is no exam ("now new foot drop on the L")', () =>
      assert.equal(neuro('15 yo F, known sacral lipoma, now new foot drop on the L. MRI L-spine w/o. Referral: NSGY.'), 'unknown'));
    it('"neurology consult ok" is no exam', () =>
      assert.equal(neuro('Age: 12 years', 'HPI: back pain x 2 wk; neurology consult ok per family', 'Order: MRI L-spine w/o'), 'unknown'));
    it('"gait abnormal, normal tone" is no normal exam', () =>
      assert.equal(neuro('Age: 3 years', 'Findings: hair tuft; gait abnormal, normal tone', 'Order: MRI L-spine w/o'), 'abnormal'));
    it('"neuro otherwise nl" after a symptom is a normal exam', () =>
      assert.equal(neuro('3 y F w/ skin tag over coccyx, new toe walking x 2 mo, neuro otherwise nl. Plan: MRI L-spine w/o.'), 'normal'));
    it('"Neuro exam appropriate for CGA" is a normal exam', () =>
      assert.equal(neuro('Ex-27 weeker, now 3 wk old, with a sacral dimple. Neuro exam appropriate for CGA.', 'Order: US spine'), 'normal'));
    it('a Neuro key still decides over the text ("Neuro: intact" with "reflexes brisk" in the HPI history)', () =>
      assert.equal(neuro('Age: 12 years', 'HPI: back pain x 3 wk', 'Neuro: intact', 'Order: MRI L-spine w/o'), 'normal'));
  });
});

describe('"nothing focal" and "no focal neurology": a normal neuro exam in the words of a UK or Australian note', () => {
  const read = (line: string) => neuro('10 y M, back pain 3 wk.', `Exam: ${line}`, 'Order: XR L-spine');
  for (const line of [
    'Nothing focal neurologically.',
    'neuro: nothing focal',
    'no focal neurology',
    'NO focal neurology',
    'neurologically nothing of note',
    'no neuro findings',
    'no focal neurological signs',
    'nothing focal on neuro exam',
  ]) {
    it(`"${line}" is a normal exam`, () => assert.equal(read(line), 'normal'));
  }
  it('in a paragraph note too', () => assert.equal(neuro('10 y M, back pain 3 wk. Nothing focal neurologically. XR L-spine'), 'normal'));
  it('near-miss: "nothing focal on XR" is a study\'s result, not the exam', () => assert.equal(read('nothing focal on XR'), 'unknown'));
  it('near-miss: "no neuro findings on MRI" is a study\'s result', () => assert.equal(read('no neuro findings on MRI'), 'unknown'));
  it('near-miss: "MRI brain 2023: no neurological abnormality" is a study\'s result', () => assert.equal(read('MRI brain 2023: no neurological abnormality'), 'unknown'));
  it('near-miss: a relative\'s, "Mum has MS; no neuro findings in her recently", is no exam', () =>
    assert.equal(neuro('10 y M, back pain 3 wk.', 'HPI: Mum has MS; no neuro findings in her recently.', 'Order: XR L-spine'), 'unknown'));
  for (const line of ['XR normal and no focal neurology.', 'CNS - nothing focal', 'nil focal neuro', 'Pre-MRI check: no focal neurology', 'no neuro findings on examination']) {
    it(`"${line}" is a normal exam`, () => assert.equal(read(line), 'normal'));
  }
  describe('the long-standing wordings are the exam wherever they stand', () => {
    it('"Exam: Pre-MRI check: no neurological deficit"', () =>
      assert.equal(neuro('Age: 10 years', 'HPI: back pain 3 wk', 'Exam: Pre-MRI check: no neurological deficit', 'Order: MRI L-spine'), 'normal'));
    it('"Requesting MRI as no neurological deficit but pain persists."', () =>
      assert.equal(neuro('Age: 10 years', 'HPI: Requesting MRI as no neurological deficit but pain persists.', 'Order: MRI L-spine'), 'normal'));
  });
  it('near-miss: "except reduced L ankle jerk" makes it abnormal', () => assert.equal(read('nothing focal neurologically except reduced L ankle jerk'), 'abnormal'));
  it('near-miss: "unable to assess neurologically" is no exam', () => assert.equal(read('unable to assess neurologically'), 'unknown'));
  it('near-miss: a parent\'s "no focal neurology per mum" is no exam', () => assert.equal(read('no focal neurology per mum'), 'unknown'));
  it('near-miss: "return if focal neurology" is no exam', () => assert.equal(read('return if focal neurology'), 'unknown'));
});
