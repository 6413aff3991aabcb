/**
 * applyChanges (server/src/lsp/textSync.ts) must cost in proportion to the edits of a batch, not
 * rebuild the whole line table and copy the whole text for every change (2,001 multi-cursor changes
 * on a 615 KB CRLF document took 3.0 s, the library 0.7 s). Counted, not timed: whole-text passes.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyChanges, lineStarts, syncWork } from '../../server/src/lsp/textSync';

function crlfDocument(minChars: number): string {
  const lines: string[] = [];
  for (let i = 0, n = 0; n < minChars; i++) {
    const l = i % 5 === 4 ? '---' : `Presentation: back pain for ${i % 12} weeks; note ${i}`;
    lines.push(l);
    n += l.length + 2;
  }
  return lines.join('\r\n') + '\r\n';
}

describe('lsp text sync: work per batch', () => {
  it('2,001 multi-cursor changes on a 615 KB CRLF document: no whole-text pass per change, same text as a reference', () => {
    const original = crlfDocument(615_000);
    const doc = TextDocument.create('file:///w.order', 'imaging-order', 1, original);
    const lines = lineStarts(original).length;
    assert.ok(lines > 2001 * 5);
    // Multi-cursor typing as VS Code sends it: one change per cursor, last cursor first.
    const changes = [];
    for (let k = 2000; k >= 0; k--) changes.push({ range: { start: { line: k * 5, character: 3 }, end: { line: k * 5, character: 5 } }, text: k % 2 ? 'xy' : 'z\r\nw' });
    // The reference: the changes go last line first, so each one's offsets in the original text hold.
    let want = original;
    const starts = lineStarts(original);
    for (const c of changes) {
      const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
      want = want.slice(0, at(c.range.start)) + c.text + want.slice(at(c.range.end));
    }
    const before = syncWork.fullTexts;
    let edits = 0;
    applyChanges(doc, changes, 2, () => edits++);
    const passes = syncWork.fullTexts - before;
    assert.equal(edits, 2001);
    assert.ok(passes <= 2, `whole-text passes for one batch of 2,001 in-bounds changes: ${passes}`);
    assert.equal(doc.getText(), want);
    assert.equal(doc.version, 2);
    // The library's incrementally kept line table agrees with one built from the final text.
    const got = lineStarts(want);
    assert.equal(doc.lineCount, got.length);
    for (let l = 0; l < got.length; l += 97) assert.equal(doc.offsetAt({ line: l, character: 0 }), got[l]);
  });

  it('a change that joins \\r and \\n, and ranges past the end, still take the careful path', () => {
    const doc = TextDocument.create('file:///j.order', 'imaging-order', 1, 'a\rb\nc\r\nd');
    applyChanges(
      doc,
      [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }, // 'a\r\nc\r\nd'
        { range: { start: { line: 99, character: 5 }, end: { line: 120, character: 0 } }, text: '\r' }, // appended
        { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'Q\r' }, // 'aQ\r' before '\r\n'
      ],
      2,
      () => undefined,
    );
    const want = 'aQ\r\r\nc\r\nd\r';
    assert.equal(doc.getText(), want);
    const starts = lineStarts(want);
    assert.equal(doc.lineCount, starts.length);
    for (let l = 0; l < starts.length; l++) assert.equal(doc.offsetAt({ line: l, character: 0 }), starts[l]);
  });
});
