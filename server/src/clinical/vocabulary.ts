import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import { FindingCategory } from '../knowledge/schema';
import { KEYS, type KeyName, lookupKey } from '../notes/keys';
import type { Span } from '../notes/text';
import { type Phrase, type Word, matchAt, phraseOf } from '../notes/words';
import { work } from '../notes/work';
import { mayBeOf, perVocabulary, wordBitsOf } from './patterns';
import { ContextCategory } from './lexicon';
import { patternWordList } from './word-lists';

const phrase = z.string().min(1).max(80);
/** One lower-case word of a vocabulary list. */
const word = z.string().regex(/^[a-z]+$/);
/** A key the note language does not know (never one of its spellings). */
const unknownKey = z
  .string()
  .min(1)
  .max(60)
  .refine((s) => !lookupKey(s), { message: 'is already a spelling of a key of the note language' });

/** A `phraseGroups` name, written "@name" in a list that takes the group's phrases. */
const GROUP_REF = /^@([a-z][a-z0-9-]*)$/;

/**
 * Every "@name" item of a list of the vocabulary replaced, in place, by the phrases of `phraseGroups[name]`: a list
 * two readers share is written once. Runs before the schema, so each list still checks the phrases it receives. An
 * unknown name is an issue at the item's path.
 */
function withPhraseGroups(raw: unknown, ctx: { addIssue: (issue: { code: 'custom'; message: string; input: unknown; path: PropertyKey[] }) => void }): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const groups = (raw as { phraseGroups?: unknown }).phraseGroups;
  const named = (groups && typeof groups === 'object' ? groups : {}) as Record<string, unknown>;
  // `at` is the path of the value walked, one array pushed and popped on the way down and copied only for an issue:
  // a copy per item (and flatMap's and Object.entries' arrays) made this walk a third of the file's validation.
  const at: PropertyKey[] = [];
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const ref = typeof item === 'string' ? GROUP_REF.exec(item) : null;
        if (!ref) {
          at.push(i);
          out.push(walk(item));
          at.pop();
          continue;
        }
        const group = Object.hasOwn(named, ref[1]) ? named[ref[1]] : undefined;
        // A group is written out in full: one level of names, so a list always reads as its groups written out.
        if (Array.isArray(group) && at[0] !== 'phraseGroups') {
          for (let g = 0; g < group.length; g++) out.push(group[g]);
          continue;
        }
        const message = at[0] === 'phraseGroups' ? 'a phrase group cannot name another group' : `no phrase group "${ref[1]}" in phraseGroups`;
        ctx.addIssue({ code: 'custom', message, input: item, path: [...at, i] });
        out.push(item);
      }
      return out;
    }
    if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      const entries: [string, unknown][] = [];
      for (let i = 0; i < keys.length; i++) {
        at.push(keys[i]);
        entries.push([keys[i], walk((value as Record<string, unknown>)[keys[i]])]);
        at.pop();
      }
      return Object.fromEntries(entries);
    }
    return value;
  };
  return walk(raw);
}

