#!/usr/bin/env node
// `npm run bench`: generate the corpus if missing, run every benchmark, print a summary of the
// issue-4 targets marked MET / MISSED, and write bench/results/summary.json.
// It reports; it never asserts: the exit code is 0 even when targets are missed.
//
//   npm run bench [-- --server "<command>" --cli "<command>" --quick]
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SERVER, RESULTS_DIR, ROOT, fmt, parseFlags, table, writeResult } from './lib.mjs';
import { DEFAULT_OUT as CORPUS_DIR, corpusIsCurrent, generateCorpus } from './corpus.mjs';
import { runStartup } from './startup-size.mjs';
import { runLsp } from './lsp-latency.mjs';
import { runCli, CLI_DEFAULTS } from './cli-throughput.mjs';

const o = parseFlags(process.argv.slice(2), {
  server: DEFAULT_SERVER, cli: CLI_DEFAULTS.cli, starts: 10, edits: 200, budget: 40, cliRuns: 1, quick: false, skipCli: false,
  totalBudget: 170, // seconds: the CLI runs are killed when they would take the whole run past this
});
if (o.quick) { o.starts = 3; o.edits = 50; }
const t0 = performance.now();
const MB = 1e6; // targets are in decimal megabytes
const section = (s) => console.log(`\n=== ${s} ${'='.repeat(Math.max(0, 70 - s.length))}`);

section('corpus');
if (!corpusIsCurrent(CORPUS_DIR)) generateCorpus({ out: CORPUS_DIR });
else console.log(`using ${relative(ROOT, CORPUS_DIR)}/ (delete it, or run npm run bench:corpus, to regenerate)`);

const usesDist = (cmd) => /\bdist\/(server|cli)\.js\b|bin\/imaging-order-l(int|sp)\.js/.test(cmd);
const missingDist = (cmd, file) => usesDist(cmd) && !existsSync(join(ROOT, 'dist', file));

let startup = null, lsp = null, cli = null;
const errors = [];

section('start-up and size');
try {
  if (missingDist(o.server, 'server.js')) throw new Error('dist/server.js not found: run `npm run build` first');
  startup = await runStartup({ server: o.server, starts: o.starts });
} catch (e) { errors.push(`startup: ${e.message}`); console.log(`ERROR: ${e.message}`); }

section('LSP latency');
try {
  if (missingDist(o.server, 'server.js')) throw new Error('dist/server.js not found: run `npm run build` first');
  lsp = await runLsp({ server: o.server, edits: o.edits, budget: o.budget });
} catch (e) { errors.push(`lsp: ${e.message}`); console.log(`ERROR: ${e.message}`); }

if (!o.skipCli) {
  section('CLI throughput');
  try {
    if (missingDist(o.cli, 'cli.js')) throw new Error('dist/cli.js not found: run `npm run build` first');
    const remaining = o.totalBudget - (performance.now() - t0) / 1000;
    const timeout = Math.max(15, Math.floor((remaining - 12) / 2));
    console.log(`(each CLI run is stopped after ${timeout} s to keep npm run bench under ${o.totalBudget} s)`);
    cli = await runCli({ cli: o.cli, runs: o.cliRuns, timeout });
  } catch (e) { errors.push(`cli: ${e.message}`); console.log(`ERROR: ${e.message}`); }
}

