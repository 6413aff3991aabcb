/**
 * "PA requests lumbar spine x-ray", "Ortho NP orders MRI entire spine without IV contrast": a sentence that opens on an
 * ordering clinician's role as its subject (order-vocabulary prose.roleSubjectOrders) and a present-tense order verb, the
 * study right after it. Nurse practitioners and physician assistants write their own order this way, in the third person;
 * a proposal's reading ("Mum requests MRI", "Ortho requests MRI") would take it for another's wish.
 *
 * Narrow on purpose (review lessons of rounds 36-49): only at the sentence's opening, only a mid-level role (never a
 * doctor, a GP or a service alone, whose "requests" stays a proposal), only "orders"/"requests"/"is ordering"/"is
 * requesting" (never "to consider", "will order", "ordered", "recommends to"), the study's name right after the verb
 * (an article at most), and never one asked, conditioned, timed for later, dated, told with its result, told done before,
 * declined in its sentence or the next, or a request for another's records.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import { readOrder } from './order';
import { DATED } from './patterns';
import { findAny, longestPhraseAt } from './vocabulary';
import { startsWithStudy } from './study-names';
import { CONDITION, breaksClause, sentenceSpan } from './clauses';
import { toldPast, RESULT_WORD, reportsStudy } from './study-reported';
import { quoted, requestsRecords } from './study-mentions';
import { conditionedInPlan } from './order-conditions';
import { timedLater } from './order-recommended';
import { decidesNotToImage } from './order-cues';
import { declinedNext } from './order-withdrawn';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';

/** The index of the study's first word when the sentence opens on [service] role verb [article] study; -1 otherwise. */
export function roleSubjectHead(text: string, words: readonly Word[], ow: OrderWords): number {
  const r = ow.roleSubject;
  let i = 0;
  const service = longestPhraseAt(words, 0, r.services);
  if (service > 0 && longestPhraseAt(words, service, r.roles) > service) i = service;
  const role = longestPhraseAt(words, i, r.roles);
  if (role <= i) return -1;
  const verb = longestPhraseAt(words, role, r.verbs);
  if (verb <= role) return -1;
  // The study's name, modality or region first ("CT lumbar spine", "lumbar spine x-ray"), right after the verb or its article.
  const at = verb < words.length && ARTICLE.has(words[verb].text) ? verb + 1 : verb;
  if (at >= words.length || !startsWithStudy(text.slice(words[at].start, words[words.length - 1].end))) return -1;
  // One clause from the role to the study: "PA, requests noted: MRI …" or "NP orders - MRI" is no such sentence.
  if (breaksClause(text, words[0].end, words[at].start)) return -1;
  return at;
}
const ARTICLE = new Set(['a', 'an', 'the']);

/**
 * The order told by a role-subject sentence `s` of field `f`, or undefined when the sentence is none or withholds it. The
 * study is read from its first word on, so the role's letters ("PA") are never taken for a radiograph's views.
 */
export function roleSubjectOrder(text: string, f: Field, s: Field, contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  const words = toWords(s.value, s.valueSpan.start);
  if (words.length < 3) return undefined;
  const head = roleSubjectHead(text, words, ow);
  if (head < 0) return undefined;
  // The rest of the sentence and of its line past a semicolon or comma ("PA requests XR L-spine; cancelled after discussion").
  const lineEnd = text.indexOf('\n', s.valueSpan.start);
  const end = Math.max(sentenceSpan(text, s.valueSpan).end, lineEnd < 0 ? text.length : lineEnd);
  const line = text.slice(s.valueSpan.start, end);
  // Asked, conditioned, timed for later, dated, told past or with a result, told done before ("… last month", "… at OSH"),
  // cancelled, refused or held on its line.
  if (line.includes('?') || CONDITION.test(line) || timedLater(line, ow.letterSuggestion)) return undefined;
  if (toldPast(line) || DATED.test(line) || RESULT_WORD.test(line) || reportsStudy(words)) return undefined;
  if (findAny(toWords(line, s.valueSpan.start), ow.roleSubject.withheldOnLine).length) return undefined;
  if (quoted(f, s) || requestsRecords(words, ow) || conditionedInPlan(text, s, ow)) return undefined;
  if (decidesNotToImage(text, s, ow) || declinedNext(text, s, f.valueSpan.end, ow)) return undefined;
  const start = words[head].start;
  const value = text.slice(start, s.valueSpan.end);
  const study: Field = { ...s, valueSpan: { start, end: s.valueSpan.end }, value };
  const reading = readOrder(value, contrast, k);
  return reading.status === 'recognized' ? { field: study, reading } : undefined;
}
