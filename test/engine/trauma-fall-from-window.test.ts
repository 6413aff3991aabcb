/**
 * A fall from a window, a balcony, a roof or a first floor (reading-vocabulary.json trauma.significant: "from ... window",
 * "first floor window", …) is a fall from a height whatever it lands on, and a height in metres after the place fallen
 * from (trauma.height fallWords: "fell from first-floor window (~3 m)") is a stated height. The soft landings of
 * trauma.guardedLow stay trivial for what they were meant for: a fall off a sofa or a bed onto a cushion.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const lumbar = (age: string, hpi: string) => readNote(`Age: ${age}`, `HPI: ${hpi}`, 'Order: XR lumbar spine');

describe('a fall from a window, a balcony, a roof or a first floor', () => {
  const SIGNIFICANT = [
    'fell from first-floor window (~3 m) onto grass. Seems to have back pain, cries when lower back touched.',
    'fell from first floor window onto the lawn. Back pain',
    'fell out of her bedroom window onto the grass, back pain since',
    'fell out his bedroom window onto a flower bed. Back pain',
    'fell from an upstairs window onto the patio. Back pain',
    'fell from the 1st floor onto the hallway floor. Back pain',
    'fell off the garage roof onto the trampoline. Back pain',
    'fell from a first floor balcony onto the grass. Back pain',
    'fell off a garden wall approx 1.5 m onto the grass. Back pain',
    'fell from the window about 2 m onto a mattress. Back pain',
  ];
  for (const hpi of SIGNIFICANT) it(hpi, () => assert.equal(lumbar('2 years', hpi).facts.trauma.significance, 'significant'));

  it('with a dimple, the fall takes the note to the trauma scenario', () => {
    const r = readNote(
      'ED: 2 yo girl fell from first-floor window (~3 m) onto grass. Seems to have back pain, cries when lower back touched. Incidental sacral dimple. Moves all limbs.',
      'Order: XR lumbar spine',
    );
    assert.equal(r.facts.trauma.significance, 'significant');
    assert.equal(r.scenario, 'spine-trauma-thoracolumbar');
  });

  describe('the soft-landing guard keeps its own falls trivial', () => {
    const TRIVIAL = [
      'slid off the sofa onto a cushion, cried briefly, playing normally since',
      'rolled off the bed onto the pillows, fine since',
      'fell off the couch onto the cushions by the window. Fine since',
    ];
    for (const hpi of TRIVIAL) it(hpi, () => assert.notEqual(lumbar('18 months', hpi).facts.trauma.significance, 'significant'));
    it('a low wall told in centimetres stays low', () =>
      assert.equal(lumbar('3 years', 'fell off a low garden wall, about 40 cm, onto the grass. Back sore').facts.trauma.significance, 'trivial'));
  });

  describe('a window or a floor that tells no fall', () => {
    it('a fall from a window denied', () => assert.equal(lumbar('3 years', 'No fall from a window or other injury. Back pain 3 weeks').facts.trauma.significance, 'none'));
    it('a first-floor flat is where the family lives', () =>
      assert.equal(lumbar('3 years', 'Lives in a first floor flat. Back pain 3 weeks, no injury').facts.trauma.significance, 'none'));
    it('a head bumped on the window sill is a bump', () =>
      assert.equal(lumbar('3 years', 'Bumped his head on the window sill, no LOC. Back pain').facts.trauma.significance, 'trivial'));
  });
});
