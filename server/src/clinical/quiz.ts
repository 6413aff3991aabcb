import type { Knowledge } from '../knowledge/knowledge';
import type { OrderVocabulary } from '../knowledge/schema';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readOrder } from './order';
import { perVocabulary } from './patterns';
import { type PhraseSet, findAny, phraseSetOf } from './vocabulary';

/**
 * A teaching vignette or a quiz, read for its order (order-vocabulary.json `teaching`):
 *
 * - the choices it lists ("A. XR lumbar spine  B. US spine  C. MRI …", "a) … b) …", a numbered or bulleted list
 *   after the question) are studies offered, not ordered, and say nothing of the patient: they are blanked;
 * - the answer it gives decides the order: the choice its letter names ("Answer: B", "Correct answer: (b)",
 *   "Ans - C", "the correct answer is B"), or the study it names ("Answer: CT cervical spine without contrast"),
 *   or none ("Correct answer: no imaging");
 * - a learner's choice marked wrong ("Resident's choice: XR L-spine (incorrect)") is no order: it is blanked. A
 *   learner's choice not marked wrong is the order when the vignette gives no answer (as the corpus reads "Resident's
 *   choice: MRI lumbar spine without contrast"); by letter ("Learner's choice: B") it is resolved here.
 */
export interface QuizReading {
  /** Text that is no fact of the patient nor an order: the choices listed, a learner's choice marked wrong. */
  blank: Span[];
  /** The order the answer decides: a study (its text), or none. Undefined when the vignette decides nothing. */
  decision?: { study: Span } | { none: Span };
}

interface TeachingWords {
  answers: PhraseSet;
  learners: PhraseSet;
  wrong: PhraseSet;
  none: PhraseSet;
  questions: PhraseSet;
  unanswered: PhraseSet;
  studies: PhraseSet;
  orders: PhraseSet;
}

const teachingWords = perVocabulary((v: OrderVocabulary): TeachingWords => ({
  answers: phraseSetOf(v.teaching.answers),
  learners: phraseSetOf(v.teaching.learnerChoices),
  wrong: phraseSetOf(v.teaching.wrongMarks),
  none: phraseSetOf(v.teaching.noneAnswers),
  questions: phraseSetOf(v.teaching.questions),
  unanswered: phraseSetOf(v.teaching.unanswered),
  studies: phraseSetOf(Object.values(v.modalities).flat()),
  orders: phraseSetOf(v.prose.explicitCues),
}));

/**
 * Cheap first test: a note with no question mark and no word of an answer or a choice is no quiz. The
 * question mark is looked for apart: in one alternation it keeps the pattern from skipping ahead.
 */
const MAY_QUIZ_WORDS = /\bans(?:wer)?\b|choice|\bchose\b|\bpicked\b|\bselected\b/i;
const mayQuiz = (text: string) => text.includes('?') || MAY_QUIZ_WORDS.test(text);

/**
 * A choice's label: "(A)", "A.", "A)", "a)", "A -", "A:", "1.", "1)", "(1)", at the start of a line (after a bullet)
 * or after a blank or a separator, and before a blank.
 */
const LABEL = /(?<=^|[\s;,])(?:[-*•][ \t]*)?(?:\(([A-Ea-e]|[1-9])\)|([A-Ea-e]|[1-9])[.)]|([A-E])\s*[-\u2013\u2014:])(?=[ \t])/gm;
/** An unlabelled bullet at the start of a line. */
const BULLET = /^[ \t]*[-*•][ \t]+(?=\S)/;

interface Choice {
  kind: 'upper' | 'lower' | 'digit' | 'bullet';
  index: number;
  /** The label and the choice, as written. */
  item: Span;
  /** The choice after its label. */
  text: Span;
}

interface Run {
  choices: Choice[];
  /** The run follows a question (a line ending in "?" or asking which study). */
  asked: boolean;
  referenced: boolean;
  /** How many of its choices name a study or no study: a quiz offers two at least, a plan list one ("1. XR L-spine 2. RTC 4 wks"). */
  alternatives: number;
}

