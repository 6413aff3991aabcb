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

describe('ЯМР is read only before a word of the spine (another body part is no spine study)', () => {
  const bg = 'Пациент 10 г., болка в кръста 5 седмици. Неврологичен статус - норма.';
  for (const line of [
    'Назначение: ЯМР на главата без контраст.',
    'Назначение: ЯМР на главен мозък.',
    'Назначение: ЯМР на коляното без контраст.',
    'Plan: ЯМР на главата (brain MRI) to r/o intracranial cause.',
    'Назначение: ЯМР на корема.',
  ]) {
    it(`"${line}" orders nothing`, () => assert.equal(orderOf(bg, line), 'none'));
  }
  for (const [line, want] of [
    ['Назначение: ЯМР на гръбначния стълб без контраст.', 'mri-area-without'],
    ['Назначение: ЯМР (MRI) lumbosacral spine without contrast', 'mri-area-without'],
    ['Направление: ЯМР лумбален отдел (MRI L-spine) без контраст.', 'mri-area-without'],
  ] as const) {
    it(`"${line}"`, () => assert.equal(orderOf(bg, line), want));
  }
});

describe('a study reported done under a plan key of the writer own language orders nothing', () => {
  for (const [hx, line] of [
    ['Пациент 10 г., болка в кръста.', 'Назначение: ЯМР на гръбначния стълб преди 2 месеца - норма.'],
    ['Пациент 10 г., болка в кръста.', 'Направление: ЯМР на гръбначния стълб - направен преди 2 месеца, норма. Назначение: НСПВС.'],
    ['Пациент 9 л., боль в пояснице.', 'Назначение: МРТ поясничного отдела позвоночника 2 месяца назад - норма.'],
    ['Pacientas 11 m., nugaros skausmas.', 'Skirta: MRT stuburo prieš 2 mėn. - norma. Toliau kineziterapija.'],
    [en, 'Conduct to hold: MRI lumbar spine was performed 3 weeks ago without alterations. Continue physio.'],
    [en, 'It is requested: RX rachide lombo-sacral in 2 projections was done 2 weeks ago, normal. Plan: physio.'],
    [es, 'Indicación: Rx de columna lumbosacra hace 2 semanas - normal. AINE.'],
  ] as const) {
    it(`"${line}"`, () => assert.equal(orderOf(hx, line), 'none'));
  }
  it('a study to do after the one done is still ordered', () =>
    assert.equal(orderOf('Pacientas 11 m., nugaros skausmas.', 'Skirta: RÖ stuburo prieš 2 mėn. - norma. MRT stuburo be kontrasto.'), 'mri-area-without'));
  it('"It is requested:" alone still orders the study', () => assert.equal(orderOf(en, 'It is requested: RX rachide lombo-sacral in 2 projections.'), 'xr-area'));
  it('"it" and "is" make no order key of other words', () => assert.equal(orderOf(en, 'It is: MRI lumbar spine normal.'), 'none'));
});

describe('contrast said in Bulgarian and Lithuanian', () => {
  const bg = 'Пациент 10 г., болка в кръста.';
  for (const [line, want] of [
    ['Назначение: ЯМР на гръбначния стълб с контраст.', 'mri-area-with'],
    ['Назначение: ЯМР на гръбначния стълб с и без контраст.', 'mri-area-without-and-with'],
    ['Назначение: ЯМР на гръбначния стълб без контраст.', 'mri-area-without'],
    ['Skirta: MRT stuburo su kontrastu.', 'mri-area-with'],
    ['Skirta: MRT stuburo be kontrasto ir su kontrastu.', 'mri-area-without-and-with'],
  ] as const) {
    it(`"${line}"`, () => assert.equal(orderOf(bg, line), want));
  }
  for (const line of ['Назначение: ЯМР лумбален отдел с контраст.', 'Назначение: ЯМР лумбален отдел с и без контраст.']) {
    it(`"${line}" is never read as without contrast`, () => assert.notEqual(orderOf(bg, line), 'mri-area-without'));
  }
});

describe('a trailing "if" of the writer own language after a comma keeps the study conditional', () => {
  const ru = 'Пациент 9 л., боль в пояснице 6 недель.';
  for (const line of [
    'Назначение: МРТ поясничного отдела позвоночника, если боль сохранится.',
    'Назначение: МРТ поясничного отдела позвоночника, если не пройдет.',
    'Skirta: MRT stuburo, jei skausmas išliks.',
    'Назначение: ЯМР на гръбначния стълб, ако болката продължи.',
  ]) {
    it(`"${line}" orders nothing`, () => assert.equal(orderOf(ru, line), 'none'));
  }
  it('the same study without the condition is ordered', () => assert.equal(orderOf(ru, 'Назначение: МРТ поясничного отдела позвоночника.'), 'mri-area-without'));
});
