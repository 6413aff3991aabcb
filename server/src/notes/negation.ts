import { Word } from './words';
import { work } from './work';

/*
 * NegEx-style negation over words. A cue before a finding negates it up to a clause end; a cue just
 * after it ("hair tuft: none") negates it too. Commas end the scope unless the clause is an "or" list
 * ("no fever, chills or weight loss"), because "no tuft, deep dimple" must keep the dimple.
 */
const PRE_CUES: string[][] = [
  ['no'], ['not'], ['denies'], ['denied'], ['deny'], ['without'], ['negative', 'for'], ['none'], ['nil'],
  ['never'], ['free', 'of'], ['absence', 'of'], ['absent'], ['neither'], ['nor'],
];
const POST_CUES: string[][] = [['absent'], ['none'], ['negative'], ['denied'], ['not', 'present'], ['not', 'seen'], ['resolved'], ['no']];
const TERMINATORS = new Set(['but', 'however', 'although', 'though', 'except', 'yet', 'aside']);
const SCOPE_WORDS = 8;

function clauseBreak(text: string, a: number, b: number, colonBreaks = true): 'hard' | 'comma' | 'none' {
  let comma = false;
  if (b > a) work.steps += b - a;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */ && !colonBreaks) continue;
    if (c === 59 /* ; */ || c === 46 /* . */ || c === 10 || c === 13 || c === 58 || c === 33 || c === 63) return 'hard';
    if (c === 44 /* , */) comma = true;
  }
  return comma ? 'comma' : 'none';
}

function cueAt(words: readonly Word[], i: number, cues: string[][]): number {
  for (const cue of cues) {
    if (i + cue.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < cue.length; k++) if (words[i + k].text !== cue[k]) ok = false;
    if (ok) return cue.length;
  }
  return 0;
}

/** True when words[from..to) is negated in `text` (the string the words were taken from, at offset `base`). */
export function isNegated(text: string, base: number, words: readonly Word[], from: number, to: number): boolean {
  // Look back for a pre-cue whose scope reaches `from`.
  for (let i = from - 1, seen = 0; i >= 0 && seen < SCOPE_WORDS; i--, seen++) {
    work.steps++;
    const gap = clauseBreak(text, words[i].end - base, words[i + 1].start - base);
    if (gap === 'hard') break;
    if (TERMINATORS.has(words[i].text)) break;
    if (gap === 'comma' && !orListAhead(text, base, words, i + 1)) break;
    const len = cueAt(words, i, PRE_CUES);
    if (len > 0 && i + len <= from) return true;
  }
  // A post-cue right after the finding, in the same clause.
  for (let i = to; i < words.length && i < to + 2; i++) {
    // "hair tuft: none" — a colon joins a finding to its verdict.
    if (clauseBreak(text, words[i - 1].end - base, words[i].start - base, false) !== 'none') break;
    if (TERMINATORS.has(words[i].text)) break;
    if (cueAt(words, i, POST_CUES) > 0) return true;
  }
  return false;
}

/**
 * Whether an "or"/"nor" follows `from` within its clause. Memoized per word list: a value with
 * thousands of comma-separated findings would otherwise rescan the clause for every finding
 * (quadratic; a 12k-character Red flags value took 80 ms instead of 1).
 */
const orAheadCache = new WeakMap<readonly Word[], { text: string; base: number; orAhead: Uint8Array }>();

function orListAhead(text: string, base: number, words: readonly Word[], from: number): boolean {
  let memo = orAheadCache.get(words);
  if (!memo || memo.text !== text || memo.base !== base) {
    // orAhead[i]: scanning from word i, an "or"/"nor" comes before any hard clause break.
    const orAhead = new Uint8Array(words.length + 1);
    work.steps += words.length;
    for (let i = words.length - 1; i >= 0; i--) {
      if (words[i].text === 'or' || words[i].text === 'nor') orAhead[i] = 1;
      else if (i + 1 < words.length && clauseBreak(text, words[i].end - base, words[i + 1].start - base) === 'hard') orAhead[i] = 0;
      else orAhead[i] = orAhead[i + 1];
    }
    memo = { text, base, orAhead };
    orAheadCache.set(words, memo);
  }
  return memo.orAhead[from] === 1;
}
