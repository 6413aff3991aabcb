import { insertLine, lastField } from './fixes';
import { S1 } from './scope';
import { formatAge } from '../notes/age';
import { isPaneSpelling } from '../notes/keys';
import { onlyPlaceholders } from '../notes/placeholders';
import { clinicalDetail } from './detail';
import { fit, shortName } from './message';
import { appropriateStudies, citeTag } from './source';
import { windowStatus } from '../clinical/window';
import { reportedUnderImagingKey, STILL_TO_DO } from '../clinical/study-mentions';
import { orderWords } from '../clinical/order-words';
import { decisionLeftBefore } from '../clinical/decision-left';
import { choiceLeftOpen } from '../clinical/choice-open';
import { orderLineDeclined } from '../clinical/order-line-declined';
import { noBoxTicked, readForm } from '../clinical/form';
import type { Fix, Rule } from './types';

/**
 * The note's order is a template's blank left unfilled ("Imaging: ***", "Order: ___"): as written, only placeholders
 * (notes/placeholders.ts), which the reading blanks, so no study is ordered. Such a note has no order (missing-order), not
 * an empty one (unrecognized-order).
 */
export function unfilledOrder(ctx: Pick<Parameters<Rule['check']>[0], 'note' | 'facts'>): boolean {
  const o = ctx.facts.order;
  if (!o || o.reading.status !== 'unrecognized') return false;
  // The order's value is read blanked (empty here); the note's own field holds it as written.
  const written = ctx.note.fields.find((f) => f.keySpan.start === o.field.keySpan.start && f.keySpan.end === o.field.keySpan.end)?.value ?? '';
  return written.trim() !== '' && onlyPlaceholders(written);
}

/** Spec §5.9: a note without an Order gets the studies rated Usually Appropriate for this patient. */
export const rule: Rule = {
  id: 'missing-order',
  description: 'The note has no Order; names the Usually Appropriate studies for this patient',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.9',
  fixKinds: ['suggestion'],
  check(ctx) {
    const { note, facts, classification, knowledge: k } = ctx;
    const ow = orderWords(k.vocabulary);
    // An Order line that names no study but says there is none ("Imaging: not indicated") gives no order. A form's request pane
    // ("Procedure requested: EEG", "Procedure requested: none at this time") is no such line: it orders only when read as the
    // order (facts.order), as it did before it was known (review r33-orders 5).
    if (
      (note.fields.length === 0 && note.prose.length === 0) ||
      (facts.order && !unfilledOrder(ctx)) ||
      // A line whose studies are only earlier ones ("Imaging (copied fwd): MRI … 10/3 - osteomyelitis", "Imaging: XR L-spine
      // (HD1): no acute findings") is a record, no Order line of this one (reportedUnderImagingKey); one that also tells a study
      // still to do ("Repeat MRI L-spine … today") stays an Order line.
      (!facts.noImagingOrdered &&
        note.fields.some(
          (f) =>
            f.key?.name === 'Order' &&
            !isPaneSpelling(f.rawKey) &&
            // A template's blank left unfilled ("Imaging: ***", "Order: {IMAGING:12345}") orders nothing: no Order line.
            !onlyPlaceholders(f.value) &&
            // "Imaging requested:  [ ] US spine   [ ] XR spine   [ ] MRI spine": a form's order field offering its studies in
            // boxes and ticking none chooses nothing: no Order line (clinical/form.ts noBoxTicked).
            !noBoxTicked(note.text, readForm(note.text), f.valueSpan) &&
            !(reportedUnderImagingKey(note.text, f, ow) && !STILL_TO_DO.test(f.value)) &&
            // "Imaging: will let day team decide (MRI vs XR)": the choice left to later is no Order line either.
            !decisionLeftBefore(note.text, f, f, ow) &&
            // "Imaging: MRI vs XR", "Order: MRI or XR?": two studies offered and none chosen (clinical/choice-open.ts).
            !choiceLeftOpen(note.text, f.value, f.valueSpan.end, ow) &&
            // "Request: MRI L-spine w/o (already done last week at St Mary's, normal)": its one study told done before (or
            // declined) right after its name is no Order line of this visit (clinical/order-line-declined.ts; round 53).
            !orderLineDeclined(note.text, f, ow),
        ))
    )
      return;
    let studies = appropriateStudies(k, classification.scenario.id);
    const months = facts.age?.months;
    // Past the acoustic window, ultrasound is not a study to suggest even though S1 rates it.
    if (classification.scenario.id === S1 && months !== undefined && windowStatus(months, ctx.ultrasoundWindow) === 'closed') {
      studies = studies.filter((s) => s.procedure.modality !== 'US');
    }
    const at = lastField(ctx)!;
    // Choosing the study is the clinician's decision: every inserted order is a suggestion.
    const fixes: Fix[] = studies.map((s, i) => ({
      title: `Insert Order: ${s.procedure.acrName}`,
      edits: [insertLine(ctx, `Order: ${s.procedure.acrName}`, at)],
      preferred: i === 0,
      kind: 'suggestion',
      procedureId: s.procedure.id,
    }));
    const s = classification.scenario;
    const tag = citeTag(s, studies[0]?.rating);
    const forWhom = months !== undefined ? ` at ${formatAge(months)}` : '';
    const names = studies.map((x) => shortName(x.procedure));
    const message = studies.length
      ? fit(
          `No Order given; rated Usually Appropriate${forWhom}: ${names.join(', ')} ${tag}`,
          `No Order given; rated Usually Appropriate: ${names[0]} ${tag}`,
          `No Order given; the detail lists the studies rated Usually Appropriate ${tag}`,
        )
      : s.topic === 'none'
        ? fit(`No Order given, and no covered ACR scenario matches this note ${tag}`)
        : fit(`No Order given, and no study is rated Usually Appropriate in this scenario ${tag}`);
    ctx.report({
      span: (note.fields[0] ?? note.prose[0]).keySpan,
      message,
      detail: clinicalDetail(k, {
        why: studies.length
          ? `No Order is given. Rated Usually Appropriate for this patient${forWhom}: ${studies.map((x) => x.procedure.acrName).join('; ')}.`
          : "No Order is given, and no study is rated Usually Appropriate for this patient's scenario.",
        scenario: s,
        rating: studies[0]?.rating,
        rated: studies[0]?.procedure,
        alternatives: studies.map((x) => x.procedure),
      }),
      fixes,
    });
  },
};
