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

  describe('a study named alone on its line before its report is no order (a report heading: review 4)', () => {
    // Alone on the note's last line, the same study is the order of a terse note (ages-orders-words.test.ts).
    const LINES = ['Bone scan.', 'MRI L-spine.', 'XR L-spine'];
    for (const line of LINES)
      for (const report of ['Normal.', 'No fracture.', 'Conus at L1-2, no tether.'])
        it(`"${line}" on its own line, then "${report}", orders nothing`, () =>
          assert.equal(orderOf('9yo M. back pain x 10d, wakes at night. Neuro intact.', line, report), 'none'));
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

  describe('a closing study followed by its report is no order (review 4)', () => {
    const NOTES = [
      '5 mo girl, sacral dimple in cleft, no markers, seen for follow up. XR L-spine. Normal. No dysraphism.',
      '8 yo girl, back pain 3 weeks, no red flags, neuro intact. Bone scan of the spine. Negative.',
      '10 yo boy, fell off trampoline, back pain. CT L-spine. No fracture.',
      '3 mo boy with sacral dimple. US spine. Normal conus at L2. Reassured.',
    ];
    for (const n of NOTES) it(n, () => assert.equal(orderOf(n), 'none'));
  });

  describe('a closing study followed by sentences that name none', () => {
    it('"MRI entire spine w/wo STAT. Neurosurgery consulted." orders the MRI', () =>
      assert.equal(orderOf('16 yo M with fever and back pain. MRI entire spine without and with IV contrast STAT. Neurosurgery consulted.'), 'mri-complete-without-and-with'));
    it('"MRI whole spine w/o; referred to neurosurgery" orders the MRI', () =>
      assert.equal(orderOf('3 yo M with leg weakness. MRI whole spine without IV contrast; referred to pediatric neurosurgery.'), 'mri-complete-without'));
    it('a study done elsewhere before a closing sentence is no order', () => assert.equal(orderOf('3 yo M. Dimple. MRI L-spine done at OSH. Follow up prn.'), 'none'));
    it('a result before two closing sentences is no order', () => assert.equal(orderOf('3 yo M. MRI L-spine at OSH normal. Reassured. Follow up.'), 'none'));
    it('never more than two sentences back', () => assert.equal(orderOf('3 yo M. Dimple. US spine. Reassured. Mum happy. Follow up.'), 'none'));
  });

  describe('a heading or key that names the study to do', () => {
    it('"Requisition - MRI lumbar spine without contrast" orders it', () =>
      assert.equal(orderOf('Requisition - MRI lumbar spine without contrast', 'Patient: 2-year-old girl', 'History: tuft of hair over the sacrum.'), 'mri-area-without'));
    it('"Protocol note - MRI L-spine w/wo requested." orders it', () =>
      assert.equal(orderOf('Protocol note - MRI L-spine w/wo requested.', '7 mo F with a hair tuft. Neuro exam normal.'), 'mri-area-without-and-with'));
    it('"Protocol: US spinal canal (requested by outside clinic)" orders it: who asked is no past', () =>
      assert.equal(orderOf('Protocol: US spinal canal (requested by outside clinic)', 'Clinical info: sacral dimple.'), 'us-area'));
    it('"Ordered: MRI lumbar spine w/wo" orders it', () =>
      assert.equal(orderOf('15 mo boy with a sacral dimple.', 'Ordered: MRI lumbar spine without and with contrast.'), 'mri-area-without-and-with'));
    it('"Recs: … MRI thoracolumbar spine w/wo; continue cefazolin" orders it', () =>
      assert.equal(
        orderOf('10 yo M, fevers, back pain.', 'Recs: MRI thoracolumbar spine without and with contrast; continue cefazolin; repeat blood cx.'),
        'mri-area-without-and-with',
      ));
    it('"Protocol: US spine at 2 wk normal" is a result', () => assert.equal(orderOf('Protocol: US spine at 2 wk normal', 'Age: 3 mo'), 'none'));
    it('"Protocol: US spine at outside hospital" is a study done elsewhere', () => assert.equal(orderOf('Age: 3 mo', 'Protocol: US spine at outside hospital'), 'none'));
    it('"Follow-up - MRI L-spine w/o" heads no order (not an order word)', () =>
      assert.equal(orderOf('Follow-up - MRI L-spine w/o at 6 mo showed a fatty filum', 'Age: 3 yo'), 'none'));
  });
});
