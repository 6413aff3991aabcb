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
    it("'Pas de dlr lombaire' is no back pain of the child's (after review r57 'dlr' is read only heading its clause: unread)", () => {
      assert.equal(pain('14 ans, garçon. Pas de dlr lombaire. Toux depuis 3 jours. Neuro normal.\nRX colonne lombaire demandée.')?.present ?? false, false);
    });
    it("a mother's 'dlr lombaire' is hers, not the child's", () => {
      assert.equal(pain('14 ans, garçon, hockey. Maman a une dlr lombaire chronique. Neuro normal.\nRX colonne lombaire demandée.')?.present ?? false, false);
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
        assert.equal(hitOf(base(who), 'abnormal-voiding')?.present ?? false, false, who);
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
  describe('after review r57: the look-alikes each reading refuses', () => {
    const pain = (text: string) => hitOf(text, 'back-pain')?.present ?? false;
    const voiding = (line: string) =>
      hitOf(`2 mois M\n- fossette sacrée 2 mm, dans le pli, 1 cm de l’anus, fond vu\n- ${line}\n- neuro N\nÉcho lombaire demandée`, 'abnormal-voiding')?.present ?? false;
    const order = (text: string) => facts(text).order?.reading.procedure?.id;

    it("'un peu profonde' (somewhat deep) is deep, not 'peu profonde' (shallow)", () => {
      assert.equal(deep(dimpleNote('un peu profonde')), true);
      assert.equal(deep('Bébé 4 mois, fille. Fossette un peu profonde dans le pli, 2 mm, à 1 cm de l’anus. Neuro N.\nÉcho lombaire svp.'), true);
    });
    it("'très peu profonde' stays shallow", () => {
      assert.equal(deep(dimpleNote('très peu profonde')), false);
    });
    it('an earlier "non profonde" yields to an examiner who found it deep', () => {
      const note = (s: string) => `Nourrisson 4 mois, garçon. Fossette sacrée 2 mm dans le pli, à 1 cm de l’anus. ${s} Neuro N.\nÉcho lombaire demandée.`;
      assert.equal(deep(note('Notée non profonde par l’infirmière, mais profonde à mon examen.')), true);
      assert.equal(deep(note('Peu profonde selon papa; à mon examen elle est profonde, fond non vu.')), true);
    });
    it("a relative's deep dimple leaves the child's 'peu profonde' shallow", () => {
      assert.equal(
        deep('Nourrisson 3 mois, fille. Sœur avec fossette profonde (écho N). Bébé: fossette 2 mm dans le pli, à 1 cm de l’anus, peu profonde. Neuro N.\nÉcho lombaire demandée.'),
        false,
      );
    });
    it("'dlr au dos' / 'dlr dorsale' of a foot, a hand or a wrist is not back pain", () => {
      const note = (s: string) => `12 ans, fille. Asymétrie des épaules au dépistage. ${s} depuis 1 sem. Pas de fièvre. Neuro normal.\nRX colonne complète demandée.`;
      for (const s of ['Dlr au dos du pied droit', 'Dlr dorsale du pied gauche', 'Dlr au dos de la main', 'Dlr dorsale du poignet droit', 'Dlr au dos des orteils'])
        assert.equal(pain(note(s)), false, s);
    });
    it("another person's 'dlr lombaire' is not the child's (a sibling, a twin, a teammate, a mother's quoted worry)", () => {
      const note = (s: string) => `13 ans, garçon. Scoliose au dépistage scolaire. ${s} Pas de fièvre. Neuro normal.\nRX colonne complète demandée.`;
      for (const s of [
        'Frère a une dlr lombaire.',
        'Son jumeau a une dlr au dos depuis 2 sem.',
        'Sa coéquipière a une dlr lombaire (spondylolyse).',
        'Papa: « va-t-il avoir des dlrs lombaires? »',
        'Sœur: dlr lombaire chronique.',
      ])
        assert.equal(pain(note(s)), false, s);
    });
    it("a past 'dlr lombaire' with none since is not back pain now", () => {
      assert.equal(pain('15 ans, fille. Dlr lombaire l’an dernier (chute à vélo), aucune depuis. Scoliose au dépistage. Neuro normal.\nRX colonne complète demandée.'), false);
    });
    it("the child's 'Dlr lombaire' heading its clause is still read", () => {
      assert.ok(pain('Motif: dlr lombaire depuis 3 sem, mécanique. Apyrétique. Neuro normal. 14 ans, gymnaste.\nIRM lombaire demandée.'));
    });
    it("someone else's, a past or an asked 'IVU récidivantes' is no urologic symptom of the child's", () => {
      for (const s of [
        'Frère a eu des IVU récidivantes',
        'ATCD familiaux: IVU récidivantes chez le frère',
        'Son jumeau a des IVU récurrentes',
        'Sœur aînée suivie en néphro pour IVU récidivantes',
        'IVU récidivantes? une seule IVU à 1 mois',
        'IVU récurrentes chez la cousine, aucune chez bébé',
        'Grossesse: IVU récidivantes chez la mère',
      ])
        assert.equal(voiding(s), false, s);
    });
    it("the child's '(IVU récidivantes)' in a bracket is still read", () => {
      assert.ok(voiding('3e pyélo en 2 mois (IVU récidivantes)'));
    });
    it("'sœur avec qui' is the sister beside the child, not the sister's finding: the child's fall stays the child's", () => {
      const r = readNote(
        '13 ans, M. Trampoline hier: son frère avec qui il sautait est tombé sur son dos. Dlr lombaire depuis, sensibilité L3. Neuro normal.\nRX colonne lombaire demandée.',
      );
      assert.equal(r.scenario, 'spine-trauma-thoracolumbar');
    });
    it("'echo lombaire' in an English note asked, offered as a choice, or ordered before by someone else is no order", () => {
      const note = (s: string) => `Re: 2 mo F, sacral dimple 3 mm in cleft, 1 cm from anus, base seen. Neuro nl. ${s}`;
      assert.equal(order(note('Is echo lombaire needed? Please advise.')), undefined);
      assert.equal(order(note('Q: echo lombaire or just follow-up?')), undefined);
      assert.equal(order(note('Echo lombaire versus watchful waiting, to discuss next visit.')), undefined);
      assert.equal(order(note('Echo lombaire booked by the GP last month, not done. Dad now asks for MRI L-spine; ordered.')), 'mri-area-without');
    });
  });
});
