/**
 * Round 28 mend (review of F5): mechanical strain read in its context, and the pregnant patient's age vetoed only by
 * what is told of a baby in her own sentence or of a newborn's care in the note.
 *
 * (1) An activity planned or to come, advised against, stopped or made hard by the pain, or someone else's (the family
 * moving, a parent's job) never strained this back (reading-vocabulary.json overuseContext, read by the context service).
 * (2) A bare "digging", "weeding" or "heavy equipment" is no strain ("digging for the cause", "weeding out causes").
 * (3) Her other child told in another sentence leaves the pregnant patient the one seen; a twin pregnancy is a pregnancy;
 * past a vetoed age, "LBP 2 wks" is never read as the age. (4) A birth told as past history ("prev LSCS") vetoes nothing.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

describe('r28 mend: mechanical strain in context, the pregnant patient’s age', () => {
  const strain = (hpi: string) => readNote('Pt: 15 yo M', `HPI: ${hpi}`, 'Order: XR L-spine');

  describe('an activity that did not strain the back is no overuse', () => {
    it('planned or to come', () => {
      for (const c of [
        'LBP 2 wks; no fever. He is planning to help his uncle move house next week.',
        'LBP 2 wks, no fever. Going on a backpacking trip next month and wants to be cleared.',
        'LBP 2 wks, no fever. Signed up for hay baling this summer.',
        'LBP 2 wks, no fever. Will be hauling firewood with his dad tomorrow.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-no-red-flags', c);
    });
    it('advised against', () => {
      for (const c of [
        'LBP 2 wks, no fever. Told to avoid yard work and lugging heavy things until review.',
        'LBP 2 wks, no fever. Advised against heavy lifting at his warehouse job for now.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-no-red-flags', c);
    });
    it('stopped or made hard by the pain', () => {
      for (const c of [
        'LBP 2 wks, no fever. The pain stops her gardening on weekends.',
        'LBP 2 wks, no fever. Cannot carry a heavy box without pain.',
        'LBP 2 wks, no fever. Had to give up his landscaping job due to the pain.',
        'LBP 2 wks, no fever. Struggles to lift heavy sacks at the farm.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-no-red-flags', c);
    });
    it('someone else’s: the family moving house, a parent’s job', () => {
      for (const c of [
        'LBP 2 wks, no fever. Family is moving house soon, a stressful time.',
        'LBP 2 wks, no fever. Builder’s son; no lifting himself.'.replace('’', "'"),
        "LBP 2 wks. Heavy equipment operator's son. No fever, neuro nl.",
      ])
        assert.equal(strain(c).scenario, 'back-pain-no-red-flags', c);
    });
    it('but the strain he did stands ("helped the family move house", "since moving house")', () => {
      for (const c of [
        'LBP 2 wks after helping the family move house. No fever.',
        'LBP since moving house last weekend, carried boxes all day. No fever.',
        'LBP 1 wk after hauling hay on the farm; will follow up in 2 wks. No fever.',
        'Farmer’s son, spends weekends hauling hay; LBP 2 wks. No fever.'.replace('’', "'"),
      ])
        assert.equal(strain(c).scenario, 'back-pain-overuse', c);
    });
  });

  describe('digging and weeding need a garden or a yard', () => {
    it('a bare "digging", "weeding" or "heavy equipment" is none', () => {
      for (const c of [
        'LBP 2 wks. Digging into the cause with labs. No fever.',
        'LBP 2 wks. Weeding out other causes, UA normal. No fever.',
        'LBP 2 wks. Dad drives heavy equipment. No fever.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-no-red-flags', c);
    });
    it('digging or weeding a garden, a yard or a trench is strain', () => {
      for (const c of [
        'LBP 1 wk since digging the vegetable patch all weekend. No fever.',
        'LBP 1 wk after weeding the garden for hours. No fever.',
        'LBP 1 wk after digging a trench for a fence. No fever.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-overuse', c);
    });
  });

  describe('the pregnant patient’s age', () => {
    it('her other child told in another sentence or clause leaves her the one seen', () => {
      near(ageOf('Pt: 16 yo G2P1 at 26 wks with LBP 3 wks. Has a 2 yo son.', 'Order: XR L-spine'), 192, 'has a 2 yo son');
      near(ageOf('Pt: 18 yo G2P1 at 31 wks; her 11 mo daughter at home', 'HPI: LBP 5 wks', 'Order: XR L-spine'), 216, '; her 11 mo daughter');
      near(ageOf('Pt: 17 yo G2P1 at 29 wks. LBP 1 wk. Toddler at home with grandma.', 'Order: XR L-spine'), 204, 'toddler at home');
    });
    it('a twin pregnancy is a pregnancy, and a past birth vetoes nothing', () => {
      near(ageOf('Pt: 17 yo G1P0 at 32 wks, twin pregnancy', 'HPI: LBP 2 wks', 'Order: XR L-spine'), 204, 'twin pregnancy');
      near(ageOf('Pt: 16 yo G1P0 at 28 wks, di-di twin gestation. LBP 1 wk.', 'Order: XR L-spine'), 192, 'twin gestation');
      near(ageOf('Pt: 18 yo G2P1 at 30 wks, prev LSCS', 'HPI: LBP 2 wks', 'Order: XR L-spine'), 216, 'prev LSCS');
      near(ageOf('Pt: 19 yo G3P2 at 24 wks, previous 2 SVD. LBP 3 wks.', 'Order: XR L-spine'), 228, 'previous 2 SVD');
    });
    it('a vetoed age never falls back to a duration ("LBP 2 wks", "x 3 days")', () => {
      const note = readNote('Pt: 17 yo G1P0 at 39 wks, SVD yesterday, LBP 2 wks', 'Order: XR L-spine');
      assert.notEqual(note.facts.age?.months !== undefined && note.facts.age.months < 1, true, String(note.facts.age?.months));
      const x = readNote('Pt: Baby of 22 yo G1P0, dimple noted x 2 days', 'Order: US spine');
      assert.equal(x.facts.age?.months, undefined);
      // "baby" told anywhere makes it a baby's note: the mother's age is none, and neither is the pain's duration.
      assert.equal(ageOf('Pt: 16 yo G1P0 at 28 wks with LBP 10 days. Worried about the baby.', 'Order: XR L-spine'), undefined);
    });
    it('still the mother’s in a newborn’s note, or with a birth in her sentence', () => {
      assert.equal(ageOf('NICU admission. 28 yo G2P2 at 36 wks. Preterm labour.', 'Exam: sacral dimple 3 mm', 'Order: US spine'), undefined);
      assert.equal(ageOf('Pt: 28 yo G2P2 at 36 wks', 'Exam: sacral dimple 3 mm on the neonatal check', 'Order: US spine'), undefined);
      assert.equal(ageOf('Pt: 17 yo G1P0 at 39 wks, SVD today', 'Exam: baby with sacral dimple', 'Order: US spine'), undefined);
    });
  });
});
