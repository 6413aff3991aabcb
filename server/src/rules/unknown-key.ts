import { isNameKey, isOtherClinicalKey, readUnknownKeys } from '../clinical/unknown-keys';
import { clearCorrection, closeKeys } from '../notes/keys';
import type { Field } from '../notes/parser';
import { quote } from './message';
import type { Fix, Rule } from './types';

/**
 * A line of no known key that is no prose (read as free text: free-text-note) and no table's column (a column of a name,
 * a bed or a comment is no key written amiss).
 */
const mayBeReported = (f: Field) => !f.key && !f.prose && !f.column;

/** Spec §2: an unknown key is reported, with "did you mean" when a known key is close. */
export const rule: Rule = {
  id: 'unknown-key',
  description: 'A key that is not part of the note language',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§2',
  fixKinds: ['fix', 'suggestion'],
  check(ctx) {
    // Only a line of no key, no prose and no table's column is looked at below: most notes have none, and skip reading
    // their unknown keys (which reads every line).
    if (!ctx.note.fields.some(mayBeReported)) return;
    const order = ctx.facts.order?.field;
    const read = readUnknownKeys(ctx.note.fields, undefined, ctx.note.text);
    for (const f of ctx.note.fields) {
      if (!mayBeReported(f)) continue;
      // "Nom: KOFFI Jean   Âge: 11 mois": a form's name key in another language carries a name, whoever's it is.
      if (isNameKey(f.rawKey)) continue;
      // "Radiology: MRI L-spine w/o": a key for the study to do whose study is read as the order is read.
      if (order && !order.key && order.keySpan.start === f.keySpan.start) continue;
      // "XR L-spine: grade 2 spondylolisthesis", "Plain films: normal": a key that is the study its line reports is read as a prior study.
      if (ctx.facts.prior.some((p) => p.span.start >= f.keySpan.start && p.span.start < f.keySpan.end)) continue;
      // "B symptoms: night sweats": another template's key for one of ours, read with its meaning.
      const as = read?.get(f);
      if (as && !as.misspelt) continue;
      // "Hip:", "MPH:": a real key of another kind is offered none of ours.
      const other = isOtherClinicalKey(f.rawKey);
      const scored = other ? [] : closeKeys(f.rawKey);
      // A misspelt key with one closest spelling keeps its meaning when corrected: a safe fix.
      // A tie between spellings is a choice, so every candidate is then a suggestion.
      const clear = !other && clearCorrection(f.rawKey) !== undefined;
      const fixes: Fix[] = scored.map((s, i) => ({
        title: `Replace with "${s.spelling}"`,
        edits: [{ start: f.keySpan.start, end: f.keySpan.end, newText: s.spelling }],
        preferred: i === 0,
        kind: clear && i === 0 ? 'fix' : 'suggestion',
      }));
      ctx.report({
        span: f.keySpan,
        // A clear misspelling is read as the key it misspells (clinical/unknown-keys.ts), and the message says so.
        message: as
          ? `Unknown key ${quote(f.rawKey, 40)} is read as "${as.key.name}"${scored.length ? `; did you mean "${scored[0].spelling}"?` : ''}`
          : `Unknown key ${quote(f.rawKey, 40)} is not read${scored.length ? `; did you mean "${scored[0].spelling}"?` : ''}`,
        fixes,
      });
    }
  },
};
