import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../server/src/rules';
import { ruleDocsUri } from '../../server/src/engine/docs';

const ROOT = path.resolve(__dirname, '../../..');
const DOCS = path.join(ROOT, 'docs/rules');

interface Generator {
  generateRuleDocs(root?: string, rules?: readonly unknown[]): Map<string, string>;
  stalePages(root: string, files: Map<string, string>): string[];
}

// The generator is the script the maintainers run; the test runs the same code, in memory.
// (A variable specifier keeps tsc from turning this import() into require(), which cannot load .mjs.)
const generatorUrl = pathToFileURL(path.join(ROOT, 'scripts/gen-rule-docs.mjs')).href;
const loadGenerator = () => import(generatorUrl) as Promise<Generator>;

describe('rule documentation', () => {
  let gen: Generator;
  before(async () => {
    gen = await loadGenerator();
  });

  it('docs/rules/*.md and the README rules table are what scripts/gen-rule-docs.mjs generates (run it and commit)', () => {
    const files = gen.generateRuleDocs(ROOT);
    for (const [rel, expected] of files) {
      const actual = fs.existsSync(path.join(ROOT, rel)) ? fs.readFileSync(path.join(ROOT, rel), 'utf8') : '(missing)';
      assert.ok(actual === expected, `${rel} differs from the generated text: run "npm run build && node scripts/gen-rule-docs.mjs"`);
    }
    assert.deepEqual(gen.stalePages(ROOT, files), [], 'pages of rules that no longer exist');
  });

  for (const r of RULES) {
    it(`${r.id} has a source page, a generated page with its id and severity, and a README row`, () => {
      assert.ok(fs.existsSync(path.join(DOCS, 'src', `${r.id}.md`)));
      const md = fs.readFileSync(path.join(DOCS, `${r.id}.md`), 'utf8');
      assert.match(md, new RegExp(`^# ${r.id}$`, 'm'));
      assert.match(md, new RegExp(`default severity \\| ${r.defaultSeverity}`));
      assert.ok(ruleDocsUri(r.id).endsWith(`/docs/rules/${r.id}.md`));
      // The page says which quick fixes are safe fixes and which are a clinician's suggestions.
      if (r.fixKinds?.includes('suggestion')) assert.match(md, /\*\*Suggestion\*\*.*Never applied by `--fix`/);
      if (r.fixKinds?.includes('fix')) assert.match(md, /\*\*Fix\*\* \(safe, keeps the meaning\)/);
      if (!r.fixKinds?.length) assert.doesNotMatch(md, /## Fixes and suggestions/);
      if (r.kind === 'clinical') assert.match(md, /## Message and detail/);
      const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
      assert.ok(readme.includes(`| [${r.id}](docs/rules/${r.id}.md) | ${r.description} | ${r.defaultSeverity} |`));
    });
  }

  it('a rule without a documentation source stops the generator, naming the file to write', () => {
    const extra = { ...RULES[0], id: 'throwaway-rule' };
    assert.throws(() => gen.generateRuleDocs(ROOT, [extra]), /no documentation source for rule throwaway-rule: write docs\/rules\/src\/throwaway-rule\.md/);
  });

  it('has no source page for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    assert.deepEqual(
      fs.readdirSync(path.join(DOCS, 'src')).filter((f) => !ids.has(f.replace(/\.md$/, ''))),
      [],
    );
  });
});
