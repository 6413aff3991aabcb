import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { perVocabulary } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * Text pasted from a PDF or a Word document keeps the page's layout (issue 8, round 51): no-break spaces between a
 * number and its unit ("5\u00a0mo\u00a0M"), a line number before every line of a numbered page ("1  8-month-old girl,
 * …", "2  dimple: 3 mm …") and the width's line breaks cutting a phrase in two ("MRI lumbar spine with and" / "without
 * contrast.", "deviated (Y-shaped) gluteal" / "cleft"). It is read through a view of the same length, as an HTML export
 * is (html.ts): every finding and fix still points at the note as written.
 *
 * Each reading is narrow, since a new line is often a new statement in a clinician's note (a list, a letter's lines, a
 * "Plan:" block), and joining two lines merges their negations, ages and orders:
 * - a no-break space (U+00A0, U+2007, U+202F) is a space;
 * - line numbers are read only when every non-empty line of the note opens on one, counting 1, 2, 3 … from the first
 *   line without a gap (at least three lines), each followed by a tab or two spaces; the number and its gap are moved
 *   to the end of the line above as blanks, so the line does not read as an indented continuation of the one above;
 * - a line break is a space only between a line ending on a word that cannot end a phrase — a function word
 *   (reading-vocabulary wrappedLine.endWords: "with and", "of", "from") or a word of a place before the thing it names
 *   (pastedWrap: "gluteal" / "cleft", "lumbar" / "spine") — and a next line that opens at once, in lower case, on a word with no colon after it (no key, bullet, number or
 *   capital opening a sentence; "sacral" / "dimple: 3 mm" below a line of prose with no colon is the one exception).
 *   Never across a blank line, never after a stop, colon, bracket or number (a measure "at 6" / "weeks" is left cut).
 */
export interface PastedReading {
  view: string;
  rewritten: Span[];
}

const ODD_SPACE = /[\u00a0\u2007\u202f]/g;
/** A page's line number: digits, then a tab or two spaces or more, then the line's text. */
const LINE_NUMBER = /^(\d{1,3})(?:\t[ \t]*|[ ]{2,})(?=\S)/;

const wrapWords = perVocabulary((v: ReadingVocabulary) => ({
  endWords: new Set(v.wrappedLine.endWords),
  attributive: new Set(v.pastedWrap.attributive),
  nouns: new Set(v.pastedWrap.nouns),
}));

/** The note with its pasted layout read (see above), or the note itself when nothing was read. */
export function pastedReading(text: string, v: ReadingVocabulary = readingVocabulary()): PastedReading {
  work.steps += text.length;
  let view = text.replace(ODD_SPACE, ' ');
  view = withoutLineNumbers(view);
  view = wrapsJoined(view, wrapWords(v));
  return { view: view === text ? text : view, rewritten: [] };
}

interface Line {
  start: number;
  /** Where the line's text ends (before its "\r\n" or "\n"). */
  end: number;
  /** Where the next line starts. */
  next: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end, next: nl < 0 ? text.length + 1 : nl + 1 });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** A numbered page's line numbers moved out of the way (blanks at the end of the line above); else the text. */
function withoutLineNumbers(text: string): string {
  if (!/^1(?:\t| {2})/.test(text.trimStart())) return text;
  const lines = linesOf(text).filter((l) => text.slice(l.start, l.end).trim());
  if (lines.length < 3) return text;
  const gaps: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = LINE_NUMBER.exec(text.slice(lines[i].start, lines[i].end));
    if (!m || Number(m[1]) !== i + 1) return text;
    gaps.push(m[0].length);
  }
  let out = '';
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start } = lines[i];
    const gap = gaps[i];
    // The break before the line (with any blank lines between) moves after the blanks standing for the number.
    const breakAt = i === 0 ? start : lines[i - 1].end;
    out += text.slice(at, breakAt) + ' '.repeat(gap) + text.slice(breakAt, start);
    at = start + gap;
  }
  return out + text.slice(at);
}

/** Line breaks inside a phrase read as spaces (see above). */
function wrapsJoined(text: string, w: ReturnType<typeof wrapWords>): string {
  if (!text.includes('\n')) return text;
  const lines = linesOf(text);
  let out = '';
  let at = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    // The line's last word, whole: not the end of "w/o", "L-spine", "1.5" or "5mo".
    const last = /(?:^|[^\w.,/-])([A-Za-z]+)[ \t]*$/.exec(line);
    if (!last) continue;
    const next = text.slice(lines[i + 1].start, lines[i + 1].end);
    // The next line opens at once in lower case on a word.
    const first = /^([a-z]+)\b/.exec(next);
    if (!first) continue;
    const end = last[1].toLowerCase();
    const keyed = /^[a-z][\w /-]{0,30}:/.test(next);
    if (w.attributive.has(end) && w.nouns.has(first[1])) {
      // "sacral" / "dimple: 3 mm" below a line of prose: the noun ends the phrase, no key opens ("Site: sacral" / "dimple: yes" stays).
      if (keyed && !(next.startsWith(first[1] + ':') && !line.includes(':'))) continue;
    } else if (!w.endWords.has(end) || keyed) continue;
    out += text.slice(at, lines[i].end) + ' '.repeat(lines[i + 1].start - lines[i].end);
    at = lines[i + 1].start;
  }
  return at ? out + text.slice(at) : text;
}
