/**
 * Runs the real built service (bin/imaging-order-cds.js → dist/cds.js) on 127.0.0.1 and talks to it
 * over HTTP. Keys are generated at run time (test-only, in a temporary folder).
 *
 * With CDS_TRACE_DIR set (scripts/no-network.sh), the service is started under
 * `strace -f -ff -e trace=connect`, so the trace holds the service's own connect() calls and none
 * of this test client's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHmac, randomUUID, type webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(ROOT, 'bin', 'imaging-order-cds.js');
export const SAMPLES = path.join(ROOT, 'samples', 'cds');

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- jose is ESM only: a type-only import of it needs the resolution-mode attribute, which only import() types take
type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });
let jose: Jose;
export async function getJose(): Promise<Jose> {
  return (jose ??= await import('jose'));
}

export interface TestKeys {
  dir: string;
  rs: CryptoKey;
  es: CryptoKey;
  /** A key the service does not know, with a kid it does: a forged signature. */
  stranger: CryptoKey;
  /** An RS256 key the JWKS does publish, for an algorithm the service does not accept. */
  rs256: CryptoKey;
  iss: string;
  otherIss: string;
}

export async function makeKeys(): Promise<TestKeys> {
  const j = await getJose();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-cds-test-'));
  const rs = await j.generateKeyPair('RS384', { extractable: true });
  const es = await j.generateKeyPair('ES384', { extractable: true });
  const stranger = await j.generateKeyPair('RS384', { extractable: true });
  const rs256 = await j.generateKeyPair('RS256', { extractable: true });
  const pub = async (k: CryptoKey, kid: string, alg: string) => ({ ...(await j.exportJWK(k)), kid, alg, use: 'sig' });
  fs.writeFileSync(
    path.join(dir, 'ehr.jwks.json'),
    JSON.stringify({ keys: [await pub(rs.publicKey, 'rs-1', 'RS384'), await pub(es.publicKey, 'es-1', 'ES384'), await pub(rs256.publicKey, 'rs256-1', 'RS256')] }),
  );
  fs.writeFileSync(path.join(dir, 'other.jwks.json'), JSON.stringify({ keys: [await pub(es.publicKey, 'es-1', 'ES384')] }));
  return {
    dir,
    rs: rs.privateKey,
    es: es.privateKey,
    stranger: stranger.privateKey,
    rs256: rs256.privateKey,
    iss: 'https://ehr.example.org',
    otherIss: 'https://tenant-ehr.example.org',
  };
}

export interface Service {
  url: string;
  /** The service's own node process (under strace, the tracee, not strace). */
  pid: number;
  publicUrl: string;
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  feedbackLog: string;
  stop(): Promise<void>;
}

export const PUBLIC_URL = 'https://cds.example.org';

/** Writes a config for the test keys and starts the service; resolves once it prints its address. */
export async function startService(keys: TestKeys | undefined, config: Record<string, unknown> = {}, args: string[] = []): Promise<Service> {
  const dir = keys?.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'iol-cds-test-'));
  const feedbackLog = path.join(dir, `feedback-${randomUUID()}.jsonl`);
  const cfg = {
    publicUrl: PUBLIC_URL,
    issuers: keys
      ? [
          { iss: keys.iss, jwksFile: 'ehr.jwks.json' },
          { iss: keys.otherIss, jwksFile: 'other.jwks.json', tenants: ['clinic-a'] },
        ]
      : [],
    feedbackLog,
    ...config,
  };
  const cfgFile = path.join(dir, `config-${randomUUID()}.json`);
  fs.writeFileSync(cfgFile, JSON.stringify(cfg));
  const argv = [BIN, '--config', cfgFile, '--port', '0', ...args];
  const trace = process.env.CDS_TRACE_DIR;
  const proc = trace
    ? spawn('strace', ['-f', '-ff', '-qq', '-s', '4096', '-e', 'trace=connect,execve', '-o', path.join(trace, `cds-${randomUUID()}`), process.execPath, ...argv], { stdio: 'pipe' })
    : spawn(process.execPath, argv, { stdio: 'pipe', env: { ...process.env, CDS_LOG_LEVEL: process.env.CDS_LOG_LEVEL ?? 'info' } });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        proc.stdout!.off('data', onData);
        resolve(m[1]);
      }
    };
    proc.stdout!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`service exited (${code}) before listening:\n${err}`)));
  });
  const pid = trace ? tracee(proc.pid!) : proc.pid!;
  running.add(url);
  proc.once('exit', () => running.delete(url));
  return {
    url,
    pid,
    publicUrl: PUBLIC_URL,
    proc,
    stdout: () => out,
    stderr: () => err,
    feedbackLog,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode) return resolve();
        proc.once('exit', () => resolve());
        // strace passes no signal on: stop the service itself and strace exits with it.
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          proc.kill('SIGTERM');
        }
      }),
  };
}

