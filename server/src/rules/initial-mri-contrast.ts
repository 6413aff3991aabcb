import { present } from '../clinical/facts';
import { PROCEDURE } from '../knowledge/ids';
import { changeOrderTo } from './fixes';
import { S1, inS1, isInitialStudy } from './scope';
import { clinicalDetail } from './detail';
import { fit, shortName } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

/** Spec §5.4: IV contrast on a first MRI for a skin marker, with no reason for contrast given. */
export const rule: Rule = {
  id: 'initial-mri-contrast',
  description: 'MRI with IV contrast ordered for the initial work-up of a cutaneous marker without a reason for contrast',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.4',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    if (!order || !p || p.modality !== 'MRI' || (p.contrast !== 'with' && p.contrast !== 'without-and-with')) return;
    if (!inS1(ctx) || !isInitialStudy(ctx.facts) || present(ctx.facts, 'contrast-reason').length) return;
    const k = ctx.knowledge;
    const plain = k.procedures.find((q) => q.modality === 'MRI' && q.region === p.region && q.contrast === 'without')!;
    const rated = k.procedure(PROCEDURE.mriAreaWithout)!;
    const rating = k.rating(S1, rated.id);
    const scenario = ctx.classification.scenario;
    ctx.report({
      span: order.field.valueSpan,
      message: fit(
        `IV contrast adds nothing to a first MRI for a skin marker; order ${shortName(plain)}, or give the reason in Indication ${citeTag(scenario, rating)}`,
        `IV contrast adds nothing to a first MRI for a skin marker; order ${shortName(plain)} ${citeTag(scenario, rating)}`,
      ),
      detail: clinicalDetail(k, {
        why:
          `IV contrast adds an injection but no answer to a first look for occult dysraphism; ${plain.acrName} is the study to order ` +
          'unless a tumor, vascular malformation or post-operative change is suspected (say so in `Indication:` and this finding goes away).',
        scenario,
        ordered: p,
        rating,
        rated,
        alternatives: [plain],
      }),
      fixes: [changeOrderTo(ctx, order.field, plain, true)],
    });
  },
};
