/**
 * Review of r14e (set13 injuries, red flags, suspicion and markers): the readings it changed that an independent
 * review found wrong. An assault of another child, a "fight" with an infection and a punched wall tell no injury
 * of the child; "also at night" told of another symptom than the back pain is no night pain.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;

describe('review q-e: an injury of someone else, or no injury at all', () => {
  it('another child, a classmate or a friend knocked down or beaten up is no injury of the child', () => {
    assert.equal(trauma('HPI: 11 yo, back pain 3 wk. Another child was knocked down in the playground, pt witnessed it.', 'Order: XR L-spine'), 'none');
    assert.equal(trauma('HPI: 12 yo, back pain 3 wk. A classmate was knocked to the ground in PE, pt not involved.', 'Order: XR L-spine'), 'none');
    assert.equal(trauma('HPI: 10 yo, back pain 6 wk, no trauma. Friend beaten up at school last month.', 'Order: XR L-spine'), 'none');
  });
  it('the child hurt by another child, a classmate or in a friend’s garden is still injured', () => {
    const r = readNote('HPI: 12 yo, kicked in the back by a classmate yesterday, back pain, midline tenderness.', 'Order: XR L-spine');
    assert.equal(r.facts.trauma.significance, 'significant');
    assert.ok(present(r, 'back-pain'));
    assert.equal(trauma('HPI: 12 yo, tackled by another boy at rugby, landed on his back, midline tenderness.', 'Order: XR L-spine'), 'significant');
    assert.equal(trauma("HPI: 12 yo, at a friend's party fell off the trampoline onto his back, midline tenderness.", 'Order: XR L-spine'), 'significant');
  });
  it('a "fight" with an infection, or a punched wall, is no assault', () => {
    assert.equal(trauma('HPI: 12 yo, fever and back pain, still in a fight with pneumonia, on abx.', 'Order: MRI L-spine'), 'none');
    assert.equal(trauma('HPI: 10 yo, fever, back pain. Body is in a fight with the infection per mum.', 'Order: MRI L-spine'), 'none');
    assert.equal(trauma('HPI: 15 yo, back pain 4 wk. Punched a wall in anger last week, hand sore.', 'Order: XR L-spine'), 'none');
  });
  it('a fight with another boy, punched in the back, stays an injury', () => {
    assert.equal(
      trauma('HPI: 15 yo M, back pain x 1 wk after a fight with another boy, punched in the lower back.', 'Exam: midline tenderness L3', 'Order: XR L-spine'),
      'significant',
    );
    assert.notEqual(trauma('HPI: 14 yo, got into a fight at school, kicked in the back.', 'Order: XR L-spine'), 'none');
  });
});

describe('review q-e: "also at night" of another symptom', () => {
  it('a cough, wetting, a rash or cramps "also at night" is no night pain', () => {
    for (const hpi of [
      'HPI: 9 yo, back pain x 3 wk, coughs, also at night.',
      'HPI: 7 yo, back pain x 4 wk, wets during the day, also at night.',
      'HPI: 11 yo, back pain 5 wk, itchy rash, also at night.',
      'HPI: 14 yo, back pain 6 wk, leg cramps also at night.',
    ]) {
      const r = readNote(hpi, 'Order: XR L-spine');
      assert.ok(!present(r, 'night-pain'), hpi);
    }
    assert.equal(readNote('HPI: 9 yo, back pain x 3 wk, coughs, also at night.', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
  it('the pain told worse with sport or in the morning, "also at night", is night pain', () => {
    for (const hpi of [
      'HPI: 12 yo, back pain x 4 wk, worse with sport, also at night.',
      'HPI: 14 yo, back pain 6 wk, worse in the morning, also at night.',
      'HPI: Boy 14 years. Back pain in thoracic part since about 3 months, lately also at night.',
      'HPI: 12 yo, low back pain x 6 wk, day and night.',
    ]) {
      assert.ok(present(readNote(hpi, 'Order: XR L-spine'), 'night-pain'), hpi);
    }
  });
});

describe('review q-e: a deficit of recent onset told unchanged is new', () => {
  it('"numbness unchanged since onset 3 days ago", "weakness unchanged overnight" stay deficits', () => {
    const r = readNote('HPI: 14 yo, back pain, numbness unchanged since onset 3 days ago.', 'Order: MRI L-spine');
    assert.ok(present(r, 'numbness'));
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(present(readNote('HPI: 14 yo, back pain, leg weakness unchanged overnight.', 'Order: MRI L-spine'), 'weakness'));
    assert.ok(present(readNote('HPI: 14 yo, back pain, leg weakness stable since it started yesterday.', 'Order: MRI L-spine'), 'weakness'));
  });
  it('a deficit at baseline, unchanged for years, is still no new symptom', () => {
    assert.ok(!present(readNote('HPI: 14 yo, back pain, leg weakness at baseline (CP).', 'Order: XR L-spine'), 'weakness'));
    assert.ok(!present(readNote('HPI: 14 yo with CP, back pain; leg weakness unchanged from baseline.', 'Order: XR L-spine'), 'weakness'));
  });
});

describe('review q-e: a relative’s weight', () => {
  it('the child’s weight then a sibling’s lower one is no weight loss', () => {
    assert.ok(!present(readNote('HPI: 13 yo, back pain 6 wk. Weight 50 kg, sister weight now 45 kg.', 'Order: XR L-spine'), 'weight-loss'));
    assert.ok(!present(readNote('HPI: 13 yo, back pain 6 wk. Weight 50 kg, brother weighs 45 kg.', 'Order: XR L-spine'), 'weight-loss'));
  });
  it('the child’s own weights, the later lower, stay weight loss', () => {
    assert.ok(present(readNote('HPI: 13 yo, back pain 6 wk. Weight 52 kg → 48 kg over 2 months.', 'Order: XR L-spine'), 'weight-loss'));
  });
});
