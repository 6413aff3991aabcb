/**
 * A preterm infant's age told beside its gestation at birth or its corrected age (r28 F7): "3 mo ex-30 wk GA", "3 mo,
 * born at 30 wks", "3 mo (born 30+2/40)", "3 mo former 28 wk preemie", "ex-prem 32/40, 10 wk", "3 mo, corrected 1 mo".
 * The age is the chronological one (the acoustic window is judged on it); the corrected age is the one the engine
 * computes from the gestation. Near misses: a gestation alone, a fetus's or a pregnant mother's gestation, a duration or
 * a past time beside a gestation. And the contrast words after "w/o", "without", "wo", "non": "w/o gadolinium" is as
 * plain as "w/o gad" and "w/o contrast".
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote, WEEK } from '../helpers';

const SKIN = 'Findings: hair tuft over the sacrum';

describe('a preterm infant’s age beside its gestation (r28)', () => {
  it('reads the chronological age told before the gestation, in the forms clinicians write it', () => {
    for (const hpi of [
      'HPI: 3 mo ex-30 wk GA, sacral dimple deep, above cleft',
      'HPI: 3 mo, born at 30 wks, hairy patch over sacrum',
      'HPI: 3 mo ex-30/40, hair tuft over sacrum',
      'HPI: 3 mo (born at 30 wks), hair tuft over sacrum',
      'HPI: 3 mo, born 30+2 wks, hair tuft over sacrum',
      'HPI: 3 mo - born at 31/40 - tuft of hair at L5',
      'HPI: 3 mo former 28 wk preemie, hair tuft over sacrum',
      'HPI: 3 mo, 29 wk GA at birth, dimple above the cleft',
      'Hx: 3 mo ex 29 wk, hairy patch low back',
      'HPI: Pt is 3 mo ex-30 wk, hair tuft',
      'Age: 3 mo, ex-30/40',
    ])
      near(ageOf(hpi, 'Order: XR L-spine'), 3, hpi);
  });

  it('reads the age told after the gestation', () => {
    near(ageOf('HPI: ex-prem 32/40, 10 wk, hair tuft', 'Order: XR L-spine'), 10 * WEEK, 'ex-prem 32/40, 10 wk');
    near(ageOf('HPI: ex-30 wk GA twin, 3 mo, sacral lipoma', 'Order: XR L-spine'), 3, 'ex-30 wk GA twin, 3 mo');
    near(ageOf('HPI: ex-prem 32/40 now 10 wk old, hair tuft', 'Order: XR L-spine'), 10 * WEEK, 'ex-prem 32/40 now 10 wk old');
  });

  it('reads the chronological age told before a corrected one, never the corrected one', () => {
    for (const hpi of ['HPI: 3 mo, corrected 1 mo, hair tuft', 'HPI: 3 mo (CGA 1 mo), hair tuft', 'HPI: 3 mo (1 mo corrected), hair tuft', 'HPI: 3 mo, corrected age 6 wk'])
      near(ageOf(hpi, 'Order: XR L-spine'), 3, hpi);
  });

  it('computes the corrected age from each gestation form, shown beside the chronological one', () => {
    for (const [hpi, weeks] of [
      ['HPI: 3 mo ex-30 wk GA, deep dimple', 30],
      ['HPI: 3 mo ex-30/40, deep dimple', 30],
      ['HPI: 3 mo, born 30+2 wks, deep dimple', 30 + 2 / 7],
      ['HPI: 3 mo former 28 wk preemie, deep dimple', 28],
      ['HPI: 5 mo former 27-weeker, deep dimple', 27],
      ['HPI: 2 mo, born 34+3/40, deep dimple', 34 + 3 / 7],
      ['HPI: ex-prem 32/40, 10 wk, deep dimple', 32],
    ] as const) {
      const age = readNote(hpi, 'Order: US spine').facts.age;
      assert.ok(age?.corrected, hpi);
      assert.ok(Math.abs(age.corrected.gestationWeeks - weeks) < 0.01, `${hpi}: ${age.corrected.gestationWeeks}`);
      assert.ok(age.corrected.months < age.months, hpi);
    }
  });

  it('fires the rules of the infant’s chronological age', () => {
    const xr = readNote('HPI: 3 mo, born at 30 wks, hairy patch over sacrum', 'Order: XR L-spine');
    assert.deepEqual(xr.rules, ['inappropriate-initial-study']);
    assert.match(xr.note.findings[0].message, /3-month-old/);
    // A deep dimple above the cleft at 3 months: US is the study, and the age is known.
    assert.deepEqual(readNote('HPI: 3 mo ex-30 wk GA, sacral dimple deep, above cleft', 'Order: US spine').rules, []);
    // The window is judged on the chronological age: 5 months (corrected 2.4) is closing.
    assert.deepEqual(readNote('HPI: 5 mo, born at 30 wks, hair tuft over sacrum', 'Order: US spine').rules, ['ultrasound-window-closing']);
  });

  it('a gestation alone, a fetus’s or a pregnant mother’s, a duration or a past time tells no age', () => {
    for (const lines of [
      ['HPI: 30 wk GA, hair tuft over sacrum'],
      ['HPI: born at 30 wks, hair tuft over sacrum'],
      ['HPI: Mom pregnant, 7 mo (30 wk GA). Baby has hair tuft.'],
      ['HPI: Mother is pregnant 7 mo ex-30 wk. Hair tuft.'],
      ['HPI: Back pain 3 mo, ex-30 wk'],
      ['HPI: Dimple noted 3 mo ago, born at 30 wk'],
      ['HPI: hair tuft since 3 mo, ex-30 wk'],
      ['HPI: NICU stay 3 mo, born at 28 wk, hair tuft'],
      ['HPI: 3 mo (corrected), hair tuft'],
    ])
      assert.equal(ageOf(...lines, SKIN, 'Order: XR L-spine'), undefined, lines[0]);
  });
});

describe('contrast words after "without" (r28)', () => {
  it('every contrast word after w/o, wo, without or non- is a study without contrast', () => {
    for (const order of [
      'MRI lumbosacral spine w/o gadolinium',
      'MRI L-spine wo gadolinium',
      'MRI L-spine w/o gad',
      'MRI L-spine w/o gado',
      'MRI L-spine w/o Gd',
      'MRI L-spine w/o dye',
      'MRI L-spine w/o IV gadolinium',
      'MRI L-spine without gadolinium',
      'MRI L-spine non-gadolinium',
      'MRI L-spine non-gad',
      'MRI L-spine no gadolinium',
      'MRI L-spine w/o contrast',
    ])
      assert.equal(orderOf('Age: 3 yo', SKIN, `Order: ${order}`), 'mri-area-without', order);
  });

  it('the contrast words still ask for contrast, and a plain series then a contrast series is still a pair', () => {
    for (const order of ['MRI L-spine w/ gado', 'MRI L-spine w/ gadolinium', 'MRI L-spine with gad'])
      assert.equal(orderOf('Age: 3 yo', SKIN, `Order: ${order}`), 'mri-area-with', order);
    for (const order of [
      'MRI L-spine w/o w/ gadolinium',
      'MRI L-spine w/o and w/ gadolinium',
      'MRI L-spine w/o gadolinium then w/ gadolinium',
      'MRI L-spine w/o gadolinium + post gadolinium',
      'MRI L-spine w/ and w/o gado',
      'MRI L-spine pre/post gad',
      'MRI L-spine non-contrast + gadolinium',
    ])
      assert.equal(orderOf('Age: 3 yo', SKIN, `Order: ${order}`), 'mri-area-without-and-with', order);
  });
});

describe('r28 review: a stay after a gestation and a postmenstrual age are no chronological age', () => {
  for (const line of [
    'Hair tuft. Born at 30 wk, 8 wk in NICU.',
    'Hair tuft. Born at 30 wk, 6 wk on CPAP.',
    'Hair tuft. Ex-30 weeker, 10 wk in hospital.',
    'Hair tuft. 40 wk ex-30 wk.',
  ])
    it(line, () => assert.equal(ageOf(line, 'Order: US spine'), undefined));
  it('a stated age is not overridden by a NICU stay told after the gestation', () => assert.equal(ageOf('Hair tuft. 28-weeker, 12 wk NICU stay. Pt 9 mo.', 'Order: US spine'), 9));
  it('an age ending its clause after the gestation is still read ("ex-prem 32/40, 10 wk")', () =>
    near(ageOf('HPI: ex-prem 32/40, 10 wk, hair tuft', 'Order: XR L-spine'), (10 * 7) / 30.4375, 'after'));
});
