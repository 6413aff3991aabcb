#!/usr/bin/env node
// `npm run test:cds-soak`: 100,000 requests (valid orders of every kind, malformed JSON, wrong
// shapes, unknown services) against the CDS service, to show that it survives and that its memory
// stays flat (issue 11, item 5). The unit suite runs a bounded version (test/cds/properties.test.ts).
//
// Runs the service in --dev mode: with signed calls, the jti replay cache grows by design until the
// tokens expire (bounded by replayCacheSize), which would hide a leak in the request path.
// Pass: the process is alive and answers afterwards, and resident memory after the last request is
// within 64 MB of what it was after the first 20,000 (warm-up). Exit 1 otherwise. No timing is judged.
//
//   npm run test:cds-soak [-- --requests 100000 --connections 10]
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { orderMix, startService } from './cds-lib.mjs';

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const total = flag('requests', 100_000);
const connections = flag('connections', 10);
const warmup = Math.min(20_000, Math.floor(total / 5));

const svc = await startService(['--dev'], { CDS_LOG_LEVEL: 'warn' });
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${svc.proc.pid}/status`, 'utf8'))[1]) / 1024;
const mix = orderMix();
const bad = [
  { path: '/cds-services/imaging-order-select', body: '{"hook": "order-select", "context": ' },
  { path: '/cds-services/imaging-order-select', body: '{"hook": "order-select"}' },
  { path: '/cds-services/imaging-order-select', body: '[]' },
  { path: '/cds-services/nope', body: '{}' },
  { path: '/cds-services/imaging-order-select/feedback', body: '{"feedback": [{"card": "x"}]}' },
];
const requests = [...mix.map((m) => ({ path: m.route, body: m.body })), ...bad].map((r) => ({ ...r, method: 'POST', headers: { 'content-type': 'application/json' } }));

async function send(amount) {
  const res = await autocannon({ url: svc.url, connections, amount, requests });
  return { codes: { '2xx': res['2xx'], '4xx': res['4xx'], '5xx': res['5xx'] }, errors: res.errors + res.timeouts };
}

let ok = true;
try {
  console.log(`soak: ${total} requests, ${connections} connections, ${requests.length} request kinds, service pid ${svc.proc.pid}`);
  const first = await send(warmup);
  const base = rss();
  console.log(`  after ${warmup}: RSS ${base.toFixed(1)} MB ${JSON.stringify(first)}`);
  const step = Math.ceil((total - warmup) / 4);
  let done = warmup;
  const samples = [base];
  while (done < total) {
    const n = Math.min(step, total - done);
    const r = await send(n);
    done += n;
    samples.push(rss());
    console.log(`  after ${done}: RSS ${samples.at(-1).toFixed(1)} MB ${JSON.stringify(r)}`);
    if (r.codes['5xx'] || r.errors) {
      console.log('  FAIL: server errors or dropped connections');
      ok = false;
    }
  }
  const growth = samples.at(-1) - base;
  const alive = svc.proc.exitCode === null && (await fetch(`${svc.url}/cds-services`)).status === 200;
  console.log(`RSS growth after warm-up: ${growth.toFixed(1)} MB (limit 64 MB); process ${alive ? 'alive and answering' : 'NOT answering'}`);
  if (growth > 64 || !alive) ok = false;
} catch (e) {
  console.error(`soak: ${e.message}`);
  ok = false;
} finally {
  await svc.stop();
}
console.log(ok ? 'soak: passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
