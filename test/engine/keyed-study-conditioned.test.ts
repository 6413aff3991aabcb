/**
 * A line keyed for the study to do ("Next step:", "Ordered:", "Radiology:") orders nothing when its study is
 * only conditioned ("if pain persists after PT") or declined after a dash ("- parents declined"); a condition
 * only on the slot or timing, or a word of urgency, keeps the order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a keyed study conditioned or declined', () => {
  it('"Next step: MRI L-spine if pain persists after PT" orders nothing', () => {
    assert.equal(orderOf('HPI: 12 yo, LBP 3 wk.', 'Next step: MRI L-spine if pain persists after PT.'), 'none');
  });
  for (const line of ['Ordered: MRI L-spine - parents declined.', 'Ordered: CBC, ESR, MRI L-spine - parents declined.', 'Radiology: XR L-spine – refused by family']) {
    it(`"${line}" orders nothing`, () => assert.equal(orderOf('HPI: 12 yo, LBP 3 wk, night pain.', line), 'none'));
  }
  it('a word of urgency or a condition on the slot keeps the order', () => {
    assert.equal(orderOf('HPI: 12 yo, LBP 3 wk, night pain.', 'Ordered: MRI L-spine - stat.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 12 yo, LBP 3 wk, night pain.', 'Radiology: MRI L-spine w/o, if sedation slot available.'), 'mri-area-without');
  });
});
