/**
 * A prior study's result words are data (reading-vocabulary.json priorStudyFindings: boneAbnormal, indeterminate,
 * indeterminateOwn, normal), checked at load; a bone phrase with "{level}" is read at every vertebral level as written.
 */
import * as assert from 'node:assert/strict';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';
import { readNote } from '../helpers';

const HISTORY = 'Girl 12 years, 8 weeks of low back pain waking her at night. No fever.';
const ASK = 'Plan: MRI lumbar spine.';
const xrResults = (report: string) =>
  readNote(HISTORY, `Prior imaging: XR thoracolumbar spine 2 weeks ago: ${report}`, ASK)
    .facts.prior.filter((p) => p.modality === 'XR')
    .map((p) => p.result);

describe('prior result words as data', () => {
  it('the lists load, and a brace other than "{level}" or an empty list is refused at load', () => {
    const v = structuredClone(readingVocabulary());
    assert.ok(readingVocabularySchema().safeParse(v).success);
    const braces = structuredClone(readingVocabulary());
    braces.priorStudyFindings.boneAbnormal.push('{vertebra} is wedge shaped');
    assert.ok(!readingVocabularySchema().safeParse(braces).success);
    const empty = structuredClone(readingVocabulary());
    empty.priorStudyFindings.normal = [];
    assert.ok(!readingVocabularySchema().safeParse(empty).success);
  });

  for (const level of ['T12', 'Th12', 'L1', 'C7'])
    it(`"wedge shaped ${level}" and "${level} is wedge shaped" are abnormal at that level`, () => {
      assert.deepEqual(xrResults(`wedge shaped ${level}.`), ['abnormal']);
      assert.deepEqual(xrResults(`${level} is wedge shaped.`), ['abnormal']);
    });

  it('a wedge shape of something else is no bone finding', () => {
    assert.notDeepEqual(xrResults('wedge shaped scar on back, bones normal.'), ['abnormal']);
  });

  it('each list reads its own result: normal, limited, abnormal', () => {
    assert.deepEqual(xrResults('nil acute.'), ['normal']);
    assert.deepEqual(xrResults('suboptimal, lateral not obtained.'), ['indeterminate']);
    assert.deepEqual(xrResults('grade 1 spondylolisthesis L5/S1.'), ['abnormal']);
  });
});
