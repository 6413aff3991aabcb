import { distance } from 'fastest-levenshtein';
import { allKeySpellings, normalizeKey } from '../notes/keys';
import { detach } from '../notes/text';
import { quote } from './message';
import type { Fix, Rule } from './types';

/** Spec §2: an unknown key is reported, with "did you mean" when a known key is close. */
export const rule: Rule = {
  id: 'unknown-key',
  description: 'A key that is not part of the note language',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§2',
  fixKinds: ['fix', 'suggestion'],
  check(ctx) {
    for (const f of ctx.note.fields) {
      if (f.key || f.prose) continue; // prose is read as free text (free-text-note)
      const raw = normalizeKey(f.rawKey).slice(0, 60);
      const scored = closeKeys(raw);
      // A misspelt key with one closest spelling keeps its meaning when corrected: a safe fix.
      // A tie between spellings is a choice, so every candidate is then a suggestion.
      const clear = scored.length > 0 && (scored.length === 1 || scored[0].d < scored[1].d);
      const fixes: Fix[] = scored.map((s, i) => ({
        title: `Replace with "${s.spelling}"`,
        edits: [{ start: f.keySpan.start, end: f.keySpan.end, newText: s.spelling }],
        preferred: i === 0,
        kind: clear && i === 0 ? 'fix' : 'suggestion',
      }));
      ctx.report({
        span: f.keySpan,
        message: `Unknown key ${quote(f.rawKey, 40)} is not read${scored.length ? `; did you mean "${scored[0].spelling}"?` : ''}`,
        fixes,
      });
    }
  },
};

const SPELLINGS = allKeySpellings().map((s) => ({ spelling: s.spelling, normal: normalizeKey(s.spelling) }));

/** Misspelt keys repeat from note to note ("Presentaion"): their candidates are remembered. */
const closeMemo = new Map<string, { spelling: string; d: number }[]>();

/** Up to three known spellings within a few edits of the key, closest first. */
function closeKeys(raw: string): { spelling: string; d: number }[] {
  let hit = closeMemo.get(raw);
  if (!hit) {
    hit = scoreKeys(raw);
    // Keyed by a copy: a slice would keep its whole document alive (see detach).
    if (closeMemo.size < 2_000) closeMemo.set(detach(raw), hit);
  }
  return hit;
}

function scoreKeys(raw: string): { spelling: string; d: number }[] {
  return SPELLINGS.map((s) => ({ spelling: s.spelling, d: distance(raw, s.normal) }))
    .filter((s) => s.d <= Math.max(2, Math.floor(s.spelling.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
}
