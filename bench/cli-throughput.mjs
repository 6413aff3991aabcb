#!/usr/bin/env node
// CLI throughput (issue 4 §3): the CLI on the 100,000-note corpus (one ~20 MB file, and the same
// notes as 1,000 files of 100), next to the floor of Node reading the same files and splitting them
// into lines, measured in the same run.
//
//   npm run bench:cli [-- --cli "node bin/imaging-order-lint.js --format json" --runs 1]
//
// Each measurement is wall time from spawn to exit of a child process with stdout piped to this
// process (bytes counted, then discarded), so process start-up is included on both sides alike.
// The floor is also timed in-process (no start-up). notes/s = 100,000 / s; MB/s = 10^6 bytes / s.
import { spawn } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, fmt, isMain, median, parseFlags, procMem, splitCommand, table, writeResult } from './lib.mjs';
import { DEFAULT_OUT as CORPUS_DIR, corpusIsCurrent, generateCorpus } from './corpus.mjs';
import { listOrderFiles, readAndSplit } from './floor-read-split.mjs';

export const CLI_DEFAULTS = {
  cli: 'node bin/imaging-order-lint.js --format json',
  corpus: CORPUS_DIR,
  runs: 1, // CLI runs per input (median reported)
  timeout: 0, // seconds per CLI run (0 = none); a timed-out run gives only a bound (npm run bench sets one)
  floorRuns: 3, // floor runs per input
  cwd: ROOT,
  quiet: false,
  write: true,
};
const NOTES = 100000;
const FLOOR_SCRIPT = fileURLToPath(new URL('./floor-read-split.mjs', import.meta.url));

/** Run argv, count stdout bytes, return wall ms, exit code, bytes, a stderr tail and an stdout head. */
function timeChild(argv, cwd, timeoutS = 0) {
  return new Promise((res) => {
    const t0 = performance.now();
    let timedOut = false;
    const c = spawn(argv[0] === 'node' ? process.execPath : argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0,
      head = '',
      stderr = '';
    c.stdout.on('data', (d) => {
      bytes += d.length;
      if (head.length < 200) head += d.toString('utf8', 0, Math.min(d.length, 200));
    });
    c.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-2000);
    });
    c.on('error', (e) => {
      stderr += e.message;
    });
    const timer =
      timeoutS > 0
        ? setTimeout(() => {
            timedOut = true;
            c.kill('SIGKILL');
          }, timeoutS * 1000)
        : null;
    // peak RSS: VmHWM of the process (worker threads included), polled; the last reading before exit
    let peakKb = null;
    const poll = setInterval(() => {
      const m = procMem(c.pid);
      if (m.hwmKb) peakKb = Math.max(peakKb ?? 0, m.hwmKb);
    }, 20);
    c.on('close', (code, signal) => {
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      res({ ms: performance.now() - t0, code, signal, bytes, head, stderr, timedOut, peakKb });
    });
  });
}

function rate(ms, bytes) {
  const s = ms / 1000;
  return { ms: Math.round(ms * 10) / 10, notesPerSec: Math.round(NOTES / s), mbPerSec: Math.round((bytes / 1e6 / s) * 100) / 100 };
}

