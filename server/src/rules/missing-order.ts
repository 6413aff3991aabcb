import { insertLine, lastField } from './fixes';
import { S1 } from './scope';
import { formatAge } from '../notes/age';
import { appropriateStudies, citeRating } from './source';
import { Scenario } from '../knowledge/schema';
import { Fix, Rule } from './types';

function scenarioCitation(s: Scenario): string {
  if (s.topic === 'none') return 'no covered ACR scenario matches this note';
  const what = s.ratings.length ? `${new Set(s.ratings.map((r) => r.provenance)).size > 1 ? 'ratings' : `ratings (provenance: ${s.ratings[0].provenance})`} on file, none Usually Appropriate` : 'no rating on file';
  return `ACR ${s.topic}, scenario ${s.label} (${s.title}): ${what}`;
}

/** Spec §5.9: a note without an Order gets the studies rated Usually Appropriate for this patient. */
export const rule: Rule = {
  id: 'missing-order',
  description: 'The note has no Order; names the Usually Appropriate studies for this patient',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.9',
  check(ctx) {
    const { note, facts, classification, knowledge: k } = ctx;
    if ((note.fields.length === 0 && note.prose.length === 0) || note.fields.some((f) => f.key?.name === 'Order') || facts.order) return;
    let studies = appropriateStudies(k, classification.scenario.id);
    const months = facts.age?.months;
    // Past the acoustic window, ultrasound is not a study to suggest even though S1 rates it.
    if (classification.scenario.id === S1 && months !== undefined && months > ctx.ultrasoundWindow.warnAfterMonths) {
      studies = studies.filter((s) => s.procedure.modality !== 'US');
    }
    const at = lastField(ctx)!;
    const fixes: Fix[] = studies.map((s, i) => ({ title: `Insert Order: ${s.procedure.acrName}`, edits: [insertLine(ctx, `Order: ${s.procedure.acrName}`, at)], preferred: i === 0 }));
    const names = studies.map((s) => s.procedure.acrName).join('; ');
    const forWhom = months !== undefined ? ` at ${formatAge(months)}` : '';
    const message = studies.length
      ? `No Order is given. Rated Usually Appropriate for this patient${forWhom}: ${names}. [${citeRating(k, classification, studies[0].rating)}]`
      : `No Order is given, and no study is rated Usually Appropriate for this patient's scenario. [${scenarioCitation(classification.scenario)}]`;
    ctx.report({ span: (note.fields[0] ?? note.prose[0]).keySpan, message, fixes });
  },
};