/** server/knowledge/reading-vocabulary.json as written: words the reader needs beyond each finding's phrases. */
const readingVocabularyFields = () => {
  // The lists the fields repeat most, one instance each for this build: zod constructs an instance per call (two for a
  // `.min`), and these ~375 repeats were half of building the schema. A schema holds no state of a parse, so sharing one
  // checks each list exactly as its own copy did.
  const phraseList = z.array(phrase).min(1);
  const wordList = z.array(word).min(1);
  const textList = z.array(z.string().min(1)).min(1);
  return z.strictObject({
    $comment: z.string().optional(),
    /** Lists of phrases that several lists share, each written once: "@name" in a list stands for the group's phrases. */
    phraseGroups: z.object({ $comment: z.string().optional() }).catchall(phraseList).optional(),
    /** The abbreviations ordering clinicians use, what they mean, and which part of the reader reads them (tested one by one). */
    abbreviations: z.array(
      z.strictObject({
        abbr: z.string().min(1),
        means: z.string().min(1),
        readAs: z.enum(['finding', 'context', 'normal-state', 'referral', 'order']),
        example: z.string().min(1),
      }),
    ),
    /**
     * Abbreviations written in capitals whose lower-case word is a finding's phrase: "PIT 20:40 - 5 y M"
     * (provider in triage) is no sacral pit. Written so in a line that is not itself in capitals, the word
     * is the abbreviation, unless a spinal marker place stands just before it ("sacral PIT") or after it
     * behind a word of place (`placeWords`: "PIT above the cleft"); an all-capitals requisition's
     * "SACRAL PIT" stays the finding.
     */
    capitalAbbreviations: z.strictObject({
      $comment: z.string().optional(),
      terms: z.array(z.strictObject({ text: z.string().regex(/^[A-Z]+$/), means: z.string().min(1), notFinding: z.string().min(1), example: z.string().min(1) })).min(1),
      placeWords: textList,
    }),
    /**
     * Terms that are a finding only in capitals and beside a word of their own domain ("ALL" beside "chemo"), or, with
     * `anyCase`, in any case but still only in that company ("sweats" in a list of fever and weight loss).
     */
    casedTerms: z.array(
      z.strictObject({
        $comment: z.string().optional(),
        text: z.string().min(1),
        anyCase: z.boolean().optional(),
        finding: z.string().min(1),
        window: z.number().int().min(1).max(6),
        before: z.array(phrase),
        after: z.array(phrase),
        /** Words of which one must also stand within the window either side: a bare "no" before "NP" is not yet a red-flag screen. */
        near: z.array(phrase).optional(),
        /** Words within the window either side that make it another thing ("IH repair": an inguinal hernia). */
        not: z.array(phrase).optional(),
        /**
         * In a sentence written all in capitals the term's capitals tell nothing ("TAKE ALL MEDS ON MAINT SCHEDULE"): there
         * only these words beside it tell the term (absent: the term is read there as anywhere).
         */
        inCapitals: z.array(phrase).optional(),
        /**
         * Company that tells the term only right beside it (round 51, narrowed after review r51): one of `before` right
         * before it ("had ALL", "h/o ALL", "hx ALL") or the term first on the value of one of `historyKeys` ("PMH: ALL …"),
         * and after it one of `afterAge` with an age in digits ("aged 4", "at age 3"), one of `after` behind a space ("in
         * remission") or one of `afterMark` behind a comma ("ALL, resolved"); never with a list or a plural before it in
         * its clause ("croup - had ALL as a toddler", "brothers, ALL aged under 12"). Kept apart from the window's company.
         */
        beside: z
          .strictObject({
            $comment: z.string().optional(),
            before: z.array(phrase),
            historyKeys: z.array(phrase),
            afterAge: z.array(phrase),
            after: z.array(phrase),
            afterMark: z.array(phrase),
          })
          .optional(),
      }),
    ),
    /**
     * By finding id: phrases inside which that finding's own words do not name it ("sports physical" is
     * no overuse; "overuse injury" and "strain injury" are no injury event).
     */
    notFindings: z.record(z.string().min(1), phraseList),
    /**
     * A finding told by one bare word of aching (`bare`) right after another part's site ("tummy aches", "knee ache") is
     * that part's ache, not one of `findings` (findings.ts dropAcheOfOtherSite).
     */
    /**
     * A finding only raised ("?sacral dimple", "query hair tuft") and denied in the very next sentence after one of `examCues`
     * (the writer's own examination: "Re-examined baby: no dimple") is answered (findings.ts answerQueriesByExam); never with
     * one of `cueNot` before the cue in that sentence ("Not re-examined; no dimple on the referral").
     */
    queryAnsweredByExam: z.strictObject({
      $comment: z.string().optional(),
      examCues: phraseList,
      cueNot: wordList,
      writer: wordList,
      limited: phraseList,
      limitedMeans: phraseList,
    }),
    /**
     * Back pain told by one of `phrases` is none when its sentence tells it over (`over`); told by one of `abdominalPhrases`
     * ("pain L lumbar region"), none when its sentence names the abdomen or a gut, kidney or urinary illness (`abdominal`):
     * findings.ts dropBackPainOfRegion.
     */
    backPainOfRegion: z.strictObject({
      $comment: z.string().optional(),
      phrases: phraseList,
      abdominalPhrases: phraseList,
      abdominal: phraseList,
      over: phraseList,
    }),
    acheOfOtherSite: z.strictObject({
      $comment: z.string().optional(),
      findings: textList,
      bare: wordList,
    }),
    /**
     * A bare word of a pain's course ("constant") read as its red flag only when it describes the pain: not when the
     * next word names something else (`others`: "constant damp underwear", "constant dribbling") and no pain word
     * (`nightWakingCause.pain`) stands before it in its clause or within `reach` words after it.
     */
    describesOther: z.strictObject({
      $comment: z.string().optional(),
      findings: textList,
      bare: wordList,
      others: wordList,
      /** Subjects told before it in its clause ("toe walking … is now constant"): no pain's course when no pain word is in its sentence. */
      othersBefore: wordList,
      reach: z.number().int().min(1).max(8),
    }),
    /**
     * A night waking told with its cause right after it ("wakes at night with leg cramps", "wakes at night with a
     * cough", "waking at night to void") is no night pain unless a `pain` word is in its clause (clinical/findings.ts
     * dropNightWakingsOfOtherCause): "wakes at night with back pain", "back pain that wakes him at night with crying"
     * keep it. `waking`: single words that make a night-pain phrase a waking; `cause`: what opens the cause.
     */
    nightWakingCause: z.strictObject({
      $comment: z.string().optional(),
      waking: wordList,
      /** Words that still tell the waking ("from her sleep", "at night", "up"), read past before its cause. */
      wakingRest: phraseList,
      cause: phraseList,
      pain: wordList,
      /**
       * First words of a night-pain phrase that tells no pain itself ("worse overnight", "worst at night"): it is night
       * pain only of a pain told before it (findings.ts dropNightWakingsOfOtherCause), not "cough worse overnight".
       */
      worse: wordList,
      /**
       * First words of a night-pain phrase that tells sleep lost, not its cause ("keeps him awake", "disturbs her
       * sleep", "can't sleep because of ..."): night pain only when it is the back pain's (findings.ts
       * sleepLostToThePain), never reflux's or a sibling's ("Reflux keeps her awake", "Baby brother keeps him awake").
       * A Red flags item or a value opening with it, past `carried` words ("Now also keeps him awake.", "Red flags:
       * interrupts her sleep"), tells it of the note's pain.
       */
      sleepLost: wordList,
      carried: wordList,
      /** Words after sleep lost that open its cause ("sleep disrupted by new baby", "trouble sleeping because of anxiety"): no pain in it, no night pain. */
      sleepCause: phraseList,
      /** Words qualifying a pain as another site's ("abdominal pain", "sore throat", "growing pains"): its sleep lost is no night pain. */
      otherSites: wordList,
      /** Words naming the back: a pain told with one is the back pain, whatever other site is named near ("back pain radiating to the leg"). */
      backSites: wordList,
      /** Phrases before sleep lost in its clause that tell it over ("no longer keeps him awake"), and after it ("not keeping her awake any more"). */
      over: phraseList,
      overAfter: phraseList,
      /**
       * Words of an itch or a rash ("Itchy back (eczema) keeps him awake", "Itchy rash on back keeps him awake"): told
       * before sleep lost with no pain word but a `bareSites` one ("back", "neck"), the itch, not the pain, took it.
       */
      notPain: wordList,
      bareSites: wordList,
      /** Phrases before sleep lost in its clause that tell it feared, guessed or to come ("worried it will affect his sleep", "may be keeping him awake"). */
      feared: phraseList,
      /** First words of an answer that tell a question of sleep lost yes ("Keeps him awake? Sometimes."). */
      affirmed: phraseList,
    }),
    /**
     * Overuse words that describe the pain rather than name an activity ("postural", "musculoskeletal",
     * "mechanical"): in a note that denies an activity ("doesn't play any sports", "no heavy lifting",
     * "not an athlete") and names none, they are no overuse (classify.ts).
     */
    overuseWithoutActivity: phraseList,
    /**
     * Cues read only around an overuse word, added to the context lexicon's (findings.ts): an activity planned or to come
     * ("plans to help move house next week"), advised against ("advised to avoid yard work"), stopped or made hard by the
     * pain ("pain stops him gardening", "unable to carry a heavy load because of pain") or of someone else ("family moving
     * house", "a builder's son") never strained the back. `pseudoTriggers` are words that look like a cue and are none.
     */
    overuseContext: z.strictObject({
      $comment: z.string().optional(),
      triggers: z
        .array(
          z.strictObject({
            category: ContextCategory,
            direction: z.enum(['forward', 'backward']),
            scope: z.enum(['list', 'item', 'word']).optional(),
            phrases: phraseList,
          }),
        )
        .min(1),
      pseudoTriggers: z.array(phrase),
    }),
    /**
     * Cues read only around a back pain told by a strain (a hit holding one of `words`: "lumbar strain", "strained low
     * back"), added to the context lexicon's (findings.ts): a strain prevented, avoided, advised on, at risk of or one
     * something may cause ("Advised on lifting to avoid lumbar strain", "Heavy backpack may cause back strain") is none.
     */
    strainContext: z.strictObject({
      $comment: z.string().optional(),
      words: phraseList,
      triggers: z
        .array(z.strictObject({ category: ContextCategory, direction: z.enum(['forward', 'backward']), scope: z.enum(['list', 'item', 'word']).optional(), phrases: phraseList }))
        .min(1),
    }),
    /**
     * Findings that are signs found on examination, not symptoms the child or a carer tells ("clonus", "hyperreflexia",
     * "increased tone"): where the neuro exam reads abnormal they are counted there, not as new neurologic symptoms
     * (clinical/facts.ts examSignsAreNoSymptoms).
     */
    examSignFindings: z.array(z.string().regex(/^[a-z]+(?:-[a-z]+)*$/)).default([]),
    /** Words for a cause that, denied ("no precipitating factor", "no known cause"), deny an activity too (classify.ts). */
    causeDenied: phraseList,
    /** A sport untied from the pain by a word pointing back to it ("plays cricket but pain not related to it": classify.ts). */
    sportDenied: z.strictObject({
      $comment: z.string().optional(),
      denials: phraseList,
      others: wordList,
    }),
    /**
     * The writer unties the pain from activity ("not related to any particular activity"): an overuse word then counts only in
     * a sentence with a word of `pain` ("back pain after basketball practice"), as classify.ts overuseOf reads it.
     */
    activityUnrelated: z.strictObject({
      $comment: z.string().optional(),
      denials: phraseList,
      pain: phraseList,
      $ownDenial: z.string().optional(),
      /** Before the denial in its sentence, a word tying the pain to a time or load (classify.ts patientsOwnDenial). */
      tiedBefore: wordList,
      /** Words of any pain, for a denial sentence that must name none of its own. */
      anyPain: wordList,
      /** Another person than the patient, or the writer setting the denial against another view; `possessed` after "'s". */
      anotherPerson: z.strictObject({ words: wordList, possessed: wordList }),
    }),
    /**
     * A sport named as the body that asks for the study ("rugby club wants an x-ray before the tournament", "football academy
     * requests imaging"): a word of `bodies` right after the sport's word and a word of `asks` within three words after it,
     * in one clause. The sport is then who asks, no activity loading the back (clinical/classify.ts overuseOf).
     */
    sportAsking: z.strictObject({ bodies: wordList, asks: wordList }),
    /**
     * An overuse word inside the name of a person's role or of a department ("Athletic trainer note", "seen by the athletic
     * therapist", "athletic director"): who writes or sees the child, no activity loading the back (clinical/classify.ts
     * overuseOf; round 52, fix52d).
     */
    overuseRoles: phraseList,
    /** A bruise on an infant whose carers give no explanation: an injury of unknown mechanism (clinical/unexplained-bruise.ts; round 52). */
    unexplainedBruise: z.strictObject({
      $comment: z.string().optional(),
      maxMonths: z.number().int().min(1).max(24),
      bruises: phraseList,
      noExplanation: phraseList,
      notAfter: phraseList,
      forBruise: phraseList,
      marks: phraseList,
      tellers: z.array(z.string()),
      causeAfter: phraseList,
      causes: phraseList,
      causeDenied: phraseList,
    }),
    /**
     * The words that condition what a sentence names (clinical/clauses.ts condition: "MRI if US equivocal", "once MRI done"),
     * and the ones a heading line above a form's study line conditions it with besides (keyed-study.ts conditioningHeadingAbove:
     * "Next step if US equivocal -", "Otherwise:"). One list both read.
     */
    conditions: z.strictObject({
      $comment: z.string().min(1),
      words: patternWordList,
      /** "if" in the languages whose study words are read in every note; any script (a word of letters, lower case). */
      foreignIf: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
      /** A word telling a study awaited ("once"), unless a word of `awaitedDone` after it in its clause tells it done. */
      awaited: patternWordList,
      awaitedDone: patternWordList,
      headingOnly: patternWordList,
    }),
    /** A "Pls:" line asking a study alone is read as prose (clinical/clauses.ts textedRequestLine; round 51). */
    textedRequest: z.strictObject({
      $comment: z.string().optional(),
      /** The only words besides a study's own that may follow it to the line's end: views, contrast, another region, courtesy. */
      onlyWith: z.array(z.string().regex(/^[a-z0-9]+(?: [a-z]+)*$/)).min(1),
    }),
    /** "no change in play or sports": ordinary activity as before, no overuse (classify.ts overuseOf). */
    /** A gait or play word telling function, not a sport (clinical/classify.ts overuseOf); see its $comment. */
    activityAsFunction: z.strictObject({
      $comment: z.string().optional(),
      activities: wordList,
      between: wordList,
      normal: textList,
      notFunction: wordList,
      /** Words of pain or its provocation that keep a play told by its place the load when anywhere in its sentence (review r55; a trailing `*` is a stem). */
      playProvokes: textList,
    }),
    /** Bold keys unknown to the note language whose marks are blanked all the same: keys that deny (markdown.ts; review r56). */
    markdownBoldKeys: z.strictObject({
      $comment: z.string().optional(),
      denials: textList,
    }),
    /** A dimple's checklist table: its ticked criteria describe the dimple (clinical/dimple-checklist.ts; round 56). */
    dimpleChecklist: z.strictObject({
      $comment: z.string().optional(),
      /** The whole line right above the table, its marks and colon aside ("**Dimple check:**", "### Dimple"). */
      titles: textList,
      /** An answer cell opening on one of these ticks its row's criterion ("✅ (~2 mm)", "yes"). */
      ticked: textList,
      /** A line above the table naming another child: no table below it is read (review r56). */
      otherChild: textList,
      /** A header row's words telling the ticked column means absent: the table is not read (review r56). */
      headerRefused: textList,
    }),
    activityUnchanged: z.strictObject({
      $comment: z.string().optional(),
      before: phraseList,
      after: phraseList,
      contrast: phraseList,
      load: phraseList,
      $still: z.string().optional(),
      still: phraseList,
    }),
    /**
     * Words that make a clause of a past-history value (PMH, Hx) the present illness: "now", "currently",
     * a duration up to now ("over 2 months", "x 3 wk"). Without one, a PMH value is history.
     */
    currentInHistory: phraseList,
    /** Words that make a clause of a PMH value past ("at age 5", "resolved", "h/o"); a year after "in" does too (checked in code). */
    pastInHistory: phraseList,
    /** Denial words that, within four words before a clause-closing "since", tell past episodes ("no UTIs since", "none since then"). */
    sinceDenials: wordList,
    /**
     * An EHR form's keys for how long the complaint has lasted ("Duration:"), lower case (clinical/pain-duration.ts
     * durationKeyUnderPain); `complaintLineKeys`: the keys of a line above it that states the complaint itself ("Complaint:",
     * "Sport: gymnastics - LBP"), not a plan, treatment, admin or outcome line; `afterComplaintWords`: what may follow the
     * pain heading such a line ("LBP on extension"), so "back pain clinic" is no complaint; `joins` (whole words) and
     * `joinMarks` (single marks): what joins the pain to another thing on that line ("LBP and a rash", "back pain + cough").
     */
    durationKeys: z.strictObject({
      $comment: z.string().optional(),
      keys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      complaintLineKeys: z.array(z.string().regex(/^[a-z/]+(?: [a-z/]+)*$/)).min(1),
      afterComplaintWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      joins: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      joinMarks: z.array(z.string().regex(/^[^\sA-Za-z0-9]$/)).min(1),
    }),
    /**
     * A length told as a bound it exceeds (clinical/pain-duration.ts boundExceeded): the bound's words (">", "more than";
     * ">" never before "="), what "over" may follow (hedges between: "for just over"), and what refuses a bound.
     */
    lengthBound: z.strictObject({
      $comment: z.string().optional(),
      bounds: z.array(z.string().regex(/^(?:>|[a-z]+(?: [a-z]+)*)$/)).min(1),
      overLeads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      hedges: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      negations: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      painAway: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
    }),
    /**
     * The only words that may stand between a bare duration and the pain after it ("3 mo chronic LBP", "6 wk focal L low
     * back pain"): words that tell of the pain. Any other word makes the number something else than how long the pain has
     * lasted: an age ("10 mo F with LBP", "9 mo ex-preemie back pain"), a time since ("2 weeks ago back pain", "3 mo post-op
     * back pain"), a treatment's length ("6 wk PT for back pain", "2 wk antibiotics LBP"). Single lower-case words.
     */
    durationBeforePainWords: z.array(z.string().regex(/^[a-z-]+$/)).min(1),
    /**
     * Finding categories or ids read as current under a PMH heading unless a `pastInHistory` word marks
     * their clause past: a red flag or a deficit written under "Hx:" is more often the present illness.
     */
    currentByDefaultInHistory: z.array(z.string().min(1)),
    /** Clumsiness that is a coordination disorder's long-standing complaint, no neurologic sign (clinical/developmental-clumsiness.ts); see its $comment. */
    developmentalClumsiness: z.strictObject({
      $comment: z.string().optional(),
      tellers: phraseList,
      denied: wordList,
      clumsiness: phraseList,
      newOrWorse: wordList,
      changeTold: phraseList,
    }),
    /** Primary monosymptomatic nocturnal enuresis, no urologic sign (clinical/primary-enuresis.ts); see its $comment. */
    primaryEnuresis: z.strictObject({
      $comment: z.string().optional(),
      tellers: textList,
      denied: wordList,
      nightWetting: textList,
      newOrDaytime: wordList,
      driedBefore: textList,
      notOwn: wordList,
    }),
    /** Soiling told with the constipation it overflows from: no urologic sign (clinical/primary-enuresis.ts constipationSoilingNoSign). */
    constipationSoiling: z.strictObject({
      $comment: z.string().optional(),
      tellers: z.array(z.string().min(1)).min(1),
      denied: z.array(word).min(1),
      soiling: z.array(z.string().min(1)).min(1),
      newOrBladder: z.array(word).min(1),
    }),
    /** Phrases whose finding stays history under a PMH heading without a current word ("nocturnal enuresis"). */
    pastByDefaultInHistory: z.array(phrase),
    /**
     * Phrases that date a back pain's clause under a history heading to another episode, though a word of the present illness
     * keeps the pain counting ("Hx: LBP x 8 wk, resolved at age 9"): its length is not today's (clinical/pain-duration.ts
     * pastInClause; "in" and a year does so too). Only words of time, not "prior" or "h/o", which name other things
     * ("prior XR normal") or a length of today's ("6 wk h/o LBP").
     */
    pastLengthInHistory: z.array(phrase),
    /**
     * Tenderness over the thoracolumbar spine is back pain found on examination ("point tenderness at L1",
     * "tender over the lumbar spine", "L1 TTP"): a sign word and a place word within `window` words of
     * each other in one clause, read as `finding`. Cervical levels are no place here (neck pain is not back pain).
     */
    /**
     * A sign written with a plus for positive ("Lasègue +", "SLR (+) L", "+SLR R", "Lasegue +ve"): a plus is no word to the
     * phrase index, so each sign's `names` are read with a `marks` mark right after them (or right before), as `finding`.
     * Not when a word of `negative` follows the mark ("+/- SLR", "SLR +/-").
     */
    positiveSigns: z.strictObject({
      $comment: z.string().optional(),
      signs: z.array(z.strictObject({ finding: z.string().min(1), names: textList })).min(1),
      marks: textList,
    }),
    spinalTenderness: z.strictObject({
      $comment: z.string().optional(),
      finding: z.string().min(1),
      signs: textList,
      /** Phrases that tell the tenderness by what palpation does ("cries w/ palpation", "pain on palpation"). */
      signPhrases: z.array(phrase),
      places: textList,
      /** Places written in more than one word ("L-spine", "T-spine"): "spine" alone is no place here. */
      placePhrases: z.array(phrase),
      /** Anatomy that only looks like a place ("L spine of scapula"): a place inside one is none. */
      notPlacePhrases: z.array(phrase),
      /** Words that make the body palpated someone else's ("pain on palpation of her own L-spine", as a parent tells it). */
      ownBody: z.array(phrase),
      /** A time after the palpation's place that makes it an earlier examination's ("pain on palpation of L-spine last visit"). */
      pastExam: z.array(phrase),
      window: z.number().int().min(1).max(6),
      /** Words that make it tenderness of the muscles beside the spine, not focal (bony) tenderness: back pain, but no sign of a significant injury. */
      notFocal: z.array(z.string().min(1)),
      /**
       * Words that make a tenderness phrase focal whatever stands beside it ("point tenderness", "midline
       * tenderness"); a generic one ("tenderness over", "TTP") with a `notFocal` word beside it is not.
       */
      focal: z.array(z.string().min(1)),
    }),
    /** Generic words for a skin mark ("birthmark"): a marker only when the note names no more precise one. */
    genericMarkers: z.array(z.string().min(1)),
    /**
     * By finding id: words for a skin mark that describe that marker by its look ("red patch" for a hemangioma): with that
     * marker named present in the note, they name it, not another marker; alone they count as their own finding. A parent's
     * "bump on his lower back" (a lipoma's words alone) is the skin tag the exam names ("5 mm pedunculated skin tag").
     */
    markerLooks: z.record(z.string().min(1), textList),
    /**
     * Words between a look word and the marker it looks like, in one sentence, that make them one mark ("red patch, likely an
     * early hemangioma"); without one, the two listed in a sentence are two marks ("red patch on the sacrum and a hemangioma on L2").
     */
    markerLookSame: textList,
    /** Lines that open and close text carried over from an earlier note ("** Copied forward from 2 mo visit **" … "** end copied text **"). */
    copiedText: z.strictObject({
      $comment: z.string().optional(),
      start: textList,
      end: textList,
      $inKey: z.string().optional(),
      /** A line's key saying its text is carried over ("Imaging (copied fwd):", "Imaging (from admission):"). */
      inKey: textList,
    }),
    /**
     * Pain told after an injury to the back is back pain ("speared in the back … significant pain since"):
     * single words for where the injury is, for the pain, and for other places the pain may be told of
     * (besides nonSpineRegions).
     */
    /** A back that gave the radicular pain ("felt a pop in lower back", "?L5/S1 disc herniation"): the leg pain is back pain. */
    radicularFromBack: z.strictObject({ $comment: z.string().optional(), sources: phraseList }),
    painAfterBackInjury: z.strictObject({
      injuredPlaces: textList,
      painWords: textList,
      otherPlaces: z.array(z.string().min(1)),
      /** A sentence that is only "(now) pain free (now)" or "pain-free since <a day or a time>": the pain is gone. */
      absentSentence: z.strictObject({ $comment: z.string().optional(), before: textList, free: textList, after: textList, sinceTimes: textList }),
    }),
    /**
     * Words for a cancer's return or spread ("relapse", "recurrence", "vertebral involvement"), read as the
     * cancer only in a note that names one.
     */
    cancerReturn: phraseList,
    /**
     * Words of cancerReturn that name the return of anything ("returning to PE", "pain coming back"): a cancer's return only
     * in the cancer's own keys, never a suspicion read from the plan.
     */
    anyReturn: phraseList,
    /**
     * A return suspected in the plan is the cancer's only when nothing names another disease returning ("?Crohn's relapse",
     * "relapse of JIA") and it is not put off or left to another service (these words in its sentence: "Onc to r/o relapse
     * at next visit if pain persists").
     */
    planReturnPutOff: phraseList,
    /** A next step told waiting on the result at its sentence's end ("… depending on result"): see its $comment. */
    pendingResult: z.strictObject({ $comment: z.string().optional(), phrases: phraseList }),
    /**
     * A dimple whose base the examiner could not see ("base not seen", "I could not see the base of it") is deep as the
     * sources grade it (a possible sinus tract), never simple.
     */
    /**
     * Words that open a finding's phrase only to anchor it, no part of the finding ("and back hurt", "from sit ups"): the
     * finding's context is read from the word after them, so a cue before them reaches it ("denies that tummy and back
     * hurt", "not from sit ups", "sister's tummy and back hurt").
     */
    findingPhraseAnchors: z.array(z.string().regex(/^[a-z]+$/)),
    dimpleBaseUnseen: phraseList,
    /** A depth question answered in the same description ("? deep - base seen on retraction, shallow"): no doubt left. */
    dimpleDepthSeen: phraseList,
    /** After a base not seen, the base seen later in the same description ("base not seen initially, seen on retraction"): it wins. */
    dimpleBaseSeenLater: phraseList,
    /**
     * A bound written before a dimple's measure ("<5 mm", "less than 2 cm from the anus", ">3 mm"): the measure is a limit,
     * not the size (dimple.ts measureBound). Signs and words as written, matched right before the number.
     */
    dimpleMeasureBounds: z.strictObject({
      $comment: z.string().optional(),
      below: textList,
      atMost: textList,
      above: textList,
      atLeast: textList,
    }),
    /** An answer right after a depth question that says it is not deep ("Deep? No.", "?deep - no, blind ending"). */
    dimpleDepthAnswersNo: phraseList,
    /** Words that make a sentence's 'in the cleft/crease' another finding's or person's place (dimple.ts readDimple). */
    dimpleCleftNotItsOwn: z.strictObject({ $comment: z.string().optional(), words: phraseList, tellersAfter: phraseList, tellersOwn: phraseList }),
    /** Guards on round 54's native readings, narrowed after review r54 (positive-only-study.ts undoneLater, gated-phrases.ts nativeBackPainGated). */
    nativeReadingsGuard: z.strictObject({
      $comment: z.string().optional(),
      undoneAfter: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      backPainPhrases: z.array(z.string()).min(1),
      backPainRefusedIn: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Spanish back-pain phrases in an English note (round 55, fix55d), gated as backPainPhrases are and also by spanishRefusedIn. */
      spanishBackPainPhrases: z.array(z.string()).min(1),
      /** Spanish negations, conditions, past and relatives refusing only the Spanish phrases (narrowed after review r55), folded. */
      spanishRefusedIn: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** English negations that refuse a Spanish phrase after them in its sentence ('No "dolor lumbar" x 2 wks'; review r55). */
      englishNegationsBefore: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Spanish injury words in an English note (round 55, fix55d; gated-phrases.ts nativeInjuryGated): "se lastimó", "se cayó". */
      injuryPhrases: z.array(z.string()).min(1),
      /** Words that tell such an injury trivial or denied in its sentence ("pero está bien, sin dolor"), folded. */
      injuryRefusedIn: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** The only words that may stand before a Spanish injury word in its clause ('Mom says', 'Mamá dice que'; review r55), folded. */
      injuryLeads: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** A back-pain phrase's duration after it (gated-phrases.ts nativeBackPainGated): "od 2 tygodni", "3 hafta", "cronică". */
      durationSince: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/)).min(1),
      durationUnits: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      chronicWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    }),
    /** A clause that is wholly a denial of a fever now ("no current fever", "afebrile today"; febrile-episodes.ts). */
    feverDeniedNow: z.strictObject({ $comment: z.string().optional(), clauses: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1) }),
    /** A writer's own words for "from the anus" after a measure (dimple.ts nativeDistance; round 54, fix54e). */
    anusDistanceNative: z.strictObject({ $comment: z.string().optional(), phrases: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u)).min(1) }),
    /** Places of a dimple a wrapped next line may open with ("within the cleft, 1 cm from anus", "base visible"). */
    dimpleWrap: z.object({
      $comment: z.string().optional(),
      openers: phraseList,
      /** "Single," opening the next line: the description of the dimple named on the line before, however that line ends. */
      describers: phraseList,
      /** A chat's speakers: a reply keyed by one ("ward reg: ~4mm, in the cleft, …") describes the dimple asked about on the line before. */
      speakers: phraseList,
      /** Keys of a description ("Desc:", "Description:") opening the next line: read past, as a bullet is (round 55, fix55d). */
      descriptionKeys: phraseList,
    }),
    /**
     * A cancer suspected is no cancer history: keys whose value is a worry or a question ("Concern: drop
     * metastases"), and words for cancer care that name no cancer ("heme/onc aware"), which in a note that
     * suspects a cancer are its work-up.
     */
    /**
     * A line keyed by the referring side ("Referring ED: ?discitis / vertebral osteomyelitis. Blood cx drawn, cefazolin
     * given."), which is never read as history (its plan is not today's order): its working diagnosis is the suspicion of
     * this note. `keyWords`: a word of the key that names the referring side; `categories`: the findings read from it.
     */
    referringSide: z.strictObject({
      $comment: z.string().optional(),
      keyWords: textList,
      categories: textList,
      $commentExcluded: z.string().optional(),
      /** Words in a suspicion's sentence by which the referring side excludes or doubts it ("discitis unlikely", "excluded osteomyelitis"). */
      excludedBy: phraseList,
    }),
    /**
     * A cancer word naming a place, a sender or a cause ("Children's Cancer Institute", "Oncology Dept", "cancer charity"):
     * no cancer of the child's only when it names a cause, or a place the clause ties to someone's work, and no `care` word is in its sentence (guards.ts cancerInstitutions).
     */
    markerClinics: z.strictObject({
      $comment: z.string().optional(),
      services: phraseList,
      joiners: phraseList,
      joinerWords: z.number().int().min(0).max(6),
      maxWords: z.number().int().min(2).max(20),
    }),
    cancerInstitutions: z.strictObject({
      $comment: z.string().optional(),
      causes: phraseList,
      places: phraseList,
      workCues: phraseList,
      /** The findings a cancer word is read as, by id and by category, whose mentions may name a place or a cause instead. */
      cancerFindings: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1),
      cancerCategories: z.array(FindingCategory).min(1),
      joiners: phraseList,
      /** At most this many joiners or cancer words between the cancer word and its cause or place ("Leukaemia & Lymphoma Society"). */
      joinerWords: z.number().int().min(1).max(8),
      /** Characters read after the cancer word (room for `joinerWords` words and a three-word place), and each side for its sentence: bounds on the cost. */
      afterChars: z.number().int().min(20).max(200),
      sentenceChars: z.number().int().min(40).max(400),
      care: phraseList,
    }),
    suspectedCancer: z.strictObject({
      $comment: z.string().optional(),
      /** A worry or a question before the cancer's name, in its sentence, with only `worryFillers` (or other cancers' names) between. */
      worryCues: phraseList,
      /** A bare worry word ("Concern", "Worry"): a cue only right before a cancer's return or spread ("Concern relapse"), nothing between. */
      bareCues: phraseList,
      /**
       * Words that join cancers' names as alternatives after a bare cue ("Concern lymphoma or leukaemia", "Worry Ewing vs
       * osteosarcoma"; a "/" joins them too): a known cancer is never written as a choice of two, so a bare cue right before
       * such a choice is the clinician's worry (implied-findings.ts bareAlternatives).
       */
      bareAlternatives: z.array(phrase).default([]),
      /**
       * A spread word right after a relative's cancer, in its clause, is the relative's ("Mum has breast cancer w/ spinal
       * mets"): a word of `joins` first, then at most `sites` words (others-spread.ts).
       */
      othersSpread: z.strictObject({ joins: phraseList, sites: z.number().int().min(0) }).default({ joins: ['with'], sites: 2 }),
      /**
       * Words in a bare cue's sentence that make it no clinician's worry: a family's ("Parental concern relapse", "Concern relapse
       * (mum)") or one played down or answered ("Minimal concern relapse", "Concern relapse, exam reassuring").
       */
      bareRefusedBy: phraseList,
      /**
       * A colon within `colonWords` words after a worry or a question introduces what is suspected ("Worried about something
       * serious: lymphoma/leukaemia", "DDx: lymphoma vs TB"): a `worryCues` cue, or one of `colonCues`, which is a cue only
       * before such a colon ("Concern: leukaemia"; "Worried: mom anxious" names no cancer).
       */
      colonCues: phraseList,
      colonWords: z.number().int().min(0).max(6),
      /** Words between the cue and the colon that make the colon head a history ("Concerning past history: leukaemia age 3"). */
      colonHeadsHistory: phraseList,
      /**
       * A family's worry that the clinician answers with reassurance is no suspicion: one of `worriers` up to three words
       * before a cue ("Mum worried about cancer", "parents are concerned about leukaemia"), unless "I"/"we" share it, and
       * one of `dismissed` after the cancer in its sentence ("Mum worried about cancer, reassured"). Without the reassurance
       * the family's worry the note records is a suspicion ("Red flags: none, but parents worried about leukemia").
       */
      worriers: textList,
      /** The writer sharing the worry ("mum and I are worried about"): the clinician's, not only the family's. One word each. */
      writers: wordList,
      dismissed: phraseList,
      /** Single words that may stand between a worry and the cancer it names ("a", "other", "occult", "or"). */
      worryFillers: textList,
      /** Words right after a cancer's name that make it the question of a work-up ("leukemia workup"). */
      workupAfter: phraseList,
      suspicionKeys: textList,
      careWords: phraseList,
      /** Words for a cancer's spread ("metastases"): suspected, they presuppose a cancer, so they name none anew (care words stay). */
      spreadWords: phraseList,
      /**
       * Words of the malignancy finding that name a state, a treatment or a care, not a cancer (clinical/implied-findings.ts
       * cancerSuspectedInPlan): "?chemo side effect", "?immunocompromised" asked in a plan suspect no tumour.
       */
      notCancerNames: phraseList,
      /**
       * A cancer asked in the plan is no suspicion when a relative raises it before it in its clause ("dad asking ?lymphoma
       * (his brother had it)") or the rest of its line dismisses it ("?lymphoma -> oncology said unlikely").
       */
      planRaisedBy: textList,
      planDismissedAfter: phraseList,
    }),
    /**
     * A young child's back pain told by behaviour ("refusing to walk", "cries when picked up"), read as back
     * pain only in a note that suspects an infection or tumour of the spine (`spinalSuspicions`).
     */
    painBehaviour: z.strictObject({
      $comment: z.string().optional(),
      spinalSuspicions: phraseList,
      behaviours: phraseList,
      /** Where the exam or the question puts the problem elsewhere ("septic hip", "localizes to L hip", "no spinal tenderness"): the behaviour says nothing of the back. */
      elsewhere: phraseList,
    }),
    /** Finding ids or categories whose past still counts (a cancer history is a red flag; a birthmark does not go away). */
    historyCounts: z.array(z.string().min(1)),
    /**
     * A suspicion of infection or tumour read in a Plan (an A/P): it counts only when the writer states it as
     * suspected (an uncertain cue: "concern for", "likely", "vs", "?"; or `stated` words in its own phrase:
     * "suspected discitis"), never a name in a discussion ("Discussed that spinal tumor is very rare", "ddx
     * including discitis, all unlikely"), and never in a sentence with one of `conditions` ("If fever returns,
     * concern for discitis - return to ED").
     */
    suspicionInPlan: z.strictObject({
      stated: phraseList,
      /** Words before the name, in its sentence, that state it as the clinician's reading ("appearances suggestive of osteoid osteoma"). */
      statedBefore: phraseList,
      conditions: phraseList,
    }),
    referral: z.strictObject({
      neurosurgery: phraseList,
      /**
       * Phrases over a spelling of neurosurgery that name something else: normal saline given ("peds NS bolus", "NS 20 mL/kg",
       * "NS fluids"). A mention inside one is no neurosurgery.
       */
      notNeurosurgery: z.array(phrase),
      /**
       * Short spellings of neurosurgery that a note may define as something else by its initials ("nephrotic syndrome (NS)",
       * "NS (normal saline)", "NS = nephrotic syndrome"): in such a note a mention spelled so is that other thing. A
       * definition whose words name neurosurgery ("pediatric neurosurgery (NS)") keeps it.
       */
      definedOtherwise: z.array(z.string().regex(/^[a-z]{2,6}$/)),
      /** Words that make a referral conditional or merely considered ("will refer if MRI abnormal"). */
      conditional: z.array(phrase),
      $undecided: z.string().optional(),
      /** Words that leave a referral undecided, when it is the referral itself that is ("NSGY referral - NP to decide"). */
      undecided: z.array(phrase),
      /**
       * Words that make it put off or only recommended ("hold … until the MRI is back", "report recommended … NSGY",
       * "never seen") unless the clause says it was made now (`made`: "referral placed (never seen by NSGY before)",
       * "urgent neurosurgery referral - keep supine until the appointment").
       */
      conditionalUnlessMade: z.array(phrase),
      $heldTill: z.string().optional(),
      /**
       * A referral held till a time ("will hold NSGY till then"): not made, read only in the mention's own clause (to a comma,
       * semicolon, stop or spaced dash), never of something else held after it ("NSGY referral, oxybutynin till then").
       */
      heldTill: z.array(phrase),
      made: z.array(phrase),
      /**
       * A mention of neurosurgery told as the child's past ("Neurosurgery hx: VP shunt placed 2019", "seen by neurosurgery as
       * a baby for shunt", "prior NSGY"): a history word (`history`) within a word of it, or, in its clause, a remote time
       * (trauma `remote`, an earlier year) and no time of now (trauma `now`). Not where the clause keeps neurosurgery caring now
       * (`ongoing`: "followed by neurosurgery", "NSGY aware", "referred to NSGY").
       */
      past: z.strictObject({ $comment: z.string().optional(), history: phraseList, ongoing: phraseList }),
      /**
       * A referral made in the part that opens its clause stands beside a condition after it ("NSGY referral placed,
       * appointment pending"), unless that part says it is yet to be made (`notYetMade`: "referral to be placed,
       * pending MRI") or the clause takes it back (`takenBack`: "NSGY referral placed, declined by family").
       */
      notYetMade: z.array(phrase),
      /** A wait of the referral's appointment ("Referred to neurosurgery (appt pending)"): no condition of the referral (events.ts appointmentWaitOf). */
      appointmentWait: z.strictObject({ $comment: z.string().optional(), nouns: phraseList, waits: phraseList, toldMade: phraseList, notMade: phraseList }),
      /**
       * A document sent to neurosurgery ("Emailed the MRI report to neurosurgery", "faxed the images to NSGY"): the
       * clause sends (`verbs`) one of `documents` and no word of `asking` (a referral, a consult, an opinion) —
       * no referral; "Referral to neurosurgery sent with the MRI report" and "sent the images to NSGY for review" are.
       */
      documentsSent: z.strictObject({ verbs: phraseList, documents: phraseList, asking: phraseList }),
      takenBack: z.array(phrase),
      /**
       * The family's (or the writer's) wish to wait on the referral ("family prefer to wait on the NSGY referral for now",
       * "parents would rather wait before neurosurgery"): put off, no referral, unless a word of `made` (verbs of a referral
       * done only, no time words: "for now" is the wait's) stands in its sentence, past a semicolon too ("Referred to NSGY;
       * family prefer to wait for the appointment", "Keen to wait - referred to NSGY anyway" stay made).
       */
      waitedOn: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, made: phraseList }),
      /**
       * Words that say the referral was not made, read only in the mention's own part of its clause (to a comma): "NSGY
       * referral: not done yet", "referral to neurosurgery not yet arranged". Too general for the whole clause ("US not
       * done, NSGY referral placed" is made), so not `takenBack`.
       */
      notMadeHere: z.array(phrase).default([]),
      $notNeededHere: z.string().optional(),
      /**
       * Words that say neurosurgery is not needed at all, right after the mention ("NSGY not indicated at this time",
       * "Neurosurgery: not required"): read as `notMadeHere`, without asking for the referral's noun beside the mention.
       */
      notNeededHere: z.array(phrase).default([]),
      /**
       * Words in a bracketed question right after a referral that doubt the referral itself ("NSGY referral (?needed)",
       * "(? if MRI abnormal)"): with none of them, the bracket's "?" asks the specialist about the child's finding
       * ("Referral peds neurosurgery (tethered cord?)") and leaves the referral made (referral-question.ts).
       */
      bracketDoubts: z.array(phrase).default([]),
      $notNeededOnly: z.string().optional(),
      /**
       * Where `notNeededHere` judges neurosurgery itself (after review): only `times` may follow it to its sentence's
       * end; not after a contact told before the mention on its line (`contactBefore`: "Seen by NSGY - …") or after
       * the phrase on its line (`contactAfter`: "they will follow her"); never in neurosurgery's own note. After the time,
       * the family's wish it rests on may close the sentence (`familyWishes`: "… at this stage per mum's preference.").
       */
      notNeededOnly: z
        .strictObject({ times: z.array(phrase), contactBefore: z.array(phrase), contactAfter: z.array(phrase), familyWishes: z.array(phrase).default([]) })
        .default({ times: [], contactBefore: [], contactAfter: [], familyWishes: [] }),
      /**
       * A referral said not made and then, later on its line, made after all ("not done - see below; referred today via
       * ERS", "not requested by GP, requested by us today"): a `made` word there, and none of `notIf` (a plan, a condition,
       * a denial, another thing: "not done yet, will refer today", "not done yet (family declined)", "MRI booked first").
       */
      madeLater: z
        .strictObject({ $comment: z.string().optional(), made: z.array(phrase), notIf: z.array(phrase), notIfAsWritten: z.array(z.string().min(1)).default([]) })
        .default({ made: [], notIf: [], notIfAsWritten: [] }),
      /** A key naming neurosurgery answered by its value ("Neurosurgery: referred", "NSGY referral: yes"). */
      answeredKeys: z.strictObject({ $comment: z.string().optional(), yes: phraseList, no: z.array(phrase) }),
      /**
       * Neurosurgery's own note ("NSGY CLINIC", "Neurosurgery Clinic - Follow up", "Neurosurgery outpatient consult"): a
       * first line of at most `maxWords` words naming neurosurgery and one of `services` tells the child in its care, a
       * referral made. A heading of one or two words is no narrative (notes/prose.ts), so it is read here.
       */
      ownNote: z.strictObject({
        $comment: z.string().optional(),
        services: phraseList,
        maxWords: z.number().int().positive(),
        $titleWords: z.string().optional(),
        titleWords: phraseList,
      }),
    }),
    trauma: z.strictObject({
      /**
       * A jump told as done from a place with its height stated right after it ("after jumping from a 2nd-floor balcony
       * (~4 m)"): a fall from that height (jump-height.ts). Only `jumps` ("jumped") or `jumpingAfter` right after one of
       * `doneLeads` ("after jumping"); `notDone` words just before the jump, or `refusedIn` words in its sentence, make it none.
       */
      jumpedFrom: z
        .strictObject({
          $comment: z.string().optional(),
          jumps: z.array(phrase),
          jumpingAfter: z.array(phrase).default([]),
          doneLeads: z.array(phrase).default([]),
          places: z.array(phrase),
          notDone: z.array(phrase),
          refusedIn: z.array(phrase).default([]),
        })
        .default({ jumps: [], jumpingAfter: [], doneLeads: [], places: [], notDone: [], refusedIn: [] }),
      /**
       * When a significant injury's ordered study names no region, the neck is the injured region only on a positive
       * sign told undenied: a `signs` phrase ("c/o neck pain") or a cervical level of `levels` with a `tenderAtLevel` word within
       * three words of it in its clause ("midline TTP C5-6", "C6-7 tenderness"). A collar, a supple neck or a cleared
       * c-spine is no sign. A thoracolumbar level of `lowerLevels` or a `lowerSigns` phrase ("step-off at L1", "seatbelt sign")
       * keeps it thoracolumbar.
       */
      cervicalInjury: z.strictObject({
        signs: phraseList,
        tenderAtLevel: phraseList,
        levels: z.array(z.string().regex(/^c\d$/)).min(1),
        lowerLevels: z.array(z.string().regex(/^[tl]\d{1,2}$/)).min(1),
        lowerSigns: phraseList,
      }),
      /** Mechanisms that make an injury significant (spec §4: S1 no longer applies). */
      significant: phraseList,
      /**
       * Mechanisms that are high-energy unless the same sentence says otherwise: "fell off his bike" is
       * significant, "fell off his bike at low speed in the driveway, got up and rode home" is trivial.
       */
      significantUnlessLowEnergy: phraseList,
      /**
       * Words that make a mechanism of `significantUnlessLowEnergy` in their sentence high-energy whatever the
       * child did afterwards ("fell off her horse at a gallop, got up", "collided with a tree at speed").
       */
      highEnergy: phraseList,
      /**
       * Words that describe the mechanism itself as low-energy ("at low speed", "slid off", "tripped"): they
       * make a mechanism of `significantUnlessLowEnergy` in their sentence trivial.
       */
      lowEnergy: phraseList,
      /**
       * What the child did afterwards ("got up", "walked off", "cried right away", "consolable"): it lowers
       * a mechanism of `significantUnlessLowEnergy` in its sentence only when no `highEnergy` word is there,
       * and makes an injury told without its mechanism trivial. Never when denied or qualified.
       */
      afterwards: phraseList,
      /**
       * Words within two words before (`before`) or three words after (`after`) an `afterwards` phrase, in its
       * clause, that make it no sign of a minor injury ("eventually got up", "wasn't consolable", "got up
       * slowly", "got up with difficulty"): such a phrase never lowers the energy, and an injury told with it
       * and no low-energy mechanism is significant.
       */
      notLowEnergyNear: z.strictObject({ before: phraseList, after: phraseList }),
      /** Mechanisms that make an injury trivial (a bump; a fall from standing). */
      trivial: phraseList,
      /**
       * Where or in what a child was doing a significantUnlessLowEnergy activity ("Ski school incident form", "in a ski
       * lesson", "ski patrol report"): a ride word inside one names the setting, told apart from the mechanism, so the
       * note's own words decide its energy (a low-energy mechanism or the child fine afterwards anywhere lowers it, a
       * high-energy one anywhere keeps it significant), not its heading's sentence alone.
       */
      rideSettings: z.array(phrase),
      /** Phrases inside which a mechanism's words tell no injury ("pain going down stairs"). */
      notMechanism: z.array(phrase),
      /**
       * Words dating an injury to another time of life ("fell from a tree 2 years ago", "MVC in 2019", "broke
       * his arm at age 5"): an injury told in a sentence with one is no injury now (a year in the sentence too).
       */
      remote: phraseList,
      /** Words telling an injury's clause is of now ("today", "this morning", "2 hours ago"): they win over a remote one. */
      now: phraseList,
      /**
       * A fracture told healed or discharged from its care ("healed L radius buckle fx", "cleared from fracture care"):
       * a fracture's own words (`fractures`) with a `phrases` word in their clause, not held by a `not` phrase ("not
       * yet healed"), tell an old injury, none now.
       */
      healed: z.strictObject({
        $comment: z.string().optional(),
        fractures: phraseList,
        phrases: phraseList,
        not: z.array(phrase),
        spine: phraseList,
      }),
      /**
       * A cause of a fracture other than an injury ("steroid-induced osteoporosis", "osteopenic", "pathologic",
       * "insufficiency fracture", "leukemic infiltration"): in a note that states one for the child (or a cancer of
       * the child's), a fracture is no injury told; it is trauma only with a mechanism of its own ("fell down the stairs").
       */
      fragility: z.strictObject({ $comment: z.string().optional(), causes: phraseList, fractures: phraseList }),
      /** Words before a fracture that make it a question for the study ("to exclude a compression fracture"), no injury told. */
      askedAbout: phraseList,
      /**
       * A checklist's answer that the question does not apply ("MOI high energy? N/A", "Fall > 3 m? N/A  RTC? N/A"): right
       * after the question mark that ends an injury's question, the injury is not told (round 54, fix54h).
       */
      checklistNotApplicable: z.strictObject({ $comment: z.string().optional(), answers: z.array(z.string().min(1)).min(1) }),
      /**
       * Words just before a fracture that name a bone other than the spine's ("femur fracture", "rib fractures",
       * "R femoral shaft fracture"): such a fracture is an injury, but no spinal mechanism; told without how it
       * happened, the mechanism stays unclear.
       */
      otherBones: phraseList,
      /**
       * Words right after an injury told of someone else that make the child its object ("his brother pushed
       * him", "mommy's friend hit me with the broom stick"): the injury is the child's.
       */
      patientObject: phraseList,
      /**
       * A sentence that says its accident befell someone else (events.ts othersAccident): the child not in it ("family
       * involved in MVC, child not in the car"), a relative alone in it ("RTA - mother only"), or a relative hurt and the
       * child not ("dad injured, pt restrained and unhurt").
       */
      othersAccident: z.strictObject({
        $comment: z.string().optional(),
        child: phraseList,
        absent: phraseList,
        unhurt: phraseList,
        alone: textList,
        hurt: phraseList,
        reach: z.number().int().min(1).max(8),
        /** How far the accident's sentence and line are read each side, in characters: a bound, so the cost per accident stays constant. */
        sentenceChars: z.number().int().min(40).max(400),
        lineChars: z.number().int().min(40).max(1000),
        /** Finding categories, and phrases, that are a complaint or sign of the child's: beside an "alone" or "unhurt" accident they keep it the child's. */
        complaintCategories: textList,
        complaints: phraseList,
      }),
      /**
       * An unqualified denial of injury ("No injury.", "no known trauma", "denies any injury"): the injury
       * words a cue denies with only `between` words after the cue (not "no head injury"), and only `after`
       * words after them in their clause (not "no injury to head or neck", "no trauma to the back").
       */
      deniedInjury: z.strictObject({ injuries: phraseList, between: z.array(z.string().min(1)), after: z.array(z.string().min(1)) }),
      /**
       * Injury words that tell an abuse evaluation, not an injury of the spine ("Concern for physical abuse",
       * "Child protection team consulted"): told without any other injury, a deficit or tender spine beside
       * them (which a skin marker's dysraphism may explain) never makes the injury significant; it stays unclear.
       */
      abuseOnly: phraseList,
      /**
       * Falls told alone ("fell twice at school"): with an unqualified denial of injury in the note and no
       * mechanism, they are no injury (a child falling from weak legs), not an unclear one.
       */
      fallsAlone: phraseList,
      /**
       * Falls told as a repeated happening ("2 falls on the stairs this week", "falling more"): beside a
       * deficit they are its sign (the legs give way), not an injury, unless a mechanism is told.
       */
      fallsRepeated: phraseList,
      /**
       * Falling told as how the child is ("he fall a lot", "frequent falls", "keeps falling", "falling over more",
       * "clumsy, falls"): a sign of the gait or the legs, never an injury, whether or not a deficit is read. A fall
       * word inside one is no injury; a real fall told beside it ("fell off the trampoline yesterday") still is.
       */
      fallsAsSymptom: phraseList,
      /**
       * Words that say nobody knows what happened ("he can't say what happened", "nobody saw", "unwitnessed"):
       * a mechanism that may be either ("at the trampoline park") is then unclear, not significant nor
       * trivial; a mechanism of the significant list, a height, a deficit or focal tenderness still decide.
       */
      unknownMechanism: phraseList,
      /**
       * Words that, starting inside an `unknownMechanism` phrase or right after it, make it about something else than how
       * the injury happened: "don't know how long / how fast / how to get him to clinic / how she will tolerate MRI",
       * "cannot explain how the pain radiates", "unsure if he needs an x-ray", "no witness to any loss of consciousness".
       */
      /**
       * Not remembering how the injury itself happened ("doesn't remember how it happened"): an unknown mechanism only with
       * the injury as its object, and never in a note telling a head injury (`headInjury`), where it is amnesia (events.ts).
       */
      /**
       * "Hurt his back at school - no further details": a told injury's mechanism unknown, read only in the clause right
       * after the injury's, in its sentence, when no mechanism is told (events.ts injuryDetailsUnknown; round 52, narrowed
       * after review r52).
       */
      /** Injury words that name no injury in some company ("after Accident and Emergency", "knock to the back of the head"; events.ts; r52). */
      injuryLookalikes: z.strictObject({
        $comment: z.string().optional(),
        groups: z.array(z.strictObject({ phrases: phraseList, next: phraseList, before: z.array(z.string()), asked: z.boolean() })),
      }),
      /** "Landing on him/her": high-energy only with the pronoun closing the phrase (events.ts; narrowed after review r52). */
      pronounLandings: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, next: phraseList }),
      unknownDetails: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, notAfter: phraseList }),
      unknownMechanismRemembered: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, headInjury: phraseList }),
      unknownMechanismNot: phraseList,
      /**
       * Words after an `unknownMechanism` phrase in its sentence that tell the mechanism after all: "staff could not say
       * how, but he says he landed on his head", "mechanism not documented by triage but mum says she went over the bars".
       */
      unknownMechanismAnswered: phraseList,
      /**
       * A dive told as a habit or as uneventful ("dives into the pool every week without problems", "dived into the deep
       * end on holiday, no neck pain, no complaints"): an injury or mechanism phrase holding one of the `dives` words, in a
       * sentence with one of the `habits` phrases, tells no injury.
       */
      uneventfulDive: z.strictObject({
        dives: textList,
        habits: phraseList,
        /**
         * Words that, asserted anywhere in the habit's sentence, make the dive an injury after all: an impact ("hit the
         * bottom", "struck", "landed flat") or a deficit ("tingling in both arms"): "neck pain that comes on while diving,
         * worse since he hit his head on the bottom".
         */
        yields: phraseList,
        /** A later complaint told after the habit in its sentence: "no complaints at first, then neck pain that evening". */
        turns: phraseList,
      }),
      /**
       * Low-energy landings and bumps that hold only as told alone (clinical/events.ts guardedLows): a `phrases` mention
       * counts as a trivial mechanism (and, with `low`, as a low-energy description of an either-energy one) unless an
       * asserted `anywhere` phrase stands in its sentence (and the next with `nextSentence`), a `before` phrase before it
       * in its sentence or an `after` phrase after it there.
       */
      guardedLow: z.array(
        z.strictObject({
          $comment: z.string().optional(),
          phrases: phraseList,
          low: z.boolean(),
          anywhere: z.array(phrase),
          after: z.array(phrase),
          before: z.array(phrase),
          nextSentence: z.boolean(),
        }),
      ),
      /**
       * A fall from a stated height: words for the unit and the height (in that unit) from which it is
       * significant ("fell 6 ft", "a 6-ft jump", "~2 m"); a lower stated height is a trivial fall. Not a
       * child's own height ("5 ft 2 in", "5 feet tall").
       */
      height: z
        .array(
          z
            .strictObject({
              units: z.array(z.string().min(1)),
              /** Marks written right after the number for the unit ("6'"), read only with a fall word before it. */
              marks: z.array(z.string().length(1)).optional(),
              significantFrom: z.number().positive(),
              /**
               * When given, one of these words must stand in the three words before the number ("fell down 10 stairs", not
               * "walked 10 steps").
               */
              fallWords: z.array(z.string().min(1)).optional(),
              /**
               * Places fallen from ("fell from first-floor window (~3 m)"): one stands for a fall word only right after
               * "fell from/off/out of" (a determiner and a storey between at most), told as done (not nearly, asked or denied),
               * and only for a height at or above significantFrom. A window's sill ("fell out of the upstairs window, sill
               * 60 cm") is no fall height, so a low number after one never makes the fall trivial; "slipped on the balcony
               * 2 m from the door" tells a distance.
               */
              placeWords: z.array(z.string().min(1)).optional(),
            })
            .refine((h) => h.units.length > 0 || (h.marks?.length && h.fallWords?.length), 'a height needs units, or marks with fall words'),
        )
        .min(1),
      /**
       * Words that only hedge a height ("approx. 4 m", "about 4 m", French "env. 4 m"): passed over when looking
       * for the fall word before the number, so a hedged height is read as the plain one.
       */
      heightHedges: textList,
      /**
       * A fall told as done right before the place fallen from ("fell from first-floor window (~3 m)": a height unit's
       * `placeWords`), past "from", "off" or "out of" (events.ts fallRightBeforePlace). One word each.
       */
      fellBeforePlace: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Number words a height ("five feet") and a pain's length ("for two months", pain-duration.ts wordLengths) may be written in. */
      numberWords: z.record(z.string().min(1), z.number().int().positive()),
    }),
    /**
     * Free-text phrases for a normal neurologic exam ("neuro intact", "tone normal, good leg kicks",
     * "reflexes and strength normal", "moves all ext"), read wherever the exam is written when no Neuro
     * key is given. A phrase counts within one clause and when no cue of its own list item negates it.
     */
    /**
     * "Neurological exam without particularity": a normal exam told by its own subject, only when no word of `spoilers`
     * stands in its sentence unless a word of `denials` is at most five words before it in its clause (neuro-text.ts wholeSentenceNormal).
     */
    neuroNormalWholeSentence: z.strictObject({
      $comment: z.string().optional(),
      phrases: phraseList,
      spoilers: wordList,
      denials: wordList,
      /** Words of a doubt near a normal statement ("unsure", "not examined", "per the referral letter"), matched as written, a space as any white space. */
      doubts: textList,
      /** Normal statements in a Romance writer's wording that give way to such a doubt or a spoiler: any phrase with one of `words`, or one of `phrases` whole. */
      doubtable: z.strictObject({ words: wordList, phrases: textList }),
    }),
    neuroNormalInText: z.array(phrase),
    /** Normal statements read as neuroNormalInText only as today's exam by the note's writer, none of their context words near (neuro-text.ts guardedRead). */
    /** Abbreviations whose full stop ends no clause of a normal exam's statement (neuro-text.ts withinClause). */
    neuroClauseAbbreviations: z.strictObject({ $comment: z.string().optional(), words: wordList }),
    neuroNormalInTextGuarded: z.strictObject({
      $comment: z.string().optional(),
      phrases: phraseList,
      tellers: wordList,
      history: wordList,
      notDone: textList,
      devices: wordList,
      oneSide: wordList,
      sides: wordList,
      comparisons: wordList,
      /** Words on a line that make its exam past, someone else's or remote ("at birth", "6 wk check", "per GP", "video"); "*" ends a stem. */
      remote: textList,
      /** A whole-exam phrase read as its sentence's whole statement ("Otherwise normal exam incl. neuro."): see its $comment. */
      aloneInSentence: z.strictObject({ $comment: z.string().optional(), names: wordList, lead: wordList }),
    }),
    /** Circulation, motor and sensation told intact: a normal exam only when every word after it in its clause is of the legs or all limbs ("CMS intact x4"), none of an arm or a splint. */
    neuroNormalCirculation: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, wholeLimbs: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1) }),
    /** Normal statements read only on a Neuro key's line ("Neuro: good tone"): elsewhere another organ's ("Abdomen: good tone"). */
    neuroNormalOnNeuroKey: z.strictObject({
      $comment: z.string().optional(),
      phrases: z.array(phrase),
      /** Phrases read only as the whole value of the key ("Neuro: age norm", "Neuro: D=S"), never in a longer clause ("power below norm"). */
      wholeValue: phraseList,
      /** Clauses passed over among normal ones on the key's line, never normal alone ("Lasegue negative"). */
      neutral: phraseList,
      /** The exam's names a phrase may follow inline ("Exam: tuft over the sacrum. Neuro: good tone"). */
      examNames: wordList,
      /** Phrases refused where the key's value names a study, a hope or a past exam ("Neuro: EEG no pathologic findings"). */
      guarded: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, refuse: wordList }),
      /** Phrases read only as the key's whole value as written, a full stop after it at most ("Neuro: ua.", never "Neuro: ?ua"; neuro-text.ts exactlyTold). */
      exactValue: z.strictObject({ $comment: z.string().optional(), phrases: phraseList }),
    }),
    /** Normal statements read in prose only as their whole sentence, a bracketed gloss of `glossWords` after them at most ("Neurostatus ua (normal)."). */
    neuroNormalExactSentence: z.strictObject({ $comment: z.string().optional(), phrases: phraseList, glossWords: wordList }),
    /** "I didn't examine her neurologically today": the whole exam not done, so what the note observes ("kicking well") tells no normal exam (neuro-text.ts readNeuroInText). */
    neuroExamNotDone: phraseList,
    /** "… not possible over video but later in clinic: tone normal": where an exam in person is told after one not done. */
    neuroExamInPersonAfter: z.strictObject({ $comment: z.string().optional(), phrases: phraseList }),
    /**
     * "Per dad baby is well, voiding normally, kicking both legs": a parent's report told in the sentence of a normal
     * statement makes it no exam (neuro-text.ts readNeuroInText); a deficit told there still counts.
     */
    neuroToldByParent: phraseList,
    /** A telephone note, known by its first line: a reassuring observation there is the caller's, no exam (neuro-text.ts readNeuroInText). */
    neuroPhoneCall: z.strictObject({
      $comment: z.string().optional(),
      heading: phraseList,
      notCall: phraseList,
      seenInPerson: phraseList,
      examNamed: phraseList,
    }),
    /** "Mom reports back pain, on exam neuro intact": the writer's exam told after a parent's cue, which no longer governs it. */
    neuroExamAfterParent: phraseList,
    /**
     * The exam named ("neuro", "neurology", "neurological") and a word of normality after it in the same
     * clause, at most `maxWordsBetween` words on, with no comma between and no cue that denies it
     * ("Neurological examination of the lower limbs normal", "neuro exam is non focal", "Neurologic ok").
     */
    neuroExamVerdict: z.strictObject({
      $comment: z.string().optional(),
      exam: phraseList,
      normal: phraseList,
      maxWordsBetween: z.number().int().min(0).max(12),
      /**
       * Exam words read only with the verdict right after them ("CNS: NAD", "CNS exam normal": one of `closeBetween` at most
       * between) and closing its clause: "CNS involvement: NAD on last MRI", "CNS NAD in upper limbs" are no exam of today's legs.
       */
      closeOnly: z.array(z.string().min(1)).default([]),
      closeBetween: z.array(z.string().min(1)).default([]),
      /** Words that make the exam named something else ("neurology consult ok", "neuro checks … normal"). */
      notBetween: z.array(z.string().min(1)),
      /** Words that, right before the exam named, make it another organ's ("red reflex normal" is the eye's). */
      notBefore: z.array(z.string().min(1)).default([]),
      /**
       * Capital letters that, right after the exam named and closing its item, tell it normal as a word of `normal` does
       * ("CNS: tone N, reflexes N", "Reflexes: N"): written as the note writes them, one letter each.
       */
      letters: z.array(z.string().length(1)).default([]),
      /**
       * The letters are not read on a line that holds one of `yes` as a one-letter answer ("Tone: Y, reflexes: N" is a
       * yes/no form, where "N" is no), nor on a line of one of `notToday` (an exam at birth or not done: "NIPE at birth:
       * tone N, reflexes N. Not examined today"), nor after a `primitive` reflex named right before the exam ("Moro reflex N").
       */
      lettersNot: z
        .strictObject({ $comment: z.string().optional(), yes: z.array(z.string().length(1)), primitive: z.array(z.string().min(1)).default([]), notToday: z.array(phrase) })
        .default({ yes: [], primitive: [], notToday: [] }),
      /** Marks that, right after the exam named, tell it normal as a word of `normal` does ("Neuro ✓", "reflexes ✓"). */
      checkMarks: z.array(z.string().length(1)).default([]),
      /** Words naming a list of red flags or symptoms: a mark ticking an item of one is no exam ("Red flags: neuro ✓"). */
      listWords: z.array(z.string().min(1)).default([]),
    }),
    /**
     * Words that, standing among the words of a normal statement, deny it: "gait abnormal, normal tone"
     * is no "gait … normal", "neuro intact except L foot" no intact exam.
     */
    neuroNotNormalWords: z.array(z.string().min(1)),
    /**
     * Wordings of a normal exam that may tell a study's result or someone else's findings ("no neuro findings on MRI",
     * "no neuro findings in her"): read as the exam unless a joiner and a study or a person follow (neuro-text.ts normalStated).
     */
    neuroNormalOfStudy: z.strictObject({
      $comment: z.string().optional(),
      wordings: phraseList,
      joiners: textList,
      studies: phraseList,
      persons: phraseList,
      /** The most words a study key before the colon may have ("MRI brain 2023:"): a bound on the look back. */
      keyWords: z.number().int().min(1).max(8),
    }),
    /**
     * A denied movement or reflex of the legs ("no active movement of L leg", "no reflexes elicited"): a sign as
     * neuroAbnormalInText, only when it is the whole finding (clinical/neuro-exam.ts wholeFinding).
     */
    neuroAbsentMovement: z.strictObject({
      $comment: z.string().optional(),
      phrases: phraseList,
      notInSentence: z.array(phrase),
      relatives: z.array(z.string().min(1)),
      /** Words for the patient that end a relative's reach ("Sister … has" but not "Sister … ; he has"). */
      patient: textList,
      movesBoth: z.array(phrase),
    }),
    /**
     * Free-text phrases for a sign found on examination ("L leg weaker", "absent R ankle reflex",
     * "reflex 3+", "decr tone", "decreased perianal sensation"): an abnormal exam wherever written, and
     * it wins over any word of normality.
     */
    neuroAbnormalInText: phraseList,
    /**
     * The exam read item by item (clinical/neuro-exam.ts): which words make an item about the neurologic
     * exam, and which make it abnormal there ("kicks both legs, R more than L", "Tone: UE normal, LE
     * decreased", "neuro intact except L EHL"). Single words, except where a list says phrases.
     */
    /**
     * Tendon reflexes graded with plus signs in brackets ("knee reflex (+)", "ankle (++)", "knee (+++)"), read only after a
     * tendon reflex's own name (reflex-grades.ts): each mark normal or not.
     */
    reflexGrades: z.strictObject({
      $comment: z.string().optional(),
      names: textList,
      /** Words that, before a grade on its line, tell a past exam ("Last year: ankle reflex (-) left"). */
      history: textList,
      /** Heads after which, past a colon, joints of `listJoints` are graded in a list ("tendon reflexes: knee (++), ankle (++)"). */
      listHeads: textList,
      listJoints: textList,
      grades: z.array(z.strictObject({ mark: z.string().min(1), normal: z.boolean() })).min(1),
    }),
    neuroExamItems: z.strictObject({
      $comment: z.string().optional(),
      /** Words that make an item about the neurologic exam whatever else it names ("decreased sensation to pain"). */
      subjects: textList,
      /** Limbs and movement: an item about the exam unless it names a `notNeuro` word ("L leg less", not "L leg pain less"). */
      limbs: textList,
      /** Words of other examinations and of symptoms ("pain", "ROM", "cap refill", "tenderness", "numbness"). */
      notNeuro: textList,
      /** Phrases: a deficit in an item about the exam ("LE decreased", "legs flaccid", "decreased spontaneous movement"). */
      deficits: phraseList,
      /**
       * Toe walking told as the gait ("walks on toes L>R", "toe walking R>L"): an orthopaedic sign, so a side comparison in
       * its item (a sign between two sides, or one of `sideComparatives`) is no neurological asymmetry; not in a sentence
       * with a `refusedBy` word, where walking on the toes is the examiner's test of calf power ("heel and toe walking L<R").
       */
      toeGait: z.strictObject({
        $comment: z.string().optional(),
        phrases: phraseList,
        sideComparatives: phraseList,
        refusedBy: phraseList,
        /** Words after a `refusedBy` word that make it no test ("tight heel cords"). */
        notTestBefore: textList,
        /** Neuro items beside the subjects ("KJ", "AJ", "clonus"): one in the toe walking's sentence keeps its comparison. */
        neuroItems: textList,
      }),
      /** Phrases: a comparison that, beside a side word, is an asymmetry ("R more than L", "L leg less", "favors the R"). */
      comparatives: phraseList,
      /**
       * Arrows that write a finding raised or lowered ("tone ↓", "reflexes ↑ L", "Tone: ↓↓ L leg"), and the subjects they
       * make abnormal in their item or a bare item after it (tone, reflexes, power, sensation; never "plantars ↓↓", the
       * normal flexor response).
       */
      arrows: z.strictObject({ $comment: z.string().optional(), marks: z.array(z.string().min(1)), subjects: z.array(z.string().min(1)) }),
      /**
       * Marks written after a subject in its item that tell it absent ("ankle jerks Ø bilat", "DTR Ø"): an abnormal exam. A mark
       * first in its item, or right before a finding, is a denial ("Ø focal deficit") and not read here.
       */
      absentMarks: z.strictObject({ $comment: z.string().optional(), marks: z.array(z.string().min(1)), subjects: z.array(z.string().min(1)) }),
      /** Side words; "R>L" and "L<R" are read between two of them. */
      sides: textList,
      /**
       * Side letters read only in a comparison written between two of them ("reflexes D>S", "PSR S<D": dexter and sinister
       * as German, Russian and Polish notes write them): alone a letter is too common a word to be a side.
       */
      sideLetters: z.array(z.string().min(1)),
      /** Words that name both sides ("plantars upgoing bilaterally" in an infant is no one-sided sign). */
      bilateral: textList,
      /** Phrases of symmetry or normality that, denied within their item, are an asymmetry ("not moving as much as R", "not symmetric"). */
      normalUnlessDenied: phraseList,
      /** Phrases that start a new item ("but", "with", "except"); `conjunctions` among them only between words that are not both subjects, limbs or sides. */
      breaks: phraseList,
      conjunctions: textList,
      /** Phrases after which an item about the exam is an exception to a normal statement, so a finding ("neuro intact except L EHL"). */
      exceptions: phraseList,
      /** Phrases that say an item was not examined ("sensation not tested", "exam limited by crying"). */
      notExamined: z.array(phrase),
      /**
       * The words of a key that names a limb ("Lower limbs:", "LL:", "Lower limb exam:"), read with its line as the exam of
       * those limbs (neuro-text.ts keyNamesLimb): abbreviations of the limbs written only as a key ("LL", "LLs": as a word of
       * free text "ll" is the tail of "we'll"), and words that qualify a limb word there ("lower", "both", "exam").
       */
      limbKeys: z.strictObject({
        $comment: z.string().optional(),
        abbreviations: z.array(z.string().min(1)),
        /** Words of a key that names the arms ("Upper limbs:", "UL:"): read with its own words, not as "limbs". */
        upper: z.array(z.string().min(1)),
        /** Words or phrases of another organ on a line keyed by the same letters ("LE: red reflex", "LE: normal TM", "LL: crackles"). */
        notTheLimbs: z.array(phrase),
        qualifiers: z.array(z.string().min(1)),
      }),
      /** Phrases that make a sign of their item, or of the items before a bare one, normal for the child's age ("plantars upgoing (normal for age)"). */
      normalForAge: z.array(phrase),
    }),
    /** Signs normal in infancy (upgoing plantars under about 12 months), unless only one side is named. */
    neuroNormalInInfancy: z.strictObject({
      $comment: z.string().optional(),
      underMonths: z.number().positive(),
      phrases: phraseList,
    }),
    /** Words that say a study is being ordered, to find the order in a note written as prose. */
    orderCues: z.array(phrase),
    /**
     * Words that make a study named in a closing sentence a decision not to image now, or a study
     * already done ("MRI not indicated", "US spine declined", "XR deferred to PCP", "MRI if pain persists").
     */
    notOrderCues: phraseList,
    /** Words that make a study told after its name a question, not a result ("XR L-spine: r/o spondylolysis", "MRI pending"). */
    notAResultCues: phraseList,
    /**
     * A normal result written as a phrase with no word of RESULT_WORD in it ("X-ray LWS 15.01.2026 without pathologic finding"):
     * a study's result only where it closes the study's own clause (prior-in-text.ts normalClosing).
     */
    $resultClosing: z.string().optional(),
    resultClosing: phraseList,
    /** The spine's regions a study closing on resultClosing must name, and the words (modals, relatives, "for") that refuse it. */
    $resultClosingOf: z.string().optional(),
    resultClosingSpine: phraseList,
    resultClosingRefuse: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    /** Body regions other than the spine: a study of one of them ("XR chest negative", "CT head neg") is not a prior spine study. */
    nonSpineRegions: phraseList,
    /** Why a study keyed line's study is done, not what it showed (study-keyed-lines.ts): values opening on `leads` or naming `words`. */
    studyPurposes: z.object({ $comment: z.string().optional(), leads: phraseList, words: phraseList }),
    /** Radiation that is treatment or dose, not pain radiating (guards.ts radiotherapy). */
    radiotherapy: z.object({
      $comment: z.string().optional(),
      findings: textList,
      beforeWords: z.number().int().min(1).max(8),
      before: phraseList,
      sentence: phraseList,
    }),
    /**
     * Red flags their own sentence explains, by finding id: weight lost on purpose ("lost 10 lb intentionally
     * for his wrestling weight class", "dieting") is not the unexplained weight loss that counts. A word that
     * is itself denied ("not dieting", "non-intentional") explains nothing.
     */
    explainedBy: z.record(z.string().min(1), phraseList),
    /**
     * A skin sign only asked about ("Midwife refer for ?sacral dimple") and then denied outright by the examiner later in
     * the note ("O/E - no dimple seen") is settled: the explicit negation wins (guards.ts questionSettled). Only for
     * `categories` (signs an exam shows or not); the denial's clause may go on only with `deniedAfter` words, and none of
     * `narrowedBefore` may stand right before the sign ("no deep dimple" leaves a dimple). Only the writer's examination
     * settles it: the denial's sentence opens on neuroExamAfterParent words alone ("O/E -", "Exam:"), never a birth
     * check, an earlier visit or a parent's word ("NIPE at birth: no dimple seen", "History: Mum says no dimple seen").
     */
    questionSettled: z.strictObject({
      $comment: z.string().optional(),
      categories: textList,
      deniedAfter: phraseList,
      narrowedBefore: phraseList,
      /**
       * Words of a teller's report ("daycare staff said she has \"a hole on her bottom\""): a sign in quotation marks after
       * one of them in its sentence is the teller's words to be checked, asked as a question is.
       */
      reportedBy: phraseList,
      $examNow: z.string().optional(),
      /**
       * A triage or ED note's key for the clinician's own look now ("Seen: no dimple found"): a denial right after one settles
       * the teller's sign as the exam words of neuroExamAfterParent do (guards.ts examinedNow); never "Seen by GP:".
       */
      examNow: phraseList,
      $examLeads: z.string().optional(),
      /**
       * The writer's exam leads ("Exam:", "on exam"): a denial after one on its line, with no word of `notExamined`, a
       * parent's (neuroToldByParent) or a report's (`reportedBy`) between, is the writer's examination now.
       */
      examLeads: phraseList,
      notExamined: phraseList,
      $concern: z.string().optional(),
      /**
       * A teller's concern about a sign ("Mum concerned about a dimple on baby's bottom"): a teller of `concernTellers` or the
       * context lexicon's relations, at most `concernLinks` words after it, one of `concernedAbout`, at most `concernFillers`
       * words, then the sign: the sign is the teller's worry for the examiner to check, asked as a question is.
       */
      concernedAbout: phraseList,
      concernTellers: textList,
      concernLinks: textList,
      concernFillers: textList,
    }),
    /**
     * A clinician who names an item the family or a form told and denies it explicitly ("Leg weakness? YES … Addendum
     * (MD): re \"leg weakness\" - on questioning, mom means her legs feel tired … No actual weakness"): one of `references`
     * right before a mention of the finding, and the same finding denied later in its line within `reachChars`
     * characters, withdraw every mention of it (guards.ts clarifiedAway). A normal exam alone denies nothing.
     */
    clarifiedAway: z.strictObject({
      $comment: z.string().optional(),
      references: textList,
      reachChars: z.number().int().min(20).max(600),
      $commentOnlyNow: z.string().optional(),
      /** Words right after the denial, in its clause, that deny the finding only now or on this exam ("no weakness today"). */
      onlyNow: phraseList,
      $commentOutright: z.string().optional(),
      /** Words that may follow an outright denial in its clause ("no weakness at all"); any other narrows it ("no numbness in hands"). */
      outrightAfter: phraseList,
      /** Words right before the denied finding that narrow it to the exam ("no objective weakness"). */
      qualifiedBefore: phraseList,
      /** Words after the denial, on its line, that set something against it ("not weak, but drags L foot"). */
      contrasts: phraseList,
      /** Words between the reference and the denial, in the denial's sentence, that make it the exam's ("re weakness: on exam no weakness"). */
      examBefore: phraseList,
    }),
    /** Words that say a finding is NOT explained, whatever explanation its sentence also names ("lost 6 kg unintentionally despite dieting advice"). */
    explanationUndone: phraseList,
    /** Finding ids or categories that a pain score of zero beside them denies ("Pain at rest 0/10", "night pain: 0/10"). */
    zeroScoreDenies: z.array(z.string().min(1)),
    /**
     * A temperature written as a number is a fever from these values on ("T 39.2", "Tmax 102", "temp of 38.5 C"):
     * `words` name the temperature (single words, letters only); a number from 35 to 45 is read as °C, from 95 to
     * 113 as °F, anything else as no temperature ("T 12", "T 38 wk").
     */
    /**
     * A red flag told by its numbers or by its timing (clinical/told-flags.ts). `weightDrop`: two weights of the
     * child in one sentence, the later lower ("Weight 19.8 kg at arrival -> 18.9 kg today", "wt 32 kg in May, now 30 kg"),
     * is weight loss when it falls by at least `minFraction` and at most `maxFraction` (more is two different weights:
     * "20 kg now, birth weight 3.2 kg"); a weight that rises or holds tells none. `weightWords` name the
     * weight (single words), `units` its unit, `then` what stands between the two (an arrow, "now", "to"). A change
     * told as a loss right after the weight word is weight loss too: a sign against the amount ("Weight −5 kg",
     * "Wt: ↓3 kg"; not "Weight - 22 kg", a dash between key and value; a hyphen only after a colon or with the time of
     * the change after it: "Weight -5 kg over 2 months", not "Wt -50kg") or a word ("wt down 3 kg").
     * `painAtNight`: one of `phrases` ("lately also at night", "at night too") after a present back pain in its sentence
     * tells night pain; alone ("wets the bed, also at night") it tells nothing.
     */
    /** A deficit told as the child's known baseline, no new symptom (clinical/guards.ts baselineDeficits). */
    baselineDeficit: z.strictObject({
      $comment: z.string().optional(),
      categories: textList,
      after: phraseList,
      before: phraseList,
      changed: phraseList,
    }),
    toldFlags: z.strictObject({
      $comment: z.string().optional(),
      weightDrop: z.strictObject({
        weightWords: wordList,
        units: wordList,
        then: textList,
        minFraction: z.number().min(0).max(0.5),
        maxFraction: z.number().min(0).max(0.9),
        /** A change told as a loss right after the weight word ("Weight -5 kg over 2 months", "wt down 3 kg"): signs written against the amount, words before it. */
        lossSigns: z.array(z.string().regex(/^[^\sa-z0-9]+$/)).min(1),
        lossWords: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/)).min(1),
        /**
         * A hyphen or en dash against the amount, which also parts a key from its value ("Wt -50kg", "Wt-52kg"): a sign
         * only after a colon ("Wt: -3 kg") or when one of `changeAfter` (the time of the change) follows the amount
         * ("Weight -5 kg over 2 months", "-2 kg since June").
         */
        dashSigns: z.array(z.string().regex(/^[^\sa-z0-9]+$/)).min(1),
        changeAfter: z.array(z.string().regex(/^(?:[a-z]+( [a-z]+)*|[^\sa-z0-9]+)$/)).min(1),
      }),
      painAtNight: phraseList,
      /**
       * `notAtNight`: a night denial told without the pain's name ("Not at night", "never at night") after a present back
       * pain: in the pain's own sentence as `painAtNight` is, or opening a later sentence when every sentence between opens
       * on one of `painClauseWords` ("LBP x 3 mo, worse standing. No fever. Not at night, no leg pain"); denies night pain.
       */
      notAtNight: phraseList,
      /** Words that open a clause telling the pain's own course ("worse with sport, also at night"); any other opens another symptom's ("coughs, also at night"). */
      painClauseWords: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
    }),
    temperatureFever: z.strictObject({
      $comment: z.string().optional(),
      words: wordList,
      celsius: z.number().min(37).max(40),
      fahrenheit: z.number().min(98).max(104),
    }),
    /**
     * A swelling told with an injury is the injury's (a contusion), not a lipoma-type marker: "fell onto his
     * bottom; soft swelling over the sacrum, sore", "kicked in the back, lump over L3 with bruising". A hit of
     * one of `findings` whose own words hold none of `specific` ("lipoma", "fatty", "skin covered") is no
     * marker when its sentence holds a sign of injury (`signs`, not denied), or, in a child of a year or
     * more, tells the injury itself; unless the sentence says it was there from birth (`congenital`).
     */
    injurySwelling: z.strictObject({
      $comment: z.string().optional(),
      findings: textList,
      specific: phraseList,
      signs: phraseList,
      congenital: phraseList,
    }),
    /**
     * A newborn who has not yet passed urine ("8 hours old, has not voided yet", "no void in the first 12 h") tells the
     * timing of a first void, not retention: a hit of `findings` written as one of `phrases` in a child younger than
     * `days` days is no urologic symptom (clinical/guards.ts firstVoidOfNewborn), when the time without a void (the
     * longest its sentence tells, else the child's age) is under `hours`, no retention sign of `signs` stands in the
     * sentence, and no word of `after` follows the phrase ("not voiding well", "not voiding a stream").
     */
    newbornVoid: z.strictObject({
      $comment: z.string().optional(),
      findings: textList,
      phrases: z.array(z.string().regex(/^[a-z ]+$/)).min(1),
      days: z.number().int().min(1).max(14),
      hours: z.number().int().min(1).max(72),
      signs: z.array(z.string().regex(/^[a-z ]+$/)).min(1),
      after: z.array(z.string().regex(/^[a-z ]+$/)).min(1),
    }),
    /**
     * "limp" told of a body, not of a gait: "went limp", "pale, limp ~20 s" in an infant's BRUE is floppiness. The
     * word of `findings` written as one of `words`, right after one of `before` (past "and" or a comma), or right
     * before one of `after` ("limp and floppy"), is no gait change.
     */
    limpBody: z.strictObject({
      $comment: z.string().optional(),
      findings: textList,
      words: wordList,
      /** Verbs that, right before it and past no comma, tell a body ("went limp"), unless a limb is their subject ("legs went limp"). */
      verbs: wordList,
      limbs: z.array(word),
      before: wordList,
      after: wordList,
      /** Past a comma, `before` and `after` words tell a body only in a child younger than this (one who cannot limp). */
      commaMonths: z.number().min(0),
    }),
    /**
     * Where a skin marker is placed. A marker is a spinal cutaneous marker when placed over the
     * spine, midline back, lumbosacral, sacral or gluteal region, or not placed at all; one placed
     * only elsewhere ("tuft of hair on the scalp") is not.
     */
    /** Where an angioma or hemangioma is an organ's or gone, and an infiltration no suspected tumour (organ-words.ts). */
    notOfTheSkin: z.strictObject({
      $comment: z.string().optional(),
      organ: wordList,
      resolved: wordList,
      skinPlace: wordList,
      placeNeeded: phraseList,
      joins: wordList,
      lookAlike: wordList,
      /** Words of organ that name the lesion as its own name too ("cavernous angioma"), unless a skin place is in the clause. */
      cavernous: wordList,
      /**
       * A hemangioma told as seen on a study ("Hemangioma at T12 on prior MRI", "MRI 2024 showed a hemangioma in L3", "incidental
       * hemangioma L3"), no skin place in its clause: a bone's (organ-words.ts imagedLesion).
       */
      imaged: z.strictObject({
        $comment: z.string().optional(),
        studies: wordList,
        /** Before the study, at most `reach` words between ("on prior MRI", "seen on the 2024 CT"). */
        leads: wordList,
        reach: z.number().int().min(0).max(4),
        /** After the study, at most `reach` words between, before the lesion ("MRI 2024 showed …"). */
        showed: wordList,
        incidental: wordList,
        $commentDone: z.string().optional(),
        /** Between the lead and the study: the study done ("on prior MRI", "on outside CT"). */
        done: wordList,
        /** Right after the study: a study asked for, not done ("on MRI referral", "on MRI requested by derm"). */
        notDone: wordList,
        /** In the sentence: a report's or a bone's words ("stable", "unchanged", "vertebral body"). */
        report: wordList,
        /** In the sentence: the skin's words ("superficial skin lesion", "raised"). */
        skin: wordList,
      }),
      infiltration: z.strictObject({
        /** Fat right before the infiltration ("fatty infiltration"). */
        fat: wordList,
        /** Letters in the infiltration's own name that name a cancer ("leukemic infiltration"), read anywhere in it. */
        named: wordList,
        notSuspected: wordList,
        injection: wordList,
      }),
    }),
    /**
     * A skin marker told gone after its name, in its own sentence ("sacral haemangioma as infant - involuted, no mark now"):
     * the marker is not present today (marker-gone.ts). 'gone' are the phrases that tell it; a word of 'stillThere' left in
     * the words after the marker ("partially involuted", "faint residual mark", "now smaller", "not yet faded") keeps it.
     */
    markerGone: z.strictObject({
      $comment: z.string().optional(),
      /** The only words that may stand between a marker's name and the words telling it gone (numbers aside). */
      between: wordList,
      gone: phraseList,
      stillThere: wordList,
    }),
    markerPlace: z.strictObject({
      $comment: z.string().optional(),
      spinal: textList,
      elsewhere: textList,
      /**
       * Words that may stand between an infection or a tumour and the place it names ("cellulitis of the R leg"): an
       * infection whose place, right before it or after these words only, is one of `elsewhere` is not the spine's.
       */
      infectionBetween: textList,
      /**
       * What may follow the place an infection names after it ("cellulitis R leg and fever"): any other word makes the
       * place part of another complaint ("discitis leg pain", "epidural abscess leg weakness"), not the infection's place.
       */
      infectionPlaceEnd: textList,
      /**
       * Words naming a site rather than a place ("umbilical stump", "gastrostomy site"): just before a marker, the place is
       * the word before them ("umbilical stump leaking clear fluid" is the umbilicus's, not the spine's).
       */
      siteWords: z.array(z.string().min(1)),
      /**
       * Acquired skin disease of the natal cleft ("pilonidal abscess, opening in the natal cleft skin with purulent fluid"):
       * a draining opening told after one of these words in its sentence is that disease, not a dermal sinus (one named
       * so, "dermal sinus", still counts).
       */
      acquired: z.array(z.string().min(1)),
      /** Pilonidal disease named in a marker's or an infection's sentence (marker-places.ts pilonidalTied); see its $comment. */
      pilonidalDisease: z.strictObject({
        $comment: z.string().optional(),
        disease: wordList,
        infantNames: wordList,
        doubted: z.array(z.string().regex(/^[a-z/]+$/)).min(1),
        otherReading: wordList,
        infections: wordList,
        notOwn: wordList,
      }),
      /**
       * Words that take back the place just named and give another ("hair tuft - scalp? no, sacral", "tuft on scalp - no
       * wait, sacral"): after a marker, a place, these words and a spinal place, the denial is the first place's, not the
       * marker's (marker-places.ts markersWithCorrectedPlace). Each entry is one or more words.
       */
      corrections: textList,
      /**
       * What may follow the corrected spinal place before its clause ends (".", ";", ")", "!", a comma not before a denial,
       * or the line's end), besides more place words: "scalp? no, sacral area", "scalp - no, sacral - yes". Anything else
       * after it ("scalp, no sacral dimple", "scalp no, sacral no", "face? no, lumbar? no") makes the "no" a denial of
       * what follows, and the marker stays where the note put it.
       */
      correctedPlaceTail: z.array(z.string().min(1)),
      /**
       * Words that deny a marker in its own clause before it ("no hair tuft – scalp? no, sacral", "without tuft"): the
       * denial is the marker's, not a place's, and no correction makes it present (marker-places.ts markersWithCorrectedPlace).
       */
      deniedBefore: textList,
      /** Words that deny what follows a comma after the corrected place ("scalp, no sacral, no dimple"): the clause goes on. */
      denialAfterComma: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
    }),
    /**
     * Keys the note language does not know, read all the same (clinical/unknown-keys.ts). `readAs`: by one of
     * our key names, keys other templates write for what that key holds ("B symptoms" lists red flags). Each
     * is a key of its own, never a spelling of ours (`lookupKey`). `notMisspellings`: real clinical keys that
     * are never read as the key of ours they are one typo from ("Requester" is no "Requested", "Data" no
     * "Date"), so the line they head is never taken for our key's.
     */
    /**
     * An order line's columns split off as fields of their own: only the order's paperwork (`paperworkKeys`, normalized:
     * "stat", "ord cd", "acc#", "prior"); any other column stays in the study's value (notes/parser.ts, clinical/request.ts orderLinePaperwork).
     */
    orderLineColumns: z.strictObject({
      $comment: z.string().optional(),
      paperworkKeys: z.array(z.string().regex(/^[a-z#/]+(?: [a-z#/]+)*$/)).min(1),
      /** After "in" and a number on an order-entry line ("ORD: REPEAT US SPINE IN 3 MOS"), a time ahead: the study is for later. */
      /** The order keys only an order-entry screen writes ("ORD:"): a status, a column of another kind or a time ahead on their line leaves no order. */
      screenOrderKeys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      laterUnits: wordList,
    }),
    /**
     * A line keyed for the study to do (keyed-study.ts keyedStudy): the lead words passed over before its study, and what
     * makes its study's sentence no order of this child's study now (a time ahead, another child it is for).
     */
    orderKeyedLine: z.strictObject({
      $comment: z.string().min(1),
      leadWords: patternWordList,
      refusingLeads: patternWordList,
      notThisChildNow: z.strictObject({
        timesAhead: patternWordList,
        aheadUnits: patternWordList,
        forWhom: patternWordList,
        otherChildQualifiers: patternWordList,
        otherChildren: patternWordList,
      }),
    }),
    /**
     * Leg pain as radiating pain (gated-phrases.ts legPainAsRadicular): a present radicular-pain hit told by one of
     * `phrases` counts only with a present back pain in its sentence, a pain word in or right before it and a leg word in
     * or right after it, none of `notNear` / `resolvedOrPast` in its sentence (a site after `extentBefore` is the pain's
     * reach), none of `notInNote` and no `noRedFlags` statement or radicular denial in the note.
     */
    /**
     * A carer's plain words for a symptom, read only where their sentence bears them out (gated-phrases.ts sentenceGated):
     * a present hit of `finding` told by one of `phrases` is dropped when its sentence holds none of `needs` (if any) or
     * one of `not`, or, with `after`, when it follows no subject of `after` (the words before it in its clause, or the clause
     * before it where it opens its own); with `placeAfter`, when its own clause does not go on with one of its `leads`, an
     * optional "the"/"his"/"her"/"their" and one of its `places` ("hyper pigmentation over the sacrum"); with `unqueried`,
     * when a "?" is in its sentence or right before it.
     */
    sentenceGated: z.strictObject({
      $comment: z.string().optional(),
      gates: z.array(
        z.strictObject({
          finding: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
          why: z.string(),
          phrases: phraseList,
          needs: z.array(phrase),
          not: z.array(phrase),
          after: phraseList.optional(),
          placeAfter: z
            .strictObject({
              leads: wordList,
              places: phraseList,
            })
            .optional(),
          unqueried: z.boolean().optional(),
          /** Words alone allowed before the phrase in its sentence (or its clause, with onlyAfterClause); numbers always are. */
          onlyAfter: wordList.optional(),
          onlyAfterClause: z.boolean().optional(),
          /** A speed of at most `mph` miles or `kmh` kilometres an hour told in its sentence ("at 5 mph") drops the hit, as `not` does. */
          lowSpeed: z.strictObject({ mph: z.number().positive(), kmh: z.number().positive() }).optional(),
        }),
      ),
    }),
    /**
     * "Any new numbness, weakness … - go to ER" (safety-net.ts): symptoms right after one of `opens`, with only other
     * symptoms and `joiners` between, are a safety net where their sentence holds one of `consequences` and, after the
     * opening, none of `answers` nor a colon.
     */
    /**
     * "Discussed with parents that small, low-lying dimples … are very rarely associated with …" (counselled-general.ts):
     * a finding named as a bare plural after one of `leads`, up to `audienceWords` words and "that", in its sentence, with
     * none of `ownWords` nor a number between "that" and it, is told of such findings in general, none of the child's.
     */
    counselledInGeneral: z.strictObject({
      $comment: z.string().optional(),
      leads: phraseList,
      audienceWords: z.number().int().min(0).max(8),
      ownWords: wordList,
    }),
    safetyNetAnyNew: z.strictObject({
      $comment: z.string().optional(),
      opens: phraseList,
      joiners: z.array(word),
      consequences: phraseList,
      answers: phraseList,
    }),
    legPainRadicular: z.strictObject({
      $comment: z.string().optional(),
      phrases: phraseList,
      painWords: wordList,
      legWords: wordList,
      notNear: phraseList,
      extentBefore: phraseList,
      resolvedOrPast: phraseList,
      notInNote: phraseList,
      noRedFlags: phraseList,
    }),
    /**
     * Aplasia cutis told by the skin that is missing (gated-phrases.ts absentSkin): a present aplasia-cutis hit told by one
     * of `phrases` is no lesion across punctuation, after a marker's "absent" (`ownersBefore`), before "of", with the skin
     * called `normalAfter` in its clause, or with `lookFor` / `acquired` in its sentence; a key's or a question's answer of
     * `denials` denies it.
     */
    absentSkin: z.strictObject({
      $comment: z.string().optional(),
      phrases: phraseList,
      ownersBefore: wordList,
      normalAfter: wordList,
      lookFor: phraseList,
      acquired: phraseList,
      denials: phraseList,
      /** A bare marker listed right before a marker these words deny after it ("dimple, tuft absent") is denied with it. */
      listDeniedAfter: phraseList,
    }),
    /** What a Portuguese or Spanish request key ("Pedido:", "Peço:", "Pido:") refuses in its sentence (studies-key.ts askedKeyRefused). */
    askedKeyRefusals: z.strictObject({
      $comment: z.string().optional(),
      keys: phraseList,
      conditionals: phraseList,
      declined: phraseList,
      relativeOf: phraseList,
      relatives: phraseList,
      done: phraseList,
      notDoneYet: phraseList,
      notNeeded: phraseList,
    }),
    /** What tells that a sentence under a treatment key ("Rx:", "Tx:") reports its study (studies-key.ts reportedUnderTreatment). */
    treatmentKeyReports: z.strictObject({
      $comment: z.string().optional(),
      results: phraseList,
      negatedResults: wordList,
      reasons: wordList,
    }),
    unknownKeys: z.strictObject({
      $comment: z.string().optional(),
      readAs: z.partialRecord(z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]), z.array(unknownKey)),
      notMisspellings: z.array(unknownKey).min(1),
      /**
       * A form's bare name key in another language ("Nom:", "Nome:", "Nombre:"): a line of a name, whoever's it is (the child's
       * or a parent's; age-vocabulary patientKeys reads which), neither the Patient key nor a key written amiss: unknown-key
       * reports none (rules/unknown-key.ts), and the line is read as before.
       */
      $nameKeys: z.string().optional(),
      nameKeys: z.array(unknownKey).min(1),
      /**
       * "C/O:" read as the history (readAs) is "care of" before an address or "contact of" before a relative when its first item
       * ends on a word of `places` or is a relative or a title (`titles`) and a short name alone: its line stays unread.
       */
      careOf: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(unknownKey).min(1),
        places: wordList,
        titles: wordList,
      }),
      /**
       * "Investigations advised:", "Ix planned:": every word of the key one of `studies`, `advice` or `joins`, one of `studies`
       * and one of `advice` at least: read as the plan.
       */
      advisedStudies: z.strictObject({
        $comment: z.string().optional(),
        studies: wordList,
        advice: wordList,
        joins: z.array(word),
        planDeclines: wordList,
        $commentKeys: z.string().optional(),
        keys: textList,
      }),
      /**
       * "To do: XR lumbar spine AP + lat.": a key of `keys` (a clinic or ward note's line of what is still to do) whose value,
       * on its own line and with no box, opens on a study and holds no word of relayedPlans.toldDone: read as the plan
       * (unknown-keys.ts taskLine).
       */
      taskLines: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(unknownKey).min(1),
        $commentNotWith: z.string().optional(),
        /** A word or mark anywhere on the line (another person, a question, a condition) that leaves the line unread. */
        notWith: textList,
      }),
      /**
       * "Ref: USS lumbosacral spine, to see me after.": a key of `keys` (a GP's slip heading the study it refers the child for)
       * whose value opens on a study and holds no word of `notWith` (a study done or reported: "Ref: USS 3/12 ago - normal"):
       * read as an advised-studies key (unknown-keys.ts studyReferral).
       */
      studyReferral: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(unknownKey).min(1),
        notWith: wordList,
        /** A line of the note, any line, that declines or defers imaging ("Mum reassured, no further action."): "Ref:" stays unread. */
        declinedBy: textList,
        $commentStudyAlone: z.string().optional(),
        /** The words of a study's name alone (modality, region, views, contrast): every word of the value is one of them. */
        studyAlone: wordList,
        /**
         * ", to see me after": a comma or semicolon, maybe a word of `joins`, maybe a word of `to`, a phrase of `closings`, maybe
         * a phrase of `after`, at the value's end; set aside before the value's words are read.
         */
        followUp: z.strictObject({
          $comment: z.string().optional(),
          joins: wordList,
          to: wordList,
          closings: phraseList,
          after: phraseList,
        }),
      }),
      /**
       * "Diagnostics: MRI lumbar spine" (headings.ts isDiagnosticsKey): a word of `told` after the study tells it done, its
       * result or a condition on it, so the line orders nothing (studies-key.ts diagnosticsOrders).
       */
      diagnostics: z.strictObject({
        $comment: z.string().optional(),
        told: wordList,
      }),
      /**
       * "Presenting: Dr Reyes (neuro-oncology fellow)": a key of `keys` (read as the history) whose value opens on a clinician's
       * title (authoredPlans.titles) or an honorific, or on a name with a word of `roles` in a short value, names who presents
       * the case at a meeting, no complaint: its line stays unread (unknown-keys.ts presenter).
       */
      presenters: z.strictObject({
        $comment: z.string().optional(),
        keys: textList,
        $commentPeople: z.string().optional(),
        honorifics: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
        roles: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
      }),
      /** "Data de nascimento: 25/04/2025": a key of `keys` read as the DOB only when its value opens on a date (unknown-keys.ts birthKey). */
      birthKeys: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(unknownKey).min(1),
        /** Abbreviations ("DN", "FN"), read only in a column of a header line beside another key ("Name: …   DN: …"). */
        abbreviations: z.array(unknownKey).min(1),
      }),
      /**
       * "Obs: legs weak per mum? to be checked.": a key of `keys` read by `readAs` is left unread (as before it was read) when its
       * value holds one of `refusedBy`, a doubt, a condition or a plan ("?", "if", "to exclude", "for review"; a "?" anywhere,
       * the others as whole words) (unknown-keys.ts hedgedValue).
       */
      hedgedValues: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(unknownKey).min(1),
        refusedBy: textList,
      }),
      /**
       * "Status:" is the examination in a note of the German and Dutch clinical template ("Anamnesis: … / Status: … /
       * Diagnostics: … / Procedere: …"): a key of `keys` is read as `readAs` only in a note with a key of `companions`.
       */
      templateExam: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(unknownKey).min(1),
        companions: textList,
        readAs: z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]),
      }),
      /**
       * An exam key told with the place, time or examiner of the exam ("OSH exam:", "Neuro exam at my home visit
       * last week:"): read as the key (`keys`) it names, with a place word of `before` ahead of it or a word of
       * `after` right after it, and no word of `notWords` (a relative's exam, one planned or not done).
       */
      placedExams: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]])).min(1),
        before: textList,
        after: textList,
        /** What, right after the key's name, tells a time ahead ("in 2 weeks"; `#` a number). */
        ahead: z.array(z.string().min(1)),
        notWords: textList,
      }),
      /**
       * A plan key told with the clinician whose plan it is ("Plan by Dr. Demir:", "Plan per Dr Smith:"): read as the key
       * (`keys`) it names, a word of `by` right after its spelling, then a title of `titles` and a name of at most
       * `nameWords` words, and no word of `notWords` (another place's or visit's clinician, a relative).
       */
      authoredPlans: z.strictObject({
        $comment: z.string().optional(),
        keys: z.array(z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]])).min(1),
        by: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
        // A title of up to three words ("trauma team leader"); the longest one written is read.
        titles: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+){0,2}$/u)).min(1),
        nameWords: z.number().int().min(1).max(5),
        notWords: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
        /** Where the order stands, told between an order key and who placed it ("Order in system from Dr. Patel"). */
        statuses: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+){0,2}$/u)).min(1),
      }),
      /** A consulted clinician's plan relayed by the writer ("Per MD (tele):", "Peds advice:"): phrases of one or two lower-case words. */
      relayedPlans: z.strictObject({
        $comment: z.string().optional(),
        by: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
        clinicians: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+){0,2}$/u)).min(1),
        advice: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
        modes: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)?$/u)).min(1),
        /** Words that tell the relayed line's study done or its result ("spinal US last week normal"): such a line is read as before. */
        toldDone: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
      }),
      /**
       * A key that is wholly a finding's phrase (findings.json), answered at the start of its value ("Fever: yes 39C",
       * "Night sweats: Y", "Wt loss: no"): the line is read as the question and its answer. Any other value ("?", "not
       * asked", a number alone) leaves the line unread. Only answers the context reader reads the same way after a colon.
       */
      answeredFindings: z.strictObject({
        $comment: z.string().optional(),
        yes: textList,
        no: textList,
        $notAfterComment: z.string().optional(),
        /** Words after the answer that leave the line unread ("Fever: no hx"): a history, not the finding answered. */
        notAfter: textList,
        $signsComment: z.string().optional(),
        $keyPlacesComment: z.string().optional(),
        /** Words of place before the finding's phrase in the key ("Sacral dimple", "Lumbar hair tuft"). */
        keyPlaces: z.array(z.string().regex(/^[a-z-]+$/)),
        $unsureComment: z.string().optional(),
        /** Answers that say the examiner is unsure ("?"): read, as uncertain, only for findings of `unsureFor`'s categories. */
        unsure: z.array(z.string().min(1)),
        /** Finding categories (findings.json) whose key a bare "?" answers: a name outside them would never match. */
        unsureFor: z.array(FindingCategory),
        $describedComment: z.string().optional(),
        /** Words that, opening the value of a key naming a finding of `describedFor`'s categories, describe it seen ("Sacral dimple: deep, 6 mm"). */
        described: textList,
        describedFor: z.array(FindingCategory),
        $knownKeysComment: z.string().optional(),
        /** Keys of the note language that name a finding ("Dimple"): answered alone, the line is the question answered. */
        knownKeys: z.array(z.string().min(1)),
      }),
    }),
    /**
     * An I-PASS handoff (clinical/handoff.ts): its letters are its own sections, not our one-letter keys. A
     * note is one when it names the format (`names`) or opens a section "I:" with an illness severity
     * (`severities`); its letter keys are then read as `sections` say (null: read for nothing).
     */
    handoff: z.strictObject({
      $comment: z.string().optional(),
      names: textList,
      severities: textList,
      sections: z.record(z.string().regex(/^[A-Z]$/), z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]).nullable()),
      /**
       * A sign-out's to-do list (clinical/todo-list.ts): its boxes say done or still to do, never present or absent. `headings`
       * open one anywhere; `names`, `severityKeys` with `severities` ("IS: stable") and `tags` tell a handoff, whose action list's key is `letter`.
       */
      todo: z.strictObject({
        $comment: z.string().optional(),
        headings: textList,
        /** The handoff's name, matched as written (case kept): "I pass urine" names nothing. */
        names: textList,
        severityKeys: textList,
        /** The I-PASS severities only: "Severity: improving" is a clinic's word, not a handoff's. */
        severities: textList,
        /** A first line's tag in capitals: "STABLE" alone also closes a triage or clinic line. */
        tags: textList,
        /** Words that refuse, defer, condition or give away an item's study ("not ordering now", "NSGY to decide"): no order. */
        refusals: textList,
        /** Words opening what a study is for ("for dimple", "to r/o tether"): from there the item tells nothing of the child. */
        purposes: textList,
        letter: z.string().regex(/^[A-Z]$/),
      }),
      /** An EMS MIST handover (mechanism, injuries, signs, treatment): known by its name or its letters in order. */
      mist: z.strictObject({
        $comment: z.string().optional(),
        names: textList,
        sections: z.record(z.string().regex(/^[A-Z]$/), z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]).nullable()),
      }),
      /**
       * An ambulance ATMIST handover (age, time, mechanism, injuries, signs, treatment): known by its name or its
       * letters in order; its two T's are told apart by place (the time before the injuries, the treatment after).
       */
      atmist: z.strictObject({
        $comment: z.string().optional(),
        names: textList,
        /** The one-letter keys in their order; a letter in brackets may be left out ("AT[M]IST"). */
        letters: z.string().regex(/^[A-Z[\]]{2,}$/),
        sections: z.record(z.string().regex(/^[A-Z]$/), z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]).nullable()),
        /** The letter that, once the injuries or signs are told, is the treatment given, which orders nothing. */
        treatment: z.string().regex(/^[A-Z]$/),
      }),
      /** A nurse's DAR entry (data, action, response; a focus before it): known by its letters in order. */
      dar: z.strictObject({
        $comment: z.string().optional(),
        letters: z.string().regex(/^[A-Z]{2,}$/),
        sections: z.record(z.string().regex(/^[A-Z]$/), z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]).nullable()),
      }),
      /** A nurse's SBAR call (situation, background, assessment, recommendation): known by its letters in order. */
      sbar: z.strictObject({
        $comment: z.string().optional(),
        letters: z.string().regex(/^[A-Z]{2,}$/),
        sections: z.record(z.string().regex(/^[A-Z]$/), z.enum(KEYS.map((k) => k.name) as [KeyName, ...KeyName[]]).nullable()),
        /** The section that holds the caller's bedside observations, which are no neurologic exam when they reassure. */
        observed: z.string().regex(/^[A-Z]$/),
        /** Words that name the neurologic exam itself: a normal statement in the observed section holding one is a clinician's exam, not an observation. */
        examNamed: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
        /** Words naming a spine region: the request's study must name one ("R: CT" alone is no spine CT). */
        requestRegion: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Words that leave the request unread as the plan (pending, rejected, conditional, another's). */
        requestNot: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** A time of now closing the request's item ("on arrival", "stat"): when it is wanted, set aside before its words are read. */
        requestNow: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        /** Words of requestNot that tell the study ordered ("booked", "requested"): a lone request holding one may still be read as prose. */
        textOrdered: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Words that leave a lone request that is not the plan unread, rather than read as prose (a result or a status awaited). */
        textNot: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Words that tell a lone request asked or checked without its "?": opening it, or anywhere in it. */
        textAsks: z.strictObject({
          $comment: z.string().optional(),
          opening: z.array(z.string().regex(/^[a-z]+$/)).min(1),
          anywhere: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        }),
      }),
    }),
    /** Lines keyed by who tells the patient's story (clinical/tellers.ts): one lower-case word each, phrases for `speaksAsParent` and `conversationNotes`. */
    tellers: z.strictObject({
      $comment: z.string().optional(),
      $chatDays: z.string().optional(),
      /** A day's name before a chat line's time ("[Mon 08:02] Beth:"; tellers.ts chatTime), any letters after it. */
      chatDays: wordList,
      relatives: wordList,
      clinicians: wordList,
      /** Clinicians' words that name a speaker only in a thread of two speakers or more ("Paeds rad:", "Rad reg:", "reg" a modifier; tellers.ts). */
      threadClinicians: wordList,
      modifiers: z.array(word),
      messageWords: wordList,
      speaksAsParent: textList,
      conversationNotes: textList,
      credentials: z.array(word),
      /** Words of assent opening a clinician's chat line before a study ("ok US lumbosacral spine"): blanked (tellers.ts assentBeforeStudy). */
      assents: wordList,
      /**
       * A study one clinician of a thread proposes and the next message, another clinician's, agrees to (tellers.ts
       * acceptedProposal): words leading the proposed study, closing its clause, opening the agreeing reply; and words of a
       * clinician carrying a study out himself after an assent ("ok doing XR …").
       */
      proposal: z.strictObject({
        $comment: z.string().optional(),
        leads: textList,
        closing: wordList,
        /** Words that alone agree ("ok", "agreed"), words of thanks that may stand beside them but agree to nothing alone, and words of an order carried out ("booked", "done"). */
        acceptances: textList,
        thanks: textList,
        carriedOut: textList,
        /** Words of a reply that waits, hands the study on or declines it ("tho I'll wait", "will pass that on", "declining"). */
        notNow: textList,
        /** Words of a later message taking a proposal back ("ignore that", "scratch that"). */
        retractions: textList,
        carryingOut: textList,
      }),
      /** After a study a thread's clinician names alone (tellers.ts studyStandsAlone): closing words of its clause, words of a later clause carrying the order out, and words of a later message taking imaging back (with order-vocabulary's). */
      studyLine: z.strictObject({ $comment: z.string().optional(), closing: wordList, ordering: wordList, takenBack: textList }),
      ownLine: z.strictObject({
        $comment: z.string().optional(),
        ownAgeFrom: z.number().int().min(1).max(130),
        phrases: textList,
        unlessChild: z.array(z.string().min(1)),
        childWords: wordList,
        /**
         * An adult's age at an event in the line ("had a discectomy at 30", "at age 45", "aged 40", "in her 40s"): a number of
         * at least `ownAgeFrom` after one of `before`, not followed by one of `notAges` (a unit: "at 32 weeks", "at 39 C") nor
         * after one of `notAfter` ("fever at 39"); or a decade of life ("in her 40s").
         */
        adultAge: z.strictObject({ before: textList, notAges: z.array(z.string().min(1)), notAfter: z.array(z.string().min(1)) }),
        /** Illnesses and operations of adults ("osteoporosis", "prostate cancer", "hip replacement"): named in a line that names no child, the teller's own. */
        adultConditions: z.array(z.string().min(1)),
      }),
      notConversations: z.array(z.string().min(1)),
    }),
    /**
     * A case report or presentation told in the past tense (clinical/narrative.ts): known by its first line (`headings`)
     * or its opening words (`openers`); the study it tells as done (`passive` after was/were, `active` before the study)
     * is its order, unless its clause tells it as `earlier` or `withheld`.
     */
    /**
     * A Dutch letter's "Policy:" (notes/keys.ts): the plan only beside a conclusion line (`letterKeys`, normalized keys) or
     * in a note that writes a Dutch word of the clinic (`writerWords`: "Kinderarts polikliniek", "Echo wervelkolom"), and
     * with no word of `notWords` (insurance, coverage, a department's rule) in it or in any key of the note.
     */
    translatedPlan: z.strictObject({
      $comment: z.string().optional(),
      letterKeys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      writerWords: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      notWords: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    }),
    /** Words of a plan heading's own language that turn its study (facts.ts withNativePlanRead): "ingen", "ved forverring", "wykonane". */
    nativePlanTurns: z.strictObject({ $comment: z.string().optional(), words: z.array(phrase).min(1) }),
    /** The words a native request heading's value may hold to be read as the plan (positive-only-study.ts positiveOnlyStudy). */
    nativePlanPositiveOnly: z.strictObject({
      $comment: z.string().optional(),
      studies: z.array(z.string().regex(/^[a-z][a-z/-]*$/)).min(1),
      words: z.array(z.string().regex(/^[a-z][a-z/-]*$/)).min(1),
      /** Words of the spine or its region in the writer's own language: a closing study naming one is read only positively (positive-only-study.ts namesNativeSpine). */
      nativeSpine: z.array(z.string().regex(/^[a-z][a-z-]*$/)).min(1),
      /** A writer's own "I order" opening a closing sentence before the study's name alone (order-openings.ts ledAfterClosingLead). */
      leads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    }),
    /** A line of prose ending on one of `endWords` goes on in the next line's lower case: a sentence wrapped (order-elsewhere.ts). */
    wrappedLine: z.strictObject({ $comment: z.string().optional(), endWords: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
    caseNarrative: z.strictObject({
      $comment: z.string().optional(),
      headings: z.array(z.string().regex(/^[a-z&][a-z& -]*$/)).min(1),
      /** Words after a heading that make it no case heading ("Case report form completed"). */
      notAfter: z.array(z.string().regex(/^[a-z][a-z ]*$/)),
      openers: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      passive: textList,
      active: textList,
      earlier: z.array(z.string().min(1)),
      withheld: z.array(z.string().min(1)),
    }),
    /** A radiology report on top of a note with the ordering clinician's addendum below (clinical/narrative.ts reportOnTop). */
    reportOnTop: z.strictObject({
      $comment: z.string().optional(),
      headings: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      addenda: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      advised: textList,
      /** Words after a heading that make it a clinician's own entry ("Preliminary diagnosis:", "Prelim plan:"), not a report. */
      notReports: z.array(z.string().regex(/^[a-z][a-z /]*$/)),
    }),
    /**
     * Findings of the spinal canal, the cord and its coverings that make a prior spine study abnormal (clinical/prior.ts
     * readPriorStudy): "low lying conus", "fatty filum", "echogenic filum", "syrinx", "meningocele", "reduced root motion".
     * Read before the radiographs' bone findings that prior.ts keeps; the first-listed phrase found is the reason given.
     */
    priorStudyFindings: z.strictObject({
      $comment: z.string().optional(),
      abnormal: phraseList,
      /** Words after a raised abnormality that answer the query in the report itself ("not confirmed on obliques, normal study"). */
      raisedWithdrawn: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
      /** The findings of `abnormal` the skin or the tissue under it shows too ("lipoma", "mass"): a study told after them in a clause of its own is not read with them. */
      skinToo: phraseList,
      /** A radiograph's, CT's or MRI's findings of the bones and the curve, read after `abnormal`; "{level}" stands for each vertebral level. */
      boneAbnormal: z.array(phrase.refine((p) => !p.includes('{') || /^[^{}]*\{level\}[^{}]*$/.test(p), 'only "{level}" may stand in braces')).min(1),
      /** Words that leave a prior study unable to tell ("limited", "not clearly seen"). */
      indeterminate: phraseList,
      $verdictIndeterminate: z.string().optional(),
      $borderlineBefore: z.string().optional(),
      /** Words right before an abnormal finding that leave it at the edge of abnormal ("borderline low-lying"): only raised. */
      borderlineBefore: phraseList,
      /** A report's own verdict of doubt ("indeterminate", "equivocal"): after a measure only at its threshold, it decides. */
      verdictIndeterminate: phraseList,
      /** A study not done or completed ("inadequate", "abandoned"): read only in the spinal ultrasound's own sentence and clause. */
      indeterminateOwn: phraseList,
      /** The words that close a normal report ("unremarkable", "NAD", "without pathological findings"). */
      normal: phraseList,
      /** Words right before a finding in a study's heading that make it the question asked ("screening for", "to r/o", "for ?"). */
      askedBefore: phraseList,
      /** Keys (read with their colon) that tell the question asked wherever they stand ("indication: ?spinal dysraphism"). */
      askedKeys: phraseList,
      /** Words in a study's heading that make it a study of something else when the heading names no spine ("neck US", "US of the lump"). */
      notTheSpine: phraseList,
      /**
       * The word "motion" in a spinal study's report: the movement that limits the study (`limits`, maybe after one of
       * `limitLinks`), the child's (`otherParts`), the cord's called normal (`calledNormal` before, `normalAfter` after), or
       * motion denied or not seen (`denials` and `deniedBetween` before it; "not" and `notSeen`, or `absent`, after it, maybe
       * "of the" one of `cordParts` first), the cord's when its clause holds one of `cordNamed` (clinical/prior.ts).
       */
      motion: z.strictObject({
        $comment: z.string().optional(),
        limits: phraseList,
        limitLinks: phraseList,
        otherParts: phraseList,
        calledNormal: phraseList,
        normalAfter: phraseList,
        denials: phraseList,
        deniedBetween: phraseList,
        notSeen: phraseList,
        absent: phraseList,
        cordParts: phraseList,
        cordNamed: phraseList,
      }),
    }),
    /**
     * The decision-support software's own text in a note (clinical/alerts.ts): an alert, a best practice advisory, a
     * CDS message. It is the software's, never a fact of the patient. A line keyed by one of `keys` (a phrase of the key's
     * words: "Alert", "CDS alert", "Decision-support alert", "BPA", "Best practice advisory") whose key holds no word of
     * `replies` (the clinician's answer to it: "Override reason", "Alert acknowledged") is the software's; and a quotation
     * right after one of `keys` ('CDS "usually not appropriate: …" OVERRIDDEN') is the software's words too.
     */
    softwareAlerts: z.strictObject({
      $comment: z.string().optional(),
      keys: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      replies: wordList,
      /** Words that make an unquoted value the clinician's own words ("Alert: 3 mo with hair tuft, alert and active", "BPA: 4 mo, deep dimple, US spine ordered"), read as usual. */
      ownWords: wordList,
    }),
    // The word lists below are written into regular expressions (word-lists.ts): each says in its $comment what its words
    // mean, and its reader keeps only the grammar around them.
    /** A suspected lesion's words: inside the spinal canal (`intraspinal`), or an infection (classify.ts intraspinalLesion). */
    suspectedIntraspinalLesion: z.strictObject({
      $comment: z.string().min(1),
      infectiousParts: patternWordList,
      infectiousWords: patternWordList,
      intraspinal: patternWordList,
    }),
    /** "MSK" naming a service ("Paediatric MSK", "MSK clinic"), not a pain's cause (classify.ts serviceNamed). */
    musculoskeletalService: z.strictObject({
      $comment: z.string().min(1),
      services: patternWordList,
      specialties: patternWordList,
      serviceWords: patternWordList,
      painSites: patternWordList,
      painWords: patternWordList,
    }),
    /** Words of the back's own pain (classify.ts patientsOwnDenial). */
    backPainNamed: z.strictObject({ $comment: z.string().min(1), afterBack: patternWordList, whole: patternWordList }),
    /** A pain tied to a doing ("hurts when she bowls"), not to rest (classify.ts stillPlayed). */
    painTiedToDoing: z.strictObject({ $comment: z.string().min(1), pain: patternWordList, atRest: patternWordList }),
    /** A study never ordered that the writer orders now, and the studies that would make it another's (order-cues.ts orderedNowAfter). */
    orderedNow: z.strictObject({
      $comment: z.string().min(1),
      ordered: patternWordList,
      now: patternWordList,
      order: patternWordList,
      otherStudies: patternWordList,
    }),
    /** A study's contrast and views that may end its name after "check" (order-openings.ts checkOrdersStudy). */
    checkNameEnds: z.strictObject({ $comment: z.string().min(1), contrast: patternWordList, frontal: patternWordList, lateral: patternWordList }),
    /** Words of a prior study's report: a spinal report's, a finding gone or benign, a radiograph's signs (prior-in-text.ts). */
    priorReportWords: z.strictObject({
      $comment: z.string().min(1),
      spineReport: patternWordList,
      normalByCourse: patternWordList,
      imagingSigns: patternWordList,
      lineResult: patternWordList,
      lineStillToDo: patternWordList,
      runOnResult: patternWordList,
      runOnNext: patternWordList,
    }),
    /** A relative told bare right after a prior study owns it ("spinal US in twin"; prior-in-text.ts relativesStudy). */
    priorStudyOwner: z.strictObject({ $comment: z.string().min(1), bareRelatives: patternWordList, onBehalfOf: patternWordList, otherChild: patternWordList }),
    /** A pit or a sinus named: another finding than the dimple told before it (dimple.ts). */
    anotherPit: z.strictObject({ $comment: z.string().min(1), words: patternWordList, $otherOne: z.string().optional(), otherOne: patternWordList }),
    /** The spine's junctions by name, each a named level of a focal pain (events.ts). */
    spinalJunctions: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** What a report after a study tells: findings, a normal report, the family reassured (study-reported.ts, keyed-study.ts). */
    reportFindingWords: z.strictObject({ $comment: z.string().min(1), findings: patternWordList, normalReport: patternWordList, reassured: patternWordList }),
    /** Words of the clinical examination, beside which a result word is the exam's (study-reported.ts tellsTheExam). */
    examWords: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** The dimple's own names in a sentence (dimple.ts). */
    dimpleNamed: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** Someone other than the examiner telling of the pit, near it (dimple.ts namedAgain). */
    tellersNearPit: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** An ultrasound study's names, and the regions other than the spine one may be of (prior.ts ofTheUltrasound). */
    ultrasoundNamed: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    otherUltrasoundRegions: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** Another subject than the spinal ultrasound, told after it in its sentence (prior.ts ofTheUltrasound). */
    ultrasoundOtherSubjects: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** Letters every spelling of neurosurgery holds (events.ts). */
    neurosurgeryNamed: z.strictObject({ $comment: z.string().min(1), parts: patternWordList, words: patternWordList }),
    /** A neuro exam's value telling it was not done (neuro-text.ts). */
    neuroNotExamined: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** Back regions joined before a second one, after a duration (pain-duration.ts). */
    backRegionsJoined: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
    /** A radiograph's views: alone in a prior study's clause (prior-in-text.ts), or before an order's study name (study-names.ts). */
    radiographViews: z.strictObject({ $comment: z.string().min(1), alone: patternWordList, beforeName: patternWordList }),
  });
};
/**
 * The vocabulary as the readers get it: its phrase groups written out in the lists that name them. Built for each read
 * of the file and not kept: its zod objects (~1.7 MB of heap) would otherwise stay in every warm engine after their one
 * use at load.
 */
