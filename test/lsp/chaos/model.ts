/**
 * The client's side of text synchronisation, written independently of the server (the point of a
 * differential test): how an editor applies an LSP content change to its text, and which ranges are
 * valid answers.
 *
 * Positions are validated as VS Code's TextModel validates an edit range: numbers are rounded down;
 * a line before the first is the document start, a line after the last is the document end; a character past the line's content
 * is the end of the content (a line break is never split); a reversed range is turned round; a range
 * edge inside a surrogate pair widens the range over the pair (an empty range inside a pair moves
 * before it).
 */
export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}

/** The lines of a text: where each starts and where its content ends (before its break). */
export class Lines {
  readonly starts: number[] = [0];
  readonly ends: number[] = [];
  constructor(readonly text: string) {
    const re = /\r\n|\r|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      this.ends.push(m.index);
      this.starts.push(m.index + m[0].length);
    }
    this.ends.push(text.length);
  }
  get count(): number {
    return this.starts.length;
  }
  position(offset: number): Pos {
    let line = 0;
    while (line + 1 < this.starts.length && this.starts[line + 1] <= offset) line++;
    return { line, character: offset - this.starts[line] };
  }
  /** The offset of a position the editor would use (VS Code's validatePosition, without pairs). */
  clamp(p: Pos): number {
    const line = Math.floor(p.line);
    if (line < 0) return 0;
    if (line >= this.count) return this.text.length;
    return this.starts[line] + Math.min(Math.max(0, Math.floor(p.character)), this.ends[line] - this.starts[line]);
  }
  /** The offset of a position that is exactly valid, or undefined. */
  exact(p: Pos): number | undefined {
    if (!Number.isInteger(p?.line) || !Number.isInteger(p?.character) || p.line < 0 || p.character < 0 || p.line >= this.count) return undefined;
    const o = this.starts[p.line] + p.character;
    return o <= this.ends[p.line] ? o : undefined;
  }
}

const high = (c: number) => c >= 0xd800 && c <= 0xdbff;
const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
export function insidePair(text: string, o: number): boolean {
  return o > 0 && o < text.length && high(text.charCodeAt(o - 1)) && low(text.charCodeAt(o));
}

/** Applies one content change as the editor does. */
export function applyChange(text: string, change: { range?: Rng; text: string }): string {
  if (!change.range) return change.text;
  const lines = new Lines(text);
  let s = lines.clamp(change.range.start);
  let e = lines.clamp(change.range.end);
  if (s > e) [s, e] = [e, s];
  const si = insidePair(text, s);
  const ei = insidePair(text, e);
  if (s === e && si) {
    s--;
    e--;
  } else {
    if (si) s--;
    if (ei) e++;
  }
  return text.slice(0, s) + change.text + text.slice(e);
}

/** Why a range the server answered is not valid for the text, or undefined when it is. */
export function badRange(text: string, r: Rng, lines = new Lines(text)): string | undefined {
  const s = lines.exact(r?.start);
  const e = lines.exact(r?.end);
  if (s === undefined || e === undefined) return `outside the document (${lines.count} lines)`;
  if (s > e) return 'reversed';
  if (text.charCodeAt(0) === 0xfeff && s < 1) return 'starts before the end of the BOM';
  if (insidePair(text, s) || insidePair(text, e)) return 'splits a surrogate pair';
  return undefined;
}

/**
 * Every range in an answer, by path: `range`, `selectionRange`, `location.range`, edits, and folding
 * lines. `diagnostics` inside code actions are the client's own, echoed, and are not answers.
 */
export function answerProblems(text: string, answer: unknown): string[] {
  const lines = new Lines(text);
  const out: string[] = [];
  const visit = (v: unknown, path: string): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    const o = v as Record<string, unknown>;
    if ('startLine' in o) {
      const a = o.startLine as number;
      const b = o.endLine as number;
      if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b < lines.count)) out.push(`${path}: folding lines ${a}-${b} of ${lines.count}`);
    }
    for (const [k, x] of Object.entries(o)) {
      if (k === 'diagnostics' && path !== '') continue;
      if (k === 'range' || k === 'selectionRange') {
        const why = badRange(text, x as Rng, lines);
        if (why) out.push(`${path}.${k} ${JSON.stringify(x)}: ${why}`);
      } else visit(x, `${path}.${k}`);
    }
  };
  visit(answer, '');
  return out;
}
