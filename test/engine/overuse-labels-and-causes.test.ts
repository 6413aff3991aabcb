/**
 * Overuse read only where the note names a cause (set7 review): "Musculoskeletal:" naming a part of the exam
 * is no cause, and a note that denies any cause ("no precipitating factor") with only words that describe
 * the pain ("posture") is no overuse.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;

describe('overuse: labels and denied causes', () => {
  it('an exam system label is no overuse', () =>
    assert.equal(
      scenarioOf('HPI: 10 yo F, low back pain x 10 days, no known injury, no night pain.', 'Musculoskeletal: mild paraspinal tenderness, full ROM', 'Plan: ibuprofen'),
      'back-pain-no-red-flags',
    ));
  it('a musculoskeletal assessment still is', () =>
    assert.equal(scenarioOf('HPI: 10 yo F, low back pain x 10 days, musculoskeletal, no night pain.', 'Plan: ibuprofen'), 'back-pain-overuse'));
  it('a denied cause with only a describing word is no overuse', () =>
    assert.equal(scenarioOf('HPI: 10 yo F, low back pain x 5 days, no precipitating factor. Mother worried re posture.', 'Plan: XR spine'), 'back-pain-no-red-flags'));
  it('posture without a denied cause is still overuse', () =>
    assert.equal(scenarioOf('HPI: 10 yo F, low back pain x 5 days, poor posture at the computer.', 'Plan: XR spine'), 'back-pain-overuse'));
  it('an activity named beside a denied cause is still overuse', () =>
    assert.equal(scenarioOf('HPI: 14 yo gymnast, low back pain x 2 wk worse with extension, no precipitating factor.', 'Plan: XR L-spine'), 'back-pain-overuse'));
});
