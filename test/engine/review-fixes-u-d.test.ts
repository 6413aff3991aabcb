/**
 * Review rv19d of r19d (tent and club wording): a study requested stays the order beside "nothing booked/arranged yet"
 * (booking is scheduling, not ordering); "nothing to suggest …", "nothing in the way of …" deny the whole list after
 * them; a rash or blood running down the leg is no radicular pain; a diving-board strike at diving practice is still
 * the mechanism.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const H = '13 yo M, low back pain 4 wk.';
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const present = (...lines: string[]) =>
  readNote(...lines)
    .facts.hits.filter((h) => h.present)
    .map((h) => h.finding.id);

describe('review rv19d: a study requested beside "nothing booked" or "nothing arranged"', () => {
  it('stays the order', () => {
    assert.equal(orderOf(H, 'No injury. Neuro intact.', 'Nothing booked yet - MRI lumbar spine requested today.'), 'mri-area-without');
    assert.equal(orderOf(H, 'No injury. Neuro intact.', 'MRI lumbar spine requested. Nothing booked yet.'), 'mri-area-without');
    assert.equal(orderOf(H, 'No injury. Neuro intact.', 'MRI lumbar spine requested, nothing arranged yet - radiology to call.'), 'mri-area-without');
  });
  it('a study left to another is still no order', () => {
    assert.equal(orderOf(H, 'No injury. Neuro intact.', 'Advised: rest; MRI if sports med agree. Nothing arranged here.'), null);
  });
});

describe('review rv19d: "nothing to suggest" and its like deny the list after them', () => {
  it('every item of the list', () => {
    const p = present(H, 'Nothing to suggest infection or tumour, fever, weight loss or night pain.', 'Neuro intact.', 'Plan: XR lumbar spine.');
    for (const id of ['fever', 'weight-loss', 'night-pain']) assert.ok(!p.includes(id), id);
    const q = present(H, 'Nothing in the way of fever, night sweats or weight loss. Neuro intact.', 'Plan: XR lumbar spine.');
    for (const id of ['fever', 'night-sweats', 'weight-loss']) assert.ok(!q.includes(id), id);
  });
  it('"nothing in the history of trauma" is no injury', () => {
    assert.equal(readNote(H, 'Nothing in the history of trauma. Neuro intact.', 'Plan: XR lumbar spine.').facts.trauma.significance, 'none');
  });
  it('"nothing helps" still leaves the pain it stands beside', () => {
    assert.ok(present(H, 'Night pain, nothing helps. Neuro intact.', 'Plan: MRI lumbar spine.').includes('night-pain'));
  });
});

describe('review rv19d: something other than pain running down the leg', () => {
  it('is no radicular pain', () => {
    assert.ok(!present(H, 'Skin rash running down the leg. No injury. Neuro intact.', 'Plan: XR lumbar spine.').includes('radicular-pain'));
    assert.ok(!present(H, 'Blood running down the leg from a graze. No injury. Neuro intact.', 'Plan: XR lumbar spine.').includes('radicular-pain'));
  });
  it('pain running down the leg still is', () => {
    assert.ok(present(H, 'Pain running down the left leg to the foot. No injury. Neuro intact.', 'Plan: MRI lumbar spine.').includes('radicular-pain'));
  });
});

describe('review rv19d: a diving-board strike at diving practice', () => {
  it('is the mechanism, significant', () => {
    const n1 = readNote('14 yo F, low back pain since yesterday.', 'Diving practice: hit the board on a reverse dive, landed on back.', 'Neuro intact.', 'Plan: XR lumbar spine.');
    assert.equal(n1.facts.trauma.significance, 'significant');
    assert.equal(n1.scenario, 'spine-trauma-thoracolumbar');
    const n2 = readNote(
      '14 yo F, mid back pain since this morning.',
      'Diving club: hit her back on the springboard at practice this morning.',
      'Neuro intact.',
      'Plan: XR thoracic spine.',
    );
    assert.equal(n2.facts.trauma.significance, 'significant');
    assert.equal(
      readNote('14 yo F, low back pain since yesterday.', 'Diving practice: struck the board on a reverse dive.', 'Neuro intact.').facts.trauma.significance,
      'significant',
    );
  });
  it('diving as the sport alone is still no injury', () => {
    assert.equal(readNote('14 yo F, low back pain 3 wk.', 'Diving club. Pain worse with back dives. No fall.', 'Neuro intact.').facts.trauma.significance, 'none');
  });
});

describe('review rv19d: "thrown over" and "tumbled" outside a fall', () => {
  const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
  it('are no injury', () => {
    assert.equal(trauma(H, 'Mother feels thrown over by the diagnosis. Neuro intact.', 'Plan: XR lumbar spine.'), 'none');
    assert.equal(trauma(H, 'Thrown over by the news. No injury. Neuro intact.', 'Plan: XR lumbar spine.'), 'none');
    assert.equal(trauma(H, 'Clothes tumbled in the dryer; pain folding laundry. Neuro intact.', 'Plan: XR lumbar spine.'), 'none');
    assert.equal(trauma(H, 'Grades tumbled this term. Neuro intact.', 'Plan: XR lumbar spine.'), 'none');
  });
  it('a rider thrown over the bars, or tumbling down a slope, is', () => {
    assert.equal(trauma(H, 'Thrown over the bars at the bottom of the hill. Neuro intact.'), 'significant');
    assert.equal(trauma(H, 'Thrown over his handlebars yesterday. Neuro intact.'), 'significant');
    assert.equal(trauma(H, 'Tumbled down the stairs yesterday. Neuro intact.'), 'significant');
  });
});
