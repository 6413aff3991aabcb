import { changeOrderTo } from './fixes';
import { S1, inS1, isInitialStudy } from './scope';
import { formatAge } from '../notes/age';
import { PROCEDURE } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { atAge, fit, shortName } from './message';
import { citeTag } from './source';
import { windowStatus } from '../clinical/window';
import type { Rule } from './types';

/** Spec §5.3: MRI first in an infant young enough for ultrasound — allowed, but worth a nudge. */
export const rule: Rule = {
  id: 'mri-first-in-young-infant',
  description: 'MRI ordered first for an infant young enough for spinal ultrasound',
  defaultSeverity: 'hint',
  kind: 'clinical',
  spec: '§5.3',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    const age = ctx.facts.age;
    if (!order || !p || p.modality !== 'MRI' || !age || !inS1(ctx) || !isInitialStudy(ctx.facts)) return;
    if (windowStatus(age.months, ctx.ultrasoundWindow) === 'closed') return;
    const k = ctx.knowledge;
    const us = k.procedure(PROCEDURE.usArea)!;
    const rating = k.rating(S1, us.id);
    const scenario = ctx.classification.scenario;
    const at = formatAge(age.months);
    ctx.report({
      span: order.field.valueSpan,
      message: fit(
        `${atAge(age.months)} MRI may need sedation; ${shortName(us)} screens first without sedation or radiation (both Usually Appropriate) ${citeTag(scenario, rating)}`,
        `${atAge(age.months)} MRI may need sedation; ${shortName(us)} screens first without it ${citeTag(scenario, rating)}`,
      ),
      detail: clinicalDetail(k, {
        why:
          `MRI without IV contrast is also rated Usually Appropriate for this child, but at ${at} it may need sedation (a young infant can sometimes be scanned after a feed, swaddled); ` +
          `${us.acrName} screens first without sedation or radiation while the acoustic window is open.`,
        scenario,
        ordered: p,
        rating,
        rated: us,
        alternatives: [us],
      }),
      fixes: [changeOrderTo(ctx, order.field, us, true)],
      related: [{ span: age.span, message: `age read here: ${at}` }],
    });
  },
};
