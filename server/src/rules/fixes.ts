import { Field } from '../notes/parser';
import { Procedure } from '../knowledge/schema';
import { Edit, Fix, RuleContext } from './types';

export function changeOrderTo(ctx: RuleContext, order: Field, p: Procedure, preferred: boolean): Fix {
  const edits: Edit[] = [{ start: order.valueSpan.start, end: order.valueSpan.end, newText: p.acrName }];
  // A Contrast: line would override the new order; bring it into line.
  const contrast = ctx.note.fields.find((f) => f.key?.name === 'Contrast');
  if (contrast && (p.modality === 'MRI' || p.modality === 'CT')) {
    edits.push({ start: contrast.valueSpan.start, end: contrast.valueSpan.end, newText: p.contrast === 'without-and-with' ? 'without and with' : p.contrast });
  } else if (contrast && contrast.value.trim() && !/^(?:none|no|without)$/i.test(contrast.value.trim())) {
    edits.push({ start: contrast.valueSpan.start, end: contrast.valueSpan.end, newText: 'none' });
  }
  return { title: `Change order to ${p.acrName}`, edits, preferred, procedureId: p.id };
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

/** Adds pediatric neurosurgery to the Referral line, or inserts one after the order. */
export function addNeurosurgeryReferral(ctx: RuleContext): Fix {
  const referral = ctx.note.fields.find((f) => f.key?.name === 'Referral');
  if (referral && referral.value.trim()) {
    return {
      title: 'Add pediatric neurosurgery to the Referral line',
      edits: [{ start: referral.valueSpan.end, end: referral.valueSpan.end, newText: '; pediatric neurosurgery' }],
      preferred: true,
    };
  }
  if (referral) {
    return { title: 'Add Referral: pediatric neurosurgery', edits: [{ start: referral.valueSpan.start, end: referral.valueSpan.end, newText: 'pediatric neurosurgery' }], preferred: true };
  }
  const order = ctx.note.fields.find((f) => f.key?.name === 'Order');
  return { title: 'Add Referral: pediatric neurosurgery', edits: [insertLine(ctx, 'Referral: pediatric neurosurgery', order ?? lastField(ctx))], preferred: true };
}
