/** The study a note orders: its Order or Plan value, a billed study, a changed order, or one found elsewhere in the text. */
import { orderLineDeclined } from './order-line-declined';
import { type CodedStudy, codedOrder, reviewedOrder } from './coded';
import { choiceLeftOpen } from './choice-open';
import { decisionLeftBefore } from './decision-left';
import type { Knowledge } from '../knowledge/knowledge';
import { lookupKey } from '../notes/keys';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { readContext } from './context';
import { readOrder } from './order';
import { findAny, longestPhraseAt } from './vocabulary';
import { first } from './keyed-study';
import { STUDY_NAMED, NAMES_SPINE, BONE_SCAN, studyHead, STUDY_HEAD, startsWithStudy, isHeadAt, NAMES_A_STUDY, ARROWS, ARROW_CHAR } from './study-names';
import { breaksClause, negates, wordIndex } from './clauses';
import { ARTICLES } from './order-another-visit';
import { DATED } from './patterns';
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
  spelledStudies: readonly Span[],
): { order: NonNullable<Facts['order']>; orderLine: boolean; billed?: CodedStudy } | undefined {
  const contrast = first(all, 'Contrast')?.value;
  // Most notes hold no word of a change: one test of the whole note instead of one per value.
  // "Protocol: Changed to CT L-spine WITHOUT contrast …": a line keyed for the study (a radiologist's protocol, an order
  // entry), which no other reading of the history holds, tells a change as any other line does, unless the line leaves it
  // pending or undoes it ("pending ordering provider approval", "Ordering NP disagrees …; reverted to CT with contrast as
  // ordered"): the order received stands.
  const protocolLines = () => orderKeyed.filter((f) => !findAny(toWords(f.value, f.valueSpan.start), ow.changeUnsettled).length);
  const changed =
    MAY_CHANGE.test(text) || ow.mayChangeAs.test(text) || cancelledByArrow(text, ow) ? changedOrder(text, withOrderKeyed(all, protocolLines()), contrast, k, ow) : undefined;
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
    // "Imaging: will let day team decide (MRI vs XR) after ortho sees her": the choice left to later orders nothing.
    if (decisionLeftBefore(text, written, written, ow)) continue;
    // "Imaging: MRI vs XR", "Order: MRI or XR?": two studies offered and none chosen orders neither (choice-open.ts).
    if (choiceLeftOpen(text, written.value, written.valueSpan.end, ow)) continue;
    // "Imaging: XR considered - not indicated": its one study weighed and declined right after it (order-line-declined.ts).
    if (orderLineDeclined(text, written, ow)) continue;
    // "Order: Please no US; CT L-spine today": an Order line naming two studies orders the one its clauses
    // do not decline (plannedStudy); with none left, the line is still the order, read whole.
    const planned = plannedStudy(text, written, contrast, k, ow, false);
    if (planned && planned !== 'none') return { order: planned, orderLine: true };
    return { order: { field: written, reading }, orderLine: true };
  }
  const order = readOrderElsewhere(text, all, k, orderKeyed, closingOf, ow, contrast, unread, spelledStudies);
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

/** ow.cancelledArrow, asked only of a text holding an arrow's character (ARROW_CHAR): nearly none does, and the pattern tries its words everywhere. */
const cancelledByArrow = (text: string, ow: OrderWords) => ARROW_CHAR.test(text) && ow.cancelledArrow.test(text);

/** Any word of order-vocabulary prose.changedTo or prose.instead: values without one are not searched. */
const MAY_CHANGE = /\b(?:chang|modif|amend|correct|switch|convert|revis|updat|replac|upgrad|downgrad|instead)/i;

/**
 * "Order modified by the ordering team to MRI lumbar spine WITHOUT contrast", "Addendum: order corrected -
 * MRI L-spine w/o", "XR order cancelled; US spine ordered instead", "XR not indicated at this age, protocolled as US
 * spine", "Final study: MRI L-spine without contrast": a note that tells its order was changed, or the study settled
 * after vetting, orders that study, wherever that is told, over the one first placed (the last change told counts).
 * The study follows the change word within eight words, after "to", a dash or a colon; or the words of prose.changedAs
 * ("protocolled as", "replaced with"); or a key or label of prose.finalLabels ("Final:", "Protocol:"); or stands in the
 * clause of "instead". Never a change told on a condition or declined; what the clauses before the change's own say of
 * the study replaced ("XR not indicated, …", "XR - CANCELLED, replaced with …") does not stop it.
 */
