import { assessDimple } from '../clinical/dimple';
import { inS1 } from './scope';
import { clinicalDetail } from './detail';
import { fit } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

/** Spec §5.5: without size and position nobody can tell a simple dimple from an atypical one. */
export const rule: Rule = {
  id: 'dimple-undescribed',
  description: 'A sacral dimple without the size, position or distance needed to judge its risk',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.5',
  check(ctx) {
    const d = ctx.facts.dimple;
    if (!d || !inS1(ctx) || ctx.classification.markers.length > 0) return;
    const a = assessDimple(d);
    if (a.risk !== 'undetermined') return;
    const scenario = ctx.classification.scenario;
    const tag = citeTag(scenario);
    ctx.report({
      span: d.span,
      message: fit(
        `Describe the dimple (${a.missing.join(', ')} not given), e.g. "4 mm, within cleft, 1.5 cm from anus", to judge its risk ${tag}`,
        `Describe the dimple's ${a.missing.join(', ')}, e.g. "4 mm, within cleft, 1.5 cm from anus", to judge its risk ${tag}`,
        `Describe the dimple's size and position, e.g. "4 mm, within cleft, 1.5 cm from anus", to judge its risk ${tag}`,
      ),
      detail: clinicalDetail(ctx.knowledge, {
        why:
          `Not given: ${a.missing.join(', ')}. Describe the dimple, e.g. \`Dimple: 4 mm, within gluteal cleft, 1.5 cm from anus\`: ` +
          'a simple dimple needs no imaging, an atypical one (5 mm or more, deep, above the cleft, 2.5 cm or more from the anus, multiple) does.',
        scenario,
      }),
    });
  },
};
