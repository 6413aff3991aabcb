import { z } from 'zod';
import { unaccented } from './language';
import { alternation, wordOrStem } from './patterns';

/**
 * A list of clinical words a reader writes into a regular expression (`\b(?:a|b|c)\b` and the like), kept in the
 * knowledge files so the words are data and the code keeps only the grammar around them. A word is written as the
 * clinician writes it, in lower case (the patterns read case-insensitively); a trailing "*" makes it a stem
 * ("lipomyelo*": any word characters after it). A list is never empty, names no word twice (a repeat is a slip of
 * editing, not a second meaning) and every word must compile into the pattern, so a bad list fails at load, not on
 * a note.
 */
export const patternWordList = z
  .array(z.string().regex(/^[a-z0-9][a-z0-9 .'/-]*\*?$/, "must be lower-case letters, digits, spaces or . ' / - (a trailing * for a stem)"))
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      if (seen.has(list[i])) ctx.addIssue({ code: 'custom', path: [i], message: `"${list[i]}" is listed twice` });
      seen.add(list[i]);
    }
    // The list compiled once as the alternation its reader builds; only when that fails is each word tried, to name it.
    if (compiles(wordsSource(list))) return;
    for (let i = 0; i < list.length; i++) {
      if (!compiles(wordOrStem(list[i]))) ctx.addIssue({ code: 'custom', path: [i], message: `"${list[i]}" does not compile into a pattern` });
    }
  });

function compiles(source: string): boolean {
  try {
    new RegExp(`(?:${source})`, 'i');
    return true;
  } catch {
    return false;
  }
}

export interface WordsOptions {
  /**
   * What a space inside a listed phrase matches, as regular-expression source: the space itself unless told; `\s+`
   * where the writer may break the phrase over spaces or lines ("according\nto"), `[ \t]+` where it stays on its line.
   */
  spaces?: string;
  /** Longer words first, where the pattern goes on after the word (patterns' alternation). */
  longestFirst?: boolean;
}

/** The words as one alternation's body, `a|b|c`, each escaped or as its stem, in the list's order. */
export function wordsSource(list: readonly string[], { spaces, longestFirst = false }: WordsOptions = {}): string {
  const one = spaces === undefined ? wordOrStem : (w: string) => wordOrStem(w).replace(/ +/g, spaces);
  return alternation(list, { longestFirst, one });
}

/**
 * Any of the words (or stems) as a whole word, case-insensitive unless `flags` says otherwise: `\b(?:a|b|c)\b`, the
 * most common pattern built from a list.
 */
export function wholeWordsPattern(list: readonly string[], { flags = 'i', ...options }: WordsOptions & { flags?: string } = {}): RegExp {
  return new RegExp(`\\b(?:${wordsSource(list, options)})\\b`, flags);
}

/** Text folded as the writers' own word lists are written: lower case, no diacritics; "ł" and the Turkish dotless "ı" have none to strip. */
export function foldedText(value: string): string {
  return unaccented(value).toLowerCase().replace(/ł/g, 'l');
}

/**
 * Any of the phrases as whole words on folded text (lower case, no diacritics), a space in a phrase matching any run of
 * white space: a writer's own words, where "\b" would not see a letter outside ASCII ("ból pleców", "odmówili").
 */
export function foldedPhrasesPattern(list: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${list.map((p) => p.split(' ').join(String.raw`\s+`)).join('|')})(?![\p{L}\d])`, 'u');
}
