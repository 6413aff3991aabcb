import { type CompletionItem, CompletionItemKind, InsertTextFormat, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type DocumentAnalysis,
  type Choice,
  NEW_NOTE,
  findingChoices,
  fixedValueChoices,
  indicationChoices,
  isFindingList,
  keyChoices,
  orderChoices,
  type Knowledge,
  type KeyName,
  lookupKey,
} from '../engine';
import { noteAt } from './documents';

/** The new-note template in snippet syntax (tab stops, a choice list) or as plain text. */
function newNoteText(snippets: boolean): string {
  // Snippet syntax escapes differ: `$ } \` in a placeholder, `$ | , \` in a choice.
  const placeholder = (t: string) => t.replace(/[$}\\]/g, '\\$&');
  const choice = (t: string) => t.replace(/[$|,\\]/g, '\\$&');
  const lines = NEW_NOTE.map((l, i) => {
    if (!snippets) return l.text + (typeof l.placeholder === 'string' ? l.placeholder : l.placeholder[0]);
    const stop = typeof l.placeholder === 'string' ? `\${${i + 1}:${placeholder(l.placeholder)}}` : `\${${i + 1}|${l.placeholder.map(choice).join(',')}|}`;
    return l.text + stop;
  });
  return [...lines, snippets ? '$0' : ''].join('\n');
}

/** A choice as a completion item replacing `range` with `lead` + its label. */
function item(c: Choice, index: number, range: Range, lead: string): CompletionItem {
  return {
    label: c.label,
    kind: CompletionItemKind.Value,
    detail: c.detail,
    documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
    filterText: lead + [c.label, ...c.match].join(' '),
    sortText: `${c.rank}${String(index).padStart(4, '0')}`,
    textEdit: { range, newText: lead + c.label },
  };
}

export interface CompletionOptions {
  snippets: boolean;
}

/** The key of the field the line belongs to (walking up over indented continuation lines). */
function keyOfLine(doc: TextDocument, line: number): { key?: KeyName; colonInLine: number } {
  for (let l = line, n = 0; l >= 0 && n < 200; l--, n++) {
    const text = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/[\r\n]+$/, '');
    if (l !== line && !/^[ \t]/.test(text)) {
      const colon = text.indexOf(':');
      if (colon < 0 || text.trimStart().startsWith('#')) return { colonInLine: -1 };
      return { key: lookupKey(text.slice(0, colon))?.name, colonInLine: -1 };
    }
    if (l === line) {
      if (/^[ \t]/.test(text)) continue;
      const colon = text.indexOf(':');
      if (colon < 0) return { colonInLine: -1 };
      return { key: lookupKey(text.slice(0, colon))?.name, colonInLine: colon };
    }
  }
  return { colonInLine: -1 };
}

export function completions(doc: TextDocument, analysis: DocumentAnalysis | undefined, offset: number, k: Knowledge, opts: CompletionOptions): CompletionItem[] {
  // `offset` is a requestOffset (textSync.ts): never before a byte-order mark, so item ranges start after it.
  const pos = doc.positionAt(offset);
  const lineStart = doc.offsetAt({ line: pos.line, character: 0 });
  const text = doc.getText();
  const before = text.slice(lineStart, offset);
  let lineEnd = offset;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  const range = (from: number, to = offset): Range => ({ start: doc.positionAt(from), end: doc.positionAt(to) });

  if (before.trimStart().startsWith('#')) return [];
  const indented = /^[ \t]/.test(before);
  if (!indented && !before.includes(':')) {
    // Keys go after a leading U+FEFF, unless the cursor is before it (at the start of a later line).
    const from = Math.min(offset, lineStart + (text.charCodeAt(lineStart) === 0xfeff ? 1 : 0));
    const items: CompletionItem[] = keyChoices().map((c) => ({
      label: c.label,
      kind: CompletionItemKind.Property,
      detail: c.detail,
      documentation: { kind: 'markdown', value: c.documentation! },
      sortText: `${c.alias ? 'b' : 'a'}${String(c.rank).padStart(2, '0')}${c.label}`,
      filterText: c.label,
      textEdit: { range: range(from), newText: `${c.label}: ` },
    }));
    if (before.trim() === '') {
      items.push({
        label: 'New note',
        kind: CompletionItemKind.Snippet,
        detail: 'A whole imaging-order note',
        sortText: 'z',
        filterText: 'New note',
        insertTextFormat: opts.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: range(from), newText: newNoteText(opts.snippets) },
      });
    }
    return items;
  }

  const { key, colonInLine } = keyOfLine(doc, pos.line);
  if (!key) return [];
  // The value typed so far on this line.
  let valueStart = colonInLine >= 0 ? lineStart + colonInLine + 1 : lineStart;
  while (valueStart < offset && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
  const lead = colonInLine >= 0 && valueStart === lineStart + colonInLine + 1 ? ' ' : '';

  if (key === 'Order') {
    const note = analysis ? noteAt(analysis, offset) : undefined;
    return orderChoices(k, note?.classification.scenario).map((c, i) => item(c, i, range(valueStart, lineEnd), lead));
  }

  // List items: complete the item under the cursor.
  const itemStart = (() => {
    let s = offset;
    while (s > valueStart && text[s - 1] !== ';' && text[s - 1] !== ',') s--;
    while (s < offset && (text[s] === ' ' || text[s] === '\t')) s++;
    return s;
  })();
  const itemLead = itemStart === offset && offset > valueStart && /[;,]$/.test(text.slice(valueStart, offset)) ? ' ' : lead;

  if (isFindingList(key)) return findingChoices(k, key).map((c, i) => item(c, i, range(itemStart, offset), itemLead));

  if (key === 'Indication') {
    let s = offset;
    while (s > valueStart && /[A-Za-z0-9.]/.test(text[s - 1])) s--;
    const l = s === offset && offset > 0 && text[offset - 1] === ':' ? ' ' : '';
    return indicationChoices(k).map((c, i) => item(c, i, range(s, offset), l));
  }

  return fixedValueChoices(key).map((c, i) => item(c, i, range(valueStart, lineEnd), lead));
}
