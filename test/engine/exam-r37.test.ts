/**
 * Round 37 (held-out s41/s42): the neurologic status as writers trained in Germany, the Netherlands, Scandinavia, Poland,
 * Russia, Romania and China write it in English ("Neurological status: without focal symptoms, reflexes D=S", "age norm",
 * "PSR/ASR symmetric", "knee reflex (+)"), skin markers told in their words ("At examination: … the gluteal cleft is
 * deviated", "gluteal cleft not deviated", a carer's quoted "hole on her bottom" the exam denies, a parent's "bump" that
 * is the skin tag), and a dimple's description written across lines, glossed or told again as "it is a single pit".
 * Look-alikes that must not read normal or change: an asymmetry ("reflexes D>S"), a brisk or absent graded reflex, a plus
 * after another sign, a positive Lasègue alone, raised muscle tension, an exam not done, a base not seen, a range over 5 mm.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const DIMPLE = 'Child 5 months. Dimple in the sacrococcygeal area, about 2 mm.';
const BACK = 'Patient 15 y. Complaints of pain in the lumbar region for 2 weeks.';
const US = 'Plan: US of lumbosacral spine.';
const MRT = 'Plan: MRT of lumbar spine.';
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const marker = (id: string, ...lines: string[]) => {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  return hits.some((h) => h.present) ? true : hits.some((h) => h.negated) ? false : undefined;
};

describe('r37: the neurological status as German-, Dutch-, Polish-, Russian- and Chinese-trained writers give it', () => {
  for (const [lines, plan] of [
    [[BACK, 'Objectively: tenderness Th7-Th9. Neurological status: without focal symptoms, reflexes D=S.'], MRT],
    [[BACK, 'Status: tension of paravertebral muscles, neurological status without focal symptomatics.'], MRT],
    [[DIMPLE, 'Neurological status: age norm.'], US],
    [[DIMPLE, 'Neurological status: without peculiarities.'], US],
    [[BACK, 'Objectively: lies with legs flexed. Neurological: no paresis, reflexes D=S, sensitivity not disturbed.'], MRT],
    [[BACK, 'Neurological status: Lasegue negative, reflexes preserved, D=S, sensitivity not changed.'], MRT],
  ] as const)
    it(`"${lines[lines.length - 1]}" is a normal exam`, () => assert.equal(neuroOf(...lines, plan), 'normal'));

  // Taken out after the second review (r37-2 H1, H2): a bracketed grade never tells a normal exam, and the guarded phrases
  // ("PSR/ASR symmetric", "Babinski negative", "normal exam incl neuro") only under the neuro exam's own name.
  for (const [lines, plan] of [
    [[DIMPLE, 'PE: hairy patch. Both lower limbs move freely, muscle tension normal, knee reflex (+).'], US],
    [[BACK, 'Status: gait incl. heel and toe walking normal, PSR/ASR symmetric, Babinski negative.'], MRT],
    [
      [
        'Patient: P. Andrei, 12 years',
        'Anamnesis: no trauma mentioned by parents. Afebrile. Appetite preserved, no weight loss.',
        'Clinical exam: painful palpation. ROT present, symmetric, no sensory deficit.',
      ],
      'Recommend: IRM of the whole spine with contrast substance.',
    ],
    [[BACK, 'PE: hairy patch; SLR (-). Muscle strength of lower limbs V/V, tendon reflexes: knee (++), ankle (++).'], MRT],
  ] as const)
    it(`"${lines[lines.length - 1]}" is no longer read as a normal exam`, () => assert.notEqual(neuroOf(...lines, plan), 'normal'));

  // Round 41: a sentence that is the whole exam's normal state and nothing else ("Normal exam incl neuro.", "Otherwise normal
  // exam incl. neuro.") is the writer's own exam today; the past, remote and second-hand guards below still keep it out.
  it('"No leg/foot or bladder issues. Normal exam incl neuro." is a normal exam (its own sentence, the writer\'s exam)', () =>
    assert.equal(
      neuroOf('PCP note 11 mo M', 'Small hair tuft over sacrum, US at 2 mo normal.', 'No leg/foot or bladder issues. Normal exam incl neuro.', 'Plan: XR lumbosacral spine.'),
      'normal',
    ));

  for (const t of [
    'Neurological status: reflexes D>S, sensitivity not disturbed.',
    'Objectively: reflexes D>S.',
    'Neurological status: Lasegue negative, reflexes preserved, D>S.',
    'Status: PSR/ASR S<D, Babinski negative.',
    'Neurological: ankle reflex weaker on the left, sensitivity not disturbed.',
    'PE: tendon reflexes: knee (+++), ankle (++).',
    'PE: both lower limbs move freely, knee reflex (-).',
    'PE: both lower limbs move freely, muscle tension increased.',
    'Neurological status: Babinski positive, reflexes D=S.',
    'Neurological status: not assessed.',
    'Neurological status: Lasegue positive.',
    'Neurological status: D>S.',
    'Pathological reflexes (+), anal reflex (+).',
    "Father's knee reflex (+++) since his injury. Neurological status of the child not examined.",
  ])
    it(`"${t}" is no normal exam`, () => assert.notEqual(neuroOf(BACK, t, MRT), 'normal'));

  for (const t of ['Neurological status: reflexes D>S.', 'PE: tendon reflexes: knee (+++), ankle (++).', 'PE: knee reflex (-), moves legs.'])
    it(`"${t}" is an abnormal exam`, () => assert.equal(neuroOf(BACK, t, MRT), 'abnormal'));

  it('"Neurological status: without peculiarities" beside a weak leg is no normal exam', () =>
    assert.notEqual(neuroOf(BACK, 'Neurological status without peculiarities, weakness of the left foot.', MRT), 'normal'));
});

describe('r37: skin markers in the writers’ own words', () => {
  const NB = 'Newborn boy, 10 days of life.';
  it('"At examination:" heads the exam, so its deviated cleft, dimple and absent hypertrichosis are read', () => {
    const lines = [
      NB,
      'At examination: in sacrococcygeal region the gluteal cleft is deviated to the left, above it a dimple approx. 5 mm in diameter, 3 cm above the anus. Hypertrichosis absent.',
      US,
    ];
    assert.equal(marker('deviated-cleft', ...lines), true);
    assert.equal(marker('sacral-dimple', ...lines), true);
    assert.equal(marker('hair-tuft', ...lines), false);
    assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker');
  });
  for (const t of [
    'No hair tuft, no haemangioma, gluteal cleft not deviated.',
    'Back: small dimple; gluteal cleft straight; no mass.',
    'Pertinent negatives: no hair tuft, no lipoma, cleft not deviated.',
    'Exam: no sacral dimple, no hair tuft, gluteal cleft normal.',
  ])
    it(`"${t}" tells the cleft not deviated`, () => assert.equal(marker('deviated-cleft', NB, t, US), false));
  for (const t of [
    'Exam: the gluteal cleft is deviated to the left.',
    'Exam: small dimple at the top of the gluteal cleft, midline. No hair.',
    'Exam: two dimples, both at the top of the gluteal cleft. Normal tone and reflexes.',
    'Vitals stable. Weight 3.2 kg. Dimple in the cleft.',
  ])
    it(`"${t}" tells no cleft not deviated`, () => assert.notEqual(marker('deviated-cleft', NB, t, US), false));
  it('"Vitals stable. Weight 3.2 kg." tells no weight kept (a state is read within one sentence)', () =>
    assert.notEqual(
      readNote(NB, 'Vitals stable. Weight 3.2 kg.', US).facts.hits.some((h) => h.finding.id === 'weight-loss' && h.negated),
      true,
    ));

  const HOLE = '4 y F, daycare staff said she has "a hole on her bottom".';
  it('a carer’s quoted "hole on her bottom" that the exam denies is no dimple', () => {
    const r = readNote(HOLE, 'Exam: no sacral dimple, no hair tuft, gluteal cleft normal. Just a prominent coccyx. Neuro nl.', 'Reassured. No imaging.');
    assert.equal(marker('sacral-dimple', HOLE, 'Exam: no sacral dimple, no hair tuft, gluteal cleft normal. Just a prominent coccyx. Neuro nl.', 'Reassured. No imaging.'), false);
    assert.equal(r.scenario, 'no-criteria');
  });
  for (const [lines, why] of [
    [[HOLE, 'Exam: small sacral dimple 2 mm within the cleft. Neuro nl.'], 'the exam finds it'],
    [['4 y F, daycare staff said she has a hole on her bottom.', 'Exam: no sacral dimple seen. Neuro nl.'], 'told outside quotation marks'],
    [['4 y F, "a hole on her bottom" on the referral.', 'Exam: no sacral dimple seen. Neuro nl.'], 'quoted with no teller'],
    [[HOLE, 'Previous visit: no sacral dimple noted. Not examined today.'], 'the denial is no exam of today'],
  ] as const)
    it(`the quoted dimple stays present when ${why}`, () => assert.equal(marker('sacral-dimple', ...lines, 'Plan: US spine'), true));

  it('a parent’s "bump on his lower back" that the exam names a skin tag is no lipoma', () => {
    const lines = [
      '10-month-old male.',
      'CC: "bump on his lower back"',
      'Back: 5 mm pedunculated skin tag midline at ~L5, no hair, no dimple; cleft midline.',
      'Plan: MRI lumbar spine without contrast',
    ];
    assert.notEqual(marker('lipoma', ...lines), true);
    assert.equal(marker('skin-appendage', ...lines), true);
  });
  it('a "bump on his lower back" alone stays a lipoma', () =>
    assert.equal(marker('lipoma', '10-month-old male.', 'Mom noticed a bump on his lower back.', 'Plan: US spine'), true));
  it('a lipoma named beside the skin tag stays a lipoma', () =>
    assert.equal(marker('lipoma', '10-month-old male.', 'CC: bump on his lower back.', 'Exam: soft lipoma 2 cm at L5, skin tag above it.', 'Plan: MRI lumbar spine'), true));
});

describe('r37: the dimple’s description', () => {
  const NEURO = 'Normal tone and reflexes, moving all 4 limbs well.';
  for (const lines of [
    ['17 wk old M, sacral dimple noted at well-baby visit.', 'Single, in gluteal crease, 3 mm, 1 cm from anal verge, base visible. No other stigmata.', NEURO],
    ['3-month-old boy. Pit in the bilnaad (natal cleft), 2 mm, ca. 1 cm from anus, bottom visible. Otherwise no skin abnormalities.', NEURO],
    [
      '10 yo boy, noticed by his swimming coach to have a dimple at the bottom of his back. On examination it is a single pit within the natal cleft, approx. 2-3 mm, about 1.5 cm from the anus, and I can see the base. No hair.',
      'Lower limb neuro exam normal.',
    ],
    ['3-month-old boy. Dimple in the rima ani, 2 mm, 1 cm from anus, bottom visible.', NEURO],
  ])
    it(`"${lines[0].slice(0, 60)}…" is a simple dimple`, () => {
      const r = readNote(...lines, 'Plan: US spine (lumbosacral).');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
      assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
    });
  for (const lines of [
    ['17 wk old M, sacral dimple noted at well-baby visit.', 'Single, in gluteal crease, 3 mm, 1 cm from anal verge, base not visible.', NEURO],
    ['17 wk old M, sacral dimple noted at well-baby visit.', 'Single, in gluteal crease, 4-6 mm, 1 cm from anal verge, base visible.', NEURO],
    ['17 wk old M, sacral dimple noted at well-baby visit.', 'Single, in gluteal crease, 3 mm, 2.5 cm from anal verge, base visible.', NEURO],
    ['3-month-old boy. Pit in the bilnaad (natal cleft), 2 mm, ca. 1 cm from anus, bottom not seen.', NEURO],
    ['10 yo boy with a dimple at the bottom of his back. On examination it is a single pit within the natal cleft, 3 mm, 1 cm from the anus. A second dimple above it.', NEURO],
    ['17 wk old M, sacral dimple noted at well-baby visit.', 'Hips: single, stable.', NEURO],
  ])
    it(`"${lines[1].slice(0, 60)}…" is no simple dimple`, () => assert.ok(!readNote(...lines, 'Plan: US spine (lumbosacral).').rules.includes('simple-dimple')));
  it('a pit in a sentence of its own after the dimple, not told as the same, keeps its place', () => {
    const r = readNote('3 mo F. Sacral dimple 3 mm, 1 cm from anus. Pilonidal-type pit inside the buttock crease too.', NEURO, 'Plan: US spine');
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
});

/**
 * The adversarial review of round 37: readings that made a wrong normal exam (simple-dimple fires, an order talked down), a
 * wrong abnormal one (overuse back pain sent to red flags) or a cleft wrongly told straight. Each probe reads as main did,
 * or better.
 */
