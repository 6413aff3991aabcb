import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import { lookupKey } from '../notes/keys';
import type { Span } from '../notes/text';
import { type Word, lowerBound, toWords } from '../notes/words';
import { work } from '../notes/work';
import { contextLexicon } from './lexicon';
import { alternation, perVocabulary, spacedPhrase, wordOrStem, wordsPattern } from './patterns';
import { type SpelledStudies, spelledStudiesOf, spelledStudyAt } from './spelled-study';

/**
 * A note not written in typed English is read through a view of it in typed English of the same
 * length (server/knowledge/language-vocabulary.json):
 *
 * - a note dictated by speech recognition and signed unproofread ("exam colon normal gait comma ...
 *   M R I lumbar spine ordered period") reads with its spoken marks as marks, its spelled letters
 *   joined ("MRI"), vertebral levels and grades in digits ("T12", "5/5") and the homophones speech
 *   recognition writes ("lumber spine") as the words meant. In a note a spoken new line has broken into
 *   lines, a section heading said after a spoken full stop ("... period plan colon x-ray ...", "... period
 *   plan MRI ...") opens a line of its own, as the note would be typed, so it is read as that section and
 *   not inside the key of the line before it. A note reads as dictated when it holds at least
 *   `minSpoken` spoken marks and more of them than real ones; "for a period of 2 weeks" or
 *   "the sigmoid colon" in a typed note is never touched.
 * - a note in Spanish, or switching between Spanish and English ("2 años, niño ... gotea orina"),
 *   reads with the Spanish words of the table in English. It applies only when the note holds at
 *   least `minCues` distinct Spanish cue words, so an English note is never read differently.
 * - a note in French, or switching between French and English as Quebec clinicians write ("19 ans F
 *   ... Pas de fièvre ... Plan : IRM colonne lombaire"), reads the same way through the French table,
 *   with or without accents ("fievre", "echo"). Its phrases may hold an amount `#` and put it where
 *   English puts it ("visite de 9 mois" is "9 mo visit", "il y a 2 sem" is "2 wk ago"), and may end
 *   in an elided article ("pas d'" is "no"). It applies only when the note holds at least `minCues`
 *   distinct French cue words and more of them than Spanish ones.
 * - a note in Portuguese, or switching between Portuguese and English ("Fem, 14a ... Nega febre ... Solicito RM coluna
 *   lombar sem contraste"), reads the same way through the Portuguese table. Many of its words are Spanish ones too
 *   ("meses", "solicito", "contraste"), so it applies only when the note holds at least `minCues` distinct Portuguese cue
 *   words and more of them than of any other table, Spanish cues counted without the words the two share.
 *
 * Every replacement is at most as long as what it replaces (the schema holds the data to that) and is
 * padded with spaces, so every offset of the view is the note's own: spans, quotes' positions and
 * fixes still point into the note as written. One pass over the note's words; phrases are found by
 * their first word.
 */
const shorter = (from: string, to: string) => (e: Record<string, unknown>) => String(e[to]).length <= String(e[from]).length;

const DictationSchema = z.strictObject({
  $comment: z.string().optional(),
  minSpoken: z.number().int().min(1),
  $recognized: z.string().optional(),
  recognized: z.array(z.string().regex(/^[A-Za-z. ]{3,}$/)).min(1),
  marks: z.array(z.strictObject({ say: z.string().min(1), mark: z.string().length(1) })).min(1),
  $marksNot: z.string().optional(),
  notAfter: z.array(z.string().min(1)),
  notBefore: z.array(z.string().min(1)),
  $wordsNot: z.string().optional(),
  wordsNot: z.array(
    z
      .strictObject({ say: z.string().min(1), after: z.array(z.string().min(1)).min(1).optional(), before: z.array(z.string().min(1)).min(1).optional() })
      .refine((r) => r.after || r.before, 'a rule needs after, before or both'),
  ),
  /**
   * A note with fewer than minSpoken spoken marks: these marks (as said) are still read as marks where the dictation reading
   * would read one, between two words with only spaces around it, and not after one of `notAfter` ("pain free period").
   */
  sparse: z.strictObject({
    $comment: z.string().optional(),
    marks: z.array(z.string().min(1)).min(1),
    notAfter: z.array(z.string().regex(/^[a-z]+$/)),
    $recognizedMarks: z.string().optional(),
    recognizedMarks: z.array(z.string().min(1)),
  }),
  $span: z.string().optional(),
  /** What opens "a 6 week period": the amount and unit before the mark name a span only after one of openers. */
  span: z.strictObject({ say: z.string().min(1), openers: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
  $headingsUnsaid: z.string().optional(),
  headingsUnsaid: z.array(z.string().min(1)),
  $spelled: z.string().optional(),
  spelled: z.array(z.string().regex(/^[A-Z]{2,5}$/)),
  $spelledStudies: z.string().optional(),
  spelledStudies: z.strictObject({
    letters: z.array(z.string().regex(/^[A-Z]{2,3}$/)).min(1),
    notAfter: z.array(z.string().regex(/^[a-z]+$/)),
    notBefore: z.array(z.string().regex(/^[a-z]+$/)),
  }),
  $fillers: z.string().optional(),
  fillers: z.array(z.string().regex(/^[a-z]+$/)),
  $dottedNotAfter: z.string().optional(),
  dottedNotAfter: z.record(z.string().regex(/^[A-Z]{2,5}$/), z.array(z.string().regex(/^[a-z]+$/))),
  $levels: z.string().optional(),
  levels: z.record(z.string().regex(/^[A-Z]$/), z.number().int().min(1).max(12)),
  numbers: z.record(z.string().regex(/^[a-z]+$/), z.number().int().min(0).max(90)),
  $hundred: z.string().optional(),
  hundred: z.string().regex(/^[a-z]+$/),
  scales: z.array(z.string().regex(/^[a-z]+$/)),
  $decimal: z.string().optional(),
  decimal: z.string().regex(/^[a-z]+$/),
  $grades: z.string().optional(),
  grades: z.record(z.string().min(1), z.string().min(1).max(3)),
  $units: z.string().optional(),
  units: z.array(z.string().min(1)),
  $unitsBefore: z.string().optional(),
  unitsBefore: z.array(z.string().regex(/^[a-z]+$/)),
  $phrases: z.string().optional(),
  phrases: z.array(
    z
      .strictObject({ said: z.string().min(1), means: z.string().min(1) })
      .refine(shorter('said', 'means'), { message: 'means must be no longer than said (the view keeps every offset)' }),
  ),
  $ageSaid: z.string().optional(),
  ageSaid: z.strictObject({
    after: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    afterName: z.array(z.string().regex(/^[a-z]+$/)),
    notBefore: z.array(z.string().regex(/^[a-z]+$/)),
    notAfter: z.array(z.string().regex(/^[a-z]+$/)),
  }),
  $undo: z.string().optional(),
  undo: z.strictObject({
    say: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    $sayPlain: z.string().optional(),
    sayPlain: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).default([]),
    window: z.number().int().min(1).max(8),
    notAfter: z.array(z.string().min(1)),
    notBefore: z.array(z.string().min(1)),
  }),
});

/**
 * The one-word cues that deny the words after them (context-lexicon.json, negated and forward: "no", "not", "without",
 * "denies", "nil"): a correction that would leave one standing is read as written (dictation.$undo).
 */
function forwardNegations(): Set<string> {
  const out = new Set<string>();
  for (const t of contextLexicon().triggers) if (t.category === 'negated' && t.direction === 'forward') for (const p of t.phrases) if (/^[a-z]+$/.test(p)) out.add(p);
  return out;
}

const amounts = (s: string) => s.split('#').length - 1;
const amountOnce = (from: string, to: string) => (e: Record<string, unknown>) => amounts(String(e[from])) <= 1 && amounts(String(e[from])) === amounts(String(e[to]));
const moreThanAmount = (from: string) => (e: Record<string, unknown>) => !String(e[from]).startsWith('#') || String(e[from]).length > 1;

const SpanishSchema = z.strictObject({
  $comment: z.string().optional(),
  minCues: z.number().int().min(1),
  cues: z.array(z.string().min(1)).min(1),
  $alsoPortuguese: z.string().optional(),
  /** Cues that are Portuguese words too: they tell Spanish from English, never from Portuguese. */
  alsoPortuguese: z.array(z.string().min(1)),
  /** The folded tables' guards, read on the Spanish words with their accents folded (review rfix59es). */
  $notBeside: z.string().optional(),
  notBeside: foldedTableSchema('fr').shape.notBeside,
  $ownFinding: z.string().optional(),
  ownFinding: foldedTableSchema('fr').shape.ownFinding,
  $near: z.string().optional(),
  near: foldedTableSchema('fr').shape.near,
  phrases: z.array(
    z
      .strictObject({ es: z.string().min(1), en: z.string().min(1) })
      .refine(shorter('es', 'en'), { message: 'en must be no longer than es (the view keeps every offset)' })
      .refine(amountOnce('es', 'en'), { message: 'an amount # is written once in es and once in en, or in neither' })
      .refine(moreThanAmount('es'), { message: 'a phrase is more than an amount' }),
  ),
});

/** A folded table's phrases, keyed by their language (`fr`, `de`): each English reading no longer than what it reads. */
function foldedPhrases<L extends string>(lang: L) {
  const shape = { [lang]: z.string().min(1), en: z.string().min(1) } as { [K in L | 'en']: z.ZodString };
  return z.array(
    z
      .strictObject(shape)
      .refine(shorter(lang, 'en'), { message: `en must be no longer than ${lang} (the view keeps every offset)` })
      .refine(amountOnce(lang, 'en'), { message: `an amount # is written once in ${lang} and once in en, or in neither` })
      .refine(moreThanAmount(lang), { message: 'a phrase is more than an amount' }),
  );
}

/**
 * A language read with its accents folded, alone or between English words: French as Quebec and French clinicians write
 * it, German as German, Austrian and Swiss clinicians do. One shape for both, read by one reader.
 */
function foldedTableSchema<L extends 'fr' | 'de' | 'pt'>(lang: L) {
  return z.strictObject({
    $comment: z.string().optional(),
    minCues: z.number().int().min(1),
    cues: z.array(z.string().regex(/^[\p{L}]+$/u)).min(1),
    $names: z.string().optional(),
    /** Titles after which the next word is a name, read as written ("Dr Sans", "Dre Pas"). */
    names: z.array(z.string().regex(/^[\p{L}]+$/u)),
    $notInClause: z.string().optional(),
    /** A phrase of more than one word opening with `first` is not read where its clause holds one of `words`: a shorter one is. */
    notInClause: z.array(z.strictObject({ first: z.string().regex(/^[\p{L}]+$/u), words: z.array(z.string().regex(/^[\p{L}]+$/u)).min(1) })),
    $notBeside: z.string().optional(),
    /** A phrase of the table (as written) not read right after one of `after` or right before one of `before`: a shorter one is. */
    notBeside: z
      .array(
        z.strictObject({
          phrases: z.array(z.string().min(1)).min(1),
          after: z.array(z.string().regex(/^[\p{L}]+$/u)).optional(),
          before: z.array(z.string().regex(/^[\p{L}]+$/u)).optional(),
        }),
      )
      .optional(),
    $yieldsToBare: z.string().optional(),
    /** Phrases (as written) not read where the note elsewhere holds one of `bare` not read as the end of one of them. */
    yieldsToBare: z
      .array(
        z.strictObject({
          phrases: z.array(z.string().min(1)).min(1),
          bare: z.array(z.string().regex(/^[\p{L}]+$/u)).min(1),
          /** A bare word in a clause holding one of these is another person's ("Frère avec fossette profonde"): it does not count. */
          othersIn: z.array(z.string().regex(/^[\p{L}]+$/u)),
        }),
      )
      .optional(),
    $ownFinding: z.string().optional(),
    /**
     * A phrase of more than one word opening with `first`, or one of `phrases` (as written), is read only as the child's own
     * finding: never where its sentence closes on a question mark or holds one of `notInSentence`; with `opensClause`, only
     * where it opens its clause; with `yearInSentence`, never where its sentence names a year ("Magoou as costas em 2022": a
     * past injury).
     */
    ownFinding: z
      .array(
        z
          .strictObject({
            first: z
              .string()
              .regex(/^[\p{L}]+$/u)
              .optional(),
            phrases: z.array(z.string().min(1)).min(1).optional(),
            opensClause: z.boolean(),
            yearInSentence: z.boolean().optional(),
            notInSentence: z.array(z.string().regex(/^[\p{L}]+$/u)).min(1),
          })
          .refine((r) => (r.first === undefined) !== (r.phrases === undefined), 'a rule holds either first or phrases'),
      )
      .optional(),
    $endsClause: z.string().optional(),
    /** Phrases (as written) read only where their clause ends right after them (a mark or a line's end) or one of `orBefore` follows. */
    endsClause: z.array(z.strictObject({ phrases: z.array(z.string().min(1)).min(1), orBefore: z.array(z.string().regex(/^[\p{L}]+$/u)) })).optional(),
    $near: z.string().optional(),
    /**
     * Phrases (as written) read only where one of `words` stands within `before` words before them or `after` words after
     * them, in their clause and not past one of `stops` (a word opening another clause or joining another thing).
     */
    near: z
      .array(
        z.strictObject({
          phrases: z.array(z.string().min(1)).min(1),
          words: z.array(z.string().regex(/^[\p{L}\p{N}]+$/u)).min(1),
          before: z.number().int().min(0).max(8).optional(),
          after: z.number().int().min(0).max(8).optional(),
          stops: z.array(z.string().regex(/^[\p{L}]+$/u)).optional(),
        }),
      )
      .optional(),
    phrases: foldedPhrases(lang),
  });
}
const FrenchSchema = foldedTableSchema('fr');
const GermanSchema = foldedTableSchema('de');
const PortugueseSchema = foldedTableSchema('pt');

/**
 * A language whose writers tell the age in its own words and units ("Pac. 6 m. mergaitė", "Pesar, 4 sal", "14 g., zēns"),
 * read as a folded table is, only in a note holding at least minCues of its cue words: its units mean other things in an
 * English note ("5 m." is months, "3 m" metres, "14 g" grams).
 */
const ageWordList = z.array(z.string().regex(/^[\p{L}]+$/u));
const AgeLanguageSchema = z.strictObject({
  $comment: z.string().optional(),
  language: z.string().regex(/^[a-z]+$/),
  minCues: z.number().int().min(2),
  cues: ageWordList.min(1),
  /** Cues only right after a number: a unit that is also a name ("Sal", "Kala") tells the language only as a unit. */
  unitCues: ageWordList,
  /** Words for the child, the patient or the age (an "Age" key): a besideChild phrase is read only next to one. */
  childWords: ageWordList.min(1),
  /** Words for a newborn or an infant: no years phrase is read on their line (a baby's "4 m." or "4 g." is no 4 years). */
  infantWords: ageWordList.min(1),
  /** Words for a relative: a years phrase right after one is the relative's age. */
  relativeWords: ageWordList.min(1),
  /** Words after which a years phrase is no years ("4 m. old": an English "m." is months). */
  notBeforeYears: ageWordList,
  /**
   * An "opensLine" phrase's sentence naming a child or a relation (`words`) or another age (a number before one of `units`) is
   * a parent's or a spouse's line ("38 år kvinna söker med sin son, 3 mån"): no age read (round 53, fix53b, after review r53).
   */
  opensLineOther: z.strictObject({ words: ageWordList.min(1), units: ageWordList.min(1) }).optional(),
  /**
   * Where an "opensLineAlone" amount is no child's age (round 60, after review rfix60it): under a heading of past history
   * (`historyHeadings`: "Anamnesi patologica remota:", "APR:"), on one of two lines that each open on an age (a timeline:
   * "3 anni, IVU …" / "5 anni, frattura …"), or past a comma whose clause tells an event (`events`: treated, a fracture, an
   * admission, an operation). Past the comma the clause's own amount counts only as the complaint's duration (`since` right
   * or two words before it: "da 5 giorni", "da circa 2 settimane") or a time ago (`ago` right after its unit: "2 ore fa"),
   * never a treatment's length ("trattata con 7 giorni di antibiotico").
   */
  opensLineAlone: z
    .strictObject({ $comment: z.string().optional(), historyHeadings: ageWordList.min(1), events: ageWordList.min(1), since: ageWordList.min(1), ago: ageWordList.min(1) })
    .optional(),
  /**
   * An age that tells its language by itself (round 54, fix54c): one of `units` right after a number, the number right after
   * one of `words` opening its line ("Girl 9 let.", "Boy 7 rokiv,") or opening its line itself with one of `words` right
   * after the unit ("13 eton, boy."), the age ending its clause there. Counted as the language's fewest cues, so an English
   * note naming its child so is read through the table; a unit after any other word ("10 let", "let me know", "2 lat
   * views", "Brother: boy 10 let") tells nothing.
   */
  selfCue: z.strictObject({ $comment: z.string().optional(), units: ageWordList.min(1), words: ageWordList.min(1) }).optional(),
  /**
   * Cues this table shares with neighbouring languages' (`shared`: the Russian/Ukrainian "let", "roky", "rtg", "mrt", "boli"
   * are Czech or Polish too) count, and its selfCue holds, only in a note holding no cue of `languages`' tables and none of
   * `words` ("Chlapec 8 let, záda bolí 2 roky, RTG" is Czech; round 54, fix54c, after review r54).
   */
  yieldsTo: z.strictObject({ $comment: z.string().optional(), languages: z.array(z.string()).min(1), shared: ageWordList.min(1), words: ageWordList }).optional(),
  /**
   * The folded tables' guards for a phrase of this table that is more than an age (round 60, fix60d: a Dutch "Graag" or a
   * Nordic "önskas" asking for a study): read only as the child's own, outright, and near its study.
   */
  $ownFinding: z.string().optional(),
  ownFinding: foldedTableSchema('fr').shape.ownFinding,
  $near: z.string().optional(),
  near: foldedTableSchema('fr').shape.near,
  phrases: z.array(
    z
      .strictObject({
        from: z.string().min(1),
        en: z.string().min(1),
        /** A reading in years: "age" where the phrase itself says whose age it is, "besideChild" where a child word must stand next to it. */
        /**
         * "opensLineAlone" (round 60, fix60it): an amount opening its line ("11 anni", "8 anni, M.", "12 anni, lombalgia da 5
         * giorni") read as opensLine is, and only where it closes its clause, a word of the child or the sex follows its comma,
         * or the clause after the comma tells its own amount: "4 anni, lombalgia." may be how long the pain has lasted.
         */
        years: z.enum(['age', 'besideChild', 'opensLine', 'opensLineAlone']).optional(),
      })
      .refine(shorter('from', 'en'), { message: 'en must be no longer than from (the view keeps every offset)' })
      .refine(amountOnce('from', 'en'), { message: 'an amount # is written once in from and once in en, or in neither' })
      .refine(moreThanAmount('from'), { message: 'a phrase is more than an amount' }),
  ),
});

const StudyNamesSchema = z.strictObject({
  $comment: z.string().optional(),
  names: z.array(
    z
      .strictObject({
        said: z.string().min(1),
        means: z.string().min(1),
        beforeSpine: z.boolean().optional(),
        /**
         * Views or a position naming a radiograph only where its line names no study otherwise ("Standing PA/lat whole
         * spine."; never "standing PA whole-spine XR", "scoliosis series (standing PA/lat full spine)", which name it already;
         * round 55, fix55a).
         */
        aloneOnLine: z.boolean().optional(),
        /**
         * Never read where its sentence tells a film's result or measurement ("EOS whole spine - Cobb 22 deg. Observe.",
         * "Standing PA whole spine, Cobb 19, Risser 0.", "… personally reviewed, 20 deg", "… - stable 20 deg"; the film is
         * already taken), nor right before one of `notBefore` ("Referred to EOS spine team"; narrowed after review r55).
         */
        notMeasured: z.boolean().optional(),
        notBefore: z.array(z.string().regex(/^[a-z]+$/)).optional(),
        ofCord: z.boolean().optional(),
        /**
         * Read only right after one of `after` ("Spinal UL") or right before one of `before` ("UL ländrygg"), in its clause:
         * never "UL spine reflexes", "Spine UL normal" (round 53, fix53b, narrowed after review r53).
         */
        onlyBeside: z.strictObject({ after: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1), before: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1) }).optional(),
        /**
         * Never read where its sentence asks (a question mark: "Would echo lombaire be helpful?") or where it is offered as
         * one of a choice ("echo lombaire or just reassurance", "Echo lombaire vs observation"; narrowed after review r57).
         */
        notAsked: z.boolean().optional(),
        /** Read before the spine, and also as a study told with its result (toldWithResult: "RX: spondylolysis L5", "Eco at 2 months normal"). */
        withResult: z.boolean().optional(),
      })
      .refine(shorter('said', 'means'), { message: 'means must be no longer than said (the view keeps every offset)' }),
  ),
  // Lower-case words of any script: Russian "МРТ пояснично-крестцового отдела позвоночника" reads its study past the region.
  spineWords: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  skipWords: z.array(z.string().regex(/^\p{Ll}+$/u)),
  regionWords: z.array(z.string().regex(/^\p{Ll}+$/u)),
  viewWords: z.array(z.string().regex(/^[a-z]+$/)),
  cordWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  $measuredWords: z.string().optional(),
  /** Words of a film's result or measurement refusing a notMeasured name in their sentence ("Cobb", "Risser", "stable"). */
  measuredWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  $choiceWords: z.string().optional(),
  /** Words offering a notAsked name as one of a choice right after it ("echo lombaire or just reassurance", "… vs observation"). */
  choiceWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  $otherStudyWords: z.string().optional(),
  /** Words naming a study: an aloneOnLine name on a line holding one names only that study's views (a trailing `*` a stem). */
  otherStudyWords: z.array(z.string().regex(/^[a-z][a-z -]*\*?$/)).min(1),
  /** What a study told done is found to be (toldWithResult): `results` close their clause ("normal."), `findings` open it ("spondylolysis L5"). */
  resultWords: z.strictObject({
    $comment: z.string().optional(),
    results: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    findings: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    ageUnits: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    /** Names read with their result only as written here ("RX", never "Rx" or "rx": a prescription). */
    casedNames: z.strictObject({ $comment: z.string().optional(), names: z.array(z.string().min(1)).min(1) }),
    /** A treatment on the line after the name: a prescription, no result. */
    treatments: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
    /** An organ or a pregnancy on the name's line: another organ's study. */
    otherOrgans: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1) }),
    /** Regions that name a chest or a neck too: no spinal study with a date alone after them. */
    regionsNotAlone: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
    /** A relative named before the name on its line: the relative's study ("Twin brother eco at 2 months normal"). */
    relatives: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z']+$/)).min(1) }),
  }),
});

