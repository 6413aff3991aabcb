import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { readContext } from './context';
import { alternation, perVocabulary } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * Tendon reflexes graded with plus signs in brackets, as clinicians trained in China, Taiwan and Hong Kong write them
 * (reading-vocabulary.json reflexGrades): "knee reflex (+)" is present, "tendon reflexes: knee (++), ankle (++)" normal,
 * "knee reflex (+++)" brisk, "ankle reflex (-)" absent. Only after a tendon reflex's own name ("knee", "ankle",
 * "patellar", "tendon reflexes"): a plus after another sign ("Pathological reflexes (+)", "anal reflex (+)",
 * "Babinski (+)", "spinal tenderness (-)") says that sign is there or not, never that the exam is normal.
 */
export interface ReflexGrades {
  /** Reflexes graded present or normal ("(+)", "(++)"). */
  normal: Span[];
  /** Reflexes graded brisk, weak or absent ("(+++)", "(±)", "(-)"), the patient's and told as found. */
  abnormal: Span[];
}

const gradePattern = perVocabulary(
  (g: ReadingVocabulary['reflexGrades']) =>
    new RegExp(
      String.raw`\b(?:${alternation(g.names, { longestFirst: true })})(?:\s+(?:reflex|reflexes|jerk|jerks))?\s*[:=]?\s*[(（]\s*(${alternation(
        g.grades.map((x) => x.mark),
        { longestFirst: true },
      )})\s*[)）]`,
      'gi',
    ),
);

/** The graded tendon reflexes told in text[from, to). */
export function reflexGradesIn(text: string, from: number, to: number): ReflexGrades {
  const out: ReflexGrades = { normal: [], abnormal: [] };
  const part = text.slice(from, to);
  // Most values hold no bracketed grade at all.
  if (!/[(（]\s*[+\-±]/.test(part)) return out;
  const g = readingVocabulary().reflexGrades;
  const re = gradePattern(g);
  re.lastIndex = 0;
  work.steps += part.length;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    const grade = g.grades.find((x) => x.mark === m![1]);
    if (!grade) continue;
    const ctx = readContext(text, span.start, span.end);
    if (ctx.hypothetical || ctx.historical || ctx.experiencer !== 'patient') continue;
    (grade.normal ? out.normal : out.abnormal).push(span);
  }
  return out;
}
