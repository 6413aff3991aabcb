/**
 * Review r17d fixes: the Spanish clinical core (server/knowledge/language-vocabulary.json spanish).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('review r17d fixes: Spanish notes', () => {
  describe('a Spanish deficit is read, and the exam beside it is not read normal', () => {
    const cases: [string, string][] = [
      ['Masc 12 a. Lumbalgia de 3 semanas. Disminución de fuerza en pierna izquierda, ROTs normales.', 'weakness'],
      ['Masc 12 a. Lumbalgia. Hipoestesia en L5 izquierda, fuerza y ROTs normales.', 'hypoesthesia'],
      ['Masc 12 a. Lumbalgia. Neuro íntegro salvo hiporreflexia aquiliana izquierda.', 'hyporeflexia'],
      ['Masc 12 a. Lumbalgia. ROTs disminuidos en MsPs, fuerza conservada.', 'ROTs disminuidos'],
      ['Fem 15 a. Lumbalgia. Paraparesia, sensibilidad conservada.', 'paraparesia'],
      ['Fem 15 a. Lumbalgia. Hiperreflexia en MsPs, sensibilidad conservada.', 'hiperreflexia'],
    ];
    for (const [text, what] of cases)
      it(`${what}: ${JSON.stringify(text)}`, () => {
        const r = readNote(text, 'Plan: RMN de columna lumbar.');
        assert.notEqual(r.facts.neuro.state, 'normal');
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
  });

  describe('a duration told before the sex is no age ("lumbalgia de 3 semanas, fem")', () => {
    for (const text of ['Paciente con lumbalgia de 3 semanas, fem, sin fiebre.', 'Escolar, lumbalgia de 9 a 10 días, fem.', 'Escolar, lumbalgia de 2 semanas, masc.'])
      it(JSON.stringify(text), () => assert.equal(readNote(text, 'Plan: Rx de columna lumbar.').facts.age, undefined));
    it('an age told beside the sex is still read ("Escolar fem 9 a", "Lactante 6 meses, fem")', () => {
      assert.equal(readNote('Escolar fem 9 a. Lumbalgia de 3 semanas.').facts.age?.months, 108);
      assert.equal(readNote('Lactante 6 meses, fem. Fosita sacra.').facts.age?.months, 6);
    });
  });

  describe('a study of another body part is not a spine study ("Rx de tórax", "TAC de cráneo")', () => {
    it('"Se solicita Rx de tórax"', () =>
      assert.equal(readNote('Masc 14 a. Lumbalgia de 3 semanas, tos y fiebre.', 'Se solicita Rx de tórax.').facts.order?.reading.procedure, undefined));
    it('"Se solicita TAC de cráneo"', () =>
      assert.equal(readNote('Masc 14 a. Caída de altura. Dolor cervical. Sin déficit neurológico.', 'Se solicita TAC de cráneo.').facts.order?.reading.procedure, undefined));
    it('near-miss: "Rx de columna lumbar" is still one', () =>
      assert.equal(readNote('Masc 14 a. Lumbalgia.', 'Se solicita Rx de columna lumbar.').facts.order?.reading.procedure?.id, 'xr-area'));
  });

  describe('an injury "hace 2 años" is remote, as "2 years ago" is', () => {
    it('"Caída de caballo hace 2 años. Lumbalgia de 3 semanas." is no recent significant injury', () => {
      const r = readNote('Masc 14 a. Caída de caballo hace 2 años. Lumbalgia de 3 semanas.', 'Plan: Rx de columna lumbar.');
      assert.notEqual(r.facts.trauma.significance, 'significant');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
    });
    it('near-miss: "Caída de caballo hace 2 días" is still significant', () =>
      assert.equal(readNote('Masc 14 a. Caída de caballo hace 2 días. Dolor lumbar.', 'Plan: Rx de columna lumbar.').facts.trauma.significance, 'significant'));
  });
});