function changedOrder(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  let last: Facts['order'];
  // A change comes after the order it changes: the first line placing one (an Order or Plan line), else anywhere.
  let anchor = Infinity;
  for (const f of all) if (f.value && f.key && ORDER_KEYS.includes(f.key.name)) anchor = Math.min(anchor, f.valueSpan.start);
  if (anchor === Infinity) anchor = -1;
  for (const f of all) {
    if (!f.value || NO_CHANGE_KEYS.has(f.key?.name ?? '')) continue;
    // "Final study: MRI L-spine w/o", "Protocol: USS lumbosacral spine": a key naming the study settled (prose.finalLabels),
    // unless its line leaves it unsettled ("Protocol: MRI w/wo - pending d/w referrer", "as requested").
    const finalKeyWords = f.key ? '' : keyWords(f.rawKey.replace(/\([^()]*\)/g, ' '));
    const finalKey = ow.finalKeys.has(finalKeyWords) && !findAny(toWords(f.value), ow.changeUnsettled).length;
    // "SPECT request withdrawn; XR lumbar spine AP/lat/obliques\nordered instead.": a sentence wrapped onto the next line.
    const value = text.slice(f.valueSpan.start, wrappedEnd(text, f.valueSpan.end));
    if (!finalKey && !MAY_CHANGE.test(value) && !ow.mayChangeAs.test(value) && !cancelledByArrow(value, ow)) continue;
    let before: { text: string; start: number } | undefined;
    for (const told of value.matchAll(/[^.;]+/g)) {
      const prev = before;
      before = { text: told[0], start: f.valueSpan.start + (told.index ?? 0) };
      // "… but MRI whole spine WITHOUT contrast - no indication for gad. Order changed.": a sentence telling only that the
      // order was changed changes it to the study the sentence before it ends on.
      const bare = prev !== undefined && told[0].length < 60 && !told[0].includes('?') && !prev.text.includes('?') && bareChange(toWords(told[0]), ow);
      const m = bare ? [prev.text] : [told[0]];
      const start = bare ? prev.start : before.start;
      const keyed = finalKey && !bare && told.index === 0 ? finalKeyWords : undefined;
      // "Last month PCP ordered US spine instead of XR", "OSH changed it to US spine": a change told of another time or place.
      if ((start < anchor && !keyed) || CHANGE_ELSEWHERE.test(m[0])) continue;
      const words = toWords(m[0], start);
      const found = bare ? lastStudyOpening(text, words) : changedToStudy(text, words, ow, keyed);
      if (found === undefined) continue;
      const { study, label } = found;
      // "Accept: US spine.", "Protocolled by rads: MRI L-spine w/wo": a radiologist's acceptance (prose.vettedStudyOnly) is the
      // order only when the rest of the value after the study is nothing but its region, contrast, views, sedation or urgency
      // ("Accept: MRI L-spine w/o not justified at this age", "Accepted - MRI … request returned to GP" are verdicts).
      if ((found.vetted || (label !== undefined && ow.vettedStudyOnly.labels.has(label))) && !onlyStudyWords(text, words[study].start, f.valueSpan.start + value.length, ow))
        continue;
      // A label's line says how settled it is, as a key's does ("Final: MRI w/o pending approval").
      if (label && findAny(words, ow.changeUnsettled).length) continue;
      // Someone's wish, a discussion or a decision against it is no change made ("mom asked for it to be changed to CT").
      // "Ordering MD modified request to XR lumbar spine", "request converted into a spinal ultrasound": the request the
      // change word takes, or that takes it, is the one changed, no proposal. Only the change's own clause is asked: the
      // clauses before it tell of the study replaced ("XR not indicated at this age, protocolled as US spine", "XR L-spine -
      // CANCELLED, replaced with US spine"), as does, in the clause, a withdrawal or denial before the change ("CT order
      // cancelled and replaced by an ultrasound") and a bracket naming another study ("accepted as US spine (XR will not
      // show the cord)"); a condition or a discussion before it still holds it ("if neg … modified class -> MRI").
      let from = found.from;
      while (from > 0 && !breaksClause(text, words[from - 1].end, words[from].start)) from--;
      const aside = otherStudyAsides(text, m[0], start, words[study]);
      // "spinal US ordered instead, XR cancelled": a later clause opening on another study tells of that one (the study
      // replaced), not of the change; the change's own words and value end before it.
      // A study a bare "Order changed." points to is told in its own clause: what follows it is about something else ("… - no
      // indication for gad").
      const ownEnd = bare ? clauseEndAfter(text, words, study) : otherStudyClauseAfter(text, words, study);
      const own = words.slice(from, ownEnd).filter((w) => !aside.some((a) => a.start <= w.start && w.end <= a.end));
      const changeAt = words[found.from].start;
      const end0 = start + m[0].length;
      const against = (h: Span) => h.start >= changeAt || !REPLACED_STUDY_DECLINED.test(text.slice(h.start, h.end));
      // The words of the change itself ("re-requested as MRI") are no proposal either, nor the request opening the change's
      // clause as its subject ("GP called, request changed to USS"); one asked ("?request changed to …"), someone's ("mum's
      // request changed to …") or proposed ("Suggest request changed to …") is.
      const inChange = (p: Span) => found.to !== undefined && changeAt <= p.start && p.end <= words[found.to - 1].end;
      const subject = (w: Word, i: number) => i === found.from - 1 && i === from && !/\?\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start));
      const changedRequest = (p: Span) =>
        inChange(p) || words.some((w, i) => (w.start === p.start && i > 0 && ow.changedTo.has(words[i - 1].text)) || (w.start === p.start && w.end === p.end && subject(w, i)));
      // "USS lumbar spine requested instead": the order word told after the new study, with no one's "by" after it, is the
      // writer's own request of it (prose.explicitCues), no one else's proposal ("mum requested US instead", "… requested by mum").
      const ownRequest = (p: Span) =>
        (found.imperative && p.start === words[found.from].start) ||
        (p.start >= words[study].end && findAny(toWords(text.slice(p.start, p.end)), ow.explicit).length > 0 && !/\bby\b/i.test(text.slice(p.end, end0)));
      if (findAny(own, ow.notOrder).some(against) || findAny(own, ow.proposals).some((p) => !changedRequest(p) && !ownRequest(p)) || findAny(own, ow.declinedAfter).some(against))
        continue;
      // A change left pending or undone in its own clause is none ("request changed to USS - pending referrer approval").
      // Not the new study's own approval ("… to MRI L-spine w/o - awaiting approval": the payer's, not the change's).
      if (findAny(own, ow.changeUnsettled).some((h) => h.start >= changeAt && !studysApproval(text, h, ow))) continue;
      const end = ownEnd < words.length ? words[ownEnd - 1].end : start + m[0].trimEnd().length;
      // "spinal US ordered instead", "lumbar MRI ordered instead": the region told right before the study's head names it too.
      let head = study;
      while (head > from && REGION_BEFORE_HEAD.has(words[head - 1].text) && !breaksClause(text, words[head - 1].end, words[head].start)) head--;
      const s: Field = { ...f, valueSpan: { start: words[head].start, end }, value: text.slice(words[head].start, end) };
      if (toldPast(s.value) || RESULT_WORD.test(s.value)) continue;
      if (heldBack(text, words, found, from, ow, contrast, k)) continue;
      // "Study performed: US spine 03/02/2025": a study performed told with its date is a report.
      if (label && /\bperformed\b/.test(label) && DATED.test(s.value)) continue;
      // Denied before it, in the change's own clause ("not changed to MRI"; not "XR not indicated at this age, protocolled as
      // US spine"); what follows it is about something else ("… (contrast selected in error)").
      const c = readContext(text, words[study].start, words[study].end);
      if ((c.negated && c.cues.some((q) => q.start >= words[from].start && q.end <= words[study].start)) || c.hypothetical) continue;
      if (!(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value))) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status === 'recognized' && !decidesNotToImage(text, s, ow, false, true)) last = { field: s, reading: r };
    }
  }
  return last;
}
/** Words a sentence telling only that the order was changed may hold beside a change word ("Order changed.", "Order has been updated accordingly"). */
const BARE_CHANGE_WORDS = new Set(['order', 'orders', 'request', 'requisition', 'the', 'has', 'have', 'been', 'was', 'now', 'accordingly']);

