#!/usr/bin/env node
// `npm run test:cds-soak`: 100,000 requests (valid orders of every kind, malformed JSON, wrong
// shapes, unknown services) against the CDS service, to show that it survives and that its memory
// stays flat (issue 11, item 5). The unit suite runs a bounded version (test/cds/properties.test.ts).
//
// Runs the service in --dev mode: with signed calls, the jti replay cache grows by design until the
// tokens expire (bounded by replayCacheSize), which would hide a leak in the request path.
// The service's old space is capped (--max-old-space-size=128) and its card memory kept small, so a
// leak shows as a crash or growth instead of hiding in V8's lazily grown heap or a cache still
// filling up by design.
// Pass: the process is alive and answers afterwards, and resident memory after the last request is
// within 64 MB of what it was after the first 20,000 (warm-up). Exit 1 otherwise. No timing is judged.
//
//   npm run test:cds-soak [-- --requests 100000 --connections 10]
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { orderMix, startService, testSetup } from './cds-lib.mjs';

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const total = flag('requests', 100_000);
const connections = flag('connections', 10);
const warmup = Math.min(20_000, Math.floor(total / 5));

const setup = await testSetup({ cardMemory: { size: 1000, ttlSeconds: 3600 } });
const svc = await startService([...setup.args, '--dev'], { CDS_LOG_LEVEL: 'warn', NODE_OPTIONS: '--max-old-space-size=128' });
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

// autocannon's `amount` is approximate with a request list, so progress counts the requests actually answered.
async function send(amount) {
  const res = await autocannon({ url: svc.url, connections, amount, requests });
  return { requests: res.requests.total, codes: Object.fromEntries(Object.entries(res.statusCodeStats).map(([k, v]) => [k, v.count])), errors: res.errors + res.timeouts };
}

let ok = true;
try {
  console.log(`soak: ${total} requests, ${connections} connections, ${requests.length} request kinds, service pid ${svc.proc.pid}`);
  const first = await send(warmup);
  let done = first.requests;
  const base = rss();
  console.log(`  after ${done}: RSS ${base.toFixed(1)} MB ${JSON.stringify(first)}`);
  const step = Math.ceil((total - warmup) / 4);
  const samples = [base];
  while (done < total) {
    const r = await send(Math.min(step, total - done));
    if (!r.requests) break;
    done += r.requests;
    samples.push(rss());
    console.log(`  after ${done}: RSS ${samples.at(-1).toFixed(1)} MB ${JSON.stringify(r)}`);
    if (Object.keys(r.codes).some((c) => c >= '500') || r.errors) {
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
  setup.cleanup();
}
console.log(ok ? 'soak: passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
