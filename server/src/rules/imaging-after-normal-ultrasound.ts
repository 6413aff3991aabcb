import { inS1, onlyLowRiskSkinFindings, priorUltrasound } from './scope';
import { Rule } from './types';

/**
 * Spec §5.6: after a normal ultrasound with only low-risk markers, MRI is usually not needed. Only
 * markers a source grades low count (today the simple dimple); ungraded ones stay silent, since
 * telling a user further imaging is not needed is an inference the sources do not make for them.
 */
export const rule: Rule = {
  id: 'imaging-after-normal-ultrasound',
  description: 'MRI ordered after a normal spinal ultrasound when every skin finding is graded low risk',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.6',
  check(ctx) {
    const order = ctx.facts.order;
    const us = priorUltrasound(ctx.facts);
    if (!order || order.reading.procedure?.modality !== 'MRI' || !us || us.result !== 'normal' || !inS1(ctx)) return;
    if (!onlyLowRiskSkinFindings(ctx)) return;
    ctx.report({
      span: order.field.valueSpan,
      message: 'Normal spinal US and only a simple dimple (low risk): further imaging usually not required [ACR Back Pain-Child scenario S1, reported].',
      related: [{ span: us.span, message: `prior ultrasound read as normal${us.reasons.length ? `: ${us.reasons.join('; ')}` : ''}` }],
    });
  },
};
