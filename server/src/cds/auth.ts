import * as fs from 'node:fs';
import * as path from 'node:path';
import { BoundedMap } from './bounded-map';
import { type CdsConfig, ConfigError } from './config';

// jose is ESM only; the compiled CommonJS service loads it once, before listening.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- jose is ESM only: a type-only import of it needs the resolution-mode attribute, which only import() types take
type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });
type KeySet = ReturnType<Jose['createLocalJWKSet']>;
type JSONWebKeySet = Parameters<Jose['createLocalJWKSet']>[0];
let jose: Jose | undefined;

export async function loadJose(): Promise<Jose> {
  return (jose ??= await import('jose'));
}

export type AuthResult = { ok: true; iss: string; jti: string; tenant?: string } | { ok: false; why: string; busy?: boolean };

/** Asymmetric algorithms only: `none` and HMAC are never accepted, whatever the config says. */
const ASYMMETRIC = /^(?:RS|PS|ES)(?:256|384|512)$/;

function loadJwks(file: string, baseDir: string, iss: string): KeySet {
  const full = path.resolve(baseDir, file);
  let jwks: JSONWebKeySet;
  try {
    jwks = JSON.parse(fs.readFileSync(full, 'utf8')) as JSONWebKeySet;
  } catch (e) {
    throw new ConfigError(`issuer "${iss}": cannot read JWKS ${full} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!jwks || !Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new ConfigError(`issuer "${iss}": ${full} holds no "keys"`);
  for (const k of jwks.keys) {
    if ('d' in k) throw new ConfigError(`issuer "${iss}": ${full} holds a private key; give the service public keys only`);
    if (k.kty === 'oct') throw new ConfigError(`issuer "${iss}": ${full} holds a symmetric key, which CDS Hooks forbids`);
  }
  return jose!.createLocalJWKSet(jwks);
}

/**
 * Verifies the CDS Hooks client JWT (spec §Trusting CDS Clients) in the best-practice order:
 * allow-listed iss, aud equal to the called endpoint, exp/iat with a capped lifetime, tenant,
 * signature, then jti not seen before. The reason is for the log only; the client gets a bare 401.
 */
export class Authenticator {
  private readonly keys = new Map<string, { jwks: KeySet; tenants?: Set<string> }>();
  private readonly seen: BoundedMap<true>;
  private readonly algorithms: string[];

  /** Call `await loadJose()` first. */
  constructor(
    private readonly config: CdsConfig,
    baseDir: string,
  ) {
    if (!jose) throw new Error('loadJose() must run before an Authenticator is built');
    for (const i of config.issuers) this.keys.set(i.iss, { jwks: loadJwks(i.jwksFile, baseDir, i.iss), tenants: i.tenants && new Set(i.tenants) });
    this.algorithms = config.algorithms.filter((a) => ASYMMETRIC.test(a));
    this.seen = new BoundedMap<true>(config.replayCacheSize);
  }

  async verify(authorization: string | undefined, audience: string): Promise<AuthResult> {
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!m) return { ok: false, why: authorization ? 'malformed Authorization header' : 'no Authorization header' };
    const token = m[1];
    let alg: string | undefined;
    let kid: unknown;
    let iss: unknown;
    try {
      ({ alg, kid } = jose!.decodeProtectedHeader(token));
      iss = jose!.decodeJwt(token).iss;
    } catch {
      return { ok: false, why: 'token cannot be decoded' };
    }
    if (!alg || !this.algorithms.includes(alg)) return { ok: false, why: `algorithm ${String(alg).slice(0, 10)} not accepted` };
    // The spec requires kid, so a key is never picked by guesswork among an issuer's keys.
    if (typeof kid !== 'string' || !kid) return { ok: false, why: 'no kid in the token header' };
    const issuer = typeof iss === 'string' ? this.keys.get(iss) : undefined;
    if (!issuer) return { ok: false, why: 'issuer not allow-listed' };
    let payload;
    try {
      ({ payload } = await jose!.jwtVerify(token, issuer.jwks, {
        algorithms: this.algorithms,
        issuer: iss as string,
        audience,
        typ: 'JWT',
        requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        maxTokenAge: this.config.maxTokenLifetimeSeconds,
        clockTolerance: this.config.clockToleranceSeconds,
      }));
    } catch (e) {
      // jose's code names the failed check (claim, signature, key) without any token content.
      return { ok: false, why: (e as { code?: string }).code ?? 'verification failed' };
    }
    const { exp, iat, jti, tenant } = payload as { exp: number; iat: number; jti: unknown; tenant?: unknown };
    if (exp - iat > this.config.maxTokenLifetimeSeconds) return { ok: false, why: 'token lifetime over the cap' };
    if (typeof jti !== 'string' || !jti || jti.length > 256) return { ok: false, why: 'jti missing or malformed' };
    if (issuer.tenants) {
      if (typeof tenant !== 'string' || !issuer.tenants.has(tenant)) return { ok: false, why: 'tenant not allow-listed' };
    }
    const key = `${iss as string}\u0000${jti}`;
    if (this.seen.has(key)) return { ok: false, why: 'jti replayed' };
    // Fail closed: with the cache full of live jtis, forgetting one would open it to replay.
    if (!this.seen.hasRoom()) return { ok: false, why: 'replay cache full', busy: true };
    this.seen.set(key, true, (exp + this.config.clockToleranceSeconds) * 1000);
    return { ok: true, iss: iss as string, jti, tenant: typeof tenant === 'string' ? tenant : undefined };
  }
}
