/** A coordination disorder's long-standing clumsiness: a developmental pattern, not a new neurologic sign. */
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { sentenceEnd } from './clauses';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * "Child Development Centre - DCD assessment / 5y boy referred by school for clumsiness and poor handwriting": the
 * clumsiness a developmental coordination disorder (dyspraxia) is assessed for is the child's long-standing way, not a
 * new neurologic symptom (spec §4 counts new or changed function). Where the note names the disorder or tells the
 * clumsiness long-standing (reading-vocabulary.json developmentalClumsiness.tellers, not denied), a neurologic hit told
 * by a bare word of clumsiness is no symptom, unless its sentence tells it new or worse ("DCD, but clumsier and falling
 * since the summer"). Falls, tripping, a limp, a gait change are hits of their own and stay.
 */
export function developmentalClumsinessNoSign(hits: FindingHit[], text: string): void {
  if (!hits.some((h) => h.present && h.finding.category === 'neurologic-symptom')) return;
  const v = readingVocabulary().developmentalClumsiness;
  const words = toWords(text);
  const told = findAny(words, phraseSetOf(v.tellers)).some((span) => {
    const k = words.findIndex((w) => w.start === span.start);
    return !words.slice(Math.max(0, k - 2), k).some((w) => v.denied.includes(w.text));
  });
  if (!told) return;
  const bare = phraseSetOf(v.clumsiness);
  const newOrWorse = new Set(v.newOrWorse);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'neurologic-symptom') continue;
    const own = toWords(text.slice(h.span.start, h.span.end));
    if (!own.length || !findAny(own, bare).some((s) => s.start === 0 && s.end === h.span.end - h.span.start)) continue;
    // The hit's sentence: from the last full stop, semicolon or line break before it to its end.
    const from = text.slice(0, h.span.start).search(/[^;.\n]*$/);
    if (toWords(text.slice(from, sentenceEnd(text, h.span.end))).some((w) => newOrWorse.has(w.text))) continue;
    hits[i] = { ...h, present: false };
  }
}