/** The sentence tells only that the order was changed, with a change word and no study ("Order changed", "Request updated accordingly"). */
function bareChange(words: readonly Word[], ow: OrderWords): boolean {
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.some((w) => ow.changedTo.has(w.text)) &&
    words.every((w) => ow.changedTo.has(w.text) || BARE_CHANGE_WORDS.has(w.text)) &&
    words.some((w) => w.text.startsWith('order') || w.text.startsWith('request'))
  );
}

/** The last study of a sentence opening a clause of its own, as a change's study ("agree MRI is next step, but MRI whole spine without contrast"). */
function lastStudyOpening(text: string, words: readonly Word[]): ReturnType<typeof changedToStudy> {
  for (let j = words.length - 1; j >= 0; j--) {
    if (!isHeadAt(words, j)) continue;
    const opens = j === 0 || breaksClause(text, words[j - 1].end, words[j].start) || words[j - 1].text === 'but';
    return opens ? { study: j, from: j } : undefined;
  }
  return undefined;
}

/** The index of the first word after the study at `study` that opens a new clause, else the sentence's length. */
function clauseEndAfter(text: string, words: readonly Word[], study: number): number {
  for (let j = study + 1; j < words.length; j++) if (breaksClause(text, words[j - 1].end, words[j].start)) return j;
  return words.length;
}

/**
 * The text from `start` to `end` holds only words of a study's name, region, contrast, views, sedation or urgency
 * (prose.vettedStudyOnly.words), and a study's name (prose.vettedStudyOnly.studies) only opening it: "Accept: US spine, CT"
 * is a list, no study vetted.
 */
function onlyStudyWords(text: string, start: number, end: number, ow: OrderWords): boolean {
  const ws = toWords(text.slice(start, end));
  let name = 0;
  while (name < ws.length && ow.vettedStudyOnly.studies.has(ws[name].text)) name++;
  return ws.slice(name).every((w) => ow.vettedStudyOnly.words.has(w.text));
}

/** Region words written before a study's head ("spinal US", "lumbar MRI", "L-spine US"). */
const REGION_BEFORE_HEAD = new Set(['spinal', 'spine', 'lumbar', 'lumbosacral', 'thoracic', 'thoracolumbar', 'cervical', 'sacral']);

