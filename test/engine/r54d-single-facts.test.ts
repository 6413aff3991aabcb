/**
 * Round 54 (fix54d), single facts misread in otherwise well-read notes: toe walking told with its sides ("walks on toes
 * L>R") read as a neurological asymmetry (and so an injury beside it as significant); "now pain free" after a back injury
 * read as back pain; a parent who is the patient ("41 yo mom … c/o her own LBP") given no age; "20M" whose sentence puts
 * childhood in the past read as 20 months. Each with the near misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { ageOf, presentIn, readNote, traumaOf } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('r54d: toe walking with its sides is the gait, not a neurological asymmetry', () => {
  for (const line of [
    'Walks on toes L>R for 3 months. Tone, power, reflexes normal.',
    'Toe walking R>L, started ~3 mo ago. Reflexes normal, no clonus, power normal.',
    'Walking on her toes, more on the R. Neuro exam normal.',
    'Walks on his tiptoes R > L. Reflexes 2+ and symmetric.',
    'Toe walking (R>L) for 2 months. Exam: reflexes 2+ =, power 5/5 throughout.',
    'Mum says he walks on his toes L>R. Neuro: normal.',
  ])
    it(`"${line}" is a normal exam`, () => assert.equal(neuro('6 yo M.', line, 'Plan: MRI L-spine w/o'), 'normal'));

  it('an injury beside it stays unclear, not significant ("details unclear … Since then walks on toes L>R")', () =>
    assert.equal(
      traumaOf(
        '10 yo M. Injury to lower back in the summer, details unclear. No back pain now. Since then walks on toes L>R. Tone, power, reflexes normal; tight heel cords.',
        'MRI L spine w/o',
      ),
      'unclear',
    ));

  for (const line of [
    'Walks on toes L>R, tone increased L.',
    'Walks on toes L>R; reflexes brisk L.',
    'Walks on toes L>R, brisk R knee jerk.',
    'Walks on toes L>R with clonus L.',
    'Walking on her toes, weaker on the R.',
    'Walks on toes and L leg weaker.',
    'Walks on toes. Reflexes L>R.',
    'Heel and toe walking L<R.',
    'Heel walk normal, toe walking L<R.',
    'Unable to walk on toes on the L.',
    'Can walk on toes, R less than L.',
    'Toe walk L<R.',
    'Stands on toes L<R.',
    'Moves toes L<R.',
    'Toe walking R>L. Exam: R ankle DF 4/5.',
  ])
    it(`"${line}" stays abnormal`, () => assert.equal(neuro('6 yo M.', line, 'Plan: MRI L-spine w/o'), 'abnormal'));

  it('a weak leg beside tight heel cords stays a neurologic symptom', () =>
    assert.ok(
      readNote('6 yo M. Walks on toes L>R. Tight heel cords, weak L leg.', 'MRI L-spine').facts.hits.some((h) => h.present && h.finding.category === 'neurologic-symptom'),
    ));
  it('an injury told with its mechanism and a deficit stays significant', () =>
    assert.equal(traumaOf('10 yo M. Fell 3 m from a climbing frame onto his back in the summer. Since then weak L leg, reflexes reduced L.', 'MRI L spine w/o'), 'significant'));
});

describe('r54d: "now pain free" after a back injury is no back pain', () => {
  const bp = (...lines: string[]) => presentIn('back-pain', ...lines);
  for (const line of [
    '15 yo. Back injury 3 weeks ago, details unknown, now pain free.',
    '5 yo boy, hurt his back at school last week, now pain-free and running around.',
    '15 yo. Hurt his back on Saturday, pain-free since Monday.',
    "15 yo. Hurt his back on Saturday; mum says he's pain free now.",
    '15 yo. Hurt his back on Saturday. Pain-free ROM.',
  ])
    it(`"${line}" tells no back pain`, () => assert.equal(bp(line, 'XR L-spine'), false));
  for (const line of [
    '15 yo. Injured back last week. Pain free for 2 days then pain came back.',
    '15 yo. Injured back last week. Not pain free yet.',
    '15 yo. Injured back last week. Still not pain-free.',
    '15 yo. Injured back last week, no pain-free days since.',
    '15 yo. Injured back. Will return to play when pain free.',
    '15 yo. Hurt his back on Saturday. Avoid sport until pain free.',
    '15 yo. Injured back last week. Is she pain free?',
    '15 yo. Injured back last week. Pain free at rest, hurts on bending.',
    '15 yo. Injured back last week. Back pain now, pain free before.',
    '15 yo. Fell on his back at rugby. Sore, free movement of legs.',
  ])
    it(`"${line}" keeps its back pain`, () => assert.equal(bp(line, 'XR L-spine'), true));
});

describe('r54d: a parent who is the patient, told by her own complaint', () => {
  it('"41 yo mom, here with her 3 kids, c/o her own mechanical LBP x 4 days" is 41 years', () =>
    assert.equal(ageOf('41 yo mom, here with her 3 kids, c/o her own mechanical LBP x 4 days. No red flags. Neuro nl.', 'No imaging - NSAIDs, activity.'), 492));
  it('"Dad, 38 y, c/o his own low back pain" is 38 years', () => assert.equal(ageOf('Dad, 38 y, c/o his own low back pain since lifting. Neuro intact.'), 456));
  it('"Mum (29) presents with her own back pain" is 29 years', () => assert.equal(ageOf('Mum (29) presents with her own back pain x 1 wk.'), 348));
  it('"38-year-old father c/o his own back pain" is 38 years', () => assert.equal(ageOf('38-year-old father c/o his own back pain after gardening. XR L-spine.'), 456));

  for (const line of [
    'Mum (41) with LBP. Baby has sacral dimple. US spine.',
    "41 yo mom c/o baby's dimple. US spine.",
    "41 yo mom, not c/o her own pain, here for son's dimple. US spine.",
    "41 yo mom c/o her own mother's back pain.",
    '41 yo mom c/o his own LBP.',
    "41 yo mom c/o her own LBP, also asks about her son's sacral dimple. US spine.",
    '41 yo mom c/o her own LBP. Baby has a dimple.',
    '41 yo mom c/o her own LBP. Newborn check today.',
    '41 yo mom c/o LBP x 4 days.',
    "Mum (41) has had her own back surgery; baby's dimple today.",
  ])
    it(`"${line}" gives no age`, () => assert.equal(ageOf(line), undefined));
  it('a heading before the parent: no age', () => assert.equal(ageOf('Family medicine', '41 yo mom c/o her own LBP x 4 days.'), undefined));
  it('the child\'s age wins ("8 yo boy with LBP. 41 yo mom c/o her own LBP too.")', () => assert.equal(ageOf('8 yo boy with LBP. 41 yo mom c/o her own LBP too.'), 96));
  it('a baby\'s age told after wins ("41 yo mom brings 6 wk old. C/o her own LBP.")', () =>
    assert.ok(Math.abs((ageOf('41 yo mom brings 6 wk old. C/o her own LBP. Baby: dimple.') ?? 0) - 1.38) < 0.02));
});

describe('r54d: "20M" whose sentence puts childhood in the past is 20 years', () => {
  it('"20M, lumbosacral lipoma known since childhood, new LBP 2 months" is 20 years', () =>
    assert.equal(ageOf('20M, lumbosacral lipoma known since childhood, new LBP 2 months. Neuro exam normal.', 'MRI L-spine w/o.'), 240));
  it('"24M, hair tuft since early childhood, now back pain" is 24 years', () => assert.equal(ageOf('24M, hair tuft since early childhood, now back pain.'), 288));
  it('"20M with LBP since his teens" is 20 years', () => assert.equal(ageOf('20M with LBP since his teens.'), 240));

  for (const line of [
    '20M, dimple noted since birth. US.',
    '20M, mum has had LBP since childhood. Dimple. US.',
    '20M baby, lump since childhood?',
    '20M. Lipoma known since childhood.',
    '20M, lipoma, dad had one since childhood',
    '20M, toddler, walking since 12 mo',
    '20M, sacral dimple, brother had one as a child.',
  ])
    it(`"${line}" stays 20 months`, () => assert.equal(ageOf(line), 20));
  it('a Patient value is read as before ("Pt: 20M, lipoma since childhood")', () => assert.equal(ageOf('Pt: 20M, lipoma since childhood'), 20));
});
