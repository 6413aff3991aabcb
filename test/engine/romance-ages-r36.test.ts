/**
 * Round 36 (held-out s39/s40): ages as writers trained in Latin America, Spain, Portugal and Brazil keep them in clinical
 * English ("Nina de 7 anos", "Crianca 2 anos", "Lactente de 4 meses", "Lactante 1a 2m"), and an English age after "in"
 * told with the sex letter after "old" ("for sacral dimple in 10 wk old F"). Look-alikes: a complaint's duration
 * ("dor lombar de 10 dias", "dor lombar de 2 anos"), a sibling's age, a date, a decimal-comma weight, a day of life of a
 * past study, "old F/u".
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, WEEK } from '../helpers';

describe('r36: ages told with Spanish and Portuguese words', () => {
  const read: [string[], number][] = [
    [['Nina de 7 anos. Consults in primary care for a hair tuft in the lumbar zone.'], 84],
    [['Crianca 2 anos, sexo masculino. Referenced for a skin tag in the lumbosacral midline.'], 24],
    [['Adolescente de 14 anos, varon. Accident of motorcycle as passenger 2 days ago.'], 168],
    [['Adolescente de 14 anos, femenina. Hospital Distrital.', 'Consults for lumbar pain of 2 months of evolution.'], 168],
    [['Paciente masculino de 12 anos, rural zone. Fell from a mango tree, lumbar pain.'], 144],
    [['Lactente de 4 meses, feminino, puericultura consult.', 'Mother noted a stain in the lower back.'], 4],
    [['Lactante 1a 2m, varon. Consult for dimple in the sacral zone that parents see from birth.'], 14],
    [['Menino de 9 anos. Lumbar pain of 3 weeks.'], 108],
    [['Crianca 6 meses. History: ecografia at 15 days of life (03.06.2023): normal. Dimple.'], 6],
    // A note with Spanish words enough to be read through its English translation, where "de" is "of" ("girl of 7 anos").
    [['Nina de 7 anos. Consults in primary care because the mother asks about a "mechon de pelo" (hair tuft) in the lumbar zone.'], 84],
    [['Paciente de 10 anos con dolor lumbar de 3 meses de evolucion. No fever. Neuro normal.', 'Order: XR L-spine'], 120],
    [['Nino de 8 anos, antecedente de caida hace 2 meses. Now pain at L4, no fever.', 'Order: XR lumbar spine'], 96],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    // A complaint's duration, with no word for the child before it.
    ['Dor lombar de 10 dias. Sem febre.'],
    ['Paciente com dor lombar de 2 anos. Order: XR L-spine'],
    ['Back pain 2 anos. Order: XR L-spine'],
    // A sibling's age.
    ['Menino. Irmao de 2 anos com espinha bifida. Dimple.'],
    // A date, a weight with a decimal comma.
    ['Informe 12.03.2024. Dimple 3 mm. Order: US spine'],
    ['Term 40 SA, birth weight 3,450 kg. Sacral dimple.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  // Review r36-romance G: the age must belong to the child word that governs it directly.
  it('"Madre de 17 anos, paciente de 2 meses" is 2 months', () =>
    near(ageOf('Madre de 17 anos, paciente de 2 meses con fosita sacra 2 mm in cleft 1 cm from anus. Neuro normal.', 'Order: US lumbar spine'), 2, 'paciente de 2 meses'));
  it('"Paciente 2 anos pos-operatorio …, edad 6" is no age of 2 years', () =>
    assert.notEqual(ageOf('Paciente 2 anos pos-operatorio de lipomielomeningocele, edad 6.', 'Order: MRI lumbar spine'), 24));
  it('"Paciente 2 anos pos-operatorio … Age: 6." is 6 years', () =>
    near(ageOf('Paciente 2 anos pos-operatorio de lipomielomeningocele. Age: 6.', 'Order: MRI lumbar spine'), 72, 'Age: 6'));
  it('"Paciente de 45 anos (madre)" is no age', () =>
    assert.equal(ageOf('Paciente de 45 anos (madre) with back pain; child not seen today.', 'Order: XR lumbar spine'), undefined));
  it('"Paciente de 3 anos de evolucao de dor lombar" is no age', () => assert.equal(ageOf('Paciente de 3 anos de evolucao de dor lombar.', 'Order: XR lumbar spine'), undefined));

  it('a boy told in English keeps his age beside a Portuguese duration', () => near(ageOf('Boy 9 yo. Dor lombar de 10 dias.'), 108, 'Boy 9 yo'));
});

describe('r36: an age after "in" told with the sex letter after "old"', () => {
  it('"MRI … for "sacral dimple" in 10 wk old F." is the child’s age', () =>
    near(ageOf('Received: MRI lumbar spine with contrast for "sacral dimple" in 10 wk old F.', 'Changed to US lumbar spine.'), 10 * WEEK, 'in 10 wk old F'));
  it('"US spine for sacral dimple in 10 wk old F with normal exam" is the child’s age', () =>
    near(ageOf('US spine for sacral dimple in 10 wk old F with normal exam.'), 10 * WEEK, 'in 10 wk old F'));
  it('"in 10 wk old." with no word for the child is none', () => assert.equal(ageOf('Received: MRI lumbar spine for "sacral dimple" in 10 wk old.', 'Order: US spine'), undefined));
  it('"in 10 wk old F/u" is a follow-up, no sex letter', () => assert.equal(ageOf('Dimple seen in 10 wk old F/u clinic.', 'Order: US spine'), undefined));
});
