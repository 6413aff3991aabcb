import { changeOrderTo } from './fixes';
import { S1, inS1 } from './scope';
import { formatAge } from '../notes/age';
import { PROCEDURE } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { atAge, fit, shortName } from './message';
import { citeTag } from './source';
import { windowStatus } from '../clinical/window';
import type { Rule } from './types';
import { windowAgeMonths } from '../clinical/facts';

/** Spec §5.2: spinal ultrasound after the acoustic window has closed (default: older than 6 months). */
export const rule: Rule = {
  id: 'ultrasound-window-closed',
  description: 'Spinal ultrasound ordered for a child older than the acoustic window (default 6 months)',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.2',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    const age = ctx.facts.age;
    if (!order || order.reading.procedure?.modality !== 'US' || !age || !inS1(ctx)) return;
    // Chronological age unless the ultrasoundWindow.useCorrectedAge setting asks for the preterm-corrected age.
    const months = windowAgeMonths(age, ctx.ultrasoundWindow.useCorrectedAge);
    const limit = ctx.ultrasoundWindow.warnAfterMonths;
    if (windowStatus(months, ctx.ultrasoundWindow) !== 'closed') return;
    const k = ctx.knowledge;
    const mri = k.procedure(PROCEDURE.mriAreaWithout)!;
    const rating = k.rating(S1, mri.id);
    const scenario = ctx.classification.scenario;
    const tag = citeTag(scenario, rating);
    const at = formatAge(months);
    ctx.report({
      span: order.field.valueSpan,
      message: fit(
        `${atAge(months)} (over ${limit} months) spinal US cannot reliably see the cord through ossified bone; order ${shortName(mri)} ${tag}`,
        `${atAge(months)} the spinal US window has closed (over ${limit} months); order ${shortName(mri)} ${tag}`,
      ),
      detail: clinicalDetail(k, {
        why:
          `${atAge(months)} (older than ${limit} months) the posterior spinal elements have usually ossified, so spinal ultrasound cannot reliably show the cord. ` +
          `Order ${mri.acrName}.`,
        scenario,
        ordered: order.reading.procedure,
        rating,
        rated: mri,
        alternatives: [mri],
        notes: [`The acoustic window (${limit} months) is a setting, \`imagingOrderLint.ultrasoundWindow\`, because sources differ on when it closes.`],
      }),
      fixes: [changeOrderTo(ctx, order.field, mri, true)],
      related: [{ span: age.span, message: `age read here: ${at}` }],
    });
  },
};
