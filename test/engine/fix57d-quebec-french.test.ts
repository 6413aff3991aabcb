/**
 * Round 57 (fix57d): Quebec francophones' words the French table (server/knowledge/language-vocabulary.json,
 * `french`) did not hold: a dimple told 'non profonde' / 'peu profonde', the charting shorthand 'dlr' for
 * 'douleur' before a back site, recurrent urinary infections told 'IVU récidivantes', and a sibling 'avec' a
 * finding. Each is data; no English negation or experiencer rule is loosened for French.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const facts = (text: string) => readNote(text).facts;
const hitOf = (text: string, id: string) => facts(text).hits.find((h) => h.finding.id === id);
const deep = (text: string) => facts(text).dimple?.deep;
const scenario = (text: string) => readNote(text).scenario;

const dimpleNote = (depth: string) => `Nourrisson de 4 mois, garçon. Fossette sacrée de 3 mm dans le pli fessier, à 1 cm de l’anus, ${depth}. Neuro N.\nÉcho lombaire demandée.`;

describe('fix57d: Quebec French words the table did not hold', () => {
  describe("a dimple told 'non profonde' or 'peu profonde' is not deep", () => {
    it("'non profonde' is read as 'not deep' (the dimple is simple)", () => {
      assert.equal(deep(dimpleNote('non profonde')), false);
    });
    it("'non profond' (masculine) too", () => {
      assert.equal(deep(dimpleNote('non profond')), false);
    });
    it("'peu profonde' is shallow, not deep", () => {
      assert.equal(deep(dimpleNote('peu profonde')), false);
    });
    it("'profonde' alone stays deep", () => {
      assert.equal(deep(dimpleNote('profonde')), true);
    });
    it("'profonde, fond non visualisé' stays deep: the 'non' belongs to the base, not the depth", () => {
      assert.equal(deep(dimpleNote('profonde, fond non visualisé')), true);
    });
  });

  describe("'dlr' (douleur) before a back site is back pain", () => {
    const pain = (text: string) => hitOf(text, 'back-pain');
    it("'Dlr lombaire depuis 2 sem' is the child's low back pain", () => {
      const h = pain('13 ans, garçon, joue au hockey. Dlr lombaire depuis 2 sem, pire au jeu. Apyrétique. Neuro normal.\nIRM lombaire demandée.');
      assert.ok(h?.present);
    });
    it("'dlr au dos' and 'dlr dorsale' too", () => {
      assert.ok(pain('11 ans, fille. Dlr au dos depuis 3 semaines. Pas de fièvre. Neuro normal.\nRX colonne demandée.')?.present);
      assert.ok(pain('11 ans, fille. Dlr dorsale depuis 3 semaines. Pas de fièvre. Neuro normal.\nRX colonne demandée.')?.present);
    });
    it("a ballet dancer's mechanical 'dlr lombaire' is back pain from overuse", () => {
      assert.equal(scenario('12 ans, danseuse de ballet 12 h/sem. Dlr lombaire depuis 1 sem, mécanique. Apyrétique. Neuro normal.\nIRM lombaire demandée.'), 'back-pain-overuse');
    });
    it("'Pas de dlr lombaire' is denied", () => {
      const h = pain('14 ans, garçon. Pas de dlr lombaire. Toux depuis 3 jours. Neuro normal.\nRX colonne lombaire demandée.');
      assert.ok(h && !h.present && h.context.negated);
    });
    it("a mother's 'dlr lombaire' is hers, not the child's", () => {
      const h = pain('14 ans, garçon, hockey. Maman a une dlr lombaire chronique. Neuro normal.\nRX colonne lombaire demandée.');
      assert.ok(h && !h.present);
    });
    it("'dlr' alone, with no back site, is not read as back pain", () => {
      assert.equal(pain('9 ans, fille. Dlr abdominale depuis 2 jours. Pas de fièvre. Neuro normal.\nRX colonne demandée.')?.present ?? false, false);
    });
  });

  describe("recurrent urinary infections told 'IVU récidivantes'", () => {
    const base = (line: string) => `3 mois F\n- fossette sacrée 3 mm, dans le pli interfessier, 1 cm de l’anus, fond visible\n- ${line}\n- neuro N\nÉcho lombaire demandée`;
    it("the child's 'IVU récidivantes' is a urologic symptom with her dimple (escalation)", () => {
      const r = readNote(base('pyélonéphrite x2, IVU récidivantes'));
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'abnormal-voiding' && h.present));
      assert.ok(r.rules.includes('escalation-referral'));
    });
    it("'IVU récurrentes' too", () => {
      assert.ok(hitOf(base('IVU récurrentes'), 'abnormal-voiding')?.present);
    });
    it("'Pas d’IVU récidivantes' is denied", () => {
      const h = hitOf(base('Pas d’IVU récidivantes'), 'abnormal-voiding');
      assert.ok(h && !h.present);
    });
    it("a sister's or brother's ('Sœur avec', 'Soeur avec', 'Frère avec') are the sibling's, not the child's", () => {
      for (const who of ['Sœur avec IVU récidivantes', 'Soeur avec IVU à répétition', 'Frère avec IVU récidivantes']) {
        const h = hitOf(base(who), 'abnormal-voiding');
        assert.ok(h && !h.present && h.context.experiencer !== 'patient', who);
      }
    });
  });
  describe("'écho lombaire' in an English note with too few French words for the French table", () => {
    const order = (text: string) => facts(text).order?.reading.procedure?.id;
    it("'Please book echo lombaire' (unaccented) orders a spinal ultrasound", () => {
      assert.equal(order('Re: sacral dimple 4 mm, referred by the NP. Please book echo lombaire.'), 'us-area');
    });
    it("'écho lombaire' with its result is a prior spinal US, not the order", () => {
      const f = facts('3 mo girl. Sacral dimple 3 mm in cleft, 1 cm from anus. Écho lombaire at 6 wk: normal. Neuro nl.\nMRI L-spine please.');
      assert.equal(f.prior.find((p) => p.modality === 'US')?.result, 'normal');
      assert.equal(f.order?.reading.procedure?.id, 'mri-area-without');
    });
    it("'No need for echo lombaire' orders nothing", () => {
      assert.equal(order('Re: sacral dimple 4 mm. No need for echo lombaire. Parents reassured.'), undefined);
    });
    it("'echo' alone or of the heart stays no spinal study ('Echo cardiaque please', 'echo please')", () => {
      assert.equal(order('Re: 3 mo boy, sacral dimple. Murmur. Echo cardiaque please.'), undefined);
      assert.equal(order('Re: 3 mo boy, sacral dimple. Murmur. Echo please.'), undefined);
    });
  });
});
