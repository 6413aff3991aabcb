// reading-vocabulary.json phraseGroups: a list of phrases several lists share is written once, and "@name" in a list
// stands for it, in place (vocabulary.ts withPhraseGroups). The lists the readers get are the lists as if written out.
import * as assert from 'node:assert/strict';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';

const v = readingVocabulary();
const groups = v.phraseGroups as Record<string, string[]>;

/** The shipped vocabulary with a change, as its JSON would be before the groups are put in. */
function raw(change: (o: Record<string, unknown>) => void): Record<string, unknown> {
  const o = structuredClone(v) as unknown as Record<string, unknown>;
  change(o);
  return o;
}

describe('reading vocabulary: phrase groups', () => {
  it('a group is put in place of its name: notFindings.trauma and trauma.notMechanism share injury-services and diving-sport', () => {
    for (const list of [v.notFindings.trauma, v.trauma.notMechanism]) {
      assert.ok(!list.some((p) => p.startsWith('@')), 'no name is left in a list the readers get');
      for (const name of ['injury-services', 'diving-sport']) {
        const g = groups[name];
        const at = list.indexOf(g[0]);
        assert.ok(at >= 0, name);
        assert.deepEqual(list.slice(at, at + g.length), g, `${name} in place, in its order`);
      }
    }
    // Each list keeps its own phrases around the groups.
    assert.equal(v.notFindings.trauma[0], 'fracture clinic');
    assert.ok(v.notFindings.trauma.includes('shots into the boards') && !v.trauma.notMechanism.includes('shots into the boards'));
    assert.ok(v.trauma.notMechanism.includes('going down stairs') && !v.notFindings.trauma.includes('going down stairs'));
  });

  it('a group named in a list is expanded wherever it stands, and the list checks the phrases it receives', () => {
    const parsed = readingVocabularySchema().parse(
      raw((o) => {
        (o.phraseGroups as Record<string, string[]>).extra = ['sled run', 'toboggan run'];
        (o.trauma as { notMechanism: string[] }).notMechanism = ['ski club', '@extra', 'swim club'];
      }),
    );
    assert.deepEqual(parsed.trauma.notMechanism, ['ski club', 'sled run', 'toboggan run', 'swim club']);
    const tooLong = readingVocabularySchema().safeParse(
      raw((o) => {
        (o.phraseGroups as Record<string, string[]>).extra = ['x'.repeat(81)];
        (o.trauma as { notMechanism: string[] }).notMechanism = ['@extra'];
      }),
    );
    assert.ok(!tooLong.success, 'a phrase of a group is checked as every phrase is');
  });

  it('an unknown group name is refused at load, at the path of the item', () => {
    const r = readingVocabularySchema().safeParse(raw((o) => ((o.trauma as { notMechanism: string[] }).notMechanism = ['ski club', '@no-such-group'])));
    assert.ok(!r.success);
    const issue = r.error.issues.find((i) => i.message.includes('no-such-group'));
    assert.ok(issue, JSON.stringify(r.error.issues));
    assert.deepEqual(issue.path, ['trauma', 'notMechanism', 1]);
  });

  it('without phraseGroups a group name is refused too, never read as a phrase', () => {
    const r = readingVocabularySchema().safeParse(
      raw((o) => {
        delete o.phraseGroups;
        (o.trauma as { notMechanism: string[] }).notMechanism = ['@injury-services'];
      }),
    );
    assert.ok(!r.success);
    assert.ok(readingVocabularySchema().safeParse(raw((o) => delete o.phraseGroups)).success, 'the lists as the readers get them need no group');
  });

  it('a group names no other group: one level, so a list reads as its groups written out', () => {
    const r = readingVocabularySchema().safeParse(raw((o) => ((o.phraseGroups as Record<string, string[]>).extra = ['sled run', '@diving-sport'])));
    assert.ok(!r.success);
    assert.deepEqual(r.error.issues[0].path, ['phraseGroups', 'extra', 1]);
  });
});
