#!/usr/bin/env node
// LSP latency harness (issue 4 §2). Drives ANY stdio language server:
//
//   npm run bench:lsp -- --server "<command>"      (default: node dist/server.js --stdio)
//
// Measures: spawn -> initialize response; the round-trip floor (requests of an unknown `$/` method,
// answered with MethodNotFound); per corpus size (1, 1000, 5000 notes): didOpen -> first diagnostics
// and one-character didChange edits in the middle of the document -> diagnostics.
// Diagnostics are pulled (`textDocument/diagnostic`) when the server advertises or registers a
// diagnosticProvider, else awaited as pushed `publishDiagnostics` (matching `version`, or the next
// one after the change when the server omits versions). Also: server RSS with the 5,000-note
// (~1 MB) document open. Prints a table; writes bench/results/lsp-<timestamp>.json and latest-lsp.json.
import { readFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CLIENT_INIT_OPTIONS,
  DEFAULT_SERVER,
  ROOT,
  defaultSettings,
  findPeer,
  RESULTS_DIR,
  fmt,
  isMain,
  parseFlags,
  procCpu,
  procMem,
  startLsp,
  stats,
  table,
  writeResult,
} from './lib.mjs';
import { DEFAULT_OUT as CORPUS_DIR, corpusIsCurrent, generateCorpus } from './corpus.mjs';

const METHOD_NOT_FOUND = -32601;
const SERVER_CANCELLED = -32802;
const CONTENT_MODIFIED = -32801;

export const LSP_DEFAULTS = {
  server: DEFAULT_SERVER,
  sizes: '1,1000,5000',
  edits: 200,
  warmup: 10,
  floor: 200,
  corpus: CORPUS_DIR,
  languageId: 'imaging-order',
  cwd: ROOT,
  timeout: 30000, // ms to wait for any single diagnostics answer
  budget: 0, // seconds per document for the edit loop (0 = no limit); stops early, flagged in the output
  pause: 0, // ms to wait after each edit's diagnostics before its paired floor (0: none; the target's figure): work a server leaves pending shows as the difference
  profile: false, // node servers only: add --cpu-prof (profile written to bench/results/profiles/ on exit)
  label: '',
  savePayload: '', // file: write the largest document's diagnostics ({uri, items}) for fixtures/payload-ls.cjs
  settings: '', // JSON text or a JSON file: overrides for workspace/configuration answers
  configuration: '', // JSON text: one fixed answer for every workspace/configuration item (lsp-sample needs one)
  initOptions: JSON.stringify(CLIENT_INIT_OPTIONS), // JSON text or object: initializationOptions (default: what our VS Code client sends)
  peer: false, // bench:lsp -- --peer: run Microsoft's lsp-sample the same way instead (see lib.mjs findPeer)
  quiet: false,
  write: true,
};

/** Line start offsets (\r\n, \r and \n all end a line), as LSP counts lines. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * Edit points in the order they are tried: free-text value lines at/after the middle line first,
 * then any keyed value, then any line; each in the middle of its value. One point per line.
 */
