/**
 * A denial that speaks of the past covers a "prior"/"previous" alternative of its list ("No history of tumor, infection,
 * prior surgery or vascular malformation"), where a history item told in a plain list ("No h/o trauma, previous ALL in
 * remission") or after a plain denial ("no fever, prior surgery for a lipoma") is asserted. A pain's length written in
 * words. And free text written under two of its spellings ("CC:" and "HPI:") is no repeated key.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { ids, note, presentIn, readNote } from '../helpers';

function ctx(text: string, target: string) {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `${target} in ${text}`);
  return readContext(text, start, start + target.length);
}

describe('a denied history keeps its "prior" alternatives denied', () => {
  for (const [text, target] of [
    ['No history of tumor, infection, prior surgery or vascular malformation.', 'prior surgery'],
    ['No history of tumor, infection, prior surgery or vascular malformation.', 'vascular malformation'],
    ['Denies history of leukemia, prior surgery or fever.', 'prior surgery'],
    ['Denies history of leukemia, prior surgery or fever.', 'fever'],
    ['no hx of trauma or prior surgery', 'prior surgery'],
    ['Denies any history of trauma, previous fracture, or weight loss.', 'previous fracture'],
  ]) {
    it(`${target} in "${text}"`, () => assert.equal(ctx(text, target).negated, true));
  }
  for (const [text, target, why] of [
    ['No h/o trauma, previous ALL in remission.', 'ALL', 'a plain comma list: the item tells a history of its own'],
    ['Denies history of injury, prior neuroblastoma s/p resection.', 'neuroblastoma', 'no "or": the item is told'],
    ['No significant PMH, prior Wilms tumor', 'Wilms tumor', 'no "or"'],
    ['Nil history of trauma, past leukaemia.', 'leukaemia', 'no "or"'],
    ['No history of trauma and previous lymphoma', 'lymphoma', '"and" joins no alternative'],
    ['no h/o trauma, prior spinal cord tumor resected', 'spinal cord tumor', 'no "or"'],
    ['no h/o fever or weight loss, prior tethered cord release', 'tethered cord', 'the "or" belongs to an earlier item'],
    ['no h/o bleeding, previous vascular malformation of leg', 'vascular malformation', 'no "or"'],
    ['No history of trauma, prior leukemia in remission or relapse', 'leukemia', 'the item holds a cue of its own'],
    ['No h/o trauma, previous leukemia, pain worse sitting or bending.', 'leukemia', 'the "or" belongs to a later item'],
    ['No hx of trauma, prior neuroblastoma, mum unsure if CT or MRI done then.', 'neuroblastoma', 'the "or" belongs to a later clause'],
    ['no trauma hx, past Hodgkin lymphoma, R or L sided pain', 'Hodgkin lymphoma', 'the "or" belongs to a later item'],
    ['no hx trauma, prior Ewing sarcoma, ?relapse or new lesion', 'Ewing sarcoma', 'the "or" belongs to a later item'],
    ['No history of trauma or prior ALL - currently off treatment.', 'ALL', 'the item goes on to tell it'],
    ['No history of trauma or previous ALL, completed therapy.', 'ALL', 'the item goes on to tell it'],
    ['No fever, prior surgery for a lipoma.', 'prior surgery', 'a plain denial: the history cue starts its own item'],
    ['No history of trauma. Prior surgery for lipoma at 6 months.', 'Prior surgery', 'a sentence ends the denial'],
    ['No history of tumor but prior surgery for tethered cord.', 'prior surgery', '"but" ends the denial'],
    ['No history of tumor, h/o ALL in remission.', 'ALL', 'only a describing word joins the denied list, not a history cue'],
    ['No history of trauma, prior surgery 2019 or infection.', 'prior surgery', 'an item with a number is asserted'],
  ]) {
    it(`${target} in "${text}" stays asserted: ${why}`, () => assert.equal(ctx(text, target).negated, false));
  }
  it('a contrast MRI with every reason for contrast denied is flagged; a told one still counts', () => {
    const lines = [
      'Age: 2 months',
      'Findings: sacral dimple with skin tag',
      'Prior imaging: spinal US abnormal, low conus',
      'History: No history of tumor, infection, prior surgery or vascular malformation.',
    ];
    assert.equal(presentIn('contrast-reason', ...lines, 'Order: MRI lumbar spine without and with contrast'), false);
    assert.equal(presentIn('contrast-reason', 'Age: 2 months', 'Findings: sacral dimple with skin tag', 'History: prior surgery for a lipoma.', 'Order: MRI L-spine'), true);
    assert.equal(presentIn('malignancy', 'Age: 9 years', 'HPI: back pain x 1 wk. No h/o trauma, previous ALL in remission.', 'Order: XR L-spine'), true);
    // A suspected relapse after a denied history stays suspected.
    assert.equal(readNote('Age: 12 years', 'HPI: LBP 2 wk. No hx trauma or previous Ewing sarcoma, ?relapse.', 'Order: XR L-spine').scenario, 'back-pain-infection-tumor');
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
    ['LBP x two weeks', 2],
    ['back pain for several months', 4 * 4.345],
    ['back pain for over two months', 2 * 4.345],
    ['back pain for about six weeks', 6],
    ['back pain for the past two to three months', 2 * 4.345],
  ] as const) {
    it(`"${text}" lasts ${weeks.toFixed(1)} weeks`, () => assert.ok(Math.abs((weeksOf(text) ?? -1) - weeks) < 0.01, String(weeksOf(text))));
  }
  for (const text of [
    'back pain, tender at L4, review in 6/52',
    'back pain, often worse after football',
    'back pain since tennis lessons started',
    'back pain, seen in the past 3/12 by physio twice',
    'back pain, has a 2-month-old sister, nobody ill at home',
    'back pain, has a two-month-old sister, nobody ill at home',
    'back pain, sister born six weeks ago, mum worried',
    'LBP, seen by GP two months ago for same, settled, recurred yesterday',
    'back pain, twelve weeks post ACL repair, pain started 4 days ago',
    'back pain on and off, one episode two months ago lasting a day, now 2 days',
    'back pain x2 days, headache for two months',
    'back pain x 4 days, similar episode nine months ago, resolved',
    'back pain after gymnastics, rest and review in six weeks',
    'back pain two days, PT twice weekly for six weeks planned',
    'back pain x2 days and headache for two months',
    'back pain 3 days - off PE for six weeks',
  ]) {
    it(`"${text}" tells no length`, () => assert.equal(weeksOf(text), undefined));
  }
});

describe('duplicate-key: free text written under two of its spellings is no repeat', () => {
  it('"CC:" and "HPI:", "Exam:" and "Skin:" are each read and not reported', () => {
    assert.ok(!ids(note('CC: back pain', 'HPI: 9 yo, 3 weeks of back pain after soccer, no fever', 'Neuro: normal', 'Order: XR L-spine')).includes('duplicate-key'));
    assert.ok(!ids(note('Age: 2 months', 'Exam: well baby', 'Skin: sacral dimple with hair tuft', 'Order: spinal US')).includes('duplicate-key'));
  });
  it('the second line of such a key is read', () => {
    assert.equal(presentIn('fever', 'Age: 9 years', 'CC: back pain', 'HPI: 3 weeks of back pain, fever to 39', 'Order: XR L-spine'), true);
  });
  it('one spelling of such a key written twice is reported: each line is read apart', () => {
    for (const lines of [
      ['Age: 12 y', 'Presentation: back pain', 'Presentation: x 6 weeks', 'Order: XR L-spine'],
      ['Age: 10 y', 'Indication: back pain', 'Indication: 8 weeks', 'Order: XR L-spine'],
      ['Age: 9 years', 'Exam: MRI L SPINE W/O CONTRAST', 'Exam: MRI L SPINE W/ AND W/O CONTRAST', 'Presentation: back pain 2 wks, fever 39'],
    ])
      assert.ok(ids(note(...lines)).includes('duplicate-key'), lines.join(' / '));
  });
  it('a key with one value written twice is still reported', () => {
    assert.ok(ids(note('Age: 2 months', 'Age: 3 months', 'Findings: sacral dimple with hair tuft', 'Order: spinal US')).includes('duplicate-key'));
    assert.ok(ids(note('Age: 2 months', 'Findings: sacral dimple with hair tuft', 'Neuro: normal', 'Neuro: weak legs', 'Order: spinal US')).includes('duplicate-key'));
    assert.ok(ids(note('Age: 2 months', 'Findings: sacral dimple with hair tuft', 'Order: spinal US', 'Study: MRI L-spine')).includes('duplicate-key'));
  });
});
