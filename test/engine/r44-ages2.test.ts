/**
 * Round 44, second pass: a de-identification tag where the age was ("Age: [**Age**]", "[REDACTED]", "Age: XX months") is a
 * missing age, not an unreadable one; a local age unit glossed in English in brackets ("5 mj (months)"); a normal neuro
 * exam told on a Dimple line past the dimple; a prior study opening a list item ("- US (6 wks): equivocal"); "On
 * inspection:" heading the exam. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { ageOf, ids, near, note, readNote } from '../helpers';

const trauma = (age: string) => note(`Name: [**Name**]  ${age}  Sex: F`, 'Fall from balcony ~6m onto concrete. Tender L1 midline.', 'Order: CT L-spine w/o contrast');
const slide = (study: string, order = 'Order: repeat US lumbar spine') => [
  'Infant spine teaching slide',
  '- 5-month-old M',
  '- Deep sacral dimple, base not visible, within cleft',
  study,
  '- Neuro exam normal',
  `- ${order}`,
];
function usOf(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}

describe('r44-2: a de-identified age is a missing age', () => {
  for (const age of ['Age: [**Age**]', 'Age: [REDACTED]', 'Age: [age]', 'Age: XX months', 'Age: xx']) {
    it(`"${age}" gives missing-age, not unreadable-age`, () => {
      const found = ids(trauma(age));
      assert.ok(found.includes('missing-age'), found.join());
      assert.ok(!found.includes('unreadable-age'), found.join());
    });
  }
  it('a real age beside a de-identified name is still read', () => near(ageOf('Pt [**Name**], 4 mo F', 'Sacral dimple, base seen.', 'Order: US lumbar spine'), 4, 'named'));
  it('"46,XX" is no mask: the Age line is read', () => near(ageOf('Age: 4 months', 'Karyotype 46,XX.', 'Order: US lumbar spine'), 4, 'karyotype'));
  it('an unreadable age is still unreadable', () => assert.ok(ids(trauma('Age: soon')).includes('unreadable-age')));
});

describe('r44-2: a local unit glossed in brackets', () => {
  it('"5 mj (months)" is 5 months', () => near(ageOf('Djecak / boy, 5 mj (months)', 'Sacral dimple 5 mm.', 'Order: US lumbosacral spine'), 5, 'glossed'));
  it('"3 god. (years)" is 3 years', () => near(ageOf('Dječak / boy, 3 god. (years)', 'Back pain 2 weeks.', 'Order: XR L-spine'), 36, 'glossed years'));
  it('a size is never a glossed unit: "5 mm (months)" gives no age', () => assert.equal(ageOf('Dimple 5 mm (months)', 'Order: US lumbosacral spine'), undefined));
});

describe('r44-2: a neuro exam told on the Dimple line', () => {
  it('"Dimple: single, 4mm, … Walking, neuro exam normal." is a normal exam', () =>
    assert.equal(
      readNote('Age: 15 months', 'Dimple: single, 4mm, within gluteal cleft, 1.5 cm from anus, base seen. Walking, neuro exam normal.', 'Order: XR L-spine').facts.neuro.state,
      'normal',
    ));
  it('a deficit there is abnormal', () =>
    assert.equal(readNote('Age: 15 months', 'Dimple: single, 4mm, within gluteal cleft. Weak left leg, reflexes absent L.', 'Order: MRI L-spine').facts.neuro.state, 'abnormal'));
  it('a Dimple line with no exam leaves it unknown', () =>
    assert.equal(readNote('Age: 15 months', 'Dimple: single, 4mm, within gluteal cleft, base seen.', 'Order: XR L-spine').facts.neuro.state, 'unknown'));
});

describe('r44-2: a prior study opening a list item', () => {
  it('"- First US (6 wks): equivocal — conus at L2-L3" is indeterminate', () =>
    assert.equal(usOf(...slide('- First US (6 wks): equivocal — conus at L2-L3, filum borderline 2 mm')), 'indeterminate'));
  it('"- Spinal US (6 wks): conus at L3, thick filum" is abnormal (HARMFUL if missed)', () =>
    assert.equal(usOf(...slide('- Spinal US (6 wks): conus at L3, thick filum', 'Order: MRI lumbar spine')), 'abnormal'));
  it('"- US (6 wks): normal" is normal', () => assert.equal(usOf(...slide('- US (6 wks): normal', 'Order: MRI lumbar spine')), 'normal'));
  for (const study of [
    '- Plan: repeat US spine (6 wks)',
    '- US spine (6 wks) pending',
    '- Repeat US (6 wks): if equivocal, MRI',
    '- Brother: US spine (6 wks): tethered cord',
    '- Renal US (6 wks): normal',
  ])
    it(`"${study}" is no spine US done`, () => assert.equal(usOf(...slide(study)), 'none'));
});

describe('r44-2: "On inspection:" heads the exam', () => {
  it('"On inspection: single sacral dimple …" is read as the exam', () => {
    const read = readNote('Age: 6 weeks', 'On inspection: single sacral dimple, within natal cleft, 2mm, base seen, 1cm from anus', 'Order: US lumbosacral spine');
    assert.ok(read.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present && h.field.key?.name === 'Findings'));
  });
});

describe("r44 review: an old exam or a relative's, told in its own clause, is no exam of today", () => {
  const state = (value: string) => readNote('Age: 3 months', `Dimple: ${value}`, 'Order: US lumbar spine').facts.neuro.state;
  it('"previous neuro exam (at 2 wks) normal" on a Dimple line is no exam today', () =>
    assert.equal(state('single, 4 mm, base seen; previous neuro exam (at 2 wks) normal'), 'unknown'));
  it('"previous neuro exam normal" in a history is no exam today either', () =>
    assert.equal(readNote('Age: 3 months', 'HPI: sacral dimple 4 mm; previous neuro exam normal', 'Order: US lumbar spine').facts.neuro.state, 'unknown'));
  it('a past told in another clause leaves today\'s exam ("walking since 12 months, gait looks normal and reflexes are normal")', () =>
    assert.equal(
      readNote(
        'Age: 14 months',
        'HPI: hairy patch over L-spine. Walking on his own since 12 months, gait looks normal to me and his reflexes are normal.',
        'Order: US lumbar spine',
      ).facts.neuro.state,
      'normal',
    ));
});