export function* editPoints(text) {
  const starts = lineStarts(text);
  const lineText = (l) => text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] : text.length).replace(/[\r\n]+$/, '');
  const mid = Math.floor(starts.length / 2);
  const preferred = /^\s*(findings|presentation|exam|skin|hpi|history|complaint|symptoms|indication)\s*:\s*\S/i;
  const seen = new Set();
  for (const test of [(l) => preferred.test(l), (l) => /^[^#\s][^:]*:\s*\S\S/.test(l), (l) => l.length > 1]) {
    for (let k = 0; k < starts.length; k++) {
      const l = (mid + k) % starts.length;
      if (seen.has(l)) continue;
      const s = lineText(l);
      if (!test(s)) continue;
      seen.add(l);
      const colon = s.indexOf(':');
      const valueStart = colon >= 0 ? colon + 1 + (s.slice(colon + 1).length - s.slice(colon + 1).trimStart().length) : 0;
      const character = valueStart + Math.floor((s.length - valueStart) / 2); // UTF-16 units (JS string index)
      yield { line: l, character, lineText: s, offset: starts[l] + character, lines: starts.length };
    }
  }
  if (seen.size === 0) yield { line: 0, character: 0, lineText: lineText(0), offset: 0, lines: starts.length };
}

/** The first edit point (see editPoints). */
export function editPoint(text) {
  return editPoints(text).next().value;
}

/** How many edit points the bench tries, per document, to find one of each kind (see benchDocument). */
export const MAX_PROBES = 40;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([
    p,
    new Promise((_, rej) => {
      t = setTimeout(() => rej(new Error(`timeout after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

/** Measure one document: open -> diagnostics, then edits -> diagnostics. */
async function benchDocument(lsp, { uri, text, languageId, edits, warmup, timeout, onOpen, onEdits, budget, pause = 0 }) {
  const pull = lsp.pull;
  const incremental = lsp.syncKind === 2;
  let version = 1;
  let resultId;
  let lastCount = 0;
  let lastPayload = null; // the last diagnostics message (response or notification params)

  // push: wait for publishDiagnostics for uri whose version matches (or any, when unversioned)
  const waitPush = (v) => {
    let off;
    const p = new Promise((res) => {
      off = lsp.onPush((params) => {
        if (params.uri !== uri) return;
        if (params.version !== undefined && params.version !== null && params.version !== v) return;
        off();
        lastPayload = params;
        res(params.diagnostics?.length ?? 0);
      });
    });
    return withTimeout(p, timeout, `publishDiagnostics ${uri} v${v}`).finally(off);
  };
  const pullOnce = async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await withTimeout(
          lsp.conn.sendRequest('textDocument/diagnostic', {
            textDocument: { uri },
            ...(resultId ? { previousResultId: resultId } : {}),
          }),
          timeout,
          `textDocument/diagnostic ${uri}`,
        );
        if (r?.resultId) resultId = r.resultId;
        if (r?.kind === 'full') lastPayload = r;
        if (r?.kind === 'full') lastCount = r.items?.length ?? 0;
        return lastCount;
      } catch (e) {
        if ((e.code === SERVER_CANCELLED || e.code === CONTENT_MODIFIED) && attempt < 5) continue;
        throw e;
      }
    }
  };
  const diagnosticsAfter = async (send, v) => {
    if (pull) {
      await send();
      return pullOnce();
    }
    const w = waitPush(v);
    await send();
    return w;
  };

  // open
  const t0 = performance.now();
  const openCount = await diagnosticsAfter(
    () =>
      lsp.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version, text },
      }),
    version,
  );
  const openMs = performance.now() - t0;
  const payloadBytes = lastPayload ? Buffer.byteLength(JSON.stringify(lastPayload)) : null;
  if (onOpen) await onOpen();

  // One-character edits: alternate insert / delete of one char at an edit point.
  const ch = 'x';
  const changeAt = (pt, insert) =>
    incremental
      ? insert
        ? { range: { start: { line: pt.line, character: pt.character }, end: { line: pt.line, character: pt.character } }, rangeLength: 0, text: ch }
        : { range: { start: { line: pt.line, character: pt.character }, end: { line: pt.line, character: pt.character + 1 } }, rangeLength: 1, text: '' }
      : { text: insert ? text.slice(0, pt.offset) + ch + text.slice(pt.offset) : text };
  const edit = (pt, insert) => {
    version++;
    const v = version;
    return diagnosticsAfter(() => lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [changeAt(pt, insert)] }), v);
  };
  // What a client would show: each diagnostic's rule, severity and message, in order (positions
  // aside: an insert moves the diagnostics after it on its line). A pull answered `unchanged`
  // leaves lastPayload as it was, so it reads as the same.
  const shown = () => JSON.stringify((lastPayload?.items ?? lastPayload?.diagnostics ?? []).map((d) => [d.code, d.severity, d.message]));

  // Two edit points, found by trying them (unmeasured) against this server: one whose insert
  // changes what the client shows, so every answer carries the document's whole list again (the
  // figure the targets use), and one whose insert changes nothing shown (a server that remembers
  // its last answer can say `unchanged`). A document's edit point drawn from generated text can be
  // either kind, and the two cost a server very different amounts.
  const openShown = shown();
  let changing = null;
  let quiet = null;
  let probes = 0;
  for (const pt of editPoints(text)) {
    if (changing && quiet) break;
    if (probes++ >= MAX_PROBES) break;
    await edit(pt, true);
    const changes = shown() !== openShown;
    await edit(pt, false);
    if (changes && !changing) changing = pt;
    if (!changes && !quiet) quiet = pt;
  }

  const deadline = budget > 0 ? performance.now() + budget * 1000 : Infinity;
  const pid = lsp.pid;
  const loop = async (pt) => {
    const samples = [];
    const floorSamples = [];
    const counts = new Set();
    let stoppedEarly = false;
    let cpuStart = null;
    const loopDeadline = Math.min(deadline, budget > 0 ? performance.now() + (budget * 1000) / 2 : Infinity);
    for (let i = 0; i < warmup + edits; i++) {
      if (i === warmup) cpuStart = procCpu(pid);
      if (performance.now() > loopDeadline && i % 2 === 0) {
        stoppedEarly = true;
        break;
      }
      const t = performance.now();
      const n = await edit(pt, i % 2 === 0);
      const dt = performance.now() - t;
      if (i >= warmup) samples.push(dt);
      counts.add(n);
      // paired floor: one MethodNotFound round trip right after each edit, so the floor and the
      // edits are sampled under the same machine load
      if (pause > 0) await sleep(pause);
      const tf = performance.now();
      try {
        await withTimeout(lsp.conn.sendRequest('$/benchFloor', { i }), timeout, '$/benchFloor');
      } catch (e) {
        if (String(e.message).startsWith('timeout')) throw e;
      }
      if (i >= warmup) floorSamples.push(performance.now() - tf);
    }
    // The server's CPU per measured edit (with its paired floor), its JavaScript thread apart from
    // its other threads: V8 compiling and collecting in the background competes for the same cores.
    const cpuEnd = procCpu(pid);
    const cpu =
      cpuStart && cpuEnd && samples.length
        ? {
            mainUsPerEdit: Math.round(((cpuEnd.mainMs - cpuStart.mainMs) * 1000) / samples.length),
            otherUsPerEdit: Math.round(((cpuEnd.otherMs - cpuStart.otherMs) * 1000) / samples.length),
          }
        : null;
    return {
      editPoint: { line: pt.line, character: pt.character, lineText: pt.lineText, lines: pt.lines },
      edit: stats(samples),
      pairedFloor: stats(floorSamples),
      diagnosticsAfterEdits: [...counts],
      cpu,
      stoppedEarly,
      samples: samples.map((x) => Math.round(x * 1000) / 1000),
    };
  };
  // The target's edit first (when no point changes anything, the first point stands in for it).
  const main = await loop(changing ?? quiet ?? editPoint(text));
  // Memory is taken after the target's edits (the issue's "after 200 edits"), before the second loop.
  if (onEdits) await onEdits();
  const other = changing && quiet ? await loop(quiet) : null;
  return {
    ...main,
    editChanges: !!changing,
    probes: Math.min(probes, MAX_PROBES),
    quiet: other,
    openMs,
    openDiagnostics: openCount,
    payloadBytes,
    payload: lastPayload,
    close: async () => {
      await lsp.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
  };
}

async function floor(lsp, n, warmup, timeout) {
  const samples = [];
  let methodNotFound = 0;
  for (let i = 0; i < warmup + n; i++) {
    const t = performance.now();
    try {
      await withTimeout(lsp.conn.sendRequest('$/benchFloor', { i }), timeout, '$/benchFloor');
    } catch (e) {
      if (e.code === METHOD_NOT_FOUND) methodNotFound++;
      else if (String(e.message).startsWith('timeout')) throw e;
    }
    if (i >= warmup) samples.push(performance.now() - t);
  }
  return { method: '$/benchFloor', methodNotFound, ...stats(samples) };
}

export async function runLsp(opts = {}) {
  const o = { ...LSP_DEFAULTS, ...opts };
  const log = o.quiet ? () => {} : (...a) => console.log(...a);
  const corpusDir = resolve(o.corpus);
  if (corpusDir === resolve(CORPUS_DIR) && !corpusIsCurrent(corpusDir)) generateCorpus({ out: corpusDir, quiet: o.quiet });
  const sizes = String(o.sizes)
    .split(',')
    .map((s) => Number(s.trim()))
    .filter(Boolean);
  const nodeFlags = [];
  let profileDir = null;
  if (o.profile) {
    profileDir = join(RESULTS_DIR, 'profiles');
    mkdirSync(profileDir, { recursive: true });
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  }
  const before = profileDir ? new Set(readdirSync(profileDir)) : null;

  log(`server: ${o.server}${o.profile ? '  (with --cpu-prof)' : ''}`);
  const overrides = !o.settings ? {} : JSON.parse(o.settings.trim().startsWith('{') ? o.settings : readFileSync(o.settings, 'utf8'));
  const configuration = !o.configuration ? null : typeof o.configuration === 'string' ? JSON.parse(o.configuration) : o.configuration;
  let initializationOptions = o.initOptions;
  if (typeof initializationOptions === 'string') {
    try {
      initializationOptions = JSON.parse(initializationOptions);
    } catch (e) {
      throw new Error(`--init-options is not JSON (${e.message}): ${o.initOptions}`);
    }
  }
  const lsp = await startLsp(o.server, { cwd: o.cwd, nodeFlags, settings: defaultSettings(o.cwd, overrides), configuration, initializationOptions });
  const result = {
    kind: 'lsp-latency',
    date: new Date().toISOString(),
    label: o.label,
    server: o.server,
    cwd: o.cwd,
    node: process.version,
    host: hostInfo(),
    serverInfo: lsp.init.serverInfo ?? null,
    initializeMs: round(lsp.initializeMs),
    mode: lsp.pull ? 'pull' : 'push',
    sync: ['none', 'full', 'incremental'][lsp.syncKind] ?? String(lsp.syncKind),
    options: { edits: o.edits, warmup: o.warmup, floor: o.floor, pause: Number(o.pause) || 0, sizes },
    floor: null,
    sizes: [],
    memory: null,
    errors: [],
  };
  try {
    result.floor = await floor(lsp, o.floor, 20, o.timeout);
    for (const size of sizes) {
      const file = join(corpusDir, `notes-${size}.order`);
      const text = readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      let memOpen = null;
      let memEdits = null;
      try {
        const r = await benchDocument(lsp, {
          uri,
          text,
          languageId: o.languageId,
          edits: o.edits,
          warmup: o.warmup,
          timeout: o.timeout,
          budget: o.budget,
          pause: Number(o.pause) || 0,
          onOpen: async () => {
            memOpen = procMem(lsp.pid);
          },
          onEdits: async () => {
            memEdits = procMem(lsp.pid);
          },
        });
        const entry = { notes: size, bytes: Buffer.byteLength(text), ...r };
        entry.bytesPerDiagnostic = r.payloadBytes && r.openDiagnostics ? Math.round(r.payloadBytes / r.openDiagnostics) : null;
        delete entry.close;
        delete entry.payload;
        if (o.savePayload && size === Math.max(...sizes) && r.payload) {
          writeFileSync(o.savePayload, JSON.stringify({ uri, items: r.payload.items ?? r.payload.diagnostics ?? [] }));
          log(`saved ${entry.openDiagnostics} diagnostics to ${o.savePayload}`);
        }
        if (size === Math.max(...sizes)) {
          memEdits ??= procMem(lsp.pid);
          result.memory = {
            notes: size,
            bytes: entry.bytes,
            pid: memEdits.pid,
            comm: memEdits.comm,
            rssAfterOpenKb: memOpen?.rssKb ?? null,
            rssAfterEditsKb: memEdits.rssKb,
            peakKb: memEdits.hwmKb,
            rssMb: round((memOpen?.rssKb ?? 0) / 1024),
          };
        }
        result.sizes.push(entry);
        await r.close();
      } catch (e) {
        result.errors.push(`${size} notes: ${e.message}`);
        result.sizes.push({ notes: size, error: e.message });
        if (lsp.exited) break;
      }
    }
  } catch (e) {
    result.errors.push(e.message);
  } finally {
    if (lsp.exited) result.errors.push(`server exited early: ${JSON.stringify(lsp.exited)}\n${lsp.stderr}`);
    await lsp.stop();
  }
  result.mode = lsp.pull ? 'pull' : 'push';
  result.dynamicRegistrations = lsp.state.registrations;
  if (profileDir) {
    await sleep(200);
    result.profiles = readdirSync(profileDir)
      .filter((f) => f.endsWith('.cpuprofile') && !before.has(f))
      .map((f) => join(profileDir, f));
  }
  if (!o.quiet) printLsp(result);
  if (o.write) {
    const file = writeResult('lsp', result);
    log(`\nwrote ${file.replace(ROOT + '/', '')} and bench/results/latest-lsp.json`);
  }
  return result;
}

export function printLsp(r) {
  console.log(`mode: ${r.mode} diagnostics, ${r.sync} sync; server: ${r.serverInfo ? `${r.serverInfo.name} ${r.serverInfo.version ?? ''}` : '(no serverInfo)'}`);
  console.log(`initialize (spawn -> response): ${fmt(r.initializeMs, 1)} ms`);
  const rows = [];
  if (r.floor) rows.push(['floor ($/ request)', '—', '—', '—', '—', '—', r.floor.n, fmt(r.floor.p50, 3), fmt(r.floor.p95, 3), fmt(r.floor.max, 3), '']);
  for (const s of r.sizes) {
    if (s.error) {
      rows.push([`${s.notes} notes`, 'ERROR', s.error.slice(0, 60), '', '', '', '', '', '', '', '']);
      continue;
    }
    rows.push([
      `${s.notes} notes${s.quiet ? ', edit changes' : s.editChanges ? '' : ' (no edit changes)'}`,
      fmt(s.bytes / 1024, 1),
      s.openDiagnostics,
      s.payloadBytes === null ? '—' : fmt(s.payloadBytes / 1024, 1),
      s.bytesPerDiagnostic ?? '—',
      fmt(s.openMs, 2),
      s.edit.n,
      fmt(s.edit.p50, 3),
      fmt(s.edit.p95, 3),
      fmt(s.edit.max, 3),
      `${fmt(s.pairedFloor.p50, 3)} / ${fmt(s.pairedFloor.p95, 3)}`,
    ]);
    const q = s.quiet;
    if (q)
      rows.push([
        `${s.notes} notes, edit changes none`,
        '',
        '',
        '',
        '',
        '',
        q.edit.n,
        fmt(q.edit.p50, 3),
        fmt(q.edit.p95, 3),
        fmt(q.edit.max, 3),
        `${fmt(q.pairedFloor.p50, 3)} / ${fmt(q.pairedFloor.p95, 3)}`,
      ]);
  }
  console.log(table(['', 'doc KiB', 'diags', 'diags KiB', 'B/diag', 'open->diags ms', 'edits', 'p50 ms', 'p95 ms', 'max ms', 'paired floor p50/p95'], rows));
  for (const s of r.sizes)
    for (const [x, what] of [
      [s, s.quiet ? ', an edit that changes diagnostics' : ''],
      [s.quiet, ', an edit that changes none'],
    ])
      if (x?.cpu)
        console.log(
          `${s.notes} notes${what}: server CPU per measured edit ${x.cpu.mainUsPerEdit} µs on its main thread, ${x.cpu.otherUsPerEdit} µs on its other threads (10 ms ticks)`,
        );
  for (const s of r.sizes) {
    if (s.error) continue;
    const where = (p) => `line ${p.line + 1} "${p.lineText.length > 60 ? `${p.lineText.slice(0, 59)}…` : p.lineText}"`;
    if (s.quiet) console.log(`${s.notes} notes: edit points (of ${s.probes} tried): changes diagnostics at ${where(s.editPoint)}; changes none at ${where(s.quiet.editPoint)}`);
    else
      console.log(
        `${s.notes} notes: edit point ${where(s.editPoint)}: ${s.editChanges ? 'changes diagnostics; no point of the' : 'changes no diagnostic; none of the'} ${s.probes} tried ${s.editChanges ? 'leaves them unchanged' : 'changes any'}`,
      );
    if (s.stoppedEarly || s.quiet?.stoppedEarly)
      console.log(`note: ${s.notes} notes: an edit loop stopped early (time budget): ${s.edit.n}${s.quiet ? ` and ${s.quiet.edit.n}` : ''} edits`);
  }
  if (r.memory)
    console.log(
      `server RSS with the ${r.memory.notes}-note document open (pid ${r.memory.pid} ${r.memory.comm}): ` +
        `${fmt(r.memory.rssMb, 1)} MiB after open (after the edits ${fmt(r.memory.rssAfterEditsKb / 1024, 1)}, peak ${fmt(r.memory.peakKb / 1024, 1)})`,
    );
  if (r.floor && r.floor.methodNotFound !== r.floor.n + 20) console.log(`note: ${r.floor.n + 20 - r.floor.methodNotFound} floor requests were not answered with MethodNotFound`);
  for (const e of r.errors) console.log(`ERROR: ${e}`);
  if (r.profiles?.length) console.log(`cpu profiles: ${r.profiles.join(', ')}  (summarise: node bench/profile-summary.mjs <file>)`);
}

const round = (x) => Math.round(x * 1000) / 1000;
export function hostInfo() {
  let cpu = null;
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? null;
  } catch {}
  return { platform: process.platform, arch: process.arch, cpu, cpus: globalThis.navigator?.hardwareConcurrency ?? null };
}

if (isMain(import.meta.url)) {
  const o = parseFlags(process.argv.slice(2), LSP_DEFAULTS);
  if (o.peer) {
    const peer = findPeer();
    if (!peer.found) {
      console.log(`lsp-sample not found (looked in ${peer.looked.join(', ')})`);
      process.exit(1);
    }
    Object.assign(o, { server: peer.server, languageId: peer.languageId, configuration: peer.configuration, initOptions: peer.initOptions, label: peer.name });
  }
  const r = await runLsp(o);
  process.exitCode = r.errors.length ? 1 : 0;
}
