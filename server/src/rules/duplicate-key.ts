import { type KeyName, isBesidesSpelling, isClosingPlanSpelling, isListSpelling, isPaneSpelling, isPastSpelling, normalizeKey } from '../notes/keys';
import type { Rule } from './types';

/**
 * Spec §2: a repeated key is reported; only its first occurrence is read. A spelling that gives the
 * value at an earlier time ("Age at discharge") beside a current one ("Current age") is no repeat:
 * they are two facts, and the current one is read. Nor is a spelling that names the key only beside no other
 * (`KeyInfo.besides`: "Outcome:", "Decision:", "Actions:"), nor numbered diagnoses and code lines ("DX1:", "DX2:",
 * "ICD-10:"), a list whose every entry is read, nor free text whose every line is read written under two spellings
 * (`KeyInfo.everyRead`: "CC:" and "HPI:" both tell the history).
 */
export const rule: Rule = {
  id: 'duplicate-key',
  description: 'A key that appears more than once in a note',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§2',
  check(ctx) {
    // Only a field whose key name another field of the note has can repeat or be repeated: every id below starts with
    // the key's name, and no name holds a "(" or a NUL, so two names never give one id. Most fields' names stand once,
    // and pass without their spelling looked up (this rule was 1.5 % of the analysis, most of it those look-ups).
    const named = new Map<KeyName, number>();
    for (const f of ctx.note.fields) if (f.key && !f.column) named.set(f.key.name, (named.get(f.key.name) ?? 0) + 1);
    const seen = new Map<string, (typeof ctx.note.fields)[number]>();
    for (const f of ctx.note.fields) {
      if (!f.key || f.column || named.get(f.key.name)! < 2) continue;
      // "Plan: MRI L-spine / Outcome: discharged home": a meeting's outcome, decision or actions is no repeat of the plan.
      // "DX1: … / DX2: …", "Indication: … / ICD-10: …": a list of diagnoses and their codes, each read, is no repeat.
      // A table's columns "Exam" and "Skin" are two columns of one row, each read: no repeat either.
      // "CPT requested: 99213 / Order: XR L-spine": a form's request pane is read only where nothing else orders (KeyInfo.panes).
      if (isBesidesSpelling(f.rawKey) || isClosingPlanSpelling(f.rawKey) || isListSpelling(f.rawKey) || isPaneSpelling(f.rawKey)) continue;
      // "CC: …" then "HPI: …", "Exam: …" then "Skin: …": free text every line of which is read, under its own heading,
      // is no repeat. The same spelling twice is ("Presentation: back pain" / "Presentation: x 6 weeks"): a line read
      // apart from the one it continues loses what ties them.
      const id = f.key.everyRead ? `${f.key.name}\u0000${normalizeKey(f.rawKey)}` : isPastSpelling(f.rawKey) ? `${f.key.name} (past)` : f.key.name;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, f);
        continue;
      }
      ctx.report({
        span: f.keySpan,
        message: f.key.everyRead
          ? `"${f.key.name}" is given more than once in this note; merge the lines so what they tell is read together`
          : `"${f.key.name}" is given more than once in this note; only the first is read, so merge them into one line`,
        related: [{ span: first.keySpan, message: `first ${f.key.name}` }],
      });
    }
  },
};
