import type { Knowledge } from '../knowledge/knowledge';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { type OrderReading, knownCode, readOrder } from './order';
import { readPriorStudy } from './prior';
import { DATED, SLASH_DATE, alternation, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { findAny, longestPhraseAt, phraseSetOf } from './vocabulary';

/** A study read from where a note bills or reviews it, with the words it was read from. */
export interface CodedStudy {
  span: Span;
  reading: OrderReading;
}

/**
 * A charge, billing or order-entry line carries the study ordered as its CPT code, with at most an abbreviated
 * description ("CHG REQ | 72148 | MRI LUMBAR SPINE W/O CONTRAST | UNITS 1", "CPT 76800  US EXAM SPINAL CANAL",
 * "LN1  72158-26  MRI SPINE LMBR W/O&W/DYE", "72080  X-RAY EXAM THORACOLMB 2/> VW", "CPT: 72148 MRI …"): such notes
 * have no order key and often no sentence, so the code is the only place the order is told. It is read only where the
 * note's own Order, Plan or change sentences tell no order (order-candidate.ts readOrderCandidate). A line counts when it opens
 * on its code or on a line label (order-vocabulary coded.lineLabels, a colon after it or not), or holds billing columns
 * ("|", "UNITS 1"), with no other key before the code ("Exam: US SPINAL CANAL (76800)" is read by its key) and no verb
 * (coded.proseWords: "CPT 72148 was denied last year" is a sentence); a code is read only when it is a known study's,
 * so an anaesthesia code ("01922") or an account number ("ACCT 72146") orders nothing.
 * Each line is judged on its own: one labelled or marked as done before, cancelled or already posted, before or after
 * its code ("PRIOR 76800: limited", "… UNITS 1 | cancelled", "(OSH)"), told with a date or result, or under a heading
 * that says so ("Charges already posted:", "Outside studies reviewed:") is no order, and leaves the other lines standing.
 * Lines of the order that follow each other, with the same date, are one order: a whole spine billed as its three
 * regions (72156, 72157, 72158) is read as the complete spine (order.ts wholeSpineOf); lines of different dates are
 * separate studies, and with more than one such group the note tells no one order.
 */
export function codedOrder(text: string, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  if (!/\d{5}/.test(text)) return undefined;
  const groups: { span: Span; date: string }[] = [];
  let open = false;
  let heading = false;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = { start: at, end };
    at = end + 1;
    const coded = codedLine(text, line, k);
    if (!coded) {
      const value = text.slice(line.start, line.end).trim();
      open = false;
      // A heading over the lines below ("Charges already posted:", "Prior imaging:", "Radiology hx:", "Imaging to
      // date:") tells their status; a blank line keeps it.
      if (value) heading = value.endsWith(':') && priorHeading(value, k);
      continue;
    }
    if (heading || coded.status !== 'order') {
      open = false;
      continue;
    }
    const last = groups[groups.length - 1];
    if (open && last && last.date === coded.date) last.span = { start: last.span.start, end: coded.span.end };
    else groups.push({ span: coded.span, date: coded.date });
    open = true;
  }
  if (groups.length === 0 || groups.some((g) => g.date !== groups[0].date)) return undefined;
  const block = groups[0].span;
  const reading = readOrder(text.slice(block.start, block.end), contrast, k);
  return reading.status === 'recognized' ? { span: block, reading } : undefined;
}

