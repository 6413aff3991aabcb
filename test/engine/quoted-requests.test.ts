/**
 * A booking or scheduling clerk copies the clinician's request in quotation marks (clinical/request.ts
 * withQuotedRequestsRead): the quotation is the child's history, read for findings, pain and exam, and never the
 * order; the study booked elsewhere in the note is the order. A request that opens on its study, or is not quoted, is
 * still the order, and a key that names no request is left as it was.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const order = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('a request copied in quotation marks by a booking clerk', () => {
  it('is history, not the order: the booked study is the order', () => {
    const lines = [
      'MRI scheduling note',
      'Booked: MRI lumbar spine WITH contrast, 12 y F, outpatient, Thu 17:00.',
      'Request (quoted): "Low back pain 4 weeks, no red flags, normal neuro exam, no trauma. Family requesting MRI."',
    ];
    const r = readNote(...lines);
    assert.equal(order(...lines), 'mri-area-with');
    assert.equal(r.facts.neuro.state, 'normal');
    assert.equal(r.scenario, 'back-pain-no-red-flags');
  });
  it('a study told with its result inside the quotation is no order', () => {
    const lines = [
      'Booking note',
      'Age: 5 mo',
      'MRI lumbar spine without contrast booked Thu 09:00, feed and wrap.',
      'Request (quoted): "Sacral dimple with a skin tag beside it. Spine US: conus at L3, abnormal. Please MRI."',
    ];
    assert.equal(order(...lines), 'mri-area-without');
    assert.equal(present('skin-appendage', ...lines), true);
  });
  it('under a key the language does not know that names a request, its markers are read', () => {
    const lines = ['Age: 2 y', 'Order: MRI L-spine w/o', 'Original request: "Lumbosacral hair tuft and a small hemangioma, no neuro sx."'];
    assert.equal(present('hair-tuft', ...lines), true);
    const copied = ['Age: 3 mo', 'Order: MRI L-spine w/o', 'Referrer\'s request (copied): "Spinal US last week: conus at L3, filum 2.5 mm - abnormal. Midline lipoma."'];
    assert.equal(
      readNote(...copied).facts.prior.some((p) => p.modality === 'US'),
      true,
    );
  });
});

describe('near-misses a quoted request must leave alone', () => {
  it('a quoted request that opens on its study stays the order', () => {
    assert.equal(order('Age: 4 mo', 'Request: "US spine - sacral dimple with tuft of hair"'), 'us-area');
  });
  it('an unquoted request is still the order', () => {
    assert.equal(order('Age: 4 mo', 'Request: please book MRI L-spine w/o, sacral dimple with tuft of hair'), 'mri-area-without');
  });
  it('a quotation under a key that names no request is not made a request', () => {
    const r = readNote('Age: 6 mo', 'Mum said: "there is a small dimple"', 'Order: US spine');
    assert.equal(order('Age: 6 mo', 'Mum said: "there is a small dimple"', 'Order: US spine'), 'us-area');
    assert.equal(r.scenario === 'no-criteria', false);
  });
});
