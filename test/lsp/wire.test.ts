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

  it('with reuseBuffers, frames large messages into the buffer of the last one once its write called back, and every message arrives intact', async () => {
    // A stream done with each chunk when it calls back, as a pipe is: it keeps a copy.
    const copies: Buffer[] = [];
    const arrays = new Set<ArrayBufferLike>();
    let large = 0;
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        copies.push(Buffer.from(chunk));
        if (chunk.length >= 64 * 1024) {
          large++;
          arrays.add(chunk.buffer);
        }
        cb();
      },
    });
    const writer = new FramedMessageWriter(out, true);
    const msgs: unknown[] = [];
    // Answers that grow and shrink (as diagnostics come and go), with small messages between them.
    for (const n of [2000, 2000, 1990, 2010, 1500, 2000]) {
      msgs.push({ jsonrpc: '2.0', id: msgs.length, result: { kind: 'full', resultId: `r${n}`, items: diagnostics(n) } });
      msgs.push({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: `after ${n}` } });
    }
    for (const m of msgs) await writer.write(m as never);
    assert.equal(copies.length, msgs.length);
    copies.forEach((w, i) => {
      const body = Buffer.from(JSON.stringify(msgs[i]), 'utf8');
      assert.equal(w.toString('latin1', 0, w.length - body.length), `Content-Length: ${body.length}\r\n\r\n`);
      assert.ok(w.subarray(w.length - body.length).equals(body), `message ${i} intact`);
    });
    assert.equal(large, 6);
    assert.equal(arrays.size, 1, 'one buffer served every large message');
  });

  it('without reuseBuffers, no two messages share a buffer (a stream may keep chunks by reference)', async () => {
    const kept: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        kept.push(chunk);
        cb();
      },
    });
    const writer = new FramedMessageWriter(out);
    const msgs = [2000, 2000].map((n, i) => ({ jsonrpc: '2.0', id: i, result: { kind: 'full', resultId: `r${i}`, items: diagnostics(n) } }));
    for (const m of msgs) await writer.write(m as never);
    assert.notEqual(kept[0].buffer, kept[1].buffer);
    kept.forEach((w, i) => assert.ok(w.toString('utf8').endsWith(JSON.stringify(msgs[i]))));
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
