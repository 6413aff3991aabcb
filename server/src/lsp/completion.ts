import { CompletionItem, CompletionItemKind, InsertTextFormat, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis } from '../analyze';
import { Knowledge } from '../knowledge/knowledge';
import { KeyName, KEYS, lookupKey } from '../notes/keys';
import { RATING_LABEL } from '../rules/source';
import { noteAt } from './documents';

const NOTE_SNIPPET = [
  '# ${1:reason for the order}',
  'Patient: ${2:3-month-old boy}',
  'Findings: ${3:deep dimple above the gluteal cleft}',
  'Neuro: ${4|intact,normal|}',
  'Red flags: ${5:none}',
  'Order: ${6:US spine area of interest}',
  'Indication: ${7:sacral dimple (Q82.6)}',
  '$0',
].join('\n');

function plain(snippet: string): string {
  return snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
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
  // The cursor is never before a byte-order mark: item ranges start after it (never reversed).
  if (offset === 0 && doc.getText().charCodeAt(0) === 0xfeff) offset = 1;
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
    const items: CompletionItem[] = [];
    KEYS.forEach((key, i) => {
      for (const [j, spelling] of [key.name, ...key.aliases].entries()) {
        items.push({
          label: spelling,
          kind: CompletionItemKind.Property,
          detail: j === 0 ? key.meaning : `${key.name} — ${key.meaning}`,
          documentation: { kind: 'markdown', value: `${key.meaning}\n\nAccepted forms: ${key.forms}` },
          sortText: `${j === 0 ? 'a' : 'b'}${String(i).padStart(2, '0')}${spelling}`,
          filterText: spelling,
          textEdit: { range: range(from), newText: `${spelling}: ` },
        });
      }
    });
    if (before.trim() === '') {
      items.push({
        label: 'New note',
        kind: CompletionItemKind.Snippet,
        detail: 'A whole imaging-order note',
        sortText: 'z',
        filterText: 'New note',
        insertTextFormat: opts.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: range(from), newText: opts.snippets ? NOTE_SNIPPET : plain(NOTE_SNIPPET) },
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
    const scenario = note?.classification.scenario;
    return k.procedures.map((p, i) => {
      const r = scenario?.ratings.find((x) => x.procedure === p.id);
      const rank = r?.rating === 'usually-appropriate' ? 0 : r?.rating === 'usually-not-appropriate' ? 2 : 1;
      return {
        label: p.acrName,
        kind: CompletionItemKind.Value,
        detail: `${r ? RATING_LABEL[r.rating] : 'no rating on file'}${scenario ? ` (${scenario.label})` : ''} · RRL ${p.rrl}`,
        documentation: { kind: 'markdown', value: [p.cpt.length ? `CPT: ${p.cpt.map((c) => `${c.code} ${c.description}`).join('; ')}` : '', p.synonyms.length ? `Also written: ${p.synonyms.slice(0, 8).join(', ')}` : ''].filter(Boolean).join('\n\n') },
        filterText: `${lead}${p.acrName} ${p.synonyms.join(' ')}`,
        sortText: `${rank}${String(i).padStart(3, '0')}`,
        textEdit: { range: range(valueStart, lineEnd), newText: lead + p.acrName },
      };
    });
  }

  // List items: complete the item under the cursor.
  const itemStart = (() => {
    let s = offset;
    while (s > valueStart && text[s - 1] !== ';' && text[s - 1] !== ',') s--;
    while (s < offset && (text[s] === ' ' || text[s] === '\t')) s++;
    return s;
  })();
  const itemLead = itemStart === offset && offset > valueStart && /[;,]$/.test(text.slice(valueStart, offset)) ? ' ' : lead;

  if (key === 'Findings' || key === 'Dimple' || key === 'Red flags' || key === 'Symptoms' || key === 'Presentation') {
    const items: CompletionItem[] = [];
    if (key === 'Red flags') items.push({ label: 'none', kind: CompletionItemKind.Value, sortText: '0', textEdit: { range: range(itemStart, offset), newText: `${itemLead}none` } });
    const cats: Record<string, string[]> = {
      Findings: ['cutaneous-marker', 'dimple'],
      Dimple: ['dimple'],
      'Red flags': ['systemic-red-flag', 'back-pain-red-flag'],
      Symptoms: ['neurologic-symptom', 'urologic-symptom', 'orthopedic-symptom', 'back-pain'],
      Presentation: ['back-pain', 'trauma', 'overuse', 'suspected-infection-or-tumor'],
    };
    k.findings.forEach((f, i) => {
      if (!cats[key].includes(f.category)) return;
      const phrase = f.phrases.find((p) => !p.includes('...')) ?? f.label;
      items.push({
        label: phrase,
        kind: CompletionItemKind.Value,
        detail: `${f.label}${f.risk ? ` · ${f.risk} risk` : ''}`,
        documentation: { kind: 'markdown', value: k.rationale(f.rationale) },
        filterText: `${itemLead}${[phrase, f.label, ...f.phrases.filter((p) => !p.includes('...'))].join(' ')}`,
        sortText: `1${String(i).padStart(3, '0')}`,
        textEdit: { range: range(itemStart, offset), newText: itemLead + phrase },
      });
    });
    return items;
  }

  if (key === 'Indication') {
    let s = offset;
    while (s > valueStart && /[A-Za-z0-9.]/.test(text[s - 1])) s--;
    const l = s === offset && offset > 0 && text[offset - 1] === ':' ? ' ' : '';
    return k.icd10.map((c, i) => ({
      label: c.code,
      kind: CompletionItemKind.Value,
      detail: c.label,
      filterText: `${l}${c.code} ${c.label}`,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: range(s, offset), newText: l + c.code },
    }));
  }

  const simple: Partial<Record<KeyName, string[]>> = {
    Neuro: ['intact', 'normal'],
    Contrast: ['none', 'without', 'with', 'without and with'],
    Sex: ['M', 'F'],
    Referral: ['pediatric neurosurgery'],
    Priority: ['routine', 'urgent'],
  };
  const values = simple[key];
  if (values) return values.map((v, i) => ({ label: v, kind: CompletionItemKind.Value, sortText: String(i), filterText: lead + v, textEdit: { range: range(valueStart, lineEnd), newText: lead + v } }));
  return [];
}
