import { present } from '../clinical/facts';
import { addNeurosurgeryReferral } from './fixes';
import { inS1 } from './scope';
import { Rule } from './types';

/** Spec §5.7: new neurologic, urologic or orthopedic symptoms need neurosurgery whatever imaging showed. */
export const rule: Rule = {
  id: 'escalation-referral',
  description: 'New neurologic, urologic or orthopedic symptoms in a child with a cutaneous marker, without a neurosurgery referral',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.7',
  check(ctx) {
    const { facts } = ctx;
    if (!inS1(ctx) || facts.referral.neurosurgery) return;
    const symptoms = [...present(facts, 'neurologic-symptom'), ...present(facts, 'urologic-symptom'), ...present(facts, 'orthopedic-symptom')].sort(
      (a, b) => a.span.start - b.span.start,
    );
    const neuroAbnormal = facts.neuro.state === 'abnormal' && facts.neuro.span;
    const first = symptoms[0]?.span ?? (neuroAbnormal ? facts.neuro.span : undefined);
    if (!first) return;
    const kinds = [...new Set(symptoms.map((s) => s.finding.category.replace('-symptom', '')))];
    const what = symptoms.length ? `${kinds.join(' and ')} symptoms (${symptoms.map((s) => `"${ctx.note.text.slice(s.span.start, s.span.end)}"`).join(', ')})` : 'an abnormal neurologic exam';
    ctx.report({
      span: first,
      message: `A child with a cutaneous marker and new ${what} may have a tethered cord: refer to pediatric neurosurgery, whatever earlier imaging showed. [ACR Back Pain-Child, scenario S1 (provenance: reported)]`,
      fixes: [addNeurosurgeryReferral(ctx)],
      related: symptoms.slice(1).map((s) => ({ span: s.span, message: s.finding.label })),
    });
  },
};
