/** The study a note orders: its Order or Plan value, a billed study, a changed order, or one found elsewhere in the text. */
import { type CodedStudy, codedOrder, reviewedOrder } from './coded';
import type { Knowledge } from '../knowledge/knowledge';
import { lookupKey } from '../notes/keys';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { readContext } from './context';
import { readOrder } from './order';
import { findAny } from './vocabulary';
import { first } from './keyed-study';
import { STUDY_NAMED, NAMES_SPINE, BONE_SCAN, studyHead, STUDY_HEAD } from './study-names';
import { keyWords, type OrderWords } from './order-words';
import { reportedUnderImagingKey } from './study-mentions';
import { plannedStudy } from './planned-study';
import { readOrderElsewhere, ORDER_KEYS } from './order-elsewhere';
import type { Facts } from './note-facts';
import { toldPast, RESULT_WORD } from './study-reported';
import { decidesNotToImage } from './order-cues';

/** The order, and whether it was found on an order line of its own (an Order key, a key naming the study to do, a change told). */
export function readOrderCandidate(
  text: string,
  all: readonly Field[],
  k: Knowledge,
  orderKeyed: readonly Field[],
  closingOf: () => Field | undefined,
  ow: OrderWords,
  declared: boolean,
  unread: readonly Field[],
): { order: NonNullable<Facts['order']>; orderLine: boolean; billed?: CodedStudy } | undefined {
  const contrast = first(all, 'Contrast')?.value;
  // Most notes hold no word of a change: one test of the whole note instead of one per value.
  // "Protocol: Changed to CT L-spine WITHOUT contrast …": a line keyed for the study (a radiologist's protocol, an order
  // entry), which no other reading of the history holds, tells a change as any other line does, unless the line leaves it
  // pending or undoes it ("pending ordering provider approval", "Ordering NP disagrees …; reverted to CT with contrast as
  // ordered"): the order received stands.
  const protocolLines = () => orderKeyed.filter((f) => !findAny(toWords(f.value, f.valueSpan.start), ow.changeUnsettled).length);
  const changed = MAY_CHANGE.test(text) ? changedOrder(text, withOrderKeyed(all, protocolLines()), contrast, k, ow) : undefined;
  if (changed) return { order: changed, orderLine: true };
  let operation: Field | undefined;
  for (const written of all) {
    if (written.key?.name !== 'Order') continue;
    if (written.inferred) break;
    const reading = readOrder(written.value, contrast, k);
    // "Imaging: not indicated at this time", "Procedure: inguinal hernia repair" in a note that says no imaging
    // is ordered: no study to order on this line; a later Order line may still give one.
    if (declared && reading.status !== 'recognized' && !STUDY_NAMED.test(written.value) && !NAMES_SPINE.test(written.value)) continue;
    // "PRE-OP H&P / Procedure: bilateral myringotomy with tubes … Spinal US ordered to evaluate the dimple": a key
    // naming the operation (prose.operationKeys) whose value names no study is the surgery, not the order; the study
    // the note orders elsewhere is, and with none the line is still read as the order.
    if (reading.status !== 'recognized' && ow.operationKeys.has(keyWords(written.rawKey)) && !STUDY_NAMED.test(written.value) && !NAMES_SPINE.test(written.value)) {
      operation ??= written;
      continue;
    }
    // "Imaging: visiting radiologist did a portable US spine yesterday - conus at L4 …": a line keyed for the imaging
    // that tells a study done, with its findings, is the report of one before; the order is looked for elsewhere.
    if (reportedUnderImagingKey(text, written, ow)) continue;
    // "Order: Please no US; CT L-spine today": an Order line naming two studies orders the one its clauses
    // do not decline (plannedStudy); with none left, the line is still the order, read whole.
    const planned = plannedStudy(text, written, contrast, k, ow, false);
    if (planned && planned !== 'none') return { order: planned, orderLine: true };
    return { order: { field: written, reading }, orderLine: true };
  }
  const order = readOrderElsewhere(text, all, k, orderKeyed, closingOf, ow, contrast, unread);
  // A charge line's CPT code, or the study a payer reviews, is a fallback: it is the order only where every other
  // reading of the note (Order, Plan and change sentences above, its order lines, plan-like prose, requests) found
  // none, so a billing line of another study never outweighs "Plan: get MRI …", "Will schedule MRI …" or "MRI
  // cancelled; XR L-spine ordered" (coded.ts). Where that other reading was taken from the billing line itself
  // ("ORD  MRI SPINE CERV … 72156 ; … 72158"), the line is read whole.
  const billed = billedStudy(text, all, k);
  const keyed = (o: NonNullable<Facts['order']>) =>
    orderKeyed.includes(o.field) || orderKeyed.some((f) => f.valueSpan.start <= o.field.valueSpan.start && o.field.valueSpan.end <= f.valueSpan.end);
  const onBilled = (o: NonNullable<Facts['order']>, b: CodedStudy) => b.span.start <= o.field.valueSpan.start && o.field.valueSpan.end <= b.span.end;
  if (billed && (!order || onBilled(order, billed))) return { order: billedField(text, billed), orderLine: true };
  if (!order && operation) return { order: { field: operation, reading: readOrder(operation.value, contrast, k) }, orderLine: true };
  // The billed study is kept for readOrderFact, which falls back on it when it sets this order aside.
  return order && { order, orderLine: keyed(order), billed };
}

