import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readContext } from '../../server/src/clinical/context';
import { contextLexicon, contextLexiconSchema, loadContextLexicon } from '../../server/src/clinical/lexicon';
import { KnowledgeError } from '../../server/src/knowledge/loader';
import { readNote } from '../helpers';

/** The context of the first occurrence of `target` in `text`. */
function ctx(text: string, target: string) {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `"${target}" is not in "${text}"`);
  return readContext(text, start, start + target.length);
}
const negated = (text: string, target: string) => ctx(text, target).negated;

describe('readContext (ConText assertion context)', () => {
  describe('negation triggers, forward', () => {
    for (const [text, target] of [
      ['no hair tuft', 'hair tuft'],
      ['denies fever', 'fever'],
      ['without hair tuft', 'hair tuft'],
      ['w/o hair tuft', 'hair tuft'],
      ['negative for weight loss', 'weight loss'],
      ['neg for dimple or tuft', 'tuft'],
      ['(-) sacral dimple', 'sacral dimple'],
      ['no evidence of dermal sinus', 'dermal sinus'],
      ['without evidence of lipoma', 'lipoma'],
      ['NEG FEVER', 'FEVER'],
      ['ROS -ve for fever, weight loss', 'weight loss'],
    ]) {
      it(`"${text}" negates "${target}"`, () => assert.equal(negated(text, target), true));
    }
  });

  describe('negation put after the finding, as machine translation writes it (r23)', () => {
    for (const [text, target] of [
      ['Night pain there is not, fever there is not.', 'Night pain'],
      ['Night pain there is not, fever there is not.', 'fever'],
      ['Weight loss there was not.', 'Weight loss'],
      ['Numbness there were not', 'Numbness'],
      ['back pain 3 weeks, there is not any fever', 'fever'],
      ['Numbness in legs - there is not. Mum is sure.', 'Numbness'],
      ['There is not any back pain.', 'back pain'],
    ]) {
      it(`"${text}" negates "${target}"`, () => assert.equal(negated(text, target), true));
    }
    for (const [text, target] of [
      ['Night pain, there is not fever.', 'Night pain'],
      ['Fever there is, night pain there is not.', 'Fever'],
      ['Back pain 3 weeks and there is not fever.', 'Back pain'],
      // "not only … but also" affirms; a question asks (review of r23).
      ['There is not only back pain but also fever and night sweats.', 'back pain'],
      ['There are not only headaches but also back pain.', 'back pain'],
      ['There was not just back pain but also fever.', 'back pain'],
      ['Numbness in legs - there is not? Mum unsure.', 'Numbness'],
      ['Night pain there was not? Not sure.', 'Night pain'],
    ]) {
      it(`"${text}" does not negate "${target}"`, () => assert.equal(negated(text, target), false));
    }
  });

  describe('negation triggers, backward', () => {
    for (const [text, target] of [
      ['hair tuft: none', 'hair tuft'],
      ['sacral dimple (-)', 'sacral dimple'],
      ['fever: neg', 'fever'],
      ['weight loss - none', 'weight loss'],
      ['tuft absent', 'tuft'],
      ['fever denied', 'fever'],
      ['dimple not seen', 'dimple'],
    ]) {
      it(`"${text}" negates "${target}"`, () => assert.equal(negated(text, target), true));
    }
  });

  describe('two-way triggers take their direction from where they stand', () => {
    it('"dimple - no hair": the dash and the cue point forward, so the dimple stays', () => {
      assert.equal(negated('sacral dimple - no hair', 'sacral dimple'), false);
      assert.equal(negated('sacral dimple - no hair', 'hair'), true);
    });
    it('"tuft (-), dimple (+)": the backward cue does not reach past the comma', () => {
      assert.equal(negated('tuft (-), dimple (+)', 'tuft'), true);
      assert.equal(negated('tuft (-), dimple (+)', 'dimple'), false);
    });
  });

  describe('list scope', () => {
    it('a cue covers a whole comma list', () => {
      const t = 'no fever, night sweats, weight loss';
      for (const x of ['fever', 'night sweats', 'weight loss']) assert.equal(negated(t, x), true, x);
    });
    it('"denies fever, night sweats, wt loss" negates every item', () => {
      for (const x of ['fever', 'night sweats', 'wt loss']) assert.equal(negated('denies fever, night sweats, wt loss', x), true, x);
    });
    it('items that each repeat the negation leave the next item without one asserted: "no fever, no trauma, weakness in L leg"', () => {
      const t = 'no fever, no trauma, weakness in L leg';
      assert.equal(negated(t, 'fever'), true);
      assert.equal(negated(t, 'trauma'), true);
      assert.equal(negated(t, 'weakness'), false);
      assert.equal(negated('denies fever, denies chills, night sweats x 1 wk', 'night sweats'), false);
    });
    it('an item that grades or sides its finding is its own after a denied one: "no clonus, reduced L ankle jerk"', () => {
      assert.equal(negated('no clonus, reduced L ankle jerk', 'ankle jerk'), false);
      assert.equal(negated('no deficit, L sided weakness', 'weakness'), false);
      assert.equal(negated('no sensory deficit, weakness of L leg', 'weakness'), false);
      assert.equal(negated('no fever, brisk L knee jerk', 'knee jerk'), false);
      // A list of alternatives keeps its grade denied.
      assert.equal(negated('denies weakness, numbness, or decreased sensation', 'sensation'), true);
    });
    it('a single repeated cue, an "or" list or "and" after repeated cues stays denied', () => {
      // One cue spread over the list, then one repeated: the list is still the first cue's.
      assert.equal(negated('no fever, night sweats, weight loss', 'weight loss'), true);
      assert.equal(negated('no fever, no chills, night sweats or weight loss', 'night sweats'), true);
      assert.equal(negated('no fever, no chills, night sweats or weight loss', 'weight loss'), true);
      assert.equal(negated('no fever, no chills and night sweats', 'night sweats'), true);
      assert.equal(negated('no fever, no chills, no night sweats', 'night sweats'), true);
    });
    it('the list runs past the word limit of a single scope', () => {
      const t = `no ${Array.from({ length: 20 }, (_, i) => `item${i}`).join(', ')}, fever`;
      assert.equal(negated(t, 'fever'), true);
    });
    it('an item with its own affirmation ends the list: "no tuft, deep dimple" keeps the dimple', () => {
      assert.equal(negated('no hair tuft, deep dimple above the cleft', 'deep dimple'), false);
    });
    it('a value can mix polarities: "afebrile, no wt loss, night pain x 2 wk" keeps the night pain', () => {
      assert.equal(negated('afebrile, no wt loss, night pain x 2 wk', 'wt loss'), true);
      assert.equal(negated('afebrile, no wt loss, night pain x 2 wk', 'night pain'), false);
    });
    it('an item with its own cue ends an inherited scope: "no fever, hx of ALL"', () => {
      const c = ctx('no fever, hx of ALL', 'ALL');
      assert.equal(c.negated, false);
      assert.equal(c.historical, true);
    });
    it('"or" lists: "no lipoma, hair tuft or dimple"', () => assert.equal(negated('no lipoma, hair tuft or dimple', 'dimple'), true));
    it('scope ends at the word limit without a list', () => {
      assert.equal(negated('no concerns today at this visit from the parents and then a hair tuft', 'hair tuft'), false);
    });
  });

  describe('pseudo-triggers', () => {
    for (const [text, target] of [
      ['no change in back pain', 'back pain'],
      ['not only back pain', 'back pain'],
      ['gram negative rods and fever', 'fever'],
      ['no longer walking, weakness', 'weakness'],
    ]) {
      it(`"${text}" does not negate "${target}"`, () => assert.equal(negated(text, target), false));
    }
    // A pseudo-trigger shields the words after it, not its own: the finding that begins inside it is negated by its first word.
    for (const [text, target] of [
      ['no change in gait', 'change in gait'],
      ['walks without difficulty walking up stairs', 'difficulty walking'],
    ]) {
      it(`"${text}" negates "${target}", which starts inside the pseudo-trigger`, () => assert.equal(negated(text, target), true));
    }
    it('"no change in hemangioma" still keeps the hemangioma', () => assert.equal(negated('no change in hemangioma', 'hemangioma'), false));
    it('a finding that has not resolved, or only in part, is still there; one resolved is gone', () => {
      for (const t of ['syrinx not resolved', 'syrinx partially resolved', 'syrinx has not resolved', 'syrinx not fully resolved', 'syrinx incompletely resolved'])
        assert.equal(negated(t, 'syrinx'), false, t);
      assert.equal(negated('syrinx resolved', 'syrinx'), true);
    });
  });

  describe('terminators', () => {
    for (const [text, target] of [
      ['no lipoma but a hair tuft', 'hair tuft'],
      ['no lipoma however hair tuft', 'hair tuft'],
      ['no lipoma; hair tuft', 'hair tuft'],
      ['no lipoma. Hair tuft', 'Hair tuft'],
      ['Findings: no lipoma\nRed flags: fever', 'fever'],
      ['denies fever, c/o back pain', 'back pain'],
      ['no lipoma except hair tuft', 'hair tuft'],
    ]) {
      it(`"${text.replace(/\n/g, '\\n')}" ends the scope before "${target}"`, () => assert.equal(negated(text, target), false));
    }
    it('an indented continuation line does not end the scope', () => assert.equal(negated('Red flags: no fever,\n  night sweats', 'night sweats'), true));
    it('an indented line with a known key does end it', () => assert.equal(negated('Findings: hair tuft: none\n  Red flags: fever', 'fever'), false));
    it('"Denies: fever, chills" — a colon straight after the cue does not end it', () => assert.equal(negated('Denies: fever, chills', 'chills'), true));
  });

  describe('uncertainty, hypothetical, history, experiencer', () => {
    it('"possible tethered cord" is uncertain, not negated', () => {
      const c = ctx('possible tethered cord', 'tethered cord');
      assert.deepEqual([c.uncertain, c.negated], [true, false]);
    });
    it('"?dermal sinus" and "dermal sinus?" are uncertain', () => {
      assert.equal(ctx('?dermal sinus', 'dermal sinus').uncertain, true);
      assert.equal(ctx('dermal sinus?', 'dermal sinus').uncertain, true);
    });
    it('"concern for leukemia" is uncertain', () => assert.equal(ctx('concern for leukemia', 'leukemia').uncertain, true));
    for (const cue of ['indeterminate for', 'equivocal for']) {
      it(`"conus at L2-3, ${cue} tethering" is uncertain`, () => assert.equal(ctx(`conus at L2-3, ${cue} tethering`, 'tethering').uncertain, true));
    }
    it('"r/o dermal sinus" is a rule-out (uncertain, and the reason for a study)', () => {
      const c = ctx('r/o dermal sinus', 'dermal sinus');
      assert.deepEqual([c.uncertain, c.ruleOut], [true, true]);
    });
    it('"return if weakness" and "will refer if MRI abnormal" are hypothetical', () => {
      assert.equal(ctx('return if weakness', 'weakness').hypothetical, true);
      assert.equal(ctx('will refer if MRI abnormal', 'MRI abnormal').hypothetical, true);
    });
    it('"should incontinence develop" is hypothetical (forward and backward cues)', () => {
      assert.equal(ctx('should incontinence develop', 'incontinence').hypothetical, true);
      assert.equal(ctx('weakness develops', 'weakness').hypothetical, true);
    });
    for (const cue of ['hx', 'h/o', 'history of', 's/p', 'previous']) {
      it(`"${cue} neuroblastoma" is historical`, () => assert.equal(ctx(`${cue} neuroblastoma`, 'neuroblastoma').historical, true));
    }
    for (const [text, target] of [
      ['quit gymnastics last year', 'gymnastics'],
      ['formerly a gymnast', 'gymnast'],
    ]) {
      it(`"${text}" is historical`, () => assert.equal(ctx(text, target).historical, true));
    }
    it('"ALL in remission" is historical (backward)', () => assert.equal(ctx('ALL in remission', 'ALL').historical, true));
    for (const cue of ['mother has', 'family history of', 'sibling with', 'FHx', 'bro had', 'sis has', 'sib with']) {
      it(`"${cue} spina bifida" is someone else's`, () => assert.equal(ctx(`${cue} spina bifida`, 'spina bifida').experiencer, 'other'));
    }
    it('"Mom noticed a lump" is the patient\'s', () => assert.equal(ctx('Mom noticed a lump', 'lump').experiencer, 'patient'));
    it("a sibling's finding in shorthand stays theirs, the child's own beside it stays the child's", () => {
      assert.equal(ctx('Bro had weakness in legs.', 'weakness').experiencer, 'other');
      assert.equal(ctx('Weakness in legs. Sis has scoliosis.', 'Weakness').experiencer, 'patient');
      assert.equal(ctx('Bro said weakness in legs since Monday.', 'weakness').experiencer, 'patient');
    });
    it('a plain mention has no context at all', () => {
      const c = ctx('deep sacral dimple', 'sacral dimple');
      assert.deepEqual([c.negated, c.uncertain, c.hypothetical, c.historical, c.experiencer], [false, false, false, false, 'patient']);
    });
  });

  describe('"or"/"nor" lists closed by a verb: every alternative stays denied', () => {
    // "noted", "seen", "present" are list affirmations (an item after a comma may carry its own: "no fever, tenderness
    // noted at L4"), but items joined by "or"/"nor" under one negation are alternatives of one denial.
    for (const [text, target] of [
      ['No tuft or dimple seen over the sacrum', 'dimple'],
      ['No tuft or dimple seen over the sacrum', 'tuft'],
      ['no tuft or dimple noted', 'dimple'],
      ['Back: no dimple or hair tuft noted.', 'hair tuft'],
      ['no dimple, hair tuft or hemangioma noted', 'hemangioma'],
      ['no hair tuft nor dimple noted on exam', 'dimple'],
      ['no fever or chills present', 'chills'],
      ['No lipoma or skin tag appreciated', 'skin tag'],
      ['denies fever or chills x 2 days', 'chills'],
      ['no fever or weight loss since the fall', 'weight loss'],
    ]) {
      it(`"${text}" negates "${target}"`, () => assert.equal(negated(text, target), true));
    }
    for (const [text, target] of [
      ['no fever, tenderness noted at L4', 'tenderness'],
      ['no fever; tuft noted', 'tuft'],
      ['no dimple, but a hair tuft noted', 'hair tuft'],
      ['no dimple. Tuft seen.', 'Tuft'],
      ['no fever or chills, dimple noted', 'dimple'],
      ['no dimple or tuft, hemangioma seen', 'hemangioma'],
      ['not only a dimple but also a tuft', 'tuft'],
      ['not only a dimple but also a tuft', 'dimple'],
    ]) {
      it(`near miss: "${text}" keeps "${target}"`, () => assert.equal(negated(text, target), false));
    }
    it('"no fever or chills, dimple noted": the or-list before the comma stays denied', () => assert.equal(negated('no fever or chills, dimple noted', 'chills'), true));
    // The verb closing the list finishes the denied clause: what the next clause tells is its own.
    for (const [text, target] of [
      ['no dimple or tuft seen while a skin tag is present at L5', 'skin tag'],
      ['no dimple or tuft noted with skin tag present', 'skin tag'],
      ['no dimple or tuft noted whereas a skin tag is present', 'skin tag'],
      ['no dimple or tuft noted although a skin tag is present', 'skin tag'],
      ['no sinus or dimple seen, there is a hemangioma at L3', 'hemangioma'],
      ['no dimple or tuft seen, there is a midline hemangioma at L3 and a skin tag', 'hemangioma'],
      ['no dimple or tuft seen, there is a midline hemangioma at L3 and a skin tag', 'skin tag'],
      ['no sinus or dimple identified at the sacrum with a hemangioma present at L3', 'hemangioma'],
      ['neither dimple nor tuft noted, with a skin tag present', 'skin tag'],
      // A comma before the "or": the item after it is a list item that may carry its own assertion.
      ['no swelling or redness, or a midline hemangioma noted at L2', 'hemangioma'],
      ['no hair tuft, or subtle skin discoloration present over the sacrum', 'discoloration'],
    ]) {
      it(`near miss: "${text}" keeps "${target}"`, () => assert.equal(negated(text, target), false));
    }
    for (const [text, target] of [
      ['no dimple or tuft seen while a skin tag is present at L5', 'tuft'],
      ['no dimple or tuft noted with skin tag present', 'tuft'],
      ['no sinus or dimple seen, there is a hemangioma at L3', 'dimple'],
      ['neither dimple nor tuft noted, with a skin tag present', 'tuft'],
      ['no swelling or redness, or a midline hemangioma noted at L2', 'redness'],
    ]) {
      it(`"${text}" still negates "${target}"`, () => assert.equal(negated(text, target), true));
    }
  });

  describe('a parent who denies speaks for the child', () => {
    for (const [text, target] of [
      ['Mom denies fever', 'fever'],
      ['Mother denies fever or weight loss', 'weight loss'],
      ['Dad denied any bowel or bladder changes', 'bladder changes'],
      ['Parents deny night pain', 'night pain'],
      ['Grandma denies fever', 'fever'],
      ['Mum also denies night sweats', 'night sweats'],
      ["The patient's mother denies fever and weight loss.", 'weight loss'],
      ['patient and mother deny any fever', 'fever'],
    ]) {
      it(`"${text}": "${target}" is the child's, denied`, () => {
        const c = ctx(text, target);
        assert.deepEqual([c.negated, c.experiencer], [true, 'patient']);
      });
    }
    it('"Mum reports no fever" reads the same as "Mom denies fever"', () => {
      const c = ctx('Mum reports no fever', 'fever');
      assert.deepEqual([c.negated, c.experiencer], [true, 'patient']);
    });
    for (const [text, target] of [
      ['Mom denies any back problems herself', 'back problems'],
      ['Parents deny any back problems themselves', 'back problems'],
      ['Dad denies drinking', 'drinking'],
      ['Mom denies smoking in the home', 'smoking'],
      ['Mom denies fever during pregnancy', 'fever'],
      ['Mom denies any personal history of scoliosis', 'scoliosis'],
      ['mother has no history of scoliosis', 'scoliosis'],
    ]) {
      it(`near miss: "${text}" is the relative's own denial`, () => {
        const c = ctx(text, target);
        assert.deepEqual([c.negated, c.experiencer], [true, 'other']);
      });
    }
    it('near miss: "Mum had fever last week" is the mother\'s fever', () => {
      const c = ctx('Mum had fever last week', 'fever');
      assert.deepEqual([c.negated, c.experiencer], [false, 'other']);
    });
    it('near miss: "Mom denies fever. Mom has scoliosis": the second sentence is the mother\'s', () =>
      assert.equal(ctx('Mom denies fever. Mom has scoliosis', 'scoliosis').experiencer, 'other'));
  });

  describe('the lexicon is data validated at load', () => {
    it('the shipped lexicon validates', () => assert.ok(contextLexiconSchema().safeParse(contextLexicon()).success));
    it('a malformed lexicon fails naming the file and field', () => {
      const file = path.join(__dirname, 'no-such-lexicon.json');
      assert.throws(() => loadContextLexicon(file), KnowledgeError);
      const bad = contextLexiconSchema().safeParse({ ...contextLexicon(), triggers: [{ category: 'maybe', direction: 'forward', phrases: ['x'] }] });
      assert.equal(bad.success, false);
    });
    describe("a pseudo-trigger group's category (told-new) is validated, and decides where its phrases hold", () => {
      const lex = contextLexicon();
      const flat = lex.pseudoTriggers.flatMap((p) => (typeof p === 'string' ? [p] : p.phrases));
      const withGroup = (phrases: string[]) => ({ ...lex, pseudoTriggers: [...flat.filter((p) => !phrases.includes(p)), { category: 'told-new' as const, phrases }] });
      const at = (text: string, target: string, l: typeof lex) => readContext(text, text.indexOf(target), text.indexOf(target) + target.length, l).negated;
      it('the shipped lexicon holds one told-new group', () => assert.equal(lex.pseudoTriggers.filter((p) => typeof p !== 'string' && p.category === 'told-new').length, 1));
      it('the schema accepts a told-new group and rejects an unknown category, an empty group or a stray field', () => {
        const parse = (group: unknown) => contextLexiconSchema().safeParse({ ...lex, pseudoTriggers: [...flat, group] }).success;
        assert.equal(parse({ category: 'told-new', phrases: ['not seen before'] }), true);
        assert.equal(parse({ category: 'told-old', phrases: ['not seen before'] }), false);
        assert.equal(parse({ category: 'told-new', phrases: [] }), false);
        assert.equal(parse({ category: 'told-new', phrases: ['not seen before'], stands: 'always' }), false);
        assert.equal(parse({ phrases: ['not seen before'] }), false);
      });
      it('out of the group, "not noted before" holds everywhere: "tuft not noted before. Skin normal today." is not denied', () => {
        const text = 'Hair tuft not noted before. Skin normal today.';
        assert.equal(at(text, 'Hair tuft', lex), true);
        assert.equal(at(text, 'Hair tuft', { ...lex, pseudoTriggers: flat }), false);
      });
      it('in the group, a phrase without "noted" follows the rule too ("not seen before")', () => {
        const grouped = withGroup(['not seen before']);
        const plain = { ...lex, pseudoTriggers: [...flat, 'not seen before'] };
        assert.equal(at('Exam: tuft of hair over L5 (not seen before).', 'tuft of hair', grouped), false);
        assert.equal(at('Exam: hair tuft not seen before. Skin normal today.', 'hair tuft', grouped), true);
        assert.equal(at('Exam: hair tuft not seen before. Skin normal today.', 'hair tuft', plain), false);
      });
    });
    it('a lexicon passed in is used instead of the shipped one', () => {
      const lex = { ...contextLexicon(), triggers: [{ category: 'negated' as const, direction: 'forward' as const, phrases: ['nope'] }] };
      assert.equal(readContext('nope fever', 5, 10, lex).negated, true);
      assert.equal(readContext('no fever', 3, 8, lex).negated, false);
    });
  });
});

