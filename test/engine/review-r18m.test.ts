/**
 * Review r18m: the carer's report of the child ("Parent: says her back hurts") read with the words of
 * context-lexicon speakers.carerReports, given to the note parser by the engine (notes/ imports no clinical vocabulary);
 * the denial words around a corrected marker place as reading-vocabulary markerPlace lists; and the near-misses.
 */
import * as assert from 'node:assert/strict';
import { contextLexicon, contextLexiconSchema } from '../../server/src/clinical/lexicon';
import { reportsOnTheChild } from '../../server/src/clinical/tellers';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';
import { parseNote } from '../../server/src/notes/parser';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

describe('review r18m', () => {
  describe("a carer's report of the child: context-lexicon speakers.carerReports", () => {
    const line = 'Parent: since yesterday "won\'t stand up, says her back hurts".';
    it('the engine gives the parser the predicate: the line is prose', () => {
      assert.ok(parseNote(`4 y F.\n${line}`, true, reportsOnTheChild).fields.some((f) => f.prose && f.rawKey === 'Parent'));
      assert.ok(categoryPresentIn('back-pain', '4 y F, neuroblastoma.', line, 'Plan: MRI spine'));
    });
    it('the parser alone knows no carer words: the line keeps its key', () => assert.ok(!parseNote(`4 y F.\n${line}`, true).fields.some((f) => f.prose && f.rawKey === 'Parent')));
    it('reads the lexicon it is given', () => {
      const lex = contextLexicon();
      const other = { ...lex, speakers: { ...lex.speakers, carerReports: { ...lex.speakers.carerReports, verbs: ['mentions'] } } };
      assert.ok(!reportsOnTheChild('Mom', 'says he has been falling', other));
      assert.ok(reportsOnTheChild('Mom', 'mentions he has been falling', other));
      assert.ok(reportsOnTheChild('Mom', 'says he has been falling'));
    });
    it('near-misses stay the carer’s or a sibling’s', () => {
      assert.ok(!reportsOnTheChild('Mom', 'sacral dimple, never imaged'));
      assert.ok(!reportsOnTheChild('Mom', '"I had a dimple too"'));
      assert.ok(!reportsOnTheChild('Sister', 'says he has back pain'));
      assert.ok(!presentIn('sacral-dimple', '3 mo girl, well.', 'Mom: "I had a sacral dimple too".', 'Plan: none'));
    });
    it('a carer word that is no speakers relation fails validation', () => {
      const lex = contextLexicon();
      const bad = { ...lex, speakers: { ...lex.speakers, carerReports: { ...lex.speakers.carerReports, relations: ['mom', 'mailman'] } } };
      const r = contextLexiconSchema().safeParse(bad);
      assert.equal(r.success, false);
      assert.match(JSON.stringify(r.error?.issues), /mailman/);
    });
  });

  describe('a corrected marker place: markerPlace.deniedBefore and denialAfterComma', () => {
    it('the shipped lists validate and hold the denial words', () => {
      assert.ok(readingVocabularySchema().safeParse(readingVocabulary()).success);
      assert.ok(readingVocabulary().markerPlace.deniedBefore.includes('w/o'));
      assert.ok(readingVocabulary().markerPlace.denialAfterComma.includes('absent'));
    });
    it('"hair tuft – scalp? no, sacral" is present; "no hair tuft – scalp? no, sacral" and "hair tuft – scalp, no sacral, absent" are not', () => {
      assert.ok(presentIn('hair-tuft', 'Age: 3 mo', 'Skin: hair tuft - scalp? no, sacral.', 'Order: US spine'));
      assert.ok(!presentIn('hair-tuft', 'Age: 3 mo', 'Skin: without hair tuft - scalp? no, sacral.', 'Order: US spine'));
      assert.ok(!presentIn('hair-tuft', 'Age: 3 mo', 'Skin: hair tuft - scalp? no, sacral, absent dimple.', 'Order: US spine'));
    });
  });

  describe('a receiving key opening a sentence inside a paragraph reads its study as the order, as an inline "Plan:" does', () => {
    const order = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
    const story = 'Transport log: 19 y M, snowmobile into a tree at speed. Lumbar pain, neuro intact.';
    it('"… neuro intact. Accepting ED: CT lumbar spine w/o contrast." is the CT', () => {
      assert.equal(order(`${story} Accepting ED: CT lumbar spine w/o contrast.`), 'ct-area-without');
      assert.equal(order(story, 'Accepting ED: CT lumbar spine w/o contrast.'), 'ct-area-without');
      assert.equal(order(`${story} Receiving: MRI lumbar spine w/o contrast in the morning.`), 'mri-area-without');
    });
    it('near-misses: a study done, one from another place, or a receiving word inside a sentence, is no order', () => {
      assert.equal(order(`${story} Accepting ED: outside CT reviewed, normal.`), 'none');
      assert.equal(order(`${story} Receiving hospital: XR T/L spine at OSH neg.`), 'none');
      assert.equal(order(`${story} Discussed with accepting ED: CT lumbar spine done at OSH, normal.`), 'none');
    });
  });
});
