// The LSP latency harness (bench/lsp-latency.mjs) measures two kinds of edit: one that changes what
// the client shows (every answer is the whole list again: the figure the targets use) and one that
// changes nothing; and bench/fixtures/payload-ls.cjs, the do-nothing server whose answer is the
// transport floor, speaks enough LSP for it. Behaviour only: no figure here depends on speed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../../..');
const LATENCY = pathToFileURL(path.join(ROOT, 'bench/lsp-latency.mjs')).href;
const LIB = pathToFileURL(path.join(ROOT, 'bench/lib.mjs')).href;

interface EditStats {
  n: number;
}
interface SizeResult {
  notes: number;
  error?: string;
  editChanges: boolean;
  editPoint: { line: number; lineText: string };
  edit: EditStats;
  diagnosticsAfterEdits: number[];
  quiet: null | { editPoint: { line: number; lineText: string }; edit: EditStats; diagnosticsAfterEdits: number[] };
}
interface LspResult {
  errors: string[];
  sizes: SizeResult[];
}
type RunLsp = (o: Record<string, unknown>) => Promise<LspResult>;

// Three notes. A letter inserted in the middle of a History line (free text about the visit) changes
// no diagnostic; in the middle of some keyed value (an age: "14 yexars") it does.
const NOTES = [
  'Age: 3 months\nFindings: small tuft of hair over the sacrum\nOrder: US spine area of interest',
  'Age: 2 months\nFindings: deep dimple above the gluteal cleft\nHistory: seen at the routine check with her mother and grandmother today\nOrder: XR lumbar spine',
  'Age: 14 years\nHistory: plays football on weekends and trains twice a week with the school team\nOrder: XR lumbar spine',
].join('\n---\n');

describe('LSP latency harness (bench/lsp-latency.mjs)', function () {
  this.timeout(120000);
  let dir: string;
  let runLsp: RunLsp;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-harness-'));
    fs.writeFileSync(path.join(dir, 'notes-3.order'), NOTES + '\n');
    ({ runLsp } = (await import(LATENCY)) as { runLsp: RunLsp });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds an edit that changes a diagnostic and one that changes none, and measures both', async () => {
    const r = await runLsp({ corpus: dir, sizes: '3', edits: 4, warmup: 0, floor: 2, quiet: true, write: false });
    assert.deepEqual(r.errors, []);
    const s = r.sizes[0];
    assert.equal(s.editChanges, true, 'an edit point that changes a diagnostic was found');
    assert.ok(s.quiet, 'an edit point that changes none was found');
    assert.match(s.quiet.editPoint.lineText, /^History:/);
    assert.doesNotMatch(s.editPoint.lineText, /^History:/);
    assert.notEqual(s.editPoint.line, s.quiet.editPoint.line);
    assert.equal(s.edit.n, 4);
    assert.equal(s.quiet.edit.n, 4);
    // The changing edit's answers differ in count (the marker comes and goes); the quiet one's do not.
    assert.ok(s.diagnosticsAfterEdits.length >= 1);
    assert.equal(s.quiet.diagnosticsAfterEdits.length, 1);
  });

  it('payload-ls answers its fixed list for its document, nothing for others, MethodNotFound otherwise, and exits', async () => {
    const { startLsp } = (await import(LIB)) as { startLsp: (cmd: string, o: Record<string, unknown>) => Promise<Record<string, unknown>> };
    const uri = 'file:///payload/doc.order';
    const items = [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, severity: 2, code: 'rule-a', message: 'first' },
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, severity: 3, code: 'rule-b', message: 'second \u00e9' },
    ];
    const file = path.join(dir, 'payload.json');
    fs.writeFileSync(file, JSON.stringify({ uri, items }));
    const lsp = (await startLsp(`node bench/fixtures/payload-ls.cjs --stdio ${file}`, { cwd: ROOT })) as {
      conn: { sendRequest: (m: string, p?: unknown) => Promise<unknown> };
      caps: { diagnosticProvider?: unknown };
      stop: () => Promise<unknown>;
    };
    try {
      assert.ok(lsp.caps.diagnosticProvider);
      assert.deepEqual(await lsp.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), { kind: 'full', resultId: 'payload', items });
      assert.deepEqual(await lsp.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///other.order' } }), {
        kind: 'full',
        resultId: 'empty',
        items: [],
      });
      await assert.rejects(lsp.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), (e: { code?: number }) => e.code === -32601);
    } catch (e) {
      await lsp.stop();
      throw e;
    }
    assert.deepEqual(await lsp.stop(), { code: 0, signal: null }, 'shutdown and exit end it cleanly');
  });
});
