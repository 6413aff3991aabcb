/**
 * One language server process for a chaos run or a regression test: `node --expose-gc
 * dist/server.js --stdio` with the test hooks on, spoken to through vscode-jsonrpc. Every message on
 * the wire is counted, so a test can tell that each request was answered exactly once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clientCapabilities } from '../client';
import {
  CancellationTokenSource,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Published {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

export interface Answer {
  result?: unknown;
  error?: { code: number; message: string };
}

export interface ServerOptions {
  pull: boolean;
  /** Answer workspace/configuration only when this resolves (lets a test hold a request mid-way). */
  configuration?: () => Promise<unknown>;
}

export class Server {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly logs: string[] = [];
  readonly published = new Map<string, Published>();
  /** Per request id: how many responses came back. */
  readonly answered = new Map<string, number>();
  readonly sent = new Set<string>();
  stderr = '';
  exit?: number | null;
  private waiters: (() => void)[] = [];

  constructor(readonly opts: ServerOptions) {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    this.proc = spawn(process.execPath, ['--expose-gc', SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, IMAGING_ORDER_LSP_TEST_HOOKS: '1' },
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.proc.on('exit', (code) => {
      this.exit = code;
      this.wake();
    });
    this.conn = createMessageConnection(this.countReader(new StreamMessageReader(this.proc.stdout!)), this.countWriter(new StreamMessageWriter(this.proc.stdin!)));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.set(p.uri, p);
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
      if (opts.configuration) await opts.configuration();
      return p.items.map(() => null);
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.listen();
  }

  private countReader(inner: MessageReader): MessageReader {
    return {
      onError: inner.onError,
      onClose: inner.onClose,
      onPartialMessage: inner.onPartialMessage,
      dispose: () => inner.dispose(),
      listen: (cb: DataCallback): Disposable =>
        inner.listen((m: Message) => {
          const r = m as { id?: unknown; method?: unknown };
          if (r.id !== undefined && r.method === undefined) this.answered.set(String(r.id), (this.answered.get(String(r.id)) ?? 0) + 1);
          cb(m);
        }),
    };
  }

  private countWriter(inner: MessageWriter): MessageWriter {
    return {
      onError: inner.onError,
      onClose: inner.onClose,
      dispose: () => inner.dispose(),
      end: () => inner.end(),
      write: (m: Message) => {
        const r = m as { id?: unknown; method?: unknown };
        if (r.id !== undefined && r.method !== undefined) this.sent.add(String(r.id));
        return inner.write(m);
      },
    };
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when pred holds, re-checked on every message from the server (no polling). */
  until(pred: () => boolean, what: string, failsafeMs = 60_000): Promise<void> {
    return new Promise((resolve, reject) => {
      // Not a timing assertion: only a hang detector, far beyond any answer time.
      const timer = setTimeout(() => reject(new Error(`hang: ${what} did not happen within ${failsafeMs / 1000} s`)), failsafeMs);
      const check = () => {
        if (pred()) {
          clearTimeout(timer);
          resolve();
        } else if (this.exit !== undefined) {
          clearTimeout(timer);
          reject(new Error(`the server exited (${this.exit}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
        } else this.waiters.push(check);
      };
      check();
    });
  }

  async start(): Promise<void> {
    const pull = this.opts.pull;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: clientCapabilities({ pull, configuration: !!this.opts.configuration, documentChanges: true }),
    });
    await this.conn.sendNotification('initialized', {});
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  /** A request whose answer (result or error) is always resolved, never rejected. */
  request(method: string, params: unknown, cancel = false): Promise<Answer> {
    const source = new CancellationTokenSource();
    const p = this.conn.sendRequest(method, params, source.token).then(
      (result) => ({ result }),
      (e: unknown) => (e instanceof ResponseError ? { error: { code: e.code, message: e.message } } : { error: { code: 0, message: String(e) } }),
    );
    if (cancel) source.cancel();
    return p;
  }

  /** The server's copy of a document; undefined from a server without the test hooks (an older build). */
  async text(uri: string): Promise<string | null | undefined> {
    const a = await this.request('imagingOrderLint/test/text', { uri });
    if (a.error?.code === -32601) return undefined;
    if (a.error) throw new Error(a.error.message);
    return a.result as string | null;
  }

  /** The server's live heap without its compiled code (all of it from a build that does not tell its code apart). */
  async heap(): Promise<number> {
    const a = await this.request('imagingOrderLint/test/heap', undefined);
    const r = a.result as { heapUsed: number | null; codeUsed?: number; error?: string } | undefined;
    if (!r || r.heapUsed === null) throw new Error(a.error?.message ?? r?.error);
    return r.heapUsed - (r.codeUsed ?? 0);
  }

  async stop(): Promise<void> {
    if (this.exit === undefined) {
      try {
        await this.conn.sendRequest('shutdown');
        await this.conn.sendNotification('exit');
        await this.until(() => this.exit !== undefined, 'exit after shutdown', 10_000);
      } catch {
        this.proc.kill();
      }
    }
    this.conn.dispose();
  }
}
