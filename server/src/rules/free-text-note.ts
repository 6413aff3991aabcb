import { formatAge } from '../notes/age';
import type { Edit } from './types';
import type { Rule } from './types';

/**
 * Spec §1: a note written as a paragraph, with no keys, is read as history with its order found in
 * it. A hint offers the structured form: a suggestion (never applied by --fix), because it writes
 * the engine's reading of the prose into the note.
 */
export const rule: Rule = {
  id: 'free-text-note',
  description: 'A note written as free text: read as history; a suggestion rewrites it with keys',
  defaultSeverity: 'hint',
  kind: 'note-format',
  spec: '§1',
  fixKinds: ['suggestion'],
  check(ctx) {
    const { note, facts, eol } = ctx;
    if (!note.freeText || !note.prose.length) return;
    const first = note.prose[0];
    const edits: Edit[] = [];
    const lineStart = (at: number) => {
      let i = at;
      while (i > 0 && note.text[i - 1] !== '\n' && note.text[i - 1] !== '\r') i--;
      return i;
    };
    // Keys it read: Age (when read from the text) first, then History before each stretch of prose,
    // and a line break before each key written inside the prose ("… neuro intact. Plan: XR L-spine").
    if (facts.age && facts.age.from === 'text') {
      edits.push({ start: lineStart(first.lineSpan.start), end: lineStart(first.lineSpan.start), newText: `Age: ${formatAge(facts.age.months)}${eol}` });
    }
    for (const f of note.prose) {
      if (f.keySpan.start === f.keySpan.end) {
        if (f.rawKey === '' && lineStart(f.valueSpan.start) === f.valueSpan.start) edits.push({ start: f.valueSpan.start, end: f.valueSpan.start, newText: 'History: ' });
        else edits.push({ start: f.valueSpan.start, end: f.valueSpan.start, newText: `${eol}History: ` });
      } else {
        let ws = f.keySpan.start;
        while (ws > 0 && (note.text[ws - 1] === ' ' || note.text[ws - 1] === '\t')) ws--;
        if (lineStart(f.keySpan.start) !== ws) edits.push({ start: ws, end: f.keySpan.start, newText: eol });
      }
    }
    ctx.report({
      span: { start: first.lineSpan.start, end: Math.min(first.valueSpan.end, first.lineSpan.start + 200) },
      message: 'This note has no keys, so it is read as history with its order and findings found in it; add keys to make the reading certain.',
      fixes: [{ title: 'Rewrite with keys (History:, Plan:, …) as read', edits: dedupe(edits), preferred: false, kind: 'suggestion' }],
    });
  },
};

/** Insertions at the same place join into one edit, in the order made; overlapping edits are dropped. */
function dedupe(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === e.end && e.start === e.end) last.newText += e.newText;
    else if (!last || e.start >= last.end) out.push({ ...e });
  }
  return out;
}
