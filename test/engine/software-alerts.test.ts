/**
 * The decision-support software's own text in a note (clinical/alerts.ts): an alert, a best practice advisory, a CDS
 * message quoted in an override. What it says is never a fact of the patient (no prior study, no finding, no order);
 * the clinician's override reason beside it is read as usual.
 */
import * as assert from 'node:assert/strict';
import { softwareAlertSpans } from '../../server/src/clinical/alerts';
import { readNote } from '../helpers';

const usPriors = (...lines: string[]) => readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
const blanked = (text: string) => softwareAlertSpans(text).map((s) => text.slice(s.start, s.end));

describe('decision-support alert text', () => {
  it("an alert's words are no prior ultrasound: MRI first in a young infant is flagged", () => {
    for (const key of ['Alert', 'CDS alert', 'Decision-support alert', 'BPA', 'Best practice advisory', 'Alert shown', 'CDS ALERT (appropriateness)']) {
      const lines = [
        'Order: MRI lumbar spine without contrast (feed & wrap)',
        `${key}: "MRI first in infant <= 6 months without prior spinal ultrasound - US is the recommended screening study."`,
        'Override reason: 3-month-old girl with a 3 cm soft midline lumbosacral lipoma. Neurosurgery asked for MRI directly for surgical planning. Neuro exam normal.',
      ];
      const r = readNote(...lines);
      assert.deepEqual(usPriors(...lines), [], key);
      assert.ok(r.rules.includes('mri-first-in-young-infant'), key);
    }
  });
  it("an unquoted alert line is the software's too; the override reason below it is read", () => {
    const lines = [
      'Order: MRI lumbar spine without contrast',
      'Alert: MRI first in infant under 6 months without prior spinal ultrasound or sacral dimple work-up.',
      'Override reason: 2 mo M with a hairy patch over L4, neuro normal.',
    ];
    const r = readNote(...lines);
    assert.deepEqual(usPriors(...lines), []);
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present));
  });
  it('a quotation right after "CDS" in an override is the software\'s, the history after it is read', () => {
    const text = 'XR L-spine AP/lat - CDS "usually not appropriate: back pain < 4 wk, no red flags" OVERRIDDEN: 13 y M, 2/52 LBP';
    assert.deepEqual(blanked(text), ['"usually not appropriate: back pain < 4 wk, no red flags"']);
    assert.equal(readNote(text).facts.age?.months, 156);
  });
  it("a clinician's own prior ultrasound beside an alert is kept", () => {
    const lines = [
      'Order: MRI lumbar spine without contrast',
      'Alert: "MRI first in infant <= 6 months without prior spinal ultrasound."',
      'Override reason: 4 mo F, sacral dimple; US spine at 6 wk normal, family anxious.',
    ];
    const us = usPriors(...lines);
    assert.equal(us.length, 1);
    assert.equal(us[0].result, 'normal');
  });
  it("the clinician's reply to an alert, and keys that only hold the word, are not set aside", () => {
    assert.deepEqual(blanked('Alert acknowledged: US spine at 6 wk normal'), []);
    assert.deepEqual(blanked('BPA override reason: 3 mo with lipoma'), []);
    assert.deepEqual(blanked('Neuro: alert, normal tone, reflexes 2+'), []);
    assert.deepEqual(blanked('Gen: well, alert, social smile'), []);
    assert.deepEqual(blanked('Request (quoted): "Sacral dimple, please US"'), []);
    assert.deepEqual(blanked('Mum said "he is alert" and "CDS" was fine'), []);
  });
  it('an alert that tells an allergy still tells no finding; the alert quoted, then the reply on its line', () => {
    assert.deepEqual(blanked('Alert: patient allergic to gadolinium'), ['patient allergic to gadolinium']);
    assert.deepEqual(blanked('BPA: "US is the recommended screening study" - overridden, 3 mo with lipoma'), ['"US is the recommended screening study"']);
  });
  it("a decision-support log's title names the order the alert was overridden for, when no Order line does", () => {
    const lines = [
      'BPA override log - XR LUMBOSACRAL SPINE 2 VIEWS',
      'Pt age at order: 6 mo',
      'Indication: sacral dimple',
      'Alert shown: "Radiography is usually not appropriate for a skin marker over the spine. Consider US spine or MRI."',
    ];
    const r = readNote(...lines);
    assert.equal(r.facts.order?.reading.procedure?.modality, 'XR');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
    // With an Order line, that line is the order; a title naming no alert is no order.
    const ordered = ['CDS override log - XR lumbosacral spine', 'Order: US spine', 'Age: 2 mo', 'Alert: "Radiography is usually not appropriate."'];
    assert.equal(readNote(...ordered).facts.order?.reading.procedure?.modality, 'US');
    const clinic = ['Spine clinic - XR lumbosacral spine last week normal', 'Age: 6 mo', 'Alert: "Consider US spine."'];
    assert.equal(readNote(...clinic).facts.order, undefined);
  });
});