export const readingVocabularySchema = () => z.preprocess(withPhraseGroups, readingVocabularyFields());
export type ReadingVocabulary = z.infer<ReturnType<typeof readingVocabularySchema>>;

let cached: ReadingVocabulary | undefined;

export function readingVocabulary(): ReadingVocabulary {
  cached ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'reading-vocabulary.json'), readingVocabularySchema());
  return cached;
}

const compiled = perVocabulary((list: readonly string[]): Phrase[] => list.map(phraseOf));

/** Phrases of a vocabulary list, compiled once. */
export function phrasesOf(list: readonly string[]): Phrase[] {
  return compiled(list);
}

/** Phrases indexed by their first word, so a list of phrases is found in one pass over the words. */
export type PhraseSet = Map<string, Phrase[]>;

const sets = perVocabulary((list: readonly string[]): PhraseSet => {
  const set: PhraseSet = new Map();
  for (const p of phrasesOf(list)) {
    const first = p[0];
    if (typeof first !== 'string') continue;
    // Pushed, not spread into a new array per phrase: a first word many phrases share made the build quadratic.
    const same = set.get(first);
    if (same) same.push(p);
    else set.set(first, [p]);
  }
  firstWordBits.set(set, wordBitsOf(set.keys(), 256));
  return set;
});

