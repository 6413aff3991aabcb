/**
 * Orders written the way clinicians often write them: the region before the modality ("L-spine XR
 * ordered"), after a dash that closes a clause ("Mom very anxious - XR C-spine ordered"), with a list of
 * views in brackets ("C-spine X-rays (AP, lateral) requested"), and under a key with a bracket that only
 * says how or when ("Plan (explained through interpreter, teach-back done):").
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a study named region first', () => {
  const cases: [string, string][] = [
    ['HPI: 12 y/o back pain x 2 wk. L-spine XR ordered.', 'xr-area'],
    ['HPI: 12 y/o neck pain after a tackle. C-spine X-rays requested.', 'xr-area'],
    ['HPI: 15 yo F, LBP 8 wk, night pain. Lumbar spine MRI ordered.', 'mri-area-without'],
    ['HPI: 3 mo, deep dimple. Spinal US ordered today.', 'us-area'],
  ];
  for (const [text, id] of cases) it(JSON.stringify(text), () => assert.equal(orderOf(text), id));

  it('never when it is told as done or with its result', () => {
    assert.equal(orderOf('HPI: 12 y/o back pain. Lumbar spine MRI ordered last year - normal.'), 'none');
    assert.equal(orderOf('HPI: 12 y/o back pain - L-spine XR normal.'), 'none');
  });
});

describe('a study after a dash', () => {
  it('the clause after the dash orders it', () => {
    assert.equal(orderOf('HPI: 10 yo M, stiff neck x 2 d, no injury. Mom very anxious - XR cervical spine 2 views ordered.'), 'xr-area');
  });
  it('not when the clause declines it', () => {
    assert.equal(orderOf('HPI: 10 yo M, LBP x 2 wk. Mom asked about imaging - XR L-spine not indicated.'), 'none');
  });
});

describe('views listed in brackets', () => {
  it('a comma in the bracket does not cut the clause', () => {
    assert.equal(orderOf('HPI: 12 y/o neck pain after a fall. C-spine X-rays (AP, lateral, peg view) requested.'), 'xr-area');
  });
});

describe('a key with a bracket', () => {
  const keyOf = (line: string) => parseNote(`${line}\n`, true).fields[0].key?.name;
  it('that says how or when is the key', () => {
    assert.equal(keyOf('Plan (today): XR L-spine'), 'Plan');
    assert.equal(keyOf('Plan (explained through interpreter, teach-back done): XR L-spine'), 'Plan');
    assert.equal(keyOf('Neuro (brief): normal'), 'Neuro');
  });
  it('that changes what the value is, or dates it, is not', () => {
    for (const line of ['Order (cancelled): XR L-spine', 'Age (corrected): 3 mo', 'Plan (if no better): MRI', 'A/P (2 mo): US spine', 'Hx (mother): SBO'])
      assert.equal(keyOf(line), undefined, line);
  });
  it('orders what its value names', () => {
    assert.equal(orderOf('HPI: 11 yo F, LBP x 2 wk, wakes her at night.', 'Plan (explained through interpreter, teach-back done): XR lumbar spine today; CBC/ESR/CRP'), 'xr-area');
  });
  it('a Plan naming the acoustic window orders the study it names, not the window', () => {
    assert.equal(orderOf('Pt: 9 mo F, deep dimple 2 cm above the cleft.', 'A/P (today): the US window has passed at 9 months. MRI lumbar spine w/o ordered.'), 'mri-area-without');
  });
});
