import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { type ContextLexicon, contextLexicon } from './lexicon';

/**
 * Check-box forms, as EHR smart phrases and order questionnaires print them:
 *
 *   Indication: [x] cutaneous marker  [ ] back pain  [ ] trauma
 *   Red flags (check all present): [ ] fever [x] night pain
 *   Sacral dimple: [ ] Y [x] N          Fever: Yes ☐ No ☒
 *   Neuro: [ ] normal [ ] abnormal [x] not examined
 *
 * A ticked box asserts its item; an unticked one does not: its item is read as absent (a form lists
 * its options to be ticked when present), never as present. A yes/no question is asserted when "yes"
 * is ticked, denied when "no" is, and not asserted when neither is. This module finds the boxes and
 * says which text each one leaves unasserted; `readContext` (context.ts) turns that into the
 * assertion context of any finding written there, and `formView` gives the other readers (neuro
 * exam, dimple description, prior imaging, the order) the form as filled in: the unticked options
 * and the box marks blanked out, offsets unchanged.
 *
 * Items are told box first ("[x] fever") or, on a line that starts with text and ends on a box,
 * label first ("fever [x]  night pain [ ]"). A label ends at the next box, at ";", "|", a full stop
 * or the end of the line. Every scan covers the line once.
 */
export interface Box extends Span {
  checked: boolean;
}

export interface Unasserted extends Span {
  /** 'negated': an unticked option or a question answered "no"; 'unanswered': a yes/no question with no box ticked. */
  state: 'negated' | 'unanswered';
  /** The box (and answer) that decided it, for hover. */
  cue: Span;
}

export interface FormReading {
  boxes: Box[];
  /** Text the form does not assert, in text order. */
  unasserted: Unasserted[];
  /** The answer words of unticked boxes ("[ ] N"): not part of what is asserted. */
  answers: Span[];
  /** The lines holding a box. */
  lines: Span[];
}

/** Marks that tick a box written with brackets: "[x]", "[X]", "[✓]", "[*]", "[v]". */
const BRACKET_MARKS = 'xX✓✔✗✘vV*';
/** "(x)" but never "(v)", which numbers a list. */
const PAREN_MARKS = 'xX✓✔✗✘*';
const UNCHECKED_GLYPHS = '☐□❑❏';
const CHECKED_GLYPHS = '☑☒✅■▣✓✔';

/** Whether text may hold a box at all (one pattern test: most lines hold none). */
export const MAY_HOLD_BOX = /\[ {0,3}[xX✓✔✗✘vV*]? {0,3}\]|\((?: {1,3}| {0,3}[xX✓✔✗✘*] {0,3})\)|[☐□❑❏☑☒✅■▣✓✔]/;

/** The box starting at text[i], if one does. */
export function boxAt(text: string, i: number): { end: number; checked: boolean } | undefined {
  const c = text[i];
  if (c === '[' || c === '(') {
    const close = c === '[' ? ']' : ')';
    const marks = c === '[' ? BRACKET_MARKS : PAREN_MARKS;
    let j = i + 1;
    let spaces = 0;
    while (text[j] === ' ' && spaces < 3) {
      j++;
      spaces++;
    }
    let checked = false;
    if (j < text.length && marks.includes(text[j])) {
      checked = true;
      j++;
      let after = 0;
      while (text[j] === ' ' && after < 3) {
        j++;
        after++;
      }
    }
    if (text[j] !== close) return undefined;
    // "()" is no box; "( )" and "(x)" are.
    if (c === '(' && !checked && spaces === 0) return undefined;
    return { end: j + 1, checked };
  }
  const variation = text.charCodeAt(i + 1) === 0xfe0f ? 1 : 0;
  if (UNCHECKED_GLYPHS.includes(c)) return { end: i + 1 + variation, checked: false };
  if (CHECKED_GLYPHS.includes(c)) return { end: i + 1 + variation, checked: true };
  return undefined;
}

const answerCache = new WeakMap<ContextLexicon, Map<string, 'yes' | 'no'>>();