/**
 * The index of the first word after the study at `study` that opens a clause of its own on another study's name ("US spine
 * ordered instead, XR cancelled": the "XR" clause), else the clause's length.
 */
function otherStudyClauseAfter(text: string, words: readonly Word[], study: number): number {
  for (let j = study + 1; j < words.length; j++) if (isHeadAt(words, j) && breaksClause(text, words[j - 1].end, words[j].start)) return j;
  return words.length;
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
 * A protocol told as history ("originally protocolled MRI whole spine without contrast", "initially protocolled as …") or
 * followed by a later change ("…; referrer requested contrast, reprotocolled with contrast", "re-protocolled", "changed to",
 * "amended to") is not the study now to be done: the later change, or the order, stands.
 */
const PROTOCOL_WORD = /^protocol/;
const PROTOCOL_LATER = /\b(?:re-?\s?protocol\w*|changed\s+to|amended\s+to|changed\s+over\s+to|switched\s+to)\b/i;
function protocolSuperseded(text: string, words: readonly Word[], i: number, ow: OrderWords): boolean {
  if (!PROTOCOL_WORD.test(words[i].text)) return false;
  if (i > 0 && ow.protocolHistory.has(words[i - 1].text)) return true;
  return PROTOCOL_LATER.test(text.slice(words[i].end));
}

/**
 * In a clause, the index of the study it was changed to: after a change word done (not "will be changed
 * to", "to be switched to"), within eight words, after "to", a dash or a colon; or the clause's study
 * with "instead" ("US spine ordered instead", "instead, US spine"; in "US instead of XR" the one before); or the study
 * opening the words after a vetting's or change's words (prose.changedAs: "protocolled as a non-contrast MRI L-spine",
 * "replaced with US spine"), after a label of the study settled opening the clause (prose.finalLabels, before a colon or
 * a spaced dash: "Final: MRI L-spine non-contrast"), or (keyed: the clause opens the value of such a key, whose words
 * these are) opening the clause. With it, the index of the word that tells the change (from), the index after the words of prose.changedAs (to),
 * and the label, if one told it.
 */
function changedToStudy(
  text: string,
  words: readonly Word[],
  ow: OrderWords,
  keyed?: string,
): { study: number; from: number; to?: number; label?: string; imperative?: boolean; vetted?: boolean } | undefined {
  if (keyed) {
    const at = studyOpening(text, words, 0);
    if (at !== undefined) return { study: at, from: 0, label: keyed };
  }
  const label = longestPhraseAt(words, 0, ow.finalLabels);
  // "Protocolled by rads: MRI L-spine w/wo": radiology, who vetted it, may be named between the label and its colon
  // (prose.finalLabelBy); no other service ("Accepted by neurosurgery: …" is a transfer taken).
  const by = label > 0 && words[label]?.text === 'by' ? longestPhraseAt(words, label + 1, ow.finalLabelBy) : -1;
  const labelEnd = by > 0 ? by : label;
  // "Final order (after d/w sports med): MRI …": a bracket may stand between the label and its colon.
  const colon = label > 0 && labelEnd < words.length ? LABEL_END.exec(text.slice(words[labelEnd - 1].end, words[words.length - 1].start)) : null;
  const labelText = words
    .slice(0, label)
    .map((w) => w.text)
    .join(' ');
  // A radiologist's acceptance takes no bracket before its colon ("Accept (for twin sibling): US spine", "Accept (if MRI slot
  // unavailable): US spine", "Accepted (by neurosurgery, not radiology): …"): the bracket says whose or when, no vetting of this request.
  const vettedLabel = by > 0 || ow.vettedStudyOnly.labels.has(labelText);
  if (colon && !(vettedLabel && colon[0].includes('('))) {
    const after = words[labelEnd - 1].end + colon[0].length;
    const at = studyOpening(
      text,
      words,
      words.findIndex((w) => w.start >= after),
    );
    if (at !== undefined)
      return {
        study: at,
        from: 0,
        label: labelText,
        vetted: by > 0,
      };
  }
  for (let i = 0; i < words.length; i++) {
    // "xray cancelled -> US lumbar spine requested": the study cancelled, and after the arrow the one told ordered in its place.
    const arrowed = cancelledThenArrow(text, words, i, ow);
    if (arrowed !== undefined) return { study: arrowed, from: arrowed };
    // "protocolled as MRI lumbar spine non-contrast", "CANCELLED, replaced with US spine"; not "to be replaced with CT if …".
    const as = longestPhraseAt(words, i, ow.changedAs);
    if (as > 0 && !(i > 0 && words[i - 1].text === 'be') && !protocolSuperseded(text, words, i, ow)) {
      const at = studyOpening(text, words, as);
      if (at !== undefined) return { study: at, from: i, to: as };
    }
    const w = words[i].text;
    if (ow.instead.has(w)) {
      // "Addendum: … cancel USS, request MRI L-spine non-contrast instead": the clause of "instead" that opens on an order
      // verb right before its study (past an article) orders it, the writer's own request; the study cancelled before it
      // is another clause's.
      const opener = imperativeInstead(text, words, i, ow);
      if (opener !== undefined) return { study: opener.study, from: opener.from, imperative: opener.study !== opener.from };
      // Only a replacement done: the clause orders it outright ("US spine ordered instead"), or is the
      // study and "instead" alone ("US spine instead."); not "Recommend MRI instead", "will call re: MRI instead".
      const head = studyHead(words);
      const done = findAny(words, ow.explicit).some((c) => text.slice(c.start, c.end).toLowerCase().endsWith('ed'));
      // "Attending addendum: MRI whole spine without contrast instead.": the study opening its clause after a heading's colon
      // opens it as it would open the line.
      const opens = head === 0 || (head > 0 && text.charAt(words[head - 1].end) === ':' && breaksClause(text, words[head - 1].end, words[head].start));
      if (head < 0 || !(done || (opens && i === words.length - 1))) continue;
      if (head < i) return { study: head, from: 0 };
      if (words[i + 1]?.text !== 'of' && head <= i + 3) return { study: head, from: 0 };
    } else if (
      (ow.changedTo.has(w) && !(i > 0 && words[i - 1].text === 'be')) ||
      (ow.changeVerbs.has(w) && i > 1 && words[i - 1].text === 'to' && ow.changeDecided.has(words[i - 2].text)) ||
      // "Correction: after discussing with the radiologist, change the order to ultrasound of lumbosacral spine instead of the
      // Rx": the writer's own change, a change verb opening its clause (past "please"); the study after "to" is read as above.
      (ow.changeVerbs.has(w) && opensOwnClause(text, words, i))
    ) {
      // "Last time changed to non-contrast MRI lumbar spine; this time keep gad": a change told as one made before
      // (prose.changePast) is not this order's.
      if (findAny(words, ow.changePast).length) continue;
      // "request changed from XR lumbosacral spine to US spine": the study changed from is passed over, the one after "to" read.
      const changedFrom = words[i + 1]?.text === 'from';
      for (let j = i + 1; j < words.length && j <= i + (changedFrom ? 12 : 8); j++) {
        if (!STUDY_HEAD.has(words[j].text)) continue;
        const between = text.slice(words[j - 1].end, words[j].start);
        // "request changed from XR L-spine to US spine; referrer not yet agreed": a change told unsettled after its study, on
        // its line (prose.changeUnsettled), is none made, the study first requested standing.
        if (
          changedFrom &&
          words[j - 1].text === 'to' &&
          findAny(toWords(restOfLine(text, words[j].start), words[j].start), ow.changeUnsettled).some((h) => !studysApproval(text, h, ow))
        )
          break;
        if (words[j - 1].text === 'to' || /[-\u2013\u2014:]/.test(between)) return { study: lastChange(text, words, j, /:/.test(between)), from: i };
        // "Changed to non-contrast MRI lumbar spine", "downgraded to plain CT L-spine": the contrast told before the study, right
        // after "to", is the study's own; the study is read from it.
        const to = words.findIndex((x, n) => n > i && n < j && x.text === 'to');
        if (to > 0 && longestPhraseAt(words, to + 1, ow.contrastLead) === j && !breaksClause(text, words[to].end, words[j].start)) return { study: to + 1, from: i };
        if (changedFrom && words[j - 1].text === 'from') continue;
        break;
      }
    }
  }
  return undefined;
}

/** words[i] opens its clause, or follows only "please" there ("change the order to US spine", "please switch to MRI"). */
function opensOwnClause(text: string, words: readonly Word[], i: number): boolean {
  const at = i > 0 && PLEASE.has(words[i - 1].text) ? i - 1 : i;
  return at === 0 || breaksClause(text, words[at - 1].end, words[at].start);
}
const PLEASE = new Set(['please', 'pls', 'kindly']);

/**
 * "xray cancelled -> US lumbar spine requested", "XR L-spine order cancelled → US spine ordered": a word of prose.changedPlan
 * cancelled at words[i], told of a study named just before it in its clause, then nothing but an arrow, then a study told
 * ordered in its own clause by an order word of prose.explicitCues in the past ("requested", "ordered", "booked"): the order
 * changed, the study after the arrow's index. Not a cancellation alone ("xray cancelled"), one after the arrow ("US requested
 * -> cancelled"), nor an arrow after a condition ("if xray normal -> US"), nor a study after it not told ordered.
 */
function cancelledThenArrow(text: string, words: readonly Word[], i: number, ow: OrderWords): number | undefined {
  const end = i > 0 ? longestPhraseAt(words, i, ow.changedPlan.cancelled) : 0;
  if (end <= 0 || end >= words.length || negates(words, i - 1) || !ARROW_ALONE.test(text.slice(words[end - 1].end, words[end].start))) return undefined;
  let named = false;
  for (let q = i - 1; q >= 0 && q >= i - 5 && !named && !breaksClause(text, words[q].end, words[q + 1].start); q--) named = STUDY_HEAD.has(words[q].text);
  if (!named) return undefined;
  const at = studyOpening(text, words, end);
  if (at === undefined) return undefined;
  const told = findAny(words.slice(at), ow.explicit).some((c) => /ed$/i.test(text.slice(c.start, c.end)) && !breaksClause(text, words[at].end, c.start));
  return told ? at : undefined;
}
/** Nothing but an arrow between two words. */
const ARROW_ALONE = new RegExp(String.raw`^\s*(?:${ARROWS})\s*$`);

/**
 * "cancel USS, request MRI L-spine non-contrast instead": "instead" (words[i]) closing a clause of its own (after a comma,
 * a semicolon or a spaced dash) that opens on an order verb of prose.explicitCues, in any tense, right before its study (past
 * an article), or opens on its study ordered after it ("USS cancelled, MRI L-spine requested instead"). The study's index,
 * and the clause's first word.
 */
function imperativeInstead(text: string, words: readonly Word[], i: number, ow: OrderWords): { study: number; from: number } | undefined {
  let from = i;
  while (from > 0 && !breaksClause(text, words[from - 1].end, words[from].start)) from--;
  if (from === 0) return undefined;
  // Only the writer's own, undecided by no one and unreversed (review r35-orders H1): nothing on its line before the clause
  // governs it ("NSGY suggests:", "Radiology recommend:", "option to", "parents ask to", "Ortho would", "Note to self"), nothing
  // after it on its line or in its next sentence leaves it open ("- will d/w consultant", "once consultant agrees", "- parents to
  // decide", "I disagree, USS stays"), and no later line names a study ("MRI cancelled, USS reinstated").
  const lineStart = text.lastIndexOf('\n', words[from].start) + 1;
  if (INSTEAD_GOVERNED.test(text.slice(lineStart, words[from].start))) return undefined;
  // A relative's study (review2 r35 H5): "dad's MRI cancelled, request MRI L-spine instead for him" orders nothing for the child.
  const lineEndAt = text.indexOf('\n', words[i].end);
  if (INSTEAD_RELATIVE.test(text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt))) return undefined;
  const after = text.slice(words[i].end);
  const lineEnd = after.search(/\r?\n/);
  if (INSTEAD_OPEN.test(lineEnd < 0 ? after : after.slice(0, lineEnd))) return undefined;
  if (lineEnd >= 0 && NAMES_A_STUDY.test(after.slice(lineEnd))) return undefined;
  const cues = findAny(words.slice(from, i), ow.explicit);
  // "USS cancelled, MRI L-spine non-contrast requested instead": the clause opens on its study, ordered after it.
  if (isHeadAt(words, from) && cues.some((c) => c.start > words[from].start && text.slice(c.start, c.end).toLowerCase().endsWith('ed'))) return { study: from, from };
  const verb = cues.find((c) => c.start === words[from].start);
  if (!verb) return undefined;
  let at = wordIndex(words, verb.end);
  if (ARTICLES.has(words[at]?.text ?? '')) at++;
  return at < i && isHeadAt(words, at) ? { study: at, from } : undefined;
}

