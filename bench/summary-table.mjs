#!/usr/bin/env node
// Prints the target summary of the last `npm run bench` (bench/results/summary.json) as a Markdown
// table, so README.md and bench/README.md show exactly the figures of that run.
//   node bench/summary-table.mjs [summary.json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './lib.mjs';

const usage = 'usage: node bench/summary-table.mjs [summary.json]   (default: the last npm run bench)';
const arg = process.argv[2];
if (arg === '--help' || arg === '-h') {
  console.log(usage);
  process.exit(0);
}
const file = arg ?? join(RESULTS_DIR, 'summary.json');
/** The summary file, or a sentence saying why there is none (no run yet, another file named) and exit 2. */
function readSummary() {
  const fail = (msg) => {
    console.error(`summary-table.mjs: ${msg}\n${usage}`);
    process.exit(2);
  };
  if (arg?.startsWith('-')) fail(`unknown option: ${arg}`);
  if (!existsSync(file)) fail(arg ? `no such file: ${file}` : `no summary yet (${file}): run npm run bench first`);
  let s;
  try {
    s = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file} is not JSON: ${e.message}`);
  }
  if (!s || typeof s.date !== 'string' || !Array.isArray(s.targets)) fail(`${file} is not a summary written by npm run bench`);
  return s;
}
const s = readSummary();
const cell = (x) => String(x ?? '—').replace(/\|/g, '\\|');
console.log(`\`npm run bench\`, ${s.date.slice(0, 16).replace('T', ' ')} UTC, ${s.elapsedSeconds} s${s.peer ? '' : ' (lsp-sample not found: ours alone)'}:\n`);
console.log('| figure | document | ours | lsp-sample | target | status |');
console.log('|---|---|---|---|---|---|');
for (const t of s.targets) console.log(`| ${[t.target, t.document, t.ours, t.lspSample, t.limit, t.status].map(cell).join(' | ')} |`);
const details = s.targets.filter((t) => t.detail).map((t) => `- ${t.id}: ${t.detail}`);
if (details.length) console.log(`\n${details.join('\n')}`);