function answersOf(lex: ContextLexicon): Map<string, 'yes' | 'no'> {
  let m = answerCache.get(lex);
  if (!m) {
    m = new Map();
    for (const w of lex.formAnswers.yes) m.set(w.toLowerCase(), 'yes');
    for (const w of lex.formAnswers.no) m.set(w.toLowerCase(), 'no');
    answerCache.set(lex, m);
  }
  return m;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** ";", "|" and a full stop that ends a sentence (not "1.5") end a label. */
function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 124) return true;
  if (c !== 46) return false;
  const next = text.charCodeAt(i + 1);
  return !(next >= 48 && next <= 57);
}

interface Word extends Span {
  answer?: 'yes' | 'no';
}

/** The run of letters starting at or after `from` (spaces skipped), before `limit`. */
function wordAfter(text: string, from: number, limit: number, answers: Map<string, 'yes' | 'no'>): Word | undefined {
  let a = from;
  while (a < limit && isSpace(text.charCodeAt(a))) a++;
  let b = a;
  while (b < limit && isLetter(text.charCodeAt(b))) b++;
  if (b === a || (b < limit && text.charCodeAt(b) >= 48 && text.charCodeAt(b) <= 57)) return undefined;
  return { start: a, end: b, answer: answers.get(text.slice(a, b).toLowerCase()) };
}

/** The run of letters ending at or before `to` (spaces and a colon skipped), after `limit`. */
function wordBefore(text: string, to: number, limit: number, answers: Map<string, 'yes' | 'no'>): Word | undefined {
  let b = to;
  while (b > limit && (isSpace(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 58)) b--;
  let a = b;
  while (a > limit && isLetter(text.charCodeAt(a - 1))) a--;
  if (a === b) return undefined;
  return { start: a, end: b, answer: answers.get(text.slice(a, b).toLowerCase()) };
}

/** Only white space in text[a, b). */
function blank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** [a, b) without white space and the given marks at either end; undefined when nothing is left. */
function trimmed(text: string, a: number, b: number, marks: string): Span | undefined {
  while (a < b && (isSpace(text.charCodeAt(a)) || marks.includes(text[a]))) a++;
  while (b > a && (isSpace(text.charCodeAt(b - 1)) || marks.includes(text[b - 1]))) b--;
  return b > a ? { start: a, end: b } : undefined;
}

/** Reads the boxes of text[from, to) line by line. */
export function readForm(text: string, from = 0, to = text.length, lex: ContextLexicon = contextLexicon()): FormReading {
  const out: FormReading = { boxes: [], unasserted: [], answers: [], lines: [] };
  if (!MAY_HOLD_BOX.test(from === 0 && to === text.length ? text : text.slice(from, to))) return out;
  const answers = answersOf(lex);
  // The column heads of a yes/no table ("          Yes  No"), for the rows below it ("Fever  [ ]  [x]").
  let header: ('yes' | 'no')[] | undefined;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = lineStart;
    const boxes: Box[] = [];
    while (lineEnd < to && !isBreak(text.charCodeAt(lineEnd))) {
      const b = boxAt(text, lineEnd);
      if (b && b.end <= to) {
        boxes.push({ start: lineEnd, end: b.end, checked: b.checked });
        lineEnd = b.end;
      } else lineEnd++;
    }
    work.steps += lineEnd - lineStart + 1;
    if (boxes.length) {
      if (!(header && tableRow(text, lineStart, lineEnd, boxes, header, out))) {
        header = undefined;
        readLine(text, lineStart, lineEnd, boxes, answers, out);
      }
    } else header = columnHeads(text, lineStart, lineEnd, answers);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A line of answer words only, after any key ("Red flags:   Yes   No"), naming both answers: the heads of a yes/no table. */
function columnHeads(text: string, lineStart: number, lineEnd: number, answers: Map<string, 'yes' | 'no'>): ('yes' | 'no')[] | undefined {
  let a = lineStart;
  for (let i = lineStart; i < lineEnd; i++) if (text.charCodeAt(i) === 58) a = i + 1;
  const heads: ('yes' | 'no')[] = [];
  while (a < lineEnd) {
    const w = wordAfter(text, a, lineEnd, answers);
    if (!w) {
      if (blank(text, a, lineEnd)) break;
      // Column rules ("|", "/") may stand between the heads.
      if (text.charCodeAt(a) === 124 || text.charCodeAt(a) === 47 || isSpace(text.charCodeAt(a))) {
        a++;
        continue;
      }
      return undefined;
    }
    if (!w.answer) return undefined;
    heads.push(w.answer);
    a = w.end;
  }
  work.steps += lineEnd - lineStart;
  return heads.length >= 2 && heads.includes('yes') && heads.includes('no') ? heads : undefined;
}

/** A row of a yes/no table: a question, then one bare box per column ("Fever   [ ]   [x]"). Read into `out` when it is one. */
function tableRow(text: string, lineStart: number, lineEnd: number, boxes: Box[], header: ('yes' | 'no')[], out: FormReading): boolean {
  // Only white space and column rules ("|") between and after the boxes.
  const bare = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 124) return false;
    return true;
  };
  if (boxes.length !== header.length || !bare(boxes[boxes.length - 1].end, lineEnd)) return false;
  for (let k = 1; k < boxes.length; k++) if (!bare(boxes[k - 1].end, boxes[k].start)) return false;
  const question = trimmed(text, lineStart, boxes[0].start, ':?-–—|');
  if (!question) return false;
  out.boxes.push(...boxes);
  out.lines.push({ start: lineStart, end: lineEnd });
  const ticked = boxes.map((b, k) => (b.checked ? header[k] : undefined));
  const run = { start: boxes[0].start, end: boxes[boxes.length - 1].end };
  if (ticked.includes('yes')) return true;
  const no = boxes.find((b, k) => b.checked && header[k] === 'no');
  out.unasserted.push({ ...question, state: no ? 'negated' : 'unanswered', cue: no ? { start: no.start, end: no.end } : run });
  return true;
}

