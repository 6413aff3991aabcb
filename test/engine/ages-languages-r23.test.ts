/**
 * Ages told in the writer's own language (r23): Lithuanian "m." (metai, years) beside a word for the patient or the
 * child ("Pac. 6 m. mergaitė", "16 m. vaikinas"), "mėn." months; Latvian "g." (gadi) ("Pacients 14 g., zēns"), "ned."
 * weeks, "Jaundzimušais" a newborn; Bulgarian and Russian "месеца", "г.", "лет"; Dari "sal" ("Pesar, 4 sal"); Estonian
 * "9a tüdruk"; Spanish "Pcte masc 13a.". Near-misses: the same units in an English note ("5 m." is months, "3 m"
 * metres, "14 g" grams), a relative's age, a complaint's duration, "sal" within a word, "9a" that is no age.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote, WEEK } from '../helpers';

describe('ages told in the writer’s own language (r23)', () => {
  const read: [string[], number][] = [
    // Lithuanian.
    [['Pac. 6 m. mergaitė. Mama: susitrenkė nugarą mokykloje prieš 5 d.', 'Back pain lumbar. Neuro N.'], 72],
    [['Pac. 16 m. vaikinas.', 'Trauma: nukrito nuo balkono ~3 m. Skundai: pain thoracolumbar.'], 192],
    [['Pac.: mergaitė, 3 mėn.', 'Skundai: mama pastebėjo duobutę ties kryžkauliu'], 3],
    [['Berniukas, 12 m. Skundai: nugaros skausmas.'], 144],
    [['Mergaitė 10 metų. Nugaros skausmas.'], 120],
    // Latvian.
    [['Pacients 14 g., zēns. Basketbols 5x nedēļā.', 'Sāpes muguras lejasdaļā (LBP) 2 ned.'], 168],
    [['Meitene, 12 g. Sāpes muguras lejasdaļā 2 ned.'], 144],
    [['Zēns 14 g.v. Sāpes muguras.'], 168],
    [['Jaundzimušais, 7 ned., zēns. Referred from Liepāja.', 'Skin appendage over sacrum with a dimple.'], 7 * WEEK],
    // Bulgarian and Russian.
    [['Дете на 8 месеца, момиче.', 'Lumbosacral soft subcutaneous mass ~3 cm, probably lipoma.'], 8],
    [['Пациент: 19 г., студент', 'Болки в кръста (LBP) 3 months, after gym.'], 228],
    [['Момиче, 12 г. Болки в кръста 3 месеца.'], 144],
    [['Мальчик 12 лет. Боль в спине 2 мес.'], 144],
    // Dari and Pashto in Latin letters.
    [['Pesar, 4 sal. Fell from roof (approx 3 m) while flying kite (gudiparan bazi).'], 48],
    [['Dukhtar 13 sal. Carries water jerry cans daily.', 'Dard-e-kamar 3 days.'], 156],
    [['Pt name: ---', 'Age: 18 sal (per tazkira)', 'C/C: dard-e-kamar (low back pain) 1 month.'], 216],
    // Estonian, and Spanish with the unit against the number.
    [['9a tüdruk.', 'Seljavalu ~6 weeks, wakes her at night. Perearst: RÖ normal.'], 108],
    [['Poiss, 12a. Seljavalu 3 nädalat.'], 144],
    [['12-aastane poiss. Seljavalu.'], 144],
    [['Pcte masc 13a. Dolor lumbar irradiado x 3 semanas.'], 156],
    [['Lactante masc 5m. Hoyuelo sacro.'], 5],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    // The same units in an English note: metres, grams, an item's number.
    ['Boy, fell 3 m. from a roof. LBP.'],
    ['Fell approx 1.6 m onto his back. Back pain.'],
    ['Wt 14 g. Back pain.'],
    ['Item 9a: back pain. Sal 5 mg.'],
    // A relative's age, a complaint's duration.
    ['Močiutė 63 m. Skundai: nugaros skausmas.'],
    ['Skundai: nugaros skausmas 3 mėn. Nukrito nuo balkono ~3 m.', 'Skirta: MRT'],
    ['Vecmāmiņa 63 g. Zēns ar sāpēm muguras.'],
    ['Баба 63 г. Момче с болки в кръста.'],
    ['Madar 35 sal. Pesar has back pain, dard.'],
    ['Мама 35 лет. Мальчик, боль в спине.'],
    ['Pacients, zēns. Māte 38 g. Sāpes muguras.'],
    ['Vanaema 63a. Poiss seljavalu.'],
    // A phrase running past a full stop into a new sentence: metres, a room, a fall's height, then the child.
    ['Skundai: nugaros skausmas. Nukrito nuo 3 m. Mergaitė verkia.'],
    ['Tallinna Lastehaigla. Seljavalu. Ruum 9a. Poiss kukkus.'],
    ['Sāpes muguras. Kritiens no 2 g. Zēns kliedz.'],
    // "9a" that is no age; one cue is no language.
    ['Seljavalu. L5 S1 9a. Poiss.'],
    ['Back pain, 4 sal.'],
    // Review r23: a years unit beside a word for an infant or a newborn is no years (no age rather than a wrong one).
    ['Бебе момиче на 5 г. Болки.'],
    ['Zīdainis zēns, 3 g. Sāpes muguras.'],
    ['Imik, poiss 3a. Seljavalu.'],
    ['Pesar, tifl 4 sal. Dard.'],
    // A complaint's duration in years, however long: Dari and Russian/Bulgarian.
    ['Pesar, dard 3 sal. Madar says worse at night.', 'Order: MRI L-spine'],
    ['Pesar, dard-e-kamar 2 sal.'],
    ['Мальчик. Боль в спине 5 лет.'],
    ['Мальчик. Боли в спине в течение 2 лет.'],
    ['Мальчик. Боль в спине около 2 лет.'],
    ['Дете. Болки от 4 годишен.'],
    // A sibling's age, a relative before the child word.
    ['Момче. Сестра момиче на 12 г. Болки в кръста.'],
    // An age told in two parts that would read as one of them.
    ['Момиче на 1 г. 6 мес., бебе.'],
    // Names are no cues, and one English phrase is one cue.
    ['Sal reports LBP. Kala and Kamar at school, dard-e-kamar 3 days.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('an infant\'s "4 m." stays months, in Lithuanian or English words', () => {
    near(ageOf('Kūdikis, berniukas, 4 m. Duobutė ties kryžkauliu. Skirta: UG.'), 4, 'Kūdikis');
    near(ageOf('Jaundzimušais, zēns 4 g. Sāpes muguras.'), 0, 'a newborn, never 4 years');
    near(ageOf('Lithuanian mum via interpreter. Berniukas, 4 m. old, sacral dimple noted at 6 wk check. Skirta: US spine.'), 4, 'm. old');
  });

  it('a years unit beside the child or an age key still reads', () => {
    near(ageOf('Pesar 6 sal. Mother worried.', 'Adv: USG spine.'), 72, 'Pesar 6 sal');
    near(ageOf('Dard-e-kamar 3 days. Dukhtar, 11 sal.'), 132, 'Dukhtar, 11 sal');
    near(ageOf('Мальчик 12 лет. Боль в спине 5 лет.'), 144, 'the child, then a duration');
    near(ageOf('Дете. Болки. 8 годишен момче.'), 96, 'годишен момче');
  });

  it('an English "5 m." stays months, whatever a stray Lithuanian word', () => {
    near(ageOf('Girl 5 m. Sacral dimple.'), 5, 'Girl 5 m.');
    near(ageOf('Girl 5 m. Mergaitė. Sacral dimple.'), 5, 'one cue');
  });
  it('Dari back-pain words stay back pain once the Dari view reads "dard" as pain', () => {
    const backPain = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'back-pain' && h.present);
    assert.ok(backPain('Dukhtar, 12 years.', 'C/C: dard-e-kamar 2 months, fever.', 'Inv: X-ray dorsolumbar spine'), 'dard-e-kamar');
    assert.ok(backPain('Pesar 10 sal. Kamar dard 3 hafta.', 'Adv: XR LS spine'), 'kamar dard');
    assert.ok(backPain('Pesar 10 sal. Dard e kamar 3 hafta.', 'Adv: XR LS spine'), 'dard e kamar');
    assert.ok(!backPain('Pesar 10 sal. Dard in the knee 3 hafta.', 'Adv: XR knee'), 'pain of the knee is no back pain');
  });
});
