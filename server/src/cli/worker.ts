import { parentPort } from 'node:worker_threads';
import { type DocumentSummary, type Engine, KnowledgeError, summarizeDocument, summarizeNotes, type IsoDate, splitNotes, LineIndex, type Position } from '../engine';
import * as fs from 'node:fs';
import type { BytePart } from './split';
import { decode, readInput } from './files';
import { DetailRefs, jsonAcknowledged, jsonDetail, jsonFindings, jsonNotes } from './formatters/json';
import { noticesOf } from './inputs';
import { engineFor } from './engine';

/** How a worker is started (workerData). */
export interface WorkerInit {
  kind: 'imaging-order-lint-worker';
  config?: string;
  cwd: string;
  today: IsoDate;
}

/**
 * A whole file, or a run of whole notes of a large one (split.ts): its bytes [start, end), the
 * lines and notes before it, whether it is the file's last, and the file's dominant line ending.
 * The worker reads what it needs itself.
 */
/** A whole file, or a part of a large one. `mainThread`: too large for a worker's small heap. */
export type Task = { id: number; file: string; mainThread?: boolean } | ({ id: number; file: string; eol: string; last: boolean } & BytePart);

/**
 * A task's output: its notes, findings and acknowledged findings as comma-separated JSON in UTF-8
 * (empty when none), the details they refer to that this thread had not handed on before, and
 * their counts. Bytes, not strings: a worker transfers them to the writing thread without a copy,
 * which writes them as they are (structured-cloning ~2 MB of strings per part, then encoding them
 * there, cost the writing thread more than its share of the linting).
 */
export interface Part {
  id: number;
  notes: Uint8Array;
  findings: Uint8Array;
  acknowledged: Uint8Array;
  /** The new details' ids, and their table entries (jsonDetail) in UTF-8 one after another: entry k ends at detailEnds[k]. */
  detailIds: string[];
  detailEnds: number[];
  detailBytes: Uint8Array;
  notices?: string[];
  totals: { notes: number; error: number; warning: number; information: number; hint: number; acknowledged: number };
}

/** Line numbers of a part of a file that starts at a line start: the part's, plus the lines before it. */
class PartLines extends LineIndex {
  constructor(
    text: string,
    private readonly lineBase: number,
  ) {
    super(text);
  }
  override positionAt(offset: number): Position {
    const p = super.positionAt(offset);
    return { line: p.line + this.lineBase, character: p.character };
  }
}

/**
 * Renders items in runs of CHUNK, each encoded at once into one buffer: every string stays small
 * (a string over ~0.5 MB goes to V8's large-object space, which only a full collection frees).
 */
const CHUNK = 64;
const encoder = new TextEncoder();
function bytesOf<T>(items: readonly T[], render: (items: readonly T[]) => string, each?: (s: string) => void): Uint8Array {
  let buf: ArrayBuffer | undefined;
  let at = 0;
  // With `each`, one item at a time and no commas (the details' entries, whose ends are kept).
  const step = each ? 1 : CHUNK;
  for (let i = 0; i < items.length; i += step) {
    const s = (i && !each ? ',' : '') + render(items.slice(i, i + step));
    each?.(s);
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (!buf || buf.byteLength - at < s.length * 3) {
      const bigger = bufferOf(Math.max(buf ? buf.byteLength * 2 : 0, at + s.length * 3));
      if (buf) {
        new Uint8Array(bigger).set(new Uint8Array(buf, 0, at));
        release(buf);
      }
      buf = bigger;
    }
    at += encoder.encodeInto(s, new Uint8Array(buf, at)).written;
  }
  return buf ? new Uint8Array(buf, 0, at) : new Uint8Array(0); // its own ArrayBuffer, so it can be transferred
}

/**
 * Buffers the writing thread has written and handed back (recycle), reused for later parts: a
 * transferred buffer is otherwise freed only when that thread's garbage collector finds it, and
 * a thread that allocates little collects rarely (60 MB of written parts were waiting there).
 */
const pool: ArrayBuffer[] = [];
const POOL_MAX = 4;
function bufferOf(bytes: number): ArrayBuffer {
  let best = -1;
  for (let i = 0; i < pool.length; i++) if (pool[i].byteLength >= bytes && (best < 0 || pool[i].byteLength < pool[best].byteLength)) best = i;
  if (best >= 0) return pool.splice(best, 1)[0];
  return new ArrayBuffer(Math.ceil(bytes / 65536) * 65536);
}
function release(b: ArrayBuffer): void {
  if (b.byteLength === 0) return;
  if (pool.length >= POOL_MAX)
    pool.splice(
      pool.reduce((m, x, i) => (x.byteLength < pool[m].byteLength ? i : m), 0),
      1,
    ); // keep the larger ones
  pool.push(b);
}

