import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

/** Everything a deployer sets, validated before the service starts listening. */
export const ConfigSchema = z.strictObject({
  /** The base URL the EHR calls (scheme, host, port, path prefix); token `aud` must equal it plus the endpoint path. */
  publicUrl: z.url().optional(),
  issuers: z
    .array(
      z.strictObject({
        iss: z.string().min(1),
        /** A JWKS JSON file (relative paths are resolved from the config file's folder). Keys are never fetched. */
        jwksFile: z.string().min(1),
        /** When given, the token's `tenant` claim must be one of these. */
        tenants: z.array(z.string().min(1)).min(1).optional(),
      }),
    )
    .default([]),
  algorithms: z
    .array(z.enum(['RS384', 'ES384', 'RS256', 'ES256', 'RS512', 'ES512', 'PS384', 'PS256', 'PS512']))
    .min(1)
    .default(['RS384', 'ES384']),
  /** exp − iat may not exceed this; keeps the replay cache small and stolen tokens short-lived. */
  maxTokenLifetimeSeconds: z.number().int().positive().max(3600).default(300),
  clockToleranceSeconds: z.number().int().min(0).max(300).default(30),
  replayCacheSize: z.number().int().positive().default(200_000),
  ratingProvenance: z.array(z.enum(['acr-portal', 'acr-historical', 'reported'])).default(['acr-portal', 'acr-historical']),
  /** `cds-hooks` emits ratings as 2.0 top-level systemActions; `argonaut` also as extension.systemActions. */
  profile: z.enum(['cds-hooks', 'argonaut']).default('cds-hooks'),
  /** Where rule pages live; when absent the service serves them itself under /rules/. */
  docsBaseUrl: z.url().optional(),
  /** A CMS G-code to claim in pama-rating-qcdsm-consulted; none unless a deployer is entitled to one. */
  qcdsmGCode: z
    .string()
    .regex(/^G\d{4}$/)
    .optional(),
  feedbackLog: z.string().min(1).default('cds-feedback.jsonl'),
  bodyLimitBytes: z.number().int().positive().default(1_048_576),
  /** Orders checked per hook call; any beyond are not checked and one information card says how many. */
  maxOrdersPerRequest: z.number().int().positive().max(1000).default(50),
  cardMemory: z.strictObject({ size: z.number().int().positive(), ttlSeconds: z.number().int().positive() }).default({ size: 50_000, ttlSeconds: 7 * 24 * 3600 }),
  /** Whole-request deadline and idle socket limit, against slow or half-open connections. */
  requestTimeoutMs: z.number().int().positive().default(10_000),
  idleTimeoutMs: z.number().int().positive().default(5_000),
  /** Rule severity overrides, as in a rule pack. */
  rules: z.record(z.string(), z.enum(['off', 'hint', 'information', 'warning', 'error'])).default({}),
});
export type CdsConfig = z.infer<typeof ConfigSchema>;

export interface Options {
  port: number;
  host: string;
  dev: boolean;
  config: CdsConfig;
  /** The config file's folder, for relative key paths. */
  baseDir: string;
}

export class ConfigError extends Error {}

export const USAGE = `Usage: imaging-order-cds [options]

A CDS Hooks 2.0 service (order-select, order-sign) rating pediatric spine imaging orders.

Options:
  --config FILE            service configuration (JSON; see docs/cds-hooks.md)
  --port N                 port to listen on (default 3010; 0 picks a free one)
  --host HOST              address to listen on (default 127.0.0.1)
  --rating-provenance P    also stamp ratings of provenance P (e.g. reported); repeatable
  --dev                    DEVELOPMENT ONLY: accept unsigned calls (loopback hosts only)
  -h, --help               show this help`;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function readConfigFile(file: string): CdsConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const r = ConfigSchema.safeParse(json);
  if (!r.success) {
    throw new ConfigError(
      r.error.issues
        .slice(0, 5)
        .map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('\n'),
    );
  }
  return r.data;
}

/** Parses argv; returns undefined for --help. Throws ConfigError with a one-line reason. */
export function parseOptions(argv: readonly string[]): Options | undefined {
  let port = 3010;
  let host = '127.0.0.1';
  let dev = false;
  let file: string | undefined;
  const extraProvenance: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) [a, inline] = [a.slice(0, eq), a.slice(eq + 1)];
    const take = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ConfigError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '-h':
      case '--help':
        return undefined;
      case '--port': {
        const v = take();
        port = Number(v);
        if (!/^\d+$/.test(v) || port > 65535) throw new ConfigError(`--port: "${v}" is not a port number`);
        break;
      }
      case '--host':
        host = take();
        break;
      case '--config':
        file = take();
        break;
      case '--rating-provenance':
        extraProvenance.push(...take().split(','));
        break;
      case '--dev':
        dev = true;
        break;
      default:
        throw new ConfigError(`unknown option "${a.slice(0, 60)}"`);
    }
  }
  const config = file ? readConfigFile(file) : ConfigSchema.parse({});
  for (const p of extraProvenance) {
    const parsed = z.enum(['acr-portal', 'acr-historical', 'reported']).safeParse(p.trim());
    if (!parsed.success) throw new ConfigError(`--rating-provenance: "${p.slice(0, 40)}" is not acr-portal, acr-historical or reported`);
    if (!config.ratingProvenance.includes(parsed.data)) config.ratingProvenance.push(parsed.data);
  }
  if (dev && !isLoopback(host)) throw new ConfigError(`--dev accepts unsigned calls and may only listen on a loopback host, not "${host}"`);
  if (!dev && config.issuers.length === 0)
    throw new ConfigError('no issuers are configured: every call would be refused (give --config with "issuers", or --dev for local testing)');
  if (!dev && !config.publicUrl) throw new ConfigError('"publicUrl" is required: tokens are checked against it (aud)');
  return { port, host, dev, config, baseDir: file ? path.dirname(path.resolve(file)) : process.cwd() };
}
