import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, knowledgeWords, parseJsonFile } from '../knowledge/loader';
import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { perVocabulary, wordSetOf } from './patterns';

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
 * what the text said: "w/0" is "w/o" as surely as "c1eft" is "cleft". A letter and its number are a code
 * ("T1N0M0", "L1"); only a free-standing "n0" is read "no", where a code cannot stand (`noAt`), since reading it as
 * written makes a present finding of "n0 fever", the unsafe direction.
 */
export const OcrVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  $targetFiles: z.string().optional(),
  targetFiles: z.array(z.string().regex(/^[a-z0-9-]+\.json$/)),
  $knownOnlyFiles: z.string().optional(),
  knownOnlyFiles: z.array(z.string().regex(/^[a-z0-9-]+\.json$/)),
  $otherFiles: z.string().optional(),
  otherFiles: z.array(z.string().regex(/^[a-z0-9-]+\.json$/)),
  $minTokens: z.string().optional(),
  minTokens: z.number().int().min(1),
  $no: z.string().optional(),
  $noStaging: z.string().optional(),
  noStaging: z.array(z.string().regex(/^[a-z0-9]+$/)),
  $words: z.string().optional(),
  words: z.array(z.string().regex(/^[a-z]{2,}$/)),
  $unitsAfterNumber: z.string().optional(),
  unitsAfterNumber: z.array(z.string().regex(/^[a-z]+$/)),
  $realWords: z.string().optional(),
  realWords: z.array(z.string().regex(/^[a-z]+$/)),
  $knownOnlyWords: z.string().optional(),
  knownOnlyWords: z.array(z.string().regex(/^[a-z]+$/)),
});

export type OcrVocabulary = z.infer<typeof OcrVocabularySchema>;

interface Compiled {
  /** Every word of the knowledge files, lower case: never mended. */
  known: Set<string>;
  /** The English words by their skeleton (`skeleton`). */
  bySkeleton: Map<string, string[]>;
  units: ReadonlySet<string>;
  staging: ReadonlySet<string>;
  minTokens: number;
}

let cachedVocabulary: OcrVocabulary | undefined;

export function ocrVocabulary(): OcrVocabulary {
  cachedVocabulary ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'ocr-vocabulary.json'), OcrVocabularySchema);
  return cachedVocabulary;
}

/** A word as OCR may have written it, with every look-alike folded to one: "c1eft", "cleft" and "cIeft" alike. */
function skeleton(word: string): string {
  return word.toLowerCase().replace(/rn/g, 'm').replace(/[1li]/g, '1').replace(/0/g, 'o');
}

const WORDS = /[a-z0-9]+(?:\/[a-z0-9]+)*/g;

/** Every word of the files, and each part of a slashed one ("t1/t2" gives "t1" and "t2" too). */
function wordsOf(files: readonly string[], into: Set<string>): void {
  for (const w of knowledgeWords(files, WORDS)) {
    into.add(w);
    if (w.includes('/')) for (const part of w.split('/')) into.add(part);
  }
}

// Reading every knowledge file is the costly part: once per vocabulary object, never per note (exported for its test).
export const compiledOcr = perVocabulary((v: OcrVocabulary): Compiled => {
  const targets = new Set<string>();
  wordsOf(v.targetFiles, targets);
  for (const w of v.words) targets.add(w);
  for (const w of v.knownOnlyWords) targets.delete(w);
  const known = new Set(targets);
  wordsOf(v.knownOnlyFiles, known);
  for (const w of v.realWords) known.add(w);
  for (const w of v.knownOnlyWords) known.add(w);
  const bySkeleton = new Map<string, string[]>();
  // A word of one letter, or holding a digit, is no word to mend into.
  for (const t of targets) {
    if (t.length < 2 || /\d/.test(t)) continue;
    const k = skeleton(t);
    const list = bySkeleton.get(k) ?? [];
    list.push(t);
    bySkeleton.set(k, list);
  }
  // Each list a copy of its own length: a list grown by push keeps room for 17 words, most hold one or two, and the table
  // lives as long as the vocabulary (1.1 MB of spare room in a CLI worker).
  for (const [k, list] of bySkeleton) bySkeleton.set(k, list.slice());
  return { known, bySkeleton, units: wordSetOf(v.unitsAfterNumber), staging: wordSetOf(v.noStaging), minTokens: v.minTokens };
});

