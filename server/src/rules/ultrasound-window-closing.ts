import { S1, inS1 } from './scope';
import { formatAge } from '../notes/age';
import { PROCEDURE } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { atAge, fit } from './message';
import { citeTag } from './source';
import { windowStatus } from '../clinical/window';
import type { Rule } from './types';
import { windowAgeMonths } from '../clinical/facts';

/** Spec §5.2: between 4 and 6 months inclusive the window is closing; say so, without blocking. */
export const rule: Rule = {
  id: 'ultrasound-window-closing',
  description: 'Spinal ultrasound ordered while the acoustic window is closing (default 4 to 6 months inclusive)',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.2',
  check(ctx) {
    const order = ctx.facts.order;
    const age = ctx.facts.age;
    if (!order || order.reading.procedure?.modality !== 'US' || !age || !inS1(ctx)) return;
    // Chronological age unless the ultrasoundWindow.useCorrectedAge setting asks for the preterm-corrected age.
    const months = windowAgeMonths(age, ctx.ultrasoundWindow.useCorrectedAge);
    const { infoFromMonths, warnAfterMonths } = ctx.ultrasoundWindow;
    if (windowStatus(months, ctx.ultrasoundWindow) !== 'closing') return;
    const k = ctx.knowledge;
    const rating = k.rating(S1, order.reading.procedure.id);
    const scenario = ctx.classification.scenario;
    const at = formatAge(months);
    ctx.report({
      span: order.field.valueSpan,
      message: fit(
        `${atAge(months)} the US window is closing (${infoFromMonths}–${warnAfterMonths} months): the scan may be limited, so do it promptly ${citeTag(scenario, rating)}`,
        `${atAge(months)} the US window is closing: the scan may be limited, so do it promptly ${citeTag(scenario, rating)}`,
      ),
      detail: clinicalDetail(k, {
        why:
          `${atAge(months)} the acoustic window is closing (${infoFromMonths} to ${warnAfterMonths} months): the ultrasound may be technically limited, so schedule it promptly. ` +
          'MRI without IV contrast is the alternative if it is limited.',
        scenario,
        ordered: order.reading.procedure,
        rating,
        alternatives: [k.procedure(PROCEDURE.mriAreaWithout)!],
        notes: [`The window (${infoFromMonths} to ${warnAfterMonths} months) is a setting, \`imagingOrderLint.ultrasoundWindow\`, because sources differ.`],
      }),
      related: [{ span: age.span, message: `age read here: ${at}` }],
    });
  },
};
