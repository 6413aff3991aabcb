/**
 * A side told with a list item ("reflexes decreased on the left", "radiating to the leg on the right") makes the item
 * its own in a comma list after a negation, as a describing word does (context-lexicon.json listQualifiers): "no
 * deficit, reflexes decreased on the left" is a deficit. In a list of alternatives the side qualifies the whole list
 * and the negation stays ("no weakness, numbness or tingling on the left").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const rules = (...lines: string[]) => readNote(...lines).rules;
const scenario = (...lines: string[]) => readNote(...lines).scenario;

describe('a side told with a list item after a negation', () => {
  it('asserts a deficit after "no deficit," so an infant with a marker is sent to neurosurgery', () => {
    const note = ['Age: 4 mo', 'Findings: hair tuft over the sacrum', 'Neuro: no deficit, reflexes decreased on the left', 'Order: US spine'];
    assert.equal(neuro(...note), 'abnormal');
    assert.ok(rules(...note).includes('escalation-referral'));
    assert.equal(neuro('Age: 4 mo', 'Findings: hair tuft over the sacrum', 'Neuro: no focal deficit, tone reduced right sided', 'Order: US spine'), 'abnormal');
  });
  it('asserts radiating pain after denied red flags, so the MRI is not warned against', () => {
    const note = ['Age: 12 y', 'HPI: back pain 2 wk, no fever, no night pain, radiating to the leg on the left', 'Neuro: normal', 'Order: MRI L-spine'];
    assert.equal(scenario(...note), 'back-pain-red-flags');
    assert.ok(!rules(...note).includes('not-appropriate-for-scenario'));
  });
  it('leaves a list of alternatives denied, and a side inside the negated item itself', () => {
    assert.notEqual(neuro('Age: 4 mo', 'Findings: hair tuft over the sacrum', 'Neuro: no weakness, numbness or tingling on the left', 'Order: US spine'), 'abnormal');
    assert.ok(
      !rules('Age: 4 mo', 'Findings: hair tuft over the sacrum', 'Neuro: no weakness, numbness or tingling on the left', 'Order: US spine').includes('escalation-referral'),
    );
    assert.notEqual(neuro('Age: 4 mo', 'Findings: hair tuft over the sacrum', 'Neuro: no focal deficit on the left', 'Order: US spine'), 'abnormal');
    assert.equal(
      scenario('Age: 12 y', 'HPI: back pain 2 wk, no fever, no night pain or radiation to the leg on the left', 'Neuro: normal', 'Order: XR L-spine'),
      'back-pain-no-red-flags',
    );
  });
});
