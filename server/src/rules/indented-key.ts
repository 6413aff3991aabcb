import type { Rule } from './types';

/** Spec §1: an indented line continues the value above, but one that starts with a known key is that key, indented by a slip. */
export const rule: Rule = {
  id: 'indented-key',
  description: 'An indented line that starts with a known key: read as that key; outdent it',
  defaultSeverity: 'hint',
  kind: 'note-format',
  spec: '§1',
  fixKinds: ['fix'],
  check(ctx) {
    for (const f of ctx.note.fields) {
      if (!f.indent || !f.key) continue;
      ctx.report({
        span: f.keySpan,
        message: `"${f.key.name}" is indented, which normally continues the line above, but it is read as its own key; outdent it.`,
        fixes: [{ title: `Outdent "${f.key.name}"`, edits: [{ start: f.indent.start, end: f.indent.end, newText: '' }], preferred: true, kind: 'fix' }],
      });
    }
  },
};
