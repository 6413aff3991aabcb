/**
 * Review fixes for r18f: a study then its report or images sent on after a dash is still the order; a study line after
 * "no order yet" that goes on with a condition or a deferral stays in that statement's scope; a denial of abnormality on
 * a limited study, or with a part not assessed, is no normal prior.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const FLAGS = ['Pt: 15 yo M', 'HPI: low back pain 6 wk, night pain'];
const LBP = ['Pt: 6 yo M', 'HPI: low back pain 6 wk'];

describe('a study then, after a dash, where its report or images go (review r18f)', () => {
  it('is still the order', () => {
    assert.equal(orderOf(...FLAGS, 'Plan: US spine — report to be sent to GP'), 'us-area');
    assert.equal(orderOf(...FLAGS, 'Plan: MRI spine w/o — images to be forwarded to neurosurgery'), 'mri-area-without');
    assert.equal(orderOf(...FLAGS, 'Plan: MRI L-spine w/o – images to be forwarded to neurosurgery'), 'mri-area-without');
  });
  it('a study awaited from elsewhere is still none', () => {
    assert.equal(orderOf(...FLAGS, 'Plan: PT; CT L-spine report awaited from OSH.'), null);
  });
});

describe('a study line under "no order yet" that goes on with a condition or deferral (review r18f)', () => {
  it('orders nothing', () => {
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  MRI L-spine after ortho review'), null);
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  MRI L-spine: if neuro signs'), null);
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  MRI L-spine (consider)'), null);
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  XR L-spine next visit'), null);
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  XR L-spine — not now'), null);
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  MRI L-spine at f/u'), null);
  });
  it('a bare study line is still the order', () => {
    assert.equal(orderOf(...LBP, 'Plan: No order yet', '  XR L-spine'), 'xr-area');
    assert.equal(orderOf(...LBP, 'Plan: PT - no order placed yet', '  XR L-spine AP/lat'), 'xr-area');
  });
});

describe('"no abnormalities" on a limited study or with a part not assessed (review r18f)', () => {
  it('is no normal prior', () => {
    assert.deepEqual(priors(...FLAGS, 'Prior imaging: XR L-spine 3 wk ago: no abnormalities of the bones; cord not assessed.', 'Order: MRI L-spine w/o'), [
      ['XR', 'indeterminate'],
    ]);
    assert.deepEqual(priors(...FLAGS, 'Prior imaging: XR L-spine 3 wk ago: no abnormalities detected on limited views.', 'Order: MRI L-spine w/o'), [['XR', 'indeterminate']]);
    assert.deepEqual(priors(...FLAGS, 'Prior imaging: XR L-spine 3 wk ago: no abnormalities seen on AP, lateral not obtained.', 'Order: MRI L-spine w/o'), [
      ['XR', 'indeterminate'],
    ]);
  });
  it('plain "no abnormalities" and an exception named still read as before', () => {
    assert.deepEqual(priors(...FLAGS, 'Prior imaging: XR L-spine 3 wk ago: no abnormalities.', 'Order: MRI L-spine w/o'), [['XR', 'normal']]);
    assert.deepEqual(priors(...FLAGS, 'Prior imaging: XR L-spine 3 wk ago: no abnormalities apart from a low conus.', 'Order: MRI L-spine w/o'), [['XR', 'abnormal']]);
  });
});
