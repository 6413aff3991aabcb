/**
 * Review of the set-19 ages (r22): a letter's subject line in German, French or Spanish opened by a weekday, a
 * department or a follow-up word tells no age, and an age told of the named child in the text wins over a subject
 * line's number; a Kreyòl relative ("Manman 34 an") is someone else; a drug before a bracket ("Patient: Ibuprofen
 * (8)") is no name; "AGE nnM  SEX X" is months only under two; a child-key header line ("Kid: Leo B.      DOB: …")
 * takes its key words from age-vocabulary.json patientKeys.
 */
import * as assert from 'node:assert/strict';
import { ageOf, ids, near, note } from '../helpers';

describe('ages of set 19, mended (r22)', () => {
  const read: [string[], number][] = [
    // The age told of the named child, not the subject line's interval.
    [['Betreff: Kontrolle, 6 Wochen', 'Jonas, 8 Jahre, Rückenschmerzen seit 3 Wochen. Plan: MRT LWS'], 96],
    [['Asunto: Control, 6 meses', 'Lucía, 9 años, dolor lumbar. Plan: RM columna lumbar'], 108],
    [['Objet : Suivi, 3 mois', 'Léa, 9 ans, douleur lombaire. Plan : IRM colonne lombaire'], 108],
    [['Betreff: Jonas, 6 Wochen', 'Jonas, 8 Jahre, Rückenschmerzen. Plan: MRT LWS'], 96],
    [['Jonas, 8 years, back pain. Plan: MRI L-spine'], 96],
    // A subject line naming the child still tells its age.
    [['Betreff: Jonas K., 8 Jahre', 'Rückenschmerzen. Plan: MRT LWS'], 96],
    // Kreyòl: the mother's age, then the child's.
    [['Manman 34 an, tifi 5 an, doulè do. Plan : IRM colonne lombaire'], 60],
    [['Papa 40 an, gason 12 an, doulè do. Plan : IRM colonne lombaire'], 144],
    [['Frè 17 an, tifi 9 an, doulè do. Plan : IRM colonne lombaire'], 108],
    // A name before a bracket in a Patient value is still the child's.
    [['Patient: Sofia (8)', 'Back pain 3 weeks.'], 96],
    // A billing system's months, under two.
    [['AGE 11M SEX M', 'DX: hairy patch L-S'], 11],
    [['AGE 23M  SEX F', 'DX: hairy patch L-S'], 23],
    [['Age: 23M  Sex: F', 'DX: hairy patch L-S'], 23],
    [['AGE 15Y SEX M', 'DX: hairy patch L-S'], 180],
    // A header line keyed by a word for the child from patientKeys ("Kid", "Participant"): its DOB column is read.
    [['Kid: Leo B.      DOB: 2016-03-12', 'Date: 2024-05-14', 'Back pain.'], 98.07],
    [['Participant: Leo      DOB: 2016-03-12', 'Date: 2024-05-14', 'Back pain.'], 98.07],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    // Weekdays, departments and follow-up words open a subject line that names no child.
    ['Betreff: Montag, 6 Wochen', 'Rückenschmerzen seit 3 Wochen. Plan: MRT LWS'],
    ['Objet : Lundi, 3 semaines', 'Douleur lombaire depuis 3 semaines. Plan : IRM colonne lombaire'],
    ['Asunto: Lunes, 3 semanas', 'Dolor lumbar desde hace 3 semanas. Plan: RM columna lumbar'],
    ['Betreff: Orthopädie, 6 Wochen', 'Rückenschmerzen. Plan: MRT LWS'],
    ['Objet : Pédiatrie, 4 mois', 'Douleur lombaire. Plan : IRM colonne lombaire'],
    ['Betreff: Wiedervorstellung, 6 Wochen', 'Rückenschmerzen. Plan: MRT LWS'],
    ['Betreff: Nachsorge, 3 Monate', 'Rückenschmerzen. Plan: MRT LWS'],
    ['Objet : Contrôle, 3 mois', 'Douleur lombaire. Plan : IRM colonne lombaire'],
    ['Asunto: Seguimiento, 6 meses', 'Dolor lumbar. Plan: RM columna lumbar'],
    ['Asunto: Pediatría, 6 meses', 'Dolor lumbar. Plan: RM columna lumbar'],
    // A relative's age alone, in Kreyòl.
    ['Manman 34 an, doulè do. Plan : IRM colonne lombaire'],
    // A drug before a bracket is a dose or a count.
    ['Patient: Ibuprofen (8)', 'Back pain 3 weeks.'],
    ['Patient: Calpol (5)', 'Back pain 3 weeks.'],
    ['Patient: Tylenol (10)', 'Back pain 3 weeks.'],
    ['Patient: Motrin (6)', 'Back pain 3 weeks.'],
    ['Patient: Naproxen (12)', 'Back pain 3 weeks.'],
    // An apposition after no name: a complaint, a weekday, a relative's sentence.
    ['Back, 3 months, pain. Plan: MRI L-spine'],
    ['Monday, 3 months, back pain. Plan: MRI L-spine'],
    ['Pain, 3 months, worse at night. Plan: MRI L-spine'],
    // Months past two in a billing system's form.
    ['AGE 30M SEX F', 'DX: hairy patch L-S'],
    ['AGE 30M  SEX M', 'DX: hairy patch L-S'],
    ['Age: 30M  Sex: F', 'DX: hairy patch L-S'],
    // A relative's header line keeps its columns in the value.
    ['Mother: Ann      DOB: 1990-03-12', 'Date: 2024-05-14', 'Back pain.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('"AGE 30M  SEX F" asks for the age', () => {
    const found = ids(note('Age: 30M  Sex: F', 'DX: hairy patch L-S'));
    assert.ok(found.includes('unreadable-age') || found.includes('missing-age'), found.join(', '));
  });
});
