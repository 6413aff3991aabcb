import { Rule } from './types';

/**
 * Spec §4: significant trauma leaves S1, a trivial bump does not. When an injury is mentioned but
 * not how it happened, the note stays in its non-trauma scenario and the mechanism is asked for,
 * never guessed.
 */
export const rule: Rule = {
  id: 'trauma-mechanism-unclear',
  description: 'An injury is mentioned without its mechanism, so trauma cannot be graded',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§4',
  check(ctx) {
    const t = ctx.facts.trauma;
    if (t.significance !== 'unclear' || !t.span) return;
    ctx.report({
      span: t.span,
      message: 'An injury is mentioned but not how it happened; give the mechanism. [ACR Suspected Spine Trauma-Child, significant-trauma scenario]',
    });
  },
};
