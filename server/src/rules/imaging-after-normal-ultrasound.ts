import { inS1, priorUltrasound } from './scope';
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
    ctx.report({
      span: order.field.valueSpan,
      message:
        'The prior spinal ultrasound was normal and the skin markers are low risk: further imaging is usually not required; follow clinically and image again if symptoms appear. ' +
        '[ACR Back Pain-Child, scenario S1 (provenance: reported)]',
      related: [{ span: us.span, message: `prior ultrasound read as normal${us.reasons.length ? `: ${us.reasons.join('; ')}` : ''}` }],
    });
  },
};
