/**
 * Round 59 (fix59dx): the findings of doctors trained in Germany, Austria, Switzerland, the Netherlands and Scandinavia,
 * written in English with their own words. Every reading is data in server/knowledge/language-vocabulary.json: the German
 * table (`german`), a Dutch table and the Nordic one (`ageLanguages` dutch, nordic), read only in a note holding enough of
 * their cue words. Each reading is pinned with the near misses it must refuse: a relative's, a negated, a past, a
 * conditional finding, and a word that only looks like it.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote, traumaOf } from '../helpers';

const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro?.state;
const hitOf = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.find((h) => h.finding.id === id);

describe('fix59dx: German-, Dutch- and Nordic-trained writers’ findings', () => {
  describe('a Dutch note', () => {
    it("'sacraal kuiltje' above the 'bilnaad' is a sacral dimple above the cleft", () => {
      const n = readNote('Pt 5 mnd. Sacraal kuiltje 4 mm, boven de bilnaad. Neurologisch geen afwijkingen.', 'Plan: echo wervelkolom');
      assert.ok(n.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present));
      assert.equal(n.facts.dimple?.position, 'above-cleft');
      assert.equal(n.facts.neuro?.state, 'normal');
    });
    it("'geen kuiltje' denies the dimple", () => {
      assert.equal(presentIn('sacral-dimple', 'Pt 5 mnd, jongen. Huid onderrug normaal, geen kuiltje, geen haarplukje. Neurologisch goed.', 'Plan: geen beeldvorming'), false);
    });
    it("'lage rugpijn' after training in a footballer is overuse back pain, 'geen koorts' no fever", () => {
      const lines = ['15 jr, meisje, voetballer, sinds 3 weken lage rugpijn na trainingsperiode. Geen koorts, geen nachtelijke pijn.', 'Aanvraag: MRI LWK'];
      assert.equal(scenarioOf(...lines), 'back-pain-overuse');
      assert.equal(presentIn('fever', ...lines), false);
      assert.equal(presentIn('night-pain', ...lines), false);
    });
    it("a father's 'rugpijn' right after 'vader' is not read as the child's", () => {
      assert.equal(presentIn('back-pain', 'Pt 6 mnd, jongen. Vader rugpijn. Sacraal kuiltje 3 mm in de bilnaad. Neurologisch goed.', 'Plan: geen beeldvorming'), false);
    });
    it('an English note with a Dutch surname is not read through the table', () => {
      assert.equal(presentIn('sacral-dimple', '12 yo, seen by Dr de Geen. Back pain 2 wk, no fever.', 'Plan: XR L-spine'), false);
    });
  });

  describe('a Nordic note', () => {
    it("'ryggvärk', 'ingen feber', 'ingen nattlig smärta' and 'neurologiskt ua'", () => {
      const lines = ['Pojke 12 år. Ryggvärk sedan 10 dagar, ingen feber, ingen nattlig smärta. Neurologiskt ua.', 'Remiss: slätröntgen ländrygg'];
      assert.equal(presentIn('back-pain', ...lines), true);
      assert.equal(presentIn('fever', ...lines), false);
      assert.equal(presentIn('night-pain', ...lines), false);
      assert.equal(neuroOf(...lines), 'normal');
    });
    it("'feber' told is fever, a mother's 'feber' right after 'mamma' is not", () => {
      assert.equal(presentIn('fever', 'Flicka 9 år. Ryggsmärta och feber 39 sedan 3 dagar.', 'Remiss: MR ländrygg'), true);
      assert.equal(presentIn('fever', 'Flicka 9 år. Ryggsmärta sedan 3 dagar. Mamma feber, ingen hos barnet.', 'Remiss: MR ländrygg'), false);
    });
  });

  describe('a German note', () => {
    it("'konstante Rückenschmerzen' is constant pain, 'dauerhaft trocken' and 'Gewicht konstant' are not", () => {
      assert.equal(presentIn('constant-pain', '11 J., m. Seit 6 Wochen konstante tiefe Rückenschmerzen. Kein Fieber.', 'Procedere: Rö LWS'), true);
      assert.equal(presentIn('constant-pain', '9 J., w. Rückenschmerzen seit 1 Wo. War dauerhaft trocken. Gewicht konstant. Kein Fieber.', 'Procedere: Rö LWS'), false);
    });
    it("'weckt ihn nachts auf' and 'nachts wach davon' are night pain", () => {
      assert.equal(presentIn('night-pain', '13 J., m. Rückenschmerzen seit 3 Wochen, weckt ihn nachts auf. Kein Fieber.', 'Procedere: Rö LWS'), true);
      assert.equal(presentIn('night-pain', '8 J., m. Seit 2 Wo. Kreuzschmerzen, nachts wach davon. Kein Fieber.', 'Procedere: Rö LWS'), true);
    });
    it("fever and night pain after 'bei Auftreten von' are only a safety-net, not told", () => {
      const lines = [
        '11 J. w. Rückenschmerzen seit 4 Tagen. Kein Fieber, keine Ausstrahlung.',
        'Bei Auftreten von Fieber oder Nachtschmerz erneute Vorstellung.',
        'Anforderung: Rö LWS',
      ];
      assert.equal(presentIn('fever', ...lines), false);
      assert.equal(presentIn('night-pain', ...lines), false);
    });
    it("'Z.n. ALL' is the child's own past leukaemia, and 'DD Rezidiv' suspects a relapse", () => {
      assert.equal(
        scenarioOf('Pat. 9 J. Z.n. ALL, Therapieende vor 2 J., jetzt neu Rückenschmerzen. DD Rezidiv. Kein Fieber.', 'MRT gesamte WS mit KM'),
        'back-pain-infection-tumor',
      );
    });
    it("a father's 'Z.n. Hodgkin-Lymphom' is no cancer of the child", () => {
      const h = hitOf('malignancy', '13 J., w. Rückenschmerzen seit 1 Wo. Vater Z.n. Hodgkin-Lymphom. Kein Fieber, kein Nachtschweiß.', 'Procedere: MRT LWS');
      assert.ok(!h || !h.present || h.context?.experiencer === 'other');
      assert.equal(scenarioOf('13 J., w. Rückenschmerzen seit 1 Wo. Vater Z.n. Hodgkin-Lymphom. Kein Fieber, kein Nachtschweiß.', 'Procedere: MRT LWS'), 'back-pain-no-red-flags');
    });
    it("'Z.n. Sturz' gestern keeps today's injury: a status post is no old history", () => {
      assert.notEqual(traumaOf('12 J., m. Z.n. Sturz vom Klettergerüst (ca. 3 m) gestern, Rückenschmerzen, Druckschmerz L1.', 'Procedere: Rö LWS'), 'none');
    });
    it("'Ausstrahlung ins li Bein' is radicular pain, 'keine Ausstrahlung' none", () => {
      assert.equal(presentIn('radicular-pain', 'Anamnese: 15 J., w. LWS-Schmerzen mit Ausstrahlung ins li Bein seit 3 Wo.', 'Procedere: MRT LWS'), true);
      assert.equal(presentIn('radicular-pain', 'Anamnese: 15 J., w. LWS-Schmerzen seit 3 Wo., keine Ausstrahlung ins li Bein.', 'Procedere: Rö LWS'), false);
    });
    it("'Spondylodiszitis' under 'DD:' is a suspected infection", () => {
      assert.equal(
        presentIn('suspected-infection-tumor', 'Anamnese: 14 J., w. Rückenschmerzen BWS, Nachtschweiß.', 'DD: Spondylodiszitis vs. Neoplasie.', 'Procedere: Rö WS'),
        true,
      );
    });
    it("'Hautverfärbung' lumbosacral is a skin discoloration; 'Dermalsinus' a dermal sinus", () => {
      assert.equal(presentIn('discoloration', '5 Mo., w. Bräunliche Hautverfärbung lumbosakral in der Mittellinie, Neuro unauffällig.', 'Sono LWS'), true);
      assert.equal(presentIn('dermal-sinus', 'Säugling, 8 Wochen alt. Befund: Dermalsinus 2 cm oberhalb der Rima. Neuro o.B.', 'Sono LWS'), true);
    });
    it("'Harnträufeln' is a voiding sign; 'keine Harnträufeln' is none", () => {
      assert.equal(presentIn('abnormal-voiding', 'Vorstellung 14 Mo., m. Seit 6 Wochen neu Harnträufeln. Befund: Grübchen sakral 3 mm.', 'Procedere: MRT LWS nativ'), true);
      assert.equal(presentIn('abnormal-voiding', 'Vorstellung 14 Mo., m. Kein Harnträufeln. Befund: Grübchen sakral 3 mm.', 'Procedere: Sono LWS'), false);
    });
    it("'Neurochirurgie: noch nicht' is no referral yet", () => {
      assert.equal(
        readNote('Vorstellung 14 Mo., m. Befund: Grübchen sakral 3 mm, tief.', 'Procedere: MRT LWS nativ. Neurochirurgie: noch nicht.').facts.referral?.neurosurgery,
        false,
      );
    });
    it("parents asking 'ob ein Steißgrübchen' matters, with none on the child, is no dimple", () => {
      assert.equal(
        presentIn(
          'sacral-dimple',
          '12 Mo. Knabe, gesund. Eltern fragen, ob ein Steißgrübchen gefährlich wäre - beim Kind ist keines vorhanden, Haut o.B.',
          'Keine Bildgebung nötig.',
        ),
        false,
      );
    });
    it("a dimple 'in der Gesäßfalte' is within the cleft", () => {
      assert.equal(readNote('3 Mon, w', 'Grübchen 2 mm, in der Gesäßfalte, <1 cm vom Anus, Boden sichtbar.', 'Rö LWS').facts.dimple?.position, 'within-cleft');
    });
  });
});
