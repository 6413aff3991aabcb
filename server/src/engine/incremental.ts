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
 * `DocumentAnalyses` holds the analysis of one open document, lean: a note keeps its findings, its
 * place and its text, and the rest of its result (parse tree, facts, classification, rating: three
 * quarters of its memory) is recomputed from its text when a view asks for it (analyzeNote is pure),
 * through a small cache of recent full results. Its previous analysis is its text cache (layer 2),
 * so memory follows the document, not its history.
 */
import {
  type AcknowledgedFinding,
  type DocumentAnalysis,
  type Engine,
  type NoteAnalysis,
  type NoteResult,
  analyzeDocument,
  analyzeNote,
  documentOf,
  placed,
  readsAsProse,
} from './analyze';
import type { Finding } from './types';
import { MAX_DOCUMENT_CHARS } from './limits';
import { type Overview, overviewOf } from './overview';
import { type ParsedNote, parseNote, splitNotes } from '../notes/parser';
import { namesTheChild } from '../clinical/age-fact';
import { orderLinePaperwork } from '../clinical/request';
import { readTable } from '../clinical/table';
import { type EolCounts, countEols, dominantEol, dominantOf } from '../notes/text';
import { rememberBounded } from '../notes/memo';
import { type Settings, settingsKey } from './settings';
import { todayIso } from '../notes/age';

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
 * `make` builds the note of a new result (DocumentAnalyses makes it lean).
 */
export function reanalyze(
  prev: DocumentAnalysis,
  text: string,
  d: { os: number; oe: number; ce: number },
  engine: Engine,
  make: (r: NoteResult, index: number, start: number, end: number, eol: string) => NoteAnalysis = (r, index, start, end) => placed(r, index, start, end),
): DocumentAnalysis | undefined {
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
    out.push(make(analyzeNote(text.slice(start, end), start === 0, engine, eol), out.length, start, end, eol));
  }
  for (let k = j + 1; k < notes.length; k++) {
    const n = notes[k];
    if (delta === 0 && n.index === out.length) out.push(n);
    else out.push(n instanceof LeanNote ? n.moved(out.length, n.start + delta, n.end + delta) : placed(n, out.length, n.start + delta, n.end + delta));
  }
  const result = documentOf(text, out);
  eolCounts.set(result, counts);
  return result;
}

/** What a lean note recomputes its full result with: the same engine (its day fixed), line ending and atStart. */
export interface NoteContext {
  engine: Engine;
  /** settingsKey of the engine's settings: notes are reused by text only under the same key. */
  key: string;
  eol: string;
  /** Recent full results, by the identity of the note's findings (shared by every move of a note). */
  recent: Map<readonly Finding[], NoteResult>;
}

/** An engine with its day fixed, its settings key, and the note contexts made with it (one per line ending). */
interface Day {
  base: Engine;
  engine: Engine;
  key: string;
  contexts: Map<string, NoteContext>;
}

/** Full results kept for hover, completion and quick fixes, which ask about the same few notes. */
const RECENT_RESULTS = 32;

/**
 * A note as an open document keeps it: findings (every diagnostic answer reads them), place and
 * text. The parse tree, facts, classification and rating are recomputed from the text on first use
 * and kept among the recent results; recomputing gives the very result the findings came from
 * (analyzeNote is pure: same text, position at the start, line ending and settings with the day).
 */
export class LeanNote implements NoteAnalysis {
  constructor(
    /** The note's own text (a copy, not a slice of the document, so it does not keep old versions alive). */
    readonly text: string,
    readonly findings: Finding[],
    readonly acknowledged: AcknowledgedFinding[],
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly context: NoteContext,
    /** What outline views show of it, taken from the full result when it was analysed (overview.ts). */
    readonly overview: Overview,
  ) {}

  /** The same note at another place (its result is note-relative, so it does not change). */
  moved(index: number, start: number, end: number): LeanNote {
    return new LeanNote(this.text, this.findings, this.acknowledged, index, start, end, this.context, this.overview);
  }

  /** Its parse tree alone: the recent full result's when there is one, else parsed again (no analysis). */
  parse(): ParsedNote {
    return this.context.recent.get(this.findings)?.parsed ?? parseNote(this.text, this.start === 0, readsAsProse, namesTheChild, orderLinePaperwork, readTable);
  }

  /** Whether this note's result holds for the same text at the start (or not) of a document with this line ending, knowledge and settings key. */
  reusableAs(atStart: boolean, eol: string, engine: Engine, key: string): boolean {
    return (this.start === 0) === atStart && this.context.eol === eol && this.context.key === key && this.context.engine.knowledge === engine.knowledge;
  }

