/**
 * Review of r16a (relatives beside the patient). A relation after "son of" / "born to" describes the child only when
 * words of its own describe it and its clause ends right after it at a comma or a dash: any word after it ("… mother
 * known to have a lipoma", "… father treated for …", "… mother s/p …"), a parenthesis, a bare relation ("son of a
 * mother - hairy patch"), or the relative's own clause after the mark ("…, who has", "… - she had") keeps the finding
 * the relative's. An age after such a relative's comma is the child's only when the relative's own age was told
 * before it ("son of 16-yr-old mother, 6 wks"), not "son of a mother, 32 yo".
 */
import * as assert from 'node:assert/strict';
import { WEEK, ageOf, near, presentIn } from '../helpers';

describe('review of r16a: relatives beside the patient', () => {
  const relatives: [string, string][] = [
    ['sacral-dimple', 'son of a mother affected by a sacral dimple. Exam normal.'],
    ['dermal-sinus', 'son of a mother diagnosed with a dermal sinus as a child. Exam normal.'],
    ['dermal-sinus', 'son of a mother s/p dermal sinus excision. Exam normal.'],
    ['operated-spine', 'son of a mother s/p myelomeningocele repair. Exam normal.'],
    ['sacral-dimple', 'son of a mother (hx sacral dimple). Exam normal.'],
    ['hair-tuft', "son of a mother - hairy patch over L5. Baby's back normal."],
    ['lipoma', 'son of a mother known to have a lumbosacral lipoma. Exam normal.'],
    ['dermal-sinus', 'daughter of a mom known to have a dermal sinus. Back normal.'],
    ['dermal-sinus', 'son of a father treated for a dermal sinus. Exam normal.'],
    ['dermal-sinus', 'son of a father operated for a dermal sinus. Exam normal.'],
    ['hair-tuft', 'son of a father having a hairy patch. Baby normal.'],
    ['sacral-dimple', 'son of a mother + sacral dimple. Baby skin normal.'],
    ['dermal-sinus', 'daughter of a mother - she had a dermal sinus. Back normal.'],
    ['dermal-sinus', 'daughter of a 17 yo mom - she had a dermal sinus. Back normal.'],
    ['dermal-sinus', 'daughter of a mom, known dermal sinus. Back normal.'],
    ['dermal-sinus', 'daughter of a mom (dermal sinus). Back normal.'],
    ['dermal-sinus', 'daughter of a mom (dermal sinus as a child). Back normal.'],
    ['dermal-sinus', 'daughter of a mom having had a dermal sinus repaired. Back normal.'],
    ['sacral-dimple', "twin of a sibling, sacral dimple (sibling's). Skin normal."],
    ['dermal-sinus', 'son of a father, dermal sinus in father; baby normal'],
    ['sacral-dimple', 'son of a 17 yo mother, who has a sacral dimple. Exam normal.'],
  ];
  for (const [id, line] of relatives) it(`the relative's ${id}: ${line}`, () => assert.ok(!presentIn(id, 'Patient: 6 wk infant', line, 'Order: US spine'), line));

  // Still the child's: a relation described by its own words, its clause ending at a comma or a dash.
  const patient: [string, string][] = [
    ['sacral-dimple', 'infant of a diabetic mother, sacral dimple'],
    ['hemangioma', '3 mo son of a 30 yo mother, sacral hemangioma'],
    ['hair-tuft', 'daughter of a diabetic mom, hair tuft at L5'],
  ];
  for (const [id, line] of patient) it(`the patient's ${id}: ${line}`, () => assert.ok(presentIn(id, 'Patient: 6 wk infant', line, 'Order: US spine'), line));

  const noAge: string[] = [
    'son of a mother, 32 yo, G2P2. Sacral dimple.',
    'born to a mother, 17 years old, sacral dimple',
    'son of a teen mother, 17 y, sacral dimple',
    'daughter of a mom, 35 y, and dad, 40 y. Sacral dimple.',
  ];
  for (const line of noAge) it(`reads no age in ${JSON.stringify(line)}`, () => assert.equal(ageOf(line, 'Order: US spine'), undefined, line));

  const ages: [string, number][] = [
    ['son of 16-yr-old mother, 6 wks, sacral dimple', 6 * WEEK],
    ['daughter of a 40 yo father, 15 yo, back pain 8 wks', 180],
  ];
  for (const [line, months] of ages) it(`reads ${JSON.stringify(line)}`, () => near(ageOf(line), months, line));
});
