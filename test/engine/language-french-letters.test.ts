/**
 * Notes written wholly or partly in French as French and Belgian clinicians write them (a referral letter, an ED
 * request, a sports-medicine note), and study lines without a key written in a foreign language ("Rö BWS + LWS
 * a.p./seitlich", "- MRT LWS nativ" under "Procedere:"), whose regions are read from order-vocabulary.
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const hit = (text: string, id: string, present: boolean) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present === present);
const present = (text: string, id: string) => hit(text, id, true);
const absent = (text: string, id: string) => hit(text, id, false) && !hit(text, id, true);
const age = (text: string) => readNote(text).facts.age?.months;
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;
const neuro = (text: string) => readNote(text).facts.neuro.state;
const trauma = (text: string) => readNote(text).facts.trauma.significance;

describe('French letters and requests (language-vocabulary french)', () => {
  describe('ages', () => {
    it('an age at the head of the note: "9 ans - lombalgies", "ado 15 ans", "10 mois"', () => {
      assert.equal(age('9 ans - lombalgies depuis 10 jours, pas de traumatisme. Pas de fièvre.\n-> IRM lombaire sans injection.'), 108);
      assert.equal(age('Cs médecine du sport - ado 15 ans, gymnaste. Lombalgies depuis 3 mois.\nBilan: IRM du rachis entier.'), 180);
      assert.equal(age('Léa, 10 mois. Fossette sacrée de 3 mm, fond visible.\nDemande: échographie médullaire.'), 10);
    });
    it('near-miss: years of a duration are no age ("lombalgies depuis 2 ans", "pendant 3 ans")', () => {
      assert.equal(age('Garçon, lombalgies depuis 2 ans. Pas de fièvre. IRM lombaire demandée.'), undefined);
      assert.equal(age('Fille, douleur lombaire pendant 3 ans. Pas de fièvre. IRM lombaire demandée.'), undefined);
      assert.match(languageView('Lombalgies depuis 2 ans, douleur lombaire.'), /for 2 yrs/);
    });
  });

  describe('negation and the exam', () => {
    it('"pas de fossette ni de touffe de poils" denies both; without the negation both are present', () => {
      const denied = '9 ans. Douleur lombaire. Examen: rachis souple, pas de fossette ni de touffe de poils, neuro RAS.\nIRM lombaire.';
      assert.ok(absent(denied, 'hair-tuft'));
      assert.ok(!present(denied, 'sacral-dimple'));
      const told = '2 mois. Examen: fossette sacrée et touffe de poils au bas du dos.\nDemande: IRM lombaire.';
      assert.ok(present(told, 'hair-tuft'));
      assert.ok(present(told, 'sacral-dimple'));
    });
    it('"ne le réveille pas la nuit" denies night pain; "le réveille la nuit" tells it', () => {
      assert.ok(!present('11 ans, garçon. Douleur lombaire basse, ne le réveille pas la nuit. Pas de fièvre.', 'night-pain'));
      assert.ok(present('11 ans, garçon. Douleur lombaire basse qui le réveille la nuit. Pas de fièvre.', 'night-pain'));
      assert.match(languageView('Douleur lombaire basse, ne le réveille pas la nuit.'), /not waking him at night/);
    });
    it('"neuro RAS" and "Examen neuro RAS" are a normal exam; a deficit is not', () => {
      assert.equal(neuro('12 ans. Douleur lombaire depuis 4 jours. Neuro RAS.\nDemande: IRM lombaire.'), 'normal');
      assert.equal(neuro('12 ans. Douleur lombaire. Examen neuro RAS.\nDemande: IRM lombaire.'), 'normal');
      assert.notEqual(neuro('12 ans. Douleur lombaire. Neuro: faiblesse de la jambe gauche.\nDemande: IRM lombaire.'), 'normal');
    });
    it('near-miss: "RAS", "scanner", "CAT" and "Bilan" in an English note are left as written', () => {
      for (const text of [
        '14 yo, back pain. RAS inhibitor for hypertension. MRI lumbar spine.',
        'CAT: MRI lumbar spine. The scanner is down. Bilan is the family name.',
        'Demande is the school. 9 ans: no. MRI L-spine.',
      ])
        assert.equal(languageView(text), text);
    });
  });

  describe('findings, markers and trauma', () => {
    it('"angiome" is a vascular marker, as "angioma" is in English; a lipoma and a cleft still read', () => {
      assert.ok(present('3 mois. Angiome sacré médian.\nDemande: échographie médullaire.', 'hemangioma'));
      assert.ok(present('3 mo. Flat angioma over the sacrum. US spine.', 'hemangioma'));
      assert.match(languageView('Fossette dans le pli interfessier, 1 cm de la marge anale.'), /anal verge/);
    });
    it('a rugby tackle with neck pain is significant trauma; "pas de traumatisme" is none', () => {
      const tackle = 'SAU - 14 ans. Plaquage au rugby, tête en flexion forcée, douleur cervicale médiane.\nDemande: scanner du rachis cervical sans injection.';
      assert.equal(trauma(tackle), 'significant');
      assert.equal(order(tackle), 'ct-area-without');
      assert.equal(trauma('9 ans - lombalgies depuis 10 jours, pas de traumatisme. Pas de fièvre.\nIRM lombaire.'), 'none');
    });
    it('hurt without a known mechanism ("s\'est fait mal à la récré, ne sait pas dire comment") is unclear trauma', () => {
      assert.equal(trauma("11 ans, garçon. Mal au dos depuis 5 jours - s'est fait mal à la récré, ne sait pas dire comment.\nPas de fièvre."), 'unclear');
    });
    it('a pain that "irradiée" radiates; "douleur irradiée" in the view', () => {
      assert.match(languageView('Pas de douleur irradiée dans les jambes.'), /no {5}radiating pain/);
    });
  });

  describe('studies, keys and availability', () => {
    it('"Demande:" heads the order ("scintigraphie osseuse corps entier"), the study not available is no order', () => {
      const text =
        "Urgences pédiatriques. 12 ans. Fièvre 38,8 depuis 4 jours + douleur lombaire. Neuro RAS.\nDemande: scintigraphie osseuse corps entier (pas d'IRM disponible avant 10 jours).";
      assert.equal(order(text), 'bone-scan-complete');
      assert.match(languageView(text), /Request: bone scan {13}whole body {3}\(no {4}MRI available/);
    });
    it('"Bilan:" heads the work-up ordered; "face + profil" are the views of a radiograph told with its result', () => {
      const text =
        'Ado 15 ans, gymnaste. Lombalgies mécaniques depuis 3 mois.\nRadio du rachis lombaire face + profil (12/09): lyse isthmique L5 bilatérale avec spondylolisthésis grade I.\nExamen neuro RAS.\nBilan: IRM du rachis entier sans injection.';
      assert.equal(order(text), 'mri-complete-without');
      assert.match(languageView(text), /AP \+ lateral {2}\(12\/09\): spondylolysis {2}L5 bilateral /);
    });
    it('"CAT: pas d\'imagerie" is the plan of no imaging', () => {
      assert.equal(order("11 ans. Douleur lombaire. Neuro RAS.\nCAT: pas d'imagerie à ce stade, revoir si persiste > 2 semaines."), undefined);
    });
    it('a phrase with its tail is tried first: "Demande:" is a key, "demande d\'IRM" and "demandée" stay ordered', () => {
      assert.match(languageView('9 ans. Douleur lombaire.\nDemande: IRM lombaire.'), /Request: MRI/);
      assert.match(languageView("9 ans. Douleur lombaire, demande d'IRM lombaire."), /ordered {3}MRI/);
      assert.match(languageView('9 ans. Douleur lombaire, IRM lombaire demandée.'), /MRI lumbar {3}ordered/);
    });
  });
});

describe('study lines without a key in a foreign language (order-vocabulary regions)', () => {
  it('"Rö BWS + LWS a.p./seitlich" alone on its line orders radiographs', () => {
    const text =
      'Notfall. 10-year-old boy, Sturz vom Klettergerüst from ca. 2 m onto his back.\nDruckschmerz over BWK 12 / LWK 1, he complains of back pain.\nRö BWS + LWS a.p./seitlich.';
    assert.equal(order(text), 'xr-area');
  });
  it('"- MRT LWS nativ" under "Procedere:", and a region named first ("LWS MRT nativ"), order the MRI', () => {
    const plan = '5-month-old Knabe. Lipom lumbosacral, midline, Hämangiom on top.\nProcedere:\n- MRT LWS nativ (ohne KM) in sedation\n- Zuweisung Kinderneurochirurgie';
    assert.equal(order(plan), 'mri-area-without');
    assert.equal(order('14 J., LWS-Schmerzen seit 6 Wochen, Neuro o.B.\nLWS MRT nativ.'), 'mri-area-without');
  });
  it('near-misses: a region in the exam, a study declined, or English words the region list leaves out order nothing new', () => {
    assert.equal(order('10 J., Sturz. HWS frei, no neck pain. BWS Druckschmerz.'), undefined);
    assert.equal(order('14 J., LWS-Schmerzen. Kein MRT LWS nötig.'), undefined);
    assert.equal(order('12 yo with back pain. XR back.'), undefined);
    assert.equal(order('12 yo with a lump. US neck.'), undefined);
  });
});
