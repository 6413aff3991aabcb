/**
 * Round 49 (fix49e): known harms the last rounds' reviews found and left open, each a sentence shape read as something
 * that is not there. Each reading with the look-alikes it must leave alone: a study judged "unnecessary" right after its
 * name, a neuro exam told "not repeated", a condition after a time to come, "re Name (N)" before an infant or her child,
 * "check" before an article or before sending the report, and a gait told "ataxic" or "wide-based" after the word "gait".
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;

describe('a study judged "unnecessary" right after its name (order-cues declinesStudy)', () => {
  const head = ['3 mo M, sacral dimple within cleft, base seen.'];

  it('reads no order', () => {
    for (const l of ['Peds advice: spinal US unnecessary.', 'Spinal US unnecessary per peds.', 'US spine unnecessary at this age, reassured.'])
      assert.equal(orderOf(...head, l), null, l);
  });

  it('keeps the study ordered when "unnecessary" is another study\'s, before the study, a few words on, or turned', () => {
    for (const l of [
      'Spinal US requested to avoid unnecessary MRI.',
      'Spinal US ordered; MRI unnecessary.',
      'Spinal US ordered; unnecessary XR avoided.',
      'Order spinal US. Unnecessary XR avoided.',
      'Peds advice: spinal US unnecessary, but parents keen - requested.',
      'Spinal US - requested, to avoid unnecessary sedation for MRI.',
    ])
      assert.equal(orderOf(...head, l), 'us-area', l);
  });
});

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

  it('keeps a deficit told beside it', () => {
    assert.equal(neuroOf(...head, 'Neuro: weak L ankle dorsiflexion per GP; not repeated today.', plan), 'abnormal');
    assert.equal(neuroOf(...head, 'Neuro exam not repeated today. Exam: weak L ankle dorsiflexion.', plan), 'abnormal');
  });
});

describe('a condition after a time to come (order-cues declinesStudy TIME_AHEAD)', () => {
  const head = ['12 yo F, LBP 2 wk after netball, no red flags, neuro exam normal.'];

  it('reads no order', () => {
    for (const l of [
      'Arranging MRI L-spine in a few weeks if no better.',
      'Plan MRI L-spine in a few weeks if no better.',
      'MRI L-spine in 6 weeks if no better.',
      'MRI L-spine in 6/52 unless settling.',
    ])
      assert.equal(orderOf(...head, l), null, l);
  });

  it('keeps a study timed with no condition, a condition of another clause, and "if possible"', () => {
    for (const l of [
      'Arranging MRI L-spine in 6 weeks.',
      'MRI L-spine ordered today, review in 6 weeks if no better.',
      'MRI L-spine today. Review in 6 weeks if no better.',
      'MRI L-spine in 2 weeks; ortho referral if abnormal.',
      'Arranging MRI L-spine in the next 2 weeks if possible.',
      'MRI L-spine booked for 2 weeks time, sooner if worse.',
    ])
      assert.equal(orderOf(...head, l), 'mri-area-without', l);
  });
});

describe('"re Name (N)" before an infant or her child (age-fact opensOnAnother)', () => {
  it("reads no age from the mother's bracket", () => {
    for (const l of [
      're Sarah (17), infant with sacral dimple, base not seen. Plan spinal US.',
      'Re: Sarah (17), baby with sacral dimple. Plan spinal US.',
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

describe('a gait told "ataxic" or "wide-based" after the word gait (findings.json gait-change)', () => {
  const head = ['9 yo F, back pain 2 wk.'];

  it('reads the gait change', () => {
    for (const l of ['Gait ataxic.', 'Legs free, gait ataxic.', 'Gait wide-based.', 'Exam: gait is ataxic.'])
      assert.equal(presentIn('gait-change', ...head, l, 'Plan MRI L-spine.'), true, l);
  });

  it("reads none denied, a relative's or conditioned", () => {
    for (const l of ['Gait not ataxic.', 'Gait normal, not ataxic.', 'No ataxia; gait not wide-based.', "Brother's gait ataxic (Friedreich).", 'If gait ataxic, MRI.'])
      assert.equal(presentIn('gait-change', ...head, l, 'Plan MRI L-spine.'), false, l);
  });
});
