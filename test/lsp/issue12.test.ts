/**
 * Issue 12: the five defects found by the differential chaos test, each reproduced with the issue's
 * own steps against `node dist/server.js --stdio` (test hooks on). Run `npm run build` first.
 */
import * as assert from 'node:assert/strict';
import { applyChanges } from '../../server/src/lsp/textSync';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SAMPLE } from './client';
import { Server } from './chaos/harness';
import { type Pos, answerProblems, applyChange } from './chaos/model';
import { Rng } from './chaos/rng';
import { expectedDiagnostics, uriFor as uriOf } from './chaos/run';
import { HEAP_BOUND } from './chaos/shrink';

interface Diag {
  code?: unknown;
  range: { start: Pos; end: Pos };
  severity?: number;
  message: string;
}

const key = (d: Diag) => JSON.stringify([d.code, d.range, d.severity, d.message]);
const open = (s: Server, uri: string, text: string, version = 1) => s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'imaging-order', version, text } });

async function pull(s: Server, uri: string, previousResultId?: string): Promise<{ kind: string; resultId?: string; items?: Diag[] }> {
  const a = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  assert.equal(a.error, undefined, a.error?.message);
  return a.result as { kind: string; resultId?: string; items?: Diag[] };
}

function noRepairsOrFailures(s: Server): void {
  assert.deepEqual(
    s.logs.filter((l) => / failed: |repaired an answer range|is not a function/.test(l)),
    [],
  );
}