/**
 * A set's first words as bits (wordBitsOf): eachMatch runs ~80 times a note over sets of a few dozen first words, and
 * nearly every word of a note starts none of them.
 */
const firstWordBits = new WeakMap<PhraseSet, Int32Array>();

export function phraseSetOf(list: readonly string[]): PhraseSet {
  return sets(list);
}

/**
 * Whether a text may hold a phrase of the set: its lower-cased copy holds every word of one of the set's phrases as a
 * substring. A phrase is found only where each of its words is a word of the text or that word with a plural ending
 * (matchAt, wordMatches; also the word glued to a number), and every word is a lower-cased piece of the text, so a text
 * for which this is false holds no phrase of the set; a reader that would tokenize a whole note for a rare phrase asks it
 * first. (Asking only for a first word let short ones such as "no", "is", "has" pass nearly every note: of bench's
 * notes-5000, markerGone.gone's first words passed 4,038 notes, every word of a phrase 513, and none holds one.)
 */
export function mayHoldPhraseOf(lowerText: string, set: PhraseSet): boolean {
  for (const words of phraseWordsOf(set)) {
    let all = true;
    for (const w of words)
      if (!lowerText.includes(w)) {
        all = false;
        break;
      }
    if (all) return true;
  }
  return false;
}

const phraseWords = new WeakMap<PhraseSet, string[][]>();
/** Each phrase's distinct words, longest (likeliest to be missing) first; a list once per set of words. Built once a set. */
function phraseWordsOf(set: PhraseSet): string[][] {
  let lists = phraseWords.get(set);
  if (lists) return lists;
  const seen = new Map<string, string[]>();
  for (const phrases of set.values())
    for (const p of phrases) {
      const words = [...new Set(p.filter((w): w is string => typeof w === 'string'))].sort((a, b) => b.length - a.length);
      seen.set(words.join(' '), words);
    }
  lists = [...seen.values()];
  phraseWords.set(set, lists);
  return lists;
}

