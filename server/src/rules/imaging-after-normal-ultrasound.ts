import { inS1, priorUltrasound } from './scope';
import { clinicalDetail } from './detail';
import { fit } from './message';
import { citeTag } from './source';
import { Rule } from './types';

/** Spec §5.6: after a normal ultrasound with only low-risk markers, MRI is usually not needed. */
export const rule: Rule = {
  id: 'imaging-after-normal-ultrasound',
  description: 'MRI ordered after a normal spinal ultrasound when the skin markers are low risk',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.6',
  check(ctx) {
    const order = ctx.facts.order;
    const us = priorUltrasound(ctx.facts);
    if (!order || order.reading.procedure?.modality !== 'MRI' || !us || us.result !== 'normal' || !inS1(ctx)) return;
    if (ctx.classification.highRiskMarker) return;
    const scenario = ctx.classification.scenario;
    ctx.report({
      span: order.field.valueSpan,
      message: fit(`The prior spinal US was normal and the markers are low risk: more imaging is usually not required; follow up clinically ${citeTag(scenario)}`),
      detail: clinicalDetail(ctx.knowledge, {
        why:
          'The prior spinal ultrasound was normal and the skin markers are low risk: further imaging is usually not required; ' +
          'follow the child clinically and image again if symptoms appear. A high-risk marker (large hemangioma, palpable lipoma or mass) would make MRI reasonable.',
        scenario,
        ordered: order.reading.procedure,
      }),
      related: [{ span: us.span, message: `prior ultrasound read as normal${us.reasons.length ? `: ${us.reasons.join('; ')}` : ''}` }],
    });
  },
};
