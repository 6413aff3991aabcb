/**
 * Significant mechanisms written in the words of a vehicle, a contact sport or military training (reading-vocabulary.json
 * trauma.significant / significantUnlessLowEnergy, findings.json trauma): a quad bike or tractor rollover, a collapsed scrum,
 * a spear tackle, an axial-load injury, a parachute landing fall. And a parent's colon line that names
 * the child ("Mother: infant bumped cheek on crib rail") tells the child's story (context.ts relativeKeyedByColon). Each
 * positive case was read as no trauma before; the look-alikes must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { readNote } from '../helpers';

const trauma = (hpi: string, age = 'Age: 13 years') => readNote(age, `HPI: ${hpi}`, 'Order: XR L-spine').facts.trauma.significance;

function experiencer(text: string, target: string) {
  const i = text.indexOf(target);
  return readContext(text, i, i + target.length).experiencer;
}

describe('trauma: vehicle, contact-sport and military mechanisms', () => {
  describe('significant', () => {
    const CASES = [
      'quad bike roll over approx 30km/h on farm, helmet on. c/o mid back pain',
      'ATV roll over in the paddock yesterday, back pain since',
      'rolled the quad on a slope, pinned underneath briefly. LBP',
      'tractor roll over on a hill, thrown clear. Low back pain',
      'rugby, scrum collapsed, neck forced in flexion. c/o neck pain',
      'collapsed scrum at training, neck pain since',
      'spear tackle in league game, neck pain',
      'axial load injury to the head in a football pile-up, neck pain',
      // Second review of round 39: the neck's or head's own forced flexion, hyperextension or axial load is a mechanism.
      'wrestling, neck forced into hyperflexion when opponent landed on him',
      'neck forced into hyperflexion in rugby scrum, now neck pain, midline tenderness',
      'wrestling, neck forced in flexion, neck pain',
      'gymnast, axial load to head landing from vault, neck pain',
      'hyperextension injury of neck at hockey, neck pain',
      'parachute landing at skydiving camp went badly, LBP since',
      'hard PLF during airborne training yesterday, LBP',
      'parachute landing fall on a jump this morning, low back pain',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
  });

  describe('look-alikes that stay as they were', () => {
    const NONE = [
      'no trauma. LBP 3 wk, plays rugby at school',
      'plays rugby and rides a quad bike on the farm; back pain 4 wk, no injury',
      'enjoys quad bike riding on weekends, LBP after long study sessions',
      "dad had a quad bike roll over last year; child's back pain 3 wk, no injury",
      'LBP x 3 wk. No pain on axial loading, Waddell signs negative',
      'lumbar flexion limited; pain with forward flexion, no injury',
    ];
    for (const hpi of NONE) it(hpi, () => assert.equal(trauma(hpi), 'none'));
    it('an infant who rolls over (a milestone) tells no injury', () =>
      assert.equal(trauma('rolls over both ways, sits unsupported. Sacral dimple, base seen', 'Age: 7 months'), 'none'));
    it('a toy tractor that rolled over is no mechanism', () => assert.notEqual(trauma('his toy tractor roll over on the rug; LBP 2 wk'), 'significant'));
    // Review of round 39: a joint's flexion or extension injury, an exam's forced flexion or axial load, and a play parachute
    // are no spine mechanism; they had read significant and moved back pain with red flags into a trauma scenario.
    const NOT_SIGNIFICANT = [
      'LBP 5 wks, night pain. Finger hyperextension injury at netball last wk',
      'LBP 5 wks, night pain. Knee hyperflexion injury in PE 2 wks ago, no back injury',
      'wrist flexion injury at football; LBP separate, 5 wks, no trauma to back',
      'neck pain, worse when forced in flexion on exam; no trauma',
      'LBP 6 wks, constant. LBP reproduced with axial load to head (Waddell sign). No trauma',
      'parachute landing game at school gym (play parachute), no injury; LBP 4 wks',
    ];
    for (const hpi of NOT_SIGNIFICANT) it(hpi, () => assert.notEqual(trauma(hpi), 'significant'));
    // Words inside no mechanism at all (reading-vocabulary trauma.notMechanism) tell no injury, not even an unclear one.
    for (const hpi of ['LBP 6 wks, constant. LBP reproduced with axial load to head (Waddell sign)', 'parachute landing game at school gym, LBP 4 wks'])
      it(hpi, () => assert.equal(trauma(hpi), 'none'));
    it('rolled off the couch, playing normally, is trivial', () => assert.equal(trauma('rolled off the couch onto carpet, playing normally', 'Age: 9 months'), 'trivial'));
  });

  describe("a parent's colon line", () => {
    it('"Mother: infant bumped cheek…" is the child\'s bump', () =>
      assert.equal(experiencer('Mother: infant bumped cheek on crib rail while pulling to stand', 'bumped'), 'patient'));
    it('"Mom: he fell off the quad bike" is the child\'s fall', () => assert.equal(experiencer('Mom: he fell off the quad bike', 'fell'), 'patient'));
    it('near-miss: "Mother: she fell down the stairs" stays the mother\'s', () => assert.equal(experiencer('Mother: she fell down the stairs', 'fell'), 'other'));
    it('near-miss: "Mother: scoliosis" stays the mother\'s', () => assert.equal(experiencer('FHx: Mother: scoliosis', 'scoliosis'), 'other'));
    it("the infant's bump on the crib rail reads trivial", () =>
      assert.equal(
        trauma('Mother: infant bumped cheek on crib rail while pulling to stand; no other injuries, playing normally. Midline lumbosacral hair tuft', 'Age: 8 months'),
        'trivial',
      ));
  });
});
