/**
 * Orders in set11 voices (second half): radiographs named as roentgenography, an ultrasound as "USI", a plan that
 * says only "No imaging." or "No further imaging - …", a discussion told as "talked through", an order word inside
 * "No imaging ordered today", and a study left to be decided by someone else.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('studies named in other words', () => {
  it('roentgenography and USI are studies', () => {
    assert.equal(orderOf('Back pain 5 d after lifting. No fever.', 'Ordered: roentgenography of lumbar spine.'), 'xr-area');
    assert.equal(orderOf('Boy 2 mo. Sacral dimple 3 mm.', 'Direction is given for USI of lumbosacral spine.'), 'us-area');
    assert.equal(orderOf('Boy 2 mo. Sacral dimple 3 mm.', 'USI of lumbosacral spine ordered.'), 'us-area');
  });
  it('not one done before, declined or left to be decided', () => {
    assert.equal(orderOf('Back pain. Roentgenogram of L-spine 2 wk ago normal.'), 'none');
    assert.equal(orderOf('Dimple 3 mo. USI of spine last month normal.'), 'none');
    assert.equal(orderOf('Dimple, 2 mo.', 'USI of spine is not indicated.'), 'none');
    assert.equal(orderOf('Girl 1 mo, sacral lipoma.', 'Referral to neurosurgeon. Question about USI or MRT will be decided by neurosurgeon.'), 'none');
    assert.equal(orderOf('Dimple.', 'The question of USI will be decided at follow-up.'), 'none');
  });
});

describe('a plan that only says no imaging', () => {
  it('"No imaging." and "No further imaging - …" order nothing', () => {
    assert.equal(
      orderOf(
        '4 mo F, sacral dimple with hair tuft, hospice care.',
        'Talked through what imaging would mean: a trip for an ultrasound. Parents prefer no tests; we agree.',
        'No imaging. Continue comfort meds.',
      ),
      'none',
    );
    assert.equal(
      orderOf('15 y F, back pain 3 mo. Neuro normal.', 'Plan: PT, CBT referral. Outside MRI L-spine 1 mo ago normal. No further imaging - discussed with family.'),
      'none',
    );
    assert.equal(readNote('15 y F, back pain 3 mo.', 'Plan: PT. No further imaging - discussed with family.').facts.noImagingOrdered !== undefined, true);
  });
  it('not beside a study ordered outright, nor inside another sentence', () => {
    assert.equal(orderOf('Back pain 5 d.', 'Plan: XR L-spine. No further imaging.'), 'xr-area');
    assert.equal(orderOf('Back pain 5 d. Ordered XR L-spine today. No further imaging.'), 'xr-area');
    assert.equal(orderOf('Dimple 2 mo. Hx: no imaging so far. US spine ordered today.'), 'us-area');
    assert.equal(readNote('Back pain 5 d. Hx: back pain, no imaging before. Will review.').facts.noImagingOrdered, undefined);
  });
  it('talking a study through orders nothing; talking with a parent then ordering still orders', () => {
    assert.equal(orderOf('Dimple 2 mo. Talked about an MRI with mom; she prefers to wait.'), 'none');
    assert.equal(orderOf('Dimple 2 mo. Talked with mom, will order US spine.'), 'us-area');
  });
});

describe('an order word inside "no imaging ordered"', () => {
  it('orders nothing, and a study to discuss later is no order', () => {
    assert.equal(orderOf('Infant 4 mo. Sacral dimple noted.', 'No imaging ordered today - will discuss a spine US at the 2-wk weight check.'), 'none');
    assert.equal(orderOf('Infant 4 mo. Sacral dimple noted.', 'No spinal imaging ordered today.'), 'none');
  });
  it('an order of its own beside it is still read', () => {
    assert.equal(orderOf('Infant 4 mo. Sacral dimple noted.', 'No imaging ordered by PCP. US spine ordered today.'), 'us-area');
    assert.equal(orderOf('Infant 4 mo. Deep dimple.', 'US spine ordered today.'), 'us-area');
  });
});
