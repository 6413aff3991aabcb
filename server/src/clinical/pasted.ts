import { type Span, textLines } from '../notes/text';
import { work } from '../notes/work';

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
 * - a line break is a space in one shape only, a phrase cut where it cannot end: one study's contrast cut after
 *   "with and" / "with or" (or "w/ and" / "w/ or"), the next line going on with "without" or "w/o" ("MRI lumbar spine
 *   with and" / "without contrast."). Never across a blank line. A line ending on any other word stays cut: joining
 *   lines after a function word ("no hemangioma, and" / "hypertrichosis over L4") or after a place's word before its
 *   noun ("no bruising lumbar" / "tuft of dark hair at L5", "no xr lumbar" / "spine us requested") carried a denial or
 *   a withheld study onto the next line's statement, and both were taken out after review r51, as line joins were
 *   three times before.
 */
export interface PastedReading {
  view: string;
  rewritten: Span[];
}

const ODD_SPACE = /[\u00a0\u2007\u202f]/g;
/** A page's line number: digits, then a tab or two spaces or more, then the line's text. */
const LINE_NUMBER = /^(\d{1,3})(?:\t[ \t]*|[ ]{2,})(?=\S)/;

/** The note with its pasted layout read (see above), or the note itself when nothing was read. */
export function pastedReading(text: string): PastedReading {
  work.steps += text.length;
  let view = text.replace(ODD_SPACE, ' ');
  view = withoutLineNumbers(view);
  view = wrapsJoined(view);
  return { view: view === text ? text : view, rewritten: [] };
}

/** A numbered page's line numbers moved out of the way (blanks at the end of the line above); else the text. */
function withoutLineNumbers(text: string): string {
  if (!/^1(?:\t| {2})/.test(text.trimStart())) return text;
  const lines = textLines(text).filter((l) => text.slice(l.start, l.end).trim());
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

/** A line ending on the first half of one study's contrast, "with and" / "w/ or" (see above). */
const CONTRAST_CUT = /(?:^|[^\w./-])(?:with|w\/)[ \t]+(?:and|or)[ \t]*$/i;
/** The next line going on with its second half, at once and in lower case. */
const CONTRAST_REST = /^(?:without|w\/o)\b(?![ \t]*:)/;

/** Line breaks inside a phrase read as spaces (see above). */
function wrapsJoined(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = textLines(text);
  let out = '';
  let at = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    const next = text.slice(lines[i + 1].start, lines[i + 1].end);
    if (!(CONTRAST_CUT.test(line) && CONTRAST_REST.test(next))) continue;
    out += text.slice(at, lines[i].end) + ' '.repeat(lines[i + 1].start - lines[i].end);
    at = lines[i + 1].start;
  }
  return at ? out + text.slice(at) : text;
}