  full(): NoteResult {
    const recent = this.context.recent;
    let r = recent.get(this.findings);
    if (r) {
      recent.delete(this.findings);
    } else {
      r = analyzeNote(this.text, this.start === 0, this.context.engine, this.context.eol);
    }
    rememberBounded(recent, RECENT_RESULTS, this.findings, r);
    return r;
  }

  get parsed() {
    return this.full().parsed;
  }
  get facts() {
    return this.full().facts;
  }
  get classification() {
    return this.full().classification;
  }
  get rating() {
    return this.full().rating;
  }
}

/** One open document's analysis: the last one (lean), and what was edited since. */
export class DocumentAnalyses {
  private last?: { version: number; engine: Engine; analysis: DocumentAnalysis };
  private dirty?: Dirty;
  private readonly recent = new Map<readonly Finding[], NoteResult>();
  private day?: Day;

  /** An edit replaced [start, end) of the current text with `inserted` characters; start < 0: unknown. */
  edited(start: number, end: number, inserted: number): void {
    this.dirty = start < 0 ? 'all' : markDirty(this.dirty, start, end, inserted);
  }

  /** The analysis of `text` (document version `version`), reusing what the edits left unchanged. */
  of(version: number, text: () => string, engine: Engine): DocumentAnalysis {
    const s = this.last;
    if (s && s.version === version && s.engine === engine) return s.analysis;
    const current = text();
    const day = this.dayOf(engine);
    let analysis: DocumentAnalysis | undefined;
    if (s && s.engine === engine && this.dirty && this.dirty !== 'all') {
      analysis = reanalyze(s.analysis, current, this.dirty, day.engine, (r, index, start, end, eol) => leanOf(r, index, start, end, this.contextOf(day, eol)));
    }
    if (s && s.engine === engine && !this.dirty && s.analysis.text === current) analysis = s.analysis;
    analysis ??= this.analyzeAll(current, day, s?.analysis);
    this.last = { version, engine, analysis };
    this.dirty = undefined;
    if (s?.engine !== engine) this.recent.clear();
    return analysis;
  }

  /**
   * The engine with "today" fixed for this pass, so a note recomputed later reads DOB-only ages for
   * the day its findings were computed; the same object (and context) while the engine and day are.
   */
  private dayOf(engine: Engine): Day {
    const today = engine.settings.today ?? todayIso();
    const d = this.day;
    if (d && d.base === engine && d.engine.settings.today!.y === today.y && d.engine.settings.today!.m === today.m && d.engine.settings.today!.d === today.d) return d;
    const fixed = engine.settings.today ? engine : { ...engine, settings: { ...engine.settings, today } };
    return (this.day = { base: engine, engine: fixed, key: settingsKey(fixed.settings), contexts: new Map() });
  }

  private contextOf(day: Day, eol: string): NoteContext {
    let ctx = day.contexts.get(eol);
    if (!ctx) day.contexts.set(eol, (ctx = { engine: day.engine, key: day.key, eol, recent: this.recent }));
    return ctx;
  }

  /** Every note split again; a note whose text, place at the start, line ending and settings are those of a note of `prev` is that note, moved. */
  private analyzeAll(text: string, day: Day, prev?: DocumentAnalysis): DocumentAnalysis {
    const engine = day.engine;
    if (text.length > MAX_DOCUMENT_CHARS) return analyzeDocument(text, engine);
    const eol = dominantEol(text);
    const key = day.key;
    const byText = new Map<string, LeanNote>();
    for (const n of prev?.notes ?? []) if (n instanceof LeanNote && !byText.has(n.text)) byText.set(n.text, n);
    const ctx = this.contextOf(day, eol);
    const notes: NoteAnalysis[] = [];
    for (const slice of splitNotes(text)) {
      const noteText = text.slice(slice.start, slice.end);
      const atStart = slice.start === 0;
      const old = byText.get(noteText);
      if (old?.reusableAs(atStart, eol, engine, key)) notes.push(old.moved(notes.length, slice.start, slice.end));
      else notes.push(leanOf(analyzeNote(noteText, atStart, engine, eol), notes.length, slice.start, slice.end, ctx));
    }
    return documentOf(text, notes);
  }
}

function leanOf(r: NoteResult, index: number, start: number, end: number, ctx: NoteContext): LeanNote {
  // parsed.text is analyzeNote's own copy of the note text (detached from the document string).
  return new LeanNote(r.parsed.text, r.findings, r.acknowledged, index, start, end, ctx, overviewOf(r));
}
