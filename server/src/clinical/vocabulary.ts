import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import { Phrase, phraseOf } from '../notes/words';

const phrase = z.string().min(1).max(80);

/** server/knowledge/reading-vocabulary.json: words the reader needs beyond each finding's phrases. */
export const ReadingVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  /** The abbreviations ordering clinicians use, what they mean, and which part of the reader reads them (tested one by one). */
  abbreviations: z.array(
    z.strictObject({
      abbr: z.string().min(1),
      means: z.string().min(1),
      readAs: z.enum(['finding', 'context', 'normal-state', 'referral', 'order']),
      example: z.string().min(1),
    }),
  ),
  /** Terms that are a finding only in capitals and beside a word of their own domain ("ALL" beside "chemo"). */
  casedTerms: z.array(
    z.strictObject({
      $comment: z.string().optional(),
      text: z.string().min(1),
      finding: z.string().min(1),
      window: z.number().int().min(1).max(6),
      before: z.array(phrase),
      after: z.array(phrase),
    }),
  ),
  /** Finding ids or categories whose past still counts (a cancer history is a red flag; a birthmark does not go away). */
  historyCounts: z.array(z.string().min(1)),
  referral: z.strictObject({
    neurosurgery: z.array(phrase).min(1),
    /** Words that make a referral conditional or merely considered ("will refer if MRI abnormal"). */
    conditional: z.array(phrase),
  }),
  trauma: z.strictObject({
    /** Mechanisms that make an injury significant (spec §4: S1 no longer applies). */
    significant: z.array(phrase).min(1),
    /** Words that make an injury trivial (a bump; playing normally since). */
    trivial: z.array(phrase).min(1),
  }),
  /** Free-text phrases for a normal neurologic exam ("neuro intact", "tone normal, good leg kicks"), when no Neuro key is given. */
  neuroNormalInText: z.array(phrase),
  /** Words that say a study is being ordered, to find the order in a note written as prose. */
  orderCues: z.array(phrase),
});
export type ReadingVocabulary = z.infer<typeof ReadingVocabularySchema>;

let cached: ReadingVocabulary | undefined;

export function readingVocabulary(): ReadingVocabulary {
  cached ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'reading-vocabulary.json'), ReadingVocabularySchema);
  return cached;
}

const compiled = new WeakMap<readonly string[], Phrase[]>();

/** Phrases of a vocabulary list, compiled once. */
export function phrasesOf(list: readonly string[]): Phrase[] {
  let p = compiled.get(list);
  if (!p) compiled.set(list, (p = list.map(phraseOf)));
  return p;
}
