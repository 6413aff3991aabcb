/**
 * Rule packs are data, never code (issue 5, item 5). JSON cannot carry a function, so the ways a
 * pack could smuggle behaviour in are: extra keys a loader might interpret (rejected: every object
 * is a zod strictObject), strings a loader might compile (phrases are split into words, never
 * turned into regular expressions), and prototype keys. A malformed pack fails with a message that
 * names the file and the field.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { engine } from './checks';
import { KnowledgeError, ROOT, analyzeDocument, loadRulePack, work } from './engine';

describe('hardening: rule packs are data only', () => {
  let dir: string;
  let n = 0;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-pack-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(content: string): string {
    const file = path.join(dir, `pack-${n++}.json`);
    fs.writeFileSync(file, content);
    return file;
  }

  function rejects(content: string, field: RegExp): void {
    const file = write(content);
    assert.throws(
      () => loadRulePack(file),
      (e: unknown) => {
        assert.ok(e instanceof KnowledgeError, `expected a KnowledgeError, got ${String(e)}`);
        assert.ok(e.message.includes(file), `the message names the file: ${e.message}`);
        assert.match(e.message, field, `the message names the field: ${e.message}`);
        return true;
      },
    );
  }

  it('accepts a valid pack', () => {
    const pack = loadRulePack(
      write(JSON.stringify({ rules: { 'missing-age': 'error' }, ultrasoundWindow: { warnAfterMonths: 5, infoFromMonths: 3 }, findingPhrases: { 'hair-tuft': ['tuft of fur'] } })),
    );
    assert.equal(pack.rules?.['missing-age'], 'error');
  });

  it('rejects keys that could carry behaviour ("check", "script", "require", "plugins") at any level', () => {
    rejects(JSON.stringify({ check: 'function () { require("child_process").exec("id") }' }), /check|Unrecognized key/i);
    rejects(JSON.stringify({ plugins: ['./evil.js'] }), /plugins|Unrecognized key/i);
    rejects(JSON.stringify({ ultrasoundWindow: { warnAfterMonths: 6, infoFromMonths: 4, script: 'x' } }), /ultrasoundWindow/);
    rejects(JSON.stringify({ require: 'fs' }), /require|Unrecognized key/i);
  });

  it('rejects wrong types and values, naming the field', () => {
    rejects(JSON.stringify({ rules: { 'missing-age': 'fatal' } }), /rules\.missing-age/);
    rejects(JSON.stringify({ rules: { 'Not An Id': 'error' } }), /rules/);
    rejects(JSON.stringify({ ultrasoundWindow: { warnAfterMonths: 'six', infoFromMonths: 4 } }), /ultrasoundWindow\.warnAfterMonths/);
    rejects(JSON.stringify({ ultrasoundWindow: { warnAfterMonths: 1e9, infoFromMonths: 4 } }), /ultrasoundWindow\.warnAfterMonths/);
    rejects(JSON.stringify({ procedureSynonyms: { 'us-area': [''] } }), /procedureSynonyms\.us-area\[0\]/);
    rejects(JSON.stringify({ findingPhrases: { 'hair-tuft': ['x'.repeat(201)] } }), /findingPhrases\.hair-tuft\[0\]/);
    rejects(JSON.stringify({ findingPhrases: { 'hair-tuft': 'not a list' } }), /findingPhrases\.hair-tuft/);
    rejects('[]', /\(root\)|expected object/i);
    rejects('null', /\(root\)|expected object/i);
  });

  it('rejects a file that is not JSON, naming the file', () => {
    rejects('{ rules: { "missing-age": "error" } }', /not valid JSON/);
    rejects('module.exports = { rules: {} }', /not valid JSON/);
    rejects('', /not valid JSON/);
  });

  it('a missing file is a clear error, not a crash', () => {
    assert.throws(
      () => loadRulePack(path.join(dir, 'missing.json')),
      (e: unknown) => e instanceof KnowledgeError && /cannot read/.test(e.message),
    );
  });

  it('"__proto__" and "constructor" keys do not pollute prototypes', () => {
    const file = write('{ "rules": { "__proto__": "error", "constructor": "off" }, "__proto__": { "polluted": true } }');
    try {
      loadRulePack(file);
    } catch (e) {
      assert.ok(e instanceof KnowledgeError, String(e));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('unknown finding or procedure ids in a pack are reported by name', () => {
    const pack = loadRulePack(write(JSON.stringify({ findingPhrases: { 'no-such-finding': ['x'] } })));
    assert.throws(() => engine.knowledge.withRulePack(pack), /findingPhrases\.no-such-finding/);
  });

  it('regex-like phrases are words, not regular expressions: literal matching, no backtracking', () => {
    const pack = loadRulePack(write(JSON.stringify({ findingPhrases: { 'hair-tuft': ['(a+)+$', '.*', '[a-z]{1,99}', '(x|x|x)*y'] } })));
    const k = engine.knowledge.withRulePack(pack);
    const e = { knowledge: k, settings: engine.settings };
    const evil = `Age: 3 mo\nFindings: ${'a'.repeat(5000)}!\nOrder: x-ray L-spine\n`;
    // Counted, not timed: the pack's phrases add a handful of word comparisons, not backtracking.
    let before = work.steps;
    analyzeDocument(evil, engine);
    const plain = work.steps - before;
    before = work.steps;
    const a = analyzeDocument(evil, e);
    const withPack = work.steps - before;
    assert.ok(withPack <= plain * 1.1 + 100, `regex-like phrases cost ${withPack} steps against ${plain} without the pack`);
    // "(a+)+$" is the word "a": it matches the word "a", not "aaaa…" and not everything (".*" has no words at all).
    assert.ok(!a.notes[0].facts.hits.some((h) => h.finding.id === 'hair-tuft'), 'a run of "a"s is not the phrase "(a+)+$"');
    const b = analyzeDocument('Age: 3 mo\nFindings: a\nOrder: x-ray L-spine\n', e);
    assert.ok(
      b.notes[0].facts.hits.some((h) => h.finding.id === 'hair-tuft'),
      'the phrase "(a+)+$" reads as the word "a"',
    );
    const c = analyzeDocument('Age: 3 mo\nFindings: anything at all\nOrder: x-ray L-spine\n', e);
    assert.ok(!c.notes[0].facts.hits.some((h) => h.finding.id === 'hair-tuft'), '".*" matches nothing');
  });

  it('the manifest restricts the rulePack setting in untrusted workspaces', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(u?.supported, 'limited');
    assert.ok(u.restrictedConfigurations.includes('imagingOrderLint.rulePack'));
    assert.ok(typeof u.description === 'string' && u.description.length > 0);
  });
});