/**
 * What any mending needs in a word: a 0 or 1 against a letter in a word ("c1eft", "0n", "MR1"; not a level's "L1"), after
 * a slash ("w/0") or as "N0", "rn", a capital I in lower case where an l would start a syllable ("Iumbar", "smaII"; not
 * "It", "In") or an l among capitals ("MRl", "SPlNE"; not "Plan"). Most notes hold none, and are then read as written
 * without cutting them into words; one pass of one pattern with no unbounded quantifier.
 */
const OCR_SIGN = /[A-Za-z]{2}[01]|[01][A-Za-z]|[A-Za-z]\/[01]|\b[nN]0\b|rn|[a-z]I|I[aeiouy]|[A-Z]{2}l|l[A-Z]/;

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
  if (token.length < 2 || !OCR_SIGN.test(token) || c.known.has(token.toLowerCase()) || isCode(token, c)) return undefined;
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

/** A word broken by a hyphen at a line's end and going on at the next line's start ("ultra-" then "sound"). */
const LINE_END_HYPHEN = /[A-Za-z0-9]-[ \t]*\r?\n[A-Za-z]/;

/**
 * A word a fax, a scan or a PDF's text broke at a line's end ("arrange an ultra-" / "sound of …", "flat haemang-" /
 * "ioma"): the token at [start, end) with a hyphen after it that ends its line, and the word opening the next line, read
 * as one word where joined they are a word of the knowledge files (OCR's swaps undone as for any word): a compound the
 * files also write joined is the same word ("follow-" / "up" is "followup"), one they do not stays as written ("right-" /
 * "sided"). The view keeps the length and the line break: the joined word, blanks for the hyphen, then the line's end,
 * so line numbers and offsets hold.
 */
function joinedAcrossLines(text: string, start: number, end: number, c: Compiled): { start: number; end: number; text: string; sure: boolean } | undefined {
  if (text[end] !== '-') return undefined;
  let p = end + 1;
  while (isBlank(text[p])) p++;
  const eolStart = p;
  if (text[p] === '\r') p++;
  if (text[p] !== '\n') return undefined;
  const eol = text.slice(eolStart, p + 1);
  const next = wordFrom(text, p + 1);
  const head = text.slice(start, end);
  // The next line goes on in lower case, or both parts are in capitals; a capital opens a new sentence or key ("… MRI-" / "Plan").
  if (!/^[a-z]{2,}$/.test(next) && !(/^[A-Z]{2,}$/.test(next) && /^[A-Z0-9]+$/.test(head))) return undefined;
  if (head.length < 2) return undefined;
  const written = head + next;
  const word = c.known.has(written.toLowerCase()) ? written : mend(written, c);
  if (word === undefined) return undefined;
  const to = p + 1 + next.length;
  return { start, end: to, text: word + ' '.repeat(to - start - word.length - eol.length) + eol, sure: true };
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

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** The word of token characters that ends at `end` (exclusive), or starts at `start`. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && tokenCharAt(text, s - 1)) s--;
  return text.slice(s, end);
}
function wordFrom(text: string, start: number): string {
  let e = start;
  while (e < text.length && tokenCharAt(text, e)) e++;
  return text.slice(start, e);
}

