import { Classification } from '../clinical/classify';
import { Facts } from '../clinical/facts';
import { Knowledge } from '../knowledge/knowledge';
import { ParsedNote } from '../notes/parser';
import { Span } from '../notes/text';
import type { UltrasoundWindow } from '../clinical/window';

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

export type { UltrasoundWindow } from '../clinical/window';

export interface RuleContext {
  note: ParsedNote;
  facts: Facts;
  classification: Classification;
  knowledge: Knowledge;
  ultrasoundWindow: UltrasoundWindow;
  /** The note's line terminator, for inserted lines. */
  eol: string;
  /** Every rule id, for rules that check acknowledgements (passed in, so no module state holds it). */
  ruleIds: ReadonlySet<string>;
  report(finding: { span: Span; message: string; detail?: string; fixes?: Fix[]; related?: Related[] }): void;
}

export interface Rule {
  id: string;
  /** One line: what the rule checks (rules table, SARIF shortDescription). */
  description: string;
  defaultSeverity: Severity;
  kind: 'clinical' | 'note-format';
  /** Which spec section it implements, for the docs. */
  spec: string;
  /** The kinds of change its quick fixes make (none: no quick fix); the rule page says which is which. */
  fixKinds?: readonly FixKind[];
  check(ctx: RuleContext): void;
}
