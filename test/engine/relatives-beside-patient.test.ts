/**
 * Parents, twins and siblings told beside the patient: a marker told after the patient's own age and noun, past a
 * mother who only describes the child ("7 wk old daughter of a 17 yo mom, hair tuft at L5"), is the patient's; an
 * age told after such a mother is the child's ("son of 16-yr-old mother, 6 wks"); a sibling's age opening its
 * clause is the sibling's ("Brother 8M boy, well"). With the near-misses that stay the relative's.
 */
import * as assert from 'node:assert/strict';
import { WEEK, ageOf, near, presentIn } from '../helpers';

describe('relatives beside the patient', () => {
  const patientMarker: [string, string][] = [
    ['hair-tuft', '7 wk old daughter of a 17 yo mom, hair tuft at L5'],
    ['hemangioma', '7 wk old daughter of a 17 yo mom, sacral hemangioma'],
    ['hair-tuft', '3 mo old twin of a 17 yo mother, hairy patch'],
    ['sacral-dimple', '6 wk boy born to a 16 y/o mother, sacral dimple'],
    ['hair-tuft', 'Infant son of 16-yr-old mother - hair tuft over L5'],
  ];
  for (const [id, line] of patientMarker) it(`the patient's ${id}: ${line}`, () => assert.ok(presentIn(id, line, 'Order: XR L-spine'), line));

  const relativesMarker: [string, string][] = [
    ['hair-tuft', '6 wk son of a 17 yo mom with a hair tuft as a child. Skin normal.'],
    ['sacral-dimple', '6 wk son of a 17 yo mother who had a sacral dimple. Skin normal.'],
    ['sacral-dimple', '3 mo boy. Mother (32 y) has a sacral dimple.'],
    ['hair-tuft', '3 mo boy. Mother has a hair tuft.'],
    ['sacral-dimple', '3 mo boy. Mom: sacral dimple as a child.'],
    ['hair-tuft', '6 wk son of a 17 yo mother. Mother has a hair tuft.'],
  ];
  for (const [id, line] of relativesMarker) it(`the relative's ${id}: ${line}`, () => assert.ok(!presentIn(id, line, 'Order: XR L-spine'), line));

  const ages: [string[], number][] = [
    [['son of 16-yr-old mother, 6 wks', 'sacral dimple'], 6 * WEEK],
    [['son of 16-yr-old mother, 6 wks old', 'sacral dimple'], 6 * WEEK],
    [['Boy born to a 17 yo mum, 3 wk, sacral dimple'], 3 * WEEK],
    // Unchanged near-misses.
    [['infant son of a 16 y/o student, 6 wks old', 'sacral dimple'], 6 * WEEK],
    [['a boy of 7 years, back pain'], 84],
    [['Sister 3 yo girl, well. 6 wk boy with sacral dimple.'], 6 * WEEK],
    [['Mom brought her 3 mo boy, sacral dimple.'], 3],
  ];
  for (const [lines, months] of ages) it(`reads ${JSON.stringify(lines[0])}`, () => near(ageOf(...lines), months, lines.join(' | ')));

  const noAge: string[][] = [
    ['Brother 8M boy, well. Sacral dimple.'],
    ['Sibs: Brother 8M boy, well.'],
    ['Mother was a 17 year old girl at delivery. Sacral dimple.'],
    ['son of 16-yr-old mother, 6 wks of back pain'],
    ['daughter of a 17 yo mom, 2 mo ago had US'],
    ['Clinic - 5/12 follow-up', 'back pain'],
  ];
  for (const lines of noAge) it(`reads no age in ${JSON.stringify(lines[0])}`, () => assert.equal(ageOf(...lines), undefined, lines.join(' | ')));
});
