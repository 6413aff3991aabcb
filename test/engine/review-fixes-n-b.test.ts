/**
 * Review of the r11c merge (ages from sex symbols and letter headings, ticks after the exam, limp as floppy, vehicle
 * rollovers): each defect found, as a clinician writes it.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, presentIn, readNote } from '../helpers';

const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('review n-b: an adult beside the child never becomes the patient', () => {
  it('an 18-year-old under an unknown key naming someone else stays unread ("Carer: 18 y F", "Coach: 18 yo")', () => {
    assert.equal(ageOf('Deep sacral dimple.', 'Carer: 18 y F', 'Plan: XR lumbar spine.'), undefined);
    assert.equal(ageOf('Hairy patch over the sacrum.', 'Informant: 18 y F, aunt', 'Plan: XR lumbar spine.'), undefined);
    assert.equal(ageOf('Findings: tuft of hair over sacrum', 'Coach: 18 yo', 'Plan: XR lumbar spine.'), undefined);
    assert.equal(ageOf('Tuft of hair over sacrum.', 'Coach: 17 yo'), undefined);
  });
  it('a companion whose age is told right after the word is no patient ("Coach: 19 yo M, witnessed fall", "Babysitter (18 yo)")', () => {
    assert.equal(ageOf('Hairy patch over the sacrum.', 'Coach: 19 yo M, witnessed fall', 'Plan: XR lumbar spine.'), undefined);
    near(ageOf('Babysitter (18 yo) noticed a sacral dimple in 3 mo boy. Plan: XR lumbar spine.'), 3, 'babysitter');
    near(ageOf('Coach reports 14 yo M fell from the beam. Plan: XR lumbar spine.'), 168, 'coach reports');
  });
  it('an 18-year-old under a heading of a setting is still read ("OPD:")', () => near(ageOf('OPD: 18 year old man (ID card seen), back pain 5 days. Neuro normal.'), 216, 'OPD'));
  it("'of' before an age with a sex letter: a carer's child, but a child's or a sibling's own parent or sibling", () => {
    near(ageOf('Daughter of 16 yo F. Baby 2 mo with sacral hairy patch. Plan: XR lumbar spine.'), 2, 'daughter of');
    near(ageOf('Sister of 18 y F pt; 3 mo old baby with sacral hairy patch. Plan: XR lumbar spine.'), 3, 'sister of');
    near(ageOf('reached mom of 15 y F re: CT lumbar spine for back pain x 3 wks.'), 180, 'mom of');
  });
});

describe('review n-b: a tick in a checklist is no normal exam', () => {
  it('a ticked "neuro" in a list of red flags or symptoms, or beside a cross, a question or a weak muscle, stays unknown', () => {
    for (const lines of [
      ['12 yo M, back pain 3 wks.', 'Red flags:', 'Neuro ✓', 'Bladder ✓', 'Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks. Red flags - fever ✗ night pain ✗ neuro ✓. Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks. Sx: back pain ✓, fever ✗, neuro ✓. Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks. Concerns: neuro ✓. Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks. Neuro ✓? Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks. Power ✓ L, ✗ R. Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks. Sensation ✓, power 3/5 L ankle. Plan: MRI lumbar spine.'],
      ['12 yo M, back pain 3 wks.', 'Checklist:', '[x] fever', '[ ] weight loss', 'neuro ✓', 'Plan: MRI lumbar spine.'],
    ])
      assert.notEqual(neuroOf(...lines), 'normal', lines.join(' / '));
  });
  it('an exam ticked still reads normal ("O/E: tender L4. Neuro ✓.", "No red flags. Neuro ✓.", a size beside it)', () => {
    assert.equal(neuroOf('12 yo M, back pain 3 wks. O/E: tender L4. Neuro ✓. Plan: XR lumbar spine.'), 'normal');
    assert.equal(neuroOf('12 yo M, back pain 3 wks. No red flags. Neuro ✓.'), 'normal');
    assert.equal(neuroOf('4/12 ♀. Strawberry naevus over sacrum, 2×1cm. Neuro ✓.'), 'normal');
  });
});

describe('review n-b: a Neuro value told item by item tells each item', () => {
  it('a clause the vocabulary does not know keeps the exam from reading normal ("moving all limbs, L leg turns in")', () => {
    assert.equal(neuroOf('12 yo M, back pain 3 wks. Neuro: moving all limbs, L leg turns in. Plan: MRI lumbar spine.'), 'unknown');
    // r16c: a dragged leg is now known, a gait change: a deficit.
    assert.equal(neuroOf('12 yo M, back pain 3 wks. Neuro: moving all limbs, L leg drags. Plan: MRI lumbar spine.'), 'abnormal');
    assert.equal(neuroOf('Neuro: moving all limbs, grips equal, sensation ok.'), 'normal');
  });
});

describe('review n-b: "limp" told of a walking child stays a gait change', () => {
  it('a limp beside "pale" past a comma in a walking child, after a verb of another clause, or of the legs, is a gait change', () => {
    for (const t of [
      '10 yo M, back pain. Looks pale, limp on the right.',
      '10 yo M, back pain. Tired and pale, limp since Tuesday.',
      '4 yo M, back pain. Pain went, limp persists.',
      '10 yo M, back pain after fall. Both legs went limp for a few minutes.',
    ])
      assert.ok(presentIn('gait-change', t), t);
  });
  it('an infant gone limp is still no gait change', () => {
    for (const t of [
      '4mo M s/p BRUE at home (pale, limp ~20 s, self-resolved), afebrile.',
      '3 mo F, sacral dimple. Went limp and pale during feed.',
      'Went pale and limp for 10 s.',
    ])
      assert.ok(!presentIn('gait-change', t), t);
  });
});

describe('review n-b: a vehicle that rolled, not a word of another clause', () => {
  const significance = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
  it('an ankle rolled getting out of a car, on a bus, a toy car or a child rolled off a car seat is no rollover', () => {
    assert.notEqual(significance('12 yo M, back pain. Getting out of the car, he rolled his ankle and fell. Plan: XR lumbar spine.'), 'significant');
    assert.notEqual(significance('12 yo M, back pain. On the bus he rolled his ankle. Plan: XR lumbar spine.'), 'significant');
    assert.notEqual(significance('12 yo M, back pain. Toy car rolled over his back while he lay on the floor. Plan: XR lumbar spine.'), 'significant');
    assert.notEqual(significance('8 yo M, back pain. Fell asleep in the car, rolled off the back seat. Plan: XR lumbar spine.'), 'significant');
  });
  it('a vehicle that rolled still is one', () => {
    assert.equal(significance('12 yo M, neck pain. Restrained passenger, car rolled twice on the highway.'), 'significant');
    assert.equal(significance('12 yo M, neck pain. Passenger in a van that rolled over on the motorway.'), 'significant');
    assert.equal(significance('14 yo F, back pain. The tractor had rolled on the farm.'), 'significant');
  });
});
