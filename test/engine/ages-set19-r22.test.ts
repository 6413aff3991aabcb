/**
 * Ages as set 19's writers tell them (r22): a name with a surname's initial before the age in a patient's key ("Child: Ava
 * T., 7y"), a date of birth past a column gap on such a line ("Child: Maya R.      DOB: …"), the sex between the word for
 * the patient and the age ("Pt F 1y2m", "Baby F 3 mths"), a letter's subject line in German, French or Spanish
 * ("Betreff: Jonas K., 8 Jahre"), a Kreyòl word for the child ("Gason 12 an"), a half in brackets after the name
 * ("Child: Sofia (3 1/2)", "Patient: Sofia (8)"), a bracket with a unit after a name ("baby Ruby (2 months)", "Sofia (12
 * y) came with her mother"), an age cell of a requisition ("| 16Y M |"), an M that cannot be the sex ("AGE 11M  SEX M"),
 * a day of life before a newborn's describer ("Day-10 term male"). Near-misses: a temperature, a relative's age, a
 * duration, a bracket opening a sentence with a bare number, a sex told after a year-age in another form.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const DAY = 1 / 30.4375;

describe('ages as set 19 writes them (r22)', () => {
  const read: [string[], number][] = [
    // A surname's initial after the child's name in a patient's key.
    [['Child: Ava T., 7y', 'GP: 2 days low back ache. L-spine XR ordered.'], 84],
    [['Child: Ava T, 7 yrs', 'Back pain 2 weeks.'], 84],
    [['Name: Ava T., 7y', 'Back pain 2 weeks.'], 84],
    // A date of birth past a column gap on a line keyed by the child.
    [['Child: Maya R.      DOB: 2023-03-12', 'Date: 2024-05-14', 'Sacral dimple ~6 mm.'], 14.07],
    [['Baby: Maya      DOB: 2024-03-12', 'Date: 2024-05-14', 'Sacral dimple ~6 mm.'], 2.07],
    // The sex between the word for the patient and the age.
    [['Pt F 1y2m, from Kampong Cham.', 'PE: skin of lower back normal.'], 14],
    [['Baby F 3 mths. Dimple at sacrum, ~3 mm.'], 3],
    [['Baby M 6 wks, sacral dimple.'], 6 * 7 * DAY],
    // A letter's subject line names the patient as a Name key does.
    [['Betreff: Jonas K., 8 Jahre', '', 'Dear colleague,', 'Jonas has pain in the lower back since 2 weeks, Nachtschweiß. Röntgen LWS please.'], 96],
    [['Betreff: Jonas, 8 years', '', 'Dear colleague,', 'Jonas has pain in the lower back.'], 96],
    [['Objet : Léa, 9 ans', 'Douleur lombaire depuis 2 semaines.'], 108],
    // Kreyòl in a French note: "gason" is a boy, "an" a year.
    [['Gason 12 an. Doulè do depi 6 semèn.', 'Ex: pas de sensibilité focale, neuro normal.', 'Revoir dans 1 sem avec résultats.'], 144],
    // A half in brackets after the name in a patient's key, a bare number after the name in a Patient value.
    [['Child: Sofia (3 1/2)', 'Neck pain after a fall off the slide.'], 42],
    [['Child: Sofia (3½)', 'Neck pain after a fall off the slide.'], 42],
    [['Re: Tom (2 1/2)', 'Back pain 3 weeks.'], 30],
    [['Patient: Sofia (8)', 'Back pain 3 weeks.'], 96],
    [['Patient: Sofia (3 1/2)', 'Back pain 3 weeks.'], 42],
    [['Pt: Sofia T (8)', 'Back pain 3 weeks.'], 96],
    // A bracket with a unit after a name.
    [['Dear Dr Osei,', 'I saw baby Ruby (2 months) for colic. Small dimple at the base of her spine.'], 2],
    [['To Dr. Al-Mansour,', '', 'Sofia (12 y) came with her mother for mild low back pain of about 10 days.'], 144],
    // A requisition's cells.
    [['REQ 9002 | 72148 MRI L-SPINE | DX M54.50 LBP | 16Y M | UHC AUTH# PA-88213 | CLIN: 3 wks LBP'], 192],
    // An M before the sex told on its own is months, as "Age: 11M" is.
    [['AGE 11M  SEX M', 'DX: hairy patch L-S'], 11],
    [['AGE 11M  SEX F', 'DX: hairy patch L-S'], 11],
    [['AGE 9M | Gender: male', 'DX: hairy patch L-S'], 9],
    [['AGE 1Y 3M  SEX M', 'DX: hairy patch L-S'], 15],
    // A day of life before a newborn's describer and the word for the child.
    [['Day-10 term male on the postnatal ward, skin tag above the gluteal cleft.'], 10 * DAY],
    [['Day 4 preterm girl, sacral dimple.'], 4 * DAY],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    // A temperature, a relative's age, a relative's key, a duration.
    ['T, 39 F', 'Back pain.'],
    ['Temp 39 F', 'Back pain.'],
    ['Child: Ava T., mother 26 yrs', 'Back pain.'],
    ['Mother: Jane Doe      DOB: 1990-03-12', 'Date: 2024-05-14', 'Back pain.'],
    ['Child: Maya R.      Sibling: Tom, 9 yrs', 'Back pain.'],
    ['Baby M 3 wks of pain. Dimple.'],
    ['Mother F 26 yrs', 'Baby has a dimple.'],
    ['Betreff: Mutter Anna, 34 Jahre', 'Jonas Rückenschmerzen, Röntgen LWS.'],
    ['Betreff: Rückenschmerzen, 3 Wochen', 'Dear colleague, Jonas has pain in the lower back. Röntgen LWS.'],
    ['Betreff: Dr Jones, 8 years', 'Hairy patch over the sacrum.'],
    ['Objet : Mia, 9 ans', 'Sa soeur Mia a une fossette; douleur lombaire depuis 2 semaines.'],
    // A bracket: a bare number opening a sentence, a relative's, a duration, a small number in a Patient value.
    ['Sofia (3 1/2) went down the slide.', 'Back pain.'],
    ['Child: Sofia (3 1/2 weeks of pain)', 'Back pain.'],
    ['Mother: Ann (3 1/2)', 'Back pain.'],
    ['Patient: Sofia (3)', 'Back pain.'],
    ['Patient: Sofia (8)', 'Baby with a dimple.'],
    ['Back pain. Mum (34 y) is worried.'],
    ['Back pain for 3 weeks. Her brother Tom (16 y) has scoliosis.'],
    // A requisition's cell holding a duration.
    ['DX LBP | 3 mo | UHC'],
    ['LBP 3 wks | MRI L-spine'],
    // A day that is no day of life.
    ['Day 10 of antibiotics, term male with dimple.'],
    ['Day 3 girl scouts camp, back pain.'],
    ['Day 3 term girl scouts camp, back pain.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  // An M after a sex-less age in other forms stays age and sex in one.
  it('"15M c/o LBP" stays a boy of 15', () => assert.equal(ageOf('15M c/o LBP. XR L-spine'), 180));
  it('"AGE 15M" without a sex column stays as before', () => assert.equal(ageOf('AGE 15M', 'Back pain.'), 180));
  it('"Age 15M, sexually active" is no sex column', () => assert.equal(ageOf('15M, sexually active. Back pain.'), 180));
});
