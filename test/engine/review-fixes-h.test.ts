/**
 * Reviews of the r5a and r5b reader rounds (severe defects only), each fixed and kept here.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const flagged = (...lines: string[]) => readNote(...lines).rules.includes('inappropriate-initial-study');
const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);

describe('review of r5a', () => {
  describe('in a Y/N checklist an answer ends its item', () => {
    for (const line of [
      'Hair tuft: Y  Dimple: N',
      'Hair tuft - Y  Dimple - N',
      'Hair tuft: Y Hemangioma: N Dimple: N',
      'sacral hair tuft present  hemangioma: N',
      'sacral hair tuft  other markers: N',
    ])
      it(`"${line}" keeps the tuft`, () => assert.ok(flagged('Age: 3 months', `Findings: ${line}`, 'Order: XR L-spine')));
    it('"Night pain: Y  Fever: N" keeps the night pain', () =>
      assert.equal(readNote('Age: 10 years', 'HPI: low back pain x 3 wk', 'Red flags: Night pain: Y  Fever: N', 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags'));
  });

  describe('"N&V" is nausea and vomiting, no answer', () => {
    for (const line of ['HPI: 5 days of low back pain and fever - N&V', 'HPI: low back pain x 5 days with fever: N&V, poor PO', 'HPI: low back pain, fever 39 - N / V'])
      it(`"${line}" keeps the fever`, () => assert.equal(readNote('Age: 10 years', line, 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags'));
  });

  describe('a red flag said in the negative is listed', () => {
    for (const item of [
      'non-mechanical pain',
      'non-weight bearing',
      'not walking',
      'no longer able to walk',
      'no bladder control',
      'not relieved by rest',
      'no improvement with PT',
      'never had pain like this',
    ])
      it(`"Red flags: ${item}"`, () =>
        assert.equal(readNote('Age: 14 years', 'HPI: low back pain 3 wk', `Red flags: ${item}`, 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags'));
  });

  describe('the next line is a report only when it tells what imaging shows', () => {
    const KEPT: string[][] = [
      ['Age: 3 months', 'Findings: sacral hair tuft', 'Radiology: XR L-spine', 'r/o tethered cord'],
      ['4 mo boy with sacral hair tuft, neuro intact. CT L-spine.', '? tethered cord'],
      ['2 mo girl, sacral dimple with hair tuft above the cleft, neuro intact. XR L-spine.', 'Hips normal.'],
      ['2 mo girl, sacral hair tuft, neuro intact. CT L-spine.', 'Discussed with family, they are reassured.'],
      ['Age: 3 months', 'Findings: sacral hair tuft', 'Investigations: CT lumbar spine', 'Urine dip negative.'],
    ];
    for (const lines of KEPT) it(`"${lines.join(' / ')}" keeps the order`, () => assert.ok(flagged(...lines)));
    it('"MRI L-spine w/o" then "CBC and ESR normal." is the MRI ordered, no normal prior MRI', () => {
      const r = readNote('14 yo boy, 6 wk low back pain, night pain, fever.', 'MRI L-spine w/o', 'CBC and ESR normal.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.deepEqual(r.facts.prior, []);
    });
    it('a study asked for is never one done, whatever the next line says', () => {
      assert.deepEqual(priors('Age: 3 months', 'HPI: sacral hair tuft, referred for US spine', 'Skin otherwise unremarkable.', 'Order: MRI L-spine w/o'), []);
      assert.deepEqual(priors('Age: 12 years', 'HPI: 6 wk low back pain, night pain, fever; referred for XR L-spine', 'CBC, ESR normal.', 'Order: XR L-spine'), []);
    });
    it('a real report still is one', () => {
      assert.deepEqual(priors('Age: 3 months', 'Findings: hair tuft', 'Prior: XR L-spine.', 'Normal, no fracture.', 'Order: US spine'), ['XR:normal']);
    });
  });

  it('a misspelt alias of the order ("Imagng:") is not read as the order', () =>
    assert.equal(
      readNote('Age: 4 months', 'Findings: sacral hair tuft', 'Imagng: US spine at 2 wk, normal', 'Plan: MRI L-spine w/o').facts.order?.reading.procedure?.id,
      'mri-area-without',
    ));
});

describe('review of r5b', () => {
  it('a worry of relapse in ROS keeps the cancer history and supports imaging', () => {
    const r = readNote(
      'Pt: 9 yo F',
      'PMH: followed by oncology, off treatment since 2024',
      'HPI: 2 wk low back pain',
      'ROS: no fever, no weight loss; mom worried about leukemia coming back',
      'Order: MRI L-spine w/o',
    );
    assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.scenario);
  });
  for (const line of [
    'ROS: + fatigue, pallor, bruising. Concerned about leukemia.',
    'Symptoms: pallor, easy bruising, bone pain - concerned about leukaemia',
    'Red flags: none, but parents worried about leukemia',
  ])
    it(`"${line}" is a suspected tumour`, () =>
      assert.equal(readNote('Pt: 6 yo M', 'HPI: back pain x 10 d', line, 'Order: MRI L-spine w/o').scenario, 'back-pain-infection-tumor'));

  describe('a radiograph planned, asked about or explained is no prior one', () => {
    for (const x of [
      'Check for spondylolysis on oblique x-rays.',
      'Need to exclude a pars fracture on x-ray.',
      'Measure Cobb angle on standing films.',
      'Spondylolysis is not always seen on plain films.',
      'Plain films: AP/lat + obliques for pars defect.',
      'Standing films: Cobb angle to be measured.',
      'Standing films today: assess curve progression.',
    ])
      it(`"${x}"`, () => assert.deepEqual(priors('Pt: 14 yo M', `HPI: fast bowler, 6 wk LBP, worse at night. ${x}`, 'Order: CT L-spine w/o'), []));
    it('a finding told on the films is one', () =>
      assert.deepEqual(priors('Pt: 14 yo M', 'HPI: 6 wk LBP, worse at night. L5 spondylolysis on XR.', 'Order: CT L-spine w/o'), ['XR:abnormal']));
  });

  describe('an infant with a marker stays in S1 when the question is a lesion in the canal', () => {
    const CASES = [
      ['Skin: sacral hemangioma 3 cm', 'Reason for exam: evaluate for spinal tumour or dysraphism', 'Order: CT L-spine w/o'],
      ['Findings: hair tuft', 'Indication: r/o lipomyelomeningocele / cord tumour', 'Order: XR L-spine'],
      ['Findings: hair tuft', 'Indication: tethered cord vs myelitis', 'Order: XR L-spine'],
      ['Findings: large lumbosacral hemangioma', 'Indication: r/o spinal involvement', 'Order: XR L-spine'],
    ];
    for (const lines of CASES) it(`"${lines.join(' / ')}"`, () => assert.ok(flagged('Pt: 3 mo M', ...lines)));
    it('an infection asked about still leaves S1', () =>
      assert.notEqual(readNote('Age: 2 y', 'Findings: dermal sinus at L5, r/o intraspinal abscess', 'Order: MRI L-spine w/wo').scenario, 's1-cutaneous-marker'));
  });

  it('an acute pars injury with focal tenderness is significant trauma', () =>
    assert.equal(readNote('Pt: 14 yo M', 'HPI: acute pars injury at football 2 d ago, tender over L5', 'Order: MRI L-spine w/o').facts.trauma.significance, 'significant'));

  for (const hpi of [
    'refusing to walk, cries when picked up; exam localizes to L hip; no spinal tenderness. Concern septic arthritis; consider discitis if hip US normal',
    'refusing to walk. Holds R hip flexed, pain with hip ROM. Ddx septic hip vs transient synovitis vs discitis.',
  ])
    it(`a toddler's hip problem is no back pain: "${hpi.slice(0, 50)}…"`, () => assert.equal(readNote('Pt: 18 mo F', `HPI: ${hpi}`, 'Order: XR L-spine').scenario, 'no-criteria'));
});
