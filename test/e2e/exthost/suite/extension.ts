// Extension-host tests: the real `vscode` API talking to the bundled language server.
// Runs in code-server (test/e2e/run-exthost.mjs) or under @vscode/test-electron.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const EXTENSION_ID = 'imaging-order-lint.imaging-order-lint';
const SAMPLE = 'samples/01-infant-dimple-radiograph.order';
const UNOPENED = 'unopened/infant-copy.order';
const RULE = 'inappropriate-initial-study';
const ORDER = 'Radiography spine area of interest';
const PREFERRED_FIX = 'Suggestion: Change order to US spine area of interest';
const OTHER_FIX = 'Suggestion: Change order to MRI spine area of interest without IV contrast';

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function ruleDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === RULE);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

suite('Imaging Order Lint in the extension host', () => {
  let doc: vscode.TextDocument;
  let diagnostic: vscode.Diagnostic;

  suiteSetup(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace must be open');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE));
    await vscode.window.showTextDocument(doc);
  });

  test('the sample opens as an imaging-order document and the extension activates', async () => {
    assert.equal(doc.languageId, 'imaging-order');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  test('the manifest commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['imagingOrderLint.restartServer', 'imagingOrderLint.lintWorkspace', 'imagingOrderLint.writeReport']) {
      assert.ok(all.includes(id), `command ${id} is registered`);
    }
  });

  test('a warning on the Order value reaches vscode.languages', async () => {
    diagnostic = await waitFor('the inappropriate-initial-study diagnostic', () => ruleDiagnostics(doc.uri)[0]);
    assert.equal(diagnostic.source, 'imaging-order-lint');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(diagnostic.range), ORDER);
    assert.match(diagnostic.message, /^Spine X-ray is rated Usually Not Appropriate first/);
    // The server sends the short iol:<rule-id> link; the client turns it into the page it ships.
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'inappropriate-initial-study');
    assert.equal(code.target.scheme, 'file');
    assert.match(code.target.path, /\/docs\/rules\/inappropriate-initial-study\.md$/);
  });

  test('hover on the order gives the ACR rating and scenario', async () => {
    assert.ok(diagnostic, 'needs the diagnostic from the previous test');
    const position = diagnostic.range.start.translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    const text = hoverText(hovers ?? []);
    assert.match(text, /Usually Not Appropriate/);
    assert.match(text, /Back Pain-Child/);
  });

  test('the preferred quick fix changes the order and the warning goes away', async () => {
    assert.ok(diagnostic, 'needs the diagnostic from the previous test');
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const codeActions = (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
    const titles = codeActions.map((a) => a.title);
    assert.ok(titles.includes(OTHER_FIX), `quick fixes offered: ${JSON.stringify(titles)}`);
    const preferred = codeActions.find((a) => a.isPreferred);
    assert.ok(preferred, `a preferred quick fix among ${JSON.stringify(titles)}`);
    assert.equal(preferred.title, PREFERRED_FIX);
    assert.ok(preferred.edit, 'the quick fix carries an edit');
    assert.equal(await vscode.workspace.applyEdit(preferred.edit), true);
    const orderLine = doc.lineAt(diagnostic.range.start.line).text;
    assert.equal(orderLine, 'Order: US spine area of interest');
    await waitFor('the warning to clear', () => (ruleDiagnostics(doc.uri).length === 0 ? true : undefined));
  });

  test('lintWorkspace reports notes that are not open in an editor', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const unopened = vscode.Uri.joinPath(folder.uri, UNOPENED);
    assert.ok(fs.existsSync(unopened.fsPath), `the runner puts ${UNOPENED} in the workspace`);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'it is not open');
    const result = await vscode.commands.executeCommand<unknown>('imagingOrderLint.lintWorkspace');
    if (typeof result === 'number') assert.ok(result >= 2, `lintWorkspace checked ${result} files`);
    await waitFor(`the ${RULE} diagnostic on ${UNOPENED}`, () => ruleDiagnostics(unopened)[0]);
  });

  test('writeReport writes a Markdown report for the workspace folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const result = await vscode.commands.executeCommand<unknown>('imagingOrderLint.writeReport', folder.uri.toString());
    const reportPath = typeof result === 'string' ? result : (result as { path?: string } | undefined)?.path;
    assert.ok(reportPath, `writeReport returned a path, got ${JSON.stringify(result)}`);
    const file = reportPath.includes('://') ? vscode.Uri.parse(reportPath).fsPath : reportPath;
    assert.ok(fs.existsSync(file), `${file} exists`);
    assert.match(fs.readFileSync(file, 'utf8'), /^#/m);
  });
});