/** The date a line is charged on: a day and month, with or without the year ("03/14", "3/14/26"), standing alone. */
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\d/])${SLASH_DATE}(?:\/\d{2,4})?(?![\d/])`);

/** A line billing a known study (codedOrder), trimmed, with its status and the date it is charged on ('' for none). */
function codedLine(text: string, line: Span, k: Knowledge): { span: Span; status: 'order' | 'not'; date: string } | undefined {
  const value = text.slice(line.start, line.end);
  work.steps += value.length;
  const code = knownCode(value, k);
  if (!code) return undefined;
  const v = k.vocabulary.coded;
  const at = code.index ?? 0;
  // "LN1", "DX2": a label numbered by its line.
  const label = (w: string) => w.replace(/\d+$/, '');
  const lead = value.slice(0, at);
  const before = toWords(lead);
  const labelled = before.length > 0 && wordSetOf(v.lineLabels).has(label(before[0].text));
  // "Exam: US SPINAL CANAL (76800)", "Service requested: MRI …": a keyed line is read by its key; "CPT: 72148" is a label.
  const colon = lead.indexOf(':');
  const priorLabel = statusWord(before, wordSetOf(v.priorLabels), k);
  if (colon >= 0 && !priorLabel && !(labelled && toWords(lead.slice(0, colon)).length === 1)) return undefined;
  // The line's own columns: "… | CLIN: 3 wks LBP" after the code is another key's value.
  const key = /\p{L}{1,24}\.?[ \t]{0,3}:/u.exec(value.slice(at));
  const own = value.slice(0, key ? at + key.index : value.length);
  const words = toWords(own);
  if (words.some((w) => wordSetOf(v.proseWords).has(w.text))) return undefined;
  const opens = before.length === 0 || labelled;
  const columns = value.includes('|') || toWords(value).some((w) => wordSetOf(v.billingFields).has(w.text));
  if (!opens && !columns) return undefined;
  const start = line.start + value.length - value.trimStart().length;
  const span = { start, end: line.start + value.trimEnd().length };
  const prior = priorLabel || statusIn(own, k) || toldDone(text, { start: span.start, end: line.start + own.length }, k);
  const date = DAY_MONTH_YEAR.exec(lead)?.[0] ?? '';
  return { span, status: prior ? 'not' : 'order', date };
}

/**
 * A word of the value that makes a billed study no order to do (order-vocabulary coded.lineStatus); an order-entry
 * screen's order line tells its status so too ("ORD: MRI L SPINE (DISCONTINUED)": keyed-study.ts keyedStudy).
 */
export function statusIn(value: string, k: Knowledge): boolean {
  return statusWord(toWords(value), wordSetOf(k.vocabulary.coded.lineStatus), k);
}

/**
 * A word of the set ("LN1" read as "ln") that is not the payer's authorization: "prior auth required", "prior
 * authorization pending" (coded.authWords) tell what the payer needs before the study, not a study done before.
 */
function statusWord(words: readonly Word[], set: ReadonlySet<string>, k: Knowledge): boolean {
  const auth = wordSetOf(k.vocabulary.coded.authWords);
  return words.some((w, i) => set.has(w.text.replace(/\d+$/, '')) && !(i + 1 < words.length && auth.has(words[i + 1].text)));
}

/** A heading that tells the lines below it were done before or are no order: a status or prior word, or a phrase ("to date"). */
function priorHeading(value: string, k: Knowledge): boolean {
  const v = k.vocabulary.coded;
  const words = toWords(value);
  return statusIn(value, k) || statusWord(words, wordSetOf(v.priorLabels), k) || findAny(words, phraseSetOf(v.priorHeadings)).length > 0;
}

/**
 * A payer's peer-to-peer or utilization review ("P2P note – MRI L-spine w/o contrast (72148), initially pended",
 * "Peer to peer – outcome: DENIAL UPHELD / Requested by: Dr. Ruiz   Study: MRI L-spine w/o contrast") is about the
 * study the ordering clinician asked for: that study is the order whatever the payer decides, since a denial or a
 * pend leaves it standing. The note is one when its first line opens on a review head (order-vocabulary
 * payerReview.heads); the study is the one its first line names after the head, else a study key's value
 * (payerReview.studyKeys: "Study:", "Service requested:"). A study the reviewer suggests ("reviewer suggests plain
 * films first") is never read here; a request withdrawn and another ordered instead is read as a change (order-candidate.ts
 * changedOrder) before this. An appeal's heading is read apart, more strictly (appealedOrder).
 */
export function reviewedOrder(text: string, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  const lineStart = text.length - text.trimStart().length;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const head = toWords(text.slice(lineStart, lineEnd), lineStart);
  const review = longestPhraseAt(head, 0, phraseSetOf(k.vocabulary.payerReview.heads));
  if (review > 0) {
    const rest = studyOf(text, { start: head[review - 1].end, end: lineEnd }, k, contrast);
    if (rest) return rest;
    for (const m of text.matchAll(studyKeyPattern(k.vocabulary.payerReview))) {
      const from = (m.index ?? 0) + m[0].length;
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      // "Study: MRI L-spine w/o contrast (72148)   Reviewer: …": a column gap ends the value.
      const gap = /\S(?: {3,}|\t)/.exec(text.slice(from, to));
      const found = studyOf(text, { start: from, end: gap ? from + gap.index + 1 : to }, k, contrast);
      if (found) return found;
    }
  }
  // "UTILIZATION REVIEW SUMMARY / … / Service req: US spinal canal": where the review reads none, an appeal's heading may.
  return appealedOrder(text, head, lineEnd, k, contrast);
}

/**
 * An insurance appeal, a letter of medical necessity or a utilization-review summary (order-vocabulary
 * payerReview.appealHeads, round 58, fix58r, narrowed after review rfix58r): the note's first line is its heading, the
 * head opening it or after a subject line's label and its colon (payerReview.subjectLabels: "Re: Appeal of denied prior
 * authorization - ultrasound, spinal canal and contents"), and the head followed by the line's end, a mark (":", "-",
 * "–") or "of" ("Appeal of MRI lumbar spine (w/o contrast) denial"), never by another word ("UR sx", "UR Medicine",
 * "Appeal from mom for MRI", "Appeal for reimbursement - MRI obtained in the ED"). The study is the heading's when the
 * rest of the line is one sentence holding no word of payerReview.appealRefusals (another person's study, "for his
 * brother", "Mia's twin"; one done, withdrawn or declined, "obtained in the ED", "withdrew", "decided against"; a
 * service other than the study, "physical therapy following MRI"; the reviewer's alternative, "suggested MRI instead";
 * "not indicated", "if"); else, only below a heading alone on its line, a study key's value (payerReview.studyKeys:
 * and payerReview.appealStudyKeys: "Service req:"). Nothing here when the note's own Order, Plan, change or request reading finds an order.
 */
function appealedOrder(text: string, head: readonly Word[], lineEnd: number, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  const v = k.vocabulary.payerReview;
  const heads = phraseSetOf(v.appealHeads);
  let at = 0;
  if (head.length > 1 && wordSetOf(v.subjectLabels).has(head[0].text) && /^[ \t]*:/.test(text.slice(head[0].end, head[1].start))) at = 1;
  const end = longestPhraseAt(head, at, heads);
  if (end <= 0) return undefined;
  const after = text.slice(head[end - 1].end, lineEnd);
  // The head ends the line, or a mark or "of" follows it: "UR sx", "UR Medicine", "Appeal from mom" are no heading.
  if (/^[ \t]*$/.test(after)) {
    for (const m of text.matchAll(appealKeyPattern(v))) {
      const from = (m.index ?? 0) + m[0].length;
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const found = appealStudy(text, { start: from, end: to }, k, contrast);
      if (found) return found;
    }
    return undefined;
  }
  if (!/^[ \t]*(?::|-{1,2}|\u2013|\u2014|of\b)/i.test(after)) return undefined;
  // "UR" alone is a heading only before its colon ("UR: CT L-spine …"): "UR - cough x 3 days" is an upper respiratory illness.
  if (end - at === 1 && head[at].text === 'ur' && !/^[ \t]*:/.test(after)) return undefined;
  return appealStudy(text, { start: head[end - 1].end, end: lineEnd }, k, contrast);
}

/** A heading's or study key's study under an appeal head: one sentence, no refusal word (payerReview.appealRefusals). */
function appealStudy(text: string, span: Span, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  const value = text.slice(span.start, span.end);
  // "UR summary: 19 y/o M, college pitcher. LBP 6 wks. Requested MRI …": a summary told on, not a heading's study.
  if (/[.;!?](?=[ \t]+\S)/.test(value)) return undefined;
  const words = toWords(value);
  const refusals = phraseSetOf(k.vocabulary.payerReview.appealRefusals);
  if (findAny(words, refusals).length > 0 || /\p{L}'s\b/u.test(value)) return undefined;
  return studyOf(text, span, k, contrast);
}

/** The span's study, trimmed of the marks that join it to a head ("– ", ": "), when one is read there. */
function studyOf(text: string, span: Span, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  const raw = text.slice(span.start, span.end);
  const value = raw.replace(/^[\s:\-\u2013\u2014|]+/, '').trimEnd();
  if (!value) return undefined;
  const start = span.start + raw.indexOf(value);
  // "P2P – MRI L-spine w/o contrast (72148) - denied, cancelled": a request cancelled or one done before is no order.
  if (statusIn(value, k) || toldDone(text, { start, end: start + value.length }, k)) return undefined;
  const reading = readOrder(value, contrast, k);
  return reading.status === 'recognized' ? { span: { start, end: start + value.length }, reading } : undefined;
}

const studyKeyPattern = perVocabulary(
  (v: Knowledge['vocabulary']['payerReview']) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(v.studyKeys, { longestFirst: true, one: phrasePattern })})[ \t]*:`, 'giu'),
);

/** The study keys below an appeal head alone on its line: the review's and payerReview.appealStudyKeys ("Service req:"). */
const appealKeyPattern = perVocabulary(
  (v: Knowledge['vocabulary']['payerReview']) =>
    new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation([...v.studyKeys, ...v.appealStudyKeys], { longestFirst: true, one: phrasePattern })})[ \t]*:`, 'giu'),
);

/**
 * A study told with its result or its date ("Study: MRI L-spine 2023 - normal", "CPT 76800 US SPINE 03/2025 - conus
 * at L2") was done before: a prior, never the order.
 */
function toldDone(text: string, span: Span, k: Knowledge): boolean {
  const value = text.slice(span.start, span.end);
  return DATED.test(value) || readPriorStudy(value, span, k).result !== 'unknown';
}