export const LanguageVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  dictation: DictationSchema,
  spanish: SpanishSchema,
  french: FrenchSchema,
  german: GermanSchema,
  portuguese: PortugueseSchema,
  $ageLanguages: z.string().optional(),
  ageLanguages: z.array(AgeLanguageSchema),
  studyNames: StudyNamesSchema,
});
export type LanguageVocabulary = z.infer<typeof LanguageVocabularySchema>;

let cached: LanguageVocabulary | undefined;

export function languageVocabulary(): LanguageVocabulary {
  cached ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'language-vocabulary.json'), LanguageVocabularySchema);
  return cached;
}

/** A phrase of the tables: its words (as toWords reads them), the text between them, what it becomes. */
interface Entry {
  words: string[];
  /** An age language's reading in years, and what must stand beside it (ageLanguages `years`). */
  years?: 'age' | 'besideChild' | 'opensLine' | 'opensLineAlone';
  gaps: string[];
  to: string;
  /** A spoken mark: written against the word before it. */
  mark?: boolean;
  /** What follows the last word and is taken with it: the apostrophe of an elided article ("pas d'"). */
  tail?: string;
}

/** A folded language's table compiled: its phrases by first word, its cue words, titles and clause exclusions, unaccented. */
interface FoldedTable {
  phrases: Map<string, Entry[]>;
  cues: Set<string>;
  names: Set<string>;
  notInClause: Map<string, Set<string>>;
  /** notBeside: by a phrase's folded words joined, the words it is not read after or before. */
  notBeside: Map<string, { after: Set<string>; before: Set<string> }>;
  /** yieldsToBare: by a phrase's folded words joined, its group (the phrases' keys and the bare words they yield to). */
  yieldsToBare: Map<string, { phrases: Entry[]; bare: Set<string>; othersIn: Set<string> }>;
  /** ownFinding: by first word, whether the phrase must open its clause and the words refusing it in its sentence. */
  ownFinding: Map<string, OwnFindingRule>;
  /** ownFinding's rules for whole phrases: by a phrase's folded words joined (before the first word's rule). */
  ownFindingPhrases: Map<string, OwnFindingRule>;
  /** endsClause: by a phrase's folded words joined, the words that may follow it in its clause. */
  endsClause: Map<string, Set<string>>;
  /** near: by a phrase's folded words joined, the words one of which must stand near it, how near, and what stops the look. */
  near: Map<string, NearRule>;
}

interface OwnFindingRule {
  opensClause: boolean;
  yearInSentence: boolean;
  notInSentence: Set<string>;
}

interface NearRule {
  words: Set<string>;
  before: number;
  after: number;
  stops: Set<string>;
}

/** An age language compiled: its folded table and its word lists, unaccented. */
interface AgeTable {
  language: string;
  minCues: number;
  table: FoldedTable;
  unitCues: Set<string>;
  childWords: Set<string>;
  infantWords: Set<string>;
  relativeWords: Set<string>;
  notBeforeYears: Set<string>;
  opensLineOther: { words: Set<string>; units: Set<string> };
  opensLineAlone: { historyHeadings: Set<string>; events: Set<string>; since: Set<string>; ago: Set<string> };
  selfCue: { units: Set<string>; words: Set<string> };
  /** Cues and unit cues without the words shared with `yieldWords`' languages, and the words that make it yield. */
  ownCues: Set<string>;
  ownUnitCues: Set<string>;
  yieldWords: Set<string>;
}

interface Compiled {
  marks: Map<string, Entry[]>;
  dictation: Map<string, Entry[]>;
  /** dictation.recognized: a form only a speech recognizer writes ("M.R.I.", "see tea"), as one pattern tested once per note. */
  recognized: RegExp;
  spanish: Map<string, Entry[]>;
  /** The Spanish table's guards (notBeside, ownFinding, near), keyed by the phrases' folded words. */
  spanishGuards: FoldedTable;
  notAfter: Set<string>;
  notBefore: Set<string>;
  /** dictation.sparse: the marks read in a note of too few spoken marks, as said, and the words before that keep them words. */
  sparse: { marks: Set<string>; notAfter: Set<string>; recognizedMarks: Set<string> };
  /** The per-mark word rules, by the mark as said ("period"). */
  wordsNot: Map<string, { after?: Set<string>; before?: Set<string> }[]>;
  span: { say: string; openers: Set<string> };
  headingsUnsaid: Set<string>;
  spelled: Set<string>;
  /** dictation.spelledStudies: a study's letters spelled with spaces, joined in a note read as typed too (spelled-study.ts). */
  spelledStudies: SpelledStudies;
  /** dictation.fillers: words said while thinking ("um"), passed over by a correction. */
  fillers: Set<string>;
  /** dictation.dottedNotAfter: a dotted form after these words is no spelled study ("from the U.S."). */
  dottedNotAfter: Map<string, Set<string>>;
  longestSpelled: number;
  levels: Map<string, number>;
  numbers: Map<string, number>;
  /** dictation.hundred, dictation.scales: "one hundred and ninety" read whole; "two thousand" never read. */
  hundred: string;
  scales: Set<string>;
  decimal: string;
  grades: Map<string, Entry[]>;
  units: Set<string>;
  /** dictation.unitsBefore: the units a count is said after ("day one"). */
  unitsBefore: Set<string>;
  ageSaid: { after: Set<string>; afterName: Set<string>; notBefore: Set<string>; notAfter: Set<string> };
  undo: { say: Map<string, string[][]>; plain: Set<string>; window: number; notAfter: Set<string>; notBefore: Set<string>; negations: Set<string> };
  cues: Set<string>;
  /** The Spanish cues that are no Portuguese words (spanish.alsoPortuguese): what weighs a note between the two. */
  spanishOwnCues: Set<string>;
  french: FoldedTable;
  german: FoldedTable;
  portuguese: FoldedTable;
  /** ageLanguages: each language's table, read as a folded one, with the fewest cues it needs and the words its years need. */
  ageLanguages: AgeTable[];
  /** studyNames: names of studies as written outside North America ("NMR", "TAC of the lumbar spine"), read in every note. */
  studies: Map<string, Entry[]>;
  /** The studyNames entries read only before a word naming the spine, by their words. */
  beforeSpine: Set<Entry>;
  /** The studyNames entries read only on a line naming no other study (aloneOnLine). */
  aloneOnLine: Set<Entry>;
  /** The studyNames entries never read in a sentence telling a film's measurement or result (notMeasured). */
  notMeasured: Set<Entry>;
  /** The studyNames entries never read right before one of their words (notBefore: "EOS spine team"), past spine words. */
  studyNotBefore: Map<Entry, Set<string>>;
  /** The studyNames entries read only when their sentence goes on to name the spine or the cord (ofCord). */
  ofCord: Set<Entry>;
  /** The studyNames entries never read asked or offered as a choice (notAsked). */
  notAsked: Set<Entry>;
  /** A word of studyNames.choiceWords opening the text after a notAsked name (commas and spaces before it, a stop after it). */
  offeredAfter: RegExp;
  /** The studyNames entries read only beside their own words (onlyBeside), folded. */
  onlyBeside: Map<Entry, { after: Set<string>; before: Set<string> }>;
  cordWords: Set<string>;
  /** A film's result or measurement told in a sentence (studyNames measuredWords; measuredInSentence). */
  measured: RegExp;
  /** A word naming a study (studyNames otherStudyWords; namesAnotherStudyOnLine). */
  otherStudyWord: RegExp;
  /** The studyNames entries read also as a study told with its result (withResult), and the patterns that tell one (toldWithResult). */
  withResult: Set<Entry>;
  resultAfterColon: RegExp;
  resultAfterTime: RegExp;
  dateAfterRegion: RegExp;
  /** The names read with their result only as written (resultWords.casedNames), lower-cased, each with its own spelling. */
  casedNames: Map<string, string>;
  /** A treatment after the name, or an organ or a pregnancy anywhere, on its line (resultWords.treatments, otherOrgans). */
  treatmentAfter: RegExp;
  otherOrgan: RegExp;
  /** A relative before the name on its line (resultWords.relatives). */
  relativeBefore: RegExp;
  spineWords: Set<string>;
  /** Words a study's name may stand past before the spine: skipWords and regionWords. */
  skipWords: Set<string>;
  regionWords: Set<string>;
  /** Words of a radiograph's views that may follow a region named without the spine ("Rx lumbosacral with obliques"). */
  viewWords: Set<string>;
  /** The first words of the study names and of the spoken marks, lower case (cuesIn). */
  studyFirst: ReadonlySet<string>;
  dictatedFirst: ReadonlySet<string>;
  /**
   * By each cue word of studyFirst and dictatedFirst, a pattern that every place where an entry of that word (of studies,
   * of marks) matches holds (entriesMayMatch): a note holding a cue word but none of its names or marks is passed over.
   */
  studyGates: Map<string, RegExp>;
  markGates: Map<string, RegExp>;
  /** Every age language's cue and unit words, folded: whether any may be in the note, in one look-up. */
  ageCues: Set<string>;
  /**
   * The hashes (asciiHash) of the cue words of the tables written in ASCII, as bits (cueHashBit): a word of the note whose
   * hash's bit is clear is none of them. A bit table, not a Set of numbers: half of the hashes are beyond a small integer,
   * and a Set look-up of one allocates it on the heap (cuesIn was 2 % of the analysis, most of it this look-up).
   */
  cueHashes: Uint32Array;
}

/**
 * The word of a study's name that cuesIn looks for: one a note holds only when it may name the study, so that a note
 * naming none passes over the table ("echo" of "spinal echo", "quang" of "X-quang"; not "spinal", "lumbar" or "x",
 * which most notes hold). Any word of the name is a sound cue, since the name matches only where all its words stand.
 */
