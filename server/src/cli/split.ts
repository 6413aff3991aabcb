import { dominantOf } from '../engine';
/** A run of whole notes of a file, as bytes: it starts at a note and ends after a `---` line (or at the end). */
export interface BytePart {
  start: number;
  end: number;
  /** Lines before it, as LineIndex counts them. */
  line: number;
  /** Index (in the file) of its first note. */
  firstIndex: number;
}

const CR = 13;
const LF = 10;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * Cuts a file's bytes into runs of about `partNotes` notes at the lines splitNotes takes as
 * separators (a line of `---` between spaces or tabs), without decoding it: the thread that plans
 * the work then never holds the file as a string (40 MB for the 19.7 MB corpus file). Line ends
 * are ASCII bytes that never occur inside a UTF-8 sequence, so lines, terminators (for the
 * dominant line ending, counted as countEols does) and separators read the same as in the text.
 */
export function splitBytes(b: Uint8Array, partNotes: number): { parts: BytePart[]; eol: string } {
  const parts: BytePart[] = [];
  const eols = { crlf: 0, lf: 0, cr: 0 };
  let notes = 0;
  let lines = 0;
  let part: BytePart = { start: 0, end: b.length, line: 0, firstIndex: 0 };
  for (let at = 0; at < b.length;) {
    let i = at;
    while (i < b.length && b[i] !== LF && b[i] !== CR) i++;
    const contentEnd = i;
    let end = i;
    if (i < b.length) {
      lines++;
      if (b[i] === CR && i + 1 < b.length && b[i + 1] === LF) {
        eols.crlf++;
        end = i + 2;
      } else {
        if (b[i] === CR) eols.cr++;
        else eols.lf++;
        end = i + 1;
      }
    }
    let s = at;
    let e = contentEnd;
    if (s === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) s += 3; // a BOM before the first line
    while (s < e && isSpaceOrTab(b[s])) s++;
    while (e > s && isSpaceOrTab(b[e - 1])) e--;
    if (e - s === 3 && b[s] === 45 && b[s + 1] === 45 && b[s + 2] === 45) {
      notes++;
      if (notes - part.firstIndex >= partNotes && end < b.length) {
        parts.push({ ...part, end });
        part = { start: end, end: b.length, line: lines, firstIndex: notes };
      }
    }
    at = end;
  }
  parts.push(part);
  return { parts, eol: dominantOf(eols) };
}
