#!/usr/bin/env node
// Prints the target summary of the last `npm run bench` (bench/results/summary.json) as a Markdown
// table, so README.md and bench/README.md show exactly the figures of that run.
//   node bench/summary-table.mjs [summary.json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './lib.mjs';

const s = JSON.parse(readFileSync(process.argv[2] ?? join(RESULTS_DIR, 'summary.json'), 'utf8'));
const cell = (x) => String(x ?? '—').replace(/\|/g, '\\|');
console.log(`\`npm run bench\`, ${s.date.slice(0, 16).replace('T', ' ')} UTC, ${s.elapsedSeconds} s${s.peer ? '' : ' (lsp-sample not found: ours alone)'}:\n`);
console.log('| figure | document | ours | lsp-sample | target | status |');
console.log('|---|---|---|---|---|---|');
for (const t of s.targets) console.log(`| ${[t.target, t.document, t.ours, t.lspSample, t.limit, t.status].map(cell).join(' | ')} |`);
const details = s.targets.filter((t) => t.detail).map((t) => `- ${t.id}: ${t.detail}`);
if (details.length) console.log(`\n${details.join('\n')}`);
