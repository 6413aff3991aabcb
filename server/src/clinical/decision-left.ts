/** A choice of study left to someone or something later, told before the study on its order line. */
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { DONE_ORDER } from './order-conditions';
import { isHeadAt } from './study-names';
import { findAny } from './vocabulary';

/**
 * Where the clause of a decision ends: a comma, a semicolon, a full stop (not that of "vs."), a line, or a spaced or long
 * dash ("to be decided after NSGY review - MRI vs US": the study after the dash is told as on any order line).
 */
const CLAUSE_END = /[,;\n]|(?<!\bvs?)\.(?=\s|$)|\s[-\u2013\u2014](?=\s)|[\u2013\u2014]/i;
/** Words setting two studies side by side as alternatives ("MRI vs XR", "XR or MRI", "between US and MRI"). */
const ALTERNATIVE = new Set(['vs', 'v', 'versus', 'or']);

/**
 * The decision's clause leaves the study itself to decide: it names two studies as alternatives ("(MRI vs XR)", "XR or MRI",
 * "between US and MRI") or asks whether a study is needed ("whether MRI needed"). A decision about anything else (sedation,
 * a date, a slot, the timing, the place, travel, the views, a brace, a sick note, return to play, a referral) leaves the
 * study as ordered.
 */
function leavesTheStudy(text: string, clause: readonly Word[]): boolean {
  const heads = clause.flatMap((_, j) => (isHeadAt(clause, j) ? [j] : []));
  if (!heads.length) return false;
  const whether = clause.findIndex((w) => w.text === 'whether');
  if (whether >= 0 && heads.some((h) => h > whether)) return true;
  if (heads.length < 2) return false;
  const [a, b] = [heads[0], heads[heads.length - 1]];
  const between = clause.slice(0, a).some((w) => w.text === 'between');
  if (clause.slice(a + 1, b).some((w) => ALTERNATIVE.has(w.text) || (between && w.text === 'and'))) return true;
  return text.slice(clause[a].end, clause[b].start).includes('/');
}

/**
 * "Imaging: will let day team decide (MRI vs XR) after ortho sees her", "Imaging: ortho to decide whether MRI needed",
 * "Imaging: tbd (XR vs MRI)": the choice of study left to later (prose.decisionLeft) before the study's name, in the same
 * clause as the study (CLAUSE_END), where the clause names two studies as alternatives or asks whether one is needed
 * (leavesTheStudy), and no study is named after that clause on the line. A choice left after the study ("MRI L-spine (day
 * team to decide on contrast)") is about how; a decision about something else ("parents to decide on sedation vs
 * feed-and-wrap, MRI L-spine w/o", "date tbd, US lumbar spine", "NSGY to decide re MRI, XR L-spine today") leaves the study
 * ordered; and a study told ordered after the choice ("whether MRI … ordered") is made.
 */
export function decisionLeftBefore(text: string, lead: Field, s: Field, ow: OrderWords): boolean {
  const words = toWords(s.value, s.valueSpan.start);
  const head = words.findIndex((_, j) => isHeadAt(words, j));
  const at = head >= 0 ? words[head].start : s.valueSpan.start;
  if (at <= lead.valueSpan.start) return false;
  const rest = /^[^.;\n]*/.exec(text.slice(at, s.valueSpan.end))![0];
  // "… whether MRI is to be ordered" leaves it still to do (prose.lineConditions.stillToDo).
  const after = toWords(rest);
  if (after.some((w, j) => DONE_ORDER.test(w.text) && !ow.lineConditions.stillToDo.has(after[j - 1]?.text ?? ''))) return false;
  const end = Math.max(lead.valueSpan.end, s.valueSpan.end);
  const before = toWords(text.slice(lead.valueSpan.start, at), lead.valueSpan.start);
  return findAny(before, ow.decisionLeft).some((c) => {
    const m = CLAUSE_END.exec(text.slice(c.start, end));
    const clauseEnd = c.start + (m?.index ?? end - c.start);
    // The study after the decision's clause ("date tbd, US lumbar spine") is ordered as any study on the line.
    if (clauseEnd <= at) return false;
    if (!leavesTheStudy(text, toWords(text.slice(c.start, clauseEnd), c.start))) return false;
    // "NSGY to decide whether MRI needed; XR L-spine today": a study named after the decision's clause is ordered.
    const later = toWords(text.slice(clauseEnd, end));
    return !later.some((_, j) => isHeadAt(later, j));
  });
}
