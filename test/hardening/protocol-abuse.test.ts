/**
 * Protocol abuse against the language server (issue 5, item 3): `node dist/server.js --stdio`,
 * driven by vscode-jsonrpc as a client that misbehaves.
 *
 * Every request must get a response or a proper JSON-RPC error (an integer code and a message),
 * within a deadline; the server process must stay alive until `exit`; and after a burst of 1,000
 * incremental edits the diagnostics it publishes for the final version must equal a fresh
 * analyzeDocument of the final text (rule id + range + message).
 */
import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, type MessageConnection, ResponseError, createMessageConnection } from 'vscode-jsonrpc/node';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { engine } from './checks';
import { ROOT, analyzeDocument } from './engine';
import { SAMPLE } from '../lsp/client';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const URI = 'file:///tmp/iol-abuse/note.order';

interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  message: string;
}

class Client {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diag[] }>();
  stderr = '';
  exitCode: number | null = null;
  /** Settles when the process has exited (an event, not a poll: nothing here reads the clock). */
  readonly exited: Promise<number>;
  /** Callers waiting for a document version's diagnostics, woken by each publish. */
  private readonly published = new Set<() => void>();

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.exited = new Promise((resolve) =>
      this.proc.on('exit', (code) => {
        this.exitCode = code ?? -1;
        resolve(this.exitCode);
        for (const wake of this.published) wake();
      }),
    );
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      for (const wake of this.published) wake();
    });
    // Requests the server may send us.
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.listen();
  }

  get alive(): boolean {
    return this.exitCode === null && this.proc.exitCode === null;
  }

  /**
   * A response or a JSON-RPC error; anything else fails the test. A server that never answers is
   * caught by the test's own timeout (mocha's), not by a clock read here.
   */
  async request(method: string, params: unknown, token?: CancellationTokenSource): Promise<{ result?: unknown; error?: ResponseError<unknown> }> {
    try {
      const sent = token ? this.conn.sendRequest(method, params, token.token) : params === undefined ? this.conn.sendRequest(method) : this.conn.sendRequest(method, params);
      const result = await sent;
      return { result };
    } catch (e) {
      if (e instanceof ResponseError) {
        assert.ok(Number.isInteger(e.code), `${method}: error without an integer code`);
        assert.equal(typeof e.message, 'string');
        return { error: e };
      }
      throw e;
    }
  }

  /** The diagnostics published for this version, woken by each publish (or failing when the server exits). */
  async waitForDiagnostics(uri: string, version: number): Promise<Diag[]> {
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && d.version === version) return d.diagnostics;
      if (!this.alive) throw new Error(`the server exited before diagnostics for version ${version} (last: ${d?.version})`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.published.delete(wake);
          resolve();
        };
        this.published.add(wake);
      });
    }
  }
}

/** Runs `fn` after `n` turns of the event loop. */
function afterTurns(n: number, fn: () => void): void {
  if (n <= 0) fn();
  else setImmediate(() => afterTurns(n - 1, fn));
}

/** What the server should publish for this text: a fresh engine analysis, as LSP ranges. */
function expected(uri: string, text: string): string[] {
  const doc = TextDocument.create(uri, 'imaging-order', 0, text);
  return analyzeDocument(text, engine)
    .findings.map((f) => key({ code: f.ruleId, message: f.message, range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) } }))
    .sort();
}

