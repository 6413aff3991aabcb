/**
 * A study requested elsewhere and then cancelled by the writer with a pronoun pointing back to it ("… - I have cancelled
 * this as settling"), and a study told not booked ("USS not booked as consultant prefers MRI"): no order. Beside their near
 * misses, where the study stays ordered: a pronoun turned round, with a noun of its own or after something else that may be
 * cancelled, an order placed and not yet booked, an anaesthetic not booked beside the study.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const CHILD = '6yo boy, 4/7 of lower back ache, no injury, afebrile, no night pain.';

describe('a withdrawal whose pronoun points back to the study', () => {
  it('undoes the order', () => {
    assert.equal(
      orderOf(
        'GP telephone f/u',
        `${CHILD.replace('afebrile, no night pain.', 'mum says already a lot better.')} Afebrile, no night pain, running around at home.`,
        'XR lumbar spine requested by the OOH doctor on Sat - I have cancelled this as settling and not indicated.',
        'Advised to return if fever, night pain, weakness or not resolving.',
      ),
      'none',
    );
    assert.equal(orderOf(CHILD, 'XR lumbar spine requested by the OOH doctor on Sat. I have cancelled it as settling.'), 'none');
    assert.equal(orderOf(CHILD, 'MRI L-spine booked by the ED yesterday. Cancelled it today, no red flags.'), 'none');
  });
  it('not when turned round, before a noun of its own, or after something else that may be cancelled', () => {
    const XR = 'XR lumbar spine requested by the OOH doctor on Sat';
    assert.equal(orderOf(CHILD, `${XR} - I have not cancelled this.`), 'xr-area');
    assert.equal(orderOf(CHILD, `${XR} - I have cancelled this appointment.`), 'xr-area');
    assert.equal(orderOf(CHILD, `${XR} - cancelled this week's physio.`), 'xr-area');
    assert.equal(orderOf(CHILD, `${XR}. Physio appointment booked but mum cancelled it.`), 'xr-area');
    assert.equal(orderOf(CHILD, 'XR lumbar spine ordered today. Mum asked about MRI; I cancelled it.'), 'xr-area');
  });
});

describe('a study not booked', () => {
  const NB = ['2 day old boy, sacral dimple 8 mm above the cleft.'];
  it('is not ordered', () => {
    assert.equal(orderOf(...NB, 'USS not booked as consultant prefers MRI.'), 'none');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: USS not booked.'), 'none');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: US spine not arranged'), 'none');
  });
  it('what is not booked or needed beside the study is the anaesthetic, sedation or transport, not the study', () => {
    const HAIR = ['Age: 3 y', 'Findings: hairy patch at L5, neuro normal.'];
    assert.equal(orderOf(...HAIR, 'Plan: MRI L-spine w/o GA not booked'), 'mri-area-without');
    assert.equal(orderOf(...HAIR, 'Plan: MRI L-spine w/o sedation not needed'), 'mri-area-without');
    assert.equal(orderOf(...HAIR, 'MRI L-spine w/o under GA not arranged.'), 'mri-area-without');
    assert.equal(orderOf(...HAIR, 'Plan: MRI L-spine not booked - deferred until GA list reopens'), 'none');
  });
  it('while an order placed and not yet booked stands', () => {
    assert.equal(orderOf(...NB, 'US spine ordered, not booked yet.'), 'us-area');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: US spine, not arranged yet'), 'us-area');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Plan: MRI L-spine w/o. USS not booked as consultant prefers MRI.'), 'mri-area-without');
    assert.equal(orderOf('Age: 2 days', 'Findings: sacral dimple 8 mm above the cleft', 'Order: US spine (not booked yet)'), 'us-area');
  });
});
