// The shared helpers that turn vocabulary words into patterns (server/src/clinical/patterns.ts): every reader escapes
// its words through them, so a word with a regex character ("w/o", "c/o", "M.I.S.T", "a+b") is matched as written.
import * as assert from 'node:assert/strict';
import { alternation, escapeClass, escapeRegExp, perVocabulary, phrasePattern, wordsPattern } from '../../server/src/clinical/patterns';

describe('patterns: vocabulary words as regular expressions', () => {
  it('escapeRegExp: every special character is matched as written', () => {
    const specials = '.*+?^${}()|[]\\';
    const re = new RegExp(`^${escapeRegExp(specials)}$`);
    assert.ok(re.test(specials));
    assert.ok(!re.test('x'.repeat(specials.length)));
    // A "." is a full stop, not any character: "M.I.S.T" is not "MxIxSxT".
    assert.ok(new RegExp(escapeRegExp('M.I.S.T')).test('M.I.S.T'));
    assert.ok(!new RegExp(escapeRegExp('M.I.S.T')).test('MxIxSxT'));
    // Plain words, slashes, hyphens, "#" and apostrophes are left as they are.
    assert.equal(escapeRegExp("w/o c-spine # i'm"), "w/o c-spine # i'm");
  });

  it('escapeRegExp: the result is valid with the u flag too', () => {
    const re = new RegExp(`^${escapeRegExp('a.b(c)[d]{2}|e\\f/g')}$`, 'u');
    assert.ok(re.test('a.b(c)[d]{2}|e\\f/g'));
  });

  it('escapeClass: the four characters special in a class, and only them', () => {
    assert.equal(escapeClass('♂♀'), '♂♀');
    assert.equal(escapeClass('-^]\\'), '\\-\\^\\]\\\\');
    const cls = new RegExp(`^[${['♂', '-', '^', ']', '\\'].map(escapeClass).join('')}]$`);
    for (const c of ['♂', '-', '^', ']', '\\']) assert.ok(cls.test(c), c);
    // An escaped hyphen makes no range: nothing but the five characters is in the class.
    assert.ok(!cls.test('a'));
    assert.ok(!cls.test('.'));
  });

  it('phrasePattern: a space matches any run of white space, nothing else changes', () => {
    const re = new RegExp(`^${phrasePattern('clarification re')}$`);
    for (const s of ['clarification re', 'clarification  re', 'clarification\nre', 'clarification\t re']) assert.ok(re.test(s), s);
    assert.ok(!re.test('clarificationre'));
    assert.ok(!re.test('clarification-re'));
    assert.ok(new RegExp(`^${phrasePattern('w/o  contrast')}$`).test('w/o contrast'));
    assert.ok(!new RegExp(phrasePattern('a.p')).test('axp'));
  });

  it('alternation: escaped, in the list order unless longest first is asked', () => {
    assert.equal(alternation(['c/o', 'a.b', 'x']), 'c/o|a\\.b|x');
    assert.equal(alternation([]), '');
    // Longest first by the length as written; equal lengths keep the list's order; the list itself is not sorted.
    const list = ['to', 'down to', 'then', 'down', '->'];
    assert.equal(alternation(list, { longestFirst: true }), 'down to|then|down|to|->');
    assert.deepEqual(list, ['to', 'down to', 'then', 'down', '->']);
    // The order is that of the words as written, not of their escaped form ("a.b" is 3 long, escaped 4).
    assert.equal(alternation(['a.b', 'abcd'], { longestFirst: true }), 'abcd|a\\.b');
    assert.equal(alternation(['a b'], { one: phrasePattern }), 'a\\s+b');
  });

  it('alternation: longest first decides which word a match takes', () => {
    const matched = (longestFirst: boolean) => new RegExp(`wt (?:${alternation(['down', 'down to'], { longestFirst })})`).exec('wt down to 3 kg')?.[0];
    assert.equal(matched(true), 'wt down to');
    assert.equal(matched(false), 'wt down');
  });

  it('wordsPattern: whole words only, with the flags asked for', () => {
    const done = wordsPattern(['done', 'last month', 'w/o'], 'i');
    for (const s of ['US spine done at OSH', 'MRI LAST MONTH', 'XR w/o contrast']) assert.ok(done.test(s), s);
    for (const s of ['undone', 'abandoned', 'last months', 'wxo']) assert.ok(!done.test(s), s);
    const lower = wordsPattern(['no']);
    assert.ok(lower.test('no tuft'));
    assert.ok(!lower.test('No tuft'), 'no flag: case as written');
  });

  it('perVocabulary: builds once per vocabulary object, again for another one', () => {
    let builds = 0;
    const of = perVocabulary((list: readonly string[]) => {
      builds++;
      return new Set(list);
    });
    const a = ['x'];
    const b = ['x'];
    const first = of(a);
    assert.equal(of(a), first);
    assert.equal(builds, 1);
    assert.notEqual(of(b), first, 'an equal list that is another object is another vocabulary');
    assert.equal(builds, 2);
  });

  it('perVocabulary: an undefined result is kept too, not built again', () => {
    let builds = 0;
    const of = perVocabulary((list: readonly string[]) => {
      builds++;
      return list.length ? new RegExp(alternation(list)) : undefined;
    });
    const empty: string[] = [];
    assert.equal(of(empty), undefined);
    assert.equal(of(empty), undefined);
    assert.equal(builds, 1);
  });
});
