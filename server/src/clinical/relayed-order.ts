/**
 * Orders relayed by someone who is not the orderer (round 53, fix53a): a ward clerk, a unit secretary, an ED or trauma-bay
 * clerk or a radiology scheduler writes down a doctor's verbal or phoned order, and the study is that order
 * (order-vocabulary prose.relayedOrder).
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import { toWords } from '../notes/words';
import { CONDITION } from './clauses';
import { readOrder } from './order';
import { decidesNotToImage } from './order-cues';
import { PRESENTATION } from './order-openings';
import { declinedNext } from './order-withdrawn';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';
import { DATED, perVocabulary } from './patterns';
import { isHeadAt, startsWithStudy, studyHead } from './study-names';
import { asksAboutStudy, forAnother } from './study-mentions';
import { RESULT_WORD, reportsStudy, toldPast } from './study-reported';
import { findAny } from './vocabulary';

/** The doctor, by title and surname (an initial may go before it): "Dr Holm", "Dr. J. Kaur", "Doctor Ansah". */
const doctor = (name: string) => String.raw`(?:dr\.?|doctor)[ \t]+(?:[a-z]\.?[ \t]+)?(?<${name}>[a-z][\w'-]*)`;
/** A colon or a spaced dash (never a hyphen: "L-spine"). */
const MARK = String.raw`[ \t]*(?::|[-\u2013\u2014](?=[ \t]))[ \t]*`;
/** A bracket after the doctor ("(peds)", "(on call)") and the time the order came ("rec'd 14:20", "received at 0915"). */
const AFTER_DOCTOR = String.raw`(?:[ \t]*\([^()\n]{1,24}\))?(?:[ \t]+(?:rec'?d|received)(?:[ \t]+at)?[ \t]+\d{1,2}[:.h]?\d{2}h?)?`;
/** An age and sex told between a scheduler's label and the study ("Sched note: 24 y/o F, MRI L-spine …"). */
const AGE_CLAUSE = String.raw`(?:\d{1,2}[ \t]*(?:y\/o|yo|y|yrs?|years?[ \t]+old|mo|m\/o|months?[ \t]+old|wks?|weeks?[ \t]+old)[ \t]*(?:m|f|male|female|boy|girl)?[ \t]*,[ \t]*)`;

const leadsOf = perVocabulary((r: OrderWords['relayedOrder']) => {
  const label = String.raw`(?<label>(?:${r.relayers}))${MARK}`;
  // "Ph order from Dr. Vasquez (peds) rec'd 14:20 - ", "verbal from Dr Farouk: ", "Verbal ord per Dr Greene: ", "verbal Dr. Stein: ".
  const medium = String.raw`(?:${r.media})(?:[ \t]+(?:${r.orderWords}))?(?:[ \t]+(?:${r.fromWords}))?[ \t]+${doctor('n1')}${AFTER_DOCTOR}${MARK}`;
  // "per Dr. Holm verbal - ", "per Dr. Bellamy (verbal) ".
  const per = String.raw`per[ \t]+${doctor('n2')}[ \t]*(?:\([ \t]*(?:${r.media})(?:[ \t]+(?:${r.orderWords}))?[ \t]*\)|(?:${r.media})(?:[ \t]+(?:${r.orderWords}))?)(?:${MARK}|[ \t]+)`;
  // "Dr Kaur phoned - ".
  const called = String.raw`${doctor('n3')}[ \t]+(?:${r.calledVerbs})${MARK}`;
  return {
    relayed: new RegExp(String.raw`^[ \t]*(?:${label})?(?:${medium}|${per}|${called})`, 'i'),
    // "Sched: MRI L-spine …", "Trauma bay clerk: XR L-spine per trauma protocol, …": the relayer's label alone before the study.
    labelled: new RegExp(String.raw`^[ \t]*${label}${AGE_CLAUSE}?`, 'i'),
  };
});

/** A time to come or a sequence told in the study's sentence: not the order now ("at 6 weeks", "next week", "after the US"). */
const LATER = /\b(?:next|after|once|when|later|tomorrow|in \d+ (?:days?|wks?|weeks?|months?)|at \d+ (?:wks?|weeks?|months?|mo))\b/i;