/** A message to a worker: a task, or buffers of its parts that were written, to reuse. */
export type ToWorker = Task | { recycle: ArrayBuffer[] };

export function lintTask(t: Task, engine: Engine, refs: DetailRefs): Part {
  let s: DocumentSummary;
  let lines: LineIndex;
  let text: string;
  let notices: string[] | undefined;
  if (!('eol' in t)) {
    const input = readInput(t.file);
    notices = noticesOf(input);
    text = input.text;
    s = summarizeDocument(text, engine);
    lines = new LineIndex(text);
  } else {
    text = decode(readBytes(t.file, t.start, t.end)).text;
    const slices = splitNotes(text);
    // A part that is not the file's last ends with its `---` line, after which splitNotes sees
    // one more (empty) note: the next part's first.
    if (!t.last && slices.pop()?.start !== text.length) throw new Error(`${t.file}: a part does not end at a note boundary`);
    s = summarizeNotes(text, slices, 0, slices.length, engine, { offset: t.start, firstIndex: t.firstIndex, eol: t.eol });
    lines = new PartLines(text, t.line);
  }
  const notes = s.notes.filter((n) => n.firstField >= 0);
  const totals = { notes: notes.length, error: 0, warning: 0, information: 0, hint: 0, acknowledged: s.acknowledged.length };
  for (const x of s.findings) totals[x.severity]++;
  return {
    id: t.id,
    notes: bytesOf(notes, (x) => jsonNotes(x, { lines, text }, engine.knowledge)),
    findings: bytesOf(s.findings, (x) => jsonFindings(x, lines, refs)),
    acknowledged: bytesOf(s.acknowledged, (x) => jsonAcknowledged(x, lines, refs)),
    ...detailsOf(refs.take()),
    notices,
    totals,
  };
}

function detailsOf(pairs: [string, string][]): Pick<Part, 'detailIds' | 'detailEnds' | 'detailBytes'> {
  const detailEnds: number[] = [];
  let total = 0;
  const detailBytes = bytesOf(
    pairs,
    (ps) => ps.map(([id, text]) => jsonDetail(id, text)).join(''),
    (s) => detailEnds.push((total += Buffer.byteLength(s))),
  );
  return { detailIds: pairs.map(([id]) => id), detailEnds, detailBytes };
}

function readBytes(file: string, start: number, end: number): Buffer {
  const buf = Buffer.allocUnsafe(end - start);
  const fd = fs.openSync(file, 'r');
  try {
    for (let at = 0; at < buf.length;) {
      const n = fs.readSync(fd, buf, at, buf.length - at, start + at);
      if (n <= 0) throw new Error(`${file}: changed while it was being read`);
      at += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return buf;
}

/** A worker that could not build its engine: the error, to be thrown by the writing thread. */
export interface WorkerFatal {
  fatal: { name: string; message: string; code?: string };
}

/** The error a worker's `fatal` stands for, as the writing thread's own engineFor would have thrown it. */
export function errorOf(f: WorkerFatal['fatal']): Error {
  const e: Error & { code?: string } = f.name === 'KnowledgeError' ? new KnowledgeError(f.message) : new Error(f.message);
  if (f.code !== undefined) e.code = f.code;
  return e;
}

export function runWorker(init: WorkerInit): void {
  let base: Engine;
  try {
    base = engineFor({ config: init.config }, init.cwd);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const fatal: WorkerFatal = { fatal: { name: err?.name ?? 'Error', message: err?.message ?? String(e), ...(err?.code !== undefined && { code: String(err.code) }) } };
    parentPort!.postMessage(fatal);
    return; // tasks sent meanwhile wait unanswered; the writing thread stops the run
  }
  const engine: Engine = { ...base, settings: { ...base.settings, today: init.today } };
  const refs = new DetailRefs();
  parentPort!.on('message', (m: ToWorker) => {
    if ('recycle' in m) {
      for (const b of m.recycle) release(b);
      return;
    }
    const t = m;
    const part = lintTask(t, engine, refs);
    parentPort!.postMessage(part, [
      part.notes.buffer as ArrayBuffer,
      part.findings.buffer as ArrayBuffer,
      part.acknowledged.buffer as ArrayBuffer,
      part.detailBytes.buffer as ArrayBuffer,
    ]);
  });
}
