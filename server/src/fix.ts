import { Edit, Finding } from './rules/types';

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

/**
 * Picks each finding's preferred fix, in document order, skipping a fix whose edits overlap one
 * already taken; identical edits (two rules adding the same Referral line) count once.
 */
export function preferredEdits(findings: readonly Finding[]): { edits: Edit[]; fixes: number } {
  const taken: Edit[] = [];
  let fixes = 0;
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix || fix.edits.length === 0) continue;
    const fresh = fix.edits.filter((e) => !taken.some((t) => same(t, e)));
    if (fresh.length === 0) {
      fixes++;
      continue;
    }
    if (fresh.some((e) => taken.some((t) => overlaps(t, e)))) continue;
    if (fresh.some((e, i) => fresh.some((o, j) => i !== j && overlaps(e, o)))) continue;
    taken.push(...fresh);
    fixes++;
  }
  return { edits: taken, fixes };
}

export function applyPreferredFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const { edits, fixes } = preferredEdits(findings);
  return { text: applyEdits(text, edits), applied: fixes };
}

/**
 * Applies preferred fixes until nothing more changes (at most `maxPasses`), because a fix can make
 * a new finding with its own fix (an unrecognized order replaced by a study that is then rated).
 * Applying the result again changes nothing.
 */
export function fixUntilStable(text: string, findingsOf: (text: string) => readonly Finding[], maxPasses = 10): { text: string; applied: number } {
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyPreferredFixes(text, findingsOf(text));
    if (result.text === text) break;
    text = result.text;
    applied += result.applied;
  }
  return { text, applied };
}
