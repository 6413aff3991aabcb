import type { Field } from '../notes/parser';
import type { Procedure } from '../knowledge/schema';
import type { Edit, Fix, RuleContext } from './types';

/**
 * A change of the ordered study (or a rewrite of the order to its ACR name) is a suggestion: it
 * changes what is ordered, or can drop the region, views or CPT code someone wrote, so a clinician
 * chooses it; `--fix` and fix-on-save never apply it.
 */
export function changeOrderTo(ctx: RuleContext, order: Field, p: Procedure, preferred: boolean): Fix {
  // A request that writes its reason after the study ("Request: CT L-spine, 2 y M, fever x 5 days") keeps the reason:
  // only the study's own words are replaced, up to the separator before the reason.
  const { start } = order.valueSpan;
  let end = order.valueSpan.end;
  const reason = ctx.facts.requestReasons?.find((s) => s.start > start && s.start < end);
  if (reason) {
    end = reason.start;
    while (end > start && /[\s,.;:\-\u2013]/.test(ctx.note.text[end - 1])) end--;
  }
  const edits: Edit[] = [{ start, end, newText: p.acrName }];
  // A Contrast: line would override the new order; bring it into line.
  const contrast = ctx.note.fields.find((f) => f.key?.name === 'Contrast');
  if (contrast && (p.modality === 'MRI' || p.modality === 'CT')) {
    edits.push({ start: contrast.valueSpan.start, end: contrast.valueSpan.end, newText: p.contrast === 'without-and-with' ? 'without and with' : p.contrast });
  } else if (contrast && contrast.value.trim() && !/^(?:none|no|without)$/i.test(contrast.value.trim())) {
    edits.push({ start: contrast.valueSpan.start, end: contrast.valueSpan.end, newText: 'none' });
  }
  return { title: `Change order to ${p.acrName}`, edits, preferred, kind: 'suggestion', procedureId: p.id };
}

/** Inserts a whole `Key: value` line after the given field (or at the note's first field when none). */
export function insertLine(ctx: RuleContext, text: string, after: Field | undefined): Edit {
  const { note, eol } = ctx;
  if (after) {
    const end = after.lineSpan.end;
    const terminated = end > 0 && (note.text[end - 1] === '\n' || note.text[end - 1] === '\r');
    return terminated ? { start: end, end, newText: text + eol } : { start: end, end, newText: eol + text };
  }
  const first = note.fields[0];
  if (first) return { start: first.lineSpan.start, end: first.lineSpan.start, newText: text + eol };
  const end = note.text.length;
  const terminated = end === 0 || note.text[end - 1] === '\n' || note.text[end - 1] === '\r';
  return { start: end, end, newText: terminated ? text + eol : eol + text + eol };
}

export function lastField(ctx: RuleContext): Field | undefined {
  return ctx.note.fields[ctx.note.fields.length - 1];
}

/** Adds pediatric neurosurgery to the Referral line, or inserts one after the order. A referral is a clinician's choice: a suggestion. */
export function addNeurosurgeryReferral(ctx: RuleContext): Fix {
  const referral = ctx.note.fields.find((f) => f.key?.name === 'Referral');
  const fix = (title: string, edit: Edit): Fix => ({ title, edits: [edit], preferred: true, kind: 'suggestion' });
  if (referral && referral.value.trim()) {
    return fix('Add pediatric neurosurgery to the Referral line', { start: referral.valueSpan.end, end: referral.valueSpan.end, newText: '; pediatric neurosurgery' });
  }
  if (referral) return fix('Add Referral: pediatric neurosurgery', { start: referral.valueSpan.start, end: referral.valueSpan.end, newText: 'pediatric neurosurgery' });
  const order = ctx.note.fields.find((f) => f.key?.name === 'Order');
  return fix('Add Referral: pediatric neurosurgery', insertLine(ctx, 'Referral: pediatric neurosurgery', order ?? lastField(ctx)));
}
