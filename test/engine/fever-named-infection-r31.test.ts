/**
 * The fever of a named infection or seizure ("3rd febrile UTI", "febrile convulsion") is that illness's, no systemic red
 * flag of the spine (reading-vocabulary.json notFindings.fever); "febrile, irritable, tender over L3" still is. Repeated
 * UTIs told by order ("3rd febrile UTI") or by count within a recent time ("2 UTIs in the last 3 months") are a urologic
 * symptom (findings.json abnormal-voiding); a count told in the past ("2 UTIs as a baby", "3 UTIs in 2021") is not; a
 * new urinary urgency is.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);

describe('r31: the fever of a named infection or seizure', () => {
  const NOT_FEVER = [
    '20 mo F, lumbosacral lipoma, 3rd febrile UTI in 6 months now treated, VCUG normal. Neuro exam nl.',
    '14 mo M, sacral dimple. Febrile urinary tract infection last month, treated.',
    '2 y, hair tuft over the sacrum. Febrile convulsion at 18 months, none since.',
    '3 y, lipoma over L5. Had a febrile seizure last year.',
  ];
  for (const hpi of NOT_FEVER) it(hpi, () => assert.ok(!present(readNote(`HPI: ${hpi}`, 'Order: MRI lumbar spine without contrast'), 'fever')));

  it('with a lipoma, a 3rd febrile UTI keeps the skin-marker scenario and is a urologic symptom', () => {
    const r = readNote('20 mo F, lumbosacral lipoma, 3rd febrile UTI in 6 months now treated, VCUG normal. Neuro exam nl. Referred to urology. Order spinal ultrasound.');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(present(r, 'abnormal-voiding'));
    assert.ok(!present(r, 'fever'));
  });

  const FEVER = [
    '8 y, back pain 2 wk, febrile, irritable, tender over L3.',
    '6 y, back pain, fever 39.2 and a UTI last year.',
    '10 y, back pain, febrile since yesterday, treated for a UTI in May.',
  ];
  for (const hpi of FEVER) it(hpi, () => assert.ok(present(readNote(`HPI: ${hpi}`, 'Order: MRI lumbar spine without contrast'), 'fever')));
});

describe('r31: urinary tract infections told by count or order', () => {
  const UROLOGIC = [
    '17 y F, s/p tethered cord release at age 3. Over the last 2 months new urinary urgency and 2 UTIs.',
    '4 y, sacral dimple. Two UTIs in the last 4 months.',
    '3 yo F, 3 UTIs in 6 mo, now dribbling between voids.',
    '2 y, lipoma. This is her 2nd UTI this year.',
  ];
  for (const hpi of UROLOGIC) it(hpi, () => assert.ok(present(readNote(`HPI: ${hpi}`, 'Order: MRI lumbar spine without contrast'), 'abnormal-voiding')));
  const NOT = [
    '4 y, sacral dimple. No UTIs.',
    '4 y, sacral dimple. 2 UTIs as a baby, none since.',
    '4 y, sacral dimple. Had 3 UTIs in 2021.',
    '4 y, sacral dimple. One UTI at 6 months, none since.',
    '4 y, sacral dimple. Mother has had 3 UTIs this year.',
  ];
  for (const hpi of NOT) it(hpi, () => assert.ok(!present(readNote(`HPI: ${hpi}`, 'Order: US spine'), 'abnormal-voiding')));
});
