import { Diagnostic, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis, Engine, NoteAnalysis, NoteCache, analyzeDocument } from '../analyze';
import { ParsedNote } from '../notes/parser';
import { Span } from '../notes/text';

/** Per open document: the engine's note cache, the last analysis and the per-note diagnostic cache. */
export class DocState {
  readonly cache = new NoteCache();
  snapshot?: { version: number; engine: Engine; analysis: DocumentAnalysis };
  /** Diagnostics per unchanged note (by result identity), then by the note's first line. */
  diagCache = new Map<ParsedNote, Map<number, Diagnostic[]>>();
  diagCacheKey: unknown;
  /** Run-on-save: the diagnostics computed at open/save time, served until the next save. */
  saved?: { resultId: string; items: Diagnostic[] };
  lastPublishedVersion = -1;
  constructor(readonly uri: string) {}
}

/** Analyses the document's current text, reusing the last result for the same version and engine. */
export function analysisOf(state: DocState, doc: TextDocument, engine: Engine): DocumentAnalysis {
  const s = state.snapshot;
  if (s && s.version === doc.version && s.engine === engine) return s.analysis;
  const analysis = analyzeDocument(doc.getText(), engine, state.cache);
  state.snapshot = { version: doc.version, engine, analysis };
  return analysis;
}

function toInt(n: unknown): number {
  if (typeof n !== 'number' || Number.isNaN(n)) return 0;
  if (n === Infinity) return Number.MAX_SAFE_INTEGER;
  if (n === -Infinity) return 0;
  return Math.max(0, Math.min(Number.MAX_SAFE_INTEGER, Math.floor(n)));
}

/** Offset of a client position; tolerates negative, fractional, huge or missing values (clamped). */
export function offsetAt(doc: TextDocument, pos: Position | undefined): number {
  const rawLine = (pos as { line?: unknown } | undefined)?.line;
  if (typeof rawLine === 'number' && rawLine < 0) return 0;
  const line = toInt(rawLine);
  if (line >= doc.lineCount) return doc.getText().length;
  return doc.offsetAt({ line, character: toInt((pos as { character?: unknown } | undefined)?.character) });
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function spanRange(doc: TextDocument, note: { start: number }, span: Span): Range {
  return rangeOf(doc, note.start + span.start, note.start + span.end);
}

/** The note holding a document offset (binary search; notes are in document order). */
export function noteAt(analysis: DocumentAnalysis, offset: number): NoteAnalysis | undefined {
  const notes = analysis.notes;
  let lo = 0;
  let hi = notes.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (notes[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const n = notes[lo];
  return offset >= n.start && offset <= n.end ? n : undefined;
}

export function contains(span: Span, rel: number): boolean {
  return rel >= span.start && rel <= span.end;
}
