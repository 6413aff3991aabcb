// Identity harness for speed work: the engine's reading of every note of the evaluation corpora, one JSON
// line per note (facts, classification, rating, findings with their rule ids, acknowledged findings), with
// a fixed today. Run it before a change and after, and compare the outputs byte for byte:
//
//   node bench/identity.mjs > /tmp/before.jsonl      # (after npm run build && npx tsc -b)
//   ... change ...
//   node bench/identity.mjs > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
//
// Inputs: test/corpus/dev.jsonl and test/corpus/test.jsonl; further .jsonl ({note}) or .order files (held-out
// sets kept outside the repository, the benchmark's generated documents) may be named on the command line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);
const out = (p) => join(ROOT, 'out', 'server', 'src', p);
const { analyzeNote } = require(out('engine/analyze.js'));
const { DEFAULT_SETTINGS } = require(out('engine/settings.js'));
const { defaultKnowledge } = require(out('knowledge/loader.js'));
const engine = { knowledge: defaultKnowledge(), settings: { ...DEFAULT_SETTINGS, today: '2026-12-01' } };

const files = [join(ROOT, 'test/corpus/dev.jsonl'), join(ROOT, 'test/corpus/test.jsonl')];
files.push(...process.argv.slice(2));

/** Maps and sets as arrays, so nothing the engine keeps in one is lost from the line. */
const replacer = (_k, v) => (v instanceof Map ? { $map: [...v] } : v instanceof Set ? { $set: [...v] } : v);

const w = (s) => process.stdout.write(s);
for (const file of files) {
  const notes = file.endsWith('.order')
    ? readFileSync(file, 'utf8')
        .split(/^---[ \t]*$/m)
        .map((note, i) => ({ id: `${file}#${i}`, note }))
    : readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
  for (const { id, note } of notes) {
    const r = analyzeNote(note, true, engine);
    w(
      JSON.stringify(
        {
          id,
          rules: r.findings.map((f) => f.ruleId),
          facts: r.facts,
          classification: r.classification,
          rating: r.rating,
          findings: r.findings,
          acknowledged: r.acknowledged,
        },
        replacer,
      ) + '\n',
    );
  }
}
