import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/notes/text';
import { RULES } from '../../server/src/rules';
import { lint } from '../helpers';

const SAMPLES = path.resolve(__dirname, '../../../samples');

/**
 * Samples carry their own expectations: `# expect-next-line: rule-a, rule-b` above a line says
 * exactly which findings start on that line. A finding on a line without a marker fails the test.
 */
function expectations(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const m = /^\s*#\s*expect-next-line:\s*(.+)$/.exec(line);
    if (m)
      out.set(
        i + 1,
        m[1]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .sort(),
      );
  });
  return out;
}

describe('samples/ (inline expectations)', () => {
  const files = fs
    .readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.order'))
    .sort();

  it('has at least 15 samples', () => {
    assert.ok(files.length >= 15, `only ${files.length} samples`);
  });

  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
      const lines = new LineIndex(text);
      const actual = new Map<number, string[]>();
      for (const f of lint(text).findings) {
        const line = lines.positionAt(f.span.start).line;
        actual.set(line, [...(actual.get(line) ?? []), f.ruleId].sort());
      }
      assert.deepEqual(Object.fromEntries([...actual].sort((a, b) => a[0] - b[0])), Object.fromEntries(expectations(text)));
    });
  }

  it('together cover every rule except document-too-large and value-too-long (tested with generated input)', () => {
    const seen = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
      for (const f of lint(text).findings) seen.add(f.ruleId);
      for (const a of lint(text).acknowledged) seen.add(a.finding.ruleId);
    }
    const missing = RULES.map((r) => r.id).filter((id) => !seen.has(id) && id !== 'document-too-large' && id !== 'value-too-long');
    assert.deepEqual(missing, []);
  });
});
