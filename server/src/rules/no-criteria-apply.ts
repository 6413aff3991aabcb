import { SCENARIO } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { fit, shorten } from './message';
import type { Rule } from './types';

/** Spec §4: a note outside every covered scenario is said to be so, instead of being rated by guess. */
export const rule: Rule = {
  id: 'no-criteria-apply',
  description: 'No covered ACR scenario applies to the note, so the order is not rated',
  defaultSeverity: 'hint',
  kind: 'clinical',
  spec: '§4',
  check(ctx) {
    const c = ctx.classification;
    if (c.scenario.id !== SCENARIO.noCriteria || (ctx.note.fields.length === 0 && ctx.note.prose.length === 0)) return;
    const at = ctx.facts.order?.field.valueSpan ?? (ctx.note.fields[0] ?? ctx.note.prose[0]).keySpan;
    const reasons = c.reasons.join('; ');
    ctx.report({
      span: at,
      message: fit(`No covered ACR criteria apply (${shorten(reasons, 70)}), so the order is not rated`),
      detail: clinicalDetail(ctx.knowledge, {
        why: `No covered ACR criteria apply: ${reasons}. The order is not rated, rather than rated by guess. Covered: the ACR Back Pain-Child and Suspected Spine Trauma-Child scenarios in the knowledge base.`,
        scenario: c.scenario,
      }),
    });
  },
};