/** Calls `found` for every occurrence of any phrase of the set (overlaps allowed): words[from] to words[to - 1]. */
function eachMatch(words: readonly Word[], set: PhraseSet, found: (p: Phrase, from: number, to: number) => void): void {
  work.steps += words.length;
  const bits = firstWordBits.get(set);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (bits && !mayBeOf(bits, w)) continue;
    const candidates = set.get(w);
    if (!candidates) continue;
    // Every candidate's first word is this word: the match goes on from the second.
    for (const p of candidates) {
      const to = matchAt(words, i + 1, p, 1);
      if (to > 0) found(p, i, to);
    }
  }
}

/** The end (one past the last word) of the longest phrase of the set that starts at words[i], or -1. */
export function longestPhraseAt(words: readonly Word[], i: number, set: PhraseSet): number {
  let best = -1;
  const candidates = i < words.length ? set.get(words[i].text) : undefined;
  if (candidates) for (const p of candidates) best = Math.max(best, matchAt(words, i + 1, p, 1));
  return best;
}

/** Every occurrence of any phrase of the set (overlaps allowed), as spans. */
export function findAny(words: readonly Word[], set: PhraseSet): Span[] {
  const out: Span[] = [];
  eachMatch(words, set, (_p, from, to) => out.push({ start: words[from].start, end: words[to - 1].end }));
  return out;
}

