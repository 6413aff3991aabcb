import { toWords } from '../notes/words';
import { perVocabulary } from './patterns';
import { findAny, phraseSetOf, type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { contextLexicon } from './lexicon';

/**
 * Whether a history's value, up to an inline "Plan:" closing it, may hold the writer's own plan (notes/history-plan.ts,
 * round 55 fix55b): it tells no other visit, place or clinician (reading-vocabulary historyPlan.otherVisit: "Seen by GP
 * last week. Plan: XR L-spine." is the GP's plan) and no date or clock time ("ED 3/2", "at 14:30"); and the plan itself
 * names no relative ("Plan: mum wants MRI", "Plan: MRI L-spine for his brother": a wish or another's study, which a
 * "Plan:" line of its own is read with as before) and asks nothing ("Plan: ?XR").
 */
const otherVisitOf = perVocabulary((v: ReadingVocabulary) => phraseSetOf(v.historyPlan.otherVisit));

const relationsOf = perVocabulary((v: ReturnType<typeof contextLexicon>) => new Set(v.speakers.relations));

export function historyMayHoldPlan(history: string, plan: string): boolean {
  if (/\d\s*[/:]\s*\d/.test(history) || plan.includes('?')) return false;
  const relations = relationsOf(contextLexicon());
  if (toWords(plan).some((w) => relations.has(w.text) || relations.has(w.text.replace(/s$/, '')))) return false;
  return !findAny(toWords(history), otherVisitOf(readingVocabulary())).length;
}
