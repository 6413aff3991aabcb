import { changeOrderTo } from './fixes';
import { S1, inS1, isInitialStudy } from './scope';
import { formatAge } from '../notes/age';
import { PROCEDURE } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { aChildOf, capital, fit, shortName, withArticle } from './message';
import { RATING_LABEL, citeTag, rrlLabel } from './source';
import { windowStatus } from '../clinical/window';
import type { Fix, Rule } from './types';

/** Spec §5.1: radiography or CT as the first study for a child with a cutaneous marker. */
export const rule: Rule = {
  id: 'inappropriate-initial-study',
  description: 'Radiography or CT ordered as the first study for a child with a cutaneous marker of occult spinal dysraphism',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§5.1',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    if (!order || !p || !inS1(ctx) || !isInitialStudy(ctx.facts)) return;
    if (p.modality !== 'XR' && p.modality !== 'CT' && p.modality !== 'CT-myelography') return;
    const k = ctx.knowledge;
    const rating = k.rating(S1, p.id);
    // Only the area-of-interest rows are on file; other radiography/CT variants cite the nearest rated row.
    const nearestId = p.modality === 'XR' ? PROCEDURE.xrArea : PROCEDURE.ctAreaWithout;
    const nearest = rating ?? k.rating(S1, nearestId);
    const us = k.procedure(PROCEDURE.usArea)!;
    const mri = k.procedure(PROCEDURE.mriAreaWithout)!;
    const months = ctx.facts.age?.months;
    const young = months !== undefined && windowStatus(months, ctx.ultrasoundWindow) !== 'closed';
    // Without an age neither study can be recommended: ultrasound for an infant in the window, MRI
    // otherwise. Both are offered, neither preferred, and the message asks for the age.
    const better = months === undefined ? [us, mri] : young ? [us, mri] : [mri];
    const fixes: Fix[] = better.map((b, i) => changeOrderTo(ctx, order.field, b, months !== undefined && i === 0));
    const scenario = ctx.classification.scenario;
    const tag = citeTag(scenario, nearest);
    const ct = p.modality !== 'XR';
    const kind = ct ? 'CT' : 'X-ray';
    const label = RATING_LABEL[nearest?.rating ?? 'usually-not-appropriate'];
    const full = capital(shortName(p));
    // CT names its radiation in every wording (spec §5.1); shorter wordings drop the marker, then the age.
    const rad = ct ? ' (ionizing radiation)' : '';
    const rad2 = ct ? ' (radiation)' : '';
    const verdict = rating ? `is rated ${label} first` : `has no rating on file; ${kind} is rated ${label} first`;
    const brief = rating ? `is ${label} first` : `has no rating on file; ${kind} is ${label} first`;
    const age = months === undefined ? 'a child' : aChildOf(months);
    const marker = ctx.classification.evidence.find((e) => e.label !== 'age')?.label;
    const order1 = months === undefined ? `give the age: ${shortName(us)} to ${ctx.ultrasoundWindow.warnAfterMonths} months, else MRI` : `order ${shortName(better[0])}`;
    const message = fit(
      `${full}${rad} ${verdict} for ${age}${marker ? ` with ${withArticle(marker)}` : ''}; ${order1} ${tag}`,
      `${full}${rad} ${verdict} for ${age} with a skin marker; ${order1} ${tag}`,
      `${full}${rad} ${verdict} for ${age}; ${order1} ${tag}`,
      `${full}${rad2} ${brief} for ${age}; ${order1} ${tag}`,
      `${full}${rad2} ${brief}; ${order1} ${tag}`,
      `This ${kind}${rad2} ${brief}; ${order1} ${tag}`,
      `This ${kind}${rad2} ${brief}; give the age to choose US or MRI ${tag}`,
    );
    const detail = clinicalDetail(k, {
      why:
        `${rating ? `${p.acrName} is rated ${label}` : `${p.acrName} has no rating on file; the rated ${p.modality === 'XR' ? 'radiography' : 'CT'} study is ${label}`} as the first study for a child with a cutaneous marker of occult spinal dysraphism: ` +
        `it shows bone, not the spinal cord${ct ? `, and adds ionizing radiation (${rrlLabel(p)})` : ''}. ` +
        (months === undefined
          ? `No age is given, so the study to order instead cannot be chosen: ${us.acrName} while the acoustic window is open (up to ${ctx.ultrasoundWindow.warnAfterMonths} months by default), else ${mri.acrName}.`
          : `Order ${better[0].acrName} at ${formatAge(months)} instead${young ? ' (spinal ultrasound while the acoustic window is open; MRI without IV contrast is also Usually Appropriate)' : ''}.`),
      scenario,
      ordered: p,
      rating: nearest,
      rated: rating ? p : k.procedure(nearestId),
      alternatives: better,
    });
    ctx.report({
      span: order.field.valueSpan,
      message,
      detail,
      fixes,
      related: ctx.classification.evidence.map((e) => ({ span: e.span, message: `scenario ${scenario.label} because of ${e.label}` })),
    });
  },
};
