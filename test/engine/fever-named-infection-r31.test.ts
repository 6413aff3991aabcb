/**
 * "febrile" stays fever wherever it is written: an exception for a named infection's or seizure's fever matched across
 * punctuation ("Febrile; UTI on urine dip", "febrile, fit and well otherwise") and dropped a current fever, so it was
 * taken out until it can be told apart safely. Repeated UTIs told by order or as recurrent ("3rd febrile UTI",
 * "recurrent febrile UTIs") are a urologic symptom (findings.json abnormal-voiding); a count is not read at all
 * ("2 UTIs in the past, none for 2 years", "2 UTIs in 24 months"), nor a risk, a sibling's UTIs or a mother's urgency.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const read = (hpi: string) => readNote('Pt: 5 yo F', `HPI: ${hpi}`, 'Order: MRI lumbar spine without contrast');

describe('r31: febrile is fever', () => {
  const FEVER = [
    'LBP 10 days, febrile, fit and well otherwise, tender L4.',
    'back pain 1 wk. Febrile; UTI on urine dip.',
    'dermal sinus L5. Febrile fit today.',
    'dermal sinus. Admitted with febrile convulsion today, irritable, neck stiffness.',
    'back pain with febrile UTI, CVA tenderness. ?pyelonephritis.',
    'febrile UTI 1 wk ago, now back pain L-spine, tender over L3.',
    '8 y, back pain 2 wk, febrile, irritable, tender over L3.',
  ];
  for (const hpi of FEVER) it(hpi, () => assert.ok(present(read(hpi), 'fever')));
});

describe('r31: urinary tract infections told by order or as recurrent', () => {
  const UROLOGIC = ['lumbosacral lipoma, 3rd febrile UTI in 6 months now treated.', 'lipoma. This is her 2nd UTI this year.', 'hair tuft. recurrent febrile UTIs.'];
  for (const hpi of UROLOGIC) it(hpi, () => assert.ok(present(read(hpi), 'abnormal-voiding')));
  const NOT = [
    'sacral dimple. No UTIs.',
    'sacral dimple. 2 UTIs in the past, none for 2 years.',
    'sacral dimple. 3 UTIs in the past as a neonate.',
    'sacral dimple. 2 UTIs in 24 months.',
    'sacral dimple. Risk of febrile UTIs discussed.',
    'sacral dimple. febrile UTIs in sibling.',
    'hair tuft. Mother: new urinary urgency in herself postpartum.',
    'sacral dimple. Mother has had 3 UTIs this year.',
  ];
  for (const hpi of NOT) it(hpi, () => assert.ok(!present(read(hpi), 'abnormal-voiding')));
});