/** The node process strace started (its first child). */
function tracee(stracePid: number): number {
  const children = fs.readFileSync(`/proc/${stracePid}/task/${stracePid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  if (!children[0]) throw new Error('cannot find the traced service process');
  return children[0];
}

/** Runs the bin to completion (for start-up refusals). */
export function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    // A bin that did start (a test bug) is stopped rather than left running.
    const t = setTimeout(() => p.kill('SIGTERM'), 20_000);
    p.on('exit', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface TokenOptions {
  key?: 'rs' | 'es' | 'stranger' | 'rs256';
  alg?: string;
  kid?: string | null;
  typ?: string;
  iss?: string;
  aud?: string | string[];
  /** Seconds from now. */
  exp?: number;
  iat?: number;
  jti?: string | null;
  tenant?: string;
  omit?: ('exp' | 'iat' | 'jti' | 'iss' | 'aud')[];
}

/** The services started and not yet ended: any of them tells the time the service side judges tokens by. */
const running = new Set<string>();

/**
 * Now, in seconds, as a running service sees it: its HTTP Date header. Tokens are stamped with the
 * service's own clock, so no test reads a clock of its own.
 */
export async function serviceNow(): Promise<number> {
  const url = running.values().next().value;
  if (!url) throw new Error('no service is running to tell the time');
  const r = await fetch(`${url}/`, { method: 'HEAD' });
  await r.arrayBuffer();
  const date = r.headers.get('date');
  if (!date) throw new Error('the service sent no Date header');
  return Math.floor(Date.parse(date) / 1000);
}

export async function sign(keys: TestKeys, audience: string, o: TokenOptions = {}): Promise<string> {
  const j = await getJose();
  const now = await serviceNow();
  const payload: Record<string, unknown> = {
    iss: o.iss ?? keys.iss,
    aud: o.aud ?? audience,
    exp: now + (o.exp ?? 120),
    iat: now + (o.iat ?? 0),
    jti: o.jti === undefined ? randomUUID() : o.jti,
  };
  if (o.tenant) payload.tenant = o.tenant;
  for (const k of o.omit ?? []) delete payload[k];
  if (payload.jti === null) delete payload.jti;
  const which = o.key ?? 'rs';
  const alg = o.alg ?? (which === 'es' ? 'ES384' : 'RS384');
  const kid = o.kid === null ? undefined : (o.kid ?? (which === 'es' ? 'es-1' : 'rs-1'));
  return new j.SignJWT(payload).setProtectedHeader({ alg, typ: o.typ ?? 'JWT', ...(kid ? { kid } : {}) }).sign(keys[which]);
}

/** An unsigned (alg none) token, built by hand since jose will not make one. */
export function unsignedToken(payload: Record<string, unknown>, alg = 'none'): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg, typ: 'JWT', kid: 'rs-1' })}.${b64(payload)}.`;
}

/** An HS384 token signed with the issuer's public RSA modulus as the secret: the classic key-confusion attack. */
export function hmacToken(payload: Record<string, unknown>, secret: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${b64({ alg: 'HS384', typ: 'JWT', kid: 'rs-1' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha384', secret).update(head).digest('base64url')}`;
}

export interface Reply {
  status: number;
  text: string;
  json: any;
  headers: Headers;
}

export async function call(
  base: string,
  route: string,
  o: { method?: string; body?: unknown; raw?: string | Buffer; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  let body: string | Buffer | undefined;
  if (o.raw !== undefined) body = o.raw;
  else if (o.body !== undefined) body = JSON.stringify(o.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  const r = await fetch(base + route, { method: o.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await r.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, text, json, headers: r.headers };
}

/** Signs for the endpoint and calls it. */
export async function authedCall(s: Service, keys: TestKeys, route: string, body?: unknown, t: TokenOptions = {}): Promise<Reply> {
  const token = await sign(keys, s.publicUrl + route, t);
  return call(s.url, route, { body, token });
}

export function sample(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8'));
}
