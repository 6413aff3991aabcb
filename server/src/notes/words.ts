import { type Span, lowerSlicer } from './text';
import { work } from './work';

/** A word of free text: letters and digits only, lower-cased, with its offsets in the source. */
export interface Word extends Span {
  text: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits of any script; a hand loop because this runs on every value of every note. */
function isWordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  // A combining macron or overline stays in its word: "c̄" (with) and "s̄" (without), as clinicians write them by hand.
  if (c === 0x0304 || c === 0x0305) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const pair = text.slice(i, i + 2);
    return LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

/**
 * The index of the first item whose key is at or after `at` (items sorted by that key), or items.length:
 * words and spans come in text order, so one look is a binary search, not a walk over a long note.
 */
export function lowerBound<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toWords(text: string, base = 0): Word[] {
  const out: Word[] = [];
  const n = text.length;
  work.steps += n;
  const lower = lowerSlicer(text);
  let i = 0;
  while (i < n) {
    let w = isWordChar(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    while (w) {
      i += w;
      w = i < n ? isWordChar(text, i) : 0;
    }
    out.push({ text: lower(start, i), start: base + start, end: base + i });
  }
  return out;
}

/**
 * A phrase is a list of words; `...` between words lets up to three other words stand between them
 * (so `deep ... dimple` also reads "deep sacral dimple"), and `#` stands for an amount: a number
 * ("4", "4.5", "4-5", "five"), maybe after a word or two of approximation ("about", "at least"), and glued to
 * the phrase's next word when written so ("4kg"). `lost # kg` reads "lost about 4 kg" but not "knocked
 * down by a 40 kg dog". Data files hold phrases, never regular expressions, so a rule pack cannot bring
 * catastrophic backtracking.
 */
export type Phrase = (string | typeof GAP | typeof NUM)[];
export const GAP = Symbol('gap');
export const NUM = Symbol('number');
const MAX_GAP = 3;

/** Words that may stand before an amount ("about 4 kg", "at least 5 lb", "by 3 kg"), at most two. */
const AMOUNT_WORDS = new Set([
  'by',
  'about',
  'around',
  'approx',
  'approximately',
  'nearly',
  'almost',
  'over',
  'roughly',
  'some',
  'another',
  'more',
  'than',
  'close',
  'to',
  'at',
  'least',
  'up',
  'under',
  'just',
  'circa',
  'ca',
]);

export function compilePhrase(source: string): Phrase {
  const out: Phrase = [];
  for (const part of source.toLowerCase().split(/\s+/)) {
    if (part === '...') out.push(GAP);
    else if (part === '#') out.push(NUM);
    // A combining macron or overline stays in its word, as toWords keeps it ("s̄ contrast").
    else for (const w of part.match(/[\p{L}\p{N}\u0304\u0305]+/gu) ?? []) out.push(w);
  }
  // A copy of its own length: an array grown by push keeps room for 17 items (152 bytes for a one-word phrase), and the
  // ~14,000 compiled spellings live as long as the process.
  return out.slice();
}

/** Amounts written as words ("lost five pounds"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'several', 'few']);

/** How many ASCII digits the word starts with. */
function leadingDigits(w: string): number {
  let k = 0;
  while (k < w.length && w.charCodeAt(k) >= 48 && w.charCodeAt(k) <= 57) k++;
  return k;
}

const compiledCache = new Map<string, Phrase>();

/**
 * Room for every spelling the vocabularies hold (about 14,000 today, all compiled from data, never from a note's text),
 * with headroom: a cap below that count silently recompiled ~90 phrases per note once the cache was full.
 */
const COMPILED_CACHE_MAX = 50_000;

/** compilePhrase, remembered: vocabulary spellings are compiled once, not once per note. */
export function phraseOf(source: string): Phrase {
  let p = compiledCache.get(source);
  if (!p) {
    p = compilePhrase(source);
    if (compiledCache.size < COMPILED_CACHE_MAX) compiledCache.set(source, p);
  }
  return p;
}

/** Plurals and a few common endings match the phrase word ("dimples", "tufts"). */
function wordMatches(actual: string, wanted: string): boolean {
  if (actual === wanted) return true;
  if (actual.length === wanted.length + 1 && actual.endsWith('s') && actual.startsWith(wanted)) return true;
  if (actual.length === wanted.length + 2 && actual.endsWith('es') && actual.startsWith(wanted)) return true;
  return false;
}

export interface PhraseHit {
  /** Index of the first and one-past-last matched word. */
  from: number;
  to: number;
  span: Span;
}

/** Every non-overlapping occurrence of the phrase, left to right. */
export function findPhrase(words: readonly Word[], phrase: Phrase): PhraseHit[] {
  const hits: PhraseHit[] = [];
  if (phrase.length === 0) return hits;
  let i = 0;
  while (i < words.length) {
    const end = matchAt(words, i, phrase, 0);
    if (end > 0) {
      hits.push({ from: i, to: end, span: { start: words[i].start, end: words[end - 1].end } });
      i = end;
    } else i++;
  }
  return hits;
}

/** Returns the index after the match, or -1. Recursion depth is the phrase length; gaps are bounded. */
export function matchAt(words: readonly Word[], wi: number, phrase: Phrase, pi: number): number {
  work.steps++;
  if (pi === phrase.length) return wi;
  const p = phrase[pi];
  if (p === GAP) {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      if (wi + skip > words.length) break;
      const end = matchAt(words, wi + skip, phrase, pi + 1);
      if (end > 0) return end;
    }
    return -1;
  }
  if (p === NUM) return matchAmount(words, wi, phrase, pi);
  if (wi >= words.length || !wordMatches(words[wi].text, p)) return -1;
  return matchAt(words, wi + 1, phrase, pi + 1);
}

/** The `#` of a phrase at words[wi]: an amount, then the rest of the phrase (bounded: two words before, two number words). */
function matchAmount(words: readonly Word[], wi: number, phrase: Phrase, pi: number): number {
  let w = wi;
  for (let q = 0; q < 2 && w < words.length && AMOUNT_WORDS.has(words[w].text); q++) w++;
  if (w < words.length && NUMBER_WORDS.has(words[w].text)) return matchAt(words, w + 1, phrase, pi + 1);
  // One number word, or two ("4.5", "4-5"); the last may hold the phrase's next word ("4kg", "4.5kg").
  for (let count = 1; count <= 2; count++) {
    const last = w + count - 1;
    if (last >= words.length) return -1;
    for (let k = w; k < last; k++) if (leadingDigits(words[k].text) !== words[k].text.length) return -1;
    const t = words[last].text;
    const digits = leadingDigits(t);
    if (digits === 0) return -1;
    let end: number;
    if (digits < t.length) {
      const next = phrase[pi + 1];
      end = typeof next === 'string' && wordMatches(t.slice(digits), next) ? matchAt(words, last + 1, phrase, pi + 2) : -1;
    } else end = matchAt(words, last + 1, phrase, pi + 1);
    if (end > 0) return end;
  }
  return -1;
}
