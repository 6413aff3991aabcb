import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentAnalysis, explainAt, type Knowledge, type UltrasoundWindow } from '../engine';
import { noteAt, spanRange } from './documents';

export function hoverAt(doc: TextDocument, analysis: DocumentAnalysis, offset: number, k: Knowledge, window: UltrasoundWindow): Hover | null {
  const note = noteAt(analysis, offset);
  if (!note) return null;
  const e = explainAt(note, offset - note.start, k, window);
  if (!e) return null;
  return { contents: { kind: MarkupKind.Markdown, value: e.sections.join('\n\n') }, range: spanRange(doc, note, e.span) };
}
