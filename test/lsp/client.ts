/**
 * A small LSP client for protocol tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC to
 * it with vscode-languageserver-protocol, the way an editor would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  type CodeAction,
  type ConfigurationParams,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const SAMPLE_PATH = path.join(ROOT, 'samples', '01-infant-dimple-radiograph.order');

/** The spec §6 example, in case the sample file changes: tests pin their own copy. */
export const SAMPLE = [
  '# 3-month-old at a routine check-up',
  'Patient: 3-month-old boy',
  'Findings: deep dimple just above the gluteal cleft; small tuft of hair',
  'Neuro: intact',
  'Red flags: none',
  'Order: Radiography spine area of interest',
  '',
].join('\n');

export function uriFor(name: string): string {
  return pathToFileURL(path.join(ROOT, 'test-results', 'lsp-docs', name)).href;
}

export interface StartOptions {
  pull: boolean;
  configuration?: boolean;
  relatedInformation?: boolean;
  documentChanges?: boolean;
  initializationOptions?: Record<string, unknown>;
  workspaceFolders?: { uri: string; name: string }[];
  settings?: Record<string, unknown>;
}

/** Applies LSP text edits to a text (edits must not overlap), as an editor would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create('mem://x', 'imaging-order', 0, text);
  const withOffsets = edits.map((e) => ({ s: doc.offsetAt(e.range.start), e: doc.offsetAt(e.range.end), t: e.newText }));
  withOffsets.sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  for (const x of withOffsets) out = out.slice(0, x.s) + x.t + out.slice(x.e);
  return out;
}

export function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes) return edit.changes[uri] ?? [];
  const out: TextEdit[] = [];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly messages: ShowMessageParams[] = [];
  readonly configRequests: ConfigurationParams[] = [];
  settings: Record<string, unknown>;
  init!: InitializeResult;
  private waiters: ((p: PublishDiagnosticsParams) => void)[] = [];
  private texts = new Map<string, { text: string; version: number }>();
  stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly conn: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(o: StartOptions): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const c = new TestClient(child, conn, o.settings ?? {});
    child.stderr!.on('data', (d) => (c.stderr += String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      c.published.set(p.uri, p);
      for (const w of c.waiters.splice(0)) w(p);
    });
    conn.onNotification('window/showMessage', (p: ShowMessageParams) => c.messages.push(p));
    conn.onNotification('window/logMessage', () => undefined);
    conn.onRequest('workspace/configuration', (p: ConfigurationParams) => {
      c.configRequests.push(p);
      return p.items.map((i) => (i.section === 'imagingOrderLint' ? c.settings : null));
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.listen();
    const caps = clientCapabilities(o);
    c.init = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: o.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: o.workspaceFolders ?? null,
      capabilities: caps,
      initializationOptions: o.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return c;
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  version(uri: string): number {
    return this.texts.get(uri)!.version;
  }

  /** Resolves with the next publishDiagnostics for uri matching pred (register before acting). */
  nextPublish(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 8000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout waiting for diagnostics of ${uri}`)), ms);
      const check = (p: PublishDiagnosticsParams) => {
        if (p.uri === uri && pred(p)) {
          clearTimeout(timer);
          resolve(p);
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.texts.set(uri, { text, version });
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imaging-order', version, text } });
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  /** Sends incremental changes (applied in order) and tracks the text locally. */
  async change(uri: string, changes: { range: TextEdit['range']; text: string }[]): Promise<number> {
    const cur = this.texts.get(uri)!;
    let text = cur.text;
    for (const ch of changes) text = applyEdits(text, [{ range: ch.range, newText: ch.text }]);
    cur.text = text;
    cur.version++;
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: cur.version },
      contentChanges: changes as TextDocumentContentChangeEvent[],
    });
    return cur.version;
  }

  /** Applies a workspace edit to an open document: edits go as incremental changes, last first. */
  async applyWorkspaceEdit(uri: string, edit: WorkspaceEdit | undefined): Promise<number> {
    const edits = editsOf(edit, uri);
    const doc = TextDocument.create(uri, 'x', 0, this.text(uri));
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return this.change(
      uri,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
    );
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const r = await this.conn.sendRequest<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    if (r.kind !== 'full') throw new Error(`expected a full report, got ${r.kind}`);
    return r.items ?? [];
  }

  codeActions(uri: string, range: TextEdit['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

/** What our test clients declare: an editor like VS Code, in pull or push mode. */
export function clientCapabilities(o: { pull?: boolean; relatedInformation?: boolean; configuration?: boolean; documentChanges?: boolean }): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: o.relatedInformation ?? true, versionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      completion: { completionItem: { snippetSupport: true } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      codeLens: {},
      ...(o.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: o.configuration ?? false,
      didChangeConfiguration: { dynamicRegistration: false },
      workspaceEdit: { documentChanges: o.documentChanges ?? false },
      workspaceFolders: true,
      ...(o.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
  };
}
