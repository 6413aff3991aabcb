import { SCENARIO } from '../knowledge/ids';
import { clinicalDetail } from './detail';
import { fit } from './message';
import { citeTag } from './source';
import type { Rule } from './types';

/**
 * Spec §4: significant trauma leaves S1, a trivial bump does not. When an injury is mentioned but
 * not how it happened, the note stays in its non-trauma scenario and the mechanism is asked for,
 * never guessed.
 */
export const rule: Rule = {
  id: 'trauma-mechanism-unclear',
  description: 'An injury is mentioned without its mechanism, so trauma cannot be graded',
  defaultSeverity: 'information',
  kind: 'clinical',
  spec: '§4',
  check(ctx) {
    const t = ctx.facts.trauma;
    if (t.significance !== 'unclear' || !t.span) return;
    // The scenario a significant mechanism would lead to: its criteria are what the answer decides.
    const trauma = ctx.knowledge.scenario(SCENARIO.traumaThoracolumbar);
    ctx.report({
      span: t.span,
      message: fit(
        `An injury is mentioned without its mechanism; say how it happened, as significant trauma changes the criteria ${citeTag(trauma)}`,
        `An injury is mentioned without its mechanism; say how it happened ${citeTag(trauma)}`,
      ),
      detail: clinicalDetail(ctx.knowledge, {
        why:
          'An injury is mentioned but not how it happened. Significant trauma (a fall from a height, a vehicle collision, a high-energy sports injury, focal tenderness or a deficit after the injury) ' +
          'would put the note under the spine-trauma criteria, and a trivial bump would not, so the note keeps its present scenario until the mechanism is written; nothing is guessed.',
        scenario: trauma,
      }),
    });
  },
};
