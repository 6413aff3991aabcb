/**
 * A study ordered today, told on a history line right after the line's own "none": "Prior imaging: none; XR L-spine
 * ordered", "PMH: nil - US spine requested", "Imaging reviewed: none. Spinal US ordered today."
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { KeyName } from '../notes/keys';
import type { Field } from '../notes/parser';
import { lastDash } from '../notes/text';
import { toWords } from '../notes/words';
import { conditioned, negates, sentences, wordIndex } from './clauses';
import { readOrder } from './order';
import { decidesNotToImage, proposedByOthers } from './order-cues';
import { declinedNext } from './order-withdrawn';
import type { OrderWords } from './order-words';
import { DATED } from './patterns';
import { RESULT_WORD, reportedNext, reportsStudy, toldPast } from './study-reported';
import { startsWithStudy, studyHead } from './study-names';
import { findAny, longestPhraseAt } from './vocabulary';
import type { Facts } from './note-facts';

/** Keys whose values tell what came before today: an order word on them tells an order of before, unless after their "none". */
const HISTORY_LINE_KEYS = new Set<KeyName>(['Prior imaging', 'PMH']);

/**
 * After a history value's own word that nothing came before (order-vocabulary prose.noPriorValues: "none", "nil", "no
 * prior imaging"), the clause right after it (past ";", ".", "," or a spaced dash) that opens on a study and tells it ordered,
 * requested or booked by an order word after it (prose.explicitCues) is today's order. Read conservatively, as what
 * follows "none" may still tell the past: never with a date, a result, a time past, another orderer ("by PCP"), another
 * place or a routine ("yearly"), a condition, a denial ("not ordered") or a refusal; never a study proposed by another
 * ("mum asked for an x-ray" opens on no study and orders nothing either).
 */
export function orderAfterNone(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  for (const f of all) {
    if (f.inferred || !f.value || !f.key || !HISTORY_LINE_KEYS.has(f.key.name)) continue;
    const s = clauseAfterNone(text, f, ow);
    if (!s || !startsWithStudy(s.value)) continue;
    const words = toWords(s.value, s.valueSpan.start);
    const head = studyHead(words);
    if (head < 0) continue;
    const cue = findAny(words, ow.explicit).find((c) => c.start > words[head].end);
    if (!cue || negates(words, wordIndex(words, cue.start) - 1)) continue;
    // Another's or another place's order, a routine one, or one not now (prose.afterNoneNotOurs: "by PCP", "at OSH", "yearly", "pending review").
    if (toldPast(s.value) || DATED.test(s.value) || RESULT_WORD.test(s.value) || conditioned(s.value) || ow.afterNoneNotOurs.test(s.value)) continue;
    if (reportsStudy(words) || findAny(words, ow.doneBefore).length || proposedByOthers(text, words, ow)) continue;
    if (reportedNext(text, s, f.valueSpan.end) || decidesNotToImage(text, s, ow) || declinedNext(text, s, f.valueSpan.end, ow)) continue;
    const r = readOrder(s.value, contrast, k);
    if (r.status === 'recognized') return { field: s, reading: r };
  }
  return undefined;
}

/**
 * The clause after the value's opening "none": its next sentence or clause ("none; XR …", "none. Spinal US …", "none, US spine ordered"), or the part
 * after a spaced dash in its first ("nil - US spine requested"), running to the end of its sentence (";" or "."), so that
 * what the sentence goes on to tell ("…, result awaited") is read with it.
 */
function clauseAfterNone(text: string, f: Field, ow: OrderWords): Field | undefined {
  const parts = sentences(f);
  if (!parts.length) return undefined;
  const first = parts[0];
  const dash = lastDash(first.value);
  const lead = dash < 0 ? first.value : first.value.slice(0, dash);
  const leadWords = toWords(lead);
  if (!leadWords.length || longestPhraseAt(leadWords, 0, ow.noPriorValues) !== leadWords.length) return undefined;
  let start: number;
  if (dash >= 0) start = first.valueSpan.start + dash + 1;
  else if (parts[1]) start = parts[1].valueSpan.start;
  else return undefined;
  const rest = text.slice(start, f.valueSpan.end);
  const stop = rest.search(/[;.](?:\s|$)/);
  const raw = stop < 0 ? rest : rest.slice(0, stop);
  const value = raw.trim();
  if (!value) return undefined;
  const at = start + raw.indexOf(value);
  return { ...f, valueSpan: { start: at, end: at + value.length }, value };
}

/**
 * A Prior imaging value with each sentence that opens on the writer's order still to be carried out (prose.openingOrders
 * in the present or to come: "Will order MRI if US abnormal", "Order US spine", "Arranging US spine") blanked: such a
 * sentence plans a study, and the studies it names ("if US abnormal") are none done before. A sentence opening on an order
 * told done ("Ordered US at birth: normal") is left as it is written, a study before today.
 */
export function withoutPlanSentences(value: string, ow: OrderWords): string {
  if (!/[.;]/.test(value)) return value;
  return value.replace(/[^.;\n]+/g, (sentence) => {
    const words = toWords(sentence);
    const end = longestPhraseAt(words, 0, ow.opening);
    if (end <= 0 || words.slice(0, end).some((w) => /ed$/.test(w.text))) return sentence;
    return ' '.repeat(sentence.length);
  });
}
