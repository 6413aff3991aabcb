/**
 * Protocol tests (issue 3 item 5a): a real LSP client drives `node dist/server.js --stdio`.
 * Run `npm run build` first so dist/server.js is current.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import { SAMPLE, SAMPLE_PATH, TestClient, applyEdits, editsOf, uriFor } from './client';

const ORDER_RANGE = { start: { line: 5, character: 7 }, end: { line: 5, character: 41 } };

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

function byRule(ds: Diagnostic[], id: string): Diagnostic[] {
  return ds.filter((d) => d.code === id);
}

function norm(ds: Diagnostic[]) {
  return ds
    .map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)));
}

/** Deterministic PRNG for the edit storm. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('language server over stdio', function () {
  this.timeout(30000);

  it('samples/01-infant-dimple-radiograph.order: warning on the Order value, hover names the rating and topic', async () => {
    const text = fs.readFileSync(SAMPLE_PATH, 'utf8');
    const lines = text.split(/\r\n|\r|\n/);
    const line = lines.findIndex((l) => l.startsWith('Order: '));
    const value = 'Radiography spine area of interest';
    const c = await TestClient.start({ pull: true });
    try {
      const uri = pathToFileURL(SAMPLE_PATH).href;
      await c.open(uri, text);
      const [d] = byRule(await c.pull(uri), 'inappropriate-initial-study');
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line, character: 7 }, end: { line, character: 7 + value.length } });
      assert.equal(d.severity, 2);
      const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } }));
      assert.match(h, /Usually Not Appropriate/);
      assert.match(h, /Back Pain-Child/);
      // The finding's detail rides in the hover: its citation with provenance, in full.
      assert.match(h, /\*\*inappropriate-initial-study\*\* — Spine X-ray is rated/);
      assert.match(h, /not yet confirmed on the ACR portal/);
    } finally {
      await c.stop();
    }
  });

  describe('push diagnostics (client without pull support)', () => {
    let c: TestClient;
    before(async () => {
      c = await TestClient.start({ pull: false, relatedInformation: true });
    });
    after(async () => c.stop());

    it('declares no diagnosticProvider and publishes versioned diagnostics on open', async () => {
      assert.equal(c.init.capabilities.diagnosticProvider, undefined);
      assert.ok(c.init.capabilities.hoverProvider);
      const uri = uriFor('push-sample.order');
      const first = c.nextPublish(uri);
      await c.open(uri, SAMPLE);
      const p = await first;
      assert.equal(p.version, 1);
      const [d] = byRule(p.diagnostics, 'inappropriate-initial-study');
      assert.ok(d, 'inappropriate-initial-study diagnostic');
      assert.deepEqual(d.range, ORDER_RANGE);
      assert.equal(d.severity, 2);
      assert.equal(d.source, 'imaging-order-lint');
      assert.match(d.message, /^Spine X-ray is rated Usually Not Appropriate first for a 3-month-old .*; order spinal US \[S1, reported\]$/);
      assert.ok(d.message.length <= 139);
      assert.match(d.codeDescription!.href, /docs\/rules\/inappropriate-initial-study\.md$/);
      assert.equal('data' in d, false, 'no data payload: code actions recompute from the analysis');
      assert.ok(d.relatedInformation && d.relatedInformation.length > 0, 'relatedInformation');
      assert.ok(d.relatedInformation.every((r) => r.location.uri === uri));
    });

    it('code action → apply the preferred edit → the diagnostic is gone', async () => {
      const uri = uriFor('push-fix.order');
      const opened = c.nextPublish(uri);
      await c.open(uri, SAMPLE);
      const [d] = byRule((await opened).diagnostics, 'inappropriate-initial-study');
      const actions = await c.codeActions(uri, d.range, [d], ['quickfix']);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Suggestion: Change order to US spine area of interest'));
      assert.ok(titles.includes('Suggestion: Change order to MRI spine area of interest without IV contrast'));
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1);
      assert.equal(preferred[0].title, 'Suggestion: Change order to US spine area of interest');
      assert.deepEqual(preferred[0].diagnostics, [d]);
      assert.deepEqual(editsOf(preferred[0].edit, uri), [{ range: ORDER_RANGE, newText: 'US spine area of interest' }]);
      const cleared = c.nextPublish(uri, (p) => p.version === 2);
      await c.applyWorkspaceEdit(uri, preferred[0].edit);
      const after = await cleared;
      assert.equal(byRule(after.diagnostics, 'inappropriate-initial-study').length, 0);
      assert.match(c.text(uri), /Order: US spine area of interest/);
    });

    it('an edit storm ends with the diagnostics of a fresh analysis (push)', async () => {
      const uri = uriFor('push-storm.order');
      const opened = c.nextPublish(uri);
      await c.open(uri, SAMPLE + '---\n' + SAMPLE);
      await opened;
      const rand = rng(7);
      let version = 1;
      for (let i = 0; i < 300; i++) {
        const text = c.text(uri);
        const lines = text.split('\n');
        const line = Math.floor(rand() * lines.length);
        const ch = Math.floor(rand() * (lines[line].length + 1));
        const del = rand() < 0.4 && ch < lines[line].length ? 1 : 0;
        const ins = ['x', ' ', ';', 'US ', '\n', 'no ', ':', ''][Math.floor(rand() * 8)];
        version = await c.change(uri, [{ range: { start: { line, character: ch }, end: { line, character: ch + del } }, text: ins }]);
      }
      const last = await c.nextPublish(uri, (p) => p.version === version);
      const freshUri = uriFor('push-storm-fresh.order');
      const fresh = c.nextPublish(freshUri);
      await c.open(freshUri, c.text(uri));
      const expected = (await fresh).diagnostics;
      assert.deepEqual(
        norm(last.diagnostics),
        norm(expected).map((d) => d),
      );
      // No stale publish arrives after the final version.
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(c.published.get(uri)!.version, version);
    });
  });

  describe('pull diagnostics and features', () => {
    let c: TestClient;
    before(async () => {
      c = await TestClient.start({ pull: true, documentChanges: true });
    });
    after(async () => c.stop());

    it('declares the pull diagnostic provider and answers textDocument/diagnostic', async () => {
      const dp = c.init.capabilities.diagnosticProvider as { interFileDependencies: boolean; workspaceDiagnostics: boolean };
      assert.ok(dp);
      assert.equal(dp.interFileDependencies, false);
      assert.equal(dp.workspaceDiagnostics, false);
      const uri = uriFor('pull-sample.order');
      await c.open(uri, SAMPLE);
      const items = await c.pull(uri);
      const [d] = byRule(items, 'inappropriate-initial-study');
      assert.deepEqual(d.range, ORDER_RANGE);
      assert.match(d.codeDescription!.href, /docs\/rules\/inappropriate-initial-study\.md$/);
      assert.equal(d.source, 'imaging-order-lint');
      assert.equal(c.published.has(uri), false, 'no push when the client pulls');
    });

    it('reports "unchanged" (same result id) when an edit leaves every diagnostic as it was', async () => {
      const uri = uriFor('pull-unchanged.order');
      await c.open(uri, SAMPLE);
      const report = (previousResultId?: string) =>
        c.conn.sendRequest<{ kind: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
      const first = await report();
      assert.equal(first.kind, 'full');
      // An edit in the comment on line 1 moves no diagnostic.
      await c.change(uri, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'x' }]);
      const second = await report(first.resultId);
      assert.deepEqual({ kind: second.kind, resultId: second.resultId }, { kind: 'unchanged', resultId: first.resultId });
      // Changing the order changes the diagnostics: a full report with a new id.
      const line = c
        .text(uri)
        .split('\n')
        .findIndex((l) => l.startsWith('Order:'));
      await c.change(uri, [{ range: { start: { line, character: 7 }, end: { line, character: 41 } }, text: 'US spine area of interest' }]);
      const third = await report(first.resultId);
      assert.equal(third.kind, 'full');
      assert.notEqual(third.resultId, first.resultId);
      assert.deepEqual(byRule(third.items ?? [], 'inappropriate-initial-study'), []);
    });

    it('preferred quick fix as documentChanges, then the diagnostic is gone', async () => {
      const uri = uriFor('pull-fix.order');
      await c.open(uri, SAMPLE);
      const [d] = byRule(await c.pull(uri), 'inappropriate-initial-study');
      const actions = await c.codeActions(uri, d.range, [d]);
      const preferred = actions.find((a) => a.isPreferred)!;
      assert.ok(preferred.edit?.documentChanges, 'documentChanges when the client supports them');
      await c.applyWorkspaceEdit(uri, preferred.edit);
      assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 0);
    });

    it('acknowledge action inserts the comment above the line and the diagnostic disappears', async () => {
      const uri = uriFor('pull-ack.order');
      await c.open(uri, SAMPLE);
      const [d] = byRule(await c.pull(uri), 'inappropriate-initial-study');
      const actions = await c.codeActions(uri, d.range, [d]);
      const acks = actions.filter((a) => a.title.startsWith('Acknowledge: '));
      assert.deepEqual(
        acks.map((a) => a.title),
        ['Acknowledge: guideline does not apply', 'Acknowledge: clinician judgement', 'Acknowledge: radiology recommended', 'Acknowledge: patient factors', 'Acknowledge: other'],
      );
      const ack = acks.find((a) => a.title === 'Acknowledge: clinician judgement')!;
      assert.deepEqual(editsOf(ack.edit, uri), [
        { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '# acknowledge inappropriate-initial-study: clinician-judgement\n' },
      ]);
      await c.applyWorkspaceEdit(uri, ack.edit);
      assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 0);
      const docs = actions.find((a) => a.title === 'Show documentation for inappropriate-initial-study')!;
      assert.equal(docs.command?.command, 'vscode.open');
      assert.match(String(docs.command?.arguments?.[0]), /docs\/rules\/inappropriate-initial-study\.md$/);
    });

    it('acknowledgement uses the document line ending (CRLF)', async () => {
      const uri = uriFor('pull-ack-crlf.order');
      await c.open(uri, SAMPLE.replace(/\n/g, '\r\n'));
      const [d] = byRule(await c.pull(uri), 'inappropriate-initial-study');
      const ack = (await c.codeActions(uri, d.range, [d])).find((a) => a.title === 'Acknowledge: other')!;
      assert.equal(editsOf(ack.edit, uri)[0].newText, '# acknowledge inappropriate-initial-study: other\r\n');
    });

    it('fix all (source.fixAll.imagingOrderLint and the quickfix variant) applies the safe fixes only, never a change of study', async () => {
      const uri = uriFor('pull-fixall.order');
      const misspelt = SAMPLE.replace('Neuro:', 'Nuero:');
      const text = `${misspelt}---\n${misspelt.replace('3-month-old boy', '2 y F')}`;
      await c.open(uri, text);
      const items = await c.pull(uri);
      assert.equal(byRule(items, 'unknown-key').length, 2);
      const kinds = c.init.capabilities.codeActionProvider as { codeActionKinds: string[] };
      assert.ok(kinds.codeActionKinds.includes('source.fixAll.imagingOrderLint'));
      const src = await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      assert.equal(src.length, 1);
      assert.equal(src[0].kind, 'source.fixAll.imagingOrderLint');
      assert.equal(src[0].title, 'Fix all safe Imaging Order Lint problems in this file');
      const quick = await c.codeActions(uri, items[0].range, [items[0]], ['quickfix']);
      assert.ok(quick.some((a) => a.title === 'Fix all safe Imaging Order Lint problems in this file' && a.kind === 'quickfix'));
      const fixed = applyEdits(text, editsOf(src[0].edit, uri));
      assert.equal(fixed, text.replace(/Nuero:/g, 'Neuro:'));
      await c.applyWorkspaceEdit(uri, src[0].edit);
      assert.equal(c.text(uri), fixed);
      const after = await c.pull(uri);
      assert.equal(byRule(after, 'unknown-key').length, 0);
      assert.equal(byRule(after, 'inappropriate-initial-study').length, 2, "the radiographs are still ordered: changing them is a clinician's choice");
      // Nothing safe left to fix: no fix-all action at all, although suggestions remain.
      assert.deepEqual(await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']), []);
    });

    it('hover on the order, a finding, the age and a key', async () => {
      const uri = uriFor('pull-hover.order');
      await c.open(uri, SAMPLE);
      const hover = (line: number, character: number) => c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      const order = await hover(5, 12);
      const ot = hoverText(order);
      assert.match(ot, /Usually Not Appropriate/);
      assert.match(ot, /Back Pain-Child/);
      assert.match(ot, /US spine area of interest — Usually Appropriate/);
      assert.match(ot, /MRI spine area of interest without IV contrast — Usually Appropriate/);
      assert.match(ot, /radiation/i);
      assert.match(ot, /reported/);
      assert.match(ot, /Why this scenario/);
      assert.deepEqual(order!.range, ORDER_RANGE);
      const finding = hoverText(await hover(2, 60)); // "tuft of hair"
      assert.match(finding, /hair tuft/i);
      assert.match(finding, /risk not graded by our sources/);
      const age = hoverText(await hover(1, 11)); // "3-month-old"
      assert.match(age, /3 months/);
      assert.match(age, /Ultrasound window:\*\* open/);
      const key = hoverText(await hover(3, 2)); // "Neuro"
      assert.match(key, /neurologic examination/i);
      assert.match(key, /Accepted forms/);
      assert.equal(await hover(0, 3), null, 'no hover on a comment');
    });

    it('hover on the age reports a closing and a closed ultrasound window', async () => {
      const uri = uriFor('pull-hover-age.order');
      await c.open(uri, SAMPLE.replace('3-month-old boy', '5-month-old boy') + '---\n' + SAMPLE.replace('3-month-old boy', '9-month-old boy'));
      const h1 = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } }));
      assert.match(h1, /closing/);
      const h2 = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 10 } }));
      assert.match(h2, /closed/);
    });

    it('completion of keys at line start, procedures after Order:, findings and ICD-10 codes', async () => {
      const uri = uriFor('pull-completion.order');
      const text = 'Patient: 3-month-old boy\nFindings: deep dimple; \nOrder: \nIndication: Q8\n\n';
      await c.open(uri, text);
      const complete = (line: number, character: number) => c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
      const order = await complete(2, 7);
      const us = order.find((i) => i.label === 'US spine area of interest');
      assert.ok(us, 'procedure names after Order:');
      assert.equal((us.textEdit as TextEdit).newText, 'US spine area of interest');
      assert.ok(order.some((i) => i.label === 'MRI spine area of interest without IV contrast'));
      const keys = await complete(4, 0);
      const orderKey = keys.find((i) => i.label === 'Order');
      assert.ok(orderKey);
      assert.equal((orderKey.textEdit as TextEdit).newText, 'Order: ');
      assert.ok(
        keys.some((i) => i.label === 'Procedure'),
        'aliases too',
      );
      const snippet = keys.find((i) => i.label === 'New note');
      assert.ok(snippet);
      assert.equal(snippet.insertTextFormat, 2);
      const findings = await complete(1, 23);
      assert.ok(
        findings.some((i) => /hair/.test(i.label)),
        'finding phrases after Findings:',
      );
      const icd = await complete(3, 14);
      assert.ok(
        icd.some((i) => i.label === 'Q82.6'),
        'ICD-10-CM codes after Indication:',
      );
    });

    it('document symbols, folding ranges and code lens', async () => {
      const uri = uriFor('pull-symbols.order');
      await c.open(uri, `${SAMPLE}---\n${SAMPLE.replace('Radiography spine area of interest', 'US spine area of interest')}`);
      const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols.length, 2);
      assert.equal(symbols[0].name, '3 months · Radiography spine area of interest');
      assert.equal(symbols[1].name, '3 months · US spine area of interest');
      assert.match(symbols[0].detail!, /^S1/);
      const folds = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
      assert.deepEqual(
        folds.map((f) => [f.startLine, f.endLine]),
        [
          [0, 5],
          [7, 12],
        ],
      );
      const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(lenses.length, 2);
      assert.equal(lenses[0].range.start.line, 5);
      assert.match(lenses[0].command!.title, /^Usually Not Appropriate · RRL .+ · S1 \(reported\)$/);
      assert.match(lenses[1].command!.title, /^Usually Appropriate · RRL O · S1 \(reported\)$/);
    });

    it('bad positions and unknown URIs get valid answers', async () => {
      const uri = uriFor('pull-bad.order');
      await c.open(uri, SAMPLE);
      const positions = [
        { line: 1e9, character: 1e9 },
        { line: -5, character: -5 },
        { line: 2.5, character: 2.5 },
        { line: 5, character: -1 },
        { line: Number.MAX_SAFE_INTEGER, character: 0 },
      ];
      for (const position of positions) {
        const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        assert.ok(h === null || typeof (h.contents as MarkupContent).value === 'string');
        const comp = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
        assert.ok(Array.isArray(comp));
        const acts = await c.codeActions(uri, { start: position, end: position }, [
          { range: { start: position, end: position }, message: 'x', source: 'imaging-order-lint', code: 'inappropriate-initial-study' },
        ]);
        assert.ok(Array.isArray(acts));
      }
      const unknown = 'file:///nowhere/unknown.order';
      assert.equal(await c.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await c.request('textDocument/completion', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), []);
      assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: unknown } }), []);
      assert.deepEqual(await c.request('textDocument/foldingRange', { textDocument: { uri: unknown } }), []);
      assert.deepEqual(await c.request('textDocument/codeLens', { textDocument: { uri: unknown } }), []);
      assert.deepEqual(await c.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
      assert.deepEqual(await c.pull(unknown), []);
      // Still alive and correct.
      assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 1);
    });

    it('an edit storm of 300 rapid incremental edits ends with a fresh analysis (pull)', async () => {
      const uri = uriFor('pull-storm.order');
      const base = Array.from({ length: 20 }, (_, i) => SAMPLE.replace('3-month-old', `${i + 1}-month-old`)).join('---\n');
      await c.open(uri, base);
      await c.pull(uri);
      const rand = rng(42);
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 300; i++) {
        const lines = c.text(uri).split('\n');
        const line = Math.floor(rand() * lines.length);
        const ch = Math.floor(rand() * (lines[line].length + 1));
        const del = rand() < 0.4 && ch < lines[line].length ? 1 : 0;
        const ins = ['x', ' ', ';', 'CT ', '\n', 'no ', ':', '---\n', ''][Math.floor(rand() * 9)];
        await c.change(uri, [{ range: { start: { line, character: ch }, end: { line, character: ch + del } }, text: ins }]);
        // Requests interleaved with the edits, as an editor sends them.
        if (i % 10 === 0) pending.push(c.pull(uri), c.request('textDocument/hover', { textDocument: { uri }, position: { line, character: ch } }));
      }
      await Promise.all(pending);
      const got = await c.pull(uri);
      const freshUri = uriFor('pull-storm-fresh.order');
      await c.open(freshUri, c.text(uri));
      assert.deepEqual(norm(got), norm(await c.pull(freshUri)));
    });

    it('unchanged notes keep their diagnostics when a line is added above them', async () => {
      const uri = uriFor('pull-shift.order');
      await c.open(uri, `${SAMPLE}---\n${SAMPLE}`);
      const before = byRule(await c.pull(uri), 'inappropriate-initial-study');
      assert.deepEqual(
        before.map((d) => d.range.start.line),
        [5, 12],
      );
      await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# a new first line\n' }]);
      const after = byRule(await c.pull(uri), 'inappropriate-initial-study');
      assert.deepEqual(
        after.map((d) => d.range.start.line),
        [6, 13],
      );
      assert.deepEqual(after[1].range, { start: { line: 13, character: 7 }, end: { line: 13, character: 41 } });
    });
  });

  describe('settings', () => {
    it('rules override via workspace/configuration turns a rule off, and didChangeConfiguration re-reads it', async () => {
      const c = await TestClient.start({ pull: true, configuration: true, settings: { rules: { 'inappropriate-initial-study': 'off' } } });
      try {
        const uri = uriFor('settings-off.order');
        await c.open(uri, SAMPLE);
        assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 0);
        assert.ok(c.configRequests.some((r) => r.items.some((i) => i.scopeUri === uri && i.section === 'imagingOrderLint')));
        c.settings = { rules: { 'inappropriate-initial-study': 'error' } };
        await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const [d] = byRule(await c.pull(uri), 'inappropriate-initial-study');
        assert.equal(d.severity, 1);
        c.settings = { enable: false };
        await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        assert.deepEqual(await c.pull(uri), []);
      } finally {
        await c.stop();
      }
    });

    it('ultrasound window months come from the settings', async () => {
      const c = await TestClient.start({ pull: true, configuration: true, settings: { ultrasoundWindow: { warnAfterMonths: 2, infoFromMonths: 1 } } });
      try {
        const uri = uriFor('settings-window.order');
        await c.open(uri, SAMPLE.replace('Radiography spine area of interest', 'US spine area of interest'));
        assert.equal(byRule(await c.pull(uri), 'ultrasound-window-closed').length, 1);
        const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } });
        assert.match(hoverText(h), /closed/);
      } finally {
        await c.stop();
      }
    });

    it('run on save: push mode analyses on open and save only', async () => {
      const c = await TestClient.start({ pull: false, configuration: true, settings: { run: 'onSave' } });
      try {
        const uri = uriFor('settings-onsave.order');
        const opened = c.nextPublish(uri);
        await c.open(uri, SAMPLE);
        assert.equal(byRule((await opened).diagnostics, 'inappropriate-initial-study').length, 1);
        await c.change(uri, [{ range: ORDER_RANGE, text: 'US spine area of interest' }]);
        await new Promise((r) => setTimeout(r, 150));
        assert.equal(c.published.get(uri)!.version, 1, 'no analysis on type');
        const saved = c.nextPublish(uri);
        await c.save(uri);
        assert.equal(byRule((await saved).diagnostics, 'inappropriate-initial-study').length, 0);
      } finally {
        await c.stop();
      }
    });

    it('an untrusted workspace ignores the rule pack and says so once; a malformed pack is reported', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-pack-'));
      fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify({ rules: { 'inappropriate-initial-study': 'off' } }));
      fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ rules: { 'inappropriate-initial-study': 'loud' } }));
      const folder = { uri: pathToFileURL(dir).href, name: 'ws' };
      const c = await TestClient.start({
        pull: true,
        configuration: true,
        workspaceFolders: [folder],
        initializationOptions: { trusted: false },
        settings: { rulePack: 'pack.json' },
      });
      try {
        const uri = pathToFileURL(path.join(dir, 'a.order')).href;
        await c.open(uri, SAMPLE);
        assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 1, 'pack ignored');
        const uri2 = pathToFileURL(path.join(dir, 'b.order')).href;
        await c.open(uri2, SAMPLE);
        await c.pull(uri2);
        assert.equal(c.messages.filter((m) => m.message === 'Rule pack ignored: the workspace is not trusted').length, 1);
        await c.conn.sendNotification('imagingOrderLint/trustChanged', { trusted: true });
        assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 0, 'pack applied once trusted');
        c.settings = { rulePack: 'bad.json' };
        await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        assert.equal(byRule(await c.pull(uri), 'inappropriate-initial-study').length, 1, 'defaults after a malformed pack');
        const err = c.messages.find((m) => m.type === 1);
        assert.ok(err, 'an error message');
        assert.match(err.message, /bad\.json/);
        assert.match(err.message, /rules/);
      } finally {
        await c.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('commands', () => {
    it('writeReport writes the report card into the folder; lintWorkspace publishes for closed files', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-report-'));
      fs.writeFileSync(path.join(dir, 'a.order'), SAMPLE);
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(
        path.join(dir, 'sub', 'b.order'),
        `${SAMPLE.replace('Order: Radiography spine area of interest', '# acknowledge inappropriate-initial-study: patient-factors\nOrder: Radiography spine area of interest')}---\nPatient: 10 y M\nPresentation: back pain for 2 weeks\nOrder: MRI L-spine w/o\n`,
      );
      const folder = { uri: pathToFileURL(dir).href, name: 'ws' };
      const c = await TestClient.start({ pull: false, workspaceFolders: [folder] });
      try {
        const caps = c.init.capabilities.executeCommandProvider!;
        assert.ok(caps.commands.includes('imagingOrderLint.writeReport'));
        assert.ok(caps.commands.includes('imagingOrderLint.lintWorkspace'));
        const out = await c.request<string>('workspace/executeCommand', { command: 'imagingOrderLint.writeReport', arguments: [folder.uri] });
        assert.equal(out, path.join(dir, 'imaging-order-lint-report.md'));
        const report = fs.readFileSync(out, 'utf8');
        assert.match(report, /Notes checked: \*\*3\*\*/);
        assert.match(report, /S1/);
        assert.match(report, /inappropriate-initial-study/);
        assert.match(report, /patient factors \| 1/);
        const a = pathToFileURL(path.join(dir, 'a.order')).href;
        const published = c.nextPublish(a);
        const count = await c.request<number>('workspace/executeCommand', { command: 'imagingOrderLint.lintWorkspace', arguments: [] });
        assert.equal(count, 2);
        assert.equal(byRule((await published).diagnostics, 'inappropriate-initial-study').length, 1);
      } finally {
        await c.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  describe('lean wire format', () => {
    /** Every sample note, one document: the diagnostics a user really gets, all rules. */
    const ALL = fs
      .readdirSync(path.join(path.dirname(SAMPLE_PATH)))
      .filter((f) => f.endsWith('.order'))
      .sort()
      .map((f) =>
        fs
          .readFileSync(path.join(path.dirname(SAMPLE_PATH), f), 'utf8')
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n'),
      )
      .join('---\n');

    async function published(o: { relatedInformation: boolean; initializationOptions?: Record<string, unknown> }): Promise<Diagnostic[]> {
      const c = await TestClient.start({ pull: false, ...o });
      try {
        const uri = uriFor('wire.order');
        const first = c.nextPublish(uri);
        await c.open(uri, ALL);
        return (await first).diagnostics;
      } finally {
        await c.stop();
      }
    }
    const bytesPer = (ds: Diagnostic[]) => Buffer.byteLength(JSON.stringify(ds)) / ds.length;

    it('bytes per diagnostic: short messages, a short href the VS Code client resolves, nothing the client did not ask for', async () => {
      const vscodeLike = await published({ relatedInformation: true, initializationOptions: { resolvesRuleDocs: true } });
      const bare = await published({ relatedInformation: false });
      assert.ok(vscodeLike.length > 30, `only ${vscodeLike.length} diagnostics`);
      assert.equal(bare.length, vscodeLike.length);
      for (const d of vscodeLike) {
        assert.equal(d.codeDescription!.href, `iol:${d.code}`);
        assert.ok(d.message.length <= 139, d.message);
        assert.equal('data' in d, false);
      }
      assert.ok(
        bare.every((d) => d.relatedInformation === undefined),
        'relatedInformation only when the client declares support',
      );
      assert.ok(vscodeLike.some((d) => d.relatedInformation?.length));
      // Measured on this document when this test was written: 534 bytes per diagnostic before (whole
      // paragraphs and a file:// href in each), 339 after; the bound leaves room for wording, not for paragraphs.
      const sent = bytesPer(bare.map((d) => ({ ...d, codeDescription: { href: `iol:${d.code}` } })));
      assert.ok(sent < 360, `${sent.toFixed(0)} bytes per diagnostic`);
      console.log(
        `      bytes per diagnostic: ${bytesPer(vscodeLike).toFixed(0)} (VS Code client, with relatedInformation), ${bytesPer(bare).toFixed(0)} (bare client, file:// href)`,
      );
    });

    it('a configured docsBaseUri wins over the short client link; "Show documentation" always opens a real page', async () => {
      const c = await TestClient.start({ pull: true, initializationOptions: { resolvesRuleDocs: true, docsBaseUri: 'https://example.org/rules/' } });
      try {
        const uri = uriFor('wire-docs.order');
        await c.open(uri, SAMPLE);
        const [d] = byRule(await c.pull(uri), 'inappropriate-initial-study');
        assert.equal(d.codeDescription!.href, 'https://example.org/rules/inappropriate-initial-study.md');
      } finally {
        await c.stop();
      }
      const v = await TestClient.start({ pull: true, initializationOptions: { resolvesRuleDocs: true } });
      try {
        const uri = uriFor('wire-docs2.order');
        await v.open(uri, SAMPLE);
        const [d] = byRule(await v.pull(uri), 'inappropriate-initial-study');
        assert.equal(d.codeDescription!.href, 'iol:inappropriate-initial-study');
        const docs = (await v.codeActions(uri, d.range, [d])).find((a) => a.title === 'Show documentation for inappropriate-initial-study')!;
        assert.match(String(docs.command?.arguments?.[0]), /^file:.*docs\/rules\/inappropriate-initial-study\.md$/);
      } finally {
        await v.stop();
      }
    });
  });
});