/** One occurrence of a phrase: its span, the phrase, and the words it covers (words[from] to words[to - 1]). */
export interface PhraseMatch {
  span: Span;
  phrase: Phrase;
  from: number;
  to: number;
}

/** Every occurrence of any phrase of the set (overlaps allowed), with the phrase that matched. */
export function findMatches(words: readonly Word[], set: PhraseSet): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  eachMatch(words, set, (phrase, from, to) => out.push({ span: { start: words[from].start, end: words[to - 1].end }, phrase, from, to }));
  return out;
}

/** Phrases of several lists by their first word, each with the rank (list order) that decides between them. */
export type RankedPhrases = Map<string, { phrase: Phrase; rank: number }[]>;

const ranked = perVocabulary((lists: readonly (readonly string[])[]): RankedPhrases => {
  const index: RankedPhrases = new Map();
  lists.forEach((list, rank) => {
    for (const phrase of phrasesOf(list)) {
      const first = phrase[0];
      if (typeof first !== 'string') continue;
      const same = index.get(first);
      if (same) same.push({ phrase, rank });
      else index.set(first, [{ phrase, rank }]);
    }
  });
  return index;
});

/** `lists[r]` are the spellings of rank r (lower wins); built once per (frozen, module-level) array of lists. */
export function rankedPhrasesOf(lists: readonly (readonly string[])[]): RankedPhrases {
  return ranked(lists);
}

/**
 * The lowest rank of any phrase found in the words (one pass; a plural first word finds its
 * singular, as matchAt does for the rest), or -1. `accept` can turn an occurrence down (a negated one).
 */
export function bestRank(words: readonly Word[], index: RankedPhrases, accept?: (span: Span) => boolean): number {
  let best = -1;
  work.steps += words.length;
  const tryAt = (i: number, stem: string) => {
    const candidates = index.get(stem);
    if (!candidates) return;
    for (const { phrase, rank } of candidates) {
      if (best >= 0 && rank >= best) continue;
      // The stem is the word or its singular, which matchAt reads as the word: the match goes on from the second.
      const to = matchAt(words, i + 1, phrase, 1);
      if (to > 0 && (!accept || accept({ start: words[i].start, end: words[to - 1].end }))) best = rank;
    }
  };
  for (let i = 0; i < words.length && best !== 0; i++) {
    const w = words[i].text;
    tryAt(i, w);
    if (w.length > 2 && w.charCodeAt(w.length - 1) === 115 /* s */) {
      tryAt(i, w.slice(0, -1));
      if (w.length > 3 && w.charCodeAt(w.length - 2) === 101 /* e */) tryAt(i, w.slice(0, -2));
    }
  }
  return best;
}
