/**
 * Round 41, orders: a bracket opening an Order line that gives up or weighs another study ("Order: [insurance denied MRI]
 * XR L-spine") is no part of the order written after it.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const BACK = '10 y F, low back pain for 8 weeks, night pain. No trauma. Neuro normal.';

describe('orders r41: a bracket opening an Order line that weighs another study', () => {
  it('orders the study written after it', () => {
    assert.equal(orderOf(BACK, 'Order: [insurance denied MRI] XR L-spine'), 'xr-area');
    assert.equal(orderOf(BACK, 'Order: (MRI not authorized) US lumbar spine'), 'us-area');
    assert.equal(orderOf(BACK, 'Order: (MRI not approved by insurer) XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(BACK, 'Order: (consider MRI if XR abnormal) XR L-spine'), 'xr-area');
  });
  it('keeps a bracket naming the ordered study, or no study, or weighing nothing, as the order line says', () => {
    assert.equal(orderOf(BACK, 'Order: (MRI denied) MRI L-spine w/o'), 'mri-area-without');
    assert.equal(orderOf(BACK, 'Order: (denied by insurance) XR L-spine'), 'xr-area');
    assert.equal(orderOf(BACK, 'Order: (pls do today) MRI L-spine'), 'mri-area-without');
    assert.equal(orderOf(BACK, 'Order: (CT first) MRI L-spine'), 'ct-area-without');
    assert.equal(orderOf(BACK, 'Order: [insurance denied MRI]'), 'mri-area-without');
  });
});
