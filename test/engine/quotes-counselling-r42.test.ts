/**
 * Set 56 (ambient AI-scribe notes): a quotation closed with its own full stop ('Mother requests imaging "to make sure
 * nothing is broken before her meet." MRI lumbar spine without contrast ordered.') leaves its closing mark at the head of
 * the next sentence, which must not be read as still inside the quotation; and what the writer tells the family about a
 * finding in general ("Discussed with parents that small, low-lying dimples … are very rarely associated with …")
 * describes none of the child's. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const back = '14 yo F gymnast, low back pain x 2 wk after increased training. No night pain, no fever. Neuro normal.';
const plan = (line: string) => orderOf(back, 'ASSESSMENT AND PLAN:', '1. Mechanical low back pain related to gymnastics overuse.', ` - ${line}`);

describe('r42: a quotation closed with its own full stop ends where it ends', () => {
  for (const line of [
    'Mother requests imaging "to make sure nothing is broken before her meet." MRI lumbar spine without contrast ordered.',
    'Patient states "it hurts." MRI lumbar spine without contrast ordered.',
    'Mother states \u201cit hurts.\u201d MRI lumbar spine without contrast ordered.',
    'Mother states "she said \'it hurts.\'" MRI lumbar spine without contrast ordered.',
    // As before: the full stop outside the quotation, and no quotation at all.
    'Mother requests imaging "to make sure nothing is broken". MRI lumbar spine without contrast ordered.',
    'Mother requests imaging. MRI lumbar spine without contrast ordered.',
  ]) {
    it(line, () => assert.equal(plan(line), 'mri-area-without'));
  }
});

describe("r42: a study named inside a quotation is still the speaker's", () => {
  for (const line of [
    'Mom said "can we get an MRI?" Reassured, no imaging needed.',
    'Mother states "it hurts. She needs an MRI lumbar spine." PT referral.',
    'Chiropractor letter: "Back pain for weeks. Please order MRI lumbar spine." Reassured, PT.',
    'Mother states "it hurts. MRI lumbar spine ordered by the chiropractor." PT referral.',
  ]) {
    it(line, () => assert.equal(plan(line), 'none'));
  }
  it("a form's order text in quotation marks is still the order", () => {
    assert.equal(orderOf(back, 'Order: "MRI lumbar spine without contrast"'), 'mri-area-without');
  });
});

const dimpleNote = (line: string) =>
  readNote(
    'Pt: 6 wk old boy.',
    'HPI: dimple at the base of the spine noted in the nursery.',
    'PE: Back: single midline sacral dimple, approximately 3 mm, within the gluteal cleft about 1 cm above the anus. Base visualized. No hair tuft, no hemangioma.',
    'Neuro: normal tone and strength, anal wink present.',
    'A/P:',
    `1. Sacral dimple. ${line}`,
    ' - Ultrasound lumbar spine ordered.',
  );

describe("r42: counselling about a finding in general describes none of the child's", () => {
  for (const line of [
    'Discussed with parents that small, low-lying dimples where the bottom can be seen are very rarely associated with spinal cord problems. Father states "we just want to be sure, my cousin had a tethered cord."',
    'Counseled that most dimples are benign.',
    'Reassured mom and dad that dimples like this are common.',
    'Explained that dimples where the base is not seen need imaging.',
    'Explained that dimples larger than 5 mm or above the cleft need imaging.',
    'Explained that the MRI showed a tethered cord.',
  ]) {
    it(`"${line}": still a simple dimple`, () => {
      const r = dimpleNote(line);
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
  }
  it('a generic plural of another marker is no marker of the child', () => {
    const r = dimpleNote('Discussed that hair tufts over the spine can mean a tethered cord.');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
  });
});

describe("r42: counselling that names the child's own finding still tells it", () => {
  it('"Discussed with parents that his dimple is deep": a deep dimple', () => {
    const r = dimpleNote('Discussed with parents that his dimple is deep.');
    assert.equal(r.facts.dimple?.deep, true);
    assert.ok(!r.rules.includes('simple-dimple'));
  });
  it('"Discussed with parents that both dimples are shallow": more than one', () => {
    const r = dimpleNote('Discussed with parents that both dimples are shallow.');
    assert.equal(r.facts.dimple?.multiple, true);
    assert.ok(!r.rules.includes('simple-dimple'));
  });
  it('"Discussed with parents that there are 2 dimples": more than one', () => {
    assert.equal(dimpleNote('Discussed with parents that there are 2 dimples.').facts.dimple?.multiple, true);
  });
  it('"Discussed with parents that he has hair tufts over the sacrum": the child\'s tuft', () => {
    const r = dimpleNote('Discussed with parents that he has hair tufts over the sacrum.');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
  });
});
