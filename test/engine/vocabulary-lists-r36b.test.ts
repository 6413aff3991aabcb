/**
 * Round 36's word lists moved from code into the vocabulary (second tidy): the words after an urgency-led study that leave
 * it (order-vocabulary.json prose.urgentNotNow), a relative's possessive and a protocol told as history
 * (prose.relativesPossessive, prose.protocolHistory), the words leaving a past order verb still to do (prose.lineConditions.stillToDo), the cavernous, fat and cancer words of notOfTheSkin and the words of a
 * patient's own denial (reading-vocabulary.json notOfTheSkin.cavernous, infiltration.fat, infiltration.named,
 * activityUnrelated.tiedBefore, anyPain, anotherPerson). Each is checked at load: an empty list is refused.
 */
import * as assert from 'node:assert/strict';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { type OrderVocabulary, orderVocabularySchema } from '../../server/src/knowledge/schema';

type ReadingCopy = ReturnType<typeof readingVocabulary>;

function orderCopy(change: (v: OrderVocabulary) => void): OrderVocabulary {
  const v = structuredClone(defaultKnowledge().vocabulary);
  change(v);
  return v;
}

describe('round 36 (second tidy): word lists read from the vocabulary', () => {
  describe('checked at load: an empty list is refused', () => {
    const reading: [string, (v: ReadingCopy) => void][] = [
      ['notOfTheSkin.cavernous', (v) => (v.notOfTheSkin.cavernous = [])],
      ['notOfTheSkin.infiltration.fat', (v) => (v.notOfTheSkin.infiltration.fat = [])],
      ['notOfTheSkin.infiltration.named', (v) => (v.notOfTheSkin.infiltration.named = [])],
      ['activityUnrelated.tiedBefore', (v) => (v.activityUnrelated.tiedBefore = [])],
      ['activityUnrelated.anyPain', (v) => (v.activityUnrelated.anyPain = [])],
      ['activityUnrelated.anotherPerson.words', (v) => (v.activityUnrelated.anotherPerson.words = [])],
      ['activityUnrelated.anotherPerson.possessed', (v) => (v.activityUnrelated.anotherPerson.possessed = [])],
    ];
    it('the shipped reading vocabulary loads', () => assert.ok(readingVocabularySchema().safeParse(structuredClone(readingVocabulary())).success));
    for (const [name, empty] of reading)
      it(`reading-vocabulary ${name}`, () => {
        const v = structuredClone(readingVocabulary());
        empty(v);
        assert.ok(!readingVocabularySchema().safeParse(v).success);
      });
    const order: [string, (v: OrderVocabulary) => void][] = [
      ['prose.urgentNotNow.words', (v) => (v.prose.urgentNotNow.words = [])],
      ['prose.urgentNotNow.noBefore', (v) => (v.prose.urgentNotNow.noBefore = [])],
      ['prose.relativesPossessive', (v) => (v.prose.relativesPossessive = [])],
      ['prose.protocolHistory', (v) => (v.prose.protocolHistory = [])],
      ['prose.lineConditions.stillToDo', (v) => (v.prose.lineConditions.stillToDo = [])],
    ];
    it('the shipped order vocabulary loads', () => assert.ok(orderVocabularySchema().safeParse(structuredClone(defaultKnowledge().vocabulary)).success));
    for (const [name, empty] of order) it(`order-vocabulary ${name}`, () => assert.ok(!orderVocabularySchema().safeParse(orderCopy(empty)).success));
  });
});
