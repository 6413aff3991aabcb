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
import type { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Whole-text passes made while applying edits (a line table built from the whole text, or the whole
 * text replaced), so a test can check that a batch of edits costs in proportion to the edits.
 */
export const syncWork = { fullTexts: 0 };

/** Line starts of a text (LF, CRLF and CR breaks, as the protocol counts lines). */
export function lineStarts(text: string): number[] {
  syncWork.fullTexts++;
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

/** What a position means against one text: its line table, kept or computed once per text. */
export interface TextView {
  readonly text: string;
  readonly lineCount: number;
  /** The offset where a line (0 ≤ line < lineCount) starts. */
  lineStart(line: number): number;
}

export function viewOf(text: string): TextView {
  const starts = lineStarts(text);
  return { text, lineCount: starts.length, lineStart: (line) => starts[line] };
}

/**
 * A view on the library document's own line table, which TextDocument.update keeps up to date
 * incrementally: no whole-text pass (the text is not copied: getText() returns the string it holds).
 */
export function docView(doc: TextDocument): TextView {
  return { text: doc.getText(), lineCount: doc.lineCount, lineStart: (line) => doc.offsetAt({ line, character: 0 }) };
}

function contentEnd(v: TextView, line: number): number {
  let end = line + 1 < v.lineCount ? v.lineStart(line + 1) : v.text.length;
  const start = v.lineStart(line);
  if (end > start && v.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && v.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function int(n: unknown): number {
  if (typeof n !== 'number' || Number.isNaN(n)) return 0;
  // -Infinity is below 0 (the start of the document, as VS Code's Math.floor keeps it), not line 0.
  return Number.isFinite(n) ? Math.floor(n) : n > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** The offset a (possibly invalid) position stands for, clamped as VS Code clamps it. */
export function clampedOffset(v: TextView, pos: Position): number {
  const line = int(pos?.line);
  if (line < 0) return 0;
  if (line >= v.lineCount) return v.text.length;
  const start = v.lineStart(line);
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
 * True when replacing [start, end) of `text` by `inserted` makes a `\r` and a `\n` meet across an
 * edit boundary (one line break where there were two, or a new CRLF): the library cannot keep its
 * line table incrementally then, so such a change takes the careful path.
 */
function joinsBreak(text: string, start: number, end: number, inserted: string): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (!inserted) return before === 13 && after === 10;
  return (before === 13 && inserted.charCodeAt(0) === 10) || (after === 10 && inserted.charCodeAt(inserted.length - 1) === 13);
}

/**
 * Applies a batch of changes in order (each against the text the previous one produced) and calls
 * `edited` with the offsets each one replaced, for incremental re-analysis. Returns the document
 * (updated in place, as TextDocument.update does).
 *
 * Each range is clamped against the document's line table, which the library keeps incrementally;
 * the clamped range (valid, so the library's arithmetic is right) is then applied by the library.
 * Only a change that joins `\r` and `\n` across its boundary replaces the whole text (the careful
 * path): a batch costs in proportion to its changes, not to the document times the changes.
 */
export function applyChanges(doc: TextDocument, changes: readonly ContentChange[], version: number, edited: (start: number, end: number, inserted: number) => void): TextDocument {
  for (const change of changes) {
    if (change.range) {
      const v = docView(doc);
      const { start, end } = clampedSpan(v, change.range);
      if (joinsBreak(v.text, start, end, change.text)) {
        syncWork.fullTexts++;
        TextDocument.update(doc, [{ text: v.text.slice(0, start) + change.text + v.text.slice(end) }], version);
      } else {
        TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: change.text }], version);
      }
      edited(start, end, change.text.length);
    } else {
      syncWork.fullTexts++;
      TextDocument.update(doc, [{ text: change.text }], version);
      edited(-1, -1, -1);
    }
  }
  return TextDocument.update(doc, [], version);
}

/** The offset a client position stands for in a document, clamped as above (missing parts count as 0). */
export function positionOffset(doc: TextDocument, pos: Position | undefined): number {
  return clampedOffset(docView(doc), pos as Position);
}

/**
 * The offset a request's position stands for: clamped as above, after the byte-order mark (the
 * editor never shows a cursor before it), and before a surrogate pair it would split (as VS Code
 * moves a cursor inside a pair).
 */
export function requestOffset(doc: TextDocument, pos: Position): number {
  const text = doc.getText();
  let o = clampedOffset(docView(doc), pos);
  if (splitsPair(text, o)) o--;
  if (o === 0 && text.charCodeAt(0) === 0xfeff) o = 1;
  return o;
}
