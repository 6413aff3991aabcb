/**
 * Round 52 (fix52b), notes by clinicians trained in German-, Dutch- and French-speaking countries, written in English with
 * their own words left in: an age "9 J., Junge" or "12 J., w", "Alter: 6 Monate", "Geb.-Dat.: 03.02.2025", the order under
 * "Aanvraag:", the exam "Neurological status: no pathologic findings" or "neurostatus o.B.", and a radiograph "without
 * pathologic finding". Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote } from '../helpers';

describe('r52b: a German word for the child after the age in years', () => {
  it('"9 J., Junge." under a heading line is 9 years', () =>
    near(ageOf('Ambulanz Kinderchirurgie', '9 J., Junge. Back pain for 2 weeks.', 'Order: MRI lumbar spine'), 108, 'Junge'));
  it('"5 J., Knabe." is 5 years', () => near(ageOf('Kinderklinik', '5 J., Knabe. Hair tuft over L4.', 'Order: US spine'), 60, 'Knabe'));
  it('"Mädchen, 7 Jahre" is 7 years', () => near(ageOf('Kinderklinik', 'Mädchen, 7 Jahre. Back pain.', 'Order: MRI lumbar spine'), 84, 'Mädchen'));
  it('"Junge 11 J., back pain" is 11 years', () => near(ageOf('ER note', 'Junge 11 J., back pain since Monday.', 'Order: MRI lumbar spine'), 132, 'Junge before'));
  it('"Knabe (brother) 3 J." beside the patient\'s own age stays the brother\'s', () =>
    near(ageOf('Clinic', 'Knabe (brother) 3 J., healthy. Patient 7 yo girl with back pain.', 'Order: MRI lumbar spine'), 84, 'brother'));
  it('"10 J. Junge" (the unit\'s full stop ending a sentence) is not read', () =>
    assert.equal(ageOf('Kinderklinik', '10 J. Junge. Back pain.', 'Order: MRI lumbar spine'), undefined));
  it('"Dr. J. Smith" is no age', () => assert.equal(ageOf('Back pain 2 wk. Seen by Dr. J. Smith.', 'Order: MRI lumbar spine'), undefined));
});

describe('r52b: the sex letter after the German unit of years', () => {
  it('"14 J., w - back pain" is 14 years', () => near(ageOf('14 J., w - back pain for a week, no trauma.', 'Order: MRI lumbar spine'), 168, 'w dash'));
  it('"12 J., w, scoliosis" under a heading is 12 years', () => near(ageOf('Scoliosis clinic', '12 J., w, idiopathic scoliosis.', 'Order: whole spine X-ray'), 144, 'w comma'));
  it('"Patient 13 J. W" at the line\'s end is 13 years', () => near(ageOf('Patient 13 J. W', 'Low back pain 3 weeks.', 'Order: MRI lumbar spine'), 156, 'W end'));
  it('"14 J. w dimple" (more words in the clause) is no sex', () => assert.equal(ageOf('Back pain 2 wk.', '14 J. w dimple', 'Order: MRI lumbar spine'), undefined));
  it('"2 J. w/ dimple" is "with"', () => assert.equal(ageOf('Back pain 2 wk.', '2 J. w/ dimple', 'Order: MRI lumbar spine'), undefined));
  it('"3 mo w dimple" keeps "w" as "with"', () => assert.notEqual(ageOf('Clinic', 'Since 3 mo w dimple', 'Order: US spine'), 3));
  it('"Sister 12 J., w, healthy" is the sister\'s age', () => assert.equal(ageOf('Back pain 2 wk. Sister 12 J., w, healthy.', 'Order: MRI lumbar spine'), undefined));
  it('"Mother 38 J., w." is the mother\'s age', () => assert.equal(ageOf('Back pain 2 wk. Mother 38 J., w.', 'Order: MRI lumbar spine'), undefined));
  it('"Back pain since 3 J., w" is a duration', () => assert.equal(ageOf('Clinic', 'Back pain since 3 J., w', 'Order: MRI lumbar spine'), undefined));
  it('"Back pain x 3 J., w" is a duration', () => assert.equal(ageOf('Clinic', 'Back pain x 3 J., w', 'Order: MRI lumbar spine'), undefined));
  it('a stated Age wins over a sister\'s "14 J., w"', () => near(ageOf('Clinic', 'Age: 6 years', 'Sister 14 J., w - also back pain.', 'Order: MRI lumbar spine'), 72, 'Age key'));
});

describe('r52b: "Alter:", "Monate" and "Geb.-Dat." tell the age', () => {
  it('"Alter: 6 Monate" is 6 months', () => near(ageOf('Name: Lena', 'Alter: 6 Monate', 'Findings: sacral dimple 4 mm', 'Order: US spine'), 6, 'Alter'));
  it('"Alter: 4 Jahre" is 4 years', () => near(ageOf('Alter: 4 Jahre', 'Back pain.', 'Order: MRI lumbar spine'), 48, 'Alter Jahre'));
  it('"Pain since 8 Monate, boy" is no age', () => assert.equal(ageOf('Clinic', 'Pain since 8 Monate, boy.', 'Order: US spine'), undefined));
  it('"Geb.-Dat. (DOB):" with a visit date gives the age', () =>
    near(ageOf('Date: 10.04.2026', 'Geb.-Dat. (DOB): 10.01.2026', 'Findings: hair tuft L5', 'Order: US spine'), 3, 'Geb.-Dat.'));
  it('"Geb.-Dat.:" holding no date gives none', () => assert.equal(ageOf('Date: 10.04.2026', 'Geb.-Dat.: see chart', 'Order: US spine'), undefined));
});

describe('r52b: "Aanvraag:" heads the order, as "Request:" does', () => {
  const PAIN = '15 yo F, low back pain 3 weeks after rowing camp, no red flags.';
  it('"Aanvraag: MRI lumbar spine" orders it in a note without other keys', () => assert.equal(orderOf(PAIN, 'Aanvraag: MRI lumbar spine'), 'mri-area-without'));
  it('"Aanvraag: echo wervelkolom / spinal US" orders the spinal US', () =>
    assert.equal(orderOf('9 mnd, meisje. Hair tuft midline L5.', 'Aanvraag: echo wervelkolom / spinal US'), 'us-area'));
  it('"Aanvraag: none" orders nothing', () => assert.equal(orderOf(PAIN, 'Aanvraag: none'), 'none'));
  it('"Aanvraag: MRI ... 2025 - normal" beside a plan is a study done', () => assert.equal(orderOf(PAIN, 'Aanvraag: MRI lumbar spine 2025 - normal', 'Plan: physio'), 'none'));
  it('"Aanvraagformulier" in a sentence is no key', () => assert.equal(orderOf(PAIN, 'Aanvraagformulier sent for physio.'), 'none'));
});

describe('r52b: the neurologic exam told normal in German and Dutch ways', () => {
  const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
  const HPI = '8 yo boy, back pain 3 wk.';
  it('"Neurological status: no pathologic findings" is normal', () => assert.equal(neuro(HPI, 'Neurological status: no pathologic findings', 'Order: MRI lumbar spine'), 'normal'));
  it('"Neurological status: without pathologic findings." is normal', () =>
    assert.equal(neuro(HPI, 'Neurological status: without pathologic findings.', 'Order: MRI lumbar spine'), 'normal'));
  it('"Neuro: o.B." is normal', () => assert.equal(neuro(HPI, 'Neuro: o.B.', 'Order: MRI lumbar spine'), 'normal'));
  it('", neurostatus o.B." closing the history is normal', () => assert.equal(neuro('8 yo boy, back pain 3 wk, no fever, neurostatus o.B.', 'Order: MRI lumbar spine'), 'normal'));
  it('"no pathologic findings except weak left foot" is abnormal', () =>
    assert.equal(neuro(HPI, 'Neurological status: no pathologic findings except weak left foot dorsiflexion', 'Order: MRI lumbar spine'), 'abnormal'));
  it('"no pathologic findings in the arms, reduced power left leg" is abnormal', () =>
    assert.equal(neuro(HPI, 'Neurological status: no pathologic findings in the arms, reduced power left leg', 'Order: MRI lumbar spine'), 'abnormal'));
  it('"Neuro: o.B. except brisk reflexes left" is abnormal', () => assert.equal(neuro(HPI, 'Neuro: o.B. except brisk reflexes left', 'Order: MRI lumbar spine'), 'abnormal'));
  it('"neurostatus not o.B., reflexes brisk" is abnormal', () =>
    assert.equal(neuro('8 yo boy, back pain 3 wk, neurostatus not o.B., reflexes brisk.', 'Order: MRI lumbar spine'), 'abnormal'));
  it('"neurostatus o.B.?" is asked', () => assert.notEqual(neuro('8 yo boy, back pain 3 wk, neurostatus o.B.?', 'Order: MRI lumbar spine'), 'normal'));
  it('"Mother\'s neurostatus o.B." is none of the child\'s', () =>
    assert.notEqual(neuro("8 yo boy, back pain 3 wk. Mother's neurostatus o.B.", 'Order: MRI lumbar spine'), 'normal'));
  it('"Previous neurostatus o.B., now weak left leg" is no normal exam', () =>
    assert.notEqual(neuro('8 yo boy, back pain 3 wk. Previous neurostatus o.B., now weak left leg.', 'Order: MRI lumbar spine'), 'normal'));
});

describe('r52b: a radiograph "without pathologic finding" is a normal prior', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  const PAIN = 'Patient 12 yo m. Low back pain for 2 months.';
  const ORDER = 'Request: bone scan with SPECT of the lumbar spine';
  it('"X-ray LWS 03.02.2026 without pathologic finding." is negative radiographs', () =>
    assert.equal(scenario(PAIN, 'X-ray LWS 03.02.2026 without pathologic finding.', ORDER), 'back-pain-red-flags-negative-radiographs'));
  it('"XR L-spine no pathological findings" is negative radiographs', () =>
    assert.equal(scenario(PAIN, 'XR L-spine no pathological findings.', ORDER), 'back-pain-red-flags-negative-radiographs'));
  it('"X-ray chest without pathologic finding" is no spine radiograph', () =>
    assert.equal(scenario(PAIN, 'X-ray chest without pathologic finding.', ORDER), 'back-pain-red-flags'));
  it('"Brother\'s X-ray LWS without pathologic finding" is the brother\'s', () =>
    assert.equal(scenario(PAIN, "Brother's X-ray LWS without pathologic finding.", ORDER), 'back-pain-red-flags'));
  it('"X-ray LWS planned, hopefully without pathologic finding" is a plan', () =>
    assert.equal(scenario(PAIN, 'X-ray LWS planned, hopefully without pathologic finding.', ORDER), 'back-pain-red-flags'));
  it('"If X-ray LWS without pathologic finding, then bone scan" is a condition', () =>
    assert.equal(scenario(PAIN, 'If X-ray LWS without pathologic finding, then bone scan.', ORDER), 'back-pain-red-flags'));
  it('"X-ray LWS without pathologic finding?" is asked', () => assert.equal(scenario(PAIN, 'X-ray LWS without pathologic finding?', ORDER), 'back-pain-red-flags'));
});

describe("r52b, narrowed after review r52: a relative's German age is never the patient's", () => {
  const TUFT = ['Exam: hair tuft over L5, neuro normal', 'Order: US spine'];
  const PAIN = 'Low back pain 1 week, no red flags, neuro normal.';
  const DOB = ['Date: 10.04.2026', 'DOB: 10.02.2026'];
  const GEB = ['Date: 10.04.2026', 'Geb.-Dat.: 10.02.2026'];
  it('019 "Infant girl. Schwester 9 J., w, healthy." is no age', () => assert.equal(ageOf('Infant girl. Schwester 9 J., w, healthy.', ...TUFT), undefined));
  it('021 "Newborn check f/u. Mutter 31 J., w." is no age', () => assert.equal(ageOf('Newborn check f/u. Mutter 31 J., w.', ...TUFT), undefined));
  it('022 "Geschwister: Junge 8 J., Mädchen 5 J." is no age', () => assert.equal(ageOf('Infant. Geschwister: Junge 8 J., Mädchen 5 J.', ...TUFT), undefined));
  it('023 "Siblings: brother 12 J., m; Schwester 9 J., w." is no age', () => assert.equal(ageOf('Infant boy. Siblings: brother 12 J., m; Schwester 9 J., w.', ...TUFT), undefined));
  it('033 "Mutter 45 J., w, has disc disease" is no age', () => assert.equal(ageOf(`${PAIN} Mutter 45 J., w, has disc disease.`, 'Order: MRI lumbar spine'), undefined));
  it('036 "Schwester 20 J., w - scoliosis." on its own line is no age', () => assert.equal(ageOf(PAIN, 'Schwester 20 J., w - scoliosis.', 'Order: MRI lumbar spine'), undefined));
  it('163 "Oma 62 J., w, has spina bifida." is no age', () => assert.equal(ageOf('Infant girl. Oma 62 J., w, has spina bifida.', ...TUFT), undefined));
  it('168 "Cousin Junge 7 J., tethered cord op." is no age', () => assert.equal(ageOf('Baby. Cousin Junge 7 J., tethered cord op.', ...TUFT), undefined));
  it('206 a DOB key wins over "Schwester 9 J., w"', () => near(ageOf(...DOB, 'Schwester 9 J., w, healthy.', ...TUFT), 2, 'DOB Schwester'));
  it('207 a DOB key wins over "Mutter 31 J., w."', () => near(ageOf(...DOB, 'Mutter 31 J., w.', ...TUFT), 2, 'DOB Mutter'));
  it('209 a DOB key wins over "Geschwister: Junge 8 J., Mädchen 5 J."', () => near(ageOf(...DOB, 'Geschwister: Junge 8 J., Mädchen 5 J.', ...TUFT), 2, 'DOB Geschwister'));
  it('210 a DOB key wins over "Oma 62 J., w"', () => near(ageOf(...DOB, 'Oma 62 J., w, has spina bifida.', ...TUFT), 2, 'DOB Oma'));
  it('211 a DOB key wins over "Cousin Junge 7 J."', () => near(ageOf(...DOB, 'Cousin Junge 7 J., tethered cord op.', ...TUFT), 2, 'DOB Cousin'));
  it('212 a Geb.-Dat. key wins over "Mutter 31 J., w."', () => near(ageOf(...GEB, 'Mutter 31 J., w.', ...TUFT), 2, 'Geb Mutter'));
  it('213 a Geb.-Dat. key wins over "Schwester 9 J., w"', () => near(ageOf(...GEB, 'Schwester 9 J., w, healthy.', ...TUFT), 2, 'Geb Schwester'));
  it('"Pt: 14 J., w" after a patient key is still 14 years', () => near(ageOf('Pt: 14 J., w', 'Low back pain 3 weeks.', 'Order: MRI lumbar spine'), 168, 'Pt key'));
  it('"Name: Lena K., 9 J., Mädchen" is still 9 years', () => near(ageOf('Name: Lena K., 9 J., Mädchen', 'Back pain.', 'Order: MRI lumbar spine'), 108, 'Name key'));
  it('"Clinic seen today, 9 J., Junge." (after other words in its line) is not read', () =>
    assert.equal(ageOf('Clinic seen today, 9 J., Junge.', 'Order: MRI lumbar spine'), undefined));
});

describe('r52b, narrowed after review r52: "no pathologic findings" on a Neuro key of a study, a hope or a past exam', () => {
  const neuro = (value: string) => readNote('2 mo girl', 'Exam: sacral dimple 3 mm within gluteal cleft, 1 cm from anus', `Neuro: ${value}`, 'Order: US spine').facts.neuro.state;
  for (const [id, value] of [
    ['077', 'Cranial US no pathologic findings'],
    ['078', 'EEG no pathologic findings'],
    ['079', 'MRI brain without pathologic findings'],
    ['081', 'no pathologic findings expected'],
    ['090', 'o.B.?'],
    ['169', 'no pathologic findings anticipated'],
    ['170', 'hopefully no pathologic findings'],
    ['173', 'no pathologic findings on previous visit'],
    ['175', 'no pathologic findings reported by GP'],
    ['176', 'EMG without pathologic finding'],
  ])
    it(`${id} "Neuro: ${value}" is no normal exam`, () => assert.notEqual(neuro(value), 'normal'));
  it('"Neuro: no pathologic findings" alone is still normal', () => assert.equal(neuro('no pathologic findings'), 'normal'));
});

describe('r52b, narrowed after review r52: a radiograph closing on "no pathologic findings" only of the spine, told plainly', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  const PAIN = 'Patient 12 yo m. Low back pain for 2 months, neuro normal.';
  const CT = 'Order: CT lumbar spine';
  it('117 "X-ray SIJ without pathologic findings." is no spine radiograph', () =>
    assert.equal(scenario(PAIN, 'X-ray SIJ without pathologic findings.', CT), 'back-pain-red-flags'));
  it('180 "X-ray LWS would probably show no pathologic findings." is no result', () =>
    assert.equal(scenario(PAIN, 'X-ray LWS would probably show no pathologic findings.', CT), 'back-pain-red-flags'));
  it('186 "X-ray Becken no pathologic findings." is the pelvis', () => assert.equal(scenario(PAIN, 'X-ray Becken no pathologic findings.', CT), 'back-pain-red-flags'));
  it('189 "X-ray LWS for mother no pathologic findings." is the mother\'s', () =>
    assert.equal(scenario(PAIN, 'X-ray LWS for mother no pathologic findings.', CT), 'back-pain-red-flags'));
  it('197 "Spinal US would probably show no pathologic findings." is no prior US', () =>
    assert.deepEqual(
      readNote('4 mo girl', 'Exam: hair tuft over L5, neuro normal', 'Spinal US would probably show no pathologic findings.', 'Order: MRI lumbar spine').facts.prior,
      [],
    ));
  it('"X-ray lumbar spine 02.03.2024 without pathological findings." is still negative radiographs (dev-4361)', () =>
    assert.equal(scenario(PAIN, 'X-ray lumbar spine 02.03.2024 without pathological findings.', CT), 'back-pain-red-flags-negative-radiographs'));
});

describe('r52b after review r52: Dutch words that decide against a study (notOrderCues)', () => {
  const PAIN = '15 yo F, low back pain 1 week, no trauma, no red flags, neuro normal.';
  it('"Plan: MRI lumbar spine niet geindiceerd, physio." orders nothing', () => assert.equal(orderOf(PAIN, 'Plan: MRI lumbar spine niet geindiceerd, physio.'), 'none'));
  it('"MRI LWS al gedaan (normaal). Plan: fysio." orders nothing', () => assert.equal(orderOf(PAIN, 'MRI LWS al gedaan (normaal). Plan: fysio.'), 'none'));
});
