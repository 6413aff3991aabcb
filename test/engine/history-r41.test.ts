/**
 * r41-history: pilonidal disease is no dysraphism marker nor spinal infection; primary nocturnal enuresis is no urologic
 * sign; "running normally" tells function, not a sport; "Otherwise normal exam incl. neuro." is a normal neuro exam.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

describe('r41: pilonidal disease', () => {
  it('pits and tract tied to pilonidal disease are no marker, its abscess no spinal infection', () => {
    const r = readNote('16 y M, recurrent pilonidal abscess x3, now 2 midline pits in natal cleft with sinus tract.', 'Plan: MRI sacrum without contrast.');
    assert.equal(r.scenario, 'no-criteria');
    assert.equal(presentIn('sacral-dimple', '16 y F, infected pilonidal cyst, pits in the cleft.'), false);
  });
  it('an infant pit doubted against a dermal sinus, a denied pilonidal disease, an epidural abscess stay', () => {
    assert.equal(presentIn('sacral-dimple', '4 mo M, sacral pit in the cleft, ?pilonidal sinus vs dermal sinus.'), true);
    assert.equal(presentIn('sacral-dimple', '14 y M, no pilonidal disease. Midline pit over L5 with sinus tract.'), true);
    assert.equal(presentIn('sacral-dimple', '2 mo F, deep pit at top of natal cleft, pilonidal dimple.'), true);
    assert.equal(readNote('14 y M, pilonidal abscess drained last week. Now fever, back pain, ?epidural abscess.').scenario, 'back-pain-infection-tumor');
  });
});

describe('r41: primary nocturnal enuresis', () => {
  const uro = (...l: string[]) => readNote(...l).facts.hits.some((h) => h.present && h.finding.category === 'urologic-symptom');
  it('primary monosymptomatic nocturnal enuresis is no urologic sign', () => {
    assert.equal(uro('Continence clinic - enuresis', '6 yr old boy, primary nocturnal enuresis (never been dry at night), dry by day, no UTIs.'), false);
  });
  it('new, day-time or secondary wetting, and enuresis not told primary, stay', () => {
    assert.equal(uro('6 y M, primary nocturnal enuresis, now new daytime wetting.'), true);
    assert.equal(uro('6 y M, primary nocturnal enuresis, also wetting by day.'), true);
    assert.equal(uro('6 y M, secondary enuresis.'), true);
    assert.equal(uro('7 y M, nocturnal enuresis, dry by day.'), true);
  });
});

describe('r41: running normally', () => {
  it('"running around normally" tells function', () => {
    assert.equal(readNote('9 y F, back pain 1 wk. Walking/running normally. Neuro normal.', 'Plan: MRI lumbar spine.').scenario, 'back-pain-no-red-flags');
  });
  it('a real running load stays overuse', () => {
    assert.equal(readNote('13 y F, back pain 3 wk, runs cross-country 5x/week. Neuro normal.', 'Plan: XR lumbar spine.').scenario, 'back-pain-overuse');
    assert.equal(readNote('12 y M, back pain 2 wk, running 5 km daily without difficulty. Neuro normal.', 'Plan: XR lumbar spine.').scenario, 'back-pain-overuse');
  });
});

describe('r41: a whole-exam verdict alone in its sentence', () => {
  const neuro = (...l: string[]) => readNote(...l).facts.neuro.state;
  it('"Otherwise normal exam incl. neuro." is a normal neuro exam', () => {
    assert.equal(neuro('1 day old M. Sacral dimple 3mm in cleft, 1cm from anus, shallow.', 'Otherwise normal exam incl. neuro.'), 'normal');
  });
  it('at birth, or spoilt later in its sentence, it is not', () => {
    assert.equal(neuro('1 day old M. Sacral dimple 3mm in cleft.', 'Normal exam incl. neuro at birth.'), 'unknown');
    assert.notEqual(neuro('1 day old M. Sacral dimple 3mm in cleft.', 'Otherwise normal exam incl. neuro, but weak L leg.'), 'normal');
  });
});
