import type { Span } from '../notes/text';

// What the engine gives every front end: findings with their fixes, as plain data in note- or
// document-relative offsets. Rules build them (rules/types.ts adds the rule's own context).

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A text edit in note-relative offsets; the same edit serves the editor and `--fix`. */
export interface Edit extends Span {
  newText: string;
}

/**
 * ESLint's split: a `fix` keeps the meaning exactly (a misspelt key) and may be applied unseen by
 * `--fix`, fix-all and fix-on-save; a `suggestion` changes what is ordered or who is referred, so a
 * clinician picks it as a quick fix (or an order-template author runs `--fix-suggestions`).
 */
export type FixKind = 'fix' | 'suggestion';

export interface Fix {
  title: string;
  edits: Edit[];
  /** The one a user most likely wants: the editor marks it isPreferred; `--fix` applies it when it is a `fix`. */
  preferred: boolean;
  kind: FixKind;
  /** The procedure a change-of-study suggestion orders. */
  procedureId?: string;
}

export interface Related {
  span: Span;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One sentence of at most 139 characters (rules/message.ts): what is wrong, what to do, the brief source. */
  message: string;
  /** Markdown: the reasoning, alternatives with ratings, radiation and the full citation (hover, --verbose, JSON, SARIF). */
  detail?: string;
  span: Span;
  fixes: Fix[];
  related: Related[];
}
