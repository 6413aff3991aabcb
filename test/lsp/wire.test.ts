/**
 * The lean diagnostics encoder (server/src/lsp/wire.ts) splices the cached diagnostic bytes into the
 * envelope at a placeholder: user text in the envelope (a uri) equal to the placeholder must not move it.
 */
import * as assert from 'node:assert/strict';
import { encodeMessage } from '../../server/src/lsp/wire';

function diagnostics(n: number) {
  return Array.from({ length: n }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, message: `m${i}`, severity: 2 }));
}

describe('lsp wire encoder', () => {
  for (const uri of ['\u0000diagnostics', 'file:///a/"\u0000diagnostics"', 'file:///plain.order']) {
    it(`encodes a publishDiagnostics whose uri is ${JSON.stringify(uri)} exactly as JSON.stringify`, () => {
      const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: diagnostics(20) } };
      const out = encodeMessage(msg as never).toString('utf8');
      assert.deepEqual(JSON.parse(out), msg);
      assert.equal(out, JSON.stringify(msg));
    });
    it(`encodes a full pull report with resultId ${JSON.stringify(uri)} exactly as JSON.stringify`, () => {
      const msg = { jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: uri, items: diagnostics(20) } };
      const out = encodeMessage(msg as never).toString('utf8');
      assert.equal(out, JSON.stringify(msg));
    });
  }
});
