/**
 * Overuse where the note says there is none (classify.ts overuseOf, reading-vocabulary.json
 * overuseWithoutActivity), an injury nobody saw or can tell (reading-vocabulary.json trauma.unknownMechanism),
 * and a fall told in low-energy words (findings.json trauma: "slipped off", "slid off").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const scenario = (hpi: string) => readNote('Age: 11 years', `HPI: ${hpi}`, 'Order: XR L-spine').scenario;
const trauma = (hpi: string) => readNote('Age: 11 years', `HPI: ${hpi}`, 'Order: XR L-spine').facts.trauma.significance;

describe('overuse denied, mechanism unknown, low falls', () => {
  describe('overuse the note denies', () => {
    const NONE = [
      'achy low back pain x 3 wks, not related to sports (doesn\'t play any). School nurse referred for "posture". No night pain, no fever.',
      'low back pain for 10 days, no inciting event - no falls, no new sports, no heavy lifting. Differential: musculoskeletal back pain; postural pain.',
      'low back pain x 2 wk, does not play sports, not an athlete. Likely musculoskeletal.',
    ];
    for (const hpi of NONE) it(hpi, () => assert.equal(scenario(hpi), 'back-pain-no-red-flags'));
    const OVERUSE = [
      // An activity named beside the denial is overuse still.
      'low back pain x 2 wk, no other sports, but dance 15 h/wk; postural pain',
      // Describing words without any denial stay overuse, as before.
      'low back pain x 3 wk, mechanical, postural; no fever, no night pain',
      // A denied activity does not undo an activity told: "no trauma" is no activity, "football" is one.
      'plays football, low back pain x 2 wk, no heavy lifting at home',
      // Work that strains the back is overuse ("farm work", "bending all day").
      'low back pain x 2 wk, farm work on weekends, worse after bending all day',
    ];
    for (const hpi of OVERUSE) it(hpi, () => assert.equal(scenario(hpi), 'back-pain-overuse'));
  });

  describe('a mechanism nobody can tell', () => {
    it('"hurt my back at the trampoline park. He can\'t say what happened, his friends weren\'t watching" is unclear', () =>
      assert.equal(trauma('"hurt my back at the trampoline park Saturday". He can\'t say what happened, his friends weren\'t watching. Low back ache since.'), 'unclear'));
    it('"hurt playing at school but unclear how - nobody saw what happened" is unclear', () =>
      assert.equal(trauma("hurt his back playing at school but unclear how - nobody saw what happened and he says he doesn't remember. Low back pain x 1 wk."), 'unclear'));
    it('the trampoline with no word of an unknown mechanism is significant still', () =>
      assert.equal(trauma('hurt my back at the trampoline park Saturday. Low back ache since.'), 'significant'));
    it('a mechanism of the significant list is significant even if nobody saw it ("fell from the top bunk, nobody saw")', () =>
      assert.equal(trauma('fell from the top bunk overnight, nobody saw it. Mid back pain.'), 'significant'));
    it('a high-energy word beside it keeps it significant ("collided at full speed on the trampoline, doesn\'t remember")', () =>
      assert.equal(trauma("collided with another child at full speed on the trampoline, doesn't remember what happened"), 'significant'));
  });

  describe('a low fall told in low-energy words is trivial, not none', () => {
    it('"slipped off the low beam (~40 cm) onto the landing mat ... finished practice"', () =>
      assert.equal(
        trauma('Slipped off the low beam (~40 cm) onto the landing mat, sat down on her bottom, finished practice without a problem. Mild low back soreness.'),
        'trivial',
      ));
    it('"slid off a couch cushion onto the rug, no LOC, feeding well, acting normally"', () =>
      assert.equal(
        readNote(
          'Pt: 3 mo F',
          'HPI: slid off a couch cushion onto the rug, no LOC, feeding well, acting normally',
          'Findings: large hemangioma over sacrum',
          'Order: CT lumbar spine',
        ).facts.trauma.significance,
        'trivial',
      ));
    it('"slipped off the monkey bars" is significant (the significant list decides)', () =>
      assert.equal(trauma('slipped off the monkey bars at recess, landed on his back'), 'significant'));
    it('a gymnast who slipped off the low beam is no overuse: back pain after a trivial fall', () =>
      assert.equal(
        scenario('rec gymnastics 2 h/wk. Slipped off the low beam (~40 cm) onto the mat, finished practice. Mild low back soreness x 3 days.'),
        'back-pain-no-red-flags',
      ));
  });
});
