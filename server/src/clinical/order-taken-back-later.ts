/**
 * A later line of the note that takes back the study an earlier line started or ordered (round 55, fix55b): a
 * nurse-initiated protocol study with the doctor's addendum ("RN 1430: … XR L-spine per protocol started." /
 * "MD 1455: XR cancelled - no indication."), "Addendum: XR not needed.", "Dr: hold XR pending MD review". The study the
 * addendum decides is the order now, and a study cancelled or held is none (order-vocabulary prose.laterLineTakenBack).
 *
 * Narrow by its place: the line opens on it, past at most a clinician's label; the study is named alone and is the
 * order's own (its modality, no other body part); the rest of the line is a reason and no more. Anything else (a
 * relative's or another service's label, another study, a question, a condition, a past, the study named again later)
 * leaves the order as it was read.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { readOrder } from './order';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';
import { findAny, longestPhraseAt } from './vocabulary';
import { conditioned } from './clauses';
import { STUDY_HEAD, isHeadAt } from './study-names';
import { toldPast } from './study-reported';
import { contextLexicon } from './lexicon';
import { DATED, wordSetOf } from './patterns';

/** A label opening the line: a word, maybe a clock time ("MD 1455:", "RN 14:30:"), then a colon. */
const LABEL = /^([A-Za-z][A-Za-z0-9]*)\.?(?:[ \t]+\d{1,2}[:.h]?\d{2}h?)?[ \t]*:[ \t]*/;
/** Any other key opening the line ("Mum:", "Radiology:", "Prior imaging:"): someone else's line, or another section. */
const OTHER_KEY = /^[A-Za-z][^:\n]{0,40}:/;
/** Bullets a line may open on. */
const BULLET = /^[ \t]*(?:[-*\u2022][ \t]+)?/;
/** How many words of a name may follow the study's head before the cancellation ("XR lumbar spine AP lat"). */
const NAME_WORDS = 4;

/**
 * The span of the later line's cancellation or hold of the order's study, or undefined. The first such line counts, and
 * only where no line after it names a study of the order's modality again (rebooked, reordered or weighed anew).
 */
export function takenBackOnLaterLine(text: string, o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  const modality = o.reading.procedure?.modality;
  if (!modality) return undefined;
  let nl = text.indexOf('\n', o.field.valueSpan.end);
  let hit: Span | undefined;
  while (nl >= 0) {
    const from = nl + 1;
    const next = text.indexOf('\n', from);
    const end = next < 0 ? text.length : next;
    if (hit) {
      // "MD 1510: reinstated after discussion", "Addendum: parents changed their mind, proceed.": the order stands again.
      if (namesModality(text.slice(from, end), modality, k) || findAny(toWords(text.slice(from, end)), ow.laterLineTakenBack.restored).length) return undefined;
    } else hit = lineTakesBack(text, from, end, modality, k, ow);
    nl = next;
  }
  return hit;
}

/** The line names a study of the modality ("MD 1530: XR reordered", "Plan: XR if not settling"). */
function namesModality(line: string, modality: string, k: Knowledge): boolean {
  const words = toWords(line);
  if (!words.some((_, j) => isHeadAt(words, j))) return false;
  return readOrder(line, undefined, k).procedure?.modality === modality;
}

