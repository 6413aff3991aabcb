/**
 * Round 28 (F5): an adult's or adolescent's age before obstetric shorthand, and back pain from mechanical strain.
 *
 * (a) "22 yo G1P0 at 34 wks", "19F G2P1 @ 28/40": obstetric shorthand after an age is the mother's in a child's note,
 * but the patient's own when she is pregnant now (age-vocabulary.json pregnantPatient). The gestation of the pregnancy
 * is never the patient's age, nor a preterm infant's gestation. Near misses: the mother of a baby ("born to a 24 yo
 * G1P0 at 36 wks", "Mother is a 22 yo G1P0 at 34 wks", "Infant of 22 yo G1P0 at 34 wks"), a birth told in the sentence
 * ("24 yo G1P0 at 39 wks, SVD"), a note about a baby, and obstetric shorthand with no pregnancy now ("24 yo G1P1").
 *
 * (b) README step 5, "back-pain-overuse when from overuse or mechanical strain": lifting, carrying, stacking, hauling or
 * moving heavy things, yard and farm work, a long hike, "pulled/strained his back lifting". Near misses: a fall or a
 * collision is trauma, red flags come first, a strain of another part of the body is no back strain, a relative's strain
 * is not the child's, and a denied activity is none.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

describe('an age before obstetric shorthand, and mechanical strain (r28)', () => {
  describe('a girl or woman pregnant now: her age is read', () => {
    it('with G/P notation and a gestation in weeks, "/40", "+days" or "w d"', () => {
      near(ageOf('Anesthesia consult', '23 yo G1P0 at 33 wks, tuft of hair over L5 seen at the epidural visit. Neuro normal.'), 276, '23 yo G1P0 at 33 wks');
      near(ageOf('HPI: 19F G2P1 @ 28/40, hairy patch over the lower lumbar spine. Neuro normal.'), 228, '19F G2P1 @ 28/40');
      near(ageOf('HPI: 19 y F G2P1 @ 30/40, hairy patch over the sacrum.'), 228, '19 y F G2P1 @ 30/40');
      near(ageOf('HPI: 24 y/o G3P2 34+2 weeks pregnant, sacral dimple seen at the pre-epidural check.'), 288, '24 y/o G3P2 34+2 weeks pregnant');
      near(ageOf('Pt: 21 yo G2P1001 at 36w2d', 'HPI: hairy patch over the lumbar spine noted pre-epidural.'), 252, 'Pt: 21 yo G2P1001 at 36w2d');
      near(ageOf('HPI: 29 yo G1P0, IUP at 32 wks, lumbar hairy patch. Neuro normal.'), 348, '29 yo G1P0, IUP at 32 wks');
    });
    it('with a word for the shorthand ("primigravida", "multip")', () => {
      near(ageOf('HPI: 16 yo primigravida, 30 wks, tuft of hair over the sacrum. Neuro normal.'), 192, '16 yo primigravida, 30 wks');
      near(ageOf('HPI: 27 yo multip at 35 weeks, hairy patch at L4 before epidural.'), 324, '27 yo multip at 35 weeks');
    });
    it('an adult is no-criteria, an adolescent stays a child', () => {
      const adult = readNote('Anesthesia consult', '23 yo G1P0 at 33 wks, tuft of hair over L5. No back pain. Neuro normal.', 'Requested: MRI lumbar spine without contrast');
      assert.equal(adult.scenario, 'no-criteria');
      assert.ok(!adult.rules.includes('missing-age'), adult.rules.join(','));
      const teen = readNote('HPI: 17yo G1P0 at 20 weeks, hairy patch over the lower lumbar spine. Neuro normal.', 'Order: MRI lumbar spine without contrast');
      near(teen.facts.age?.months, 204, '17yo G1P0 at 20 weeks');
      assert.equal(teen.scenario, 's1-cutaneous-marker');
    });
    it('the gestation of her pregnancy is neither her age nor a prematurity of hers', () => {
      const n = readNote('HPI: 22 yo G1P0, 34 wk GA, hairy patch over the lumbar spine. Neuro normal.', 'Order: MRI lumbar spine without contrast');
      near(n.facts.age?.months, 264, '22 yo');
      assert.equal(n.facts.age?.corrected, undefined, 'no corrected age for a pregnant patient');
      // The shorthand and a gestation with no age told: no age at all, not 36 weeks.
      assert.equal(ageOf('Pt: G2P1001 at 36w2d', 'HPI: hairy patch over the lumbar spine.'), undefined);
      assert.equal(ageOf('HPI: G3P2 34+2 weeks pregnant, sacral dimple seen at the pre-epidural check.'), undefined);
    });
  });

  describe('the mother of the patient: still hers', () => {
    it('a relative, "born to", a word for the child before the age, a birth in the sentence', () => {
      for (const lines of [
        ['HPI: Sacral dimple 3 mm in the cleft. Born to a 22 yo G1P0 at 34 wks by SVD.'],
        ['HPI: Sacral dimple 3 mm in the cleft. Mother is a 22 yo G1P0 at 34 wks.'],
        ['HPI: Infant of 22 yo G1P0 at 34 wks, sacral dimple 3 mm in the cleft.'],
        ['HPI: 24 yo G1P0 at 39 wks, SVD, Apgars 8/9. Sacral dimple 3 mm in the cleft.'],
        ['HPI: 24 yo G1P0 at 34 wks. Baby has a sacral dimple 3 mm in the cleft.'],
        ['HPI: 24 yo G2P1 at 34 wks; her 2 yo son has a sacral dimple 3 mm in the cleft.'],
        ['HPI: 24 yo G1P1, sacral dimple 3 mm in the cleft.'],
        ['HPI: 30 y/o primip, sacral dimple 3 mm in the cleft.'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
    });
    it('the baby’s own age after the shorthand is the baby’s', () => {
      near(ageOf('Postnatal ward round', 'Baby boy of Mrs. P (G2P2), 2 days old. Term. Tuft of hair over the sacrum.'), 2 / 30.4375, '2 days old');
      near(ageOf('HPI: 3 wk old boy with a sacral dimple. Mother is a 22 yo G1P0.'), (3 * 7) / 30.4375, '3 wk old boy');
    });
  });

  describe('back pain from mechanical strain is back-pain-overuse', () => {
    const strain = (complaint: string) =>
      readNote(
        'Age: 13 y',
        'Sex: F',
        `Complaint: ${complaint}`,
        'Red flags: no fever, no night pain, no numbness or weakness',
        'Neuro: normal',
        'Order: MRI lumbar spine without contrast',
      );
    it('lifting, carrying, stacking, hauling or moving heavy things', () => {
      for (const c of [
        'low back pain for 4 days after loading hay bales onto the trailer all weekend. No fall.',
        'low back pain since helping her dad stack firewood on Sunday.',
        'LBP x 1 wk after hauling feed sacks on the farm.',
        'low back pain after lugging bags of mulch for the garden.',
        'low back pain after helping her aunt move house.',
        'low back pain after picking up a heavy box at her summer job.',
        'low back pain after a weekend of yard work and raking.',
        'low back pain since a long hike with a heavy pack.',
        'low back pain after helping mom rearrange the furniture.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-overuse', c);
    });
    it('"pulled / strained / tweaked / threw out her back" is back pain, and a strain', () => {
      for (const c of [
        'pulled her back lifting weights at the gym 4 days ago.',
        'strained her back carrying her little brother around.',
        'threw her back out lifting a bag of concrete.',
        'hurt her back lifting a heavy box; sore since.',
      ]) {
        const n = strain(c);
        assert.equal(n.scenario, 'back-pain-overuse', c);
        assert.equal(n.facts.trauma.significance, 'none', c);
      }
    });
    it('a fall or a load falling on her is trauma, not strain', () => {
      for (const c of ['fell off the hay bales while stacking them, now low back pain.', 'low back pain after a hay bale fell on her.'])
        assert.notEqual(strain(c).scenario, 'back-pain-overuse', c);
    });
    it('red flags come first', () => {
      const n = readNote(
        'Age: 12 y',
        'Complaint: back pain waking him at night for 3 wks; mom blames his heavy backpack.',
        'Neuro: normal',
        'Order: MRI lumbar spine without contrast',
      );
      assert.equal(n.scenario, 'back-pain-red-flags');
      const radicular = readNote(
        'Age: 12 y',
        'Complaint: back pain for 6 weeks after stacking hay all summer, now shooting pain down the left leg.',
        'Order: MRI lumbar spine without contrast',
      );
      assert.equal(radicular.scenario, 'back-pain-red-flags');
    });
    it('a strain of another part, a relative’s strain, a denied load or a strain in the differential alone is none', () => {
      for (const c of [
        'low back pain for 2 wks; strained her hamstring last month.',
        'low back pain and eye strain from screens.',
        'low back pain for 2 wks. Sprained her ankle in June, healed.',
        'LBP. Dad strained his back lifting hay bales last week.',
        'LBP x 2 wks. No heavy lifting, no sports, no hay bales.',
      ])
        assert.equal(strain(c).scenario, 'back-pain-no-red-flags', c);
      const ddx = readNote(
        'HPI: 13 yo F, gradual LBP, no clear trigger, not sports related. No night pain, no fever.',
        'Neuro: normal',
        'Assessment: nonspecific low back pain. Ddx: muscular strain, postural.',
        'Plan: XR L-spine',
      );
      assert.equal(ddx.scenario, 'back-pain-no-red-flags');
    });
  });
});
