import { work } from './work';
/** Offsets are UTF-16 code-unit indices into the document string, as LSP positions count them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open [start, end) offset span. */
export interface Span {
  start: number;
  end: number;
}

/** Converts between offsets and line/character positions for LF, CRLF and CR text. */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = clampInt(offset, 0, this.text.length);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  /** Tolerates positions outside the document (clamped), as hostile or stale clients send them. */
  offsetAt(pos: Position): number {
    const line = clampInt(pos.line, 0, this.lineStarts.length - 1);
    const start = this.lineStarts[line];
    const end = this.lineContentEnd(line);
    return clampInt(start + clampInt(pos.character, 0, Number.MAX_SAFE_INTEGER), start, end);
  }

  /** Offset of the end of a line's content, before its terminator. */
  lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return n === Infinity ? hi : lo;
  const i = Math.floor(n);
  return i < lo ? lo : i > hi ? hi : i;
}

/** Line terminators by kind. */
export interface EolCounts {
  crlf: number;
  lf: number;
  cr: number;
}

/**
 * Adds (sign 1) or removes (sign -1) the terminators starting in [from, to). Counting by start
 * lets an editor update the counts from an edited window alone.
 */
export function countEols(text: string, from: number, to: number, into: EolCounts, sign: 1 | -1 = 1): EolCounts {
  const a = Math.max(0, from);
  const b = Math.min(text.length, to);
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) into.crlf += sign;
      else into.cr += sign;
    } else if (c === 10 && (i === 0 || text.charCodeAt(i - 1) !== 13)) into.lf += sign;
  }
  return into;
}

export function dominantOf(c: EolCounts): string {
  if (c.crlf >= c.lf && c.crlf >= c.cr && c.crlf > 0) return '\r\n';
  if (c.cr > c.lf) return '\r';
  return '\n';
}

/** The line terminator a file mostly uses, so inserted lines match it. */
export function dominantEol(text: string): string {
  // The same counts as countEols over the whole text, found by native searches (one per line
  // break) instead of a loop over every character: this runs on every full analysis.
  const c: EolCounts = { crlf: 0, lf: 0, cr: 0 };
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) c.crlf++;
    else c.lf++;
  }
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) c.cr++;
  return dominantOf(c);
}

/**
 * A copy of the string that shares no memory with the text it was sliced from. V8 keeps a whole
 * document alive for as long as any slice of it lives, so a cached note must not hold a slice of
 * the 1 MB text it came from (nor of every older version of it).
 */
export function detach(s: string): string {
  // Concatenating makes a new rope; slicing it flattens the rope into a fresh string first, so the
  // result keeps only that copy alive (one copy, against two through a Buffer).
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * A lower-casing of a text's slices by one lower-case copy of the whole text, sliced per word, instead
 * of a slice and a lower-cased copy per word; it falls back to that where lower-casing moves offsets
 * (a few letters grow: "İ" for one). Word scanners run on every value of every note.
 */
export function lowerSlicer(text: string): (start: number, end: number) => string {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? (a, b) => lowered.slice(a, b) : (a, b) => text.slice(a, b).toLowerCase();
}

/** Where a clause ends for `widen`: a comma, semicolon, full stop or line end. */
export const CLAUSE_STOP = /[,;.\n\r]/y;

/**
 * [start, end) widened to the nearest stop on each side: at most `before` characters back and `after`
 * forward, never past [min, max). `stop` is a sticky pattern tried at each character (so a stop may look
 * at the next one: /[,;\n\r]|\.(?!\d)/y stops at a full stop but not inside "38.9"). The clause or the
 * sentence a reader looks at around a word; the distance covered counts as work.
 */
export function widen(text: string, start: number, end: number, stop: RegExp, before: number, after = before, min = 0, max = text.length): Span {
  const isStop = (i: number) => {
    stop.lastIndex = i;
    return stop.test(text);
  };
  let a = start;
  const aMin = Math.max(min, start - before);
  while (a > aMin && !isStop(a - 1)) a--;
  let b = end;
  const bMax = Math.min(max, end + after);
  while (b < bMax && !isStop(b)) b++;
  work.steps += b - a;
  return { start: a, end: b };
}

/** Where the last dash between words (" - ", " – ") stands, or -1. */
export function lastDash(text: string): number {
  for (let i = text.length - 2; i > 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0x2013 || c === 0x2014) && /\s/.test(text[i - 1]) && /\s/.test(text[i + 1])) return i;
  }
  return -1;
}

/** A sentence ends at i: ";", "!", "?", a line break, or "." before white space or the end (not "y.o.", not "2.5"). */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 33 || c === 63 || c === 10 || c === 13) return true;
  return c === 46 && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}

/** Where the sentence holding `at` starts, and at `floor` at the earliest (a reader looking only so far back). */
export function sentenceStart(text: string, at: number, floor = 0): number {
  let i = at;
  while (i > floor && !endsSentence(text, i - 1)) i--;
  return i;
}

/** Where the sentence holding `at` ends (at its mark), and at `limit` at the latest. */
export function sentenceEnd(text: string, at: number, limit = text.length): number {
  const end = Math.min(text.length, limit);
  let i = at;
  while (i < end && !endsSentence(text, i)) i++;
  return i;
}

/** A line of a text: where its text starts and ends (before its "\r\n" or "\n") and where the next line starts. */
export interface TextLine {
  start: number;
  end: number;
  next: number;
}

/** The text's lines, in order; a line break ending the text opens no line after it. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let at = 0;
  while (at < text.length) {
    let e = text.indexOf('\n', at);
    const next = e < 0 ? text.length : e + 1;
    if (e < 0) e = text.length;
    lines.push({ start: at, end: e > at && text[e - 1] === '\r' ? e - 1 : e, next });
    at = next;
  }
  return lines;
}
