/**
 * Review of r15c: an infection of the spine told tersely beside a limb's complaint ("r/o discitis leg pain") lost to
 * the limb; night wakings from a cause that is no pain ("waking 2x/night with nightmares") read as night pain; the
 * writer's own exam told after a parent's cue in one sentence ("Mom reports back pain, on exam neuro intact") lost.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('review of r15c', () => {
  describe('an infection of the spine beside a limb complaint is still suspected', () => {
    const CASES = [
      'Indication: r/o discitis leg pain refusing to walk',
      'Indication: ?discitis L leg pain fever',
      'Indication: epidural abscess leg weakness',
      'Indication: r/o vertebral osteomyelitis R leg radiation',
    ];
    for (const line of CASES) it(line, () => assert.ok(categoryPresentIn('suspected-infection-or-tumor', 'Age: 8 y', 'HPI: fever, back pain.', line, 'Plan: MRI L-spine')));
    const KEPT = ['HPI: back pain, fever; on IV antibiotics (cellulitis R leg).', 'HPI: back pain, fever; abscess of the left thigh.'];
    for (const line of KEPT) it(`kept: ${line}`, () => assert.ok(!categoryPresentIn('suspected-infection-or-tumor', 'Age: 8 y', line, 'Plan: XR L-spine')));
  });

  describe('night wakings from no pain are no night pain', () => {
    const CASES = [
      'HPI: back pain 3 wk, waking 2x/night with nightmares.',
      'HPI: back pain 3 wk, waking during the night from noise of the baby.',
      'HPI: back pain 3 wk, waking 2x/night from asthma.',
      'HPI: back pain 3 wk, wakes once a night with reflux.',
    ];
    for (const line of CASES) it(line, () => assert.ok(!presentIn('night-pain', 'Age: 12 y', line, 'Plan: XR L-spine')));
    const KEPT = ['HPI: back pain 3 wk, still waking 2-3x/night from back pain.', 'HPI: back pain 3 wk, waking 2-3x/night with the pain.'];
    for (const line of KEPT) it(`kept: ${line}`, () => assert.ok(presentIn('night-pain', 'Age: 12 y', line, 'Plan: XR L-spine')));
  });

  describe("the writer's exam after a parent's cue is an exam", () => {
    const CASES: [string[], string][] = [
      [['Age: 12 y', 'HPI: 12 yo M. Mom reports back pain x 2 wk, on exam neuro intact, SLR negative.', 'Plan: XR L-spine'], 'normal'],
      [['Age: 12 y', 'HPI: back pain. Neuro intact as reported by the ED physician.', 'Plan: XR L-spine'], 'normal'],
      [['Age: 4 mo', 'HPI: sacral dimple. Per mom kicking well, on my exam kicking both legs, normal tone.', 'Plan: US spine'], 'normal'],
      // kept: what the parent alone tells
      [['Age: 4 mo', 'HPI: sacral dimple. Per dad baby is well, voiding normally, kicking both legs.', 'Plan: US spine'], 'unknown'],
    ];
    for (const [lines, want] of CASES) it(`${lines.join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));
  });
});
