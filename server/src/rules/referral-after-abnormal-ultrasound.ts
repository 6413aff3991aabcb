import { addNeurosurgeryReferral } from './fixes';
import { inS1, priorUltrasound } from './scope';
import { Rule } from './types';

/** Spec §5.6: an abnormal spinal ultrasound calls for pediatric neurosurgery as well as MRI. */
export const rule: Rule = {
  id: 'referral-after-abnormal-ultrasound',
  description: 'An abnormal prior spinal ultrasound without a referral to pediatric neurosurgery',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.6',
  check(ctx) {
    const us = priorUltrasound(ctx.facts);
    if (!us || us.result !== 'abnormal' || !inS1(ctx) || ctx.facts.referral.neurosurgery) return;
    ctx.report({
      span: us.span,
      message: `The prior spinal ultrasound was abnormal (${us.reasons.join('; ')}): refer to pediatric neurosurgery alongside MRI without IV contrast. [ACR Back Pain-Child, scenario S1 (provenance: reported)]`,
      fixes: [addNeurosurgeryReferral(ctx)],
    });
  },
};
