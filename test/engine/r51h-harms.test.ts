/**
 * Round 51 (fix51h), possible harms found in review: a leukaemia told past as "ALL" beside its past company and an order key
 * that only offers two studies. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { choiceOnly } from '../../server/src/clinical/choice-open';
import { orderOf, presentIn, readNote } from '../helpers';

const malignant = (hx: string) => presentIn('malignancy', 'Age: 7 years', `Hx: ${hx}`, 'Complaint: low back pain 3 weeks', 'Order: MRI lumbar spine');
const inProse = (hx: string) => presentIn('malignancy', `7 yo boy. ${hx}. Low back pain for 3 weeks.`, 'Plan: MRI lumbar spine');

describe('"ALL" told past, right beside its past company, is a cancer history (r51 fix51h)', () => {
  it('reads a past ALL right after "previous", "prior", "past", "childhood" and before an age, a time of life, an end of treatment or a year', () => {
    for (const hx of [
      'Had ALL aged 4, resolved',
      'ALL as a toddler',
      'ALL, resolved',
      'ALL - cured',
      'ALL, completed treatment',
      'Previous ALL',
      'prior ALL, off treatment since 2021',
      'Childhood ALL',
      'ALL (2019)',
      'ALL 2018, in remission',
      'ALL at age 3',
      'ALL (cured)',
    ])
      assert.equal(malignant(hx), true, hx);
    assert.equal(inProse('Had ALL aged 4, resolved'), true);
    assert.equal(inProse('Previous ALL'), true);
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
    assert.equal(orderOf(...infant, 'Imaging: MRI or XR?', 'Plan: US spine'), 'us-area');
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
