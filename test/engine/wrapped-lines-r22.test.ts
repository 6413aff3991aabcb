/**
 * Hard-wrapped prose (r22, set 19): a letter, a fax or a safety review wrapped at its width breaks a sentence across
 * lines ("... no preceding\ninjury or sport"). A cue's scope goes on across such a break as across a space; a list's
 * short lines, a line ending on a mark, a next line opening with a capital, a key or shorthand ("c/o") stay items of
 * their own.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { readNote } from '../helpers';

function negated(text: string, target: string): boolean {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `"${target}" is not in "${text}"`);
  return readContext(text, start, start + target.length).negated;
}

describe('context: a sentence wrapped across lines', () => {
  describe('a cue reaches across the wrap', () => {
    for (const [text, target] of [
      ['Please see this boy with 2 weeks of lower back pain, no preceding\ninjury or sport. No fever.', 'injury'],
      ['Hx given: LBP 6 weeks, not improving with 3 wks of PT; no fever, no\nweight loss, no night pain; neuro normal.', 'weight loss'],
      ['No indication for contrast was documented in the request (no mass, no\nconcern for infection or vascular lesion).', 'vascular lesion'],
      ['Seen with her mother today after the fall at school, she has no\nweakness in either leg.', 'weakness'],
      ['Seen with her mother today after the fall at school, she has no\r\nweakness in either leg.', 'weakness'],
    ]) {
      it(`"${text.replace(/\r?\n/g, '⏎')}": "${target}" is negated`, () => assert.equal(negated(text, target), true));
    }
  });
  describe('a line that is an item of its own is not wrapped onto', () => {
    for (const [text, target] of [
      // a short line: a list's item
      ['No fever\nback pain for 2 weeks', 'back pain'],
      // a line ending on a mark
      ['Seen today with his father, no fever or night sweats reported.\nback pain for 2 weeks', 'back pain'],
      // a capital opens a sentence of its own
      ['Seen today with his father, who reports no fever or weight loss\nBack pain for 2 weeks, worse with football', 'Back pain'],
      // a key, of one word or more
      ['Seen today with his father, who reports no fever or weight loss\nexam: tender over L4, back pain on flexion', 'tender'],
      ['Seen today with his father, who reports no fever or weight loss\npeds rads: back pain likely mechanical', 'back pain'],
      // shorthand opening the line
      ['HbSS on folic acid and penicillin V, no fever at the moment today\nc/o lower back pain x 2/7', 'lower back pain'],
    ]) {
      it(`"${text.replace(/\n/g, '⏎')}": "${target}" stays asserted`, () => assert.equal(negated(text, target), false));
    }
  });
  it('a faxed letter with a wrapped denial of injury asks for no mechanism', () => {
    const r = readNote(
      'To: Paediatric Orthopaedics - new referral',
      'Please see this 11 year old boy with 2 weeks of lower back pain, no preceding',
      'injury or sport. No fever, no night waking, no weight loss. Neuro exam normal.',
    );
    assert.equal(r.facts.trauma.significance, 'none');
    assert.ok(!r.rules.includes('trauma-mechanism-unclear'));
  });
});
