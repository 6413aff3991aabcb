import type { Knowledge } from '../knowledge/knowledge';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import { type OrderReading, readOrder } from './order';
import { readPriorStudy } from './prior';
import { alternation, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { longestPhraseAt, phraseSetOf } from './vocabulary';

/** A study read from where a note bills or reviews it, with the words it was read from. */
export interface CodedStudy {
  span: Span;
  reading: OrderReading;
}

/** A study's CPT code, maybe with its modifier ("72158-26"): the five digits alone are the code. */
const CODE = /(?<![\d.])\d{5}(?![\d.])/g;

/**
 * A charge, billing or order-entry line carries the study ordered as its CPT code, with at most an abbreviated
 * description ("CHG REQ | 72148 | MRI LUMBAR SPINE W/O CONTRAST | UNITS 1", "CPT 76800  US EXAM SPINAL CANAL",
 * "LN1  72158-26  MRI SPINE LMBR W/O&W/DYE", "72080  X-RAY EXAM THORACOLMB 2/> VW"): such notes have no order key and
 * often no sentence, so the code is the only place the order is told. A line counts when it opens on its code or on a
 * line label (order-vocabulary coded.lineLabels), or holds billing columns ("|", "UNITS 1"), with no key before the code
 * ("Exam: US SPINAL CANAL (76800)" is read by its key); a code is read only when it
 * is a known study's, so an anaesthesia code ("01922") or a member number orders nothing. A line labelled as a study
 * done before ("PRIOR 76800: limited", "PRIOR: 76800 @ outside fac") is a prior, never the order.
 * Coded lines that follow each other are one order: a whole spine billed as its three regions (72156, 72157, 72158)
 * is read as the complete spine (order.ts wholeSpineOf).
 */
export function codedOrder(text: string, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  if (!/\d{5}/.test(text)) return undefined;
  let block: Span | undefined;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const coded = codedLine(text, { start: at, end }, k);
    if (coded) block = { start: block?.start ?? coded.start, end: coded.end };
    else if (block) break;
    at = end + 1;
  }
  if (!block || toldDone(text, block, k)) return undefined;
  const reading = readOrder(text.slice(block.start, block.end), contrast, k);
  return reading.status === 'recognized' ? { span: block, reading } : undefined;
}

/** The line trimmed, when it bills a known study (codedOrder); else undefined. */
function codedLine(text: string, line: Span, k: Knowledge): Span | undefined {
  const value = text.slice(line.start, line.end);
  work.steps += value.length;
  let first: RegExpMatchArray | undefined;
  for (const m of value.matchAll(CODE))
    if (k.byCpt.has(m[0])) {
      first = m;
      break;
    }
  if (!first) return undefined;
  const v = k.vocabulary.coded;
  // "LN1", "DX2": a label numbered by its line.
  const label = (w: string) => w.replace(/\d+$/, '');
  // "Exam: US SPINAL CANAL (76800)", "Service requested: MRI …": a keyed line is read by its key.
  if (value.slice(0, first.index).includes(':')) return undefined;
  const before = toWords(value.slice(0, first.index));
  if (before.some((w) => wordSetOf(v.priorLabels).has(label(w.text)))) return undefined;
  const opens = before.length === 0 || wordSetOf(v.lineLabels).has(label(before[0].text));
  const columns = value.includes('|') || toWords(value).some((w) => wordSetOf(v.billingFields).has(w.text));
  if (!opens && !columns) return undefined;
  const lead = value.length - value.trimStart().length;
  return { start: line.start + lead, end: line.start + value.trimEnd().length };
}

/**
 * A payer's peer-to-peer or utilization review ("P2P note – MRI L-spine w/o contrast (72148), initially pended",
 * "Peer to peer – outcome: DENIAL UPHELD / Requested by: Dr. Ruiz   Study: MRI L-spine w/o contrast") is about the
 * study the ordering clinician asked for: that study is the order whatever the payer decides, since a denial or a
 * pend leaves it standing. The note is one when its first line opens on a review head (order-vocabulary
 * payerReview.heads); the study is the one its first line names after the head, else a study key's value
 * (payerReview.studyKeys: "Study:", "Service requested:"). A study the reviewer suggests ("reviewer suggests plain
 * films first") is never read here; a request withdrawn and another ordered instead is read as a change (facts.ts
 * changedOrder) before this.
 */
export function reviewedOrder(text: string, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  const lineStart = text.length - text.trimStart().length;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const head = toWords(text.slice(lineStart, lineEnd), lineStart);
  const headEnd = longestPhraseAt(head, 0, phraseSetOf(k.vocabulary.payerReview.heads));
  if (headEnd <= 0) return undefined;
  const rest = studyOf(text, { start: head[headEnd - 1].end, end: lineEnd }, k, contrast);
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
  return undefined;
}

/** The span's study, trimmed of the marks that join it to a head ("– ", ": "), when one is read there. */
function studyOf(text: string, span: Span, k: Knowledge, contrast: string | undefined): CodedStudy | undefined {
  const raw = text.slice(span.start, span.end);
  const value = raw.replace(/^[\s:\-\u2013\u2014|]+/, '').trimEnd();
  if (!value) return undefined;
  const start = span.start + raw.indexOf(value);
  if (toldDone(text, { start, end: start + value.length }, k)) return undefined;
  const reading = readOrder(value, contrast, k);
  return reading.status === 'recognized' ? { span: { start, end: start + value.length }, reading } : undefined;
}

const studyKeyPattern = perVocabulary(
  (v: Knowledge['vocabulary']['payerReview']) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(v.studyKeys, { longestFirst: true, one: phrasePattern })})[ \t]*:`, 'giu'),
);

/**
 * A study told with its result or its date ("Study: MRI L-spine 2023 - normal", "CPT 76800 US SPINE 03/2025 - conus
 * at L2") was done before: a prior, never the order.
 */
function toldDone(text: string, span: Span, k: Knowledge): boolean {
  const value = text.slice(span.start, span.end);
  return DATED.test(value) || readPriorStudy(value, span, k).result !== 'unknown';
}
const DATED = /(?<![\d/])(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{2})(?![\d/])/;
