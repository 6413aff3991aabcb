/**
 * Ages as set 16's writers tell them, and the words that are no age: "neonatal" naming a team, a transport, an exam
 * or an illness ("NEONATAL/INFANT TRANSPORT", "the neonatal team will arrange", "neonatal hypoglycemia"), a day of
 * life after a colon that labels the patient ("Infant: term female, day of life 10"), and an adult's age with the
 * sex right after it opening a clause after a complaint ("Staff injury, 19 y M court monitor: …"). Near-misses: a
 * weight, a gestation, a duration after a complaint, a relative's age, a companion's key.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const DAY = 1 / 30.4375;
const WEEK = 7 / 30.4375;

describe('ages as set 16 writes them', () => {
  const read: [string[], number][] = [
    [['NICU Discharge Summary', 'Infant: term female, day of life 10. Birth weight 3.9 kg.', 'Reason for admission: neonatal hypoglycemia.'], 10 * DAY],
    [['Infant: term male, DOL 4. Sacral dimple, base seen.'], 4 * DAY],
    [['Staff injury, 19 y M court monitor: under-rotated a back flip, landed on his upper back; midline T5 tender.'], 228],
    [['Injury, 15 y F: fell from the beam, landed on her back. Midline L1 tender.'], 180],
    [['Staff injury - 16 y M lifeguard: slipped on the pool deck. Midline L2 tender.'], 192],
    // A weight, a gestation or a word for the service beside a plainly told age leaves the age as told.
    [['Infant boy, wt 7.2 kg, 6 mo. Midline tuft of hair over L4.'], 6],
    [['Baby girl born at 32+4, now 8 wk. Sacral dimple.'], 8 * WEEK],
    [['Ex-32 wk, 10 wk old boy. Sacral dimple.'], 10 * WEEK],
    [['NEONATAL TRANSPORT TEAM - handover', 'Term newborn girl, deep sacral dimple, base not seen.'], 0],
    [['Neonatal girl, deep sacral dimple, base not seen.'], 0],
  ];
  for (const [lines, months] of read) it(`reads ${JSON.stringify(lines.join(' | ').slice(0, 60))}`, () => near(ageOf(...lines), months, lines.join(' | ')));

  const notRead: string[][] = [
    ['NEONATAL/INFANT TRANSPORT - summary for receiving team', 'Infant boy, wt 7.2 kg. Transferred for SVT.', 'Back: midline tuft of hair over L4-L5.'],
    [
      'FETAL MEDICINE UNIT - counselling note',
      'Gestation: 22+3 weeks. Singleton.',
      'Neonatal examination after birth; the neonatal team will arrange a spinal ultrasound.',
      'Rescan 32 weeks.',
    ],
    ['Reason for admission: neonatal hypoglycemia. Lumbosacral hair tuft.'],
    ['Neonatal transport. Infant with a hairy patch over L5.'],
    ['Hx of neonatal jaundice. Hairy patch over L5.'],
    // A day after a colon that keys no patient dates what the key names.
    ['Spinal US: DOL 3, normal. Hairy patch over L5.'],
    // A duration after a complaint, with no sex after it; a relative's age; a companion's key.
    ['Back pain, 3 wks, worse at night.'],
    ['LBP 3 wk F/U, worse at night.'],
    ['Injury, mother 34 y F, fell carrying him.'],
    ['Coach: 18 y M, saw him fall. Back pain.'],
  ];
  for (const lines of notRead) it(`reads no age in ${JSON.stringify(lines.join(' | ').slice(0, 60))}`, () => assert.equal(ageOf(...lines), undefined, lines.join(' | ')));
});
