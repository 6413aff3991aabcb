import { Classification } from '../clinical/classify';
import { Facts } from '../clinical/facts';
import { Knowledge } from '../knowledge/knowledge';
import { ParsedNote } from '../notes/parser';
import { Span } from '../notes/text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A text edit in note-relative offsets; the same edit serves the editor and `--fix`. */
export interface Edit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** The fix a user most likely wants; the editor marks it isPreferred, `--fix` applies it. */
  preferred: boolean;
  /** 'suggestion': offered in the editor, never applied by `--fix` or fix-all (it writes the engine's reading into the note). */
  kind?: 'fix' | 'suggestion';
}

export interface Related {
  span: Span;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
  related: Related[];
}

export interface UltrasoundWindow {
  /** Older than this: warning. */
  warnAfterMonths: number;
  /** From this up to warnAfterMonths inclusive: information. */
  infoFromMonths: number;
  /** Judge the window on the preterm-corrected age when the note gives gestation (default false: chronological). */
  useCorrectedAge?: boolean;
}

export interface RuleContext {
  note: ParsedNote;
  facts: Facts;
  classification: Classification;
  knowledge: Knowledge;
  ultrasoundWindow: UltrasoundWindow;
  /** The note's line terminator, for inserted lines. */
  eol: string;
  report(finding: { span: Span; message: string; fixes?: Fix[]; related?: Related[] }): void;
}

export interface Rule {
  id: string;
  /** One line: what the rule checks (rules table, SARIF shortDescription). */
  description: string;
  defaultSeverity: Severity;
  kind: 'clinical' | 'note-format';
  /** Which spec section it implements, for the docs. */
  spec: string;
  check(ctx: RuleContext): void;
}
