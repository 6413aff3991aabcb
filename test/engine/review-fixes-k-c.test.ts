/**
 * Review k, area c: the French-English language view (clinical/language.ts, the `french` table of
 * server/knowledge/language-vocabulary.json). Each case was read wrongly by the view as merged.
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const hit = (text: string, id: string, present: boolean) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present === present);
const present = (text: string, id: string) => hit(text, id, true);
const absent = (text: string, id: string) => hit(text, id, false) && !hit(text, id, true);
const neuro = (text: string) => readNote(text).facts.neuro.state;
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;

describe('review k-c: French notes read through the language view', () => {
  describe('"sensibilité" that tells the sensation is no tenderness', () => {
    for (const exam of ['sensibilité L5 diminuée à G. Force 5/5.', 'sensibilité L4-L5-S1 diminuée à droite.', 'sensibilité à la piqûre diminuée jambe G.'])
      it(`"${exam}" is a sensory deficit`, () => {
        const t = `Pt : 13 ans M. Douleur lombaire depuis 3 sem, pas de fièvre.\nExam : ${exam}\nPlan : radiographies colonne lombaire.`;
        const r = readNote(t);
        assert.equal(r.facts.neuro.state, 'abnormal');
        assert.ok(!r.facts.hits.some((h) => h.finding.category === 'back-pain' && /^sensibilit/i.test(t.slice(h.span.start - r.note.start, h.span.end - r.note.start))));
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
    it('tenderness stays tenderness: "sensibilité L3 à la palpation", "sensibilité à la palpation de L3 et sensibilité normale aux MI"', () => {
      assert.match(languageView('Pt : 14 ans M. Douleur lombaire.\nExam : sensibilité L3 à la palpation. Neuro N.'), /tenderness L3/);
      const t = 'Pt : 14 ans M, chute de vélo. Douleur lombaire.\nExam : sensibilité à la palpation de L3 et sensibilité normale aux MI.';
      assert.match(languageView(t), /tenderness {17}of L3 & {2}sensation {3}normal/);
      assert.equal(neuro(t), 'normal');
    });
  });

  describe('an exam not done is no "N" for normal', () => {
    for (const line of ['Neuro : N/A', 'Neuro: N/D', 'Neuro : N/D', 'Exam : Examen neuro N/A.', 'Exam : neuro : N/A car patient non collaborant.'])
      it(`"${line}"`, () => {
        const t = `Pt : 10 ans M. Douleur lombaire depuis 3 sem, pas de fièvre.\n${line}\nPlan : radiographies colonne lombaire.`;
        assert.notEqual(neuro(t), 'normal');
        assert.doesNotMatch(languageView(t), /nl/);
      });
    it('"Neuro : N" is still normal', () => assert.equal(neuro('Pt : 10 ans M. Douleur lombaire depuis 3 sem, pas de fièvre.\nNeuro : N\nPlan : radiographies.'), 'normal'));
  });

  describe('an ultrasound of another organ is no spinal ultrasound', () => {
    it('"écho des hanches demandée" orders no spinal ultrasound', () =>
      assert.equal(order('Pt : bébé de 2 mois. Fossette sacrée avec hémangiome.\nPlan : écho des hanches demandée. Écho colonne à discuter.'), undefined));
    for (const prior of ['Écho rénale faite à 3 sem : normale.', 'Écho abdominale normale.', 'Écho transfontanellaire faite à 1 mois : normale.'])
      it(`"${prior}" is no prior spinal ultrasound: MRI first in a young infant is still flagged`, () => {
        const r = readNote(`Pt : bébé de 2 mois, fossette sacrée profonde, pas de fièvre.\n${prior}\nPlan : IRM lombaire.`);
        assert.equal(r.facts.prior.length, 0);
        assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join());
      });
  });

  it('"Fracture du poignet à 6 ans" is a fracture of another bone, no spinal trauma', () => {
    const r = readNote('Pt : fille de 14 ans. Douleur lombaire. Fracture du poignet à 6 ans. Pas de fièvre.\nPlan : radiographies colonne lombaire.');
    assert.notEqual(r.facts.trauma.significance, 'significant');
    assert.notEqual(r.scenario, 'spine-trauma-thoracolumbar');
  });

  it('"Ne bouge pas la jambe G" is a deficit', () =>
    assert.equal(neuro('Pt : fille de 12 ans. Douleur lombaire depuis 2 mois. Ne bouge pas la jambe G. Pas de fièvre.\nPlan : IRM colonne lombaire.'), 'abnormal'));

  describe('negation: "jamais" denies, "mais" ends a denial', () => {
    for (const s of ["N'a jamais fait de fièvre.", 'Jamais de fièvre.'])
      it(`"${s}" denies fever`, () => {
        const t = `Pt : 13 ans F. Douleur lombaire depuis 3 sem. ${s}\nPlan : radiographies colonne lombaire.`;
        assert.ok(absent(t, 'fever'));
        assert.equal(readNote(t).scenario, 'back-pain-no-red-flags');
      });
    for (const s of ['Pas de fièvre mais perte de poids de 3 kg.', 'Sans fièvre mais avec perte de poids.'])
      it(`"${s}" asserts weight loss`, () => {
        const t = `Pt : 14 ans M. Douleur lombaire depuis 3 sem. ${s}\nPlan : IRM colonne lombaire.`;
        assert.ok(present(t, 'weight-loss'));
        assert.ok(absent(t, 'fever'));
      });
  });

  it('a name after a title is no French word: "vu par Dr Sans pour douleur lombaire et fièvre"', () => {
    const t = 'Pt : 14 ans M, vu par Dr Sans pour douleur lombaire et fièvre.\nPlan : IRM colonne lombaire.';
    assert.ok(present(t, 'fever'));
    assert.ok(present(t, 'back-pain'));
    assert.match(languageView('Pt : 14 ans M. Douleur lombaire. Pas de fièvre. Vu par Dre Pas en ortho.'), /Dre Pas/);
  });

  describe('an elided "d\'" leaves the next word whole', () => {
    it('"demande d\'IRM colonne lombaire (faite)" orders the MRI', () => {
      assert.equal(order("Pt : 12 ans M. Douleur lombaire depuis 8 sem, la réveille la nuit.\nPlan : demande d'IRM colonne lombaire faite."), 'mri-area-without');
      assert.equal(order("Pt : 12 ans M. Douleur lombaire depuis 8 sem, la réveille la nuit.\nPlan : demande d'IRM colonne lombaire."), 'mri-area-without');
    });
    it('"présence d\'hémangiome" is a hemangioma', () =>
      assert.ok(present("Pt : 3 mois F. Fossette sacrée et présence d'hémangiome lombaire.\nPlan : écho colonne lombaire.", 'hemangioma')));
  });
});