export function rareWordOf(said: string, names: LanguageVocabulary['studyNames']): string {
  const words = said
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const common = (w: string) => w.length < 2 || names.spineWords.includes(w) || names.skipWords.includes(w) || names.regionWords.includes(w) || names.cordWords.includes(w);
  return words.find((w) => !common(w)) ?? words.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The word an amount `#` of a phrase is compiled to (no word of a note is written so). */
const AMOUNT = '\u0001';
const DIGITS = /^\d{1,3}$/;
/** A word of an amount and a unit's letters against it ("9a", "13a", the Czech "11letý"). */
const ATTACHED = /^(\d{1,3})(\p{L}{1,4})$/u;
/** The same apostrophe however typed. */
const apostrophes = (s: string) => s.replace(/[\u2019\u02bc`]/g, "'");
/** A word without its accents or ligatures: "fièvre" is "fievre", "sœur" "soeur". */
export const unaccented = (s: string) =>
  /[^ -~\s]/.test(s)
    ? s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/œ/g, 'oe')
        .replace(/æ/g, 'ae')
        // Turkish dotless i ("kız", "aylık", "kazası"): the letter of the unaccented word ("kiz"); "İ" loses its dot above.
        .replace(/ı/g, 'i')
    : s;

function entryOf(from: string, to: string, mark = false, fold = false): Entry {
  const marked = from.replace(/#/g, '0amount0');
  const ws = toWords(marked);
  // An amount written against its unit ("#a" of "9a tüdruk") is the amount and the unit's letters in one word.
  const words = ws.map((w) => (w.text.startsWith('0amount0') ? AMOUNT + w.text.slice(8) : fold ? unaccented(w.text) : w.text));
  const gaps = ws.slice(1).map((w, i) => apostrophes(marked.slice(ws[i].end, w.start)));
  const tail = ws.length ? apostrophes(marked.slice(ws[ws.length - 1].end)).trimEnd() : '';
  return { words, gaps, to, mark, ...(tail ? { tail } : {}) };
}

function indexed(entries: Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = out.get(e.words[0]) ?? [];
    list.push(e);
    out.set(e.words[0], list);
  }
  // Longest first: "no se ordenan estudios de imagen" before "no se ordena"; of as many words, the one taking the longer
  // tail first ("demande:" before "demandé": a key is read as a key).
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length || (b.tail?.length ?? 0) - (a.tail?.length ?? 0));
  return out;
}

function foldedTable(
  phrases: readonly { from: string; en: string; years?: Entry['years'] }[],
  t: {
    cues: readonly string[];
    names: readonly string[];
    notInClause: readonly { first: string; words: readonly string[] }[];
    notBeside?: readonly { phrases: readonly string[]; after?: readonly string[]; before?: readonly string[] }[];
    yieldsToBare?: readonly { phrases: readonly string[]; bare: readonly string[]; othersIn: readonly string[] }[];
    ownFinding?: readonly { first?: string; phrases?: readonly string[]; opensClause: boolean; yearInSentence?: boolean; notInSentence: readonly string[] }[];
    endsClause?: readonly { phrases: readonly string[]; orBefore: readonly string[] }[];
    near?: readonly { phrases: readonly string[]; words: readonly string[]; before?: number; after?: number; stops?: readonly string[] }[];
  },
): FoldedTable {
  const key = (phrase: string) => entryOf(phrase.toLowerCase(), '', false, true).words.join(' ');
  return {
    phrases: indexed(phrases.map((p) => ({ ...entryOf(p.from.toLowerCase(), p.en, false, true), ...(p.years ? { years: p.years } : {}) }))),
    cues: foldedSet(t.cues),
    names: foldedSet(t.names),
    notInClause: new Map(t.notInClause.map((r) => [folded(r.first), foldedSet(r.words)])),
    notBeside: new Map((t.notBeside ?? []).flatMap((r) => r.phrases.map((p) => [key(p), { after: foldedSet(r.after ?? []), before: foldedSet(r.before ?? []) }] as const))),
    yieldsToBare: new Map(
      (t.yieldsToBare ?? []).flatMap((r) => {
        const group = { phrases: r.phrases.map((p) => entryOf(p.toLowerCase(), '', false, true)), bare: foldedSet(r.bare), othersIn: foldedSet(r.othersIn) };
        return r.phrases.map((p) => [key(p), group] as const);
      }),
    ),
    ownFinding: new Map(
      (t.ownFinding ?? []).flatMap((r) =>
        r.first === undefined
          ? []
          : [[folded(r.first), { opensClause: r.opensClause, yearInSentence: r.yearInSentence === true, notInSentence: foldedSet(r.notInSentence) }] as const],
      ),
    ),
    ownFindingPhrases: new Map(
      (t.ownFinding ?? []).flatMap((r) =>
        (r.phrases ?? []).map((p) => [key(p), { opensClause: r.opensClause, yearInSentence: r.yearInSentence === true, notInSentence: foldedSet(r.notInSentence) }] as const),
      ),
    ),
    endsClause: new Map((t.endsClause ?? []).flatMap((r) => r.phrases.map((p) => [key(p), foldedSet(r.orBefore)] as const))),
    near: new Map(
      (t.near ?? []).flatMap((r) => {
        const rule = { words: foldedSet(r.words), before: r.before ?? 0, after: r.after ?? 0, stops: foldedSet(r.stops ?? []) };
        return r.phrases.map((p) => [key(p), rule] as const);
      }),
    ),
  };
}

/** A list's words in lower case, as a set. */
const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
/** A word in lower case without its accents, as the folded tables hold it; a list of them as a set. */
const folded = (x: string) => unaccented(x.toLowerCase());
const foldedSet = (xs: readonly string[]) => new Set(xs.map(folded));
/** A mark as said, in the words the reader gives ("Period" → "period"): the key its rules are found by. */
const saidKey = (said: string) =>
  toWords(said)
    .map((w) => w.text)
    .join(' ');

/**
 * The forms only a speech recognizer writes (dictation.recognized), as one case-blind pattern: each whole, its spaces any
 * run of spaces, never inside a longer word or a longer dotted run ("M.R.I." is one, not the end of "X.M.R.I.").
 */
function recognizedPattern(forms: readonly string[]): RegExp {
  const escaped = forms.map((f) => f.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // ASCII classes, no Unicode mode: the forms are ASCII, and the pattern runs on every note (a fifth faster so).
  return new RegExp(`(?<![A-Za-z0-9.])(?:${escaped.join('|')})(?![A-Za-z0-9])`, 'i');
}

/** A letter or digit as toWords reads one (notes/words.ts isWordChar: a combining macron or overline too). */
const WORD_CLASS = String.raw`[\p{L}\p{N}\u0304\u0305]`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * What every match of the entry (matchEntry) holds in the note lower-cased as toWords lowers it: its words one right after
 * another, the last ending a word, a gap of spaces where its own gap is spaces, and its own gap where that is written otherwise
 * without an apostrophe (matchEntry takes such a gap only as written); any run of other characters where its gap holds an
 * apostrophe (matchEntry takes the apostrophe however typed). A necessary condition, never a sufficient one: the tail and
 * every guard are left to the reading. Undefined for an entry with an amount, which this does not describe.
 */
function entryPattern(e: Entry): string | undefined {
  if (!e.words.length || e.words.some((w) => w.startsWith(AMOUNT))) return undefined;
  let out = escapeRe(e.words[0]);
  for (let k = 1; k < e.words.length; k++) {
    const want = e.gaps[k - 1];
    const gap = SPACE_ONLY.test(want) ? String.raw`[ \t\u00a0]+` : want.includes("'") || !want ? `(?:(?!${WORD_CLASS})[^])+` : escapeRe(want);
    out += gap + escapeRe(e.words[k]);
  }
  // No look-behind before the first word: a pattern opening on its literal is searched for as a string, and the gate only
  // needs to hold wherever the entry matches.
  return `${out}(?!${WORD_CLASS})`;
}

/**
 * By cue word, one pattern for the entries of that cue (entryPattern): a note that holds an entry matching holds its cue
 * word, which is one of the entry's words. An entry whose cue is none of its words, or whose pattern cannot be written, is
 * in every cue's pattern (one it cannot be written for makes every pattern match), so the gate stays sound for any vocabulary.
 */
function entryGates(entries: readonly { cue: string; e: Entry }[]): Map<string, RegExp> {
  const always: string[] = [];
  const byCue = new Map<string, string[]>();
  for (const { cue, e } of entries) {
    const p = entryPattern(e) ?? '';
    if (!p || !e.words.includes(cue)) always.push(p);
    else byCue.set(cue, [...(byCue.get(cue) ?? []), p]);
  }
  const gates = new Map<string, RegExp>();
  // One pattern per cue word, however many entries share it.
  for (const cue of new Set(entries.map((x) => x.cue))) gates.set(cue, new RegExp([...(byCue.get(cue) ?? []), ...always].join('|') || '(?!)', 'u'));
  return gates;
}

/**
 * Whether an entry of some of the cue words found may match in the text (entryGates); true where the text lower-cased is not
 * of its length (toWords then lowers word by word, which this pattern does not follow).
 */
function entriesMayMatch(text: string, lowered: () => string, cues: readonly string[], gates: Map<string, RegExp>): boolean {
  const lower = lowered();
  if (lower.length !== text.length) return true;
  for (const w of cues) {
    const gate = gates.get(w);
    if (!gate || gate.test(lower)) return true;
  }
  return false;
}

const compiledOf = perVocabulary((v: LanguageVocabulary): Compiled => {
  const d = v.dictation;
  const firstList = (xs: readonly string[]) => [...new Set(xs.map((x) => toWords(x)[0]?.text).filter((x): x is string => Boolean(x)))];
  const studyEntries = v.studyNames.names.map((n) => ({ n, e: entryOf(n.said.toLowerCase(), n.means) }));
  const c: Compiled = {
    studies: indexed(studyEntries.map((x) => x.e)),
    beforeSpine: new Set(studyEntries.filter((x) => x.n.beforeSpine).map((x) => x.e)),
    aloneOnLine: new Set(studyEntries.filter((x) => x.n.aloneOnLine).map((x) => x.e)),
    notMeasured: new Set(studyEntries.filter((x) => x.n.notMeasured).map((x) => x.e)),
    studyNotBefore: new Map(studyEntries.flatMap((x) => (x.n.notBefore ? [[x.e, new Set(x.n.notBefore)] as const] : []))),
    ofCord: new Set(studyEntries.filter((x) => x.n.ofCord).map((x) => x.e)),
    notAsked: new Set(studyEntries.filter((x) => x.n.notAsked).map((x) => x.e)),
    offeredAfter: new RegExp(String.raw`^[\s,]*(?:${alternation(v.studyNames.choiceWords)})\.?(?![\p{L}])`, 'iu'),
    onlyBeside: new Map(
      studyEntries.flatMap((x) => (x.n.onlyBeside ? [[x.e, { after: foldedSet(x.n.onlyBeside.after), before: foldedSet(x.n.onlyBeside.before) }] as const] : [])),
    ),
    cordWords: new Set(v.studyNames.cordWords),
    measured: new RegExp(String.raw`\d\s*(?:deg(?:rees?|s)?\b|°)|°|\b(?:${alternation(v.studyNames.measuredWords)})\b|\breview(?:\s+in)?\s+\d|\s[-\u2013\u2014]\s*\d`, 'i'),
    otherStudyWord: wordsPattern(v.studyNames.otherStudyWords, 'i', { one: wordOrStem }),
    withResult: new Set(studyEntries.filter((x) => x.n.withResult).map((x) => x.e)),
    ...resultPatterns(v.studyNames),
    spineWords: new Set(v.studyNames.spineWords),
    skipWords: new Set([...v.studyNames.skipWords, ...v.studyNames.regionWords]),
    regionWords: new Set(v.studyNames.regionWords),
    viewWords: new Set(v.studyNames.viewWords),
    studyFirst: new Set(v.studyNames.names.map((n) => rareWordOf(n.said, v.studyNames))),
    dictatedFirst: new Set(firstList(d.marks.map((m) => m.say)).map((x) => x.toLowerCase())),
    studyGates: entryGates(studyEntries.map((x) => ({ cue: rareWordOf(x.n.said, v.studyNames), e: x.e }))),
    markGates: entryGates(d.marks.map((m) => ({ cue: toWords(m.say)[0]?.text ?? '', e: entryOf(m.say, m.mark, true) }))),
    marks: indexed(d.marks.map((m) => entryOf(m.say, m.mark, true))),
    dictation: indexed(d.phrases.map((p) => entryOf(p.said, p.means))),
    recognized: recognizedPattern(d.recognized),
    spanish: indexed(v.spanish.phrases.map((p) => entryOf(p.es, p.en))),
    spanishGuards: foldedTable([], { cues: [], names: [], notInClause: [], notBeside: v.spanish.notBeside, ownFinding: v.spanish.ownFinding, near: v.spanish.near }),
    notAfter: lower(d.notAfter),
    notBefore: lower(d.notBefore),
    sparse: { marks: new Set(d.sparse.marks.map(saidKey)), notAfter: new Set(d.sparse.notAfter), recognizedMarks: new Set(d.sparse.recognizedMarks.map(saidKey)) },
    wordsNot: wordsNotOf(d.wordsNot),
    span: {
      say: saidKey(d.span.say),
      openers: new Set(d.span.openers),
    },
    headingsUnsaid: new Set(d.headingsUnsaid),
    spelled: new Set(d.spelled),
    spelledStudies: spelledStudiesOf(d.spelledStudies),
    fillers: lower(d.fillers),
    dottedNotAfter: new Map(Object.entries(d.dottedNotAfter).map(([k, xs]) => [k, lower(xs)])),
    longestSpelled: Math.max(0, ...d.spelled.map((s) => s.length)),
    levels: new Map(Object.entries(d.levels)),
    numbers: new Map(Object.entries(d.numbers)),
    hundred: d.hundred,
    scales: lower(d.scales),
    decimal: d.decimal,
    grades: indexed(Object.entries(d.grades).map(([k, to]) => entryOf(k, to))),
    units: lower(d.units),
    unitsBefore: lower(d.unitsBefore),
    ageSaid: {
      after: new Set(d.ageSaid.after),
      afterName: new Set(d.ageSaid.afterName),
      notBefore: new Set(d.ageSaid.notBefore),
      notAfter: new Set(d.ageSaid.notAfter),
    },
    undo: {
      say: [...d.undo.say, ...d.undo.sayPlain].reduce((m, x) => {
        const ws = x.split(' ');
        return m.set(ws[0], [...(m.get(ws[0]) ?? []), ws]);
      }, new Map<string, string[][]>()),
      plain: new Set(d.undo.sayPlain),
      window: d.undo.window,
      notAfter: lower(d.undo.notAfter),
      notBefore: lower(d.undo.notBefore),
      negations: forwardNegations(),
    },
    cues: lower(v.spanish.cues),
    spanishOwnCues: ((shared) => new Set([...lower(v.spanish.cues)].filter((w) => !shared.has(w))))(lower(v.spanish.alsoPortuguese)),
    french: foldedTable(
      v.french.phrases.map((p) => ({ from: p.fr, en: p.en })),
      v.french,
    ),
    german: foldedTable(
      v.german.phrases.map((p) => ({ from: p.de, en: p.en })),
      v.german,
    ),
    portuguese: foldedTable(
      v.portuguese.phrases.map((p) => ({ from: p.pt, en: p.en })),
      v.portuguese,
    ),
    ageLanguages: v.ageLanguages.map((l) => {
      const table = foldedTable(l.phrases, { cues: l.cues, names: [], notInClause: [], ownFinding: l.ownFinding, near: l.near });
      return {
        language: l.language,
        minCues: l.minCues,
        table,
        unitCues: foldedSet(l.unitCues),
        childWords: foldedSet(l.childWords),
        infantWords: foldedSet(l.infantWords),
        relativeWords: foldedSet(l.relativeWords),
        notBeforeYears: foldedSet(l.notBeforeYears),
        opensLineOther: { words: foldedSet(l.opensLineOther?.words ?? []), units: foldedSet(l.opensLineOther?.units ?? []) },
        opensLineAlone: {
          historyHeadings: foldedSet(l.opensLineAlone?.historyHeadings ?? []),
          events: foldedSet(l.opensLineAlone?.events ?? []),
          since: foldedSet(l.opensLineAlone?.since ?? []),
          ago: foldedSet(l.opensLineAlone?.ago ?? []),
        },
        selfCue: { units: foldedSet(l.selfCue?.units ?? []), words: foldedSet(l.selfCue?.words ?? []) },
        ownCues: new Set<string>(),
        ownUnitCues: new Set<string>(),
        yieldWords: new Set<string>(),
      };
    }),
    ageCues: new Set(),
    cueHashes: new Uint32Array(CUE_HASH_BITS >>> 5),
  };
  v.ageLanguages.forEach((l, i) => {
    const t = c.ageLanguages[i];
    const shared = foldedSet(l.yieldsTo?.shared ?? []);
    for (const w of t.table.cues) if (!shared.has(w)) t.ownCues.add(w);
    for (const w of t.unitCues) if (!shared.has(w)) t.ownUnitCues.add(w);
    if (!l.yieldsTo) return;
    for (const w of foldedSet(l.yieldsTo.words)) t.yieldWords.add(w);
    for (const name of l.yieldsTo.languages) {
      const other = c.ageLanguages.find((o) => o.language === name);
      if (!other) throw new Error(`language-vocabulary: ${l.language} yieldsTo unknown language ${name}`);
      for (const w of other.table.cues) if (!shared.has(w)) t.yieldWords.add(w);
    }
  });
  for (const l of c.ageLanguages) for (const w of [...l.table.cues, ...l.unitCues, ...l.selfCue.units]) c.ageCues.add(w);
  for (const set of [c.dictatedFirst, c.cues, c.studyFirst, c.french.cues, c.german.cues, c.portuguese.cues, c.ageCues])
    for (const w of set) if (/^[ -~]*$/.test(w)) setCueHashBit(c.cueHashes, asciiHash(w, 0, w.length));
  return c;
});

const SPACE_ONLY = /^[ \t\u00a0]+$/;

/** A phrase of `index` matched at words[i]: the last word it takes, where it ends, and the amount it holds, as written. */
interface Match {
  entry: Entry;
  last: number;
  end: number;
  amount?: string;
}

/** The phrase of `index` matching at words[i], longest first (and that `accept` takes, when given): how many words it takes. */
function matchAt(text: string, words: readonly Word[], i: number, index: Map<string, Entry[]>, accept?: (m: Match) => boolean): Match | undefined {
  const w = words[i].text;
  const own = index.get(w);
  // DIGITS and ATTACHED both open on an ASCII digit: neither pattern is run on a word that does not (nearly every word).
  const c0 = w.charCodeAt(0);
  const against = c0 >= 48 && c0 <= 57 ? ATTACHED.exec(w) : null;
  const amount = c0 >= 48 && c0 <= 57 && DIGITS.test(w) ? index.get(AMOUNT) : against ? index.get(AMOUNT + against[2]) : undefined;
  if (!own && !amount) return undefined;
  for (const e of own && amount ? [...own, ...amount].sort((a, b) => b.words.length - a.words.length) : (own ?? amount)!) {
    work.steps++;
    const m = matchEntry(text, words, i, e);
    if (m && (!accept || accept(m))) return m;
  }
  return undefined;
}

function matchEntry(text: string, words: readonly Word[], i: number, e: Entry): Match | undefined {
  let j = i;
  let amount: string | undefined;
  for (let k = 0; k < e.words.length; k++, j++) {
    if (j >= words.length) return undefined;
    if (k > 0) {
      const gap = text.slice(words[j - 1].end, words[j].start);
      const want = e.gaps[k - 1];
      if (gap !== want && !(SPACE_ONLY.test(gap) && SPACE_ONLY.test(want)) && apostrophes(gap) !== want) return undefined;
    }
    if (e.words[k].length > 1 && e.words[k].startsWith(AMOUNT)) {
      // "9a": the amount against its unit; the unit is the entry's, the amount as written.
      const against = ATTACHED.exec(words[j].text);
      if (!against || AMOUNT + against[2] !== e.words[k]) return undefined;
      amount = text.slice(words[j].start, words[j].start + against[1].length);
      continue;
    }
    if (e.words[k] !== AMOUNT) {
      if (words[j].text !== e.words[k]) return undefined;
      continue;
    }
    // An amount: "2", or with a decimal written either way, "1,5", "2.5".
    if (!DIGITS.test(words[j].text)) return undefined;
    const start = words[j].start;
    const next = words[j + 1];
    if (next && /^\d{1,2}$/.test(next.text) && /^[.,]$/.test(text.slice(words[j].end, next.start))) j++;
    amount = text.slice(start, words[j].end);
  }
  const last = j - 1;
  let end = words[last].end;
  if (e.tail) {
    if (apostrophes(text.slice(end, end + e.tail.length)) !== e.tail) return undefined;
    end += e.tail.length;
  }
  return { entry: e, last, end, amount };
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Padded before rather than after: an amount stays against its unit ("      15 year old"). */
  right?: boolean;
  /** Letters spelled apart, joined ("M R I", "C. T." as "MRI", "CT"). */
  spelled?: boolean;
}

function isMarkAt(text: string, words: readonly Word[], i: number, c: Compiled): { entry: Entry; last: number } | undefined {
  const m = matchAt(text, words, i, c.marks);
  if (!m) return undefined;
  // "for a period of two weeks", "the sigmoid colon", "colon cancer": the word itself.
  if (i > 0 && c.notAfter.has(words[i - 1].text) && SPACE_ONLY.test(text.slice(words[i - 1].end, words[i].start))) return undefined;
  if (m.last + 1 < words.length && c.notBefore.has(words[m.last + 1].text)) return undefined;
  const said = m.entry.words.join(' ');
  const rules = c.wordsNot.get(said);
  if (rules) {
    const prev = i > 0 && SPACE_ONLY.test(text.slice(words[i - 1].end, words[i].start)) ? words[i - 1].text : undefined;
    const next = m.last + 1 < words.length && SPACE_ONLY.test(text.slice(words[m.last].end, words[m.last + 1].start)) ? words[m.last + 1].text : undefined;
    const holds = (set: Set<string> | undefined, w: string | undefined) => !set || (w !== undefined && set.has(w));
    if (rules.some((r) => holds(r.after, prev) && holds(r.before, next))) return undefined;
  }
  // "over a 6 week period", "a two-day period": a span; "x 1 week period", "the past 1 year period" end a sentence.
  if (said === c.span.say && i > 2 && SPACE_ONLY.test(text.slice(words[i - 1].end, words[i].start)) && c.span.openers.has(words[i - 3].text)) {
    const amount = words[i - 2].text;
    if (SPACE_ONLY.test(text.slice(words[i - 3].end, words[i - 2].start)) && (DIGITS.test(amount) || c.numbers.has(amount)) && unitAfter(text, words, i - 2, c)) return undefined;
  }
  return m;
}

/** Whether words[n + 1] is a unit joined to the amount ending at words[n] by a space or a dash ("ten days", "two-day"). */
function unitAfter(text: string, words: readonly Word[], n: number, c: Compiled): boolean {
  const after = n + 1;
  return after < words.length && c.units.has(words[after].text) && /^[ -]$/.test(text.slice(words[n].end, words[after].start));
}

function wordsNotOf(rules: z.infer<typeof DictationSchema>['wordsNot']): Compiled['wordsNot'] {
  const out: Compiled['wordsNot'] = new Map();
  for (const r of rules) {
    const key = saidKey(r.say);
    out.set(key, [...(out.get(key) ?? []), { ...(r.after ? { after: lower(r.after) } : {}), ...(r.before ? { before: lower(r.before) } : {}) }]);
  }
  return out;
}

/**
 * In a note of too few spoken marks to read as dictated, a spoken full stop or comma (dictation.sparse.marks) at words[i]
 * that the dictation reading takes for a mark, standing between two words with only spaces around it and not after one of
 * sparse.notAfter: "no fever period night pain for 2 weeks", "no fever comma night pain". A mark word said at a line's end,
 * next to a typed mark or after a word that makes it a noun ("pain free period", "for a period of") stays a word.
 */
function sparseMarkAt(text: string, words: readonly Word[], i: number, c: Compiled, marks = c.sparse.marks): { edit: Edit; last: number } | undefined {
  if (i === 0 || !c.sparse.notAfter.size || c.sparse.notAfter.has(words[i - 1].text)) return undefined;
  const m = isMarkAt(text, words, i, c);
  if (!m || !marks.has(m.entry.words.join(' ')) || m.last + 1 >= words.length) return undefined;
  const before = text.slice(words[i - 1].end, words[i].start);
  const after = text.slice(words[m.last].end, words[m.last + 1].start);
  if (!/^[ \t]+$/.test(before) || !/^[ \t]+$/.test(after)) return undefined;
  return { edit: { start: words[i - 1].end, end: words[m.last].end, text: m.entry.to }, last: m.last };
}

/** Real marks: a full stop, comma, colon or semicolon before a space or the end of a line. */
function realMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === ',' || ch === ':' || ch === ';') && (i + 1 === text.length || /\s/.test(text[i + 1]))) n++;
  }
  work.steps += text.length;
  return n;
}

function isDictated(text: string, words: readonly Word[], c: Compiled, min: number): boolean {
  let spoken = 0;
  for (let i = 0; i < words.length; i++) {
    const m = isMarkAt(text, words, i, c);
    if (m) {
      spoken++;
      i = m.last;
    }
  }
  return spoken >= min && spoken > realMarks(text);
}

/** Where a clause ends: a comma, a semicolon, a line break, a full stop before a space or the end. */
const CLAUSE_END = /[,;\n\r]|\.(?=\s|$)/;

/**
 * Whether a French phrase matched at words[i] is read: not a phrase ending in a lone letter before a
 * slash ("Neuro : N/A", "Neuro: N/D" are no "N" for normal), not a phrase the table keeps from beside a word that changes
 * it (notBeside: "un peu profonde" is somewhat deep, "dlr au dos du pied" the back of the foot), not a phrase yielding to
 * a word the note tells bare elsewhere (yieldsToBare: "non profonde selon maman … profonde à mon examen" is deep), not a
 * phrase held to the child's own finding outside one (ownFinding), not an adjective read only at its clause's end before a
 * word carrying the clause on (endsClause: "la douleur continue de s'améliorer" is the verb), not a phrase wanting a
 * subject, agent or place none of whose words is near (near: "les démangeaisons le réveillent la nuit"), and not a phrase
 * the table keeps out of a clause that says otherwise ("sensibilité L5 diminuée" is sensation, not tenderness at L5).
 */
function frenchAccepts(text: string, words: readonly Word[], i: number, m: Match, t: FoldedTable): boolean {
  const e = m.entry;
  const lastWord = e.words[e.words.length - 1];
  if (lastWord.length === 1 && lastWord !== AMOUNT && !e.tail && text[m.end] === '/') return false;
  if (besideRefused(text, words, i, m, t)) return false;
  if (yieldsToBareWord(text, words, m, t)) return false;
  if (notOwnFinding(text, words, i, m, t)) return false;
  if (clauseGoesOn(text, words, m, t)) return false;
  if (nothingNear(text, words, i, m, t)) return false;
  const against = e.words.length > 1 ? notInClause(t, e) : undefined;
  if (!against) return true;
  // The clause, to the next mention of the same word ("sensibilité à la palpation de L3 et sensibilité normale aux MI" is two).
  const same = (k: number) => words[k].text === e.words[0];
  let first = i;
  while (first > 0 && !same(first - 1) && !CLAUSE_END.test(text.slice(words[first - 1].end, words[first].start))) first--;
  let last = m.last;
  while (last + 1 < words.length && !same(last + 1) && !CLAUSE_END.test(text.slice(words[last].end, words[last + 1].start))) last++;
  work.steps += last - first + 1;
  for (let k = first; k <= last; k++) if (against.has(words[k].text)) return false;
  return true;
}

/**
 * The Spanish table keeps its accents, but its guards are read as the folded tables' are (review rfix59es): a request
 * "pido" only before its study and at its clause's head, never in a question or beside a condition or a relative; "no
 * refiere" never before what it denies is relief ("No refiere mejoría del dolor nocturno": the pain goes on).
 */
function spanishAccepts(text: string, folded: readonly Word[], i: number, m: Match, t: FoldedTable): boolean {
  const f = { ...m, entry: { ...m.entry, words: m.entry.words.map((w) => (w === AMOUNT ? w : unaccented(w))) } };
  return !besideRefused(text, folded, i, f, t) && !notOwnFinding(text, folded, i, f, t) && !nothingNear(text, folded, i, f, t);
}

const notInClause = (t: FoldedTable, e: Entry) => t.notInClause.get(e.words[0]);

/** Two words with only spaces or an elision between them: one phrase, "un peu profonde", "dlr au dos du pied". */
const joined = (text: string, a: Word, b: Word) => /^(?:\s+|['\u2019]\s*)$/.test(text.slice(a.end, b.start)) && !text.slice(a.end, b.start).includes('\n');

/** notBeside: the phrase matched at words[i] stands right after or right before a word that makes it another thing. */
function besideRefused(text: string, words: readonly Word[], i: number, m: Match, t: FoldedTable): boolean {
  const rule = t.notBeside.get(m.entry.words.join(' '));
  if (!rule) return false;
  const prev = i > 0 ? words[i - 1] : undefined;
  const next = m.last + 1 < words.length ? words[m.last + 1] : undefined;
  return (
    (prev !== undefined && rule.after.has(prev.text) && joined(text, prev, words[i])) || (next !== undefined && rule.before.has(next.text) && joined(text, words[m.last], next))
  );
}

/**
 * yieldsToBare: a shallow dimple's phrase ("non profonde", "peu profonde") is not read where the note tells the depth bare
 * elsewhere ("mais profonde à mon examen", "un peu profonde"): one who saw it deep outweighs one who did not. A bare word
 * in a clause naming another person is that person's ("Frère avec fossette profonde") and does not count.
 */
function yieldsToBareWord(text: string, words: readonly Word[], m: Match, t: FoldedTable): boolean {
  const group = t.yieldsToBare.get(m.entry.words.join(' '));
  if (!group) return false;
  work.steps += words.length;
  for (let k = 0; k < words.length; k++) {
    if (k === m.last || !group.bare.has(words[k].text)) continue;
    const explained = group.phrases.some((p) => {
      const start = k - p.words.length + 1;
      if (start < 0) return false;
      const at = matchEntry(text, words, start, p);
      return at !== undefined && at.last === k && !besideRefused(text, words, start, at, t);
    });
    if (!explained && !clauseHolds(text, words, k, group.othersIn)) return true;
  }
  return false;
}

/** The clause of words[k] (to a comma, ';', a full stop or the line's end, either side) holds one of `these`. */
function clauseHolds(text: string, words: readonly Word[], k: number, these: ReadonlySet<string>): boolean {
  let first = k;
  while (first > 0 && !CLAUSE_END.test(text.slice(words[first - 1].end, words[first].start))) first--;
  let last = k;
  while (last + 1 < words.length && !CLAUSE_END.test(text.slice(words[last].end, words[last + 1].start))) last++;
  for (let j = first; j <= last; j++) if (these.has(words[j].text)) return true;
  return false;
}

/** Where the sentence holding [start, end) begins and ends: a stop, a question or exclamation mark before a space, or a line. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !(/[.!?]/.test(text[from - 1]) && /\s/.test(text[from] ?? ' '))) from--;
  const close = /[.!?](?=\s|$)|\n/.exec(text.slice(end));
  return { from, to: close ? end + close.index + 1 : text.length };
}

/**
 * ownFinding: a French shorthand held to the child's own finding ("Dlr lombaire depuis 10 jours", "(IVU récidivantes)")
 * is not read where its sentence asks ("IVU récidivantes?", "lui donner des dlrs lombaires?") or names another person, a
 * place that is someone else's ("chez la sœur") or a past ("l'an dernier", "a eu"), nor, where its rule says so, away
 * from the head of its clause ("Sœur a une dlr lombaire": the subject is someone's). Left unread, a shorter phrase is read.
 */
function notOwnFinding(text: string, words: readonly Word[], i: number, m: Match, t: FoldedTable): boolean {
  const rule = t.ownFindingPhrases.get(m.entry.words.join(' ')) ?? (m.entry.words.length > 1 ? t.ownFinding.get(m.entry.words[0]) : undefined);
  if (!rule) return false;
  const { from, to, asks } = sentenceAsking(text, words[i].start, m.end);
  if (asks) return true;
  if (rule.yearInSentence && /\b(?:19|20)\d\d\b/.test(text.slice(from, to))) return true;
  let k = i;
  while (k > 0 && words[k - 1].start >= from) k--;
  work.steps += to - from;
  for (; k < words.length && words[k].end <= to; k++) if (rule.notInSentence.has(words[k].text)) return true;
  if (!rule.opensClause) return false;
  const head = text.slice(from, words[i].start).replace(/^[\s*\u2022\u2013\u2014-]+/, '');
  return head !== '' && !/(?:[,;:(\u2013\u2014]|\s-)\s*$/.test(head);
}

/**
 * endsClause: a phrase read only at its clause's end is followed, with nothing but spaces between, by a word that carries
 * the clause on: "La douleur lombaire continue de s'améliorer" is the verb (the pain goes on improving), not a constant
 * pain; "Douleur dorsale continue, ne cède jamais" and "douleur continue depuis 2 semaines" are.
 */
function clauseGoesOn(text: string, words: readonly Word[], m: Match, t: FoldedTable): boolean {
  const orBefore = t.endsClause.get(m.entry.words.join(' '));
  if (!orBefore || m.last + 1 >= words.length) return false;
  const next = words[m.last + 1];
  return SPACE_ONLY.test(text.slice(m.end, next.start)) && !orBefore.has(next.text);
}

/**
 * near: a phrase that tells its finding only of a certain subject, agent or place has none of its words near it, in its
 * clause (or, where it opens a clause after a comma, the clause before): "les démangeaisons le réveillent la nuit" (no pain wakes him), "Épineuses percutées par l'examinateur" (no
 * vehicle struck the child: the spine was percussed), "orifice punctiforme prétragien" (no opening over the spine).
 */
function nothingNear(text: string, words: readonly Word[], i: number, m: Match, t: FoldedTable): boolean {
  const rule = t.near.get(m.entry.words.join(' '));
  if (!rule) return false;
  const breaks = (a: Word, b: Word) => CLAUSE_END.test(text.slice(a.end, b.start));
  work.steps += rule.before + rule.after;
  // A phrase opening its clause after a comma has its subject in the clause before ("douleurs lombaires depuis 3 semaines,
  // la réveillent la nuit"): only there is the look carried over one break.
  for (
    let k = i - 1;
    k >= 0 && i - k <= rule.before && (k === i - 1 ? !/[;\n\r]|\.(?=\s|$)/.test(text.slice(words[k].end, words[i].start)) : !breaks(words[k], words[k + 1]));
    k--
  ) {
    if (rule.words.has(words[k].text)) return false;
    if (rule.stops.has(words[k].text)) break;
  }
  for (let k = m.last + 1; k < words.length && k - m.last <= rule.after && !breaks(words[k - 1], words[k]); k++) {
    if (rule.words.has(words[k].text)) return false;
    if (rule.stops.has(words[k].text)) break;
  }
  return true;
}

/**
 * A phrase of an age language running past a full stop into a word written with a capital: a new sentence, not the
 * abbreviation its phrase holds ("Nukrito nuo 3 m. Mergaitė verkia": metres, then the girl; "Ruum 9a. Poiss": a room).
 */
function newSentenceWithin(text: string, words: readonly Word[], i: number, m: Match): boolean {
  for (let k = i + 1; k <= m.last; k++) {
    if (/\.\s/.test(text.slice(words[k - 1].end, words[k].start)) && /\p{Lu}/u.test(text[words[k].start])) return true;
  }
  return false;
}

/** Two words next to each other: on one line, nothing between them but a few spaces, commas, colons or a stop. */
const besideGap = (text: string, a: Word, b: Word) => /^[ \t,:;.-]{0,4}$/.test(text.slice(a.end, b.start));

/** A word of opensLineOther.words, or a number before one of its units, after words[last] in its sentence. */
function otherInSentence(text: string, words: readonly Word[], last: number, a: AgeTable): boolean {
  const o = a.opensLineOther;
  for (let j = last + 1; j < words.length; j++) {
    if (/[.?!](?:\s|$)|\n/.test(text.slice(words[j - 1].end, words[j].start))) return false;
    if (o.words.has(words[j].text)) return true;
    if (DIGITS.test(words[j].text) && j + 1 < words.length && o.units.has(words[j + 1].text)) return true;
  }
  return false;
}

/**
 * An age language's request word (a Dutch "Graag", a Nordic "önskas") is read only as the folded tables read theirs: in a
 * sentence that asks for the study outright, for the child (ownFinding), and near the study it asks for (near).
 */
function ownAndNear(text: string, words: readonly Word[], i: number, m: Match, t: FoldedTable): boolean {
  return !notOwnFinding(text, words, i, m, t) && !nothingNear(text, words, i, m, t);
}

/**
 * A years phrase of an age language is read only where it is the child's age: never on a line naming a newborn or an
 * infant (a baby's "4 m." or "4 g." is no 4 years), never right after a relative ("Сестра момиче на 12 г."), never
 * before a word that makes it something else ("4 m. old", English months), never as one part of an age told in two
 * ("1 г. 6 мес.": read whole or not at all); and a besideChild one ("# sal", "# лет") only next to a word for the child,
 * the patient or the age ("Pesar, 4 sal", "Age: 18 sal"), so a complaint's duration stays one ("dard 3 sal", "боль 5 лет").
 */
function ageAccepts(text: string, words: readonly Word[], i: number, m: Match, a: AgeTable, infantLines: () => ReadonlySet<number>): boolean {
  const e = m.entry;
  const prev = i > 0 && besideGap(text, words[i - 1], words[i]) ? words[i - 1] : undefined;
  const next = m.last + 1 < words.length && besideGap(text, words[m.last], words[m.last + 1]) ? words[m.last + 1] : undefined;
  if (e.words[0].startsWith(AMOUNT)) {
    // The second part of an age told in two ("1 г. 6 мес."): the first part is an amount and a unit right before it.
    const unit = prev && !DIGITS.test(prev.text) && i > 1 && besideGap(text, words[i - 2], prev) ? words[i - 2] : undefined;
    if (unit && DIGITS.test(unit.text)) return false;
  }
  // A relative's, on either side: "Bror 3 dagar gammal", "11letý bratr má skoliózu" (not one opening the next sentence:
  // "Pesar 6 sal. Mother worried").
  if (prev && a.relativeWords.has(prev.text)) return false;
  if (next && a.relativeWords.has(next.text) && !/[.;:]/.test(text.slice(words[m.last].end, next.start))) return false;
  if (!e.years) return true;
  if (next && DIGITS.test(next.text)) return false;
  if (next && a.notBeforeYears.has(next.text)) return false;
  if (infantLines().has(lineOf(text, words[i].start))) return false;
  // "22 år mann, fell from a ladder" (round 53, fix53b): an adult's own age told by the word after the years, read only where
  // the number opens its line; after other words ("Föräldrar: 40 år man och 38 år kvinna", "Son 5 år, 40 år man") it is
  // as often a parent's or a spouse's.
  // After review r53: never where its sentence names a child or a relation or tells another age ("38 år kvinna söker med sin
  // son, 3 mån", "40 år man kommer med sin dotter").
  if (e.years === 'opensLine' || e.years === 'opensLineAlone') {
    if (!/^[ \t]*(?:[-*•]\s*)?$/.test(text.slice(lineOf(text, words[i].start), words[i].start)) || otherInSentence(text, words, m.last, a)) return false;
    return e.years === 'opensLine' || (!pastHistoryLine(text, words, i, a) && closesOwnClause(text, words, m.last, a));
  }
  if (e.years === 'besideChild') {
    return (
      (prev !== undefined && (a.childWords.has(prev.text) || namedChild(text, words, i - 1, a))) ||
      // The word after it in its own sentence ("11 yaş kız"), never past a full stop ("Bel ağrısı 2 yaş. Kız."; round 54).
      (next !== undefined && a.childWords.has(next.text) && !/[.;:]/.test(text.slice(words[m.last].end, next.start))) ||
      glossedChild(text, words, i, a)
    );
  }
  return true;
}

/**
 * An age opening its line that is the line's identification, not a complaint's duration (opensLineAlone): its clause ends
 * right after it ("11 anni", "7 aa. Lombalgia"), or past its comma stands a word for the child or the sex ("8 anni, M."), or
 * the clause after the comma tells its own amount, so the opening one is no duration of it ("12 anni, lombalgia da 5
 * giorni"); "4 anni, lombalgia." is left unread (round 60, fix60it).
 */
function closesOwnClause(text: string, words: readonly Word[], last: number, a: AgeTable): boolean {
  const next = words[last + 1];
  if (!next) return true;
  const gap = text.slice(words[last].end, next.start);
  if (/[.;\n]/.test(gap)) return true;
  if (!gap.includes(',')) return false;
  if (a.childWords.has(next.text) || SEX_LETTERS.has(next.text)) return true;
  // After review rfix60it: the clause's amount is its own only as the complaint's duration or a time ago, and never in a
  // clause telling a past event ("3 anni, IVU febbrile trattata con 7 giorni di antibiotico" is a history line's age).
  const o = a.opensLineAlone;
  let own = false;
  for (let j = last + 1; j < words.length; j++) {
    if (j > last + 1 && /[.;,\n]/.test(text.slice(words[j - 1].end, words[j].start))) break;
    if (o.events.has(words[j].text)) return false;
    const since = o.since.has(words[j - 1]?.text) || (j > last + 2 && o.since.has(words[j - 2].text));
    if (DIGITS.test(words[j].text) && (since || o.ago.has(words[j + 2]?.text))) own = true;
  }
  return own;
}

/**
 * An age opening a line of past history, not the child's today (after review rfix60it): under a heading of past history (the
 * nearest line above, in its block, that is a key alone: "Anamnesi patologica remota:", "APR:"), or one of a timeline (another
 * line right before or after it opens on an amount and a unit of opensLineOther.units: "3 anni, IVU …" / "5 anni, frattura …").
 */
function pastHistoryLine(text: string, words: readonly Word[], i: number, a: AgeTable): boolean {
  const start = lineOf(text, words[i].start);
  for (let end = start - 1; end > 0;) {
    const from = lineOf(text, end);
    const line = text.slice(from, end);
    if (!line.trim()) break;
    if (/^[^:]{1,60}:\s*$/.test(line)) {
      if (toWords(line).some((w) => a.opensLineAlone.historyHeadings.has(folded(w.text)))) return true;
      break;
    }
    end = from - 1;
  }
  const before = start > 0 ? lineOf(text, start - 1) : -1;
  const endOfLine = text.indexOf('\n', start);
  const after = endOfLine < 0 ? -1 : endOfLine + 1;
  return [before, after].some((at) => at >= 0 && at !== start && opensOnAge(text, words, at, a));
}

/** The line starting at `at` opens on an amount and a unit of opensLineOther.units, no time ago ("5 anni, frattura …"). */
function opensOnAge(text: string, words: readonly Word[], at: number, a: AgeTable): boolean {
  const j = lowerBound(words, (w) => w.start, at);
  const w = words[j];
  if (!w || lineOf(text, w.start) !== at || !DIGITS.test(w.text) || !/^[ \t]*(?:[-*•]\s*)?$/.test(text.slice(at, w.start))) return false;
  return a.opensLineOther.units.has(words[j + 1]?.text) && !a.opensLineAlone.ago.has(words[j + 2]?.text);
}

/** The sex as one letter, after an age's comma ("8 anni, M."). */
const SEX_LETTERS = new Set(['m', 'f']);

/**
 * A word for the child glossed in brackets right before the age, as a writer glosses their own language's word ("Agori
 * (boy) 9 eton", "Dytyna (child) 11 mis."; round 54, fix54c): the word before the bracket is one for the child, never a
 * relative's ("Sestra (sister) 12 eton").
 */
function glossedChild(text: string, words: readonly Word[], i: number, a: AgeTable): boolean {
  if (i < 2 || !/^\)[ \t]+$/.test(text.slice(words[i - 1].end, words[i].start))) return false;
  const native = words[i - 2];
  return /^[ \t]*\($/.test(text.slice(native.end, words[i - 1].start)) && a.childWords.has(native.text) && a.childWords.has(words[i - 1].text);
}

/**
 * The child's given name right before the age, after a word for the child or the patient ("Paziente: Luca, 10 anni",
 * "Bambina Giulia 8 mesi"): the name is written with a capital and is no word of the table (never "Madre Anna, 38 anni",
 * whose word before the name is a relative's). A letter kept private may stand for the name, a capital with its full stop
 * ("il piccolo L., di 5 mesi"; round 60, fix60it).
 */
function namedChild(text: string, words: readonly Word[], n: number, a: AgeTable): boolean {
  if (n < 1) return false;
  const written = text.slice(words[n].start, words[n].end);
  const initial = /^\p{Lu}$/u.test(written) && text[words[n].end] === '.';
  if (!initial && !/^\p{Lu}\p{Ll}+$/u.test(written)) return false;
  const name = words[n].text;
  if (a.childWords.has(name) || a.relativeWords.has(name)) return false;
  return besideGap(text, words[n - 1], words[n]) && a.childWords.has(words[n - 1].text);
}

/** The offset where the line holding `at` starts: the line's name. */
const lineOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/**
 * Round 36's names of a study by its method or machine ("tomography", "scanner", "resonance" and their Spanish, Portuguese
 * and Italian forms) are not read where the English name's order guards would not hold either: after "no indication for"
 * or "no need for" ("No indication for resonance of the spine"), after a relative in the sentence ("Sister had a tomography of
 * the spine"), before "after the" another study ("resonance of lumbar spine after the echography": the other is first), or
 * asked with a question mark in the clause. Left unread, the sentence reads as it did before these names were known.
 */
const METHOD_NAME = /^(?:computed\s+tomograph|positron|tomograph|tomograf|tomodensit|scanner|(?:nuclear\s+)?(?:magnetic\s+)?resonan|resson|risonan)/i;
const METHOD_NOT_BEFORE =
  /\b(?:no|not|without)\s+(?:\w+\s+)?(?:indication|indicated|need|needed|necessary)\b|\b(?:sister|sisters|brother|brothers|sibling|siblings|mother|father|mum|mom|dad|parent|parents|aunt|uncle|cousin|grand\w+|twin)\b/i;
const METHOD_NOT_AFTER =
  /\?|\bafter\s+(?:the\s+|an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:us|ultrasound|echo\w*|ecograf\w*|sono\w*|x-?rays?|xr|rx|radiograph\w*|ct|mri|tomograph\w*|resonan\w*|scanner)\b/i;
function methodNameUnread(text: string, start: number, end: number): boolean {
  if (!METHOD_NAME.test(text.slice(start, end))) return false;
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('. ', start - 1), text.lastIndexOf(';', start - 1)) + 1;
  const stop = /[.;\n]/.exec(text.slice(end));
  const to = stop ? end + stop.index : text.length;
  return METHOD_NOT_BEFORE.test(text.slice(from, start)) || METHOD_NOT_AFTER.test(text.slice(end, to));
}

/**
 * Whether a studyNames entry matched at words[i] is read: always, unless it is read only before the spine
 * ("TAC of the lumbar spine", "RX LS spine"; not "TAC 0.1% cream", "Rx: ibuprofen"), when a spineWords word
 * follows it past at most five skipWords, on its line and in its clause (no spaced dash, stop or bracket between), or
 * a region that ends its name (regionEndsName: "Rx lumbosacral with obliques").
 */
function studyAccepts(text: string, words: readonly Word[], i: number, m: Match, c: Compiled): boolean {
  if (c.notAsked.has(m.entry) && askedOrOffered(text, words[i].start, m.end, c)) return false;
  const beside = c.onlyBeside.get(m.entry);
  if (beside) {
    const gap = (a: Word, b: Word) => !/[\n\r.;:,()]|\s[-\u2013\u2014]/.test(text.slice(a.end, b.start));
    const prev = i > 0 ? words[i - 1] : undefined;
    const next = m.last + 1 < words.length ? words[m.last + 1] : undefined;
    return (
      (prev !== undefined && gap(prev, words[i]) && beside.after.has(folded(prev.text))) || (next !== undefined && gap(words[m.last], next) && beside.before.has(folded(next.text)))
    );
  }
  if (c.ofCord.has(m.entry))
    return afterSpineWord(text, words, i, c) || spineRightAfter(text, words, m, c) || ofCordAfter(text, words, m, c) || tickedOnSpineLine(text, words, i, m, c);
  if (!c.beforeSpine.has(m.entry)) return true;
  if (c.aloneOnLine.has(m.entry) && namesAnotherStudyOnLine(text, words[i].start, m.end, c)) return false;
  if (c.notMeasured.has(m.entry) && measuredInSentence(text, words[i].start, m.end, c)) return false;
  const notBefore = c.studyNotBefore.get(m.entry);
  if (notBefore) {
    // "Referred to EOS spine team", "EOS clinic": the name past any words of the spine or its region is a team's or a place's.
    let j = m.last + 1;
    while (j < words.length && j <= m.last + 4 && (c.spineWords.has(words[j].text) || c.skipWords.has(words[j].text))) j++;
    if (j < words.length && notBefore.has(words[j].text.toLowerCase()) && !/[\n\r.;:()]/.test(text.slice(m.end, words[j].start))) return false;
  }
  if (methodNameUnread(text, words[i].start, m.end)) return false;
  if (toldWithResult(text, words[i].start, m, c)) return true;
  const gloss = glossOf(text, words, m, c);
  const first = gloss ? gloss.last + 1 : m.last + 1;
  for (let j = first; j < words.length && j <= first + 5; j++) {
    // "Rx - lumbar spine stretches", "Rx (lumbar spine)": a break after the name ends its reach.
    if (/[\n\r.;:()]|\s[-\u2013\u2014]/.test(text.slice(j === first && gloss ? gloss.end : words[j - 1].end, words[j].start))) return false;
    if (c.spineWords.has(words[j].text)) return true;
    if (!c.skipWords.has(words[j].text)) return false;
    if (c.regionWords.has(words[j].text) && words[j].text.length > 2 && regionEndsName(text, words, j, c)) return true;
  }
  return false;
}

/** notAsked: the name's sentence holds a question mark, or a choice word ("or", "vs", "versus": offeredAfter) follows the name in its clause. */
function askedOrOffered(text: string, start: number, end: number, c: Compiled): boolean {
  const { to, asks } = sentenceAsking(text, start, end);
  return asks || c.offeredAfter.test(text.slice(end, to));
}

/** The sentence around a name (sentenceAround) and whether it asks: a question mark anywhere in it. */
function sentenceAsking(text: string, start: number, end: number): { from: number; to: number; asks: boolean } {
  const { from, to } = sentenceAround(text, start, end);
  return { from, to, asks: text.slice(from, to).includes('?') };
}

/** A bare number right after the spine, no count of views: an angle ("whole spine 22, T6-T12"). */
const BARE_ANGLE = /^[^.\n]*?\bspine\b[\s,:]*\d+(?![\d.])(?!\s*(?:views?|v|projections?|films?)\b)/i;
/**
 * A film's measurement or result told in the name's sentence (review r55): degrees ("22 deg", "20°"), a word of
 * studyNames.measuredWords ("Cobb", "Risser", "stable", "Observe"), "review 6 mo", a number after a spaced dash ("- 22 deg")
 * or a bare number right after the spine ("whole spine 22, T6-T12"; never "whole spine 2 views").
 */
function measuredInSentence(text: string, start: number, end: number, c: Compiled): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(Math.max(from, start - LINE_REACH), start);
  let cut = 0;
  for (const s of before.matchAll(/[.!?](?=\s)/g)) cut = s.index + 1;
  const head = before.slice(cut);
  const rest = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + LINE_REACH));
  const close = /[.!?](?=\s|$)/.exec(rest);
  const tail = close ? rest.slice(0, close.index) : rest;
  work.steps += before.length + rest.length;
  return c.measured.test(head) || c.measured.test(tail) || BARE_ANGLE.test(tail);
}

/** The name's line, less the name itself, names a study (aloneOnLine entries are then only the views of that study). */
function namesAnotherStudyOnLine(text: string, start: number, end: number, c: Compiled): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return c.otherStudyWord.test(text.slice(from, start)) || c.otherStudyWord.test(text.slice(end, to < 0 ? text.length : to));
}

/** How far along its line a study told with its result is read for an organ, a relative or a treatment. */
const LINE_REACH = 400;

/** A date as written after a study's name: "02.02.2026", "2/2/26", "02-2026". */
const DATE = String.raw`\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}[./-]\d{4}`;

/**
 * The patterns of a study told with its result (studyNames.resultWords), read from the end of its name: a colon and a
 * finding or a result closing the clause ("RX: spondylolysis L5 bilateral", "RX: normal."); a time ("at 2 months", "at
 * birth") or a date, then a result closing the clause ("Eco at 2 months normal", "RX 02.02.2026: normal"); a region of
 * the spine and a date right after it ("RX lumbosacral 02.02.2026 normal"), which labels a study the way a report does.
 */
function resultPatterns(
  n: LanguageVocabulary['studyNames'],
): Pick<Compiled, 'resultAfterColon' | 'resultAfterTime' | 'dateAfterRegion' | 'casedNames' | 'treatmentAfter' | 'otherOrgan' | 'relativeBefore'> {
  const words = (xs: readonly string[]) => alternation(xs, { longestFirst: true, one: (x) => spacedPhrase(x, String.raw`[ \t]+`) });
  const results = String.raw`(?:${words(n.resultWords.results)})[ \t]*(?:[.;,]|$)`;
  const findings = String.raw`(?:${words(n.resultWords.findings)})\b`;
  const time = String.raw`(?:at[ \t]+(?:\d{1,2}[ \t]*(?:${words(n.resultWords.ageUnits)})\b|birth\b)|${DATE}(?![\d./-]))`;
  const notAlone = new Set(n.resultWords.regionsNotAlone.words);
  const regions = n.regionWords.filter((w) => /^[a-z]{3,}$/.test(w) && !notAlone.has(w));
  const anyOf = (xs: readonly string[]) => new RegExp(String.raw`(?<![\p{L}\d])(?:${words(xs)})(?![\p{L}\d])`, 'iu');
  return {
    resultAfterColon: new RegExp(String.raw`^[ \t]*:[ \t]*(?:${findings}|${results})`, 'im'),
    resultAfterTime: new RegExp(String.raw`^[ \t]+${time}[ \t]*[:-]?[ \t]*(?:${findings}|${results})`, 'im'),
    dateAfterRegion: new RegExp(String.raw`^[ \t]+(?:${words(regions)})[ \t]+(?:${DATE})(?![\d./-])`, 'im'),
    casedNames: new Map(n.resultWords.casedNames.names.map((x) => [x.toLowerCase(), x])),
    treatmentAfter: anyOf(n.resultWords.treatments.words),
    otherOrgan: anyOf(n.resultWords.otherOrgans.words),
    relativeBefore: anyOf(n.resultWords.relatives.words),
  };
}

/**
 * "RX: spondylolysis L5 bilateral", "RX lumbosacral 02.02.2026 normal", "Eco at 2 months normal": a name read before
 * the spine that is also read as a study told with its result (withResult), on its own line; not "Rx: ibuprofen", "Rx:
 * normal saline", "Eco at 2 months planned", "RX lumbosacral corset".
 */
function toldWithResult(text: string, start: number, m: Match, c: Compiled): boolean {
  if (!c.withResult.has(m.entry)) return false;
  // "Rx: spondylolisthesis brace at night": only "RX" as written is the radiograph, "Rx" and "rx" prescribe.
  const said = text.slice(start, m.end);
  const cased = c.casedNames.get(said.toLowerCase());
  if (cased !== undefined && cased !== said) return false;
  // The line around the name, at most LINE_REACH characters each side, so a name repeated along one huge line costs no more
  // than its reach each time (the read stays linear).
  const ahead = text.slice(m.end, m.end + LINE_REACH);
  const lineAfter = ahead.slice(0, ahead.indexOf('\n') < 0 ? ahead.length : ahead.indexOf('\n'));
  const behind = text.slice(Math.max(0, start - LINE_REACH), start);
  const before = behind.slice(behind.lastIndexOf('\n') + 1);
  const after = lineAfter.slice(0, 120);
  work.steps += ahead.length + behind.length;
  // "RX: spondylolysis L5, no sport 3 months" prescribes; "Kidneys - eco at 2 months: normal", "Prenatal eco … normal",
  // "Eco at 6 weeks: normal, Graf type Ia" (an organ anywhere on the line) are another organ's or the pregnancy's study;
  // "Twin brother eco at 2 months normal" is a relative's.
  if (c.treatmentAfter.test(after) || c.otherOrgan.test(lineAfter) || c.otherOrgan.test(before) || c.relativeBefore.test(before)) return false;
  return c.resultAfterColon.test(after) || c.resultAfterTime.test(after) || c.dateAfterRegion.test(after);
}

/**
 * "ЯМР (MRI) lumbosacral spine", "TAC (CT) thoracolumbar spine": a bracket right after a name read only before the spine
 * that glosses it in English is taken with the name (its end and last word), so the spine past it is the name's.
 */
function glossOf(text: string, words: readonly Word[], m: Match, c: Compiled): { end: number; last: number } | undefined {
  if (!c.beforeSpine.has(m.entry)) return undefined;
  const g = /^[ \t]*\(([^()\n]{1,20})\)/.exec(text.slice(m.end, m.end + 32));
  if (!g || g[1].trim().toLowerCase() !== m.entry.to.toLowerCase()) return undefined;
  const end = m.end + g[0].length;
  let last = m.last;
  while (last + 1 < words.length && words[last + 1].start < end) last++;
  return { end, last };
}

/**
 * A region named without the word spine ends a study's name ("Rx lumbosacral with obliques (done in March): …", "RX
 * lumbar: normal") when its line, clause or name ends after it, or a word of the views follows it (viewWords); not "Rx
 * lumbosacral corset" (a prescription of a brace), where another word follows.
 */
function regionEndsName(text: string, words: readonly Word[], j: number, c: Compiled): boolean {
  // "ЯМР лумбален отдел (MRI L-spine)": a word of the name after the region ("отдел", part) still ends it there.
  if (j + 1 < words.length && c.skipWords.has(words[j + 1].text) && !c.regionWords.has(words[j + 1].text) && !/[\n\r.;:,()]/.test(text.slice(words[j].end, words[j + 1].start)))
    j++;
  if (j + 1 >= words.length) return true;
  if (/[\n\r.;:,()]/.test(text.slice(words[j].end, words[j + 1].start))) return true;
  return c.viewWords.has(words[j + 1].text);
}

/**
 * "spinal echo", "lumbosacral echo", "spinal cord echo": a name read only of the cord is of the spine when a word of the spine
 * or of its region (spineWords, cordWords, regionWords: "lumbar", "sacral") stands right before it, in its clause.
 */
function afterSpineWord(text: string, words: readonly Word[], i: number, c: Compiled): boolean {
  if (i === 0 || /[\n\r.;:,()]/.test(text.slice(words[i - 1].end, words[i].start))) return false;
  const w = words[i - 1].text;
  return c.spineWords.has(w) || c.cordWords.has(w) || (c.regionWords.has(w) && w.length > 2);
}

/**
 * "echo lumbar spine requested", "echo LWK", "echo wervelkolom lumbosacraal": a name read only of the cord is of the spine when
 * a word of the spine follows it, past region words only ("lumbar", "lumbosacraal"), in its clause; not "echo and lumbar
 * spine XR" (a heart study beside a spine one: "and" stands between) nor "echo: normal LV function".
 */
function spineRightAfter(text: string, words: readonly Word[], m: Match, c: Compiled): boolean {
  for (let j = m.last + 1; j < words.length && j <= m.last + 4; j++) {
    if (/[\n\r.;:,()]|\s[-\u2013\u2014]/.test(text.slice(words[j - 1].end, words[j].start))) return false;
    if (c.spineWords.has(words[j].text)) return true;
    if (!c.regionWords.has(words[j].text) || words[j].text.length < 3) return false;
  }
  return false;
}

/** A ticked box right before the name: "[x] echo", "[X] echo", "☒ echo", "☑ echo", "✓ echo". */
const TICKED_BEFORE = /(?:\[[xX✓✔]\]|[☒☑✓✔])[ \t]*$/;

/**
 * "Onderzoek: [x] echo  [ ] X  [ ] CT  [ ] MRI    region: wervelkolom lumbosacraal": a request form's ticked box names the
 * study of the region its line names, so a name read only of the cord is of the spine when its box is ticked and a word of
 * the spine stands later on its line (within sixteen words). An unticked "[ ] echo" is none, nor a ticked echo on a line
 * naming no spine ("[x] echo  region: heart").
 */
function tickedOnSpineLine(text: string, words: readonly Word[], i: number, m: Match, c: Compiled): boolean {
  if (!TICKED_BEFORE.test(text.slice(Math.max(0, words[i].start - 6), words[i].start))) return false;
  for (let j = m.last + 1; j < words.length && j <= m.last + 16; j++) {
    // "✓ echo, ✓ renal US, then MRI lumbar spine", "[x] echo [x] MRI spine": a clause or another ticked box is another study's.
    if (/[\n\r,;.+]/.test(text.slice(words[j - 1].end, words[j].start)) || TICKED_IN.test(text.slice(words[j - 1].end, words[j].start))) return false;
    if (TICKED_JOINS.has(words[j].text) || (text[words[j].start - 1] === '[' && text[words[j].end] === ']' && words[j].text === 'x')) return false;
    if (c.spineWords.has(words[j].text)) return true;
  }
  return false;
}
const TICKED_IN = /\[[✓✔]\]|[☒☑✓✔]/;
/** Words that join another study to a ticked one ("[x] echo and MRI spine", "[x] echo then spine US"). */
const TICKED_JOINS: ReadonlySet<string> = new Set(['and', 'then', 'plus', 'also', 'with']);

/**
 * Whether a name read only of the cord ("Echo was performed there (2025/5/12): conus medullaris tip at L3") has a
 * cordWords word within the twelve words after it, on its line and in its clause: "Echo: small PDA", "echo showed a
 * VSD" (the heart) and "echo and lumbar spine XR" (a heart study beside a spine one) are no study of the spine, nor is
 * "Echo showed small ASD, renal US normal, no cord imaging yet" (the cord named in a clause of its own).
 */
function ofCordAfter(text: string, words: readonly Word[], m: Match, c: Compiled): boolean {
  for (let j = m.last + 1; j < words.length && j <= m.last + 12; j++) {
    if (/[\n\r;,]|\.(?:\s|$)/.test(text.slice(words[j - 1].end, words[j].start))) return false;
    if (c.cordWords.has(words[j].text)) return true;
  }
  return false;
}

/** How many distinct cue words of a table the note holds. */
function cueCount(words: readonly Word[], cues: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (const w of words) if (cues.has(w.text)) seen.add(w.text);
  work.steps += words.length;
  return seen.size;
}

/**
 * Distinct cues, leaving out a word written with a capital in the middle of a sentence or after a title: a name
 * ("Uma Menino", "Dr. Costas"), which would otherwise carry an English note into a table.
 */
function cueCountNotNames(text: string, words: readonly Word[], cues: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!cues.has(w.text)) continue;
    if (i > 0 && /\p{Lu}/u.test(text[w.start])) {
      const gap = text.slice(words[i - 1].end, w.start);
      if (/^[ \t,]*$/.test(gap) || /^(?:dr|dra|drs|mr|mrs|ms)$/i.test(text.slice(words[i - 1].start, words[i - 1].end))) continue;
    }
    seen.add(w.text);
  }
  work.steps += words.length;
  return seen.size;
}

/** Distinct unit cues each right after a number ("4 sal"): a name written so ("Sal", "Kala") is no cue. */
/** Only spaces, or a comma and spaces ("13 eton, boy"), between two words of a self-cued age. */
const SELF_CUE_GAP = /^,?[ \t]+$/;
/** What may close a self-cued age: a clause mark, a bracket (a gloss: "Boy 7 rokiv (7 years)") or the line's end. */
const SELF_CUE_END = /^[ \t]*(?:[.,;:(]|\s[-\u2013\u2014]\s|[\r\n]|$)/;
/** Nothing but spaces and a bullet before a word on its line. */
const opensItsLine = (text: string, w: Word) => /^[ \t]*(?:[-*\u2022][ \t]*)?$/.test(text.slice(lineOf(text, w.start), w.start));

/**
 * An age that tells its language by itself (ageLanguages selfCue): a unit right after a number, the number right after a
 * word for the child opening its line, or opening it itself with the word right after the unit, the age then ending its
 * clause ("Girl 9 let.", "Man 45 rokiv, fell", "13 eton, boy.", "12 eton boy."). Never after any other word or mid-line
 * ("10 let", "Brother: boy 10 let", "pt 2 lat views", "boy 10 let us know").
 */
function selfCued(text: string, words: readonly Word[], s: AgeTable['selfCue'], relatives: ReadonlySet<string>): boolean {
  if (!s.units.size) return false;
  // A note giving a relative's age too ("Boy 10 let.\nBrother 2 mo is the patient."): whose age is whose is unclear, and an
  // age cued only by itself may be the other child's (review r54, probe 098).
  for (let i = 0; i + 1 < words.length; i++) if (relatives.has(words[i].text) && DIGITS.test(words[i + 1].text)) return false;
  for (let i = 1; i < words.length; i++) {
    if (!s.units.has(words[i].text) || !DIGITS.test(words[i - 1].text) || !/^[ \t]+$/.test(text.slice(words[i - 1].end, words[i].start))) continue;
    const num = words[i - 1];
    const before = i > 1 ? words[i - 2] : undefined;
    if (before && s.words.has(before.text) && /^[ \t]+$/.test(text.slice(before.end, num.start)) && opensItsLine(text, before) && SELF_CUE_END.test(text.slice(words[i].end)))
      return true;
    const after = words[i + 1];
    if (after && s.words.has(after.text) && opensItsLine(text, num) && SELF_CUE_GAP.test(text.slice(words[i].end, after.start)) && SELF_CUE_END.test(text.slice(after.end)))
      return true;
  }
  return false;
}

function unitCueCount(words: readonly Word[], cues: ReadonlySet<string>): number {
  if (!cues.size) return 0;
  const seen = new Set<string>();
  for (let i = 1; i < words.length; i++) if (cues.has(words[i].text) && DIGITS.test(words[i - 1].text)) seen.add(words[i].text);
  work.steps += words.length;
  return seen.size;
}

const isLetter = (text: string, w: Word) => w.end - w.start === 1 && /[A-Za-z]/.test(text[w.start]);

/** A number under a hundred said in words ("fifteen", "twenty five"): its value and the last word it takes. */
function tensAt(words: readonly Word[], text: string, i: number, c: Compiled): { value: number; last: number } | undefined {
  const n = c.numbers.get(words[i].text);
  if (n === undefined) return undefined;
  const next = words[i + 1];
  if (n >= 20 && n % 10 === 0 && next && /^[ -]$/.test(text.slice(words[i].end, next.start))) {
    const ones = c.numbers.get(next.text);
    if (ones !== undefined && ones >= 1 && ones <= 9) return { value: n + ones, last: i + 1 };
  }
  return { value: n, last: i };
}

/**
 * A whole number said in words ("fifteen", "twenty five", "one hundred and ninety"): its value and the last word it takes.
 * Never a prefix of a longer number: one going on with a scale it cannot read ("two thousand", "twenty hundred") is none.
 */
function wholeAt(words: readonly Word[], text: string, i: number, c: Compiled): { value: number; last: number } | undefined {
  const n = tensAt(words, text, i, c);
  if (!n) return undefined;
  const spacedNext = (k: number) => (k + 1 < words.length && /^[ -]$/.test(text.slice(words[k].end, words[k + 1].start)) ? words[k + 1] : undefined);
  let out = n;
  if (spacedNext(n.last)?.text === c.hundred && n.last === i && n.value >= 1 && n.value <= 9) {
    out = { value: n.value * 100, last: n.last + 1 };
    const and = spacedNext(out.last);
    const from = and?.text === 'and' ? out.last + 2 : out.last + 1;
    const rest = from < words.length && (from === out.last + 1 ? spacedNext(out.last) : spacedNext(out.last + 1)) ? tensAt(words, text, from, c) : undefined;
    if (rest && rest.value >= 1) out = { value: out.value + rest.value, last: rest.last };
  }
  const after = spacedNext(out.last)?.text;
  if (after !== undefined && (after === c.hundred || c.scales.has(after))) return undefined;
  return out;
}

/** A number said in words, with a decimal when said ("thirty nine point two"): its digits and the last word it takes. */
function numberAt(words: readonly Word[], text: string, i: number, c: Compiled): { value: string; last: number } | undefined {
  const n = wholeAt(words, text, i, c);
  if (!n) return undefined;
  const point = words[n.last + 1];
  const digit = words[n.last + 2];
  if (point?.text === c.decimal && digit && text.slice(words[n.last].end, point.start) === ' ' && text.slice(point.end, digit.start) === ' ') {
    const d = c.numbers.get(digit.text);
    if (d !== undefined && d <= 9) return { value: `${n.value}.${d}`, last: n.last + 2 };
  }
  return { value: String(n.value), last: n.last };
}

/** The most words a heading said aloud takes ("history of present illness" is four). */
const HEADING_WORDS = 4;

/**
 * Whether a section heading is said at words[i]: a key of the note language said before a spoken colon
 * ("plan colon", "neuro exam colon", "assessment and plan colon"), or the plan or order key said without
 * one ("plan MRI lumbar spine", "order MRI ..."), as dictating clinicians often leave the colon out.
 */
function headingSaidAt(text: string, words: readonly Word[], i: number, c: Compiled): boolean {
  let said = words[i].text;
  for (let k = i; k < words.length - 1 && k < i + HEADING_WORDS; k++) {
    if (k > i) said += ' ' + words[k].text;
    if (!SPACE_ONLY.test(text.slice(words[k].end, words[k + 1].start))) break;
    if (isMarkAt(text, words, k + 1, c)?.entry.to === ':') return lookupKey(said) !== undefined;
  }
  const key = lookupKey(words[i].text)?.name;
  return key !== undefined && c.headingsUnsaid.has(key);
}

/**
 * Whether the number said in words[i..last] is an age said with no unit (language-vocabulary.json dictation.ageSaid):
 * right after "age"/"aged", or after "now" between spoken commas right after a name ("Maya comma now fifteen comma").
 */
function ageSaidAt(text: string, words: readonly Word[], i: number, last: number, c: Compiled): boolean {
  const spaced = (a: number, b: number) => a >= 0 && b < words.length && SPACE_ONLY.test(text.slice(words[a].end, words[b].start));
  if (i < 1 || !spaced(i - 1, i)) return false;
  const prev = words[i - 1].text;
  const next = last + 1 < words.length && spaced(last, last + 1) ? words[last + 1].text : undefined;
  if (next !== undefined && c.ageSaid.notBefore.has(next)) return false;
  // "bone age ten", "mental age four": no age of the child's years.
  if (c.ageSaid.after.has(prev)) return !(i >= 2 && spaced(i - 2, i - 1) && c.ageSaid.notAfter.has(words[i - 2].text));
  if (!c.ageSaid.afterName.has(prev) || i < 3 || !spaced(i - 2, i - 1) || !spaced(i - 3, i - 2)) return false;
  const comma = isMarkAt(text, words, i - 2, c);
  const name = words[i - 3];
  if (comma?.entry.to !== ',' || comma.last !== i - 2 || !/^\p{Lu}\p{Ll}/u.test(text.slice(name.start, name.start + 2))) return false;
  const closing = next !== undefined ? isMarkAt(text, words, last + 1, c) : undefined;
  return closing !== undefined && (closing.entry.to === ',' || closing.entry.to === '.');
}

/**
 * Whether a correction's words at words[i..last] may be a scratch on the skin ("a scratch that bled", "old scratch that
 * healed": dictation.undo notAfter, notBefore). A correction no sentence of a note says otherwise ("sorry I mean",
 * undo.sayPlain) is never one: "four months old sorry I mean fourteen months" corrects the age.
 */
function scratchOnSkin(words: readonly Word[], i: number, last: number, form: readonly string[], c: Compiled): boolean {
  if (c.undo.plain.has(form.join(' '))) return false;
  return c.undo.notAfter.has(words[i - 1].text) || (last + 1 < words.length && c.undo.notBefore.has(words[last + 1].text));
}

/** The spoken correction's form ("scratch that") said at words[i], its words one space apart, after a first word; or none. */
function undoFormAt(text: string, words: readonly Word[], i: number, c: Compiled): readonly string[] | undefined {
  const forms = c.undo.say.get(words[i].text);
  if (!forms || i === 0) return undefined;
  return forms.find((f) =>
    f.every((x, k) => i + k < words.length && words[i + k].text === x && (k === 0 || SPACE_ONLY.test(text.slice(words[i + k - 1].end, words[i + k].start)))),
  );
}

/**
 * The words a spoken correction ("scratch that") at words[i] takes back (language-vocabulary.json dictation.undo): from
 * the first word dropped to the command's last word; undefined when the words there are no correction.
 */
function undoAt(text: string, words: readonly Word[], i: number, clauseStart: number, c: Compiled): { first: number; last: number } | undefined {
  const form = undoFormAt(text, words, i, c);
  if (!form) return undefined;
  const last = i + form.length - 1;
  const from = Math.max(clauseStart, i - c.undo.window);
  if (from >= i || scratchOnSkin(words, i, last, form, c)) return undefined;
  // What is said again after it, to the next mark.
  const again: string[] = [];
  for (let k = last + 1; k < words.length && again.length < c.undo.window; k++) {
    if (isMarkAt(text, words, k, c) || (k > last + 1 && /[.,;:!?\n]/.test(text.slice(words[k - 1].end, words[k].start)))) break;
    again.push(words[k].text);
  }
  if (!again.length) return undefined;
  let first = i - 1;
  for (let k = i - 1; k >= from; k--) {
    if (words[k].text === again[0]) {
      first = k;
      break;
    }
  }
  // The words said again stand in for as many words before the command, aligned on a word they repeat ("x ray lumbar
  // spine scratch that thoracic spine" takes back "lumbar spine", not the study; "no fever scratch that low grade fever"
  // takes back "no fever"): the cut never reaches further back than the repeated phrase does.
  let restated = false;
  if (first === i - 1 && words[i - 1].text !== again[0]) {
    for (let k = i - 1; k >= from && !restated; k--) {
      const j = again.indexOf(words[k].text);
      if (j > 0) {
        restated = true;
        first = Math.max(from, k - j);
      }
    }
  }
  work.steps += i - from + again.length;
  // "no fever scratch that fever thirty nine", "no weakness scratch that weakness in the left leg": the whole finding said
  // again without the negation right before it takes the negation back too (left standing it would deny what is now
  // said). "no night pain scratch that night sweats": whether the negation goes too cannot be told, so the words are
  // read as written.
  if (
    !restated &&
    first > from &&
    first < i &&
    words.slice(first, i).every((w, k) => w.text === again[k]) &&
    c.undo.negations.has(words[first - 1].text) &&
    !c.undo.negations.has(again[0])
  )
    first -= 1;
  if (!restated && !c.undo.negations.has(again[0])) for (let k = from; k < first; k++) if (c.undo.negations.has(words[k].text)) return undefined;
  return { first, last };
}

/** Whether the typed gap before words[k] ends a clause in a recognized note (a dotted letter's stop before a lower-case word does not). */
function typedClauseBreak(text: string, words: readonly Word[], k: number): boolean {
  const gap = text.slice(words[k - 1].end, words[k].start);
  if (/[,;:!?()\n]/.test(gap)) return true;
  return gap.includes('.') && !isLetter(text, words[k]) && /^\p{Lu}/u.test(text[words[k].start]);
}

/**
 * A spoken correction in a recognized note, set off with typed marks or not ("Plan C.T. lumbar spine, scratch that, M.R.I.
 * lumbar spine without contrast.", "... lumbar spine. Scratch that. M.R.I. ..."): it takes back the clause before it (a filler-only one, "um", passed over; a leading key such as
 * "Plan" kept), or only the words the restated ones stand in for ("with contrast, scratch that, without contrast").
 */
function typedUndoAt(text: string, words: readonly Word[], i: number, c: Compiled): { first: number; last: number } | undefined {
  const form = undoFormAt(text, words, i, c);
  if (!form) return undefined;
  const last = i + form.length - 1;
  if (scratchOnSkin(words, i, last, form, c)) return undefined;
  const again: string[] = [];
  for (let k = last + 1; k < words.length && again.length < c.undo.window; k++) {
    if (k > last + 1 && typedClauseBreak(text, words, k)) break;
    again.push(words[k].text);
  }
  if (!again.length) return undefined;
  // The clause before, passing over one of fillers only.
  let from = i;
  for (let tries = 0; tries < 2; tries++) {
    let k = from - 1;
    while (k > 0 && !typedClauseBreak(text, words, k)) k--;
    const fillerOnly = words.slice(k, from).every((x) => c.fillers.has(x.text));
    from = k;
    if (!fillerOnly) break;
  }
  if (from < i && lookupKey(words[from].text) !== undefined) from++;
  if (from >= i || i - from > 12) return undefined;
  let first = from;
  for (let k = i - 1; k >= from; k--) {
    const j = again.indexOf(words[k].text);
    if (j >= 0) {
      first = Math.max(from, k - j);
      break;
    }
  }
  // "No fever, scratch that, fever 39": the negation before the words said again goes with them.
  if (first > from && c.undo.negations.has(words[first - 1].text) && !c.undo.negations.has(again[0])) first -= 1;
  work.steps += i - from + again.length;
  return { first, last };
}

/**
 * The dictation edit starting at words[i], if any, and the last word it takes. A note only recognized (its marks typed by
 * the recognizer, dictation.recognized) keeps its words for the marks as words (`spoken` false).
 */
function dictationEdit(text: string, words: readonly Word[], i: number, c: Compiled, spoken = true): { edit: Edit; last: number } | undefined {
  const w = words[i];
  const mark = spoken ? isMarkAt(text, words, i, c) : undefined;
  if (mark) {
    const end = words[mark.last].end;
    // Written against the word before it on the line: " period" is ".      ".
    const before = i > 0 ? words[i - 1].end : 0;
    const gap = text.slice(before, w.start);
    const start = i > 0 && SPACE_ONLY.test(gap) ? before : w.start;
    if (mark.entry.to === '\n') {
      // A spoken new line takes the spaces after it too, so the next line opens with its first word.
      let stop = end;
      while (stop < text.length && (text[stop] === ' ' || text[stop] === '\t')) stop++;
      return { edit: { start, end: stop, text: ' '.repeat(stop - start - 1) + '\n' }, last: mark.last };
    }
    return { edit: { start, end, text: mark.entry.to }, last: mark.last };
  }
  if (isLetter(text, w)) {
    // Spelled letters: "M R I", "C. T.", "m. r. i.".
    let last = i;
    let dotted = false;
    while (last + 1 < words.length && last - i + 1 < c.longestSpelled && isLetter(text, words[last + 1])) {
      const gap = text.slice(words[last].end, words[last + 1].start);
      if (gap === ' ') {
        if (dotted) break;
      } else if (gap === '. ' || gap === '.') dotted = true;
      else break;
      last++;
    }
    for (; last > i; last--) {
      let letters = '';
      for (let k = i; k <= last; k++) letters += text[words[k].start].toUpperCase();
      if (!c.spelled.has(letters)) continue;
      // "moved from the U.S.": the country, not an ultrasound (dictation.dottedNotAfter).
      if (dotted && i > 0 && c.dottedNotAfter.get(letters)?.has(words[i - 1].text)) return undefined;
      if (!(dotted && text[words[last].end] === '.')) return { edit: { start: w.start, end: words[last].end, text: letters, spelled: true }, last };
      // The last stop of "No recent M.V.A. Weakness in left leg." ends the sentence too, as a typed "MVA." would: kept
      // before a new line, the note's end or a capitalized word (not a level's or a region's letter: "M.R.I. L. spine").
      const end = words[last].end + 1;
      const rest = text.slice(end, end + 4);
      const stop = /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 40)) || /^[ \t]+(?:[A-Z][A-Za-z]|[A-Z]\.[A-Za-z])/.test(rest);
      return { edit: { start: w.start, end, text: stop ? letters + '.' : letters, spelled: true }, last };
    }
    // A vertebral level: "T twelve", "C six", "L 5".
    const max = c.levels.get(text[w.start]);
    const next = words[i + 1];
    if (max !== undefined && next && text.slice(w.end, next.start) === ' ') {
      const n = /^\d{1,2}$/.test(next.text) ? { value: Number(next.text), last: i + 1 } : wholeAt(words, text, i + 1, c);
      if (n && n.value >= 1 && n.value <= max) {
        // A span of two levels said as one ("conus at L one two", "over L four five"): the next level's number alone, not an amount.
        const to = words[n.last + 1];
        const m = to && text.slice(words[n.last].end, to.start) === ' ' ? wholeAt(words, text, n.last + 1, c) : undefined;
        if (m && m.value === n.value + 1 && m.value <= max && !unitAfter(text, words, m.last, c))
          return { edit: { start: w.start, end: words[m.last].end, text: `${text[w.start]}${n.value}-${m.value}` }, last: m.last };
        return { edit: { start: w.start, end: words[n.last].end, text: `${text[w.start]}${n.value}` }, last: n.last };
      }
    }
  }
  const n = numberAt(words, text, i, c);
  if (n) {
    const after = n.last + 1;
    // A grade: "five over five" is 5/5, "two plus" is 2+.
    const grade = after < words.length && SPACE_ONLY.test(text.slice(words[n.last].end, words[after].start)) ? matchAt(text, words, after, c.grades) : undefined;
    if (grade) return { edit: { start: w.start, end: words[grade.last].end, text: `${n.value}${grade.entry.to}`, right: true }, last: grade.last };
    // An amount: "ten days", "fifteen year old", "six millimeters"; a decimal is always one ("thirty nine point two"); a
    // count after its unit ("day one", "DOL two").
    const unit = unitAfter(text, words, n.last, c) || (i > 0 && c.unitsBefore.has(words[i - 1].text) && SPACE_ONLY.test(text.slice(words[i - 1].end, w.start)));
    if (unit || n.value.includes('.')) return { edit: { start: w.start, end: words[n.last].end, text: n.value, right: true }, last: n.last };
    // "age four", "Maya comma now fifteen comma": written as the bare number a typist writes, so the age reader's guards
    // for a bare number (years 5-21, no infant in the note, no relative or other person in the sentence) apply as typed.
    if (ageSaidAt(text, words, i, n.last, c) && n.value.length <= words[n.last].end - w.start)
      return { edit: { start: w.start, end: words[n.last].end, text: n.value, right: true }, last: n.last };
  }
  const p = matchAt(text, words, i, c.dictation);
  // "see Tea's note": a name, never a misheard study (a later word capitalized, or a possessive after the phrase).
  if (p && (words.slice(i + 1, p.last + 1).some((x) => /^\p{Lu}\p{Ll}/u.test(text.slice(x.start, x.start + 2))) || /^['’]/.test(text.slice(words[p.last].end)))) return undefined;
  if (p) return { edit: { start: w.start, end: words[p.last].end, text: p.entry.to }, last: p.last };
  return undefined;
}

/** The note as typed English, with every offset unchanged; the note itself when it reads as neither dictated, Spanish nor French. */
export function languageView(text: string, v: LanguageVocabulary = languageVocabulary()): string {
  return languageReading(text, v).view;
}

export interface LanguageReading {
  view: string;
  /** What the view rewrote, in text order: a word read in the view ("dribbling") stands for the whole of its extent as written ("gotea orina"). */
  rewritten: Span[];
  /**
   * The extents, in text order, where a study's letters spelled apart ("M R I", "c t", "M.R.I") were joined: the readers
   * that weigh a spelled study otherwise than a typed one ask these, as the view's padding cannot tell "C T" joined from a
   * "CT" typed with two spaces after it.
   */
  spelledStudies: Span[];
}

/**
 * A span read in the view, as written: widened to the whole of each rewritten extent it starts or ends
 * in, so a finding read as "dribbling" points at "gotea orina", not "gotea ori", and an order value
 * read as "MRI" at all of "resonancia". Spans that touch no rewritten extent are returned as they are.
 */
export function asWritten(rewritten: readonly Span[], span: Span): Span {
  if (!rewritten.length) return span;
  const at = (offset: number) => {
    let lo = 0;
    let hi = rewritten.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rewritten[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    work.steps++;
    return lo < rewritten.length && rewritten[lo].start < offset ? rewritten[lo] : undefined;
  };
  const first = span.end > span.start ? at(span.start) : undefined;
  const last = span.end > span.start ? at(span.end - 1) : undefined;
  const start = first && first.start < span.start ? first.start : span.start;
  const end = last && last.end > span.end ? last.end : span.end;
  return start === span.start && end === span.end ? span : { start, end };
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** ASCII letters and digits. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, k) => (/[A-Za-z0-9]/.test(String.fromCharCode(k)) ? 1 : 0));
const lowerAscii = (k: number) => (k >= 65 && k <= 90 ? k + 32 : k);
const HASH_STEP = (h: number, k: number) => (Math.imul(h, 31) + lowerAscii(k)) | 0;

/** The size of the cue-hash bit table: 2^16 bits (8 kB) for some 700 cue words, so about 1 % of other words pass on to the set look-ups. */
const CUE_HASH_BITS = 1 << 16;
const setCueHashBit = (bits: Uint32Array, h: number) => {
  const b = h & (CUE_HASH_BITS - 1);
  bits[b >>> 5] |= 1 << (b & 31);
};
/** Whether a hash's bit is set: every cue word's is, so a clear bit means no cue (a set bit may be another word's). */
const hasCueHashBit = (bits: Uint32Array, h: number) => {
  const b = h & (CUE_HASH_BITS - 1);
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
};

/** A hash of text[start, end) lower-cased, for text in ASCII. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 7;
  for (let i = start; i < end; i++) h = HASH_STEP(h, text.charCodeAt(i));
  return h;
}

/** The length in code units of the letter or digit at `i` written outside ASCII (2 for a surrogate pair), 0 when there is none. */
function unicodeWordCharAt(text: string, i: number): number {
  const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + len)) ? len : 0;
}

/**
 * Which tables the note may need, from its words in one pass (a word of the note, whole — a run of
 * letters and digits — is one of their cues): the same answer as testing each table's cue pattern on
 * the text, at a fraction of the cost, since nearly every note needs none. A word in ASCII whose
 * lower-cased hash is no cue's is passed over without a copy being made (nearly every word of a note).
 */
function cuesIn(
  text: string,
  c: Compiled,
  cueWords?: { studies: string[]; dictated: string[] },
): { dictated: boolean; spanish: boolean; french: boolean; german: boolean; portuguese: boolean; studies: boolean; ages: boolean } {
  const found = { dictated: false, spanish: false, french: false, german: false, portuguese: false, studies: false, ages: false };
  work.steps += text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let h = 7;
    let ascii = true;
    for (;;) {
      const k = i < n ? text.charCodeAt(i) : 32;
      if (k < 128) {
        if (!ASCII_WORD[k]) break;
        h = HASH_STEP(h, k);
        i++;
      } else {
        const len = unicodeWordCharAt(text, i);
        if (!len) break;
        ascii = false;
        i += len;
      }
    }
    if (i === start) {
      i++;
      continue;
    }
    // An ASCII word lowers to ASCII, which unaccenting leaves as it is: its hash decides.
    if (ascii && !hasCueHashBit(c.cueHashes, h)) continue;
    const w = text.slice(start, i).toLowerCase();
    // With cueWords, every distinct cue word of a study name or a spoken mark is kept (entriesMayMatch asks for its entries).
    if ((!found.dictated || cueWords) && c.dictatedFirst.has(w)) {
      found.dictated = true;
      if (cueWords && !cueWords.dictated.includes(w)) cueWords.dictated.push(w);
    }
    if (!found.spanish && c.cues.has(w)) found.spanish = true;
    if ((!found.studies || cueWords) && c.studyFirst.has(w)) {
      found.studies = true;
      if (cueWords && !cueWords.studies.includes(w)) cueWords.studies.push(w);
    }
    if (!found.french || !found.german || !found.portuguese || !found.ages) {
      const u = /[^ -~]/.test(w) ? unaccented(w) : w;
      if (!found.french && c.french.cues.has(u)) found.french = true;
      if (!found.german && c.german.cues.has(u)) found.german = true;
      if (!found.portuguese && c.portuguese.cues.has(u)) found.portuguese = true;
      if (!found.ages && c.ageCues.has(u)) found.ages = true;
    }
  }
  return found;
}

/** Which tables a note may need (cuesIn), for tests. */
export function tablesCuedIn(text: string, v: LanguageVocabulary = languageVocabulary()): ReturnType<typeof cuesIn> {
  return cuesIn(text, compiledOf(v));
}

/** The view and what it rewrote (see `languageView`). */
export function languageReading(text: string, v: LanguageVocabulary = languageVocabulary()): LanguageReading {
  const unchanged = { view: text, rewritten: [], spelledStudies: [] };
  const c = compiledOf(v);
  const cueWords = { studies: [] as string[], dictated: [] as string[] };
  const cued = cuesIn(text, c, cueWords);
  const { spanish, french, german, portuguese, ages } = cued;
  // A cue word of a study name ("in" of "colonna in toto", "x" of "X-P") or of a spoken mark ("new" of "new line") in a note
  // holding none of its names or marks reads nothing: that table is not tried (each of its readings needs an entry's match:
  // a study's name, a mark for isDictated and sparseMarkAt).
  let lowered: string | undefined;
  const lower = () => (lowered ??= text.toLowerCase());
  const studies = cued.studies && entriesMayMatch(text, lower, cueWords.studies, c.studyGates);
  const dictated = cued.dictated && entriesMayMatch(text, lower, cueWords.dictated, c.markGates);
  // A note the recognizer typed its marks into ("Plan M.R.I. lumbar spine.", "see tea C spine without contrast."): its
  // misheard words, spelled letters and number words are read as in a dictated note, its words for the marks as words.
  const heard = c.recognized.test(text);
  // A study's letters spelled with spaces ("C T lumbar spine") in a note read as typed: joined, and nothing else spelled.
  const spelledStudy = c.spelledStudies.pattern.test(text);
  if (!dictated && !spanish && !french && !german && !portuguese && !studies && !ages && !heard && !spelledStudy) return unchanged;
  const words = toWords(text);
  const asDictated = dictated && isDictated(text, words, c, v.dictation.minSpoken);
  const asRecognized = heard && !asDictated;
  // Too few spoken marks to read the note as dictated: its spoken full stops and commas between words still (sparseMarkAt).
  const sparse = dictated && !asDictated && !heard;
  // One language table: French where the note holds enough French cues and more of them than Spanish ones.
  const spanishCues = spanish ? cueCount(words, c.cues) : 0;
  const unaccentedWords = french || german || portuguese || ages ? words.map((w) => ({ ...w, text: unaccented(w.text) })) : undefined;
  const frenchCues = french && unaccentedWords ? cueCount(unaccentedWords, c.french.cues) : 0;
  const germanCues = german && unaccentedWords ? cueCount(unaccentedWords, c.german.cues) : 0;
  const portugueseCues = portuguese && unaccentedWords ? cueCountNotNames(text, unaccentedWords, c.portuguese.cues) : 0;
  // Portuguese shares many words with Spanish ("meses", "solicito", "contraste", "peso"): its own cues must outnumber every
  // other table's, the Spanish ones counted without the words the two languages share, so a Spanish note stays Spanish and a
  // Portuguese one leaves the Spanish table.
  const spanishOwn = portugueseCues ? cueCount(words, c.spanishOwnCues) : 0;
  const asPortuguese = portugueseCues >= v.portuguese.minCues && portugueseCues > Math.max(spanishOwn, frenchCues, germanCues);
  // German where the note holds enough German cues and more of them than French or Spanish ones.
  const asGerman = !asPortuguese && germanCues >= v.german.minCues && germanCues > frenchCues && germanCues > spanishCues;
  const asFrench = !asPortuguese && !asGerman && frenchCues >= v.french.minCues && frenchCues > spanishCues;
  const asSpanish = !asPortuguese && !asGerman && !asFrench && spanishCues >= v.spanish.minCues;
  // A language telling the age in its own words, where the note holds enough of its cues and more of them than of any
  // table above (so a Spanish note keeps the Spanish table): the one with the most.
  let ageTable: AgeTable | undefined;
  if (ages && unaccentedWords) {
    let most = Math.max(spanishCues, frenchCues, germanCues, portugueseCues);
    for (const l of c.ageLanguages) {
      // A Czech or Polish note keeps its own table: the words this one shares with them count only where none of theirs
      // stands (yieldsTo; review r54: "Chlapec 8 let, MRT, RTG", "Chłopiec 10 lat, boli go kręgosłup").
      const yields = l.yieldWords.size > 0 && unaccentedWords.some((w) => l.yieldWords.has(w.text));
      const counted = yields
        ? cueCount(unaccentedWords, l.ownCues) + unitCueCount(unaccentedWords, l.ownUnitCues)
        : cueCount(unaccentedWords, l.table.cues) + unitCueCount(unaccentedWords, l.unitCues);
      const n = counted < l.minCues && !yields && selfCued(text, unaccentedWords, l.selfCue, l.relativeWords) ? l.minCues : counted;
      if (n >= l.minCues && n > most) {
        most = n;
        ageTable = l;
      }
    }
  }
  const asAges = ageTable?.table;
  if (!asDictated && !asRecognized && !sparse && !asSpanish && !asFrench && !asGerman && !asPortuguese && !asAges && !studies && !spelledStudy) return unchanged;
  const typedSpelled = spelledStudy && !asDictated && !asRecognized;
  const foldedOne = asAges ?? (asPortuguese ? c.portuguese : asGerman ? c.german : asFrench ? c.french : undefined);
  const table = foldedOne ? foldedOne.phrases : asSpanish ? c.spanish : undefined;
  const folded = foldedOne !== undefined;
  const names = (foldedOne ?? c.french).names;
  const guards = foldedOne ?? c.french;
  const tableWords = folded && unaccentedWords ? unaccentedWords : words;
  // The Spanish words with their accents folded, as the Spanish guards hold them: found once per note, only when a guard asks.
  let spanishFolded: Word[] | undefined;
  // The lines naming a newborn or an infant, found once per note and only when a years phrase asks.
  let infants: Set<number> | undefined;
  const infantLines = () => (infants ??= new Set(tableWords.filter((w) => ageTable?.infantWords.has(w.text)).map((w) => lineOf(text, w.start))));
  const edits: Edit[] = [];
  // The last word of the latest spoken full stop: a heading said right after it opens a line, once a spoken or typed new
  // line has broken the note into lines (a note dictated as one paragraph is read whole as free text, its order found in it;
  // in lines, a heading left inside the line above would be read as part of that line's key).
  let stopEnd = -1;
  let inLines = false;
  // The first word said since the last mark, spoken or written: a correction takes back no word before it.
  let clauseStart = 0;
  for (let i = 0; i < words.length; i++) {
    // The recognizer may type the line breaks itself and leave the punctuation spoken.
    if (!inLines && i > 0 && text.slice(words[i - 1].end, words[i].start).includes('\n')) inLines = true;
    if (i > 0 && /[.,;:!?()\n]/.test(text.slice(words[i - 1].end, words[i].start))) clauseStart = i;
    const undo = asDictated ? undoAt(text, words, i, clauseStart, c) : asRecognized ? typedUndoAt(text, words, i, c) : undefined;
    if (undo) {
      let start = words[undo.first].start;
      while (edits.length && edits[edits.length - 1].start >= start) edits.pop();
      if (edits.length && edits[edits.length - 1].end > start) start = edits[edits.length - 1].end;
      edits.push({ start, end: words[undo.last].end, text: '' });
      clauseStart = undo.last + 1;
      i = undo.last;
      continue;
    }
    if (inLines && stopEnd === i - 1 && i > 0 && SPACE_ONLY.test(text.slice(words[i - 1].end, words[i].start)) && headingSaidAt(text, words, i, c)) {
      // The break closes the spaces, so the heading opens its line rather than continuing the line above.
      const start = words[i - 1].end;
      edits.push({ start, end: words[i].start, text: ' '.repeat(words[i].start - start - 1) + '\n' });
    }
    const d =
      (asDictated ? dictationEdit(text, words, i, c) : asRecognized ? dictationEdit(text, words, i, c, false) : sparse ? sparseMarkAt(text, words, i, c) : undefined) ??
      (typedSpelled ? spelledStudyAt(text, words, i, c.spelledStudies) : undefined) ??
      // "… neurosurgery today full stop M R I lumbar spine …" in a note the recognizer typed its other marks into: a spoken
      // full stop between two words is still the stop (dictation.sparse.recognizedMarks), never a comma or a period there.
      (asRecognized ? sparseMarkAt(text, words, i, c, c.sparse.recognizedMarks) : undefined);
    if (d) {
      edits.push(d.edit);
      if (d.edit.text === '.') stopEnd = d.last;
      else if (d.edit.text.endsWith('\n')) inLines = true;
      if (asDictated && isMarkAt(text, words, i, c)) clauseStart = d.last + 1;
      i = d.last;
      continue;
    }
    // "Dr Sans", "Dre Pas": a name after a title is read as written.
    if (folded && i > 0 && names.has(tableWords[i - 1].text) && /^\.? $/.test(text.slice(words[i - 1].end, words[i].start))) continue;
    const accept = ageTable
      ? (m: Match) => !newSentenceWithin(text, words, i, m) && ageAccepts(text, tableWords, i, m, ageTable, infantLines) && ownAndNear(text, tableWords, i, m, ageTable.table)
      : folded
        ? (m: Match) => frenchAccepts(text, tableWords, i, m, guards)
        : asSpanish
          ? (m: Match) => spanishAccepts(text, (spanishFolded ??= words.map((w) => ({ ...w, text: unaccented(w.text) }))), i, m, c.spanishGuards)
          : undefined;
    const s = table ? matchAt(text, tableWords, i, table, accept) : undefined;
    if (s) {
      // An age language writes its decimals with a comma ("2,5 tahun" is two and a half years): the English reader takes a
      // comma between digits for a list and would read "5", so the amount goes over with a point.
      const amount = ageTable ? s.amount?.replace(',', '.') : s.amount;
      const to = amount === undefined ? s.entry.to : s.entry.to.replace('#', () => amount);
      edits.push({ start: words[i].start, end: s.end, text: to });
      i = s.last;
      continue;
    }
    // "I ask an NMR of the lumbar spine", "TAC of the lumbar spine": a study's name as written outside North America.
    const n = studies ? matchAt(text, words, i, c.studies, (m) => studyAccepts(text, words, i, m, c)) : undefined;
    if (n) {
      const gloss = glossOf(text, words, n, c);
      edits.push({ start: words[i].start, end: gloss?.end ?? n.end, text: n.entry.to });
      i = gloss?.last ?? n.last;
    }
  }
  // A Spanish question opens with "¿" ("¿Solicito RM de columna? Lo discuto con adjunto."): read as the "?" an English
  // writer puts before what is only asked ("?ordering MRI spine"), so the order's checks see the question.
  if (asSpanish && text.includes('¿')) {
    for (let q = text.indexOf('¿'); q >= 0; q = text.indexOf('¿', q + 1)) edits.push({ start: q, end: q + 1, text: '?' });
    edits.sort((a, b) => a.start - b.start);
  }
  if (!edits.length) return unchanged;
  let out = '';
  let at = 0;
  const rewritten: Span[] = [];
  const spelledStudies: Span[] = [];
  for (const e of edits) {
    if (e.start < at) continue;
    rewritten.push({ start: e.start, end: e.end });
    if (e.spelled && c.spelledStudies.letters.has(e.text.replace(/\.$/, ''))) spelledStudies.push({ start: e.start, end: e.end });
    const pad = ' '.repeat(e.end - e.start - e.text.length);
    out += text.slice(at, e.start) + (e.right ? pad + e.text : e.text + pad);
    at = e.end;
  }
  work.steps += text.length;
  return { view: out + text.slice(at), rewritten, spelledStudies };
}
