/**
 * Ages read by r41: a Nordic age beside a word for the child ("Flicka 14 år", "Gutt 8 mån"), a word for the child glossed in
 * brackets before the age ("Bé gái (girl) 9 months"), a baby clinic's visit labelled by the age on the note's heading
 * ("Neonatal follow-up (NNP) - 3 month review"); and "Now 3 months she walk on toes", a duration told as a writer whose
 * language puts the time first tells it, which is never the age (an "N year old" told elsewhere stands). Near-misses: a
 * relative's age, a time ago, an interval review, a complaint's duration.
 */
import * as assert from 'node:assert/strict';
import { ageOf, ids, near, note, WEEK } from '../helpers';

describe('ages beside durations, glosses, Nordic units and visit labels (r41)', () => {
  const read: [string[], number][] = [
    [['Vårdcentral remiss - barnläkare', 'Flicka 14 år. Low back pain since 2 months.', 'Please MRI lumbar spine.'], 168],
    [['Gutt 8 mån. Sacral dimple.'], 8],
    [['Pige, 2 måneder. Sacral dimple.'], 2],
    [['Tyttö 9 vuotta. Back pain 3 weeks.'], 108],
    [['Mamma 34 år. Pojke 6 år, back pain 3 weeks.'], 72],
    [['Bé gái (girl) 9 months. Sacral dimple since birth.', 'Ultrasound at 1 month (other hospital): indeterminate.'], 9],
    [['Baby (girl) 9 months. Dimple since birth.'], 9],
    [['7 year old girl. Soft swelling lumbosacral since baby. Now 3 months she walk on toes.'], 84],
    [['10 yo boy. Back pain, now 2 weeks he limps.'], 120],
    [['Baby girl with sacral dimple, now 3 months.'], 3],
    [['Neonatal follow-up (NNP) - 3 month review', 'Hair tuft over sacrum noted at birth.', 'Baby thriving.'], 3],
    [['Baby clinic - 4 month well visit', 'Sacral dimple.'], 4],
    [['GP - 6 week check', 'Sacral dimple noted. Baby well.'], 6 * WEEK],
  ];
  for (const [lines, months] of read) it(JSON.stringify(lines.join(' / ')), () => near(ageOf(...lines), months, lines[0]));

  const none: string[][] = [
    // A duration after "now", a new clause's subject after it: how long, never the age.
    ['Lump over sacrum. Now 6 months it is bigger.'],
    ['Sacral dimple. Now 3 months she walk on toes.'],
    // Nordic units: a relative's, a time ago, a complaint's duration, no word for the child.
    ['Mamma 34 år. Back pain.'],
    ['Flicka 14 år sedan operated.'],
    ['Back pain for 2 år. Sacral dimple.'],
    // A relative before a glossed word for the child.
    ['Sister (girl) 4 years has spina bifida. Baby has dimple.'],
    // Intervals, not a baby clinic's visit by age.
    ['Back pain - 3 month review', 'Still sore.'],
    ['Baby clinic - 3 month review booked', 'Dimple.'],
    ['Spina bifida clinic - 3 month review', 'Post-op baby doing well.'],
    ['Neonatal clinic - 3 month follow-up', 'Sacral dimple.'],
    ['Baby clinic - Mum’s 6 week check', 'Sacral dimple.'],
    // Not a baby's clinic, or another age told in the note (mend).
    ['Child development clinic - 6 month review', 'Toe walking, pes cavus R, hairy patch L5.', 'Order: MRI L-spine'],
    ['Neonatal follow-up - 3 month review', 'Baby now 7 months corrected 5, dimple with tuft.', 'Order: US lumbar spine'],
  ];
  for (const lines of none) it(`no age: ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(ageOf(...lines), undefined, lines[0]));

  it('a duration after "now" never makes a young infant of a school child (no mri-first-in-young-infant)', () => {
    const lines = ['7 year old girl. Soft swelling lumbosacral since baby. Now 3 months she walk on toes.', 'Plan: MRI lumbar spine without contrast.'];
    assert.ok(!ids(note(...lines)).includes('mri-first-in-young-infant'));
  });
  it('a lump growing "now 6 months" is no 6-month-old (no mri-first-in-young-infant)', () => {
    assert.ok(!ids(note('Lump over sacrum. Now 6 months it is bigger.', 'Plan: MRI lumbar spine')).includes('mri-first-in-young-infant'));
  });
});
