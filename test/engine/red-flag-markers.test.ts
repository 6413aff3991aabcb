/** Skin markers written or ticked under a Red flags key are markers (a reviewer's report): an infant's XR with them stays flagged. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function markers(...lines: string[]): string[] {
  return [
    ...new Set(
      readNote(...lines)
        .facts.hits.filter((h) => h.present && (h.finding.category === 'cutaneous-marker' || h.finding.category === 'dimple'))
        .map((h) => h.finding.id),
    ),
  ].sort();
}

describe('skin markers under a Red flags key', () => {
  it('ticked in a check-box list they count, and an infant XR is flagged', () => {
    const r = readNote('Age: 3 mo', 'Red flags: hair tuft [x] dimple [x] hemangioma [ ]', 'Order: XR L-spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
  });
  it('listed in words they count', () => assert.equal(readNote('Age: 3 mo', 'Red flags: hair tuft, dimple', 'Order: XR L-spine').scenario, 's1-cutaneous-marker'));
  it('an unticked box is no marker', () =>
    assert.ok(!markers('Age: 3 mo', 'Red flags: hair tuft [ ] dimple [x] hemangioma [ ]', 'Order: US spine').some((m) => m.includes('hair') || m.includes('hemangioma'))));
  it('negated there they are absent', () => assert.deepEqual(markers('Age: 3 mo', 'Red flags: no hair tuft, no dimple', 'Order: US spine'), []));
  it('"Red flags: none" marks no marker present and leaves a Findings marker standing', () => {
    assert.deepEqual(markers('Age: 3 mo', 'Red flags: none', 'Order: US spine'), []);
    assert.equal(readNote('Age: 3 mo', 'Red flags: none', 'Findings: hair tuft', 'Order: XR L-spine').scenario, 's1-cutaneous-marker');
  });
});