/**
 * A line that opens on a relayed order, the study right after its lead: the lead tells the order came from a named doctor by
 * voice or phone ("Unit sec: per Dr. Holm verbal - CT L-spine w/o", "Ph order from Dr. Vasquez (peds) rec'd 14:20 - XR
 * lumbosacral spine 2 views …", "ED clerk - verbal from Dr Farouk: CT lumbar spine w/o contrast, …", "Clerk: Dr Kaur phoned -
 * MRI L spine w/o contrast, …"), or a relayer's label stands alone before it ("Sched: MRI L-spine with & without contrast
 * (ordering Dr. Grant) for …", "Trauma bay clerk: XR L-spine per trauma protocol, …", "Sched note: 24 y/o F, MRI L-spine w/o
 * …"). Only at a line's opening, never under a line ending on a colon (a heading of prior or other studies).
 *
 * Refused: a note holding any word of prose.relayedOrder.undone (a cancelled, changed, held or denied order, a prior request,
 * one asked about or to be phoned back, "no order"); a line whose words after the lead hold one of prose.relayedOrder.notNow
 * (a modal, a proposal, a decision left to others, an order awaited or still to be sent: "would be reasonable", "parents to
 * decide", "PCP office to send order"); a study's sentence with a condition, a question or a relative; a time to come in the
 * study's clause; a past, a date or a result of the study's own; a study declined, reported, asked or not read as a spine
 * study; a lead whose doctor has no capitalised surname. ("No previous imaging" after the study is no refusal: "previous" is
 * not among the undone words, and a previous order cannot open the line, where the lead must stand.)
 */
export function relayedOrder(text: string, contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  if (!/\b(?:dr|doctor|clerk|sec|secretary|sched\w*)\b/i.test(text)) return undefined;
  const { relayed, labelled } = leadsOf(ow.relayedOrder);
  let lineStart = 0;
  let previous = '';
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    const afterHeading = /:\s*$/.test(previous);
    if (line.trim()) previous = line;
    if (afterHeading) continue;
    const m = relayed.exec(line);
    const name = m && (m.groups?.n1 ?? m.groups?.n2 ?? m.groups?.n3);
    const lead = m && name && /^[A-Z]/.test(name) ? m : labelled.exec(line);
    if (!lead) continue;
    const rest = line.slice(lead[0].length);
    if (!startsWithStudy(rest)) continue;
    // The study's sentence: to a semicolon, or a full stop before a space or the line's end that is no title's ("Dr. Grant").
    const end = /;|(?<!\b(?:dr|Dr|DR))\.(?=\s|$)/.exec(rest);
    const value = (end ? rest.slice(0, end.index) : rest).trim();
    if (!value || /\?/.test(value) || CONDITION.test(value) || forAnother(value, ow)) continue;
    // A time to come in the study's own clause ("MRI L-spine w/o next week", "US spine when 6 wks old"), not in the story after
    // its comma ("…, back pain after fall from swing").
    if (LATER.test(value.split(/[,;]|\s[-\u2013\u2014]\s/)[0])) continue;
    // A past, a date or a result is the study's only before another study is named in its sentence ("…, LBP ~3 wks, XR
    // L-spine normal last week" tells the XR's), and not in who the study is for ("for 10yo F who fell … yesterday").
    const own = ownPart(value);
    if (toldPast(own) || DATED.test(own) || RESULT_WORD.test(own)) continue;
    // A note that cancels, changes, holds, denies or asks about an order anywhere reads no relayed order.
    if (findAny(toWords(text), ow.relayedOrder.undone).length) return undefined;
    // "… - MRI L-spine w/o would be reasonable, will discuss with family", "… - parents to decide", "… - awaiting order from Dr Lee":
    // the rest of the line leaves the study a proposal or a booking still awaiting its order.
    if (findAny(toWords(rest), ow.relayedOrder.notNow).length) continue;
    const at = start + lead[0].length + rest.indexOf(value);
    const span = { start: at, end: at + value.length };
    const s: Field = { key: PRESENTATION, rawKey: '', keySpan: { start: at, end: at }, valueSpan: span, value, lineSpan: span, inferred: true };
    const words = toWords(value, at);
    if (reportsStudy(words) || decidesNotToImage(text, s, ow) || declinedNext(text, s, start + line.length, ow) || asksAboutStudy(s, words, ow)) continue;
    const r = readOrder(value, contrast, k);
    if (r.status === 'recognized') return { field: s, reading: r };
  }
  return undefined;
}

/** The sentence up to a second study's name, without who the study is for ("for 10yo F who fell …", up to its comma). */
function ownPart(value: string): string {
  const words = toWords(value);
  const first = studyHead(words);
  let cut = value.length;
  for (let j = first + 1; j < words.length; j++) {
    if (words[j].text !== words[first].text && isHeadAt(words, j) && j > first + 1) {
      cut = words[j].start;
      break;
    }
  }
  return value.slice(0, cut).replace(/\bfor\b[^,;]*/i, ' ');
}
