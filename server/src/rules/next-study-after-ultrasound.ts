import { changeOrderTo } from './fixes';
import { S1, inS1, priorUltrasound } from './scope';
import { PROCEDURE } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { briefReasons, fit, shortName } from './message';
import { citeTag } from './source';
import { Rule } from './types';

/** Spec §5.6: what follows a spinal ultrasound depends on its result and the markers. */
export const rule: Rule = {
  id: 'next-study-after-ultrasound',
  description: 'The order does not follow from the result of the prior spinal ultrasound',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.6',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    const us = priorUltrasound(ctx.facts);
    if (!order || !p || !us || !inS1(ctx)) return;
    const k = ctx.knowledge;
    const mri = k.procedure(PROCEDURE.mriAreaWithout)!;
    const rating = k.rating(S1, mri.id);
    const related = [{ span: us.span, message: `prior ultrasound read as ${us.result}${us.reasons.length ? `: ${us.reasons.join('; ')}` : ''}` }];
    if (us.result === 'abnormal' || us.result === 'indeterminate') {
      const fine = us.result === 'abnormal' ? p.id === mri.id || p.id === PROCEDURE.mriCompleteWithout : p.modality === 'MRI';
      if (fine) return;
      const scenario = ctx.classification.scenario;
      const tag = citeTag(scenario, rating);
      const state = us.result === 'abnormal' ? 'abnormal' : 'indeterminate';
      const why = us.result === 'abnormal' ? `was abnormal (${us.reasons.join('; ')})` : `was indeterminate or limited (${us.reasons.join('; ')})`;
      ctx.report({
        span: order.field.valueSpan,
        message: fit(
          `The prior spinal US was ${state} (${briefReasons(us.reasons)}); order ${shortName(mri)}, not ${shortName(p)} ${tag}`,
          `The prior spinal US was ${state}; order ${shortName(mri)}, not ${shortName(p)} ${tag}`,
          `The prior spinal US was ${state}; the next study is ${shortName(mri)} ${tag}`,
        ),
        detail: clinicalDetail(k, {
          why: `The prior spinal ultrasound ${why}; the next study is ${mri.acrName}, not ${p.acrName}.`,
          scenario,
          ordered: p,
          rating,
          rated: mri,
          alternatives: [mri],
        }),
        fixes: [changeOrderTo(ctx, order.field, mri, true)],
        related,
      });
    }
  },
};
