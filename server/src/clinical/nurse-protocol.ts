/**
 * A nurse's study started by a standing protocol, told at the opening of a sentence of prose (round 55, fix55b): "RN
 * started XR L-spine per protocol; MD aware, ok to proceed.", "Triage nurse initiated XR L-spine per protocol." The study
 * is read as a sentence of its own opening on it ("XR L-spine per protocol", as such a line is read), with every refusal
 * a sentence has; a later line's cancellation or hold still takes it back (order-taken-back-later.ts).
 *
 * Narrow by its place (order-vocabulary prose.nurseProtocol): the nurse and a verb done open the sentence, the study's
 * name follows, a protocol phrase right after it. Refused where the rest of the line tells the protocol not met or the
 * doctor not agreeing yet ("protocol criteria not met - await MD", "; MD declined", "pending MD review"), asks, sets a
 * condition, or tells a past or a date.
 *
 * Narrowed after review r55: only where the note confirms the doctor agrees (np.confirmed, on the nurse's line or a later
 * one: "MD aware, ok to proceed", "MD agrees", "approved by Dr") and no later line undoes it in any words (np.undone:
 * "Dr Patel 1500: XR cancelled", "Attending: no XR", "MD: cxl XR", "PA: XR unnecessary, removed"); otherwise as main.
 */
import { conditioned } from './clauses';
import type { Field } from '../notes/parser';
import { toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { DATED } from './patterns';
import { isHeadAt } from './study-names';
import { RESULT_WORD, toldPast } from './study-reported';
import { findAny, longestPhraseAt } from './vocabulary';

export function nurseProtocolStudy(text: string, s: Field, ow: OrderWords): Field | undefined {
  const np = ow.nurseProtocol;
  const words = toWords(s.value, s.valueSpan.start);
  const nurse = longestPhraseAt(words, 0, np.nurses);
  if (nurse < 0) return undefined;
  const verb = longestPhraseAt(words, nurse, np.started);
  if (verb < 0 || !words[verb] || !isHeadAt(words, verb)) return undefined;
  // The protocol phrase within a few words after the study's head (its region, views and contrast between).
  let protocolEnd = -1;
  for (let j = verb + 1; j < words.length && j <= verb + 6 && protocolEnd < 0; j++) protocolEnd = longestPhraseAt(words, j, np.protocols);
  if (protocolEnd < 0) return undefined;
  // The rest of the line after the protocol, the clauses after a semicolon included.
  const lineEnd = text.indexOf('\n', words[protocolEnd - 1].end);
  const rest = text.slice(words[protocolEnd - 1].end, lineEnd < 0 ? text.length : lineEnd);
  if (rest.includes('?') || conditioned(rest) || findAny(toWords(rest), np.held).length) return undefined;
  // The doctor's agreement, on this line or a later one; no later line undoing it.
  const later = lineEnd < 0 ? '' : text.slice(lineEnd);
  if (!findAny(toWords(rest + '\n' + later), np.confirmed).length || findAny(toWords(later), np.undone).length) return undefined;
  // "RN started XR L-spine per protocol at last visit": the study's own words tell no past and no date.
  const start = words[verb].start;
  const value = text.slice(start, s.valueSpan.end);
  if (toldPast(value) || DATED.test(value) || toldPast(rest) || DATED.test(rest) || RESULT_WORD.test(rest) || /\d\s*[/.-]\s*\d/.test(rest)) return undefined;
  return { ...s, valueSpan: { start, end: s.valueSpan.end }, value };
}
