/**
 * Round 49 (fix49e): known harms the last rounds' reviews found and left open, each a sentence shape read as something
 * that is not there. Each reading with the look-alikes it must leave alone: a neuro exam told "not repeated", "re Name (N)"
 * before an infant or her child, "check" before an article or before sending the report, and a gait told "ataxic" after the
 * word "gait". Narrowed after review r49 (its harms are near-miss tests here).
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;

describe('a neuro exam told "not repeated" (neuro-text notRepeatedClauses, neuro-exam notExamined)', () => {
  const head = ['10 yo M, LBP 3 weeks, no fever.'];
  const plan = 'Plan XR L-spine.';

  it('reads the exam unknown: an earlier exam, none today', () => {
    for (const l of [
      'Neuro exam normal per previous notes; not repeated today.',
      'Neuro exam normal per previous notes, not repeated.',
      'Neuro exam normal per GP; not repeated today.',
      'Neuro intact per GP - not re-examined.',
      'Neuro exam not repeated today (normal last week).',
    ])
      assert.equal(neuroOf(...head, l, plan), 'unknown', l);
  });

  it('keeps a normal exam told today, after it, or beside another study not repeated', () => {
    for (const l of [
      'Neuro exam normal per previous notes.',
      'Neuro exam normal per GP; not repeated today. On my exam today: reflexes 2+ symmetric, power 5/5.',
      'Neuro exam normal today; spinal XR not repeated.',
      'Neuro exam normal, not repeated XR as done last month.',
      'Spinal XR normal; not repeated. Neuro exam normal.',
      'Neuro exam normal. XR 2024 normal, not repeated.',
      'Neuro exam normal per previous notes; not repeated today, but moves all limbs normally.',
    ])
      assert.equal(neuroOf(...head, l, plan), 'normal', l);
  });

  it('keeps a normal exam when "not repeated" follows another finding\'s clause (review r49 harms)', () => {
    const infant = ['2 mo M', 'Sacral dimple 3 mm, within gluteal cleft, 1 cm from anus.'];
    for (const l of [
      'Neuro exam normal today; hip US at 6 wks normal, not repeated',
      'Neuro exam normal, reflexes symmetric, urine dip at birth negative, not repeated',
      'Neuro exam normal today, head US at birth normal - not repeated',
      'Neuro exam normal, hip exam at birth normal, not repeated',
      'Neuro exam normal, weight 5.2 kg (not rechecked)',
      'Neuro exam normal, UA at birth normal, not redone',
      'Neuro exam normal, tone good, hip clunk at birth - not rechecked',
    ])
      assert.equal(neuroOf(...infant, l, 'Order: spinal US'), 'normal', l);
  });

  it('keeps a deficit told beside it', () => {
    assert.equal(neuroOf(...head, 'Neuro: weak L ankle dorsiflexion per GP; not repeated today.', plan), 'abnormal');
    assert.equal(neuroOf(...head, 'Neuro exam not repeated today. Exam: weak L ankle dorsiflexion.', plan), 'abnormal');
  });
});

describe('"re Name (N)" before an infant or her child (age-fact opensOnAnother)', () => {
  it("reads no age from the mother's bracket", () => {
    for (const l of [
      're Sarah (17), infant with sacral dimple, base not seen. Plan spinal US.',
      're Sarah (17), her baby with sacral dimple. Plan spinal US.',
      'Thanks for seeing, re Sarah (17), infant with sacral dimple. Plan spinal US.',
    ])
      assert.equal(ageOf(l), undefined, l);
  });

  it("keeps the bracket the patient's when the clause after it tells of her, or a relative later", () => {
    assert.equal(ageOf('re Sarah (17), LBP 2 weeks. Plan XR L-spine.'), 204);
    assert.equal(ageOf('Re: Tom (9), seen with his mother. LBP 3 weeks. Plan XR L-spine.'), 108);
    assert.equal(ageOf('re Amira (7), hair tuft over sacrum, her mother has spina bifida. Plan MRI.'), 84);
    assert.equal(ageOf('re Amira (7), was a premature baby, now LBP. Plan XR L-spine.'), 84);
    assert.equal(ageOf('Thanks for seeing Ella (14), back pain after gymnastics. Plan XR L-spine.'), 168);
  });

  it("keeps the bracket the child's when the clause opens on the child's own words or a sibling (review r49 harms)", () => {
    const tail = ' Neuro normal. Order: MRI L-spine w/o';
    for (const [l, months] of [
      ['re Lily (2), toddler with hair tuft over sacrum.', 24],
      ['re Jack (3), toddler, tuft of hair over L5.', 36],
      ['re Ruby (3), a toddler with a hair tuft over sacrum.', 36],
      ['re Ava (1), baby with hair tuft over sacrum.', 12],
      ['re Lucy (2), baby of the family, hair tuft over sacrum.', 24],
      ['re Amira (7), premature at 30 weeks, now hair tuft over sacrum noted.', 84],
      ['re Grace (6), premature baby, now hair tuft over sacrum.', 72],
      ['re Sam (6), NICU graduate, hair tuft over sacrum.', 72],
      ['re Ivy (1), breastfed, hair tuft over sacrum.', 12],
      ['re Ada (1), crawling, hair tuft over sacrum.', 12],
      ['re Jo (2), formula fed, hair tuft over sacrum.', 24],
      ['re Oscar (2), nappy rash and a hair tuft over sacrum.', 24],
      ['re Isla (1), infant-onset hair tuft over sacrum.', 12],
      ['re Max (12), his baby brother had a tethered cord. Max has a hair tuft over sacrum.', 144],
      ['re Ella (9), her baby sister has a sacral dimple too. Ella: hair tuft over L5.', 108],
      ['re Leo (4), his child-minder noticed a hair tuft over sacrum.', 48],
    ] as const)
      assert.equal(ageOf(l + tail), months, l);
  });
});

describe('"check" before an article or before sending the report (order-openings checkOrdersStudy)', () => {
  const head = ['14 yo M, LBP 6 weeks, night pain.'];

  it('orders the study', () => {
    for (const l of [
      'Check MRI L-spine and send report to GP.',
      'Check an MRI L-spine.',
      'Check MRI L-spine, copy report to Dr Lee.',
      'Check a MRI L-spine w/o contrast and send the report to Dr Patel.',
    ])
      assert.equal(orderOf(...head, l), 'mri-area-without', l);
  });

  it('reads no order from a look at a record, a condition or more told after the name', () => {
    for (const l of [
      'Check an MRI L-spine from 2024.',
      'Check MRI L-spine and compare with 2024.',
      'Check MRI L-spine report and send to GP.',
      'Check an MRI L-spine was done.',
      'Check MRI L-spine and send report to GP if abnormal.',
      'Check MRI from 2024 and send report to GP.',
      'Check an MRI booking.',
      'Check MRI L-spine and send report to GP. Parents declined.',
    ])
      assert.equal(orderOf(...head, l), null, l);
  });
});

describe('a gait told "ataxic" after the word gait (findings.json gait-change)', () => {
  const head = ['9 yo F, back pain 2 wk.'];

  it('reads the gait change', () => {
    for (const l of ['Gait ataxic.', 'Legs free, gait ataxic.', 'Exam: gait is ataxic.']) assert.equal(presentIn('gait-change', ...head, l, 'Plan MRI L-spine.'), true, l);
  });

  it("reads none denied, a relative's or conditioned", () => {
    for (const l of ['Gait not ataxic.', 'Gait normal, not ataxic.', 'No ataxia; gait not wide-based.', "Brother's gait ataxic (Friedreich).", 'If gait ataxic, MRI.'])
      assert.equal(presentIn('gait-change', ...head, l, 'Plan MRI L-spine.'), false, l);
  });

  it("reads no gait change from a toddler's broad-based gait (wide-based taken out after review r49)", () => {
    const l = 'Gait broad based, toddler pattern, age appropriate. Neuro normal.';
    assert.equal(presentIn('gait-change', '4 yo F, tuft of hair over sacrum.', l, 'Order: MRI L-spine w/o'), false, l);
  });
});
