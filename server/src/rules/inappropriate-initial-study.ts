import { changeOrderTo } from './fixes';
import { S1, inS1, isInitialStudy } from './scope';
import { formatAge } from '../notes/age';
import { citeRating, rrlLabel } from './source';
import { windowStatus } from '../clinical/window';
import { Fix, Rule } from './types';

/** Spec §5.1: radiography or CT as the first study for a child with a cutaneous marker. */
export const rule: Rule = {
  id: 'inappropriate-initial-study',
  description: 'Radiography or CT ordered as the first study for a child with a cutaneous marker of occult spinal dysraphism',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.1',
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    if (!order || !p || !inS1(ctx) || !isInitialStudy(ctx.facts)) return;
    if (p.modality !== 'XR' && p.modality !== 'CT' && p.modality !== 'CT-myelography') return;
    const k = ctx.knowledge;
    const rating = k.rating(S1, p.id);
    // Only the area-of-interest rows are on file; other radiography/CT variants cite the nearest rated row.
    const nearest = rating ?? k.rating(S1, p.modality === 'XR' ? 'xr-area' : 'ct-area-without');
    const us = k.procedure('us-area')!;
    const mri = k.procedure('mri-area-without')!;
    const months = ctx.facts.age?.months;
    const young = months !== undefined && windowStatus(months, ctx.ultrasoundWindow) !== 'closed';
    const better = young ? [us, mri] : [mri, ...(months === undefined ? [us] : [])];
    const fixes: Fix[] = better.map((b, i) => changeOrderTo(ctx, order.field, b, i === 0));
    const ionizing = p.modality === 'XR' ? 'it shows bone, not the spinal cord' : `it shows bone, not the spinal cord, and adds ionizing radiation (${rrlLabel(p)})`;
    const verdict = rating
      ? `${p.acrName} is Usually Not Appropriate as the first study for a child with a cutaneous marker of occult spinal dysraphism`
      : `${p.acrName} has no rating on file for a child with a cutaneous marker of occult spinal dysraphism, and the rated ${p.modality === 'XR' ? 'radiography' : 'CT'} study is Usually Not Appropriate`;
    const forAge = months === undefined ? '' : ` at ${formatAge(months)}`;
    ctx.report({
      span: order.field.valueSpan,
      message: `${verdict}: ${ionizing}. Order ${better[0].acrName}${forAge} instead. [${citeRating(k, ctx.classification, nearest)}]`,
      fixes,
      related: ctx.classification.evidence.map((e) => ({ span: e.span, message: `scenario S1 because of ${e.label}` })),
    });
  },
};
