/**
 * Orders told in the writer's own language or in machine-translated English (set 20): the plan's key in Spanish,
 * Bulgarian and Lithuanian ("Indicación:", "Se indica:", "Назначение:", "Направление:", "Skirta:", "Rekomenduota:"),
 * a translated passive key ("It is requested:", "Conduct to hold:"), study, spine and region words of those languages,
 * and "without KM" as no contrast. Near misses: a past study, a conditional, a negated order, another organ, no study.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const es = 'Niño de 8 años, dolor lumbar sin fiebre.';
const en = '8 yo M, low back pain 3 wk, neuro normal.';

describe('a plan key in the writer own language orders the study after it', () => {
  for (const [line, want] of [
    ['Indicación: Rx de columna lumbosacra AP y lateral.', 'xr-area'],
    ['Se indica: Rayos X columna lumbosacra AP y lateral.', 'xr-area'],
    ['Paciente estable. Indicación: Rx de columna lumbosacra AP y lateral.', 'xr-area'],
  ] as const) {
    it(`"${line}"`, () => assert.equal(orderOf(es, line), want));
  }
  for (const [line, want] of [
    ['Назначение: ЯМР (MRI) lumbosacral spine without contrast', 'mri-area-without'],
    ['Направление: ЯМР лумбален отдел (MRI L-spine) без контраст.', 'mri-area-without'],
    ['Skirta: KT krūtinės-juosmeninės stuburo dalies be kontrasto (CT Th-L spine w/o)', 'ct-area-without'],
    ['Plan: MRT kogu lülisammas (whole spine) native, w/o contrast.', 'mri-complete-without'],
    ['It is requested: RX rachide lombo-sacral in 2 projections.', 'xr-area'],
    ['Conduct to hold: MRI lumbar spine without injection.', 'mri-area-without'],
    ['Plan: is solicited Resonance Magnetic of all the column with and without contrast (gadolinio).', 'mri-complete-without-and-with'],
    ['Procedure: MRT of the LWS native (without KM).', 'mri-area-without'],
    ['Plan: MRI lumbar spine ohne KM.', 'mri-area-without'],
  ] as const) {
    it(`"${line}"`, () => assert.equal(orderOf(en, line), want));
  }
  it('native and with KM is still both series', () => assert.equal(orderOf(en, 'Plan: MRT of the LWS nativ und mit KM.'), 'mri-area-without-and-with'));
});

describe('near misses order nothing', () => {
  for (const line of [
    'Rx columna (CESAMO hace 2 semanas): sin alteraciones.',
    'Plan: acetaminofén, reposo relativo. Si persiste > 4 semanas o aparece fiebre -> Rx columna.',
    'Si no mejora se indica RMN columna lumbar.',
    'Si persiste el dolor se indica RMN columna lumbar.',
    'No se indica RMN por ahora.',
    'Indicación: dolor lumbar persistente.',
    'Se indica: ecografía renal.',
  ]) {
    it(`"${line}"`, () => assert.equal(orderOf(es, line), 'none'));
  }
  for (const line of [
    'RÖ thoracolumbar 3 wk ago - no pathology.',
    'Назначение: УЗИ почек.',
    'Назначение: ибупрофен 200 mg.',
    'ЯМР лумбален отдел (преди 2 месеца) - норма.',
    'It is requested: physiotherapy.',
    'KT tape applied to lumbar spine for pain.',
    'IRM lombaire à discuter.',
    'Plan: RX rachide lombo-sacral in 2 projections if pain persists.',
  ]) {
    it(`"${line}"`, () => assert.equal(orderOf(en, line), 'none'));
  }
});

describe('a closing study followed by a step conditioned on its result', () => {
  const hx = '11 mo M. Soft lumbosacral swelling since birth.';
  const exam = 'Exam: mass 4 cm, reflexes normal.';
  for (const next of ['Neurosurgery opinion if MRI abnormal.', 'Refer NSGY if the MRI shows tethering.', 'Avis neurochirurgie depending on MRI.']) {
    it(`"MRI … w/o contrast. ${next}" orders the MRI`, () => assert.equal(orderOf(hx, exam, `MRI lumbosacral spine w/o contrast. ${next}`), 'mri-area-without'));
  }
  for (const line of [
    'US spine normal. Refer NSGY if MRI abnormal.',
    'Neuro intact. Refer if MRI abnormal.',
    'MRI lumbosacral spine w/o contrast if no better. Refer if MRI abnormal.',
    'XR L-spine last week normal. Refer if MRI abnormal.',
    'Physio. MRI if XR abnormal.',
  ]) {
    it(`"${line}" orders nothing`, () => assert.equal(orderOf(hx, exam, line), 'none'));
  }
  it('a Lithuanian spine echoscopy with the spine before it', () => assert.equal(orderOf(en, 'Plan: stuburo echoskopija.'), 'us-area'));
});

describe('"if" in the writer own language keeps the study after it conditional', () => {
  for (const line of [
    'Plan: NSAID. Jei skausmas išliks - MRT stuburo.',
    'Plan: NSAID. Jei nepagerės - KT stuburo.',
    'Jei skausmas išliks - MRT stuburo juosmens dalies.',
    'Plan: NSAID. Ако болката продължи - ЯМР лумбален отдел.',
    'Plan: NSAID. Если боль сохранится - МРТ позвоночника.',
  ]) {
    it(`"${line}" orders nothing`, () => assert.equal(orderOf(en, line), 'none'));
  }
  it('the same study without the condition is ordered', () => assert.equal(orderOf(en, 'Plan: MRT stuburo juosmens dalies.'), 'mri-area-without'));
});
