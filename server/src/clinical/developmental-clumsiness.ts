/** A coordination disorder's long-standing clumsiness: a developmental pattern, not a new neurologic sign. */
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { wordIndex } from './clauses';
import { readContext } from './context';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * "Child Development Centre - DCD assessment / 5y boy referred by school for clumsiness and poor handwriting": the
 * clumsiness a developmental coordination disorder (dyspraxia) is assessed for is the child's long-standing way, not a
 * new neurologic symptom (spec §4 counts new or changed function). Where the note names the disorder or tells the
 * clumsiness long-standing (reading-vocabulary.json developmentalClumsiness.tellers, not denied), a neurologic hit told
 * by a bare word of clumsiness is no symptom, unless the note tells anything new, worse or recent ("DCD, but clumsier and
 * falling since the summer", "fine until Easter", "2 month history"), or asks the disorder ("?DCD vs neuro cause").
 * Falls, tripping, a limp, a gait change are hits of their own and stay.
 */
export function developmentalClumsinessNoSign(hits: FindingHit[], text: string): void {
  if (!hits.some((h) => h.present && h.finding.category === 'neurologic-symptom')) return;
  const v = readingVocabulary().developmentalClumsiness;
  const words = toWords(text);
  const told = findAny(words, phraseSetOf(v.tellers)).some((span) => {
    const k = wordIndex(words, span.start);
    if (words.slice(Math.max(0, k - 2), k).some((w) => v.denied.includes(w.text))) return false;
    // "?DCD vs neuro cause", "?dyspraxia": a disorder only asked explains nothing.
    const c = readContext(text, span.start, span.end);
    return !c.negated && !c.uncertain && !c.hypothetical && c.experiencer === 'patient';
  });
  if (!told) return;
  const newOrWorse = new Set(v.newOrWorse);
  // Anything in the note that tells the clumsiness new, worse or of a recent time ("fine until Easter", "becoming
  // clumsier", "2 month history", "clumsy ++ this term") keeps every hit: the safe reading, a change of function.
  if (words.some((w) => newOrWorse.has(w.text)) || findAny(words, phraseSetOf(v.changeTold)).length) return;
  const bare = phraseSetOf(v.clumsiness);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'neurologic-symptom') continue;
    const own = toWords(text.slice(h.span.start, h.span.end));
    if (!own.length || !findAny(own, bare).some((s) => s.start === 0 && s.end === h.span.end - h.span.start)) continue;
    hits[i] = { ...h, present: false };
  }
}
