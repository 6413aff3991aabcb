/** A choice of study left to someone or something later, told before the study on its order line. */
import type { Field } from '../notes/parser';
import { toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { DONE_ORDER } from './order-conditions';
import { isHeadAt } from './study-names';
import { findAny } from './vocabulary';

/**
 * "Imaging: will let day team decide (MRI vs XR) after ortho sees her", "Imaging: ortho to decide on MRI": the choice of study
 * left to later (prose.decisionLeft) in the words of the line's first sentence before the study's name, with no full stop,
 * semicolon or line between. A choice left after the study ("MRI L-spine (day team to decide on contrast)") is about how, and
 * a study told ordered in its own clause after the choice ("let radiology decide protocol, MRI L-spine w/o ordered") is made.
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
  const before = toWords(text.slice(lead.valueSpan.start, at), lead.valueSpan.start);
  return findAny(before, ow.decisionLeft).some((c) => !/[.;\n]/.test(text.slice(c.end, at)));
}
