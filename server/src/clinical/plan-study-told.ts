/** Whether a Plan value's one study is told done, with its result, as the reason for the plan rather than ordered. */
import type { Word } from '../notes/words';
import { longestPhraseAt, findMatches } from './vocabulary';
import { STUDY_HEAD } from './study-names';
import { breaksClause, studyTailEnd } from './clauses';
import type { OrderWords } from './order-words';

/**
 * "Plan: reassured given normal MRI", "no further imaging needed in view of the normal MRI", "reassurance, MRI was
 * normal", "discharge as MRI came back normal", "MRI already done": the Plan names its one study only to tell it done
 * (prose.planStudyTold), so it orders nothing. Told done is: a reason word before the name (through fillers, in its
 * clause) with a result said of the study, before the name or right after it (a verb of telling, then a result, or a
 * report verb); a result right before the name that opens its clause ("normal MRI, reassured"); or, with no reason word,
 * a result told after the name through a verb ("MRI was normal", "MRI showed no tether") or the study told done. A bare
 * result after the name is resultRightAfterStudy's. A result word that tells what is asked stays an order ("MRI to
 * confirm normal cord", "MRI if abnormal"), as does a study beside another ("given normal XR, MRI L-spine now":
 * plannedStudy reads those, clause by clause).
 */
export function planStudyToldDone(text: string, words: readonly Word[], ow: OrderWords): boolean {
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    if (!STUDY_HEAD.has(words[i].text)) continue;
    if (head >= 0) return false;
    head = i;
  }
  if (head < 0) return false;
  const joined = (a: number) => !breaksClause(text, words[a].end, words[a + 1].start);
  const tail = studyTailEnd(words, head, text);
  const t = ow.planStudyTold;
  // Before the name: fillers and results ("given her recent normal MRI"), back to a reason word or the clause's start.
  let i = head - 1;
  let resultBefore = false;
  while (i >= 0 && joined(i) && (t.fillers.has(words[i].text) || ow.resultAfterStudy.has(words[i].text))) {
    if (ow.resultAfterStudy.has(words[i].text)) resultBefore = true;
    i--;
  }
  const reason = i >= 0 && joined(i) && findMatches(words.slice(0, i + 1), t.reasons).some((m) => m.to === i + 1);
  const opens = i < 0 || !joined(i);
  // After the name, in its clause: a verb of telling then a result, a report verb, or the study told done.
  const after = tail + 1 < words.length && joined(tail) ? tail + 1 : -1;
  let toldAfter = false;
  let resultAfter = false;
  if (after >= 0) {
    const r = longestPhraseAt(words, after, t.told);
    toldAfter =
      (r > 0 && r < words.length && joined(r - 1) && ow.resultAfterStudy.has(words[r].text)) ||
      longestPhraseAt(words, after, t.reportVerbs) > 0 ||
      longestPhraseAt(words, after, t.done) > 0;
    resultAfter = ow.resultAfterStudy.has(words[after].text);
  }
  return (resultBefore && (reason || opens)) || (reason && resultAfter) || toldAfter;
}
