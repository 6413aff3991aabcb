/**
 * A denial that speaks of the past covers "prior"/"previous" items of its list ("No history of tumor, infection, prior
 * surgery or vascular malformation"), where a history cue after a plain denial still starts an assertion of its own
 * ("no fever, prior surgery for a lipoma"). And free-text keys whose every line is read ("CC:" and "HPI:") are no repeat.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { ids, note, presentIn, readNote } from '../helpers';

function ctx(text: string, target: string) {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `${target} in ${text}`);
  return readContext(text, start, start + target.length);
}

describe('a denied history keeps its "prior" items denied', () => {
  for (const [text, target] of [
    ['No history of tumor, infection, prior surgery or vascular malformation.', 'prior surgery'],
    ['No history of tumor, infection, prior surgery or vascular malformation.', 'vascular malformation'],
    ['No h/o malignancy, previous spinal surgery, infection.', 'previous spinal surgery'],
    ['No hx of cancer, past surgery', 'past surgery'],
    ['Denies history of leukemia, prior surgery or fever.', 'prior surgery'],
    ['Denies history of leukemia, prior surgery or fever.', 'fever'],
  ]) {
    it(`${target} in "${text}"`, () => assert.equal(ctx(text, target).negated, true));
  }
  for (const [text, target, why] of [
    ['No fever, prior surgery for a lipoma.', 'prior surgery', 'a plain denial: the history cue starts its own item'],
    ['No history of trauma. Prior surgery for lipoma at 6 months.', 'Prior surgery', 'a sentence ends the denial'],
    ['No history of tumor but prior surgery for tethered cord.', 'prior surgery', '"but" ends the denial'],
    ['No history of tumor, h/o ALL in remission.', 'ALL', 'only a describing word joins the denied list, not a history cue'],
    ['No history of trauma, prior surgery 2019.', 'prior surgery', 'an item with a number is asserted'],
  ]) {
    it(`${target} in "${text}" stays asserted: ${why}`, () => assert.equal(ctx(text, target).negated, false));
  }
  it('a contrast MRI with every reason for contrast denied is flagged', () => {
    const lines = [
      'Age: 2 months',
      'Findings: sacral dimple with skin tag',
      'Prior imaging: spinal US abnormal, low conus',
      'History: No history of tumor, infection, prior surgery or vascular malformation.',
    ];
    assert.equal(presentIn('contrast-reason', ...lines, 'Order: MRI lumbar spine without and with contrast'), false);
    assert.equal(presentIn('contrast-reason', 'Age: 2 months', 'Findings: sacral dimple with skin tag', 'History: prior surgery for a lipoma.', 'Order: MRI L-spine'), true);
  });
});

describe('duplicate-key: free text written under two of its spellings is no repeat', () => {
  it('"CC:" and "HPI:", "Exam:" and "Skin:", two "ROS:" lines are each read and not reported', () => {
    assert.ok(!ids(note('CC: back pain', 'HPI: 9 yo, 3 weeks of back pain after soccer, no fever', 'Neuro: normal', 'Order: XR L-spine')).includes('duplicate-key'));
    assert.ok(!ids(note('Age: 2 months', 'Exam: well baby', 'Skin: sacral dimple with hair tuft', 'Order: spinal US')).includes('duplicate-key'));
    assert.ok(!ids(note('Age: 9 years', 'Presentation: back pain', 'ROS: no fever', 'ROS: no weight loss', 'Order: XR L-spine')).includes('duplicate-key'));
  });
  it('the second line of such a key is read', () => {
    assert.equal(presentIn('fever', 'Age: 9 years', 'CC: back pain', 'HPI: 3 weeks of back pain, fever to 39', 'Order: XR L-spine'), true);
  });
  it('a key with one value written twice is still reported', () => {
    assert.ok(ids(note('Age: 2 months', 'Age: 3 months', 'Findings: sacral dimple with hair tuft', 'Order: spinal US')).includes('duplicate-key'));
    assert.ok(ids(note('Age: 2 months', 'Findings: sacral dimple with hair tuft', 'Neuro: normal', 'Neuro: weak legs', 'Order: spinal US')).includes('duplicate-key'));
    assert.ok(ids(note('Age: 2 months', 'Findings: sacral dimple with hair tuft', 'Order: spinal US', 'Study: MRI L-spine')).includes('duplicate-key'));
  });
});

describe('a pain length written in words or "for the past N/12"', () => {
  const weeksOf = (presentation: string) => readNote('Age: 10 years', `Presentation: ${presentation}`, 'Order: XR L-spine').facts.painWeeks?.weeks;
  for (const [text, weeks] of [
    ['two month history of low back pain', 2 * 4.345],
    ['a two-month history of LBP, no fever', 2 * 4.345],
    ['six week hx of back pain', 6],
    ['6-week history of back pain', 6],
    ['back pain for the past two months', 2 * 4.345],
    ['back pain for the past 3/12', 3 * 4.345],
    ['low back pain over the last 6/52', 6],
  ] as const) {
    it(`"${text}" lasts ${weeks.toFixed(1)} weeks`, () => assert.ok(Math.abs((weeksOf(text) ?? -1) - weeks) < 0.01, String(weeksOf(text))));
  }
  for (const text of [
    'back pain, tender at L4, review in 6/52',
    'back pain, often worse after football',
    'back pain since tennis lessons started',
    'back pain, seen in the past 3/12 by physio twice',
  ]) {
    it(`"${text}" tells no length`, () => assert.equal(weeksOf(text), undefined));
  }
});
