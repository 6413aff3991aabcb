/**
 * Round 57 (fix57e): parent-completed intake forms and questionnaires above the clinician's assessment. A parent writes a
 * contraction without its apostrophe ("he didnt fall", "doesnt wake him"); a printed question lists several signs and is
 * answered once after its question mark ("Any lumps, hairy patches or red marks?  no"); a printed "Y / N" prompt stands
 * between the question mark and the answer ("Fevers?   Y / N   N").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

type Read = ReturnType<typeof readNote>;
const present = (r: Read, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const denied = (r: Read, id: string) => r.facts.hits.some((h) => h.finding.id === id && !h.present && h.context.negated);

describe('fix57e: parent-completed forms', () => {
  describe('a contraction written without its apostrophe denies as the written one does', () => {
    it('"he didnt fall" is no injury', () => {
      const r = readNote('Age: 11', 'History: sore lower back for a week, came on gradually, he didnt fall.', 'Exam: neuro normal.', 'Order: XR lumbar spine');
      assert.equal(r.facts.trauma?.significance, 'none');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
    });
    it('"Doesnt wake her at night" is no night pain', () => {
      const r = readNote('Age: 13', 'History: low back ache 3 weeks. Doesnt wake her at night. No fever.', 'Order: XR lumbar spine');
      assert.ok(denied(r, 'night-pain'));
      assert.ok(!present(r, 'night-pain'));
    });
    it('"hasnt had any fevers" denies the fever as "hasn\'t had any" does', () => {
      const r = readNote('Age: 9', 'History: back pain 5 days, hasnt had any fevers.', 'Order: XR lumbar spine');
      assert.ok(!present(r, 'fever'));
    });
    it('near miss: a denied word before the finding\'s own sentence leaves it told ("It doesnt help. Wakes at night with pain")', () => {
      const r = readNote('Age: 13', 'History: low back pain 6 weeks, ibuprofen tried. It doesnt help. Wakes at night with the pain.', 'Order: MRI lumbar spine');
      assert.ok(present(r, 'night-pain'));
    });
    it('near miss: "didnt" of another verb leaves the fall told ("Mum didnt see it, but he fell off the climbing frame")', () => {
      const r = readNote('Age: 8', 'History: mum didnt see it, but he fell off the climbing frame onto his back yesterday.', 'Order: XR thoracolumbar spine');
      assert.notEqual(r.facts.trauma?.significance, 'none');
    });
  });

  describe('a printed question answered after its question mark is asked of every sign it lists', () => {
    it('"Any lumps, hairy patches or red marks on the back?  no" denies the lump and the hair', () => {
      const r = readNote('Age: 5 weeks', 'Any lumps, hairy patches or red marks on the lower back?  no', 'Exam: small sacral dimple, base seen.', 'Order: US lumbar spine');
      assert.ok(!present(r, 'lipoma'));
      assert.ok(!present(r, 'hair-tuft'));
      assert.ok(denied(r, 'lipoma'));
    });
    it('a bracketed list in the question ("Did anything happen (a fall, a crash, a sports injury)?  no") is no injury', () => {
      const r = readNote('Age: 12', 'Did anything happen (a fall, a crash, a sports injury)?  no', 'Clinician: 12 yo, 2 wk low back pain, neuro intact.', 'Order: XR lumbar spine');
      assert.equal(r.facts.trauma?.significance, 'none');
    });
    it('a long list keeps its first names denied ("Any lumps, hairy patches, birthmarks, dimples or skin tags at all?  no")', () => {
      const r = readNote('Age: 3 months', 'Any lumps, hairy patches, birthmarks, dimples or skin tags on his back at all?  no');
      assert.ok(!present(r, 'lipoma'));
      assert.ok(!present(r, 'sacral-dimple'));
    });
    it('near miss: answered "yes", every sign of the question stands', () => {
      const r = readNote('Age: 5 weeks', 'Any lumps, hairy patches or red marks on the lower back?  yes');
      assert.ok(present(r, 'lipoma'));
      assert.ok(present(r, 'hair-tuft'));
    });
    it('near miss: a line that tells a sign before it asks keeps that sign ("Hair tuft seen, any lump or dimple?  no")', () => {
      const r = readNote('Age: 5 weeks', 'Hair tuft seen, any lump or dimple?  no');
      assert.ok(present(r, 'hair-tuft'));
    });
    it('near miss: a question that is no printed form question keeps its first sign ("Lump, hairy patches or red marks on the back?  no")', () => {
      const r = readNote('Age: 5 weeks', 'Lump, hairy patch or red marks on the lower back?  no');
      assert.ok(present(r, 'lipoma'));
    });
  });

  describe('a printed "Y / N" prompt between the question mark and the answer is no answer', () => {
    it('"Fevers?   Y / N   N" denies the fever', () => {
      const r = readNote('Age: 12', 'Fevers?   Y / N   N', 'Weight loss?   Y / N   N', 'Order: XR lumbar spine');
      assert.ok(denied(r, 'fever'));
      assert.ok(!present(r, 'fever'));
      assert.ok(!present(r, 'weight-loss'));
    });
    it('"Fevers?   Y / N   Y" keeps the fever', () => {
      const r = readNote('Age: 12', 'Fevers?   Y / N   Y', 'Order: XR lumbar spine');
      assert.ok(present(r, 'fever'));
    });
    it('near miss: an answer with words after it is not taken for the whole answer ("Night pain?  Y / N   N, but sometimes")', () => {
      const r = readNote('Age: 12', 'Night pain?  Y / N   N, but sometimes', 'Order: XR lumbar spine');
      assert.ok(!denied(r, 'night-pain'));
    });
  });
});
