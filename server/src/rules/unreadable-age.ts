import { fit } from './message';
import type { Rule } from './types';

/** An Age, DOB or Date line that is present but cannot be read. */
export const rule: Rule = {
  id: 'unreadable-age',
  description: 'An Age, DOB or Date value that cannot be read',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§2',
  check(ctx) {
    const { note, facts } = ctx;
    for (const p of facts.ageProblems) {
      // An age and a DOB that disagree are both readable: age-dob-mismatch tells it.
      if (p.mismatch) continue;
      const said = `${p.message.charAt(0).toUpperCase()}${p.message.slice(1)}`;
      // The how-to-write-it half is dropped first when quoted user text makes the sentence long.
      ctx.report({ span: p.span, message: fit(said, said.split(';')[0]), detail: said.includes(';') ? `${said}.` : undefined });
    }
    if (facts.age || facts.ageProblems.some((p) => !p.mismatch)) return;
    const empty = note.fields.find((f) => (f.key?.name === 'Age' || f.key?.name === 'DOB') && !f.value.trim());
    if (empty) ctx.report({ span: empty.keySpan, message: `The ${empty.key!.name} line is empty: give the age (e.g. "3 months") or the date of birth (ISO, e.g. 2026-08-20)` });
  },
};
