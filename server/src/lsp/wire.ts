import type { Diagnostic } from 'vscode-languageserver';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * The JSON encoder of our stdio connection. LSP re-sends a document's whole diagnostic list on every
 * change, and the default encoder stringifies all of it and then re-encodes the string as UTF-8:
 * for the 5,000-note document that was about 22 ms of every edit (profiled: `encode` in
 * vscode-jsonrpc, 26 % of the server's time, plus the garbage it leaves). Diagnostics of notes an
 * edit did not touch are the same objects from one answer to the next (documentDiagnostics reuses
 * them), so each one's UTF-8 JSON is kept beside it and an answer is a copy of those bytes.
 *
 * This relies on diagnostics being rebuilt, never edited in place, once they have been sent: a
 * changed diagnostic is a new object (as everywhere in server/src/lsp).
 */
const encoded = new WeakMap<Diagnostic, Buffer>();
const HOLE = '\u0000diagnostics';
const HOLE_JSON = JSON.stringify(HOLE);
/** Messages at least this large are framed into a reused buffer (FramedMessageWriter). */
const REUSE_FROM = 64 * 1024;
const COMMA = 0x2c; // ','
const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'

/** The diagnostic list a message carries (a full pull report or a publishDiagnostics), if any. */
function listOf(msg: Message): { holder: Record<string, unknown>; key: string; items: Diagnostic[] } | undefined {
  const m = msg as { method?: string; params?: { diagnostics?: unknown }; result?: { kind?: unknown; items?: unknown } };
  if (m.method === 'textDocument/publishDiagnostics' && m.params && Array.isArray(m.params.diagnostics)) {
    return { holder: m.params as Record<string, unknown>, key: 'diagnostics', items: m.params.diagnostics };
  }
  if (m.result && typeof m.result === 'object' && m.result.kind === 'full' && Array.isArray(m.result.items)) {
    return { holder: m.result as Record<string, unknown>, key: 'items', items: m.result.items };
  }
  return undefined;
}

function bytesOf(d: Diagnostic): Buffer {
  let b = encoded.get(d);
  if (!b) encoded.set(d, (b = Buffer.from(JSON.stringify(d), 'utf8')));
  return b;
}

/** The message as UTF-8 JSON. */
export function encodeMessage(msg: Message): Buffer {
  return frame(msg, false);
}

/** The message as sent on the wire: the `Content-Length` header and the UTF-8 JSON, in one buffer. */
export function frameMessage(msg: Message, alloc: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  return frame(msg, true, alloc);
}

/**
 * A buffer for `length` bytes of JSON, the `Content-Length` header already in it when `header` is set: the JSON goes in
 * its last `length` bytes (`alloc` gives exactly the size asked for). Both ways of encoding frame through here, so the
 * header is written one way.
 */
function headed(length: number, header: boolean, alloc: (size: number) => Buffer): Buffer {
  if (!header) return alloc(length);
  const head = `Content-Length: ${length}\r\n\r\n`;
  const out = alloc(head.length + length);
  out.write(head, 0, 'latin1');
  return out;
}

/** A plain message as one buffer, after the `Content-Length` header when `header` is set. */
function plain(msg: Message, header: boolean): Buffer {
  const body = Buffer.from(JSON.stringify(msg), 'utf8');
  if (!header) return body;
  // A fresh buffer, never the writer's spare: as before, only spliced diagnostic answers are framed into a reused one.
  const out = headed(body.length, true, Buffer.allocUnsafe);
  out.set(body, out.length - body.length);
  return out;
}

function frame(msg: Message, header: boolean, alloc: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const list = listOf(msg);
  if (!list || list.items.length < 16) return plain(msg, header);
  // The message around the list, with a placeholder where the list goes. The envelope can hold user
  // text (a uri, a result id) equal to the placeholder: when the placeholder is not unique, the
  // splice point is ambiguous and the message is encoded the plain way.
  const outer = JSON.stringify(msg, (_k, v) => (v === list.holder ? { ...list.holder, [list.key]: HOLE } : v));
  const at = outer.indexOf(HOLE_JSON);
  if (at < 0 || outer.lastIndexOf(HOLE_JSON) !== at) return plain(msg, header);
  const before = Buffer.from(outer.slice(0, at), 'utf8');
  const after = Buffer.from(outer.slice(at + HOLE_JSON.length), 'utf8');
  const items = list.items;
  const encoded: Buffer[] = new Array(items.length);
  // "[", the items with a comma between each two, "]".
  let length = before.length + after.length + 2 + items.length - 1;
  for (let i = 0; i < items.length; i++) length += (encoded[i] = bytesOf(items[i])).length;
  const out = headed(length, header, alloc);
  // One copy of each part into one buffer: TypedArray#set, about twice as fast as Buffer#copy for
  // thousands of parts of a few hundred bytes (a full answer of the 5,000-note document).
  let o = out.length - length;
  out.set(before, o);
  o += before.length;
  out[o++] = OPEN;
  for (let i = 0; i < encoded.length; i++) {
    if (i) out[o++] = COMMA;
    out.set(encoded[i], o);
    o += encoded[i].length;
  }
  out[o++] = CLOSE;
  out.set(after, o);
  return out;
}

/**
 * The message writer of our stdio connection. vscode-jsonrpc's stream writer sends each message as
 * two writes, the header and then, once the first write has called back, the body: two system
 * calls, a turn of the event loop between them, and a reader woken for a header it cannot use yet.
 * On a small document that was a good part of an edit's round trip (profiled: `writeAsciiString`
 * and `writeBuffer`, each about a tenth of the server's time over 2,000 one-note edits). Here each
 * message is one buffer and one write. Encoding is synchronous, so messages go out in the order
 * they are written, as the library's semaphore ensured.
 */
export class FramedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;
  /** The buffer of the last large message, free again once its write has called back. */
  private spare: Buffer | undefined;

  /**
   * `reuseBuffers`: large messages (a full diagnostic answer of a big document is megabytes, on
   * every edit) are framed into one buffer kept from the last one, not a new one each time: the
   * repeated multi-megabyte allocations were garbage for the collector and, freed and taken again
   * by the allocator, grew the process's resident memory. Only for a stream that is done with a
   * chunk when its write calls back (a pipe, a socket or a file, as process.stdout is); a stream
   * that passes chunks on by reference would see them overwritten.
   */
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly reuseBuffers = false,
  ) {
    super();
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  private readonly alloc = (size: number): Buffer => {
    if (!this.reuseBuffers || size < REUSE_FROM) return Buffer.allocUnsafe(size);
    const spare = this.spare;
    if (spare && spare.length >= size) {
      this.spare = undefined; // in use until its write calls back
      return spare.subarray(0, size);
    }
    // A little headroom, so an answer that grows by a few diagnostics does not need a new buffer.
    return Buffer.allocUnsafe(Math.ceil(size * 1.25)).subarray(0, size);
  };

  /** A large message's buffer, written: kept for the next one (the larger of it and the spare). */
  private release(bytes: Buffer): void {
    if (!this.reuseBuffers || bytes.length < REUSE_FROM) return;
    const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.buffer.byteLength - bytes.byteOffset);
    if (!this.spare || whole.length > this.spare.length) this.spare = whole;
  }

  write(msg: Message): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = frameMessage(msg, this.alloc);
    } catch (e) {
      this.fireError(e);
      return Promise.reject(e as Error);
    }
    return new Promise((resolve, reject) => {
      this.out.write(bytes, (e?: Error | null) => {
        this.release(bytes);
        if (!e) return resolve();
        this.errorCount++;
        this.fireError(e, msg, this.errorCount);
        reject(e);
      });
    });
  }

  end(): void {
    this.out.end();
  }
}
