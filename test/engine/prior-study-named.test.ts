/**
 * order-vocabulary prose.priorStudyNamed (order-elsewhere.ts onlyAPriorStudy): a study named as one done before, with the
 * real phrases it reads and the near misses it must not, and a copy of the vocabulary without a word reading no more.
 */
import * as assert from 'node:assert/strict';
import { priorStudyNamedOf } from '../../server/src/clinical/order-words';
import { defaultKnowledge } from '../../server/src/knowledge/loader';

const words = defaultKnowledge().vocabulary.prose.priorStudyNamed;

describe('order-vocabulary prose.priorStudyNamed', () => {
  const named = priorStudyNamedOf(words);
  it('a word of before, maybe one region of the spine, then the study', () => {
    for (const s of ['normal prior spine US', 'Previous MRI', 'earlier lumbar x-rays', 'outside films', 'prior L-spine radiograph', 'previous lspine XR', 'prior  CT'])
      assert.ok(named.test(s), s);
  });
  it('not a study to do, a study word inside another word, two words between, or another region', () => {
    for (const s of ['repeat spine US', 'follow-up MRI', 'prior usual care', 'previous MRIs', 'prior spine lumbar US', 'prior hip US', 'prior to MRI', 'previously MRI'])
      assert.ok(!named.test(s), s);
  });
  it('is built from the vocabulary: without "outside" or "films" those are no prior study', () => {
    const copy = priorStudyNamedOf({ ...words, before: words.before.filter((w) => w !== 'outside'), studies: words.studies.filter((w) => w !== 'films') });
    assert.ok(!copy.test('outside MRI'));
    assert.ok(!copy.test('prior films'));
    assert.ok(copy.test('prior film'));
  });
});
