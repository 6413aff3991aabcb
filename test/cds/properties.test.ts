/**
 * Property tests (issue 11, item 5): arbitrary bodies and headers posted to the real process. Every
 * answer is one of the statuses the service documents, with no stack trace; every 200 keeps the
 * CDS Hooks contract; the process survives; memory stays flat.
 *
 * The unit suite runs a bounded number of requests; `npm run test:cds-soak` runs 100,000
 * (bench/cds-soak.mjs). No timing is asserted anywhere.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import fc from 'fast-check';
import { type Service, type TestKeys, authedCall, makeKeys, sample, sign, startService } from './harness';
import { assertValidResponse } from './invariants';
import { seeded } from '../hardening/gen';

const SELECT = '/cds-services/imaging-order-select';
const ALLOWED = new Set([200, 400, 401, 404, 412, 413, 415]);

function post(url: string, route: string, body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: route, method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Every path into a JSON value, for mutating a valid request one field at a time. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

function mutate(base: unknown, at: (string | number)[], value: unknown, drop: boolean): unknown {
  const copy = structuredClone(base);
  if (at.length === 0) return value;
  let o: any = copy;
  for (const k of at.slice(0, -1)) o = o[k];
  const last = at[at.length - 1];
  if (drop && !Array.isArray(o)) delete o[last];
  else o[last] = value;
  return copy;
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

const headerValue = fc.string({ unit: 'binary-ascii', maxLength: 80 }).filter((s) => /^[\t\x20-\x7e]*$/.test(s));

describe('CDS service properties (real process)', function () {
  let keys: TestKeys;
  let dev: Service;
  let authed: Service;
  const samples = ['01-infant-dimple-radiograph.json', '02-older-infant-ultrasound.json', '03-red-flag-back-pain.json', '04-insufficient-data.json'].map(sample);

  before(async function () {
    keys = await makeKeys();
    [dev, authed] = await Promise.all([startService(undefined, {}, ['--dev']), startService(keys, { bodyLimitBytes: 100_000 })]);
  });
  after(async function () {
    await Promise.all([dev?.stop(), authed?.stop()]);
  });

  const check = (r: { status: number; text: string }) => {
    assert.ok(ALLOWED.has(r.status), `status ${r.status}: ${r.text.slice(0, 200)}`);
    assert.doesNotMatch(r.text, /node:internal|at [\w.<>]+ \(|\.js:\d+:\d+/, 'no stack trace');
    if (r.status === 200) assertValidResponse(JSON.parse(r.text));
  };

  it('arbitrary JSON, text and bytes as the body', async function () {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json().map((s) => Buffer.from(s)),
          fc.string({ maxLength: 300 }).map((s) => Buffer.from(s)),
          fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
        ),
        fc.constantFrom('application/json', 'application/fhir+json', 'application/json; charset=utf-8', 'text/plain', ''),
        async (body, type) => check(await post(dev.url, SELECT, body, type ? { 'content-type': type } : {})),
      ),
      { numRuns: 300, ...seeded() },
    );
  });

  it('valid requests with one field replaced by an arbitrary value, or dropped', async function () {
    const all = samples.map((s) => ({ s, p: paths(s) }));
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), async (i, j, value, drop) => {
        const { s, p } = all[i];
        const body = JSON.stringify(mutate(s, p[j % p.length], value, drop));
        check(await post(dev.url, SELECT, body, { 'content-type': 'application/json' }));
      }),
      { numRuns: 400, ...seeded() },
    );
  });

  it('deeply nested JSON inside an order: 400 "structure" past the depth limit, never a 500', async function () {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30_000 }), fc.boolean(), fc.nat(samples.length - 1), async (depth, arrays, i) => {
        const deep = arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        // The first order of a sample, with one extra field holding the nested value.
        const body = JSON.stringify(samples[i]).replace('"resourceType":"ServiceRequest"', `"resourceType":"ServiceRequest","deep":${deep}`);
        const route = samples[i].hook === 'order-sign' ? '/cds-services/imaging-order-sign' : SELECT;
        const r = await post(dev.url, route, body, { 'content-type': 'application/json' });
        check(r);
        if (depth > 200) {
          assert.equal(r.status, 400, r.text.slice(0, 200));
          assert.equal(JSON.parse(r.text).issue[0].code, 'structure');
        }
      }),
      { numRuns: 60, ...seeded() },
    );
  });

  it('arbitrary headers, including Authorization, against the authenticated service', async function () {
    const valid = await sign(keys, authed.publicUrl + SELECT);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('authorization', 'content-type', 'x-forwarded-for', 'accept', 'x-custom', 'transfer-encoding-x'), headerValue, { maxKeys: 4 }),
        fc.oneof(
          headerValue.map((v) => `Bearer ${v}`),
          fc.constant(`Bearer ${valid}.x`),
          fc.constant(valid),
        ),
        async (headers, auth) => {
          const r = await post(authed.url, SELECT, JSON.stringify(samples[0]), { 'content-type': 'application/json', ...headers, authorization: headers.authorization ?? auth });
          check(r);
          assert.notEqual(r.status, 200, 'no arbitrary header set authenticates');
        },
      ),
      { numRuns: 300, ...seeded() },
    );
  });

  it('survives all of the above, and memory stays flat over repeated valid and invalid requests', async function () {
    const ok = await authedCall(authed, keys, '/cds-services');
    assert.equal(ok.status, 200, 'the authenticated service still answers');
    const send = (n: number) => post(dev.url, SELECT, n % 3 === 0 ? '{"broken' : JSON.stringify(samples[n % samples.length]), { 'content-type': 'application/json' });
    const burst = async (count: number) => {
      for (let n = 0; n < count; n += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => send(n + k).then(check)));
    };
    await burst(1000); // warm-up: JIT, caches, heap growth to steady state
    const before = rssKb(dev.pid);
    await burst(3000);
    const after = rssKb(dev.pid);
    // Generous bound: a per-request leak of even 20 KB would add 60 MB over 3,000 requests.
    assert.ok(after - before < 48 * 1024, `RSS grew by ${Math.round((after - before) / 1024)} MB over 3,000 requests`);
    assert.equal(dev.proc.exitCode, null, 'the process is alive');
  });
});
