#!/usr/bin/env node
/**
 * Scores the engine against the gold corpus (test/corpus/README.md): facts read per fact type,
 * clinical findings per rule, and the scenario confusion table, "test" and "dev" reported apart.
 * Runs in-process through the compiled out/ tree and reads each note's `--format json` output, so
 * what is scored is what users get.
 *
 *   npm run eval                              # both splits; fails when a figure is below its floor
 *   npm run eval -- --update-floors           # raise floors to today's figures (never lowers one)
 *   npm run eval -- --ci                      # also fail when a split is missing (CI=true does the same)
 *   npm run eval -- --json                    # figures as JSON on stdout (for tools and tests)
 *   npm run eval -- --corpus DIR --floors FILE --split dev
 *   npm run eval -- --split dev --show-misses # the dev notes not fully right (never listed for test)
 *
 * Needs a compiled tree (npm run build). Never tune the lexicon or rules against test.jsonl.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPLITS, checkFloors, raiseFloors, scoreSplit } from './eval/score.mjs';
import { printSplit } from './eval/print.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const corpusDir = opt('--corpus', join(root, 'test', 'corpus'));
const floorsFile = opt('--floors', join(corpusDir, 'floors.json'));
const onlySplit = opt('--split', undefined);
const ci = args.includes('--ci') || /^(1|true|yes)$/i.test(process.env.CI ?? '');
const update = args.includes('--update-floors');
const asJson = args.includes('--json');
const showMisses = args.includes('--show-misses');
const say = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`);

const require = createRequire(import.meta.url);
const out = (p) => join(root, 'out', 'server', 'src', p);
if (!existsSync(out('engine/index.js'))) {
  say('eval: no compiled tree in out/; run `npm run build` first.');
  process.exit(2);
}
const { summarizeDocument, defaultKnowledge, DEFAULT_SETTINGS, LineIndex } = require(out('engine/index.js'));
const { jsonChunks } = require(out('cli/formatters/json.js'));

const engine = { knowledge: defaultKnowledge(), settings: DEFAULT_SETTINGS };

/** One note through the engine, read back from the JSON formatter: { note, findings }. */
function run(text) {
  const file = { displayPath: 'note.order', text, lines: new LineIndex(text), analysis: summarizeDocument(text, engine), fixed: 0, applied: [], notices: [] };
  const json = JSON.parse([...jsonChunks([file], engine.knowledge, 'eval')].join(''));
  const f = json.files[0];
  return { note: f.notes[0], findings: f.findings };
}

function readSplit(name) {
  const file = join(corpusDir, `${name}.jsonl`);
  if (!existsSync(file)) return { file, missing: true, records: [], problems: [] };
  const records = [];
  const problems = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const r = JSON.parse(line);
        if (typeof r.id !== 'string' || typeof r.note !== 'string' || !r.gold || !Array.isArray(r.findings)) throw new Error('needs id, note, gold and findings');
        records.push(r);
      } catch (e) {
        problems.push(`${relative(root, file) || file}:${i + 1}: ${e.message}`);
      }
    });
  return { file, missing: false, records, problems };
}

const figures = {};
const missing = [];
let broken = false;
for (const name of SPLITS) {
  if (onlySplit && name !== onlySplit) continue;
  const split = readSplit(name);
  const shown = relative(root, split.file) || split.file;
  if (split.missing) {
    say(`${name}: ${shown} is missing — not evaluated${ci ? ' (a failure in CI mode)' : ''}.`);
    missing.push(name);
    continue;
  }
  for (const p of split.problems) say(`${name}: skipped a record: ${p}`);
  if (split.problems.length) broken = true;
  const result = scoreSplit(split.records, run);
  figures[name] = result.figures;
  if (!asJson) printSplit(name, shown, result, say);
  if (showMisses && name === 'test') say('  (misses are not listed for the frozen test split: tune on dev only)');
  else if (showMisses) {
    say('  notes not fully right:');
    for (const m of result.misses) {
      const parts = [
        m.scenario[0] !== m.scenario[1] ? `scenario ${m.scenario[0]} read as ${m.scenario[1]}` : '',
        m.missing.length ? `missing ${m.missing.join(', ')}` : '',
        m.extra.length ? `extra ${m.extra.join(', ')}` : '',
      ];
      say(`  ${m.id}: ${parts.filter(Boolean).join('; ')}`);
    }
  }
}

let floors = {};
if (existsSync(floorsFile)) {
  try {
    floors = JSON.parse(readFileSync(floorsFile, 'utf8'));
  } catch (e) {
    say(`eval: ${relative(root, floorsFile) || floorsFile} is not valid JSON (${e.message}); floors not checked.`);
    process.exit(2);
  }
}
if (update) {
  const raised = raiseFloors(floors, figures);
  writeFileSync(floorsFile, `${JSON.stringify(raised.floors, null, 2)}\n`);
  say(`floors: ${raised.changed} figure(s) raised or added in ${relative(root, floorsFile) || floorsFile}; none lowered.`);
}
const failures = update ? [] : checkFloors(floors, figures);
for (const f of failures) say(`below floor: ${f}`);
if (asJson) process.stdout.write(`${JSON.stringify({ figures, missing, failures }, null, 2)}\n`);

if (failures.length) say(`eval: ${failures.length} figure(s) below their floor in ${relative(root, floorsFile) || floorsFile}.`);
const code = failures.length || (ci && (missing.length || broken)) ? 1 : 0;
process.exit(code);
