import { changeOrderTo } from './fixes';
import { fit, quote, shortName } from './message';
import { md } from './detail';
import type { Rule } from './types';
import { unfilledOrder } from './missing-order';

/** Spec §3: an order that cannot be recognised is reported with close candidates as quick fixes. */
export const rule: Rule = {
  id: 'unrecognized-order',
  description: 'An Order that is not recognised as a known procedure',
  defaultSeverity: 'warning',
  kind: 'note-format',
  spec: '§3',
  fixKinds: ['suggestion'],
  check(ctx) {
    const order = ctx.facts.order;
    // A template's blank left unfilled ("Imaging: ***") is no order at all: missing-order tells it.
    if (!order || order.reading.status !== 'unrecognized' || unfilledOrder(ctx)) return;
    const candidates = order.reading.candidates;
    const empty = !order.field.value.trim();
    const shown = quote(order.field.value, 40);
    const hint = 'use the ACR name, common shorthand or a CPT code';
    ctx.report({
      span: empty ? order.field.keySpan : order.field.valueSpan,
      message: empty
        ? 'The Order is empty, so nothing can be checked; give the study to order'
        : fit(
            `${shown} is not a recognised procedure, so it is not checked; ${candidates.length ? `closest: ${candidates.map((c) => shortName(c)).join(', ')}` : hint}`,
            `${shown} is not a recognised procedure, so it is not checked; ${candidates.length ? `closest: ${shortName(candidates[0])}` : hint}`,
          ),
      detail: empty
        ? undefined
        : `\`Order:\` "${md(order.field.value.slice(0, 200))}" is not a recognised procedure, so it cannot be checked. ` +
          (candidates.length
            ? `Closest: ${candidates.map((c) => c.acrName).join('; ')}.`
            : 'Use the ACR name (e.g. `US spine area of interest`), common shorthand (`spinal US`, `MRI L-spine w/o`) or a CPT code.'),
      fixes: empty ? [] : candidates.map((c, i) => changeOrderTo(ctx, order.field, c, i === 0)),
    });
  },
};
