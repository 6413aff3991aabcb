import { onlyPlaceholders } from '../notes/placeholders';
import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { type ContextLexicon, contextLexicon } from './lexicon';
import { escapeRegExp, perVocabulary } from './patterns';
import { STUDY_NAMED_ALL, STUDY_NAMED_WORDS } from './study-names';
import { todoLines } from './todo-list';

/**
 * Check-box forms, as EHR smart phrases and order questionnaires print them:
 *
 *   Indication: [x] cutaneous marker  [ ] back pain  [ ] trauma
 *   Red flags (check all present): [ ] fever [x] night pain
 *   Sacral dimple: [ ] Y [x] N          Fever: No ☐ Yes ☒
 *   Neuro: [ ] normal [ ] abnormal [x] not examined
 *
 * A ticked box asserts its item; an unticked one does not: its item is read as absent (a form lists
 * its options to be ticked when present), never as present. A yes/no question is asserted when "yes"
 * is ticked, denied when "no" is, and not asserted when neither is (or only "unknown"). This module
 * finds the boxes and says which text each one leaves unasserted; `readContext` (context.ts) turns
 * that into the assertion context of any finding written there, and `formView` gives the other
 * readers (neuro exam, dimple description, prior imaging, the order) the form as filled in: the
 * unticked options and the box marks blanked out, offsets unchanged.
 *
 * Items are told box first ("[x] fever") or label first ("fever [x]  night pain [ ]"). A line with
 * no text before its first box is box first, one with no text after its last is label first; one
 * with text at both ends is label first when what follows the last box is a comment ("- urgent",
 * "(call with results)", "see below") or each box sits against the text before it ("normal [ ]
 * abnormal [x]  see below"), box first when each sits against the text after it. When that cannot
 * be told, the line keeps only what both readings agree on (text between two unticked boxes is
 * unticked either way) and is otherwise read as written: the form never reads an unticked item as
 * present nor a ticked one as denied. A label ends at the next box, at ";", "|", a full stop or the
 * end of the line.
 *
 * A yes/no question is the text before its answers, back to the previous item, a key's colon, a stop
 * or a column gap ("MRI L-spine w/o   Sedation needed: [ ] Yes [x] No" asks about sedation, not the
 * MRI). A question with a key of its own ("Dimple:") written after another key's value with nothing
 * between ("Findings: hair tuft over sacrum Dimple: [ ] Y [x] N") surely holds only its last word;
 * the text before it is read as written. Every scan covers the line once.
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
  /** The answer words of unticked boxes ("[ ] N") and the column heads of a yes/no table: not part of what is asserted. */
  answers: Span[];
  /**
   * Every answer word of a yes/no question, ticked or not, and the column heads of a yes/no table, in
   * text order: the form decides the question, so none of them is a negation cue ("Fever: No [ ] Yes [x]").
   */
  answerWords: Span[];
  /** The lines holding a box. */
  lines: Span[];
}

/** Marks that tick a box written with brackets: "[x]", "[X]", "[✓]", "[*]", "[v]". */
const BRACKET_MARKS = 'xX✓✔✗✘vV*';
/** "(x)" but never "(v)", which numbers a list. */
const PAREN_MARKS = 'xX✓✔✗✘*';
/** A yes/no answer written inside brackets: "[Y]" and "[+]" tick the item, "[N]" and "[-]" leave it unticked. */
const YES_NO_MARKS = 'YyNn+-';
const YES_MARKS = 'Yy+';
const UNCHECKED_GLYPHS = '☐□❑❏';
const CHECKED_GLYPHS = '☑☒✅■▣✓✔';

/** Whether text may hold a box at all (one pattern test: most lines hold none). */
export const MAY_HOLD_BOX = /\[ {0,3}[xX✓✔✗✘vV*YyNn+-]? {0,3}\]|\((?: {1,3}| {0,3}[xX✓✔✗✘*] {0,3})\)|[☐□❑❏☑☒✅■▣✓✔]/;

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
    // A yes/no answer written in the box ("fever [N]  night pain [Y]"): "[Y]" is ticked, "[N]" is not.
    const answered = c === '[' && YES_NO_MARKS.includes(text[j]);
    if (j < text.length && (marks.includes(text[j]) || answered)) {
      checked = !answered || YES_MARKS.includes(text[j]);
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

type Answer = 'yes' | 'no' | 'unknown';

interface Vocabulary {
  answers: Map<string, Answer>;
  /** Words that, alone, answer a whole question none ("none", "nil"; lexicon formAnswers.noneWords). */
  noneWords: Set<string>;
  /** Words that make a key something said of a finding, not the finding (lexicon formAnswers.noneKeyQualifiers: "relieved by"). */
  noneKeyQualifiers: Set<string>;
  /** Words no option of a list answered none may hold: a contrast ("but", "except"), a presence or choice ("present", "yes"). */
  notOption: Set<string>;
  /** Words that open a comment after a label-first line's last box. */
  comments: Set<string>;
}

const vocabularyOf = perVocabulary((lex: ContextLexicon): Vocabulary => {
  const answers = new Map<string, Answer>();
  for (const w of lex.formAnswers.unknown) answers.set(w.toLowerCase(), 'unknown');
  for (const w of lex.formAnswers.yes) answers.set(w.toLowerCase(), 'yes');
  for (const w of lex.formAnswers.no) answers.set(w.toLowerCase(), 'no');
  const notOption = new Set<string>();
  for (const w of [...lex.terminators, ...lex.crossMarks.presenceWords, ...lex.formAnswers.yes]) if (/^[a-z]+$/i.test(w)) notOption.add(w.toLowerCase());
  return {
    answers,
    noneWords: new Set(lex.formAnswers.noneWords),
    noneKeyQualifiers: new Set(lex.formAnswers.noneKeyQualifiers),
    notOption,
    comments: new Set(lex.formComments.words),
  };
});

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
  answer?: Answer;
  /** Joined by a slash to letters ("Y/N"): one half of a compound that is no answer of its own. */
  joined?: boolean;
}