/** A word before the cancel-and-request on its line that makes it another's proposal, an option or a note for later. */
const INSTEAD_GOVERNED =
  /\b(?:suggest\w*|recommend\w*|advis\w*|propos\w*|option|options|ask|asks|asked|asking|would|could|should|may|might|consider\w*|note to self|wants?|wanted|prefer\w*|if|once|when|unless|whether|plan to|thinking|comment\w*|opinion)\b/i;
/** A relative's study on the line: "dad's MRI", "mum's", "for his father", "for dad". */
const INSTEAD_RELATIVE =
  /\b(?:mum|mom|mother|dad|father|parent|sister|brother|sibling|sib|twin|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|nan|nana)(?:'|\u2019)?s\b|\bfor\s+(?:(?:his|her|the)\s+)?(?:mum|mom|mother|dad|father|parent|sister|brother|sibling|twin)\b/i;
/** A word after it on its line that leaves it undecided or reversed. */
const INSTEAD_OPEN = /\b(?:once|if|when|unless|agree\w*|disagree\w*|d\/w|discuss\w*|decide\w*|decision|pending|approval|stays|reinstat\w*|keep|kept|not yet|will)\b/i;

/**
 * The study a change ends on, from the first study after its change word (j). "Request changed from XR L-spine to US spine,
 * then back to XR L-spine per parents": a later change back in the sentence wins (review r33-orders 3). "Request changed: XR
 * L-spine to US spine", "Request amended: XR L-spine -> US spine": after a colon the first study is the one changed from, the
 * one after "to" or an arrow the one changed to.
 */
function lastChange(text: string, words: readonly Word[], j: number, afterColon: boolean): number {
  let at = j;
  for (let n = j + 1; n < words.length; n++) {
    if (!STUDY_HEAD.has(words[n].text)) continue;
    const between = text.slice(words[n - 1].end, words[n].start);
    const prev = words[n - 1].text;
    if (prev === 'to' && words[n - 2]?.text === 'back') at = n;
    else if (afterColon && at === j && n <= j + 6 && (prev === 'to' || /->|\u2192/.test(between)) && !/[.;]/.test(text.slice(words[j].end, words[n].start))) at = n;
  }
  return at;
}

/**
 * "awaiting approval", "pending insurance authorization", "approval pending" (prose.studysApproval): the approval of the study
 * changed to, asked of the payer, not the change's (a change left to the referrer, "pending referrer approval", "awaiting referrer", is unsettled).
 */
function studysApproval(text: string, h: Span, ow: OrderWords): boolean {
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  const lineEnd = text.indexOf('\n', h.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  for (const m of line.matchAll(ow.studysApproval)) {
    const from = lineStart + (m.index ?? 0);
    if (from <= h.start && h.end <= from + m[0].length) return true;
  }
  return false;
}
/** The text from `at` to the end of its line. */
function restOfLine(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** What ends a label of prose.finalLabels: a colon or a spaced dash, maybe after a bracket ("Final order (after review):"). */
const LABEL_END = /^\s*(?:\([^()]{0,60}\)\s*)?(?::|\s[-\u2013\u2014](?=\s))\s*/;

/**
 * The index of the study opening the words from words[j] on, past an article ("a non-contrast MRI L-spine", in the
 * article's clause); undefined when they open on none.
 */
function studyOpening(text: string, words: readonly Word[], j: number): number | undefined {
  if (j < 0) return undefined;
  while (j + 1 < words.length && ARTICLES.has(words[j].text) && !breaksClause(text, words[j].end, words[j + 1].start)) j++;
  if (j >= words.length || !startsWithStudy(text.slice(words[j].start, words[words.length - 1].end))) return undefined;
  return j;
}

/** A withdrawal or a denial of need: before a change in its clause, it is the replaced study's ("CT cancelled and replaced by US"). */
const REPLACED_STUDY_DECLINED = /^(?:not|no)\b|cancel|declin|withdr|reject|discontinu|rescind|refus/i;

/**
 * The brackets of a clause (its text at `start`) that name a study and hold not the study changed to: asides about
 * another study ("accepted as US spine (XR will not show the cord)").
 */
function otherStudyAsides(text: string, clause: string, start: number, study: Word): Span[] {
  if (!clause.includes('(')) return [];
  const out: Span[] = [];
  for (const b of clause.matchAll(/\([^()]*\)/g)) {
    const span = { start: start + (b.index ?? 0), end: start + (b.index ?? 0) + b[0].length };
    if (span.start <= study.start && study.end <= span.end) continue;
    if (studyHead(toWords(text.slice(span.start, span.end))) >= 0) out.push(span);
  }
  return out;
}

const GENERAL_BE = new Set(['is', 'are']);
/** The words of prose.changedAs that may tell a general replacement ("XR is superseded by US"); not "protocolled", "vetted". */
const REPLACED = new Set(['replaced', 'superseded', 'substituted', 'swapped']);
const THIS_REQUEST = new Set(['request', 'order', 'referral', 'study', 'exam', 'scan', 'this', 'it', 'which']);
/** After a part a report tells of, its level (lumbar, sacral or T10-T12: never an MR weighting, "cord T1 sag") or a measure ("conus at L1-2", "conus L2", "filum 1 mm", "ends at the L1/2 disc"). */
const REPORTED_AT = /^\s*(?:(?:is|at|ends|lies|level|tip)\s+)*(?:at\s+)?(?:the\s+)?(?:[LS][1-5](?!\d)|T1[0-2]\b|\d+(?:\.\d+)?\s*mm\b)/i;
/** A clause's end inside a line: a comma, a stop, a semicolon, a bracket or a spaced dash. */
const CLAUSE_STOP = /[,;.()]|\s[-\u2013\u2014]\s/g;
/** Where the study's own words end: at a clause's end or a colon. */
const STUDY_SEGMENT_END = /[,;:()]|\s[-\u2013\u2014]\s/;
/** "US spine vs MRI", "US spine or MRI": another study offered beside it. */
const ALTERNATIVE = /\b(?:vs|versus|or)\b\.?\s+(?:an?\s+)?([\p{L}]+)/giu;

/**
 * A change found (changedToStudy) that its line holds back, the order first requested standing:
 * - asked, a "?" right before the change or after its study ("?protocolled as US spine", "replaced with US spine?");
 * - offered with another study, nothing settled ("Final: US spine vs MRI", "US spine or MRI, d/w radiologist");
 * - a label's line that reports the study done (prose.finalReportWords: "Final: US spine, no tethered cord", "Protocol: US
 *   lumbar spine; result: tethered cord"), not what the study is to look for (prose.finalReportAsked: "to assess conus");
 * - proposed in its clause (prose.changeProposals: "suggest protocolled as US spine", "I'd suggest this is …");
 * - a general statement (prose.changeGeneral: "in infants XR has been replaced by US spine as the first-line test"; "XR is
 *   superseded by US spine"; "… since 2019");
 * - left open or undone later on its line (prose.changeLeftOpen: "replaced with US spine, GP to confirm"; prose.changeKept
 *   after another study: "vetted to US spine - GP not happy, XR proceeds");
 * - a change of another, non-spine request ("US head replaced with US spine", "MRI brain protocolled as MRI brain and
 *   whole spine"), which leaves the spine order alone.
 */
function heldBack(
  text: string,
  words: readonly Word[],
  found: { study: number; from: number; to?: number; label?: string },
  from: number,
  ow: OrderWords,
  contrast: string | undefined,
  k: Knowledge,
): boolean {
  const study = words[found.study];
  const changeAt = words[found.from].start;
  const lineStart = text.lastIndexOf('\n', changeAt - 1) + 1;
  const nl = text.indexOf('\n', study.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const clauseEnd = words[words.length - 1].end;
  if (/\?\s*$/.test(text.slice(lineStart, changeAt))) return true;
  const studyClause = text.slice(study.start, Math.min(lineEnd, clauseEnd + 1));
  const segment = studyClause.split(STUDY_SEGMENT_END)[0];
  if (/\S\?(?=\s|$)/.test(segment)) return true;
  for (const a of segment.matchAll(ALTERNATIVE)) if (STUDY_HEAD.has(a[1].toLowerCase())) return true;
  if (found.label !== undefined) {
    const line = toWords(text.slice(lineStart, lineEnd), lineStart);
    const asked = (h: Span) => {
      const before = text.slice(lineStart, h.start);
      let windowStart = 0;
      for (const c of before.matchAll(CLAUSE_STOP)) windowStart = (c.index ?? 0) + c[0].length;
      return /\?\s*$/.test(before) || findAny(toWords(before.slice(windowStart), lineStart + windowStart), ow.finalReportAsked).length > 0;
    };
    if (findAny(line, ow.finalReportWords).some((h) => !asked(h))) return true;
    // "conus at L1-2", "filum 1 mm", "fatty filum", "conus terminates at L1": a part told with its finding.
    for (const h of findAny(line, ow.finalReportAnatomy)) {
      if (asked(h)) continue;
      const i = line.findIndex((w) => w.start === h.start);
      const j = line.findIndex((w) => w.end === h.end);
      const beside = line.slice(Math.max(0, i - 2), j + 4).filter((w) => !breaksClause(text, Math.min(w.end, h.end), Math.max(w.start, h.start)));
      if (REPORTED_AT.test(text.slice(h.end, lineEnd)) || findAny(beside, ow.finalReportStated).length) return true;
    }
  }
  const own = words.slice(from, found.from);
  if (findAny(own, ow.changeProposals).length) return true;
  if (findAny(words.slice(from), ow.changeGeneral).length || /\bsince\s+(?:19|20)\d\d\b/.test(text.slice(words[0].start, clauseEnd))) return true;
  // "XR is superseded by US spine": a modality's present, told in general; not "XR L-spine is protocolled as US spine",
  // "this request is replaced with …".
  // An adverb may stand between ("plain films are generally substituted by spinal US").
  const be = found.from - (found.from > 1 && /ly$/.test(words[found.from - 1].text) ? 2 : 1);
  if (found.to !== undefined && be >= 0 && GENERAL_BE.has(words[be].text) && REPLACED.has(words[found.from].text) && !THIS_REQUEST.has(words[be - 1]?.text ?? '')) return true;
  const rest = toWords(text.slice(study.end, lineEnd), study.end);
  // "GP to confirm", not a purpose taking its object ("to confirm conus level"); "XR proceeds", not "MRI to proceed if …".
  const purpose = (h: Span) =>
    /^to\s/i.test(text.slice(h.start, h.end)) && !/\bwith$/i.test(text.slice(h.start, h.end)) && /^[ \t]*(?!by\b)[\p{L}\d]/iu.test(text.slice(h.end, lineEnd));
  // "Request changed from XR L-spine to MRI L-spine w/o - awaiting approval": after a change told from one study to another, the
  // approval awaited is the new study's, asked of the payer, not the change's (studysApproval; review r33-orders 3).
  const fromTo = words[found.from + 1]?.text === 'from';
  if (findAny(rest, ow.changeLeftOpen).some((h) => !purpose(h) && !(fromTo && studysApproval(text, h, ow)))) return true;
  for (const h of findAny(rest, ow.changeKept)) {
    if (/^[ \t]*(?:if|when|once|after|should|depending|unless)\b/i.test(text.slice(h.end, lineEnd))) continue;
    if (rest.some((w) => w.end <= h.start && STUDY_HEAD.has(w.text) && w.text !== study.text)) return true;
  }
  // The request changed, named before the change in its clause ("US head replaced with …", "the hip ultrasound is
  // protocolled as …", "renal tract US replaced by …"): one of another part leaves the spine order alone.
  if (own.some((w) => STUDY_HEAD.has(w.text)) && readOrder(text.slice(own[0].start, changeAt), contrast, k).status === 'not-spine') return true;
  return false;
}
