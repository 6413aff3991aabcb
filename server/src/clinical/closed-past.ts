import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * A past event placed in the past and closed is history, not today's complaint (round 52, fix52h): "PMH: weight loss with
 * anorexia in 2024, now weight restored and stable" (no weight loss now), "Fell off the garage roof aged 5, no problems
 * since" (no injury now). A clinician reads the event as over when the writer both places it in the past and closes it.
 *
 * Read in the finding's clause only (to a full stop, a semicolon or a line's end), and only when all of:
 * - a closing word (reading-vocabulary closedPast.closures: "no problems since", "resolved", "now … restored") stands
 *   after the finding in the clause;
 * - the past is placed: the value's key is a past history's (closedPast.pastKeys: "PMH:", "PHx:", "Past history:"; never
 *   "Hx:", which may hold the present illness), or an age then (closedPast.anchors: "aged 5", "at age 5", "when he was
 *   5") or a past year after "in", "during" or "since" ("in 2024") stands before the closing word;
 * - nothing in the clause tells it recent or going on (closedPast.recent: "3 days ago", "last week"; closedPast.ongoing:
 *   "still", "again"), outside the closing words themselves;
 * - the closing words are not denied, weakened or asked (closedPast.notClosed within two words before them or inside
 *   them: "not resolved", "partially recovered", "now not fully restored"; a "?" right after them), nor bound to a
 *   treatment, a condition or an exception by the word right after them (closedPast.notClosedAfter: "resolved with
 *   ibuprofen", "fine since until today").
 * A past event without a closing word ("weight loss since 2024"), a recent one ("fell 3 days ago, no problems since") or
 * one still told ("still losing weight") is read as before. Callers leave a cancer's history as it was (it counts).
 */
export function closedInPast(text: string, span: Span, pastKey: boolean, vocab: ReadingVocabulary = readingVocabulary()): boolean {
  const { start: a, end: b } = clauseAround(text, span);
  const words = toWords(text.slice(a, b), a);
  const v = vocab.closedPast;
  const closures = findAny(words, phraseSetOf(v.closures));
  const close = closures.find((c) => c.start >= span.end);
  if (!close) return false;
  // "not resolved", "partially recovered", "now not fully restored", "resolved?": the closure denied, weakened or asked.
  const at = words.findIndex((w) => w.start === close.start);
  const notClosed = new Set(v.notClosed);
  for (let k = Math.max(0, at - 2); k < words.length && words[k].start < close.end; k++) if (notClosed.has(words[k].text)) return false;
  if (/^\s*\?/.test(text.slice(close.end, close.end + 4))) return false;
  // "night pain aged 10, resolved with ibuprofen" (relieved by an NSAID: a red flag), "fine since until last week".
  const next = words.find((w) => w.start >= close.end);
  if (next && v.notClosedAfter.includes(next.text) && !/[,;:]/.test(text.slice(close.end, next.start))) return false;
  const inClosure = (s: Span) => closures.some((c) => c.start <= s.start && s.end <= c.end);
  if (findAny(words, phraseSetOf(v.recent)).some((s) => !inClosure(s))) return false;
  if (findAny(words, phraseSetOf(v.ongoing)).some((s) => !inClosure(s))) return false;
  if (pastKey) return true;
  if (findAny(words, phraseSetOf(v.anchors)).some((s) => s.end <= close.start && !inClosure(s))) return true;
  for (let i = 1; i < words.length; i++) {
    if (words[i].end > close.start) break;
    if (PAST_YEAR_LEADS.has(words[i - 1].text) && /^(?:19|20)\d\d$/.test(words[i].text)) return true;
  }
  return false;
}
const PAST_YEAR_LEADS = new Set(['in', 'during', 'since']);

/** Whether a value's raw key is a past history's ("PMH", "PHx", "Past medical history"). */
export function pastHistoryKey(rawKey: string | undefined, vocab: ReadingVocabulary = readingVocabulary()): boolean {
  if (!rawKey) return false;
  const k = rawKey
    .trim()
    .toLowerCase()
    .replace(/[\s.]+/g, ' ')
    .trim();
  return vocab.closedPast.pastKeys.includes(k);
}

/** The clause around a span: back to and up to a semicolon, a line's end or a full stop (never one between digits). */
function clauseAround(text: string, span: Span): Span {
  const ends = (i: number) => {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13) return true;
    return c === 46 && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  };
  let a = span.start;
  while (a > 0 && span.start - a < 300 && !ends(a - 1)) a--;
  let b = span.end;
  while (b < text.length && b - span.end < 300 && !ends(b)) b++;
  return { start: a, end: b };
}
