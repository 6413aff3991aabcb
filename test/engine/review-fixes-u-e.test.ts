/**
 * Review r19e: a clinician's own words under an alert-like key are read; a word cancelled inside a bracket after the
 * study is something else's cancellation, not the order's.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);

describe('review r19e fixes', () => {
  it("an 'Alert:' / 'Alerts:' / 'Decision support:' line in the clinician's own words is read", () => {
    const tuft = readNote('Alert: 3 mo with hair tuft, alert and active', 'Order: US spine');
    assert.equal(tuft.facts.age?.months, 3);
    assert.ok(present(tuft, 'hair-tuft'));
    assert.ok(present(readNote('Alerts: latex allergy; sacral dimple noted', 'Age: 4 mo', 'Order: US spine'), 'sacral-dimple'));
    assert.ok(present(readNote('Alert: Mother reports 3 mo with sacral dimple', 'Order: US spine'), 'sacral-dimple'));
    assert.ok(present(readNote('Decision support: 3 mo, dimple, US ordered per guideline', 'Order: US spine'), 'sacral-dimple'));
  });
  it("'CDS: discussed …, MRI ordered' keeps the order; 'BPA fired; I reviewed:' is prose, not an alert key", () => {
    const cds = readNote('Age: 5 y', 'CDS: discussed with Dr X, MRI L-spine w/o ordered', 'Indication: back pain 8 wk, night pain');
    assert.equal(cds.facts.order?.reading.procedure?.modality, 'MRI');
    const bpa = readNote('BPA fired; I reviewed: 4 mo, deep dimple, US spine ordered');
    assert.equal(bpa.facts.order?.reading.procedure?.modality, 'US');
    assert.ok(present(bpa, 'sacral-dimple'));
  });
  it('a bare "cancelled" inside a bracket after the study cancels something else', () => {
    for (const order of ['MRI L-spine (cancelled sedation - will scan awake)', 'MRI L-spine (sedation cancelled)']) {
      const r = readNote('Age: 13 y', `Order: ${order}`, 'Indication: back pain 8 wk, night pain');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without', order);
    }
    assert.notEqual(readNote('Age: 13 y', 'Order: MRI L-spine cancelled', 'Indication: back pain 8 wk').facts.order?.reading.procedure?.id, 'mri-area-without');
  });
});
