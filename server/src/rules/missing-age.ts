import { leftBlank } from '../clinical/age-fact';
import { isUnfilled } from '../clinical/form';
import { SCENARIO } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { insertLine } from './fixes';
import { fit } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

/** Spec §5.9: without an age the acoustic-window check cannot run. */
export const rule: Rule = {
  id: 'missing-age',
  description: 'The note gives no age (no Age, no DOB and no age in Patient)',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.9',
  fixKinds: ['suggestion'],
  check(ctx) {
    const { note, facts } = ctx;
    if ((note.fields.length === 0 && note.prose.length === 0) || facts.age) return;
    // An Age line left as a template's placeholder ("Age: ***") gives no age; any other Age line, unreadable-age says why.
    const ageLines = note.fields.filter((f) => f.key?.name === 'Age' || f.key?.name === 'DOB');
    // A form's Age column left blank before the next column ("Age: ***   Wt: 5.1 kg") gives none either.
    if (ageLines.some((f) => !isUnfilled(f.value) && !leftBlank(note.text, f))) return;
    const placeholder = ageLines[0];
    const blank = placeholder && leftBlank(note.text, placeholder);
    const patient = note.fields.find((f) => f.key?.name === 'Patient');
    // The age decides between ultrasound and MRI in the skin-marker scenario, whichever scenario this note is in.
    const s1 = ctx.knowledge.scenario(SCENARIO.S1);
    ctx.report({
      span: (placeholder ?? patient ?? note.fields[0] ?? note.prose[0]).keySpan,
      message: fit(`No age given (Age, DOB or Patient): the US window check cannot run and US vs MRI cannot be chosen ${citeTag(s1)}`),
      detail: clinicalDetail(ctx.knowledge, {
        why: 'No age is given (no `Age:`, `DOB:` or age in `Patient:`): the ultrasound acoustic-window check and the choice between ultrasound and MRI cannot be made, because the preferred study depends on age.',
        scenario: s1,
      }),
      // An empty Age line still needs the clinician to fill it in: offered, never applied unseen.
      // An Age column left with nothing in it ("Age:    Wt: 5.1 kg") has no placeholder to clear.
      fixes:
        blank && blank.start === blank.end
          ? []
          : placeholder
            ? [
                {
                  title: `Clear the placeholder to fill in the ${placeholder.key!.name} line`,
                  edits: [{ ...(blank ?? placeholder.valueSpan), newText: '' }],
                  preferred: true,
                  kind: 'suggestion',
                },
              ]
            : [{ title: 'Insert an Age line', edits: [insertLine(ctx, 'Age: ', patient)], preferred: true, kind: 'suggestion' }],
    });
  },
};
