import { changeOrderTo } from './fixes';
import { S1, inS1, priorUltrasound, showsBoneNotCord } from './scope';
import { PROCEDURE } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { briefReasons, fit, shortName } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

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
    const scenario = ctx.classification.scenario;
    const tag = citeTag(scenario, rating);
    // Every branch orders MRI of the area without IV contrast instead; only the reason differs.
    const reportInstead = (message: string, why: string) =>
      ctx.report({
        span: order.field.valueSpan,
        message,
        detail: clinicalDetail(k, { why, scenario, ordered: p, rating, rated: mri, alternatives: [mri] }),
        fixes: [changeOrderTo(ctx, order.field, mri, true)],
        related,
      });
    if (showsBoneNotCord(p) && us.result !== 'abnormal' && us.result !== 'indeterminate') {
      const why =
        p.modality === 'XR'
          ? 'radiography is never next: it shows bone, not the cord'
          : p.modality === 'CT'
            ? 'CT is never next: it shows bone, not the cord, and adds radiation'
            : 'CT myelography is never next: it means a spinal injection and radiation';
      reportInstead(
        fit(`After a spinal US, ${why}; if imaging is still needed, order ${shortName(mri)} ${tag}`, `After a spinal US, ${why} ${tag}`),
        `After a spinal ultrasound (read as ${us.result}), ${why}. When the markers or symptoms still call for imaging, the next study is ${mri.acrName}.`,
      );
      return;
    }
    if (us.result === 'abnormal' || us.result === 'indeterminate') {
      const fine = us.result === 'abnormal' ? p.id === mri.id || p.id === PROCEDURE.mriCompleteWithout : p.modality === 'MRI';
      if (fine) return;
      const state = us.result === 'abnormal' ? 'abnormal' : 'indeterminate';
      const why = us.result === 'abnormal' ? `was abnormal (${us.reasons.join('; ')})` : `was indeterminate or limited (${us.reasons.join('; ')})`;
      reportInstead(
        fit(
          `The prior spinal US was ${state} (${briefReasons(us.reasons)}); order ${shortName(mri)}, not ${shortName(p)} ${tag}`,
          `The prior spinal US was ${state}; order ${shortName(mri)}, not ${shortName(p)} ${tag}`,
          `The prior spinal US was ${state}; the next study is ${shortName(mri)} ${tag}`,
        ),
        `The prior spinal ultrasound ${why}; the next study is ${mri.acrName}, not ${p.acrName}.`,
      );
    }
  },
};
