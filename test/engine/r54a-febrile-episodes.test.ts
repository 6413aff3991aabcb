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
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months. No fever now.'), false);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months. Currently afebrile.'), false);
  });

  it('reads the fever where none is denied, a fever of its own is told, or the denial is another’s', () => {
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months, T 39.2 today. No cough.'), true);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months. Febrile today. No rash.'), true);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months, currently febrile. No vomiting.'), true);
    assert.equal(feverOf('3 yo F, recurrent febrile UTIs. Sister has no fever.'), true);
    assert.equal(feverOf('3 yo F, febrile UTI now. Had 2 before. No rash.'), true);
    assert.equal(feverOf('3 yo F, 3rd febrile UTI in 6 months.'), true);
  });

  it('reads the fever where the denial is of another time, between episodes or a sibling’s (review r54 near-misses)', () => {
    for (const first of [
      '3 yo F, here today with her 3rd febrile UTI in 6 months. No fever at the 2-week check after the last one.',
      '3 yo F, presenting today with 3rd febrile UTI in 6 months. No fever with the first two.',
      '3 yo F, admitted today with 3rd febrile UTI. Previously no fever between infections.',
      '3 yo F, 3rd febrile UTI in 6 months, diagnosed today. No fever before this week.',
      '3 yo F, 3rd febrile UTI in 6 months, started abx last night. Denied fever at last WCC.',
      '3 yo F, 3rd febrile UTI in 6 months, diagnosed in ED this morning. Afebrile at her 18 mo WCC.',
      '3 yo F, recurrent febrile UTIs, current one dx today. No fever in sibling.',
      '3 yo F, presenting with 3rd febrile UTI in 6 months. Mom denies fever between episodes.',
      '3 yo F, 2nd febrile UTI, diagnosed yesterday. No fever in the past 2 months before this.',
    ])
      assert.equal(feverOf(first), true, first);
  });
});