/** text[a, b) as a word: "n/a" read whole when it is an answer; "Y" of "Y/N" is joined. */
function wordOf(text: string, a: number, b: number, answers: Map<string, Answer>): Word {
  const slashBefore = text.charCodeAt(a - 1) === 47 && isLetter(text.charCodeAt(a - 2));
  const slashAfter = text.charCodeAt(b) === 47 && isLetter(text.charCodeAt(b + 1));
  if (slashBefore || slashAfter) {
    let s = a;
    let e = b;
    if (slashBefore) for (s = a - 1; s > 0 && isLetter(text.charCodeAt(s - 1));) s--;
    if (slashAfter) for (e = b + 1; isLetter(text.charCodeAt(e));) e++;
    work.steps += e - s;
    const compound = answers.get(text.slice(s, e).toLowerCase());
    if (compound) return { start: s, end: e, answer: compound };
    return { start: a, end: b, answer: answers.get(text.slice(a, b).toLowerCase()), joined: true };
  }
  return { start: a, end: b, answer: answers.get(text.slice(a, b).toLowerCase()) };
}

/** The run of letters starting at or after `from` (spaces skipped), before `limit`. */
function wordAfter(text: string, from: number, limit: number, answers: Map<string, Answer>): Word | undefined {
  let a = from;
  while (a < limit && isSpace(text.charCodeAt(a))) a++;
  let b = a;
  while (b < limit && isLetter(text.charCodeAt(b))) b++;
  if (b === a || (b < limit && isDigit(text.charCodeAt(b)))) return undefined;
  const w = wordOf(text, a, b, answers);
  return w.end <= limit ? w : { start: a, end: b, joined: true };
}

/** The run of letters ending at or before `to` (spaces and a colon skipped), after `limit`. */
function wordBefore(text: string, to: number, limit: number, answers: Map<string, Answer>): Word | undefined {
  let b = to;
  while (b > limit && (isSpace(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 58)) b--;
  let a = b;
  while (a > limit && isLetter(text.charCodeAt(a - 1))) a--;
  if (a === b) return undefined;
  const w = wordOf(text, a, b, answers);
  return w.start >= limit ? w : { start: a, end: b, joined: true };
}

/** A word that answers a yes/no question ("Y", "No", "N/A"), not half of a compound ("Y/N"). */
function answerWord(w: Word | undefined): Word | undefined {
  return w?.answer && !w.joined ? w : undefined;
}

/** Only white space in text[a, b). */
function blank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A letter or a digit in text[a, b). */
function hasText(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c) || c > 127) return true;
  }
  return false;
}

/** [a, b) without white space and the given marks at either end; undefined when nothing is left. */
function trimmed(text: string, a: number, b: number, marks: string): Span | undefined {
  while (a < b && (isSpace(text.charCodeAt(a)) || marks.includes(text[a]))) a++;
  while (b > a && (isSpace(text.charCodeAt(b - 1)) || marks.includes(text[b - 1]))) b--;
  return b > a ? { start: a, end: b } : undefined;
}

/** The last few readings: the facts and every assertion context of a note share one (read only). */
const readings: { text: string; from: number; to: number; lex: ContextLexicon; reading: FormReading }[] = [];

/** Reads the boxes of text[from, to) line by line. The reading is shared: never change it. */
export function readForm(text: string, from = 0, to = text.length, lex: ContextLexicon = contextLexicon()): FormReading {
  for (const r of readings) if (r.text === text && r.from === from && r.to === to && r.lex === lex) return r.reading;
  const reading = readLines(text, from, to, lex);
  readings.unshift({ text, from, to, lex, reading });
  if (readings.length > 4) readings.pop();
  return reading;
}

