import { parentPort } from 'node:worker_threads';
import { type DocumentSummary, type Engine, summarizeDocument, summarizeNotes, type IsoDate, splitNotes, LineIndex, type Position } from '../engine';
import * as fs from 'node:fs';
import type { BytePart } from './split';
import { decode, readInput } from './files';
import { jsonAcknowledged, jsonFindings, jsonNotes } from './formatters/json';
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
 * A task's output: its notes, findings and acknowledged findings as runs of comma-separated JSON,
 * and their counts. Runs of CHUNK items keep every string small: a string over ~0.5 MB goes to V8's
 * large-object space, which only a full collection frees, and the writing thread then grew by
 * every part it wrote (350 MB for the 100,000-note file).
 */
export interface Part {
  id: number;
  notes: string[];
  findings: string[];
  acknowledged: string[];
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

const CHUNK = 64;
function runs<T>(items: readonly T[], render: (items: readonly T[]) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(render(items.slice(i, i + CHUNK)));
  return out;
}

export function lintTask(t: Task, engine: Engine): Part {
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
    notes: runs(notes, (x) => jsonNotes(x, { lines, text }, engine.knowledge)),
    findings: runs(s.findings, (x) => jsonFindings(x, lines)),
    acknowledged: runs(s.acknowledged, (x) => jsonAcknowledged(x, lines)),
    notices,
    totals,
  };
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

export function runWorker(init: WorkerInit): void {
  const base = engineFor({ config: init.config }, init.cwd);
  const engine: Engine = { ...base, settings: { ...base.settings, today: init.today } };
  parentPort!.on('message', (t: Task) => parentPort!.postMessage(lintTask(t, engine)));
}
