/**
 * Incremental analysis: one cache design, in two layers, for a document that is edited while open.
 *
 * 1. Region reuse (`reanalyze`). The editor says which range each edit replaced; the edits since the
 *    last analysis merge into one dirty region (`markDirty`). Only the notes around that region are
 *    split and analysed again; notes before it are reused as they are and notes after it are reused
 *    with shifted offsets (a note's result is note-relative, so it does not change when it moves).
 *    The result equals a fresh analyzeDocument of the new text (test/lsp/incremental.test.ts).
 * 2. Text reuse (`NoteCache`). When the region is unknown (a whole-text change, a new engine after a
 *    settings change, a line-ending style change), every note is split again and its result is looked
 *    up by its own text, so only notes whose text changed are analysed.
 *
 * `DocumentAnalyses` holds both for one document. Results are immutable and shared; each pass keeps
 * only the cache entries its notes used, so memory follows the document, not its history.
 */
import { type DocumentAnalysis, type Engine, type NoteAnalysis, type NoteResult, analyzeDocument, analyzeNote, documentOf, placed } from './analyze';
import { MAX_DOCUMENT_CHARS } from './limits';
import { splitNotes } from '../notes/parser';
import { type EolCounts, countEols, dominantOf } from '../notes/text';
import { type Settings, settingsKey } from './settings';

/**
 * Layer 2: caches note results by note text under one settings key, so an edit re-analyses only the note it
 * touched. Each document analysis keeps only the entries its notes used, so memory follows the document.
 */
export class NoteCache {
  private entries = new Map<string, NoteResult>();
  private next = new Map<string, NoteResult>();
  private key = '';

  /** Starts a document pass; results computed under other settings are dropped. */
  begin(settings: Settings): void {
    const key = settingsKey(settings);
    if (key !== this.key) {
      this.entries.clear();
      this.key = key;
    }
    this.next = new Map();
  }

  take(text: string, atStart: boolean, eol: string, compute: () => NoteResult): NoteResult {
    const k = `${atStart ? 1 : 0}${eol}\u0000${text}`;
    const result = this.entries.get(k) ?? compute();
    this.next.set(k, result);
    return result;
  }

  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

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
export function noteIndexAt(notes: NoteAnalysis[], offset: number): number {
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
    out.push(placed(r, out.length, start, end));
  }
  for (let k = j + 1; k < notes.length; k++) {
    const n = notes[k];
    out.push(delta === 0 && n.index === out.length ? n : placed(n, out.length, n.start + delta, n.end + delta));
  }
  const result = documentOf(text, out);
  eolCounts.set(result, counts);
  return result;
}

/** One open document's analyses: the last one, what was edited since, and the note cache. */
export class DocumentAnalyses {
  private readonly cache = new NoteCache();
  private last?: { version: number; engine: Engine; analysis: DocumentAnalysis };
  private dirty?: Dirty;

  /** An edit replaced [start, end) of the current text with `inserted` characters; start < 0: unknown. */
  edited(start: number, end: number, inserted: number): void {
    this.dirty = start < 0 ? 'all' : markDirty(this.dirty, start, end, inserted);
  }

  /** The analysis of `text` (document version `version`), reusing what the edits left unchanged. */
  of(version: number, text: () => string, engine: Engine): DocumentAnalysis {
    const s = this.last;
    if (s && s.version === version && s.engine === engine) return s.analysis;
    const current = text();
    let analysis: DocumentAnalysis | undefined;
    if (s && s.engine === engine && this.dirty && this.dirty !== 'all') analysis = reanalyze(s.analysis, current, this.dirty, engine);
    if (s && s.engine === engine && !this.dirty && s.analysis.text === current) analysis = s.analysis;
    analysis ??= analyzeDocument(current, engine, this.cache);
    this.last = { version, engine, analysis };
    this.dirty = undefined;
    return analysis;
  }
}
