import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import type { Span } from '../notes/text';
import { work } from '../notes/work';

/**
 * A faxed or scanned note read through optical character recognition loses its words to look-alike letters
 * ("sacral dirnple on newborn exarn", "c1eft", "MRl L-SPlNE W/0 C0NTRAST"). It is read through a view of
 * the same length in which a word the reader does not know, and that becomes exactly one word of the
 * knowledge files by undoing OCR's swaps, is that word (server/knowledge/ocr-vocabulary.json), so every
 * finding and fix still points at the words as written, as the language view does (language.ts).
 *
 * Only OCR's direction is undone ("rn" read as "m", never "m" as "rn"; a digit read as a letter, never a
 * letter as a digit), so a date ("2O24"), a level ("L1", "S1", "T1"), a count ("x1") or an amount
 * ("1 cm", "10mo") is never changed, nor a word already known ("born", "turn"). A mended word is
 * what the text said: "w/0" is "w/o" as surely as "c1eft" is "cleft"; a letter and its number ("N0")
 * are a code and stay one, so no negation is made of one.
 */
const OcrVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  $minTokens: z.string().optional(),
  minTokens: z.number().int().min(1),
  $words: z.string().optional(),
  words: z.array(z.string().regex(/^[a-z]{2,}$/)),
  $unitsAfterNumber: z.string().optional(),
  unitsAfterNumber: z.array(z.string().regex(/^[a-z]+$/)),
  $realWords: z.string().optional(),
  realWords: z.array(z.string().regex(/^[a-z]+$/)),
});

export type OcrVocabulary = z.infer<typeof OcrVocabularySchema>;

/** The knowledge files whose words a mended word may become: the English reader's own. */
const TARGET_FILES = [
  'findings.json',
  'context-lexicon.json',
  'order-vocabulary.json',
  'reading-vocabulary.json',
  'age-vocabulary.json',
  'procedures.json',
  'scenarios.json',
  'cds-icd10-findings.json',
  'icd10.json',
];
/** Words known but never made by mending: the tables of other languages ("si" is no "S1"). */
const KNOWN_ONLY_FILES = ['language-vocabulary.json'];

interface Compiled {
  /** Every word of the knowledge files, lower case: never mended. */
  known: Set<string>;
  /** The English words by their skeleton (`skeleton`). */
  bySkeleton: Map<string, string[]>;
  units: Set<string>;
  minTokens: number;
}

let cachedVocabulary: OcrVocabulary | undefined;
let cachedCompiled: Compiled | undefined;

export function ocrVocabulary(): OcrVocabulary {
  cachedVocabulary ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'ocr-vocabulary.json'), OcrVocabularySchema);
  return cachedVocabulary;
}

/** A word as OCR may have written it, with every look-alike folded to one: "c1eft", "cleft" and "cIeft" alike. */
function skeleton(word: string): string {
  return word.toLowerCase().replace(/rn/g, 'm').replace(/[1li]/g, '1').replace(/0/g, 'o');
}

const WORDS = /[a-z0-9]+(?:\/[a-z0-9]+)*/g;

function wordsOf(files: readonly string[], into: Set<string>): void {
  const walk = (x: unknown, key = ''): void => {
    if (key.startsWith('$')) return;
    if (typeof x === 'string') {
      for (const w of x.toLowerCase().match(WORDS) ?? []) {
        into.add(w);
        if (w.includes('/')) for (const part of w.split('/')) into.add(part);
      }
    } else if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, k);
  };
  for (const file of files) walk(parseJsonFile(path.join(defaultKnowledgeDir(), file), z.unknown()));
}

function compiled(v: OcrVocabulary): Compiled {
  if (cachedCompiled && v === cachedVocabulary) return cachedCompiled;
  const targets = new Set<string>();
  wordsOf(TARGET_FILES, targets);
  for (const w of v.words) targets.add(w);
  const known = new Set(targets);
  wordsOf(KNOWN_ONLY_FILES, known);
  for (const w of v.realWords) known.add(w);
  const bySkeleton = new Map<string, string[]>();
  // A word of one letter, or holding a digit, is no word to mend into.
  for (const t of targets) {
    if (t.length < 2 || /\d/.test(t)) continue;
    const k = skeleton(t);
    const list = bySkeleton.get(k) ?? [];
    list.push(t);
    bySkeleton.set(k, list);
  }
  const c = { known, bySkeleton, units: new Set(v.unitsAfterNumber), minTokens: v.minTokens };
  if (v === cachedVocabulary) cachedCompiled = c;
  return c;
}

const isUpper = (ch: string) => ch >= 'A' && ch <= 'Z';
const isLower = (ch: string) => ch >= 'a' && ch <= 'z';

