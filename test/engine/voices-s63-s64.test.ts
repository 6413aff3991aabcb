/**
 * Round 43's last pair of held-out voices, read sealed on the round's end: notes typed fast with autocorrect slips (set 63)
 * and notes carrying the record's copy-forward artifacts (set 64). The readings taken from them, with their look-alikes.
 */
import * as assert from 'node:assert/strict';
import { ageOf, presentIn } from '../helpers';

describe('autocorrect slips and a back pain told with the buttock (s63)', () => {
  it('reads "sacral simple" and "deep simple" as a dimple; "simple analgesia" is none', () => {
    assert.ok(presentIn('sacral-dimple', 'Age: 3 wk', 'Exam: Small sacral simple noted ~2mm within the gluteal cleft, base visible.', 'Order: US spine'));
    assert.ok(presentIn('sacral-dimple', 'Age: 6 wk', 'Exam: Deep simple above the gluteal cleft approx 3 cm from anus.', 'Order: MRI L-spine'));
    assert.ok(!presentIn('sacral-dimple', 'Age: 9 y', 'HPI: simple analgesia helped; back pain 2 wks.', 'Order: XR L-spine'));
    assert.ok(!presentIn('sacral-dimple', 'Age: 9 y', 'Exam: deep simple laceration to knee, sutured.', 'Order: XR knee'));
  });

  it('reads "low back / R buttock pain" as back pain', () => {
    assert.ok(presentIn('back-pain', 'Age: 13 y', 'HPI: fever 39, severe low back / R buttock pain x 4 days.', 'Order: CT L-spine'));
  });

  it('keeps "when 2 wk old." and "in 10 wk old." past times, "for 5 wk old w/" an age', () => {
    assert.equal(ageOf('4 mo w/ dimple; hair tuft noted when 2 wk old. US spine ordered.'), 4);
    assert.equal(ageOf('Hair tuft first noted in 10 wk old.'), undefined);
  });
});
