import * as assert from 'node:assert/strict';
import { lint, note } from '../helpers';

function scenario(...lines: string[]): string {
  return lint(note(...lines, 'Age: 2 months', 'Order: US spine area of interest')).notes[0].classification.scenario.id;
}

describe('negation', () => {
  const absent = ['no hair tuft', 'denies hair tuft', 'without hair tuft', 'negative for hair tuft', 'hair tuft: none', 'hair tuft absent', 'no lipoma, hair tuft or dimple'];
  for (const f of absent) it(`"${f}" means the marker is absent`, () => assert.equal(scenario(`Findings: ${f}`), 'no-criteria'));
  it('"no tuft, deep dimple" keeps the dimple (a comma ends the scope)', () =>
    assert.equal(scenario('Findings: no hair tuft, deep dimple above the cleft'), 's1-cutaneous-marker'));
  it('"but" ends the scope', () => assert.equal(scenario('Findings: no lipoma but a hair tuft'), 's1-cutaneous-marker'));
  it('"Red flags: none" means no red flag', () => assert.equal(scenario('Findings: hair tuft', 'Red flags: none'), 's1-cutaneous-marker'));
  it('"Red flags: fever" takes the note out of S1', () => assert.notEqual(scenario('Findings: hair tuft', 'Red flags: fever'), 's1-cutaneous-marker'));
  it('"denies fever" is not a red flag', () => assert.equal(scenario('Findings: hair tuft', 'Red flags: denies fever'), 's1-cutaneous-marker'));
  it('an unknown item listed under Red flags still counts as a red flag', () =>
    assert.notEqual(scenario('Findings: hair tuft', 'Red flags: unexplained bruising'), 's1-cutaneous-marker'));
  it('"Neuro: intact" is a normal exam', () => assert.equal(lint(note('Neuro: intact')).notes[0].facts.neuro.state, 'normal'));
  const neuro = (v: string) => lint(note(`Neuro: ${v}`)).notes[0].facts.neuro.state;
  for (const v of ['left foot drop', 'intact except absent ankle reflex', 'decreased tone in the legs', 'brisk reflexes', 'new weakness']) {
    it(`"Neuro: ${v}" is abnormal`, () => assert.equal(neuro(v), 'abnormal'));
  }
  for (const v of ['normal tone, no deficits', 'non-focal', 'no focal deficits', 'grossly intact', 'none']) {
    it(`"Neuro: ${v}" is normal`, () => assert.equal(neuro(v), 'normal'));
  }
  it('"Neuro: seen by the family doctor" says nothing either way', () => assert.equal(neuro('seen by the family doctor'), 'unknown'));
});
