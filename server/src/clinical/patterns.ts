/**
 * Vocabulary words as regular-expression source, written once: the knowledge files hold words as clinicians write
 * them ("w/o", "a/p", "clarification re"), so every word is escaped before it is put into a pattern. Each reader
 * builds its patterns once per vocabulary (`perVocabulary`), never per note. `DATED` is the exception: its words of
 * where and how a study was done ("limited by", "birth hospital", "from osh", "from referring") are still written in
 * the pattern, not read from the knowledge files.
 */

/** Text matched as written, outside a character class. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Characters matched as written inside a character class `[…]`, where only these four are special. */
export function escapeClass(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&');
}

/** A phrase matched as written, except that a space in it matches any run of white space ("clarification\nre"). */
export function phrasePattern(s: string): string {
  return spacedPhrase(s, '\\s+');
}

/** A phrase matched as written, each run of spaces in it as `space` (`[ \t]+` for a phrase that must stay on its line). */
export function spacedPhrase(s: string, space: string): string {
  return escapeRegExp(s).replace(/ +/g, space);
}

export interface AlternationOptions {
  /**
   * Longer words first (by their length as written; equal lengths keep the list's order): an alternation takes the
   * first word that matches, so "wt down" must be tried before "wt" when the word is followed by more of the pattern.
   */
  longestFirst?: boolean;
  /** How one word is written into the pattern; `escapeRegExp` unless told. */
  one?: (word: string) => string;
}

/** The words as the body of one alternation, `a|b|c`, without a group around it (the caller's pattern adds its own). */
export function alternation(words: readonly string[], { longestFirst = false, one = escapeRegExp }: AlternationOptions = {}): string {
  const list = longestFirst ? [...words].sort((a, b) => b.length - a.length) : words;
  return list.map(one).join('|');
}

/** A vocabulary word as written, or a stem ("consider*") as its letters and any word characters after: `consider\w*`. */
export function wordOrStem(word: string): string {
  return word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}\\w*` : escapeRegExp(word);
}

/** A vocabulary phrase as phrasePattern writes it, or a stem ("provok*") as its letters and any word characters after. */
export function phraseOrStem(phrase: string): string {
  return phrase.endsWith('*') ? `${phrasePattern(phrase.slice(0, -1))}\\w*` : phrasePattern(phrase);
}

/** Any of the words as a whole word: `\b(?:a|b|c)\b`. */
export function wordsPattern(words: readonly string[], flags = '', options?: AlternationOptions): RegExp {
  return new RegExp(`\\b(?:${alternation(words, options)})\\b`, flags);
}

/**
 * A function that builds its value once per vocabulary object and then returns the same value: the patterns and sets
 * a reader derives from a knowledge list cost more to build than to use, and a note is read many times per list. The
 * cache holds the vocabulary weakly, so a vocabulary dropped (another knowledge base loaded) frees what was built
 * from it. `undefined` is a value like any other (built once, "nothing to match").
 *
 * The last vocabulary asked and its value are kept beside the map: nearly every call asks for the one asked last (the
 * readers call these for every note, some for every word), and comparing one reference costs far less than a weak-map
 * look-up. That one reference is the only one held strongly; it is let go when another vocabulary is asked.
 */
export function perVocabulary<K extends object, V>(build: (vocabulary: K) => V): (vocabulary: K) => V {
  const built = new WeakMap<K, V>();
  let lastAsked: K | undefined;
  let lastValue: V | undefined;
  return (vocabulary) => {
    if (vocabulary === lastAsked) return lastValue as V;
    let v = built.get(vocabulary);
    if (v === undefined && !built.has(vocabulary)) built.set(vocabulary, (v = build(vocabulary)));
    lastAsked = vocabulary;
    lastValue = v;
    return v as V;
  };
}

/**
 * Words as bits of a cheap hash of each (its first and last character and its length), `size` bits (a power of two): a
 * word whose bit is not set is surely none of them, told without asking a map. Readers look every word of a note up in
 * sets of first words that nearly no word is in; a bit test turns most of them away first.
 */
export function wordBitsOf(words: Iterable<string>, size: number): Int32Array {
  const bits = new Int32Array(size >>> 5);
  for (const w of words) {
    const b = wordBit(w, size);
    bits[b >>> 5] |= 1 << (b & 31);
  }
  return bits;
}

/** False when `w` is surely none of the words of `bits` (wordBitsOf); true when it may be one. */
export function mayBeOf(bits: Int32Array, w: string): boolean {
  const b = wordBit(w, bits.length << 5);
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

function wordBit(w: string, size: number): number {
  return ((w.charCodeAt(0) * 31 + w.length) * 31 + w.charCodeAt(w.length - 1)) & (size - 1);
}

/** A vocabulary list of single words as a set, built once per list. */
export const wordSetOf = perVocabulary((list: readonly string[]): ReadonlySet<string> => new Set(list));

/** A date's day and month written with a slash ("12/03", of "12/03/2025"): the source of a pattern, no year. */
export const SLASH_DATE = String.raw`\d{1,2}\/\d{1,2}`;

/**
 * A study told with a date, a year or where and how it was done ("US spine 01/2025", "MRI L-spine 2023",
 * "US spine limited by ossification", "MRI L-spine from birth hospital") is one already done. Not a
 * duration in the British way ("in 6/52", "1/12"), which is no date.
 */
export const DATED = new RegExp(
  String.raw`(?<![\d/])(?:${SLASH_DATE}\/\d{2,4}|\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?)(?![\d/])|\blimited (?:by|due to|because of|owing to)\b|\bbirth hospital\b|\bfrom (?:the )?(?:outside|osh|referring|other|another|local|previous|prior)\b`,
  'i',
);
