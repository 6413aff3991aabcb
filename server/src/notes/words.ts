import { Span } from './text';

/** A word of free text: letters and digits only, lower-cased, with its offsets in the source. */
export interface Word extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function toWords(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = base + (m.index ?? 0);
    out.push({ text: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/**
 * A phrase is a list of words; `...` between words lets up to three other words stand between them
 * (so `deep ... dimple` also reads "deep sacral dimple"). Data files hold phrases, never regular
 * expressions, so a rule pack cannot bring catastrophic backtracking.
 */
export type Phrase = (string | typeof GAP)[];
export const GAP = Symbol('gap');
const MAX_GAP = 3;

export function compilePhrase(source: string): Phrase {
  const out: Phrase = [];
  for (const part of source.toLowerCase().split(/\s+/)) {
    if (part === '...') out.push(GAP);
    else for (const w of part.match(/[\p{L}\p{N}]+/gu) ?? []) out.push(w);
  }
  return out;
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
  if (wi >= words.length || !wordMatches(words[wi].text, p)) return -1;
  return matchAt(words, wi + 1, phrase, pi + 1);
}

/** Lookup keys under which a word may start a phrase ("dimples" also tries "dimple", "dimpl"). */
export function stemKeys(word: string): string[] {
  const keys = [word];
  if (word.length > 2 && word.endsWith('s')) keys.push(word.slice(0, -1));
  if (word.length > 3 && word.endsWith('es')) keys.push(word.slice(0, -2));
  return keys;
}
