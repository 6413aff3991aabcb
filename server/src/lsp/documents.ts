import type { Diagnostic, Range } from 'vscode-languageserver';
import type { NoteDiagnostics } from './diagnostics';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentAnalysis, DocumentAnalyses, type Engine, type NoteAnalysis, type Finding, type Span, noteIndexAt } from '../engine';

/** Per open document: the engine's incremental analyses and the per-note diagnostic cache. */
export class DocState {
  /** The engine's incremental analyses of this document (engine/incremental.ts). */
  readonly analyses = new DocumentAnalyses();
  /** Diagnostics per unchanged note (by result identity), then by the note's first line (diagnostics.ts). */
  diagCache = new WeakMap<readonly Finding[], NoteDiagnostics>();
  /** Counts documentDiagnostics answers, to tell a note's first occurrence in one from a repeat. */
  diagPass = 0;
  diagCacheKey: unknown;
  /** Run-on-save: the diagnostics computed at open/save time, served until the next save. */
  saved?: { resultId: string; items: Diagnostic[] };
  lastPublishedVersion = -1;
  /** The last full pull report (result ids come from one server-wide counter, never reused). */
  lastReport?: { resultId: string; items: Diagnostic[] };
  constructor(readonly uri: string) {}
}

/** The analysis of the document's current text (reused while the version and engine are the same). */
export function analysisOf(state: DocState, doc: TextDocument, engine: Engine): DocumentAnalysis {
  return state.analyses.of(doc.version, () => doc.getText(), engine);
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function spanRange(doc: TextDocument, note: { start: number }, span: Span): Range {
  return rangeOf(doc, note.start + span.start, note.start + span.end);
}

/** The note holding a document offset (binary search; notes are in document order). */
export function noteAt(analysis: DocumentAnalysis, offset: number): NoteAnalysis | undefined {
  if (analysis.notes.length === 0) return undefined;
  const n = analysis.notes[noteIndexAt(analysis.notes, offset)];
  return offset >= n.start && offset <= n.end ? n : undefined;
}

export function contains(span: Span, rel: number): boolean {
  return rel >= span.start && rel <= span.end;
}
