/**
 * Round 59 (fix59f): EHR smart forms and order sets filled in quickly. A key answered by ticking its "None" box; a list
 * answered "none selected" with the options it covers in brackets after it; a spine study's own line whose boxes choose
 * its contrast. Each with the near misses that must stay as they were read.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

/** How a finding id is read in the note: 'present', 'absent' (negated), 'unasserted' (read, neither) or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

const backPain = ['Age: 11 y', 'Complaint: low back pain 10 days'];

describe('fix59f: a key answered by ticking its "None" box', () => {
  it('denies the key, as "Trauma: None" does', () => {
    assert.equal(stateOf('trauma', ...backPain, 'Trauma: [x] None', 'Imaging: XR L-spine'), 'absent');
    assert.equal(readNote(...backPain, 'Injury: [X] nil', 'Imaging: XR L-spine').facts.trauma.significance, 'none');
    assert.equal(stateOf('fever', ...backPain, 'Fever / night pain: [x] None', 'Imaging: XR L-spine'), 'absent');
    assert.equal(stateOf('night-pain', ...backPain, 'Fever / night pain: [x] None', 'Imaging: XR L-spine'), 'absent');
  });
  it('leaves a ticked "None" beside another ticked box, with words after it, or with no key, as written', () => {
    assert.equal(stateOf('trauma', ...backPain, 'Trauma: [x] None [x] fall from trampoline', 'Imaging: XR L-spine'), 'present');
    assert.notEqual(stateOf('trauma', ...backPain, 'Trauma: [x] fall from a swing', 'Imaging: XR L-spine'), 'absent');
    assert.notEqual(stateOf('night-pain', ...backPain, 'Night pain: [x] None recorded but wakes him most nights', 'Imaging: XR L-spine'), 'absent');
    assert.notEqual(stateOf('night-pain', ...backPain, 'Night pain  [x] None  [x] wakes at night', 'Imaging: XR L-spine'), 'absent');
  });
  it('does not deny a key whose "None" is another option than the ticked one', () => {
    assert.equal(stateOf('trauma', ...backPain, 'Trauma: [ ] None [x] fell off trampoline', 'Imaging: XR L-spine'), 'present');
  });
});

describe('fix59f: "none selected" with the options it covers in brackets', () => {
  it('denies every option of the bracket', () => {
    const lines = ['Age: 14 y', 'Back pain: mechanical, 3 weeks', 'Red flags: none selected (fever, night pain, weight loss all N)', 'Order: MRI L-spine w/o'];
    assert.equal(stateOf('fever', ...lines), 'absent');
    assert.equal(stateOf('night-pain', ...lines), 'absent');
    assert.equal(stateOf('weight-loss', ...lines), 'absent');
    assert.equal(stateOf('night-pain', 'Age: 14 y', 'Back pain: 3 weeks', 'Red flags: nil ticked (fever / night pain)', 'Order: XR L-spine'), 'absent');
  });
  it('reads a bracket with a contrast, a presence, a yes answer or one option as written', () => {
    assert.equal(stateOf('weakness', 'Age: 14 y', 'Back pain: 3 weeks', 'Red flags: none selected (fever, night pain but new leg weakness)', 'Order: XR L-spine'), 'present');
    assert.equal(stateOf('night-pain', 'Age: 14 y', 'Back pain: 3 weeks', 'Red flags: none selected (fever, night pain all Y)', 'Order: XR L-spine'), 'present');
    assert.equal(stateOf('night-pain', 'Age: 14 y', 'Back pain: 3 weeks', 'Red flags: none selected (fever, night pain present)', 'Order: XR L-spine'), 'present');
    assert.equal(stateOf('night-pain', 'Age: 14 y', 'Back pain: 3 weeks', 'Red flags: none selected (night pain per mum)', 'Order: XR L-spine'), 'present');
  });
});

describe("fix59f: a spine study's line whose boxes choose its contrast", () => {
  const dimple = ['Age: 5 months', 'Findings: dimple 8 mm above the gluteal cleft'];
  it('orders the study with the contrast ticked', () => {
    assert.equal(orderOf(...dimple, 'MRI lumbar spine: [ ] without contrast  [x] without and with contrast'), 'mri-area-without-and-with');
    assert.equal(orderOf(...dimple, 'MRI L-spine:  [x] w/o contrast  [ ] w/wo contrast'), 'mri-area-without');
  });
  it('orders nothing from two ticks, none, a ticked result, a past study, a dated one or another region', () => {
    assert.equal(orderOf(...dimple, 'MRI lumbar spine: [x] without contrast  [x] without and with contrast'), 'none');
    assert.equal(orderOf(...dimple, 'MRI lumbar spine: [ ] without contrast  [ ] without and with contrast'), 'none');
    assert.equal(orderOf(...dimple, 'MRI lumbar spine: [x] normal  [ ] abnormal'), 'none');
    assert.equal(orderOf(...dimple, 'Previous MRI lumbar spine: [ ] without contrast  [x] with contrast'), 'none');
    assert.equal(orderOf(...dimple, 'MRI lumbar spine 03/2025: [x] without contrast  [ ] with contrast'), 'none');
    assert.equal(orderOf(...dimple, 'MRI brain: [ ] without contrast  [x] with contrast'), 'none');
    assert.equal(orderOf(...dimple, 'MRI lumbar spine: [ ] without contrast  [x] with contrast - normal'), 'none');
  });
});

describe("fix59f: a dimple's key filled in with its description", () => {
  it('reads the dimple present, described by the value', () => {
    const r = readNote('Age: 18 months', 'Sacral dimple: deep, 7 mm', 'Order: US spine');
    assert.equal(stateOf('sacral-dimple', 'Age: 18 months', 'Sacral dimple: deep, 7 mm', 'Order: US spine'), 'present');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.equal(r.facts.dimple?.deep, true);
    assert.equal(stateOf('sacral-dimple', 'Age: 3 months', 'Lumbosacral dimple: pinpoint, in cleft', 'Order: US spine'), 'present');
  });
  it("reads a relative's, a history, a denial or another marker's description as before", () => {
    assert.equal(stateOf('sacral-dimple', 'Age: 3 months', 'Sacral dimple: deep - brother', 'Order: US spine'), 'unread');
    assert.equal(stateOf('sacral-dimple', 'Age: 3 months', 'Sacral dimple: deep (mum)', 'Order: US spine'), 'unread');
    assert.notEqual(stateOf('sacral-dimple', 'Age: 3 months', 'Sacral dimple: none', 'Order: US spine'), 'present');
    assert.equal(stateOf('hair-tuft', 'Age: 3 months', 'Hair tuft: small', 'Order: US spine'), 'unread');
  });
});

describe('fix59f after review rfix59f: a ticked "None" denies its own key only', () => {
  it('leaves a finding told earlier on the line, before a sentence end, a spaced dash, a gap or another key, as told', () => {
    const fall = ['Age: 13 y', 'Back pain, tender L2, neuro exam normal', 'Order: XR lumbar spine'];
    assert.equal(stateOf('trauma', 'Mechanism: fell off a wall about 2 m onto her back an hour ago - LOC: [x] None', ...fall), 'present');
    assert.equal(stateOf('trauma', 'Fell from a climbing frame onto concrete, landed on her back. Head injury: [x] None', ...fall), 'present');
    assert.equal(stateOf('night-pain', ...backPain, 'Night pain: yes, most nights   Fever: [x] None', 'Imaging: XR L-spine'), 'present');
    assert.equal(stateOf('fever', ...backPain, 'Night pain: yes, most nights   Fever: [x] None', 'Imaging: XR L-spine'), 'absent');
    assert.equal(stateOf('weight-loss', ...backPain, 'Lost 2 kg in 6 weeks; Fever: [x] None', 'Imaging: XR L-spine'), 'present');
    const baby = ['Age: 4 months', 'Neuro: normal', 'Order: US lumbar spine'];
    assert.equal(stateOf('hair-tuft', 'Hairy patch at L5 - haemangioma: [x] None', ...baby), 'present');
    assert.equal(stateOf('sacral-dimple', 'Deep dimple 7 mm above the cleft. Discharge: [x] None', ...baby), 'present');
    assert.equal(stateOf('sacral-dimple', 'Sacral dimple: 2 mm, within cleft   Hair tuft: [x] None', ...baby), 'present');
  });
  it('denies nothing under a key that says something of the finding rather than naming it', () => {
    assert.notEqual(stateOf('night-pain', ...backPain, 'Night pain eased by: [x] None  [ ] Ibuprofen', 'Imaging: XR L-spine'), 'absent');
    assert.notEqual(stateOf('night-pain', ...backPain, 'Red flags apart from night pain: [x] None', 'Imaging: XR L-spine'), 'absent');
    assert.notEqual(stateOf('weakness', ...backPain, 'Leg weakness, change since onset: [x] None', 'Imaging: XR L-spine'), 'absent');
  });
});

describe('fix59f after review rfix59f: a contrast form line refuses what other keyed study lines refuse', () => {
  const dimple = ['Age: 4 months', 'Findings: dimple 9 mm, 3 cm above the gluteal cleft'];
  const mri = 'MRI lumbar spine: [x] without contrast  [ ] with contrast';
  it("never outranks the note's own order, nor stands when the note declines imaging", () => {
    assert.equal(orderOf(...dimple, mri, 'Order: US lumbar spine'), 'us-area');
    assert.equal(orderOf(...dimple, mri, 'Order instead: US lumbar spine'), 'us-area');
    assert.equal(orderOf(...dimple, mri, 'Plan: no imaging today, review in a year'), 'none');
  });
  it('orders nothing under a heading that conditions it, when taken back below, for a relative, or with a result after an option', () => {
    assert.equal(orderOf(...dimple, 'If the ultrasound is equivocal:', mri), 'none');
    assert.equal(orderOf(...dimple, mri, 'Status: cancelled - family declined sedation'), 'none');
    assert.equal(orderOf(...dimple, 'MRI lumbar spine (older brother): [x] without contrast'), 'none');
    assert.equal(orderOf(...dimple, 'MRI lumbar spine: [x] without contrast  [ ] with contrast - normal 2023'), 'none');
  });
  it('still orders from the line alone', () => {
    assert.equal(orderOf(...dimple, mri), 'mri-area-without');
  });
});

describe("fix59f after review rfix59f: a dimple's key with boxes is no description", () => {
  it('reads an unfilled template of options as no dimple seen', () => {
    assert.notEqual(stateOf('sacral-dimple', 'Age: 3 months', 'Sacral dimple: shallow [ ]  deep [ ]  absent [ ]', 'Order: US spine'), 'present');
  });
});
