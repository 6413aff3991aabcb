// What a grown server heap holds: runs a chaos run (push mode) on one server, snapshots the heap
// (all documents closed) after a warm-up document and after the run, and prints the 15 node
// kinds that grew most. Usage: npm run build && node scripts/chaos-heap-diff.mjs [steps] [seed]
// (A retained document shows up as string / sliced string growth; V8's compiled code as `code`.)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { run } = require('../out/test/lsp/chaos/run.js');
const { generate } = require('../out/test/lsp/chaos/steps.js');
const { Server } = require('../out/test/lsp/chaos/harness.js');

function summarise(file) {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [ti, ni, si] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size')];
  const by = new Map();
  for (let i = 0; i < snap.nodes.length; i += f.length) {
    const t = types[snap.nodes[i + ti]];
    const named = ['object', 'closure', 'native', 'hidden'].includes(t);
    const k = named ? `${t} ${snap.strings[snap.nodes[i + ni]].slice(0, 40)}` : t;
    const e = by.get(k) ?? [0, 0];
    e[0]++;
    e[1] += snap.nodes[i + si];
    by.set(k, e);
  }
  return by;
}

const steps = Number(process.argv[2] ?? 20000);
const seed = Number(process.argv[3] ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-heap-'));
const [a, b] = [path.join(dir, 'warm.heapsnapshot'), path.join(dir, 'end.heapsnapshot')];
const s = new Server({ pull: false });
await s.start();
await run([{ t: 'open', doc: 0, text: 'Order: x\n' }, { t: 'check' }, { t: 'close', doc: 0 }], false, { server: s, tag: '-warm' });
const h0 = await s.heap();
await s.conn.sendRequest('imagingOrderLint/test/heapSnapshot', { file: a });
await run(generate(seed, steps), false, { server: s, tag: '-run' });
const h1 = await s.heap();
await s.conn.sendRequest('imagingOrderLint/test/heapSnapshot', { file: b });
await s.stop();
const [sa, sb] = [summarise(a), summarise(b)];
console.log(`live heap ${(h0 / 2 ** 20).toFixed(1)} MB after warm-up, ${(h1 / 2 ** 20).toFixed(1)} MB after ${steps} steps (seed ${seed}); growth by kind:`);
const rows = [...sb]
  .map(([k, [c, sz]]) => [k, c - (sa.get(k)?.[0] ?? 0), sz - (sa.get(k)?.[1] ?? 0)])
  .sort((x, y) => y[2] - x[2])
  .slice(0, 15);
for (const [k, c, sz] of rows) console.log(`${k.padEnd(50)} ${String(c).padStart(8)} ${(sz / 1024).toFixed(0).padStart(8)} KB`);
fs.rmSync(dir, { recursive: true, force: true });