/** The study a charge line bills or a payer's review is about (coded.ts): the note's order only where it tells none of its own. */
function billedStudy(text: string, all: readonly Field[], k: Knowledge): CodedStudy | undefined {
  const contrast = first(all, 'Contrast')?.value;
  return codedOrder(text, k, contrast) ?? reviewedOrder(text, k, contrast);
}

const ORDER = lookupKey('Order')!;
/** A billed or reviewed study (coded.ts) as the Order field its words would be. */
export function billedField(text: string, b: CodedStudy): NonNullable<Facts['order']> {
  const span = b.span;
  return {
    field: { key: ORDER, rawKey: '', keySpan: { start: span.start, end: span.start }, valueSpan: span, value: text.slice(span.start, span.end), lineSpan: span, inferred: true },
    reading: b.reading,
  };
}

/** The fields with the lines keyed for the study to do that are not among them, in note order. */
function withOrderKeyed(all: readonly Field[], orderKeyed: readonly Field[]): readonly Field[] {
  const lines = new Set(all.map((f) => f.lineSpan.start));
  const more = orderKeyed.filter((o) => !lines.has(o.lineSpan.start));
  return more.length ? [...all, ...more].sort((a, b) => a.valueSpan.start - b.valueSpan.start) : all;
}

/** Any word of order-vocabulary prose.changedTo or prose.instead: values without one are not searched. */
const MAY_CHANGE = /\b(?:chang|modif|amend|correct|switch|convert|revis|updat|replac|upgrad|downgrad|instead)/i;

/**
 * "Order modified by the ordering team to MRI lumbar spine WITHOUT contrast", "Addendum: order corrected -
 * MRI L-spine w/o", "XR order cancelled; US spine ordered instead": a note that tells its order was
 * changed orders the study it was changed to, wherever that is told, over the one first placed (the
 * last change told counts). The study follows the change word within eight words, after "to", a dash or
 * a colon; or stands in the clause of "instead". Never a change told on a condition or declined.
 */
