import { fit } from './message';
import type { Rule } from './types';

/** An Age and a date of birth that disagree by more than a clinician rounds: one of them is wrong. */
export const rule: Rule = {
  id: 'age-dob-mismatch',
  description: 'An Age that the date of birth does not bear out',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§2',
  check(ctx) {
    for (const p of ctx.facts.ageProblems) if (p.mismatch) ctx.report({ span: p.span, message: fit(p.message, p.shorter ?? p.message) });
  },
};
