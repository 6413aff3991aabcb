import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  type InitializeResult,
  ResponseError,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticOptions } from './diagnostics';
import type { DocState } from './documents';
import type * as Features from './features';
import { CODE_ACTION_KINDS, LINT_WORKSPACE, SOURCE, WRITE_REPORT } from './ids';
import { VERSION } from '../shared/version';
import { CONFIGURATION_SECTION, SERVER_COMMANDS, TrustChangedNotification } from '../shared/protocol';
import { guardRanges } from './answerRanges';
import { invalidParams, requestCancelled } from './errors';
import { registerTestHooks } from './testHooks';
import { applyChanges, requestOffset } from './textSync';
import { type Resolved, SettingsManager } from './settings';

/**
 * The engine and every feature, loaded on first use instead of before the initialize answer
 * (they were ~200 of the ~470 ms from spawn to that answer, profiled under load); onInitialized
 * loads them, and the knowledge base, in the background so the first document rarely waits.
 * settings.ts stays a static import: it is light, and loads the knowledge itself when first asked.
 */
let loaded: typeof Features | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const feature = (): typeof Features => (loaded ??= require('./features') as typeof Features);

/** Wires the language server onto a connection; every handler is thin and never throws. */
export function startServer(connection: Connection): void {
  const open = new Map<string, TextDocument>();
  const documents = { get: (uri: string) => open.get(uri), all: () => [...open.values()] };
  const states = new Map<string, DocState>();
  let caps: ClientCapabilities = {};
  let pull = false;
  let settings!: SettingsManager;
  let diagOpts: DiagnosticOptions = { relatedInformation: false };
  let diagOptsBase = '';
  // One pending publication per document, run once the messages already read are handled (edits in one chunk coalesce).
  const timers = new Map<string, NodeJS.Immediate>();
  let shuttingDown = false;

  const log = (msg: string) => connection.console.error(msg);

  /**
   * Every handler goes through here: parameters are validated first (params.ts), cancellation and
   * InvalidParams travel as errors, anything else thrown is logged and answered with the fallback,
   * and every range in an answer is checked against the document (answerRanges.ts).
   */
  function safe<P, R>(name: string, fallback: () => R, fn: (p: P, token: CancellationToken) => R | Promise<R>): (p: P, token?: CancellationToken) => Promise<R> {
    return async (p: P, token: CancellationToken = CancellationToken.None) => {
      const checked = feature().checkParams(name, p);
      if (!checked.ok) {
        log(checked.message);
        if (checked.notification) return undefined as R;
        throw invalidParams(checked.message);
      }
      try {
        if (token.isCancellationRequested) throw requestCancelled();
        return guardAnswer(name, p, await fn(p, token));
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        log(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
        return fallback();
      }
    };
  }

  function guardAnswer<R>(name: string, p: unknown, answer: R): R {
    const uri = (p as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc || answer === null || typeof answer !== 'object') return answer;
    const diagnostics = name === 'textDocument/diagnostic' || name === 'publishDiagnostics';
    return guardRanges(doc, answer, (what) => log(`${name}: repaired an answer range: ${what}`), diagnostics);
  }

  /** Result ids are unique for the server's lifetime: never reused after a close and reopen. */
  let resultIds = 0;

  function stateOf(uri: string): DocState {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = new (feature().DocState)(uri)));
    return s;
  }

  /** Options objects are reused while nothing changes, so the per-note diagnostic cache holds. */
  function optionsFor(r: Resolved): DiagnosticOptions {
    const key = `${r.lsp.docsBaseUri ?? ''}`;
    if (key !== diagOptsBase) {
      diagOptsBase = key;
      diagOpts = { relatedInformation: diagOpts.relatedInformation, clientDocs: diagOpts.clientDocs, docsBaseUri: r.lsp.docsBaseUri };
    }
    return diagOpts;
  }

  /** Current document + settings + analysis, or undefined for an unknown URI. */
  async function current(uri: string, token?: CancellationToken) {
    if (typeof uri !== 'string' || !documents.get(uri)) return undefined;
    const r = await settings.get(uri);
    // The analysis below is the heavy part: a request cancelled while settings were read stops here.
    if (token?.isCancellationRequested) throw requestCancelled();
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const state = stateOf(uri);
    return { doc, r, state, analysis: () => feature().analysisOf(state, doc, r.engine) };
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities ?? {};
    pull = !!caps.textDocument?.diagnostic;
    const init = (params.initializationOptions && typeof params.initializationOptions === 'object' ? params.initializationOptions : {}) as Record<string, unknown>;
    settings = new SettingsManager(connection, !!caps.workspace?.configuration, init);
    settings.workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (settings.workspaceFolders.length === 0 && params.rootUri) settings.workspaceFolders = [params.rootUri];
    diagOpts = {
      relatedInformation: !!(
        caps.textDocument?.publishDiagnostics?.relatedInformation || (caps.textDocument?.diagnostic as { relatedInformation?: boolean } | undefined)?.relatedInformation
      ),
      clientDocs: init.resolvesRuleDocs === true,
    };
    const literal = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: literal ? { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false } : true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ';', ','], resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'imaging-order-lsp', version: VERSION },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(() => {
    // The engine and the knowledge base, loaded now that initialize is answered, before the first
    // document needs them (a failure is logged here and reported again where it is needed).
    setImmediate(() => {
      try {
        feature().defaultKnowledge();
      } catch (e) {
        log(`loading the knowledge base failed: ${(e as Error)?.message ?? String(e)}`);
      }
    });
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        safe(
          'didChangeWorkspaceFolders',
          () => undefined,
          (e) => {
            const removed = new Set(e.removed.map((f) => f.uri));
            settings.workspaceFolders = [...settings.workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
            settingsChanged();
          },
        ),
      );
    }
  });

  // ---- diagnostics -------------------------------------------------------------------------

  function refreshAll(): void {
    if (pull) {
      if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
    } else {
      for (const doc of documents.all()) schedule(doc.uri);
    }
  }

  function settingsChanged(): void {
    settings.clear();
    for (const s of states.values()) s.saved = undefined;
    refreshAll();
  }

  /** Push mode: coalesce bursts of edits and publish once for the latest version. */
  function schedule(uri: string): void {
    if (pull || shuttingDown) return;
    const t = timers.get(uri);
    if (t) clearImmediate(t);
    // setImmediate, not setTimeout(…, 0): Node runs a zero timeout after at least a millisecond, which every edit paid.
    timers.set(
      uri,
      setImmediate(() => {
        timers.delete(uri);
        void publish(uri);
      }),
    );
  }

  const publish = safe(
    'publishDiagnostics',
    () => undefined,
    async (uri: string) => {
      const c = await current(uri);
      if (!c) return;
      // Computed synchronously from the text as it is now, so the version published is the latest.
      const items: Diagnostic[] = c.r.lsp.enable
        ? guardAnswer('publishDiagnostics', { textDocument: { uri } }, feature().documentDiagnostics(c.state, c.doc, c.analysis(), optionsFor(c.r)))
        : [];
      if (c.doc.version < c.state.lastPublishedVersion) return;
      c.state.lastPublishedVersion = c.doc.version;
      await connection.sendDiagnostics({ uri, version: c.doc.version, diagnostics: items });
    },
  ) as (uri: string) => Promise<void>;

  connection.languages.diagnostics.on(
    safe<{ textDocument: { uri: string }; previousResultId?: string }, DocumentDiagnosticReport>(
      'textDocument/diagnostic',
      () => ({ kind: DocumentDiagnosticReportKind.Full, items: [] }),
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c || !c.r.lsp.enable) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const opts = optionsFor(c.r);
        if (c.r.lsp.run === 'onSave') {
          if (!c.state.saved) c.state.saved = { resultId: `s${++resultIds}.${settings.generation}`, items: feature().documentDiagnostics(c.state, c.doc, c.analysis(), opts) };
          if (params.previousResultId === c.state.saved.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: c.state.saved.resultId };
          return { kind: DocumentDiagnosticReportKind.Full, resultId: c.state.saved.resultId, items: c.state.saved.items };
        }
        // Result ids follow the diagnostics' content, not the document version: most keystrokes leave
        // every diagnostic as it was, and then the client is told "unchanged" instead of receiving them all.
        const items = feature().documentDiagnostics(c.state, c.doc, c.analysis(), opts);
        const last = c.state.lastReport;
        if (last && feature().sameDiagnostics(last.items, items)) {
          if (params.previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
          return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items };
        }
        const resultId = `r${++resultIds}.${settings.generation}`;
        c.state.lastReport = { resultId, items };
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
      },
    ),
  );

  // Our own document sync (instead of TextDocuments) so each edit's range marks what changed.
  connection.onDidOpenTextDocument(
    safe(
      'didOpen',
      () => undefined,
      (p) => {
        const { uri, languageId, version, text } = p.textDocument;
        open.set(uri, TextDocument.create(uri, languageId, version, text));
        const s = new (feature().DocState)(uri);
        states.set(uri, s);
        schedule(uri);
      },
    ),
  );
  connection.onDidChangeTextDocument(
    safe(
      'didChange',
      () => undefined,
      (p) => {
        const uri = p.textDocument.uri;
        const doc = open.get(uri);
        if (!doc) return;
        const state = stateOf(uri);
        // Ranges are validated as VS Code validates them (textSync.ts), never trusted as sent.
        applyChanges(doc, p.contentChanges, p.textDocument.version ?? doc.version + 1, (s, e, inserted) => {
          state.analyses.edited(s, e, inserted);
        });
        if (pull) return;
        settings.get(uri).then(
          (r) => {
            if (r.lsp.run === 'onType') schedule(uri);
          },
          (e: unknown) => log(`didChange: settings for ${uri}: ${(e as Error)?.message ?? String(e)}`),
        );
      },
    ),
  );
  connection.onDidSaveTextDocument(
    safe(
      'didSave',
      () => undefined,
      (p) => {
        const uri = p.textDocument.uri;
        const s = states.get(uri);
        if (s) s.saved = undefined;
        if (pull) {
          settings.get(uri).then(
            (r) => {
              if (r.lsp.run === 'onSave' && caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
            },
            (e: unknown) => log(`didSave: settings for ${uri}: ${(e as Error)?.message ?? String(e)}`),
          );
        } else schedule(uri);
      },
    ),
  );
  connection.onDidCloseTextDocument(
    safe(
      'didClose',
      () => undefined,
      (p) => {
        const uri = p.textDocument.uri;
        const t = timers.get(uri);
        if (t) clearImmediate(t);
        timers.delete(uri);
        open.delete(uri);
        states.delete(uri);
        settings.forget(uri);
        if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
      },
    ),
  );

  connection.onDidChangeConfiguration(
    safe(
      'didChangeConfiguration',
      () => undefined,
      (params) => {
        const s = (params?.settings as Record<string, unknown> | undefined)?.[CONFIGURATION_SECTION];
        if (s !== undefined) settings.global = s;
        settingsChanged();
      },
    ),
  );

  connection.onNotification(
    TrustChangedNotification,
    safe(
      'trustChanged',
      () => undefined,
      (p: { trusted?: boolean }) => {
        settings.trusted = p?.trusted !== false;
        settingsChanged();
      },
    ),
  );

  // ---- features ------------------------------------------------------------------------------

  connection.onCodeAction(
    safe(
      'codeAction',
      () => [],
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c) return [];
        return feature().codeActions(c.doc, c.analysis(), params, {
          documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
          docsBaseUri: c.r.lsp.docsBaseUri,
        });
      },
    ),
  );

  connection.onHover(
    safe(
      'hover',
      () => null,
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c) return null;
        return feature().hoverAt(c.doc, c.analysis(), requestOffset(c.doc, params.position), c.r.engine.knowledge, c.r.engine.settings.ultrasoundWindow);
      },
    ),
  );

  connection.onCompletion(
    safe(
      'completion',
      () => [],
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c) return [];
        return feature().completions(c.doc, c.analysis(), requestOffset(c.doc, params.position), c.r.engine.knowledge, {
          snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
        });
      },
    ),
  );

  connection.onDocumentSymbol(
    safe(
      'documentSymbol',
      () => [],
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c) return [];
        return caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport
          ? feature().documentSymbols(c.doc, c.analysis())
          : feature().symbolInformation(c.doc, c.analysis());
      },
    ),
  );

  connection.onFoldingRanges(
    safe(
      'foldingRange',
      () => [],
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c) return [];
        return feature().foldingRanges(c.doc, c.analysis());
      },
    ),
  );

  connection.onCodeLens(
    safe(
      'codeLens',
      () => [],
      async (params, token) => {
        const c = await current(params.textDocument?.uri, token);
        if (!c || !c.r.lsp.enable) return [];
        return feature().codeLenses(c.doc, c.analysis());
      },
    ),
  );

  connection.onExecuteCommand(
    safe(
      'executeCommand',
      () => null,
      async (params, token) => {
        const args = params.arguments ?? [];
        if (params.command === WRITE_REPORT) {
          const folder = feature().toPath(args[0]) ?? (settings.workspaceFolders[0] ? feature().toPath(settings.workspaceFolders[0]) : undefined);
          if (!folder) throw new Error('writeReport: no folder given and no workspace folder is open');
          const r = await settings.get(pathToFileURL(folder).href);
          return feature().writeReport(folder, r.engine);
        }
        if (params.command === LINT_WORKSPACE) {
          let count = 0;
          const folders = args.length
            ? args.map(feature().toPath).filter((x): x is string => !!x)
            : settings.workspaceFolders.map(feature().toPath).filter((x): x is string => !!x);
          for (const folder of folders) {
            if (token.isCancellationRequested) throw requestCancelled();
            const files = await feature().lintFiles(folder, async (uri) => (await settings.get(folderUri(uri))).engine);
            for (const f of files) {
              count++;
              if (documents.get(f.uri)) continue;
              const r = await settings.get(folderUri(f.uri));
              const doc = TextDocument.create(f.uri, 'imaging-order', 0, f.text);
              const items = r.lsp.enable ? f.analysis.findings.map((x) => feature().toDiagnostic(doc, 0, x, optionsFor(r))) : [];
              await connection.sendDiagnostics({ uri: f.uri, diagnostics: items });
            }
          }
          return count;
        }
        return null;
      },
    ),
  );

  /** Settings for files that are not open are read once per workspace folder. */
  function folderUri(uri: string): string {
    return settings.folderOf(uri) ?? pathToFileURL(path.dirname(safePath(uri))).href;
  }

  function safePath(uri: string): string {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }

  registerTestHooks(connection, (uri) => documents.get(uri)?.getText());

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const t of timers.values()) clearImmediate(t);
    timers.clear();
  });

  connection.listen();
}
