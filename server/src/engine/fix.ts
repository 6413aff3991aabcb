import type { Edit, Finding, Fix } from '../rules/types';

/**
 * What an unattended fix run may apply: `fixes` only the changes that keep the meaning (`--fix`,
 * fix-all, fix-on-save); `suggestions` also each finding's recommended suggestion, for authors of
 * order templates who ask for it (`--fix-suggestions`).
 */
export type FixMode = 'fixes' | 'suggestions';

/** "Fix: …" / "Suggestion: …": how quick fixes, SARIF and stylish output name a change. */
export function fixLabel(fix: Fix): string {
  return `${fix.kind === 'suggestion' ? 'Suggestion' : 'Fix'}: ${fix.title}`;
}

/** The fix a run in this mode applies for a finding, if any. */
export function chosenFix(f: Finding, mode: FixMode = 'fixes'): Fix | undefined {
  return f.fixes.find((x) => x.preferred && (x.kind === 'fix' || mode === 'suggestions'));
}

/** Applies non-overlapping edits (any order given); later edits are applied first so offsets hold. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at one point conflict too: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function same(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/** A change a fix run made: which finding, which fix, where (offset in the text before that pass). */
export interface AppliedFix {
  ruleId: string;
  fix: Fix;
  at: number;
}

/**
 * Picks each finding's fix for the mode, in document order, skipping a fix whose edits overlap one
 * already taken; identical edits (two rules adding the same Referral line) count once.
 */
export function preferredEdits(findings: readonly Finding[], mode: FixMode = 'fixes'): { edits: Edit[]; fixes: number; applied: AppliedFix[] } {
  const taken: Edit[] = [];
  const applied: AppliedFix[] = [];
  for (const f of findings) {
    const fix = chosenFix(f, mode);
    if (!fix || fix.edits.length === 0) continue;
    const fresh = fix.edits.filter((e) => !taken.some((t) => same(t, e)));
    if (fresh.length > 0) {
      if (fresh.some((e) => taken.some((t) => overlaps(t, e)))) continue;
      if (fresh.some((e, i) => fresh.some((o, j) => i !== j && overlaps(e, o)))) continue;
      taken.push(...fresh);
    }
    applied.push({ ruleId: f.ruleId, fix, at: f.span.start });
  }
  return { edits: taken, fixes: applied.length, applied };
}

export function applyPreferredFixes(text: string, findings: readonly Finding[], mode: FixMode = 'fixes'): { text: string; applied: number; changes: AppliedFix[] } {
  const { edits, applied } = preferredEdits(findings, mode);
  return { text: applyEdits(text, edits), applied: applied.length, changes: applied };
}

/**
 * Applies fixes until nothing more changes (at most `maxPasses`), because a fix can make a new
 * finding with its own fix (a suggestion's new order that is then rated). Applying the result
 * again changes nothing. `changes` lists each pass's changes with offsets in that pass's text.
 */
export function fixUntilStable(
  text: string,
  findingsOf: (text: string) => readonly Finding[],
  maxPasses = 10,
  mode: FixMode = 'fixes',
): { text: string; applied: number; changes: { pass: number; text: string; change: AppliedFix }[] } {
  let applied = 0;
  const changes: { pass: number; text: string; change: AppliedFix }[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyPreferredFixes(text, findingsOf(text), mode);
    if (result.text === text) break;
    for (const change of result.changes) changes.push({ pass, text, change });
    text = result.text;
    applied += result.applied;
  }
  return { text, applied, changes };
}