function lineTakesBack(text: string, from: number, end: number, modality: string, k: Knowledge, ow: OrderWords): Span | undefined {
  const lw = ow.laterLineTakenBack;
  let at = from + BULLET.exec(text.slice(from, end))![0].length;
  const label = LABEL.exec(text.slice(at, end));
  if (label) {
    if (!lw.speakers.has(label[1].toLowerCase())) return undefined;
    at += label[0].length;
  } else if (OTHER_KEY.test(text.slice(at, end))) return undefined;
  const words = toWords(text.slice(at, end), at);
  if (!words.length) return undefined;
  // "US cancelled for brother - not this pt": a relative's or another patient's study, anywhere on the line.
  const relations = wordSetOf(contextLexicon().speakers.relations);
  if (words.some((w) => relations.has(w.text)) || findAny(words, lw.otherPatient).length) return undefined;
  // "Dr: hold XR pending MD review", "Cancel XR.": the hold or cancellation opening the line, then the study named alone.
  const hold = longestPhraseAt(words, 0, lw.holds);
  if (hold > 0) {
    const name = nameEnd(text, words, hold, ow);
    if (name === undefined || !ownStudy(text, words, hold, name, modality, k)) return undefined;
    let restAt = name < words.length ? words[name].start : end;
    if (name < words.length && !/^[ \t]*[-\u2013\u2014,.;(]/.test(text.slice(words[name - 1].end, words[name].start))) {
      // Only "pending" and its reason may follow the study right away ("hold XR pending MD review").
      if (longestPhraseAt(words, name, lw.pending) < 0) return undefined;
      restAt = words[name].start;
    }
    if (!reasonOnly(text.slice(restAt, end), ow)) return undefined;
    return { start: words[0].start, end: words[name - 1].end };
  }
  // "XR cancelled - no indication", "The XR L-spine is not needed" (no: "is" is none of a name), "XR on hold".
  const head = lw.determiners.has(words[0].text) ? 1 : 0;
  if (!words[head] || !STUDY_HEAD.has(words[head].text)) return undefined;
  // Between the study's head and the denial only words of its region ("XR L-spine cancelled"), a dash, or "is"/"was"/"has
  // been" right before it; never another noun ("XR oblique views not needed", "MRI sedation not required").
  for (let j = head + 1; j < words.length && j <= head + 1 + NAME_WORDS; j++) {
    const copula = longestPhraseAt(words, j, lw.copulas);
    const d = copula > 0 ? copula : j;
    const denial = longestPhraseAt(words, d, lw.denials);
    if (denial < 0) {
      if (copula > 0 || lw.notName.has(words[j].text) || !lw.region.has(words[j].text)) return undefined;
      continue;
    }
    if (/[^ \t\-\u2013\u2014]/.test(text.slice(words[j - 1].end, words[d].start).replace(/\b(?:is|was|has|been)\b/gi, ''))) return undefined;
    if (!ownStudy(text, words, head, j, modality, k)) return undefined;
    const after = text.slice(words[denial - 1].end, end);
    if (!reasonOnly(after, ow)) return undefined;
    return { start: words[j].start, end: words[denial - 1].end };
  }
  return undefined;
}

/**
 * The end of the study's name opening at words[i]: a determiner, then a head and at most a few words joined to it by a
 * space or a hyphen ("XR L-spine", "x-ray lumbar spine"), up to a word of "pending" or any other mark.
 */
function nameEnd(text: string, words: readonly Word[], i: number, ow: OrderWords): number | undefined {
  const lw = ow.laterLineTakenBack;
  if (words[i] && lw.determiners.has(words[i].text)) i++;
  if (!words[i] || !STUDY_HEAD.has(words[i].text)) return undefined;
  let j = i + 1;
  while (j < words.length && j <= i + NAME_WORDS && /^[ \t-]+$/.test(text.slice(words[j - 1].end, words[j].start))) {
    if (lw.notName.has(words[j].text) || !lw.region.has(words[j].text) || longestPhraseAt(words, j, lw.pending) > 0) break;
    j++;
  }
  return j;
}

/**
 * words[from..to) name the order's study alone: one head, in one clause, of the order's modality, no other body part
 * ("CXR cancelled", "XR hip cancelled" beside an XR L-spine) and no other study.
 */
function ownStudy(text: string, words: readonly Word[], from: number, to: number, modality: string, k: Knowledge): boolean {
  const named = words.slice(from, to);
  if (named.filter((w) => STUDY_HEAD.has(w.text)).length !== 1) return false;
  const span = text.slice(named[0].start, named[named.length - 1].end);
  if (/[,;:.()?]/.test(span)) return false;
  const r = readOrder(span, undefined, k);
  return r.status !== 'not-spine' && r.procedure?.modality === modality;
}

/**
 * What follows the cancellation is a reason and no more: nothing, or past a mark a clause naming no study, asking
 * nothing, on no condition, told of no other time, and not telling the study goes on.
 */
function reasonOnly(rest: string, ow: OrderWords): boolean {
  if (!rest.trim()) return true;
  if (rest.includes('?') || conditioned(rest) || toldPast(rest) || DATED.test(rest) || ow.laterLineTakenBack.goesOn.test(rest)) return false;
  const words = toWords(rest);
  // "XR cancelled, MRI L-spine instead", "… - rebooked for Friday", "… - reinstated after discussion".
  return !words.some((_, j) => isHeadAt(words, j)) && !findAny(words, ow.orderLineDeclined.reinstated).length;
}
