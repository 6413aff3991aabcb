import { changeOrderTo } from './fixes';
import { S1, inS1 } from './scope';
import { formatAge } from '../notes/age';
import { citeRating } from './source';
import { Rule } from './types';
import { windowAgeMonths } from '../clinical/facts';

/** Spec §5.2: spinal ultrasound after the acoustic window has closed (default: older than 6 months). */
export const rule: Rule = {
  id: 'ultrasound-window-closed',
  description: 'Spinal ultrasound ordered for a child older than the acoustic window (default 6 months)',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.2',
  check(ctx) {
    const order = ctx.facts.order;
    const age = ctx.facts.age;
    if (!order || order.reading.procedure?.modality !== 'US' || !age || !inS1(ctx)) return;
    // Chronological age unless the ultrasoundWindow.useCorrectedAge setting asks for the preterm-corrected age.
    const months = windowAgeMonths(age, ctx.ultrasoundWindow.useCorrectedAge);
    const limit = ctx.ultrasoundWindow.warnAfterMonths;
    if (months <= limit) return;
    const mri = ctx.knowledge.procedure('mri-area-without')!;
    ctx.report({
      span: order.field.valueSpan,
      message:
        `At ${formatAge(months)} (older than ${limit} months) the posterior spinal elements have usually ossified, so spinal ultrasound cannot reliably show the cord; ` +
        `order ${mri.acrName}. [${citeRating(ctx.knowledge, ctx.classification, ctx.knowledge.rating(S1, mri.id))}; acoustic window ${limit} months, a configurable setting because sources differ]`,
      fixes: [changeOrderTo(ctx, order.field, mri, true)],
      related: [{ span: age.span, message: `age read here: ${formatAge(months)}` }],
    });
  },
};
