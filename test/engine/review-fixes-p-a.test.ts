/**
 * Review of the request-history reading (clinical/request.ts): what a request, requisition or protocol line writes
 * after its study is read for findings, age and injury; a protocol's name there is the study's, not history, and a
 * time to come back is no age.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('review fixes (request history)', () => {
  it('a protocol named after the study is technique, not the patient ("neonatal spine protocol" is no age)', () => {
    const r = readNote('Request: US spine, neonatal spine protocol, sacral dimple');
    assert.equal(r.facts.age, undefined);
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.equal(
      r.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present),
      true,
    );
    const t = readNote('Protocol: CT C-spine, low dose, peds trauma pathway, 9 yo M, neck pain');
    assert.equal(t.facts.trauma.significance, 'none');
    assert.equal(t.facts.age?.months, 108);
    const m = readNote('Protocol: MRI whole spine w/ and w/o, tumor protocol, 10 yo F, back pain x 2 wk');
    assert.equal(m.facts.age?.months, 120);
    assert.equal(
      m.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present),
      true,
    );
  });
  it('a time to return to clinic is no age ("RTC 2 wk with results")', () => {
    assert.equal(readNote('Order: MRI L-spine w/o, RTC 2 wk with results').facts.age, undefined);
    assert.equal(readNote('Indication: back pain. RTC 2 wk with results').facts.age, undefined);
    assert.equal(readNote('Order: US spine, sacral dimple, return 3 wk with results').facts.age, undefined);
    assert.equal(readNote('Order: US spine, 6 wk old with sacral dimple').facts.age?.months !== undefined, true);
  });
});
