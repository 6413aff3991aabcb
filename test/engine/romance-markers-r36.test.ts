/**
 * Round 36 (held-out s40): skin markers and a dimple's description as writers trained in France, Italy, Spain, Portugal
 * and Brazil keep them in clinical English: "sacral fossette", "fossetta of about 6 mm", "fosseta", "fosita" (a dimple);
 * "no angioma(s)" (no hemangioma); "hyperchromic stain" (a discoloration); "at 1 cm of the anus" (its distance);
 * "fundus visible / not visible", "fondo visible" (its base seen or not); "above the intergluteal sulcus" (its place).
 */
import * as assert from 'node:assert/strict';
import { readDimple } from '../../server/src/clinical/dimple';
import { readNote } from '../helpers';

const dimpleOf = (t: string) => readDimple(t, { start: 0, end: t.length });
const markers = (...lines: string[]) => {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.category === 'cutaneous-marker' || h.finding.category === 'dimple');
  return {
    present: new Set(hits.filter((h) => h.present).map((h) => h.finding.id)),
    absent: new Set(hits.filter((h) => !h.present).map((h) => h.finding.id)),
  };
};

describe('r36: skin markers in Romance words', () => {
  for (const t of [
    'Exam: sacral fossette of 2 mm, in the intergluteal fold.',
    'Objective exam: fossetta of about 6 mm, above the intergluteal sulcus.',
    'Exame: fosseta sacral de 3 mm.',
    'Exploration: sacral fosita of 3 mm.',
  ])
    it(`"${t}" names a dimple`, () => assert.ok(markers('Infant 3 months, girl.', t, 'Order: US lumbar spine').present.has('sacral-dimple')));

  it('"No hypertrichosis, no angiomas." denies a hemangioma', () => {
    const m = markers('Infant 10 months.', 'Dimple 3 mm. No hypertrichosis, no angiomas.', 'Order: US lumbar spine');
    assert.ok(m.absent.has('hemangioma'));
    assert.ok(!m.present.has('hemangioma'));
  });
  it('"small flat angioma over the sacrum" is a hemangioma', () =>
    assert.ok(markers('Infant 3 months.', 'Exam: small flat angioma over the sacrum.', 'Order: US lumbar spine').present.has('hemangioma')));
  it('"hyperchromic stain of approx 2 cm in lumbosacral midline" is a discoloration', () =>
    assert.ok(markers('Lactente de 4 meses.', 'Exam: hyperchromic stain of approx 2 cm in lumbosacral midline.', 'Order: US lumbar spine').present.has('discoloration')));
  it('"no hyperchromic stain" denies it', () =>
    assert.ok(!markers('Infant 4 months.', 'Dimple 2 mm. No hyperchromic stain.', 'Order: US lumbar spine').present.has('discoloration')));
});

describe('r36 review C: an angioma or hemangioma of an organ or a bone, or gone, is no skin marker', () => {
  const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
  it('"Prior MRI: vertebral angioma at T11" keeps back-pain-red-flags', () =>
    assert.equal(scenarioOf('10 yo boy, back pain 6 weeks, night pain. Prior MRI: vertebral angioma at T11, incidental.', 'Order: MRI thoracic spine'), 'back-pain-red-flags'));
  it('"Prior MRI: vertebral hemangioma at T11" keeps back-pain-red-flags', () =>
    assert.equal(scenarioOf('10 yo boy, back pain 6 weeks, night pain. Prior MRI: vertebral hemangioma at T11, incidental.', 'Order: MRI thoracic spine'), 'back-pain-red-flags'));
  for (const w of ['angioma', 'hemangioma'])
    it(`"Known cavernous ${w} of the brainstem" is no skin marker`, () => {
      const r = readNote(`13 yo F with back pain 3 weeks. Known cavernous ${w} of the brainstem, followed by neurology.`, 'Order: XR L-spine');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
      assert.ok(!r.rules.includes('inappropriate-initial-study'), r.rules.join());
    });
  it('"cavernous angioma (cavernoma) of the spinal cord operated" keeps back-pain-overuse', () =>
    assert.equal(
      scenarioOf('15 yo with back pain 2 weeks after soccer, no red flags. Hx: cavernous angioma (cavernoma) of the spinal cord operated 2019.', 'Order: MRI lumbar spine'),
      'back-pain-overuse',
    ));
  for (const w of ['angiomas', 'hemangiomas'])
    it(`"Hepatic ${w} on prior US" leaves a simple dimple simple`, () =>
      assert.ok(
        readNote(`Infant 3 months. Hepatic ${w} on prior US. Sacral dimple 2 mm in cleft 1 cm from anus, neuro normal.`, 'Order: US lumbar spine').rules.includes('simple-dimple'),
      ));
  for (const w of ['angioma', 'hemangioma'])
    it(`"Retinal ${w}?" is no hemangioma`, () =>
      assert.ok(!markers(`5 mo F. Retinal ${w}? Ophthalmology to see. Sacral dimple 2 mm in cleft, 1 cm from anus.`, 'Order: US lumbar spine').present.has('hemangioma')));
  it('"Hx of angioma over the sacrum, resolved" is no hemangioma', () =>
    assert.equal(scenarioOf('Infant 3 months. Hx of angioma over the sacrum, resolved. Skin now normal.', 'Order: US lumbar spine'), 'no-criteria'));
  it('"Lumbosacral angioma 2 cm" is a hemangioma', () => assert.ok(markers('Infant 2 months. Lumbosacral angioma 2 cm.', 'Order: US lumbar spine').present.has('hemangioma')));
  it('"angioma" with no place is none', () => assert.ok(!markers('Infant 2 months. Angioma 2 cm.', 'Order: US lumbar spine').present.has('hemangioma')));
  it('"Hemangioma over the sacrum 2 cm" stays a hemangioma', () =>
    assert.ok(markers('Infant 2 months. Hemangioma over the sacrum 2 cm.', 'Order: US lumbar spine').present.has('hemangioma')));
});

