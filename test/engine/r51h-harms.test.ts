/**
 * Round 51 (fix51h), possible harms found in review: a leukaemia told past as "ALL" beside its past company and an order key
 * that only offers two studies. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { choiceOnly as choiceOnlyIn } from '../../server/src/clinical/choice-open';
import { orderWords } from '../../server/src/clinical/order-words';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { orderOf, presentIn, readNote } from '../helpers';

const choiceOnly = (value: string) => choiceOnlyIn(value, orderWords(defaultKnowledge().vocabulary));

const malignant = (hx: string) => presentIn('malignancy', 'Age: 7 years', `Hx: ${hx}`, 'Complaint: low back pain 3 weeks', 'Order: MRI lumbar spine');
const inProse = (hx: string) => presentIn('malignancy', `7 yo boy. ${hx}. Low back pain for 3 weeks.`, 'Plan: MRI lumbar spine');

describe('"ALL" told past, right beside its past company, is a cancer history (r51 fix51h, narrowed after review r51)', () => {
  it('reads a past ALL right after "had", "h/o", "hx" or first on a history key, right before an age in digits or its end', () => {
    for (const hx of ['ALL aged 4', 'ALL at age 3', 'ALL, resolved', 'ALL, in remission', 'ALL in remission', 'Had ALL aged 4, resolved', 'h/o ALL at age 3'])
      assert.equal(malignant(hx), true, hx);
    assert.equal(inProse('Had ALL aged 4, resolved'), true);
    assert.equal(inProse('He had ALL at age 3'), true);
    assert.equal(inProse('h/o ALL, in remission'), true);
  });

  it('leaves a denied, a ruled-out and a relative’s ALL, and the English word in capitals, alone', () => {
    for (const hx of [
      'No previous ALL',
      'No hx of ALL',
      'Mum had ALL aged 4',
      'Brother had ALL, resolved',
      'Dad: ALL as a child, cured',
      'ALL ruled out',
      'Past ALL ruled out',
      '?ALL - resolved on repeat bloods',
      'Previous exam moves ALL limbs',
      'Moves ALL limbs, pain resolved',
      'Symptoms ALL resolved',
      'Milestones ALL age appropriate',
      'Checked ALL 2019 records',
      'Previous bloods ALL normal',
      'Vaccines: ALL as per schedule',
      'had ALL the symptoms',
    ])
      assert.equal(malignant(hx), false, hx);
    assert.equal(presentIn('malignancy', '7 yo boy. PREVIOUS EXAM MOVES ALL LIMBS. Back pain.', 'Plan: MRI lumbar spine'), false);
  });
  it("reads the English word of review r51's probes as main reads it (near misses)", () => {
    for (const note of [
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nHas 3 older brothers, ALL aged under 12, none with back problems.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nMilestones ALL at age appropriate times.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nVaccinations: received ALL at age-appropriate times.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nChickenpox, hand foot and mouth, croup - had ALL as a toddler.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nReflux, colic and eczema - ALL as a baby, outgrown.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nSymptoms ALL now resolved apart from back pain.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nImaging in the past ALL normal.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nBloods in the past ALL normal.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nPrevious XRs (x3) ALL 2019, normal.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nOld films ALL (2019) - normal.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nMilestones ALL aged appropriate.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nDevelopment ALL aged-appropriate.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\n3 kids at home ALL aged under 10 - no one else unwell.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nHeadaches in the past ALL settled with paracetamol.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nEar infections x4 ALL in early childhood.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nGrommets x2, ALL as a toddler.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nFractures: wrist and clavicle, ALL in childhood, healed.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nRashes ALL now cured with emollients.\nOrder: XR L-spine\n',
      '8 mo F, hair tuft over the sacrum, neuro exam normal.\nImmunisations ALL at age appropriate times.\nOrder: XR L-spine\n',
      '8 mo F, hair tuft over the sacrum, neuro exam normal.\nPrevious bruises ALL now resolved.\nOrder: XR L-spine\n',
      '10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\n?ALL aged 4 - marrow normal, never confirmed.\nOrder: XR L-spine\n',
    ])
      assert.equal(presentIn('malignancy', ...note.trimEnd().split('\n')), false, note);
  });

  it('leaves what lies outside the narrow company to the reading main has (a history word, a list or plural before, other words after)', () => {
    for (const hx of ['ALL as a toddler', 'Chickenpox, croup - had ALL as a toddler', 'Brothers had ALL aged 4', 'Symptoms ALL now resolved', 'ALL 2019', 'had ALL the symptoms'])
      assert.equal(inProse(hx), false, hx);
  });
});

describe('an order key that only offers two studies orders neither (r51 fix51h)', () => {
  const infant = ['Age: 3 months', 'Findings: sacral dimple with hair tuft'];
  const read = (line: string) => readNote(...infant, line);

  it('reads "MRI vs XR", "MRI or XR?" as the whole value: no order, and the note asks for one', () => {
    for (const line of ['Imaging: MRI vs XR', 'Imaging: MRI vs. XR?', 'Order: MRI or XR?', 'Imaging: US vs MRI', 'Imaging: MRI L-spine vs X-ray L-spine', 'Imaging: ?MRI vs XR']) {
      const r = read(line);
      assert.equal(r.facts.order, undefined, line);
      assert.ok(r.rules.includes('missing-order'), line);
    }
  });

  it('keeps a study chosen with its fallback, a choice answered and anything else on the value the order', () => {
    assert.equal(orderOf(...infant, 'Imaging: MRI (vs XR if unavailable)'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Imaging: MRI, XR if MRI unavailable'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Imaging: MRI rather than XR'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Imaging: MRI vs XR - MRI chosen'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Imaging: MRI w/o vs MRI w/ contrast'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Order: MRI and XR'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Imaging: MRI or XR?', 'Plan: US spine'), orderOf(...infant, 'Imaging: MRI', 'Plan: US spine'));
  });

  it('reads the choice as main reads it when a study is named anywhere after it (narrowed after review r51, near misses)', () => {
    for (const [note, order] of [
      ['4 mo F, sacral dimple 6 mm above the gluteal cleft, neuro exam normal.\nOrder: US spine or MRI?\nDiscussed with radiologist: US first.\n', 'us-area'],
      ['4 mo F, sacral dimple 6 mm above the gluteal cleft, neuro exam normal.\nOrder: US spine vs MRI\nRadiology advise US first given age - US spine requested.\n', 'us-area'],
      ['8 mo F, hair tuft over the sacrum, neuro exam normal.\nOrder: XR L-spine vs MRI\nXR L-spine today, MRI if abnormal.\n', 'xr-area'],
      ['10 yo M, low back pain 2 weeks, no injury, no fever, no night pain, neuro exam normal.\nImaging: MRI L-spine or XR?\nd/w consultant: XR L-spine.\n', 'mri-area-without'],
    ]) {
      const lines = note.trimEnd().split('\n');
      assert.equal(orderOf(...lines), order, note);
      assert.ok(!readNote(...lines).rules.includes('missing-order'), note);
    }
  });

  it('asks of the whole value: two heads of different kinds, one word of choice, no other mark', () => {
    assert.equal(choiceOnly('MRI vs XR'), true);
    assert.equal(choiceOnly('XR or MRI?'), true);
    assert.equal(choiceOnly('MRI spine versus US spine'), true);
    assert.equal(choiceOnly('MRI vs MR'), false);
    assert.equal(choiceOnly('MRI (vs XR)'), false);
    assert.equal(choiceOnly('MRI vs XR, d/w radiology'), false);
    assert.equal(choiceOnly('MRI lumbar spine'), false);
    assert.equal(choiceOnly('whether MRI or XR'), false);
  });
});
