/**
 * The lean diagnostics encoder (server/src/lsp/wire.ts) splices the cached diagnostic bytes into the
 * envelope at a placeholder: user text in the envelope (a uri) equal to the placeholder must not move it.
 */
import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { FramedMessageWriter, encodeMessage } from '../../server/src/lsp/wire';

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

describe('lsp message writer (one write per message)', () => {
  it('writes each message as one buffer: the Content-Length header of the UTF-8 body, then the body, in order', async () => {
    const writes: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        writes.push(chunk);
        cb();
      },
    });
    const writer = new FramedMessageWriter(out);
    const msgs = [
      { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'r1', items: diagnostics(40) } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'é ✓ 😀' } },
      { jsonrpc: '2.0', id: 2, result: null },
    ];
    await Promise.all(msgs.map((m) => writer.write(m as never)));
    assert.equal(writes.length, msgs.length);
    writes.forEach((w, i) => {
      const body = Buffer.from(JSON.stringify(msgs[i]), 'utf8');
      assert.equal(w.toString('latin1', 0, w.length - body.length), `Content-Length: ${body.length}\r\n\r\n`);
      assert.ok(w.subarray(w.length - body.length).equals(body));
    });
  });

  it('reports a failed write to the connection and rejects it', async () => {
    const out = new Writable({
      write(_chunk, _enc, cb) {
        cb(new Error('EPIPE'));
      },
    });
    out.on('error', () => undefined);
    const writer = new FramedMessageWriter(out);
    const errors: unknown[] = [];
    writer.onError((e) => errors.push(e));
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: null } as never), /EPIPE/);
    assert.ok(errors.length >= 1);
  });
});
