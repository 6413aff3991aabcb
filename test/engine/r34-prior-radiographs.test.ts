/**
 * Round 34: prior radiographs and their result, as German-, Irish- and US-trained writers tell them: "X-ray lumbar spine
 * in 2 planes (3 weeks ago, external): without pathological findings" is negative; "height reduction of vertebral body
 * T11 (wedge form)" is positive; "XR L-spine (OSH, 2 wk ago): ?L5 pars lucency" (an abnormality only raised) is positive
 * for the scenario. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const HISTORY = 'Boy 11 years, since 6 weeks low back pain, wakes at night. No fever.';
const ASK = 'We ask for MRI of the lumbar spine.';
const read = (...lines: string[]) => {
  const r = readNote(...lines);
  return { scenario: r.scenario, xr: r.facts.prior.filter((p) => p.modality === 'XR').map((p) => p.result) };
};

describe('r34: prior radiographs told negative', () => {
  for (const report of ['without pathological findings', 'no pathological findings', 'without pathologic findings'])
    it(`"${report}" is a negative study`, () => {
      const r = read(HISTORY, `X-ray lumbar spine in 2 planes (3 weeks ago, external): ${report}.`, ASK);
      assert.deepEqual(r.xr, ['normal']);
      assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
    });
  it('a pathological finding named stays no negative study', () => {
    assert.notDeepEqual(read(HISTORY, 'X-ray lumbar spine (3 weeks ago): pathological fracture L2.', ASK).xr, ['normal']);
  });
});

describe("r34: a vertebra's height lost", () => {
  for (const report of ['height reduction of vertebral body T11 (wedge form)', 'loss of height of L1', 'mild T9 height loss'])
    it(`"${report}" is a positive study`, () => {
      const r = read(HISTORY, `X-ray thoracic spine from last week: ${report}.`, ASK);
      assert.deepEqual(r.xr, ['abnormal']);
      assert.equal(r.scenario, 'back-pain-red-flags-positive-radiographs');
    });
  it('a height loss denied is none', () => {
    assert.deepEqual(read(HISTORY, 'X-ray thoracic spine from last week: no loss of height, normal alignment.', ASK).xr, ['normal']);
  });
});

describe('r34: an abnormality the radiograph report only raises', () => {
  it('"?L5 pars lucency" makes the radiographs positive', () => {
    const r = read('15 y F ballet dancer, 8 wks LBP, now worse at night too.', 'XR L-spine (OSH, 2 wk ago): ?L5 pars lucency.', 'Plan: CT L-spine w/o contrast for pars eval.');
    assert.deepEqual(r.xr, ['indeterminate']);
    assert.equal(r.scenario, 'back-pain-red-flags-positive-radiographs');
  });
  it('a study limited without any abnormality raised is neither', () => {
    const r = read('15 y F, 8 wks LBP, now worse at night too.', 'XR L-spine (OSH, 2 wk ago): limited by overlying bowel gas.', 'Plan: MRI L-spine w/o contrast.');
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
});

describe('r34 review: a query answered is not raised', () => {
  it('withdrawn in its own report ("not confirmed on obliques, normal study")', () => {
    const r = read(
      '15 y F ballet dancer, 8 wks LBP, now worse at night too.',
      'XR L-spine (OSH, 2 wk ago): ?L5 pars lucency - not confirmed on obliques, normal study.',
      'Plan: MRI L-spine w/o contrast.',
    );
    assert.notEqual(r.scenario, 'back-pain-red-flags-positive-radiographs');
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
  it('answered by a later MRI ("MRI L-spine last week: normal")', () => {
    const r = readNote(
      '15 y F, 8 wks LBP, worse at night.',
      'XR L-spine 2 wks ago: ?L5 pars lucency. MRI L-spine last week: normal, no pars stress reaction.',
      'Plan: CT L-spine w/o contrast.',
    );
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(r.rules.includes('not-appropriate-for-scenario'));
  });
  it('"possible mild scoliosis, likely positional" is no positive study', () =>
    assert.notEqual(
      read('15 y F, 8 wks LBP, worse at night.', 'XR L-spine 2 wks ago: possible mild scoliosis, likely positional.', 'Plan: MRI L-spine w/o contrast.').scenario,
      'back-pain-red-flags-positive-radiographs',
    ));
});
