// The VS Code client: starts the bundled language server and wires the three commands.
// Nothing clinical lives here; every diagnostic, hover and fix comes from the server.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, clientInitializationOptions } from '../../server/src/shared/launch';
import { CONFIGURATION_SECTION, Commands, TrustChangedNotification, type TrustChangedParams } from '../../server/src/shared/protocol';

const CLIENT_ID = 'imagingOrderLint';
const CLIENT_NAME = 'Imaging Order Lint';
const LANGUAGE_ID = 'imaging-order';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // stdio, not node IPC: over IPC Node serialises every message with JSON.stringify, so each
    // answer would re-encode all of a document's diagnostics; over stdio the server's own writer
    // (server/src/lsp/wire.ts) reuses the bytes of every diagnostic an edit did not change.
    // SERVER_EXEC_ARGV (server/src/shared/launch.ts): V8 heap flags; the benchmark starts the server with the same.
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    // A function, so that a restart after the user grants trust reports the current state.
    // resolvesRuleDocs (launch.ts): docsLinks() below turns each `iol:<rule-id>` link into the page shipped with the extension.
    initializationOptions: () => clientInitializationOptions(vscode.workspace.isTrusted),
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, docsLinks(context, diagnostics)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) report.items = docsLinks(context, report.items);
        return report;
      },
      // When the server advertises lintWorkspace / writeReport in executeCommandProvider, the
      // language client registers them itself; this adds the arguments and handles the results.
      executeCommand: (command, args, next) => runServerCommand(command, args, (c, a) => next(c, a)),
    },
  };

  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      await client?.restart();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(TrustChangedNotification, { trusted: true } satisfies TrustChangedParams);
    }),
  );

  await client.start();
  registerFallbackCommands(context);
}

export async function deactivate(): Promise<void> {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop();
  }
}

/** `iol:<rule-id>` → the rule's page in the extension's docs/rules folder; other links untouched. */
function docsLinks(context: vscode.ExtensionContext, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    const code = d.code;
    if (typeof code === 'object' && code.target.scheme === 'iol' && /^[a-z0-9-]+$/.test(code.target.path)) {
      d.code = { value: code.value, target: vscode.Uri.file(context.asAbsolutePath(`docs/rules/${code.target.path}.md`)) };
    }
  }
  return diagnostics;
}

type Next = (command: string, args: unknown[]) => vscode.ProviderResult<unknown>;

/**
 * If the server does not list a command in its executeCommandProvider capability, the language
 * client does not register it; register it here so the palette entry still reaches the server.
 * (Registering it when the client already has would throw "command already exists".)
 */
function registerFallbackCommands(context: vscode.ExtensionContext): void {
  const advertised = client?.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  for (const command of [Commands.lintWorkspace, Commands.writeReport]) {
    if (advertised.includes(command)) continue;
    context.subscriptions.push(
      vscode.commands.registerCommand(command, (...args: unknown[]) =>
        runServerCommand(command, args, (c, a) => client?.sendRequest(ExecuteCommandRequest.type, { command: c, arguments: a })),
      ),
    );
  }
}

async function runServerCommand(command: string, args: unknown[], next: Next): Promise<unknown> {
  switch (command) {
    case Commands.lintWorkspace: {
      const result = await next(command, args);
      const summary = describeLintResult(result);
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      if (summary) void vscode.window.showInformationMessage(summary);
      return result;
    }
    case Commands.writeReport: {
      const folder = args.length > 0 ? args : await pickFolder();
      if (!folder) return undefined;
      const result = await next(command, folder);
      // The server answers with the report's path.
      if (typeof result === 'string' && result.length > 0) {
        const uri = result.includes('://') ? vscode.Uri.parse(result) : vscode.Uri.file(result);
        await vscode.window.showTextDocument(uri, { preview: false });
      }
      return result;
    }
    default:
      return next(command, args);
  }
}

/** The folder argument for writeReport: the only workspace folder, or the one the user picks. */
async function pickFolder(): Promise<string[] | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Imaging Order Lint: open a folder to write a report for.');
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick();
  return folder ? [folder.uri.toString()] : undefined;
}

/** The server answers lintWorkspace with the number of files checked. */
function describeLintResult(result: unknown): string | undefined {
  if (typeof result !== 'number') return undefined;
  return `Imaging Order Lint: checked ${result} file${result === 1 ? '' : 's'}; see the Problems panel.`;
}
