import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { readContext } from './context';
import { alternation, perVocabulary, phrasePattern } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * Tendon reflexes of the legs graded with plus signs in brackets, as clinicians trained in China, Taiwan and Hong Kong write
 * them (reading-vocabulary.json reflexGrades): "knee reflex (+)" is present (no normal exam alone), "knee reflex (++), ankle reflex (++)" normal,
 * "knee reflex (+++)" brisk, "ankle reflex (-)" absent. Only right after a reflex word ("knee reflex", "knee jerk", "PSR",
 * "tendon reflexes"), never after a bare joint ("knee (-)", "edema of ankles (-)" are swelling or tenderness) nor another
 * sign ("Pathological reflexes (+)", "anal reflex (+)", "Babinski (+)"). A side letter before or after a mark is read, and a
 * further mark after it belongs to the same reflex ("knee reflex (++) R, (-) L"). A grade on a line that opens with the past
 * ("Last year: ankle reflex (-) left") is no exam of today.
 */
export interface ReflexGrades {
  /** Reflexes graded present or normal ("(+)", "(++)"), only when one is graded normal and none in the same text otherwise. */
  normal: Span[];
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
    history: new RegExp(String.raw`\b(?:${alternation(g.history, { longestFirst: true, one: phrasePattern })})\b`, 'i'),
  };
});

/** The minus and plus signs as writers type them ("−" U+2212, fullwidth "－", "＋"), one code unit each so that offsets hold. */
function plainMarks(s: string): string {
  return s.replace(/[−－‐‑–]/g, '-').replace(/＋/g, '+');
}

/** The graded tendon reflexes told in text[from, to). */
export function reflexGradesIn(text: string, from: number, to: number): ReflexGrades {
  const out: ReflexGrades = { normal: [], abnormal: [] };
  const part = plainMarks(text.slice(from, to));
  // Most values hold no bracketed grade at all.
  if (!/[(（]\s*[+\-±]/.test(part)) return out;
  const g = readingVocabulary().reflexGrades;
  const { graded, further, listHead, listItem, history } = patterns(g);
  work.steps += part.length;
  const found: { index: number; end: number; marks: string[] }[] = [];
  let fullGrade = false;
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
    if (grades.every((x) => x!.normal)) {
      out.normal.push(span);
      if (grades.some((x) => !x!.presentOnly)) fullGrade = true;
    } else out.abnormal.push(span);
  }
  // "knee reflex (+)" says the reflex is there, and on the 0-4 scale a 1+ is a weak one: reflexes only marked present tell no
  // normal exam unless one is graded normal ("(++)"); other normal items still may ("muscle tension normal").
  if (!fullGrade) out.normal = [];
  // "knee reflex (++), ankle reflex (-)": one reflex graded otherwise leaves the exam not normal, and so does any mark of
  // absent, weak or brisk after a normal grade in its sentence ("ROT (+) on the right, then (-) on the left").
  if (out.abnormal.length) out.normal = [];
  out.normal = out.normal.filter((n) => {
    const rest = /[.\n\r]/.exec(text.slice(n.start));
    return !NOT_NORMAL_MARK.test(plainMarks(text.slice(n.start, rest ? n.start + rest.index : text.length)));
  });
  // "knee reflex (++), muscle strength L ankle dorsiflexion IV/V": weakness anywhere wins over a normal grade.
  if (out.normal.length && BELOW_FULL.test(text)) out.normal = [];
  return out;
}

/** A bracketed mark of a reflex absent, weak or brisk. */
const NOT_NORMAL_MARK = /[(（]\s*(?:-|±|\+\/-|\+\+\+)/;

/** A muscle graded below full, in Roman or Arabic figures ("IV/V", "3/5", "4+/5"). */
const BELOW_FULL = /(?<![\w/])(?:0|I{1,3}|IV|[0-4][+-]?)\s*\/\s*(?:V|5)(?![\w/])/;
