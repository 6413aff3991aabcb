import { inS1, onlyLowRiskSkinFindings, priorUltrasound } from './scope';
import { clinicalDetail } from './detail';
import { fit } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

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
    const scenario = ctx.classification.scenario;
    ctx.report({
      span: order.field.valueSpan,
      message: fit(`Normal spinal US and only a simple dimple (low risk): further imaging is usually not required ${citeTag(scenario)}`),
      detail: clinicalDetail(ctx.knowledge, {
        why:
          'The prior spinal ultrasound was normal and the only skin finding is a simple dimple, which the starting article grades as low risk: further imaging is usually not required; ' +
          'follow the child clinically and image again if symptoms appear. Markers the sources do not grade are treated conservatively and get no such advice.',
        scenario,
        ordered: order.reading.procedure,
      }),
      related: [{ span: us.span, message: `prior ultrasound read as normal${us.reasons.length ? `: ${us.reasons.join('; ')}` : ''}` }],
    });
  },
};
