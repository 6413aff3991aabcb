import type { Rule } from './types';

/** An order for a body part other than the spine: outside what this rule pack rates. */
export const rule: Rule = {
  id: 'order-not-covered',
  description: 'An Order for a study outside the spine, which the knowledge base does not rate',
  defaultSeverity: 'information',
  kind: 'note-format',
  spec: '§3',
  check(ctx) {
    const order = ctx.facts.order;
    if (!order || order.reading.status !== 'not-spine') return;
    ctx.report({ span: order.field.valueSpan, message: 'This is not a spine study: only spine imaging is covered, so there is no rating on file for it' });
  },
};
