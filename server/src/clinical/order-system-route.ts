/**
 * The order-communications system a request goes by, written before a spaced dash ahead of the study (round 55,
 * fix55b): "Ix: ICE - US spine requested" (ICE, the UK's order-comms system), "Epic - XR L-spine ordered". The route is
 * no word of the clinical sentence: the clause after the dash is read as a sentence of its own, with every refusal a
 * sentence has (past, result, condition, decline, another's), as it would be read without the route.
 *
 * Narrow by its place: the system's name (order-vocabulary prose.orderSystemRoute.systems) alone before the first spaced
 * dash, past at most a label and its colon; nothing else before it ("ICE result - …", "ICE down - …", "PACS - …": PACS
 * is no order system but where studies done are kept). The clause must open on a study's name, ask nothing and name no
 * relative or twin ("ICE - US spine requested?", "ICE - US spine requested for twin": read as without the route is not
 * enough there, since a key's study would take them as the order).
 *
 * Narrowed after review r55: the clause must be the study's name then an order word (prose.orderSystemRoute.orderWords)
 * and nothing after but the sentence's end or its full stop; the name holds no word of `refused` (a denial, "vs", a
 * report awaited, a result, a DNA, a month, "discuss") and no number ("ICE - XR L-spine not requested, not indicated",
 * "ICE - XR L-spine requested in March, DNA" are read as without this reading).
 */
import type { Field } from '../notes/parser';
import { toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { startsWithStudy } from './study-names';
import { longestPhraseAt } from './vocabulary';
import { contextLexicon } from './lexicon';
import { perVocabulary } from './patterns';

const relationsOf = perVocabulary((v: ReturnType<typeof contextLexicon>) => new Set([...v.speakers.relations, 'twin', 'twins']));

/** A label and its colon, then the route, then a spaced dash. */
const ROUTE = /^(?:[A-Za-z][A-Za-z /&]{0,30}:[ \t]*)?([A-Za-z][A-Za-z ]{1,20}?)[ \t]+[-\u2013\u2014][ \t]+/;

export function afterOrderSystem(s: Field, ow: OrderWords): Field | undefined {
  const m = ROUTE.exec(s.value);
  if (!m) return undefined;
  const words = toWords(m[1]);
  if (!words.length || longestPhraseAt(words, 0, ow.orderSystems) !== words.length) return undefined;
  const at = m[0].length;
  const value = s.value.slice(at);
  if (!startsWithStudy(value) || value.includes('?')) return undefined;
  const clause = /^(.+?)[ \t]+([A-Za-z]+)[ \t]*\.?[ \t]*$/.exec(value);
  if (!clause || !ow.orderSystemClause.orderWords.has(clause[2].toLowerCase()) || /\d/.test(clause[1])) return undefined;
  if (toWords(clause[1]).some((w) => ow.orderSystemClause.refused.has(w.text))) return undefined;
  const relations = relationsOf(contextLexicon());
  if (toWords(value).some((w) => relations.has(w.text))) return undefined;
  return { ...s, valueSpan: { start: s.valueSpan.start + at, end: s.valueSpan.end }, value };
}
