import { present } from '../clinical/facts';
import { addNeurosurgeryReferral } from './fixes';
import { inS1 } from './scope';
import { clinicalDetail, md } from './detail';
import { fit, quote } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

/** Spec §5.7: new neurologic, urologic or orthopedic symptoms need neurosurgery whatever imaging showed. */
export const rule: Rule = {
  id: 'escalation-referral',
  description: 'New neurologic, urologic or orthopedic symptoms in a child with a cutaneous marker, without a neurosurgery referral',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.7',
  fixKinds: ['suggestion'],
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
    const said = symptoms.map((s) => ctx.note.text.slice(s.span.start, s.span.end));
    const scenario = ctx.classification.scenario;
    const tag = citeTag(scenario);
    const what = symptoms.length ? `new ${kinds.join(' and ')} symptoms` : 'an abnormal neurologic exam';
    ctx.report({
      span: first,
      message: fit(
        `${symptoms.length ? `New ${kinds.join(' and ')} symptoms (${quote(said[0], 24)})` : 'An abnormal neurologic exam'} with a skin marker may mean a tethered cord; refer to pediatric neurosurgery ${tag}`,
        `${what.charAt(0).toUpperCase()}${what.slice(1)} with a skin marker may mean a tethered cord; refer to pediatric neurosurgery ${tag}`,
        `New symptoms with a skin marker may mean a tethered cord; refer to pediatric neurosurgery ${tag}`,
      ),
      detail: clinicalDetail(ctx.knowledge, {
        why:
          `A child with a cutaneous marker and ${what}${said.length ? ` (${said.map((s) => `"${md(s)}"`).join(', ')})` : ''} may have a tethered cord: ` +
          'refer to pediatric neurosurgery, whatever earlier imaging showed.',
        scenario,
      }),
      fixes: [addNeurosurgeryReferral(ctx)],
      related: symptoms.slice(1).map((s) => ({ span: s.span, message: s.finding.label })),
    });
  },
};
