/**
 * Round 36's word lists moved from code into the vocabulary: the "Ref:" slip's study-alone words and closing follow-up
 * (reading-vocabulary.json unknownKeys.studyReferral studyAlone, followUp), the fall told before the place fallen from
 * (trauma.fellBeforePlace), the done cues read only right after the study's name and the writer's order entry
 * (order-vocabulary.json prose.doneRightAfter, prose.orderEntry). Each is checked at load (none empty) and read from the
 * vocabulary: a copy with a word added or taken away reads the note otherwise. The second tidy's lists (urgentNotNow,
 * relativesPossessive, protocolHistory, lineConditions.stillToDo; notOfTheSkin's cavernous, fat and cancer words; activityUnrelated)
 * are checked at load in the same tables, as are round 37's (neuroAbsentMovement.patient; neuroNormalWholeSentence doubts and doubtable).
 */
import * as assert from 'node:assert/strict';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';
import { readUnknownKeys } from '../../server/src/clinical/unknown-keys';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { type OrderVocabulary, orderVocabularySchema } from '../../server/src/knowledge/schema';
import { parseNote } from '../../server/src/notes/parser';
import { TODAY, note, readNote } from '../helpers';

type ReadingCopy = ReturnType<typeof readingVocabulary>;

/** The ordered procedure read with the shipped knowledge but this order vocabulary, or 'none'. */
function orderWith(vocabulary: OrderVocabulary, ...lines: string[]): string {
  const engine = { knowledge: { ...defaultKnowledge(), vocabulary }, settings: { ...DEFAULT_SETTINGS, today: TODAY } };
  return analyzeDocument(note(...lines), engine).notes[0].facts.order?.reading.procedure?.id ?? 'none';
}
function orderCopy(change: (v: OrderVocabulary) => void): OrderVocabulary {
  const v = structuredClone(defaultKnowledge().vocabulary);
  change(v);
  return v;
}

/** Whether the "Ref:" line of these lines is read as the plan, with this reading vocabulary. */
function refReadAsPlan(v: ReadingCopy, ...lines: string[]): boolean {
  const text = note(...lines);
  const fields = parseNote(text).fields;
  const ref = fields.find((f) => f.rawKey === 'Ref');
  assert.ok(ref, 'the note has a "Ref:" line');
  return readUnknownKeys(fields, v, text)?.get(ref)?.advised === true;
}

