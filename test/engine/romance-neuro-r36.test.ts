/**
 * Round 36 (held-out s39/s40): the neurologic exam as writers trained in Latin America, Spain, Portugal, France and Italy
 * write it in English ("Neurological exam without particularity", "good tonus, moves the lower members well",
 * "spontaneous motricity of lower limbs symmetric"), another clinician's exam on a vetting note
 * ("Referrer: neuro exam normal"), and a suspected tumour told as a question in a child with leukaemia ("Hypothesis:
 * vertebral infiltration?"). Look-alikes that must not read normal: a Babinski or Hoffmann plus, a grade ("3+"), a denied
 * reflex, a bare "Exam normal." (kept unknown: it may be any exam).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const DIMPLE = 'Infant 4 months. Dimple 2 mm in cleft 1 cm from anus.';
const ORDER = 'Order: US lumbar spine';
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('r36: the neuro exam in Romance-trained writers’ English', () => {
  for (const t of [
    'Neurological exam without particularity: no motor or sensitive deficit.',
    'Neurological exam without particularity.',
    'Neurological: good tonus, moves the lower members well.',
    'Exam today: good tonus, spontaneous motricity of lower limbs symmetric, no deformation of feet.',
    'Referrer: neuro exam normal, normal stools/urine.',
  ])
    it(`"${t}" is a normal exam`, () => assert.equal(neuroOf(DIMPLE, t, ORDER), 'normal'));

  for (const t of [
    'Neuro: good tone, moves both legs well, Babinski reflex (+).',
    'Neuro: good tone, moves both legs well, reflexes 3+.',
    'Neuro: good tone, moves both legs well, no anal reflex (+).',
  ])
    it(`"${t}" is no normal exam`, () => assert.notEqual(neuroOf(DIMPLE, t, ORDER), 'normal'));

  it('"anal reflex (-)" is no normal exam', () => assert.notEqual(neuroOf(DIMPLE, 'Neuro: good tone, anal reflex (-).', ORDER), 'normal'));
  it('a bare "Exam normal." in a dimple note stays unknown (it may be any exam)', () => assert.equal(neuroOf(`${DIMPLE} Exam normal.`, ORDER), 'unknown'));
  it('"Referrer: Dr Smith (GP)" names who referred and tells no exam', () => assert.equal(neuroOf(DIMPLE, 'Referrer: Dr Smith (GP).', ORDER), 'unknown'));
});

describe('r36 review B: "without particularity" is normal only of the neurological exam itself, nothing spoiling its sentence', () => {
  it('"Sensitive deficit L5 left. Neurological exam otherwise without particularity." is no normal exam', () =>
    assert.notEqual(neuroOf('9 yo boy. Back pain 3 weeks. Sensitive deficit L5 left. Neurological exam otherwise without particularity.', 'Order: MRI lumbar spine'), 'normal'));
  for (const t of [
    'Spinal US (report pasted): conus at L1-L2, filum normal. Neurological structures without particularity.',
    'Neurological exam at 1 month without particularity. Today: not kicking the left leg, hypotonic.',
    'Neurological exploration without particularities, abnormal tone in left leg.',
    'Neurological exam without particularity except weak left leg.',
  ])
    it(`"${t}" is no normal exam and no simple dimple`, () => {
      const r = readNote(DIMPLE, t, ORDER);
      assert.notEqual(r.facts.neuro.state, 'normal');
      assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
    });
});

describe('r36 review A: a reflex marked with a plus is no normal exam (the reading was taken back out)', () => {
  const D = 'Order: US lumbar spine';
  for (const t of [
    'Pathological reflexes (+).',
    'Pathological reflexes (+) in both legs.',
    'Pathologic reflex (+).',
    'Neuro: pathological reflexes (+), tone good.',
    'Hyperactive reflexes (+) lower limbs.',
    'ROT (+) on the right, (-) on the left.',
    'Anal reflex (+)? not tested today.',
    'Anal reflex (+) per referral letter; not examined by me.',
    'Mother: "his anal reflex +" per the midwife. Not examined today.',
    'Galant reflex (+). Neuro otherwise not examined.',
    'Stepping reflex (+). Neuro otherwise deferred.',
    'Crossed adductor reflex (+).',
    'Meningeal signs (+). Reflex (+).',
    'Cremasteric reflex (+). Testes descended.',
    'Anal wink reflex (+). Legs: weak, no kicking.',
    'Babinski (+) bilateral, ROT +.',
    'Abnormal reflexes (+) in lower limbs.',
  ]) {
    const r = () => readNote('4 mo F. Dimple 2 mm in cleft 1 cm from anus.', t, D);
    it(`"${t}" is no normal exam and no simple dimple`, () => {
      assert.notEqual(r().facts.neuro.state, 'normal');
      assert.ok(!r().rules.includes('simple-dimple'), r().rules.join());
    });
  }
  for (const t of ['Babinski (+) bilateral, ROT +.', 'Abnormal reflexes (+) in lower limbs.'])
    it(`"${t}" keeps its reflex change`, () =>
      assert.ok(readNote('4 mo F. Dimple 2 mm in cleft 1 cm from anus.', t, D).facts.hits.some((h) => h.finding.id === 'reflex-change' && h.present)));
  it('a back-pain boy with "Pathological reflexes (+)" has no normal exam', () =>
    assert.notEqual(readNote('9 yo boy. Back pain 2 weeks. No fever. Pathological reflexes (+).', 'Order: XR lumbar spine').facts.neuro.state, 'normal'));
  it('"ROT + globally, Lasegue (+) left at 30 degrees" is no normal exam', () =>
    assert.notEqual(readNote('9 yo boy. Back pain 3 weeks. ROT + globally, Lasegue (+) left at 30 degrees.', 'Order: XR lumbar spine').facts.neuro.state, 'normal'));
});

describe('r36: a suspected tumour told as a question in a known cancer', () => {
  const note = (hypothesis: string) =>
    readNote(
      'Patient 6 years, female, in treatment of acute lymphoblastic leukemia B (maintenance phase).',
      'Mother refers lumbar pain for 10 days, constant. Denies fever.',
      'Exam: Pain at palpation of L3-L4. Neurological exam without alterations.',
      hypothesis,
      'Conduct: Request MRI of total spine without and with gadolinium.',
    );
  it('"Hypothesis: vertebral infiltration? Vertebral fracture by corticoid?" is infection-tumor', () =>
    assert.equal(note('Hypothesis: vertebral infiltration? Vertebral fracture by corticoid?').scenario, 'back-pain-infection-tumor'));
  it('"infiltration of the vertebral bodies?" is infection-tumor', () =>
    assert.equal(note('Hypothesis: infiltration of the vertebral bodies?').scenario, 'back-pain-infection-tumor'));
  it('"No vertebral infiltration suspected" is none', () =>
    assert.notEqual(readNote('Boy 9 yo. Back pain 3 weeks. No fever. No vertebral infiltration suspected.', 'Order: XR L-spine').scenario, 'back-pain-infection-tumor'));
  for (const [lines, scenario] of [
    [['Boy 14 yo, back pain 2 weeks after rugby, no fever. Previous treatment: lumbar spinal infiltration with corticoids, no improvement.'], 'back-pain-overuse'],
    [['Boy 14 yo, back pain 2 weeks after rugby, no fever. Previous treatment: vertebral infiltration with corticoids, no improvement.'], 'back-pain-overuse'],
    [['Girl 15 yo, mechanical low back pain 3 weeks after gymnastics. Physio proposes spinal infiltration if no improvement.'], 'back-pain-overuse'],
    [['Boy 12 yo. Back pain 3 weeks. Spinal infiltration by anaesthetist planned for chronic pain.'], 'back-pain-no-red-flags'],
    [['Girl 13 yo, back pain 2 weeks, no red flags. Prior MRI: fatty infiltration of the vertebral bodies, benign.'], 'back-pain-no-red-flags'],
    [['Boy 9 yo, back pain 2 weeks, no fever, no night pain. If no improvement, consider MRI to rule out vertebral infiltration.'], 'back-pain-no-red-flags'],
  ] as const)
    it(`review E: "${lines[0]}" is no suspected tumour`, () => {
      const r = readNote(...lines, 'Order: MRI lumbar spine');
      assert.equal(r.scenario, scenario);
      assert.ok(r.rules.includes('not-appropriate-for-scenario') || scenario === 'back-pain-overuse', r.rules.join());
    });
  it('in a child with ALL, "leukemic infiltration vs steroid-related vertebral compression fx" stays a suspected tumour', () =>
    assert.equal(
      readNote(
        '5yo M, pre-B ALL day 12 of induction (on dex). New back pain tonight, lumbar. Afebrile.',
        'ddx leukemic infiltration vs steroid-related vertebral compression fx.',
        'Order: MRI lumbar spine',
      ).scenario,
      'back-pain-infection-tumor',
    ));
  it('"vascular lesion" with its MRI to evaluate intraspinal extension stays a skin marker', () =>
    assert.equal(
      readNote(
        '10-day-old female.',
        'Large infantile hemangioma over the sacrum (5 x 4 cm).',
        'MRI lumbosacral spine to evaluate intraspinal extension of the vascular lesion.',
        'Order: MRI lumbar spine',
      ).scenario,
      's1-cutaneous-marker',
    ));
  it('a paravertebral infiltration (an injection) is none', () =>
    assert.notEqual(
      readNote('Boy 9 yo. Back pain 3 weeks. No fever. Lumbar paravertebral infiltration with lidocaine done by physio.', 'Order: XR L-spine').scenario,
      'back-pain-infection-tumor',
    ));
});

describe("r36 review 2 (H4): the infiltration guard leaves main's readings alone", () => {
  for (const [lines, scenario] of [
    [['9 yo F, fever and back pain 1 week. Outside MRI: epidural infiltrate at L3-L4.', 'Order: MRI lumbar spine w/ and w/o'], 'back-pain-infection-tumor'],
    [['12 yo M with ALL. Back pain 3 weeks. Leukemic infiltration vs fat-suppressed artifact on prior MRI.', 'Order: MRI lumbar spine w/ and w/o'], 'back-pain-infection-tumor'],
    [['12 yo M with ALL. Back pain 3 weeks. Prior MRI: fatty infiltration of the vertebral bodies.', 'Order: MRI lumbar spine w/ and w/o'], 'back-pain-red-flags'],
  ] as const)
    it(JSON.stringify(lines[0]), () => assert.equal(readNote(...lines).scenario, scenario));
});

describe('r36 review 2 (H2): "without particularity" and the Romance wordings are normal only with nothing but denials beside them', () => {
  const D = '4 mo F. Dimple 2 mm in cleft 1 cm from anus.';
  for (const line of [
    'Neurological examination without particularities, hyporeflexia left ankle.',
    'Neurological exam without particularity, ROT abolished in left lower limb.',
    'Neurological exam without particularity, Lasegue positive on left.',
    'Neurological exam without particularity. Walks on tiptoes since 2 months.',
    'Neuro exam without particularities, hypoesthesia L5 left.',
    'Neurological exam without particularity per the referral letter; not examined today.',
    'Neurological exam without particularity? to complete.',
    'Anal tonus normal. Not examined otherwise.',
    'Moves the lower members well? Mother unsure.',
  ])
    it(`"${line}" is no normal exam and no simple dimple`, () => {
      const r = readNote(D, line, 'Order: US lumbar spine');
      assert.notEqual(r.facts.neuro.state, 'normal');
      assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
    });
  it('the same in CRLF', () =>
    assert.notEqual(readNote(`${D}\r\nNeurological exam without particularity, ROT abolished in left lower limb.\r\nOrder: US lumbar spine`).facts.neuro.state, 'normal'));
  for (const line of [
    '9 yo boy. Back pain 3 weeks, no fever. Neurological exam without particularity, hyporeflexia left achilles.',
    '9 yo boy. Back pain 3 weeks, no fever. Good tonus, moves the lower members well, but ROT abolished left.',
  ])
    it(`"${line}" is no normal exam`, () => assert.notEqual(readNote(line, 'Order: XR lumbar spine').facts.neuro.state, 'normal'));
  it('"Neurological exam without particularity, no motor or sensitive deficit." stays normal', () =>
    assert.equal(readNote(D, 'Neurological exam without particularity, no motor or sensitive deficit.', 'Order: US lumbar spine').facts.neuro.state, 'normal'));
});
