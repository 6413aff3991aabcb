// Shared by bench/cds.mjs, bench/cds-soak.mjs and scripts/cds-try.mjs: TEST-ONLY keys generated at
// run time into a temporary folder, a config trusting them, and the built service started on a free
// loopback port. Never use these keys, or this config, for anything but local testing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ISS = 'https://test-ehr.invalid';

/** A free loopback port, so publicUrl (the tokens' audience) can name it before the service starts. */
function freePort() {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

/** Generates an RS384 and an ES384 key pair (test only) and a config trusting their public halves. */
export async function testSetup(extraConfig = {}) {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'iol-cds-'));
  const rs = await generateKeyPair('RS384');
  const es = await generateKeyPair('ES384');
  const jwks = {
    keys: [
      { ...(await exportJWK(rs.publicKey)), kid: 'test-rs384', alg: 'RS384' },
      { ...(await exportJWK(es.publicKey)), kid: 'test-es384', alg: 'ES384' },
    ],
  };
  writeFileSync(join(dir, 'TEST-ONLY.jwks.json'), JSON.stringify(jwks, null, 2));
  const config = { publicUrl, issuers: [{ iss: ISS, jwksFile: 'TEST-ONLY.jwks.json' }], feedbackLog: join(dir, 'feedback.jsonl'), ...extraConfig };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2));
  return {
    dir,
    port,
    publicUrl,
    args: ['--config', join(dir, 'config.json'), '--port', String(port)],
    keys: { RS384: { key: rs.privateKey, kid: 'test-rs384' }, ES384: { key: es.privateKey, kid: 'test-es384' } },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A token for one call: aud is the endpoint's public URL, a unique jti, a short life. */
export function signFor(setup, alg, route, lifetime = 280) {
  const now = Math.floor(Date.now() / 1000);
  const { key, kid } = setup.keys[alg];
  return new SignJWT({ iss: ISS, aud: setup.publicUrl + route, iat: now, exp: now + lifetime, jti: randomUUID() }).setProtectedHeader({ alg, kid, typ: 'JWT' }).sign(key);
}

/** Starts bin/imaging-order-cds.js on 127.0.0.1 (port 0 unless args give one). */
export function startService(args, env = {}) {
  const proc = spawn(process.execPath, [join(ROOT, 'bin', 'imaging-order-cds.js'), ...(args.includes('--port') ? [] : ['--port', '0']), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  return new Promise((resolveUrl, reject) => {
    proc.stderr.on('data', (d) => (err += d));
    proc.stdout.on('data', (d) => {
      if (out !== null) {
        out += d;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          out = null; // keep draining the log, stop buffering it
          resolveUrl({ url: m[1], proc, stop: () => new Promise((r) => (proc.exitCode !== null ? r() : (proc.once('exit', r), proc.kill('SIGTERM')))) });
        }
      }
    });
    proc.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening: ${err.trim()}`)));
  });
}

export function readSample(name) {
  return JSON.parse(readFileSync(join(ROOT, 'samples', 'cds', name), 'utf8'));
}

/** A realistic mix: the four samples, plus a V1 MRI, a non-spine order and an order-sign of two orders. */
export function orderMix() {
  const s = ['01-infant-dimple-radiograph.json', '02-older-infant-ultrasound.json', '03-red-flag-back-pain.json', '04-insufficient-data.json'].map(readSample);
  const select = '/cds-services/imaging-order-select';
  const sign = '/cds-services/imaging-order-sign';
  const v1 = structuredClone(s[2]);
  v1.context.draftOrders.entry[0].resource.code = { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '72148' }] };
  v1.context.draftOrders.entry[0].resource.reasonCode = [{ text: 'low back pain for three weeks after football' }];
  delete v1.context.draftOrders.entry[0].resource.note;
  const head = structuredClone(s[0]);
  head.context.draftOrders.entry[0].resource.code = { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '70450' }], text: 'CT head without contrast' };
  const both = structuredClone(s[1]);
  both.context.draftOrders.entry.push(structuredClone(s[0].context.draftOrders.entry[0]));
  return [
    { route: select, body: s[0] },
    { route: sign, body: s[1] },
    { route: select, body: s[2] },
    { route: select, body: s[3] },
    { route: select, body: v1 },
    { route: select, body: head },
    { route: sign, body: both },
  ].map((r) => ({ ...r, body: JSON.stringify(r.body) }));
}
