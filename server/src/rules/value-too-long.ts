import { MAX_VALUE_CHARS, grouped } from '../engine/limits';
import type { Rule } from './types';

/** Limits are said out loud: a value too long to read clinically is reported, not silently cut. */
export const rule: Rule = {
  id: 'value-too-long',
  description: `A value longer than ${grouped(MAX_VALUE_CHARS)} characters, which is not read for clinical facts`,
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: 'limits',
  check(ctx) {
    for (const f of ctx.note.fields) {
      if (f.value.length <= MAX_VALUE_CHARS) continue;
      ctx.report({
        span: f.keySpan,
        message: `This value is ${grouped(f.value.length)} characters, over the ${grouped(MAX_VALUE_CHARS)} limit, so it is not read for clinical facts; shorten it or split the note`,
      });
    }
  },
};
