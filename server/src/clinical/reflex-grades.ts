import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { readContext } from './context';
import { alternation, perVocabulary, phrasePattern } from './patterns';
import { wholeWordsPattern } from './word-lists';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * Tendon reflexes of the legs graded with plus signs in brackets, as clinicians trained in China, Taiwan and Hong Kong write
 * them (reading-vocabulary.json reflexGrades): only the marks of an abnormal reflex are read ("knee reflex (+++)" brisk, "ankle reflex (-)" absent; "(++)" tells nothing alone). Only right after a reflex word ("knee reflex", "knee jerk", "PSR",
 * "tendon reflexes"), never after a bare joint ("knee (-)", "edema of ankles (-)" are swelling or tenderness) nor another
 * sign ("Pathological reflexes (+)", "anal reflex (+)", "Babinski (+)"). A side letter before or after a mark is read, and a
 * further mark after it belongs to the same reflex ("knee reflex (++) R, (-) L"). A grade on a line that opens with the past
 * ("Last year: ankle reflex (-) left") is no exam of today.
 */
export interface ReflexGrades {
  /** Reflexes graded brisk, weak or absent ("(+++)", "(±)", "(-)"), the patient's and told as found. */
  abnormal: Span[];
}

const SIDE = String.raw`(?:(?:on\s+the\s+)?(?:right|left)(?:\s+side)?|r|l|d|s)`;

const patterns = perVocabulary((g: ReadingVocabulary['reflexGrades']) => {
  const mark = String.raw`[(（]\s*(${alternation(
    g.grades.map((x) => x.mark),
    { longestFirst: true },
  )})\s*[)）]`;
  return {
    graded: new RegExp(String.raw`\b(?:${alternation(g.names, { longestFirst: true, one: phrasePattern })})\s*[:=]?\s*(?:${SIDE}\s*[:=]?\s*)?${mark}(?:\s*${SIDE}\b)?`, 'gi'),
    // A further mark after a graded reflex, with no reflex named: "knee reflex (++) R, (-) L".
    further: new RegExp(String.raw`^\s*[,/;]?\s*(?:${SIDE}\s*[:=]?\s*)?${mark}(?:\s*${SIDE}\b)?`, 'i'),
    listHead: new RegExp(String.raw`\b(?:${alternation(g.listHeads, { longestFirst: true, one: phrasePattern })})\s*:`, 'gi'),
    listItem: new RegExp(
      String.raw`^\s*[,;]?\s*(?:${alternation(g.listJoints, { longestFirst: true, one: phrasePattern })})\s*[:=]?\s*(?:${SIDE}\s*[:=]?\s*)?${mark}(?:\s*${SIDE}\b)?`,
      'i',
    ),
    history: wholeWordsPattern(g.history, { longestFirst: true, spaces: String.raw`\s+` }),
  };
});

/** The minus and plus signs as writers type them ("−" U+2212, fullwidth "－", "＋"), one code unit each so that offsets hold. */
function plainMarks(s: string): string {
  return s.replace(/[−－‐‑–]/g, '-').replace(/＋/g, '+');
}

/** The graded tendon reflexes told in text[from, to). */
export function reflexGradesIn(text: string, from: number, to: number): ReflexGrades {
  const out: ReflexGrades = { abnormal: [] };
  const part = plainMarks(text.slice(from, to));
  // Most values hold no bracketed grade at all.
  if (!/[(（]\s*[+\-±]/.test(part)) return out;
  const g = readingVocabulary().reflexGrades;
  const { graded, further, listHead, listItem, history } = patterns(g);
  work.steps += part.length;
  const found: { index: number; end: number; marks: string[] }[] = [];
  graded.lastIndex = 0;
  for (let m = graded.exec(part); m; m = graded.exec(part)) {
    const marks = [m[1]];
    let end = m.index + m[0].length;
    for (let f = further.exec(part.slice(end)); f; f = further.exec(part.slice(end))) {
      marks.push(f[1]);
      end += f[0].length;
    }
    graded.lastIndex = end;
    found.push({ index: m.index, end, marks });
  }
  // "tendon reflexes: knee (++), ankle (++)": the joints graded in a list under a reflex head.
  listHead.lastIndex = 0;
  for (let h = listHead.exec(part); h; h = listHead.exec(part)) {
    const marks: string[] = [];
    let end = h.index + h[0].length;
    for (let f = listItem.exec(part.slice(end)); f; f = listItem.exec(part.slice(end))) {
      marks.push(f[1]);
      end += f[0].length;
      for (let x = further.exec(part.slice(end)); x; x = further.exec(part.slice(end))) {
        marks.push(x[1]);
        end += x[0].length;
      }
    }
    if (marks.length) found.push({ index: h.index, end, marks });
  }
  for (const { index, end, marks } of found) {
    const span = { start: from + index, end: from + end };
    const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
    if (history.test(text.slice(lineStart, span.start))) continue;
    const ctx = readContext(text, span.start, span.end);
    if (ctx.hypothetical || ctx.historical || ctx.experiencer !== 'patient') continue;
    const grades = marks.map((x) => g.grades.find((y) => y.mark === x));
    if (grades.some((x) => !x)) continue;
    // A grade told normal ("(++)") never makes the exam normal: a bracketed grade says too little of the sides, the other
    // reflexes and the rest of the exam (review r37-2 H1); only a mark of absent, weak or brisk is read.
    if (!grades.every((x) => x!.normal)) out.abnormal.push(span);
  }
  return out;
}
