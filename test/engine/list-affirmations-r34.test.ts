/**
 * A denial list ends at an item the writer affirms with a verb of their own ("Denies fever, chills, endorses night
 * sweats"; "No fever, referral to neurosurgery placed"): the denial's scope stopped short of such items only for
 * "reports", "has", "c/o" and the like, so a red flag a teenager admits to was read as denied and a referral made as none
 * (context-lexicon.json listAffirmations). Found by the round-34 review of wrapped lists, where main read them so on one line.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const hpi = (value: string) => ['Pt: 8 y M', `HPI: back pain 6 wk. ${value}`, 'Order: MRI L-spine'];

describe('a denial list ends at an item affirmed by the writer', () => {
  for (const [value, id] of [
    ['Denies fever, chills, endorses night sweats', 'night-sweats'],
    ['Denies fever, admits to night pain', 'night-pain'],
    ['No fever, no weight loss, admits night sweats', 'night-sweats'],
  ] as const) {
    it(`"${value}": ${id} is present`, () => assert.ok(presentIn(id, ...hpi(value))));
  }
  it('"No fever, referral to neurosurgery placed" is a referral made', () => {
    assert.equal(readNote(...hpi('No fever, referral to neurosurgery placed')).facts.referral.neurosurgery, true);
  });
  for (const [value, id] of [
    ['Denies fever, night sweats, night pain', 'night-pain'],
    ['No fever, no night sweats. Endorsed by mum as well', 'night-sweats'],
    ['Denies fever, chills or night sweats', 'night-sweats'],
  ] as const) {
    it(`"${value}": ${id} stays denied`, () => assert.ok(!presentIn(id, ...hpi(value))));
  }
  for (const value of ['No referral placed yet', 'no fever, no referral placed', 'Neurosurgery referral not placed']) {
    it(`"${value}" is no referral`, () => assert.equal(readNote(...hpi(value)).facts.referral.neurosurgery, false));
  }
});