function readLine(text: string, lineStart: number, lineEnd: number, boxes: Box[], answers: Map<string, 'yes' | 'no'>, out: FormReading): void {
  out.boxes.push(...boxes);
  out.lines.push({ start: lineStart, end: lineEnd });
  const n = boxes.length;
  /** Where the text after box k ends: the next box, a stop or the line end. */
  const labelEnd = (k: number): number => {
    const limit = k + 1 < n ? boxes[k + 1].start : lineEnd;
    let i = boxes[k].end;
    while (i < limit && !isStop(text, i)) i++;
    work.steps += i - boxes[k].end;
    return i;
  };
  /** Where the text before box k starts: the previous box, a stop or `floor`. */
  const labelStart = (k: number, floor: number): number => {
    const limit = Math.max(floor, k > 0 ? boxes[k - 1].end : lineStart);
    let i = boxes[k].start;
    while (i > limit && !isStop(text, i - 1)) i--;
    work.steps += boxes[k].start - i;
    return i;
  };
  // The answer word told right after box k ("[x] No") or right before it ("No [x]").
  const after = (k: number): Word | undefined => {
    const w = wordAfter(text, boxes[k].end, k + 1 < n ? boxes[k + 1].start : lineEnd, answers);
    return w?.answer && w.start - boxes[k].end <= 3 ? w : undefined;
  };
  const answerBefore = (k: number): Word | undefined => {
    const w = wordBefore(text, boxes[k].start, k > 0 ? boxes[k - 1].end : lineStart, answers);
    return w?.answer && boxes[k].start - w.end <= 3 ? w : undefined;
  };
  // To open a run: a word with a box just before it is that box's label ("[ ] Y [x] N": "Y" is the first box's).
  const before = (k: number): Word | undefined => {
    const w = answerBefore(k);
    return w && !(k > 0 && blank(text, boxes[k - 1].end, w.start)) ? w : undefined;
  };
  /** Nothing but white space or punctuation (no letter or digit) follows the word before the next box or the line end. */
  const standsAlone = (w: Word, k: number): boolean => {
    const limit = k + 1 < n ? boxes[k + 1].start : lineEnd;
    let i = w.end;
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (i >= limit) return true;
    const c = text.charCodeAt(i);
    return !isLetter(c) && !(c >= 48 && c <= 57);
  };

  // Where the text of the line starts: after a key's colon written before the first box.
  let content = lineStart;
  for (let i = lineStart; i < boxes[0].start; i++) if (text.charCodeAt(i) === 58) content = i + 1;
  work.steps += boxes[0].start - lineStart;
  const labelFirst = !blank(text, content, boxes[0].start) && blank(text, boxes[n - 1].end, lineEnd);

  let done = lineStart; // end of the last run or item read
  for (let k = 0; k < n;) {
    // A yes/no question: a run of boxes with answer words, label first ("Yes [ ] No [x]") or box first ("[ ] Y [x] N").
    const runStart = k;
    const words: Word[] = [];
    const first = before(k);
    // "Markers present: [ ] hair tuft" is no answer: a question answered label first has no text of its own after its box.
    const next = first && k + 1 < n ? answerBefore(k + 1) : undefined;
    const answered = first && (blank(text, boxes[k].end, labelEnd(k)) || (next !== undefined && blank(text, boxes[k].end, next.start)));
    if (first && answered) {
      words.push(first);
      k++;
      while (k < n) {
        const w = answerBefore(k);
        if (!w || !blank(text, boxes[k - 1].end, w.start)) break;
        words.push(w);
        k++;
      }
    } else {
      const w = after(k);
      if (w && standsAlone(w, k)) {
        words.push(w);
        k++;
        while (k < n) {
          const next = after(k);
          if (!next || !blank(text, words[words.length - 1].end, boxes[k].start)) break;
          words.push(next);
          k++;
        }
      }
    }
    if (words.length) {
      const startOfRun = Math.min(words[0].start, boxes[runStart].start);
      const endOfRun = Math.max(words[words.length - 1].end, boxes[k - 1].end);
      let yes = false;
      let no = false;
      let cue: Span | undefined;
      for (let j = runStart; j < k; j++) {
        if (!boxes[j].checked) continue;
        const w = words[j - runStart];
        if (w.answer === 'yes') yes = true;
        else {
          no = true;
          cue = { start: Math.min(w.start, boxes[j].start), end: Math.max(w.end, boxes[j].end) };
        }
      }
      // A ticked answer stays ("Red flags: [x] yes" still says there are some); an unticked one goes.
      for (let j = runStart; j < k; j++) if (!boxes[j].checked) out.answers.push({ start: words[j - runStart].start, end: words[j - runStart].end });
      let q = startOfRun;
      const floor = Math.max(done, lineStart);
      while (q > floor && !isStop(text, q - 1)) q--;
      work.steps += startOfRun - q;
      const question = trimmed(text, q, startOfRun, ':?-–—');
      if (question && !yes) out.unasserted.push({ ...question, state: no ? 'negated' : 'unanswered', cue: cue ?? { start: startOfRun, end: endOfRun } });
      done = endOfRun;
      continue;
    }
    // An option.
    const box = boxes[k];
    const label = labelFirst ? trimmed(text, labelStart(k, Math.max(done, content)), box.start, ':') : trimmed(text, box.end, labelEnd(k), ':-–—');
    if (label && !box.checked) out.unasserted.push({ ...label, state: 'negated', cue: { start: box.start, end: box.end } });
    done = labelFirst ? box.end : Math.max(box.end, label?.end ?? box.end);
    k++;
  }
}

/**
 * The form as filled in: every box mark, every unticked answer word and all the text the form does not
 * assert replaced by spaces (same length, so every offset holds). The text itself when it holds no box.
 */
export function formView(text: string, reading: FormReading = readForm(text)): string {
  if (!reading.boxes.length) return text;
  const blanks: Span[] = [...reading.boxes, ...reading.answers, ...reading.unasserted];
  blanks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of blanks) {
    if (s.end <= at) continue;
    const start = Math.max(at, s.start);
    out += text.slice(at, start) + ' '.repeat(s.end - start);
    at = s.end;
  }
  work.steps += text.length;
  return out + text.slice(at);
}

/** Whether a span holds a box: a finding's words never run from one option into the next. */
export function holdsBox(reading: FormReading, span: Span): boolean {
  const b = reading.boxes;
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < b.length && b[lo].end <= span.end;
}

/** A value that only holds a template's placeholder ("***", "___", "??"): a field left unfilled. */
export function isUnfilled(value: string): boolean {
  return /^[\s*_?.…-]+$/.test(value) && /[*_?]/.test(value);
}
