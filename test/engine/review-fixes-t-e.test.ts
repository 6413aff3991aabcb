/**
 * Review t-e of r18e: a "no" after a marker's place that denies what follows it ("scalp, no sacral dimple", "scalp no,
 * sacral no") or a "not" that contrasts places ("scalp, not sacral") is no correction of the place; an effort-limited
 * grade is no deficit, and a grade opening its sentence grades the words before it; "yes/no" offers a choice.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);
const infant = (v: string) => readNote(`3 mo M, ${v}. Neuro nl.`, 'Plan: XR L-spine');
const teen = (v: string) => readNote(`12 yo, back pain 3 wk. ${v}. Neuro otherwise unremarkable.`, 'Plan: XR L-spine');

describe('review t-e: r18e misreads', () => {
  it('keeps a marker placed off the spine when the words after the place deny or contrast another place', () => {
    for (const [v, id] of [
      ['tuft on scalp, not sacral', 'hair-tuft'],
      ['hemangioma on scalp, not lumbar', 'hemangioma'],
      ['hair tuft scalp, no, not sacral', 'hair-tuft'],
      ['hair tuft - scalp, no sacral dimple, no sinus', 'hair-tuft'],
      ['hair tuft scalp, no lumbar hair tuft', 'hair-tuft'],
      ['hemangioma on face, no sacral hemangioma', 'hemangioma'],
      ['hair tuft on scalp, no midline lumbar lesions', 'hair-tuft'],
      ['hair tuft: scalp no, sacral no', 'hair-tuft'],
      ['hemangioma: face - no, sacral - no', 'hemangioma'],
      ['hair tuft - scalp? no, sacral dimple? no', 'hair-tuft'],
    ]) {
      const n = infant(v);
      assert.equal(present(n, id), false, v);
      assert.equal(n.scenario, 'no-criteria', v);
    }
  });
  it('still reads a place corrected to the spine, its clause ending there', () => {
    for (const v of ['hair tuft – scalp? no, sacral', 'hair tuft - scalp? no, sacral area', 'hair tuft? scalp - no, sacral - yes', 'hair tuft on scalp - I mean, lumbar'])
      assert.equal(present(infant(v), 'hair-tuft'), true, v);
  });
  it('reads an effort-limited grade as no deficit, and a grade opening its sentence with the words before it', () => {
    for (const v of ['power 3/5 effort-limited', 'Strength 4/5 submaximal effort']) assert.equal(teen(v).facts.neuro.state, 'normal', v);
    assert.equal(teen('Power: L hip flexion. 3/5').facts.neuro.state, 'abnormal');
    assert.equal(teen('Power 3/5 in left leg').facts.neuro.state, 'abnormal');
  });
  it('reads "yes/no" and "yes or no" after an item as a choice offered, not an answer', () => {
    const night = (v: string) => present(readNote(`12 yo, back pain 3 wk, ${v}. Neuro nl.`, 'Plan: XR L-spine'), 'night-pain');
    assert.equal(night('no fever, night pain yes/no'), false);
    assert.equal(night('no fever, night pain yes or no? no'), false);
    assert.equal(night('no fever, night pain yes'), true);
    assert.equal(night('no fever, night pain yes, for 2 weeks'), true);
  });
});
