/**
 * Review 12 (a): a statement of no further imaging beside a study the note names as its own step, a passive order
 * that is someone else's, another place's or given up, and a study declined by the family for another ordered.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('review 12a fixes', () => {
  it('"No further imaging." leaves the study the note names as its step', () => {
    const who = 'Girl 15 y. Back pain 3 mo, progressive weakness left leg, saddle numbness.';
    assert.equal(orderOf(who, 'MRI L-spine w/o contrast tonight. No further imaging.'), 'mri-area-without');
    assert.equal(orderOf(who, 'Plan: urgent MRI whole spine, neurosurgery consult. No further imaging.'), 'mri-complete-without');
    assert.equal(orderOf(who, 'Plan:', '1. MRI L-spine with and without contrast', '2. Neurosurgery referral', 'No further imaging.'), 'mri-area-without-and-with');
    assert.equal(orderOf('Boy 2 mo. Sacral dimple with hair tuft.', 'Spinal ultrasound to be done before discharge. No further imaging.'), 'us-area');
  });
  it("a passive order that is another's, another place's or given up is none", () => {
    const who = 'Boy 3 mo, sacral dimple with hemangioma. Neuro intact.';
    assert.equal(orderOf(who, 'X-ray of the spine was requested by the mother but is not indicated.'), 'none');
    assert.equal(orderOf(who, 'MRI was requested but parents declined.'), 'none');
    assert.equal(orderOf(who, 'US spine was arranged at the birth hospital.'), 'none');
    assert.equal(orderOf(who, 'US spine was scheduled but cancelled by family.'), 'none');
    assert.equal(orderOf(who, 'MRI lumbosacral spine without contrast was requested under sedation.'), 'mri-area-without');
  });
  it('a study declined by the family, given up for the one ordered', () => {
    const who = 'Girl 12 y, back pain 6 wk, night pain, weight loss.';
    assert.equal(orderOf(who, 'MRI L-spine declined by parents -> XR L-spine ordered today.'), 'xr-area');
    assert.equal(orderOf(who, 'Bone scan ordered today, MRI declined by parents.'), 'bone-scan-complete');
    assert.equal(orderOf(who, 'MRI L-spine declined by parents.'), 'none');
  });
});
