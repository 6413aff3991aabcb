/**
 * r44-history3 (held-out s53): trauma-informed care, trauma counselling and a child's psychological trauma (foster care,
 * attachment) tell no injury; an injury told beside them still counts.
 */
import * as assert from 'node:assert/strict';
import { traumaOf } from '../helpers';

const MRI = 'Order: MRI lumbar spine';

describe('r44: psychological trauma is no injury', () => {
  for (const t of [
    'Consider trauma-informed counselling (?regression with placement).',
    'Hx of complex trauma, in kinship care.',
    'Psychological trauma after parental separation.',
    'Referred for trauma therapy.',
    'Developmental trauma, attachment difficulties.',
    'Trauma informed care. No injury.',
  ])
    it(`"${t}" tells no injury`, () => {
      assert.equal(traumaOf('Age: 9 y', `History: Back pain 2 weeks. ${t}`, 'Exam: normal.', MRI), 'none');
    });
  // Harmful if wrong: an injury told beside the words of care is still read.
  for (const [t, want] of [
    ['Back pain after trauma to the back at school yesterday.', 'unclear'],
    ['Back pain after a fall from a trampoline. Trauma-informed approach used.', 'significant'],
    ['Back pain 2 weeks. Emotional trauma at home; also fell off bike onto back.', 'significant'],
    ['Back pain after blunt trauma, trauma-focused exam done.', 'unclear'],
    ['Back pain. Non-accidental trauma suspected, bruises on back.', 'unclear'],
    ['Back pain 2 weeks after trauma. Trauma counselling for the event.', 'unclear'],
  ])
    it(`"${t}" keeps its injury (${want})`, () => {
      assert.equal(traumaOf('Age: 9 y', `History: ${t}`, 'Order: XR lumbar spine'), want);
    });
});
