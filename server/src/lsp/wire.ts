import type { Diagnostic } from 'vscode-languageserver';
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

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
const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

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

export function encodeMessage(msg: Message): Buffer {
  const list = listOf(msg);
  if (!list || list.items.length < 16) return Buffer.from(JSON.stringify(msg), 'utf8');
  // The message around the list, with a placeholder where the list goes. The envelope can hold user
  // text (a uri, a result id) equal to the placeholder: when the placeholder is not unique, the
  // splice point is ambiguous and the message is encoded the plain way.
  const outer = JSON.stringify(msg, (_k, v) => (v === list.holder ? { ...list.holder, [list.key]: HOLE } : v));
  const at = outer.indexOf(HOLE_JSON);
  if (at < 0 || outer.lastIndexOf(HOLE_JSON) !== at) return Buffer.from(JSON.stringify(msg), 'utf8');
  const parts: Buffer[] = [Buffer.from(outer.slice(0, at), 'utf8'), OPEN];
  for (let i = 0; i < list.items.length; i++) {
    if (i) parts.push(COMMA);
    parts.push(bytesOf(list.items[i]));
  }
  parts.push(CLOSE, Buffer.from(outer.slice(at + HOLE_JSON.length), 'utf8'));
  return Buffer.concat(parts);
}

export const jsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      if (options.charset !== 'utf-8') return Promise.resolve(Buffer.from(JSON.stringify(msg), options.charset));
      return Promise.resolve(encodeMessage(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