describe('issue 12: the server keeps serving a misbehaving editor', function () {
  this.timeout(120_000);
  let s: Server;
  beforeEach(async () => {
    s = new Server({ pull: true });
    await s.start();
  });
  afterEach(async () => s.stop());

  describe('1. edits whose range starts past the last line', () => {
    it('open "a\\n", change 10:0–11:0 with "\\n": the server text is "a\\n\\n" and diagnostics equal a fresh open', async () => {
      const uri = uriOf(0);
      open(s, uri, 'a\n');
      s.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } }, text: '\n' }],
      });
      assert.equal(await s.text(uri), 'a\n\n');
      const items = (await pull(s, uri)).items!;
      const malformed = items.find((d) => d.code === 'malformed-line');
      assert.ok(malformed, 'malformed-line diagnostic');
      assert.deepEqual(malformed.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
      assert.deepEqual(items.map(key).sort(), expectedDiagnostics(uri, 'a\n\n'));
      // Later edits land where the client meant them.
      s.notify('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Order: MRI\n' }],
      });
      assert.equal(await s.text(uri), 'a\nOrder: MRI\n\n');
      noRepairsOrFailures(s);
    });

    it('applies any batch of changes exactly as the client model (VS Code clamping) does', () => {
      const r = new Rng(12);
      const pieces = ['a', '\n', '\r\n', '\r', '😀', '\ufeff', 'Order: x', '\ud83d', ' '];
      for (let i = 0; i < 3000; i++) {
        let text = Array.from({ length: r.int(12) }, () => r.pick(pieces)).join('');
        const doc = TextDocument.create('mem://x', 'x', 0, text);
        const coord = () => r.pick([0, 1, 2, 3, 5, 40, -1, 2.5, 1e9]);
        const changes = Array.from({ length: 1 + r.int(3) }, () => ({
          range: { start: { line: coord(), character: coord() }, end: { line: coord(), character: coord() } },
          text: r.pick(pieces),
        }));
        for (const c of changes) text = applyChange(text, c);
        applyChanges(doc, changes, 1, () => undefined);
        assert.equal(doc.getText(), text, JSON.stringify(changes));
        assert.equal(doc.lineCount, text.split(/\r\n|\r|\n/).length);
      }
    });
  });

  describe('2. answered ranges stay inside the document, after the BOM, off surrogate halves', () => {
    it('completion at 0:0 of a document starting with a BOM answers no reversed range', async () => {
      const uri = uriOf(0);
      const text = `\ufeff${SAMPLE}`;
      open(s, uri, text);
      const a = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
      const items = a.result as { textEdit?: { range: Diag['range'] } }[];
      assert.ok(items.length > 0);
      for (const i of items) assert.deepEqual(i.textEdit!.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } });
      assert.deepEqual(answerProblems(text, items), []);
      noRepairsOrFailures(s);
    });

    it('completion at the start of a later line that starts with U+FEFF answers no reversed range (found by a 100,000-step chaos run)', async () => {
      const uri = uriOf(0);
      const text = 'Order: MRI\n\ufeffAge: 3 months\n';
      open(s, uri, text);
      const items = (await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } })).result as unknown[];
      assert.ok(items.length > 0);
      assert.deepEqual(answerProblems(text, items), []);
      noRepairsOrFailures(s);
    });

    it('the "Insert an Age line" fix and the acknowledge action insert after the BOM, not before it', async () => {
      const uri = uriOf(0);
      const text = '\ufeffOrder: x-ray L-spine\n';
      open(s, uri, text);
      const items = (await pull(s, uri)).items!;
      const acts = (await s.request('textDocument/codeAction', { textDocument: { uri }, range: items[0].range, context: { diagnostics: items } })).result as unknown[];
      assert.ok(acts.length > 0);
      assert.deepEqual(answerProblems(text, acts), []);
      noRepairsOrFailures(s);
    });

    it('hover, completion, symbols, folding and lenses inside surrogate pairs and past the end', async () => {
      const uri = uriOf(0);
      const text = '\ufeffPatient: 3-month-old 👶🏽 boy\r\nFindings: 😀 dimple\r\nOrder: x-ray L-spine\r\n';
      open(s, uri, text);
      const positions = [
        { line: 0, character: 23 },
        { line: 1, character: 11 },
        { line: 0, character: 0 },
        { line: 1, character: 40 },
        { line: 9, character: 0 },
        { line: 2, character: 21 },
      ];
      for (const position of positions) {
        for (const method of ['textDocument/hover', 'textDocument/completion']) {
          const a = await s.request(method, { textDocument: { uri }, position });
          assert.deepEqual(answerProblems(text, a.result), [], `${method} at ${JSON.stringify(position)}`);
        }
      }
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens']) {
        assert.deepEqual(answerProblems(text, (await s.request(method, { textDocument: { uri } })).result), [], method);
      }
      noRepairsOrFailures(s);
    });
  });

  describe('3. result ids and cancellation', () => {
    it('a result id kept across close and reopen is not answered "unchanged" for the new text', async () => {
      const uri = uriOf(0);
      open(s, uri, SAMPLE);
      const first = await pull(s, uri);
      s.notify('textDocument/didClose', { textDocument: { uri } });
      const other = 'Patient: 10 y M\nOrder: MRI L-spine w/o\n';
      open(s, uri, other);
      const second = await pull(s, uri, first.resultId);
      assert.equal(second.kind, 'full');
      assert.notEqual(second.resultId, first.resultId);
      assert.deepEqual(second.items!.map(key).sort(), expectedDiagnostics(uri, other));
      // Reopened with the first text again: still a new open, so a new id and a full report.
      s.notify('textDocument/didClose', { textDocument: { uri } });
      open(s, uri, SAMPLE);
      const third = await pull(s, uri, first.resultId);
      assert.equal(third.kind, 'full');
      assert.ok(![first.resultId, second.resultId].includes(third.resultId));
      // Within one open, content-based "unchanged" stays.
      assert.deepEqual(await pull(s, uri, third.resultId), { kind: 'unchanged', resultId: third.resultId });
    });

    it('$/cancelRequest for a request still waiting for its settings is answered RequestCancelled', async () => {
      // A client that answers workspace/configuration only when told to holds the request mid-way.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let asked!: () => void;
      const configAsked = new Promise<void>((r) => (asked = r));
      const held = new Server({ pull: true, configuration: () => (asked(), gate) });
      try {
        await held.start();
        const uri = uriOf(1);
        open(held, uri, SAMPLE);
        const source = new CancellationTokenSource();
        const answer = held.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 10 } }, source.token).then(
          (result) => ({ result, code: undefined as number | undefined }),
          (e: { code?: number }) => ({ result: undefined, code: e.code }),
        );
        await configAsked;
        // The cancel notification is written before the configuration answer that unblocks the
        // handler (one writer, in order), so the handler sees its token cancelled when it resumes.
        source.cancel();
        release();
        assert.deepEqual(await answer, { result: undefined, code: -32800 });
        // Not cancelled: answered in full.
        const h = await held.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 10 } });
        assert.ok(h.result);
      } finally {
        release();
        await held.stop();
      }
    });
  });

  describe('4. memory after every document is closed', () => {
    it('the live heap returns to within 5 MB of its size after the first document was opened and closed', async () => {
      // Few notes, each long (a long comment is cheap to analyse): a retained document costs ~300 KB.
      const big = (i: number) => {
        const notes: string[] = [];
        for (let n = 0; n < 30; n++) {
          notes.push(`# ${'x'.repeat(10_000)}\nPatient: ${1 + (n % 17)}-month-old boy\nUnusual key number ${i}-${n}: value ${i}\nOrder: MRI L-spine variant ${i}-${n}\n`);
        }
        return notes.join('---\n');
      };
      const cycle = async (i: number) => {
        const uri = uriOf(100 + (i % 5));
        open(s, uri, big(i));
        await pull(s, uri);
        s.notify('textDocument/didChange', {
          textDocument: { uri, version: 2 },
          contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `Odd key ${i} here: x\n` }],
        });
        // The edit is re-analysed incrementally, from slices of the whole new text.
        await pull(s, uri);
        s.notify('textDocument/didClose', { textDocument: { uri } });
      };
      await cycle(0);
      const baseline = await s.heap();
      for (let i = 1; i <= 40; i++) await cycle(i);
      const end = await s.heap();
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      assert.ok(end <= baseline + HEAP_BOUND, `live heap ${mb(end)} after 40 large documents were edited and closed, ${mb(baseline)} after the first`);
    });
  });

  describe('5. malformed parameters', () => {
    it('a didOpen whose text is a number is not stored (one log line), and later requests work', async () => {
      const uri = uriOf(2);
      open(s, uri, 42 as unknown as string);
      const r = await pull(s, uri);
      assert.deepEqual(r.items, [], 'the document is unknown');
      assert.equal(await s.text(uri), null);
      const h = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.equal(h.result, null);
      assert.equal(s.logs.filter((l) => l.startsWith('didOpen: invalid parameters')).length, 1, s.logs.join('\n'));
      noRepairsOrFailures(s);
      // The same URI opened properly works as usual.
      open(s, uri, SAMPLE);
      assert.deepEqual((await pull(s, uri)).items!.map(key).sort(), expectedDiagnostics(uri, SAMPLE));
    });

    it('requests with malformed parameters are answered InvalidParams; bad notifications change nothing', async () => {
      const uri = uriOf(0);
      open(s, uri, SAMPLE);
      const bad: [string, unknown][] = [
        ['textDocument/hover', { textDocument: { uri }, position: null }],
        ['textDocument/hover', null],
        ['textDocument/completion', { textDocument: { uri }, position: { line: '1', character: 0 } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
        ['textDocument/documentSymbol', { textDocument: { uri: 42 } }],
        ['textDocument/diagnostic', { textDocument: { uri }, previousResultId: 5 }],
        ['workspace/executeCommand', { command: 7 }],
      ];
      for (const [method, params] of bad) {
        const a = await s.request(method, params);
        assert.equal(a.error?.code, -32602, `${method} ${JSON.stringify(params)}`);
      }
      s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 5 }] });
      s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: 'x' });
      s.notify('textDocument/didClose', { textDocument: { uri: null } });
      s.notify('workspace/didChangeWorkspaceFolders', { event: { added: 'x', removed: [] } });
      assert.equal(await s.text(uri), SAMPLE);
      // One line per bad notification (a request's line is its error answer; `null` params are refused by the protocol layer itself).
      const logged = (prefix: string) => s.logs.filter((l) => l.startsWith(prefix)).length;
      assert.deepEqual(
        [logged('didChange: invalid parameters'), logged('didClose: invalid parameters'), logged('didChangeWorkspaceFolders: invalid parameters')],
        [2, 1, 1],
        s.logs.join('\n'),
      );
      noRepairsOrFailures(s);
    });
  });
});
