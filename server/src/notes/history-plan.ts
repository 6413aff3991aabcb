import { type KeyInfo, lookupKey } from './keys';
import type { Field } from './parser';

/**
 * A plan written inside a history's value, at a sentence opening (round 55, fix55b): an AI scribe's one-line HPI
 * ("HPI: Teenage boy with 5 weeks of low back pain … Neuro exam normal. Plan: ordered x-ray lumbar spine."), or a
 * clinician's history run on into the plan. A line of prose already reads a key written inside it (notes/prose.ts); a
 * history's key kept the "Plan:" inside its value, so its study was read as the history's, never as the plan.
 *
 * Narrow by its place: only the key spelled "Plan" itself, right after a sentence's full stop (or "!", "?") and a space,
 * inside the value of a history key (Presentation: "HPI:", "History:", "HPC:" …); its value runs to the end of its
 * sentence, as a key inside prose does. Only the plan closing the value (nothing after its sentence: "… Plan: XR L-spine.
 * Referred here." tells another visit's plan), and only where the history before it tells no other visit or clinician
 * (`mayHoldPlan`, given by the caller since which words tell one is clinical vocabulary: "Seen by GP last week. Plan: XR
 * L-spine." is the GP's plan). "Previous plan:", "GP's plan:", "Plan at last visit:" (other words before the colon), a
 * "Plan:" after a comma or opening no sentence, and every other key (a plan key's other spellings, "Neuro:", "Order:")
 * stay in the history as before. The plan's value is then read as any "Plan:" line is (a condition, a past, a result or
 * a decline there orders nothing).
 */
/** Whether a history's value, up to an inline "Plan:" closing it, may hold the writer's own plan (clinical vocabulary). */
export type HistoryPlanGate = (history: string, plan: string) => boolean;
export const noHistoryPlan: HistoryPlanGate = () => false;

const INLINE_PLAN = /[.!?][ \t]+(Plan)[ \t]*:[ \t]*/g;

/** The fields a history's inline plans add, each cut from its history field (which is shortened in place). */
export function historyPlans(text: string, fields: Field[], mayHoldPlan: HistoryPlanGate): Field[] {
  const out: Field[] = [];
  // A note with a "Plan:" of its own keeps it as the plan: which of two is the writer's is unsaid.
  if (fields.some((f) => f.key?.name === 'Plan')) return out;
  for (const f of fields) {
    if (f.key?.name !== 'Presentation' || f.inferred || f.prose || f.column || !f.value.includes('lan')) continue;
    INLINE_PLAN.lastIndex = 0;
    const m = INLINE_PLAN.exec(f.value);
    if (!m) continue;
    const plan = lookupKey(m[1]) as KeyInfo;
    const keyStart = f.valueSpan.start + m.index + m[0].indexOf(m[1]);
    const valueStart = f.valueSpan.start + m.index + m[0].length;
    // The plan's sentence: to its full stop before a space, or the value's end.
    const rest = text.slice(valueStart, f.valueSpan.end);
    const stop = /[.!?](?=\s)/.exec(rest);
    const valueEnd = stop ? valueStart + stop.index : f.valueSpan.end;
    if (valueEnd <= valueStart) continue;
    const historyEnd = f.valueSpan.start + m.index + 1;
    if ((stop && text.slice(valueEnd + 1, f.valueSpan.end).trim()) || !mayHoldPlan(text.slice(f.valueSpan.start, historyEnd), text.slice(valueStart, valueEnd))) continue;
    out.push({
      key: plan,
      rawKey: m[1],
      keySpan: { start: keyStart, end: keyStart + m[1].length },
      valueSpan: { start: valueStart, end: valueEnd },
      value: text.slice(valueStart, valueEnd),
      lineSpan: { start: keyStart, end: valueEnd },
      inferred: true,
    });
    f.valueSpan = { start: f.valueSpan.start, end: historyEnd };
    f.value = text.slice(f.valueSpan.start, historyEnd);
  }
  return out;
}
