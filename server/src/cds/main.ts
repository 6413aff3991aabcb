import { buildApp } from './app';
import { loadJose } from './auth';
import { ConfigError, USAGE, parseOptions } from './config';

/**
 * An error as logged: its name, code and stack frames ("at f (file:line:col)"), never its message,
 * which may quote request data (patient data). Non-Error values are logged by type only.
 */
export function errorForLog(err: unknown): { name: string; code?: string; frames: string[] } {
  if (!(err instanceof Error)) return { name: typeof err, frames: [] };
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .map((l) => l.trim())
    .slice(0, 30);
  const code = (err as NodeJS.ErrnoException).code;
  return { name: err.name, ...(typeof code === 'string' ? { code } : {}), frames };
}

/** Starts the service; resolves with the exit code when it cannot start (it otherwise runs until signalled). */
export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`imaging-order-cds: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (!options) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let url = '';
  let app;
  try {
    await loadJose();
    app = await buildApp({ config: options.config, baseDir: options.baseDir, dev: options.dev, localUrl: () => url, logLevel: process.env.CDS_LOG_LEVEL });
  } catch (e) {
    process.stderr.write(`imaging-order-cds: ${(e as Error).message}\n`);
    return 2;
  }
  // The last line of defence: a bug in one request must not take the service down for every clinician.
  process.on('uncaughtException', (err) => app.log.error({ err: errorForLog(err) }, 'uncaught exception (service continues)'));
  process.on('unhandledRejection', (err) => app.log.error({ err: errorForLog(err) }, 'unhandled rejection (service continues)'));
  if (options.dev) {
    const warning = 'DEV MODE: unsigned calls are accepted. Never use --dev with patient data or outside this machine.';
    process.stderr.write(`imaging-order-cds: WARNING: ${warning}\n`);
    app.log.warn({ mode: 'dev-unsigned-calls-accepted' }, warning);
  }
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (e) {
    process.stderr.write(`imaging-order-cds: cannot listen on ${options.host}:${options.port} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  // Typed by hand: this module imports no network module (test/hardening/no-network.test.ts); fastify owns the socket.
  const addr = app.server.address() as { address: string; port: number; family: string };
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  url = `http://${host}:${addr.port}`;
  // One machine-readable line, so scripts and tests can find the port when --port 0 was given.
  process.stdout.write(`imaging-order-cds listening on ${url}${options.dev ? ' (dev: unsigned calls accepted)' : ''}\n`);
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return -1;
}
