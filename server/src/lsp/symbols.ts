import { type CodeLens, type DocumentSymbol, type FoldingRange, FoldingRangeKind, type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentAnalysis, type Finding, type NoteAnalysis, type NoteOverview, noteOverview, type Span } from '../engine';
import { spanRange } from './documents';

function clip(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** The span of a note's content: from its first to its last non-blank line. */
function contentSpan(p: NoteOverview['parsed']): Span | undefined {
  let start = Infinity;
  let end = -1;
  for (const f of p.fields) {
    start = Math.min(start, f.keySpan.start);
    end = Math.max(end, f.valueSpan.end, f.keySpan.end + 1);
  }
  for (const c of p.comments) {
    start = Math.min(start, c.span.start);
    end = Math.max(end, c.span.end);
  }
  for (const m of p.malformed) {
    start = Math.min(start, m.start);
    end = Math.max(end, m.end);
  }
  if (end < 0) return undefined;
  return { start, end: Math.min(end, p.text.length) };
}

/** What the outline views need of a note, note-relative: kept per note result (see outlineOf). */
interface Outline {
  content?: Span;
  symbol?: {
    name: string;
    detail: string;
    selection: Span;
    /** Per field: key start, key end, end of the field (key or value, whichever ends later). */
    fields: Int32Array;
    names: string[];
    details: string[];
  };
  lens?: { title: string; range: Span };
}

/**
 * An open document keeps its notes lean (engine/incremental.ts): the parse tree and facts these
 * views read are recomputed on demand. Symbols, folding and code lens ask about every note after
 * every edit, so what they need of a note is computed once per note result and kept with it
 * (keyed by its findings, which every move of the note shares), and only once a client asks.
 * Field positions are packed in one typed array: as objects, the outlines of 5,000 notes took
 * 9.6 MB, as much as the lean analysis itself (now 7.3 MB, most of it the fields' value texts).
 */
const outlines = new WeakMap<readonly Finding[], Outline>();

/** A note symbol's detail names its scenario: one string per scenario, not per note. */
const scenarioDetail = new WeakMap<object, string>();

function outlineOf(note: NoteAnalysis): Outline {
  let o = outlines.get(note.findings);
  if (o) return o;
  o = {};
  // The overview and the parse alone: never the note's full analysis (see engine/overview.ts).
  const view = noteOverview(note);
  const content = contentSpan(view.parsed);
  if (content) o.content = content;
  const fields = view.parsed.fields;
  const order = view.order;
  if (content && fields.length > 0) {
    const s = view.scenario;
    const packed = new Int32Array(fields.length * 3);
    fields.forEach((f, i) => {
      packed[3 * i] = f.keySpan.start;
      packed[3 * i + 1] = f.keySpan.end;
      packed[3 * i + 2] = Math.max(f.valueSpan.end, f.keySpan.end);
    });
    let detail = scenarioDetail.get(s);
    if (detail === undefined) scenarioDetail.set(s, (detail = `${s.label} · ${s.title}`));
    o.symbol = {
      name: view.title,
      detail,
      selection: order ? (order.valueSpan.end > order.valueSpan.start ? order.valueSpan : order.keySpan) : fields[0].keySpan,
      fields: packed,
      names: fields.map((f) => f.key?.name ?? (f.rawKey || '(key)')),
      details: fields.map((f) => clip(f.value, 80)),
    };
  }
  const title = view.badge;
  if (title && order) o.lens = { title, range: { start: order.keySpan.start, end: Math.max(order.valueSpan.end, order.keySpan.end) } };
  outlines.set(note.findings, o);
  return o;
}

export function documentSymbols(doc: TextDocument, analysis: DocumentAnalysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const note of analysis.notes) {
    const o = outlineOf(note);
    const sym = o.symbol;
    if (!sym) continue;
    const children: DocumentSymbol[] = [];
    for (let i = 0; i < sym.names.length; i++) {
      const start = sym.fields[3 * i];
      children.push({
        name: sym.names[i],
        detail: sym.details[i],
        kind: SymbolKind.Field,
        range: spanRange(doc, note, { start, end: sym.fields[3 * i + 2] }),
        selectionRange: spanRange(doc, note, { start, end: sym.fields[3 * i + 1] }),
      });
    }
    out.push({
      name: sym.name,
      detail: sym.detail,
      kind: SymbolKind.Object,
      range: spanRange(doc, note, o.content!),
      selectionRange: spanRange(doc, note, sym.selection),
      children,
    });
  }
  return out;
}

export function symbolInformation(doc: TextDocument, analysis: DocumentAnalysis): SymbolInformation[] {
  return documentSymbols(doc, analysis).map((s) => ({ name: s.name, kind: s.kind, location: { uri: doc.uri, range: s.range } }));
}

export function foldingRanges(doc: TextDocument, analysis: DocumentAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const note of analysis.notes) {
    const span = outlineOf(note).content;
    if (!span) continue;
    const startLine = doc.positionAt(note.start + span.start).line;
    const endLine = doc.positionAt(note.start + span.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}

export function codeLenses(doc: TextDocument, analysis: DocumentAnalysis): CodeLens[] {
  const out: CodeLens[] = [];
  for (const note of analysis.notes) {
    const lens = outlineOf(note).lens;
    if (lens) out.push({ range: spanRange(doc, note, lens.range), command: { title: lens.title, command: '' } });
  }
  return out;
}
