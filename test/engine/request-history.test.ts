/**
 * A request, requisition or protocol line writes the clinical history after the study's own name and its technique
 * (clinical/request.ts): its age, markers, injury, fever and pain are read; a rule-out there stays a question, the
 * technique is no history, and the request's text never becomes a second order.
 */
import * as assert from 'node:assert/strict';
import { historyStart } from '../../server/src/clinical/request';
import { loadKnowledge } from '../../server/src/knowledge/loader';
import { note, readNote } from '../helpers';

const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);
const technique = new Set(loadKnowledge().vocabulary.request.technique);
const start = (value: string) => {
  const at = historyStart(value, technique, (c) => /\b(?:us|mri|ct|xr)\b/i.test(c));
  return at === undefined ? undefined : value.slice(at);
};

describe('the history written in a request line', () => {
  it('starts after the study and its technique', () => {
    assert.equal(start('US spine, 3 mo M, lumbar hair tuft'), '3 mo M, lumbar hair tuft');
    assert.equal(start('CT L-spine with contrast, STAT. 4 y F, fever x 6 days'), '4 y F, fever x 6 days');
    assert.equal(start('CT C-spine w/o contrast, thin sections with sag/cor reformats. 12 yo M, dove into a pool'), '12 yo M, dove into a pool');
    assert.equal(start('XR L-spine 2 views - "back pain after a fall"'), 'back pain after a fall"');
  });
  it('is nothing when the line is only the study and how it is done, or names no study first', () => {
    assert.equal(start('MRI L-spine w/o, sag T1, feed and wrap'), undefined);
    assert.equal(start('US spine, linear probe, first AM slot'), undefined);
    assert.equal(start('CT C-spine w/o contrast.'), undefined);
    assert.equal(start('see note, 3 mo F, dimple'), undefined);
  });

  it('tells the age, the marker and the scenario of a request for an infant', () => {
    const r = readNote('Request: US spine, 3 mo M, lumbar hair tuft, eval for occult dysraphism. Outpatient.');
    assert.equal(r.facts.age?.months, 3);
    assert.equal(present('hair-tuft', 'Request: US spine, 3 mo M, lumbar hair tuft, eval for occult dysraphism. Outpatient.'), true);
    assert.equal(r.scenario, 's1-cutaneous-marker');
  });
  it('under a key for the study the language does not know ("Requisition:", "Protocol:")', () => {
    const r = readNote('Requisition: MRI L-spine w/ and w/o contrast. 8 y F, 10 days of fever, back pain, refuses to walk.');
    assert.equal(r.facts.age?.months, 96);
    assert.equal(
      r.facts.hits.some((h) => h.finding.category === 'back-pain' && h.present),
      true,
    );
    assert.equal(
      r.facts.hits.some((h) => h.finding.id === 'fever' && h.present),
      true,
    );
    const t = readNote('Protocol: CT T-spine w/o contrast, thin sections. 14 yo M, fell from a roof about 4 m, midline T10 tenderness.');
    assert.equal(t.facts.age?.months, 168);
    assert.equal(t.facts.trauma.significance, 'significant');
  });

  it('a rule-out there is a question and a denial a denial', () => {
    assert.equal(present('dermal-sinus', 'Request: US spine, 2 mo F, r/o dermal sinus.', 'Findings: skin of the back normal'), false);
    assert.equal(present('fever', 'Request: MRI L-spine w/o, 9 y M, back pain x 3 wk, no fever.'), false);
    assert.equal(present('fever', 'Request: MRI L-spine w/o, 9 y M, back pain x 3 wk, fever to 39.'), true);
  });
  it('a duration there is no age', () => {
    assert.equal(readNote('Request: MRI L-spine w/o. 3 weeks of back pain.').facts.age, undefined);
    assert.equal(readNote('Request: MRI L-spine w/o. 9 y F, 3 weeks of back pain.').facts.age?.months, 108);
    assert.equal(readNote('Request: US spine, 2 views, 5 days of fever').facts.age, undefined);
  });
  it('never a second order', () => {
    assert.equal(readNote('Order: US spine, 4 mo F, sacral dimple, MRI if abnormal').facts.order?.reading.procedure?.id, 'us-area');
    assert.equal(readNote('Request: XR L-spine 2 views. 15 y M, back pain; mom asks for an MRI.').facts.order?.reading.procedure?.id, 'xr-area');
  });
  it('an order line that is only its study reads as before', () => {
    const lines = ['Age: 4 mo', 'Findings: sacral dimple 3 mm'];
    const r = readNote(...lines, 'Order: US spine area of interest, linear probe');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.equal(r.scenario, readNote(...lines, 'Order: US spine area of interest').scenario);
    assert.deepEqual(
      r.facts.hits.map((h) => h.finding.id),
      readNote(...lines, 'Order: US spine area of interest').facts.hits.map((h) => h.finding.id),
    );
  });
});

