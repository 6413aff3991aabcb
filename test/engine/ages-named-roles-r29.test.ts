/**
 * r29: two ways a letter or a terse note tells the age that were read nowhere.
 * 1. A first name and a bracket holding the age, after a clinician's verb of care ("I am treating Lars (13) for …",
 *    "thank you for referring Amira (7)", "I treated Tom (4 yrs)", "I have been managing Sophie (9/12)"), or after a word
 *    for the patient ("your patient Amira (7)"): age-vocabulary.json subjectAge.nameBefore.
 * 2. An age in years before what the young person does ("18 y soldier", "14 y gymnast", "16 y ballet dancer"):
 *    afterAge.roles.
 * Near-misses: a relative's name, a name in another sentence, a clinical word, a drug or a heading before the bracket,
 * a plain age told elsewhere; a duration in years, a relative's role, an age in months, a group.
 */
import * as assert from 'node:assert/strict';
import { ageOf } from '../helpers';

describe('a name and a bracketed age after a verb of care (r29)', () => {
  const read: [string[], number][] = [
    [['Dear Dr, I am treating Nils (12) for mechanical low back pain since he started handball 4x a week.'], 144],
    [['Dear colleague,', 'Thank you for referring Amira (7) with back pain for three weeks.'], 84],
    [['Dear GP, I have been managing Ingrid (15) for lumbar pain after dance camp.'], 180],
    [['Physio summary: I treated Tom (4 yrs) for a limp and back pain, now settled.'], 48],
    [['Dear Dr, I have been managing Sophie (9/12) for a sacral dimple noted by the health visitor.'], 9],
    [['Thanks for seeing your patient Amira (7) with back pain for 3 weeks.'], 84],
    [['Thank you for seeing Ruby (10/12) with a sacral dimple, 4 mm, in the cleft.'], 10],
    [['We assessed Jonas (11) in the sports clinic: back pain 5 weeks.'], 132],
    [['I am treating Lars (13) for back pain. His brother Ola (15) had the same.'], 156],
  ];
  for (const [lines, months] of read) it(`${JSON.stringify(lines.join(' / '))} is ${months} months`, () => assert.equal(ageOf(...lines), months));

  const none: string[][] = [
    ['I am also treating his brother Ola (15) for back pain. Her back pain 3 weeks.'],
    ['He was referred for physio. Tom (16) pushed him off the trampoline; back pain since.'],
    ['I am treating Naproxen (2) a day for the back pain.'],
    ['I treated Lumbar (12) pain with physio.'],
    ['I reviewed Grade (3) spondylolisthesis on the films. Back pain 6 weeks.'],
    ['Referred for Fever (3) days and back pain.'],
    ['We are seeing his sister Mia (9) as well; his back pain 3 weeks.'],
    // British notation after a word that books the next visit is its interval, not the age.
    ['Sacral dimple, 3 mm, in the cleft. Plan: review Ruby (6/52) with the scan.'],
    ['Sacral dimple, 3 mm, in the cleft. Plan: see Ruby (3/12).'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('a plain age told elsewhere wins: "treating Lars (13) … He is a 14 yo M"', () =>
    assert.equal(ageOf('Dear Dr, I am treating Lars (13) for back pain.', 'Clinic: 14 yo M, LBP 3 weeks.'), 168));
});

describe('an age in years before a role (r29)', () => {
  const read: [string, number][] = [
    ['Army MO: 18 y soldier, LBP after a loaded march. Neuro intact.', 216],
    ['Sports clinic: 14 y gymnast with back pain when arching, 6 weeks.', 168],
    ['Seen today: 16 y ballet dancer, LBP 3 wk, no red flags.', 192],
    ['Seen today: 17 y army cadet, LBP after drill, 2 weeks.', 204],
    ['Back pain in 16 y rugby player after a tackle, no neuro deficit.', 192],
    ['Consult for 15 yrs keen footballer with LBP for 4 weeks.', 180],
    ['Ortho: 17 yr apprentice with LBP after lifting at work.', 204],
    ['Pt is a 13 y student, LBP 2 weeks, sits all day.', 156],
  ];
  for (const [line, months] of read) it(`${JSON.stringify(line)} is ${months} months`, () => assert.equal(ageOf(line), months));

  const none: string[] = [
    'Seen: 18 y service, LBP 3 weeks.',
    'Father served 18 y in the army. Son has LBP 3 weeks.',
    'LBP 3 weeks. Father, 45 y soldier, has back pain too.',
    'LBP 3 weeks. Dad is a 45 y soldier.',
    'Seen: 6 mo dancer figurine in the room. LBP 3 weeks.',
    'LBP 3 weeks. Coach has trained 16 y recruits for years.',
    'LBP x 3 y keen runner, no red flags.',
  ];
  for (const line of none) it(`no age: ${JSON.stringify(line)}`, () => assert.equal(ageOf(line), undefined));
});
