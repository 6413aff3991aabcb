/**
 * A fall from a window, a balcony or a roof with a stated height (reading-vocabulary.json trauma.height placeWords:
 * "fell from first-floor window (~3 m)") is a fall from that height whatever it lands on: the place, itself after
 * "fell" in the fall's own phrase, stands for a fall word, but only for a height at or above the unit's threshold, so a
 * window's sill ("sill 60 cm") never makes the fall trivial. A fall told as a worry, a near miss, a question or a denial
 * is none; "first floor" alone is no height (ground level in US usage), and a distance ("2 m from the door") is none.
 * The soft landings of trauma.guardedLow stay trivial for what they were meant for: a fall off a sofa onto a cushion.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const lumbar = (age: string, hpi: string) => readNote(`Age: ${age}`, `HPI: ${hpi}`, 'Order: XR lumbar spine');
const significance = (age: string, hpi: string) => lumbar(age, hpi).facts.trauma.significance;

describe('a fall from a window, a balcony or a roof with a stated height', () => {
  const SIGNIFICANT = [
    'fell from first-floor window (~3 m) onto grass. Seems to have back pain, cries when lower back touched.',
    'fell out of the bedroom window 2 m onto the lawn. Back pain',
    'fell from the balcony approx. 3 m onto a hedge. Back pain',
    'fell off the garage roof 2.5 m onto the trampoline. Back pain',
    'fell from the window about 2 m onto a mattress. Back pain',
  ];
  for (const hpi of SIGNIFICANT) it(hpi, () => assert.equal(significance('2 years', hpi), 'significant'));

  it('with a dimple, the fall takes the note to the trauma scenario', () => {
    const r = readNote(
      'ED: 2 yo girl fell from first-floor window (~3 m) onto grass. Seems to have back pain, cries when lower back touched. Incidental sacral dimple. Moves all limbs.',
      'Order: XR lumbar spine',
    );
    assert.equal(r.facts.trauma.significance, 'significant');
    assert.equal(r.scenario, 'spine-trauma-thoracolumbar');
  });

  describe('not significant by the place', () => {
    const NOT = [
      'nearly fell from an upstairs window 3 m, caught by dad. Back pain',
      'could fall from an upstairs window 3 m, parents worried. Back pain',
      'Fell from 1st floor window 3 m? denied by parents. Back pain',
      'Slipped on the balcony 2 m from the door, landed on bottom, fine since. Back pain',
      'fell, then ran to the window 2 m away. Back pain',
      'fell from first floor window onto the lawn. Back pain',
      'fell from the bed by the window onto the rug. Back pain',
    ];
    for (const hpi of NOT) it(hpi, () => assert.notEqual(significance('5 years', hpi), 'significant'));
    // A sill is no fall height: a low number after the window asks for the mechanism (as before), never trivial.
    const SILL = ['fell out of the upstairs window, sill 60 cm, onto the lawn. Back pain', 'fell from the ground floor window (sill 50 cm) onto grass. LBP'];
    for (const hpi of SILL) it(hpi, () => assert.equal(significance('5 years', hpi), 'unclear'));
  });

  describe('the soft-landing guard keeps its own falls trivial', () => {
    const TRIVIAL = [
      'slid off the sofa onto a cushion, cried briefly, playing normally since',
      'rolled off the bed onto the pillows, fine since',
      'fell off the couch onto the cushions by the window. Fine since',
    ];
    for (const hpi of TRIVIAL) it(hpi, () => assert.notEqual(significance('18 months', hpi), 'significant'));
    it('a low wall told in centimetres is no significant fall', () =>
      assert.notEqual(significance('3 years', 'fell off a low garden wall, about 40 cm, onto the grass. Back sore'), 'significant'));
  });

  describe('a window or a floor that tells no fall', () => {
    it('a fall from a window denied', () => assert.equal(significance('3 years', 'No fall from a window or other injury. Back pain 3 weeks'), 'none'));
    it('a first-floor flat is where the family lives', () => assert.equal(significance('3 years', 'Lives in a first floor flat. Back pain 3 weeks, no injury'), 'none'));
  });
});
