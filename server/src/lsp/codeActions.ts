import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ACK_REASONS,
  ACK_REASON_LABEL,
  acknowledgementComment,
  type DocumentAnalysis,
  type NoteAnalysis,
  chosenFix,
  fixLabel,
  preferredEdits,
  dominantEol,
  type Edit,
  type Finding,
} from '../engine';
import { docsHref, SOURCE } from './diagnostics';
import { noteAt, rangeOf } from './documents';
import { positionOffset } from './textSync';
import { CODE_ACTION_KINDS, FIX_ALL_KIND } from './ids';

export { CODE_ACTION_KINDS, FIX_ALL_KIND }; // defined in ids.ts so initialize can name them without loading this module
/** Fix-all and fix-on-save apply only the safe fixes; a change of study, contrast or referral is never applied unseen. */
export const FIX_ALL_TITLE = 'Fix all safe Imaging Order Lint problems in this file';

export interface ActionOptions {
  documentChanges: boolean;
  docsBaseUri?: string;
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], opts: ActionOptions): WorkspaceEdit {
  if (opts.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

function textEdits(doc: TextDocument, base: number, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, base + e.start, base + e.end), newText: e.newText }));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The engine finding a diagnostic of ours stands for (same rule, same range), if it is current. */
export function findingFor(doc: TextDocument, analysis: DocumentAnalysis, d: Diagnostic): { note?: NoteAnalysis; finding: Finding } | undefined {
  const at = positionOffset(doc, d.range?.start);
  const note = noteAt(analysis, at);
  const candidates = note ? note.findings : analysis.findings;
  const base = note ? note.start : 0;
  for (const f of candidates) {
    if (f.ruleId === d.code && sameRange(rangeOf(doc, base + f.span.start, base + f.span.end), d.range)) return { note, finding: f };
  }
  return undefined;
}

/** Edits for "fix all": each finding's preferred fix, note by note (fixes never cross notes). */
export function fixAllEdits(doc: TextDocument, analysis: DocumentAnalysis): { edits: TextEdit[]; fixes: number } {
  const edits: TextEdit[] = [];
  let fixes = 0;
  if (analysis.notes.length === 0) {
    const r = preferredEdits(analysis.findings);
    return { edits: textEdits(doc, 0, r.edits), fixes: r.fixes };
  }
  for (const note of analysis.notes) {
    if (!note.findings.some((f) => chosenFix(f))) continue;
    const r = preferredEdits(note.findings);
    fixes += r.fixes;
    edits.push(...textEdits(doc, note.start, r.edits));
  }
  return { edits, fixes };
}

function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Where an acknowledgement comment goes: the start of the field line the finding starts in. */
function ackInsertOffset(doc: TextDocument, analysis: DocumentAnalysis, d: Diagnostic): number {
  const text = doc.getText();
  const at = positionOffset(doc, d.range?.start);
  const note = noteAt(analysis, at);
  if (note) {
    const rel = at - note.start;
    const field = note.parsed.fields.find((f) => rel >= f.lineSpan.start && rel < Math.max(f.lineSpan.end, f.lineSpan.start + 1));
    if (field) return note.start + field.lineSpan.start;
  }
  const line = doc.positionAt(at).line;
  let off = doc.offsetAt({ line, character: 0 });
  if (off === 0 && text.charCodeAt(0) === 0xfeff) off = 1;
  return off;
}

export function codeActions(doc: TextDocument, analysis: DocumentAnalysis, params: CodeActionParams, opts: ActionOptions): CodeAction[] {
  const only = params.context?.only;
  const out: CodeAction[] = [];
  const eol = dominantEol(doc.getText());
  const ours = (params.context?.diagnostics ?? []).filter((d) => d && d.source === SOURCE && typeof d.code === 'string');

  if (wanted(only, CodeActionKind.QuickFix)) {
    for (const d of ours) {
      const hit = findingFor(doc, analysis, d);
      if (hit) {
        const base = hit.note ? hit.note.start : 0;
        for (const fix of hit.finding.fixes) {
          out.push({
            // "Fix: …" / "Suggestion: …": the user sees which change keeps the meaning and which is a clinical choice.
            title: fixLabel(fix),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: fix.preferred || undefined,
            edit: workspaceEdit(doc, textEdits(doc, base, fix.edits), opts),
          });
        }
      }
    }
    for (const d of ours) {
      const ruleId = String(d.code);
      if (ruleId === 'document-too-large') continue;
      const at = ackInsertOffset(doc, analysis, d);
      const pos = doc.positionAt(at);
      for (const reason of ACK_REASONS) {
        out.push({
          title: `Acknowledge: ${ACK_REASON_LABEL[reason]}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: workspaceEdit(doc, [{ range: { start: pos, end: pos }, newText: acknowledgementComment(ruleId, reason) + eol }], opts),
        });
      }
    }
    const seen = new Set<string>();
    for (const d of ours) {
      const ruleId = String(d.code);
      if (seen.has(ruleId)) continue;
      seen.add(ruleId);
      // Always an openable page: the diagnostic's own href may be a short link only the client resolves.
      const href = docsHref(ruleId, opts.docsBaseUri);
      out.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: `Show documentation for ${ruleId}`, command: 'vscode.open', arguments: [href] },
      });
    }
  }

  const wantFixAll = wanted(only, FIX_ALL_KIND);
  const wantQuickFixAll = wanted(only, CodeActionKind.QuickFix) && ours.length > 0;
  if (wantFixAll || wantQuickFixAll) {
    const fixable = countFixable(analysis);
    const { edits } = fixAllEdits(doc, analysis);
    if (edits.length > 0) {
      if (wantFixAll) out.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits, opts) });
      if (wantQuickFixAll && fixable > 1) out.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc, edits, opts) });
    }
  }
  return out;
}

function countFixable(analysis: DocumentAnalysis): number {
  let n = 0;
  for (const f of analysis.findings) if (chosenFix(f)) n++;
  return n;
}
