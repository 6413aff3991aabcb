import type { Rule } from './types';

/** Spec §1: a line that is not `Key: value`, a comment or a continuation cannot be read at all. */
export const rule: Rule = {
  id: 'malformed-line',
  description: 'A line that is not "Key: value", a comment, a separator or an indented continuation',
  defaultSeverity: 'error',
  kind: 'note-format',
  spec: '§1',
  check(ctx) {
    if (ctx.note.freeText) return; // a note written as prose is read as such (free-text-note)
    for (const span of ctx.note.malformed) {
      ctx.report({
        span,
        message: 'This line is not "Key: value", a "#" comment or an indented continuation, so it is not read; add a key or indent it',
        detail: 'Nothing in this line is read. Add the key (e.g. `Findings: …`) or indent it to continue the line above.',
      });
    }
  },
};