function readLines(text: string, from: number, to: number, lex: ContextLexicon): FormReading {
  const out: FormReading = { boxes: [], unasserted: [], answers: [], answerWords: [], lines: [] };
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  const mayBox = MAY_HOLD_BOX.test(region);
  const mayNone = mayMarkNone(region, lex);
  const mayTickOne = MAY_TICK_ONE.test(region);
  if (MAY_FILL_NUMBER.test(region)) filledBlanks(text, from, to, out);
  if (!mayBox && !mayNone && !mayTickOne) return out;
  const vocabulary = vocabularyOf(lex);
  // A sign-out's to-do items ("To do:" / "[ ] MRI L-spine ordered"): their boxes say done or still to do, so only the
  // marks are set aside and each item naming a study is read as written, but for what it tells of the child (todo-list.ts).
  const todo = mayBox ? todoLines(text, from, to, (w) => vocabulary.answers.has(w)) : new Map<number, Span[]>();
  // The column heads of a yes/no table ("          Yes  No"), for the rows below it ("Fever  [ ]  [x]").
  let header: Heads | undefined;
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
    const task = boxes.length ? todo.get(lineStart) : undefined;
    if (task) {
      header = undefined;
      out.boxes.push(...boxes);
      out.lines.push({ start: lineStart, end: lineEnd });
      // Besides its study, a task tells nothing of the child ("[ ] US spine for dimple"): unasserted, as an unanswered question.
      for (const span of task) out.unasserted.push({ ...span, state: 'unanswered', cue: boxes[0] });
    } else if (boxes.length) {
      if (!(header && tableRow(text, lineStart, lineEnd, boxes, header, out))) {
        header = undefined;
        readLine(text, lineStart, lineEnd, boxes, vocabulary, out);
        noneTicked(text, lineStart, lineEnd, boxes, vocabulary, out);
      }
    } else {
      header = columnHeads(text, lineStart, lineEnd, vocabulary.answers);
      if (mayNone && !noneMarked(text, lineStart, lineEnd, lex, out)) noneSelectedListed(text, lineStart, lineEnd, vocabulary, lex, out);
    }
    if (mayTickOne) tickOneUnread(text, lineStart, lineEnd, boxes, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * A key answered by ticking its "None" box, the form's way of writing "Trauma: None": "Trauma: [x] None", "Red flags
 * (fever / wt loss): [x] Nil", "Prior imaging: [x] None  [ ] US  [ ] MRI". The key's text is denied (negated), as "Key:
 * None" is (context.ts noneWords): a box mark between the colon and the word would otherwise end the key's sentence.
 * Only where that box is the line's one ticked box, right after the key's colon, and "none"/"nil" is the whole of its label
 * (the line's end or the next box after it): "Trauma: [x] None [x] fall from swing", "Mechanism: [x] None recorded",
 * "Trauma: [x] fall - none since" and "[x] None" with no key are read as before.
 */
function noneTicked(text: string, lineStart: number, lineEnd: number, boxes: Box[], vocabulary: Vocabulary, out: FormReading): void {
  const ticked = boxes.filter((b) => b.checked);
  if (ticked.length !== 1) return;
  const box = ticked[0];
  const k = boxes.indexOf(box);
  if (!afterColon(text, box.start, lineStart)) return;
  const limit = k + 1 < boxes.length ? boxes[k + 1].start : lineEnd;
  const label = trimmed(text, box.end, limit, '.');
  if (!label || !vocabulary.noneWords.has(text.slice(label.start, label.end).toLowerCase())) return;
  // The key: back from its colon to the line's start or the box before it (a key of its own after another item), and no
  // further than the words right before the colon: a sentence's end, a spaced dash, a gap or another colon ends it, so a
  // finding told earlier on the line ("fell from top bunk 3 hrs ago - LOC: [x] None", "Night pain: yes   Fever: [x] None",
  // "Deep sacral dimple 6 mm. Discharge: [x] None") stays as told (review rfix59f).
  let colon = box.start;
  while (colon > lineStart && text.charCodeAt(colon - 1) !== 58) colon--;
  const floor = k > 0 ? boxes[k - 1].end : lineStart;
  const key = trimmed(text, keySegmentStart(text, floor, colon - 1), colon - 1, '-*\u2022');
  if (!key || !hasText(text, key.start, key.end)) return;
  // "Night pain relieved by: [x] None", "Red flags other than night pain: [x] None": a key saying something of the finding,
  // not the finding itself; the None answers the qualifier and denies nothing (lexicon formAnswers.noneKeyQualifiers).
  const keyWords =
    text
      .slice(key.start, key.end)
      .replace(/\([^()]*\)/g, ' ')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  if (keyWords.some((w) => vocabulary.noneKeyQualifiers.has(w))) return;
  out.unasserted.push({ ...key, state: 'negated', cue: { start: box.start, end: label.end } });
  out.unasserted.sort((a, b) => a.start - b.start);
}

/**
 * Where the key before a colon at `end` starts, back no further than `floor`: after the nearest sentence end (".", ";", ",",
 * "!", "?" before a space), spaced dash, gap of two spaces or a tab, or colon, outside brackets ("Red flags (fever, wt loss)").
 */
function keySegmentStart(text: string, floor: number, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= floor; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const next = text[i + 1] ?? '';
    if (c === ':' || c === '\t') return i + 1;
    if ('.;,!?'.includes(c) && /\s/.test(next)) return i + 1;
    if ('-\u2013\u2014'.includes(c) && /\s/.test(next) && i > floor && /\s/.test(text[i - 1])) return i + 1;
    if (c === ' ' && next === ' ') return i + 2;
  }
  return floor;
}

/**
 * A paper form's list to circle or tick, filled in as none marked: "Red flags (circle): fever / night pain / wt loss  ->
 * none circled", "Skin markers: dimple, hair tuft, haemangioma - none ticked". Every option of the list is left unasserted
 * (negated), as unticked boxes are. Only a line that is a key, then its options joined by slashes or commas (two at least),
 * then the statement that none is marked, ending the line: "none circled but mum reports night pain" or "fever (circled) /
 * night pain - none else circled" are read as written.
 */
/**
 * The patterns of a list filled in as none marked (lexicon formAnswers.noneWords and noneMarked: "none circled", "nil ticked",
 * "nothing selected"), built once per lexicon: `may`, the cheap first test of a text; `line`, a line of options then the
 * statement (noneMarked); `listed`, the statement then its options in brackets (noneSelectedListed).
 */
const noneMarkedOf = perVocabulary((a: ContextLexicon['formAnswers']) => {
  const none = `(?:${[...a.noneWords, ...a.noneMarked.alsoNone].map(escapeRegExp).join('|')})`;
  const verbs = `(?:${a.noneMarked.verbs.map(escapeRegExp).join('|')})`;
  return {
    may: new RegExp(String.raw`\b${none}\s+${verbs}\b`, 'i'),
    line: new RegExp(String.raw`^([^:\n]{1,40}:[ \t]*)([A-Za-z][^:\n]*?)[ \t]*(?:-+>|\u2192|=>|[-\u2013\u2014=:])?[ \t]*(${none}[ \t]+${verbs})[ \t]*\.?[ \t]*$`, 'i'),
    listed: new RegExp(String.raw`^([^:\n]{1,40}:[ \t]*)(${none}[ \t]+${verbs})[ \t]*\(([^()\n]+)\)[ \t]*\.?[ \t]*$`, 'i'),
  };
});
/** A closing "all" and its answer in the bracket of a "none selected" list ("… night pain all N"). */
const ALL_ANSWERED = /[ \t]+all[ \t]+([A-Za-z]+)$/i;
/** The text may hold a list filled in as none marked ("… -> none circled", "none selected (…)"; noneMarkedOf). */
export function mayMarkNone(text: string, lex: ContextLexicon = contextLexicon()): boolean {
  return noneMarkedOf(lex.formAnswers).may.test(text);
}
/** The options of such a list: two or more, joined by slashes or commas, each a few words of letters. */
const MARKED_OPTIONS = /^[A-Za-z][A-Za-z' -]{0,30}(?:[ \t]*[/,][ \t]*[A-Za-z][A-Za-z' -]{0,30})+$/;

function noneMarked(text: string, lineStart: number, lineEnd: number, lex: ContextLexicon, out: FormReading): boolean {
  const line = text.slice(lineStart, lineEnd);
  work.steps += line.length;
  const m = noneMarkedOf(lex.formAnswers).line.exec(line);
  if (!m || !MARKED_OPTIONS.test(m[2].trim())) return false;
  const start = lineStart + m[1].length;
  const cueStart = lineStart + line.lastIndexOf(m[3]);
  out.lines.push({ start: lineStart, end: lineEnd });
  out.unasserted.push({ start, end: start + m[2].length, state: 'negated', cue: { start: cueStart, end: cueStart + m[3].length } });
  // As filled in, the line says "none" alone ("Red flags (circle): none"): the arrow and the verb are no part of the value.
  const noneEnd = cueStart + /^[a-z]+/i.exec(m[3])![0].length;
  out.answers.push({ start: start + m[2].length, end: cueStart }, { start: noneEnd, end: lineEnd });
  return true;
}

/**
 * The same list filled in the other way round, the statement first and the options it covers after it in brackets, as a
 * smart form pastes its drop-down: "Red flags: none selected (fever, night pain, radicular pain all N)", "Skin markers: nil
 * ticked (dimple / tuft / haemangioma)". Every option in the bracket is denied; the key's value reads "none". Only a
 * bracket ending the line that holds two options or more, each one to three words of letters, and at most a closing "all"
 * and a no answer ("all N", "all no", "all negative"); an option holding a contrast or a word of presence ("none selected
 * (fever, night pain but mum reports leg weakness)", "(fever, night pain present)", "(fever, night pain: yes)") or
 * anything after the bracket is read as written (noneMarkedOf's `listed`).
 */
function noneSelectedListed(text: string, lineStart: number, lineEnd: number, vocabulary: Vocabulary, lex: ContextLexicon, out: FormReading): void {
  const line = text.slice(lineStart, lineEnd);
  const m = noneMarkedOf(lex.formAnswers).listed.exec(line);
  if (!m) return;
  let options = m[3];
  const all = ALL_ANSWERED.exec(options);
  if (all) {
    if (vocabulary.answers.get(all[1].toLowerCase()) !== 'no') return;
    options = options.slice(0, all.index);
  }
  const items = options.split(/[ \t]*[/,][ \t]*/);
  if (items.length < 2 || !MARKED_OPTIONS.test(options.trim())) return;
  for (const item of items) {
    const words = item.trim().split(/[ \t]+/);
    if (words.length > 3 || words.some((w) => !/^[A-Za-z']+$/.test(w) || vocabulary.notOption.has(w.toLowerCase()))) return;
  }
  const cueStart = lineStart + m[1].length;
  const open = lineStart + line.indexOf('(', cueStart - lineStart + m[2].length);
  out.lines.push({ start: lineStart, end: lineEnd });
  out.unasserted.push({ start: open + 1, end: open + 1 + m[3].length, state: 'negated', cue: { start: cueStart, end: cueStart + m[2].length } });
  // As filled in, the line says "none" alone: the verb and the bracket are no part of the value.
  const noneEnd = cueStart + /^[a-z]+/i.exec(m[2])![0].length;
  out.answers.push({ start: noneEnd, end: lineEnd });
}

/**
 * A questionnaire's blank filled in with a number, the underscores left around it: "size _2_ mm", "distance from anus
 * __1.5__ cm", "age _7_ mo". The underscores are the form's, not the answer's: blanked (as an unticked box's answer word is)
 * so the number reads as written ("size 2 mm"). Only underscores right against a number on both sides, with no letter,
 * digit or underscore outside them: "___ mm" (left blank, notes/placeholders.ts) and "T2_FLAIR" are not filled blanks.
 */
const MAY_FILL_NUMBER = /_\d/;
const FILLED_NUMBER = /(?<![A-Za-z0-9_])(_{1,6})\d{1,3}(?:\.\d{1,2})?(_{1,6})(?![A-Za-z0-9_])/g;

function filledBlanks(text: string, from: number, to: number, out: FormReading): void {
  const region = text.slice(from, to);
  work.steps += region.length;
  for (const m of region.matchAll(FILLED_NUMBER)) {
    const a = from + m.index;
    const b = a + m[0].length;
    out.answers.push({ start: a, end: a + m[1].length }, { start: b - m[2].length, end: b });
  }
}

interface Heads {
  heads: Answer[];
  words: Span[];
  /** The heads are in `out` (once, with the first row read under them). */
  used: boolean;
}

/** A line of answer words only, after any key ("Red flags:   Yes   No"), naming both answers: the heads of a yes/no table. */
function columnHeads(text: string, lineStart: number, lineEnd: number, answers: Map<string, Answer>): Heads | undefined {
  let a = lineStart;
  for (let i = lineStart; i < lineEnd; i++) if (text.charCodeAt(i) === 58) a = i + 1;
  const heads: Answer[] = [];
  const words: Span[] = [];
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
    words.push({ start: w.start, end: w.end });
    a = w.end;
  }
  work.steps += lineEnd - lineStart;
  return heads.length >= 2 && heads.includes('yes') && heads.includes('no') ? { heads, words, used: false } : undefined;
}

/** A row of a yes/no table: a question, then one bare box per column ("Fever   [ ]   [x]"). Read into `out` when it is one. */
function tableRow(text: string, lineStart: number, lineEnd: number, boxes: Box[], header: Heads, out: FormReading): boolean {
  // Only white space and column rules ("|") between and after the boxes.
  const bare = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 124) return false;
    return true;
  };
  const heads = header.heads;
  if (boxes.length !== heads.length || !bare(boxes[boxes.length - 1].end, lineEnd)) return false;
  for (let k = 1; k < boxes.length; k++) if (!bare(boxes[k - 1].end, boxes[k].start)) return false;
  const question = trimmed(text, lineStart, boxes[0].start, ':?-–—|');
  if (!question) return false;
  if (!header.used) {
    header.used = true;
    out.answers.push(...header.words);
    out.answerWords.push(...header.words);
  }
  out.boxes.push(...boxes);
  out.lines.push({ start: lineStart, end: lineEnd });
  const ticked = boxes.map((b, k) => (b.checked ? heads[k] : undefined));
  const run = { start: boxes[0].start, end: boxes[boxes.length - 1].end };
  if (ticked.includes('yes')) return true;
  const no = boxes.find((b, k) => b.checked && heads[k] === 'no');
  out.unasserted.push({ ...question, state: no ? 'negated' : 'unanswered', cue: no ? { start: no.start, end: no.end } : run });
  return true;
}

type State = Unasserted['state'] | undefined;

/** A yes/no question's answers: boxes [k0, k1) with their words. `state` undefined: answered yes. */
interface Run {
  k0: number;
  k1: number;
  start: number;
  end: number;
  state: State;
  cue: Span;
}

/** An item of a form's line: a yes/no question's answers, or one option's box. */
type Item = { run: Run; start: number; end: number } | { option: number; start: number; end: number };

/** Where a yes/no question is: `certain` to `end` surely is the question; `from` to `certain` may be another item's text. */
interface Question {
  from: number;
  certain: number;
  end: number;
  /** Right after an option's box, with no key of its own: the question's word may be (box first) that option's label. */
  shared: boolean;
}

/** Two readings of the same text: what both say, the weaker "not asserted" when both deny it differently, else nothing. */
function agreed(a: State, b: State): State {
  if (a === b) return a;
  return a && b ? 'unanswered' : undefined;
}

const DASHES = '-–—';

function readLine(text: string, lineStart: number, lineEnd: number, boxes: Box[], vocabulary: Vocabulary, out: FormReading): void {
  const answers = vocabulary.answers;
  const read = out.unasserted.length;
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
  // The answer word told right after box k ("[x] No") or right before it ("No [x]").
  const after = (k: number): Word | undefined => {
    const w = answerWord(wordAfter(text, boxes[k].end, k + 1 < n ? boxes[k + 1].start : lineEnd, answers));
    return w && w.start - boxes[k].end <= 3 ? w : undefined;
  };
  const answerBefore = (k: number): Word | undefined => {
    const w = answerWord(wordBefore(text, boxes[k].start, k > 0 ? boxes[k - 1].end : lineStart, answers));
    return w && boxes[k].start - w.end <= 3 ? w : undefined;
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
    return !isLetter(c) && !isDigit(c);
  };

  // 1. The items: yes/no questions' answers, label first ("Yes [ ] No [x]") or box first ("[ ] Y [x] N"), and options.
  const items: Item[] = [];
  for (let k = 0; k < n;) {
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
    if (!words.length) {
      items.push({ option: k, start: boxes[k].start, end: boxes[k].end });
      k++;
      continue;
    }
    const start = Math.min(words[0].start, boxes[runStart].start);
    const end = Math.max(words[words.length - 1].end, boxes[k - 1].end);
    let yes = false;
    let no: Span | undefined;
    for (let j = runStart; j < k; j++) {
      const w = words[j - runStart];
      out.answerWords.push({ start: w.start, end: w.end });
      // A ticked answer stays ("Red flags: [x] yes" still says there are some); an unticked one goes.
      if (!boxes[j].checked) out.answers.push({ start: w.start, end: w.end });
      else if (w.answer === 'yes') yes = true;
      else if (w.answer === 'no') no = { start: Math.min(w.start, boxes[j].start), end: Math.max(w.end, boxes[j].end) };
    }
    const state: State = yes ? undefined : no ? 'negated' : 'unanswered';
    items.push({ run: { k0: runStart, k1: k, start, end, state, cue: no ?? { start, end } }, start, end });
  }

  // 2. Each question's text: back from its answers to the previous item, a stop or a column gap.
  const questions: (Question | undefined)[] = items.map((item, idx) => {
    if (!('run' in item)) return undefined;
    const floor = idx > 0 ? items[idx - 1].end : lineStart;
    const afterOption = idx > 0 && 'option' in items[idx - 1];
    let end = item.start;
    let own = false; // the question is a key of its own ("Dimple:", "Sedation needed:")
    while (end > floor) {
      const c = text.charCodeAt(end - 1);
      if (c === 58) own = true;
      else if (!isSpace(c) && c !== 63 && !DASHES.includes(text[end - 1])) break;
      end--;
    }
    let from = end;
    let bound: 'floor' | 'hard' | 'colon' = 'floor';
    while (from > floor) {
      const c = text.charCodeAt(from - 1);
      if (isStop(text, from - 1) || c === 9 || (isSpace(c) && from - 1 > floor && isSpace(text.charCodeAt(from - 2)))) {
        bound = blank(text, floor, from) ? 'floor' : 'hard';
        break;
      }
      if (c === 58) {
        bound = 'colon';
        break;
      }
      from--;
    }
    work.steps += item.start - from;
    // A key of its own after another key's value ("Findings: hair tuft over sacrum Dimple:") or another
    // item's text may hold all of it or only its end: only its last word is surely the question. A question
    // with no key of its own is the whole value of the key before it ("Neuro: focal deficit [ ] Y [x] N",
    // "Prior imaging: US spine done? [ ] Y [x] N"), as forms print them.
    let certain = from;
    if (own && (bound === 'colon' || (bound === 'floor' && idx > 0))) {
      certain = end;
      while (
        certain > from &&
        (isLetter(text.charCodeAt(certain - 1)) ||
          isDigit(text.charCodeAt(certain - 1)) ||
          text.charCodeAt(certain - 1) > 127 ||
          (certain - 1 > from && '/-'.includes(text[certain - 1]) && isLetter(text.charCodeAt(certain - 2))))
      )
        certain--;
    }
    return { from, certain, end, shared: bound === 'floor' && afterOption && !own };
  });

  // 3. Which side of its box an option's label is written on.
  const firstOption = items.findIndex((item) => 'option' in item);
  let layout: 'label' | 'box' | 'unsure' = 'box';
  if (firstOption >= 0) {
    let lastOption = items.length - 1;
    while (!('option' in items[lastOption])) lastOption--;
    // Where the text of the line starts: after a key's colon written before the first box.
    let content = lineStart;
    for (let i = lineStart; i < items[firstOption].start; i++) if (text.charCodeAt(i) === 58) content = i + 1;
    work.steps += items[firstOption].start - lineStart;
    const leadFloor = firstOption > 0 ? items[firstOption - 1].end : content;
    let leadStart = items[firstOption].start;
    // The lead is what follows the last stop or key ("… [ ] No – type: [x] hair tuft [ ] dimple" has none).
    while (leadStart > leadFloor && !isStop(text, leadStart - 1) && text.charCodeAt(leadStart - 1) !== 58) leadStart--;
    const lastEnd = items[lastOption].end;
    const q = lastOption + 1 < items.length ? questions[lastOption + 1] : undefined;
    const tailLimit = q ? q.certain : lineEnd;
    let tailEnd = lastEnd;
    while (tailEnd < tailLimit && !isStop(text, tailEnd)) tailEnd++;
    work.steps += items[firstOption].start - leadStart + tailEnd - lastEnd;
    // "ROS: Fever: [N]  Night pain: [Y]": every box right after a key's colon and nothing but a comment after the last box
    // answers the key before it (label first), however the lead reads.
    const keyed =
      !q &&
      (!hasText(text, lastEnd, tailEnd) || isComment(text, { start: lastEnd, end: tailEnd }, vocabulary)) &&
      items.every((item) => 'option' in item && afterColon(text, item.start, lineStart));
    if (keyed) layout = 'label';
    else if (!hasText(text, leadStart, items[firstOption].start)) layout = 'box';
    else if (!hasText(text, lastEnd, tailEnd)) layout = 'label';
    else layout = layoutOf(text, lineStart, lineEnd, boxes, items, { start: leadStart, end: items[firstOption].start }, { start: lastEnd, end: tailEnd }, vocabulary);
    // 4. The options' labels.
    for (let idx = 0; idx < items.length; idx++) {
      const item = items[idx];
      if (!('option' in item)) continue;
      const box = boxes[item.option];
      if (box.checked) continue;
      const cue = { start: box.start, end: box.end };
      const nextItem = idx + 1 < items.length ? items[idx + 1] : undefined;
      if (layout === 'label') {
        // The first box answering its own key ("ROS: Fever: [N]"): its label is that key, back to the colon before it.
        const floor = idx > 0 ? items[idx - 1].end : keyed && blank(text, content, box.start) ? colonBefore(text, content - 1, lineStart) : content;
        let a = box.start;
        while (a > floor && !isStop(text, a - 1)) a--;
        work.steps += box.start - a;
        push(a, box.start, 'negated', cue, ':');
      } else if (layout === 'box') {
        const nq = nextItem && 'run' in nextItem ? questions[idx + 1]! : undefined;
        const limit = nq ? nq.certain : nextItem ? nextItem.start : lineEnd;
        let b = box.end;
        while (b < limit && !isStop(text, b)) b++;
        work.steps += b - box.end;
        push(box.end, b, 'negated', cue, ':' + DASHES);
      } else if (nextItem && 'option' in nextItem && !boxes[nextItem.option].checked) {
        // Unsure which way the labels go: the text between two unticked boxes is unticked either way.
        let b = box.end;
        while (b < nextItem.start && !isStop(text, b)) b++;
        work.steps += b - box.end;
        if (b === nextItem.start) push(box.end, b, 'negated', { start: nextItem.start, end: nextItem.end }, ':' + DASHES);
      }
    }
  }

  // 5. The questions.
  items.forEach((item, idx) => {
    if (!('run' in item)) return;
    const q = questions[idx]!;
    const { state, cue } = item.run;
    if (q.shared && layout !== 'label') {
      // "[x] lipoma [ ] Y [x] N": "lipoma" may be the ticked option's label or the question answered no.
      const option = boxes[(items[idx - 1] as { option: number }).option];
      push(q.certain, q.end, agreed(option.checked ? undefined : 'negated', state), cue, ':?' + DASHES);
    } else push(q.certain, q.end, state, cue, ':?' + DASHES);
  });
  // Options and questions were read in two passes: this line's back in text order.
  if (out.unasserted.length - read > 1) out.unasserted.splice(read, Infinity, ...out.unasserted.slice(read).sort((a, b) => a.start - b.start));

  function push(a: number, b: number, state: State, cue: Span, marks: string): void {
    if (!state) return;
    const span = trimmed(text, a, b, marks);
    if (span) out.unasserted.push({ ...span, state, cue });
  }
}

/** Only white space between a colon and text[i]. */
function afterColon(text: string, i: number, lineStart: number): boolean {
  while (i > lineStart && isSpace(text.charCodeAt(i - 1))) i--;
  return i > lineStart && text.charCodeAt(i - 1) === 58;
}

/** Just after the last colon before text[i] on its line, or the line start. */
function colonBefore(text: string, i: number, lineStart: number): number {
  while (i > lineStart && text.charCodeAt(i - 1) !== 58) i--;
  work.steps += 1;
  return i;
}

/** Text after a line's last box that comments on the line: "- urgent", ", per dad", "(call with results)" (but "(L) leg" may be a label). */
function isComment(text: string, tail: Span, vocabulary: Vocabulary): boolean {
  const t = trimmed(text, tail.start, tail.end, '');
  if (!t) return false;
  const c = text[t.start];
  if (DASHES.includes(c) || c === ',' || (c === '(' && closesAtEnd(text, t))) return true;
  let e = t.start;
  while (e < t.end && isLetter(text.charCodeAt(e))) e++;
  return vocabulary.comments.has(text.slice(t.start, e).toLowerCase());
}

/** "(call with results)": one parenthesis, closed at the end of the span. */
function closesAtEnd(text: string, span: Span): boolean {
  let i = span.start + 1;
  while (i < span.end && text[i] !== ')') i++;
  work.steps += i - span.start;
  return i === span.end - 1;
}

/**
 * The layout of a line with text before its first option and after its last (`lead`, `tail`): label
 * first when the tail is a comment or each box sits against the text before it, box first when the
 * lead ends on a dash or each box sits against the text after it; 'unsure' when nothing or both say so.
 */
function layoutOf(text: string, lineStart: number, lineEnd: number, boxes: Box[], items: Item[], lead: Span, tail: Span, vocabulary: Vocabulary): 'label' | 'box' | 'unsure' {
  let labelFirst = false;
  let boxFirst = false;
  if (isComment(text, tail, vocabulary)) labelFirst = true;
  const l = trimmed(text, lead.start, lead.end, '');
  if (l && DASHES.includes(text[l.end - 1])) boxFirst = true;
  // Spacing: "normal [ ]  abnormal [x]  see below" (label first), "[x] hair tuft  [ ] dimple" (box first).
  let told = 0;
  let left = 0;
  let right = 0;
  for (const item of items) {
    if (!('option' in item)) continue;
    const k = item.option;
    let a = item.start;
    while (a > lineStart && isSpace(text.charCodeAt(a - 1))) a--;
    let b = item.end;
    while (b < lineEnd && isSpace(text.charCodeAt(b))) b++;
    work.steps += item.start - a + b - item.end;
    if (a === lineStart || (k > 0 && a === boxes[k - 1].end) || b === lineEnd || (k + 1 < boxes.length && b === boxes[k + 1].start)) continue;
    told++;
    if (item.start - a < b - item.end) left++;
    else if (b - item.end < item.start - a) right++;
  }
  if (told && left === told) labelFirst = true;
  if (told && right === told) boxFirst = true;
  return labelFirst === boxFirst ? 'unsure' : labelFirst ? 'label' : 'box';
}

/**
 * The form as filled in: every box mark, every unticked answer word and all the text the form does not
 * assert replaced by spaces (same length, so every offset holds). The text itself when it holds no box.
 */
export function formView(text: string, reading: FormReading = readForm(text)): string {
  if (!reading.boxes.length && !reading.unasserted.length && !reading.answers.length) return text;
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

/**
 * A form's field offering its studies in boxes and ticking none ("Imaging requested:  [ ] US spine   [ ] XR spine   [ ] MRI
 * spine", "Modality: \u2610 XR \u2610 US \u2610 MRI"): at least two boxes in the span, none ticked, each sitting right before (or
 * right after) a study's name, and no study named in the span outside the boxes' options. Such an order field chooses
 * nothing (rules/missing-order.ts). A yes/no answer ticked ("[x] No") is a tick: that field is answered, not left empty.
 *
 * Refused (reviewed r52): boxes for anything but a study, priority, sedation, contrast, views, setting, Y/N, pregnancy
 * ("Order: [ ] Urgent [ ] Routine MRI L-spine w/o", "Imaging: US spine   Contrast: [ ] yes [ ] no", "MRI L-spine [ ] with
 * contrast [ ] without contrast"); and a study written outside the boxes ("[ ] US spine [ ] MRI spine - MRI L-spine w/o
 * please", "...   Other: MRI L-spine w/o", a study on the next indented line): that study is the order.
 */
const OPTION_STUDY = new RegExp(String.raw`^[ \t]*(?:${STUDY_NAMED_WORDS.source})(?:[ \t]+[A-Za-z][\w/'-]*){0,2}`, 'i');
const STUDY_BEFORE_BOX = new RegExp(String.raw`(?:${STUDY_NAMED_WORDS.source})(?:[ \t]+[A-Za-z][\w/'-]*){0,2}[ \t]*$`, 'i');

export function noBoxTicked(text: string, reading: FormReading, span: Span): boolean {
  const boxes = reading.boxes.filter((b) => b.end > span.start && b.start < span.end);
  if (boxes.length < 2 || boxes.some((b) => b.checked)) return false;
  const rest = outsideStudyBoxes(text, boxes, span);
  return rest !== undefined && !STUDY_NAMED_WORDS.test(rest);
}

/**
 * The span's text outside its boxes and their studies' names, or undefined when a box sits neither right before nor right
 * after a study's name (a box for priority, contrast, sedation, views, Y/N). Every box is read the same way round: each
 * before its option ("[ ] US spine  [ ] MRI spine") or each after it ("XR [ ]  US [x]  MRI [ ]"); the way that leaves no
 * study outside is taken.
 */
function outsideStudyBoxes(text: string, boxes: readonly Box[], span: Span): string | undefined {
  const before = outsideOptions(text, boxes, span, true);
  if (before !== undefined && !STUDY_NAMED_WORDS.test(before)) return before;
  const after = outsideOptions(text, boxes, span, false);
  if (after !== undefined && !STUDY_NAMED_WORDS.test(after)) return after;
  return before ?? after;
}

function outsideOptions(text: string, boxes: readonly Box[], span: Span, boxFirst: boolean): string | undefined {
  const covered: Span[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (boxFirst) {
      const m = OPTION_STUDY.exec(text.slice(b.end, i + 1 < boxes.length ? boxes[i + 1].start : span.end));
      if (!m) return undefined;
      covered.push({ start: b.start, end: b.end + m[0].length });
    } else {
      const from = i > 0 ? boxes[i - 1].end : span.start;
      const n = STUDY_BEFORE_BOX.exec(text.slice(from, b.start));
      if (!n) return undefined;
      covered.push({ start: from + n.index, end: b.end });
    }
  }
  let rest = '';
  let at = span.start;
  for (const c of covered) {
    if (c.start > at) rest += text.slice(at, c.start) + ' ';
    at = Math.max(at, c.end);
  }
  return rest + text.slice(at, span.end);
}

/**
 * "Modality (tick one): XR US \u2713 MRI": a form's tick-one order field is read only through its boxes, each right before (or
 * right after) its study's name, with no study left outside them ("\u2610 XR \u2611 US \u2610 MRI"). A bare tick between
 * options, or two studies or more written with no box ("XR US MRI"), chooses none of them: the value is blanked as an
 * unticked option is, so the field names no study, as main read it (reviewed r52).
 */
const MAY_TICK_ONE = /\((?:please\s+)?(?:tick|check|select|choose|mark)\s+(?:one|1)\b/i;
const TICK_ONE_KEY = /^[ \t]*[^:\n()]{1,40}\((?:please\s+)?(?:tick|check|select|choose|mark)\s+(?:one|1)(?:\s+only)?\)[ \t]*:/i;

function tickOneUnread(text: string, lineStart: number, lineEnd: number, boxes: readonly Box[], out: FormReading): void {
  const m = TICK_ONE_KEY.exec(text.slice(lineStart, lineEnd));
  if (!m) return;
  const span = { start: lineStart + m[0].length, end: lineEnd };
  let unread: boolean;
  if (!boxes.length) unread = (text.slice(span.start, span.end).match(STUDY_NAMED_ALL) ?? []).length >= 2;
  else {
    const rest = outsideStudyBoxes(text, boxes, span);
    unread = rest === undefined || STUDY_NAMED_WORDS.test(rest);
  }
  if (unread) out.answers.push(span);
}

/** A value that only holds a template's placeholder ("***", "___", "??"): a field left unfilled. */
export function isUnfilled(value: string): boolean {
  return (/^[\s*_?.…-]+$/.test(value) && /[*_?]/.test(value)) || onlyPlaceholders(value);
}