/**
 * How a free-standing "n0"/"N0" at [start, end) reads: "no" when it stands before a word of the reader's ("n0 fever",
 * "Pt n0 night pain") or answers a question or key ("fever? N0;", "Fever: n0"); "caps" when, in capitals, it stands
 * before a word in capitals ("N0 DIMPLE"), which OCR or not is "NO"; undefined when it is a stage or a number
 * ("T2 N0 M0", "stage N0", "N0 2", "T2-N0"). Only the blanks and the one word either side are looked at.
 */
function noAt(text: string, start: number, end: number, c: Compiled): 'no' | 'caps' | undefined {
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  // Joined to a stage or a list by a hyphen, slash, dot or digit: a code.
  if (before !== undefined && !isBlank(before) && before !== '\n' && !'(:?;,'.includes(before)) return undefined;
  if (after !== undefined && !isBlank(after) && after !== '\n' && !';,.)?'.includes(after)) return undefined;
  let p = start;
  while (p > 0 && isBlank(text[p - 1])) p--;
  const prevChar = p > 0 ? text[p - 1] : '\n';
  const prev = wordBefore(text, p).toLowerCase();
  let q = end;
  while (q < text.length && isBlank(text[q])) q++;
  const next = after === undefined || !isBlank(after) ? '' : wordFrom(text, q);
  if (c.staging.has(prev) || c.staging.has(next.toLowerCase())) return undefined;
  if (next) {
    // "N0 2": a number after it is a list's or a stage's, never a finding.
    if (!/^[A-Za-z]{2,}$/.test(next)) return undefined;
    if (!c.known.has(next.toLowerCase()) && mend(next, c) === undefined) return undefined;
    return text[start] === 'N' && next === next.toUpperCase() ? 'caps' : 'no';
  }
  // An answer: after a question mark or a key's colon, and nothing more before the clause ends.
  const endsClause = q >= text.length || '\n;,.'.includes(text[q]);
  return (prevChar === '?' || prevChar === ':') && endsClause ? 'no' : undefined;
}

/**
 * The note with OCR's look-alikes undone, offsets unchanged; the note itself when it shows too few of them
 * (`minTokens` distinct words, in lower case: "C1eft ... c1eft" is one), but for a capital "N0" before a word in
 * capitals, which is "NO" in any note.
 */
export function ocrReading(text: string, v: OcrVocabulary = ocrVocabulary()): OcrReading {
  work.steps += text.length;
  // Most notes show no sign of OCR at all, nor a word broken at a line's end: one pass of two patterns instead of cutting
  // them into words.
  if (!OCR_SIGN.test(text) && !LINE_END_HYPHEN.test(text)) return { view: text, rewritten: [] };
  const c = compiledOcr(v);
  const edits: { start: number; end: number; text: string; sure?: boolean }[] = [];
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
    const joined = joinedAcrossLines(text, start, i, c);
    if (joined) {
      edits.push(joined);
      i = joined.end;
      continue;
    }
    if (token === 'n0' || token === 'N0') {
      const no = noAt(text, start, i, c);
      if (no) edits.push({ start, end: i, text: token === 'N0' ? 'NO' : 'no', sure: no === 'caps' });
      continue;
    }
    const whole = mend(token, c);
    if (whole !== undefined) {
      edits.push({ start, end: i, text: whole });
      distinct.add(token.toLowerCase());
      continue;
    }
    if (!token.includes('/')) continue;
    let at = start;
    for (const part of token.split('/')) {
      const m = mend(part, c);
      if (m !== undefined) {
        edits.push({ start: at, end: at + part.length, text: m });
        distinct.add(part.toLowerCase());
      }
      at += part.length + 1;
    }
  }
  const applied = distinct.size >= c.minTokens ? edits : edits.filter((e) => e.sure);
  if (!applied.length) return { view: text, rewritten: [] };
  let out = '';
  let at = 0;
  for (const e of applied) {
    out += text.slice(at, e.start) + e.text + ' '.repeat(e.end - e.start - e.text.length);
    at = e.end;
  }
  return { view: out + text.slice(at), rewritten: applied.map((e) => ({ start: e.start, end: e.end })) };
}
