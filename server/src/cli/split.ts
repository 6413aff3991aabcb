import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
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
  const s = new ByteSplitter(partNotes);
  return s.end(b);
}

/**
 * splitBytes over a file read in chunks into one reused buffer, so the file is never held whole
 * and the planning thread makes almost no garbage (it collects rarely, and what it leaves stays in
 * the process's memory for the whole run). Also says whether the file is valid UTF-8 and holds a
 * NUL, checked on whole lines (a line end is never inside a UTF-8 sequence).
 */
export function splitFile(file: string, partNotes: number, chunkBytes = 1 << 20): { parts: BytePart[]; eol: string; utf8: boolean; nul: boolean } {
  const s = new ByteSplitter(partNotes);
  let buf = Buffer.allocUnsafeSlow(chunkBytes);
  let have = 0; // bytes of an unfinished line at the front of buf
  let utf8 = true;
  let nul = false;
  const check = (lines: Uint8Array) => {
    if (utf8 && !isUtf8(lines)) utf8 = false;
    if (!nul && lines.includes(0)) nul = true;
  };
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      if (buf.length - have < chunkBytes / 2) {
        const bigger = Buffer.allocUnsafeSlow(buf.length * 2); // a line longer than the buffer
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, have, buf.length - have, null);
      if (n <= 0) break;
      const data = buf.subarray(0, have + n);
      const used = s.push(data);
      check(data.subarray(0, used));
      buf.copyWithin(0, used, have + n);
      have = have + n - used;
    }
  } finally {
    fs.closeSync(fd);
  }
  check(buf.subarray(0, have));
  return { ...s.end(buf.subarray(0, have)), utf8, nul };
}

class ByteSplitter {
  private parts: BytePart[] = [];
  private eols = { crlf: 0, lf: 0, cr: 0 };
  private notes = 0;
  private lines = 0;
  private part: BytePart = { start: 0, end: 0, line: 0, firstIndex: 0 };
  /** The file offset of the bytes passed next. */
  private base = 0;

  constructor(private readonly partNotes: number) {}

  /** Reads the whole lines at the start of b (which continues where the last push stopped); returns how many bytes they take. */
  push(b: Uint8Array): number {
    const at = this.scan(b, false);
    this.base += at;
    return at;
  }

  /** Reads the rest of the file, b. */
  end(b: Uint8Array): { parts: BytePart[]; eol: string } {
    this.scan(b, true);
    this.parts.push({ ...this.part, end: this.base + b.length });
    return { parts: this.parts, eol: dominantOf(this.eols) };
  }

  /** Reads the whole lines of b (all of it when final); returns where the first unfinished line starts. */
  private scan(b: Uint8Array, final: boolean): number {
    let at = 0;
    while (at < b.length) {
      let i = at;
      while (i < b.length && b[i] !== LF && b[i] !== CR) i++;
      const contentEnd = i;
      let end = i;
      let kind: 'crlf' | 'lf' | 'cr' | undefined;
      if (i < b.length) {
        if (b[i] === CR && i + 1 < b.length && b[i + 1] === LF) {
          kind = 'crlf';
          end = i + 2;
        } else {
          kind = b[i] === CR ? 'cr' : 'lf';
          end = i + 1;
        }
      }
      // A line that reaches the end of the chunk waits for the next one (its CR may be half a CRLF)
      // or for the end of the file, which alone says whether the file ends there.
      if (!final && end >= b.length) break;
      if (kind) {
        this.lines++;
        this.eols[kind]++;
      }
      let s = at;
      let e = contentEnd;
      if (this.base + s === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) s += 3; // a BOM before the first line
      while (s < e && isSpaceOrTab(b[s])) s++;
      while (e > s && isSpaceOrTab(b[e - 1])) e--;
      if (e - s === 3 && b[s] === 45 && b[s + 1] === 45 && b[s + 2] === 45) {
        this.notes++;
        // Not at the very end of the file: a part must not be empty.
        if (this.notes - this.part.firstIndex >= this.partNotes && end < b.length) {
          this.parts.push({ ...this.part, end: this.base + end });
          this.part = { start: this.base + end, end: 0, line: this.lines, firstIndex: this.notes };
        }
      }
      at = end;
    }
    return at;
  }
}
