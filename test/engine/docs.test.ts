import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/rules';
import { ruleDocsUri } from '../../server/src/docs';

const DOCS = path.resolve(__dirname, '../../../docs/rules');

describe('rule documentation', () => {
  for (const r of RULES) {
    it(`${r.id} has docs/rules/${r.id}.md with its id and default severity`, () => {
      const md = fs.readFileSync(path.join(DOCS, `${r.id}.md`), 'utf8');
      assert.match(md, new RegExp(`^# ${r.id}$`, 'm'));
      assert.match(md, new RegExp(`default severity \\| ${r.defaultSeverity}`));
      assert.ok(ruleDocsUri(r.id).endsWith(`/docs/rules/${r.id}.md`));
      // The page says which quick fixes are safe fixes and which are a clinician's suggestions.
      if (r.fixKinds?.includes('suggestion')) assert.match(md, /\*\*Suggestion\*\*.*Never applied by `--fix`/);
      if (r.fixKinds?.includes('fix')) assert.match(md, /\*\*Fix\*\* \(safe, keeps the meaning\)/);
      if (!r.fixKinds?.length) assert.doesNotMatch(md, /## Fixes and suggestions/);
      if (r.kind === 'clinical') assert.match(md, /## Message and detail/);
    });
  }
  it('has no page for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    assert.deepEqual(fs.readdirSync(DOCS).filter((f) => !ids.has(f.replace(/\.md$/, ''))), []);
  });
});