// ---------------------------------------------------------------- targets
const size = (n) => lsp?.sizes?.find((s) => s.notes === n && !s.error);
const verdict = (ok) => (ok === null ? 'NOT MEASURED' : ok ? 'MET' : 'MISSED');
const targets = [];
function target(id, what, limit, measured, ok, detail = '') {
  targets.push({ id, target: what, limit, measured, status: verdict(ok), detail });
}
{
  // the floor measured interleaved with the single-note edits (same load); the standalone floor in detail
  const one = size(1), floorP95 = one?.pairedFloor?.p95 ?? lsp?.floor?.p95 ?? null;
  const p95 = one?.edit?.p95 ?? null;
  target('single-note-edit', 'single-note edit -> diagnostics p95 <= 2x round-trip floor p95',
    floorP95 === null ? null : `${fmt(2 * floorP95, 3)} ms`, p95 === null ? null : `${fmt(p95, 3)} ms`,
    p95 === null || floorP95 === null ? null : p95 <= 2 * floorP95,
    floorP95 === null ? '' : `paired floor p95 ${fmt(floorP95, 3)} ms (standalone floor p95 ${fmt(lsp?.floor?.p95, 3)} ms); ratio ${fmt(p95 / floorP95, 2)}x`);
}
{
  const big = size(5000), p50 = big?.edit?.p50 ?? null;
  target('5000-note-edit', '5,000-note (1 MB) one-char edit -> diagnostics p50 <= 5 ms', '5 ms',
    p50 === null ? null : `${fmt(p50, 3)} ms`, p50 === null ? null : p50 <= 5, big ? `p95 ${fmt(big.edit.p95, 3)} ms, max ${fmt(big.edit.max, 3)} ms over ${big.edit.n} edits; ${big.openDiagnostics} diagnostics = ${fmt((big.payloadBytes ?? 0) / MB, 2)} MB of JSON per answer` : '');
}
{
  const ok = cli?.inputs?.filter((i) => i.cli.timedOut || i.cli.exitCode === 0 || i.cli.exitCode === 1) ?? [];
  const worstIn = ok.length && ok.length === cli.inputs.length ? ok.reduce((a, b) => (b.ratio < a.ratio ? b : a)) : null;
  const worst = worstIn?.ratio ?? null;
  const bound = !!worstIn?.cli.timedOut; // a killed run gives an upper bound of the ratio
  target('cli-throughput', 'CLI throughput >= 1/5 of the read+split floor (100,000 notes)', '20%',
    worst === null ? null : `${bound ? '< ' : ''}${fmt(worst * 100, 1)}%`,
    worst === null ? null : worst >= 0.2 ? (bound ? null : true) : false,
    cli ? cli.inputs.map((i) => `${i.input}: ${i.cli.timedOut ? '< ' : ''}${i.cli.notesPerSec.toLocaleString('en-US')} notes/s, ${fmt(i.cli.mbPerSec, 2)} MB/s (floor ${fmt(i.floorChild.mbPerSec, 2)} MB/s)`).join('; ') : '');
}
{
  const p50 = startup?.initialize?.p50 ?? null;
  target('initialize', 'initialize response <= 150 ms (median of server starts)', '150 ms',
    p50 === null ? null : `${fmt(p50, 1)} ms`, p50 === null ? null : p50 <= 150,
    startup ? `${startup.initialize.n} starts, min ${fmt(startup.initialize.min, 1)} ms, max ${fmt(startup.initialize.max, 1)} ms; first LSP run ${fmt(lsp?.initializeMs, 1)} ms${startup.minimalServer ? `; floors now: node -e 0 ${fmt(startup.nodeBare.p50, 1)} ms, minimal vscode-languageserver server ${fmt(startup.minimalServer.p50, 1)} ms` : ''}` : '');
}
{
  const m = lsp?.memory;
  const bytes = m?.rssAfterOpenKb ? m.rssAfterOpenKb * 1024 : null;
  target('rss', 'server RSS <= 80 MB with the 1 MB document open', '80 MB',
    bytes === null ? null : `${fmt(bytes / MB, 1)} MB`, bytes === null ? null : bytes <= 80 * MB,
    m ? `VmRSS after didOpen + first diagnostics; after ${size(5000)?.edit?.n ?? lsp.options.edits} edits ${fmt((m.rssAfterEditsKb * 1024) / MB, 1)} MB (uncollected garbage included), peak ${fmt((m.peakKb * 1024) / MB, 1)} MB` : '');
}
{
  const v = startup?.vsix;
  target('vsix-size', '.vsix <= 1 MB', '1 MB', v?.bytes ? `${fmt(v.bytes / MB, 3)} MB` : null,
    v?.bytes ? v.bytes <= MB : null, v?.bytes ? v.file : 'no .vsix found: build it with `npm run package`, then rerun');
}

const elapsed = (performance.now() - t0) / 1000;
section('summary');
console.log(table(['target', 'limit', 'measured', 'status'], targets.map((t) => [t.target, t.limit ?? '—', t.measured ?? '—', t.status])));
for (const t of targets) if (t.detail) console.log(`  ${t.id}: ${t.detail}`);
if (lsp) console.log(`  lsp: ${lsp.mode} diagnostics, ${lsp.sync} sync; edits ${lsp.sizes.map((s) => s.error ? `${s.notes}: error` : `${s.notes} notes p50/p95/max ${fmt(s.edit.p50, 2)}/${fmt(s.edit.p95, 2)}/${fmt(s.edit.max, 2)} ms`).join('; ')}`);
if (startup?.bundles?.length) console.log(`  bundles: ${startup.bundles.map((b) => `${b.file} ${fmt(b.bytes / 1024, 0)} KiB`).join(', ')}`);
for (const e of errors) console.log(`  error: ${e}`);
console.log(`  total time ${fmt(elapsed, 1)} s`);

const summary = {
  kind: 'summary', date: new Date().toISOString(), node: process.version, elapsedSeconds: Math.round(elapsed * 10) / 10,
  server: o.server, cli: o.cli, targets, errors,
  results: { startup, lsp: lsp && { ...lsp, sizes: lsp.sizes.map(({ samples, ...s }) => s) }, cli },
};
writeResult('summary', summary);
writeFileSync(join(RESULTS_DIR, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(`\nwrote bench/results/summary.json`);
process.exitCode = 0;
