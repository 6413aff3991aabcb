/**
 * Round 49 (fix49e): known harms the last rounds' reviews found and left open, each a sentence shape read as something
 * that is not there: "check" before an article or before sending the report, with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('"check" before an article or before sending the report (order-openings checkOrdersStudy)', () => {
  const head = ['14 yo M, LBP 6 weeks, night pain.'];

  it('orders the study', () => {
    for (const l of [
      'Check MRI L-spine and send report to GP.',
      'Check an MRI L-spine.',
      'Check MRI L-spine, copy report to Dr Lee.',
      'Check a MRI L-spine w/o contrast and send the report to Dr Patel.',
    ])
      assert.equal(orderOf(...head, l), 'mri-area-without', l);
  });

  it('reads no order from a look at a record, a condition or more told after the name', () => {
    for (const l of [
      'Check an MRI L-spine from 2024.',
      'Check MRI L-spine and compare with 2024.',
      'Check MRI L-spine report and send to GP.',
      'Check an MRI L-spine was done.',
      'Check MRI L-spine and send report to GP if abnormal.',
      'Check MRI from 2024 and send report to GP.',
      'Check an MRI booking.',
      'Check MRI L-spine and send report to GP. Parents declined.',
    ])
      assert.equal(orderOf(...head, l), null, l);
  });
});
