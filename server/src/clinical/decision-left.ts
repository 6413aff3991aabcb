/** A choice of study left to someone or something later, told before the study on its order line. */
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { DONE_ORDER } from './order-conditions';
import { STUDY_TAIL, isHeadAt } from './study-names';
import { findAny } from './vocabulary';

/**
 * Where the clause of a decision ends: a comma, a semicolon, a full stop (not that of "vs."), a line, or a spaced or long
 * dash ("to be decided after NSGY review - MRI vs US": the study after the dash is told as on any order line).
 */
const CLAUSE_END = /[,;\n]|(?<!\bvs?)\.(?=\s|$)|\s[-\u2013\u2014](?=\s)|[\u2013\u2014]/i;
/** Words setting two studies side by side as alternatives ("MRI vs XR", "XR or MRI", "between US and MRI"). */
const ALTERNATIVE = new Set(['vs', 'v', 'versus', 'or']);

/**
 * The kind of study a head word opens, its modality in the order vocabulary (leavesTheStudy sets two studies as alternatives
 * only when their kinds differ). A head the vocabulary spells only in the plural ("film": "films") is of the plural's kind.
 */
export function kindAt(words: readonly Word[], j: number, ow: OrderWords): string {
  const w = words[j].text;
  return ow.studyKinds.get(w) ?? ow.studyKinds.get(`${w}s`) ?? w;
}

/** The index of the first word after the study's name opened at head (its head and the words that go on naming it). */
export function afterName(words: readonly Word[], head: number): number {
  let j = head + 1;
  while (j < words.length && STUDY_TAIL.has(words[j].text)) j++;
  return j;
}

/**
 * "whether" asks whether the study is needed or done at all (its words: order-vocabulary prose.decisionLeftWhether): "whether MRI (is) needed / required / indicated / necessary /
 * warranted", "whether MRI is to be ordered", "whether MRI or not", "whether to order / request / do / get / proceed with
 * MRI" with nothing after the study's name in the clause (or "or not", "at all"). Never how, where, when, with what contrast,
 * views or sedation, or as in- or outpatient ("whether MRI L-spine needs contrast", "whether US spine today or Monday",
 * "whether XR L-spine AP only or AP/lat", "whether to add oblique views to XR L-spine": narrowed after review r50).
 */
function asksWhetherNeeded(clause: readonly Word[], whether: number, head: number, ow: OrderWords): boolean {
  const { needed, linking, toOrder } = ow.decisionWhether;
  const rest = clause.slice(afterName(clause, head)).map((w) => w.text);
  const orNot = (r: readonly string[]) => (r[0] === 'or' && r[1] === 'not') || (r[0] === 'at' && r[1] === 'all');
  const between = clause
    .slice(whether, head)
    .map((w) => w.text)
    .join(' ');
  if (between === 'whether') {
    let k = 0;
    while (k < rest.length && linking.has(rest[k])) k++;
    if (needed.has(rest[k] ?? '')) return true;
    if (rest[k] === 'to' && rest[k + 1] === 'be' && /^(?:ordered|requested|done)$/.test(rest[k + 2] ?? '') && k + 3 === rest.length) return true;
    return orNot(rest) && rest.length === 2;
  }
  return toOrder.test(between) && (rest.length === 0 || (orNot(rest) && rest.length === 2));
}

/**
 * The decision's clause leaves the study itself to decide: it names two studies of different kinds as alternatives ("(MRI
 * vs XR)", "XR or MRI", "between US and MRI"; not "between MRI L-spine w/o and MRI whole spine w/o", a choice of how) or
 * asks whether a study is needed or done at all (asksWhetherNeeded). A decision about anything else (sedation, a date, a
 * slot, the timing, the place, travel, the views, contrast, a brace, a sick note, return to play, a referral) leaves the
 * study as ordered.
 */
function leavesTheStudy(text: string, clause: readonly Word[], ow: OrderWords): boolean {
  const heads = clause.flatMap((_, j) => (isHeadAt(clause, j) ? [j] : []));
  if (!heads.length) return false;
  const whether = clause.findIndex((w) => w.text === 'whether');
  const first = heads.find((h) => h > whether);
  if (whether >= 0 && first !== undefined && asksWhetherNeeded(clause, whether, first, ow)) return true;
  if (heads.length < 2) return false;
  const [a, b] = [heads[0], heads[heads.length - 1]];
  if (!heads.some((h) => kindAt(clause, h, ow) !== kindAt(clause, a, ow))) return false;
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
    if (!leavesTheStudy(text, toWords(text.slice(c.start, clauseEnd), c.start), ow)) return false;
    // "NSGY to decide whether MRI needed; XR L-spine today": a study named after the decision's clause is ordered.
    const later = toWords(text.slice(clauseEnd, end));
    return !later.some((_, j) => isHeadAt(later, j));
  });
}