/**
 * The token as `target`, undoing only OCR's swaps, in the token's case; undefined when the token cannot be
 * OCR of the target. A lower-case "l" is an "I" only in a word otherwise in capitals ("MRl"), a capital "I" an
 * "l" only in a word otherwise in lower case ("Iumbar"); "rn" is an "m" only in lower case ("RN" is a nurse).
 */
function mended(token: string, target: string): string | undefined {
  let upper = 0;
  let lower = 0;
  for (const ch of token) {
    if (isUpper(ch) && ch !== 'I') upper++;
    else if (isLower(ch) && ch !== 'l') lower++;
  }
  const upperWord = upper > 0 && lower === 0;
  const lowerWord = lower > 0 && upper === 0;
  const cased = (t: string) => (upperWord ? t.toUpperCase() : t);
  let out = '';
  let i = 0;
  let j = 0;
  while (i < token.length && j < target.length) {
    const ch = token[i];
    const t = target[j];
    if (ch.toLowerCase() === t) {
      out += ch;
      i++;
      j++;
    } else if (ch === 'r' && token[i + 1] === 'n' && t === 'm') {
      out += cased('m');
      i += 2;
      j++;
    } else if ((ch === '1' && (t === 'l' || t === 'i')) || (ch === '0' && t === 'o') || (ch === 'l' && t === 'i' && upperWord) || (ch === 'I' && t === 'l' && lowerWord)) {
      out += cased(t);
      i++;
      j++;
    } else return undefined;
  }
  return i === token.length && j === target.length ? out : undefined;
}

/** A number, a level or a count ("L1", "x4", "N0"), or an amount with its unit ("1m", "10mo"): never mended. */
function isCode(token: string, c: Compiled): boolean {
  if (/^[0-9]+$/.test(token) || /^[A-Za-z][0-9]+$/.test(token)) return true;
  const m = /^[0-9]+([A-Za-z]+)$/.exec(token);
  return !!m && c.units.has(m[1].toLowerCase());
}

/** The one word of the knowledge files the token is OCR of, as it would be written there, if any. */
function mend(token: string, c: Compiled): string | undefined {
  if (token.length < 2 || c.known.has(token.toLowerCase()) || isCode(token, c)) return undefined;
  if (!/[01]|rn/.test(token) && !/[a-z]l|l[a-z]/i.test(token) && !token.includes('I')) return undefined;
  const targets = c.bySkeleton.get(skeleton(token));
  if (!targets) return undefined;
  let found: string | undefined;
  for (const t of targets) {
    const m = mended(token, t);
    if (m === undefined) continue;
    if (found !== undefined && found.toLowerCase() !== m.toLowerCase()) return undefined;
    found = m;
  }
  return found;
}

export interface OcrReading {
  view: string;
  /** The words mended, in text order. */
  rewritten: Span[];
}

const TOKEN_CHAR = Uint8Array.from({ length: 128 }, (_, k) => (/[A-Za-z0-9]/.test(String.fromCharCode(k)) ? 1 : 0));
const tokenCharAt = (text: string, i: number) => {
  const k = text.charCodeAt(i);
  return k < 128 && TOKEN_CHAR[k] === 1;
};

/** The note with OCR's look-alikes undone, offsets unchanged; the note itself when it shows too few of them (`minTokens`). */
export function ocrReading(text: string, v: OcrVocabulary = ocrVocabulary()): OcrReading {
  const c = compiled(v);
  const edits: { start: number; end: number; text: string }[] = [];
  const distinct = new Set<string>();
  const n = text.length;
  work.steps += n;
  let i = 0;
  while (i < n) {
    if (!tokenCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // A word ends at anything else; a slash between two words joins them ("w/0").
    while (i < n && (tokenCharAt(text, i) || (text[i] === '/' && i > start && i + 1 < n && tokenCharAt(text, i + 1)))) i++;
    // A word written on past a non-ASCII letter ("1ésion") is left alone.
    if (i < n && text.charCodeAt(i) >= 128 && /\p{L}/u.test(text[i])) {
      while (i < n && !/\s/.test(text[i])) i++;
      continue;
    }
    const token = text.slice(start, i);
    const whole = mend(token, c);
    if (whole !== undefined) {
      edits.push({ start, end: i, text: whole });
      distinct.add(token);
      continue;
    }
    if (!token.includes('/')) continue;
    let at = start;
    for (const part of token.split('/')) {
      const m = mend(part, c);
      if (m !== undefined) {
        edits.push({ start: at, end: at + part.length, text: m });
        distinct.add(part);
      }
      at += part.length + 1;
    }
  }
  if (distinct.size < c.minTokens) return { view: text, rewritten: [] };
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text + ' '.repeat(e.end - e.start - e.text.length);
    at = e.end;
  }
  work.steps += n;
  return { view: out + text.slice(at), rewritten: edits.map((e) => ({ start: e.start, end: e.end })) };
}