describe('urgency after a study written with its contrast, or as "now-now"', () => {
  const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
  it('orders the study', () => {
    assert.equal(orderOf('Resus: 7 y M, rollover MVC. Tender midline C3. GCS 13, cannot clear - CT C-spine non-contrast stat.'), 'ct-area-without');
    assert.equal(orderOf('Resus: 7 y M, rollover MVC. Tender midline C3. GCS 13, cannot clear - CT C-spine non-contrast now-now.'), 'ct-area-without');
    assert.equal(orderOf('Trauma bay: 7 y M, rollover MVC. Tender midline C3, cannot clear - CT C-spine now-now.'), 'ct-area-without');
  });
  it('not "now" alone, nor a study done and read', () => {
    assert.equal(orderOf('ED: 9 y M, MVC, neck pain. Not sure about CT C-spine now, will observe.'), 'none');
    assert.equal(orderOf('ED: 9 y M fell, neck pain - CT C-spine now normal, collar off.'), 'none');
    assert.equal(orderOf('ED: 9 y M, MVC, neck pain. CT C-spine non-contrast stat was normal.'), 'none');
  });
});

describe('a change of the ordered study in a request line', () => {
  const changed = (...lines: string[]) => {
    const r = readNote(...lines);
    const fix = r.note.findings.flatMap((f) => f.fixes).find((x) => x.title.startsWith('Change order to'));
    assert.ok(fix, `no change of order offered for ${JSON.stringify(lines)}`);
    let text = note(...lines);
    for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    return text.trimEnd();
  };
  // The reason written after the study is the clinical history the change must keep (a red flag, the age, the marker).
  it('replaces the study and keeps the history written after it', () => {
    const after = changed('Request: US spine, 10 mo F, hairy patch lower back, eval for tethered cord');
    assert.match(after, /^Request: MRI .*, 10 mo F, hairy patch lower back, eval for tethered cord$/);
  });
  it('keeps a reason on the continuation line of the request', () => {
    const after = changed('Requested: CT L-spine', '  weight loss 3 kg, back pain 6 wk', 'Age: 12 y');
    assert.match(after, /\n {2}weight loss 3 kg, back pain 6 wk\nAge: 12 y$/);
    assert.doesNotMatch(after, /CT L-spine/);
  });
  it("replaces a reason that holds the study's contrast with the study", () => {
    // "without and with" after the reason is the study's contrast: kept, it would order the contrast the change removes.
    const after = changed('Procedure: 72149', ' routine check-up', ' without and with', 'Dx: lipoma', 'Age: 3 mo');
    assert.doesNotMatch(after, /without and with|routine check-up/);
  });
  it('replaces the whole value when the request holds only the study', () => {
    const after = changed('Age: 3 mo', 'Findings: hair tuft', 'Order: XR lumbar spine 2 views');
    assert.doesNotMatch(after, /XR lumbar spine|2 views/);
  });
});
