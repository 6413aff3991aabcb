import { type CodeLens, type DocumentSymbol, type FoldingRange, FoldingRangeKind, type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentAnalysis, type NoteAnalysis, noteTitle, orderBadge, type Span } from '../engine';
import { spanRange } from './documents';

function clip(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** The span of a note's content: from its first to its last non-blank line. */
function contentSpan(note: NoteAnalysis): Span | undefined {
  const p = note.parsed;
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

export function documentSymbols(doc: TextDocument, analysis: DocumentAnalysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const note of analysis.notes) {
    if (note.parsed.fields.length === 0) continue;
    const span = contentSpan(note);
    if (!span) continue;
    const range = spanRange(doc, note, span);
    const order = note.facts.order?.field;
    const selectionRange = order
      ? spanRange(doc, note, order.valueSpan.end > order.valueSpan.start ? order.valueSpan : order.keySpan)
      : spanRange(doc, note, note.parsed.fields[0].keySpan);
    const s = note.classification.scenario;
    out.push({
      name: noteTitle(note),
      detail: `${s.label} · ${s.title}`,
      kind: SymbolKind.Object,
      range,
      selectionRange,
      children: note.parsed.fields.map((f) => ({
        name: f.key?.name ?? (f.rawKey || '(key)'),
        detail: clip(f.value, 80),
        kind: SymbolKind.Field,
        range: spanRange(doc, note, { start: f.keySpan.start, end: Math.max(f.valueSpan.end, f.keySpan.end) }),
        selectionRange: spanRange(doc, note, f.keySpan),
      })),
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
    const span = contentSpan(note);
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
    const title = orderBadge(note);
    const f = note.facts.order?.field;
    if (!title || !f) continue;
    out.push({ range: spanRange(doc, note, { start: f.keySpan.start, end: Math.max(f.valueSpan.end, f.keySpan.end) }), command: { title, command: '' } });
  }
  return out;
}
