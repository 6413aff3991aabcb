/**
 * "Prior imaging: sibling had spinal US, normal": a relative's study under the Prior imaging key is none of the child's
 * (it was read as the child's normal US, which silenced the MRI-first check in a young infant). The history already read
 * it so (prior-in-text.ts relativesStudy); the key now does too.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const infant = ['Age: 3 mo', 'Findings: sacral dimple with hair tuft'];
const order = 'Order: MRI lumbar spine without contrast';

describe('"Prior imaging:" naming a relative\'s study', () => {
  for (const value of [
    'sibling had spinal US, normal',
    'brother had a spinal ultrasound - normal',
    "his sister's spinal US was normal",
    'spinal US normal (brother)',
    "Mum's lumbar MRI normal",
  ]) {
    it(`"Prior imaging: ${value}" is no prior study of the child: mri-first-in-young-infant fires`, () => {
      const r = readNote(...infant, `Prior imaging: ${value}`, order);
      assert.equal(r.facts.prior.length, 0, JSON.stringify(r.facts.prior));
      assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
  }
  for (const value of [
    'spinal US at 2 wk normal',
    "brother's spinal US abnormal; own spinal US at 2 wk normal",
    'spinal US at 2 wk normal, brother had the same',
    'Mother says spinal US at 2 wk was normal',
  ]) {
    it(`"Prior imaging: ${value}" keeps the child's normal spinal US`, () => {
      const r = readNote(...infant, `Prior imaging: ${value}`, order);
      assert.ok(
        r.facts.prior.some((p) => p.modality === 'US' && p.result === 'normal'),
        JSON.stringify(r.facts.prior),
      );
      assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
  }
});
