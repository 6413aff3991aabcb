/**
 * Round 56 (fix56a), notes by Brazilian-, Portuguese-, Italian- and Spanish-trained clinicians writing English: the Italian
 * child's "bimbo"/"bimba" before an age in mesi or anni, and Italian cue words (richiesta, richiedo, obiettività, midollare,
 * lombare, sacrale, fossetta, solco, mdc) that let a note of few Italian words be read through the Italian age table; the
 * Italian neurologic exam key "EO neurologico:" (esame obiettivo neurologico); the Portuguese "Peço:" and Spanish "Pido:"
 * (I ask) heading the study to do, read as "Plan:" is; and "fosset", a sacral dimple written from fossette/fossetta. Each
 * with the look-alikes that must stay as they were: a complaint's duration, a relative's age, a time ago, a study asked,
 * conditional, past, declined or a consult, an exam not done, a negated or a relative's dimple.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, presentIn, readNote } from '../helpers';

const TUFT = 'Lumbar tuft of hair over L5, no other skin change. Neuro normal.';

describe('r56a: Italian "bimbo"/"bimba" is the child an age in mesi or anni stands beside (language-vocabulary ageLanguages italian)', () => {
  it('"Bimbo 14 mesi." is 14 months', () => near(ageOf(`Bimbo 14 mesi. ${TUFT}`), 14, 'bimbo mesi'));
  it('"Bimba di 8 mesi," is 8 months', () => near(ageOf(`Bimba di 8 mesi, sacral dimple 2 mm, fundus visible. Neuro normal.`), 8, 'bimba di'));
  it('"Bimbo 3 anni," is 3 years', () => near(ageOf(`Bimbo 3 anni, ${TUFT}`), 36, 'bimbo anni'));
  it('"Lattante 5 mesi, F." with an Italian fossetta and a line of the study is 5 months', () =>
    near(ageOf('Lattante 5 mesi, F.', 'Sacral fossetta 3 mm, inside the solco, fundus visible.', 'Richiesta: RMN lombare senza mdc.'), 5, 'lattante'));
  // Near-misses
  it('"Dolore da 14 mesi" (how long a complaint has lasted) reads no age', () =>
    assert.equal(ageOf(`Bimbo with a lumbar tuft of hair. Dolore da 14 mesi. Neuro normal. Richiesta: RMN lombare senza mdc.`), undefined));
  it('"Madre 38 anni" (the mother\'s age) reads no age', () =>
    assert.equal(ageOf('Madre 38 anni. Bimbo with a lumbar tuft of hair. Richiesta: RMN lombare senza mdc.'), undefined));
  it('"noticed 14 mesi fa" (a time ago) reads no age', () => assert.equal(ageOf('Bimbo, tuft of hair lumbar noticed 14 mesi fa. Richiesta: RMN lombare senza mdc.'), undefined));
  it('"fratello 6 anni" (a brother\'s age) reads no age', () =>
    assert.equal(ageOf('Bimbo with lumbar tuft; fratello 6 anni had the same. Richiesta: RMN lombare senza mdc.'), undefined));
  it('"Bimbo with a tuft, 2 anni of back pain" far from the child reads no age', () =>
    assert.equal(ageOf('Bimbo with a lumbar tuft of hair. Back pain for 2 anni. Richiesta: RMN lombare senza mdc.'), undefined));
});

describe('r56a: "EO neurologico:" is the neurologic exam (reading-vocabulary unknownKeys readAs Neuro)', () => {
  const state = (...lines: string[]) => readNote(...lines).facts.neuro.state;
  it('"EO neurologico: normal." is a normal exam', () => assert.equal(state('Lattante 5 mesi, F. Sacral dimple 3 mm.', 'EO neurologico: normal.'), 'normal'));
  it('"EO neurologico: weakness of the left foot, ROT absent." is an abnormal exam', () =>
    assert.equal(state('15 anni, F. Low back pain 3 weeks.', 'EO neurologico: weakness of the left foot, ROT absent.'), 'abnormal'));
  it('"Esame neurologico: normal." is a normal exam', () => assert.equal(state('Bimbo 14 mesi. Sacral dimple.', 'Esame neurologico: normal.'), 'normal'));
  // Near-misses
  it('"EO neurologico: not done today." reads no exam', () => assert.equal(state('Bimbo 14 mesi. Sacral dimple.', 'EO neurologico: not done today.'), 'unknown'));
  it('"EO neurologico: to repeat at the next visit." reads no exam', () =>
    assert.equal(state('Bimbo 14 mesi. Sacral dimple.', 'EO neurologico: to repeat at the next visit.'), 'unknown'));
  it('"EO: skin, sacral dimple 2 mm" (the general exam, no neurologic word) tells no neurologic exam', () =>
    assert.equal(state('Bimbo 14 mesi.', 'EO: sacral dimple 2 mm.'), 'unknown'));
});

describe('r56a: Portuguese "Peço:" and Spanish "Pido:" (I ask) head the study to do, as "Pedido:" does (headings.ts WRITERS_LANGUAGE_ORDER_KEY_WORDS)', () => {
  const INFANT = 'Infant 3 months, lumbar tuft of hair. Neuro normal.';
  it('"Peço: MRI lumbar spine w/o contrast." orders it', () => assert.equal(orderOf(INFANT, 'Peço: MRI lumbar spine w/o contrast.'), 'mri-area-without'));
  it('"Pido: ecografía of the lumbosacral spine." orders the ultrasound', () => assert.equal(orderOf(INFANT, 'Pido: ecografía of the lumbosacral spine.'), 'us-area'));
  // Near-misses
  it('"Peço: MRI lumbar spine if the ultrasound is abnormal." (conditional) orders nothing', () =>
    assert.equal(orderOf(INFANT, 'Peço: MRI lumbar spine if the ultrasound is abnormal.'), 'none'));
  it('"Peço: MRI lumbar spine?" (asked) orders nothing', () => assert.equal(orderOf(INFANT, 'Peço: MRI lumbar spine?'), 'none'));
  it('"Peço: parecer da neurocirurgia." (a consult) orders no study', () => assert.equal(orderOf(INFANT, 'Peço: parecer da neurocirurgia.'), 'none'));
  it('"Pido: MRI lumbar spine done 2 weeks ago, normal." (past) orders nothing', () => assert.equal(orderOf(INFANT, 'Pido: MRI lumbar spine done 2 weeks ago, normal.'), 'none'));
  it('"Peço: no imaging now, review in 1 month." orders nothing', () => assert.equal(orderOf(INFANT, 'Peço: no imaging now, review in 1 month.'), 'none'));
  it('"Peço: MRI lumbar spine declined by the parents." orders nothing', () => assert.equal(orderOf(INFANT, 'Peço: MRI lumbar spine declined by the parents.'), 'none'));
  it('"Pido: consider MRI lumbar spine at 6 months if symptoms." orders nothing', () =>
    assert.equal(orderOf(INFANT, 'Pido: consider MRI lumbar spine at 6 months if symptoms.'), 'none'));
  it('"Mother: peço MRI." (the mother\'s words, no key of ours) orders nothing', () => assert.equal(orderOf(INFANT, 'Mother: peço MRI.'), 'none'));
  // Near-misses of review r56 (probes 054 055 056 059 067 071 079 081 082 083 084 104 105 106 107 108 112): a sentence under
  // "Pedido:", "Peço:" or "Pido:" that is conditional, declined, a relative's, done with its date or not needed orders
  // nothing (reading-vocabulary askedKeyRefusals; studies-key.ts askedKeyRefused).
  const LACTANTE = 'Lactante de 3 meses, mechón de pelo lumbar. Exploración neurológica normal.';
  for (const line of [
    'Pido: RM columna lumbar si la ecografía es anormal.',
    'Peço: RM lombar se a ecografia for alterada.',
    'Peço: RM lombar caso a ecografia seja alterada.',
    'Peço: MRI lumbar spine se a US estiver alterada.',
    'Pido: MRI lumbar spine when he is 6 months.',
    'Pido: RM lumbar, pero los padres la rechazan.',
    'Pido: MRI lumbar spine, parents decline.',
    'Pido: Rx de columna de su hermano.',
    'Peço: US lumbar spine do irmão.',
    'Pido: MRI lumbar spine for the sister.',
    'Peço: MRI lumbar spine for his brother.',
    'Pido: US lumbar spine, ya realizada el 3/2, normal.',
    'Pido: US lumbar spine, done 3/2, normal.',
    'Peço: MRI lumbar spine - não necessário por enquanto.',
    'Pido: MRI lumbar spine - no necesaria por ahora.',
    'Peço: MRI lumbar spine - not needed for now.',
    'Pedido: RM columna lumbar si la ecografía es anormal.',
    'Pedido: US lumbar spine do irmão.',
  ]) {
    it(`"${line}" orders nothing`, () => assert.equal(orderOf(INFANT, line), 'none'));
  }
  it('"Pido: RM columna lumbar si la ecografía es anormal." under a Spanish history orders nothing', () =>
    assert.equal(orderOf(LACTANTE, 'Pido: RM columna lumbar si la ecografía es anormal.'), 'none'));
  it('"Pido: US lumbar spine, to be done 3/2." (a date still to come) orders the ultrasound', () =>
    assert.equal(orderOf(INFANT, 'Pido: US lumbar spine, to be done 3/2.'), 'us-area'));
  it('"Peço: RM da coluna lombar sem contraste." orders the MRI', () => assert.equal(orderOf(INFANT, 'Peço: RM da coluna lombar sem contraste.'), 'mri-area-without'));
  it('"Pido: US lumbar spine ?tethered cord." (the question is its reason) orders the ultrasound', () =>
    assert.equal(orderOf(INFANT, 'Pido: US lumbar spine ?tethered cord.'), 'us-area'));
});

describe('r56a: "fosset" is a sacral dimple (findings sacral-dimple, beside fossette and fossetta)', () => {
  it('"sacral fosset of 3 mm" is a sacral dimple', () => assert.ok(presentIn('sacral-dimple', '2 months, masc.', 'Exam: sacral fosset of 3 mm, bottom visible.')));
  it('"Deep fosset, 7 mm, above the intergluteal fold" is a sacral dimple', () =>
    assert.ok(presentIn('sacral-dimple', '7 meses, fem.', 'Deep fosset, 7 mm, above the intergluteal fold.')));
  // Near-misses
  it('"No fosset." is no dimple', () => assert.ok(!presentIn('sacral-dimple', '2 months, masc.', 'Lumbar tuft of hair. No fosset.')));
  it('"without fosset or tuft" is no dimple', () => assert.ok(!presentIn('sacral-dimple', '2 months, masc.', 'Exam: lumbar skin without fosset or tuft.')));
  it('"Fosset: absent." is no dimple', () => assert.ok(!presentIn('sacral-dimple', '2 months, masc.', 'Hemangioma lumbar 1 cm. Fosset: absent.')));
});
