import { insertLine } from './fixes';
import { Rule } from './types';

/** Spec §5.9: without an age the acoustic-window check cannot run. */
export const rule: Rule = {
  id: 'missing-age',
  description: 'The note gives no age (no Age, no DOB and no age in Patient)',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.9',
  check(ctx) {
    const { note, facts } = ctx;
    if ((note.fields.length === 0 && note.prose.length === 0) || facts.age) return;
    if (note.fields.some((f) => f.key?.name === 'Age' || f.key?.name === 'DOB')) return; // unreadable-age says why
    const patient = note.fields.find((f) => f.key?.name === 'Patient');
    ctx.report({
      span: (patient ?? note.fields[0] ?? note.prose[0]).keySpan,
      message: 'No age is given (no Age, DOB or age in Patient): the ultrasound acoustic-window check and the choice between ultrasound and MRI cannot be made. [ACR Back Pain-Child, scenario S1: the preferred study depends on age]',
      fixes: [{ title: 'Insert an Age line', edits: [insertLine(ctx, 'Age: ', patient)], preferred: true }],
    });
  },
};
