/**
 * The neurologic exam and the symptoms as set14's writers told them: an exam key told with its place, time or
 * examiner ("OSH exam:", "ED exam:", "Neuro exam at my home visit last week:", reading-vocabulary.json
 * unknownKeys.placedExams), "Neuro Ex:" (unknownKeys.readAs), and new symptoms told on the Patient line of a
 * transfer note ("Pt: 16 y M … now numbness in both legs and can't pee"). Each positive case read "unknown" (or no
 * symptom) before; each near-miss keeps its reading.
 */
import * as assert from 'node:assert/strict';
import { unknownKeyReading } from '../../server/src/clinical/unknown-keys';
import { categoryPresentIn, readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('exam and symptoms as set14 writes them', () => {
  describe('an exam key told with its place or time is the exam', () => {
    const CASES: [string[], string][] = [
      [['Pt: 16 y M, 3 days of LBP.', 'OSH exam: saddle anesthesia, ankle jerks absent bilaterally, plantarflexion 4/5.', 'Plan: MRI L-spine'], 'abnormal'],
      [['Pt: 18 mo M, hair tuft over the low back.', 'OSH exam: brisk knee jerks, sustained ankle clonus bilaterally.', 'Plan: MRI L-spine'], 'abnormal'],
      [['Pt: 12 yo F, LBP 2 wk.', 'ED exam: strength 5/5 throughout, reflexes 2+ symmetric.', 'Plan: XR L-spine'], 'normal'],
      [['Pt: 12 yo F, LBP 2 wk.', 'Outside hospital exam: L EHL 4/5.', 'Plan: MRI L-spine'], 'abnormal'],
      [['Pt: 12 yo F, LBP 2 wk.', 'Exam on arrival: neuro intact.', 'Plan: XR L-spine'], 'normal'],
      [['4 mo F (ex-28 wk). Skin tag at the top of the gluteal cleft.', 'Neuro exam at my home visit last week: normal.', 'Plan: MRI L-spine'], 'normal'],
      [['4 mo F. Skin tag at the top of the gluteal cleft.', 'Neuro exam at my home visit last week: L leg moves less than R.', 'Plan: MRI L-spine'], 'abnormal'],
      [['Age: 3 y. Sacral dimple, deep, above the cleft.', 'Neuro Ex: LE motor/sensory intact, DTR normal.', 'Order: MRI L-spine'], 'normal'],
    ];
    for (const [lines, want] of CASES) it(`${lines.join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));
  });

  describe('keys that are no placed exam', () => {
    const CASES: [string, string | undefined][] = [
      ['OSH exam', 'Findings'],
      ['ED exam', 'Findings'],
      ['Transferring hospital exam', 'Findings'],
      // A line about the referrer (headings.ts isNotHistory) stays theirs.
      ['Referring provider exam', undefined],
      ['Exam on arrival', 'Findings'],
      ['Neuro exam at my home visit last week', 'Neuro'],
      // A relative's exam, an exam planned, deferred or a time ahead, a place word we do not know before the key.
      ["Mom's exam", undefined],
      ['Mother exam at home', undefined],
      ['Exam planned at clinic', undefined],
      ['Neuro exam deferred in ED', undefined],
      ['Neuro exam in 2 weeks', undefined],
      ['Exam in a month', undefined],
      ['Eye exam', undefined],
      ['Hearing exam', undefined],
      ['Exam', undefined],
    ];
    for (const [key, want] of CASES) it(`${key} -> ${want ?? 'not read'}`, () => assert.equal(unknownKeyReading(key)?.key.name, want));
  });

  describe('a relative or a planned exam keeps its reading', () => {
    it("a mother's exam line tells no exam of the child", () => assert.equal(neuro('Pt: 4 mo F. Skin tag.', "Mom's exam: normal.", 'Plan: US spine'), 'unknown'));
    it('an exam planned tells no exam', () => assert.equal(neuro('Pt: 4 mo F. Skin tag.', 'Exam planned at clinic: tone, reflexes.', 'Plan: US spine'), 'unknown'));
  });

  describe('new symptoms told on the Patient line', () => {
    it('numbness in both legs', () => assert.ok(categoryPresentIn('neurologic-symptom', 'Pt: 16 y M, 3 days of LBP; now numbness in both legs.', 'Plan: MRI L-spine')));
    it('urinary retention', () => assert.ok(categoryPresentIn('urologic-symptom', 'Pt: 16 y M, 3 days of LBP; "can\'t pee" - 900 mL on straight cath.', 'Plan: MRI L-spine')));
    it('new unsteady walking', () =>
      assert.ok(categoryPresentIn('neurologic-symptom', 'Pt: 18 mo M, hair tuft. 2 weeks of new unsteady walking and falling, was walking well before.', 'Plan: MRI L-spine')));
    it('a denied symptom stays denied', () => assert.ok(!categoryPresentIn('neurologic-symptom', 'Pt: 14 yo M, LBP 1 wk, no numbness or weakness.', 'Plan: XR L-spine')));
    it('a relative’s symptom is not the child’s', () =>
      assert.ok(!categoryPresentIn('neurologic-symptom', 'Pt: 14 yo M, LBP 1 wk. Father has leg numbness from a disc.', 'Plan: XR L-spine')));
  });
});

describe('suspicion as set14 writes it', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  const infected = (...lines: string[]) => categoryPresentIn('suspected-infection-or-tumor', ...lines);
  it('"Diagnostic suspicion:" states the suspicion', () =>
    assert.equal(
      scenario('9 years, female. Lumbar pain since 6 days and fever up to 38.8 C.', 'Diagnostic suspicion: spondylodiscitis.', 'Plan: MRI total spine'),
      'back-pain-infection-tumor',
    ));
  it('a diagnostic suspicion of a mechanical cause suspects no infection', () =>
    assert.ok(!infected('12 yo M, LBP 3 wk.', 'Diagnostic suspicion: mechanical back pain.', 'Plan: XR L-spine')));
  describe('an infection placed on a limb is not the spine’s', () => {
    for (const lines of [
      ['13 y F, on IV antibiotics (cellulitis R leg), day 3.', 'LBP 2 months, worse with netball.', 'Plan: MRI L-spine'],
      ['13 y F, LBP 2 months. Also R leg cellulitis on oral antibiotics.', 'Plan: MRI L-spine'],
      ['13 y F, LBP 2 months. Abscess of the left thigh drained last week.', 'Plan: MRI L-spine'],
    ])
      it(lines.join(' / '), () => assert.ok(!infected(...lines)));
  });
  describe('near-misses: still suspected', () => {
    for (const lines of [
      ['8 y, back pain 2 wk, fever.', 'A: concern for discitis with leg pain.', 'Plan: MRI L-spine'],
      ['8 y, back pain 2 wk, fever.', 'A: osteomyelitis of the L leg vs discitis.', 'Plan: MRI L-spine'],
      ['8 y, back pain 2 wk, fever.', 'A: ? epidural abscess, leg weakness.', 'Plan: MRI L-spine'],
    ])
      it(lines.join(' / '), () => assert.ok(infected(...lines)));
  });
});

describe('red flags as set14 writes them', () => {
  const flag = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.find((h) => h.finding.id === id && h.present) !== undefined;
  describe('night pain told as wakings a night from the pain', () => {
    for (const line of [
      'Still waking 2-3x/night from back pain, ~3 weeks of pain in total.',
      'LBP 3 wk, wakes 2 times a night with pain.',
      'LBP 3 wk, waking twice a night because of the pain.',
    ])
      it(line, () => assert.ok(flag('night-pain', 'Age: 11 y', `HPI: ${line}`, 'Plan: MRI L-spine')));
    it('wakings a night to pee are no night pain', () => assert.ok(!flag('night-pain', 'Age: 11 y', 'HPI: LBP 3 wk. Sleeps well, waking 2x/night to pee.', 'Plan: MRI L-spine')));
    it('denied stays denied', () => assert.ok(!flag('night-pain', 'Age: 11 y', 'HPI: LBP 3 wk. Not waking at night from the pain.', 'Plan: MRI L-spine')));
  });
  describe('shooting a ball is no radicular pain', () => {
    for (const line of ['LBP x 10 days, soccer. Worse with arching back / shooting.', 'LBP, basketball, hurts with arching and shooting.', 'LBP 2 wk, worse shooting on goal.'])
      it(line, () => assert.ok(!flag('radicular-pain', 'Age: 15 y', `HPI: ${line}`, 'Plan: XR L-spine')));
    for (const line of ['LBP, arching back shooting down the L leg.', 'LBP with arching; shooting pain into L leg.', 'LBP since 6/52, radiating to L leg below the knee.'])
      it(`${line} (radicular)`, () => assert.ok(flag('radicular-pain', 'Age: 15 y', `HPI: ${line}`, 'Plan: XR L-spine')));
    it('a stork test is no straight-leg raise', () =>
      assert.ok(!flag('radicular-pain', 'Age: 15 y', 'HPI: LBP 10 days.', 'Exam: pain with single-leg extension on R, stork test positive on R.', 'Plan: XR L-spine')));
  });
});

describe('a parent’s report is no exam', () => {
  const CASES: [string, string][] = [
    ['Called father, explained results. Per dad baby is well, voiding normally, kicking both legs.', 'unknown'],
    ['Mom reports she is moving both legs normally.', 'unknown'],
    // A later sentence of the clinician's own exam, a deficit the parent tells, the clinician's own observation.
    ['Per dad baby is well. Exam today: moving all limbs, tone normal.', 'normal'],
    ['Per mom not moving L leg as much as R.', 'abnormal'],
    ['Kicking both legs, tone normal.', 'normal'],
    ['Decreased appetite per mom, moves all 4, tone normal.', 'normal'],
    ['Moving legs normally per mom.', 'unknown'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro('Age: 5 wk', `HPI: sacral hair tuft. ${line}`, 'Order: MRI L-spine'), want));
});

describe('a backpack load is mechanical strain (corpus README: overuse or mechanical strain)', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  it('"mechanical back pain from backpack load" after "No sports" is overuse', () =>
    assert.equal(scenario('Age: 13 y', 'HPI: back hurts x 2 wks. No sports.', 'A: mechanical back pain from backpack load.', 'Plan: no imaging'), 'back-pain-overuse'));
  it('the weight of the backpack is overuse', () =>
    assert.equal(scenario('Age: 13 y', 'HPI: LBP 2 wk, worse with the weight of his backpack.', 'Plan: no imaging'), 'back-pain-overuse'));
  it('a backpack denied leaves the pain only described', () =>
    assert.equal(scenario('Age: 13 y', 'HPI: back hurts x 2 wks. No sports. No heavy backpack.', 'A: mechanical back pain.', 'Plan: no imaging'), 'back-pain-no-red-flags'));
});
