import { changeOrderTo } from './fixes';
import { S1 } from './scope';
import { RATING_LABEL, appropriateStudies, citeRating } from './source';
import { Rule } from './types';

/** Spec §4/§5.8: outside S1 the order is checked against the note's own scenario, never against S1. */
export const rule: Rule = {
  id: 'not-appropriate-for-scenario',
  description: 'The order is rated Usually Not Appropriate in the note\'s (non-S1) scenario',
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§4, §5.8',
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    const s = ctx.classification.scenario;
    if (!order || !p || s.id === S1) return;
    const rating = ctx.knowledge.rating(s.id, p.id);
    if (!rating || rating.rating !== 'usually-not-appropriate') return;
    const better = appropriateStudies(ctx.knowledge, s.id);
    const advice = better.length
      ? `Rated ${RATING_LABEL['usually-appropriate']} here: ${better.map((b) => b.procedure.acrName).join('; ')}.`
      : 'No study is rated Usually Appropriate for this scenario: the criteria advise against imaging at this stage.';
    ctx.report({
      span: order.field.valueSpan,
      message: `${p.acrName} is ${RATING_LABEL[rating.rating]} for a ${s.title.charAt(0).toLowerCase()}${s.title.slice(1)}. ${advice} [${citeRating(ctx.knowledge, ctx.classification, rating)}]`,
      fixes: better.map((b, i) => changeOrderTo(ctx, order.field, b.procedure, i === 0)),
      related: ctx.classification.evidence.map((e) => ({ span: e.span, message: `scenario ${s.label} because of ${e.label}` })),
    });
  },
};