describe('round 36: word lists read from the vocabulary', () => {
  describe('checked at load: an empty list is refused', () => {
    const reading: [string, (v: ReadingCopy) => void][] = [
      ['unknownKeys.studyReferral.studyAlone', (v) => (v.unknownKeys.studyReferral.studyAlone = [])],
      ['unknownKeys.studyReferral.followUp.joins', (v) => (v.unknownKeys.studyReferral.followUp.joins = [])],
      ['unknownKeys.studyReferral.followUp.to', (v) => (v.unknownKeys.studyReferral.followUp.to = [])],
      ['unknownKeys.studyReferral.followUp.closings', (v) => (v.unknownKeys.studyReferral.followUp.closings = [])],
      ['unknownKeys.studyReferral.followUp.after', (v) => (v.unknownKeys.studyReferral.followUp.after = [])],
      ['trauma.fellBeforePlace', (v) => (v.trauma.fellBeforePlace = [])],
      // The second tidy: the lists the round's own readings had written in code.
      ['notOfTheSkin.cavernous', (v) => (v.notOfTheSkin.cavernous = [])],
      ['notOfTheSkin.infiltration.fat', (v) => (v.notOfTheSkin.infiltration.fat = [])],
      ['notOfTheSkin.infiltration.named', (v) => (v.notOfTheSkin.infiltration.named = [])],
      ['activityUnrelated.tiedBefore', (v) => (v.activityUnrelated.tiedBefore = [])],
      ['activityUnrelated.anyPain', (v) => (v.activityUnrelated.anyPain = [])],
      ['activityUnrelated.anotherPerson.words', (v) => (v.activityUnrelated.anotherPerson.words = [])],
      ['activityUnrelated.anotherPerson.possessed', (v) => (v.activityUnrelated.anotherPerson.possessed = [])],
      // Round 37's start: the patient's words that end a relative's reach, the doubts and the Romance wordings of a normal exam.
      ['neuroAbsentMovement.patient', (v) => (v.neuroAbsentMovement.patient = [])],
      ['neuroNormalWholeSentence.doubts', (v) => (v.neuroNormalWholeSentence.doubts = [])],
      ['neuroNormalWholeSentence.doubtable.words', (v) => (v.neuroNormalWholeSentence.doubtable.words = [])],
      ['neuroNormalWholeSentence.doubtable.phrases', (v) => (v.neuroNormalWholeSentence.doubtable.phrases = [])],
      ['neuroNormalInTextGuarded.remote', (v) => (v.neuroNormalInTextGuarded.remote = [])],
      // Round 61 (hyg61): pain-duration.ts's bound words and a Duration key's joining words, once patterns in the code.
      ['lengthBound.bounds', (v) => (v.lengthBound.bounds = [])],
      ['lengthBound.bounds ">="', (v) => (v.lengthBound.bounds = ['>='])],
      ['durationKeys.joins', (v) => (v.durationKeys.joins = [])],
      ['durationKeys.joinMarks', (v) => (v.durationKeys.joinMarks = [])],
      ['durationKeys.joinMarks "and"', (v) => (v.durationKeys.joinMarks = ['and'])],
    ];
    it('the shipped reading vocabulary loads', () => assert.ok(readingVocabularySchema().safeParse(structuredClone(readingVocabulary())).success));
    for (const [name, empty] of reading)
      it(`reading-vocabulary ${name}`, () => {
        const v = structuredClone(readingVocabulary());
        empty(v);
        assert.ok(!readingVocabularySchema().safeParse(v).success);
      });
    const order: [string, (v: OrderVocabulary) => void][] = [
      ['prose.doneRightAfter', (v) => (v.prose.doneRightAfter = [])],
      ['prose.orderEntry.writers', (v) => (v.prose.orderEntry.writers = [])],
      ['prose.orderEntry.proposingModals', (v) => (v.prose.orderEntry.proposingModals = [])],
      ['prose.orderEntry.conditions', (v) => (v.prose.orderEntry.conditions = [])],
      ['prose.urgentNotNow.words', (v) => (v.prose.urgentNotNow.words = [])],
      ['prose.urgentNotNow.noBefore', (v) => (v.prose.urgentNotNow.noBefore = [])],
      ['prose.relativesPossessive', (v) => (v.prose.relativesPossessive = [])],
      ['prose.protocolHistory', (v) => (v.prose.protocolHistory = [])],
      ['prose.lineConditions.stillToDo', (v) => (v.prose.lineConditions.stillToDo = [])],
    ];
    it('the shipped order vocabulary loads', () => assert.ok(orderVocabularySchema().safeParse(structuredClone(defaultKnowledge().vocabulary)).success));
    for (const [name, empty] of order) it(`order-vocabulary ${name}`, () => assert.ok(!orderVocabularySchema().safeParse(orderCopy(empty)).success));
  });

  describe('"Ref:" on a GP slip (unknownKeys.studyReferral)', () => {
    const CHILD = '8/12 F, skin tag over lower back. Neuro exam normal.';
    it('studyAlone: a word of the study\'s name added reads "Ref: USS spine supine" as the plan', () => {
      assert.equal(refReadAsPlan(readingVocabulary(), CHILD, 'Ref: USS spine supine'), false);
      const v = structuredClone(readingVocabulary());
      v.unknownKeys.studyReferral.studyAlone.push('supine');
      assert.equal(refReadAsPlan(v, CHILD, 'Ref: USS spine supine'), true);
    });
    it('followUp: a closing added ("recheck") is set aside as "to see me after" is', () => {
      assert.equal(refReadAsPlan(readingVocabulary(), CHILD, 'Ref: USS spine, to see me after.'), true);
      assert.equal(refReadAsPlan(readingVocabulary(), CHILD, 'Ref: USS spine, recheck after.'), false);
      const v = structuredClone(readingVocabulary());
      v.unknownKeys.studyReferral.followUp.closings.push('recheck');
      assert.equal(refReadAsPlan(v, CHILD, 'Ref: USS spine, recheck after.'), true);
    });
  });

  describe('body words with a hyphen (order-vocabulary spine, notSpine) in the Diagnostics line', () => {
    // A 'u' pattern refuses "\\-" outside a class: each word must be written into it escaped only as it needs.
    it('"l-spine" and "ct-head" added to the lists still read the line (no syntax error)', () => {
      const v = orderCopy((x) => {
        x.spine.push('l-spine');
        x.notSpine.push('ct-head');
      });
      const lines = ['17 yo m. Motorcycle accident. Neck pain, tenderness C6/C7.', 'Diagnostics: CT cervical spine native; polytrauma CT head/thorax/abdomen.'];
      assert.equal(orderWith(v, ...lines), orderWith(defaultKnowledge().vocabulary, ...lines));
      assert.equal(orderWith(v, ...lines), 'ct-area-without');
    });
  });

  describe('the order cues (order-vocabulary prose.doneRightAfter, prose.orderEntry)', () => {
    const LBP = '15 yo LBP 8 wks.';
    it('doneRightAfter: a cue added counts only right after the study\'s name ("MRI L-spine for now deferred")', () => {
      assert.equal(orderWith(defaultKnowledge().vocabulary, LBP, 'Plan: MRI L-spine for now deferred'), 'none');
      assert.equal(
        orderWith(
          orderCopy((v) => v.prose.doneRightAfter.push('deferred')),
          LBP,
          'Plan: MRI L-spine for now deferred',
        ),
        'mri-area-without',
      );
    });
    it('orderEntry.writers: a writer added ("nurse") makes "Nurse put in an XR L-spine" the order', () => {
      assert.equal(orderWith(defaultKnowledge().vocabulary, `${LBP} Nurse put in an XR L-spine.`), 'none');
      assert.equal(
        orderWith(
          orderCopy((v) => v.prose.orderEntry.writers.push('nurse')),
          `${LBP} Nurse put in an XR L-spine.`,
        ),
        'xr-area',
      );
    });
    it('orderEntry.proposingModals: a modal taken away ("could") makes "Could add MRI L-spine to the GA list" the order', () => {
      const line = '3 mo M, deep pit. Could add MRI L-spine to the GA list.';
      assert.equal(orderWith(defaultKnowledge().vocabulary, line), 'none');
      assert.equal(
        orderWith(
          orderCopy((v) => (v.prose.orderEntry.proposingModals = v.prose.orderEntry.proposingModals.filter((w) => w !== 'could'))),
          line,
        ),
        'mri-area-without',
      );
    });
    it('orderEntry.conditions: a condition added ("after") puts off the study put in alongside a referral', () => {
      const line = `${LBP} I've put in a referral to ortho and an XR L-spine after physio.`;
      assert.equal(orderWith(defaultKnowledge().vocabulary, line), 'xr-area');
      assert.equal(
        orderWith(
          orderCopy((v) => v.prose.orderEntry.conditions.push('after')),
          line,
        ),
        'none',
      );
    });
  });

  describe('a fall told before the place fallen from (trauma.fellBeforePlace)', () => {
    // readTrauma reads the shipped reading vocabulary, so the list is changed in place and put back.
    it('"fell" taken away: "fell from first-floor window (~3 m)" is no longer a fall of 3 m', () => {
      const hpi = (tail: string) => readNote('Age: 2 years', `HPI: fell from first-floor window (~3 m) onto grass. ${tail}`, 'Order: XR lumbar spine').facts.trauma.significance;
      assert.equal(hpi('Back pain.'), 'significant');
      const list = readingVocabulary().trauma.fellBeforePlace;
      const shipped = [...list];
      try {
        list.splice(list.indexOf('fell'), 1);
        assert.equal(hpi('Back pain since.'), 'unclear');
      } finally {
        list.splice(0, list.length, ...shipped);
      }
      assert.equal(hpi('Back pain ever since.'), 'significant');
    });
  });
});
