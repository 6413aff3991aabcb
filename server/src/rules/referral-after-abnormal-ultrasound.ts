import { PROCEDURE } from '../knowledge/ids';
import { addNeurosurgeryReferral } from './fixes';
import { inS1, priorUltrasound } from './scope';
import { clinicalDetail } from './detail';
import { briefReasons, fit } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

/** Spec §5.6: an abnormal spinal ultrasound calls for pediatric neurosurgery as well as MRI. */
export const rule: Rule = {
  id: 'referral-after-abnormal-ultrasound',
  description: 'An abnormal prior spinal ultrasound without a referral to pediatric neurosurgery',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.6',
  fixKinds: ['suggestion'],
  check(ctx) {
    const us = priorUltrasound(ctx.facts);
    if (!us || us.result !== 'abnormal' || !inS1(ctx) || ctx.facts.referral.neurosurgery) return;
    const scenario = ctx.classification.scenario;
    const tag = citeTag(scenario);
    ctx.report({
      span: us.span,
      message: fit(
        `The prior spinal US was abnormal (${briefReasons(us.reasons)}): refer to pediatric neurosurgery as well as MRI ${tag}`,
        `The prior spinal US was abnormal: refer to pediatric neurosurgery as well as MRI ${tag}`,
      ),
      detail: clinicalDetail(ctx.knowledge, {
        why: `The prior spinal ultrasound was abnormal (${us.reasons.join('; ')}): refer to pediatric neurosurgery alongside MRI without IV contrast.`,
        scenario,
        alternatives: [ctx.knowledge.procedure(PROCEDURE.mriAreaWithout)!],
      }),
      fixes: [addNeurosurgeryReferral(ctx)],
    });
  },
};