export async function runCli(opts = {}) {
  const o = { ...CLI_DEFAULTS, ...opts };
  const log = o.quiet ? () => {} : (...a) => console.log(...a);
  const corpusDir = resolve(o.corpus);
  if (corpusDir === resolve(CORPUS_DIR) && !corpusIsCurrent(corpusDir)) generateCorpus({ out: corpusDir, quiet: o.quiet });
  const base = splitCommand(o.cli);
  if (!base) throw new Error('--cli must be a plain command (no shell syntax)');
  const inputs = [
    { name: 'one file', paths: [join(corpusDir, 'notes-100000.order')] },
    { name: '1,000 files', paths: [join(corpusDir, 'many')] },
  ];
  const result = { kind: 'cli-throughput', date: new Date().toISOString(), cli: o.cli, node: process.version, notes: NOTES, inputs: [], errors: [] };
  for (const input of inputs) {
    const files = listOrderFiles(input.paths);
    const { bytes, lines } = readAndSplit(input.paths); // also warms the page cache for everyone
    const rel = input.paths.map((p) => relative(o.cwd, p) || '.');
    // CLI
    let cliPaths = rel;
    const cliRuns = [];
    for (let i = 0; i < o.runs; i++) {
      let r = await timeChild([...base, ...cliPaths], o.cwd, o.timeout);
      if (r.timedOut) {
        cliRuns.push(r);
        break;
      }
      if (i === 0 && r.code !== 0 && r.code !== 1 && cliPaths.length === 1 && files.length > 1) {
        // the CLI did not take a directory: pass the files instead
        log(`  (CLI exit ${r.code} on a directory; retrying with the ${files.length} file paths)`);
        cliPaths = files.map((f) => relative(o.cwd, f));
        r = await timeChild([...base, ...cliPaths], o.cwd, o.timeout);
      }
      if (r.code !== 0 && r.code !== 1) result.errors.push(`${input.name}: CLI exit ${r.code ?? r.signal}: ${r.stderr.trim().slice(-500)}`);
      // A worker that stopped leaves the run to fewer threads: its figures are not the parallel CLI's.
      if (/worker thread stopped/.test(r.stderr)) result.errors.push(`${input.name}: ${r.stderr.match(/[^\n]*worker thread stopped[^\n]*/)[0]}`);
      cliRuns.push(r);
    }
    const cliMs = median(cliRuns.map((r) => r.ms));
    // floor: child process, then in-process
    const floorRuns = [];
    for (let i = 0; i < o.floorRuns; i++) floorRuns.push(await timeChild(['node', FLOOR_SCRIPT, ...rel], o.cwd));
    const inproc = [];
    for (let i = 0; i < o.floorRuns; i++) {
      const t = performance.now();
      readAndSplit(input.paths);
      inproc.push(performance.now() - t);
    }
    const floorMs = median(floorRuns.map((r) => r.ms));
    const entry = {
      input: input.name,
      paths: rel,
      files: files.length,
      bytes,
      lines,
      cli: {
        ...rate(cliMs, bytes),
        timedOut: cliRuns.some((r) => r.timedOut),
        peakRssKb: Math.max(...cliRuns.map((r) => r.peakKb ?? 0)) || null,
        runs: cliRuns.map((r) => Math.round(r.ms)),
        exitCode: cliRuns[0].code,
        outputBytes: cliRuns[0].bytes,
        outputHead: cliRuns[0].head.slice(0, 80),
        argsMode: cliPaths === rel ? 'as given' : 'file list',
      },
      floorChild: rate(floorMs, bytes),
      floorInProcess: rate(median(inproc), bytes),
    };
    entry.ratio = Math.round((floorMs / cliMs) * 1000) / 1000; // CLI throughput / floor throughput
    result.inputs.push(entry);
  }
  if (!o.quiet) printCli(result);
  if (o.write) {
    const file = writeResult('cli', result);
    log(`\nwrote ${relative(ROOT, file)} and bench/results/latest-cli.json`);
  }
  return result;
}

export function printCli(r) {
  console.log(`CLI: ${r.cli} <path>   (${r.notes.toLocaleString('en-US')} notes)`);
  const rows = [];
  for (const e of r.inputs) {
    const lt = e.cli.timedOut ? '< ' : '';
    rows.push([
      `${e.input}: CLI`,
      fmt(e.bytes / 1e6, 1),
      (e.cli.timedOut ? '> ' : '') + fmt(e.cli.ms / 1000, 2),
      lt + e.cli.notesPerSec.toLocaleString('en-US'),
      lt + fmt(e.cli.mbPerSec, 2),
      e.cli.timedOut ? 'TIMED OUT (killed)' : `exit ${e.cli.exitCode}, ${fmt(e.cli.outputBytes / 1e6, 1)} MB out, peak RSS ${fmt(((e.cli.peakRssKb ?? 0) * 1024) / 1e6, 0)} MB`,
    ]);
    rows.push([
      `${e.input}: floor (child)`,
      '',
      fmt(e.floorChild.ms / 1000, 2),
      e.floorChild.notesPerSec.toLocaleString('en-US'),
      fmt(e.floorChild.mbPerSec, 2),
      `CLI = ${lt}${fmt(e.ratio * 100, 1)}% of floor`,
    ]);
    rows.push([
      `${e.input}: floor (in-process)`,
      '',
      fmt(e.floorInProcess.ms / 1000, 3),
      e.floorInProcess.notesPerSec.toLocaleString('en-US'),
      fmt(e.floorInProcess.mbPerSec, 2),
      '',
    ]);
  }
  console.log(table(['', 'MB', 's', 'notes/s', 'MB/s', ''], rows));
  for (const e of r.errors) console.log(`ERROR: ${e}`);
}

if (isMain(import.meta.url)) {
  const r = await runCli(parseFlags(process.argv.slice(2), CLI_DEFAULTS));
  process.exitCode = r.errors.length ? 1 : 0;
}
