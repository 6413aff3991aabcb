import { z } from 'zod';
import { parseJsonFile, defaultKnowledgeDir } from '../knowledge/loader';
import * as path from 'node:path';

/**
 * The assertion-context lexicon (server/knowledge/context-lexicon.json): what clinicians write
 * around a finding to deny it, doubt it, make it conditional, past, or someone else's. Data, so
 * the vocabulary is reviewed and extended without touching the engine.
 */
export const ContextCategory = z.enum(['negated', 'uncertain', 'rule-out', 'hypothetical', 'historical', 'other']);
export type ContextCategoryT = z.infer<typeof ContextCategory>;

const phrase = z.string().min(1).max(60);

export const ContextLexiconSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Words a forward or backward cue reaches within one list item; a list separator starts a new item. */
  maxScopeWords: z.number().int().min(1).max(20),
  triggers: z
    .array(
      z.strictObject({
        category: ContextCategory,
        direction: z.enum(['forward', 'backward']),
        /**
         * "item": the cue reaches only its own list item ("not due to a fall, night pain": the night pain
         * stays asserted), where a plain cue covers a whole list ("no fever, night sweats, weight loss").
         */
        scope: z.enum(['list', 'item']).optional(),
        phrases: z.array(phrase).min(1),
      }),
    )
    .min(1),
  /** Look like triggers but are not ("no change", "gram negative"): matched first, then ignored. */
  pseudoTriggers: z.array(phrase),
  /** End every scope ("but", "however"); `;`, `.`, `!` and a new key line end scopes without being listed. */
  terminators: z.array(phrase),
  /**
   * A relative who tells, asks or worries ("mom asks about the dimple", "parents are worried about the
   * tuft", "Mother is worry for small hole") is the teller, not the one who has it: each relation
   * followed by each verb is a terminator, so the relation's "other" scope never starts there.
   */
  speakers: z.strictObject({
    $comment: z.string().optional(),
    relations: z.array(phrase).min(1),
    verbs: z.array(phrase).min(1),
  }),
  /** A list item holding one of these is asserted on its own, so an earlier cue does not reach it. */
  listAffirmations: z.array(phrase),
  normalStates: z.strictObject({
    $comment: z.string().optional(),
    /** In red-flag, review-of-systems, neuro or symptom values these mean "nothing abnormal". */
    words: z.array(phrase).min(1),
    /** A normal-state word that states a named finding is absent ("afebrile" → fever). */
    absentFinding: z.record(phrase, z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  }),
  /**
   * The answers of a check-box form's yes/no questions ("Sacral dimple: [ ] Y [x] N", "Fever: Yes ☐ No ☒"):
   * single words, read by clinical/form.ts.
   */
  formAnswers: z.strictObject({
    $comment: z.string().optional(),
    yes: z.array(z.string().regex(/^[A-Za-z]+(?:\/[A-Za-z]+)?$/)).min(1),
    no: z.array(z.string().regex(/^[A-Za-z]+(?:\/[A-Za-z]+)?$/)).min(1),
    /** Neither yes nor no ("Unknown", "N/A"): ticked alone, the question is left unanswered. */
    unknown: z.array(z.string().regex(/^[A-Za-z]+(?:\/[A-Za-z]+)?$/)),
  }),
  /**
   * Words that open a comment after the last box of a label-first line ("normal [ ] abnormal [x] see
   * below"), never an option's label: they tell a label-first line from a box-first one.
   */
  formComments: z.strictObject({
    $comment: z.string().optional(),
    words: z.array(z.string().regex(/^[a-z]+$/)),
  }),
  /** Finding categories that "r/o X" does not assert: ruling out a skin finding is the order's reason, not an exam result. */
  ruleOutIsNotAFinding: z.array(z.string().min(1)),
});
export type ContextLexicon = z.infer<typeof ContextLexiconSchema>;

let cached: ContextLexicon | undefined;

/** The shipped lexicon, validated once per process. */
export function contextLexicon(): ContextLexicon {
  cached ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'context-lexicon.json'), ContextLexiconSchema);
  return cached;
}

export function loadContextLexicon(file: string): ContextLexicon {
  return parseJsonFile(file, ContextLexiconSchema);
}
