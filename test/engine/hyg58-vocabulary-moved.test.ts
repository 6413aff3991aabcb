/**
 * Round 58 (hyg58): words that were still in code, moved to the knowledge data through each file's loader and schema:
 * context-lexicon formAnswers.questionTimeLeads ("at") and bareCausativeVerbs (have, had, get, got); language-vocabulary
 * studyNames.choiceWords (or, vs, versus); age-vocabulary subjectAge.careToday (now, who is). Each reads as before and
 * reads its words from the data: a copy without a word reads otherwise.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { languageView, languageVocabulary } from '../../server/src/clinical/language';
import { contextLexicon, contextLexiconSchema } from '../../server/src/clinical/lexicon';
import { AgeVocabularySchema, loadAgeVocabulary } from '../../server/src/clinical/age-fact';
import { readNote } from '../helpers';

const lex = contextLexicon();
/** Whether the context reader reads the first `word` of `text` as negated, under the lexicon given. */
const denied = (text: string, word: string, l = lex) => {
  const at = text.indexOf(word);
  return readContext(text, at, at + word.length, l).negated;
};

describe('context-lexicon formAnswers.questionTimeLeads', () => {
  const q = 'Does she have back pain at night, or numbness?  no';
  it('a time after "at" refuses the printed question: its "no" denies no back pain', () => assert.equal(denied(q, 'back pain'), false));
  it('reads the lead from the data', () => assert.equal(denied(q, 'back pain', { ...lex, formAnswers: { ...lex.formAnswers, questionTimeLeads: ['by'] } }), true));
});

describe('context-lexicon bareCausativeVerbs', () => {
  it('a bare contraction\'s "had the …" is a causative, no denial; a plain denial stays', () => {
    assert.equal(denied('He hasnt had the lump checked.', 'lump'), false);
    assert.equal(denied('He doesnt have a lump.', 'lump'), true);
  });
  it('reads the verbs from the data', () => assert.equal(denied('He hasnt had the lump checked.', 'lump', { ...lex, bareCausativeVerbs: ['get', 'got'] }), true));
  it('an empty list fails at load', () => assert.equal(contextLexiconSchema().safeParse({ ...lex, bareCausativeVerbs: [] }).success, false));
});

describe('language-vocabulary studyNames.choiceWords', () => {
  const v = languageVocabulary();
  it('a notAsked name offered as one of a choice stays as written; asked for alone it is read', () => {
    assert.equal(languageView('Plan: request echo lombaire vs observation.'), 'Plan: request echo lombaire vs observation.');
    assert.equal(languageView('Plan: request echo lombaire or reassurance.'), 'Plan: request echo lombaire or reassurance.');
    assert.match(languageView('Plan: request echo lombaire svp.'), /US lumbar/);
  });
  it('reads the choice words from the data', () =>
    assert.match(languageView('Plan: request echo lombaire vs observation.', { ...v, studyNames: { ...v.studyNames, choiceWords: ['or', 'versus'] } }), /US lumbar/));
});

describe('age-vocabulary subjectAge.careToday', () => {
  it('a past seeing with "now" or "who is" tells the age as today\'s; without them it does not', () => {
    assert.equal(readNote('Dear Dr Smith,', 'I reviewed Jessica, now 16, in clinic today with low back pain.').facts.age?.months, 192);
    assert.equal(readNote('Dear Dr Smith,', 'I reviewed Jessica, who is 16, in clinic today with low back pain.').facts.age?.months, 192);
    assert.equal(readNote('Dear Dr Smith,', 'I reviewed Jessica, 16, in clinic today with low back pain.').facts.age?.months, undefined);
  });
  it('is a list of the vocabulary, checked at load', () => {
    const age = loadAgeVocabulary();
    assert.deepEqual(age.subjectAge.careToday, ['now', 'who is']);
    assert.equal(AgeVocabularySchema.safeParse({ ...age, subjectAge: { ...age.subjectAge, careToday: [] } }).success, false);
  });
});
