/**
 * Client positions are clamped in one place, textSync.ts (clampedOffset / requestOffset): the other
 * lsp modules call it instead of keeping their own copies (answerRanges.clampOffset,
 * documents.offsetAt/toInt, completion's byte-order-mark shift), which drift apart over time.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repairRange } from '../../server/src/lsp/answerRanges';
import { clampedOffset, viewOf } from '../../server/src/lsp/textSync';
import * as features from '../../server/src/lsp/features';

const LSP = path.resolve(__dirname, '../../../server/src/lsp');

describe('lsp position clamping: one copy', () => {
  it('no lsp module but textSync.ts clamps positions or shifts past the byte-order mark itself', () => {
    const copies: string[] = [];
    for (const f of fs.readdirSync(LSP).filter((n) => n.endsWith('.ts') && n !== 'textSync.ts')) {
      const src = fs.readFileSync(path.join(LSP, f), 'utf8');
      if (/function (clampOffset|toInt|offsetAt)\b/.test(src)) copies.push(`${f}: its own clamping function`);
      if (/offset === 0 && [^\n]*0xfeff[^\n]*offset = 1/.test(src)) copies.push(`${f}: its own byte-order-mark shift`);
    }
    assert.deepEqual(copies, []);
  });

  it('the clamped offsets the features use are textSync.clampedOffset', () => {
    const text = '\uFEFFPatient: 10 y\r\nOrder: MRI 😀 x\rlast';
    const doc = TextDocument.create('file:///c.order', 'imaging-order', 1, text);
    const v = viewOf(text);
    const odd = [-5, -0.5, 0, 1, 2.7, 3, 9, 14, 15, 99, Infinity, -Infinity, NaN];
    for (const line of odd) {
      for (const character of odd) {
        const p = { line, character };
        const want = clampedOffset(v, p);
        assert.equal(features.offsetAt(doc, p), want, JSON.stringify(p));
        const r = repairRange(doc, text, { start: p, end: p });
        const o = doc.offsetAt(r.start);
        assert.ok(o === Math.max(1, want) || o === want - 1, `${JSON.stringify(p)}: repaired to ${o}, clamped ${want}`);
      }
    }
  });
});
