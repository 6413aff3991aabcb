import { Diagnostic, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis, Engine, NoteAnalysis, NoteCache, analyzeDocument, analyzeNote, documentOf } from '../analyze';
import { MAX_DOCUMENT_CHARS } from '../limits';
import { ParsedNote, splitNotes } from '../notes/parser';
import { EolCounts, Span, countEols, dominantOf } from '../notes/text';

/**
 * The region edited since the last analysis: [os, oe) in the analysed text became [os, ce) in the
 * current text; everything before and after is unchanged ('all' when the client sent the whole text).
 */
export type Dirty = { os: number; oe: number; ce: number } | 'all';

export function markDirty(d: Dirty | undefined, s: number, e: number, inserted: number): Dirty {
  if (d === 'all') return d;
  if (!d) return { os: s, oe: e, ce: s + inserted };
  const delta = d.ce - d.oe;
  return {
    os: Math.min(d.os, s),
    oe: e > d.ce ? e - delta : d.oe,
    ce: Math.max(d.ce, e) + inserted - (e - s),
  };
}

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
  /** The last full pull report (result ids come from one server-wide counter, never reused). */
  lastReport?: { resultId: string; items: Diagnostic[] };
  /** What changed since `snapshot` was analysed. */
  dirty?: Dirty;
  constructor(readonly uri: string) {}
}

const eolCounts = new WeakMap<DocumentAnalysis, EolCounts>();

function countsOf(a: DocumentAnalysis): EolCounts {
  let c = eolCounts.get(a);
  if (!c) {
    c = { crlf: 0, lf: 0, cr: 0 };
    countEols(a.text, 0, a.text.length, c);
    eolCounts.set(a, c);
  }
  return c;
}

/** Index of the note containing offset (the last note starting at or before it). */
function noteIndexAt(notes: NoteAnalysis[], offset: number): number {
  let lo = 0;
  let hi = notes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (notes[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Re-analyses only the notes an edit touched: the notes around the dirty region are re-split and
 * re-analysed with the engine's own analyzeNote; notes before it are reused as they are, notes after
 * it are reused with shifted offsets. Equal to analyzeDocument on the new text (tested), or
 * undefined when a full analysis is needed (line-ending style changed, size limit, odd boundaries).
 */
export function reanalyze(prev: DocumentAnalysis, text: string, d: { os: number; oe: number; ce: number }, engine: Engine): DocumentAnalysis | undefined {
  const notes = prev.notes;
  if (notes.length === 0 || text.length > MAX_DOCUMENT_CHARS || prev.text.length > MAX_DOCUMENT_CHARS) return undefined;
  // Line-ending counts are updated from the edited window only (a terminator's kind depends on its
  // neighbours, hence one character of margin on each side).
  const before = countsOf(prev);
  const counts = { ...before };
  countEols(prev.text, d.os - 1, d.oe + 1, counts, -1);
  countEols(text, d.os - 1, d.ce + 1, counts, 1);
  const eol = dominantOf(counts);
  if (eol !== dominantOf(before)) return undefined;
  const delta = text.length - prev.text.length;
  // Notes strictly around the region, so both boundaries sit in unchanged text.
  let i = noteIndexAt(notes, d.os);
  while (i > 0 && notes[i].start >= d.os) i--;
  let j = noteIndexAt(notes, d.oe);
  while (j < notes.length - 1 && notes[j].end <= d.oe) j++;
  const segStart = notes[i].start;
  const segEnd = notes[j].end + delta;
  if (segEnd < segStart || (segStart > 0 && text.charCodeAt(segStart) === 0xfeff)) return undefined;
  const segment = text.slice(segStart, segEnd);
  const out: NoteAnalysis[] = notes.slice(0, i);
  for (const slice of splitNotes(segment)) {
    const start = segStart + slice.start;
    const end = segStart + slice.end;
    const r = analyzeNote(text.slice(start, end), start === 0, engine, eol);
    out.push({ ...r, index: out.length, start, end });
  }
  for (let k = j + 1; k < notes.length; k++) {
    const n = notes[k];
    out.push(
      delta === 0 && n.index === out.length
        ? n
        : { ...n, index: out.length, start: n.start + delta, end: n.end + delta },
    );
  }
  const result = documentOf(text, out);
  eolCounts.set(result, counts);
  return result;
}

/** Analyses the document's current text, reusing the last result for the same version and engine. */
export function analysisOf(state: DocState, doc: TextDocument, engine: Engine): DocumentAnalysis {
  const s = state.snapshot;
  if (s && s.version === doc.version && s.engine === engine) return s.analysis;
  const text = doc.getText();
  let analysis: DocumentAnalysis | undefined;
  if (s && s.engine === engine && state.dirty && state.dirty !== 'all') analysis = reanalyze(s.analysis, text, state.dirty, engine);
  if (s && s.engine === engine && !state.dirty && s.analysis.text === text) analysis = s.analysis;
  analysis ??= analyzeDocument(text, engine, state.cache);
  state.snapshot = { version: doc.version, engine, analysis };
  state.dirty = undefined;
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
  if (analysis.notes.length === 0) return undefined;
  const n = analysis.notes[noteIndexAt(analysis.notes, offset)];
  return offset >= n.start && offset <= n.end ? n : undefined;
}

export function contains(span: Span, rel: number): boolean {
  return rel >= span.start && rel <= span.end;
}