describe('r37 review: no wrong normal exam', () => {
  const D = 'Child 5 months. Dimple in the sacrococcygeal area, about 2 mm, in the natal cleft, 1 cm from anus.';
  const D5 = 'Child 5 months. Dimple in the natal cleft, 2 mm, 1 cm from anus, base seen.';
  const noSimple = (...lines: string[]) => {
    const r = readNote(...lines);
    assert.notEqual(r.facts.neuro.state, 'normal');
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  };
  for (const t of ['Neuro: power below norm in L leg.', 'Neuro: tone above age norm in both legs.', 'Neuro: reflexes D≠S.', 'Neuro: D/S.', 'Neuro: Lasegue negative.'])
    it(`"${t}" on the Neuro key is no normal exam`, () => noSimple(D, t, US));
  for (const t of ['Neuro: not age norm.', 'Neuro: reflexes D=S but weaker on S.', 'Neuro: reflexes D<S.']) it(`"${t}" is no normal exam`, () => noSimple(D, t, US));
  for (const t of ['Neuro: D=S.', 'Neurological status: age norm.', 'Neurologic status: according to age.', 'Exam: back normal. Neuro: reflexes D=S, Babinski negative.'])
    it(`"${t}" alone stays a normal exam`, () => assert.equal(neuroOf(D5, t, 'Plan: US spine.'), 'normal'));

  for (const t of ['PE: knee reflex (++) R, (-) L.', 'PE: knee reflex (++), ankle reflex (−).', 'PE: knee reflex（++）, ankle reflex（－）.', 'PE: knee reflex: L (++), R (-).'])
    it(`"${t}": an absent reflex on one side makes the exam abnormal`, () => {
      assert.equal(neuroOf(D5, t, 'Plan: US spine.'), 'abnormal');
      noSimple(D5, t, 'Plan: US spine.');
    });

  for (const t of [
    'Mom noted no paresis. Not examined today, baby asleep.',
    'Father has no paresis. Neuro not done.',
    'Exam: Babinski negative R, positive L.',
    'Exam: legs move freely in the Pavlik harness; hips not examined. Neuro deferred.',
    'NIPE at birth: normal exam incl neuro. Not examined today.',
    'Exam: no paresis at previous visit.',
  ])
    it(`"${t}" is no normal exam of today`, () => noSimple(D5, t, 'Plan: US spine.'));
  it('"NIPE at birth: normal exam incl neuro. Today: weak L leg kicks." keeps the weak leg', () =>
    assert.equal(neuroOf(D5, 'NIPE at birth: normal exam incl neuro. Today: weak L leg kicks.', 'Plan: US spine.'), 'abnormal'));

  const BACK15 = 'Patient 15 y. Complaints of pain in the lumbar region for 2 weeks.';
  for (const t of [
    'PE: knee reflex (++), muscle strength L ankle dorsiflexion IV/V.',
    'PE: biceps reflex (++), knee not tested.',
    'Last year: ankle reflex (-) left, now knee reflex (++), ankle reflex (++).',
  ])
    it(`"${t}" is no normal exam`, () => assert.notEqual(neuroOf(BACK15, t, 'Plan: MRI lumbar spine.'), 'normal'));
  // A reflex marked only present ("(+)", 1+ on the 0-4 scale) is no normal exam alone, as "knee reflexes present" is not.
  for (const t of ['PE: knee reflex (+).', 'PE: knee reflex (+), ankle reflex (+).'])
    it(`"${t}" alone is no normal exam`, () => assert.equal(neuroOf(DIMPLE, 'In the natal cleft, 1 cm from anus, base seen.', t, US), 'unknown'));
  // r37-2 H1: a bracketed grade never tells a normal exam, not even "(++)".
  for (const t of ['PE: knee reflex (+), ankle reflex (++).', 'PE: knee reflex (++), ankle reflex (++).', 'Exam: reflexes D=S, Babinski negative.'])
    it(`"${t}" is no normal exam`, () => assert.notEqual(neuroOf(DIMPLE, t, US), 'normal'));
  for (const t of ['PE: swelling: ankle (+) after fall last week. Neuro not examined.', 'PE: knee (+), ankle (+).'])
    it(`"${t}" (a bare joint) is no normal exam`, () => assert.notEqual(neuroOf('Child 11 months. Hair tuft over sacrum.', t, 'Plan: MRI lumbar spine.'), 'normal'));
});

