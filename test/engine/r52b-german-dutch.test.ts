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
