#!/usr/bin/env node
// Start-up and size (issue 4 §4): time from spawn to the initialize response (median of N server
// starts), sizes of the bundles dist/*.js (raw and gzip) and of the .vsix.
//
//   node bench/startup-size.mjs [--server "node dist/server.js --stdio"] [--starts 10]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { DEFAULT_SERVER, ROOT, fileSize, fmt, isMain, parseFlags, startLsp, stats, table, writeResult } from './lib.mjs';

export const STARTUP_DEFAULTS = { server: DEFAULT_SERVER, peer: '', starts: 10, cwd: ROOT, vsix: 'imaging-order-lint.vsix', floors: true, quiet: false, write: true };
const MINIMAL_SERVER = 'node bench/fixtures/minimal-ls.cjs --stdio';

function spawnExitMs(argv) {
  return new Promise((res) => {
    const t0 = performance.now();
    const c = spawn(argv[0], argv.slice(1), { stdio: 'ignore' });
    c.on('close', () => res(performance.now() - t0));
  });
}

async function initializeSamples(server, n, cwd, errors, peer = '', peerOut = []) {
  const out = [];
  const once = async (cmd, into) => {
    const lsp = await startLsp(cmd, { cwd });
    into.push(Math.round(lsp.initializeMs * 100) / 100);
    await lsp.stop();
  };
  for (let i = 0; i < n; i++) {
    // with a peer, starts alternate (ours, peer, ours, ...) so both see the same machine load
    try {
      await once(server, out);
    } catch (e) {
      errors.push(e.message.split('\n')[0]);
      break;
    }
    if (peer)
      try {
        await once(peer, peerOut);
      } catch (e) {
        errors.push(`peer: ${e.message.split('\n')[0]}`);
        peer = '';
      }
  }
  return out;
}

function findVsix(name) {
  const p = join(ROOT, name);
  if (fileSize(p) !== null) return p;
  // any other .vsix at the root (e.g. imaging-order-lint-0.1.0.vsix from a plain `vsce package`)
  const other = readdirSync(ROOT)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => join(ROOT, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return other[0] ?? null;
}

export async function runStartup(opts = {}) {
  const o = { ...STARTUP_DEFAULTS, ...opts };
  const result = {
    kind: 'startup-size',
    date: new Date().toISOString(),
    server: o.server,
    node: process.version,
    initialize: null,
    initializeSamples: [],
    bundles: [],
    vsix: null,
    errors: [],
  };
  const peerSamples = [];
  result.initializeSamples = await initializeSamples(o.server, o.starts, o.cwd, result.errors, o.peer, peerSamples);
  result.initialize = stats(result.initializeSamples);
  if (o.peer) {
    result.peer = o.peer;
    result.peerInitialize = stats(peerSamples);
    result.peerInitializeSamples = peerSamples;
  }
  if (o.floors) {
    // context, same machine and moment: a bare `node -e 0`, and a minimal vscode-languageserver server
    const bare = [];
    for (let i = 0; i < o.starts; i++) bare.push(await spawnExitMs([process.execPath, '-e', '0']));
    result.nodeBare = stats(bare);
    result.minimalServer = stats(await initializeSamples(MINIMAL_SERVER, o.starts, ROOT, []));
  }
  const dist = join(ROOT, 'dist');
  let files = [];
  try {
    files = readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .sort();
  } catch {
    result.errors.push('dist/ not found: run `npm run build`');
  }
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    result.bundles.push({ file: `dist/${f}`, bytes: buf.length, gzipBytes: gzipSync(buf).length, mapBytes: fileSize(join(dist, `${f}.map`)) });
  }
  const vsix = findVsix(o.vsix);
  result.vsix = vsix ? { file: relative(ROOT, vsix), bytes: statSync(vsix).size } : { file: null, bytes: null, hint: `no ${o.vsix}: build it with \`npm run package\`` };
  if (!o.quiet) printStartup(result);
  if (o.write) writeResult('startup', result);
  return result;
}

export function printStartup(r) {
  const s = r.initialize;
  console.log(`initialize (spawn -> response), ${s.n} starts of \`${r.server}\`: median ${fmt(s.p50, 1)} ms (min ${fmt(s.min, 1)}, max ${fmt(s.max, 1)})`);
  if (r.peerInitialize)
    console.log(
      `  interleaved with ${r.peerInitialize.n} starts of \`${r.peer}\`: median ${fmt(r.peerInitialize.p50, 1)} ms (min ${fmt(r.peerInitialize.min, 1)}, max ${fmt(r.peerInitialize.max, 1)})`,
    );
  if (r.nodeBare)
    console.log(
      `for context: \`node -e 0\` spawn -> exit median ${fmt(r.nodeBare.p50, 1)} ms; minimal vscode-languageserver server (bench/fixtures/minimal-ls.cjs) initialize median ${fmt(r.minimalServer.p50, 1)} ms`,
    );
  const rows = r.bundles.map((b) => [b.file, fmt(b.bytes / 1024, 1), fmt(b.gzipBytes / 1024, 1), b.mapBytes === null ? '—' : fmt(b.mapBytes / 1024, 1)]);
  rows.push([r.vsix.file ?? '(no .vsix)', r.vsix.bytes === null ? '—' : fmt(r.vsix.bytes / 1024, 1), '', '']);
  console.log(table(['file', 'KiB', 'gzip KiB', '.map KiB'], rows));
  if (r.vsix.hint) console.log(r.vsix.hint);
  for (const e of r.errors) console.log(`ERROR: ${e}`);
}

if (isMain(import.meta.url)) {
  const r = await runStartup(parseFlags(process.argv.slice(2), STARTUP_DEFAULTS));
  process.exitCode = r.errors.length ? 1 : 0;
}
