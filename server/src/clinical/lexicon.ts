import { z } from 'zod';
import { parseJsonFile, defaultKnowledgeDir } from '../knowledge/loader';
import * as path from 'node:path';

/**
 * The assertion-context lexicon (server/knowledge/context-lexicon.json): what clinicians write
 * around a finding to deny it, doubt it, make it conditional, past, or someone else's. Data, so
 * the vocabulary is reviewed and extended without touching the engine.
 */
export const ContextCategory = z.enum(['negated', 'uncertain', 'rule-out', 'hypothetical', 'historical', 'other', 'doubted']);
export type ContextCategoryT = z.infer<typeof ContextCategory>;

const phrase = z.string().min(1).max(60);

/** Pseudo-triggers that hold only under a rule of their own (lexicon pseudoTriggers groups). */
export const PseudoTriggerCategory = z.enum(['told-new']);
export type PseudoTriggerCategoryT = z.infer<typeof PseudoTriggerCategory>;

/**
 * The schema of the lexicon, built for each read of the file and not kept: its zod objects (~0.25 MB) would
 * otherwise stay in every warm engine after their one use at load.
 */
export const contextLexiconSchema = () =>
  z.strictObject({
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
           * "word": a prefix, it reaches only the next word ("soft, non-tender lump": the lump stays asserted).
           */
          scope: z.enum(['list', 'item', 'word']).optional(),
          /**
           * A forward cue that reads forward only where it opens its clause (nothing before it there but one of `after`) and
           * a word not of `notBefore` follows it: "Unlikely discitis/CRMO", never "UTI unlikely, discitis likely".
           */
          opening: z.strictObject({ after: z.array(z.string().regex(/^[a-z]+$/)), notBefore: z.array(z.string().regex(/^[a-z]+$/)) }).optional(),
          phrases: z.array(phrase).min(1),
        }),
      )
      .min(1),
    /**
     * Look like triggers but are not ("no change", "gram negative"): matched first, then ignored. A group with a category
     * holds only where its rule says, and where it does not its words are read as they would be without it: "told-new"
     * ("not noted before") tells a finding new only at the end of its sentence with nothing of today's exam after it on its
     * line, else its "not noted" denies (context.ts toldNewStands). The rule is the data's, so a phrase joins or leaves it here.
     */
    pseudoTriggers: z.array(z.union([phrase, z.strictObject({ category: PseudoTriggerCategory, $comment: z.string().optional(), phrases: z.array(phrase).min(1) })])),
    /**
     * A history cue right after a length of time ("3 wk hx of LBP", "a 3-week history of back pain and fever", "4/7 hx of")
     * tells how long today's complaint has lasted, so it is no historical cue (context.ts durationBefore; the file's $comment).
     */
    durationHistory: z.strictObject({
      $comment: z.string().optional(),
      cues: z.array(phrase).min(1),
      units: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** The denominators of the British notation ("4/7" days, "7/52" weeks, "3/12" months). */
      slashUnits: z.array(z.string().regex(/^\d+$/)),
      counts: z.array(z.string().regex(/^[a-z]+$/)),
      notAfter: z.array(z.string().regex(/^[a-z]+$/)),
      /** Keys after which the count is the child's age ("Pt: 6 mo h/o"). */
      notAfterKeys: z.array(z.string().regex(/^[a-z]+$/)),
      /** Words of the cue's sentence that date the episode past ("in March", "at age 8", "resolved"). */
      datedPast: z.array(phrase),
      /**
       * The length told after the complaint ("hx of back pain 3 wks", "h/o LBP x 6 weeks"): at most `afterReach` words
       * from the cue to the count, the words right before the count maybe one of `afterLeads` ("x", "for").
       */
      $commentAfter: z.string().optional(),
      afterLeads: z.array(z.string().regex(/^[a-z~]+$/)),
      /** The words that may go on right after the length (else a mark ends it); none of `afterEnds` may follow in its sentence. */
      $commentFollows: z.string().optional(),
      afterFollows: z.array(z.string().regex(/^[a-z]+$/)),
      afterEnds: z.array(z.string().regex(/^[a-z]+$/)),
      afterReach: z.number().int().min(1).max(8),
      /**
       * A count of episodes in a recent span, in brackets right after the complaint ("h/o recurrent UTIs (3 episodes in
       * last 4 months)"): the count, one of `nouns`, one of `leads`, a count and one of `units`, and the bracket closes.
       */
      $commentRecent: z.string().optional(),
      recentEpisodes: z.strictObject({
        nouns: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        leads: z.array(phrase).min(1),
        units: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Words that date the episodes past in the sentence ("… when he had a growth spurt at 10"). */
        pastWhen: z.array(phrase).min(1),
      }),
    }),
    /**
     * Historical cues that only describe an item of a denied history ("No history of tumor, infection, prior surgery"):
     * inside a denial that itself speaks of the past, they keep the list denied instead of starting an assertion of their own.
     */
    historyModifiers: z.array(phrase),
    /** End every scope ("but", "however"); `;`, `.`, `!` and a new key line end scopes without being listed. */
    terminators: z.array(phrase),
    /**
     * Open a list of examples inside an open scope ("should new symptoms such as leg weakness or night pain appear", "denies
     * red flags including fever or weight loss"): the scope's word count starts again after them, as after a list's
     * separator, so the examples are all in it. They open nothing where no scope is open.
     */
    listOpeners: z.array(phrase),
    /**
     * The consequence of a condition said in its own sentence ("if he spikes a temp would need to r/o discitis", "if
     * worse will need to exclude infection"): inside an open hypothetical scope its word count starts again after one of
     * these, so what the condition would lead to is hypothetical too. They open nothing and leave other scopes alone.
     */
    $conditionConsequences: z.string().optional(),
    conditionConsequences: z.array(phrase).default([]),
    /**
     * Words that end the rule-out a condition's consequence opened: at a comma whose clause holds one, or at one itself
     * ("would need to r/o a stress fracture, pain already waking him at night"): the present told after it is no longer
     * hypothetical.
     */
    $conditionConsequenceEnds: z.string().optional(),
    conditionConsequenceEnds: z.array(z.string().regex(/^[\p{L}]+$/u)).default([]),
    /**
     * A relative who tells, asks or worries ("mom asks about the dimple", "parents are worried about the
     * tuft", "Mother is worry for small hole") is the teller, not the one who has it: a relation followed
     * by one of `verbs` is a terminator, so the relation's "other" scope never starts there (read in place
     * by context.ts, not listed: every relation goes with every verb, companion and noun).
     */
    speakers: z
      .strictObject({
        $comment: z.string().optional(),
        relations: z.array(phrase).min(1),
        /** Which relations are she, he or they (the rest, "parent", "caregiver", may be either she or he). */
        genders: z.strictObject({ female: z.array(phrase), male: z.array(phrase), plural: z.array(phrase) }),
        verbs: z.array(phrase).min(1),
        /**
         * Words before a relation that make it the teller or the company, not the one who has it ("per mum",
         * "history from mum", "brought in by mum", "seen with dad"): each one followed by each relation is a
         * pseudo-trigger, so the relation's "other" scope never starts there ("with his nan and grandad": a
         * determiner may stand before the relation, and more relations may follow after "and").
         */
        companions: z.array(phrase).min(1),
        /** What a relation tells, after its possessive ("Mum's main concern is …", "dad's photos show …"): a terminator. */
        tellerNouns: z.array(phrase).min(1),
        /**
         * A word for the child and "of"/"to" before a relation ("daughter of a 17 yo mom", "born to a G1P1 mum"): the
         * relation describes the child, so its "other" scope never starts there, when words other than `bare` describe the
         * relation and its clause ends at a comma or a dash right after it, not one of `ownAfterMark` after that ("…, who
         * had"). Any word after the relation ("… mom with spina bifida", "… mother known to have …") keeps its scope.
         */
        offspring: z.strictObject({
          $comment: z.string().optional(),
          phrases: z.array(phrase).min(1),
          bare: z.array(phrase).min(1),
          ownAfterMark: z.array(phrase).min(1),
        }),
        /**
         * A word for the child's kinship and "of" before a patient of the writer's, a few words on ("sib of our Wilms pt",
         * "brother of pt on ALL maintenance", "son of one of our ALL survivors (dad, …)"): the child is a relative of that
         * patient, so the kinship opens an "other" scope and the patient's noun ends none (context.ts relativePatientAt).
         * `reach` words at most between "of" and the noun, in one clause.
         */
        relativePatients: z.strictObject({
          $comment: z.string().optional(),
          kin: z.array(phrase).min(1),
          patients: z.array(phrase).min(1),
          reach: z.number().int().min(1).max(8),
          /**
           * Words that make a bracket after a relative the child's story as the relative tells it, never the relative's
           * own ("seen with mum (worried about cord compression - weak legs)", "with dad (says she fell …)"); a "?" in
           * it does too ("seen with dad (?discitis per GP)").
           */
          asideTellsChild: z.array(phrase).min(1),
        }),
        /**
         * A relation after one of `preps`, at most `reach` words of `between` between them ("ALL in sister", "a dimple on
         * his older brother"): what its item tells before it is that relative's (context.ts placedOnRelative).
         */
        placedOn: z.strictObject({
          $comment: z.string().optional(),
          preps: z.array(z.string().regex(/^[a-z]+$/)).min(1),
          between: z.array(z.string().regex(/^[a-z]+$/)),
          reach: z.number().int().min(0).max(3),
          $commentNotAfter: z.string().optional(),
          /** Words before the preposition that make the relative no bearer: a verb of falling ("fell on sister"), a likeness ("like in brother"). */
          notAfter: z.array(z.string().regex(/^[a-z]+$/)),
          /** Likeness two words before the preposition ("as seen in dad", "like that in brother"). */
          notTwoAfter: z.array(z.string().regex(/^[a-z]+$/)),
          /** The only words that may follow the relation in its clause; a number or a mark (its clause's end) may too. */
          after: z.array(z.string().regex(/^[a-z]+$/)),
        }),
        /**
         * A relative's own illness told after the relative is named: "Mom is worried because she had leukemia
         * as a child", "Dad wants imaging since he was treated for lymphoma as a teen", "like his father who
         * had a tethered cord". A pronoun of the relative's gender (`pronouns`) and one of `verbs`, in the
         * sentence that names the relative, is the relative's when the sentence also says the pronoun is not
         * the child: one of `markers` after it ("as a child", "at his age", "runs in the family", "herself"), or
         * the child named by the other gender's pronoun ("… at his age"). Without that, "she"/"he" may be the
         * child ("Mom is worried because she had a fever") and the finding stays the child's. A relation
         * followed by "who" and one of `verbs` ("his father, who had …") is always the relative's.
         */
        /**
         * The relatives who tell the child's story (parents, caregivers): one named alone before a dash ("Mom - fever since
         * Tuesday") tells the child's history unless the words after the dash open on one of `verbs` ("Dad - had a discectomy").
         */
        dashTellers: z.strictObject({ $comment: z.string().optional(), relations: z.array(phrase).min(1), verbs: z.array(phrase).min(1) }),
        colonTellers: z.strictObject({ $comment: z.string().optional(), relations: z.array(phrase).min(1) }),
        /**
         * A line keyed by the child's own carer ("Parent:", "Mom:": one or two of `relations`, each one of the speakers'
         * relations) that reports the child: a quotation, or one of `verbs` opening it after a time phrase opened by one of
         * `timeLeads` ("since yesterday \"won't stand up, says her back hurts\""), and none of `firstPerson` ("I had a dimple
         * too" is the carer's own). Read by clinical/tellers.ts reportsOnTheChild, which the engine gives the note parser.
         */
        carerReports: z.strictObject({
          $comment: z.string().optional(),
          relations: z.array(phrase).min(1),
          verbs: z.array(phrase).min(1),
          timeLeads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
          firstPerson: z.array(z.string().regex(/^[a-z']+$/)).min(1),
        }),
        /**
         * A relation and a teller's verb that is itself a denial ("Mom denies fever") tells the child's history, unless one of
         * `words` (the relative's own habits or body: "Dad denies drinking", "Mom denies fever during pregnancy") follows
         * in its sentence: then the denial is the relative's own, as "mom has" is.
         */
        ownDenials: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
        /**
         * A relation and one of `verbs` ("Mum calling re") tells the child's history as a teller's verb does only when one
         * of `owners` with its possessive, one of `pronouns` before it or not, follows right after the verb ("Mum calling
         * re son's back pain", "Mum rang re her daughter's"): otherwise the verb is read as if unlisted (context.ts).
         */
        callers: z.strictObject({
          $comment: z.string().optional(),
          verbs: z.array(phrase).min(1),
          owners: z.array(z.string().regex(/^[a-z]+$/)).min(1),
          pronouns: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        }),
        ownHistory: z.strictObject({
          $comment: z.string().optional(),
          pronouns: z.record(z.string().regex(/^[a-z]+$/), z.enum(['female', 'male', 'plural'])),
          verbs: z.array(phrase).min(1),
          markers: z.array(phrase).min(1),
        }),
      })
      .superRefine((sp, ctx) => {
        const relations = new Set(sp.relations);
        sp.carerReports.relations.forEach((r, i) => {
          if (!relations.has(r)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['carerReports', 'relations', i], message: `"${r}" is not one of speakers.relations` });
        });
      }),
    /** A list item holding one of these is asserted on its own, so an earlier cue does not reach it. */
    listAffirmations: z.array(phrase),
    /**
     * Words that describe a list item ("deep", "subtle", "mild"): an item they describe is asserted on its
     * own in a list joined by commas or "and" ("no tuft, deep dimple" keeps the dimple), but not in a list
     * of alternatives, where "or"/"nor" joins the items ("no tuft, hemangioma, or subtle discoloration").
     */
    listQualifiers: z.array(phrase),
    /** Qualifiers that grade a finding, read as listQualifiers only where they grade (context.ts; the file's $comment). */
    listGrades: z.strictObject({
      $comment: z.string().optional(),
      afterOwnNegation: z.array(phrase),
      withSide: z.array(phrase),
      denialVerbs: z.array(phrase),
    }),
    normalStates: z.strictObject({
      $comment: z.string().optional(),
      /** In red-flag, review-of-systems, neuro or symptom values these mean "nothing abnormal". */
      words: z.array(phrase).min(1),
      /**
       * A study's result told as `lead` and one word of `results`, or a word that starts with one of `resultStems`, ending
       * the value ("XR L-spine nil acute", "nil abnormality", "nil significant"): the study was done (clinical/keyed-study.ts reportedNormal).
       */
      nilResults: z.strictObject({
        lead: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        results: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        resultStems: z.array(z.string().regex(/^[a-z]+$/)),
      }),
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
      $noSigns: z.string().optional(),
      $noneWords: z.string().optional(),
      /** Signs that answer no when they alone follow the question's colon ("Fever: -", "Hair tuft: ✗"): one mark each, no letter. */
      noSigns: z.array(z.string().regex(/^[^A-Za-z0-9\s]$/)).min(1),
      /**
       * Words that deny the whole question when they alone follow its colon and end its item, every name of it joined by a
       * slash or "or" ("Hair tuft/hemangioma/skin tag: none"), as "No" does; elsewhere they are the lexicon's negations.
       */
      noneWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $noneMarked: z.string().optional(),
      /** A list filled in as none marked ("fever / night pain -> none circled"): words saying none there besides noneWords, and the verbs of marking. */
      noneMarked: z.strictObject({
        alsoNone: z.array(z.string().regex(/^[a-z]+$/)),
        verbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      $noneKeyQualifiers: z.string().optional(),
      /** Words that make a key something said of a finding ("relieved by", "other than", "improvement since"): a ticked "None" after it denies nothing (form.ts noneTicked). */
      noneKeyQualifiers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $relayers: z.string().optional(),
      /** Words that relay an answer between a question mark and its answer ("Q: pain at night? Interpreter: no"). */
      relayers: z.array(z.string().regex(/^[a-z]+$/)),
      $questionOpeners: z.string().optional(),
      /** Words a form's printed question opens its line on ("Any lumps, hairy patches or red marks on his back?  no"). */
      questionOpeners: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $questionAskers: z.string().optional(),
      /** Words a printed question asks through, its first or second word ("Any …", "Has she had …", "Did anything …"). */
      questionAskers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $questionPresupposing: z.string().optional(),
      /** Determiners that make a name one the question takes for granted ("Does the back pain …", "Is her dimple …"). */
      questionPresupposing: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Words of place before which such a determiner names a place, not a presupposed finding ("on his back"). */
      questionPlaceWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $questionCourseWords: z.string().optional(),
      /** Words that ask of a finding's course or time, not of its being there ("Any change in …", "… there at birth?"). */
      questionCourseWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $questionTimes: z.string().optional(),
      /** After "at", times that narrow the name before them ("back pain at night"): the question asks of that time only. */
      questionTimes: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** The words before such a time ("at"): "back pain at night". */
      questionTimeLeads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    }),
    $bareContractions: z.string().optional(),
    /** The "n't" contractions also read written without their apostrophe ("doesnt", "hasnt"; context.ts apostropheSpellings). */
    bareContractions: z.array(z.string().regex(/^[a-z]+n't$/)),
    $bareCausativeObjects: z.string().optional(),
    /** Determiners after a bare contraction's have/had/get/got that make it a causative ("hasnt had the lump checked"). */
    bareCausativeObjects: z.array(z.string().regex(/^[a-z]+$/)),
    $bareCausativeVerbs: z.string().optional(),
    /** The verbs a bare contraction's causative runs through, ending its cue ("hasnt had", "doesnt get"). */
    bareCausativeVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    /** A cross written as "no" beside each item of a terse list ("✗ fever ✗ night pain"; clinical/cross-marks.ts). */
    crossMarks: z.strictObject({
      $comment: z.string().optional(),
      marks: z.array(z.string().regex(/^[^A-Za-z0-9\s]$/)).min(1),
      readAs: phrase,
      maxItemWords: z.number().int().min(1).max(8),
      joiners: z.array(z.string().regex(/^[a-z]+$/)),
      /** Labels under which crosses may be denials: a screen of denials or a neutral list ("ROS", "red flags"). */
      $labels: z.string().optional(),
      labels: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Words of presence or choosing that make a cross the item's "chosen" mark ("present", "mark", "indication"). */
      $presenceWords: z.string().optional(),
      presenceWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    }),
    /**
     * Words that open a comment after the last box of a label-first line ("normal [ ] abnormal [x] see
     * below"), never an option's label: they tell a label-first line from a box-first one.
     */
    formComments: z.strictObject({
      $comment: z.string().optional(),
      words: z.array(z.string().regex(/^[a-z]+$/)),
    }),
    /**
     * A bracket's own subject (context.ts bracketHasOwnSubject): a test or a body fluid's or a lab's result ("UA", "blood
     * culture", "CSF") alone between the bracket and a result's denial (`denials`: "neg", "negative", "-ve") keeps the
     * denial in the bracket ("?discitis vs pyelo (UA neg)"), never an imaging study, a body part or a time, nor after a
     * cancer or a suspected finding ("?Leukaemia (marrow negative)") unless the subject is one of `sites`.
     */
    bracketSubjects: z.strictObject({
      $comment: z.string().optional(),
      subjects: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Subjects that keep even a cancer's denial in the bracket ("ALL (CNS neg)"): a site, not a test of the finding. */
      sites: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Findings a test's bracket denies as before ("lymphoma (biopsy neg)"): a cancer, whose test it is. */
      deniedFindings: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      denials: z.array(z.string().regex(/^-?[a-z]+$/)).min(1),
    }),
    /** Finding categories that "r/o X" does not assert: ruling out a skin finding is the order's reason, not an exam result. */
    ruleOutIsNotAFinding: z.array(z.string().min(1)),
    /**
     * Finding categories that a doubt ("doubt discitis", "low suspicion for tumor", "strain less likely": the
     * `doubted` triggers) denies: a suspected diagnosis or cause. A doubt never denies what was observed or told
     * ("dimple with hemangioma - not concerning", "fever 39 - viral illness less likely" keep the marker and the fever).
     */
    doubtDenies: z.array(z.string().min(1)),
    /**
     * Findings, of a category a doubt does not deny, that a doubt does deny: a diagnosis rather than an observation
     * ("malignancy less likely", "low suspicion for leukemia": no cancer history; "cannot exclude malignancy" is no doubt).
     */
    doubtDeniesFindings: z.array(z.string().min(1)),
    /** Words after a doubt, in its sentence, that take it back ("malignancy less likely but cannot be excluded"): the suspicion stays. */
    doubtTakenBack: z.array(z.string().min(1)),
    $commentComplaintDenialEnds: z.string().optional(),
    /** Words ending a complaint's denial ("not c/o back pain since the MVC"): what comes after is told, not denied (clinical/context.ts). */
    complaintDenialEnds: z.array(z.string().min(1)),
    $commentComplaintDenialLifted: z.string().optional(),
    /**
     * Words after a finding a complaint's denial holds ("not c/o back pain until this morning", "not complaining of back
     * pain because he is non-verbal"), in its sentence: the denial of the complaint tells no absence.
     */
    complaintDenialLifted: z.array(z.string().min(1)),
  });
export type ContextLexicon = z.infer<ReturnType<typeof contextLexiconSchema>>;

let cached: ContextLexicon | undefined;

/** The shipped lexicon, validated once per process. */
export function contextLexicon(): ContextLexicon {
  cached ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'context-lexicon.json'), contextLexiconSchema());
  return cached;
}

export function loadContextLexicon(file: string): ContextLexicon {
  return parseJsonFile(file, contextLexiconSchema());
}