function key(d: Diag): string {
  return `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

/** A small deterministic PRNG (xorshift32), so a failing burst can be replayed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const START = [SAMPLE.trimEnd(), '---', 'Age: 9 months', 'Skin: hemangioma', 'Order: spinal US', ''].join('\n');
const SNIPPETS = [
  'Order: x-ray L-spine\n',
  'Age: 2 y\n',
  '---\n',
  'hair tuft',
  '; fever',
  '\r\n',
  '\r',
  '👶🏽',
  '\u200b',
  'Contrast: with\n',
  '  continued\n',
  '# acknowledge missing-age: other\n',
  'Prior imaging: US spine: conus at L3\n',
  ':',
  'Ordr: MRI\n',
  'Referral: pediatric neurosurgery\n',
];

describe('hardening: protocol abuse against the language server', function () {
  this.timeout(120_000);
  let client: Client;

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is not built: run npm run build first');
    client = new Client();
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
      workspaceFolders: null,
    });
    assert.ok(init.result, `initialize failed: ${init.error?.message}`);
    await client.conn.sendNotification('initialized', {});
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imaging-order', version: 1, text: START } });
    await client.waitForDiagnostics(URI, 1);
  });

  after(async () => {
    if (client?.alive) {
      client.proc.kill();
    }
    client?.conn.dispose();
  });

  afterEach(function () {
    if (client) assert.ok(client.alive, `the server exited (code ${client.exitCode}); stderr:\n${client.stderr.slice(-2000)}`);
  });

  const BAD_POSITIONS: unknown[] = [
    { line: 1_000_000, character: 5 },
    { line: 2, character: 1_000_000 },
    { line: -1, character: 0 },
    { line: 0, character: -7 },
    { line: 1.5, character: 2.25 },
    { line: 1e300, character: -1e300 },
    { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER },
    { line: '3', character: '4' },
    { line: null, character: null },
    {},
    null,
  ];

  it('hover, completion and codeAction at positions past the end, negative, fractional or malformed', async () => {
    for (const position of BAD_POSITIONS) {
      for (const method of ['textDocument/hover', 'textDocument/completion']) {
        const r = await client.request(method, { textDocument: { uri: URI }, position });
        assert.ok('result' in r || r.error, `${method} ${JSON.stringify(position)}`);
      }
      const r = await client.request('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: { start: position, end: { line: 1e9, character: 1e9 } },
        context: { diagnostics: [{ range: { start: position, end: position }, message: 'x', code: 'inappropriate-initial-study', source: 'imaging-order-lint' }] },
      });
      assert.ok('result' in r || r.error);
    }
  });

  it('requests for unknown documents and malformed parameters', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere/never-opened.order' } };
    const weird = [unknown, { textDocument: { uri: 42 } }, { textDocument: null }, {}, null, [], 'string'];
    for (const params of weird) {
      for (const method of [
        'textDocument/hover',
        'textDocument/completion',
        'textDocument/documentSymbol',
        'textDocument/foldingRange',
        'textDocument/codeLens',
        'textDocument/codeAction',
        'textDocument/diagnostic',
      ]) {
        const p =
          params && typeof params === 'object' && !Array.isArray(params)
            ? { ...params, position: { line: 0, character: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }
            : params;
        const r = await client.request(method, p);
        assert.ok('result' in r || r.error, method);
      }
    }
    // Notifications about unknown documents are ignored, not fatal.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere/x.order', version: 9 }, contentChanges: [{ text: 'x' }] });
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///nowhere/x.order' } });
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: 'file:///nowhere/x.order' } });
    const unknownMethod = await client.request('imaging/doesNotExist', {});
    assert.equal(unknownMethod.error?.code, -32601, 'an unknown method is MethodNotFound');
    const cmd = await client.request('workspace/executeCommand', { command: 'imagingOrderLint.noSuchCommand', arguments: [null, 1, {}] });
    assert.ok('result' in cmd || cmd.error);
    const cmd2 = await client.request('workspace/executeCommand', { command: 'imagingOrderLint.writeReport', arguments: [{ not: 'a uri' }] });
    assert.ok('result' in cmd2 || cmd2.error);
  });

  it('$/cancelRequest for in-flight requests: each gets a result or RequestCancelled', async () => {
    const pending: Promise<{ result?: unknown; error?: ResponseError<unknown> }>[] = [];
    for (let i = 0; i < 50; i++) {
      const source = new CancellationTokenSource();
      const method = ['textDocument/hover', 'textDocument/codeAction', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeLens'][i % 5];
      pending.push(
        client.request(
          method,
          {
            textDocument: { uri: URI },
            position: { line: 5, character: 10 },
            range: { start: { line: 5, character: 0 }, end: { line: 5, character: 20 } },
            context: { diagnostics: [] },
          },
          source,
        ),
      );
      // Cancelled at once, or after a few turns of the event loop (counted, not timed).
      if (i % 2 === 0) source.cancel();
      else afterTurns(i % 7, () => source.cancel());
    }
    // Cancelling ids that do not exist (or already answered) is harmless too.
    await client.conn.sendNotification('$/cancelRequest', { id: 999_999 });
    await client.conn.sendNotification('$/cancelRequest', { id: 'nope' });
    for (const r of await Promise.all(pending)) {
      if (r.error) assert.ok(r.error.code === -32800 || r.error.code === -32603 || r.error.code === -32802, `unexpected error ${r.error.code}: ${r.error.message}`);
    }
  });

  it('1,000 incremental edits in a burst: the final diagnostics equal a fresh analysis of the final text', async () => {
    const random = rng(Number(process.env.FC_SEED) || 20261126);
    let doc = TextDocument.create(URI, 'imaging-order', 1, START);
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      const text = doc.getText();
      const a = Math.floor(random() * (text.length + 1));
      const b = Math.min(text.length, a + Math.floor(random() * (random() < 0.5 ? 3 : 30)));
      const insert = random() < 0.7 ? SNIPPETS[Math.floor(random() * SNIPPETS.length)] : '';
      let range = { start: doc.positionAt(a), end: doc.positionAt(b) };
      // Now and then a range past the end of the document, as a confused client sends (clamped by both sides).
      if (random() < 0.02) range = { start: doc.positionAt(text.length), end: { line: doc.lineCount + 5, character: 3 } };
      version++;
      const change = { range, text: insert };
      doc = TextDocument.update(doc, [change], version);
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [change] });
      // Interleave requests with the burst, as an editor does.
      if (i % 97 === 0) void client.request('textDocument/hover', { textDocument: { uri: URI }, position: doc.positionAt(a) });
    }
    const got = (await client.waitForDiagnostics(URI, version)).map(key).sort();
    assert.deepEqual(got, expected(URI, doc.getText()));
    // A pull request (textDocument/diagnostic) for the same version agrees as well, when supported.
    const pulled = await client.request('textDocument/diagnostic', { textDocument: { uri: URI } });
    if (pulled.result && (pulled.result as { kind: string }).kind === 'full') {
      const items = (pulled.result as { items: Diag[] }).items;
      if (items.length) assert.deepEqual(items.map(key).sort(), expected(URI, doc.getText()));
    }
  });

  it('a full-text replacement with hostile content, then close and reopen', async () => {
    const hostile = `\ufeffOr\u200bder: \ud800x-ray\u0000\r\n${'; '.repeat(30_000)}\n---\r${'😀'.repeat(1000)}`;
    const version = 5000;
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text: hostile }] });
    const got = (await client.waitForDiagnostics(URI, version)).map(key).sort();
    assert.deepEqual(got, expected(URI, hostile));
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imaging-order', version: 1, text: START } });
    assert.deepEqual((await client.waitForDiagnostics(URI, 1)).map(key).sort(), expected(URI, START));
  });

  it('requests after shutdown get a response or an error; exit then ends the process with code 0', async () => {
    const down = await client.request('shutdown', undefined);
    assert.ok(!down.error, `shutdown failed: ${down.error?.message}`);
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'shutdown']) {
      const r = await client.request(method, {
        textDocument: { uri: URI },
        position: { line: 0, character: 0 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      });
      assert.ok('result' in r || r.error, method);
    }
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 99 }, contentChanges: [{ text: 'x' }] });
    assert.ok(client.alive, 'the server must not exit before the exit notification');
    await client.conn.sendNotification('exit');
    await client.exited;
    assert.equal(client.exitCode, 0, `exit code after shutdown + exit; stderr:\n${client.stderr.slice(-2000)}`);
    // Mark as intentionally ended so afterEach does not count it as a crash.
    client = undefined as unknown as Client;
  });
});
