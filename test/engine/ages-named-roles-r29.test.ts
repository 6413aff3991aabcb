/**
 * r29: two ways a letter or a terse note tells the age that were read nowhere.
 * 1. A first name and a bracket holding the age, after a clinician's present verb of care and its subject ("I am
 *    treating Lars (13) for …", "thank you for referring Amira (7)", "I have been managing Sophie (9/12)"):
 *    age-vocabulary.json subjectAge.$commentCare. After review: never a past verb (a sibling or an earlier patient in a
 *    family letter), a verb opening its sentence, a twin, a list, a count or a unit after the bracket, a sign, scale or
 *    product before it (subjectAge.terms), and any other age told of the child wins.
 * 2. An age in years before what the young person does ("18 y soldier", "16 y ballet dancer"): afterAge.roles, only
 *    opening the note, a line, a sentence or a header clause (afterAge.$commentRoleOpening).
 * Near-misses: a relative's name, a name in another sentence, a clinical word, a drug or a heading before the bracket,
 * a plain age told elsewhere; a duration in years, someone else's role, an age in months, a group.
 */
import * as assert from 'node:assert/strict';
import { ageOf } from '../helpers';

describe('a name and a bracketed age after a verb of care (r29)', () => {
  const read: [string[], number][] = [
    [['Dear Dr, I am treating Nils (12) for mechanical low back pain since he started handball 4x a week.'], 144],
    [['Dear colleague,', 'Thank you for referring Amira (7) with back pain for three weeks.'], 84],
    [['Dear GP, I have been managing Ingrid (15) for lumbar pain after dance camp.'], 180],
    [['Dear Dr, I have been managing Sophie (9/12) for a sacral dimple noted by the health visitor.'], 9],
    [['Thanks for seeing your patient Amira (7) with back pain for 3 weeks.'], 84],
    [["Dear Dr, I'm currently treating Eva (11) for low back pain, 4 weeks."], 132],
    [['Dear Dr, may I introduce Lars (13), who has had back pain for 3 weeks.'], 156],
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
    ['Ortho: 17 yr apprentice with LBP after lifting at work.', 204],
    ['MO note - 19 y recruit, LBP after a 15 km loaded march, no red flags.', 228],
    ['Keen 15 y footballer, LBP 3 weeks.', 180],
    ['GP letter.\nA pleasant 16 y rower with LBP for 5 weeks.', 192],
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

describe('review r29: a bracket after a verb of care that is no introduction of the patient', () => {
  const none: string[][] = [
    // A past verb: a sibling or an earlier patient in a family letter.
    ['Baby Amy has a sacral dimple 3 mm in the cleft. I treated Jack (4), her brother, for a tethered cord.'],
    ['Hairy patch over the sacrum in an infant. I referred Noah (3) to neurosurgery in 2022 - same family.'],
    ['Dear Dr, I previously treated Ola (19) for spondylolysis; this is his brother Tom with back pain 3 weeks.'],
    ['Dear Dr, I managed Ida (16) through a pars fracture; her sister now has back pain 3 weeks.'],
    // A twin or a triplet before the name.
    ['Dear Dr, I have also examined his twin Mia (9). Tom has a sacral dimple.'],
    ['Dear Dr, I also reviewed her triplet Ben (6). Sacral dimple 3 mm in the cleft.'],
    // Another child in the story, no word of care before the name.
    ['Back pain 3 weeks after the older boy Ola (15) landed on him on the trampoline.'],
    // A list, two children, a count or a unit after the bracket.
    ['Dear Dr, I am treating Lars (1) ibuprofen and (2) physio for his LBP 3 weeks.'],
    ['Dear Dr, I am treating Lars (1) with ibuprofen (2) physio. LBP 3 weeks.'],
    ['I am treating Lars (13 yrs) and Ola (15 yrs) - brothers, both with LBP.'],
    ['I am treating Nystatin (4) times a day for the rash. Sacral dimple 3 mm.'],
    // A verb opening its sentence, before a drug, a product, an organism, a sign, a stage or a ward.
    ['Managing Oramorph (5) ml prn. LBP 3 weeks.'],
    ['Hair tuft over the sacrum. Treated Candida (2) nappy rash.'],
    ['Hair tuft over the sacrum. Treating Nystatin (4) times a day.'],
    ['Sacral dimple 3 mm in cleft. Managing Sudocrem (2) applications daily.'],
    ['LBP 6 weeks. Treated Salter (2) fracture of the wrist last year.'],
    ['LBP 6 weeks. Following Fontan (3) stages.'],
    ['Following Risser (2) she has growth remaining. LBP 3 weeks.'],
    ['Concerning Chiari (1) on previous MRI. LBP 3 weeks.'],
    ['Referring Scheuermann (14) for review? LBP 3 weeks.'],
    ['Admitted Puffin (12) overnight for pain control. Back pain 3 weeks.'],
    ['Hair tuft on sacrum. Referring Hansen (2) - GP.'],
    ['On exam I assessed Beighton (6) - hypermobile. Back pain 3 weeks.'],
    ['Pubertal: examined Tanner (3). LBP 3 weeks.'],
    ['LBP 6 weeks. Assessing Oswestry (14) disability.'],
    // Another age told of the child, which the reader may not read: the bracket yields to it.
    ['Dear Dr, thank you for referring Amira (7) - actually she is 7 weeks. Sacral dimple 3 mm.'],
    ['Dear Dr, I am treating Lars (13) for LBP 3 weeks. Lars is 15 (DOB wrong on referral).'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  const read: [string[], number][] = [
    // An age told as such, keyed or plain, wins over the bracket.
    [['Dear Dr, I am treating Lars (13) for LBP 3 weeks. Age 15.'], 180],
    [['Dear Dr, I am treating Lars (13) for LBP 3 weeks. Age: 15.'], 180],
    [['Age 15. Dear Dr, I am treating Lars (13) for LBP 3 weeks.'], 180],
    [['Dear Dr, I am seeing Lars (13) for LBP 3 weeks. Age 15.'], 180],
    [['Dear Dr, I have been managing Sophie (9/12) for a sacral dimple, 3 mm, in the cleft.'], 9],
    [['Thank you for referring Lars (13). Seen with mum (41) and brother Ola (19). LBP 3 weeks.'], 156],
  ];
  for (const [lines, months] of read) it(`${JSON.stringify(lines.join(' / '))} is ${months} months`, () => assert.equal(ageOf(...lines), months));
});

describe("review r29: an age before a role that is someone else's or a duration", () => {
  const none: string[] = [
    'Back pain 3 weeks after being tackled by an 18 y rugby player; he is small for age.',
    'Pillion passenger on a moped, 19 y rider lost control; back pain since.',
    'Knocked down by a 20 y cyclist on the pavement, back pain since.',
    'LBP 3 weeks after collision with a 20 y cyclist.',
    'LBP 3 weeks. Trained by a 25 y boxer.',
    'LBP 3 weeks. Coach (a 25 y boxer) noticed.',
    'LBP 6 weeks. Sibs: 19 y footballer, 21 y student, both well.',
    'LBP for 3 y competitive runner.',
    'LBP 3 weeks. Has been a 5 y player in the academy.',
    'Played 5 y rugby player position prop. LBP 3 weeks.',
    'Competitive 5 y swimmer (started at 9). LBP 3 weeks.',
    'Competitive 12 y swimmer (started at 3). LBP 3 weeks.',
    'LBP 5 weeks. 3 y runner, 30 miles a week.',
    'LBP 5 weeks. 11 y runner, 30 miles a week.',
    'Sports hx: 10 y competitive swimmer, trains 15 h/week. LBP 2 weeks.',
    'Sports: 8 y dancer, now pre-professional. LBP when arching 5 weeks.',
    'Sports: 12 y dancer, now pre-professional. LBP when arching 5 weeks.',
    'LBP 3 weeks, 17 y player, and his 19 y teammate also injured.',
    'LBP 3 weeks. Former 14 y gymnast.',
    '16 y ballet dancer, LBP 3 wk. Mum reports she is 15.',
  ];
  for (const line of none) it(`no age: ${JSON.stringify(line)}`, () => assert.equal(ageOf(line), undefined));

  const read: [string, number][] = [
    ['17 y rower, LBP 5 weeks.', 204],
    ['Triage: 17 y army cadet, LBP after drill 6 weeks, night pain.', 204],
    ['Pt: 16 y gymnast, LBP 3 weeks.', 192],
    ['15 y goalkeeper w/ LBP after a dive, 2 weeks.', 180],
    ['Sports medicine - 17 y rower, LBP 6 weeks.', 204],
  ];
  for (const [line, months] of read) it(`${JSON.stringify(line)} is ${months} months`, () => assert.equal(ageOf(line), months));
});
