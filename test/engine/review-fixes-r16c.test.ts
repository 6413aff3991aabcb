/**
 * Task r16c: a doubted relapse read as no cancer ("ALL survivor (relapse not suspected)"); night wakings from a cause
 * that is no pain read as night pain ("wakes at night with leg cramps"); a dragged foot not read as a gait change; an
 * infection named with the spine among other places lost ("concern for infection in the leg or spine"); NS the note
 * defines as nephrotic syndrome read as neurosurgery; night pain told after a denied flag ("back pain, no fever, also
 * at night") lost; a neuro exam only a parent reports ("reportedly normal per mom") read as a normal exam.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

const malignancy = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'malignancy' && h.present);
const suspected = (...lines: string[]) => categoryPresentIn('suspected-infection-or-tumor', ...lines);
const neurosurgery = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('review r16c', () => {
  describe('a doubted relapse keeps the cancer as history and suspects no tumour', () => {
    const CASES = [
      ['Age: 12 y', 'HPI: back pain 2 wk', 'PMH: ALL survivor (relapse not suspected)', 'Plan: XR L-spine'],
      ['Age: 12 y', 'HPI: back pain 2 wk. ALL survivor (relapse not suspected).', 'Plan: XR L-spine'],
      ['Age: 12 y', 'HPI: back pain 2 wk. Leukemia in remission (recurrence less likely).', 'Plan: XR L-spine'],
      ['Age: 12 y', 'HPI: back pain 2 wk. Low suspicion for relapse of his leukemia.', 'Plan: XR L-spine'],
    ];
    for (const lines of CASES)
      it(lines.join(' / '), () => {
        assert.ok(malignancy(...lines), 'a cancer history is a red flag');
        assert.ok(!suspected(...lines), 'a doubted relapse is no suspected tumour');
        assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
      });
    it('kept: a suspected relapse is a suspected tumour, and the cancer stays history', () => {
      const lines = ['Age: 12 y', 'HPI: back pain 2 wk. ALL survivor (relapse suspected).', 'Plan: MRI L-spine'];
      assert.ok(suspected(...lines));
      assert.ok(malignancy(...lines));
      assert.equal(readNote(...lines).scenario, 'back-pain-infection-tumor');
    });
    it('kept: "ALL survivor, relapse suspected"', () => assert.ok(suspected('Age: 12 y', 'HPI: ALL survivor, relapse suspected. Back pain 2 wk.', 'Plan: MRI L-spine')));
    it('kept: a doubted cancer with no return named is denied ("leukemia less likely")', () =>
      assert.ok(!malignancy('Age: 12 y', 'HPI: back pain 2 wk. Leukemia less likely.', 'Plan: XR L-spine')));
  });

  describe('night wakings from another cause are no night pain', () => {
    const CASES = [
      'HPI: back pain 3 wk, wakes at night with leg cramps.',
      'HPI: back pain 3 wk, wakes at night with a cough.',
      'HPI: back pain 3 wk; wakes up at night because of reflux.',
      'HPI: back pain 3 wk, waking at night to void.',
      'HPI: wakes in the night coughing. Back pain 3 wk.',
      'HPI: back pain 3 wk, wakes him up at night with a cough.',
      'HPI: back pain 3 wk, wakes from sleep with leg cramps.',
    ];
    for (const line of CASES) it(line, () => assert.ok(!presentIn('night-pain', 'Age: 12 y', line, 'Plan: XR L-spine')));
    const KEPT = [
      'HPI: back pain 3 wk, wakes at night with back pain.',
      'HPI: back pain 3 wk, wakes at night.',
      'HPI: back pain 3 wk, wakes up at night from the pain.',
      'HPI: back pain that wakes him at night with crying.',
      'HPI: back pain 3 wk, wakes at night with it.',
      'HPI: low back pain x 2 wk, waking her from her sleep.',
      'HPI: back pain 3 wk, waking her from her sleep with the pain.',
    ];
    for (const line of KEPT) it(`kept: ${line}`, () => assert.ok(presentIn('night-pain', 'Age: 12 y', line, 'Plan: XR L-spine')));
  });

  describe('a dragged foot is a gait change', () => {
    const CASES = [
      'HPI: back pain 3 wk. Mom says he drags his R foot.',
      'HPI: back pain 3 wk. He drags his R foot.',
      'HPI: back pain 3 wk, dragging her left leg.',
      'HPI: back pain, new R foot drag.',
    ];
    for (const line of CASES) it(line, () => assert.ok(presentIn('gait-change', 'Age: 12 y', line, 'Plan: MRI L-spine')));
    const KEPT = ['HPI: back pain 3 wk. No foot drag.', 'HPI: back pain 3 wk, denies dragging his feet.'];
    for (const line of KEPT) it(`kept: ${line}`, () => assert.ok(!presentIn('gait-change', 'Age: 12 y', line, 'Plan: MRI L-spine')));
    it('kept: "…drags his R foot and has been tripping"', () =>
      assert.ok(presentIn('gait-change', 'Age: 12 y', 'HPI: he drags his R foot and has been tripping.', 'Plan: MRI L-spine')));
  });

  describe('an infection of the spine named among other places is suspected', () => {
    const CASES = [
      'Indication: concern for infection in the leg or spine',
      'Indication: concern for infection in the spine',
      'Indication: ? infection of the lumbar spine',
      'Indication: suspect vertebral infection',
    ];
    for (const line of CASES) it(line, () => assert.ok(suspected('Age: 8 y', 'HPI: back pain, fever.', line, 'Plan: MRI L-spine')));
    const KEPT = [
      'Indication: concern for infection in the leg',
      'Indication: no infection in the spine',
      'Indication: concern for infection in the leg, spine normal',
      'Indication: recurrent urinary tract infection MRI spine',
      'Indication: ear infection US spine',
    ];
    for (const line of KEPT) it(`kept: ${line}`, () => assert.ok(!suspected('Age: 8 y', 'HPI: back pain, fever.', line, 'Plan: MRI L-spine')));
  });

  describe('NS the note defines as something else is no neurosurgery', () => {
    const CASES = [
      ['Age: 12 y', 'HPI: nephrotic syndrome (NS) on prednisone, followed in NS clinic. Back pain 2 wk.', 'Plan: XR L-spine'],
      ['Age: 12 y', 'PMH: NS (nephrotic syndrome)', 'HPI: back pain 2 wk, followed in NS clinic.', 'Plan: XR L-spine'],
      ['Age: 12 y', 'PMH: NS = nephrotic syndrome', 'HPI: back pain 2 wk.', 'Plan: XR L-spine. F/u NS clinic.'],
    ];
    for (const lines of CASES) it(lines.join(' / '), () => assert.equal(neurosurgery(...lines), false));
    const KEPT = [
      ['Age: 12 y', 'HPI: back pain 2 wk.', 'Plan: MRI L-spine. Referred to NS clinic.'],
      ['Age: 12 y', 'HPI: neurosurgery service (NS) following. Back pain 2 wk.', 'Plan: MRI L-spine. Referred to NS clinic.'],
    ];
    for (const lines of KEPT) it(`kept: ${lines.join(' / ')}`, () => assert.equal(neurosurgery(...lines), true));
  });

  describe('night pain told after a denied flag', () => {
    const CASES = [
      'HPI: back pain, no fever, also at night.',
      'HPI: back pain, without fever, also at night.',
      'HPI: back pain, denies fever or weight loss, worse with sport, mostly at night.',
    ];
    for (const line of CASES) it(line, () => assert.ok(presentIn('night-pain', 'Age: 12 y', line, 'Plan: XR L-spine')));
    const KEPT = ['HPI: back pain, no fever, not also at night.', 'HPI: back pain, no fever, coughs also at night.'];
    for (const line of KEPT) it(`kept: ${line}`, () => assert.ok(!presentIn('night-pain', 'Age: 12 y', line, 'Plan: XR L-spine')));
  });

  describe('a neuro exam only a parent reports is no exam', () => {
    const CASES: [string, string][] = [
      ['Neuro exam at OSH: reportedly normal per mom', 'unknown'],
      ['Neuro: per dad moving his legs normally', 'unknown'],
      // kept: the writer's own exam, or a deficit the parent tells
      ['Neuro: per mom moving legs well. Normal tone, reflexes 2+', 'normal'],
      ['Neuro: per mom ok, on exam normal', 'normal'],
      ['Neuro: normal', 'normal'],
      ['Neuro: weak L leg per mom', 'abnormal'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro('Age: 12 y', 'HPI: back pain 2 wk.', line, 'Plan: XR L-spine'), want));
  });
});
