/**
 * Set 12 (r13d): check-list templates. A car seat ticked on an anticipatory-guidance or discharge
 * check list is a safety topic, not an injury; a yes/no answer written inside the brackets
 * ("fever [N]  night pain [Y]") answers the item before it. Each positive case failed before its fix;
 * each near miss is what the fix must leave alone.
 */
import * as assert from 'node:assert/strict';
import { ids, readNote } from '../helpers';

const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
const asserted = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('set 12 (r13d): check-list templates', () => {
  describe('a car seat is a safety topic, not a mechanism', () => {
    it('"[x] car seat" on a guidance or discharge check list tells no injury', () => {
      assert.equal(trauma('6 mo F, hair tuft over L5.', 'Anticipatory guidance: [x] car seat [x] water temp [x] teething', 'Plan: MRI L-spine'), 'none');
      assert.equal(trauma('3 d old F, deep sacral dimple.', 'D/c checklist:', '[x] hep B', '[x] car seat', '[x] PCP appt Fri', 'Plan: US spine'), 'none');
      assert.equal(trauma('9 mo M, simple dimple. Anticipatory guidance given (choking, car seat safety).'), 'none');
      assert.equal(readNote('Age: 6 months', 'Skin: hair tuft at L5', 'Guidance: [x] car seat', 'Plan: MRI L-spine').scenario, 's1-cutaneous-marker');
    });
    it('a crash with a child in a car seat is still a crash, however it is written', () => {
      assert.equal(trauma('Age: 10 years', 'Presentation: restrained in a car seat, rear-ended at highway speed'), 'significant');
      assert.equal(trauma('4 y in car seat, their car was rear ended, neck pain.', 'Plan: XR c-spine'), 'significant');
      assert.equal(trauma('5 mo M, HPI: rear-ended in car seat, bruising over lower back.', 'Order: XR thoracolumbar spine'), 'significant');
      assert.equal(trauma('8 mo M, restrained in car seat, MVC on the motorway this morning.', 'Plan: XR L-spine'), 'significant');
      assert.equal(trauma('4 yo F, fever, cries when lifted, refuses her car seat, no trauma.', 'Plan: MRI L-spine'), 'none');
    });
  });

  describe('a yes/no answer written inside the brackets', () => {
    const flags = (line: string) => ['fever', 'night-pain', 'weight-loss'].filter((id) => asserted(id, 'Age: 7 y', 'Pt presents with: back pain', line, 'Orders: XR lumbar spine'));
    it('"[N]" after an item leaves it unasserted, "[Y]" asserts it', () => {
      assert.deepEqual(flags('Red flags: fever [N]  night pain [N]  weight loss [N]'), []);
      assert.deepEqual(flags('Red flags: fever [n]  night pain [Y]  weight loss [N]'), ['night-pain']);
      assert.deepEqual(flags('Red flags: fever [ Y ]  night pain [N]'), ['fever']);
      assert.equal(
        readNote('Age: 7 y', 'Pt presents with: back pain', 'Red flags: fever [N]  night pain [N]  weight loss [N]', 'Orders: XR lumbar spine').scenario,
        'back-pain-no-red-flags',
      );
    });
    it('an unfilled "[Y] [N]" pair keeps the flag (protective), and the other box forms read as before', () => {
      assert.deepEqual(flags('Fever [Y] [N]'), ['fever']);
      assert.deepEqual(flags('Night pain: [x] Y [ ] N'), ['night-pain']);
      assert.deepEqual(flags('Night pain: [ ] Y [x] N'), []);
      assert.deepEqual(flags('Red flags: [x] fever [ ] night pain'), ['fever']);
    });
  });

  describe("a form's Age column left blank before the next column", () => {
    const rules = (first: string) => ids(`${first}\nSkin: sacral dimple, no hair\nPlan: US spine`);
    it('"Age: ***   Wt: 5.1 kg", "Age:        Wt: 5.1 kg" give no age: missing-age, not unreadable-age', () => {
      for (const first of ['Age: ***   Wt: 5.1 kg   Length: ***', 'Age:        Wt: 5.1 kg', 'Age: ___\tWt: 5.1 kg']) {
        assert.ok(rules(first).includes('missing-age'), first);
        assert.ok(!rules(first).includes('unreadable-age'), first);
      }
    });
    it('an age written in the column, or an unreadable one, is read as before', () => {
      assert.ok(!rules('Age: 3 mo   Wt: 5.1 kg').includes('missing-age'));
      assert.ok(!rules('Age: 3 mo   Wt: 5.1 kg').includes('unreadable-age'));
      assert.ok(rules('Age: three-ish   Wt: 5.1 kg').includes('unreadable-age'));
      assert.ok(!rules('Age: three-ish   Wt: 5.1 kg').includes('missing-age'));
      assert.ok(rules('Age: ***').includes('missing-age'));
    });
  });
});
