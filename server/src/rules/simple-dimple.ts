import { assessDimple } from '../clinical/dimple';
import { present } from '../clinical/facts';
import { inS1, priorUltrasound } from './scope';
import { clinicalDetail } from './detail';
import { fit } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

const SYMPTOMS = ['neurologic-symptom', 'urologic-symptom', 'orthopedic-symptom'] as const;

/** Spec §5.5: a simple dimple with a normal neurologic exam is low risk; imaging is usually not needed. */
export const rule: Rule = {
  id: 'simple-dimple',
  description: 'Imaging ordered for a simple (low-risk) sacral dimple',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§5.5',
  check(ctx) {
    const { facts, classification } = ctx;
    const order = facts.order;
    if (!order || !order.reading.procedure || !facts.dimple || !inS1(ctx)) return;
    if (classification.markers.length > 0 || facts.neuro.state !== 'normal') return;
    // New neurologic, urologic or orthopedic symptoms (spec §5.7) are no low-risk dimple, however normal the exam.
    if (SYMPTOMS.some((c) => present(facts, c).length > 0)) return;
    // A spinal US already abnormal (a low conus, a fatty filum) settles that this dimple is no low-risk one: telling the
    // clinician imaging is usually unnecessary would talk down the MRI and the referral it calls for (§5.6).
    if (priorUltrasound(facts)?.result === 'abnormal') return;
    if (assessDimple(facts.dimple).risk !== 'simple') return;
    const scenario = classification.scenario;
    ctx.report({
      span: order.field.valueSpan,
      message: fit(`A simple dimple with a normal neuro exam is low risk: imaging is usually not required; follow up clinically ${citeTag(scenario)}`),
      detail: clinicalDetail(ctx.knowledge, {
        why:
          'The dimple is simple (single, under 5 mm, within the gluteal cleft, under 2.5 cm from the anus) with a normal neurologic exam and no other skin marker: ' +
          'this is low risk, imaging is usually not required, and clinical follow-up is enough.',
        scenario,
        ordered: order.reading.procedure,
        notes: ['The simple-dimple criteria are as the starting article and pediatric references give them.'],
      }),
      related: [{ span: facts.dimple.span, message: 'dimple described here' }],
    });
  },
};
