/**
 * r44-history3 (held-out s53): trauma-informed care, trauma counselling and a child's psychological trauma (foster care,
 * attachment) tell no injury; an injury told beside them still counts. A note about one twin ("Twin A, 2 mo M …") reads
 * its own "Twin A:" line and leaves the other twin's findings ("twin B has a hair tuft") to that twin.
 */
import * as assert from 'node:assert/strict';
import { presentIn, traumaOf } from '../helpers';

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

const US = 'Order: US lumbosacral spine';
const twinADimple = 'Twin A: single sacral dimple, ~2 mm, within gluteal cleft, 1 cm from anus, base seen. No hair.';

describe('r44: a note about one twin', () => {
  it('reads the "Twin A:" line of a note about twin A, and twin B\'s tuft as twin B\'s', () => {
    const lines = ['Twin A, 2 mo M (twin B has a hair tuft over the sacrum, separate note).', twinADimple, US];
    assert.equal(presentIn('sacral-dimple', ...lines), true);
    assert.equal(presentIn('hair-tuft', ...lines), false);
  });
  it('leaves a "Twin B:" line of a note about twin A to twin B', () => {
    const lines = ['Twin A, 2 mo M.', 'Twin B: hair tuft over the sacrum, referred.', 'Twin A: simple dimple 2 mm in cleft, base seen.', US];
    assert.equal(presentIn('sacral-dimple', ...lines), true);
    assert.equal(presentIn('hair-tuft', ...lines), false);
  });
  // Harmful if wrong: the patient's own tuft, told by its own twin label or in a note naming both twins, is kept.
  for (const lines of [
    ['Twin B, 2 mo F.', 'Twin B: hair tuft over the sacrum with a deep dimple.', US],
    ['Twin B, 2 mo F, hair tuft over sacrum, twin A well.', US],
    ['Twin 1, 6 wk F - hair tuft at L5. Twin 2 is well.', US],
    ['Twin B, 4 mo. Mother reports twin A has a hair tuft; twin B has hair tuft over sacrum too.', US],
    ['Twin A, 2 mo M; Twin B, 2 mo F - both have sacral dimples, twin B also hair tuft.', US],
    ['Twin A, 2 mo M. Skin: hair tuft over sacrum (twin b also).', US],
    ['2 mo M twin. Hair tuft over the sacrum. Twin B: well.', US],
    ['Twin A: 2 mo M with hair tuft over the sacrum.', US],
  ])
    it(`keeps the tuft: "${lines[0]}"`, () => {
      assert.equal(presentIn('hair-tuft', ...lines), true);
    });
});
