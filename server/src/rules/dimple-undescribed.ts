import { assessDimple } from '../clinical/dimple';
import { inS1 } from './scope';
import { Rule } from './types';

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
    ctx.report({
      span: d.span,
      message:
        `Describe the dimple (${a.missing.join(', ')} not given), e.g. "Dimple: 4 mm, within gluteal cleft, 1.5 cm from anus": a simple dimple needs no imaging, an atypical one (5 mm or more, deep, above the cleft, 2.5 cm or more from the anus, multiple) does. ` +
        '[ACR Back Pain-Child, scenario S1 (provenance: reported)]',
    });
  },
};
