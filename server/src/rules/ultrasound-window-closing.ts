import { S1, inS1 } from './scope';
import { formatAge } from '../notes/age';
import { citeRating } from './source';
import { Rule } from './types';
import { windowAgeMonths } from '../clinical/facts';

/** Spec §5.2: between 4 and 6 months inclusive the window is closing; say so, without blocking. */
export const rule: Rule = {
  id: 'ultrasound-window-closing',
  description: 'Spinal ultrasound ordered while the acoustic window is closing (default 4 to 6 months inclusive)',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.2',
  check(ctx) {
    const order = ctx.facts.order;
    const age = ctx.facts.age;
    if (!order || order.reading.procedure?.modality !== 'US' || !age || !inS1(ctx)) return;
    // Chronological age unless the ultrasoundWindow.useCorrectedAge setting asks for the preterm-corrected age.
    const months = windowAgeMonths(age, ctx.ultrasoundWindow.useCorrectedAge);
    const { infoFromMonths, warnAfterMonths } = ctx.ultrasoundWindow;
    if (months < infoFromMonths || months > warnAfterMonths) return;
    ctx.report({
      span: order.field.valueSpan,
      message:
        `At ${formatAge(months)} the acoustic window is closing (${infoFromMonths} to ${warnAfterMonths} months): the ultrasound may be technically limited, so schedule it promptly; ` +
        `MRI without IV contrast is the alternative if it is limited. [${citeRating(ctx.knowledge, ctx.classification, ctx.knowledge.rating(S1, order.reading.procedure.id))}]`,
      related: [{ span: age.span, message: `age read here: ${formatAge(months)}` }],
    });
  },
};