export function readQuiz(text: string, k: Knowledge): QuizReading | undefined {
  if (!mayQuiz(text)) return undefined;
  const t = teachingWords(k.vocabulary);
  const words = toWords(text);
  // "called family, no answer - will discuss MRI at follow-up": no answer is given.
  const unanswered = findAny(words, t.unanswered);
  const answers = findAny(words, t.answers).filter((a) => !unanswered.some((u) => u.start < a.end && a.start < u.end));
  const learners = findAny(words, t.learners);
  const runs = choiceRuns(text, t);
  if (!answers.length && !learners.length && !runs.length) return undefined;
  const out: QuizReading = { blank: [] };

  // A learner's "answer" is the learner's, not the answer.
  const inLearner = (s: Span) => learners.some((l) => l.start <= s.start && s.end <= l.end);
  const given = answers
    .filter((a) => !inLearner(a))
    .map((a) => statement(text, a, true))
    .filter((s) => s !== undefined);
  const chosen = learners.map((l) => statement(text, l, false)).filter((s) => s !== undefined);

  // Letters that name a choice make a run of choices a quiz's even without a question before it.
  for (const s of [...given, ...chosen]) {
    const run = s.letter && runFor(runs, s.letter, s.value.start);
    if (run) run.referenced = true;
  }
  // A list after a question whose items order their studies ("Which test is best?\n- US spine ordered today") is the answer, not choices.
  const ordersItself = (r: Run) => r.choices.some((c) => findAny(toWords(text.slice(c.text.start, c.text.end)), t.orders).length > 0);
  // A list after a question is a quiz's choices when it offers studies to choose from, two at least; a plan or an
  // assessment listed after a question ("Mom asks: does she need a scan?\n1. XR lumbar spine\n2. RTC 4 wks") is not.
  const quizRuns = runs.filter((r) => r.referenced || (r.asked && r.alternatives >= 2 && !ordersItself(r)));
  for (const r of quizRuns) for (const c of r.choices) out.blank.push(c.item);

  const quizLike = quizRuns.length > 0 || chosen.length > 0 || given.some((s) => s.cue !== 'answer') || given.some((s) => text.lastIndexOf('?', s.value.start) >= 0);

  const judge = (s: Statement): QuizReading['decision'] => {
    if (s.letter) {
      const run = runFor(quizRuns, s.letter, s.value.start);
      const c = run?.choices.find((x) => sameLabel(x, s.letter!));
      if (!c) return undefined;
      return namesStudy(text, c.text, k) ? { study: c.text } : { none: c.text };
    }
    const sw = toWords(text.slice(s.value.start, s.value.end), s.value.start);
    const none = findAny(sw, t.none);
    if (none.length && none[0].start === sw[0]?.start) return quizLike ? { none: s.value } : undefined;
    if (TOLD_DONE.test(text.slice(s.value.start, s.value.end))) return undefined;
    // An answer naming its study decides the order in a quiz or vignette only, as an answer of no study does.
    return quizLike && namesStudy(text, s.value, k) ? { study: s.value } : undefined;
  };

  for (const s of given) {
    out.decision = judge(s);
    if (out.decision) break;
  }
  for (const s of chosen) {
    const wrong = markedWrong(text, s, t);
    if (wrong) {
      if (!s.letter) out.blank.push(s.value);
      continue;
    }
    // A learner's choice by letter is read here; one that names its study is read as a key naming the study (facts.ts).
    if (!out.decision && s.letter) out.decision = judge(s);
  }
  return out.blank.length || out.decision ? out : undefined;
}

/** "US lumbar spine was normal": an answer that tells a study done decides nothing. */
const TOLD_DONE = /\b(?:was|were|showed|shows|done|obtained|normal|negative|unremarkable)\b/i;

function namesStudy(text: string, s: Span, k: Knowledge): boolean {
  return readOrder(text.slice(s.start, s.end), undefined, k).status === 'recognized';
}

interface Statement {
  /** The cue as written, lower case ("answer", "correct answer", "resident s choice"). */
  cue: string;
  /** What it says: to the end of its sentence. */
  value: Span;
  /** The choice its letter names ("Answer: B", "(b)", "Ans - C"). */
  letter?: { kind: Choice['kind']; index: number };
}

