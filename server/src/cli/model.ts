import type { DocumentSummary, FixKind, LineIndex } from '../engine';
export interface AppliedChange {
  line: number;
  column: number;
  ruleId: string;
  kind: FixKind;
  title: string;
}

/** One linted input, as every formatter sees it. */
export interface LintedFile {
  /** As shown to the user: relative to the working folder, or "<stdin>". */
  displayPath: string;
  absPath?: string;
  text: string;
  lines: LineIndex;
  analysis: DocumentSummary;
  /** How many fixes --fix applied (0 without --fix). */
  fixed: number;
  /** What --fix / --fix-suggestions changed, in the order applied (position in the text before that pass). */
  applied: AppliedChange[];
  /** Said once per file when the input was unusable in part (e.g. not UTF-8). */
  notices: string[];
}

export interface Totals {
  files: number;
  notes: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
  acknowledged: number;
  fixed: number;
}

export function totals(files: readonly LintedFile[]): Totals {
  const t: Totals = { files: files.length, notes: 0, error: 0, warning: 0, information: 0, hint: 0, acknowledged: 0, fixed: 0 };
  for (const f of files) {
    t.notes += f.analysis.notes.filter((n) => n.firstField >= 0).length;
    t.acknowledged += f.analysis.acknowledged.length;
    t.fixed += f.fixed;
    for (const x of f.analysis.findings) t[x.severity]++;
  }
  return t;
}
