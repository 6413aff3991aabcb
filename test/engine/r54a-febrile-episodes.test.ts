/**
 * Round 54 (fix54a): "3rd febrile UTI in 6 months … No current fever": "febrile" inside a counted or recurrent febrile UTI
 * (a urologic symptom's phrase) tells how the past infections went; where the note denies a fever now it is no red flag
 * fever (clinical/febrile-episodes.ts). Without the denial, or with a fever told in words of its own, fever is read as before.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const feverOf = (first: string) =>
  readNote(first, 'Back exam: deep sacral dimple, 8 mm, above the gluteal cleft.', 'Neuro: nl.', 'Plan: MRI lumbar spine w/o contrast').facts.hits.some(
    (h) => h.finding.id === 'fever' && h.present,
  );

describe('a counted febrile UTI beside a fever denied now (r54a)', () => {
  it('reads no fever when the note denies one now', () => {
    assert.equal(feverOf('3 yo F here for recurrent UTIs - 3rd febrile UTI in 6 months. No current fever, UA neg today.'), false);
    assert.equal(feverOf('3 yo F, recurrent febrile UTIs; afebrile today.'), false);
    assert.equal(feverOf('3 yo F, second febrile UTI since March. Denies fever this week.'), false);
  });

  it('reads the fever where none is denied, a fever of its own is told, or the denial is another’s', () => {
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months, T 39.2 today. No cough.'), true);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months. Febrile today. No rash.'), true);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months, currently febrile. No vomiting.'), true);
    assert.equal(feverOf('3 yo F, recurrent febrile UTIs. Sister has no fever.'), true);
    assert.equal(feverOf('3 yo F, febrile UTI now. Had 2 before. No rash.'), true);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months.'), true);
  });
});
