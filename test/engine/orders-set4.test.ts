/** Orders the engine missed in fresh notes (set 4): UK "USS", a study named alone on its line, an Order line that declines one study for another. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

/** The procedure the note orders, or 'none'. */
function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

describe('orders missed in set 4', () => {
  describe('USS (UK: ultrasound scan) names an ultrasound', () => {
    it('"USS lumbar spine." closing a narrative orders it', () => assert.equal(orderOf('7 mo M. Dimple above natal cleft. Neuro: nl. USS lumbar spine.'), 'us-area'));
    it('"Plan: USS spine" orders it', () => assert.equal(orderOf('Age: 2 mo', 'Dimple: deep', 'Plan: USS spine'), 'us-area'));
    it('"USS spine normal at 2 wk." is a result, not an order', () => assert.equal(orderOf('7 mo M. Dimple above natal cleft. USS spine normal at 2 wk.'), 'none'));
    it('"USS lumbar spine not indicated." is declined', () => assert.equal(orderOf('7 mo M. Simple dimple. USS lumbar spine not indicated.'), 'none'));
  });

  describe('a study named alone on its line', () => {
    const CASES: [string, string][] = [
      ['Bone scan.', 'bone-scan-complete'],
      ['Bone scan', 'bone-scan-complete'],
      ['MRI L-spine.', 'mri-area-without'],
      ['XR L-spine', 'xr-area'],
    ];
    for (const [line, id] of CASES) it(`"${line}" after the history orders ${id}`, () => assert.equal(orderOf('9yo M. back pain x 10d, wakes at night. Neuro intact.', line), id));
    it('a bare "MRI." names no region: no order', () => assert.equal(orderOf('9yo M. back pain x 10d. Neuro intact.', 'MRI.'), 'none'));
    it('"Bone scan normal." is a result', () => assert.equal(orderOf('9yo M. back pain x 10d. Neuro intact.', 'Bone scan normal.'), 'none'));
    it('"Bone scan at OSH." is a study done elsewhere', () => assert.equal(orderOf('9yo M. back pain x 10d. Neuro intact.', 'Bone scan at OSH.'), 'none'));
    it('a two-word slip is still no sentence', () => assert.equal(orderOf('9yo M. back pain x 10d. Neuro intact.', 'see above'), 'none'));
  });

  describe('an Order line that declines one study and names another', () => {
    it('"Order: Please no US; CT L-spine today." orders the CT', () => assert.equal(orderOf('Age: 14 yo', 'Order: Please no US; CT L-spine today.'), 'ct-area-without'));
    it('"Order: no XR - MRI L-spine w/o instead" orders the MRI', () => assert.equal(orderOf('Age: 14 yo', 'Order: no XR - MRI L-spine w/o instead'), 'mri-area-without'));
    it('"Order: US spine; MRI if abnormal" orders the US', () => assert.equal(orderOf('Age: 4 mo', 'Order: US spine; MRI if abnormal'), 'us-area'));
    it('"Order: MRI L-spine w/o (prior XR normal)" orders the MRI', () => assert.equal(orderOf('Age: 14 yo', 'Order: MRI L-spine w/o (prior XR normal)'), 'mri-area-without'));
    it('"Order: US lumbar spine" alone is read whole', () => assert.equal(orderOf('Age: 4 mo', 'Order: US lumbar spine'), 'us-area'));
    it('"Order: no MRI, no XR" is still the line read whole (an Order line is the order)', () => assert.notEqual(orderOf('Age: 14 yo', 'Order: no MRI, no XR'), 'none'));
  });
});