/** After a cue, a colon, an equals sign, a dash or "is" / "was" / "would be" (required after an answer's cue). */
const SEPARATOR = /^[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?(?:[:=\u2013\u2014>-]+|\bis\b|\bwas\b|\bwould be\b)[ \t]*/i;
const LEARNER_SEPARATOR = /^[ \t]*(?:[:=\u2013\u2014>-]+|\bis\b|\bwas\b)?[ \t]*/i;
/** A choice's letter or number as the answer, alone before punctuation, a blank and a dash or bracket, or the end. */
const LETTER = /^\(?([A-Ea-e]|[1-9])\)?(?=$|[ \t]*[.,;:)\n]|[ \t]+[-\u2013\u2014(]|[ \t]*$)/;

function statement(text: string, cue: Span, answer: boolean): Statement | undefined {
  const rest = text.slice(cue.end, cue.end + 400);
  const sep = (answer ? SEPARATOR : LEARNER_SEPARATOR).exec(rest);
  if (!sep) return undefined;
  const from = cue.end + sep[0].length;
  const after = text.slice(from, from + 400);
  const end = /[.;!?](?=\s|$)|\n/.exec(after);
  const raw = after.slice(0, end ? end.index : after.length);
  const value = { start: from, end: from + raw.trimEnd().length };
  if (value.end <= value.start) return undefined;
  const cueText = text
    .slice(cue.start, cue.end)
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  const m = LETTER.exec(after);
  // "Answer: A spinal US" is an article; a letter stands alone.
  if (m) {
    const ch = m[1];
    const kind: Choice['kind'] = /\d/.test(ch) ? 'digit' : ch === ch.toUpperCase() ? 'upper' : 'lower';
    const index = kind === 'digit' ? Number(ch) - 1 : ch.toLowerCase().charCodeAt(0) - 97;
    return { cue: cueText, value, letter: { kind, index } };
  }
  return { cue: cueText, value };
}

/** A learner's choice marked wrong in its sentence ("XR L-spine (incorrect)", "- wrong") or at the start of the next ("Incorrect: …"). */
function markedWrong(text: string, s: Statement, t: TeachingWords): boolean {
  const next = /^[.;!?]?\s*/.exec(text.slice(s.value.end, s.value.end + 10))![0].length;
  const from = s.value.end + next;
  const line = text.indexOf('\n', from);
  const nextWords = toWords(text.slice(from, Math.min(from + 40, line < 0 ? text.length : line)), from).slice(0, 3);
  const own = toWords(text.slice(s.value.start, s.value.end), s.value.start);
  return findAny(own, t.wrong).length > 0 || findAny(nextWords, t.wrong).some((w) => w.start === nextWords[0].start);
}

/** A letter names a choice of either case ("Answer: B" of "a) … b) …"); a number a numbered one. */
function sameLabel(c: Choice, letter: NonNullable<Statement['letter']>): boolean {
  return c.index === letter.index && (c.kind === 'digit') === (letter.kind === 'digit') && c.kind !== 'bullet';
}

/** The run of choices a letter names: the nearest before the statement with a choice of that letter, else the first after it. */
function runFor(runs: readonly Run[], letter: NonNullable<Statement['letter']>, at: number): Run | undefined {
  let best: Run | undefined;
  for (const r of runs) {
    if (!r.choices.some((c) => sameLabel(c, letter))) continue;
    if (r.choices[0].item.start < at) best = r;
    else return best ?? r;
  }
  return best;
}

/**
 * Runs of choices: labels in sequence (A, B, C…; a, b, c…; 1, 2, 3…) on one line or on lines that follow each
 * other, two at least, one naming a study or imaging; or two bulleted lines or more after a question.
 */
function choiceRuns(text: string, t: TeachingWords): Run[] {
  const runs: Run[] = [];
  const labels: { kind: Choice['kind']; index: number; start: number; textStart: number; line: number }[] = [];
  let line = 0;
  let lineAt = 0;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    work.steps += m.index - lineAt;
    while (lineAt < m.index) {
      const nl = text.indexOf('\n', lineAt);
      if (nl < 0 || nl >= m.index) break;
      line++;
      lineAt = nl + 1;
    }
    const ch = m[1] ?? m[2] ?? m[3];
    const kind: Choice['kind'] = /\d/.test(ch) ? 'digit' : ch === ch.toUpperCase() ? 'upper' : 'lower';
    const index = kind === 'digit' ? Number(ch) - 1 : ch.toLowerCase().charCodeAt(0) - 97;
    let textStart = m.index + m[0].length;
    while (textStart < text.length && (text[textStart] === ' ' || text[textStart] === '\t')) textStart++;
    labels.push({ kind, index, start: m.index, textStart, line });
  }
  let cur: typeof labels = [];
  const flush = () => {
    if (cur.length >= 2) {
      const choices: Choice[] = cur.map((l, i) => {
        const nl = text.indexOf('\n', l.textStart);
        const lineEnd = nl < 0 ? text.length : nl;
        const next = cur[i + 1];
        let end = next && next.line === l.line ? next.start : lineEnd;
        while (end > l.textStart && /[\s;,]/.test(text[end - 1])) end--;
        return { kind: l.kind, index: l.index, item: { start: l.start, end }, text: { start: l.textStart, end } };
      });
      const alternatives = choices.filter((c) => offersChoice(text, c, t)).length;
      if (alternatives) runs.push({ choices, asked: asked(text, cur[0].start, t), referenced: false, alternatives });
    }
    cur = [];
  };
  for (const l of labels) {
    const last = cur[cur.length - 1];
    if (last && l.kind === last.kind && l.index === last.index + 1 && l.line - last.line <= 1) cur.push(l);
    else {
      flush();
      if (l.index === 0) cur = [l];
    }
  }
  flush();
  runs.push(...bulletRuns(text, t));
  return runs.sort((a, b) => a.choices[0].item.start - b.choices[0].item.start);
}

