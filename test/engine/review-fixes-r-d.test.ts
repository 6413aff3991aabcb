/**
 * Review r15d-d: a ski setting's energy is told where the note tells the injury, not by a low-energy word about
 * something else; a jump landed on the back and a fall from a chairlift are high-energy; "kicked in back" is an
 * injury (no longer hidden behind a "hurts it" that once read as one); "Fracture clinic - 3/12 old injury" dates the
 * injury, it is no age.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;

describe('review r15d-d: ski settings keep significant injuries significant', () => {
  it('a jump landed flat on the back in ski school is significant, though he skied down afterwards', () => {
    assert.equal(
      trauma('Ski school incident form', 'HPI: 10 yo landed flat on his back after a jump. Got up and skied down afterwards. Back pain 7/10.', 'Order: XR lumbar spine'),
      'significant',
    );
  });
  it('a fall off the chairlift is significant, whatever made him lose his balance', () => {
    assert.equal(trauma('Ski school incident form', 'HPI: 11 yo lost his balance getting off the chairlift and fell off. Back pain.', 'Order: XR lumbar spine'), 'significant');
  });
  it('a low-energy word told of another event does not lower the ski lesson crash', () => {
    assert.equal(
      trauma('HPI: 11 yo ski lesson, wiped out, tumbling down the slope. Mild fever last week, tripped at school last month. Back pain.', 'Order: XR lumbar spine'),
      'significant',
    );
  });
  it('a slow fall in the ski lesson, told in the injury sentence, is still trivial', () => {
    assert.equal(
      trauma(
        'Ski school incident form',
        'HPI: 6 yo slow fall on bunny slope, tipped over at walking speed, got up, skied rest of lesson. Back sore.',
        'Exam: no midline tenderness, neuro intact.',
      ),
      'trivial',
    );
  });
});

describe('review r15d-d: "kicked in back" is an injury', () => {
  it('"kicked in back by a horse, now hurts it to bend" is significant trauma', () => {
    assert.equal(trauma('HPI: 9 yo kicked in back by a horse, now hurts it to bend.', 'Order: XR lumbar spine'), 'significant');
    assert.equal(readNote('HPI: 9 yo kicked in back by a horse, now hurts it to bend.', 'Order: XR lumbar spine').scenario, 'spine-trauma-thoracolumbar');
  });
});

describe('review r15d-d: a heading\'s "3/12 old injury" is no age', () => {
  it('"Fracture clinic - 3/12 old injury. 14 yo M" is 14 years', () => {
    near(ageOf('Fracture clinic - 3/12 old injury. 14 yo M, back pain since.', 'Order: XR lumbar spine'), 168, '3/12 old injury');
  });
  it('"Paediatric clinic - 5/12 old boy" is still 5 months', () => {
    near(ageOf('Paediatric clinic - 5/12 old boy, hairy patch over sacrum.'), 5, '5/12 old boy');
  });
});
