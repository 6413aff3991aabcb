import { changeOrderTo } from './fixes';
import { S1, inS1, isInitialStudy } from './scope';
import { formatAge } from '../notes/age';
import { citeRating } from './source';
import { windowStatus } from '../clinical/window';
import { Rule } from './types';

/** Spec §5.3: MRI first in an infant young enough for ultrasound — allowed, but worth a nudge. */
export const rule: Rule = {
  id: 'mri-first-in-young-infant',
  description: 'MRI ordered first for an infant young enough for spinal ultrasound',
  defaultSeverity: 'hint',
  kind: 'clinical',
  spec: '§5.3',
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    const age = ctx.facts.age;
    if (!order || !p || p.modality !== 'MRI' || !age || !inS1(ctx) || !isInitialStudy(ctx.facts)) return;
    if (windowStatus(age.months, ctx.ultrasoundWindow) === 'closed') return;
    const us = ctx.knowledge.procedure('us-area')!;
    ctx.report({
      span: order.field.valueSpan,
      message:
        `MRI without IV contrast is also rated Usually Appropriate for this child, but at ${formatAge(age.months)} it usually needs sedation; ${us.acrName} screens first without sedation or radiation while the acoustic window is open. ` +
        `[${citeRating(ctx.knowledge, ctx.classification, ctx.knowledge.rating(S1, us.id))}]`,
      fixes: [changeOrderTo(ctx, order.field, us, true)],
      related: [{ span: age.span, message: `age read here: ${formatAge(age.months)}` }],
    });
  },
};