/** A choice that names a study or no study ("XR lumbar spine", "Reassurance"). */
function offersChoice(text: string, c: Choice, t: TeachingWords): boolean {
  const w = toWords(text.slice(c.text.start, c.text.end));
  return findAny(w, t.studies).length > 0 || findAny(w, t.none).length > 0;
}

/** The text before a run's first label, on its line, or the line before it when the label opens its line: asks which study ("…?", "Which study next:"). */
function asked(text: string, at: number, t: TeachingWords): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let before = text.slice(lineStart, at);
  if (!/\S/.test(before.replace(/[-*•]/g, ''))) {
    let end = lineStart - 1;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    before = text.slice(start, end);
  }
  work.steps += before.length;
  return before.trimEnd().endsWith('?') || findAny(toWords(before), t.questions).length > 0;
}

/** Two bulleted lines or more right after a line that asks a question ("Which study first?\n- XR\n- US\n- MRI"). */
function bulletRuns(text: string, t: TeachingWords): Run[] {
  const runs: Run[] = [];
  if (!/\?[ \t]*\r?\n[ \t]*[-*•]/.test(text)) return runs;
  const lines: Span[] = [];
  for (let at = 0; at <= text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  for (let i = 1; i < lines.length; i++) {
    if (
      !text
        .slice(lines[i - 1].start, lines[i - 1].end)
        .trimEnd()
        .endsWith('?')
    )
      continue;
    const choices: Choice[] = [];
    for (let j = i; j < lines.length; j++) {
      const l = lines[j];
      const m = BULLET.exec(text.slice(l.start, l.end));
      if (!m) break;
      let end = l.end;
      while (end > l.start && /[\s;,]/.test(text[end - 1])) end--;
      choices.push({ kind: 'bullet', index: j - i, item: { start: l.start + m[0].length - m[0].trimStart().length, end }, text: { start: l.start + m[0].length, end } });
    }
    const words = (c: Choice): Word[] => toWords(text.slice(c.text.start, c.text.end));
    if (choices.length >= 2 && choices.some((c) => findAny(words(c), t.studies).length))
      runs.push({ choices, asked: true, referenced: false, alternatives: choices.filter((c) => offersChoice(text, c, t)).length });
  }
  return runs;
}