describe('r37 review: no wrong abnormal exam from a bare joint', () => {
  const LIFT = 'Patient 15 y. Low back pain 2 weeks after lifting.';
  const XR = 'Plan: XR lumbar spine.';
  for (const t of ['Exam: tenderness: L4 (+), knee (-), hip (-).', 'Exam: swelling: knee (-), ankle (-). Tenderness L4 (+).', 'PE: edema of ankles (-), knee effusion (-).'])
    it(`"${t}" is no neurologic sign`, () => {
      const r = readNote(LIFT, t, XR);
      assert.notEqual(r.facts.neuro.state, 'abnormal');
      assert.equal(r.scenario, 'back-pain-overuse');
    });
  it('"PE: edema: ankles (-). Tendon reflexes normal." stays a normal exam', () => assert.equal(neuroOf(LIFT, 'PE: edema: ankles (-). Tendon reflexes normal.', XR), 'normal'));
  it('"Exam: paraspinal muscle tension normal" is the back’s muscles, no neurologic exam', () =>
    assert.notEqual(neuroOf(LIFT, 'Exam: paraspinal muscle tension normal, no tenderness.', XR), 'normal'));
  it('a reflex absent last year is no sign of today', () => {
    const r = readNote(
      'Patient 15 y. Complaints of pain in the lumbar region for 2 weeks.',
      'Last year: ankle reflex (-) left, now knee reflex (++), ankle reflex (++).',
      'Plan: MRI lumbar spine.',
    );
    assert.notEqual(r.facts.neuro.state, 'abnormal');
    assert.ok(r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
  });
});

describe('r37 review: the dimple and the cleft', () => {
  it('a pit "within the natal cleft per mum", seen above by the examiner, is no simple dimple', () => {
    const r = readNote(
      '10 yo boy with a dimple over L3, 3 mm, 1 cm from anus. This is a pit within the natal cleft per mum but I see it above.',
      'Lower limb neuro exam normal.',
      'Plan: MRI lumbar spine.',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  for (const lines of [
    ['3 mo F. Sacral dimple 3 mm, 1 cm from anus.', 'Gluteal cleft normal at birth, now deviated to the L.', 'Neuro nl.'],
    ['3 mo F. Natal cleft normal? Looks deviated to the left on standing.'],
    ['3 mo F. Cleft symmetric when lying, deviated to R when held prone.'],
    ['3 mo F. Hips: gluteal creases symmetric. Sacral dimple 2 mm in cleft, 1 cm from anus.'],
  ])
    it(`"${lines[lines.length - 1]}" does not tell the cleft straight`, () => assert.notEqual(marker('deviated-cleft', ...lines, 'Plan: US spine'), false));
  it('"gluteal cleft normal" alone still tells it straight', () =>
    assert.equal(marker('deviated-cleft', '3 mo F. Sacral dimple 3 mm.', 'Exam: gluteal cleft normal.', 'Plan: US spine'), false));
  it('the carer’s quoted dimple the exam denies reads the same with CRLF line ends', () => {
    const lines = ['4 y F, daycare staff said she has "a hole on her bottom".', 'Exam: no sacral dimple seen. Neuro nl.', 'Plan: US spine'];
    assert.equal(marker('sacral-dimple', ...lines), false);
    assert.equal(marker('sacral-dimple', lines.join('\r\n')), false);
  });
});

describe('r37 review: a pit named below another dimple is not that dimple', () => {
  it('"a dimple 3 mm over L3. Below it, it is a small pit within the natal cleft" is no simple dimple', () => {
    const r = readNote(
      '10 yo boy with a dimple 3 mm over L3. Below it, it is a small pit within the natal cleft, 1 cm from anus.',
      'Lower limb neuro exam normal.',
      'Plan: MRI lumbar spine.',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
});

/** The second review's harmful probes (r37-2): each read unknown on main and must not turn into a normal exam. */
describe('r37 second review: no wrong normal exam', () => {
  const N = (exam: string) => ['15 yo M, LBP x 6 wk, worse at night.', exam, 'Plan: MRI L-spine w/o'];
  const S = (exam: string) => ['Pt: 3 mo M', 'HPI: tuft of hair over sacrum.', exam, 'Plan: US lumbar spine'];
  const I = (exam: string) => ['Pt: 4 mo F', 'HPI: sacral dimple, 2 mm, within the natal cleft, 1 cm from anus.', exam, 'Plan: US lumbar spine'];
  const back = [
    // H1: bracketed grades
    'Exam: tender L4. Knee reflex (++) R, (+) L. Ankle reflex (++) bilat.',
    'Exam: knee reflex (++), ankle reflex not elicited on the L.',
    'Exam: knee reflex (++)\nankle reflex\n(-) left',
    'Exam: knee reflex (++) on the right side only.',
    'Exam: knee reflex (++) on the right; left not tested (cast).',
    'Exam: tendon reflexes: knee (++), ankle (++). Pathological reflexes (+) on the left.',
    'Exam: knee reflex (++), Lasegue (+) at 30 deg L.',
    'Exam: knee reflex (++), SLR positive L at 40°.',
    'Exam: knee reflex (++). Muscle strength of left ankle dorsiflexion grade 4.',
    'GP letter: knee reflex (++), ankle reflex (++).\nO/E today: reflexes difficult, pt guarding.',
    'Physio report: tendon reflexes: knee (++), ankle (++).',
    // H2: guarded phrases with a qualifier, of the arms or another organ, in text or under the neuro exam's name
    'Exam: reflexes D=S, hyperactive.',
    'Exam: reflexes D=S; ankle jerks not elicited.',
    'Exam: PSR brisk, symmetric. Babinski neg.',
    'Exam: no paresis, hypoesthesia L5 left.',
    'Exam: sensitivity not disturbed, reflexes sluggish.',
    'Exam: no paresis of the arms.',
    'Exam: no paresis in upper limbs.',
    'Exam: muscle tension normal in arms.',
    'Exam: abdominal muscle tension normal, no guarding.',
    'Exam: back tender. Neuro: reflexes D=S, hyperactive.',
    'Exam: back tender. Neuro: PSR brisk symmetric.',
    'Exam: back tender. Neuro: no paresis, hypoesthesia L5 left.',
    'Exam: back tender. Neurological: no paresis of the arms.',
    'Neurological status: reflexes D=S only at the knees.',
  ];
  for (const t of back) it(`${JSON.stringify(t)} is no normal exam`, () => assert.notEqual(neuroOf(...N(t)), 'normal'));
  const infant = [
    // H3: past, someone else's or remote exams
    'Normal exam incl neuro at 6 wk check.',
    'Normal exam incl neuro at 8 wk baby check.',
    'Discharge summary: normal exam incl neuro.',
    'NICU d/c: normal exam incl neuro.',
    'Normal exam incl neuro in NICU.',
    'Normal exam incl neuro on discharge from maternity.',
    'Referral letter: legs move freely, no paresis.',
    'Ortho note 3/2: no paresis, reflexes D=S.',
    'Twin B: legs move freely.',
    'Exam via video call: legs move freely.',
    'Neurological status: without peculiarities per GP.',
    'Neurological status (at birth): without peculiarities.',
    'Neuro (NICU d/c): no paresis, legs move freely.',
  ];
  for (const t of infant) it(`${JSON.stringify(t)} is no normal exam of today`, () => assert.notEqual(neuroOf(...S(t)), 'normal'));
  // The impact probes: with a simple dimple, none of these may turn on simple-dimple ("imaging usually unnecessary").
  for (const t of [
    'Exam: knee reflex (++) R, (+) L.',
    'Exam: knee reflex (++), ankle reflex not elicited on the L.',
    'Exam: knee reflex (++) on the right side only.',
    'Exam: reflexes D=S, hyperactive.',
    'Exam: no paresis, hypoesthesia L5 left.',
    'Normal exam incl neuro at 6 wk check.',
    'NICU d/c: normal exam incl neuro.',
    'Neurological status (at birth): without peculiarities.',
    'Exam: no paresis of the arms.',
    'Exam: knee reflex (++). Muscle strength of left ankle dorsiflexion grade 4.',
  ])
    it(`with a simple dimple, ${JSON.stringify(t)} gives no simple-dimple`, () => {
      const r = readNote(...I(t));
      assert.notEqual(r.facts.neuro.state, 'normal');
      assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
    });
  // Still read: the abnormal grades, and the guarded phrases under the neuro exam's name with only normal items beside them.
  for (const t of ['Exam: knee reflex (++) R, (-) L.', 'Exam: knee reflex (+++), ankle reflex (++).', 'Exam: ankle reflex (±) left.'])
    it(`${JSON.stringify(t)} stays an abnormal exam`, () => assert.equal(neuroOf(...N(t)), 'abnormal'));
  for (const t of [
    'Neurological: no paresis, reflexes D=S, sensitivity not disturbed.',
    'Exam: back tender. Neuro: no paresis, Babinski neg.',
    'Neurological status: PSR/ASR symmetric, Babinski negative.',
    'Neurological status: without peculiarities.',
  ])
    it(`${JSON.stringify(t)} stays a normal exam`, () => assert.equal(neuroOf(...N(t)), 'normal'));
});

describe('r37 second review: the cleft and the pick lists', () => {
  for (const t of [
    'Exam: gluteal cleft normal, Y-shaped/bifid at top.',
    'Exam: cleft straight; R buttock fuller, cleft pushed to L.',
    'Exam: gluteal cleft normal, displaced to the R.',
  ])
    it(`${JSON.stringify(t)} does not rule a deviated cleft out`, () => assert.notEqual(marker('deviated-cleft', 'Pt: 3 mo M', t, 'Plan: US lumbar spine'), false));
  it('"Hemangioma {Present/Absent}: 2 cm over L5" keeps the hemangioma', () =>
    assert.equal(marker('hemangioma', 'Pt: 3 mo M', 'HPI: referred for skin check.', 'Exam: Hemangioma {Present/Absent}: 2 cm over L5', 'Plan: US lumbar spine'), true));
  it('"Sacral dimple {Present/Absent} - mum concerned" keeps the dimple', () =>
    assert.equal(marker('sacral-dimple', 'Pt: 3 mo M', 'HPI: referred for skin check.', 'Exam: Sacral dimple {Present/Absent} - mum concerned', 'Plan: US lumbar spine'), true));
  it('"Hair tuft {Present/Absent}" alone is still blanked', () =>
    assert.equal(marker('hair-tuft', 'Pt: 3 mo M', 'HPI: referred for skin check.', 'Exam: Hair tuft {Present/Absent}', 'Plan: US lumbar spine'), undefined));
});
