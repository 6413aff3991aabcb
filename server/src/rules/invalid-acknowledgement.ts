import { ACK_REASONS, parseAcknowledgement } from '../acknowledge';
import { Rule } from './types';

/** An acknowledgement comment that names no known rule or reason is ignored; say so. */
export const rule: Rule = {
  id: 'invalid-acknowledgement',
  description: 'An acknowledgement comment with an unknown rule id or reason code',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: 'acknowledgements',
  check(ctx) {
    for (const c of ctx.note.comments) {
      const ack = parseAcknowledgement(c.text);
      if (!ack || ack.valid) continue;
      ctx.report({
        span: c.span,
        message: `This acknowledgement is ignored: ${ack.problem}. Write "# acknowledge <rule-id>: <reason>" with a reason from: ${ACK_REASONS.join(', ')}.`,
      });
    }
  },
};
