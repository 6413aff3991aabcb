import { distance } from 'fastest-levenshtein';
import { allKeySpellings, normalizeKey } from '../notes/keys';
import { Rule } from './types';

/** Spec §2: an unknown key is reported, with "did you mean" when a known key is close. */
export const rule: Rule = {
  id: 'unknown-key',
  description: 'A key that is not part of the note language',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§2',
  check(ctx) {
    for (const f of ctx.note.fields) {
      if (f.key) continue;
      const raw = normalizeKey(f.rawKey).slice(0, 60);
      const scored = allKeySpellings()
        .map((s) => ({ s, d: distance(raw, normalizeKey(s.spelling)) }))
        .filter(({ s, d }) => d <= Math.max(2, Math.floor(s.spelling.length / 3)))
        .sort((a, b) => a.d - b.d)
        .slice(0, 3);
      const shown = f.rawKey.length > 40 ? `${f.rawKey.slice(0, 40)}…` : f.rawKey;
      ctx.report({
        span: f.keySpan,
        message: `Unknown key "${shown}"${scored.length ? `; did you mean "${scored[0].s.spelling}"?` : ''} Its value is not read.`,
        fixes: scored.map(({ s }, i) => ({ title: `Replace with "${s.spelling}"`, edits: [{ start: f.keySpan.start, end: f.keySpan.end, newText: s.spelling }], preferred: i === 0 })),
      });
    }
  },
};
