#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`, e.g. `npm run bench:lsp -- --profile`):
// top functions by self time and by inclusive time.
//   node bench/profile-summary.mjs <file.cpuprofile> [--top 20]
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, fmt, isMain, table } from './lib.mjs';

export function summarise(file, top = 20) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // minified bundles: map positions back to the TypeScript sources through the .map next to them
  const maps = new Map();
  const mapFor = (path) => {
    if (!maps.has(path)) {
      let m = null;
      try {
        if (existsSync(`${path}.map`)) m = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
      } catch {}
      maps.set(path, m);
    }
    return maps.get(path);
  };
  const keys = new Map();
  const keyOf = (n) => {
    if (keys.has(n.id)) return keys.get(n.id);
    const cf = n.callFrame;
    let url = cf.url || '';
    let name = cf.functionName || '(anonymous)';
    let where = '';
    if (url.startsWith('file://') || url.startsWith('/')) {
      const abs = url.startsWith('file://') ? fileURLToPath(url) : url;
      where = `${relative(ROOT, abs)}:${cf.lineNumber + 1}`;
      const sm = mapFor(abs);
      const e = sm && cf.lineNumber >= 0 ? sm.findEntry(cf.lineNumber, cf.columnNumber) : null;
      if (e && e.originalSource) {
        let src = e.originalSource;
        if (src.startsWith('file://')) src = fileURLToPath(src);
        src = src.replace(/^(\.\.\/)+/, '');
        where = `${src}:${e.originalLine + 1}`;
        if (e.name && name.length <= 3) name = `${e.name} (${name})`;
      }
    } else if (url) where = `${url}:${cf.lineNumber + 1}`;
    const k = `${name}  ${where}`.trim();
    keys.set(n.id, k);
    return k;
  };
  const self = new Map(),
    incl = new Map();
  let total = 0;
  const deltas = prof.timeDeltas ?? [];
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // ms attributed to this sample
    total += dt;
    let n = byId.get(prof.samples[i]);
    const k = keyOf(n);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const kk = keyOf(byId.get(id));
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + dt);
    }
  }
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { file, totalMs: total, self: rank(self), inclusive: rank(incl).filter(([k]) => !/^\((root|program)\)/.test(k)) };
}

export function printSummary(s) {
  const pct = (ms) => `${fmt((100 * ms) / s.totalMs, 1)}%`;
  console.log(`${s.file}: ${fmt(s.totalMs, 0)} ms sampled`);
  console.log('\nby self time:');
  console.log(
    table(
      ['function  location', 'ms', '%'],
      s.self.map(([k, v]) => [k, fmt(v, 1), pct(v)]),
    ),
  );
  console.log('\nby inclusive time:');
  console.log(
    table(
      ['function  location', 'ms', '%'],
      s.inclusive.map(([k, v]) => [k, fmt(v, 1), pct(v)]),
    ),
  );
}

if (isMain(import.meta.url)) {
  const usage = 'usage: node bench/profile-summary.mjs <file.cpuprofile>... [--top N]';
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const ti = args.indexOf('--top');
  const top = ti >= 0 ? Number(args.splice(ti, 2)[1]) : 20;
  const fail = (msg) => {
    console.error(`profile-summary.mjs: ${msg}\n${usage}`);
    process.exit(2);
  };
  if (!Number.isInteger(top) || top < 1) fail('--top needs a whole number of functions');
  if (!args.length) fail('name a .cpuprofile file');
  for (const f of args) {
    if (f.startsWith('-')) fail(`unknown option: ${f}`);
    if (!existsSync(f)) fail(`no such file: ${f}`);
  }
  for (const f of args) {
    let s;
    try {
      s = summarise(f, top);
    } catch (e) {
      fail(`${f} is not a CPU profile (node --cpu-prof writes one): ${e.message}`);
    }
    printSummary(s);
  }
}
