/**
 * Round 59 (fix59es): notes written wholly in Spanish by doctors in Mexico, Argentina, Colombia, Chile and Spain, read
 * through the Spanish table (server/knowledge/language-vocabulary.json spanish) and, for an opening age before a complaint
 * told "de N semanas", opening-age-terse.ts. Each reading with the near misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const facts = (text: string) => readNote(text).facts;
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;
const present = (text: string, id: string) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present);
const rules = (text: string) => readNote(text).rules;
const scenario = (text: string) => readNote(text).scenario;

describe('fix59es: Spanish notes from Latin American and Spanish clinics', () => {
  describe('the request told "pido" or "se pide"', () => {
    it('"Pido RX de columna lumbosacra", "Se pide Rx columna lumbar" are the order', () => {
      assert.equal(order('Lactante de 5 meses con fosita sacra profunda, sin fondo visible.\nPido RX de columna lumbosacra AP y lateral.'), 'xr-area');
      assert.equal(order('Niña de 11 años, dolor lumbar de 2 semanas, sin fiebre.\nSe pide Rx columna lumbar.'), 'xr-area');
      assert.equal(order('Niño de 12 años, dolor dorsal de 4 semanas.\nSe pide serie radiográfica de columna completa.'), 'xr-complete');
    });
    it('near misses: a negated or conditional request orders nothing', () => {
      assert.equal(order('Niño de 10 años, dolor lumbar de 2 semanas, sin fiebre. No se pide RX de columna lumbar.'), undefined);
      assert.equal(order('Niño de 10 años, dolor lumbar de 2 semanas, sin fiebre. No pido RX de columna por ahora.'), undefined);
      assert.equal(order('Niño de 10 años, dolor lumbar de 2 semanas, sin fiebre. Si empeora, pido RMN de columna lumbar.'), undefined);
    });
  });

  describe('the neurological exam', () => {
    it('"Neurológico normal", "Exploración neurológica normal, sin otros estigmas", "Neuro sin focalidad" are a normal exam', () => {
      assert.equal(facts('Lactante de 2 meses, fosita sacra de 2 mm. Neurológico normal. Se solicita ecografía de columna.').neuro?.state, 'normal');
      assert.equal(facts('Niña de 3 meses, fosita sacra. Exploración neurológica normal, sin otros estigmas. Se solicita ecografía.').neuro?.state, 'normal');
      assert.equal(facts('Niño de 12 años, caída de bicicleta. Dolor cervical. Neuro sin focalidad. Pido Rx columna cervical.').neuro?.state, 'normal');
    });
    it('near miss: "Neurológico: hiperreflexia" stays abnormal', () =>
      assert.equal(facts('Niño de 13 años, dolor dorsal. Neurológico: hiperreflexia rotuliana. Se pide RMN de columna.').neuro?.state, 'abnormal'));
  });

  describe('the dimple told "en el pliegue", "en pliegue", "por arriba del pliegue"', () => {
    it('"en el pliegue" and "en pliegue" are within the cleft; "por arriba del pliegue glúteo" above it', () => {
      assert.equal(facts('Lactante de 2 meses, fosita sacra de 2 mm, en el pliegue, a 1 cm del ano. Se solicita ecografía.').dimple?.position, 'within-cleft');
      assert.equal(facts('Lactante de 4 meses, fosita sacra de 3 mm, en pliegue, a 2 cm del ano. Se solicita ecografía.').dimple?.position, 'within-cleft');
      assert.equal(facts('Lactante de 4 meses con fosita sacra por arriba del pliegue glúteo. Se solicita ecografía.').dimple?.position, 'above-cleft');
    });
    it('a simple dimple told so is rated simple', () =>
      assert.ok(
        rules(
          'Lactante de 2 meses. Fosita sacra de 3 mm, en el pliegue, a 1.5 cm del ano, fondo visible. Neurológico normal. Se solicita ecografía de columna lumbosacra.',
        ).includes('simple-dimple'),
      ));
    it('near miss: "en el pliegue inguinal" places no dimple in the cleft', () =>
      assert.notEqual(facts('Lactante de 2 meses, fosita sacra de 2 mm. Eritema en el pliegue inguinal. Se solicita ecografía.').dimple?.position, 'within-cleft'));
  });

  describe('ages', () => {
    it('"RN 12 días" is a newborn of 12 days; "8 años, dolor lumbar de 4 semanas," opens with the age', () => {
      assert.ok(Math.abs((facts('RN 12 días. Fosita sacra de 2 mm en el pliegue. Neurológico normal.').age?.months ?? 0) - 12 / 30.4375) < 0.01);
      assert.equal(facts('8 años, dolor lumbar de 4 semanas, intermitente. Sin fiebre. Se pide RX columna lumbar.').age?.months, 96);
    });
    it('near misses: a sibling newborn is not the child; a duration alone opens no age', () => {
      assert.equal(facts('Hermano RN 10 días en casa. Niño de 3 años con fosita sacra. Se solicita RM.').age?.months, 36);
      assert.equal(facts('3 semanas de dolor lumbar, sin fiebre. Se pide RX columna lumbar.').age?.months, undefined);
    });
  });

  describe('history: trauma, malignancy, prior films', () => {
    it('"colisión vehicular a alta velocidad" is significant trauma; "placaje de alta energía" too', () => {
      assert.equal(facts('Niño de 9 años, ocupante en colisión vehicular a alta velocidad. Dolor dorsolumbar. Se solicita TC de columna.').trauma?.significance, 'significant');
      assert.equal(
        scenario('14 años, rugby: placaje de alta energía, caída sobre la cabeza. Dolor cervical. Neuro sin focalidad. Pido Rx columna cervical.'),
        'spine-trauma-cervical',
      );
    });
    it('"se cayó del sillón" is a trivial fall; "No refiere dolor de espalda" is no back pain', () => {
      const note = '3 años. Se cayó del sillón ayer, jugó normal después. No refiere dolor de espalda. Neuro normal. Se pide RX columna lumbar.';
      assert.equal(facts(note).trauma?.significance, 'trivial');
      assert.ok(!present(note, 'back-pain'));
    });
    it('"se lesionó" the back with "no recuerda el mecanismo" is an injury without its mechanism', () =>
      assert.ok(
        rules('Paciente de 14 años, refiere que se lesionó la espalda hace 1 mes, no recuerda el mecanismo. Dolor lumbar desde entonces. Solicito RMN de columna lumbar.').includes(
          'trauma-mechanism-unclear',
        ),
      ));
    it('near miss: the father who hurt his back gives the child no trauma', () =>
      assert.notEqual(facts('Niño de 12 años, dolor lumbar de 3 semanas. El padre se lesionó la espalda hace 2 meses. Se solicita RX.').trauma?.significance, 'unclear'));
    it('"LLA en remisión" is the child\'s past malignancy; the mother\'s is not', () => {
      assert.equal(scenario('Antecedentes: LLA en remisión.\n7 años, dolor de espalda de 3 semanas. Descartar recaída.\nSe solicita RMN de columna.'), 'back-pain-infection-tumor');
      assert.notEqual(scenario('Niña de 8 años, dolor lumbar de 3 semanas. Madre con LLA en remisión. Sin fiebre. Se pide RX columna lumbar.'), 'back-pain-infection-tumor');
    });
    it('"pérdida de 4 kg", "sudoraciones nocturnas", "preocupa proceso neoplásico" are red flags and a suspected tumour', () => {
      const note = '13 años. Dolor lumbar + pérdida de 4 kg + sudoraciones nocturnas. Preocupa proceso neoplásico.\nOrden: RMN de columna lumbar.';
      assert.ok(present(note, 'weight-loss'));
      assert.equal(scenario(note), 'back-pain-infection-tumor');
    });
    it('"Radiografías previas sin hallazgos" with constant pain are negative films; "Sin ecografía previa" is no prior study', () => {
      assert.equal(
        scenario('Niño de 11 años, dolor lumbar constante de 6 semanas. Radiografías de columna lumbar previas sin hallazgos. Sin fiebre. Se solicita RM de columna.'),
        'back-pain-red-flags-negative-radiographs',
      );
      assert.deepEqual(facts('Niña 3 meses con mechón de pelo sacro. Sin ecografía previa. Se solicita RMN de columna lumbosacra.').prior, []);
    });
  });

  describe('review rfix59es: the near misses the Spanish readings must refuse', () => {
    it('a request orders only the study right after it, at its clause head, never beside a condition or a sibling', () => {
      assert.equal(order('Lactante de 4 meses, fosita sacra de 2 mm en el pliegue. Eco de columna normal. Pido al padre que traiga el informe de la eco.'), undefined);
      assert.equal(order('Niña de 9 años, dolor lumbar de 1 semana, sin fiebre. Neuro normal. Pido RX de columna lumbar en caso de persistencia; hoy, reposo.'), undefined);
      assert.equal(order('Lactante de 1 mes con mechón de pelo sacro. Eco de columna hoy normal. Se repite ecografía si aparece debilidad en piernas.'), undefined);
      assert.equal(
        order('RN de 20 días con fosita sacra de 2 mm en el pliegue. Neurológico normal.\nHermana de 12 años con dolor lumbar: para ella se pide RX de columna.'),
        undefined,
      );
      assert.equal(order('Niño de 10 años, dolor lumbar de 3 semanas.\nPapá preocupado, se pide una RM de columna lumbar.'), 'mri-area-without');
    });
    it('"no refiere" before relief or change denies no finding: the night pain goes on', () => {
      assert.ok(present('Niño de 13 años, dolor lumbar de 4 semanas. No refiere alivio del dolor nocturno con ibuprofeno.\nSe solicita RX de columna lumbar.', 'night-pain'));
      assert.ok(present('Niña de 12 años, dolor lumbar de 3 semanas. No refiere mejoría del dolor nocturno.\nSe solicita RX de columna lumbar.', 'night-pain'));
    });
    it('"constante" is constant pain only beside a back-pain word, never weight, watch or another pain', () => {
      const redFlag = (text: string) => scenario(text) === 'back-pain-red-flags';
      assert.ok(!redFlag('Niño de 10 años, dolor lumbar de 2 semanas. Peso constante desde el control anterior. Afebril. Neurológico normal.\nSe solicita RX de columna lumbar.'));
      assert.ok(!redFlag('Niña de 9 años, dolor lumbar de 1 semana, intermitente. Dolor constante de rodilla por Osgood. Afebril.\nSe solicita RX de columna lumbar.'));
      assert.ok(redFlag('Niño de 12 años con dolor lumbar constante de 5 semanas. Afebril.\nSe solicita RX de columna lumbar.'));
    });
    it('a negated or ruled-out suspicion of a neoplasm suspects none', () => {
      assert.equal(
        scenario('Niña de 12 años, dolor lumbar de 2 semanas. Sin sospecha de proceso neoplásico, afebril. Neurológico normal.\nSe solicita RX de columna lumbar.'),
        'back-pain-no-red-flags',
      );
      assert.equal(
        scenario('Niño de 14 años, dolor lumbar de 3 semanas. Se descarta proceso neoplásico. Neurológico normal.\nSe solicita RX de columna lumbar.'),
        'back-pain-no-red-flags',
      );
    });
    it('a normal exam asked in a question ("¿Neurológico normal?") is no exam', () =>
      assert.equal(
        facts('Lactante de 5 meses, fosita sacra de 2 mm en el pliegue. ¿Neurológico normal? Difícil de valorar hoy.\nSe solicita ecografía de columna.').neuro?.state,
        'unknown',
      ));
    it('"se lesionó" another body part is no back injury', () =>
      assert.notEqual(
        facts('Niña de 13 años, dolor lumbar de 3 semanas. Hace 3 meses se lesionó el tobillo izquierdo, ya recuperada. Afebril.\nSe solicita RX de columna lumbar.').trauma
          ?.significance,
        'unclear',
      ));
    it('a ruled-out high-energy mechanism after a fall from standing height is no significant trauma', () =>
      assert.notEqual(
        scenario('Niña de 10 años, dolor lumbar tras caída desde su propia altura; se descarta mecanismo de alta energía. Neurológico normal.\nSe solicita RX de columna lumbar.'),
        'spine-trauma-thoracolumbar',
      ));
    it("the mother who saw night sweats tells the child's own", () =>
      assert.ok(
        present('Niño de 10 años, dolor lumbar de 2 semanas. No refiere fiebre, pero la mamá sí notó sudoraciones nocturnas.\nSe solicita RX de columna lumbar.', 'night-sweats'),
      ));
  });
});
