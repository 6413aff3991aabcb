import { ACK_REASONS, parseAcknowledgement } from '../engine/acknowledge';
import { fit } from './message';
import type { Rule } from './types';

/** An acknowledgement comment that names no known rule or reason is ignored; say so. */
export const rule: Rule = {
  id: 'invalid-acknowledgement',
  description: 'An acknowledgement comment with an unknown rule id or reason code',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: 'acknowledgements',
  check(ctx) {
    for (const c of ctx.note.comments) {
      const ack = parseAcknowledgement(c.text, ctx.ruleIds);
      if (!ack || ack.valid) continue;
      ctx.report({
        span: c.span,
        message: fit(
          `This acknowledgement is ignored: ${ack.problem}; write "# acknowledge <rule-id>: <reason>" with a listed reason`,
          `This acknowledgement is ignored; write "# acknowledge <rule-id>: <reason>" with a listed reason`,
        ),
        detail: `Ignored: ${ack.problem}. Write \`# acknowledge <rule-id>: <reason>\` where the reason is one of: ${ACK_REASONS.map((r) => `\`${r}\``).join(', ')}.`,
      });
    }
  },
};
