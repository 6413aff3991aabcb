/**
 * A study told not booked ("USS not booked as consultant prefers MRI"): no order. Beside its near misses, where the study
 * stays ordered (an order placed and not yet booked, an anaesthetic not booked beside the study) or stays unordered (the
 * anaesthetic is the study's technique before any other cue: "MRI L-spine under GA not indicated"). And a pronoun after an
 * order that tells something cancelled is never read as the order's withdrawal: what was cancelled is not said.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('a study not booked', () => {
  const NB = ['2 day old boy, sacral dimple 8 mm above the cleft.'];
  it('is not ordered', () => {
    assert.equal(orderOf(...NB, 'USS not booked as consultant prefers MRI.'), 'none');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: USS not booked.'), 'none');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: US spine not arranged'), 'none');
  });
  it('what is not booked beside the study is the anaesthetic, sedation or transport, not the study', () => {
    const HAIR = ['Age: 3 y', 'Findings: hairy patch at L5, neuro normal.'];
    assert.equal(orderOf(...HAIR, 'Plan: MRI L-spine w/o GA not booked'), 'mri-area-without');
    assert.equal(orderOf(...HAIR, 'MRI L-spine w/o under GA not arranged.'), 'mri-area-without');
    assert.equal(orderOf(...HAIR, 'Plan: MRI L-spine not booked - deferred until GA list reopens'), 'none');
  });
  it("before any other cue the anaesthetic is the study's technique, and the cue the study's", () => {
    assert.equal(orderOf('Age: 3 y', 'Findings: hairy patch at L5, neuro normal.', 'Plan: MRI L-spine under GA not indicated at this stage - reassess at 12 months.'), 'none');
    assert.equal(
      orderOf('Age: 3 y', 'Findings: hairy patch at L5, neuro normal.', 'Plan: MRI L-spine with sedation discussed with parents, they will think about it and let us know.'),
      'none',
    );
    assert.equal(
      orderOf(
        'Age: 2 y',
        'Findings: sacral dimple with skin tag, neuro normal.',
        'Plan: MRI L-spine under GA contraindicated (difficult airway, cardiac) - US spine instead? discuss with radiology.',
      ),
      'none',
    );
    assert.equal(orderOf('Age: 4 y', 'Findings: hairy patch L5, neuro normal.', 'Plan: MRI L-spine w/o with GA suggested by anaesthetist; parents undecided.'), 'none');
    assert.equal(orderOf('Age: 3 y', 'Findings: hairy patch at L5, neuro normal.', 'Plan: MRI L-spine w/o sedation not needed'), 'none');
    assert.equal(orderOf('Age: 3 y', 'Findings: hairy patch at L5, neuro normal.', 'Plan: MRI L-spine under GA not available'), 'none');
  });
  it('while an order placed and not yet booked stands', () => {
    assert.equal(orderOf(...NB, 'US spine ordered, not booked yet.'), 'us-area');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: US spine, not arranged yet'), 'us-area');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: MRI L-spine w/o. USS not booked as consultant prefers MRI.'), 'mri-area-without');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Order: US spine (not booked yet)'), 'us-area');
  });
});

describe('a pronoun told cancelled after the order', () => {
  it('keeps the order: what was cancelled is not said', () => {
    assert.equal(
      orderOf(
        'ED',
        '9 y M, fell off a wall, back pain, midline tenderness T12, neuro intact.',
        'XR thoracolumbar spine ordered. I have not yet cancelled it, will reassess after analgesia.',
      ),
      'xr-area',
    );
    assert.equal(
      orderOf(
        'Sports med clinic',
        '13 y F, gymnast, LBP 8 wk, pain on extension, tender L5, neuro intact.',
        'MRI L-spine w/o ordered. She had a regional competition on Saturday - mum cancelled it on my advice.',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf(
        'GP',
        '9 y M, back pain 6 wk, night waking, neuro normal.',
        'MRI L-spine w/o requested. Family holiday to Spain next week; dad has cancelled it so he can attend the scan.',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf(
        'ED',
        '12 y M, fell off scooter, back pain, midline tenderness L2, neuro intact.',
        'XR thoracolumbar spine ordered. Football match tonight - told dad to cancel it; he has cancelled it.',
      ),
      'xr-area',
    );
    assert.equal(
      orderOf(
        'Paeds',
        '7 y F, LBP 2 wk, fever, CRP 60.',
        'MRI L-spine with contrast requested for tomorrow. Her planned flu vaccine - I cancelled it today, will give after recovery.',
      ),
      'mri-area-with',
    );
  });
});
