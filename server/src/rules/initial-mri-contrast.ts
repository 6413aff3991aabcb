import { present } from '../clinical/facts';
import { changeOrderTo } from './fixes';
import { S1, inS1, isInitialStudy } from './scope';
import { citeRating } from './source';
import { Rule } from './types';

/** Spec §5.4: IV contrast on a first MRI for a skin marker, with no reason for contrast given. */
export const rule: Rule = {
  id: 'initial-mri-contrast',
  description: 'MRI with IV contrast ordered for the initial work-up of a cutaneous marker without a reason for contrast',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.4',
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    if (!order || !p || p.modality !== 'MRI' || (p.contrast !== 'with' && p.contrast !== 'without-and-with')) return;
    if (!inS1(ctx) || !isInitialStudy(ctx.facts) || present(ctx.facts, 'contrast-reason').length) return;
    const plain = ctx.knowledge.procedures.find((q) => q.modality === 'MRI' && q.region === p.region && q.contrast === 'without')!;
    const rated = ctx.knowledge.rating(S1, 'mri-area-without');
    ctx.report({
      span: order.field.valueSpan,
      message:
        `IV contrast adds an injection but no answer to a first look for occult dysraphism; ${plain.acrName} is the study to order unless a tumor, vascular malformation or post-operative change is suspected (say so in Indication). ` +
        `[${citeRating(ctx.knowledge, ctx.classification, rated)} for MRI spine area of interest without IV contrast]`,
      fixes: [changeOrderTo(ctx, order.field, plain, true)],
    });
  },
};
