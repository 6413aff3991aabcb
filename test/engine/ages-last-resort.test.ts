/**
 * Ages a note tells only where the age is not usually written: at the start of a sentence in the order,
 * prior-imaging or referral line, after a clock time, or under a Patient key written inside prose. Each
 * is read only when the note tells no age anywhere else, and never when it is someone else's or a range.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

describe('ages told only in an order, prior or referral line', () => {
  const read: [string, number][] = [
    ['Requested: MRI lumbar spine. 2 y M, "lumbar hairy patch, r/o tethered cord".', 24],
    ['Prior: "11 y F, LBP x 3 wks, no red flags."\nTODAY: LBP now 5 weeks, constant.\nPlan: CT lumbar spine', 132],
    ['Order: US spine. 4 mo F with a deep dimple, neuro intact.', 4],
    ['Referral: neurosurgery. 3 yo M, lipoma over the sacrum.\nOrder: MRI L-spine', 36],
  ];
  for (const [text, months] of read) it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => near(ageOf(...text.split('\n')), months, text));

  const notRead: string[] = [
    // Someone else's, a range, a duration, an age that does not open its sentence.
    'Order: MRI L-spine. Mother 32 yo has SBO.',
    'Order: XR L-spine. 2-3 yo per mom.',
    'Order: MRI L-spine, repeat in 6 mo.',
    'Order: US spine for the sacral dimple seen at 2 mo.',
    'Prior imaging: US spine at 3 wk old: normal.\nOrder: MRI L-spine',
  ];
  for (const text of notRead) it(`reads no age in ${JSON.stringify(text.slice(0, 60))}`, () => assert.equal(ageOf(...text.split('\n')), undefined, text));

  it('an age told anywhere else wins over one in the order line', () => {
    near(ageOf('HPI: 9 mo F, deep dimple.', 'Order: US spine. 4 mo F per the old requisition.'), 9, 'HPI first');
    near(ageOf('Order: US spine. 4 mo F per the old requisition.', 'Findings: deep dimple; baby now 9 mo.'), 9, 'now wins');
  });
});

describe('a clock time before the age is no range', () => {
  it('"cross cover 0315 - 5yo M" is five years', () => {
    near(ageOf('cross cover 0315 - 5yo M, pre-B ALL. new back pain tonight. plan: MRI L-spine'), 60, '0315');
    near(ageOf('seen at 1400 - 14 y F with back pain x 2 wk. Order: XR L-spine'), 168, '1400');
  });
  it('a range of one- or two-digit numbers is still no single age', () => {
    assert.equal(ageOf('Back pain in kids 10 - 14 yo is common. Order: XR L-spine'), undefined);
  });
});

describe('a Patient key written inside prose', () => {
  it('tells the age', () => near(ageOf('Order received: XR lumbar spine 2 views. Patient: 3 mo F. Indication: "sacral dimple with hair tuft".'), 3, 'inline Patient'));
  it('not when it follows a relative', () => assert.equal(ageOf('Older brother, Patient: 6 yo M, seen too. Baby has a sacral dimple. Plan: US spine'), undefined));
});
