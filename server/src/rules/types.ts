import type { Classification } from '../clinical/classify';
import type { Facts } from '../clinical/facts';
import type { Knowledge } from '../knowledge/knowledge';
import type { ParsedNote } from '../notes/parser';
import type { Span } from '../notes/text';
import type { UltrasoundWindow } from '../clinical/window';

import type { Edit, Finding, Fix, FixKind, Related, Severity, SeveritySetting } from '../engine/types';

// The result types live with the engine; rules re-export them for their own files.
export type { Edit, Finding, Fix, FixKind, Related, Severity, SeveritySetting };

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
