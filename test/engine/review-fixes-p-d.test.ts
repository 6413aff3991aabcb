/**
 * Review 13-d of r13d (check-list templates): each case failed before its fix.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const flags = (line: string) =>
  ['fever', 'night-pain', 'weight-loss'].filter((id) =>
    readNote('Age: 7 y', 'Pt presents with: back pain', line, 'Orders: XR lumbar spine').facts.hits.some((h) => h.finding.id === id && h.present),
  );

describe('review 13-d: check-list templates', () => {
  it('a box right after each key\'s colon answers that key, not the next one ("ROS: Fever: [N]  Night pain: [Y]")', () => {
    assert.deepEqual(flags('ROS: Fever: [N]  Night pain: [Y]'), ['night-pain']);
    assert.deepEqual(flags('ROS: Fever: [N]  Weight loss: [N]  Night pain: [Y]  Bowel/bladder changes: [N]'), ['night-pain']);
    assert.deepEqual(flags('ROS: Fever: [ ]  Night pain: [x]'), ['night-pain']);
    assert.deepEqual(flags('ROS: Night pain: [N]'), []);
    assert.equal(
      readNote('Age: 7 y', 'Pt presents with: back pain', 'ROS: Night pain: [N]  Fever: [N]  Wt loss: [N]  Bowel/bladder: [N]', 'Orders: XR lumbar spine').scenario,
      'back-pain-no-red-flags',
    );
    // Box first after a key, with the option's label after it, reads as before.
    assert.deepEqual(flags('Red flags: [x] fever [ ] night pain'), ['fever']);
  });

  it('"[-]" marks an item absent and "[+]" present', () => {
    assert.deepEqual(flags('Red flags: fever [-]  night pain [-]  weight loss [-]'), []);
    assert.deepEqual(flags('Red flags: fever [+]  night pain [-]'), ['fever']);
    assert.deepEqual(flags('Red flags: [-] fever  [+] night pain'), ['night-pain']);
  });

  it('a car seat in a T-boned car is still a crash', () => {
    assert.equal(readNote('Age: 3 y', 'HPI: in car seat when car was T-boned, now refusing to walk', 'Order: XR L-spine').facts.trauma.significance, 'significant');
  });

  it('a keyed check list with a comment after its last box reads the same ("…  Night pain: [N]  (per pt and mom)")', () => {
    assert.deepEqual(flags('Red flags: Fever: [N]  Night pain: [N]  (per pt and mom)'), []);
  });

  it('an unticked "other: [ ]" leaves no punctuation behind as a listed red flag', () => {
    assert.equal(
      readNote('Age: 7 y', 'Pt presents with: back pain', 'Red flags: fever [N]  night pain [N]  weight loss [N]  other: [ ]', 'Orders: XR lumbar spine').scenario,
      'back-pain-no-red-flags',
    );
  });

  it('a restraint said in the negative ("car seat not properly secured", "not in car seat") denies no crash after it', () => {
    const trauma = (hpi: string) => readNote('Age: 2 y', `HPI: ${hpi}`, 'Order: XR L-spine').facts.trauma.significance;
    assert.equal(trauma('car seat not properly secured, MVC'), 'significant');
    assert.equal(trauma('car seat not buckled, rollover crash'), 'significant');
    assert.equal(trauma('not in car seat, MVC'), 'significant');
    assert.equal(trauma('no car seat, MVC'), 'significant');
    // A denied injury stays denied.
    assert.equal(trauma('back pain, no trauma, no MVC'), 'none');
  });

  it('a car seat that tipped over records an injury', () => {
    assert.notEqual(readNote('Age: 14 mo', 'HPI: car seat tipped over onto floor', 'Order: XR L-spine').facts.trauma.significance, 'none');
  });
});
