/**
 * Notes written wholly or partly in Spanish as clinicians trained in Mexico write them (clinical/language.ts,
 * server/knowledge/language-vocabulary.json spanish): study names and regions, contrast, ages told beside the sex,
 * the exam, findings, trauma, the request and the referral. Each group with the near-misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { LanguageVocabularySchema, languageView, languageVocabulary } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const facts = (text: string) => readNote(text).facts;
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;
const present = (text: string, id: string) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present);
const absent = (text: string, id: string) => !present(text, id);

describe('Spanish notes: the clinical core', () => {
  describe('studies, regions and contrast', () => {
    it('"Se solicita Rx simple de columna lumbosacra AP y lateral" is a radiograph of the spine', () =>
      assert.equal(order('Se solicita Rx simple de columna lumbosacra AP y lateral.\nDx: fosita sacra. Lactante sin antecedentes.'), 'xr-area'));
    it('"Rx de columna completa", "Rx de columna cervical AP, lateral y transoral"', () => {
      assert.equal(order('Escolar masc 12 a.\nLumbalgia de 3 semanas.\nPlan: Rx de columna completa (panorámica AP y lateral).'), 'xr-complete');
      assert.equal(order('Masc 13 a, accidente automovilístico, volcadura.\nDolor cervical. Se solicita Rx de columna cervical AP, lateral y transoral.'), 'xr-area');
    });
    it('"RMN de columna toracolumbar con y sin gadolinio", "RMN ... simple (sin contraste)", "RMN de columna completa con contraste"', () => {
      assert.equal(order('Escolar fem 9 a. Caída de caballo, dolor dorsolumbar.\nSe solicita RMN de columna toracolumbar con y sin gadolinio.'), 'mri-area-without-and-with');
      assert.equal(order('Px fem 11 m. Mechón de pelo lumbar.\nPlan: RMN de columna lumbosacra simple (sin contraste).'), 'mri-area-without');
      assert.equal(order('Fem 17 a. Lumbalgia con irradiación a pierna derecha.\nPlan: RMN de columna completa con contraste.'), 'mri-complete-with');
    });
    it('"USG de columna lumbosacra", "Solicito TAC de columna toracolumbar"', () => {
      assert.equal(order('Lactante masc 4 m. Fosita sacra.\nSe solicita USG de columna lumbosacra.'), 'us-area');
      assert.equal(order('Masc 14 a. Caída de altura de 3 m. Dolor lumbar.\nSolicito TAC de columna toracolumbar.'), 'ct-area-without');
    });
    it('near-misses: "Rx: ibuprofeno" is a prescription, "No se solicita Rx de columna" orders nothing, "No requiere estudios de imagen" neither', () => {
      assert.equal(order('Escolar masc 12 a. Lumbalgia de 3 semanas. Afebril.\nPlan: Rx: ibuprofeno 200 mg. No se solicita Rx de columna por ahora.'), undefined);
      assert.equal(order('Paciente fem 14 a, lumbalgia de 2 semanas. Sin datos de alarma. No requiere estudios de imagen por ahora.'), undefined);
    });
  });

  describe('ages told beside the sex', () => {
    it('"Escolar fem 9 a", "Masc 16 a.", "Masc 13 a,", "Adolescente fem 17 a,", "Paciente fem 18 años"', () => {
      assert.equal(facts('Urgencias. Escolar fem 9 a.\nCaída de caballo. Dolor dorsolumbar.').age?.months, 108);
      assert.equal(facts('Masc 16 a. Lumbalgia mecánica de 10 días, sin fiebre.').age?.months, 192);
      assert.equal(facts('Urgencias. Masc 13 a, accidente automovilístico. Dolor cervical.').age?.months, 156);
      assert.equal(facts('Adolescente fem 17 a, futbolista.\nLumbalgia de 6 semanas, sin fiebre.').age?.months, 204);
      assert.equal(facts('Paciente fem 18 años, lumbalgia de 2 semanas. Sin datos de alarma.').age?.months, 216);
    });
    it('months: "Px fem 11 m", "Lactante masc 4 m", "Lactante 6 meses, fem"', () => {
      assert.equal(facts('Px fem 11 m. Mechón de pelo lumbar desde el nacimiento.').age?.months, 11);
      assert.equal(facts('Lactante masc 4 m. Fosita sacra, sin mancha.').age?.months, 4);
      assert.equal(facts('Lactante 6 meses, fem.\nHemangioma lumbosacro. Sin fosita.').age?.months, 6);
    });
    it('near-misses: "2 a 3 semanas" is a range, not an age; "Lactante", "Escolar" alone give none; "a" after a number in an English note is as written', () => {
      assert.equal(facts('Escolar fem. Lumbalgia de 2 a 3 semanas, sin fiebre.').age, undefined);
      assert.equal(facts('Lactante sin antecedentes. Fosita sacra.\nSe solicita USG de columna.').age, undefined);
      const english = 'Age: 9 y\nHPI: masc 9 a note, fem 12 a\nOrder: XR L-spine';
      assert.equal(languageView(english), english);
    });
  });

  describe('the exam', () => {
    it('"Neuro íntegro", "Sin déficit neurológico", "EF: ... fuerza y ROTs normales", "fuerza / ROTs / sensibilidad normales" are a normal exam', () => {
      assert.equal(facts('Escolar fem 9 a. Dolor dorsolumbar.\nNeuro íntegro.').neuro.state, 'normal');
      assert.equal(facts('Masc 13 a. Dolor cervical posterior. Sin déficit neurológico.').neuro.state, 'normal');
      assert.equal(facts('Px fem 11 m. Mechón de pelo lumbar.\nEF: walks with support, fuerza y ROTs normales en MsPs.').neuro.state, 'normal');
      assert.equal(facts('Masc 16 a. Lumbalgia.\nEF: contractura paravertebral, fuerza / ROTs / sensibilidad normales.').neuro.state, 'normal');
    });
    it('near-miss: an exam that names no neurologic finding stays unknown', () =>
      assert.equal(facts('Masc 16 a. Lumbalgia.\nEF: contractura paravertebral.').neuro.state, 'unknown'));
  });

  describe('findings', () => {
    it('"lumbalgia", "dolor dorsolumbar", "dolor cervical" are back or neck pain', () => {
      assert.ok(present('Masc 16 a. Lumbalgia de 10 días, sin fiebre.', 'back-pain'));
      assert.ok(present('Escolar fem 9 a. Dolor dorsolumbar, sin fiebre.', 'back-pain'));
    });
    it('red flags: "lo despierta en la noche", "con pérdida de peso", "con irradiación a pierna derecha" present', () => {
      const t = 'Escolar fem 9 a. Lumbalgia que la despierta en la noche, con pérdida de peso.';
      assert.ok(present(t, 'night-pain'));
      assert.ok(present(t, 'weight-loss'));
      assert.equal(readNote('Fem 15 a. Dolor lumbar con irradiación a pierna izquierda. ROTs normales.').scenario, 'back-pain-red-flags');
    });
    it('near-misses: "Afebril, sin pérdida de peso", "Sin irradiación, sin dolor nocturno" are absent', () => {
      const t = 'Masc 16 a. Lumbalgia de 10 días. Afebril, sin pérdida de peso. Sin irradiación, sin dolor nocturno. Fuerza y ROTs normales.';
      assert.ok(absent(t, 'fever'));
      assert.ok(absent(t, 'weight-loss'));
      assert.ok(absent(t, 'night-pain'));
      assert.equal(readNote(t).scenario, 'back-pain-no-red-flags');
    });
    it('markers: "fosita sacra ... dentro del pliegue interglúteo"; "sin mechón de pelo, sin mancha" absent', () => {
      const t = 'Lactante masc 4 m.\nEF: fosita sacra 6 mm, dentro del pliegue interglúteo. Sin mechón de pelo, sin mancha.\nPlan: USG de columna lumbosacra.';
      assert.ok(present(t, 'sacral-dimple'));
      assert.ok(absent(t, 'hair-tuft'));
      assert.equal(readNote(t).scenario, 's1-cutaneous-marker');
    });
    it('a prior radiograph with "espondilolistesis L5-S1 grado II" is a positive radiograph', () =>
      assert.equal(
        readNote(
          'Adolescente fem 17 a.\nLumbalgia de 6 semanas con irradiación a pierna derecha.\nRx simple lumbar (externa): espondilolistesis L5-S1 grado II.\nPlan: RMN de columna lumbar.',
        ).scenario,
        'back-pain-red-flags-positive-radiographs',
      ));
  });

  describe('trauma and referral', () => {
    it('"caída de caballo", "caída de altura", "accidente automovilístico ... volcadura" are significant; "caída de su propia altura" is not', () => {
      assert.equal(facts('Escolar fem 9 a. Caída de caballo aprox. 1.5 m. Dolor dorsolumbar.').trauma.significance, 'significant');
      assert.equal(facts('Masc 14 a. Caída de altura de 3 m. Dolor lumbar.').trauma.significance, 'significant');
      assert.equal(facts('Masc 13 a, accidente automovilístico, volcadura en carretera. Dolor cervical.').trauma.significance, 'significant');
      assert.notEqual(facts('Masc 14 a. Caída de su propia altura, dolor lumbar. Neuro íntegro.').trauma.significance, 'significant');
    });
    it('"Interconsulta a neurocirugía" is a referral to neurosurgery', () =>
      assert.ok(facts('Lactante 6 meses, fem. Hemangioma lumbosacro.\nPlan: Interconsulta a neurocirugía pediátrica.').referral?.neurosurgery));
  });

  it('an amount in a Spanish phrase is written once on each side', () => {
    const v = structuredClone(languageVocabulary());
    v.spanish.phrases.push({ es: 'fem # a', en: 'F yo' });
    assert.equal(LanguageVocabularySchema.safeParse(v).success, false);
  });
});
