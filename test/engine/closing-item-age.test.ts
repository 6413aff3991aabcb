/**
 * closing-item.ts: a first clause that is the note's age ("9 mo F, no fever, neuro normal, now MRI lumbar spine") is asked of
 * the age reader (notes/age.ts parseAge), not of an age grammar of its own; each with the near misses that stay unordered.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const closing = (first: string) => orderOf(`${first}, no fever, neuro exam normal, now MRI lumbar spine`);

describe('the age opening a closing list before "now MRI …" is the age reader’s', () => {
  it('reads the ages the age reader reads, in figures, in words, with the sex or the child after them', () => {
    for (const age of ['9 mo F', '13 yo M', '15 year old girl', '15 year-old girl with back pain', '15M', '2y 3m F', '14 yrs', 'Nine year old girl', '10 days old', 'newborn boy'])
      assert.equal(closing(age), 'mri-area-without', age);
  });
  it('leaves a clause that is no age, or an age with more told after it, unordered', () => {
    for (const first of ['Bed 9', 'Sister 9', '101 F', 'Mum 34 years old', 'For her 7 yo twin', '9 mo F and 7 yo brother both']) assert.equal(closing(first), 'none', first);
  });
});
