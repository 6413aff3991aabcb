import { changeOrderTo } from './fixes';
import { S1 } from './scope';
import { clinicalDetail } from './detail';
import { capital, fit, shortName } from './message';
import { RATING_LABEL, appropriateStudies, citeTag } from './source';
import type { Rule } from './types';

/** Spec §4/§5.8: outside S1 the order is checked against the note's own scenario, never against S1. */
export const rule: Rule = {
  id: 'not-appropriate-for-scenario',
  description: "The order is rated Usually Not Appropriate in the note's (non-S1) scenario",
  defaultSeverity: 'warning',
  kind: 'clinical',
  spec: '§4, §5.8',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    const p = order?.reading.procedure;
    const s = ctx.classification.scenario;
    if (!order || !p || s.id === S1) return;
    const k = ctx.knowledge;
    const rating = k.rating(s.id, p.id);
    if (!rating || rating.rating !== 'usually-not-appropriate') return;
    const better = appropriateStudies(k, s.id);
    const tag = citeTag(s, rating);
    const name = capital(shortName(p));
    const label = RATING_LABEL[rating.rating];
    const who = `a ${s.title.charAt(0).toLowerCase()}${s.title.slice(1)}`;
    const todo = better.length ? `order ${shortName(better[0].procedure)}` : 'no imaging is advised now';
    ctx.report({
      span: order.field.valueSpan,
      // Historical scenario labels are long ("2017 red flags, negative radiographs"): leaner wordings
      // drop the scenario's title, then the alternative (still in the quick fixes and the detail), never the source.
      message: fit(
        `${name} is rated ${label} for ${who}; ${todo} ${tag}`,
        `${name} is rated ${label} in this scenario; ${todo} ${tag}`,
        `${name} is rated ${label} here; ${todo} ${tag}`,
        `${name} is ${label} here; ${todo} ${tag}`,
        `${name} is ${label} here ${tag}`,
        `This study is ${label} here ${tag}`,
      ),
      detail: clinicalDetail(k, {
        why:
          `${p.acrName} is rated ${label} for ${who}. ` +
          (better.length
            ? `Rated ${RATING_LABEL['usually-appropriate']} here: ${better.map((b) => b.procedure.acrName).join('; ')}.`
            : 'No study is rated Usually Appropriate for this scenario: the criteria advise against imaging at this stage.'),
        scenario: s,
        ordered: p,
        rating,
        alternatives: better.map((b) => b.procedure),
      }),
      fixes: better.map((b, i) => changeOrderTo(ctx, order.field, b.procedure, i === 0)),
      related: ctx.classification.evidence.map((e) => ({ span: e.span, message: `scenario ${s.label} because of ${e.label}` })),
    });
  },
};
