/**
 * Ages as set 18's writers tell them (r21): a bare number right after the child's name ("Jayden (6) bumped his back",
 * "RE: Marcus T (14)", "Re: Jack O'Neill, 17", "Daniel, 19, 2nd year uni", "father of Caleb, 16", "my son Mateo is 8"),
 * a letter's heading past a column gap ("Re: Oliver Grant  11y"), an Age key that names the sex too ("Age/Sex: 19Y/M"),
 * an Age column followed by a column written without its colon ("Age: 18    DOB on file"), and a day of life written
 * "D5 of life". Near-misses: a relative's or a companion's age, a count, a score, a drug, an infant's note, another son;
 * a bracket opening a sentence is not read ("Calpol (5) given, he settled", "Tom (16) pushed him").
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const DAY = 1 / 30.4375;

describe('ages as set 18 writes them (r21)', () => {
  const read: [string[], number][] = [
    // A bare number after the child's name.
    [['Dear Dr Salazar', '', 'RE: Marcus T (14)', 'Low back pain 10 days after football.'], 168],
    [["Re: Jack O'Neill, 17", 'Midline pain at the thoracolumbar junction after a tackle.'], 204],
    [['Re: Miss Ruby Jones, 12', 'Back pain 3 weeks.'], 144],
    [['Dear Dr Moreau,', '', 'Daniel, 19, 2nd year uni, plays basketball. 5 wks of low back pain.'], 228],
    // After a relative's sentence has ended, the apposition is the child's.
    [['Seen with dad. Ethan, 9, fell off the trampoline yesterday.'], 108],
    [['From: Robert D. (father of Caleb, 16)', "Caleb's lower back has hurt for about 2 months."], 192],
    [['MyChart msg - from Angela P (mom of Zoe P, age 11)', 'zoe has had fever since Friday and her lower back hurts.'], 132],
    [['Parent msg: hi my son Mateo is 8, his lower back hurts after soccer practice.'], 96],
    // A letter's heading past a column gap.
    [['Dear Dr Hughes,', '', 'Re: Oliver Grant  11y', 'T/L junction pain 3 wks, wakes him at night.'], 132],
    // An Age key that names the sex too: the sex is its own column.
    [['Name: Usman Tariq        Age/Sex: 19Y/M', 'C/o: Low backache x 1 week after deadlifts.'], 228],
    [['Age/Sex: 14 M', 'Back pain 3 weeks.'], 168],
    [['Age/Sex: 15/F', 'Back pain 3 weeks.'], 180],
    [['Sex/Age: F/9', 'Back pain 3 weeks.'], 108],
    [['Age/Sex: 3/12 F', 'Sacral dimple, base seen.'], 3],
    // The Age/Sex column ends at a column gap: the line runs on into the next column.
    [['Name: Usman Tariq   Age/Sex: 14 M   MRN 4471', 'Back pain 3 weeks.'], 168],
    [['Age/Sex: 14 M    Ward: 4B', 'Back pain 3 weeks.'], 168],
    [['Age/Sex: 14 M   Wt 50 kg', 'Back pain 3 weeks.'], 168],
    [['Age/Sex: 14    M', 'Back pain 3 weeks.'], 168],
    // An Age column's unit past a column gap, in any case, is the unit, never the next column.
    [['Age: 6    WKS', 'Sacral dimple.'], 6 * 7 * DAY],
    [['Age: 9    MONTHS', 'Sacral dimple.'], 9],
    [['Age: 10    MO', 'Sacral dimple.'], 10],
    [['Age: 14    MTHS', 'Sacral dimple.'], 14],
    [['Age: 8    MO   Sex: F', 'Sacral dimple.'], 8],
    [['Age: 18    mo', 'Sacral dimple.'], 18],
    // An Age column followed by a column written without its colon.
    [['JUVENILE DETENTION HEALTH SERVICES', 'Resident: J.T.    Age: 18    DOB on file', 'CC: LBP 2 mo, worse at night.'], 216],
    // A day of life written short.
    [['NICU   Baby of Rukhsana   D5 of life   term male, NVD', 'Exam: small flat haemangioma over sacrum.'], 5 * DAY],
    [['BB Boy of Nur Aisyah bt Hamdan', 'D10 of life, term SVD, BW 3.1kg', 'Incidental: small sacral dimple.'], 10 * DAY],
    [['Day5 of life, term female. Sacral dimple.'], 5 * DAY],
    [['DOL 5, term male. Sacral dimple.'], 5 * DAY],
    [['Day 3 of life, term female. Sacral dimple.'], 3 * DAY],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    // A relative's or a companion's age, a relative's key.
    ['Mum (34) has back pain herself. Child has a sacral dimple.'],
    ['Sister Mia (19) has tethered cord; Mia had surgery. Child with a hair tuft.'],
    ['Sibling: Mia (9) has a dimple too. Back pain 3 weeks.'],
    ['Coach: Bob, 45, saw him fall. Back pain.'],
    ['Back pain. Her brother Max (14) has none.'],
    ['Boyfriend Jake (19) - he drove her in. Back pain.'],
    ['Mia (19) is her sister. Back pain.'],
    ['Mia, 19, is her sister. Back pain.'],
    ['Tom (16) pushed him off the trampoline. Back pain.'],
    ['Jake, 19, her boyfriend, drove her in. Back pain.'],
    // A count, a score, a list number, a drug, a dose.
    ['Seen x2 (3) for back pain.'],
    ['Episodes (6) of back pain this year.'],
    ['Score (10) at rest. Back pain.'],
    ['Cobb (11) on the outside film. Back pain.'],
    ['Back pain in Max (4). XR L-spine please.'],
    // A bracket opening a sentence, the child spoken of after it: a drug, a count, a measure, not a name.
    ['Calpol (5) given at 2am, he settled after.'],
    ['Nurofen (10) - he says it helps. Back pain.'],
    ['Ibuprofen (10) helped him. Back pain.'],
    ['Falls (6) this week, he keeps tripping.'],
    ['Episodes (7) of incontinence, she is distressed.'],
    ['Hb (12) - she looks pale. Back pain.'],
    ['Wt (18) - he has lost weight. Back pain.'],
    ['Jayden (6) bumped his back on the coffee table last night.'],
    // An apposition only between commas: "Yes, 14." answers a question.
    ['Yes, 14. Back pain 3 weeks.'],
    // A heading's words that are a finding's or a measure's, not a name's.
    ['Re: Lumbar Puncture (12)', 'Back pain.'],
    ['Re: Hb, 12', 'Back pain.'],
    // A clinician's name, a weekday, a department in a heading.
    ['Re: Dr Jones, 12', 'Back pain.'],
    ['Re: Monday, 12', 'Back pain.'],
    ['Re: Orthopaedics, 12', 'Back pain.'],
    // A small number may be months; an infant's note.
    ['Re: Eilidh Murray, 4', 'New daytime wetting.'],
    ['Re: Ruby, 10', 'Baby with a hairy patch over the sacrum.'],
    // Another son, a range, a decimal.
    ['Parent msg: my other son Leo is 9, this one has back pain.'],
    ['Daniel, 12-14, back pain.'],
    ['Daniel, 12.5, back pain.'],
    // An Age key's number, a column gap and more than a unit: unreadable, as before.
    ['Age: 14    MTHS approx', 'Sacral dimple.'],
    // A day of life dating an event.
    ['Sacral dimple. Spinal US on D5 of life normal.'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined));

  it('"Age: 14 M" stays months under a plain Age key', () => near(ageOf('Age: 14 M', 'Sacral dimple.'), 14, 'Age'));
});
