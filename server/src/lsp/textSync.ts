/**
 * Safe application of `textDocument/didChange` edits (issue 12, defect 1).
 *
 * vscode-languageserver-textdocument trusts the ranges it is given: an edit starting past the last
 * line splices its line table at a row that does not exist, and from then on the server's copy of the
 * text and its line numbers disagree with the editor's. So every range is first made valid here,
 * exactly the way VS Code's text model validates a range before it applies an edit
 * (`TextModel.validateRange`), so the server ends with the text the editor shows:
 *
 *  - a position's line below 0 is the start of the document; a line past the last line is the end
 *    of the document (the end of the last line);
 *  - a character below 0 is the start of the line; past the line's content it is the end of the
 *    content (never inside the line terminator: `\r\n` is one break);
 *  - non-integer numbers are rounded down (VS Code's columns are integers);
 *  - a range whose start comes after its end is reversed;
 *  - a range end or start inside a surrogate pair widens the range to cover the whole pair
 *    (an empty range inside a pair moves before the pair).
 *
 * The edits are then applied with offsets computed here, so the library's own position arithmetic is
 * only ever asked about valid positions.
 */
import { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Line starts of a text (LF, CRLF and CR breaks, as the protocol counts lines). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Runs on every edit of documents up to megabytes: text without a CR is scanned natively.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** What a position means against one text: the line table is computed once per text. */
export interface TextView {
  readonly text: string;
  readonly starts: readonly number[];
}

export function viewOf(text: string): TextView {
  return { text, starts: lineStarts(text) };
}

function contentEnd(v: TextView, line: number): number {
  let end = line + 1 < v.starts.length ? v.starts[line + 1] : v.text.length;
  const start = v.starts[line];
  if (end > start && v.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && v.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function int(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.floor(n) : typeof n === 'number' && n > 0 ? Number.MAX_SAFE_INTEGER : 0;
}

/** The offset a (possibly invalid) position stands for, clamped as VS Code clamps it. */
export function clampedOffset(v: TextView, pos: Position): number {
  const line = int(pos?.line);
  if (line < 0) return 0;
  if (line >= v.starts.length) return v.text.length;
  const start = v.starts[line];
  const ch = int(pos?.character);
  return Math.min(start + Math.max(0, ch), contentEnd(v, line));
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when the offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, o: number): boolean {
  return o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o));
}

/** A range as offsets [start, end], validated as VS Code validates an edit range. */
export function clampedSpan(v: TextView, range: Range): { start: number; end: number } {
  let s = clampedOffset(v, range?.start);
  let e = clampedOffset(v, range?.end);
  if (e < s) [s, e] = [e, s];
  const sIn = splitsPair(v.text, s);
  const eIn = splitsPair(v.text, e);
  if (s === e && sIn) return { start: s - 1, end: e - 1 };
  return { start: sIn ? s - 1 : s, end: eIn ? e + 1 : e };
}

export interface ContentChange {
  range?: Range;
  text: string;
}

/**
 * Applies a batch of changes in order (each against the text the previous one produced) and calls
 * `edited` with the offsets each one replaced, for incremental re-analysis. Returns the document.
 */
export function applyChanges(doc: TextDocument, changes: readonly ContentChange[], version: number, edited: (start: number, end: number, inserted: number) => void): TextDocument {
  let text = doc.getText();
  for (const change of changes) {
    if (change.range) {
      const { start, end } = clampedSpan(viewOf(text), change.range);
      text = text.slice(0, start) + change.text + text.slice(end);
      edited(start, end, change.text.length);
    } else {
      text = change.text;
      edited(-1, -1, -1);
    }
  }
  // One full update with the final text: the library rebuilds its line table from the text itself.
  return TextDocument.update(doc, [{ text }], version);
}

/**
 * The offset a request's position stands for: clamped as above, after the byte-order mark (the
 * editor never shows a cursor before it), and before a surrogate pair it would split (as VS Code
 * moves a cursor inside a pair).
 */
export function requestOffset(doc: TextDocument, pos: Position): number {
  const text = doc.getText();
  let o = clampedOffset(viewOf(text), pos);
  if (splitsPair(text, o)) o--;
  if (o === 0 && text.charCodeAt(0) === 0xfeff) o = 1;
  return o;
}