describe('r36 review D: a bare "mancha" is no discoloration', () => {
  it('"Mancha en zona lumbar? Mother says it went away." is no discoloration', () =>
    assert.equal(readNote('2 mo F. Mancha en zona lumbar? Mother says it went away. Exam today: normal skin.', 'Order: US lumbar spine').scenario, 'no-criteria'));
});

describe('r36 review F: "at 1 cm of the anus" is the dimple\'s only in its own sentence', () => {
  it('"Anal fissure at 1 cm of the anus" gives the dimple no distance', () => {
    assert.equal(dimpleOf('Dimple 3 mm within cleft. Anal fissure at 1 cm of the anus. Neuro normal.').distanceCm, undefined);
    assert.ok(!readNote('4 mo M. Dimple 3 mm within cleft. Anal fissure at 1 cm of the anus. Neuro normal.', 'Order: US lumbar spine').rules.includes('simple-dimple'));
  });
  it('"Dimple 3 mm within cleft, skin tag at 1 cm of the anus" gives the dimple no distance', () =>
    assert.equal(dimpleOf('Dimple 3 mm within cleft, skin tag at 1 cm of the anus.').distanceCm, undefined));
});

describe('r36: a hemangioma told large after its place', () => {
  it('"Hemangioma over sacrum large 7 cm" is a large hemangioma', () =>
    assert.ok(markers('Infant 8 months.', 'Hemangioma over sacrum large 7 cm.', 'Order: US lumbar spine').present.has('large-hemangioma')));
  it('"Hemangioma over the sacrum 1 cm; large 3 cm lipoma beside it" is no large hemangioma', () =>
    assert.ok(!markers('Infant 8 months.', 'Hemangioma over the sacrum 1 cm; large 3 cm lipoma beside it.', 'Order: US lumbar spine').present.has('large-hemangioma')));
});

