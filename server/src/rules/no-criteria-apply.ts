import { Rule } from './types';

/** Spec §4: a note outside every covered scenario is said to be so, instead of being rated by guess. */
export const rule: Rule = {
  id: 'no-criteria-apply',
  description: 'No covered ACR scenario applies to the note, so the order is not rated',
  defaultSeverity: 'hint',
  kind: 'clinical',
  spec: '§4',
  check(ctx) {
    const c = ctx.classification;
    if (c.scenario.id !== 'no-criteria' || (ctx.note.fields.length === 0 && ctx.note.prose.length === 0)) return;
    const at = ctx.facts.order?.field.valueSpan ?? (ctx.note.fields[0] ?? ctx.note.prose[0]).keySpan;
    ctx.report({ span: at, message: `No covered ACR criteria apply (${c.reasons.join('; ')}); the order is not rated. [Covered: ACR Back Pain-Child and Suspected Spine Trauma-Child scenarios; none matches]` });
  },
};
