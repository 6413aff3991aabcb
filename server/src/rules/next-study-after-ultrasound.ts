import { changeOrderTo } from './fixes';
import { S1, inS1, priorUltrasound, showsBoneNotCord } from './scope';
import { citeRating } from './source';
import { Rule } from './types';

/**
 * Spec §5.6: what follows a spinal ultrasound depends on its result and the markers. Radiography and
 * CT are never next, whatever the result (normal, unknown included): the initial-study rule stands
 * aside once there is a prior study, so without this branch such an order slipped between the rules.
 */
export const rule: Rule = {
  id: 'next-study-after-ultrasound',
  description: 'The order does not follow from the result of the prior spinal ultrasound',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.6',
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    const us = priorUltrasound(ctx.facts);
    if (!order || !p || !us || !inS1(ctx)) return;
    const k = ctx.knowledge;
    const mri = k.procedure('mri-area-without')!;
    const mriRating = citeRating(k, ctx.classification, k.rating(S1, mri.id));
    const related = [{ span: us.span, message: `prior ultrasound read as ${us.result}${us.reasons.length ? `: ${us.reasons.join('; ')}` : ''}` }];
    if (showsBoneNotCord(p) && us.result !== 'abnormal' && us.result !== 'indeterminate') {
      const why =
        p.modality === 'XR' ? 'radiography is never next: it shows bone, not the cord'
        : p.modality === 'CT' ? 'CT is never next: it shows bone, not the cord, and adds radiation'
        : 'CT myelography is never next: it means a spinal injection and radiation';
      ctx.report({
        span: order.field.valueSpan,
        message: `After a spinal US, ${why} [ACR Back Pain-Child scenario S1, reported].`,
        fixes: [changeOrderTo(ctx, order.field, mri, true)],
        related,
      });
      return;
    }
    if (us.result === 'abnormal' || us.result === 'indeterminate') {
      const fine = us.result === 'abnormal' ? p.id === mri.id || p.id === 'mri-complete-without' : p.modality === 'MRI';
      if (fine) return;
      const why = us.result === 'abnormal' ? `was abnormal (${us.reasons.join('; ')})` : `was indeterminate or limited (${us.reasons.join('; ')})`;
      ctx.report({
        span: order.field.valueSpan,
        message: `The prior spinal ultrasound ${why}; the next study is ${mri.acrName}, not ${p.acrName}. [${mriRating}]`,
        fixes: [changeOrderTo(ctx, order.field, mri, true)],
        related,
      });
    }
  },
};
