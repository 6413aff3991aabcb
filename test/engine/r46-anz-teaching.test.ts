/**
 * Round 46's held-out sets 88 (GPs, paediatricians and ED doctors in Australia, New Zealand, Ireland and Scotland) and 87
 * (teaching vignettes, case logs): how these writers head a note with the child's name and age, a DOB beside the order's
 * Date, a neonatal log's day of life. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;
const plan = 'Plan: XR L-spine';

describe('a name and a bare number as a whole sentence (s88)', () => {
  it('reads "Conor, 13. Plays rugby", "Oscar, 8." and "Pt: Lachlan, 11" as years', () => {
    assert.equal(ageOf('GP - Limerick', 'Conor, 13. Plays rugby, LBP for 2 weeks.', plan), 156);
    assert.equal(ageOf('GP note', 'Oscar, 8. Came home from school with a sore back.', plan), 96);
    assert.equal(ageOf('GP note', 'Jamie, 7. Recurrent tummy aches. Dad asked about back problems.', plan), 84);
    assert.equal(ageOf('Pt: Lachlan, 11', 'c/o low back ache x 10 days.', plan), 132);
    assert.equal(ageOf('Patient: Lachlan, 11.', 'c/o low back ache x 10 days.', plan), 132);
  });

  it('leaves another person’s, a measure’s, a word’s and an infant’s number unread', () => {
    assert.equal(ageOf('GP note', 'Mia, 19. Her sister has back pain.', plan), undefined);
    // review r46-A: the named one told right after as a relative of the patient.
    assert.equal(ageOf('GP note / Conor, 13. Brother of Sean (pt). Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Conor, 13. Sister of Sean (pt). Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Tom, 16. Her boyfriend. Back pain in Mia.', plan), undefined);
    assert.equal(ageOf('GP note', 'Yes, 14. Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Pain score, 7. Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Wt, 18. Back pain.', plan), undefined);
    assert.equal(ageOf('Pt: Ibuprofen, 8', 'Back pain.', plan), undefined);
    assert.equal(ageOf('Mother: Sarah, 34', 'Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Seen with Conor, 13.', 'Back pain.', plan), undefined);
    // A small number may be months: the reader asks for the unit (bareNumber.minYears).
    assert.equal(ageOf('GP note', 'Ciara, 4. Well.', plan), undefined);
    // A told age wins over the bare number.
    assert.equal(ageOf('GP note', 'Jack, 13. Back pain. He is 14 years old.', plan), 168);
  });
});

describe('"re" and the child’s name in a call’s sentence (s88)', () => {
  it('reads "GP rang re Aoife, 15, ALL dx 2021" and "Mum rang re Aoife, 15, …"', () => {
    assert.equal(ageOf('Haem/Onc phone advice', 'GP rang re Aoife, 15, ALL dx 2021. Back pain.', 'Plan: XR whole spine'), 180);
    assert.equal(ageOf('Phone advice', 'Mum rang re Aoife, 15, back pain.', 'Plan: XR whole spine'), 180);
    assert.equal(ageOf('Phone advice', 'Spoke to GP re Aoife, 15.', 'Back pain.', 'Plan: XR whole spine'), 180);
  });

  it('leaves a relative named after it, a drug, minutes and a date unread', () => {
    assert.equal(ageOf('Phone advice', 'GP rang re Aoife, 15, her sister. Back pain.', plan), undefined);
    assert.equal(ageOf('Phone advice', 'GP rang re Calpol, 5, back pain.', plan), undefined);
    assert.equal(ageOf('Phone advice', 'Spoke to GP re Aoife, 15 mins.', 'Back pain.', plan), undefined);
    assert.equal(ageOf('Phone advice', 'Note re Aoife, 15/12/2025.', 'Back pain.', plan), undefined);
  });
});

describe('the child’s name opening its line, its age closing the clause (s88)', () => {
  it('reads "Isabella 3y.", "Lily 2y 6m", "Baby Rory, 7 weeks." and "Reviewed: Arlo, 13y M"', () => {
    assert.equal(ageOf('GP note, Sat clinic', 'Isabella 3y. Rolled off the couch onto carpet.', plan), 36);
    assert.equal(ageOf('GP note', 'Isabella 3y, rolled off the couch.', plan), 36);
    assert.equal(ageOf('30/5/25', 'Lily 2y 6m', 'Mum c/o wetting again.', plan), 30);
    assert.equal(ageOf('GP consult - baby check', 'Baby Rory, 7 weeks. Mum worried about a dimple.', 'Plan: US spine'), 49 / 30.4375);
    assert.equal(ageOf('Paediatric OPD', 'Reviewed: Arlo, 13y M', 'Hx: 6 wk lumbar pain.', plan), 156);
  });

  it('leaves a relative’s, a weekday’s, a drug’s, a duration and another clinician’s number unread', () => {
    assert.equal(ageOf('GP note', 'Mia 19, her sister, brought him. LBP 3 days.', plan), undefined);
    assert.equal(ageOf('GP note', 'Sister Mia 9y. Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Monday 3 wks. LBP.', plan), undefined);
    assert.equal(ageOf('GP note', 'Calpol 5 days. LBP.', plan), undefined);
    assert.equal(ageOf('GP note', 'Jack 3 weeks of back pain.', plan), undefined);
    // Weeks or days after a name alone may be how long: only after a word for a baby.
    assert.equal(ageOf('GP note', 'Isabella 3 weeks. Back pain.', plan), undefined);
    assert.equal(ageOf('GP note', 'Sarah 2 weeks ago had a fall.', plan), undefined);
    assert.equal(ageOf('Paediatric OPD', 'Reviewed by: Dr Arlo Smith, 13y registrar', 'Hx: LBP.', plan), undefined);
    assert.equal(ageOf('Paediatric OPD', 'Reviewed: Mum, 34 y', 'Hx: LBP.', plan), undefined);
    assert.equal(ageOf('Paediatric OPD', 'Reviewed: 6 wk f/u', 'Hx: LBP.', plan), undefined);
  });
});

describe('a DOB in the patient’s line read on the Date key (s88)', () => {
  it('reads "Patient: Ben R   DOB 02/03/2006" on "Date: 14/05/2025" day-first', () => {
    const age = ageOf('Patient: Ben R   DOB 02/03/2006', 'Date: 14/05/2025', 'LBP with sciatica.', 'Plan: MRI lumbar spine');
    assert.ok(age !== undefined && Math.abs(age - 230.39) < 0.1, String(age));
    assert.equal(readNote('Patient: Ben R   DOB 02/03/2006', 'Date: 14/05/2025', 'LBP with sciatica.', 'Plan: MRI lumbar spine').scenario, 'no-criteria');
  });

  it('leaves a birth after the Date, one read both ways, a parent’s line and a birth long before unread', () => {
    assert.equal(ageOf('Patient: Ben R   DOB 02/03/2026', 'Date: 14/05/2025', 'LBP.', plan), undefined);
    assert.equal(ageOf('Patient: Ben R   DOB 02/03/2016', 'Date: 03/04/2025', 'LBP.', plan), undefined);
    assert.equal(ageOf('Patient: Ben R, mother Jane DOB 02/03/1990', 'Date: 14/05/2025', 'LBP.', plan), undefined);
    assert.equal(ageOf('Patient: Ben R   DOB 02/03/1980', 'Date: 14/05/2025', 'LBP.', plan), undefined);
  });
});

describe('a newborn’s day under a ward or unit heading (s88, s87)', () => {
  it('reads "Baby boy of Jess W, day 2" under a postnatal ward heading and "NICU log: DOL 1 M"', () => {
    assert.equal(ageOf('Postnatal ward review - paeds reg', 'Baby boy of Jess W, day 2, term NVD, 3.4kg', 'Sacral dimple.', 'Plan: US spine'), 2 / 30.4375);
    assert.equal(ageOf('NICU log: DOL 1 M (Baby Ahmed), anorectal malformation.', 'Spine: no dimple.', 'Ordered spinal US.'), 1 / 30.4375);
  });

  it('leaves a day that dates an event, a heading that is no unit’s and a day on a later line unread', () => {
    assert.equal(ageOf('NICU log: DOL 3: US normal.', 'Plan: US spine'), undefined);
    assert.equal(ageOf('Clinic note: DOL 3 M, dimple.', 'Plan: US spine'), undefined);
    assert.equal(ageOf('Clinic note', 'NICU log: DOL 3 M, dimple.', 'Plan: US spine'), undefined);
    assert.equal(ageOf('Postnatal ward review', 'Baby boy of Jess W, day 2 of antibiotics, sacral dimple.', 'Plan: US spine'), undefined);
  });
});

describe('an ache of another part is no back pain (s88)', () => {
  const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
  it('reads "Recurrent tummy aches", "knee ache", "leg aches at night" and "abdominal aching" as no back pain', () => {
    const tail = ['Exam: abdo soft. Spine normal, neuro NAD.', 'Plan: Movicol. No imaging needed.'];
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Recurrent tummy aches and constipation. No urinary symptoms.', ...tail), 'no-criteria');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Knee ache after football.', ...tail), 'no-criteria');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Leg aches at night.', ...tail), 'no-criteria');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Abdominal aching.', ...tail), 'no-criteria');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Tummy soreness.', ...tail), 'no-criteria');
  });

  it('keeps the back’s ache: told with the back in its clause, or with no other part before it', () => {
    const plan = 'Plan: XR L-spine';
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Back and tummy aches.', plan), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Tummy ache and lower back aching.', plan), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Aches in his lower back.', plan), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Lumbar ache x 2 wks.', plan), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('GP note', 'Jamie, 7. Ache in the lumbar region, tummy ok.', plan), 'back-pain-no-red-flags');
  });
});
