import { type KeyInfo, lookupKey } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { perVocabulary } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * The decision-support software's own text in a note: 'Alert: "MRI first in infant <= 6 months without prior spinal
 * ultrasound - US is the recommended screening study."', "Decision-support alert: consider MRI spine without contrast",
 * 'XR L-spine AP/lat - CDS "usually not appropriate: back pain < 4 wk, no red flags" OVERRIDDEN: 13 y M, …'. What the
 * alert says is the software's, never a fact of the patient: no prior study, no finding, no order and no age is read from
 * it (the clinician's "Override reason:" below it holds the history). The spans returned are set aside (blanked) before
 * anything is read.
 *
 * - A line whose key holds a phrase of reading-vocabulary softwareAlerts.keys among its words ("Alert", "CDS ALERT
 *   (appropriateness)", "Best practice advisory", "Decision-support alert") and no word of `replies` ("Override reason",
 *   "Alert acknowledged", "BPA response": the clinician's answer, read as usual), and no quotation mark: its value to the
 *   end of the line, or, when the value opens on a quotation, that quotation only (what follows it is the clinician's).
 *   A key with a comma or semicolon is prose ("BPA fired; I reviewed:"); an unquoted value holding a word of `ownWords`
 *   ("Alert: 3 mo with hair tuft, alert and active", "CDS: discussed with Dr X, MRI L-spine ordered") is the clinician's.
 * - A quotation right after a phrase of `keys` anywhere in a line ('CDS "usually not appropriate: …" OVERRIDDEN'): the
 *   quotation.
 *
 * One pass over the text; each line's key and each quotation's lead-in is looked at once.
 */
export function softwareAlertSpans(text: string, v: ReadingVocabulary['softwareAlerts'] = readingVocabulary().softwareAlerts): Span[] {
  const sets = setsOf(v);
  const out: Span[] = [];
  work.steps += text.length;
  // Nearly every note names no alert at all: one pattern test instead of the words of every line's key.
  if (!mayHoldKey(text, sets)) return out;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let from = lineStart;
    const colon = text.indexOf(':', lineStart);
    if (colon >= 0 && colon < lineEnd && colon - lineStart <= MAX_KEY) {
      const key = text.slice(lineStart, colon);
      const words = wordsOf(key);
      if (!/["\u201c\u201d;,]/.test(key) && words.length > 0 && words.length <= MAX_KEY_WORDS && holdsPhrase(words, sets.keys) && !words.some((w) => sets.replies.has(w))) {
        let s = colon + 1;
        while (s < lineEnd && /\s/.test(text[s])) s++;
        const quoted = s < lineEnd ? quotationAt(text, s, lineEnd) : undefined;
        if (quoted) {
          out.push(quoted);
          from = quoted.end;
        } else if (s < lineEnd && !wordsOf(text.slice(s, lineEnd)).some((w) => sets.own.has(w))) {
          out.push({ start: s, end: lineEnd });
          from = lineEnd;
        }
      }
    }
    // A quotation right after a key phrase elsewhere in the line: 'CDS "usually not appropriate: …" OVERRIDDEN'.
    for (let i = from; i < lineEnd; i++) {
      const c = text[i];
      if (c !== '"' && c !== '\u201c') continue;
      const quoted = quotationAt(text, i, lineEnd);
      if (!quoted) break;
      if (endsOnPhrase(text.slice(Math.max(lineStart, i - LEAD_IN), i), sets.keys)) out.push(quoted);
      i = quoted.end - 1;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const MAX_KEY = 60;
const MAX_KEY_WORDS = 6;
/** How far before a quotation its lead-in is looked for (longer than any phrase of `keys`). */
const LEAD_IN = 40;

/** The quotation opening at `at` up to and with its closing mark on the same line (to the line's end when it never closes), or undefined when no quotation opens there. */
function quotationAt(text: string, at: number, lineEnd: number): Span | undefined {
  const c = text[at];
  if (c !== '"' && c !== '\u201c') return undefined;
  for (let j = at + 1; j < lineEnd; j++) if (text[j] === '"' || text[j] === '\u201d') return { start: at, end: j + 1 };
  return { start: at, end: lineEnd };
}

function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function holdsPhrase(words: readonly string[], phrases: readonly string[][]): boolean {
  for (const p of phrases)
    for (let i = 0; i + p.length <= words.length; i++) {
      let k = 0;
      while (k < p.length && words[i + k] === p[k]) k++;
      if (k === p.length) return true;
    }
  return false;
}

/** The lead-in, after spaces, colons and dashes are dropped from its end, ends on a phrase of `keys` ("CDS", "BPA fired" does not). */
function endsOnPhrase(leadIn: string, phrases: readonly string[][]): boolean {
  const trimmed = leadIn.replace(/[\s:\-–—(]+$/, '');
  if (!/[a-z0-9]$/i.test(trimmed)) return false;
  const words = wordsOf(trimmed);
  return phrases.some((p) => p.length <= words.length && p.every((w, k) => words[words.length - p.length + k] === w));
}

interface Sets {
  keys: string[][];
  replies: ReadonlySet<string>;
  own: ReadonlySet<string>;
  /**
   * Matches the lower-cased text wherever a phrase of `keys` may stand as the words `wordsOf` cuts (its words in a row,
   * anything but letters and digits between them, none right after it); undefined when no phrase can ever match. Its first
   * word may end a longer word, since a quotation's lead-in is cut at a fixed length: a test that never misses one.
   */
  mayHoldKey: RegExp | undefined;
  /** mayHoldKey ignoring case, for the text as written (see mayHoldKey below). */
  mayHoldKeyAnyCase: RegExp | undefined;
}

/**
 * sets.mayHoldKey on the lower-cased text, without lower-casing it: the pattern ignoring case on the text as written
 * answers the same wherever lower-casing turns no other letter than A-Z into one of a-z, that is, for every text without
 * "İ" (U+0130, which lower-cases to "i" and a dot) or the Kelvin sign (U+212A, to "k") — the only two. A text holding
 * either is tested lower-cased, as before.
 */
function mayHoldKey(text: string, sets: Sets): boolean {
  if (!sets.mayHoldKey) return false;
  return sets.mayHoldKeyAnyCase!.test(text) || (FOLDS_INTO_ASCII.test(text) && sets.mayHoldKey.test(text.toLowerCase()));
}
/** The letters outside A-Z that lower-case into a-z (checked over every code point). */
const FOLDS_INTO_ASCII = /[\u0130\u212a]/;
const setsOf = perVocabulary((v: ReadingVocabulary['softwareAlerts']): Sets => {
  const keys = v.keys.map((p) => p.split(' '));
  // A phrase word wordsOf can never give (a capital, a hyphen, an empty word) leaves its phrase unmatched.
  const alternatives = keys.filter((p) => p.every((w) => /^[a-z0-9]+$/.test(w))).map((p) => p.join('[^a-z0-9]+'));
  const mayHoldKey = alternatives.length ? new RegExp(`(?:${alternatives.join('|')})(?![a-z0-9])`) : undefined;
  const mayHoldKeyAnyCase = mayHoldKey && new RegExp(mayHoldKey.source, 'i');
  return { keys, replies: new Set(v.replies), own: new Set(v.ownWords), mayHoldKey, mayHoldKeyAnyCase };
});

/**
 * "CDS override log - XR LUMBOSACRAL SPINE 2 VIEWS", "BPA override - MRI L-spine w/o": a decision-support record's title
 * names the study the alert was overridden for, after a dash. When the note has no Order line, that study is read as one
 * (the alert's own words, set aside, name none). The title is a line of prose (no key) holding a phrase of
 * softwareAlerts.keys before its dash; the study after the dash must name a study (`namesStudy`).
 */
export function withAlertLogOrderRead(note: ParsedNote, namesStudy: (clause: string) => boolean): ParsedNote {
  if (note.fields.some((f) => f.key?.name === 'Order')) return note;
  const sets = setsOf(readingVocabulary().softwareAlerts);
  for (const p of note.prose) {
    const m = TITLE.exec(p.value);
    if (!m || !holdsPhrase(wordsOf(m[1]), sets.keys)) continue;
    const study = m[2].trim();
    if (!namesStudy(study)) continue;
    const start = p.valueSpan.start + p.value.indexOf(study, m[1].length);
    const field: Field = {
      key: ORDER,
      rawKey: 'Order',
      keySpan: { start, end: start },
      valueSpan: { start, end: start + study.length },
      value: study,
      lineSpan: p.lineSpan,
      inferred: true,
    };
    const fields = [...note.fields.filter((f) => !(f.prose && f.lineSpan.start === p.lineSpan.start)), field].sort((a, b) => a.lineSpan.start - b.lineSpan.start);
    return { ...note, fields, prose: note.prose.filter((q) => q !== p) };
  }
  return note;
}
const ORDER = lookupKey('Order') as KeyInfo;
/** A title, a dash between spaces, then what it is for: "CDS override log - XR lumbosacral spine 2 views". */
const TITLE = /^([^:\-–—"]{2,40}?)\s+[-–—]\s+([^:"]+)$/;
