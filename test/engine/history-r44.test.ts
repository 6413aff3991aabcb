/**
 * r44-history (held-out s51-s53): a vignette's "Stem:" and a family's or parent's "concerns:" line are the presentation;
 * a fall down a whole flight of stairs is significant; a neighbour's (a friend's, a classmate's) child's illness is
 * another person's.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote, traumaOf } from '../helpers';

describe("r44: a vignette stem and a family's concerns are the presentation", () => {
  it('"Stem:" telling a 2 m fall onto the head is significant cervical trauma', () => {
    const r = readNote(
      'Patient: Sam, 8 y/o boy',
      'Stem: fell ~2 m from monkey bars at school, landed on head/neck. C/o neck pain; midline tenderness C4-C5. GCS 15. No paraesthesia, power 5/5 all limbs.',
      'Order: CT cervical spine without contrast',
    );
    assert.equal(r.scenario, 'spine-trauma-cervical');
  });
  // Harmful if wrong: the wetting under the family's concerns is a urologic sign that asks for a referral.
  it('"Family concerns:" constant dribble is a urologic symptom', () => {
    const lines = ['Patient: 22 months F', 'Family concerns: "always wet" - nappy soaked between changes, constant dribble; never seems dry.', 'Order: MRI lumbar spine'];
    assert.equal(categoryPresentIn('urologic-symptom', ...lines), true);
  });
  it('"Parent concerns:" hair patch getting longer is a marker, a denied one none', () => {
    assert.equal(presentIn('hair-tuft', 'Patient: 4 mo F', 'Parent concerns: hair patch on her lower back seems to be getting longer', 'Order: US lumbar spine'), true);
    assert.equal(presentIn('hair-tuft', 'Patient: 4 mo F', 'Parent concerns: none, no hair patch', 'Order: US lumbar spine'), false);
  });
});

describe('r44: a fall down a flight of stairs', () => {
  for (const t of [
    'fell down a full flight of concrete stairs, holding his neck',
    'fell down the whole flight of stairs, neck pain',
    'tumbled down an entire flight of steps, neck pain',
    'fell down a flight of concrete stairs, neck pain',
  ])
    it(`"${t}" is significant`, () => assert.equal(traumaOf('Patient: 3 y M', `Presentation: ${t}`, 'Order: XR cervical spine'), 'significant'));
  for (const t of ['tripped on the bottom step, neck pain', 'fell down two steps, neck pain'])
    it(`"${t}" is not significant`, () => assert.notEqual(traumaOf('Patient: 3 y M', `Presentation: ${t}`, 'Order: XR cervical spine'), 'significant'));
});

describe("r44: a neighbour's child", () => {
  const BP = 'Presentation: 7 year old girl, back pain since 5 days.';
  for (const w of [
    "neighbour's child was diagnosed with spinal tumour",
    "a friend's child has a spinal tumour",
    "neighbors' child had a spinal tumor",
    'a neighbour had a spinal tumour',
  ])
    it(`"${w}" is no suspicion for this child`, () =>
      assert.equal(readNote(BP + ` Mother worried because ${w}.`, 'Red flags: no fever, no night pain', 'Order: MRI whole spine').scenario, 'back-pain-no-red-flags'));
  // Harmful if wrong: the child's own signs told by a neighbour stay the child's.
  it('"neighbour says she has had fevers and night pain" keeps the red flags', () => {
    assert.equal(presentIn('fever', BP + ' Neighbour says she has had fevers and night pain.', 'Order: MRI whole spine'), true);
    assert.equal(presentIn('fever', BP + " Fever since at the neighbour's house.", 'Order: MRI whole spine'), true);
  });
  it("the doctor's own suspicion of a tumour stays", () =>
    assert.equal(
      readNote(BP + " Neighbour's child had a tumour; I am concerned about a spinal tumour in her too.", 'Order: MRI whole spine').scenario,
      'back-pain-infection-tumor',
    ));
});
