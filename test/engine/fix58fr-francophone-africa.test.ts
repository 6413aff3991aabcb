/**
 * Round 58 (fix58fr): French as doctors trained in francophone Africa and Haiti write it, wholly or between
 * English words. Every reading is data in the existing French table (server/knowledge/language-vocabulary.json,
 * `french`) or in the existing key and relative lists (reading-vocabulary unknownKeys.readAs, context-lexicon's
 * 'other' trigger); no English rule is loosened for French. Each reading is pinned with the near misses it must
 * refuse: a relative's, a negated, a past or a conditional finding, and a neighbouring word that is not the finding.
 */
import * as assert from 'node:assert/strict';
import { ageOf, orderOf, presentIn, readNote, traumaOf } from '../helpers';

const hitOf = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.find((h) => h.finding.id === id);

describe('fix58fr: francophone African and Haitian French', () => {
  describe("an age told 'tout juste' (just, exactly)", () => {
    it("'5 mois tout juste' is 5 months", () => {
      assert.equal(
        ageOf('Je vous adresse le petit Moussa, 5 mois tout juste (né le 03/07), pour une fossette sacrée profonde. Neuro normal.', 'Échographie du rachis lombaire demandée.'),
        5,
      );
    });
    it("'12 ans tout juste' is 12 years", () => {
      assert.equal(ageOf('Garçon, 12 ans tout juste. Douleur lombaire depuis 3 semaines. Pas de fièvre. Neuro normal.', 'Rx rachis lombaire demandée.'), 144);
    });
    it("a mother's '30 ans tout juste' is not the child's age", () => {
      const age = ageOf('Nourrisson, fille. Maman 30 ans tout juste. Fossette sacrée profonde. Neuro normal.', 'Échographie du rachis lombaire demandée.');
      assert.notEqual(age, 360);
    });
  });

  describe("'douleurs du dos' and 'douleurs au dos' are back pain", () => {
    it("'fébrile avec douleurs du dos' is back pain with fever", () => {
      assert.ok(presentIn('back-pain', 'Garçon 9 ans, fébrile à 39 °C depuis 5 jours avec douleurs du dos. Neuro normal.', 'IRM rachis lombaire demandée.'));
    });
    it("'douleur du dos du pied' is the back of a foot, not the back", () => {
      assert.equal(presentIn('back-pain', 'Fille 10 ans. Douleur du dos du pied droit depuis une chute. Pas de fièvre. Neuro normal.', 'Rx rachis lombaire demandée.'), false);
    });
    it("'Pas de douleurs du dos' is no back pain", () => {
      assert.equal(presentIn('back-pain', 'Garçon 6 ans. Marche sur la pointe des pieds. Pas de douleurs du dos. Neuro normal.', 'Rx rachis lombaire demandée.'), false);
    });
  });

  describe("pain that 'la réveillent la nuit' (plural verb) is night pain", () => {
    it("'douleurs lombaires qui le réveillent la nuit' is night pain", () => {
      assert.ok(presentIn('night-pain', 'Garçon 13 ans, douleurs lombaires qui le réveillent la nuit depuis 1 mois. Apyrétique. Neuro normal.', 'Rx rachis lombaire demandée.'));
    });
    it("'qui ne la réveillent pas la nuit' is no night pain", () => {
      assert.equal(
        presentIn('night-pain', 'Fille 13 ans, douleurs lombaires mécaniques qui ne la réveillent pas la nuit. Apyrétique. Neuro normal.', 'Rx rachis lombaire demandée.'),
        false,
      );
    });
  });

  describe("a back pain told 'continue' is constant", () => {
    it("'douleur lombaire continue' is a constant pain", () => {
      assert.ok(presentIn('constant-pain', 'Fille 14 ans. Douleur lombaire continue depuis 3 semaines, même au repos. Neuro normal.', 'Rx rachis lombaire demandée.'));
    });
    it("'douleurs dorsales continues' too", () => {
      assert.ok(presentIn('constant-pain', 'Garçon 15 ans. Douleurs dorsales continues depuis 10 jours. Neuro normal.', 'Rx rachis dorsal demandée.'));
    });
    it("'la douleur ne cède jamais' is a pain that never goes away", () => {
      assert.ok(presentIn('constant-pain', 'Garçon 15 ans, mal au dos depuis 2 semaines; la douleur ne cède jamais. Neuro normal.', 'Rx rachis lombaire demandée.'));
    });
    it("'la fièvre ne cède jamais' is no constant pain", () => {
      assert.equal(presentIn('constant-pain', 'Garçon 15 ans, mal au dos depuis 2 semaines; la fièvre ne cède jamais. Neuro normal.', 'Rx rachis lombaire demandée.'), false);
    });
    it("'pas de douleur dorsale continue' is no constant pain", () => {
      assert.equal(presentIn('constant-pain', 'Garçon 12 ans, mal au dos après le foot. Pas de douleur dorsale continue. Neuro normal.', 'Rx rachis lombaire demandée.'), false);
    });
  });

  describe("a fear of metastases ('on craint des métastases') is a suspected tumour", () => {
    it('after a treated sarcoma, a feared metastasis with back pain is the infection-or-tumour scenario', () => {
      assert.equal(
        readNote(
          'Garçon 15 ans, ATCD de sarcome d’Ewing traité en 2021, en rémission. Douleur lombaire depuis 1 mois. Neuro normal. On craint des métastases.',
          'IRM rachis entier demandée.',
        ).scenario,
        'back-pain-infection-tumor',
      );
    });
    it("'on ne craint pas de métastases' raises no suspicion", () => {
      assert.equal(
        presentIn(
          'suspected-infection-tumor',
          'Garçon 15 ans, douleur lombaire mécanique après le sport. Neuro normal. On ne craint pas de métastases.',
          'Rx rachis lombaire demandée.',
        ),
        false,
      );
    });
  });

  describe('injuries: a vehicle that struck the child, a back injury of unknown circumstances, a bump', () => {
    it("a passenger's motorbike 'percutée par' a bus is a significant mechanism", () => {
      assert.equal(
        traumaOf('Garçon 14 ans, passager d’une moto percutée par un bus ce matin. Douleur lombaire, sensibilité des épineuses. Neuro intact.', 'TDM rachis lombaire demandée.'),
        'significant',
      );
    });
    it("a brother 'percuté par une voiture' is the brother's injury, not the child's", () => {
      assert.notEqual(
        traumaOf('Fille 12 ans. Son frère a été percuté par une voiture. Douleur lombaire depuis 2 semaines. Pas de fièvre. Neuro normal.', 'Rx rachis lombaire demandée.'),
        'significant',
      );
    });
    it("a sister 'percutée par une voiture l'an dernier' is hers", () => {
      assert.notEqual(
        traumaOf('Fille 12 ans. Sa sœur a été percutée par une voiture l’an dernier. Douleur lombaire depuis 2 semaines. Neuro normal.', 'Rx rachis lombaire demandée.'),
        'significant',
      );
    });
    it("'Blessure au dos (circonstances non précisées)' leaves the mechanism unclear", () => {
      assert.equal(
        traumaOf('Fille 13 ans. Blessure au dos il y a 3 semaines (circonstances non précisées), douleur depuis. Neuro normal.', 'Rx rachis lombaire demandée.'),
        'unclear',
      );
    });
    it("'Pas de blessure au dos' is no injury", () => {
      assert.equal(traumaOf('Garçon 12 ans. Pas de blessure au dos. Douleur lombaire depuis 2 semaines. Neuro normal.', 'Rx rachis lombaire demandée.'), 'none');
    });
    it("'s'est cogné le dos contre la chaise' is a trivial bump, and its 'petite bosse' is a bruise-lump, no marker", () => {
      const r = readNote(
        '7 ans, M. S’est cogné le dos contre la chaise hier, petite bosse; joue normalement. Se plaint un peu du dos. Examen normal y compris neuro.',
        'Rx rachis lombaire demandée par les parents.',
      );
      assert.equal(r.facts.trauma.significance, 'trivial');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
      assert.ok(!r.facts.hits.some((h) => h.finding.category === 'cutaneous-marker' && h.present));
    });
    it("a 'petite bosse' there since birth, with no bump told, stays a lump over the spine", () => {
      assert.ok(presentIn('lipoma', 'Nourrisson 3 mois. Petite bosse molle lombaire depuis la naissance. Neuro normal.', 'Échographie du rachis lombaire demandée.'));
    });
  });

  describe('the child brought by a parent for the complaint', () => {
    it("'amené par sa maman pour mal au dos' is the child's back pain", () => {
      assert.ok(presentIn('back-pain', 'Garçon de 9 ans. L’enfant est amené par sa maman pour mal au dos depuis 4 jours. Pas de fièvre. Examen normal.'));
    });
    it("'amené par sa maman qui a mal au dos' is the mother's back pain", () => {
      assert.equal(
        presentIn('back-pain', 'Garçon de 9 ans. L’enfant est amené par sa maman qui a mal au dos depuis 4 jours. Pas de fièvre. Examen normal.', 'Rx rachis lombaire demandée.'),
        false,
      );
    });
  });

  describe('orders', () => {
    it("'Merci de réaliser une IRM panrachidienne sans et avec injection' orders a whole-spine MRI without and with contrast", () => {
      assert.equal(
        orderOf(
          'Enfant fébrile depuis 10 jours avec douleurs du dos. Suspicion de spondylodiscite. Neuro normal.',
          'Merci de réaliser une IRM panrachidienne sans et avec injection.',
        ),
        'mri-complete-without-and-with',
      );
    });
    it("'=> IRM panrachidienne … en urgence' after an infected sinus is the order", () => {
      assert.equal(
        orderOf('9 mois, F', 'Sinus dermique lombaire connu. Fièvre depuis 2 jours, écoulement purulent.', '=> IRM panrachidienne sans et avec gadolinium en urgence.'),
        'mri-complete-without-and-with',
      );
    });
    it("an 'IRM panrachidienne' done last year and normal is no order", () => {
      assert.equal(orderOf('Garçon 10 ans. IRM panrachidienne faite l’an dernier: normale. Douleur lombaire mécanique. Neuro normal.'), 'none');
    });
  });

  describe('markers', () => {
    it("'aplasia cutis (peau absente, 1 cm)' is an aplasia cutis: the absent skin describes it, it does not deny it", () => {
      assert.ok(
        presentIn(
          'aplasia-cutis',
          'Fille 8 mois. Petite zone d’aplasia cutis (peau absente, 1 cm) sur la ligne médiane lombaire. Examen neurologique normal.',
          'Je demande une IRM du rachis lombaire.',
        ),
      );
    });
    it("'Aplasie cutanée: absente' is still denied", () => {
      assert.equal(
        presentIn('aplasia-cutis', 'Fille 8 mois. Fossette sacrée profonde. Aplasie cutanée: absente. Examen neurologique normal.', 'Échographie du rachis lombaire demandée.'),
        false,
      );
    });
    it("'orifice punctiforme' on the midline is a dermal sinus opening", () => {
      assert.ok(
        presentIn('dermal-sinus', 'Garçon 10 mois. Orifice punctiforme sur la ligne médiane lombaire, noté depuis la naissance. Neuro normal.', 'IRM rachis lombaire demandée.'),
      );
    });
    it("'Pas d'orifice punctiforme' is none", () => {
      assert.equal(presentIn('dermal-sinus', 'Garçon 10 mois. Fossette sacrée simple. Pas d’orifice punctiforme. Neuro normal.', 'Échographie rachis lombaire demandée.'), false);
    });
  });

  describe("a clinic's keys: 'Nom:' with the age beside it, 'HDM:' (histoire de la maladie)", () => {
    it("'Nom: … Âge: 11 mois' gives the age, and the history under 'HDM:' is read", () => {
      const r = readNote(
        'Nom: KOFFI Jean   Âge: 11 mois',
        'HDM: orifice punctiforme lombaire (sinus dermique) sur la ligne médiane depuis la naissance. Apyrétique.',
        'Examen neuro normal.',
        'Examen demandé: IRM rachis lombaire sans et avec gadolinium.',
      );
      assert.equal(r.facts.age?.months, 11);
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'dermal-sinus' && h.present));
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(!r.rules.includes('unknown-key'));
    });
    it("'Nom:' holding only the mother's age gives the child no age", () => {
      assert.equal(ageOf('Nom: Awa K., mère 32 ans', 'Fille. Fossette sacrée profonde. Neuro normal.', 'Échographie rachis lombaire demandée.'), undefined);
    });
  });

  describe('a prior ultrasound told indeterminate', () => {
    it("'Écho antérieure (à 6 semaines): indéterminée' is an indeterminate prior ultrasound", () => {
      const prior = readNote(
        'Âge: 5 mois',
        'Findings: deviated gluteal cleft, pas de fossette.',
        'Écho antérieure (à 6 semaines): indéterminée, examen gêné par l’agitation.',
        'Neuro: normal.',
        'Request: repeat ultrasound lumbar spine.',
      ).facts.prior;
      assert.ok(
        prior.some((p) => p.modality === 'US' && p.result === 'indeterminate'),
        JSON.stringify(prior),
      );
    });
    it("'Écho antérieure: normale' stays normal", () => {
      const prior = readNote('Âge: 5 mois', 'Findings: deviated gluteal cleft.', 'Écho antérieure (à 6 semaines): normale.', 'Neuro: normal.', 'Request: MRI lumbar spine.').facts
        .prior;
      assert.ok(
        prior.some((p) => p.modality === 'US' && p.result === 'normal'),
        JSON.stringify(prior),
      );
    });
  });

  it('hitOf finds nothing where no such finding is told (guards the helper)', () => {
    assert.equal(hitOf('dermal-sinus', 'Garçon 10 ans. Douleur lombaire. Neuro normal.'), undefined);
  });
});
