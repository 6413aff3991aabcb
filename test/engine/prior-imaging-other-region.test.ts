/**
 * "Prior imaging: hip ultrasound normal": an ultrasound of another region under the Prior imaging key is no prior spinal
 * ultrasound (round 31's review found it read as a normal one, which silenced the MRI-first check in a young infant). The
 * history already read it so (prior-in-text.ts ofOtherRegion); the key now does too.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const infant = ['Age: 3 mo', 'Findings: sacral dimple 6 mm, above gluteal cleft'];
const order = 'Order: MRI lumbar spine without contrast';

describe('"Prior imaging:" naming a study of another region', () => {
  for (const value of [
    'hip ultrasound normal',
    'US hips normal',
    'renal US normal',
    'renal ultrasound normal (VUR screen)',
    'cranial ultrasound normal',
    'US of the hips at 6 wk normal',
  ]) {
    it(`"Prior imaging: ${value}" is no prior spinal US: mri-first-in-young-infant fires`, () => {
      const r = readNote(...infant, `Prior imaging: ${value}`, order);
      assert.equal(r.facts.prior.length, 0);
      assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
  }
  for (const value of ['spinal US normal', 'US spine normal; hip US normal', 'US (renal, spine) at 1 wk normal']) {
    it(`"Prior imaging: ${value}" keeps the prior spinal US`, () => {
      const r = readNote(...infant, `Prior imaging: ${value}`, order);
      assert.ok(
        r.facts.prior.some((p) => p.modality === 'US' && p.result === 'normal'),
        JSON.stringify(r.facts.prior),
      );
      assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
  }
});
