/**
 * Round 38 (sports medicine consults, Quebec home visits): a hockey or basketball player's "shooting" (the puck, hoops,
 * "skating stride + shooting") is the sport, not a shooting pain; a newborn's "cordon tombé" (the umbilical cord has
 * come off) is no fall. Each with the look-alikes that must stay as they were: a shooting pain into a leg is still
 * radicular, and a baby who "est tombé" from a changing table still has an injury told. An exam repeated under its own
 * key ("On re-examination:") is read as the exam, not dropped as a misspelt "On examination".
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote, traumaOf } from '../helpers';

const MRI = 'Plan: MRI lumbar spine without contrast.';

describe("r38: a player's shooting", () => {
  it('is the sport, not a radicular pain', () => {
    assert.equal(presentIn('radicular-pain', '17 yo M, junior hockey, LBP x 3 wks, worse w/ skating stride + shooting, eases w/ rest.', MRI), false);
    assert.equal(presentIn('radicular-pain', '14 yo M, LBP x 2 wks, worse after shooting practice and skating.', MRI), false);
    assert.equal(presentIn('radicular-pain', '13 yo F basketball, LBP x 2 wks, sore after shooting hoops.', MRI), false);
    assert.equal(presentIn('radicular-pain', '15 yo M hockey, LBP, hurts when shooting the puck.', MRI), false);
  });
  it('a shooting pain down or into a leg stays radicular, in a player too', () => {
    assert.equal(presentIn('radicular-pain', '14 yo M hockey player, LBP x 2 wk, shooting pain down the L leg.', MRI), true);
    assert.equal(presentIn('radicular-pain', '13 yo M, LBP, pain shooting down R leg since skating and shooting drills.', MRI), true);
    assert.equal(presentIn('radicular-pain', '16 yo M, LBP x 10 d after shooting practice, pain is shooting into his leg.', MRI), true);
    assert.equal(presentIn('radicular-pain', '14 yo M, LBP x 2 wk, shooting pains into buttock. Plays basketball, worse shooting hoops.', MRI), true);
    assert.equal(presentIn('radicular-pain', '12 yo M, back pain x 1 wk, shooting.', MRI), true);
  });
});

describe("r38: a newborn's cord that has come off", () => {
  const dimple = 'Fossette sacrée 2 mm dans le pli interfessier, fond visible.';
  it('is no fall', () => {
    assert.equal(traumaOf('Bébé 10 jours.', dimple, 'Cordon tombé, jaunisse légère en régression.'), 'none');
    assert.equal(traumaOf('Bébé 3 semaines.', dimple, 'Chute du cordon à J10.'), 'none');
    assert.equal(traumaOf('Bébé 2 semaines.', dimple, 'Le cordon ombilical est tombé hier.'), 'none');
  });
  it('a fall told beside it stays', () => {
    assert.equal(traumaOf('Bébé 10 jours.', dimple, 'Cordon tombé. Il est tombé du lit hier.'), 'unclear');
    assert.equal(traumaOf("Garçon 4 ans, tombé d'un arbre (3 m), douleur lombaire. Cordon ombilical tombé depuis longtemps.", 'Plan: IRM colonne lombaire'), 'significant');
    assert.notEqual(traumaOf('Bébé 2 mois, cordon tombé à J8, est tombé de la table à langer hier.', 'Plan: échographie'), 'none');
  });
});

describe('r38: an exam repeated under its own key', () => {
  const MRI_C = 'Plan: MRI whole spine without and with gadolinium.';
  for (const key of ['On re-examination', 'On reexamination', 'At re-examination', 'On repeat exam']) {
    it(`"${key}:" is read as the exam`, () => {
      const r = readNote('10 mo M, 2nd episode of E. coli meningitis.', `${key}: pinpoint midline ostium at L5 with a few hairs - ?dermal sinus tract. T 39.2.`, MRI_C);
      assert.equal(r.scenario, 'back-pain-infection-tumor');
      assert.ok(!r.rules.includes('unknown-key'));
      assert.equal(presentIn('hair-tuft', '4 mo F.', `${key}: sacral dimple 6 mm above the cleft with a hair tuft.`, 'Plan: spinal US'), true);
    });
  }
  it('what it denies stays denied', () => {
    assert.equal(presentIn('hair-tuft', '4 mo F, sacral dimple.', 'On re-examination: no hair tuft, no hemangioma.', 'Plan: spinal US'), false);
    assert.equal(presentIn('fever', '4 mo F, sacral dimple.', 'On re-examination: afebrile, T 36.8.', 'Plan: spinal US'), false);
  });
});

describe('r38: films reviewed under their own key', () => {
  const pain = '11 yo F, thoracic back pain x 3 mo, wakes her at night.';
  const MRI_W = 'Plan: MRI whole spine w/o contrast.';
  for (const key of ['Imaging reviewed', 'Imaging review', 'Reviewed imaging', 'Previous imaging']) {
    it(`"${key}:" is read as the prior imaging`, () => {
      assert.equal(readNote(pain, `${key}: XR T-spine 2 wks ago: left thoracic curve 28 deg.`, MRI_W).scenario, 'back-pain-red-flags-positive-radiographs');
      assert.equal(readNote(pain, `${key}: XR T-spine 2 wks ago - normal.`, MRI_W).scenario, 'back-pain-red-flags-negative-radiographs');
      const us = readNote('3 mo F, sacral dimple 6 mm above the cleft.', `${key}: spinal US yesterday - conus at L3, tethered.`, 'Plan: MRI lumbar spine w/o contrast');
      assert.ok(us.rules.includes('referral-after-abnormal-ultrasound'));
    });
  }
  it('films only raised, or none, give no positive radiographs', () => {
    assert.equal(readNote(pain, 'Imaging reviewed: XR T-spine ?lucency T8, to be discussed.', MRI_W).scenario, 'back-pain-red-flags');
    assert.equal(readNote(pain, 'Imaging reviewed: none.', MRI_W).scenario, 'back-pain-red-flags');
  });
});
