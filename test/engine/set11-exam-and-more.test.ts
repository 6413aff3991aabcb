/**
 * Set 11's writers: the exam under a Russian-trained heading ("Neurological status:", "Neurostatus:",
 * "Neurologically:"); heel and toe walking as an exam manoeuvre, not toe walking; back pain told by its place
 * ("low back has ached", "pain in lumbar region", "pain in thoracal and lumbar part of spine", "paraspinal pain");
 * retention told plainly ("can't pee", "no void in 8 h"); a prior report closed "without pathology"; a nurse's SBAR
 * call, whose background is the history and whose reassuring bedside words are no exam; a chloroma or a leukemic
 * infiltrate suspected; a cancer named "until proven otherwise". Each with the near-misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('set 11: the neuro exam under a status heading', () => {
  it('"Neurological status: without deficit." is a normal exam', () => {
    assert.equal(neuroOf('13 y.o. boy, back pain 2 months.', 'Neurological status: without deficit.', 'MRI whole spine ordered.'), 'normal');
  });
  it('"Neurostatus: without focal symptomatics, reflexes alive, D=S." is a normal exam', () => {
    assert.equal(neuroOf('Patient: girl 9 mon.', 'Status localis: tuft of long dark hair at L4-L5.', 'Neurostatus: without focal symptomatics, reflexes alive, D=S.'), 'normal');
  });
  it('"Neurologically: movements of legs active, symmetric, reflexes normal." is a normal exam', () => {
    assert.equal(neuroOf('Infant 3 months, boy.', 'Neurologically: movements of legs active, symmetric, reflexes normal.', 'MRI ordered.'), 'normal');
  });
  it('a deficit or an exam not done under the same headings stays so', () => {
    assert.equal(neuroOf('Infant 3 months, boy.', 'Neurological status: L leg weaker, reflexes absent on L.', 'MRI ordered.'), 'abnormal');
    assert.equal(neuroOf('Infant 3 months, boy.', 'Neurostatus: L knee reflex absent.', 'MRI ordered.'), 'abnormal');
    assert.equal(neuroOf('Infant 3 months, boy.', 'Neurological status: not assessed.', 'MRI ordered.'), 'unknown');
  });
});

describe('set 11: heel and toe walking on examination', () => {
  const exam = 'Neuro: normal gait, heel/toe walking ok, reflexes symmetric.';
  it('is no toe walking and leaves the exam normal', () => {
    const r = readNote('Age: 8 yrs', 'No back pain.', exam, 'Plan: US lumbosacral spine ordered.');
    assert.equal(r.facts.neuro.state, 'normal');
    assert.ok(!categoryPresentIn('orthopedic-symptom', 'Age: 8 yrs', exam));
    for (const v of ['heel and toe walking normal', 'heel-toe walking intact', 'toe and heel walking fine'])
      assert.ok(!categoryPresentIn('orthopedic-symptom', 'Age: 8 yrs', `Neuro: ${v}.`), v);
  });
  it('toe walking told as a complaint still counts, and a failed manoeuvre is a deficit', () => {
    assert.ok(categoryPresentIn('orthopedic-symptom', 'Age: 8 yrs', 'Toe walking for 6 months.', exam));
    assert.ok(categoryPresentIn('orthopedic-symptom', 'Age: 8 yrs', 'New toe walking.', 'Neuro: reflexes symmetric.'));
    assert.equal(neuroOf('Age: 8 yrs', 'Neuro: unable to heel/toe walk on the L, reflexes symmetric.', 'Plan: MRI lumbar spine ordered.'), 'abnormal');
  });
});

describe('set 11: back pain told by its place', () => {
  for (const line of [
    'Low back has ached for ~2 wk, no particular trigger.',
    'During 2 weeks pain in lumbar region after trainings.',
    'Complaints on pain in thoracal and lumbar part of spine during 2 months.',
    'Pain in his spine for 3 weeks.',
    'L lumbar paraspinal pain 5/10, no pain down the legs.',
  ])
    it(`reads back pain in ${JSON.stringify(line.slice(0, 50))}`, () => assert.ok(presentIn('back-pain', '13 y F.', line), line));
  for (const line of [
    'No pain in the spine. Tuft of hair over L5.',
    'His back has never ached.',
    'Pain in the left knee and spine nontender.',
    'Pain in the left knee, part of the problem. Spine ok.',
  ])
    it(`reads no back pain in ${JSON.stringify(line.slice(0, 50))}`, () => assert.ok(!presentIn('back-pain', '13 y M.', line), line));
});

describe('set 11: urinary retention told plainly', () => {
  for (const line of ["New back pain and can't pee.", 'No void in 8 h, bladder scan 620 mL.', "He hasn't voided since noon.", 'Unable to urinate since this morning.'])
    it(`reads retention in ${JSON.stringify(line)}`, () => assert.ok(presentIn('retention', '7 y M.', line), line));
  for (const line of ['Feeding well, has voided and stooled.', 'No problems with voiding, can pee fine.'])
    it(`reads none in ${JSON.stringify(line)}`, () => assert.ok(!categoryPresentIn('urologic-symptom', '7 y M.', line), line));
});

describe('set 11: a prior report closed "without pathology"', () => {
  const pain = '13 y.o. boy. Pain in the back for 2 months, pain wakes him at night.';
  it('is a normal study', () => {
    for (const xr of [
      'XR of thoracic and lumbar spine from 05.11 (policlinic): destructive changes are not found, without pathology.',
      'XR of thoracic and lumbar spine from 05.11: no pathology.',
    ])
      assert.equal(readNote(pain, xr, 'MRI whole spine ordered.').scenario, 'back-pain-red-flags-negative-radiographs', xr);
  });
  it('a finding reported beside it keeps the study abnormal', () => {
    const r = readNote(pain, 'XR of lumbar spine from 05.11: spondylolysis L5, no other pathology.', 'MRI whole spine ordered.');
    assert.equal(r.scenario, 'back-pain-red-flags-positive-radiographs');
  });
});

describe("set 11: a nurse's SBAR call", () => {
  const call = (a: string, md = 'MD: coming up. MRI whole spine ordered.') => [
    'S: Rm 512, 6 y M, new fever 39.6 and worse back pain.',
    'B: Admitted yesterday with 3 days of back pain, CRP 96. Working dx discitis / vertebral osteomyelitis.',
    `A: ${a}`,
    'R: Please evaluate.',
    md,
  ];
  it('reads the background as the history', () => {
    assert.equal(readNote(...call('HR 132, pain 8/10.')).scenario, 'back-pain-infection-tumor');
  });
  it("leaves the exam unknown on the caller's reassuring words", () => {
    assert.equal(neuroOf(...call('HR 132. Moves both legs, says they feel "normal".')), 'unknown');
    assert.equal(neuroOf(...call('Moving all extremities, good tone.')), 'unknown');
  });
  it('keeps a deficit the caller tells, and the exam of the clinician who examines', () => {
    assert.equal(neuroOf(...call("Says his legs are weak; on my check he can't lift the L leg off the bed.")), 'abnormal');
    assert.equal(neuroOf(...call('HR 132.', 'MD: examined at 0400, neuro intact. MRI whole spine ordered.')), 'normal');
  });
  it('without the four letters in order, an "A:" line is read as before', () => {
    assert.equal(neuroOf('S: 6 y M, back pain.', 'A: moves all extremities.', 'P: MRI.'), 'normal');
  });
});

describe('set 11: a tumour suspected', () => {
  it('a chloroma or a leukemic infiltrate suspected with back pain is the infection-or-tumour scenario', () => {
    for (const s of ['Concern for epidural leukemic infiltrate / chloroma vs epidural hematoma.', 'Possible epidural mass.'])
      assert.equal(readNote('7 y M, new back pain, constant.', s, 'STAT MRI whole spine ordered.').scenario, 'back-pain-infection-tumor', s);
  });
  it('"acute leukemia until proven otherwise" is suspected, no cancer history', () => {
    const r = readNote('5 y M, 3 weeks of leg and low back pain, night waking.', 'Assessment: acute leukemia until proven otherwise.', 'MRI whole spine ordered.');
    assert.equal(
      r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present),
      false,
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
  });
  it('a leukemia the child has stays a cancer history', () => {
    const r = readNote('7 y M, ALL on induction chemo, new back pain.', 'MRI whole spine ordered.');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
  });
});
