/**
 * Case reports and case presentations told in the past tense: the study the case is about is told as done ("… was
 * obtained", "the team obtained …", "she underwent …") and is the note's order; an earlier study told with "had",
 * "previously", one withheld, only recommended or a later follow-up is not. A clinic note that tells an earlier study as
 * "obtained" is no case narrative and keeps its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';
import { isCaseNarrative } from '../../server/src/clinical/narrative';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('case narratives: the study told as done is the order', () => {
  it('a passive "was obtained" after a case heading', () => {
    assert.equal(
      orderOf(
        'Case report',
        'A 12-year-old girl fell from a trampoline onto her back. She had midline tenderness at T12.',
        'Radiographs of the thoracolumbar spine were obtained.',
      ),
      'xr-area',
    );
    assert.equal(
      orderOf(
        'Case presentation: morning report',
        'A 10-year-old boy had 6 weeks of back pain waking him at night. Exam normal. MRI of the lumbar spine without contrast was then performed.',
      ),
      'mri-area-without',
    );
  });
  it('an active "obtained" or "underwent", and an opener instead of a heading', () => {
    assert.equal(orderOf('Case vignette', 'A 6-week-old boy had a hairy patch over the sacrum. The team obtained a spinal ultrasound.'), 'us-area');
    assert.equal(orderOf('We present a 2-month-old girl with a deep sacral dimple above the cleft. She underwent ultrasonography of the lumbar spine.'), 'us-area');
  });
  it('the order told with its result in the same clause is still the order', () => {
    assert.equal(
      orderOf('Clinical vignette', 'A 14-year-old boy had 8 weeks of back pain. MRI of the lumbar spine without contrast was obtained and showed a pars defect.'),
      'mri-area-without',
    );
  });
  it('an earlier study told with "had", "previously" or at an outside hospital is no order', () => {
    assert.equal(
      orderOf('Case report', 'A 3-month-old girl was referred for a hair tuft. A spinal ultrasound had been obtained at 2 weeks of age and showed a low conus.'),
      'none',
    );
    assert.equal(orderOf('Case report', 'A 9-year-old boy with back pain. Radiographs were previously obtained at an outside hospital and were normal.'), 'none');
  });
  it('a study withheld, only recommended or a later follow-up is no order', () => {
    assert.equal(orderOf('Case report', 'A 5-month-old boy had a sacral dimple. An MRI was not obtained because the family declined.'), 'none');
    assert.equal(orderOf('Case report', 'A 13-year-old girl had back pain after a fall. MRI was recommended but was declined.'), 'none');
  });
  it('a clinic note that tells an earlier study as obtained is not read this way', () => {
    assert.equal(isCaseNarrative('HPI: 10 yo with back pain.\nXR L-spine was obtained last week and was normal.\nPlan: PT.'), false);
    assert.equal(
      orderOf('HPI: 10 yo boy with back pain for 3 weeks.', 'MRI of the lumbar spine was obtained 2 weeks ago and was normal.', 'Plan: physical therapy, follow up in 4 weeks.'),
      'none',
    );
  });
  it('knows case headings and openers, not a word that only starts like one', () => {
    assert.equal(isCaseNarrative('Case report\nA 7-year-old boy …'), true);
    assert.equal(isCaseNarrative('Case presentation - imaging series\nA girl …'), true);
    assert.equal(isCaseNarrative('We describe a 3-week-old infant …'), true);
    assert.equal(isCaseNarrative('Case reports reviewed by the committee\n…'), false);
    assert.equal(isCaseNarrative('Case manager note: 5 mo F, MRI L-spine requested.'), false);
  });
});