describe('an infant whose exam denies every marker in an "or" list closed by "seen"/"noted"', () => {
  for (const exam of ['Exam: No tuft or dimple seen over the sacrum. Neuro nl.', 'Exam: no tuft or dimple noted. Neuro nl.', 'Back: no dimple or hair tuft noted.']) {
    it(`"${exam}" + XR: no marker, so no cutaneous-marker scenario and no warning against the radiograph`, () => {
      const r = readNote('Age: 2 months', exam, 'Order: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => h.finding.category === 'cutaneous-marker' && h.present), JSON.stringify(r.facts.hits.map((h) => [h.finding.id, h.present])));
      assert.ok(!r.rules.includes('inappropriate-initial-study'), r.rules.join(', '));
    });
  }
  for (const exam of [
    'Exam: no dimple or tuft seen while a skin tag is present at L5',
    'Exam: no dimple or tuft noted with skin tag present',
    'Exam: no dimple or tuft noted whereas a skin tag is present',
  ]) {
    it(`near miss: "${exam}" + XR keeps the skin tag (S1), and the radiograph is flagged`, () => {
      const r = readNote('Age: 2 months', exam, 'Order: XR L-spine');
      assert.ok(
        r.facts.hits.some((h) => h.finding.id === 'skin-appendage' && h.present),
        JSON.stringify(r.facts.hits.map((h) => [h.finding.id, h.present])),
      );
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join(', '));
    });
  }
  for (const exam of ['Exam: no sinus or dimple seen, there is a hemangioma at L3', 'Exam: no swelling or redness, or a midline hemangioma noted at L2']) {
    it(`near miss: "${exam}" + XR keeps the hemangioma, and the radiograph is flagged`, () => {
      const r = readNote('Age: 2 months', exam, 'Order: XR L-spine');
      assert.ok(
        r.facts.hits.some((h) => h.finding.id === 'hemangioma' && h.present),
        JSON.stringify(r.facts.hits.map((h) => [h.finding.id, h.present])),
      );
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join(', '));
    });
  }
  it('near miss: "no dimple, but a hair tuft noted" + XR keeps the tuft, and the radiograph is flagged', () => {
    const r = readNote('Age: 2 months', 'Exam: no dimple, but a hair tuft noted. Neuro nl.', 'Order: XR L-spine');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
    assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join(', '));
  });
});
