/**
 * simple-dimple stays quiet once a spinal US has been abnormal: the abnormal study, not the dimple's look, decides
 * what comes next (an MRI and a neurosurgery referral). A normal or indeterminate study leaves the dimple's own reading.
 */
import * as assert from 'node:assert/strict';
import { ids, note } from '../helpers';

const SIMPLE = ['Age: 2 months', 'Findings: sacral dimple 3 mm, in the cleft, 1 cm from anus', 'Neuro: nl tone, MAE'];
const rules = (...lines: string[]) => ids(note(...lines));

describe('simple-dimple after an abnormal spinal study', () => {
  for (const prior of ['Prior imaging: US spine 2 wk ago: tethered cord, conus at L4', 'Prior imaging: spinal US at 1 mo: thickened fatty filum 2.5 mm'])
    it(`is quiet after "${prior}"`, () => {
      const r = rules(...SIMPLE, prior, 'Order: MRI L-spine w/o');
      assert.ok(!r.includes('simple-dimple'), r.join());
    });
  it('still speaks after a normal spinal US', () => {
    const r = rules(...SIMPLE, 'Prior imaging: US spine 2 wk ago: normal, conus at L1-2', 'Order: MRI L-spine w/o');
    assert.ok(r.includes('simple-dimple'), r.join());
  });
  it("still speaks beside a relative's tethered cord (no study of the child's)", () => {
    const r = rules(...SIMPLE, "Mother's brother had a tethered cord operated as an adult.", 'Order: US lumbar spine');
    assert.ok(r.includes('simple-dimple'), r.join());
  });
  it('still speaks with no prior study', () => {
    const r = rules(...SIMPLE, 'Order: US lumbar spine');
    assert.ok(r.includes('simple-dimple'), r.join());
  });
});
