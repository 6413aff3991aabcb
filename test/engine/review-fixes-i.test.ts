/**
 * Review of the r5c reader round (severe defects only), each fixed and kept here.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { readNote } from '../helpers';

const flagged = (...lines: string[]) => readNote(...lines).rules.includes('inappropriate-initial-study');

describe('review of r5c', () => {
  describe('a contraction negates the verb it shortens, not the finding after it', () => {
    for (const x of [
      "Tylenol doesn't bring the fever down.",
      "Rest doesn't help, pain wakes her at night.",
      "He doesn't sleep well because the pain wakes him at night.",
      "Doesn't go away with rest, nocturnal pain.",
    ])
      it(`"${x}" keeps the red flag`, () => assert.equal(readNote('Pt: 12 yo F', `HPI: LBP x 1 wk. ${x}`, 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags'));
    for (const x of [
      "Doesn't seem bothered by the hemangioma over her lower back.",
      "PCP didn't think much of the hair tuft over her sacrum but mom is worried.",
      "Parents weren't aware of the sacral hair tuft until PCP visit.",
    ])
      it(`"${x}" keeps the marker`, () => assert.ok(flagged('Pt: 2 mo F', `HPI: ${x}`, 'Order: XR L-spine')));
    it('"doesn\'t have a fever" still denies it', () =>
      assert.equal(readNote('Pt: 12 yo F', "HPI: LBP x 1 wk. She doesn't have a fever.", 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
  });

  describe("a relative's age is never the patient's", () => {
    const CASES = [
      'HPI: Newborn female with hair tuft over sacrum. Sister Mia (19) has tethered cord; Mia had surgery.',
      'HPI: DOL 2, term female with hair tuft over sacrum. Sister Ava also had a dimple; Ava is 19.',
      'HPI: DOL 2, term female with hair tuft over sacrum. Seeing with mother Ella (19). Ella is worried.',
    ];
    for (const line of CASES) it(`"${line}"`, () => assert.ok(flagged(line, 'Order: XR L-spine')));
    it('"He is 11." two sentences after an older brother is his age', () =>
      assert.ok(
        (readNote('HPI: DOL 2, term female with sacral dimple and hair tuft. Older brother had tethered cord release at age 2. Doing well now. He is 11.', 'Order: US spine').facts
          .age?.months ?? 0) < 1,
      ));
    it('the patient named again still tells an age', () => assert.equal(readNote("Ava's back is still hurting. Ava is 11.", 'Order: XR L-spine').facts.age?.months, 132));
  });

  describe('a temperature of another time, advice or thing is no fever now', () => {
    for (const x of [
      'Post-vaccine temp 38.2 yesterday, now well.',
      'Had a cold in January (T 38.9), fully recovered.',
      'Parents advised to seek care for any temp of 38 or more.',
      'Bath temp 38 C per mom.',
    ])
      it(`"${x}" keeps the infant in S1`, () => assert.ok(flagged('Pt: 2 mo F', `HPI: hair tuft over sacrum. ${x}`, 'Order: XR L-spine')));
    it('"T 39.2 in clinic" is a fever', () =>
      assert.equal(readNote('Pt: 14 yo', 'HPI: LBP 1 wk, T 39.2 in clinic, no injury', 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags'));
  });

  it('a double space after a negation is no column gap: "no  weakness", "No  hair tuft  or dimple" stay denied', () => {
    for (const [text, word] of [
      ['no  weakness.', 'weakness'],
      ['No  hair tuft  or dimple', 'dimple'],
      ['denies  fever, night sweats', 'sweats'],
    ]) {
      const at = text.indexOf(word);
      assert.ok(readContext(text, at, at + word.length).negated, text);
    }
  });

  it('"Order of events:" orders nothing', () =>
    assert.equal(readNote('HPI: 2 mo F with hair tuft over sacrum. Order of events: XR L-spine at urgent care, then referred.').facts.order, undefined));
  it('"Schedule MRI after US" leaves the US the order', () =>
    assert.equal(readNote('Pt: 2 mo F', 'Findings: hair tuft over sacrum. Schedule MRI after US.', 'US spine.').facts.order?.reading.procedure?.id, 'us-area'));
  it('short lines under an empty FHx are the family history', () => assert.equal(readNote('6 wk F', 'FHx:', 'tethered cord', 'hair tuft', 'US spine').scenario, 'no-criteria'));
});
