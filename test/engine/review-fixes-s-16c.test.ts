/**
 * Review s-16c of r16c: a night waking whose cause names the back's pain in other words ("wakes at night with severe
 * backache", "with sciatica") lost its night pain; the idiom "drags her feet about homework" read as a gait change; a
 * superficial infection over the spine ("skin infection in the lumbar spine area", "infection of skin over spine", "soft tissue infection at the spine", "wound infection at the
 * spine")
 * read as a spinal infection; a parent's report opening a Neuro line hid the writer's exam after it ("per dad walks
 * normally, 5/5 strength throughout, reflexes 2+").
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

describe('review s-16c', () => {
  describe('a night waking told with the back pain in other words keeps its night pain', () => {
    for (const hpi of [
      'HPI: back pain 3 wk, wakes at night with severe backache.',
      'HPI: back pain 3 wk, wakes at night with back spasms.',
      'HPI: back pain 3 wk, wakes at night with throbbing in back.',
      'HPI: back pain 3 wk, wakes at night with sciatica.',
      'HPI: back pain 3 wk, wakes at night with backache and stiffness.',
    ])
      it(hpi, () => {
        const lines = ['Age: 12 y', hpi, 'Plan: MRI L-spine'];
        assert.ok(presentIn('night-pain', ...lines));
        assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
      });
    it('kept: "wakes at night with leg cramps" is no night pain', () =>
      assert.ok(!presentIn('night-pain', 'Age: 12 y', 'HPI: back pain 3 wk, wakes at night with leg cramps.', 'Plan: XR L-spine')));
  });

  describe('"dragging one\'s feet" about a task is no gait change', () => {
    for (const hpi of [
      'HPI: back pain 3 wk. Drags her feet about homework.',
      'HPI: back pain 3 wk. Has been dragging his feet getting ready for school.',
      'HPI: back pain 3 wk. Drags his feet when asked to do chores.',
    ])
      it(hpi, () => assert.ok(!presentIn('gait-change', 'Age: 12 y', hpi, 'Plan: XR L-spine')));
    it('kept: "drags his R foot", "drags both feet when walking"', () => {
      assert.ok(presentIn('gait-change', 'Age: 12 y', 'HPI: back pain 3 wk. Drags his R foot.', 'Plan: MRI L-spine'));
      assert.ok(presentIn('gait-change', 'Age: 12 y', 'HPI: back pain 3 wk. Drags both feet when walking.', 'Plan: MRI L-spine'));
    });
  });

  describe('a superficial infection over the spine is no spinal infection', () => {
    for (const hpi of [
      'HPI: back pain 3 wk. Skin infection in the lumbar spine area.',
      'HPI: back pain 3 wk. Infection of skin over spine.',
      'HPI: back pain 3 wk. Soft tissue infection at the spine.',
      'HPI: back pain 3 wk. Superficial infection at the lumbar spine.',
      'HPI: back pain 3 wk. Wound infection at the spine surgery site.',
    ])
      it(hpi, () => assert.ok(!categoryPresentIn('suspected-infection-or-tumor', 'Age: 12 y', hpi, 'Plan: XR L-spine')));
    it('kept: "concern for infection of the disc space"', () =>
      assert.ok(categoryPresentIn('suspected-infection-or-tumor', 'Age: 12 y', 'HPI: back pain 3 wk, fever. Concern for infection of the disc space.', 'Plan: MRI L-spine')));
  });

  describe("the writer's exam after a parent's report in one sentence is an exam", () => {
    for (const neuro of ['Neuro: per dad walks normally, 5/5 strength throughout, reflexes 2+', 'Neuro: per mom walking fine, normal tone and DTRs, sensation intact'])
      it(neuro, () => assert.equal(readNote('Age: 12 y', 'HPI: back pain 3 wk.', neuro, 'Plan: XR L-spine').facts.neuro.state, 'normal'));
    it('kept: "reportedly normal per mom" is no exam', () =>
      assert.equal(readNote('Age: 12 y', 'HPI: back pain 3 wk.', 'Neuro: reportedly normal per mom', 'Plan: XR L-spine').facts.neuro.state, 'unknown'));
  });
});