function changedOrder(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  let last: Facts['order'];
  // A change comes after the order it changes: the first line placing one (an Order or Plan line), else anywhere.
  let anchor = Infinity;
  for (const f of all) if (f.value && f.key && ORDER_KEYS.includes(f.key.name)) anchor = Math.min(anchor, f.valueSpan.start);
  if (anchor === Infinity) anchor = -1;
  for (const f of all) {
    if (!f.value || NO_CHANGE_KEYS.has(f.key?.name ?? '')) continue;
    // "SPECT request withdrawn; XR lumbar spine AP/lat/obliques\nordered instead.": a sentence wrapped onto the next line.
    const value = text.slice(f.valueSpan.start, wrappedEnd(text, f.valueSpan.end));
    if (!MAY_CHANGE.test(value)) continue;
    for (const m of value.matchAll(/[^.;]+/g)) {
      const start = f.valueSpan.start + (m.index ?? 0);
      // "Last month PCP ordered US spine instead of XR", "OSH changed it to US spine": a change told of another time or place.
      if (start < anchor || CHANGE_ELSEWHERE.test(m[0])) continue;
      const words = toWords(m[0], start);
      const study = changedToStudy(text, words, ow);
      if (study === undefined) continue;
      // Someone's wish, a discussion or a decision against it is no change made ("mom asked for it to be changed to CT").
      // "Ordering MD modified request to XR lumbar spine": the request the change word takes is the one changed, no proposal.
      const changedRequest = (p: Span) => words.some((w, i) => w.start === p.start && i > 0 && ow.changedTo.has(words[i - 1].text));
      if (findAny(words, ow.notOrder).length || findAny(words, ow.proposals).some((p) => !changedRequest(p)) || findAny(words, ow.declinedAfter).length) continue;
      const end = start + m[0].trimEnd().length;
      const s: Field = { ...f, valueSpan: { start: words[study].start, end }, value: text.slice(words[study].start, end) };
      if (toldPast(s.value) || RESULT_WORD.test(s.value)) continue;
      // Denied before it ("not changed to MRI"); what follows it is about something else ("… (contrast selected in error)").
      const c = readContext(text, words[study].start, words[study].end);
      if ((c.negated && c.cues.some((q) => q.end <= words[study].start)) || c.hypothetical) continue;
      if (!(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value))) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status === 'recognized' && !decidesNotToImage(text, s, ow, false, true)) last = { field: s, reading: r };
    }
  }
  return last;
}
/**
 * Where a sentence that ends a line without its stop goes on: to the stop or the end of the next line, when that line
 * opens in lower case (a hard-wrapped sentence: "… XR lumbar spine AP/lat/obliques\nordered instead."); else `end`.
 */
function wrappedEnd(text: string, end: number): number {
  if (/[.;:!?]\s*$/.test(text.slice(Math.max(0, end - 2), end))) return end;
  const next = /^[ \t]*\r?\n[ \t]*(?=\p{Ll})/u.exec(text.slice(end, end + 40));
  if (!next) return end;
  const from = end + next[0].length;
  const stop = /[.;\n]/.exec(text.slice(from, from + 200));
  return stop ? from + stop.index : Math.min(text.length, from + 200);
}
/** A change told of another time or place: before this visit, at another hospital, or one that never happened. */
export const CHANGE_ELSEWHERE =
  /\b(?:last (?:week|month|year|visit)|ago|previously|earlier this (?:month|year)|osh|outside|referring|other hospital|never (?:done|scheduled|performed)|missed|could not attend|did not attend|not attended)\b/i;
/** Keys where a change told is one of the past ("Prior: XR, then switched to MRI") or someone else's. */
const NO_CHANGE_KEYS = new Set<string>(['Prior imaging', 'PMH', 'FHx']);

/**
 * In a clause, the index of the study it was changed to: after a change word done (not "will be changed
 * to", "to be switched to"), within eight words, after "to", a dash or a colon; or the clause's study
 * with "instead" ("US spine ordered instead", "instead, US spine"; in "US instead of XR" the one before).
 */
function changedToStudy(text: string, words: readonly Word[], ow: OrderWords): number | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (ow.instead.has(w)) {
      // Only a replacement done: the clause orders it outright ("US spine ordered instead"), or is the
      // study and "instead" alone ("US spine instead."); not "Recommend MRI instead", "will call re: MRI instead".
      const head = studyHead(words);
      const done = findAny(words, ow.explicit).some((c) => text.slice(c.start, c.end).toLowerCase().endsWith('ed'));
      if (head < 0 || !(done || (head === 0 && i === words.length - 1))) continue;
      if (head < i) return head;
      if (words[i + 1]?.text !== 'of' && head <= i + 3) return head;
    } else if (
      (ow.changedTo.has(w) && !(i > 0 && words[i - 1].text === 'be')) ||
      (ow.changeVerbs.has(w) && i > 1 && words[i - 1].text === 'to' && ow.changeDecided.has(words[i - 2].text))
    ) {
      for (let j = i + 1; j < words.length && j <= i + 8; j++) {
        if (!STUDY_HEAD.has(words[j].text)) continue;
        const between = text.slice(words[j - 1].end, words[j].start);
        if (words[j - 1].text === 'to' || /[-\u2013\u2014:]/.test(between)) return j;
        break;
      }
    }
  }
  return undefined;
}
