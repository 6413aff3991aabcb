/**
 * Notes written in French, or switching between French and English, as Quebec clinicians write them
 * (clinical/language.ts, the `french` table of server/knowledge/language-vocabulary.json). Each is read
 * through a view of the same length in typed English; an English or Spanish note is never read differently.
 */
import * as assert from 'node:assert/strict';
import { LanguageVocabularySchema, languageView, languageVocabulary, unaccented } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const hit = (text: string, id: string, present: boolean) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present === present);
const present = (text: string, id: string) => hit(text, id, true);
const absent = (text: string, id: string) => hit(text, id, false) && !hit(text, id, true);
const category = (text: string, c: string) => readNote(text).facts.hits.some((h) => h.finding.category === c && h.present);
const age = (text: string) => readNote(text).facts.age?.months;
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;
const neuro = (text: string) => readNote(text).facts.neuro.state;
const trauma = (text: string) => readNote(text).facts.trauma.significance;
const priorUs = (text: string) => readNote(text).facts.prior.find((p) => p.modality === 'US')?.result;
const referral = (text: string) => readNote(text).facts.referral.neurosurgery;
const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 0.2;

describe('notes in French and French-English (Quebec)', () => {
  describe('the view', () => {
    it('keeps every offset: as long as the note, untouched words where they were', () => {
      const text = 'Garçon de 15 ans. LBP depuis 7 semaines, irradiant à la jambe G. Pas de fièvre.\nPlan : IRM colonne lombaire sans contraste.';
      const view = languageView(text);
      assert.notEqual(view, text);
      assert.equal(view.length, text.length);
      for (const w of ['LBP', 'Plan :', '15']) assert.equal(view.indexOf(w), text.indexOf(w), w);
    });
    it('an amount moves where English puts it: "Visite de 9 mois" is a 9 mo visit, "il y a 2 sem" 2 wk ago', () => {
      assert.match(languageView('Visite de 9 mois – pédiatre. Fossette sacrée.'), /^9 mo visit {6}/);
      assert.match(languageView('Radiographies lombaires il y a 2 sem: normales. Douleur lombaire.'), /2 wk ago {4}:/);
    });
    it('what the rules quote covers the words as written ("touffe de poils", the order "IRM colonne lombaire")', () => {
      const text = '5 mois F. Touffe de poils au bas du dos.\nPlan : IRM colonne lombaire sans contraste';
      const r = readNote(text);
      const start = r.note.start;
      const tuft = r.facts.hits.find((h) => h.finding.id === 'hair-tuft')!;
      assert.equal(text.slice(tuft.span.start - start, tuft.span.end - start), 'Touffe de poils');
      const v = r.facts.order!.field.valueSpan;
      assert.equal(text.slice(v.start - start, v.end - start), 'IRM colonne lombaire sans contraste');
    });
    it('the data holds every replacement to the length of what it replaces, and an amount to one on each side', () => {
      const long = structuredClone(languageVocabulary());
      long.french.phrases.push({ fr: 'sans', en: 'without' });
      assert.equal(LanguageVocabularySchema.safeParse(long).success, false);
      const lost = structuredClone(languageVocabulary());
      lost.french.phrases.push({ fr: 'bouge les # jambes', en: 'moves both legs' });
      assert.equal(LanguageVocabularySchema.safeParse(lost).success, false);
    });
  });

  it('no two French phrases read alike without their accents', () => {
    const seen = new Map<string, string>();
    for (const p of languageVocabulary().french.phrases) {
      const key = unaccented(p.fr.toLowerCase());
      assert.ok(!seen.has(key), `${p.fr} and ${seen.get(key)}`);
      seen.set(key, p.fr);
    }
  });

  describe('when French applies', () => {
    const ENGLISH = [
      'Age: 14 y\nHPI: LBP, hockey player, pas defect suspected on films. No fever.\nOrder: XR L-spine',
      'Pt: 9 y F, seen with Dr. Sans (peds). Back pain x 2 wk, mal-rotation hx.\nOrder: XR L-spine',
      'Age: 6 mo\nFindings: sacral dimple; echo done at birth for murmur, normal.\nHx: ANS dysfunction in mother.\nOrder: US spine',
      'Age: 12 y\nHPI: back pain; family from Montreal, dad says "mal de dos".\nOrder: XR L-spine',
      'Pt: 10 y M\nHPI: back pain since the hockey tournament chez his cousins; no fever.\nOrder: XR L-spine',
    ];
    for (const t of ENGLISH) it(`an English note is read as written: ${JSON.stringify(t.slice(0, 60))}`, () => assert.equal(languageView(t), t));
    it('a Spanish note stays Spanish ("que", "con" are no French cue that could win)', () => {
      const t = '2 años, niño. Mamá refiere que gotea orina. Dolor de espalda.\nPlan: resonancia de columna lumbar con contraste';
      const v = languageView(t);
      assert.match(v, /dribbling/);
      assert.equal(order(t), 'mri-area-with');
    });
    it('one French word in an English note changes nothing ("depuis", "ans")', () => {
      for (const t of ['Age: 8 y\nHPI: LBP depuis 2 wk per mom\nOrder: XR L-spine', 'Age: 8 y\nHPI: LBP 2 wk, ANS normal\nOrder: XR L-spine']) assert.equal(languageView(t), t);
    });
    it('accents may be missing: "fievre", "echo", "fossette sacree", "bebe"', () => {
      const t = 'Bebe de 3 mois. Fossette sacree profonde, pas de fievre.\nPlan : echo colonne lombaire';
      assert.ok(present(t, 'sacral-dimple'));
      assert.ok(absent(t, 'fever'));
      assert.equal(age(t), 3);
      assert.equal(order(t), 'us-area');
    });
  });

  describe('ages and the child', () => {
    it('"19 ans F", "5 mois F", "2 jours de vie", "Garçon de 15 ans", "Visite de 9 mois", "Fille 11 ans"', () => {
      assert.equal(age('Sans rendez-vous – 19 ans F, étudiante. Mal de dos depuis 4 jours.'), 228);
      assert.equal(age('Pt: 5 mois F – touffe de poils au bas du dos, pas de fièvre.'), 5);
      assert.ok(near(age('Bébé garçon, 2 jours de vie, né à terme. Fossette sacrée, pas de touffe de poils.'), 0.07));
      assert.equal(age('Garçon de 15 ans. Douleur lombaire depuis 7 semaines, pas de fièvre.'), 180);
      assert.equal(age('Visite de 9 mois – pédiatre\nPetite fossette sacrée, pas de poils.'), 9);
      assert.equal(age('Fille 11 ans. Douleur dorsolombaire depuis 6 semaines, afébrile.'), 132);
      assert.equal(age('Nourrisson de 6 semaines, fossette sacrée avec touffe de poils.') !== undefined, true);
      assert.equal(age('Enfant de 4 ans, garcon. Douleur lombaire, pas de fievre.'), 48);
    });
    it('a duration or a past time is no age: "depuis 3 mois", "faite à 6 sem", "il y a 2 sem", "né à 36 sem"', () => {
      assert.equal(age('Garçon avec douleur lombaire depuis 3 mois, pas de fièvre.'), undefined);
      assert.equal(age('Bébé avec fossette sacrée. Échographie faite à 6 sem: normale. Pas de fièvre.'), undefined);
      assert.equal(age('Fille, douleur lombaire. Radiographies il y a 2 sem: normales.'), undefined);
      assert.equal(age('Bébé né à 36 sem, fossette sacrée profonde, pas de touffe de poils.'), undefined);
    });
    it('a later visit is no age: "réévaluer à la visite de 12 mois" after "Visite de 9 mois"', () =>
      assert.equal(age('Visite de 9 mois – pédiatre\nFossette sacrée, pas de poils.\nPlan : réévaluer la fossette à la visite de 12 mois.'), 9));
  });

  describe('skin markers', () => {
    it('"fossette sacrée", "touffe de poils", "touffe de cheveux", "hémangiome", "lipome", "masse molle", "tache pigmentaire"', () => {
      assert.ok(present('3 mois M. Fossette sacrée de 3 mm, pas de fièvre.', 'sacral-dimple'));
      assert.ok(present('5 mois F. Touffe de poils au bas du dos, pas de fièvre.', 'hair-tuft'));
      assert.ok(present('5 mois F. Touffe de cheveux foncés, ligne médiane au niveau L5, pas de fossette.', 'hair-tuft'));
      assert.ok(present('4 mois. Hémangiome lombosacré médian, pas de fossette.', 'hemangioma'));
      assert.ok(present('3 mois M. Lipome sous-cutané lombosacré, pas de fossette.', 'lipoma'));
      assert.ok(present('3 mois M. Masse molle lombosacrée médiane ~3 cm, connue depuis la naissance.', 'lipoma'));
      assert.ok(present('2 mois F. Tache pigmentaire au bas du dos, pas de fossette.', 'discoloration'));
    });
    it('negated: "Pas de touffe de poils, pas de lipome, pas d\'hémangiome", "sans tache pigmentaire", "aucune masse"', () => {
      const t = 'Bébé garçon, 2 jours de vie. Fossette sacrée. Pas de touffe de poils, pas de lipome, pas d’hémangiome, sans tache pigmentaire, aucune masse.';
      for (const id of ['hair-tuft', 'lipoma', 'hemangioma', 'discoloration']) assert.ok(absent(t, id), id);
      assert.ok(present(t, 'sacral-dimple'));
    });
    it('a simple dimple is described in French: "unique de 3 mm, dans le pli interfessier, à 1,5 cm de l\'anus, fond visible (pas profonde)"', () => {
      const r = readNote(
        'Bébé garçon, 2 jours de vie.\nExam: fossette sacrée unique de 3 mm, dans le pli interfessier, à 1,5 cm de l’anus, fond visible (pas profonde).\nNeuro: tonus N, réflexes N.\nPlan : échographie lombaire demandée.',
      );
      assert.equal(r.facts.dimple?.sizeMm, 3);
      assert.equal(r.facts.dimple?.distanceCm, 1.5);
      assert.equal(r.facts.dimple?.position, 'within-cleft');
      assert.equal(r.facts.dimple?.deep, false);
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
  });

  describe('back pain', () => {
    for (const t of ['douleur lombaire', 'douleur dorsale', 'douleur dorsolombaire', 'mal de dos', 'LBP', 'lombalgie', 'douleurs lombaires'])
      it(`"${t}" is back pain`, () => assert.ok(category(`Garçon de 12 ans. ${t} depuis 2 semaines, pas de fièvre.`, 'back-pain')));
    it('"pas de douleur lombaire" is none', () => assert.ok(!category('Fille de 3 mois. Fossette sacrée. Pas de douleur lombaire, pas de fièvre.', 'back-pain')));
  });

  describe('red flags', () => {
    it('present: "fièvre", "perte de poids", "la réveille la nuit", "irradiant à la jambe", "sciatalgie"', () => {
      assert.ok(present('Garçon de 9 ans, douleur lombaire avec fièvre à 39 depuis 3 jours.', 'fever'));
      assert.ok(present('Fille de 13 ans, douleur lombaire, perte de poids de 4 kg depuis 2 mois.', 'weight-loss'));
      assert.ok(present('Fille 11 ans. Douleur dorsolombaire depuis 6 semaines, la réveille la nuit. Afébrile.', 'night-pain'));
      assert.ok(present('Garçon de 15 ans. LBP depuis 7 semaines, irradiant à la jambe G jusqu’au pied. Pas de fièvre.', 'radicular-pain'));
      assert.ok(present('Garçon de 16 ans. Lombalgie avec sciatalgie droite. Pas de fièvre.', 'radicular-pain'));
    });
    it('absent: "afébrile", "pas de perte de poids", "pas de douleur la nuit", "pas d\'irradiation dans les jambes", "sans fièvre"', () => {
      const t = '14 ans M. LBP depuis 2 sem. Afébrile, pas de perte de poids, pas de douleur la nuit, pas d’irradiation dans les jambes.';
      for (const id of ['fever', 'weight-loss', 'night-pain', 'radicular-pain']) assert.ok(absent(t, id), id);
      assert.ok(absent('14 ans M. Mal de dos depuis 2 sem, sans fièvre.', 'fever'));
      assert.equal(readNote(t).scenario, 'back-pain-no-red-flags');
    });
  });

  describe('the exam', () => {
    it('normal: "Neuro N", "tonus N, réflexes N", "Force 5/5, sensibilité normale, ROT symétriques", "normal pour l\'âge"', () => {
      assert.equal(neuro('14 ans M. LBP depuis 2 sem, pas de fièvre.\nExam: pas de sensibilité des apophyses épineuses. Neuro N.'), 'normal');
      assert.equal(neuro('Bébé de 2 jours de vie, fossette sacrée.\nNeuro: tonus N, réflexes N, bouge bien les 2 jambes.'), 'normal');
      assert.equal(neuro('Garçon de 15 ans, LBP.\nExam: Force 5/5, sensibilité normale, ROT symétriques.'), 'normal');
      assert.equal(neuro('Visite de 9 mois. Fossette sacrée.\nNeuro: normal pour l’âge.'), 'normal');
      assert.equal(neuro('5 mois F. Touffe de poils. Bouge ses MI symétriquement, ROT présents et symétriques.'), 'normal');
    });
    it('not normal: "Neuro: N/A" is not made "nl", "ROT vifs à G", "faiblesse de la jambe G"; unknown: "Neuro pas examiné"', () => {
      assert.doesNotMatch(languageView('5 mois F. Touffe de poils, pas de fièvre.\nNeuro: N/A\nExam: tonus N/A'), /nl/);
      assert.notEqual(neuro('Garçon de 12 ans. Douleur lombaire, pas de fièvre.\nExam: ROT vifs à G, clonus.'), 'normal');
      assert.ok(category('Garçon de 12 ans. Douleur lombaire avec faiblesse de la jambe G.', 'neurologic-symptom'));
      assert.equal(neuro('Bébé de 2 mois, fossette sacrée avec touffe de poils.\nNeuro pas examiné aujourd’hui.'), 'unknown');
    });
    it('"sensibilité" after a palpation is tenderness, not sensation: "sensibilité focale à la palpation de L1"', () =>
      assert.ok(category('12 ans M, chute. Sensibilité focale à la palpation de L1, pas de douleur cervicale.', 'back-pain')));
  });

  describe('trauma', () => {
    it('"accident de ski ... a frappé un arbre" is significant', () =>
      assert.equal(trauma('12 ans M, accident de ski ce matin: a perdu le contrôle à haute vitesse et a frappé un arbre avec le dos. Douleur lombaire haute.'), 'significant'));
    it('"chute d\'un arbre" is significant; "chute de sa hauteur" is not', () => {
      assert.equal(trauma('Garçon de 10 ans, chute d’un arbre de 3 m hier. Douleur lombaire.'), 'significant');
      assert.notEqual(trauma('Fille de 8 ans, chute de sa hauteur en jouant, joue normalement depuis. Douleur lombaire.'), 'significant');
    });
    it('"pas de trauma", "pas de traumatisme" are no injury', () => {
      assert.equal(trauma('19 ans F. LBP x 4 jours. Pas de fièvre, pas de trauma.'), 'none');
      assert.equal(trauma('Garçon de 15 ans. Douleur lombaire. Pas de traumatisme, pas de fièvre.'), 'none');
    });
  });

  describe('prior studies', () => {
    it('"Échographie de la colonne (faite à 6 sem): ... → anormale" is an abnormal prior ultrasound', () =>
      assert.equal(
        priorUs('3 mois M. Masse molle lombosacrée.\nÉchographie de la colonne (faite à 6 sem): cône médullaire en L3 → anormale.\nPlan : IRM lombosacrée sans contraste'),
        'abnormal',
      ));
    it('"Radiographies colonne dorsale et lombaire il y a 2 sem: normales" makes negative radiographs', () =>
      assert.equal(
        readNote(
          'Fille 11 ans. Douleur dorsolombaire depuis 6 semaines, la réveille la nuit.\nRadiographies colonne dorsale et lombaire il y a 2 sem: normales.\nPlan : IRM colonne complète sans contraste.',
        ).scenario,
        'back-pain-red-flags-negative-radiographs',
      ));
  });

  describe('orders', () => {
    const O: [string, string][] = [
      ['IRM colonne lombaire sans contraste', 'mri-area-without'],
      ['IRM colonne lombaire avec contraste', 'mri-area-with'],
      ['IRM colonne lombaire sans et avec contraste', 'mri-area-without-and-with'],
      ['IRM colonne complète sans contraste', 'mri-complete-without'],
      ['écho colonne lombaire', 'us-area'],
      ['echographie lombaire demandée', 'us-area'],
      ['radiographies colonne dorsolombaire AP/lat', 'xr-area'],
      ['scintigraphie osseuse avec SPECT de la colonne lombaire', 'bone-scan-area'],
      ['TDM colonne lombaire', 'ct-area-without'],
    ];
    for (const [plan, id] of O) it(`"${plan}" is ${id}`, () => assert.equal(order(`Garçon de 12 ans. Douleur lombaire, pas de fièvre.\nPlan : ${plan}.`), id));
    it('"Pas d\'imagerie" and "Pas d\'imagerie demandée aujourd\'hui" order nothing', () => {
      assert.equal(order('19 ans F. LBP x 4 jours, pas de fièvre.\nPlan : AINS, chaleur. Pas d’imagerie pour l’instant.'), undefined);
      assert.equal(
        order('Visite de 9 mois. Fossette sacrée.\nPlan : réévaluer. Parents préfèrent attendre avant de parler d’IRM. Pas d’imagerie demandée aujourd’hui.'),
        undefined,
      );
    });
    it('a study still to be chosen is no order: "pour décider écho vs IRM"', () =>
      assert.equal(order('Bébé, fossette sacrée avec touffe de poils.\nPlan : en discuter avec Dre B. pour décider écho vs IRM.'), undefined));
    it('"IRM si l\'écho est limitée" leaves the ultrasound the order', () =>
      assert.equal(order('5 mois F. Touffe de poils.\nPlan : écho colonne lombaire cette semaine. IRM si l’écho est limitée.'), 'us-area'));
  });

  describe('referrals', () => {
    it('"Référence en neurochirurgie pédiatrique envoyée" is a neurosurgery referral', () =>
      assert.ok(referral('3 mois M. Lipome lombosacré.\nPlan :\n- IRM lombosacrée sans contraste\n- Référence en neurochirurgie pédiatrique envoyée aujourd’hui')));
    it('"référée par son MD de famille" and "référence en neurochirurgie si IRM anormale" are none', () => {
      assert.ok(!referral('Pt: 5 mois F – référée par son MD de famille pour touffe de poils.\nPlan : écho colonne lombaire.'));
      assert.ok(!referral('5 mois F. Touffe de poils.\nPlan : IRM colonne lombaire. Référence en neurochirurgie si IRM anormale.'));
    });
  });
});
