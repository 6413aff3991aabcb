/**
 * A fracture of another bone named after "of" ("fracture of the wrist") is no spinal injury, and an injury
 * dated by the child's age in years ("at 6 yr") is a remote one: neither makes back pain spinal trauma.
 * A fracture of a vertebra stays one.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;

describe('a fracture of another bone, named after "of"', () => {
  for (const hx of ['PMH: fracture of wrist at 6 yr.', 'PMH: fracture of the left radius last year.', 'PMH: fx of R clavicle as a toddler.']) {
    it(hx, () => assert.equal(scenarioOf('HPI: 12 yo, LBP 3 wk, no injury.', hx, 'Order: XR L-spine'), 'back-pain-no-red-flags'));
  }
  it('"Wrist fracture at 6 yr" is a remote injury', () => {
    assert.equal(scenarioOf('HPI: 12 yo, LBP 3 wk. Wrist fracture at 6 yr.', 'Order: XR L-spine'), 'back-pain-no-red-flags');
  });
  it('a fracture of a vertebra is still spinal trauma', () => {
    assert.equal(scenarioOf('HPI: 14 yo, MVC today at highway speed, fracture of the L2 vertebral body on outside CT.', 'Order: MRI L-spine'), 'spine-trauma-thoracolumbar');
    assert.equal(scenarioOf('HPI: 12 yo, fell off bike today, fracture of L1 suspected, midline tenderness.', 'Order: CT L-spine'), 'spine-trauma-thoracolumbar');
  });
});
