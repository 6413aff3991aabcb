/**
 * Round 56 (fix56f), notes by Brazilian-, Portuguese-, Italian- and Spanish-trained clinicians writing English: the
 * patient's age written the Romance way as the note's own first words ("7 meses, fem.", "3 mesi, M.", "1 ano.", "14
 * anos. Nocturnal pain"; not "anni", see notes/age.ts), read as the English "7 mo, F." is there (age-fact.ts romanceOpensNote); "Utente de 18 anos" and
 * "Chico de 13 anos" (age-vocabulary beforeAge.person). Near-misses: a duration ("3 meses de dor", "3 anni, lombalgia"),
 * a time ago ("3 meses atrás", "14 mesi fa"), a follow-up, a relative's age, an age further in. The refusal of a relative's
 * word before the word for the child ("Madre del paciente, 38 anos") was taken out after review r56.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const DIMPLE = 'Sacral dimple 3 mm, bottom visible. Neuro normal.';
const LBP = 'Low back pain 3 weeks, no night pain. Neuro normal.';

describe("r56f: a Romance age opening the note is the patient's (age-fact.ts romanceOpensNote)", () => {
  it('"5 meses, masc." is 5 months', () => near(ageOf('5 meses, masc.', DIMPLE), 5, 'meses masc'));
  it('"9 mesi, F." is 9 months', () => near(ageOf('9 mesi, F.', DIMPLE), 9, 'mesi F'));
  it('"11 anos." alone on the first line is 11 years', () => near(ageOf('11 anos.', LBP), 132, 'anos stop'));
  it('"1 ano." is 1 year', () => near(ageOf('1 ano.', '* Skin tag in the midline. Neuro normal.'), 12, 'ano'));
  it('"16 anos, basketball player." is 16 years', () => near(ageOf('16 anos, basketball player. ' + LBP), 192, 'anos role'));
  it('"Utente de 18 anos." is 18 years', () => near(ageOf('Utente de 18 anos.', LBP), 216, 'utente'));
  it('"Chica de 9 anos, sacral dimple" is 9 years', () => near(ageOf('Chica de 9 anos, sacral dimple 3 mm. Neuro normal.'), 108, 'chica'));
  // Near-misses
  it('"3 meses de dor lombar." (a duration) reads no age', () => assert.equal(ageOf('3 meses de dor lombar.', 'Neuro normal. Afebril.'), undefined));
  it('"4 anni, lombalgia." (a complaint right after it) reads no age', () => assert.equal(ageOf('4 anni, lombalgia.', 'Neuro normal.'), undefined));
  it('"2 anos, dor lombar noturna." reads no age', () => assert.equal(ageOf('2 anos, dor lombar noturna.', 'Neuro normal.'), undefined));
  it('"3 meses atrás, USG normal." (a time ago) reads no age', () => assert.equal(ageOf('3 meses atrás, USG normal.', DIMPLE), undefined));
  it('"14 mesi fa: RM normal." (a time ago) reads no age', () => assert.equal(ageOf('14 mesi fa: RM normal.', LBP), undefined));
  it('"Control in 6 meses." (a follow-up, not the opening) reads no age', () => assert.equal(ageOf(DIMPLE, 'Control in 6 meses.'), undefined));
  it('"6 meses" opening the second line reads no age', () => assert.equal(ageOf(DIMPLE, '6 meses, sem alteração.'), undefined));
  it('"Lombalgia. Madre 40 anni." reads no age from the mother', () => assert.notEqual(ageOf('Lombalgia. Madre 40 anni.', LBP), 480));
  it('"3 meses e meio de dor" reads no age', () => assert.equal(ageOf('3 meses e meio de dor lombar.', 'Neuro normal.'), undefined));
  it('a plainly stated age later wins: "3 meses." then "Paciente de 14 anos"', () => near(ageOf('3 meses.', 'Paciente de 14 anos, dor lombar.'), 168, 'plain wins'));
});
