import type { Procedure } from '../knowledge/schema';
import { formatAge } from '../notes/age';

/**
 * A finding's message is one sentence a clinician reads in a Problems list: CDS Hooks caps a card
 * summary under 140 characters, and ESLint messages are as short. Everything longer goes to `detail`.
 */
export const MAX_MESSAGE = 139;

/**
 * The first candidate that fits, richest first. Rules list leaner wordings after the full one, so
 * long user text or long scenario names drop optional facts instead of overflowing. The last
 * resort cuts the last candidate; the message test fails long before that would be needed.
 */
export function fit(...candidates: string[]): string {
  for (const c of candidates) {
    // User text inside a wording may hold line breaks (a continuation line): a message is one line.
    // Checked before replacing, because most wordings have none and this runs for every finding.
    const line = ODD_SPACE.test(c) ? c.replace(/\s+/g, ' ').trim() : c;
    if (line.length <= MAX_MESSAGE) return line;
  }
  return shorten(candidates[candidates.length - 1], MAX_MESSAGE);
}

/** Whitespace other than single spaces between words. */
const ODD_SPACE = /[^\S ]| {2}|^ | $/;

/** Text cut to at most `max` characters with "…", never splitting a surrogate pair; whitespace runs become one space. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let end = max - 1;
  // End on a word boundary when one is near, so the cut does not read as a typo.
  const space = t.lastIndexOf(' ', end);
  if (space > end - 12 && space > 0) end = space;
  const code = t.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${t.slice(0, end).trimEnd()}…`;
}

/** User text quoted in a message: on one line, at most `max` characters inside the quotes. */
export function quote(text: string, max = 30): string {
  return `"${shorten(text, max)}"`;
}

/** A procedure as a clinician says it ("spinal US", "spine MRI without contrast"); the ACR name goes to the detail. */
export function shortName(p: Procedure): string {
  const complete = p.region === 'complete-spine';
  const where = complete ? 'complete-spine' : 'spine';
  const contrast =
    p.contrast === 'without' ? ' without contrast' : p.contrast === 'with' ? ' with contrast' : p.contrast === 'without-and-with' ? ' without and with contrast' : '';
  switch (p.modality) {
    case 'US':
      return 'spinal US';
    case 'XR':
      return `${where} X-ray`;
    case 'MRI':
      return `${where} MRI${contrast}`;
    case 'CT':
      return `${where} CT${contrast}`;
    case 'CT-myelography':
      return `${where} CT myelography`;
    default:
      return complete ? 'bone scan of the spine' : 'bone scan';
  }
}

/** "spinal US" → "Spinal US": for a procedure that starts a sentence. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a 3-month-old", "an 8-month-old", "a 10-day-old", "a newborn": the patient in a message. */
export function aChildOf(months: number): string {
  let n: number;
  let unit: string;
  if (months < 1) {
    n = Math.round(months * 30.4375);
    if (n === 0) return 'a newborn';
    unit = 'day';
  } else if (months < 24) {
    n = Math.floor(months + 1e-9);
    unit = 'month';
  } else {
    n = Math.floor(months / 12 + 1e-9);
    unit = 'year';
  }
  const an = String(n).startsWith('8') || n === 11 || n === 18;
  return `${an ? 'an' : 'a'} ${n}-${unit}-old`;
}

/** "a sacral dimple", "an appendage": a knowledge label with its article. */
export function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** "At 3 months", "At birth": an age that opens a message. */
export function atAge(months: number): string {
  const age = formatAge(months);
  return age.startsWith('birth') ? 'At birth' : `At ${age}`;
}

/**
 * Why a prior study was read as it was, for a message: the first reason without its aside or its
 * "reported:" prefix (which would read like a provenance); the detail lists every reason.
 */
export function briefReasons(reasons: readonly string[], max = 40): string {
  const first = (reasons[0] ?? '').replace(/\s*\([^)]*\)/g, '').replace(/^reported:\s*/, '');
  return shorten(reasons.length > 1 ? `${first}, …` : first, max);
}
