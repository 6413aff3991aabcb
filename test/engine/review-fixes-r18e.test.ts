/**
 * Older misreads reviewers met (r18e): a marker whose place is taken back and corrected to the spine stays present; a
 * strength grade below full in its own sentence is a deficit (the words of another sentence do not make it a score);
 * waking at night with pain, other words between, is night pain.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);

describe('r18e: older misreads', () => {
  it('keeps a marker whose place the writer corrects to the spine ("scalp? no, sacral")', () => {
    const n = readNote('3 mo M, hair tuft – scalp? no, sacral. XR L-spine');
    assert.equal(present(n, 'hair-tuft'), true);
    assert.equal(n.scenario, 's1-cutaneous-marker');
    assert.equal(present(readNote('3 mo M, hair tuft - scalp - no wait, sacral. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), true);
    assert.equal(present(readNote('3 mo M, hair tuft on the scalp, sorry, lumbar. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), true);
    assert.equal(present(readNote('3 mo M, hair tuft, not on the scalp but over the sacrum. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), true);
  });
  it('still denies a marker denied itself, and a marker corrected away from the spine', () => {
    assert.equal(present(readNote('3 mo M, no hair tuft, no dimple. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), false);
    assert.equal(present(readNote('3 mo M, hair tuft? no. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), false);
    assert.equal(present(readNote('3 mo M, no hair tuft - scalp? no, sacral? no. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), false);
    assert.equal(present(readNote('3 mo M, hair tuft - sacral? no, scalp. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), false);
    assert.equal(present(readNote('3 mo M, ?hair tuft. Neuro nl.', 'Plan: XR L-spine'), 'hair-tuft'), true);
  });
  it('reads a strength grade below full after power, strength, fuerza as a deficit, in its own sentence', () => {
    for (const exam of ['Power 3/5 in left leg.', 'power 3/5 L hip flexion.', 'Fuerza 3/5 en MII.', 'Strength 4/5 R ankle dorsiflexion.']) {
      assert.equal(readNote(`12 yo, back pain 3 wk. ${exam}`, 'Plan: XR L-spine').facts.neuro.state, 'abnormal', exam);
    }
    assert.equal(readNote('12 yo, back pain 3 wk. power 5/5 throughout.', 'Plan: XR L-spine').facts.neuro.state, 'normal');
    // A pain-limited effort is no clear deficit; a pain score is no grade.
    assert.notEqual(readNote('12 yo, back pain 3 wk. power 4+/5 limited by pain.', 'Plan: XR L-spine').facts.neuro.state, 'abnormal');
    assert.notEqual(readNote('12 yo, back pain 3 wk, leg pain 3/5. Neuro nl.', 'Plan: XR L-spine').facts.neuro.state, 'abnormal');
  });
  it('reads waking at night with pain as night pain, words between', () => {
    assert.equal(present(readNote('12 yo, back pain 3 wk, wakes 2x/night crying with back pain. Neuro nl.', 'Plan: XR L-spine'), 'night-pain'), true);
    assert.equal(present(readNote('12 yo, back pain 3 wk, woke last night screaming with pain. Neuro nl.', 'Plan: XR L-spine'), 'night-pain'), true);
    assert.equal(present(readNote('12 yo, back pain 3 wk, wakes to void. Neuro nl.', 'Plan: XR L-spine'), 'night-pain'), false);
    assert.equal(present(readNote('12 yo, back pain 3 wk, does not wake at night with pain. Neuro nl.', 'Plan: XR L-spine'), 'night-pain'), false);
  });
  it('keeps a red flag told after a denial with its own cue, and a bare two-item list denied', () => {
    const flag = (v: string) => present(readNote(`12 yo, back pain 3 wk. ${v} Neuro nl.`, 'Plan: XR L-spine'), 'night-pain');
    for (const v of [
      'No fever, night pain yes.',
      'No fever, night pain Yes, weight loss no.',
      'No fever, but night pain.',
      'No fever, has night pain.',
      'No fever, + night pain.',
      'No fever, night pain x 2 wk.',
      'Kein Fieber, aber Nachtschmerz.',
    ])
      assert.equal(flag(v), true, v);
    // Without a cue of its own the list reads as one denied list (left as it is: nothing in the words tells it apart).
    assert.equal(flag('No fever, night sweats, night pain.'), false);
    const m = readNote('12 yo, back pain 3 wk. no fever, night sweats, weight loss. Neuro nl.', 'Plan: XR L-spine');
    assert.equal(present(m, 'night-sweats') || present(m, 'weight-loss'), false);
  });
});