describe('r36: a dimple described in Romance word order', () => {
  it('"at 1 cm of the anus" is 1 cm from the anus', () => assert.equal(dimpleOf('sacral dimple of 3 mm, inside the intergluteal fold, at 1 cm of the anus').distanceCm, 1));
  it('"at about 3 cm from the anal margin" is 3 cm from the anus', () => assert.equal(dimpleOf('dimple of about 6 mm, at about 3 cm from the anal margin').distanceCm, 3));
  it('"2 mm of the anal verge" is no size read as a distance in another sense: "3 mm of depth" is none', () =>
    assert.equal(dimpleOf('dimple 3 mm of depth, in the cleft').distanceCm, undefined));
  it('"above the intergluteal sulcus" is above the cleft', () => assert.equal(dimpleOf('dimple of about 6 mm, above the intergluteal sulcus').position, 'above-cleft'));
  it('"in the intergluteal sulcus" is within the cleft', () => assert.equal(dimpleOf('dimple of 3 mm, in the intergluteal sulcus').position, 'within-cleft'));
  for (const t of ['fundus not visible', 'fundus not seen', 'fondo no visible'])
    it(`"${t}" is deep`, () => assert.equal(dimpleOf(`dimple 3 mm, in the cleft, 1 cm from the anus, ${t}`).deep, true));
  for (const t of ['fundus visible', 'fondo visible']) {
    it(`"${t}" is not deep`, () => assert.equal(dimpleOf(`dimple 3 mm, in the cleft, 1 cm from the anus, ${t}`).deep, false));
    it(`"? deep - ${t}" answers the depth question`, () => assert.equal(dimpleOf(`dimple 3 mm, in the cleft, 1 cm from the anus, ? deep - ${t}`).depthInDoubt, false));
  }
  it('a Spanish-trained writer’s simple dimple gets simple-dimple, not dimple-undescribed', () => {
    const r = readNote(
      'Lactante 1a 2m, varon. Consult for dimple in the sacral zone.',
      'Exploration: sacral fosita of 3 mm, inside the intergluteal fold, at 1 cm of the anus, fondo visible. Neurological exploration normal.',
      'Plan: MRI lumbar spine without contrast.',
    );
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
});

describe('r36 merge: "flat angioma" and "capillary angioma" name a skin marker as before, with no place needed', () => {
  for (const note of [
    'Age at time of order: 4mo\nID: 4-month-old girl\nPhysical examination: flat angioma\nNeurological status : intact\nOrder details: MRI complete spine without IV contrast',
    'Age of athlete: 10 mo\nFindings : flat angioma\nNeurologic status: normal\nInvestigation requested: MRI whole spine without IV contrast',
    'Patient: 8-year-old boy\nO: flat angioma at L5\nInvestigation requested: non-contrast MRI spine',
    '4 mo F. Capillary angioma, midline. Neuro intact.\nOrder: US lumbar spine',
  ])
    it(JSON.stringify(note.split('\n')[2] ?? note), () => assert.equal(readNote(...note.split('\n')).scenario, 's1-cutaneous-marker'));
  it('"angioma at L5" is placed on the back by its level', () =>
    assert.equal(readNote('5 mo F. Angioma at L5, 1 cm. Neuro intact.', 'Order: US lumbar spine').scenario, 's1-cutaneous-marker'));
});

describe('r36 review 2 (H1): an organ word rules a hemangioma out only when it names the lesion itself', () => {
  for (const [line, order] of [
    ['4 mo F. Hemangioma 3 cm over the sacral bone. Neuro normal.', 'Order: XR lumbar spine'],
    ['4 mo F. Red hemangioma overlying the L4 vertebra, midline. Neuro normal.', 'Order: XR lumbar spine'],
    ['3 mo M. Segmental lumbosacral hemangioma with renal US pending (LUMBAR syndrome?). Neuro normal.', 'Order: XR lumbar spine'],
    ['3 mo M. Lumbosacral hemangioma and liver hemangiomas on abdominal US. Neuro normal.', 'Order: XR lumbar spine'],
    ['5 mo F. Deep cavernous hemangioma over the sacrum, 2 cm. Neuro normal.', 'Order: XR lumbar spine'],
    ['2 mo M. Midline hemangioma at the level of the L2 vertebrae. Neuro normal.', 'Order: MRI lumbar spine w/o'],
    ['5 mo F. Hemangioma at the tail bone, 1.5 cm.', 'Order: XR lumbar spine'],
  ])
    it(`"${line}" keeps its skin hemangioma`, () => {
      const r = readNote(line, order);
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(markers(line, order).present.has('hemangioma') || markers(line, order).present.has('large-hemangioma'));
    });
  it('"Midline hemangioma at the level of the L2 vertebrae" keeps mri-first-in-young-infant', () =>
    assert.ok(readNote('2 mo M. Midline hemangioma at the level of the L2 vertebrae. Neuro normal.', 'Order: MRI lumbar spine w/o').rules.includes('mri-first-in-young-infant')));
  for (const line of [
    '10 yo boy, back pain 6 weeks, night pain. Prior MRI: hemangioma of the T11 vertebral body, incidental.',
    '10 yo boy, back pain 6 weeks, night pain. Prior MRI: angioma in the T11 vertebral body, incidental.',
  ])
    it(`"${line}" is a bone's`, () => assert.equal(readNote(line, 'Order: MRI thoracic spine').scenario, 'back-pain-red-flags'));
  it('"Hemangioma of the liver on prior US" leaves a simple dimple simple', () =>
    assert.ok(
      readNote('Infant 3 months. Hemangioma of the liver on prior US. Sacral dimple 2 mm in cleft 1 cm from anus, neuro normal.', 'Order: US lumbar spine').rules.includes(
        'simple-dimple',
      ),
    ));
  for (const line of ['4 mo F. Spider angioma on the back. Neuro normal.', '4 mo F. Cherry angioma over the lumbar spine. Neuro normal.'])
    it(`"${line}" is no hemangioma`, () => assert.equal(readNote(line, 'Order: XR lumbar spine').scenario, 'no-criteria'));
});
