import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, knowledgeWords, parseJsonFile } from '../knowledge/loader';
import {
  type AgeValue,
  DAYS_PER_MONTH,
  type IsoDate,
  type Unit,
  correctedMonths,
  daysBetween,
  formatAge,
  isAgeUnit,
  isoText,
  monthsBetween,
  numberWordsBetween,
  parseAge,
  parseGestation,
  findGestation,
  parseIsoDate,
} from '../notes/age';
import { type Convention, type WrittenDate, isAfter, noteConvention, readDate, readingsOf, sameDay } from '../notes/dates';
import { isAboutRelative, isHeading, isNotHistory } from '../notes/headings';
import { isPastSpelling, lookupKey, normalizeKey } from '../notes/keys';
import { type Field, type ParsedNote, field } from '../notes/parser';
import { endsSentence, lastDash, sentenceEnd, sentenceStart, type Span } from '../notes/text';
import { onlyPlaceholders } from '../notes/placeholders';
import { work } from '../notes/work';
import { type Word, toWords } from '../notes/words';
import { historyIsThePresentIllness } from './findings';
import { alternation, escapeClass, escapeRegExp, phrasePattern } from './patterns';
import { patternWordList, wholeWordsPattern, wordsSource } from './word-lists';
import { unaccented } from './language';
import { type ChronologicalWords, chronologicalAt, dayBesideCorrected, pmaLessGestation, termAsideAt } from './chronological-age';
import { isConversationNote } from './tellers';
import { openingPersonAge } from './opening-person-age';
import { type OrderedChildWords, orderedChildAge } from './ordered-child-age';
import { NAMES_A_STUDY } from './study-names';
import { complaintTellsOwnDuration, symbolSexYears } from './opening-age-terse';
import { type DatesInTextWords, birthDateInText, columnVisitDate, datesInTextWords, plausibleBirth, visitDateInText, visitDay } from './visit-date';

export interface AgeFact {
  /** Chronological age in months: the acoustic-window rules use it unless a setting says otherwise. */
  months: number;
  span: Span;
  from: 'Age' | 'Patient' | 'DOB' | 'text';
  /** For a preterm infant whose gestation the note gives ("ex-32 wk"): the age corrected for prematurity. */
  corrected?: { months: number; gestationWeeks: number; span: Span };
}

export interface AgeProblem {
  span: Span;
  message: string;
  /** The message without its optional detail, for when quoted text makes it too long. */
  shorter?: string;
  /** The age and the date of birth disagree (rule age-dob-mismatch); every other problem is one of reading (unreadable-age). */
  mismatch?: true;
}

// Letters of any alphabet, as notes/words.ts splits words: "år", "tyttö" are words a Nordic writer keeps.
const word = z.string().regex(/^[\p{Ll}\p{N}]+$/u, 'one lower-case word of letters and digits');
const words = z.array(word).min(1);
/** One word or two, lower case, one space between ("avenue", "health centre"). */
const wordPairs = z.array(z.string().regex(/^[\p{Ll}\p{N}]+(?: [\p{Ll}\p{N}]+)?$/u, 'one or two lower-case words, one space between')).min(1);

/** server/knowledge/age-vocabulary.json: the words that make a number with a unit the patient's age in free text, or not. */
export const AgeVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  afterAge: z.strictObject({
    $comment: z.string().optional(),
    words,
    $commentRoles: z.string().optional(),
    roles: words,
    $commentRoleOpening: z.string().optional(),
    roleOpeners: words,
    roleNotKeys: words,
    roleNotKeysAlone: words,
    roleMinYears: z.number().int().positive(),
    weak: words,
    visit: words,
    relationChild: z.strictObject({ $comment: z.string().optional(), words, brings: words, another: words, ofAfter: words }),
    /** "14 J., w", "Patient 11 J. W": the sex letter a German-trained writer puts after the age in years (sexAfterYears). */
    sexAfterYears: z.strictObject({ $comment: z.string().optional(), units: words, letters: words, $commentChildWords: z.string().optional(), childWords: words }),
  }),
  /** Ages told with the Spanish and Portuguese units "anos" and "meses" (romanceAge: judge's romanceAgeRefused). */
  romanceAge: z.strictObject({
    $comment: z.string().optional(),
    units: words,
    links: words,
    ofAge: words,
    $commentAbbreviatedYears: z.string().optional(),
    abbreviatedYearsChild: words,
    notOfTheChild: words,
  }),
  beforeAge: z.strictObject({
    $comment: z.string().optional(),
    person: words,
    $commentOpeningOnly: z.string().optional(),
    openingOnly: words,
    $commentOpeningOnlyBrings: z.string().optional(),
    openingOnlyBrings: words,
    link: words,
    age: words,
    abbreviations: words,
    $commentWas: z.string().optional(),
    wasLink: words,
    wasNotWith: words,
    $commentDischarge: z.string().optional(),
    dischargeLinks: words,
    discharge: words,
  }),
  pastAge: z.strictObject({ $comment: z.string().optional(), words }),
  durationBefore: z.strictObject({
    $comment: z.string().optional(),
    words,
    personAfter: words,
    $commentHedges: z.string().optional(),
    hedges: words,
    $commentNowThenClause: z.string().optional(),
    nowThenClause: words,
    $commentForOld: z.string().optional(),
    forOldCutOff: z.array(z.string().min(1)).min(1),
    forOldClassBefore: words,
    forOldLinks: words,
  }),
  daysOrWeeksOld: z.strictObject({ $comment: z.string().optional(), notAfter: words }),
  durationAfter: z.strictObject({ $comment: z.string().optional(), words, ofAge: words }),
  notAnAge: z.strictObject({ $comment: z.string().optional(), words, before: words }),
  relatives: z.strictObject({
    $comment: z.string().optional(),
    words,
    otherChild: words,
    bornTo: words,
    $commentCarers: z.string().optional(),
    carers: words,
    $commentCarerMinYears: z.string().optional(),
    carerMinYears: z.number().int().positive(),
    $commentCompanions: z.string().optional(),
    companions: words,
    $commentChildOf: z.string().optional(),
    childOf: words,
  }),
  pregnantPatient: z.strictObject({ $comment: z.string().optional(), obstetric: words, now: words, notWith: words, pastBirth: words, babyWords: words, babyNote: words }),
  notChronological: z.strictObject({ $comment: z.string().optional(), before: words, after: words }),
  chronologicalAge: z.strictObject({
    $comment: z.string().min(1),
    words,
    withAge: words,
    $commentTermAside: z.string().min(1),
    termAside: patternWordList,
    $commentDayBeside: z.string().min(1),
    dayBeside: words,
    $commentNarrowed: z.string().min(1),
    corrected: words,
    patientBefore: words,
    dayNotOnLine: patternWordList,
    termNotWith: patternWordList,
    termPatient: words,
    $commentPmaLessGestation: z.string().min(1),
    pmaWords: patternWordList,
  }),
  durationNouns: z.strictObject({ $comment: z.string().optional(), $treatments: z.string().optional(), treatments: words, words }),
  itemLabels: z.strictObject({ $comment: z.string().optional(), words }),
  triageLevels: z.strictObject({ $comment: z.string().optional(), scales: words, levelWords: words }),
  monthsBeforeSex: z.strictObject({
    $comment: z.string().optional(),
    words,
    $commentSexKeys: z.string().optional(),
    sexKeys: words,
    $commentAdultRoleAfter: z.string().optional(),
    adultRoleAfter: words,
    adultRoleNotBefore: words,
    adultRoleDescribers: words,
    $commentAdultRoleCommaRefused: z.string().optional(),
    adultRoleCommaRefused: words,
  }),
  lineOpeningSex: z.strictObject({ $comment: z.string().optional(), maxYears: z.number().int().min(1).max(130) }),
  infantWords: z.strictObject({ $comment: z.string().optional(), words }),
  neonatal: z.strictObject({ $comment: z.string().optional(), describers: words }),
  slashNotation: z.strictObject({
    $comment: z.string().optional(),
    dateBefore: words,
    afterName: words,
    courtesy: words,
    clinicianTitles: words,
    $commentIntervalAfter: z.string().optional(),
    intervalAfter: words,
    $commentHyphenHalves: z.string().optional(),
    hyphenHalves: words,
  }),
  birthSource: z.strictObject({ $comment: z.string().optional(), leads: z.array(z.string().min(1)).min(1) }),
  /** A date of birth and the visit's date told in the text (visit-date.ts): the phrases before each. */
  datesInText: z.strictObject({
    $comment: z.string().optional(),
    visitKeys: z.array(z.string().min(1)).min(1),
    $commentRequestKeys: z.string().optional(),
    requestKeys: z.array(z.string().min(1)),
    examDateKeys: z.array(z.string().min(1)),
    $commentColumnVisitKeys: z.string().optional(),
    columnVisitKeys: z.array(z.string().min(1)).min(1),
    columnOnlyKeys: z.array(z.string().min(1)),
    seenToday: z.array(z.string().min(1)).min(1),
    notBefore: words,
    reporting: words,
    birth: z.array(z.string().min(1)).min(1),
    patientHeads: words,
    notPatient: words,
    childOf: z.array(z.string().min(1)).min(1),
    maxYears: z.number().int().min(1).max(120),
    $commentMaxYearsWithDateKey: z.string().optional(),
    maxYearsWithDateKey: z.number().int().min(1).max(120),
  }),
  dayOfLife: z.strictObject({
    $comment: z.string().optional(),
    now: words,
    visitHeading: z.strictObject({
      $comment: z.string().optional(),
      words,
      near: words,
      midwifeNear: z.strictObject({ $comment: z.string().optional(), heads: words, words }),
      maxDays: z.number().int().min(1).max(365),
      $commentDays: z.string().optional(),
      dayWords: words,
      dayOfLifeWords: words,
    }),
    checkHeading: z.strictObject({
      $comment: z.string().optional(),
      checks: words,
      children: words,
      maxMonths: z.number().int().min(1).max(120),
      $commentLabels: z.string().optional(),
      labels: words,
      labelNot: words,
      $commentLabelClinics: z.string().optional(),
      labelClinics: z.array(z.string().min(1)).min(1),
      labelClinicNot: z.array(z.string().min(1)).min(1),
    }),
    before: words,
    $commentChildAfter: z.string().optional(),
    $commentChildAfterNot: z.string().optional(),
    childAfter: words,
    childAfterMaxDays: z.number().int().min(1).max(365),
    childAfterNot: words,
    $commentDayWords: z.string().optional(),
    dayWords: words,
    events: words,
    $commentNamedNotWith: z.string().optional(),
    namedNotWith: words,
    $commentBabyWords: z.string().optional(),
    babyWords: words,
    $commentNursery: z.string().optional(),
    nurseryNotBeside: words,
    nurseryNotInNote: words,
    $commentBirthItems: z.string().optional(),
    birthItems: words,
    $commentPastLine: z.string().optional(),
    pastHeads: words,
    pastStory: words,
    $commentPastClause: z.string().optional(),
    pastClause: words,
    $commentNeonatalNote: z.string().optional(),
    settings: z.array(z.string().min(1)).min(1),
    settingLines: z.number().int().min(1).max(10),
    $commentHeadingAfterDash: z.string().optional(),
    headingAfterDash: words,
    postnatalDay: z.strictObject({ $comment: z.string().optional(), leads: z.array(z.string().min(1)).min(1), maxDays: z.number().int().min(1).max(366) }),
    $commentSettingDay: z.string().optional(),
    dayLetter: z.strictObject({ $comment: z.string().optional(), newbornWords: words, notInFirstLine: words }),
    dischargeDay: z.strictObject({
      $comment: z.string().optional(),
      units: z.array(z.string().min(1)).min(1),
      headings: z.array(z.string().min(1)).min(1),
      leads: z.array(z.string().min(1)).min(1),
    }),
    laterTime: z.strictObject({
      $comment: z.string().optional(),
      units: z.array(z.string().min(1)).min(1),
      notAfter: words,
      notBefore: words,
      phrases: z.array(z.string().min(1)).min(1),
      planKeys: z.array(z.string().min(1)).min(1),
    }),
  }),
  bracketBirth: z.strictObject({ $comment: z.string().optional(), labels: words }),
  combinedKeys: z.strictObject({ $comment: z.string().optional(), spellings: z.array(z.string().min(1).max(40)).min(1) }),
  bareNumber: z
    .strictObject({
      $comment: z.string().optional(),
      minYears: z.number().int().min(1),
      maxYears: z.number().int().max(30),
      $commentHalf: z.string().optional(),
      minYearsWithHalf: z.number().int().min(1),
      infantContext: words,
      $commentInfantContextNotAfter: z.string().optional(),
      infantContextNotAfter: words,
    })
    .refine((b) => b.minYears <= b.maxYears, 'minYears is at most maxYears'),
  patientKeys: z.strictObject({
    $comment: z.string().optional(),
    words,
    idWords: words,
    $othersLine: z.string().optional(),
    othersLine: words,
    patientLineKeys: words,
    $firstLineOnly: z.string().optional(),
    firstLineOnly: words,
    formNameLine: z.strictObject({ $comment: z.string().optional(), keys: words, notOnLine: words }),
    maxYears: z.number().int().min(1).max(30),
  }),
  unknownKeyLines: z.strictObject({
    $comment: z.string().optional(),
    letters: words,
    maxYears: z.number().int().min(1).max(30),
    headingMaxYears: z.number().int().min(1).max(30),
  }),
  subjectAge: z.strictObject({
    $comment: z.string().optional(),
    $commentSalutations: z.string().optional(),
    salutations: words,
    $commentToldBy: z.string().optional(),
    $commentNotNames: z.string().optional(),
    link: words,
    pronouns: words,
    notNames: words,
    nameBefore: words,
    $commentCare: z.string().optional(),
    careVerbs: words,
    careLead: words,
    careAdverbs: words,
    careAfter: words,
    $commentCareSeen: z.string().optional(),
    careVerbsSeen: words,
    careToday: patternWordList,
    $commentCareSeenBefore: z.string().optional(),
    careSeenBefore: words,
    careSeenPossessives: words,
    $commentNotAgeAfterName: z.string().optional(),
    addressWords: wordPairs,
    othersKeys: words,
    $commentTwins: z.string().optional(),
    twins: words,
    $commentTerms: z.string().optional(),
    terms: words,
    $commentAgedAfterName: z.string().optional(),
    agedAfterName: words,
    agedNameBefore: words,
    agedPastVisit: words,
    $commentNamedChild: z.string().optional(),
    possessive: words,
    toldBy: words,
    $commentToldByUnit: z.string().optional(),
    toldByLead: words,
    $commentToldByUnitOthers: z.string().optional(),
    toldByUnitOthers: words,
    $commentOtherAdults: z.string().optional(),
    otherAdults: words,
    otherAdultLead: words,
    $commentOtherTellers: z.string().optional(),
    otherTellers: words,
  }),
  medications: z.strictObject({ $comment: z.string().optional(), words }),
  schoolChild: z.strictObject({ $comment: z.string().optional(), yearPrefixes: words, words, bracketUnits: words }),
  sexSymbols: z.strictObject({
    $comment: z.string().optional(),
    // One UTF-16 unit each, so the letter that stands for a symbol keeps every offset.
    male: z.array(z.string().length(1)).min(1),
    female: z.array(z.string().length(1)).min(1),
  }),
  besideGestation: z.strictObject({ $comment: z.string().optional(), maxMonths: z.number().min(1).max(60), notWith: words }),
  /** Words telling the age without a number: a date of birth's label, the teenage years (ageToldWithUnit). */
  ageToldByWord: z.strictObject({ $comment: z.string().min(1), birthDate: patternWordList, teen: patternWordList }),
  /** Words of an older child's note: back pain, a sport, school (visitDayOnLine). */
  olderChild: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
  /** A room, a bed, a grade or a year whose number a bracket after a name is (reBracketAlone). */
  bracketNotAge: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
  /** Words a gestation at birth is told with: a value holding none is not searched for one (mayGiveGestation). */
  gestationTold: z.strictObject({ $comment: z.string().min(1), words: patternWordList, parts: patternWordList }),
  /** The neonatal units' names, heading a baby's line with a dash (neonatalUnitHeading). */
  neonatalUnits: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
  /** Words naming a newborn, each an age of 0 months (newbornInText). */
  newbornNamed: z.strictObject({ $comment: z.string().min(1), words: patternWordList }),
  /** A note opening on the patient's rank and surname or role, then a bare number of years (opening-person-age.ts). */
  openingPerson: z
    .strictObject({
      $comment: z.string().min(1),
      ranks: words,
      rankMinYears: z.number().int().min(1),
      rankMaxYears: z.number().int().max(120),
      notThePatient: words,
      $commentSpouses: z.string().min(1),
      spouses: words,
      $commentChild: z.string().min(1),
      childWords: words,
      childBracketMaxWeeks: z.number().int().min(1).max(52),
      roleNotBefore: words,
      $commentRoleYearsUnits: z.string().min(1),
      roleYearsUnits: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $commentAfterReview: z.string().min(1),
      childAnywhere: z.array(z.string().regex(/^[\p{Ll}]+(?: [\p{Ll}]+)*$/u)).min(1),
      sentenceOther: z.array(z.string().regex(/^[\p{Ll}]+(?: [\p{Ll}]+)*$/u)).min(1),
    })
    .refine((o) => o.rankMinYears <= o.rankMaxYears, 'rankMinYears is at most rankMaxYears'),
  /** A family visit's study tied to one named child: the words telling a study done, not the one to do (ordered-child-age.ts). */
  orderedChild: z.strictObject({
    $comment: z.string().min(1),
    notTheOrder: words,
    maxYears: z.number().int().min(1).max(30),
    $commentNoStudy: z.string().min(1),
    noStudy: words,
    $commentGroupWords: z.string().min(1),
    groupWords: words,
    studyManner: z.strictObject({ $comment: z.string().min(1), leads: words, between: words, manners: words }),
  }),
});
export type AgeVocabulary = z.infer<typeof AgeVocabularySchema>;

interface AgeWords {
  after: Set<string>;
  /** age-vocabulary romanceAge: the units "anos", "meses", the words of age after their "de", and words no age of the child stands before. */
  romance: { units: Set<string>; links: Set<string>; ofAge: Set<string>; notOfTheChild: Set<string>; abbreviatedYearsChild: Set<string> };
  /** What a young person does, after an age in years ("18 y soldier", "14 y gymnast"): the patient's age. */
  roles: Set<string>;
  roleOpeners: Set<string>;
  roleNotKeys: Set<string>;
  roleNotKeysAlone: Set<string>;
  roleMinYears: number;
  relationChild: Set<string>;
  /** Relatives who call or bring the child: "mom of 15 y F" tells the child's age. */
  carers: Set<string>;
  /** Under this many months an age is too young to be a carer's ("Phone call w/ mom re: Aiden, 12 yo"). */
  carerMinMonths: number;
  /** Someone with the child whose age is told right after the word ("Coach: 18 yo"). */
  companions: Set<string>;
  relationBrings: Set<string>;
  relationAnother: Set<string>;
  relationOf: Set<string>;
  weak: Set<string>;
  visit: Set<string>;
  /** "14 J., w": units in years after which one of `letters` alone in its clause is the sex (afterAge.sexAfterYears). */
  sexAfterYears: { units: Set<string>; letters: Set<string>; childWords: Set<string> };
  person: Set<string>;
  /** Words of `person` for a young person who may be the one who brings the child: read only opening their sentence. */
  personOpeningOnly: Set<string>;
  /** Words after such a person's age in its sentence telling they bring the patient (beforeAge.openingOnlyBrings). */
  personOpeningOnlyBrings: Set<string>;
  link: Set<string>;
  age: Set<string>;
  /** "Patient was 7 month old boy": a past link that still tells the patient, and the words that make it a past age. */
  /** Link words written abbreviated with a full stop ("approx.", "est."). */
  abbreviations: Set<string>;
  wasLink: Set<string>;
  wasNotWith: Set<string>;
  /** "5M girl": an M before a sex word is months. */
  monthsBeforeSex: Set<string>;
  /** "34M driver": a role no toddler has after an upper-case M, a describer between at most (monthsBeforeSex.$commentAdultRoleAfter). */
  adultRoleAfter: Set<string>;
  adultRoleNotBefore: Set<string>;
  adultRoleDescribers: Set<string>;
  /** "22M, driver," is refused where the note speaks of a young child's toy or play (monthsBeforeSex.adultRoleCommaRefused). */
  adultRoleCommaRefused: Set<string>;
  /** "AGE 11M  SEX M": the sex told on its own after the age makes its M months. */
  sexToldAfter: RegExp;
  /** "10/M" opening a line: years up to this. */
  lineSexMaxYears: number;
  /** "day 6 M": a day of life before the child's sex or a word for a newborn. */
  dolChildAfter: Set<string>;
  dolChildAfterMaxDays: number;
  /** "day 3 girl scout camp": a word after the child's that makes it a noun of its own. */
  dolChildAfterNot: Set<string>;
  /** "day 6 M", "DOL 3 F": the number is the day's, never an age and sex in one. */
  dolDayWords: Set<string>;
  pastAge: Set<string>;
  durationBefore: Set<string>;
  /** "now 3 wo", "F/u PCP 2 wo", "started 2 do": a word before "N do"/"N wo" that makes it a time, not an age. */
  daysOrWeeksOldNotAfter: Set<string>;
  personAfter: Set<string>;
  /** "Now 3 months she walk on toes": a new clause's subject after "now N unit" makes it how long, not today's age. */
  nowThenClause: Set<string>;
  /** "at around 12 months of age": a hedge between a durationBefore word and the number. */
  durationHedges: Set<string>;
  /** "standard for 4 yo and under", "for 5 yo+", "for 3 yo to 5 yo": a cut-off or range after an age after "for" (durationBefore.$commentForOld). */
  forOldCutOff: RegExp;
  /** "slot for", "GA list is for", "sedation for": a class of patients before "for", one of forOldLinks between at most. */
  forOldClassBefore: Set<string>;
  forOldLinks: Set<string>;
  durationAfter: Set<string>;
  ofAge: Set<string>;
  notAnAge: Set<string>;
  notAnAgeBefore: Set<string>;
  relatives: Set<string>;
  otherChild: Set<string>;
  bornTo: Set<string>;
  childOf: Set<string>;
  /** pregnantPatient: obstetric shorthand after an age is the patient's own when she is pregnant now. */
  obstetric: Set<string>;
  pregnantNow: Set<string>;
  pregnantNotWith: Set<string>;
  pregnantBabyWords: Set<string>;
  pregnantPastBirth: Set<string>;
  pregnantBabyNote: Set<string>;
  infant: Set<string>;
  /** "Neonatal: term male": words between "neonatal" and the child's word. */
  neonatalDescribers: Set<string>;
  slashDate: Set<string>;
  slashAfterName: Set<string>;
  salutations: Set<string>;
  slashCourtesy: Set<string>;
  slashNotAfter: Set<string>;
  slashIntervalAfter: Set<string>;
  slashHyphenHalves: Set<string>;
  notChronologicalBefore: Set<string>;
  notChronologicalAfter: Set<string>;
  /** The chronological age named so beside a corrected one (chronological-age.ts; age-vocabulary.json chronologicalAge). */
  chronological: ChronologicalWords;
  durationNouns: Set<string>;
  /** Of those, the treatments ("chemo", "abx"): an opening age before one is no age told (opening-age-terse.ts). */
  durationTreatments: Set<string>;
  /** "Case 6 - 13 y F": a word that numbers an item before the age, whose number starts no range. */
  itemLabels: Set<string>;
  /** "ESI 3 - 4 yr F", "CTAS level 2 - 9 yo M": a triage scale (and its level word) whose number before the age is the level's. */
  triageScales: Set<string>;
  triageLevelWords: Set<string>;
  dolNow: Set<string>;
  /** "Age at discharge 7 weeks": beforeAge.dischargeLinks and beforeAge.discharge between an age's word and the number. */
  dischargeLinks: Set<string>;
  discharge: Set<string>;
  dolBefore: Set<string>;
  dolEvents: Set<string>;
  dolNamedNotWith: Set<string>;
  /** "Baby Adebayo, day 10 of life": a word for the baby that opens the name a day of life follows. */
  dolBabyWords: Set<string>;
  /** dayOfLife.nurseryNotBeside / nurseryNotInNote: a baby word that is not the patient, a note about an older child. */
  nurseryNotBeside: Set<string>;
  nurseryNotInNote: Set<string>;
  dolBirthItems: Set<string>;
  /** "Discharge summary - DOL 5", "Term male, SVD, DOL 3, discharged home": a day of life of the past (dayOfLife.$commentPastLine). */
  dolPastHeads: Set<string>;
  dolPastStory: Set<string>;
  /** "DOL 3 last year": a word in the day's own clause that dates it in the past (dayOfLife.pastClause). */
  dolPastClause: Set<string>;
  /** "NNU ward round", "postnatal ward": a neonatal setting on the note's opening lines (dayOfLife.$commentNeonatalNote). */
  dolSetting: RegExp;
  dolSettingLines: number;
  /** "SCBU ward round DOL 5": a neonatal setting ending the lead of a day of life (dayOfLife.$commentSettingDay). */
  dolSettingEnd: RegExp;
  /** "Day 3 of life - Paeds WR": the words of a ward's heading after a day of life and a dash (dayOfLife.$commentHeadingAfterDash). */
  dolHeadingAfterDash: Set<string>;
  /** "Postnatal day 95, boy.": the note opening on a postnatal day and the child (dayOfLife.postnatalDay). */
  postnatalDayOpening: RegExp;
  postnatalDayMax: number;
  /** A ward's "D3": a newborn's words before it, and a clinic's first line it is never read in (dayOfLife.dayLetter). */
  dolLetterNewborn: Set<string>;
  dolLetterNotIn: Set<string>;
  /** "NICU DISCHARGE SUMMARY" heading the note, "Discharged DOL 98" on it (dayOfLife.dischargeDay). */
  dolDischargeHeading: RegExp;
  dolDischargeLead: RegExp;
  /** "7 month review", "seen by GP at 4 months", "now presents with": an age or a later time of the child's (dayOfLife.laterTime). */
  dolLaterUnit: RegExp;
  dolLaterNotAfter: Set<string>;
  dolLaterNotBefore: Set<string>;
  dolLaterPhrase: RegExp;
  dolPlanKey: RegExp;
  visitHeading: Set<string>;
  /**
   * A neonatal unit's name heading a ward round ("NICU ward round - day 5", "SCBU WR - day 8"; age-vocabulary neonatalUnits):
   * a visit's heading only as a UK newborn check's is (UK_VISIT), in a note telling no other age and no later time.
   */
  visitUnits: Set<string>;
  visitNear: Set<string>;
  /** dayOfLife.visitHeading.midwifeNear: near words only on a midwife's heading ("Midwife PN check day 3"). */
  visitMidwifeHeads: Set<string>;
  visitMidwifeNear: Set<string>;
  visitMaxDays: number;
  /** "day 3", "Day #3", and a ward's "DOL 2" / "DOL2" (dayOfLife.visitHeading.dayWords, dayOfLifeWords): the day in group 1. */
  visitDay: RegExp;
  /** The cheap first test of visitDay: a line holding none of its words tells no visit's day. */
  visitHasDay: RegExp;
  /** visitDay's match opens on a day-of-life word ("DOL 2"), read only beside a NIPE heading. */
  visitDayOfLife: RegExp;
  checkHeadingChecks: Set<string>;
  checkHeadingChildren: Set<string>;
  checkHeadingMaxMonths: number;
  /** "3 month review", "4 month well visit": the words that name a baby clinic's visit after its age (checkHeading.labels). */
  checkLabels: Set<string>;
  /** "Mum's 6 week check", "3 month follow-up": words on the heading that make the label no child's visit by age. */
  checkLabelNot: Set<string>;
  checkLabelClinics: Set<string>;
  checkLabelClinicNot: Set<string>;
  /** A bracket after a DOB telling only where the date comes from ("(per birth card)"; birthSource.leads). */
  birthSourceBracket: RegExp;
  /** A date of birth and the visit's date told in the text (visit-date.ts). */
  datesInText: DatesInTextWords;
  /** A DOB told in the text beside a Date key: born at most this many months before it (datesInText.maxYearsWithDateKey). */
  dobWithDateKeyMaxMonths: number;
  patientKeys: Set<string>;
  /** patientKeys.firstLineOnly: bare name keys that name the child only on the note's first line. */
  patientKeysFirstLineOnly: Set<string>;
  /** patientKeys.formNameLine.keys: name keys that open a form's first line as its header (the child's name line). */
  formNameKeys: Set<string>;
  /** patientKeys.formNameLine.notOnLine: words of kinship or company that make such a line no header. */
  formNameNotOnLine: Set<string>;
  /** Words marking a patient key's line as someone else's (patientKeys.othersLine) and keys naming the patient elsewhere. */
  patientKeyOthersLine: Set<string>;
  patientLineKeys: Set<string>;
  patientKeyIds: Set<string>;
  unknownKeyLetters: Set<string>;
  patientKeyMaxYears: number;
  unknownKeyMaxYears: number;
  /** The same under a heading of a department or a setting ("OPD:", "Casualty:"), which heads the patient's history. */
  unknownKeyHeadingMaxYears: number;
  subjectLink: Set<string>;
  pronouns: Set<string>;
  notNames: Set<string>;
  /** Drugs given for pain or fever ('Ibuprofen', 'Calpol'): no name, whatever bracket follows. */
  medications: Set<string>;
  nameBefore: Set<string>;
  /** A clinician's present verb of care introducing the letter's patient ("I am treating Lars (13)"; subjectAge.$commentCare). */
  careVerbs: Set<string>;
  careLead: Set<string>;
  careAdverbs: Set<string>;
  careAfter: Set<string>;
  /** "I reviewed Jessica, now 16, …": the writer's past verb of seeing, read only with "now" or "who is" (careApposition). */
  careVerbsSeen: Set<string>;
  /** "now", "who is": in an apposition, the words that tell its age as today's, so a past seeing may name the patient (subjectAge.careToday). */
  careToday: RegExp;
  /** "I reviewed Jacob, who is 12, in 2023": a past seeing, another visit (subjectAge.careSeenBefore; careApposition). */
  careSeenBefore: Set<string>;
  /** "Today I saw his brother Sam": a possessive before a relative names another child of the family (subjectAge.careSeenPossessives). */
  careSeenPossessives: Set<string>;
  /** "Re: Max BELL, 12, Acacia Avenue": a clause after the number that is an address (subjectAge.addressWords; one or two words). */
  addressWords: Set<string>;
  /** "Referrer: Lucy SMITH, 12": a key naming the letter's sender, recipient, referrer or copy list (subjectAge.othersKeys). */
  othersKeys: Set<string>;
  /** "his twin Mia (9)": a relative before a name, for the name readers only (subjectAge.twins). */
  twins: Set<string>;
  /** A sign, a scale, a stage, an organism or a product, never a name before a bracket ("Beighton (6)", "Risser (2)"). */
  terms: Set<string>;
  agedAfterName: Set<string>;
  agedNameBefore: Set<string>;
  agedPastVisit: Set<string>;
  toldBy: Set<string>;
  toldByLead: Set<string>;
  /** Anyone but the patient, named earlier in the sentence of a told age with a unit (subjectAge.toldByUnitOthers and the other lists). */
  toldByUnitOthers: Set<string>;
  otherTellers: Set<string>;
  /** Other adults and pets (subjectAge.otherAdults): looked for next to a name only, never in the whole sentence. */
  otherAdults: Set<string>;
  otherAdultLead: Set<string>;
  bareYears: { min: number; max: number; minWithHalf: number };
  /** age-vocabulary openingPerson: the ranks and the words that make a role someone else's (opening-person-age.ts). */
  openingRanks: Set<string>;
  openingRankYears: { min: number; max: number };
  openingRoleNotBefore: Set<string>;
  /** openingPerson.roleYearsUnits as a unit right after a role's number ("Swimmer, 12 y,"; opening-person-age.ts). */
  openingRoleYearsUnit: RegExp;
  openingNotThePatient: Set<string>;
  openingSpouses: Set<string>;
  openingChild: Set<string>;
  openingChildMaxWeeks: number;
  /** After review r52: words for a child anywhere, and a sentence's words bringing someone or naming a clinician's role. */
  openingChildAnywhere: RegExp;
  openingSentenceOther: RegExp;
  /** "my", "our" before "son Mateo is 8": a parent writes of the child. */
  possessive: Set<string>;
  /** age-vocabulary orderedChild (ordered-child-age.ts). */
  orderedChildNotTheOrder: Set<string>;
  orderedChildMaxMonths: number;
  orderedChildGroupWords: Set<string>;
  orderedChildNoStudy: Set<string>;
  /** orderedChild.studyManner: "without contrast", "without IV gadolinium", "without sedation" (global, any case). */
  orderedChildStudyManner: RegExp;
  /** "Age/Sex": an Age key whose value holds the sex too (normalized spellings). */
  combinedKeys: ReadonlySet<string>;
  /** "(DOB 2012)", "(b. 2026-08-01)": a label of a date of birth in brackets after the age. */
  birthLabels: Set<string>;
  /** The sex written before or after the age in an Age/Sex value. */
  sexColumnAfter: RegExp;
  sexColumnBefore: RegExp;
  sexColumnAlone: RegExp;
  infantContext: Set<string>;
  /** "ex-preterm", "former preemie": a birth told of anyone, no infant (bareNumber.infantContextNotAfter). */
  infantContextNotAfter: Set<string>;
  /** A sex symbol and the letter it is read as ("♂" is "M"), and all of them as one class. */
  sexSymbols: Map<string, string>;
  /** "3 mo ex-30 wk GA": an age beside a gestation or a corrected age, below this many months (besideGestation). */
  besideGestationMaxMonths: number;
  /** Words of a pregnancy: beside them a gestation is a fetus's, and an age beside it no infant's. */
  pregnancyWords: Set<string>;
  sexSymbolClass?: RegExp;
  /** schoolChild: a school year ("Y9", "Year 10"), then the pupil in a value's first words; and the child, the age in brackets after it. */
  schoolYear: RegExp;
  schoolChildBracket: RegExp;
  schoolChildWords: Set<string>;
  /**
   * An age told in a note with its unit or as old ("9 months", "8 mo", "7 yo", "2 year review", "3 y/o", "10 wk old"), a date
   * of birth or the teenage years (age-vocabulary ageToldByWord): a weak reading (a NIPE heading's day, "re Arjun S (14)")
   * yields to one.
   */
  ageToldWithUnit: RegExp;
  /** Words of an older child's note (age-vocabulary olderChild). */
  olderChild: RegExp;
  /** A room, a bed, a grade or a year right after a bracket (age-vocabulary bracketNotAge). */
  bracketNotAge: RegExp;
  /** Every gestation form holds one of age-vocabulary gestationTold's words; values without them are not searched. */
  mayGiveGestation: RegExp;
  /** A neonatal unit's name and a dash opening the line before a day ("NICU - Day 2, term boy"; age-vocabulary neonatalUnits). */
  neonatalUnitHeading: RegExp;
  /** A neonatal unit's heading opening a line, before what it heads ("SCBU - baby girl"). */
  neonatalUnitLead: RegExp;
  /** A word naming a newborn, each an age of 0 months (age-vocabulary newbornNamed); global, walked by exec. */
  newbornInText: RegExp;
}

let cachedWords: AgeWords | undefined;

export function loadAgeVocabulary(file = path.join(defaultKnowledgeDir(), 'age-vocabulary.json')): AgeVocabulary {
  return parseJsonFile(file, AgeVocabularySchema);
}

/** The patterns written around the age vocabulary's word lists (ageToldByWord, olderChild, bracketNotAge, …): the units stay here. */
export function ageWordPatterns(
  v: AgeVocabulary,
): Pick<AgeWords, 'ageToldWithUnit' | 'olderChild' | 'bracketNotAge' | 'mayGiveGestation' | 'neonatalUnitHeading' | 'neonatalUnitLead' | 'newbornInText'> {
  const units = wordsSource(v.neonatalUnits.words);
  return {
    ageToldWithUnit: new RegExp(
      `\\b\\d{1,2}(?:[.,]\\d)?[ \\t-]*(?:months?|mos?|mths?|m\\/o|years?|yrs?|yo|y\\/o|y\\.o\\b|(?:weeks?|wks?|days?|d)[ \\t-]*old)(?![a-z])|\\b(?:${wordsSource(v.ageToldByWord.birthDate)}|${wordsSource(v.ageToldByWord.teen)})\\b`,
      'i',
    ),
    olderChild: wholeWordsPattern(v.olderChild.words),
    bracketNotAge: new RegExp(`^[ \\t]*[,.;]?[ \\t]*(?:${wordsSource(v.bracketNotAge.words)})\\b`, 'i'),
    mayGiveGestation: new RegExp(`\\b(?:${wordsSource(v.gestationTold.words)})\\b|${wordsSource(v.gestationTold.parts)}`, 'i'),
    neonatalUnitHeading: new RegExp(`^[ \\t]*(?:${units})[ \\t]*[-\\u2013\\u2014][ \\t]*$`, 'i'),
    newbornInText: wholeWordsPattern(v.newbornNamed.words, { flags: 'gi' }),
    neonatalUnitLead: new RegExp(`^[ \\t]*(?:${units})[ \\t]*[-\\u2013\\u2014][ \\t]*`, 'i'),
  };
}

/** The shipped age vocabulary, validated once per process, as sets. */
function ageWords(): AgeWords {
  if (cachedWords) return cachedWords;
  const v = loadAgeVocabulary();
  const yearPrefix = `(?:${alternation(v.schoolChild.yearPrefixes, { longestFirst: true })})[ \\t]?\\d{1,2}`;
  cachedWords = {
    schoolYear: new RegExp(`^[ \\t]*${yearPrefix}(?:[ \\t]+[A-Za-z]{2,12}){0,2}[ \\t]*,[ \\t]*`, 'i'),
    schoolChildWords: new Set(v.schoolChild.words),
    ...ageWordPatterns(v),
    schoolChildBracket: new RegExp(
      `(?:^|[:\\u2013\\u2014-])[ \\t]*(?:${yearPrefix}[ \\t]+)?(?:${alternation(v.schoolChild.words)})[ \\t]*\\([ \\t]*(\\d{1,2})[ \\t]*(${alternation(v.schoolChild.bracketUnits, { longestFirst: true })})?[ \\t]*\\)`,
      'gim',
    ),
    after: new Set(v.afterAge.words),
    roles: new Set(v.afterAge.roles),
    roleOpeners: new Set(v.afterAge.roleOpeners),
    roleNotKeys: new Set(v.afterAge.roleNotKeys),
    roleNotKeysAlone: new Set(v.afterAge.roleNotKeysAlone),
    roleMinYears: v.afterAge.roleMinYears,
    relationChild: new Set(v.afterAge.relationChild.words),
    carers: new Set(v.relatives.carers),
    carerMinMonths: v.relatives.carerMinYears * 12,
    companions: new Set(v.relatives.companions),
    relationBrings: new Set(v.afterAge.relationChild.brings),
    relationAnother: new Set(v.afterAge.relationChild.another),
    relationOf: new Set(v.afterAge.relationChild.ofAfter),
    weak: new Set(v.afterAge.weak),
    visit: new Set(v.afterAge.visit),
    sexAfterYears: {
      units: new Set(v.afterAge.sexAfterYears.units),
      letters: new Set(v.afterAge.sexAfterYears.letters),
      childWords: new Set(v.afterAge.sexAfterYears.childWords),
    },
    romance: {
      units: new Set(v.romanceAge.units),
      links: new Set(v.romanceAge.links),
      ofAge: new Set(v.romanceAge.ofAge),
      notOfTheChild: new Set(v.romanceAge.notOfTheChild),
      abbreviatedYearsChild: new Set(v.romanceAge.abbreviatedYearsChild),
    },
    person: new Set(v.beforeAge.person),
    personOpeningOnly: new Set(v.beforeAge.openingOnly),
    personOpeningOnlyBrings: new Set(v.beforeAge.openingOnlyBrings),
    link: new Set(v.beforeAge.link),
    age: new Set(v.beforeAge.age),
    abbreviations: new Set(v.beforeAge.abbreviations),
    wasLink: new Set(v.beforeAge.wasLink),
    wasNotWith: new Set(v.beforeAge.wasNotWith),
    monthsBeforeSex: new Set(v.monthsBeforeSex.words),
    adultRoleAfter: new Set(v.monthsBeforeSex.adultRoleAfter),
    adultRoleNotBefore: new Set(v.monthsBeforeSex.adultRoleNotBefore),
    adultRoleDescribers: new Set(v.monthsBeforeSex.adultRoleDescribers),
    adultRoleCommaRefused: new Set(v.monthsBeforeSex.adultRoleCommaRefused),
    sexToldAfter: new RegExp(
      `^[ \\t]*(?:[,;|/][ \\t]*)?(?:${alternation(v.monthsBeforeSex.sexKeys, { longestFirst: true })})[ \\t]*[:=-]?[ \\t]*(?:[MF]|${alternation(v.monthsBeforeSex.words, { longestFirst: true })})(?![\\w/])`,
      'i',
    ),
    lineSexMaxYears: v.lineOpeningSex.maxYears,
    dolChildAfter: new Set(v.dayOfLife.childAfter),
    dolChildAfterMaxDays: v.dayOfLife.childAfterMaxDays,
    dolChildAfterNot: new Set(v.dayOfLife.childAfterNot),
    dolDayWords: new Set(v.dayOfLife.dayWords),
    pastAge: new Set(v.pastAge.words),
    durationBefore: new Set(v.durationBefore.words),
    daysOrWeeksOldNotAfter: new Set(v.daysOrWeeksOld.notAfter),
    personAfter: new Set(v.durationBefore.personAfter),
    nowThenClause: new Set(v.durationBefore.nowThenClause),
    durationHedges: new Set(v.durationBefore.hedges),
    forOldCutOff: new RegExp(
      `^(?:[ \\t]?-?[ \\t]?old\\b|\\/o\\b|\\.o\\b\\.?)?[ \\t]*(?:\\+|(?:[-\\u2013\\u2014]|to\\b)[ \\t]*\\d|(?:${alternation(v.durationBefore.forOldCutOff, { longestFirst: true, one: phrasePattern })})(?![\\p{L}\\p{N}]))`,
      'iu',
    ),
    forOldClassBefore: new Set(v.durationBefore.forOldClassBefore),
    forOldLinks: new Set(v.durationBefore.forOldLinks),
    durationAfter: new Set(v.durationAfter.words),
    ofAge: new Set(v.durationAfter.ofAge),
    notAnAge: new Set(v.notAnAge.words),
    notAnAgeBefore: new Set(v.notAnAge.before),
    relatives: new Set(v.relatives.words),
    otherChild: new Set(v.relatives.otherChild),
    bornTo: new Set(v.relatives.bornTo),
    childOf: new Set(v.relatives.childOf),
    obstetric: new Set(v.pregnantPatient.obstetric),
    pregnantNow: new Set(v.pregnantPatient.now),
    pregnantNotWith: new Set(v.pregnantPatient.notWith),
    pregnantBabyWords: new Set(v.pregnantPatient.babyWords),
    pregnantPastBirth: new Set(v.pregnantPatient.pastBirth),
    pregnantBabyNote: new Set(v.pregnantPatient.babyNote),
    infant: new Set(v.infantWords.words),
    neonatalDescribers: new Set(v.neonatal.describers),
    slashDate: new Set(v.slashNotation.dateBefore),
    slashAfterName: new Set(v.slashNotation.afterName),
    salutations: new Set(v.subjectAge.salutations),
    slashCourtesy: new Set(v.slashNotation.courtesy),
    slashNotAfter: new Set(v.slashNotation.clinicianTitles),
    slashIntervalAfter: new Set(v.slashNotation.intervalAfter),
    slashHyphenHalves: new Set(v.slashNotation.hyphenHalves),
    notChronologicalBefore: new Set(v.notChronological.before),
    notChronologicalAfter: new Set(v.notChronological.after),
    chronological: {
      chronological: new Set(v.chronologicalAge.words),
      chronologicalWithAge: new Set(v.chronologicalAge.withAge),
      // "(term)", "( born at term )": the bracket holding the phrase alone.
      termAside: new RegExp(`^[ \\t]*\\([ \\t]*(?:${wordsSource(v.chronologicalAge.termAside, { spaces: '[ \\t]+' })})[ \\t]*\\)`, 'i'),
      dayBeside: new Set(v.chronologicalAge.dayBeside),
      corrected: new Set(v.chronologicalAge.corrected),
      patientBefore: new Set(v.chronologicalAge.patientBefore),
      dayNotOnLine: wholeWordsPattern(v.chronologicalAge.dayNotOnLine, { spaces: '[ \\t]+' }),
      termNotWith: wholeWordsPattern(v.chronologicalAge.termNotWith, { spaces: '[ \\t]+' }),
      termPatient: new Set(v.chronologicalAge.termPatient),
      pmaWords: wordsSource(v.chronologicalAge.pmaWords, { spaces: '[ \\t]+' }),
      events: new Set(v.dayOfLife.events),
      now: new Set(v.dayOfLife.now),
    },
    durationNouns: new Set(v.durationNouns.words),
    durationTreatments: new Set(v.durationNouns.treatments),
    itemLabels: new Set(v.itemLabels.words),
    triageScales: new Set(v.triageLevels.scales),
    triageLevelWords: new Set(v.triageLevels.levelWords),
    dolNow: new Set(v.dayOfLife.now),
    dischargeLinks: new Set(v.beforeAge.dischargeLinks),
    discharge: new Set(v.beforeAge.discharge),
    dolBefore: new Set(v.dayOfLife.before),
    dolEvents: new Set(v.dayOfLife.events),
    dolNamedNotWith: new Set(v.dayOfLife.namedNotWith),
    dolBabyWords: new Set(v.dayOfLife.babyWords),
    nurseryNotBeside: new Set(v.dayOfLife.nurseryNotBeside),
    nurseryNotInNote: new Set(v.dayOfLife.nurseryNotInNote),
    dolBirthItems: new Set(v.dayOfLife.birthItems),
    dolPastHeads: new Set(v.dayOfLife.pastHeads),
    dolPastStory: new Set(v.dayOfLife.pastStory),
    dolPastClause: new Set(v.dayOfLife.pastClause),
    dolSetting: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(v.dayOfLife.settings, { longestFirst: true, one: phrasePattern })})(?![\\p{L}\\p{N}])`, 'iu'),
    dolSettingLines: v.dayOfLife.settingLines,
    dolHeadingAfterDash: new Set(v.dayOfLife.headingAfterDash),
    postnatalDayOpening: new RegExp(
      `^(?:${alternation(v.dayOfLife.postnatalDay.leads, { longestFirst: true, one: phrasePattern })})[ \\t]+day[ \\t]*#?[ \\t]*(\\d{1,3})[ \\t]*,[ \\t]*([^.;!?\\n]*?)[ \\t]*(?:[.;!?]|$)`,
      'iu',
    ),
    postnatalDayMax: v.dayOfLife.postnatalDay.maxDays,
    dolLetterNewborn: new Set(v.dayOfLife.dayLetter.newbornWords),
    dolLetterNotIn: new Set(v.dayOfLife.dayLetter.notInFirstLine),
    dolSettingEnd: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(v.dayOfLife.settings, { longestFirst: true, one: phrasePattern })})[ \\t]*$`, 'iu'),
    dolDischargeHeading: new RegExp(
      `^[ \\t]*(?:${alternation(v.dayOfLife.dischargeDay.units, { longestFirst: true, one: phrasePattern })})[ \\t]*[-\u2013]?[ \\t]*(?:${alternation(v.dayOfLife.dischargeDay.headings, { longestFirst: true, one: phrasePattern })})[ \\t]*$`,
      'iu',
    ),
    dolDischargeLead: new RegExp(`^[ \\t]*(?:${alternation(v.dayOfLife.dischargeDay.leads, { longestFirst: true, one: phrasePattern })})[ \\t]*$`, 'iu'),
    // A count of months, weeks or years ("7 month review", "6-8 wk", "7-month-old"), or British months and weeks ("4/12", "6/52").
    dolLaterUnit: new RegExp(
      `(?<![\\p{L}\\p{N}/.+])(?:\\d{1,2}(?:\\.\\d)?(?:[ \\t]*[-\u2013][ \\t]*\\d{1,2})?[ \\t]*-?[ \\t]*(?:${alternation(v.dayOfLife.laterTime.units, { longestFirst: true })})|\\d{1,2}\\/(?:12|52))(?![\\p{L}\\p{N}/])`,
      'giu',
    ),
    dolLaterNotAfter: new Set(v.dayOfLife.laterTime.notAfter),
    dolLaterNotBefore: new Set(v.dayOfLife.laterTime.notBefore),
    dolLaterPhrase: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(v.dayOfLife.laterTime.phrases, { longestFirst: true, one: phrasePattern })})(?![\\p{L}\\p{N}])`, 'iu'),
    dolPlanKey: new RegExp(`^[ \\t]*(?:${alternation(v.dayOfLife.laterTime.planKeys, { longestFirst: true, one: phrasePattern })})[ \\t]*:`, 'iu'),
    visitHeading: new Set(v.dayOfLife.visitHeading.words),
    visitUnits: new Set(v.neonatalUnits.words),
    visitNear: new Set(v.dayOfLife.visitHeading.near),
    visitMidwifeHeads: new Set(v.dayOfLife.visitHeading.midwifeNear.heads),
    visitMidwifeNear: new Set(v.dayOfLife.visitHeading.midwifeNear.words),
    visitMaxDays: v.dayOfLife.visitHeading.maxDays,
    visitDay: new RegExp(
      String.raw`\b(?:${alternation([...v.dayOfLife.visitHeading.dayWords, ...v.dayOfLife.visitHeading.dayOfLifeWords])})[ \t]*#?[ \t]*(\d{1,2})(?![\d.:/]\d|\d)`,
      'gi',
    ),
    visitHasDay: new RegExp(alternation([...v.dayOfLife.visitHeading.dayWords, ...v.dayOfLife.visitHeading.dayOfLifeWords]), 'i'),
    visitDayOfLife: new RegExp(`^(?:${alternation(v.dayOfLife.visitHeading.dayOfLifeWords)})`, 'i'),
    checkHeadingChecks: new Set(v.dayOfLife.checkHeading.checks),
    checkHeadingChildren: new Set(v.dayOfLife.checkHeading.children),
    checkHeadingMaxMonths: v.dayOfLife.checkHeading.maxMonths,
    checkLabels: new Set(v.dayOfLife.checkHeading.labels),
    checkLabelNot: new Set(v.dayOfLife.checkHeading.labelNot),
    checkLabelClinics: new Set(v.dayOfLife.checkHeading.labelClinics),
    checkLabelClinicNot: new Set(v.dayOfLife.checkHeading.labelClinicNot),
    birthSourceBracket: new RegExp(`[ \\t]*\\((?:${v.birthSource.leads.map(escapeRegExp).join('|')})[ \\t][^()\\d\\n]{1,40}\\)[ \\t]*[.,;]?[ \\t]*$`, 'i'),
    datesInText: datesInTextWords(v.datesInText),
    dobWithDateKeyMaxMonths: v.datesInText.maxYearsWithDateKey * 12,
    patientKeys: new Set(v.patientKeys.words),
    patientKeyOthersLine: new Set(v.patientKeys.othersLine),
    patientKeysFirstLineOnly: new Set(v.patientKeys.firstLineOnly),
    formNameKeys: new Set(v.patientKeys.formNameLine.keys),
    formNameNotOnLine: new Set(v.patientKeys.formNameLine.notOnLine),
    patientLineKeys: new Set(v.patientKeys.patientLineKeys),
    patientKeyIds: new Set(v.patientKeys.idWords),
    unknownKeyLetters: new Set(v.unknownKeyLines.letters),
    patientKeyMaxYears: v.patientKeys.maxYears,
    unknownKeyMaxYears: v.unknownKeyLines.maxYears,
    unknownKeyHeadingMaxYears: v.unknownKeyLines.headingMaxYears,
    subjectLink: new Set(v.subjectAge.link),
    pronouns: new Set(v.subjectAge.pronouns),
    notNames: new Set(v.subjectAge.notNames),
    medications: new Set(v.medications.words),
    nameBefore: new Set(v.subjectAge.nameBefore),
    careVerbs: new Set(v.subjectAge.careVerbs),
    careLead: new Set(v.subjectAge.careLead),
    careAdverbs: new Set(v.subjectAge.careAdverbs),
    careAfter: new Set(v.subjectAge.careAfter),
    careVerbsSeen: new Set(v.subjectAge.careVerbsSeen),
    careToday: wholeWordsPattern(v.subjectAge.careToday, { flags: '', spaces: '[ \\t]+' }),
    careSeenBefore: new Set(v.subjectAge.careSeenBefore),
    careSeenPossessives: new Set(v.subjectAge.careSeenPossessives),
    addressWords: new Set(v.subjectAge.addressWords),
    othersKeys: new Set(v.subjectAge.othersKeys),
    twins: new Set(v.subjectAge.twins),
    terms: new Set(v.subjectAge.terms),
    agedAfterName: new Set(v.subjectAge.agedAfterName),
    agedNameBefore: new Set(v.subjectAge.agedNameBefore),
    agedPastVisit: new Set(v.subjectAge.agedPastVisit),
    toldBy: new Set(v.subjectAge.toldBy),
    toldByLead: new Set(v.subjectAge.toldByLead),
    toldByUnitOthers: new Set([
      ...v.subjectAge.toldByUnitOthers,
      ...v.subjectAge.otherTellers,
      ...v.subjectAge.otherAdults,
      ...v.relatives.words,
      ...v.relatives.carers,
      ...v.relatives.companions,
    ]),
    otherTellers: new Set(v.subjectAge.otherTellers),
    otherAdults: new Set(v.subjectAge.otherAdults),
    otherAdultLead: new Set(v.subjectAge.otherAdultLead),
    possessive: new Set(v.subjectAge.possessive),
    combinedKeys: new Set(v.combinedKeys.spellings.map(normalizeKey)),
    birthLabels: new Set(v.bracketBirth.labels),
    ...sexColumns(v.monthsBeforeSex.words),
    bareYears: { min: v.bareNumber.minYears, max: v.bareNumber.maxYears, minWithHalf: v.bareNumber.minYearsWithHalf },
    openingRanks: new Set(v.openingPerson.ranks),
    openingRankYears: { min: v.openingPerson.rankMinYears, max: v.openingPerson.rankMaxYears },
    openingRoleNotBefore: new Set(v.openingPerson.roleNotBefore),
    openingRoleYearsUnit: new RegExp(String.raw`^[ \t]*(?:${v.openingPerson.roleYearsUnits.join('|')})(?![\p{L}\p{N}/.])`, 'iu'),
    openingNotThePatient: new Set(v.openingPerson.notThePatient),
    openingSpouses: new Set(v.openingPerson.spouses),
    openingChild: new Set(v.openingPerson.childWords),
    openingChildMaxWeeks: v.openingPerson.childBracketMaxWeeks,
    openingChildAnywhere: wholeWordsPattern(v.openingPerson.childAnywhere, { spaces: '[ \\t]+' }),
    openingSentenceOther: wholeWordsPattern(v.openingPerson.sentenceOther, { spaces: '[ \\t]+' }),
    orderedChildNotTheOrder: new Set(v.orderedChild.notTheOrder),
    orderedChildMaxMonths: (v.orderedChild.maxYears + 1) * 12,
    orderedChildGroupWords: new Set(v.orderedChild.groupWords),
    orderedChildNoStudy: new Set(v.orderedChild.noStudy),
    orderedChildStudyManner: new RegExp(
      `(?<![\\p{L}])(?:${alternation(v.orderedChild.studyManner.leads)})[ \\t]+(?:(?:${alternation(v.orderedChild.studyManner.between)})[ \\t]+)?(?:${alternation(v.orderedChild.studyManner.manners)})(?![\\p{L}])`,
      'giu',
    ),
    infantContext: new Set(v.bareNumber.infantContext),
    infantContextNotAfter: new Set(v.bareNumber.infantContextNotAfter),
    besideGestationMaxMonths: v.besideGestation.maxMonths,
    pregnancyWords: new Set(v.besideGestation.notWith),
    sexSymbols: new Map([...v.sexSymbols.male.map((x) => [x, 'M'] as const), ...v.sexSymbols.female.map((x) => [x, 'F'] as const)]),
  };
  cachedWords.sexSymbolClass = new RegExp(`[${[...cachedWords.sexSymbols.keys()].map(escapeClass).join('')}]`, 'g');
  return cachedWords;
}

/** The spellings of an Age key that names the sex too ("Age/Sex"), normalized (normalizeKey), read as Age (unknown-keys.ts). */
export function combinedAgeKeys(): ReadonlySet<string> {
  return ageWords().combinedKeys;
}

/** The sex as an Age/Sex value writes it: "M", "F", or a word of monthsBeforeSex ("male", "Girl", "FEMALE"). */
function sexColumns(words: readonly string[]): { sexColumnAfter: RegExp; sexColumnBefore: RegExp; sexColumnAlone: RegExp } {
  const spellings = words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
  const sex = `(?:[MF]|${spellings.map((x) => x.replace(/[^A-Za-z]/g, '')).join('|')})`;
  return {
    sexColumnAfter: new RegExp(`(?<=[\\w.)])[ \\t]*[/,]?[ \\t]*${sex}\\.?[ \\t]*$`),
    sexColumnBefore: new RegExp(`^[ \\t]*${sex}[ \\t]*[/,]?(?=[ \\t]*\\d)`),
    sexColumnAlone: new RegExp(`^(?: {2}|\\t)[ \\t]*${sex}\\.?(?![\\w/])`),
  };
}

/**
 * The age: from `Age`, else `DOB` (with `Date`), else `Patient`, else an age stated anywhere in the
 * free text ("HPI: 3 mo M w/ …"). Gestation, when given, adds the corrected age.
 */
export function readAge(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[]): AgeFact | undefined {
  const age = readChronological(note, all, today, problems);
  if (!age) return undefined;
  for (const f of all) {
    const key = f.key?.name;
    // Gestation is written with the age or in the history, nowhere else.
    if (key !== 'Age' && key !== 'Patient' && key !== 'Presentation' && key !== 'PMH') continue;
    if (!f.value || !ageWords().mayGiveGestation.test(f.value)) continue;
    const g = parseGestation(f.value);
    // "22 yo G1P0, 34 wk GA": the gestation of the patient's own pregnancy (a girl or a woman), no prematurity of hers.
    if (g && age.months >= PREGNANT_MIN_MONTHS && pregnancyAround(f.value, g.span, ageWords())) continue;
    if (g) {
      age.corrected = { months: correctedMonths(age.months, g.weeks), gestationWeeks: g.weeks, span: shift(g.span, f.valueSpan.start) };
      break;
    }
  }
  return age;
}

/**
 * The value as the age reader reads it: a sex symbol as the letter it stands for ("4/12 ♀" is "4/12 F", "22/12 ♂."
 * is "22/12 M."; age-vocabulary.json sexSymbols), and any gestation blanked out. Same length as the value.
 */
function asRead(value: string, v: AgeWords, noteText?: string): string {
  const symbols = v.sexSymbolClass;
  const plain = symbols && /[^ -~\s]/.test(value) ? value.replace(symbols, (x) => v.sexSymbols.get(x) ?? x) : value;
  return withoutGestation(withAbbreviatedYears(withGlossedUnit(withTitledSurnames(plain, v)), v, noteText ?? value));
}

/**
 * "Re: Daniel FORBES, 12", "Thank you for referring Hannah BOYLE, who …": a British letter writes the patient's surname
 * in capitals after the given name. Read in title case (same length: "Daniel Forbes"), so that every reader of a name
 * before an age reads it as it reads "Re: Daniel Forbes, 12" (round 57, fix57a). Only right after a given name on the
 * same line (one space), and only when both words are names by nameWord: "Spinal MRI, 3/12", "Lumbar US", "Dr Jones
 * REVIEW" and a capitals-only line ("PT JOHN SMITH 12 YO") stay as written.
 */
function withTitledSurnames(value: string, v: AgeWords): string {
  if (!/[a-z] [A-Z]['\u2019]?[A-Z]/.test(value)) return value;
  return value.replace(CAPITALS_SURNAME, (all: string, given: string, surname: string) => {
    const titled = surname.replace(/(^|[-'\u2019])([A-Z])([A-Z]+)/g, (_x: string, lead: string, first: string, rest: string) => lead + first + rest.toLowerCase());
    return nameWord(given, v) && titled.split(/[-'\u2019]/).every((x) => x.length < 2 || nameWord(x, v)) ? `${given} ${titled}` : all;
  });
}
/** A given name, one space, a surname in capitals (two letters at least; "O'NEILL", "SMITH-JONES" in parts). */
const CAPITALS_SURNAME = /(?<![\w'\u2019-])([A-Z][a-z]{1,20}) ((?:[A-Z]['\u2019])?[A-Z]{2,20}(?:-[A-Z]{2,20})?)(?![\w'\u2019-])/g;

/**
 * "Adolescent 14 a.", "Niña de 7 a.", "Boy 9 a., dolor lumbar": years written as the one-letter "a." of the Spanish
 * "años" (Catalan "anys", Italian "anni"), as writers trained there keep it in English notes: read as "y." (same length).
 * Only right after a word for a child (romanceAge.abbreviatedYearsChild: "niña", "boy", "adolescent", never "patient",
 * "paciente", "woman", "male", nor an infant's word; its "de" between at most) that opens its line, its sentence or
 * the value, the full stop closing the age (a mark, the line's end or a capital after it), and never with a relative or a
 * time since in the three words after (romanceAge.notOfTheChild: "Paciente de 45 a. (madre)"). "3 a day", "2 a week",
 * "10 a.m.", "Mother 34 a." and "Grade 4 a." stay as written. Only in a note that tells no other age of any kind
 * (otherAgeThanAbbreviated: an Age key, "3 months", "She is 4 months old", "6 wks", "8 días", "6/52", "2/12", a DOB,
 * "postnatal", "puérpera", a second child's line) and never a list's numbering ("Patient 1 a. … Patient 1 b.").
 */
function withAbbreviatedYears(value: string, v: AgeWords, noteText: string): string {
  ABBREVIATED_YEARS.lastIndex = 0;
  if (!value.includes('a.') || !ABBREVIATED_YEARS.test(value) || otherAgeThanAbbreviatedOnce(noteText, v)) return value;
  return value.replace(ABBREVIATED_YEARS, (all: string, offset: number) => {
    // At most ABBREVIATED_LOOKBACK characters back: the child's word is one or two words before the age, and a long line of
    // such ages costs no more than that each (the read stays linear).
    const head = value.slice(Math.max(0, offset - ABBREVIATED_LOOKBACK), offset);
    work.steps += head.length;
    const from = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(':'), lastSentenceEnd(head)) + 1;
    if (from === 0 && offset > ABBREVIATED_LOOKBACK) return all;
    const lead = toWords(head.slice(from));
    const person = lead.length === 2 && v.romance.links.has(lead[1].text) ? lead[0] : lead.length === 1 ? lead[0] : undefined;
    if (!person || !v.romance.abbreviatedYearsChild.has(unaccented(person.text)) || head.slice(from, from + person.start).trim()) return all;
    const end = offset + all.length;
    if (
      toWords(value.slice(end, end + 40))
        .slice(0, 3)
        .some((x) => v.romance.notOfTheChild.has(x.text))
    )
      return all;
    return `${all.slice(0, -2)}y.`;
  });
}
const ABBREVIATED_LOOKBACK = 200;
/** A whole number, "a." and then a mark, the line's end or a capital: the age closes there. */
const ABBREVIATED_YEARS = /(?<![\d.,])\d{1,2}[ \t]?a\.(?=[ \t]*(?:[,;)]|\r?\n|$)|[ \t]+\p{Lu})/gu;

/** otherAgeThanAbbreviated, once per note: every value of a note asks it, and a note can be long (the read stays linear). */
let lastAsked: { note: string; v: AgeWords; answer: boolean } | undefined;
function otherAgeThanAbbreviatedOnce(note: string, v: AgeWords): boolean {
  if (lastAsked?.note !== note || lastAsked.v !== v) {
    work.steps += note.length;
    lastAsked = { note, v, answer: otherAgeThanAbbreviated(note, v) };
  }
  return lastAsked.answer;
}

/**
 * The note tells an age other than a "N a." or numbers a list with letters, so "a." is read as written: an Age or Edad
 * key, an age told (OTHER_AGE_LIKE: "Age 3 months", "She is 4 months old"), a number with a unit of months or
 * years ("Girl 3 months with …"; never the months after its own years, "1 a., 6 m."), of weeks or days or in twelfths
 * or fifty-seconds ("baby, 7 weeks", "RN de 8 días", "infant 6/52"), a date of birth, a mother just delivered
 * ("postnatal check", "puérpera"), a second line or sentence opening with a word for a child and a number ("Boy 6 a. /
 * Girl 3 …"), or an item lettered "b." ("Patient 1 a. … Patient 1 b.").
 */
function otherAgeThanAbbreviated(note: string, v: AgeWords): boolean {
  const noteText = note.replace(YEARS_THEN_MONTHS, ' ');
  if (
    AGE_KEY_LINE.test(noteText) ||
    OTHER_AGE_LIKE.test(noteText) ||
    MONTHS_OR_YEARS_TOLD.test(noteText) ||
    WEEKS_OR_DAYS_TOLD.test(noteText) ||
    LETTERED_ITEM.test(noteText) ||
    BIRTH_OR_PARENT_TOLD.test(noteText)
  )
    return true;
  let children = 0;
  for (const m of noteText.matchAll(CHILD_WORD_NUMBER)) if (v.person.has(m[1].toLowerCase()) && ++children > 1) return true;
  return false;
}
/** "1 a., 6 m.", "1 a., 6 meses": the months of the same age, told after its years. */
const YEARS_THEN_MONTHS = /(?<![\d.,])\d{1,2}[ \t]?a\.,?[ \t]*\d{1,2}[ \t]*(?:m|mo|mos|meses|mes|months?)(?![\p{L}\d])/giu;
const AGE_KEY_LINE = /(?:^|\n)[ \t]*(?:age|edad|idade|et[aà]|alter|[aâ]ge)\b/iu;
const MONTHS_OR_YEARS_TOLD = /(?<![\d.,])\d{1,2}(?:[.,]\d)?[ \t]*-?[ \t]*(?:months?|mos?|mths?|m|meses|mes|years?|yrs?|yr|y|yo|años|anos|anys|anni|ans)(?![\p{L}\d])/iu;
/** "7 weeks", "6 wks", "8 días", "6/52", "2/12": a baby's age or a time, either way an age the "a." may not be read beside. */
const WEEKS_OR_DAYS_TOLD = /(?<![\d.,])\d{1,2}(?:[ \t]*-?[ \t]*(?:weeks?|wks?|wk|days?|d[ií]as)(?![\p{L}\d])|\/(?:12|52)(?!\d))/iu;
/** A date of birth, or a mother just delivered ("postnatal", "puérpera"): the "N a." may be hers. */
const BIRTH_OR_PARENT_TOLD = /\b(?:DOB|D\.O\.B\.?|date of birth|fecha de nacimiento|postnatal|post-natal|postpartum|post-partum)\b|\bpu[eé]rpera\b/iu;
const LETTERED_ITEM = /(?<![\d.,])\d{1,2}[ \t]?b[.)]/;
const CHILD_WORD_NUMBER = /(?:^|[\n.;:][ \t]*)(\p{L}+)(?:[ \t]+de)?[ \t]+\d/gu;

/**
 * A number's unit in the writer's own language glossed in English in brackets right after it ("5 mj (months)", "3 god.
 * (years)", "10 sedmica (weeks)"): the gloss is the unit, read in the local word's place (padded, same length). Only a
 * bracket holding nothing but a spelled-out unit counts: "5 mm (months?)", "5 mj (since birth)" stay as written.
 */
function withGlossedUnit(value: string): string {
  if (!MAY_GLOSS_UNIT.test(value)) return value;
  return value.replace(GLOSSED_UNIT, (all: string, n: string, gap: string, unit: string) => `${n}${gap}${unit}`.padEnd(all.length, ' '));
}
const MAY_GLOSS_UNIT = /\([ \t]*(?:days?|weeks?|months?|years?)[ \t]*\)/i;
const GLOSSED_UNIT = /(?<![\d.,])(\d{1,2}(?:[.,]\d)?)([ \t]*)(?!(?:mm|cm|kg|g|mg|ml)\b)\p{L}{1,10}\.?[ \t]*\([ \t]*(days?|weeks?|months?|years?)[ \t]*\)/giu;

/** The value with any gestation blanked out, so "ex-32 wk, 10 wk old" reads as 10 weeks. */
function withoutGestation(value: string): string {
  if (!ageWords().mayGiveGestation.test(value)) return value;
  const g = findGestation(value) ?? GESTATION_ANY(value);
  if (!g) return value;
  return value.slice(0, g.span.start) + ' '.repeat(g.span.end - g.span.start) + value.slice(g.span.end);
}

/** Term gestations ("born at 39 weeks") are not ages either, nor a gestation after its key ("GA 34 wk", "Gestation: 34+2 weeks"). */
function GESTATION_ANY(value: string): { span: Span } | undefined {
  const m =
    /\b(?:ex[ \t]?-?[ \t]?|born (?:at )?)\d{2}(?:\+\d)?[ \t]?(?:wk|wks|weeks?|weeker)?\b|\b\d{2}(?:\+\d)?[ \t]?(?:wk|wks|weeks?)[ \t]?(?:GA|gestation(?:al age)?|EGA)\b|\b(?:GA|EGA|gestation(?:al age)?)[ \t]*[:=]?[ \t]*(?:of[ \t]+)?\d{2}(?:[ \t]*\+[ \t]*\d)?[ \t]?(?:wk|wks|weeks?|\/40)?\b/i.exec(
      value,
    );
  return m ? { span: { start: m.index, end: m.index + m[0].length } } : undefined;
}

function readChronological(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[]): AgeFact | undefined {
  const v = ageWords();
  // The Age key: a line first, else one written inside prose ("NICU summary. Age: 4 weeks") unless it
  // is someone else's ("Older sibling Jack, age: 4 years"). A past spelling ("Age at discharge") is read
  // only when nothing newer tells the age: a current one ("Current age"), DOB, Patient or a plainly told age.
  let current: Field | undefined;
  let past: Field | undefined;
  const consider = (f: Field) => {
    const kind = ageKeyKind(note.text, f, v);
    if (kind === 'past') past ??= f;
    else if (kind === 'current') current ??= f;
  };
  // The note's own fields first, then the inferred ones of `all` (each walked in place: no merged copy per note).
  for (const f of note.fields) consider(f);
  for (const f of all) if (f.inferred) consider(f);
  // A bare number ("Age: 10") is years only when nothing else in the note tells the age: "Age: 10" over
  // "10 mo boy with a dimple" is the 10-month-old's, and "Age: 20" over "20 mo with hemangioma" too.
  const bare: BareAge[] = [];
  const stated: Stated = {};
  const fromAge = current && ageFromKey(current, problems, note.text, v, bare, { today, note, out: stated });
  // The stated age wins over a DOB, but one that disagrees with it is told: one of the two is wrong.
  if (fromAge) {
    checkAgainstBirth(note, today, fromAge, stated, problems);
    return fromAge;
  }
  const other = readBeyondAgeKey(note, all, today, problems, past, v);
  const b = bare[0];
  if (!b) return other;
  // "I am treating Lars (13) … Age: 15": a bare bracket after a name is no unit's either, and the Age key tells the age.
  if (other && !(FROM_BRACKET.has(other) && b.years)) {
    if (b.problem && other.months !== b.years?.months) problems.push(b.problem);
    return other;
  }
  if (b.years) {
    checkAgainstBirth(note, today, b.years, { ...stated, unit: 'y' }, problems);
    return b.years;
  }
  if (b.problem) problems.push(b.problem);
  return undefined;
}

/** An Age key the patient's, current ("Age", "Current age") or past ("Age at discharge"); undefined for any other field. */
function ageKeyKind(text: string, f: Field, v: AgeWords): 'current' | 'past' | undefined {
  if (f.key?.name !== 'Age' || (f.inferred && someoneElsesKey(text, f, v))) return undefined;
  return isPastSpelling(f.rawKey) ? 'past' : 'current';
}

/** How an Age value was written, for its comparison with a date of birth. */
interface Stated {
  /** Its smallest unit: how closely it is meant, and the unit the message names it in. */
  unit?: Unit;
  /** A DOB in brackets after the age, labelled as one ("(DOB 2012)", "(b. 2026-08-01)"). */
  birth?: Birth;
  /** "2 mo corrected", "3 mo (CGA)": an age corrected for prematurity, which no birth date bears out. */
  corrected?: boolean;
  /** The age as written ("neonate"), for an age with no unit. */
  text?: string;
}

/** A date of birth as written, and where. */
interface Birth {
  span: Span;
  value: string;
}

/** What ageFromKey needs to read a DOB in brackets after the current Age key's age, and where it tells how the age was written. */
interface StatedContext {
  today: IsoDate;
  note: ParsedNote;
  out: Stated;
}

/**
 * "Age: 14 (DOB 2012)", "Age: 3 mo (b. 2026-08-01)", "Age: 14 [2012]": a date of birth or a year alone in brackets closing
 * the value. Unlabelled, only a year or an ISO date may be one ("Age: 6 wk (seen 2026-08-01)" is no birth), and only when
 * the age agrees with it (ageFromKey): "Age: 9 (2019)" may be the year of anything. Where the bracket opens, and the birth.
 */
function bracketBirth(value: string, base: number, pivotYear: number, v: AgeWords): { at: number; birth: Birth; labelled: boolean } | undefined {
  const t = value.trimEnd();
  const close = t.at(-1);
  if (close !== ')' && close !== ']') return undefined;
  const open = t.lastIndexOf(close === ')' ? '(' : '[');
  if (open < 1 || t.length - open > 48 || !value.slice(0, open).trim()) return undefined;
  let inner = t.slice(open + 1, -1);
  const label = BIRTH_LABEL.exec(inner);
  const labelled = !!label && v.birthLabels.has(label[1].replace(/\./g, '').toLowerCase());
  if (labelled) inner = inner.slice(label[0].length);
  const written = readBirth(inner, pivotYear);
  if (!written || (written.year !== undefined && written.year > pivotYear)) return undefined;
  if (!labelled && written.dates && !parseIsoDate(inner)) return undefined;
  return { at: open, birth: { span: { start: base + open, end: base + t.length }, value: inner }, labelled };
}

const BIRTH_LABEL = /^[ \t]*([A-Za-z][A-Za-z.]{0,7})[ \t]*(?::[ \t]*)?/;
const YEAR_ALONE = /^[ \t]*(\d{4})[ \t]*$/;

/** A date of birth as written: a full date (one reading or two, day- or month-first), or a year alone ("DOB: 2019"). */
interface WrittenBirth {
  dates?: WrittenDate;
  year?: number;
}

function readBirth(written: string, pivotYear: number): WrittenBirth | undefined {
  // "2025-01-10 (per Kakuma birth card)", "10/01/2025 (as per UNHCR papers)": a closing bracket telling only the date's
  // source (age-vocabulary.json birthSource), no digit in it, is passed over; any other bracket stays, and is no date.
  const text = written.replace(ageWords().birthSourceBracket, '');
  const year = YEAR_ALONE.exec(text);
  if (year) return Number(year[1]) >= 1900 ? { year: Number(year[1]) } : undefined;
  const dates = readDate(text, pivotYear);
  return dates && { dates };
}

/** One reading of the order date and of the birth, in one convention: the first and the last day the child may be born. */
interface BirthPair {
  on: IsoDate;
  first: IsoDate;
  last: IsoDate;
}

/**
 * The order date (the Date key's, else today) and a date of birth, read once for both the DOB's age (dobAge) and its
 * comparison with a stated age (checkAgainstBirth). `on` and `born` are each date's readings under the note's convention;
 * `pairs` match them one convention at a time, never a day-first Date with a month-first DOB, and are empty when the
 * birth may be after the order.
 */
interface OrderAndBirth {
  dateKey?: Field;
  written?: WrittenDate;
  birth?: WrittenBirth;
  on: IsoDate[];
  born: IsoDate[];
  pairs: BirthPair[];
}

function readOrderAndBirth(note: ParsedNote, today: IsoDate, birthText: string): OrderAndBirth {
  const dateField = field(note, 'Date');
  const dateKey = dateField && dateField.value.trim() ? dateField : undefined;
  let written = dateKey && readDate(dateKey.value, today.y);
  // No Date key: the visit's date told in the text ("seen today 19/09/2025", "Date of clinic: 19.09.2025") stands for it,
  // when it reads one way under the convention it and the birth agree on (else the order date stays today's, as before).
  // With a DOB key only a visit key whose value is the date alone ("Date of clinic: 19/09/2025"); never one after today, nor
  // one the birth is 18 years or more before (datesInText.maxYears).
  const w = ageWords().datesInText;
  const dob = field(note, 'DOB');
  // Whether a line tells an age or a later time of the child's (tellsLaterTime): split from the note once, lazily.
  let later: boolean | undefined;
  const laterTime = () => (later ??= laterTimeIn(note.text, ageWords()));
  // A visit key naming the visit in full is the visit's date in a column beside the DOB as on a line of its own
  // ("Name: …   DN: 25/04/2025   Date of consult: 28/02/2026"); a short column word ("Seen:", "Visit:") only settles a
  // convention, below.
  let visit = dateKey
    ? undefined
    : (visitDateInText(note.text, today.y, w, false) ??
      // Never in a note telling a later time of the child's (tellsLaterTime), as below.
      (dob && dob.value === birthText && !laterTime() && !otherDateIn(note.text, dob.lineSpan) ? columnVisitDate(note.text, today.y, w, dob.valueSpan, true) : undefined));
  let birth = readBirth(birthText, written?.year ?? visit?.written.year ?? today.y);
  let day = visit && visitDay(visit.written, birth?.dates, today);
  // A DOB that may be read day- or month-first and that nothing above settles ("DOB: 10/01/2024   Visit: 24/07/2024"): a
  // template's visit date beside or under it (visit-date.ts columnVisitDate) settles the writer's convention, and the age is
  // read on it. Only then: such a key may be another clinic's or a past event's, so a DOB read one way keeps its age on
  // the order date (datesInText.$commentColumnVisitKeys).
  // A column read into the DOB's value ("DOB: 10/01/2024 | Visit: 24/07/2024", "DOB: 10/01/2024, Seen: 24/06/2024") leaves
  // the DOB its first word, when the visit stands in that value.
  // Never in a note telling an age or a later time of the child's on any line ("DOB: 10/01/2024   Seen: 24/02/2024 /
  // History: … now back at 9 months"; tellsLaterTime): the visit may be an old one, and the order later.
  if (!dateKey && !day && dob && dob.value === birthText && (!birth || birth.dates) && !laterTime()) {
    const column = columnVisitDate(note.text, today.y, w, dob.valueSpan);
    const inValue = column && column.span.start >= dob.valueSpan.start && column.span.end <= dob.valueSpan.end;
    const own = birth ?? (inValue ? readBirth(/^[^\s|,]+/.exec(birthText.trim())?.[0] ?? '', column!.written.year) : undefined);
    const settled = column && own?.dates && readingsOf(own.dates, undefined).length > 1 && visitDay(column.written, own.dates, today);
    if (settled && settled.convention) {
      visit = column;
      day = settled;
      birth = own;
    }
  }
  const plausible = (b: IsoDate[]) => b.length > 0 && b.every((x) => plausibleBirth(x, day!.on, w));
  if (day && (!birth?.dates || plausible(readingsOf(birth.dates, day.convention)))) written = visit!.written;
  else if (!written) birth = readBirth(birthText, today.y);
  const convention = noteConvention([written, birth?.dates]);
  const on = written ? readingsOf(written, convention) : [today];
  const born = birth?.dates ? readingsOf(birth.dates, convention) : [];
  const pairs: BirthPair[] = [];
  if (birth && !(dateKey && !written)) {
    // A dotted date is written day-first, and the note's other dates with it.
    const conventions: Convention[] = convention ? [convention] : written?.dotted || birth.dates?.dotted ? ['day'] : ['day', 'month'];
    for (const c of conventions) {
      const o = written ? readingIn(written, c) : today;
      if (!o) continue;
      let first: IsoDate | undefined;
      let last: IsoDate | undefined;
      if (birth.year !== undefined) {
        // A year alone: born on any day of it up to the order date.
        first = { y: birth.year, m: 1, d: 1 };
        last = isAfter({ y: birth.year, m: 12, d: 31 }, o) ? o : { y: birth.year, m: 12, d: 31 };
      } else first = last = readingIn(birth.dates!, c);
      if (!first || !last) continue;
      if (isAfter(first, o)) return { dateKey, written, birth, on, born, pairs: [] };
      if (!pairs.some((p) => sameDay(p.on, o) && sameDay(p.first, first) && sameDay(p.last, last))) pairs.push({ on: o, first, last });
    }
  }
  return { dateKey, written, birth, on, born, pairs };
}

/** A written date's reading in one convention, or undefined when it cannot be read so. */
function readingIn(d: WrittenDate, c: Convention): IsoDate | undefined {
  return d.date ?? (c === 'day' ? d.dayFirst : d.monthFirst);
}

/** The birth a stated age is compared with, its readings, and how the message names it. */
interface Comparison {
  birth: Birth;
  text: string;
  pairs: BirthPair[];
  year: boolean;
}

/**
 * The first of `births` that can be read (the DOB key's before a bracketed one), with the order date; undefined when the
 * order date cannot be read or the birth may be after it (unreadable-age's, never compared).
 */
function comparison(note: ParsedNote, today: IsoDate, births: readonly (Birth | undefined)[]): Comparison | undefined {
  for (const b of births) {
    if (!b) continue;
    const r = readOrderAndBirth(note, today, b.value);
    if (r.dateKey && !r.written) return undefined;
    if (!r.birth) continue;
    if (!r.pairs.length) return undefined;
    const { dates, year } = r.birth;
    const text = year !== undefined ? String(year) : dates!.iso ? isoText(dates!.date!) : clip(b.value.trim());
    return { birth: b, text, pairs: r.pairs, year: year !== undefined };
  }
  return undefined;
}

function dobKeyBirth(note: ParsedNote): Birth | undefined {
  const dob = field(note, 'DOB');
  return dob && dob.value.trim() ? { span: dob.valueSpan, value: dob.value } : undefined;
}

interface AgeSpan {
  months: number;
  days: number;
}

/** The ages each reading of the birth makes, youngest first, when none agrees with the stated age; undefined when one does. */
function disagreement(c: Comparison, months: number, unit: Unit | undefined): { on: IsoDate; youngest: AgeSpan; oldest: AgeSpan }[] | undefined {
  const told = [];
  for (const p of c.pairs) {
    const oldest = { months: monthsBetween(p.first, p.on), days: daysBetween(p.first, p.on) };
    const youngest = { months: monthsBetween(p.last, p.on), days: daysBetween(p.last, p.on) };
    if (agrees(months, unit, youngest, oldest)) return undefined;
    told.push({ on: p.on, youngest, oldest });
  }
  return told.sort((a, b) => a.youngest.days - b.youngest.days);
}

/**
 * The Age key's age against the DOB key's (else a DOB in brackets after the age), on the order date (the Date key's, else
 * today): told when they disagree by more than a clinician rounds. A date that may be read day- or month-first is told
 * only when it disagrees in every reading; an unreadable date or a birth after the order is unreadable-age's, never
 * compared; a corrected age is not a chronological one.
 */
function checkAgainstBirth(note: ParsedNote, today: IsoDate, age: AgeFact, stated: Stated, problems: AgeProblem[]): void {
  if (stated.corrected) return;
  const c = comparison(note, today, [dobKeyBirth(note), stated.birth]);
  const told = c && disagreement(c, age.months, stated.unit);
  if (!c || !told) return;
  // Every reading in one unit: the one the farthest calls for.
  const farthest = Math.max(...told.map((t) => t.oldest.days));
  const ages = [...new Set(told.map((t) => (c.year ? ageRange(t.youngest.months, t.oldest.months) : ageIn(stated.unit, t.oldest, farthest))))].join(' or ');
  const on = told.every((t) => sameDay(t.on, told[0].on)) ? ` on ${isoText(told[0].on)}` : '';
  const named = stated.unit ? `Age ${statedAge(age.months, stated.unit, stated.text ?? '')}` : `Age "${clip(stated.text ?? formatAge(age.months)).slice(0, 24)}"`;
  const dob = c.text.length > 24 ? `${c.text.slice(0, 23)}…` : c.text;
  problems.push({
    span: c.birth.span,
    message: `${named} and DOB ${dob} (${ages}${on}) disagree: correct one of them`,
    shorter: `${named} and DOB ${dob} disagree: correct one of them`,
    mismatch: true,
  });
}

/** "2y 3m", "2 yrs 3 mo": years before the months. */
const YEARS_TOO = /\d[ \t]*y/i;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * The stated age as the writer gave it: "6 weeks", not "1 month 12 days"; "30 months", not "2 years 6 months", where "2y 6m"
 * is "2 years 6 months".
 */
function statedAge(months: number, unit: Unit, text: string): string {
  const days = Math.round(months * DAYS_PER_MONTH);
  const tenths = (n: number) => Math.round(n * 10) / 10;
  switch (unit) {
    case 'y':
      return months % 12 === 0 ? plural(months / 12, 'year') : formatAge(months);
    case 'm':
      return YEARS_TOO.test(text) ? formatAge(months) : plural(tenths(months), 'month');
    case 'w':
      return days % 7 === 0 ? plural(days / 7, 'week') : plural(tenths(days / 7), 'week');
    case 'd':
      return plural(days, 'day');
    case 'h':
      return plural(Math.round(months * DAYS_PER_MONTH * 24), 'hour');
  }
}

/**
 * The age a birth makes, in the stated age's unit while it is still told so: "7 weeks 3 days" beside "6 weeks", "52 days"
 * beside "10 days"; past half a year (weeks) or two months (days), and for months and years, in months or years.
 */
function ageIn(unit: Unit | undefined, age: AgeSpan, farthest: number): string {
  const { days } = age;
  if ((unit === 'd' || unit === 'h') && farthest < 62) return plural(days, 'day');
  if (unit === 'w' && farthest < 183) {
    const w = Math.floor(days / 7);
    return w === 0 ? plural(days, 'day') : days % 7 ? `${plural(w, 'week')} ${plural(days % 7, 'day')}` : plural(w, 'week');
  }
  return formatAge(age.months);
}

/**
 * Whether an age written in `unit` agrees with a birth that makes the child between `youngest` and `oldest` old, as a
 * clinician rounds: years are the completed years or the rounded ones (14 y 11 m is "14" or "15", 14 y 6 m "15" too);
 * months within a month either way ("3 months" for 3 mo 25 d); weeks within a week; days (and hours) within a day.
 */
function agrees(months: number, unit: Unit | undefined, youngest: { months: number; days: number }, oldest: { months: number; days: number }): boolean {
  const EPS = 1e-9;
  const overlaps = (lo: number, hi: number, a: number, b: number) => a <= hi + EPS && b >= lo - EPS;
  switch (unit) {
    case 'y':
      // "3 1/2 yo": a fraction is meant to the half year.
      if (months % 12 !== 0) return overlaps(months - 6, months + 6, youngest.months, oldest.months);
      // [n - 6 months, n + 12 months): the rounded years from half a year before, the completed ones to the next birthday.
      return youngest.months < months + 12 - EPS && oldest.months >= months - 6 - EPS;
    case 'w':
    case 'd':
    case 'h': {
      const days = months * DAYS_PER_MONTH;
      const slack = unit === 'w' ? 7 : 1;
      return overlaps(days - slack, days + slack, youngest.days, oldest.days);
    }
    default:
      // Months, and "newborn" (within the first month).
      return overlaps(months - 1, months + 1, youngest.months, oldest.months);
  }
}

/** The ages a birth in one year makes: "6–7 years", "2–13 months". */
function ageRange(youngest: number, oldest: number): string {
  if (youngest >= 24) {
    const a = Math.floor(youngest / 12 + 1e-9);
    const b = Math.floor(oldest / 12 + 1e-9);
    return a === b ? `${a} years` : `${a}–${b} years`;
  }
  const a = Math.floor(youngest + 1e-9);
  const b = Math.floor(oldest + 1e-9);
  return a === b ? formatAge(a) : `${a}–${b} months`;
}

/** A bare number in an Age key: the years it may be, and the problem told when it is not read. */
interface BareAge {
  years?: AgeFact;
  problem?: AgeProblem;
}

/** The age told by anything but the current Age key: DOB, Patient, free text, a past Age key, a day of life. */
function readBeyondAgeKey(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[], past: Field | undefined, v: AgeWords): AgeFact | undefined {
  const dob = dobAge(note, today, problems);
  if (!dob) return readToldAge(note, all, problems, past, v);
  if (dob.iso) return dob.age;
  // A DOB written any other way is read only when the note tells no other age: a typo or a day-first date taken
  // month-first ("DOB: 12/05/2026") must not overrule "HPI: 4 wk old with hair tuft".
  const aside: AgeProblem[] = [];
  const told = readToldAge(note, all, aside, past, v);
  if (!told) return dob.age;
  problems.push(...aside);
  return told;
}

/**
 * The age on the order date (the Date key's, else today) from the DOB key; the problems when either date cannot be
 * read, or may be read two ways, or the birth is after the order.
 */
function dobAge(note: ParsedNote, today: IsoDate, problems: AgeProblem[]): { age: AgeFact; iso: boolean } | undefined {
  const dob = field(note, 'DOB');
  if (!dob || !dob.value.trim()) return dobInText(note, today);
  const { dateKey, written, birth, on, born } = readOrderAndBirth(note, today, dob.value);
  if (dateKey && !written) problems.push({ span: dateKey.valueSpan, message: `cannot read the order date "${clip(dateKey.value)}"; write it as an ISO date such as 2026-11-26` });
  else if (dateKey && on.length > 1) problems.push({ span: dateKey.valueSpan, message: eitherWay('the order date', dateKey.value, on) });
  if (!birth) problems.push({ span: dob.valueSpan, message: `cannot read the date of birth "${clip(dob.value)}"; write it as an ISO date such as 2026-08-20` });
  // "DOB: 2019": read as a year (checkAgainstBirth compares it with a stated age), too coarse for an age of its own.
  else if (birth.year !== undefined)
    problems.push({ span: dob.valueSpan, message: `the date of birth "${birth.year}" gives the year only; write the full date as an ISO date such as ${birth.year}-08-20` });
  else if (born.length > 1) problems.push({ span: dob.valueSpan, message: eitherWay('the date of birth', dob.value, born) });
  if (on.length !== 1 || born.length !== 1) return undefined;
  if (isAfter(born[0], on[0])) {
    problems.push({ span: dob.valueSpan, message: 'the date of birth is after the order date' });
    return undefined;
  }
  return { age: { months: monthsBetween(born[0], on[0]), span: dob.valueSpan, from: 'DOB' }, iso: !!birth?.dates?.iso };
}

/**
 * "Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2025": a date of birth told in the text, with no DOB key, gives the age
 * on the visit's date told in the text (datesInText), read one way under the convention both dates agree on. Without a
 * visit date, or read two ways, or born after the visit, no age: nothing is told (missing-age says the age is not given).
 */
function dobInText(note: ParsedNote, today: IsoDate): { age: AgeFact; iso: boolean } | undefined {
  const dateKey = field(note, 'Date');
  const w = ageWords().datesInText;
  // The birth first: most notes name none, and its test is the cheaper.
  const birth = birthDateInText(note.text, today.y, w);
  if (!birth) return undefined;
  // "Patient: Ben R   DOB 02/03/2006" over "Date: 14/05/2025": the Date key is the order's date, as for a DOB key; the
  // two dates read under the one convention they agree on, a young adult's birth too (datesInText.maxYearsWithDateKey).
  if (dateKey) {
    const written = dateKey.value.trim() ? readDate(dateKey.value, today.y) : undefined;
    const on = written && visitDay(written, birth.written, today);
    if (!on) return undefined;
    const born = readingsOf(birth.written, on.convention);
    if (born.length !== 1 || isAfter(born[0], on.on) || monthsBetween(born[0], on.on) >= ageWords().dobWithDateKeyMaxMonths) return undefined;
    return { age: { months: monthsBetween(born[0], on.on), span: birth.span, from: 'DOB' }, iso: false };
  }
  const visit = visitDateInText(note.text, today.y, w, true);
  if (!visit || (birth.span.start === visit.span.start && birth.span.end === visit.span.end)) return undefined;
  const day = visitDay(visit.written, birth.written, today);
  if (!day) return undefined;
  const born = readingsOf(birth.written, day.convention);
  if (born.length !== 1 || !plausibleBirth(born[0], day.on, w)) return undefined;
  return { age: { months: monthsBetween(born[0], day.on), span: birth.span, from: 'DOB' }, iso: false };
}

function eitherWay(what: string, value: string, readings: readonly IsoDate[]): string {
  return `${what} "${clip(value)}" could be either day- or month-first (${readings.map(isoText).join(' or ')}); write it as an ISO date`;
}

/** The age told by Patient, free text, a past Age key or a day of life. */
function readToldAge(note: ParsedNote, all: readonly Field[], problems: AgeProblem[], past: Field | undefined, v: AgeWords): AgeFact | undefined {
  // Age and sex in one that may be months or years ("Patient: 2M"): no age, and the reason is told.
  const unclear: Span[] = [];
  // A Patient key written inside prose ("Order received: XR L-spine. Patient: 3 mo F.") unless it is someone else's.
  const patient = field(note, 'Patient') ?? all.find((f) => f.inferred && f.key?.name === 'Patient' && f.value && !someoneElsesKey(note.text, f, v));
  // "Patient: Baby Adebayo, day 10 of life": a day of life in the Patient value is the patient's, and loses to an age
  // told in weeks or months as any day of life does.
  let patientLife: AgeFact | undefined;
  if (patient) {
    // "Pt: 14/F, back ache 2 wks": the age and sex in one opening the value come before any length told after them.
    const a =
      slashSexInPatient(patient.value, v) ??
      patientAge(patient.value, v, unclear, note.text) ??
      bracketAfterPatientName(note.text, patient.value, v) ??
      agedAfterName(note.text, patient, v);
    if (a) return { months: a.months, span: shift(a.span, patient.valueSpan.start), from: 'Patient' };
    for (const u of unclear.splice(0)) unclear.push(shift(u, patient.valueSpan.start));
    const life = dayOfLife(note.text, patient.valueSpan.start, patient.value, v, true);
    if (life) patientLife = { months: life.months, span: shift(life.span, patient.valueSpan.start), from: 'Patient' };
  }
  // Free text: today's age told as such ("now 7 mo", "now 2 days old"); else a plainly told age ("9 mo
  // boy", "13 yo", "Girl 10 years"), the first in the note; else one only suggested by a word after it
  // ("3 mo w/ dimple"); else one standing alone as a clause ("hair tuft L5, 11mo. MRI …").
  // A Plan or family-history value is read too, but only for an age that opens its sentence ("A/P: 12 yo M
  // w/ …", "FHx: mother has SBO. Baby is 6 wk old, …"); and a short line no prose holds ("5/12 M", "3 mo").
  // A history that is the present illness (historyIsThePresentIllness) is read as free text.
  const pmhIsNow = historyIsThePresentIllness(all);
  const texts = all.filter((f) => f.value && (FREE_TEXT_KEYS.has(f.key?.name ?? '') || OPENING_KEYS.has(f.key?.name ?? '') || (pmhIsNow && f.key?.name === 'PMH')));
  const short = new Set(shortLines(note, AGE_UNDER).filter((f) => /\d|newborn|neonate/i.test(f.value)));
  texts.push(...short);
  texts.sort((a, b) => a.valueSpan.start - b.valueSpan.start);
  const best: Partial<Record<Tier, AgeFact>> = {};
  for (const f of texts) {
    const found = ageInText(note.text, f, v, unclear, short.has(f) ? 'short' : OPENING_KEYS.has(f.key?.name ?? '') ? 'opening' : 'free');
    if (!found) continue;
    if (best[found.tier]) continue;
    const fact: AgeFact = { months: found.months, span: shift(found.span, f.valueSpan.start), from: 'text' };
    if (found.bracket) FROM_BRACKET.add(fact);
    best[found.tier] = fact;
    if (found.tier === 'now') return best.now;
  }
  if (best.strong) return best.strong;
  // A key another template names its patient by ("Subject: S-031 13 y F", "Student: 12 y F", "Pupil: 15 y, Year
  // 10"): read after an age the history tells plainly, for the key may name someone else ("Student: MS3, 20 y"
  // is the medical student; "HPI: 2 mo old with sacral dimple" the patient).
  const keyed = patientKeyAge(note, v, unclear, false);
  if (keyed) return keyed;
  // A letter's subject line ("Betreff: Jonas K., 8 Jahre") is read only when the text tells the child's age in no
  // other way: its number may be the interval or the date the letter is about ("Betreff: Jonas, 6 Wochen" over
  // "Jonas, 8 Jahre, Rückenschmerzen").
  const subject = (best.weak ?? best.life ?? best.alone) ? undefined : patientKeyAge(note, v, unclear, true);
  if (subject) return subject;
  const fromPast = past && ageFromKey(past, problems, note.text, v);
  if (fromPast) return fromPast;
  // A day of life ("DOL 2", "day 5 of life") loses to every age told in weeks or months, even one only
  // suggested ("3 wk w/ dimple"), and to a past Age key.
  const { weak, life, alone } = best;
  const told =
    weak ??
    patientLife ??
    life ??
    postnatalVisitDay(note.text, v) ??
    postnatalDayOpening(note.text, v) ??
    checkHeadingAge(note.text, v) ??
    visitLabelHeadingAge(note.text, v) ??
    alone ??
    schoolChildAge(note.text, v) ??
    ageOpeningOtherValues(note, all, texts, v) ??
    personOpeningNote(note.text, v) ??
    orderedChildAgeIn(note.text, v);
  if (!told && unclear.length) {
    const u = unclear[0];
    const written = note.text.slice(u.start, u.end);
    const n = /\d+/.exec(written)?.[0] ?? '';
    problems.push({
      span: u,
      message: /m$/i.test(written)
        ? `"${written}" may be ${n} months or ${n} years; write "${n} mo" or "${n} y M"`
        : `"${written}" beside an infant gives no unit; write "${n} mo F", "${n} wk F" or "${n} d F"`,
    });
  }
  return told;
}

/**
 * "Pte Adeyemi, 22. Injured lower back …", "Fast bowler, 16, county academy.", "Baby (11 wk) of Pte Kowalski." (round 52,
 * fix52f; narrowed after review r52): the note's first line opening on the patient's rank and surname or
 * role, then a bare number of years, or on a word for the child and a bracket with its age and unit
 * (opening-person-age.ts). Read last of all, so any age told otherwise wins; never in a note that tells an age (agesTold),
 * and a rank's or a role's number never in a note that speaks of an infant.
 */
function personOpeningNote(text: string, v: AgeWords): AgeFact | undefined {
  // Only the first line is read: a note with no comma or bracket before a number there is passed over at once.
  if (!/[,(][ \t]*\d/.test(text.slice(0, 240)) || agesToldBeyondOpeningRole(text, v) > 0) return undefined;
  const found = openingPersonAge(text, {
    infant: speaksOfAnInfant(text, v),
    ranks: v.openingRanks,
    rankYears: v.openingRankYears,
    roles: v.roles,
    roleNotBefore: v.openingRoleNotBefore,
    roleYears: { min: v.bareYears.min, max: v.bareYears.max },
    roleYearsUnit: v.openingRoleYearsUnit,
    other: (x) =>
      v.relatives.has(x) || v.childOf.has(x) || v.companions.has(x) || v.otherTellers.has(x) || v.otherAdults.has(x) || v.openingNotThePatient.has(x) || v.openingSpouses.has(x),
    kin: (x) => v.relatives.has(x) || v.childOf.has(x) || v.openingSpouses.has(x),
    name: (x) => nameWord(x, v),
    notAge: v.bracketNotAge,
    child: v.openingChild,
    childAnywhere: v.openingChildAnywhere,
    sentenceOther: v.openingSentenceOther,
    givenName: (x) => nameWord(x, v),
    bracketAge: (inner) => {
      // Only an age with its unit filling the bracket; never a gestation ("34 wk", "36/40") nor weeks from the knowledge's bound up.
      const a = parseAge(inner);
      if (!a?.unit || inner.slice(0, a.span.start).trim() || inner.slice(a.span.end).trim() || GESTATION_ANY(inner)) return undefined;
      return a.unit === 'w' && a.months * (52 / 12) >= v.openingChildMaxWeeks + 0.5 ? undefined : a.months;
    },
  });
  return found && { months: found.months, span: found.span, from: 'text' };
}

/**
 * A family visit's study tied to one named child ("Plan: Ava ONLY - US lumbar spine" under "Twin 1 - Ava, 8 wk"; round 58,
 * fix58s): the age told beside that child's name (ordered-child-age.ts). Read last of all, so any age told otherwise wins.
 */
function orderedChildAgeIn(text: string, v: AgeWords): AgeFact | undefined {
  const found = orderedChildAge(text, orderedChildWords(text, v));
  return found && { months: found.months, span: found.span, from: 'text' };
}

function orderedChildWords(text: string, v: AgeWords): OrderedChildWords {
  return {
    name: (x) => nameWord(x, v),
    relative: (x) => (v.relatives.has(x) || v.companions.has(x)) && !v.orderedChildGroupWords.has(x),
    twin: (x) => v.twins.has(x),
    possessive: (x) => x === 'his' || x === 'her' || x === 'their' || v.possessive.has(x),
    namesStudy: (s) => NAMES_A_STUDY.test(s),
    notTheOrder: v.orderedChildNotTheOrder,
    noStudy: v.orderedChildNoStudy,
    studyManner: v.orderedChildStudyManner,
    bareYears: { min: v.bareYears.min, max: v.bareYears.max },
    infant: speaksOfAnInfant(text, v),
    gestationTold: v.mayGiveGestation.test(text) || neonatalNote(text, v),
    maxMonths: v.orderedChildMaxMonths,
  };
}

/**
 * A school's sick bay or boarding-house log heads its entry with the pupil and the age in brackets ("Nurse: Y8 boy (13) -
 * LBP", "Sick bay - Y7 girl (11y) c/o …", "02:15 - Y10 boy (14) fell"): the child word (age-vocabulary schoolChild)
 * opening the line or standing right after a colon or a dash, a school year before it at most, then the bracket. The
 * school year is never the age ("Y9" is no 9 years). A bare number is years within bareNumber's, never in a note that
 * speaks of an infant; never after a relative or another child on its line ("Sibling: boy (14)", "older boy (14)").
 */
function schoolChildAge(text: string, v: AgeWords): AgeFact | undefined {
  // The pattern holds an opening bracket: a note with none is not scanned with it.
  if (!text.includes('(')) return undefined;
  const re = v.schoolChildBracket;
  re.lastIndex = 0;
  // Each line's words once, however many brackets it holds: the scan stays linear in the note.
  let line: { start: number; words: Word[] } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    work.steps++;
    const n = Number(m[1]);
    if (m[2] ? n < 1 || n > v.bareYears.max : n < v.bareYears.min || n > v.bareYears.max || speaksOfAnInfant(text, v)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (line?.start !== lineStart) {
      const end = text.indexOf('\n', m.index);
      line = { start: lineStart, words: toWords(text.slice(lineStart, end < 0 ? text.length : end)) };
    }
    // A relative or another child anywhere on the line, or more than one child named on it ("boy (14) and girl (3,
    // patient)", "Household: boy (14), girl (9)"): whose the bracket is cannot be told.
    if (line.words.some((w) => v.relatives.has(w.text) || v.otherChild.has(w.text))) continue;
    if (line.words.filter((w) => v.schoolChildWords.has(w.text)).length > 1) continue;
    const start = m.index + m[0].lastIndexOf('(');
    return { months: n * 12, span: { start, end: m.index + m[0].length }, from: 'text' };
  }
  return undefined;
}

/**
 * A note that tells the age nowhere else may tell it plainly at the start of a sentence in its order, prior
 * imaging or referral line ("Requested: MRI L-spine. 2 y M, lumbar hairy patch", "Order received: XR L-spine.
 * Patient: 3 mo F.", "Prior: \"11 y F, LBP x 3 wks\""): read last, so it never outranks an age told anywhere else.
 */
function ageOpeningOtherValues(note: ParsedNote, all: readonly Field[], read: readonly Field[], v: AgeWords): AgeFact | undefined {
  for (const f of all) {
    if (!f.value || !LAST_RESORT_KEYS.has(f.key?.name ?? '') || read.includes(f)) continue;
    const found = ageInText(note.text, f, v, [], 'opening');
    if (found) return { months: found.months, span: shift(found.span, f.valueSpan.start), from: 'text' };
  }
  // A key the language does not know, heading a line that opens on the age ("Q: 12 yo F with back pain …" in an
  // e-consult, "PM&R: 16 y M hockey, LBP x 12 d"; age-vocabulary.json unknownKeyLines); never a relative's key
  // ("Mother: 32 yo G2P2"), a line of something other than the patient's history ("Allergies:", "Meds:"), a
  // letter that may be a relative's or a handover's ("M:", "F:") or an adult's age.
  // A heading read as history ("Q:", "PM&R:") is such a key too: its line is read as prose, where "Q: 12" may be
  // taken for a dose's frequency ("q 12 h").
  for (const f of note.fields) {
    if (f.key || (f.prose && !isHeading(f.rawKey)) || !f.value || isAboutRelative(f.rawKey) || isNotHistory(f.rawKey)) continue;
    // "Coach: 17 yo", "Babysitter: 16 y F": the key names who is aged.
    if (toWords(f.rawKey).some((w) => v.companions.has(w.text))) continue;
    const letters = f.rawKey.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 && !v.unknownKeyLetters.has(letters.toLowerCase())) continue;
    const found = ageInText(note.text, f, v, [], 'heading');
    // "Coach: 18 yo", "Carer: 18 y F": an adult named by the key; "OPD: 18 year old man": the patient under a heading.
    const maxYears = f.prose && isHeading(f.rawKey) ? v.unknownKeyHeadingMaxYears : v.unknownKeyMaxYears;
    if (found && found.months < (maxYears + 1) * 12) return { months: found.months, span: shift(found.span, f.valueSpan.start), from: 'text' };
    // "From: Robert D. (father of Caleb, 16)": a message's header names the child after its sender.
    const named = bareAfterName(note.text, f.value, v, f.valueSpan.start);
    if (named) return { months: named.months, span: shift(named.span, f.valueSpan.start), from: 'text' };
  }
  return undefined;
}

/**
 * Whether a key is one a template names its child by (age-vocabulary.json patientKeys.words: "Child: Maya R.   DOB:
 * 2023-03-12", "Pupil:", "Camper:"): the note parser reads such a line as a form's header, its columns fields of their own.
 * A French or Spanish form's name key on the note's first line does too (patientKeys.formNameLine: "Nom: ____   Âge: 6 mois",
 * "Nombre: Ana   Edad: 7 meses"; round 58, fix58u), unless a word of kinship or company stands on the line ("Nombre: Rosa
 * Pérez (madre)   Edad: 19 años", "Lien: mère"), even where nameLineOthers finds nothing of another's.
 */
export function namesTheChild(rawKey: string, line?: { text: string; valueStart: number; valueEnd: number }): boolean {
  const v = ageWords();
  const key = rawKey.trim().toLowerCase();
  const named = v.patientKeys.has(key);
  const formName = v.formNameKeys.has(key);
  if (!named && !formName) return false;
  if (!line) return named;
  // "Léa, 3 mois, vue avec sa mère." / "Nom: Julie Martin   Âge: 34 ans": a bare name key below other lines may be anyone's
  // (review rfix58u, merged with fix58pt), so a form names its child by it only on the note's first line.
  const firstLine = line.text.slice(0, line.text.lastIndexOf('\n', line.valueStart - 1) + 1).trim() === '';
  if (v.patientKeysFirstLineOnly.has(key) && !firstLine) return false;
  if (named && !nameLineOthers(line.text, line.valueStart, line.valueEnd, v)) return true;
  if (!formName || !firstLine) return false;
  for (const m of line.text.slice(line.valueStart, line.valueEnd).matchAll(/\p{L}+/gu)) if (v.formNameNotOnLine.has(m[0].toLowerCase())) return false;
  return true;
}

/**
 * A patient key's line marked as someone else's (patientKeys.othersLine): its value, or the heading right above it (a
 * line with no colon), names a relative, a carer or a companion ("Nome: Lurdes Sitoe (mãe)   Idade: 17 anos", "Dados da
 * mãe / Nome: …", "Acompanhante / Nome: …"); or another line of the note is keyed by a word naming the patient
 * ("Paciente: lactente de 2 meses").
 */
function nameLineOthers(text: string, valueStart: number, valueEnd: number, v: AgeWords): boolean {
  const other = (x: { text: string }) => {
    const w = unaccented(x.text.toLowerCase());
    return v.relatives.has(w) || v.carers.has(w) || v.companions.has(w) || v.patientKeyOthersLine.has(w);
  };
  // The name's own column (to a gap of two spaces or a tab), and the keys of the line's later columns ("Parentesco: mãe").
  const value = text.slice(valueStart, valueEnd);
  const gap = /[ ]{2,}|\t/.exec(value);
  // A relative alone in a bracket or after a comma or dash ("Lurdes Sitoe (mãe)", "Ana, mother"), not a bracket's aside
  // ("Pupil: 15 y, Year 10 boarder (parents overseas - emailed)").
  const name = gap ? value.slice(0, gap.index) : value;
  for (const m of name.matchAll(/(?:\(|,|\s[-\u2013]\s)\s*(\p{L}+)\s*(?:\)|,|$)/gu)) if (other({ text: m[1].toLowerCase() })) return true;
  for (const m of value.matchAll(/(?:[ ]{2,}|\t)[ \t]*([\p{L}]{2,20})[ \t]*:/gu)) if (v.patientKeyOthersLine.has(unaccented(m[1].toLowerCase()))) return true;
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  if (lineStart > 0) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(aboveStart, lineStart - 1);
    // A short heading of its own ("Mãe", "Dados da mãe", "Acompanhante"), not a sentence that names a parent.
    const heading = toWords(above);
    if (heading.length <= 4 && !above.includes(':') && heading.some(other)) return true;
  }
  return patientLineKeyed(text, v);
}

/**
 * Whether a line of the note opens on a key naming the patient (patientKeys.patientLineKeys: "Paciente: lactente de 2
 * meses"). Asked for every name-key line of a note, by the parser (namesTheChild) and again by patientKeyAge: the note is
 * scanned once and its answer kept until the next note (one note's text held, no more).
 */
function patientLineKeyed(text: string, v: AgeWords): boolean {
  if (patientLineMemo.text === text && patientLineMemo.words === v) return patientLineMemo.keyed;
  work.steps += text.length >> 4;
  let keyed = false;
  for (const m of text.matchAll(/^[ \t]*([\p{L}]{2,12})[ \t]*:/gmu)) {
    if (v.patientLineKeys.has(unaccented(m[1].toLowerCase()))) {
      keyed = true;
      break;
    }
  }
  patientLineMemo = { text, words: v, keyed };
  return keyed;
}
let patientLineMemo: { text: string | undefined; words: AgeWords | undefined; keyed: boolean } = { text: undefined, words: undefined, keyed: false };

/**
 * The age in the value of a key a template names its patient by (age-vocabulary.json patientKeys: "Subject:
 * S-031 13 y F", "Student: 12 y F", "Pupil: 15 y, Year 10 boarder"): told plainly anywhere in the value, or
 * opening it (after an identifier at most) and standing alone there. Read as a Patient value is.
 */
function patientKeyAge(note: ParsedNote, v: AgeWords, unclear: Span[], subjectLines: boolean): AgeFact | undefined {
  for (const f of note.fields) {
    if (f.key || !f.value || !(subjectLines ? !namesPatientByKey(f.rawKey, v) && subjectNamesPatient(note.text, f, v) : namesPatientByKey(f.rawKey, v))) continue;
    // "Nome: Lurdes Sitoe (mãe)   Idade: 17 anos": a name line marked as someone else's gives no age.
    if (!subjectLines && nameLineOthers(note.text, f.valueSpan.start, f.valueSpan.end, v)) continue;
    const found = ageInPatientKey(note.text, f, v, unclear) ?? agedAfterName(note.text, f, v);
    // An adult's age is no patient's of these criteria: "Student: Jane (MS3), 23 yo" is the medical student.
    if (found && found.months < (v.patientKeyMaxYears + 1) * 12) return { months: found.months, span: shift(found.span, f.valueSpan.start), from: 'text' };
  }
  return undefined;
}

/**
 * A letter's subject line names the patient as a Name key does ("Betreff: Jonas K., 8 Jahre", "Objet : Léa, 9 ans"),
 * unless it names a clinician, a weekday, a department or a relative first ("Re: Dr Jones, 3 weeks", "Re: Monday, 3 weeks").
 */
function subjectNamesPatient(noteText: string, f: Field, v: AgeWords): boolean {
  if (!v.slashAfterName.has(f.rawKey.trim().toLowerCase())) return false;
  // The first word whole, accents and all ("Orthopädie", "Pédiatrie"), compared unaccented as notNames holds it.
  const first = /^[\s"'(]*(\p{L}[\p{L}'\u2019-]*)/u.exec(f.value.slice(0, 40));
  if (!first) return false;
  const word = unaccented(first[1].toLowerCase());
  if (v.slashNotAfter.has(word) || v.notNames.has(word) || v.relatives.has(word) || v.medications.has(word)) return false;
  // "Re: Mia, 3 weeks" where "Her sister Mia has a sacral dimple": the relative's name.
  return !relativeNamed(noteText, first[1], v);
}

/** "Subject", "Student", "Subject ID", "Subject 12", "Participant #4": a patient key word, then only an identifier. */
function namesPatientByKey(rawKey: string, v: AgeWords): boolean {
  const words = toWords(rawKey.slice(0, 60));
  if (!words.length || words.length > 4 || !v.patientKeys.has(words[0].text)) return false;
  return words.slice(1).every((x) => v.patientKeyIds.has(x.text) || /\d/.test(x.text) || x.text.length === 1);
}

/** An identifier a screening log writes before the age: "S-031", "P-118 |", "0412,", "#12", "ID 44". */
const LEADING_ID = /^\s*(?:(?:id|no|nr|#)[.:]?[ \t]*)?(?:[a-z]{1,4}[-#]?\d{1,8}|\d{3,8})(?![\w/.-])[\s,;|:#-]*/i;

/**
 * A name, a sex or a blank left for the name, each its own comma item, before the age: "Name: --, M, 10 years",
 * "Baby: Maya, 7 months", "Name: Musa, M, 10 years", "Child: Ava T., 7y" (a surname's initial, as a school's or a
 * nursery's form keeps it); not "Case: Back pain, 3 weeks", whose words are no name.
 */
const NAME_SEX_BEFORE = /^\s*(?:(?:\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2}(?: \p{Lu}\.?)?|[MF]|[Mm]ale|[Ff]emale|-{1,3}|\?|N\/A)[ \t]*,[ \t]*){1,3}/u;

function ageInPatientKey(noteText: string, f: Field, v: AgeWords, unclear: Span[]): { months: number; span: Span } | undefined {
  const original = f.value;
  const value = asRead(original, v, noteText);
  const words = toWords(value);
  const lead = value.length - value.trimStart().length;
  const id = LEADING_ID.exec(value);
  let offset = 0;
  let w = 0;
  for (let tries = 0; tries < 6 && offset < value.length; tries++) {
    // parseAge's answer is a fresh object each call: its span is moved to the value's offsets in place, not copied.
    const c = parseAge(value.slice(offset), false, true);
    if (!c) break;
    c.span = shift(c.span, offset);
    offset = c.span.end;
    while (w < words.length && words[w].end <= c.span.start) w++;
    const verdict = judge(value, original, words, w, c, v, noteText, f.valueSpan.start);
    if (verdict === 'unclear') {
      unclear.push(shift(c.span, f.valueSpan.start));
      continue;
    }
    if (verdict && (verdict.tier === 'strong' || verdict.tier === 'now')) return { months: verdict.months, span: c.span };
    // Opening the value and standing alone: "15 y, Year 10 boarder", "S-031 3 mo."; never an age in hours.
    // After a school year and what the pupil is ("Pupil: Y9 boarder, 13 yrs"): the year is no age, the item after it is.
    const named = NAME_SEX_BEFORE.exec(original) ?? v.schoolYear.exec(original);
    const opens = c.span.start === lead || (id !== null && c.span.start === id[0].length) || (named !== null && c.span.start === named[0].length);
    const unit = /[a-z]+$/i.exec(value.slice(c.span.start, c.span.end))?.[0].toLowerCase() ?? '';
    if (opens && !unit.startsWith('h') && (verdict !== undefined || CLAUSE_AFTER.test(value.slice(c.span.end, c.span.end + 4)))) {
      const ar = around(value, words, w, c);
      if (!someoneElse(value, c, ar, v, true, original, noteText, true) && !device(value, c, ar, v, noteText)) return { months: c.months, span: c.span };
    }
  }
  return slashSexAfterName(value);
}

/**
 * "Pt: 14/F", "Patient: Tan Mei Ling, 9/M": a Patient value read as a Name value is (slashSexAfterName; round 58, s160),
 * never beside a word for an infant, where the number may be months ("Pt: 2/M baby").
 */
function slashSexInPatient(value: string, v: AgeWords): AgeValue | undefined {
  const found = slashSexAfterName(value);
  return found && !infantNear(value, found.span, v) ? found : undefined;
}

/**
 * "Name: Ramesh Yadav, 15/M", "Name: 15/F": age and sex written "N/M" (lineOpeningSex) opening the patient's key's value, after
 * the name at most (NAME_SEX_BEFORE), and ending its clause. The letter after the slash makes it no date or fraction
 * ("15/12" months, "3/52" weeks, "12/03/2026", "15/20"), which parseAge reads or leaves as ever. Only when no other age is
 * read in the value; the years are whole, from 1 (lineOpeningSex.maxYears is past any patient key's maxYears).
 */
function slashSexAfterName(value: string): { months: number; span: Span } | undefined {
  const at = NAME_SEX_BEFORE.exec(value)?.[0].length ?? value.length - value.trimStart().length;
  const m = /^(\d{1,2})\/([MF])(?=$|[ \t]*[,;.|)]|[ \t]+\S)(?![\w/])/.exec(value.slice(at));
  if (!m || Number(m[1]) < 1) return undefined;
  return { months: Number(m[1]) * 12, span: { start: at, end: at + m[0].length } };
}

/**
 * "Patient: Noah K., age 7", "Re: Grace Miller, age 2": a whole number of years after "age"/"aged" told as its own clause
 * after the name in the value that names the patient, as ageWordYears reads it in free text (never a relative's, a range,
 * nor in a note that speaks of an infant). The span is the value's own.
 */
function agedAfterName(noteText: string, f: Field, v: AgeWords): { months: number; span: Span } | undefined {
  const value = asRead(f.value, v, noteText);
  const found = ageWordYears(noteText, f.valueSpan.start, value, toWords(value), v);
  return found && { months: found.months, span: found.span };
}

/**
 * "Age: DOL 21, term", "Age: day 3 of life", "Age: day of life 10 (CGA 36+1)": an Age value that opens on a newborn's
 * written day of life is that day, as a unit's sign-out keys its baby's age (round 58, fix58u). The Age key says the day is
 * the age today, so none of a free text day's refusals (an event it dates) apply; the day only has to close its clause
 * (nothing but the value's end, a comma, a semicolon, a bracket or a spaced dash after it: never "DOL 3/4", "DOL 21.5").
 */
function keyedDayOfLife(value: string): { days: number; start: number; end: number } | undefined {
  const m = KEYED_DAY_OF_LIFE.exec(value);
  if (!m) return undefined;
  const days = Number(m[2] ?? m[3] ?? m[4]);
  if (days < 1 || days > 365) return undefined;
  const start = m[1].length;
  return { days, start, end: m[0].length };
}
const KEYED_DAY_OF_LIFE =
  /^([ \t]*)(?:(?:dol|day[ \t]+of[ \t]+life)[ \t]*#?[ \t]*(\d{1,3})|day[ \t]*(\d{1,3})[ \t]+of[ \t]+life|(\d{1,3})(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+life)(?=[ \t]*(?:$|[,;(]|[-\u2013\u2014][ \t]))/i;

const LAST_RESORT_KEYS = new Set<string>(['Order', 'Prior imaging', 'Referral', 'PMH']);

/** An Age value read, or its problem reported (a written line only: inside prose the free text is read instead). */
function ageFromKey(f: Field, problems: AgeProblem[], text: string, v: AgeWords, deferred?: BareAge[], ctx?: StatedContext, bracketed = true): AgeFact | undefined {
  // "Age/Sex: 19Y/M", "Age/Sex: 14 M", "Sex/Age: F/9": the sex is a column of its own, never the months of "14 M".
  // "Age: 14 (DOB 2012)": the bracket is the birth, read apart (checkAgainstBirth); the age is what stands before it.
  // Taken off first, so a sex column before it is the value's last word ("Age/Sex: 14 M (DOB 2012)").
  // An unlabelled one ("Age: 9 (2019)") is a birth only when the age agrees with it, and then tells only the unit: else the
  // value is read as if it were not there (the bracket again, without the birth).
  let value = f.value;
  const aside = ctx && bracketed ? bracketBirth(value, f.valueSpan.start, ctx.today.y, v) : undefined;
  const again = () => ageFromKey(f, problems, text, v, deferred, ctx, false);
  if (aside) value = value.slice(0, aside.at) + ' '.repeat(value.length - aside.at);
  if (ctx) {
    ctx.out.birth = aside?.labelled ? aside.birth : undefined;
    ctx.out.corrected = correctedAge(f.value, v);
  }
  if (v.combinedKeys.has(normalizeKey((f.writtenKey ?? f.rawKey).slice(0, 40)))) value = withoutSexColumn(value, v);
  value = chronologicalAfterCorrected(value, v);
  const a = parseAge(withoutGestation(value), true) ?? unitPastGap(value) ?? strayMark(value);
  // "AGE 11M  SEX M": a billing system's months, which it shows for the under-twos only; "AGE 30M  SEX F" is none of
  // its forms (a man's 30 years? 30 months?), so no age is read and the reader asks for it.
  const written = a && value.slice(a.span.start, a.span.end);
  const afterValue = text.slice(f.valueSpan.start + (a?.span.end ?? 0), f.valueSpan.start + (a?.span.end ?? 0) + 40);
  if (a && written && billingMonthsPastTwo(written, { ...a, span: { start: 0, end: 0 } }, afterValue, v)) {
    if (!f.inferred)
      problems.push({
        span: shift(a.span, f.valueSpan.start),
        message: `the age "${written}" may be months or years; write "${written.slice(0, -1)} mo" or "${written.slice(0, -1)} y"`,
      });
    return undefined;
  }
  if (a && a.months <= 130 * 12) {
    if (aside && !aside.labelled && !fitsBirth(ctx!, aside.birth, a.months, a.unit)) return again();
    if (ctx) {
      ctx.out.unit = a.unit;
      ctx.out.text = value.slice(a.span.start, a.span.end);
    }
    return { months: finerInBrackets(value, a, a.months), span: shift(a.span, f.valueSpan.start), from: 'Age' };
  }
  const day = keyedDayOfLife(value);
  if (day) {
    if (ctx) {
      ctx.out.unit = 'd';
      ctx.out.text = value.slice(day.start, day.end);
    }
    return { months: day.days / DAYS_PER_MONTH, span: shift(day, f.valueSpan.start), from: 'Age' };
  }
  const bare = bareNumber(value);
  if (bare) {
    const n = Number(bare[1]);
    const span = { start: f.valueSpan.start + bare.at, end: 0 };
    span.end = span.start + bare[1].length;
    // "Age: 14 (DOB 2012)", "Age: 4 (b. 2026-07-20)": the birth beside a bare number tells its unit, when it fits one only.
    const unit = aside && ctx && unitByBirth(ctx, n, v, aside.labelled ? [dobKeyBirth(ctx.note), aside.birth] : [aside.birth]);
    if (unit) {
      ctx.out.unit = unit;
      return { months: unit === 'y' ? n * 12 : n, span, from: 'Age' };
    }
    if (aside && !aside.labelled) return again();
    const years: AgeFact | undefined = n >= v.bareYears.min && n <= v.bareYears.max && !speaksOfAnInfant(text, v) ? { months: n * 12, span, from: 'Age' } : undefined;
    const problem = f.inferred ? undefined : { span, message: `the age "${bare[1]}" gives no unit; write "${bare[1]} y", "${bare[1]} mo" or "${bare[1]} wk"` };
    // The current Age key's number waits for the rest of the note (readChronological); a past one is read last anyway.
    if (deferred) {
      deferred.push({ years, problem });
      return undefined;
    }
    if (years) return years;
    if (problem) problems.push(problem);
    return undefined;
  }
  if (f.value.trim() && !f.inferred && !leftBlank(text, f))
    problems.push({ span: f.valueSpan, message: `cannot read the age "${clip(f.value)}"; write it as "3 months", "10 weeks", "2y 3m" or "newborn"` });
  return undefined;
}

/**
 * "Age: 3. mo", "Age: 3, mos", "Age: 14.yrs": a number, a stray full stop or comma, then a unit of two letters or more and
 * nothing else ("Age: 14, M" is a boy of 14, and "Age: 3. Mo has back pain" is someone's story, not an age).
 */
function strayMark(value: string): AgeValue | undefined {
  const m = STRAY_MARK.exec(value);
  if (!m || !isAgeUnit(m[2])) return undefined;
  const a = parseAge(`${m[1]} ${m[2]}`, true);
  if (!a) return undefined;
  return { ...a, span: { start: m[0].indexOf(m[1]), end: m[0].trimEnd().length } };
}

const STRAY_MARK = /^[ \t]*(\d{1,2}(?:\.\d)?)[ \t]*[.,][ \t]*([A-Za-z]{2,7})\.?[ \t]*$/;

/**
 * The unit a bare number in the Age key is in, when a birth in brackets after it fits years only or months only: "Age: 14
 * (DOB 2012)" is years, "Age: 4 (DOB 2026-07-20)" months. Undefined when it fits both or neither.
 */
function unitByBirth(ctx: StatedContext, n: number, v: AgeWords, births: readonly (Birth | undefined)[]): Unit | undefined {
  const c = comparison(ctx.note, ctx.today, births);
  if (!c) return undefined;
  const fits = (['y', 'm'] as const).filter((unit) => (unit !== 'y' || n <= v.bareYears.max) && !disagreement(c, unit === 'y' ? n * 12 : n, unit));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Whether an age agrees with a birth written in brackets after it ("Age: 14 yrs (2012)"). */
function fitsBirth(ctx: StatedContext, birth: Birth, months: number, unit: Unit | undefined): boolean {
  const c = comparison(ctx.note, ctx.today, [birth]);
  return !!c && !disagreement(c, months, unit);
}

/**
 * "Age: 4 mo corrected, 7 mo chrono (ex-28 wk)": an Age value opening on a corrected age with the chronological one named
 * so after its comma, slash or bracket (chronological-age.ts chronologicalAt 'beside') is read from the chronological age:
 * the value with the corrected age blanked, same length (round 53, fix53h). Any other value is returned as it is: "4 mo
 * corrected, 7 mo" (no word names the second age), "4 mo corrected, brother 7 mo chrono" (the patient's words only).
 */
function chronologicalAfterCorrected(value: string, v: AgeWords): string {
  const sep = /^[^,/(\n]{1,40}?[,/(]/.exec(value);
  if (!sep) return value;
  const k = sep[0].length;
  const second = parseAge(value.slice(k), true);
  if (!second || /\S/.test(value.slice(k, k + second.span.start).replace(/^[ \t]*/, ''))) return value;
  if (chronologicalAt(value, k + second.span.start, k + second.span.end, v.chronological, v.durationBefore) !== 'beside') return value;
  return ' '.repeat(k) + value.slice(k);
}

/** "2 months corrected", "2 mo (CGA)", "adjusted 3 mo": an age corrected for prematurity (age-vocabulary.json notChronological). */
function correctedAge(value: string, v: AgeWords): boolean {
  // An exec loop on one pattern, not matchAll (which clones the pattern per call); nothing in the loop uses LETTER_RUN.
  const lower = value.toLowerCase();
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(lower); m; m = LETTER_RUN.exec(lower)) if (v.notChronologicalBefore.has(m[0]) || v.notChronologicalAfter.has(m[0])) return true;
  return false;
}

const LETTER_RUN = /[a-z]+/g;

/**
 * The value with the sex written before or after the age blanked out: "19Y/M" is "19Y  ", "M/14" is "  14". Same length.
 * The value ends at a column gap, since a form's line runs on into its next column ("14 M   MRN 4471", "14 M    Ward:
 * 4B"): the sex is the last word of the Age/Sex column, not of the line.
 */
function withoutSexColumn(value: string, v: AgeWords): string {
  const blank = (m: string) => ' '.repeat(m.length);
  const lead = /^[ \t]*/.exec(value)?.[0].length ?? 0;
  const gap = COLUMN_GAP_IN.exec(value.slice(lead, lead + 40));
  // "Age/Sex: 14    M": the sex may stand in a column of its own right after the age.
  const end = gap ? lead + gap.index + (v.sexColumnAlone.exec(value.slice(lead + gap.index, lead + gap.index + 24))?.[0].length ?? 0) : value.length;
  const column = value.slice(0, end);
  const cut = Math.max(0, column.length - 24);
  const head = (column.slice(0, cut) + column.slice(cut).replace(v.sexColumnAfter, blank)).replace(v.sexColumnBefore, blank);
  return head + ' '.repeat(value.length - end);
}

/**
 * A form's Age column left blank, the next column written after it on the same line: "Age: ***   Wt: 5.1 kg",
 * "Age: ___   (left blank at registration)", "Age:        Wt: 5.1 kg". The age is missing, not unreadable.
 */
export function leftBlank(text: string, f: Field): Span | undefined {
  const gap = COLUMN_GAP.exec(f.value);
  if (gap) {
    const head = f.value.slice(0, gap.index);
    if (!head.trim() || onlyPlaceholders(head)) return { start: f.valueSpan.start, end: f.valueSpan.start + gap.index };
  }
  // Nothing written, a wide gap, then the next column's key.
  if (WIDE_GAP_END.test(text.slice(f.keySpan.end, f.valueSpan.start)) && NEXT_KEY.test(f.value)) return { start: f.valueSpan.start, end: f.valueSpan.start };
  return undefined;
}

const COLUMN_GAP = /[ \t]{2,}|\t/;
const WIDE_GAP_END = /(?:[ \t]{3,}|\t)$/;
const NEXT_KEY = /^[A-Za-z][A-Za-z .]{0,20}:/;

/**
 * A whole number and nothing else ("14", "11."), as an Age value holds it; on a form's line, the next field may follow
 * after a column gap ("Athlete age: 14   Sport: club volleyball").
 */
function bareNumber(value: string): { 1: string; at: number } | undefined {
  const m = BARE_NUMBER_HEAD.exec(value);
  if (!m) return undefined;
  const rest = value.slice(m[0].length);
  // The next field must follow a column gap (right after the number's dot, when it has one); tested apart from the
  // pattern, since three whitespace runs in one pattern backtrack cubically on a long run of spaces.
  const gap = m[3] ? COLUMN_GAP_FIRST.test(m[4]) : COLUMN_GAP_IN.test(m[2]);
  // "Age: 18    DOB on file": after a column gap, the next column may be written without its colon.
  const column = NEXT_COLUMN_WORDS.exec(rest);
  if (rest !== '' && !(gap && (NEXT_FIELD.test(rest) || (column && !isAgeUnit(column[0]))))) return undefined;
  return { 1: m[1], at: m[0].indexOf(m[1]) };
}

/**
 * "Age: 6    WKS", "Age: 8    MO   Sex: F": a form's number and its unit a column gap apart. The unit, in any case, is
 * never the next column; the number is read with it when the unit stands alone or a column gap follows it.
 */
function unitPastGap(value: string): AgeValue | undefined {
  const m = UNIT_PAST_GAP.exec(value);
  if (!m || !isAgeUnit(m[2])) return undefined;
  const a = parseAge(`${m[1]} ${m[2]}`, true);
  if (!a) return undefined;
  const start = m[0].indexOf(m[1]);
  return { ...a, span: { start, end: m[0].length } };
}

const UNIT_PAST_GAP = /^[ \t]*(\d{1,2})(?: {2}|\t)[ \t]*([A-Za-z]{1,7})(?=[ \t]*$|\.?(?: {2}|\t))/;

const BARE_NUMBER_HEAD = /^\s*(\d{1,2})(\s*)(\.?)(\s*)/;
const COLUMN_GAP_IN = / {2}|\t/;
const COLUMN_GAP_FIRST = /^(?: {2}|\t)/;
const NEXT_FIELD = /^[A-Za-z][A-Za-z .'/]{0,20}[:?]/;
/** A column's heading in capitals ("DOB on file", "MRN 4471"); never a unit in any case ("6    WKS", unitPastGap). */
const NEXT_COLUMN_WORDS = /^[A-Z]{2,}\b/;

/**
 * The note speaks of an infant (age-vocabulary.json bareNumber.infantContext: "baby", "diaper", "NICU",
 * or an age told in weeks or days): a bare number in its Age key may be months, so it is not read as years.
 */
function speaksOfAnInfant(text: string, v: AgeWords): boolean {
  if (lastInfantTalk?.text !== text) lastInfantTalk = { text, is: scanForInfant(text, v) };
  return lastInfantTalk.is;
}

/** The last note asked about and whether it speaks of an infant: asked once per value that tells "age 8", scanned once per note. */
let lastInfantTalk: { text: string; is: boolean } | undefined;

function scanForInfant(text: string, v: AgeWords): boolean {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (/\b\d{1,2}[ -]?(?:wk|wks|week|weeks|d|day|days)[ -]?old\b|\b\d{1,2}[ -]?(?:mo|mos|month|months)[ -]?old\b/i.test(head)) return true;
  const words = toWords(head);
  for (let i = 0; i < words.length; i++) if (v.infantContext.has(words[i].text) && !(i > 0 && v.infantContextNotAfter.has(words[i - 1].text))) return true;
  return false;
}

/** "Older sibling Jack, age: 4 years", "Mom's older son, age: 10": an Age key inside prose that names someone else just before it. */
function someoneElsesKey(text: string, f: Field, v: AgeWords): boolean {
  const from = Math.max(0, f.keySpan.start - 60);
  const lead = text.slice(from, f.keySpan.start);
  let cut = lead.length;
  while (cut > 0 && !endsSentence(lead, cut - 1)) cut--;
  return relativeBefore(toWords(lead.slice(cut)).reverse(), v);
}

/**
 * The age in a Patient value: the first age in it, unless it is someone else's ("Baby girl, born to a
 * 24 yo G1P1"), a device size ("ex-28 wk, 5F NGT") or an age and sex in one whose unit is unclear.
 */
function patientAge(original: string, v: AgeWords, unclear: Span[], noteText?: string): AgeValue | undefined {
  const value = asRead(original, v, noteText);
  // The value's words, split once a candidate needs them (a Patient value without an age needs none).
  let words: Word[] | undefined;
  // "newborn girl, mother 30 yo": parseAge reads "newborn" only where no number with a unit is written,
  // so it is read here when the number after it is passed over.
  const nb = /\b(?:newborn|neonate|new-born)\b/i.exec(value);
  let offset = 0;
  let w = 0;
  let skipped = false;
  for (let tries = 0; tries < 8 && offset < value.length; tries++) {
    // parseAge's answer is a fresh object each call: its span is moved to the value's offsets in place, not copied.
    const c = parseAge(value.slice(offset), true, true);
    if (!c) return undefined;
    c.span = shift(c.span, offset);
    offset = c.span.end;
    words ??= toWords(value);
    while (w < words.length && words[w].end <= c.span.start) w++;
    const ar = around(value, words, w, c);
    // Past someone else's age ("Pt: 17 yo G1P0 at 30 wks with LBP 2 wks"), a time told after a complaint or "x" / "for"
    // ("LBP 2 wks", "x 3 days") is how long, never the patient's age.
    if (skipped && ar.prev !== undefined && (v.durationNouns.has(ar.prev) || v.durationBefore.has(ar.prev)) && !c.sex) continue;
    if (someoneElse(value, c, ar, v, true, original, noteText, true) || device(value, c, ar, v, noteText ?? value)) {
      if (nb && nb.index < c.span.start) return { months: 0, span: { start: nb.index, end: nb.index + nb[0].length } };
      skipped = true;
      continue;
    }
    if (!c.sex) return { ...c, months: finerInBrackets(value, c, c.months) };
    const months = sexShorthand(original, c, v, noteText);
    if (typeof months === 'number') return { ...c, months };
    if (months === 'unclear') unclear.push(c.span);
  }
  return undefined;
}

/**
 * "Patient: Sofia (8)", "Pt: Sofia T (3 1/2)": a bare number in brackets right after the name opening a Patient value is
 * the child's age in years, as after a Child key (bareNumber's years; from minYearsWithHalf with a half), never in a note
 * that speaks of an infant, where it may be months.
 */
function bracketAfterPatientName(noteText: string, value: string, v: AgeWords): AgeValue | undefined {
  // "Pt: Lachlan, 11": the name and a bare number after its comma are the whole value, as a bracket holds it.
  const m = BRACKET_AFTER_PATIENT_NAME.exec(value) ?? COMMA_AFTER_PATIENT_NAME.exec(value);
  if (!m || !m[1].split(/[ \t]+/).every((x, i) => (i > 0 && INITIAL.test(x)) || nameWord(x, v))) return undefined;
  const half = m[3] !== undefined;
  const years = Number(m[2]) + (half ? 0.5 : 0);
  if (years < (half ? v.bareYears.minWithHalf : v.bareYears.min) || years > v.bareYears.max || speaksOfAnInfant(noteText, v)) return undefined;
  const start = m[0].lastIndexOf(m[2], m[0].length - (m[3]?.length ?? 0) - 1);
  return { months: years * 12, span: { start, end: start + m[2].length + (m[3]?.length ?? 0) } };
}

const FREE_TEXT_KEYS = new Set<string>(['Presentation', 'Findings', 'Indication', 'Symptoms']);
/** Keys whose value may open a sentence on the patient's age ("A/P: 12 yo M w/ …") but mostly tell other things. */
const OPENING_KEYS = new Set<string>(['Plan', 'Family history']);
const PRESENTATION_KEY = lookupKey('Presentation')!;

/**
 * Lines of one or two words that no prose holds (notes/prose.ts leaves them to malformed-line), as free
 * text: "5/12 M", "hair tuft", "no dimple" (at most eight). A line right under a key with no value of its
 * own belongs to that key: it is read only when that key is one of `readUnder` ("Findings:" then "hair
 * tuft"), never under "FHx:", "Prior imaging:" or a key the language does not know ("Mother:").
 */
export function shortLines(note: ParsedNote, readUnder: ReadonlySet<string>): Field[] {
  const out: Field[] = [];
  let k = 0;
  // The end of the last line that belongs to an empty key above it: the lines right after it belong there too
  // ("FHx:" then "tethered cord" then "hair tuft").
  let belongsUntil = -1;
  for (const m of note.malformed) {
    const raw = note.text.slice(m.start, Math.min(m.end, m.start + 200));
    const value = raw.trim();
    // The field just above the line (fields and malformed lines are both in text order).
    while (k < note.fields.length && note.fields[k].lineSpan.end <= m.start) k++;
    const above = k > 0 ? note.fields[k - 1] : undefined;
    const under =
      above &&
      !above.value &&
      !readUnder.has(above.key?.name ?? '') &&
      (!/\S/.test(note.text.slice(above.lineSpan.end, m.start)) || (belongsUntil >= 0 && !/\S/.test(note.text.slice(belongsUntil, m.start))));
    if (under) {
      belongsUntil = m.end;
      continue;
    }
    if (!value || value.length > 60 || /\S+\s+\S+\s+\S/.test(value)) continue;
    const start = m.start + raw.indexOf(value);
    const span = { start, end: start + value.length };
    out.push({ key: PRESENTATION_KEY, rawKey: '', keySpan: { start, end: start }, valueSpan: span, value, lineSpan: span, inferred: true });
    if (out.length >= 8) break;
  }
  return out;
}

/** Keys under which a short line may tell the age ("Age:" then "3 mo"). */
const AGE_UNDER = new Set<string>(['Age', 'Patient', 'Presentation', 'Findings', 'Indication', 'Symptoms']);

/**
 * How plainly the words tell an age: 'now' as today's ("now 7 mo", "now a 9 mo M", "now 2 days old"),
 * 'strong' by its notation or a word for the child ("13 yo", "9 mo boy", "Girl 10 years"), 'weak' by a
 * word that only suggests it ("3 mo w/ dimple", "2 wk check"), 'alone' by standing alone as a clause
 * ("…, 11mo. MRI"); 'life' a newborn's day of life that describes the patient now ("DOL 2, term female").
 */
type Tier = 'now' | 'strong' | 'life' | 'weak' | 'alone';

interface TextAge extends AgeValue {
  tier: Tier;
  /** Read from a bare number in brackets after a name ("treating Lars (13)"): any other age told of the patient wins. */
  bracket?: boolean;
}

/** Ages read from a bare bracket after a name (TextAge.bracket), for a keyed "Age: 15" to win over them. */
const FROM_BRACKET = new WeakSet<AgeFact>();

/** British months/weeks/days notation in free text ("18/12 girl"): only with words that plainly make it an age. */
const SLASH_AGE_IN_TEXT = /(?<![\d/])(\d{1,2})\/(12|52|7)(?![\d/])/g;

/** Notation that is itself an age: "y/o", "d/o", "y.o.", "-old" ("w/o" only when no word follows: "6 w/o", but "3 w/o contrast"). */
const MARKED_AFTER = /^(?:\/o\b|\.o\b|[ \t]?-?[ \t]?old\b)/i;

/** Sentence ends between two words: a clause never reaches past one. Decimal points and "y.o." are no sentence end. */
const SENTENCE_END = /[;!?\n\r]|\.(?:\s|$)/;
/**
 * A clause boundary before a stand-alone age: a comma, a sentence end, a dash or the start of a line; a bar parts a
 * requisition's cells as a comma parts clauses ("DX M54.50 LBP | 16Y M | UHC AUTH").
 */
const CLAUSE_BEFORE = /(?:^|[,;.!?(|\n\r]|\s[-\u2013\u2014])\s*$/;
const CLAUSE_AFTER = /^\s*(?:[,;.!?)|]|\s[-\u2013\u2014]\s|$)/;
/** A bracket right after an age left empty by withoutGestation: it held the gestation at birth alone. */
const GESTATION_ASIDE = /^[ \t]*\([ \t]*\)/;

/**
 * How a value is read: 'free' text of the history or exam; 'opening' a Plan or family history, where only an
 * age told plainly that opens its sentence counts; 'short' a line of one or two words, where only an age told
 * plainly counts, or one standing alone at the very start of the note ("11mo" first, not "6 months" later,
 * which may be how long something has lasted); 'heading' a line under a key the language does not know, read as
 * 'opening', where the age may also open the item after the visit's date or interval (`LEADING_VISIT_DATE`).
 */
type TextMode = 'free' | 'opening' | 'short' | 'heading';

/**
 * A line's first item that only dates the visit, before the age's item: "Spine clinic: 6/12 M/R, 15 y/o" (a six-month
 * review), "Ortho: 3/12 f/u; 14 yo F", "Clinic: 2/3/26, 15 y M". A date or a slash interval and at most two short
 * words (an abbreviation), then a comma or semicolon. Not "Seen 6/12 ago" (a word before it), which tells no age.
 */
const LEADING_VISIT_DATE = /^[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]+[A-Za-z][A-Za-z/.&]{0,7}){0,2}[ \t]*[,;][ \t]*$/;

/**
 * The patient's age in a free-text value, or undefined. Each candidate (a number with a unit, "18/12",
 * "newborn") is judged by the words next to it (server/knowledge/age-vocabulary.json): a duration, a
 * past time, someone else's age, a device size or a corrected age is passed over; the first plainly
 * told age is taken, else the first suggested one, else the first standing alone. Linear: a bounded
 * number of candidates, each looked at within a few words.
 */
function ageInText(noteText: string, f: Field, v: AgeWords, unclear: Span[], mode: TextMode = 'free'): TextAge | undefined {
  const opening = mode === 'opening' || mode === 'heading';
  const original = f.value;
  const value = asRead(original, v, noteText);
  const words = toWords(value);
  const candidates: AgeValue[] = [];
  let offset = 0;
  for (let tries = 0; tries < 12 && offset < value.length; tries++) {
    // parseAge's answer is a fresh object each call: its span is moved to the value's offsets in place, not copied.
    const a = parseAge(value.slice(offset), false, true);
    if (!a) break;
    a.span = shift(a.span, offset);
    // "34 ♂ LBP": the symbol is the sex, and the number years (opening-age-terse.ts).
    symbolSexYears(original, a, v.sexSymbols);
    candidates.push(a);
    offset = a.span.end;
  }
  // "Newborn boy, mother 30 yo G2P1": a newborn before another candidate (parseAge reads it only alone).
  // Exec loops on the shared patterns, not matchAll (which clones a pattern per call, five per value): no loop body uses
  // the pattern it walks, and none of them matches an empty string.
  let newborns = 0;
  const newbornInText = v.newbornInText;
  newbornInText.lastIndex = 0;
  for (let m = newbornInText.exec(value); m; m = newbornInText.exec(value)) {
    if (++newborns > 4) break;
    if (!candidates.some((x) => x.span.start === m.index)) candidates.push({ months: 0, span: { start: m.index, end: m.index + m[0].length } });
  }
  // Both notations below hold a slash: a value without one (most of the long ones) is not scanned for them.
  const slashed = value.includes('/');
  let slashes = 0;
  SLASH_AGE_IN_TEXT.lastIndex = 0;
  for (let m = slashed ? SLASH_AGE_IN_TEXT.exec(value) : null; m; m = SLASH_AGE_IN_TEXT.exec(value)) {
    if (++slashes > 4) break;
    const unit = m[2] === '12' ? 1 : m[2] === '52' ? 7 / DAYS_PER_MONTH : 1 / DAYS_PER_MONTH;
    candidates.push({ months: Number(m[1]) * unit, span: { start: m.index, end: m.index + m[0].length } });
  }
  // "10/M. LBP x 1/52", "Hx: 14/F c/o back pain": age and sex in one, opening a line or the value (Hong Kong notation).
  let lineSexes = 0;
  LINE_OPENING_SEX.lastIndex = 0;
  for (let m = slashed ? LINE_OPENING_SEX.exec(value) : null; m; m = LINE_OPENING_SEX.exec(value)) {
    if (++lineSexes > 4) break;
    const years = Number(m[1]);
    const span = { start: m.index, end: m.index + m[0].length };
    if (years < 1 || years > v.lineSexMaxYears || !opensLineOrValue(noteText, f.valueSpan.start, value, m.index)) continue;
    // Beside a word for an infant the number may be months: no unit ("2/M baby").
    if (infantNear(original, span, v)) {
      if (!opening) unclear.push(shift(span, f.valueSpan.start));
      continue;
    }
    candidates.push({ months: years * 12, span, withSex: true, sex: m[2] === 'M' ? 'M' : 'F' });
  }
  // "F/5m", "M/14y": the sex first, then the age with its unit, opening a line or the value (Hong Kong, Singapore notation).
  const sexFirst = slashed ? sexThenAge(noteText, f.valueSpan.start, value) : undefined;
  if (sexFirst) candidates.push(sexFirst);
  candidates.sort((a, b) => a.span.start - b.span.start);
  const best: Partial<Record<Tier, TextAge>> = {};
  let w = 0;
  for (const c of candidates) {
    while (w < words.length && words[w].end <= c.span.start) w++;
    const verdict = judge(value, original, words, w, c, v, noteText, f.valueSpan.start);
    if (verdict === 'unclear' && !opening) unclear.push(shift(c.span, f.valueSpan.start));
    if (!verdict || verdict === 'unclear') continue;
    // "Q: 12 yo F …" read as the history stays the last resort it is under its key: an age told plainly
    // elsewhere wins over it ("HPI: 13 y F").
    if (verdict.tier === 'strong' && keyedByLetter(value, words, w, c, v)) verdict.tier = 'weak';
    // In a Plan or family history, only an age told plainly that opens its sentence ("A/P: 12 yo M w/ …").
    if (
      opening &&
      ((verdict.tier !== 'strong' && verdict.tier !== 'now') ||
        (!opensSentence(around(value, words, w, c).before, v) && !(mode === 'heading' && c.span.start <= 40 && LEADING_VISIT_DATE.test(value.slice(0, c.span.start)))))
    )
      continue;
    if (mode === 'short' && verdict.tier !== 'strong' && verdict.tier !== 'now' && !(verdict.tier === 'alone' && opensNote(noteText, f.valueSpan.start + c.span.start))) continue;
    best[verdict.tier] ??= { months: finerInBrackets(value, c, verdict.months), span: c.span, withSex: c.withSex, tier: verdict.tier };
    if (verdict.tier === 'now') break;
  }
  if (!opening && !best.now) {
    best.life =
      dayOfLife(noteText, f.valueSpan.start, value, v) ?? dayBesidePma(noteText, f.valueSpan.start, original, v) ?? pmaLessBirthGestation(noteText, f.valueSpan.start, original, v);
    if (best.life?.tier === 'now') return best.life;
    if (!best.strong && !best.weak) {
      // "I am treating Lars (13) for LBP. Age 15.": the age told as such wins over the bracket.
      const subject = bareSubjectAge(noteText, value, v, f.valueSpan.start);
      best.weak = subject?.bracket
        ? (ageWordYears(noteText, f.valueSpan.start, value, words, v) ?? subject)
        : (subject ?? ageWordYears(noteText, f.valueSpan.start, value, words, v));
    }
  }
  return best.now ?? best.strong ?? best.weak ?? best.life ?? best.alone;
}

/**
 * "SCBU WR - BG Lindqvist, ex-28+3/40, PMA 40+3 (DOL 84)": the day of life beside a corrected age, read as a day of life
 * (chronological-age.ts, r52): only on the line that heads the note or after "now", and never with an event in its sentence
 * ("US done, PMA 36 (DOL 40)": the day dates the study).
 */
function dayBesidePma(noteText: string, base: number, value: string, v: AgeWords): TextAge | undefined {
  const d = dayBesideCorrected(value, v.chronological);
  if (!d) return undefined;
  // "Copy of NICU d/c letter: …, PMA 40 (DOL 112)", "Transfer letter 3 months ago - …": a past day, not today's; and a note
  // that tells a corrected age elsewhere ("now 4 mo corrected, CGA 37 (DOL 63)") needs no day (r52 review).
  const lineFrom = noteText.lastIndexOf('\n', base + d.start - 1) + 1;
  const lineTo = noteText.indexOf('\n', base + d.start);
  if (v.chronological.dayNotOnLine.test(noteText.slice(lineFrom, lineTo < 0 ? noteText.length : lineTo))) return undefined;
  if (correctedAgeInNote(noteText.slice(0, base + d.from) + ' ' + noteText.slice(base + d.end), v)) return undefined;
  const from = sentenceStart(value, d.start);
  const sentence = toWords(value.slice(from, sentenceEnd(value, d.end)));
  if (sentence.some((x) => v.dolEvents.has(x.text))) return undefined;
  const heading = headingLine(noteText);
  const onHeading = base + d.start >= heading.first && base + d.end <= heading.first + firstLine(noteText).trimStart().length;
  if (!onHeading && !/\bnow[ \t]+[A-Za-z]+(?:[ \t]+age)?[ \t]*:?[ \t]*[\d+ \t/]*\([^()]*$/i.test(value.slice(from, d.start + 1))) return undefined;
  return { months: d.days / DAYS_PER_MONTH, span: { start: d.start, end: d.end }, tier: 'life' };
}

/**
 * "Ex-26 weeker, now CGA 52 weeks": a postmenstrual age less the gestation at birth before it in its sentence, the weeks
 * since birth (chronological-age.ts pmaLessGestation; round 53, fix53h), gated as a day of life beside a PMA is: on the
 * line heading the note or after "now", no event in its sentence, no letter or past time on its line up to its sentence's
 * end, and no corrected age told elsewhere in the note.
 */
function pmaLessBirthGestation(noteText: string, base: number, value: string, v: AgeWords): TextAge | undefined {
  const p = pmaLessGestation(value, v.chronological);
  if (!p) return undefined;
  // The line up to the PMA's sentence's end: "NICU letter: ex-26 weeker, now CGA 52 weeks" is the letter's; a later sentence
  // ("Hair tuft noted on NICU discharge check") dates something else.
  const lineFrom = noteText.lastIndexOf('\n', base + p.start - 1) + 1;
  const upTo = base + sentenceEnd(value, p.end);
  if (v.chronological.dayNotOnLine.test(noteText.slice(lineFrom, upTo))) return undefined;
  if (correctedAgeInNote(noteText.slice(0, base + p.start) + ' ' + noteText.slice(base + p.end), v)) return undefined;
  const sentence = toWords(value.slice(sentenceStart(value, p.start), sentenceEnd(value, p.end)));
  if (sentence.some((x) => v.dolEvents.has(x.text))) return undefined;
  const heading = headingLine(noteText);
  const onHeading = base + p.start >= heading.first && base + p.end <= heading.first + firstLine(noteText).trimStart().length;
  if (!onHeading && !p.now) return undefined;
  return { months: p.days / DAYS_PER_MONTH, span: { start: p.start, end: p.end }, tier: 'life' };
}

/** A corrected age told anywhere in the text ("4 mo corrected", "corrected age 3 mo", "CGA 37"). */
function correctedAgeInNote(text: string, v: AgeWords): boolean {
  const c = [...v.chronological.corrected].join('|');
  return new RegExp(`\\d[\\d./+]*[ \\t]*(?:[a-z]+\\.?)?(?:[ \\t]+\\d+[ \\t]*[a-z]+\\.?)?[ \\t]*\\(?(?:${c})\\b|\\b(?:${c})\\.?(?:[ \\t]+age)?[ \\t]*:?[ \\t]*\\d`, 'i').test(text);
}

/** Between whole years and a bracket of months right after them: the sex at most ("2 yo M (", "2 y ("). */
const YEARS_THEN_BRACKET = /^[ \t]*(?:(?:[MF]|male|female|boy|girl)\b[ \t]*)?\([ \t]*/i;

/**
 * Whole years with the months told in a bracket right after them ("2 yo M (26 mo)", "3 y (41 months)"): the months are the
 * more exact age and win, when they fall within those years; a bracket that disagrees ("2 y (9 mo)") is something else and
 * the years stand. `months` is what the years were read as; the bracket's age is parsed from the value after them.
 */
function finerInBrackets(value: string, c: AgeValue, months: number): number {
  if (months !== c.months || months < 12 || months % 12 !== 0) return months;
  const gap = YEARS_THEN_BRACKET.exec(value.slice(c.span.end, c.span.end + 16));
  if (!gap) return months;
  const from = c.span.end + gap[0].length;
  const next = parseAge(value.slice(from, from + 24), false, true);
  if (!next || next.span.start !== 0 || next.withSex) return months;
  if (!/^[ \t]*(?:old[ \t]*)?\)/i.test(value.slice(from + next.span.end, from + next.span.end + 8))) return months;
  return next.months > months && next.months < months + 12 && Number.isInteger(next.months) ? next.months : months;
}

/**
 * "F/5m", "M/14y", "F/3 wk": the sex letter, a slash and the age with its unit written in lower case, as Hong Kong and
 * Singapore public-hospital notes open them (round 58, s160). Never a letter within a word or an abbreviation ("F/U 5m",
 * "RF/5m"), a bare number ("F/14", which may be a date or a count: unread), an upper-case unit ("F/5M": months or years),
 * nor within a date, ratio or rate ("F/5mg", "F/5m/s").
 */
const SEX_THEN_AGE = /(?<![\w/.:,-])([MF])\/(\d{1,2})[ \t]?(y|yo|yr|yrs|m|mo|mos|mth|mths|w|wk|wks|d)(?![\w/])/;

/** The age after "F/" or "M/" (SEX_THEN_AGE) that opens a line or the value, as parseAge reads its number and unit. */
function sexThenAge(noteText: string, base: number, value: string): AgeValue | undefined {
  const m = SEX_THEN_AGE.exec(value);
  if (!m || !opensLineOrValue(noteText, base, value, m.index)) return undefined;
  const age = parseAge(`${m[2]} ${m[3]}`, true);
  if (!age) return undefined;
  return { months: age.months, span: { start: m.index, end: m.index + m[0].length }, unit: age.unit, withSex: true, sex: m[1] === 'M' ? 'M' : 'F' };
}

/** "10/M", "14/F": a whole number, a slash and the sex letter, within no date, ratio or rate ("3/10/M", "10/min", "10/Mg"). */
const LINE_OPENING_SEX = /(?<![\w/.:,-])(\d{1,2})\/([MF])(?![\w/])/g;

/** Only white space before `at` in the value, or in the note back to the start of its line. */
function opensLineOrValue(noteText: string, base: number, value: string, at: number): boolean {
  if (!value.slice(0, at).trim()) return true;
  for (let i = base + at - 1; i >= 0; i--) {
    const ch = noteText[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

/** The age right after a letter keying its line as a question ("Q: 12 yo F"; age-vocabulary.json unknownKeyLines.letters). */
function keyedByLetter(value: string, words: readonly Word[], w: number, c: AgeValue, v: AgeWords): boolean {
  const prev = words[w - 1];
  return prev !== undefined && v.unknownKeyLetters.has(prev.text) && /^[ \t]*:[ \t]*$/.test(value.slice(prev.end, c.span.start));
}

/** Nothing but white space before `at` in the note. */
/**
 * The age opens a consult thread's first message ("[11:00] GP: 10mo rolled off the couch …", "[14:14] GP Adams: 2mo, small
 * haemangioma …"): the note's text holds before it only the speaker's key, which clinical/tellers.ts blanks in a thread
 * of two clinicians or more, and its colon. The first message opens the thread as a terse note's first words open the
 * note, and is judged as they are (a complaint after the number still makes it a duration: "[09:00] GP: 3 wks LBP"). A
 * later message's opening number ("[09:20] GP: 3 mo, no better") may answer how long, and a key that is not blanked
 * ("Presentation: 10mo …", "Pain: 3 mo, …") keeps its words before the colon: neither is read so.
 */
function opensFirstMessage(noteText: string, at: number): boolean {
  return /^\s*:[ \t]*$/.test(noteText.slice(0, at));
}

function opensNote(noteText: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (!/\s/.test(noteText[i])) return false;
  return true;
}

/** Only words for the patient and link words before the age in its sentence ("Baby is 6 wk old", "12 yo M"). */
function opensSentence(before: readonly Word[], v: AgeWords): boolean {
  if (before.length >= 5) return false;
  return before.every((x) => v.person.has(x.text) || v.link.has(x.text) || x.text === 'this' || x.text === 'the');
}

/**
 * A newborn's day of life: "DOL 2", "DOL#3", "day 5 of life", "D5 of life", "Day5 of life", "day of life 5", "5th day of
 * life", "NICU day 5", and so the British units' "NNU day 1", "SCBU day 3" and the newborn nursery's "Nursery day 1" (never a
 * unit's day of something else: "NICU day 3 of antibiotics", "Nursery day 2 of phototherapy"; the nursery's only in a note
 * naming a baby, dayOfLife.babyWords: "Nursery day 2. … started walking" is a toddler's day care).
 */
const DAY_OF_LIFE =
  /\b(?:dol|day of life)[ \t]*#?[ \t]*(\d{1,3})(?!\d|\.\d)|\b(?:day[ \t]*|d)(\d{1,3})[ \t]+of[ \t]+life\b|\b(\d{1,3})(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+life\b|\b(?:nicu|nnu|scbu|nursery)[ \t]+day[ \t]*#?[ \t]*(\d{1,3})(?!\d|\.\d|[ \t]+of[ \t]+(?!life\b))/gi;
/**
 * Whether a "Nursery day N" note's baby is the patient: a sentence naming a baby (dayOfLife.babyWords) with no relative, other
 * child or coming baby in it (dayOfLife.nurseryNotBeside: "Baby sister at home", "Mum's new baby is due soon"), in a note
 * telling no older child's doings (dayOfLife.nurseryNotInNote: "toddler", "walking well").
 */
function nurseryBaby(noteText: string, v: AgeWords): boolean {
  const all = toWords(noteText);
  if (all.some((w) => v.nurseryNotInNote.has(w.text))) return false;
  return noteText.split(/[.!?;\n]/).some((s) => {
    const ws = toWords(s);
    return ws.some((w) => v.dolBabyWords.has(w.text)) && !ws.some((w) => v.nurseryNotBeside.has(w.text) || v.relatives.has(w.text) || v.otherChild.has(w.text));
  });
}
/**
 * "day 6 M", "Day 3 girl", "Day-10 term male": a day, its number, and the word after it, or the two after it when the first
 * may describe a newborn (the caller checks the words; a letter is no "F/U").
 */
const DAY_BEFORE_CHILD = /\bday[ \t]*(?:[#-][ \t]*)?(\d{1,2})(?![\d.:/])[ \t]+([A-Za-z]{1,10})(?:[ \t]+([A-Za-z]{1,8}))?(?![\w/])/gi;

const MAY_HOLD_DAY_OF_LIFE = /day|dol|life|\bd\d/i;

/**
 * "Pt: baby boy, day 5, term": a bare day, ending its clause, in the comma item right after the baby's description (dayOfLife
 * childAfter words with only before/describer words: describesBaby). Never "baby boy, day 5 of fever", "day 2 post-op".
 * A ward's "D" for the day reads so too ("Baby girl, D1, 40+2 SVD", "Baby of Chloe D, D3, term"; r46), never "D3 post-op".
 */
// A British ward writes the day as "D10" ("SCBU - baby girl, D10, term"): read the same, as its own word.
const DAY_AFTER_BABY = /\b(?:day[ \t]*#?[ \t]*|d)(\d{1,2})(?=[ \t]*(?:[,.;]|$))/gim;

/**
 * A note of a neonatal setting (dayOfLife.$commentNeonatalNote): a setting on its opening lines ("NNU ward round - Bay 2",
 * "DISCHARGE SUMMARY - postnatal ward") and no line telling an age or a later time of the child's. Only there is a day of
 * life in the baby's description today's age: elsewhere "Term male, SVD, DOL 3" is an older child's birth story ("7 month
 * review", "GP letter", "…, seen by GP at 4 months").
 */
function neonatalNote(noteText: string, v: AgeWords): boolean {
  const lines = noteText.split('\n');
  const opening = lines.filter((l) => /\S/.test(l)).slice(0, v.dolSettingLines);
  return opening.some((l) => v.dolSetting.test(l)) && !lines.some((l) => tellsLaterTime(l, v));
}

/**
 * A line telling an age or a later time of the child's (dayOfLife.laterTime): "7 month review", "Clinic letter - 8 months",
 * "seen by GP at 4 months", "4/12 later", "now presents with", "GP letter". Never a gestation ("born at 36 weeks", "Ex-32
 * week male", "38 weeks gestation") nor a line of the plan ("Plan: GP to review at 6-8 wk check"), which tells what is to come.
 */
function tellsLaterTime(line: string, v: AgeWords, monthsOrYears = false): boolean {
  if (v.dolPlanKey.test(line)) return false;
  if (v.dolLaterPhrase.test(line)) return true;
  let n = 0;
  // An exec loop, as in ageInText: the body does not use the pattern, which never matches an empty string.
  v.dolLaterUnit.lastIndex = 0;
  for (let m = v.dolLaterUnit.exec(line); m; m = v.dolLaterUnit.exec(line)) {
    if (++n > 8) return true;
    // A discharge summary's follow-up in weeks ("clinic 6/52", "6-8 wk check") is to come, not the child's age (dischargeDay).
    if (monthsOrYears && WEEKS_COUNT.test(m[0])) continue;
    const before = toWords(line.slice(0, m.index));
    let last = before.pop()?.text;
    if (last === 'at') last = before.pop()?.text;
    const next = toWords(line.slice(m.index + m[0].length))[0]?.text;
    if ((last !== undefined && v.dolLaterNotAfter.has(last)) || (next !== undefined && v.dolLaterNotBefore.has(next))) continue;
    return true;
  }
  return false;
}

/** A count of weeks ("6/52", "6-8 wk", "2 weeks"), as dolLaterUnit matches it. */
const WEEKS_COUNT = /\/52$|w(?:ee)?ks?$|w\/o$/i;

/** Event words that after a day of life still describe the baby ("DOL 3, born at term", "DOL 2 in the nursery"). */
const DOL_AFTER_OK = new Set(['at', 'in', 'on', 'born', 'delivered', 'by', 'since', 'from', 'after', 'before', 'during', 'until']);

/**
 * A day of life that tells the patient's age today (age-vocabulary.json dayOfLife): it opens its
 * sentence or follows "now" ("Day 20 of life, term F.", "Baby is DOL 4", "now DOL 12"), or it heads the
 * note's first line after a comma or a dash ("NICU step-down, day 5 of life, ex-37 wk male", "Newborn
 * nursery - DOL 2"). Never with an event in its sentence, in brackets, after a colon or before one, or
 * before a dash: there it dates a study, a procedure or an event ("Spinal US (day 3 of life): normal",
 * "US on DOL 3", "circumcised DOL 2", "DOL 3 spinal US normal", "DOL 3: US", "DOL 5 - phototherapy").
 */
function dayOfLife(noteText: string, base: number, value: string, v: AgeWords, patientValue = false): TextAge | undefined {
  // Every form of both patterns holds "day", "dol" or "life": a value with none of them holds no day of life.
  if (!MAY_HOLD_DAY_OF_LIFE.test(value)) return undefined;
  // Whether the note tells a later time of the child's (laterTimeIn): split from the whole note once, lazily.
  let later: boolean | undefined;
  const laterTime = () => (later ??= laterTimeIn(noteText, v));
  // childAfter: a day told before a word for the child ('Day 5 baby girl'), which makes it the baby's description.
  const found: { days: number; start: number; end: number; childAfter?: boolean }[] = [];
  let n = 0;
  // Exec loops, as in ageInText: neither loop body uses the pattern it walks; neither pattern matches an empty string.
  DAY_OF_LIFE.lastIndex = 0;
  for (let m = DAY_OF_LIFE.exec(value); m; m = DAY_OF_LIFE.exec(value)) {
    if (++n > 4) break;
    // "Nursery day 2" is a newborn's only in a note that speaks of a baby: a toddler's nursery is its day care.
    if (/^nursery/i.test(m[0]) && !nurseryBaby(noteText, v)) continue;
    found.push({ days: Number(m[1] ?? m[2] ?? m[3] ?? m[4]), start: m.index, end: m.index + m[0].length });
  }
  // "day 6 M. hairy tuft", "Day 3 girl": the day before the child's sex or a word for a newborn (dayOfLife.childAfter).
  n = 0;
  DAY_BEFORE_CHILD.lastIndex = 0;
  for (let m = DAY_BEFORE_CHILD.exec(value); m; m = DAY_BEFORE_CHILD.exec(value)) {
    if (++n > 4) break;
    // "Day-10 term male": a newborn's describer (neonatal.describers) may stand before the word for the child.
    const described = m[3] !== undefined && v.neonatalDescribers.has(m[2].toLowerCase());
    const child = described ? m[3] : m[2];
    if (!v.dolChildAfter.has(child.toLowerCase()) || (child.length === 1 && !/^[MF]$/.test(child))) continue;
    const days = Number(m[1]);
    if (days < 1 || days > v.dolChildAfterMaxDays) continue;
    // "day 3 girl scout camp", "day 2 boy scouts": the sex word names something else.
    const childEnd = m.index + m[0].indexOf(child, m[0].indexOf(m[1]) + m[1].length) + child.length;
    const following = /^[ \t]+([A-Za-z]+)/.exec(value.slice(childEnd));
    if (following && v.dolChildAfterNot.has(following[1].toLowerCase())) continue;
    const start = m.index;
    found.push({ days, start, end: start + m[0].indexOf(m[1]) + m[1].length, childAfter: true });
  }
  n = 0;
  DAY_AFTER_BABY.lastIndex = 0;
  for (let m = DAY_AFTER_BABY.exec(value); m; m = DAY_AFTER_BABY.exec(value)) {
    if (++n > 4) break;
    const days = Number(m[1]);
    if (days < 1 || days > v.dolChildAfterMaxDays) continue;
    const lead = value.slice(sentenceStart(value, m.index), m.index);
    const item = lead.slice(lead.lastIndexOf(':') + 1);
    const comma = item.lastIndexOf(',');
    // "SCBU - baby girl, D10": a neonatal unit's heading may open the line before the baby's description.
    const description = item.slice(0, comma).replace(ageWords().neonatalUnitLead, '');
    const described = comma >= 0 && !/\S/.test(item.slice(comma + 1)) && item.lastIndexOf(',', comma - 1) < 0 && describesBaby(description, v);
    // The mother's naming only in a note telling no later time of the child's ("Re-admitted at 7 months").
    // So does a neonatal unit's heading ("NICU - Day 2, term boy"; the day closing its clause, DAY_AFTER_BABY).
    const byMother = !described && namedByMotherOpening(value, m.index, v);
    const unitHeads = !described && !byMother && ageWords().neonatalUnitHeading.test(value.slice(value.lastIndexOf('\n', m.index - 1) + 1, m.index));
    if (!described && !((byMother || unitHeads) && !laterTime())) continue;
    // A ward's "D3" only in a newborn's note (dayOfLife.dayLetter): "Girl, D10, scoliosis" is a level, "Boy, D3, fever" a day of illness.
    if (/^d\d/i.test(m[0]) && !dayLetterOfLife(noteText, described ? description : undefined, v, laterTime)) continue;
    found.push({ days, start: m.index, end: m.index + m[0].length });
  }
  if (found.length > 1) found.sort((x, y) => x.start - y.start);
  // Whether the note tells an age another way (dayOfLife.namedNotWith): split from the whole note once, not per candidate.
  let otherAge: boolean | undefined;
  // Whether the note is of a neonatal setting (neonatalNote), which the readings of a description's day need: once, lazily.
  let neonatal: boolean | undefined;
  const inNeonatalNote = () => (neonatal ??= neonatalNote(noteText, v));
  for (const { days, start, end, childAfter } of found) {
    if (days > 365) continue;
    let lead = value.slice(sentenceStart(value, start), start);
    // "Infant: term female, day of life 10": a colon after a word for the patient labels the patient, and the day
    // describes it; after anything else ("US: DOL 3, normal") the colon dates what it keys. A colon after a word that
    // names whom the note is about ("Called by RN re: baby boy ***, DOL 3"; slashNotation.afterName) opens the patient's
    // description too, the baby's name among it ("re: baby girl Smith, DOL 2"): read as if it opened the sentence.
    const colon = lead.lastIndexOf(':');
    let named = false;
    if (colon >= 0 && lead.indexOf(':') === colon && /\S/.test(lead.slice(0, colon))) {
      const keyed = toWords(lead.slice(0, colon));
      named = v.slashAfterName.has(keyed[keyed.length - 1]?.text);
      // "NICU log: DOL 1 M (Baby Ahmed), …": a neonatal unit's heading opening the note keys the baby's own line.
      const unitHeading = base + sentenceStart(value, start) === headingLine(noteText).first && v.dolSetting.test(lead.slice(0, colon));
      if (named || unitHeading || keyed.every((x) => v.dolBefore.has(x.text))) lead = lead.slice(colon + 1);
    }
    // In brackets the day dates what the bracket follows ("Spinal US (day 3 of life): normal"), unless it opens a bracket
    // right after a word for the newborn opening the sentence, closed with nothing but the day in it ("Newborn (day 11 of
    // life), female"); never after a colon ("Called by RN re: baby boy (DOL 3)" stays unread).
    const open = lead.lastIndexOf('(');
    const describes = colon < 0 && open > lead.lastIndexOf(')') && describedInBrackets(lead, open, value.slice(end), v);
    if (describes) lead = lead.slice(0, open);
    if ((!describes && open > lead.lastIndexOf(')')) || lead.includes(':')) continue;
    // No colon or dash after it that makes it a date, and no event in its sentence ("DOL 3 US normal").
    const rest = describes ? value.slice(end, sentenceEnd(value, end)).replace(/^[ \t]*\)/, '') : value.slice(end, sentenceEnd(value, end));
    // A dash after the day dates what follows it, save a ward's heading after a day opening the note (wardHeadingAfterDay).
    const dashed = /^\s*(?:[:\u2013\u2014]|-\s)/.test(rest);
    if (dashed && (named || childAfter || describes || /\S/.test(lead) || !wardHeadingAfterDay(noteText, base + start, value.slice(start, end), rest, v, laterTime))) continue;
    // "Discharged DOL 98 (CGA 40+2), home on LFO2" on a note the first line heads "NICU DISCHARGE SUMMARY": the day of
    // discharge is the day the summary is written (dayOfLife.dischargeDay; r46).
    // Never in a note telling a later time of the child's in months or years ("Clinic review 7 months", "Readmitted at 9
    // months"): that time is the age. Its follow-up in weeks ("clinic 6/52", "6-8 wk check") is to come.
    if (
      v.dolDischargeLead.test(lead) &&
      DISCHARGE_DAY_ENDS.test(rest) &&
      v.dolDischargeHeading.test(firstLine(noteText)) &&
      !noteText.split('\n').some((l) => tellsLaterTime(l, v, true))
    ) {
      return { months: days / DAYS_PER_MONTH, span: { start, end }, tier: 'life' };
    }
    const before = withoutBirthOrder(toWords(lead), v);
    // A description of the baby right after the day ends what the day describes ("DOL 21, term baby (CGA 42+2), admitted
    // with feeding difficulty"): what follows it is the baby's story, not dated by the day (dayOfLife.$commentBirthItems).
    // So does the baby's description before it, opening the line ("Term male, SVD, DOL 3, BF established, jaundice not
    // requiring tx"): the day is one item of it, and only its own clause may date an event ("Term male, DOL 3 US normal").
    const cut = Math.max(lead.lastIndexOf(','), lastDash(lead), lastColumnGap(lead));
    // Either cut holds only on a line that tells no day of the past (dayOfLife.$commentPastLine): no history or summary word
    // before the day on its line ("Discharge summary - DOL 5, term baby, discharged home", "Neonatal hx - DOL 2, term baby,
    // admitted with jaundice") and no discharge, transfer or time gone by in its sentence after it ("Term male, SVD, DOL 3,
    // discharged home"): there, as before, an event anywhere in the sentence leaves the day unread.
    const lineLead = value.slice(value.lastIndexOf('\n', start - 1) + 1, start);
    const past = toWords(lineLead).some((x) => v.dolPastHeads.has(x.text)) || toWords(rest).some((x) => v.dolPastStory.has(x.text));
    // Both cuts only in a note of a neonatal setting (neonatalNote): elsewhere the day is read only as before.
    const opensOnBaby =
      !past &&
      !named &&
      cut >= 0 &&
      toWords(lead.slice(cut + 1)).every((x) => v.dolBefore.has(x.text)) &&
      babyDescribedBefore(lead.slice(0, cut), v, writtenBefore(noteText, base + start, lead)) &&
      inNeonatalNote();
    let described = past ? -1 : babyDescribedAfter(rest, v);
    if (described > 0 && !inNeonatalNote()) described = -1;
    // "Day 5 baby girl, sacral dimple found on exam": a day before a word for the child describes the baby, as a
    // description after the day does, so only its own clause may date an event ("Day 5 girl US normal" stays unread).
    const dated = opensOnBaby || (childAfter && !past) ? rest.slice(0, rest.search(/[,;]|$/)) : described > 0 ? rest.slice(0, described) : rest;
    if (before.some((x) => v.dolEvents.has(x.text)) || toWords(dated).some((x) => v.dolEvents.has(x.text) && !DOL_AFTER_OK.has(x.text))) continue;
    // An event in the sentence after the day's own clause, let pass only by the cut of the baby's description before it.
    const eventAfter = toWords(rest).some((x) => v.dolEvents.has(x.text) && !DOL_AFTER_OK.has(x.text));
    // Never a day its own clause dates in the past ("Term female, SVD, DOL 3 in 2023", "… DOL 3 last year", "… DOL 3 at
    // transfer", "Term female, DOL 5 two years ago"): a year, a word of time gone by or of a past move (dayOfLife.pastClause,
    // pastStory). Read on whatever path, it was a newborn's age in an older child's note.
    const clause = rest.slice(0, rest.search(/[,;]|$/));
    if (/(?<!\d)(?:19|20)\d\d(?!\d)/.test(clause) || toWords(clause).some((x) => v.dolPastClause.has(x.text) || v.dolPastStory.has(x.text))) continue;
    const near = before.slice(-3);
    if (near.some((x) => v.dolNow.has(x.text)) && near.every((x) => v.dolNow.has(x.text) || v.dolBefore.has(x.text))) {
      return { months: days / DAYS_PER_MONTH, span: { start, end }, tier: 'now' };
    }
    const told = { months: days / DAYS_PER_MONTH, span: { start, end }, tier: 'life' as const };
    if (before.every((x) => v.dolBefore.has(x.text))) return told;
    // Of whom a call is about, only the baby's description: words for the patient and a name (never a clinician's, "re: Dr
    // Smith, DOL 3 babies"), the day ending its clause (never "DOL 3 at transfer from NICU", a day of the past), and in a note
    // that tells no other age of the child ("Corrected age 5 months": dayOfLife.namedNotWith), which may be its age now.
    // The day ends its clause: a day of today, never one dated by what follows ("DOL 3 at transfer", "day 4 of life in 2023").
    const endsClause = /^\s*(?:[,.;]|$)/.test(rest);
    if (named) {
      if (!before.length || !endsClause || (otherAge ??= toWords(noteText).some((x) => v.dolNamedNotWith.has(x.text)))) continue;
      if (before.every((x) => v.dolBefore.has(x.text) || (nameWord(lead.slice(x.start, x.end), v) && !v.slashNotAfter.has(x.text)))) return told;
      continue;
    }
    // "SCBU ward round DOL 5": right after the neonatal setting that heads the note's first line (dayOfLife.$commentSettingDay).
    if (cut < 0 && endsClause && v.dolSettingEnd.test(lead) && base + start - lead.length <= firstLine(noteText).length && inNeonatalNote()) return told;
    // After a comma, a dash or a column gap ("NICU   Baby of Rukhsana   D5 of life"), on the line that heads the note.
    if (cut < 0 || !toWords(lead.slice(cut + 1)).every((x) => v.dolBefore.has(x.text))) continue;
    // A Patient value describes the patient on whatever line it stands ("Patient: Baby Adebayo, day 10 of life"); so does a
    // line opening on a word for the baby and its name alone ("Baby Adebayo, day 10 of life, term male" under a ward's
    // heading): the day after them is the baby's. Never a relative's ("Baby brother Sam, DOL 3": no name word) nor a
    // day after anything else ("Jaundice, day 3 of life"); and, as after a name that a call is about, only a day of today
    // (never "day 4 of life on admission", "DOL 3 at transfer", "day 4 of life in 2023").
    // So does a day in the column right after the date of birth on a header line ("DOB 11/02/2025   D3 of life   Term/Male").
    const besideBirth = birthColumnBefore(lead, cut) && !laterTime();
    if (patientValue || babyNamedBefore(lead.slice(0, cut), v, inNeonatalNote) || besideBirth) {
      // Beside the birth the next column's gap ends the day's clause too ("D3 of life   Term/Male/NVD").
      if (endsClause || (besideBirth && /^(?:\t| {2})/.test(rest))) return told;
      continue;
    }
    // The baby's description opening the line: a day ending its clause is today's on whatever line it stands. One that does
    // not ("Preterm female, EMCS, DOL 12 (CGA 34+1)") is read, as before, only on the line that heads the note, and only
    // with no event in its sentence.
    if (opensOnBaby && endsClause) return told;
    if (opensOnBaby && eventAfter) continue;
    const at = base + start;
    let first = 0;
    while (first < at && /\s/.test(noteText[first])) first++;
    const lineEnd = noteText.indexOf('\n', first);
    if (lineEnd < 0 || lineEnd > at) return told;
  }
  return undefined;
}

/**
 * "Baby boy (twin 2), day 3 of life", "Twin A girl, DOL 4": a twin's or a triplet's order of birth (subjectAge.twins, then a
 * digit or a letter) describes the baby as its sex does, so the words before a day of life are read without it (round 58,
 * fix58u). Twins share their day of life, so it never makes the day another child's.
 */
function withoutBirthOrder(words: Word[], v: AgeWords): Word[] {
  const order = (w: Word | undefined): boolean => w !== undefined && /^(?:[1-3]|[abc])$/.test(w.text);
  return words.filter((x, i) => !(v.twins.has(x.text) && order(words[i + 1])) && !(order(x) && v.twins.has(words[i - 1]?.text ?? '')));
}

/** A day of life written out, not a bare day: "Day 3 of life", "DOL 3", "day of life 3", "3rd day of life". */
const DAY_OF_LIFE_WRITTEN = /^(?:dol\b|day of life\b|day[ \t]*\d{1,3}[ \t]+of[ \t]+life\b|\d{1,3}(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+life\b)/i;
/** After the day: a spaced dash (or an en or em dash), the heading's words, and at most a bracket closing the line. */
const DASH_THEN_HEADING = /^[ \t]*(?:[\u2013\u2014]|-[ \t])[ \t]*([A-Za-z][A-Za-z \t/]{0,60}?)[ \t]*(?:\([^()\n]*\)[ \t]*)?$/;

/**
 * "Day 3 of life - Paeds WR (Reg for Dr Okafor)", "DOL 4 - NNU ward round" (round 53, fix53e; dayOfLife.$commentHeadingAfterDash):
 * a day of life opening the note's first line (`at`, where its sentence starts, is the line's first character), a dash, then
 * nothing but a ward's heading words: the round is of the baby on that day. Elsewhere a dash after the day dates what follows it
 * ("DOL 5 - phototherapy", "Day 3 of life - US normal"), and a note telling a later time of the child's makes it a day of the past.
 */
function wardHeadingAfterDay(noteText: string, at: number, day: string, rest: string, v: AgeWords, laterTime: () => boolean): boolean {
  if (!DAY_OF_LIFE_WRITTEN.test(day) || at !== headingLine(noteText).first) return false;
  const m = DASH_THEN_HEADING.exec(rest);
  if (!m) return false;
  const heading = toWords(m[1]);
  return heading.length > 0 && heading.every((x) => v.dolHeadingAfterDash.has(x.text)) && !laterTime();
}

/**
 * The note's text of `read` (a value's text as read, ending at the note's offset `at`), as written: only where the value read there (blanked by asRead)
 * is the note's own text, so a value joined from continuation lines gives none.
 */
function writtenBefore(noteText: string, at: number, read: string): string | undefined {
  if (at - read.length < 0) return undefined;
  const written = noteText.slice(at - read.length, at);
  for (let i = 0; i < read.length; i++) if (read[i] !== written[i] && read[i] !== ' ') return undefined;
  return written;
}

/**
 * A ward's "D3" read as the day of life (dayOfLife.dayLetter): the baby's description before it (`description`; none when the
 * mother's naming or a neonatal unit's heading leads it) holds a newborn's word, the note's first line names no clinic or spine
 * service, the note tells no age or later time of the child's, and no other "D" with a number stands in the note (a level).
 */
function dayLetterOfLife(noteText: string, description: string | undefined, v: AgeWords, laterTime: () => boolean): boolean {
  if (description !== undefined && !toWords(description).some((x) => v.dolLetterNewborn.has(x.text))) return false;
  if (toWords(firstLine(noteText)).some((x) => v.dolLetterNotIn.has(x.text))) return false;
  if ((noteText.match(/(?<![\p{L}\p{N}])d\d{1,2}(?!\d)/giu)?.length ?? 0) > 1) return false;
  return !laterTime();
}

/** After a discharge's day of life: a corrected or gestational age in brackets at most, then the clause ends. */
const DISCHARGE_DAY_ENDS = /^[ \t]*(?:\([ \t]*(?:cga|pma|corrected|ga)\b[^()\n]*\)[ \t]*)?(?:[,.;]|$)/i;

/** The note's first line that holds anything, with the blanks before it. */
function firstLine(noteText: string): string {
  let first = 0;
  while (first < noteText.length && /\s/.test(noteText[first])) first++;
  const end = noteText.indexOf('\n', first);
  return noteText.slice(0, end < 0 ? noteText.length : end);
}

/** A date of birth alone, as a header line's column writes it ("DOB 11/02/2025", "D.O.B 3.1.2025"). */
const BIRTH_COLUMN = /^[ \t]*(?:dob|d\.o\.b\.?|date of birth)[ \t]*-?[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ \t]*$/i;

/** The column before a day of life (`cut` a column gap in `lead`) holds the date of birth alone, on the day's own line. */
function birthColumnBefore(lead: string, cut: number): boolean {
  if (cut < 0 || (lead[cut] !== ' ' && lead[cut] !== '\t')) return false;
  return BIRTH_COLUMN.test(lead.slice(lead.lastIndexOf('\n', cut) + 1, cut));
}

/**
 * The words before a day of life's comma are only a word for the baby and the baby's name ("Baby Adebayo", "Baby boy
 * Okafor", "Infant Ruth"): a word of dayOfLife.babyWords first, then words for the patient or names, at least one name.
 */
function babyNamedBefore(lead: string, v: AgeWords, capitalsAllowed: () => boolean): boolean {
  const words = toWords(lead);
  if (words.length < 2 || words.length > 6 || !v.dolBabyWords.has(words[0].text)) return false;
  let named = false;
  for (let i = 1; i < words.length; i++) {
    const x = words[i];
    if (v.dolBefore.has(x.text)) continue;
    // "Baby boy of Hannah Price": the baby labelled by its mother's name, as a postnatal ward writes it; 'of' only with a name after it.
    if (x.text === 'of' && i < words.length - 1 && !named) continue;
    const written = lead.slice(x.start, x.end);
    // "Baby of Chloe D, D3": the surname's initial after the mother's or the baby's name (r46).
    if (named && INITIAL.test(written)) continue;
    // A name in capitals only in a note of a neonatal setting (neonatalNote), as a ward's label writes it.
    // "Baby boy of Jess W": the mother's surname's initial after her name.
    if (named && INITIAL.test(written)) continue;
    if (!(nameWord(written, v) || (capitalsName(written, v) && capitalsAllowed())) || v.slashNotAfter.has(x.text)) return false;
    named = true;
  }
  return named;
}

/**
 * "Baby boy OKAFOR": a surname in capitals, as hospital labels and UK notes write it, read as the name written "Okafor" is;
 * never a word for a newborn's setting or an event ("Baby NICU", "Baby US").
 */
function capitalsName(written: string, v: AgeWords): boolean {
  if (!/^[A-Z]{2,}$/.test(written)) return false;
  const lower = written.toLowerCase();
  if (v.infant.has(lower) || v.pregnantBabyNote.has(lower) || v.dolEvents.has(lower) || v.dolBirthItems.has(lower)) return false;
  return nameWord(written[0] + written.slice(1).toLowerCase(), v);
}

/** The words of an item describe the baby: dayOfLife.before and neonatal.describers words, one a word for the child or its sex. */
function describesBaby(item: string, v: AgeWords): boolean {
  const words = toWords(item);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.every((x) => v.dolBefore.has(x.text) || v.neonatalDescribers.has(x.text) || v.dolBabyWords.has(x.text)) &&
    words.some((x) => v.dolChildAfter.has(x.text))
  );
}

/** A date written off the DOB's line ("Follow-up 12/2026: dimple unchanged"): the visit beside the DOB may be an old one. */
function otherDateIn(text: string, dobLine: Span): boolean {
  const off = text.slice(0, dobLine.start) + ' ' + text.slice(dobLine.end);
  return /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}(?:-\d{2})?\b/.test(off);
}

/** A line of the note tells an age or a later time of the child's ("readmitted at 5 months"; dayOfLife.laterTime). */
function laterTimeIn(noteText: string, v: AgeWords): boolean {
  return noteText.split('\n').some((l) => tellsLaterTime(l, v));
}

/** A title before a mother's name ("Baby of Mrs. Fatima Sheikh", "B/O Smt. Rekha"). */
const MOTHER_TITLE = /^(?:mrs|ms|miss|smt|mme|sra)\.?$/i;

/**
 * "Baby of Mrs. Fatima Sheikh", "B/O Rekha Devi": the newborn named by its mother (datesInText.childOf), opening the item, then
 * her title and name alone (at most four words), as neonatal units label a baby before it is named.
 */
function namedByMother(item: string, v: AgeWords): boolean {
  const m = v.datesInText.childOf.exec(item);
  if (!m || /\S/.test(item.slice(0, m.index))) return false;
  const rest = item
    .slice(m.index + m[0].length)
    .trim()
    .split(/[ \t]+/)
    .filter(Boolean);
  return rest.length > 0 && rest.length <= 4 && rest.every((x, i) => (i === 0 && MOTHER_TITLE.test(x)) || INITIAL.test(x) || nameWord(x, v));
}

/**
 * "Baby of Mrs. Fatima Sheikh, Day 1, term female": the line opens on the newborn named by its mother (namedByMother), then one
 * comma and the day at `at`. The line, not the sentence: a title's full stop ("Mrs.") ends no sentence here.
 */
function namedByMotherOpening(value: string, at: number, v: AgeWords): boolean {
  const lead = value.slice(value.lastIndexOf('\n', at - 1) + 1, at);
  const comma = lead.lastIndexOf(',');
  return comma >= 0 && !/\S/.test(lead.slice(comma + 1)) && lead.lastIndexOf(',', comma - 1) < 0 && namedByMother(lead.slice(0, comma), v);
}

/**
 * "Term male, SVD" before a day of life's comma: the baby's description opening the line, then items of how it was born alone
 * (dayOfLife.birthItems). "Mother, SVD" and "Jaundice, SVD" open on no description of the baby.
 */
function babyDescribedBefore(lead: string, v: AgeWords, written?: string): boolean {
  const items = lead.split(',');
  // The gestation is blanked out of the value (asRead): it is read where it is written.
  // A gestation may describe the baby alone ("25+6/40, DOL 140"), as "Term female, DOL 3" does (dayOfLife.before words).
  const gestation = written !== undefined && gestationItem(written.slice(0, items[0].length), v);
  if ((items.length < 2 && !gestation) || !(gestation || describesBaby(items[0], v))) return false;
  return items.slice(1).every((item) => {
    const words = toWords(item);
    return words.length > 0 && words.every((x) => v.dolBirthItems.has(x.text));
  });
}

/**
 * ", term baby (CGA 42+2), admitted …" right after a day of life: the baby described in a comma item of its own, a corrected or
 * gestational age in brackets after it at most (notChronological.before opening it), another comma after it. The index in
 * `rest` where the description ends, or -1.
 */
/**
 * "25+6/40, DOL 140", "31+3/40 twin 1, DOL 9", "Ex-28/40, DOL 40": the baby's gestation at birth opening the line as its
 * description, then describers or birth items only ("twin 1", "SVD"): a neonatal unit's ward round writes it so (r46).
 */
function gestationItem(item: string, v: AgeWords): boolean {
  const m = GESTATION_ITEM.exec(item);
  if (!m) return false;
  return toWords(item.slice(m[0].length)).every(
    (x, i, all) => v.neonatalDescribers.has(x.text) || v.dolBirthItems.has(x.text) || (/^\d$/.test(x.text) && all[i - 1]?.text === 'twin'),
  );
}
const GESTATION_ITEM =
  /^[ \t]*(?:ex[ \t]*-?[ \t]*)?(?:2[2-9]|3\d|4[0-2])(?:[ \t]*\+[ \t]*[0-6])?(?:[ \t]*\/[ \t]*40|[ \t]*(?:wk|wks|weeks?)(?:[ \t]+(?:gestation|ga))?)(?![\p{L}\p{N}/])/iu;

function babyDescribedAfter(rest: string, v: AgeWords): number {
  const m = /^[ \t]*,[ \t]*([^,;:()]+?)[ \t]*(\([^()]*\))?[ \t]*,/.exec(rest);
  if (!m || !describesBaby(m[1], v)) return -1;
  if (m[2] !== undefined) {
    const inside = toWords(m[2]);
    if (!inside.length || !v.notChronologicalBefore.has(inside[0].text) || !inside.slice(1).every((x) => /^\d+$|^(?:wk|wks|weeks?|w|d|days?)$/.test(x.text))) return -1;
  }
  return m[0].length - 1;
}

/**
 * "Newborn (day 11 of life), female", "Baby girl (DOL 4)": a day of life opening a bracket (`open`, its index in `lead`) that
 * closes right after it (`after`: the text after the day), the bracket after words for the newborn alone (dayOfLife.before).
 */
function describedInBrackets(lead: string, open: number, after: string, v: AgeWords): boolean {
  if (lead.slice(open + 1).trim() || !/^[ \t]*\)/.test(after)) return false;
  const outside = toWords(lead.slice(lead.lastIndexOf(',', open) + 1, open));
  return outside.length > 0 && outside.every((x) => v.dolBefore.has(x.text)) && outside.some((x) => v.person.has(x.text));
}

/** Where the last sentence in the text ends ("Seen with dad. Ethan …"): the index of its stop, or -1. */
function lastSentenceEnd(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) if (/[.!?;]/.test(text[i]) && /\s/.test(text[i + 1])) return i;
  return -1;
}

/** Where the last column gap (two spaces or more, or a tab) between words ends, minus one; -1 when there is none. */
function lastColumnGap(lead: string): number {
  for (let i = lead.length - 1; i > 0; i--) {
    const c = lead[i];
    if (c === '\t' || (c === ' ' && lead[i - 1] === ' ')) return i;
  }
  return -1;
}

/**
 * "Ava is 11.", "He's 14.": a number with no unit told of the sentence's subject (age-vocabulary.json
 * subjectAge), as years from 1 to 21, when nothing but "now"/"today" follows it in its clause ("He's 16, no ID") or the
 * clause goes on about the subject ("Connor is 11 and has had an ache in his low back", a letter to the family; "Tom is 10
 * and plays U11 rugby", a coach's or physio's), or
 * told by the patient ("says he's 16": subjectAge.toldBy before a pronoun). A name
 * must be named again in the note ("Ava's back is still hurting … Ava is 11."); "Pain is 8.", "Hgb is 11.",
 * "The curve is 11." tell none.
 */
const BARE_SUBJECT_AGE =
  /(?:^|[.!?;]\s+|\n\s*|["\u201c(]\s*|\b([a-z]{4,10}|son)[ \t]+)([A-Za-z]{2,20})(?:[ \t]+is|['\u2019]s)[ \t]+(?:(?:now|currently|about|almost|nearly|just)[ \t]+)?(\d{1,2})(?:[ \t]+(?:now|today))?[ \t]*(?=[.!?;"\u201d)]|$|,[ \t]*[A-Za-z]|and[ \t]+(?:has|had|is|was|started|developed|complains|presents|says|hurt|plays|goes|attends|does|trains|dances|swims|runs|competes|rides|skates|rows|boxes|wrestles)\b)/g;

const HAS_DIGIT = /\d/;

function bareSubjectAge(noteText: string, value: string, v: AgeWords, base?: number): TextAge | undefined {
  // Every pattern read here (BARE_SUBJECT_AGE, BARE_IN_BRACKETS, bareAfterName's, TURNED) holds a number: a value without
  // a digit holds none of them, save bareAfterName's years spelled out after "who is" ("Amelia, who is ten,"). An exec loop rather than matchAll (a clone of the pattern per value); nothing in the loop
  // uses BARE_SUBJECT_AGE, and it never matches an empty string.
  if (!HAS_DIGIT.test(value) && !WHO_IS_SPELLED.test(value)) return undefined;
  let n = 0;
  BARE_SUBJECT_AGE.lastIndex = 0;
  for (let m = BARE_SUBJECT_AGE.exec(value); m; m = BARE_SUBJECT_AGE.exec(value)) {
    if (++n > 4) break;
    const years = Number(m[3]);
    if (years < 1 || years > 21) continue;
    const name = m[2];
    const lower = name.toLowerCase();
    // "Pt \"J\", says he's 16, no ID": the patient's own word for the age (subjectAge.toldBy), of a pronoun only; never
    // with a relative anywhere in its sentence ("Mom says she's 17", "… a young woman, says she is 16, the mother"), never
    // told by someone else (subjectAge.otherTellers: "Triage nurse says she is 18"), and never in a note of an infant.
    // "my son Mateo is 8": a parent writes of the child, or a call or a message names the caller's child; never "my
    // other son Leo is 9" (afterAge.relationChild.another).
    if (m[1] !== undefined && v.relationChild.has(m[1])) {
      const lead = toWords(value.slice(Math.max(0, m.index - 24), m.index)).pop()?.text;
      if (!isName(name, v) || (lead !== undefined && v.relationAnother.has(lead)) || !((lead !== undefined && v.possessive.has(lead)) || relationIsThePatient(noteText))) continue;
      if (relativeNamed(noteText, name, v)) continue;
      const start = m.index + m[0].lastIndexOf(m[3]);
      return { months: years * 12, span: { start, end: start + m[3].length }, tier: 'weak' };
    }
    if (m[1] !== undefined) {
      if (!v.toldBy.has(m[1]) || !v.pronouns.has(lower) || !patientTellsAge(noteText, value, m.index, v)) continue;
    }
    if (
      v.pronouns.has(lower)
        ? relativeJustBefore(value, m.index + m[0].indexOf(name, m[1]?.length ?? 0), v)
        : !v.person.has(lower) && !(isName(name, v) && namedAgain(noteText, name) && !relativeNamed(noteText, name, v))
    )
      continue;
    const start = m.index + m[0].lastIndexOf(m[3]);
    return { months: years * 12, span: { start, end: start + m[3].length }, tier: 'weak' };
  }
  // "seeing Ella (14)", "Re: Tom (9)": the whole of a bracket after a name; "just turned 11", "she turned 9 last month".
  n = 0;
  for (const m of value.matchAll(BARE_IN_BRACKETS)) {
    if (++n > 4) break;
    const birthday = m[4] !== undefined;
    const years = Number(m[2] ?? m[4]) + (m[3] !== undefined ? 0.5 : 0);
    if (years < 1 || years > 21 || !nameWord(m[1], v) || relativeNamed(noteText, m[1], v)) continue;
    // The word right before the name introduces the patient ("treating Lars (13)", "re: Amira (7)", "your patient Tom (9)"),
    // within the name's sentence ("He was referred. Tom (16) pushed him" is another boy); else the note names it again.
    const leadText = value.slice(Math.max(0, m.index - 30), m.index);
    const lead = toWords(leadText).pop();
    const introduced = lead !== undefined && v.nameBefore.has(lead.text) && /^[ \t]*:?[ \t]*$/.test(leadText.slice(lead.end));
    const close = m.index + m[0].length;
    if (!(introduced || careIntroduces(value, m.index, close, v)) && (birthday || !namedAgain(noteText, m[1]))) continue;
    // A list ("Lars (1) ibuprofen and (2) physio") or two children ("Lars (13) and Ola (15)"): whose age is none's to tell.
    if (listInSentence(value, m.index, close) || toldOtherwise(noteText, m[1])) continue;
    const number = m[2] ?? m[4];
    const start = m.index + m[0].indexOf(number, m[0].indexOf('('));
    return { months: years * 12, span: { start, end: start + number.length + (m[3]?.length ?? 0) }, tier: 'weak', bracket: true };
  }
  const named = bareAfterName(noteText, value, v, base);
  if (named) return named;
  n = 0;
  for (const m of value.matchAll(TURNED)) {
    if (++n > 4) break;
    const years = Number(m[1]);
    const start = m.index + m[0].lastIndexOf(m[1]);
    // Not someone else's ("her brother turned 11"), not a time in the past ("when she turned 9 she broke her arm").
    const lead = toWords(value.slice(sentenceStart(value, m.index), m.index)).slice(-3);
    if (years < 1 || years > 21 || lead.some((x) => v.relatives.has(x.text) || v.durationBefore.has(x.text) || v.pastAge.has(x.text))) continue;
    return { months: years * 12, span: { start, end: start + m[1].length }, tier: 'weak' };
  }
  return undefined;
}

/**
 * A word of telling at `told` (subjectAge.toldBy, before "he is"/"she is") gives the patient's own word for the age: never
 * with a relative anywhere in its sentence ("Mom says she's 17"), never told by someone else, the last word of its clause
 * before it one of subjectAge.otherTellers or otherAdults ("Triage nurse says she is 18", "RN told she is 19"), and never
 * in a note of an infant (bareNumber.infantContext: no infant tells an age, so "states she is 4 months" is another's).
 */
function patientTellsAge(noteText: string, value: string, told: number, v: AgeWords): boolean {
  const from = sentenceStart(value, told);
  if (toWords(value.slice(from, sentenceEnd(value, told))).some((x) => v.relatives.has(x.text))) return false;
  const teller = toWords(
    value
      .slice(from, told)
      .split(/[,;:(]/)
      .pop() ?? '',
  ).pop();
  return !(teller && (v.otherTellers.has(teller.text) || v.otherAdults.has(teller.text))) && !speaksOfAnInfant(noteText, v);
}

/**
 * A bare number right after the child's name (age-vocabulary.json subjectAge.$commentNamedChild): in a letter's heading
 * ("RE: Marcus T (14)", "Re: Jack O'Neill, 17"), after a carer and "of" ("father of Caleb, 16", "mom of Zoe P, age 11"),
 * or as an apposition opening its sentence ("Daniel, 19, 2nd year uni", "Maya, now 15, was treated for …"). Years within bareNumber's, in a note that
 * speaks of no infant (where it may be months).
 */
function bareAfterName(noteText: string, value: string, v: AgeWords, base?: number): TextAge | undefined {
  let n = 0;
  for (const m of value.matchAll(BARE_AFTER_NAME)) {
    if (++n > 4) break;
    // "Child: Sofia (3 1/2)": a half in brackets is told in years, as a small number alone is not (it may be months).
    const half = m[4] !== undefined;
    const years = bareYearsOf(m[3]) + (half ? 0.5 : 0);
    const bracket = m[2].includes('(');
    if (years < (half ? v.bareYears.minWithHalf : v.bareYears.min) || years > v.bareYears.max || (bracket && value[m.index + m[0].length] !== ')')) continue;
    const names = m[1].split(/[ \t]+/);
    // Every word a name's but an initial ("Marcus T"): "Hb (12)", "Wt (18)", "Re: Lumbar Puncture (12)" name none.
    if (v.slashNotAfter.has(names[0].toLowerCase()) || !names.every((x) => INITIAL.test(x) || nameWord(x, v)) || relativeNamed(noteText, names[0], v)) continue;
    const line = value.lastIndexOf('\n', m.index) + 1;
    const lead = value.slice(Math.max(line, m.index - 60), m.index);
    const leadWords = toWords(lead);
    const last = leadWords[leadWords.length - 1]?.text;
    const heading =
      HEADING_LEAD.test(lead) &&
      leadWords.length <= 2 &&
      leadWords.length > 0 &&
      v.slashAfterName.has(leadWords[0].text) &&
      (leadWords.length === 1 || v.slashCourtesy.has(leadWords[1].text));
    const carerOf = last === 'of' && leadWords.length > 1 && v.carers.has(leadWords[leadWords.length - 2].text) && !/[,;:]/.test(lead.slice(lead.lastIndexOf('of')));
    let opening = false;
    const close = m.index + m[0].length;
    // "Re: Max BELL, 12, Acacia Avenue", "Referrer: Lucy SMITH, 12, Church Lane Surgery": a house number or someone else's
    // line, never the child's age (round 57, review of fix57a), in title case as in capitals.
    const text = base === undefined ? value : noteText;
    if (addressAfter(value, close, v) || keyNamesAnother(text, (base ?? 0) + m.index, v)) continue;
    // "Elijah, 11: back pain 1 week": a colon after the number heads what the letter tells of the child, only after a name
    // and a comma opening its line (colonApposition); never a time ("Sam, 12:30"), nor a name and a number alone ("Bed 12:").
    const colon = value[close] === ':';
    if (colon && !colonApposition(value, m.index, m[2])) continue;
    // "Conor, 13. Plays rugby", "Pt: Lachlan, 11" (the line's end): the name and its number are the whole sentence, the
    // name opening its line or a key's value (bareWholeSentence), as Australian, Irish and UK GP notes open.
    const whole = !heading && !carerOf && !bracket && !colon && m[2].includes(',') && value[close] !== ',' && bareWholeSentence(noteText, value, m.index, close, v);
    if (whole) opening = !namedOtherAdult(value, close, v);
    else if (
      !heading &&
      !carerOf &&
      last === 're' &&
      (bracket ? RE_BRACKET_CLOSES.test(value.slice(close)) && reBracketAlone(noteText, value, close, v) : m[2].includes(',') && RE_COMMA_CLOSES.test(value.slice(close)))
    ) {
      // "GP rang re Aoife, 15, ALL dx 2021": "re" within a sentence names whom a call or a letter is about, as a heading's
      // "Re:" does (whoever rang: "Mum rang re Aoife, 15, …"); never with a relative, a companion or another adult after it in
      // the sentence ("rang re Mia, 19, her sister"). So does a bracket after the name ("Hi Dr Wilson, re Arjun S (14), fast
      // bowler", a physio's email; r48), closing its clause, only in a note that tells no other age and names no relative
      // soon after ("re Sarah K (16). Her son has sacral dimple, 3 months" is the mother's).
      const sentence = toWords(value.slice(close, sentenceEnd(value, close)));
      opening = !sentence.some((x) => v.relatives.has(x.text) || v.companions.has(x.text)) && !namedOtherAdult(value, close, v);
    } else if (!heading && !carerOf && !bracket && m[2].includes(',') && (value[close] === ',' || colon)) {
      // An apposition opening its sentence ("Daniel, 19, 2nd year uni"), or the value after a key that names no relative;
      // not "Yes, 14." and never a sentence that names a relative, a companion or a friend ("Mia, 19, is her sister", "Jake, 19, her boyfriend"). A bracket
      // opening a sentence is no such apposition: "Calpol (5) given, he settled", "Tom (16) pushed him" are not the child's.
      const own = value.slice(sentenceStart(value, m.index), m.index);
      const colon = own.lastIndexOf(':');
      const keyWord = colon >= 0 ? toWords(own.slice(Math.max(0, colon - 40), colon)).pop()?.text : undefined;
      const opens =
        !own.trim() ||
        (colon >= 0 && !own.slice(colon + 1).trim() && !(keyWord && (v.relatives.has(keyWord) || v.companions.has(keyWord)))) ||
        careApposition(noteText, value, m.index, close, m[2], v, text.slice((base ?? 0) + sentenceEnd(value, close)));
      const after = toWords(value.slice(m.index + m[0].length, sentenceEnd(value, m.index + m[0].length)));
      // A relative, a companion, or someone else who may be the one aged (subjectAge.otherTellers: 'boyfriend', 'friend').
      // Another adult or a pet only as who the name is, right after it ('Daniel, 19, is her tutor'), not one in the story.
      opening = opens && !after.some((x) => v.relatives.has(x.text) || v.companions.has(x.text) || v.otherTellers.has(x.text)) && !namedOtherAdult(value, m.index + m[0].length, v);
    }
    // "Dear Colleague,\nRuaridh (10) fell about 2 metres …": the letter's first sentence opening on a name and a bracket
    // holding only a number is the child the letter is about (subjectAge.salutations), unless the sentence holds another
    // bracketed number (a list: "Lars (1) ibuprofen and (2) physio").
    const greeted =
      !heading &&
      !carerOf &&
      !opening &&
      bracket &&
      afterSalutation(base === undefined ? value : noteText, (base ?? 0) + m.index, v) &&
      !listInSentence(value, m.index, m.index + m[0].length + 1) &&
      // "Tom (19), her older brother, pushed her", "Ruaridh (10) is the older brother": another person's bracket.
      !greetedLineNamesAnother(value, m.index, v) &&
      // "Poppy (15) babysits Arlo", "Holly (19) … referred Ella", "Freya (16) noticed a tuft on Alfie's back": the child the
      // letter is about is someone else (review rfix59t).
      !sentenceNamesAnotherPerson(value, m.index + m[0].length, names, v) &&
      // "Ruaridh (14) fell from a horse. Age 9.", "… Isla, 2 months": any other age told wins (the bracket holds no unit).
      agesTold(noteText) === 0;
    if (!heading && !carerOf && !opening && !greeted) continue;
    if (speaksOfAnInfant(noteText, v)) return undefined;
    const start = m.index + m[1].length + m[2].length;
    // A bracket after "re" is a bare bracket as "re: Amira (7)" is: an Age key wins over it (FROM_BRACKET).
    const reBracket = opening && bracket ? { bracket: true } : {};
    return { months: years * 12, span: { start, end: start + m[3].length + (m[4]?.length ?? 0) }, tier: 'weak', ...reBracket };
  }
  return undefined;
}

/**
 * "Elijah, 11: back pain 1 week with fevers": a name, a comma and the number open their line, the colon heading what the
 * letter tells of the child (a physio's or a chiropractor's line to the doctor). Only at the line's start: "Seen Elijah, 11:
 * …" or "Mum: Elijah, 11: …" tell it inside another sentence or key, read as before (none).
 */
function colonApposition(value: string, at: number, between: string): boolean {
  if (!between.includes(',')) return false;
  const line = value.lastIndexOf('\n', at - 1) + 1;
  return !value.slice(line, at).trim();
}

/** After "re Aoife, 15" or "re Arjun S (14)" (its bracket closed): the clause's end. */
const RE_COMMA_CLOSES = /^[ \t]*(?:[,.;]|[\n\r]|$)/;
const RE_BRACKET_CLOSES = /^\)[ \t]*(?:[,.;]|[\n\r]|$)/;

/**
 * "re Arjun S (14)": no other age told in the note, and no relative or companion in the 160 characters after it; never a
 * number its sentence tells again or a room, a bed, a grade or a year names ("re Lily K (7), room 7", "re Arjun S (9), grade 9
 * student": the bracket is the room's or the grade's).
 */
function reBracketAlone(noteText: string, value: string, close: number, v: AgeWords): boolean {
  if (v.ageToldWithUnit.test(noteText)) return false;
  const open = value.lastIndexOf('(', close);
  const num = /\d+/.exec(value.slice(open, close))?.[0];
  const after = value.slice(close + 1, sentenceEnd(value, close + 1));
  const sentence = value.slice(sentenceStart(value, open), open) + ' ' + after;
  if (num === undefined || new RegExp(`(?<![\\d.])${num}(?![\\d]|\\.\\d)`).test(sentence) || v.bracketNotAge.test(after)) return false;
  return !toWords(value.slice(close, close + 160)).some((x) => v.relatives.has(x.text) || v.companions.has(x.text));
}

/**
 * "Conor, 13. Plays rugby …", "Pt: Lachlan, 11": a name and a bare number that are a whole sentence, closed by a full
 * stop or the line's end, the name opening its line or the value of a key that names no relative or companion; never a
 * sentence after it that says whose the number is ("Mia, 19. Her sister.", "Jake, 19. Her boyfriend.", "Conor, 13. Brother
 * of Sean (pt).": the named one is a relative of the patient), nor in a note
 * that tells an age with a unit (agesTold), which wins.
 */
function bareWholeSentence(noteText: string, value: string, at: number, close: number, v: AgeWords): boolean {
  if (!/^(?:[.!?](?=\s|$)|[ \t]*(?:[\n\r]|$))/.test(value.slice(close))) return false;
  const own = value.slice(value.lastIndexOf('\n', at - 1) + 1, at);
  const colon = own.lastIndexOf(':');
  if (own.slice(colon + 1).trim()) return false;
  if (colon >= 0) {
    const keyWords = toWords(own.slice(0, colon));
    if (keyWords.length > 2 || keyWords.some((x) => v.relatives.has(x.text) || v.companions.has(x.text) || v.otherTellers.has(x.text))) return false;
  }
  const nl = value.indexOf('\n', close);
  const next = toWords(value.slice(close, nl < 0 ? value.length : nl)).slice(0, 3);
  if (
    next.some((x) => v.companions.has(x.text) || v.otherTellers.has(x.text)) ||
    (next.length > 1 && ARTICLES.has(next[0].text) && v.relatives.has(next[1].text)) ||
    (next.length > 1 && v.relatives.has(next[0].text) && next[1].text === 'of')
  )
    return false;
  return agesTold(noteText) === 0;
}

/** A relative or a companion on the line of `at` (age-vocabulary.json relatives.words, companions): "her older brother", "mother of Emily". */
function lineNamesAnother(value: string, at: number, v: AgeWords): boolean {
  const start = value.lastIndexOf('\n', at) + 1;
  const nl = value.indexOf('\n', at);
  return toWords(value.slice(start, nl < 0 ? value.length : nl)).some((x) => v.relatives.has(x.text) || v.companions.has(x.text));
}

/**
 * lineNamesAnother for the first sentence after a letter's salutation ("Dear Colleague,\nRuaridh (10) fell …"), where a parent
 * or carer (relatives.carers) counts only in the bracket's own sentence and not as who brought the child ("Aisha (11) came
 * with mum", "seen with her dad"; round 59, fix59t): a therapist's letter goes on to tell what the parent said or wants
 * ("Ella (8) bumped her back … but mum says …", "Mum asking about a scan"), which makes the bracket no one else's. A
 * sibling or a companion anywhere on the line still makes it ("Her brother has a dimple").
 */
function greetedLineNamesAnother(value: string, at: number, v: AgeWords): boolean {
  const start = value.lastIndexOf('\n', at) + 1;
  const nl = value.indexOf('\n', at);
  const words = toWords(value.slice(start, nl < 0 ? value.length : nl));
  const sentenceEndsAt = sentenceEnd(value, at) - start;
  return words.some((x, i) => (v.relatives.has(x.text) || v.companions.has(x.text)) && !(v.carers.has(x.text) && (x.start >= sentenceEndsAt || broughtTheChild(words, i, v))));
}

/**
 * After a bracket closing at `close`, a capitalised name other than `names` before its sentence ends ("Poppy (15) babysits
 * Arlo", "Jess (16) was seen last month; today I saw Amy" (past its semicolons), "Borg (7) on the bike test for Kai", "noticed a tuft on Alfie's
 * back"), or another who may be the one aged ("Jake (19) is her boyfriend"): the sentence is about two people, and the letter's
 * child is the other one. Capitals (LBP, MRI), clinical words,
 * medicines, scales (subjectAge.terms) and the words of notNames are no names (nameWord).
 */
function sentenceNamesAnotherPerson(value: string, close: number, names: readonly string[], v: AgeWords): boolean {
  // A semicolon joins the sentence's clauses ("… last month; today I saw Amy.").
  let to = sentenceEnd(value, close);
  while (value[to] === ';') to = sentenceEnd(value, to + 1);
  // "Jake (19) is her boyfriend", "Holly (19), the school nurse": another who may be the one aged (subjectAge.otherTellers;
  // a companion, "the babysitter", is refused on the whole line).
  if (toWords(value.slice(close, to)).some((x) => v.otherTellers.has(x.text))) return true;
  for (const w of value.slice(close, to).matchAll(/[A-Z][a-z]+(?=['\u2019]s\b|[^\p{L}]|$)/gu)) {
    if (w.index > 0 && /\p{L}/u.test(value[close + w.index - 1])) continue;
    if (!names.includes(w[0]) && nameWord(w[0], v)) return true;
  }
  return false;
}

/** The carer at words[i] after "with"/"by", a possessive between at most ("with mum", "by her father"), not "'s" after it ("with mum's friend"). */
function broughtTheChild(words: readonly Word[], i: number, v: AgeWords): boolean {
  if (!v.carers.has(words[i].text) || words[i + 1]?.text === 's') return false;
  const lead = words[i - 1]?.text === 'his' || words[i - 1]?.text === 'her' || words[i - 1]?.text === 'their' ? i - 2 : i - 1;
  return words[lead]?.text === 'with' || words[lead]?.text === 'by';
}

/**
 * agesTold, less the one "Role, N y" that opens the note's first line ("Swimmer, 12 y, 10/7 LBP"; round 55, fix55a): its
 * "capitalised word, a comma and an age" shape is AGE_TOLD's own "Isla, 2 months,", so without this the role's age would
 * count as an age told elsewhere and refuse itself. Any other age told still counts, so a plainly told age still wins.
 */
function agesToldBeyondOpeningRole(noteText: string, v: AgeWords): number {
  const firstLineEnd = noteText.search(/\S[^\n]*/) + (/\S[^\n]*/.exec(noteText)?.[0].length ?? 0);
  return agesTold(noteText, (m) => {
    const role = /^([A-Z][a-z]+),/.exec(m[0]);
    return role !== null && m.index < firstLineEnd && v.roles.has(role[1].toLowerCase()) && !/\S/.test(noteText.slice(0, m.index).replace(/[A-Za-z-]+[ \t]+/g, ''));
  });
}
/**
 * Ages (or durations: the reading is the safer for it) told with a unit or after "age" anywhere in the note ("Age 9.", "she
 * is 10 months now", "Isla, 2 months", "back pain 3 weeks"): a bracket that only a letter's form suggests is an age
 * (bareAfterName's greeted, namedInBrackets' initial or child word) is read only where none is told besides it.
 */
function agesTold(noteText: string, uncountedFirst?: (m: RegExpExecArray) => boolean): number {
  let n = 0;
  AGE_TOLD.lastIndex = 0;
  // `uncountedFirst` passes over a match only while none has been counted yet.
  for (let m = AGE_TOLD.exec(noteText); m && n < 3; m = AGE_TOLD.exec(noteText)) if (n > 0 || !uncountedFirst?.(m)) n++;
  return n;
}
const AGE_UNIT = String.raw`\d{1,2}(?:\.\d)?[ \t]*-?[ \t]*(?:m|mo|mos|mon|months?|mths?|w|wks?|weeks?|d|days?|y|yo|yrs?|years?)(?![A-Za-z])`;
/**
 * An age told as such: after "age"/"aged" ("Age 9."), after a link or "now" ("she is 10 months now", "turned 9"), after a
 * name and its comma ("His sister Isla, 2 months,"), a word between at most ("he is actually 5 months"), or with "old" or
 * "of age" ("6 weeks old", "seen at 6 weeks of age"). A duration ("back pain 3 weeks") is none.
 */
const AGE_TOLD = new RegExp(
  String.raw`\bage[ds]?\b[ \t:]*\d|\b(?:is|was|now|turned|turns|[A-Z][a-z]+,)(?:[ \t]+[a-z]+)?[ \t]+${AGE_UNIT}|${AGE_UNIT}[ \t-]*(?:old\b|of[ \t]+age\b)`,
  'gi',
);

/**
 * The words at `at` open the line right after a letter's salutation ("Dear Colleague,", "Dear Dr Patel,"), blank lines
 * between at most.
 */
function afterSalutation(value: string, at: number, v: AgeWords): boolean {
  const lineStart = value.lastIndexOf('\n', at - 1) + 1;
  const own = value.slice(lineStart, at);
  // "Dear Dr Grey, Leah (15) had …", "Hi Dr Lee - Kai (14) has had …" (round 59, fix59t): the salutation and whom it greets
  // (a title and a name, four words at most) opening the same line, closed by a comma or a spaced dash.
  if (own.trim()) return salutationAlone(own, v) && /(?:,|[ \t][-\u2013\u2014])[ \t]*$/.test(own);
  const before = value.slice(0, lineStart).trimEnd();
  const prev = before.slice(before.lastIndexOf('\n') + 1);
  // "Dear Dr Walsh" alone on its line, the comma left off, greets as "Dear Dr Walsh," does.
  return salutationAlone(prev, v) && (/,[ \t]*$/.test(prev) || /^[\sA-Za-z.'\u2019-]*$/.test(prev));
}

/** A salutation and whom it greets ("Dear Dr Patel,", "Hi Dr Lee -", "Dear Colleague"): its first word one of subjectAge.salutations, four words at most. */
function salutationAlone(text: string, v: AgeWords): boolean {
  const words = toWords(text);
  return words.length > 0 && words.length <= 4 && v.salutations.has(words[0].text);
}

/** A name's words: capitalised, "O'Neill" too; an initial ("Marcus T", "Zoe P."); then the age after a comma, a bracket or a column gap. */
const NAME_WORD = `(?:[A-Z][a-z]{0,3}['\u2019])?[A-Z][a-z]{1,20}`;
/** The half after a whole number of years: "8 1/2", "8½". */
const HALF_YEAR = `(?:[ \\t]+1\\/2|[ \\t]?\u00bd)`;
/** A bracket holding only a number of years, a half may follow ("(14)", "( 8 1/2 )"): the number and the half as groups. */
// Never with a leading zero: "Family Doctors  (02) 9555 0177" is a telephone's area code, and an age is never written "(07)".
const BRACKETED_YEARS = `\\([ \\t]*([1-9]\\d?)(${HALF_YEAR})?[ \\t]*\\)`;
/**
 * A number of years spelled out, read only after "who is" ("Thank you for referring Amelia, who is ten, with …"; round 58,
 * fix58u): a letter writes a child's age in words there as often as in digits. Within bareNumber's years (five to nineteen
 * here), so "who is one" and "who is twenty" stay unread; the teens first, so "fourteen" is never read as "four". The words
 * and their values are notes/age.ts's number words (numberWordsBetween), largest first.
 */
const SPELLED_YEARS_VALUES = numberWordsBetween(5, 19);
const SPELLED_YEARS = [...SPELLED_YEARS_VALUES.keys()].join('|');
/** "who is ten": the one place a value with no digit may hold a bare age (bareSubjectAge's first test). */
const WHO_IS_SPELLED = new RegExp(`\\bwho[ \\t]+is[ \\t]+(?:${SPELLED_YEARS})\\b`);
/** The years of BARE_AFTER_NAME's number, in digits or spelled out after "who is". */
function bareYearsOf(written: string): number {
  return SPELLED_YEARS_VALUES.get(written) ?? Number(written);
}
/** A bracket holding a number of years and "today", a mark after it at most: "(18 today!)", "(16 today)". */
const BRACKETED_BIRTHDAY = `\\([ \\t]*([1-9]\\d?)[ \\t]+today[ \\t]*!?[ \\t]*\\)`;
const BARE_AFTER_NAME = new RegExp(
  `\\b(${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|[A-Z]\\.?(?![\\w'\u2019]))){0,2})` +
    `([ \\t]*,[ \\t]*(?:(?:age|now|who[ \\t]+is(?:[ \\t]+now)?)[ \\t]+)?|[ \\t]*\\([ \\t]*|(?:\\t| {2})[ \\t]*)` +
    `(\\d{1,2}|(?<=who[ \\t]+is[ \\t]+)(?:${SPELLED_YEARS}))(${HALF_YEAR}(?=[ \\t]*\\)))?(?!\\d|\\/|:(?![ \\t]+[A-Za-z])|[.,]\\d|[ \\t]*[-\u2013][ \\t]*\\d)(?=[ \\t]*(?:[,;.!?)\\-\u2013\u2014\\n\\r]|$)|:[ \\t]+[A-Za-z])`,
  'g',
);
/** "Pt: Lachlan, 11": a name opening the value, a comma, then a number of years closing the value (a full stop at most). */
const COMMA_AFTER_PATIENT_NAME = new RegExp(`^[ \\t]*(${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|[A-Z]\\.?)){0,2})[ \\t]*,[ \\t]*([1-9]\\d?)(${HALF_YEAR})?[ \\t]*\\.?[ \\t]*$`);
/** "Patient: Sofia (8)": a name opening the value, then a bracket holding only a number (a half may follow). */
const BRACKET_AFTER_PATIENT_NAME = new RegExp(`^[ \\t]*(${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|[A-Z]\\.?)){0,2})[ \\t]*${BRACKETED_YEARS}`);
/** A heading's lead: "RE: ", "Re: Miss ", "Regarding ". */
const HEADING_LEAD = /^[ \t]*[A-Za-z]{1,12}[ \t]*:?[ \t]*(?:[A-Za-z]{2,8}[ \t]+)?$/;

/** One word of a name: no thing, measure, complaint, finding, procedure or relative ("O'Neill" as "Neill"). */
function nameWord(written: string, v: AgeWords): boolean {
  const plain = written.replace(/^[A-Z][a-z]{0,3}['\u2019]/, '').replace(/\.$/, '');
  const lower = plain.toLowerCase();
  return isName(plain, v) && !v.person.has(lower) && !v.companions.has(lower) && !v.medications.has(lower) && !v.terms.has(lower) && !clinicalWords().has(lower);
}

const INITIAL = /^[A-Z]\.?$/;

let cachedClinical: Set<string> | undefined;

/** Every word of findings.json and procedures.json ("lumbar", "falls", "wt"): a heading's word that is one names no child. */
function clinicalWords(): Set<string> {
  cachedClinical ??= knowledgeWords(['findings.json', 'procedures.json'], /[a-z]{2,}/g);
  return cachedClinical;
}

/** A capitalised word and a bracket holding only a whole number: "Ella (14)". */
// "I saw Josh (18 today!)": a birthday told in the bracket is the age today as "now 18" is (round 58, fix58u): read only
// after a word introducing the patient or a verb of care (bareSubjectAge), never on the name's mention again alone.
const BARE_IN_BRACKETS = new RegExp(`\\b([A-Z][a-z]{1,20})[ \\t]*(?:${BRACKETED_YEARS}|${BRACKETED_BIRTHDAY})`, 'g');
/** "turned 11", "just turned 9": a birthday; not before a unit ("turned 90 degrees", "turned 6 months" is read as any age). */
const TURNED = /\bturned[ \t]+(\d{1,2})(?![.,]?\d)(?![ \t]*(?:[a-z]*\s*(?:degrees?|deg|°)|w|wks?|weeks?|d|days?|mos?|months?|y|yo|yrs?|years?|%)\b|[ \t]*[%°/-])/gi;

/** A capitalised word that may be a name: none of the words that are a thing, a measure, a complaint or a relative. */
function isName(written: string, v: AgeWords): boolean {
  if (!/^[A-Z][a-z]+$/.test(written)) return false;
  const w = written.toLowerCase();
  return !v.notNames.has(w) && !v.durationNouns.has(w) && !v.relatives.has(w) && !v.notAnAgeBefore.has(w) && !v.notAnAge.has(w) && !v.after.has(w);
}

/**
 * A clinician's present verb of care introducing the letter's patient right before the name at `nameStart`, its age
 * in the bracket closing at `close` (subjectAge.$commentCare): "I am treating Lars (13) for …", "thank you for referring
 * Amira (7)", "I have been managing Sophie (9/12)", "may I introduce Lars (13), who …". Never a past verb ("I treated
 * Jack (4), her brother") nor one opening its sentence ("Managing Oramorph (5) ml"), and after the bracket only the
 * sentence's end, a mark or a word that goes on telling of the child ("Treating Nystatin (4) times a day" is a count).
 */
function careIntroduces(value: string, nameStart: number, close: number, v: AgeWords): boolean {
  const from = sentenceStart(value, nameStart);
  const lead = toWords(value.slice(from, nameStart), from).slice(-4);
  let k = lead.length - 1;
  const verb = lead[k];
  if (verb === undefined || !v.careVerbs.has(verb.text) || !/^[ \t]+$/.test(value.slice(verb.end, nameStart))) return false;
  let subject = lead[--k];
  if (subject !== undefined && v.careAdverbs.has(subject.text)) subject = lead[--k];
  if (subject === undefined || !v.careLead.has(subject.text)) return false;
  const next = /^[ \t]*([A-Za-z]+)/.exec(value.slice(close));
  return !next || v.careAfter.has(next[1].toLowerCase());
}

/**
 * "Thank you for referring Hannah Boyle, who is 14, with …", "I reviewed Jessica, now 16, who …": a letter's apposition
 * after the name its writer's verb of care introduces (careIntroduces: a present verb after its subject), closed by a
 * comma (round 57, fix57a). A past verb of seeing (subjectAge.careVerbsSeen: "reviewed", "saw") only with "now" or "who
 * is" telling the age as today's: a past verb alone tells of someone seen before ("I saw Jack, 4, in 2019"). Never with a
 * son or a daughter after it in the sentence (afterAge.relationChild: the one aged is the parent); a relative or a companion
 * after it bareAfterName refuses. After review r-fix57a: never in a note that tells an age with its unit anywhere (a
 * heading's "Re: Poppy WELLS, 3 months" wins), and a past seeing never when told as another visit (seenAnotherTime) or
 * when the letter goes on to another child of the family by name (anotherChildLater).
 */
function careApposition(noteText: string, value: string, nameStart: number, close: number, between: string, v: AgeWords, later: string): boolean {
  if (value[close] !== ',') return false;
  // "I saw Jane, now 17, with her daughter Emily": one who has a son or a daughter in the sentence is the parent.
  if (toWords(value.slice(close, sentenceEnd(value, close))).some((x) => v.relationChild.has(x.text))) return false;
  // "Re: Poppy WELLS, 3 months … I reviewed Harry, who is 9, …": an age told with its unit anywhere (a heading's) wins over
  // an apposition in the body, as it does over the other bare numbers a letter's form suggests (round 57, review of fix57a).
  if (agesTold(noteText) > 0) return false;
  if (careIntroduces(value, nameStart, close, v)) return true;
  if (!v.careToday.test(between)) return false;
  const from = sentenceStart(value, nameStart);
  const [subject, verb] = toWords(value.slice(from, nameStart), from).slice(-2);
  // "I reviewed Jessica, now 16, …": the writer's own seeing, its subject right before it.
  if (!(verb !== undefined && subject !== undefined && v.careVerbsSeen.has(verb.text) && v.careLead.has(subject.text) && /^[ \t]+$/.test(value.slice(verb.end, nameStart))))
    return false;
  // "I reviewed Jacob, who is 12, in 2023 for …", "I met Ava, who is 6, … last year": a seeing told as another visit, and
  // "Today I saw his brother Sam": the letter goes on to another child of the family; either way the one seen is not
  // the patient (round 57, review of fix57a).
  return !seenAnotherTime(value, from, nameStart, close, v) && !anotherChildLater(later, v);
}

/**
 * Whether the sentence of a past seeing tells it as another visit (subjectAge.careSeenBefore or a year: "I reviewed
 * Jacob, who is 12, in 2023", "at the family's last visit", "when he had a similar dimple"), before the name or after
 * the age up to a clause of its own about the one seen ("I reviewed Jessica, now 16, who completed treatment four years
 * ago" tells her history, not the visit).
 */
function seenAnotherTime(value: string, from: number, nameStart: number, close: number, v: AgeWords): boolean {
  const end = sentenceEnd(value, close);
  const own = /\b(?:who|whom|whose|which)\b/i.exec(value.slice(close, end));
  const told = value.slice(from, nameStart) + ' ' + value.slice(close, own ? close + own.index : end);
  return YEAR_WRITTEN.test(told) || toWords(told).some((x) => v.careSeenBefore.has(x.text));
}
const YEAR_WRITTEN = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-]\d|\d)/;

/**
 * Whether the note, after the sentence of a past seeing, names another child of the family: subjectAge.careSeenPossessives
 * before one of relatives that is no carer, or of twins (a word between at most), and that child's name right after it
 * or before "is" ("Today I saw his brother Sam", "This letter concerns her brother Noah", "his baby sister Poppy", "Poppy
 * is his sister"). A relative named in the family's history without a name ("Her brother had scoliosis") is not one.
 */
function anotherChildLater(later: string, v: AgeWords): boolean {
  const words = toWords(later);
  const named = (w: Word | undefined): boolean => w !== undefined && nameWord(later.slice(w.start, w.end), v);
  return words.some((w, i) => {
    if (!v.careSeenPossessives.has(w.text)) return false;
    const k = words.slice(i + 1, i + 3).findIndex((x) => (v.relatives.has(x.text) && !v.carers.has(x.text)) || v.twins.has(x.text));
    if (k < 0) return false;
    return named(words[i + k + 2]) || (i >= 2 && words[i - 1].text === 'is' && named(words[i - 2]));
  });
}

/**
 * Whether the clause right after a name's number is an address (subjectAge.addressWords, capitalised, or a postcode):
 * "Re: Max BELL, 12, Acacia Avenue, Leeds LS6 2AB", "Ivy PRICE, 7, Mill Cottages", "Lucy SMITH, 12, Church Lane
 * Surgery": the number is a house's, not the age.
 */
function addressAfter(value: string, close: number, v: AgeWords): boolean {
  if (value[close] !== ',') return false;
  const stop = /[,;\n\r]/.exec(value.slice(close + 1, close + 80));
  const clause = value.slice(close + 1, stop ? close + 1 + stop.index : close + 80);
  if (UK_POSTCODE.test(clause)) return true;
  const words = toWords(clause);
  const capital = (w: Word): boolean => /[A-Z]/.test(clause[w.start]);
  // After a name of its own ("Acacia Avenue", "Riverside Health Centre"), never opening the clause ("12, Close follow-up").
  return words.some(
    (w, i) => i > 0 && capital(w) && (v.addressWords.has(w.text) || (i + 1 < words.length && capital(words[i + 1]) && v.addressWords.has(`${w.text} ${words[i + 1].text}`))),
  );
}
/** A British postcode: "LS6 2AB", "SW1A 1AA", "M1 1AE". */
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b/;

/**
 * Whether the name at `at` opens the value of a key naming the letter's sender, recipient, referrer or copy list, or
 * another adult (subjectAge.othersKeys, otherTellers, companions: "Referrer: Lucy SMITH, 12", "Referred by: Helen FROST,
 * 12", "GP: Sarah Lindley, 12", "cc: Jack Forbes, 12"): the number after it is never the patient's age.
 */
function keyNamesAnother(text: string, at: number, v: AgeWords): boolean {
  const lead = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 60), at);
  const key = /([A-Za-z][A-Za-z .'-]{0,30}):[ \t]*$/.exec(lead);
  if (!key) return false;
  return toWords(key[1])
    .slice(-2)
    .some((w) => v.othersKeys.has(w.text) || v.otherTellers.has(w.text) || v.companions.has(w.text));
}

/**
 * The child's age told in a sentence of its own, by a pronoun or the name ("actually she is 7 weeks", "Lars is 15 (DOB
 * wrong on referral)", "Mum reports she is 15"), whatever the reader makes of it: a bracket after the name, or an age
 * before a role, is then no age to read.
 */
function toldOtherwise(noteText: string, name?: string): boolean {
  // Without a name (roleAfter, per age judged) the pattern is the same each time: compiled once.
  if (!name) return TOLD_BY_PRONOUN.test(noteText);
  return new RegExp(`\\b(?:he|she|${name})(?:[ \\t]+is|['\u2019]s)[ \\t]+(?:[a-z]+[ \\t]+)?\\d`, 'i').test(noteText);
}
const TOLD_BY_PRONOUN = /\b(?:he|she)(?:[ \t]+is|['\u2019]s)[ \t]+(?:[a-z]+[ \t]+)?\d/i;

/** Another bracketed number in the sentence of a name's bracket: a list ("Lars (1) ibuprofen and (2) physio") or two children. */
function listInSentence(value: string, nameStart: number, close: number): boolean {
  const sentence = value.slice(sentenceStart(value, nameStart), sentenceEnd(value, close));
  return (sentence.match(/\([ \t]*\d/g)?.length ?? 0) > 1;
}

/** The name stands in the note at least twice, as a word. */
function namedAgain(noteText: string, name: string): boolean {
  let count = 0;
  for (let i = noteText.indexOf(name); i >= 0 && count < 2; i = noteText.indexOf(name, i + name.length)) {
    const before = i > 0 ? noteText.charCodeAt(i - 1) : 32;
    const after = noteText.charCodeAt(i + name.length);
    if (!isLetter(before) && !isLetter(after)) count++;
  }
  return count >= 2;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The words before (nearest first) and after one candidate, within its sentence. */
interface Around {
  before: Word[];
  after: Word[];
  /** Index of the first word after the candidate. */
  a: number;
  prev?: string;
  next?: string;
}

function around(value: string, words: readonly Word[], w: number, c: AgeValue): Around {
  const { start, end } = c.span;
  let a = w;
  while (a < words.length && words[a].start < end) a++;
  const before: Word[] = [];
  for (let i = w - 1, at = start; i >= 0 && before.length < 5; i--) {
    // "approx. 9 yrs": the full stop of an abbreviation (beforeAge.abbreviations) ends no sentence.
    const gap = value.slice(words[i].end, at);
    if (SENTENCE_END.test(gap) && !(/^\.[ \t]+$/.test(gap) && ageWords().abbreviations.has(words[i].text))) break;
    before.push(words[i]);
    at = words[i].start;
  }
  const after: Word[] = [];
  for (let i = a, at = end; i < words.length && after.length < 3; i++) {
    if (SENTENCE_END.test(value.slice(at, words[i].start))) break;
    after.push(words[i]);
    at = words[i].end;
  }
  // The words of the notation itself ("y/o", "y.o.") are no words after the age.
  if (after[0]?.text === 'o' && /^[/.]o\b/i.test(value.slice(end))) after.shift();
  return { before, after, a, prev: before[0]?.text, next: after[0]?.text };
}

/** Obstetric notation after an age is the mother's: "a 24 yo G1P1", "30 y/o G2P1001" (unless the patient is pregnant now). */
const OBSTETRIC = /^g\d{1,2}p\d{1,4}$/;
/** The gravidity alone, as an obstetric note opens: "24 y G1, 30/40" (never "G0": a woman never pregnant). */
const GRAVIDITY = /^g[1-9]\d?$/;

/** The youngest a patient told pregnant is read as (10 years): an infant's gestation is never a pregnancy of hers. */
const PREGNANT_MIN_MONTHS = 120;

/** A gestation in weeks: "34 wks", "34+2 weeks", "34w2d", "28/40". */
const GESTATION_WEEKS =
  /\b(?:[4-9]|[1-3]\d|4[0-2])(?:[ \t]*\+[ \t]*\d)?[ \t]*-?[ \t]*(?:wks?|weeks?|w)\b|\b(?:[4-9]|[1-3]\d|4[0-2])[ \t]*w[ \t]*\d[ \t]*d\b|\b(?:[4-9]|[1-3]\d|4[0-2])(?:\+\d)?\/40\b/i;

/**
 * A gestation in a value that is a pregnancy's: obstetric shorthand or a word of a pregnancy now within the three words
 * before it ("G1P0, 34 wk GA", "IUP at 32 wks gestation"), or one of those words right after it ("34 wk GA pregnant").
 */
function pregnancyAround(value: string, span: Span, v: AgeWords): boolean {
  let from = span.start;
  while (from > 0 && !endsSentence(value, from - 1)) from--;
  const isPregnancy = (x: string) => OBSTETRIC.test(x) || v.obstetric.has(x) || (v.pregnantNow.has(x) && x !== 'ga' && x !== 'ega' && !x.startsWith('gestation'));
  if (
    toWords(value.slice(from, span.start))
      .slice(-3)
      .some((x) => isPregnancy(x.text))
  )
    return true;
  const next = toWords(value.slice(span.end, span.end + 40))[0];
  return next !== undefined && isPregnancy(next.text);
}

/** Between obstetric shorthand and the gestation after it: "G1P0 at 34 wks", "G2P1 currently 30 wks". */
const BEFORE_GESTATION = new Set(['at', 'currently']);

/**
 * The gestation of a pregnancy, the fetus's age and never the patient's: weeks or days right after obstetric shorthand
 * ("G1P0 at 34 wks", "primip 36w2d") or before a word of a pregnancy now ("34+2 weeks pregnant"; pregnantPatient.now).
 */
function gestationOfPregnancy(value: string, c: AgeValue, ar: Around, v: AgeWords): boolean {
  if ((c.unit !== 'w' && c.unit !== 'd') || ar.next === 'old') return false;
  if (ar.next !== undefined && v.pregnantNow.has(ar.next)) return true;
  // Only a space or "@" between ("G1P0 @ 34 wks"): "Baby boy of Mrs. P (G2P2), 2 days old" tells the baby's age.
  const close = (from: number, to: number) => /^[ \t]*[@~]?[ \t]*$/.test(value.slice(from, to));
  let i = 0;
  let to = c.span.start;
  if (ar.before[0] && BEFORE_GESTATION.has(ar.before[0].text) && close(ar.before[0].end, to)) {
    to = ar.before[0].start;
    i = 1;
  }
  const x = ar.before[i];
  return x !== undefined && close(x.end, to) && (OBSTETRIC.test(x.text) || v.obstetric.has(x.text));
}

/** An age told in weeks, days or months old ("3 wk old", "2 mo old", "3 wo", "DOL 2"): the sentence is of a baby. */
const BABY_AGE = /\b\d{1,2}[ -]?(?:wk|wks|week|weeks|d|day|days|mo|mos|month|months)[ -]?old\b|\b\d{1,2}[ \t]?(?:wo|do)\b/i;
/** An age told in weeks or days old ("3 wk old", "2 days old", "3 wo"): anywhere in a note, it is a newborn's. */
const NEWBORN_AGE = /\b\d{1,2}[ -]?(?:wk|wks|week|weeks|d|day|days)[ -]?old\b|\b\d{1,2}[ \t]?(?:wo|do)\b/i;

/** The last note asked about and whether it speaks of a newborn's care (pregnantPatient.babyNote or a newborn's age). */
let lastBabyTalk: { text: string; is: boolean } | undefined;

function speaksOfANewborn(noteText: string, v: AgeWords): boolean {
  if (lastBabyTalk?.text !== noteText) {
    const head = noteText.length > 20_000 ? noteText.slice(0, 20_000) : noteText;
    lastBabyTalk = { text: noteText, is: NEWBORN_AGE.test(head) || toWords(head).some((w) => v.pregnantBabyNote.has(w.text)) };
  }
  return lastBabyTalk.is;
}

/**
 * Obstetric shorthand after the age (`of`, "G1P0", "primigravida") that is the patient's own: she is pregnant now. The
 * sentence tells a pregnancy going on after the shorthand ("22 yo G1P0 at 34 wks", "19F G2P1 @ 28/40", "17 yo primip,
 * 30 weeks pregnant"), nothing of a birth (age-vocabulary.json pregnantPatient.notWith: "24 yo G1P0 at 39 wks, SVD" tells
 * the patient's birth; a birth told as past history, "prev LSCS", is none), no word for a child before the age ("Infant
 * of 22 yo G1P0 at 34 wks" is its mother) and none for a baby or child in it ("; her 2 yo son has a dimple"), the age is
 * that of a girl or a woman, and the note speaks nowhere of a baby or a newborn's care (babyNote: "NICU admission."). Her
 * other child told in another sentence ("Has a 1 yo daughter.", in a Patient value after a semicolon too) leaves her the patient. A relative before the age is looked
 * for after (someoneElse).
 */
function pregnantNow(original: string, c: AgeValue, of: Word, v: AgeWords, noteText: string | undefined, patientValue: boolean): boolean {
  if (c.months < PREGNANT_MIN_MONTHS) return false;
  let from = c.span.start;
  while (from > 0 && !endsSentence(original, from - 1)) from--;
  let to = of.end;
  while (to < original.length && !endsSentence(original, to)) to++;
  const rest = original.slice(of.end, to);
  const told = GESTATION_WEEKS.test(rest) || toWords(rest).some((x) => v.pregnantNow.has(x.text));
  if (!told) return false;
  // In free text a word for her child is looked for over a semicolon ("24 yo G2P1 at 34 wks; her 2 yo son has a dimple"
  // is the son's note); a Patient value names the patient first ("Pt: 17 yo G2P1 at 32 wks; her 14 mo son at home").
  let reach = to;
  if (!patientValue) while (reach < original.length && original.charCodeAt(reach) === 59) for (reach++; reach < original.length && !endsSentence(original, reach);) reach++;
  const sentence = toWords(original.slice(from, reach));
  for (let i = 0; i < sentence.length; i++) {
    const x = sentence[i].text;
    const pastBirth =
      v.pregnantNotWith.has(x) &&
      ((i > 0 && v.pregnantPastBirth.has(sentence[i - 1].text)) || (i > 1 && /^\d$/.test(sentence[i - 1].text) && v.pregnantPastBirth.has(sentence[i - 2].text)));
    // "twin pregnancy", "twin gestation": the pregnancy's own word, no child born.
    const ofPregnancy = i + 1 < sentence.length && v.pregnantNow.has(sentence[i + 1].text);
    if (ofPregnancy) continue;
    if ((v.pregnantNotWith.has(x) && !pastBirth) || v.childOf.has(x) || v.pregnantBabyWords.has(x) || v.pregnantBabyNote.has(x)) return false;
  }
  if (BABY_AGE.test(original.slice(of.end, reach))) return false;
  return noteText === undefined || !speaksOfANewborn(noteText, v);
}
const A_THE = new Set(['a', 'an', 'the']);
const A_AN = new Set(['a', 'an']);

/**
 * Someone else's age: a relative or the mother's obstetric notation after it ("a 3 y/o brother", "24 yo
 * G1P1"), else a relative just before it ("mother is 32 yo", "Older sibling Jack, age 4"), unless a
 * word for the child follows the age ("Mom brought her 3 mo boy").
 */
function someoneElse(
  value: string,
  c: AgeValue,
  ar: Around,
  v: AgeWords,
  // A call to make when needed (judge): whether the note is a conversation is asked of few ages.
  relationIsPatient: boolean | (() => boolean),
  original: string,
  noteText: string | undefined,
  patientValue = false,
): boolean {
  // The word the age is told of, in the same clause: "3 mo old, mother 17 yo" tells the baby's age.
  const i = ar.next === 'old' ? 1 : 0;
  const of = ar.after[i];
  const whose = of && !/[,;:(]/.test(value.slice(i ? ar.after[0].end : c.span.end, of.start)) ? of.text : undefined;
  if (gestationOfPregnancy(value, c, ar, v)) return true;
  // "22 yo G1P0 at 34 wks": obstetric shorthand of a patient pregnant now is hers; a relative before the age is still looked for.
  const obstetric = whose !== undefined && (OBSTETRIC.test(whose) || v.obstetric.has(whose));
  if (obstetric && pregnantNow(original, c, of, v, noteText, patientValue)) return relativeBefore(ar.before, v);
  if (whose && (v.relatives.has(whose) || OBSTETRIC.test(whose))) return true;
  // "14 y/o son", "3 yo granddaughter": the patient in a Patient value or a call, else someone else beside the patient.
  // A relative who brings the child ("Dad brings his 8 yo son"), or "15 yo son of a colleague", names the child seen.
  if (whose && v.relationChild.has(whose)) {
    if (typeof relationIsPatient === 'function' ? relationIsPatient() : relationIsPatient) return false;
    if (ar.after[i + 1] && v.relationOf.has(ar.after[i + 1].text) && !/[,;:(]/.test(value.slice(of.end, ar.after[i + 1].start))) return false;
    const near = ar.before.slice(0, 3);
    return !near.some((x) => v.relationBrings.has(x.text)) || near.some((x) => v.relationAnother.has(x.text));
  }
  // "Brother 8M boy, well", "Sister 3 yo girl": a relative opening its clause names whose age it is, a word for a child after it.
  if (whose && v.person.has(whose) && relativeOpensClause(value, ar.before, c.span.start, v)) return true;
  if (whose && v.person.has(whose)) return false;
  // "reached mom of 15 y F", "Dad of 10 mo M on the phone": the relative's child, told by its sex letter as by a word
  // for the child ("Mom of 10-month-old boy").
  // After a word for a child it is the parent's ("son of 17 y F G1P1", "daughter of 16 yo F"); after another relative
  // that relative's ("Sister of 18 y F").
  if (of && (whose === 'm' || whose === 'f') && /^[MF]$/.test(value.slice(of.start, of.end)) && ar.prev === 'of' && ar.before[1]) {
    if (v.carers.has(ar.before[1].text)) return false;
    if (v.relationChild.has(ar.before[1].text) || v.relatives.has(ar.before[1].text)) return true;
  }
  // "Mum of 3 month old (Oliver) rang", "Mother of 3-month-old called": a carer's child, told by "old" after the age.
  if (carersChild(value, c, ar, v)) return false;
  // "infant son of a 16 y/o student", "baby of a 17 yo mother": a word for a child, "of" and an article before the age: the parent's.
  if (
    ar.before.length >= 3 &&
    A_AN.has(ar.before[0].text) &&
    ar.before[1].text === 'of' &&
    v.childOf.has(ar.before[2].text) &&
    !/[,;:(]/.test(value.slice(ar.before[2].end, c.span.start))
  )
    return true;
  // "Coach: 18 yo, saw him fall", "Babysitter (18 yo) noticed …": the age of the one named right before it.
  if (ar.prev && v.companions.has(ar.prev) && /^[\s:(,-]*$/.test(value.slice(ar.before[0].end, c.span.start))) return true;
  // "son of 16-yr-old mother, 6 wks old", "born to a 17 yo mum, 3 wk": the relative names whose child the patient is; past
  // a comma the age is the child's.
  if (childOfRelativeBefore(value, ar.before, c.span.start, v)) return false;
  // A carer's word is passed over only for an age that stands alone, naming the child ("Phone call w/ mom re: Aiden, 12 yo",
  // "from mom (18 mo F)"); an age going on about someone ("mom (12 yo when she had him)", "her 12 yo's sibling") is not.
  return relativeBefore(ar.before, v, AGE_STANDS_ALONE.test(value.slice(c.span.end)) ? c.months : undefined);
}

/**
 * After an age: only "old", a sex letter or word, then the clause's end or a word going on about the child ("12 yo,",
 * "3 mo F)", "9 yo F", "3 mo F with a dimple").
 */
const AGE_STANDS_ALONE =
  /^(?:[ \t]*-?[ \t]*old\b)?(?:[ \t]*(?:[MF]|male|female|boy|girl)\b)?[ \t]*(?:[,;:.)\n\u2013\u2014-]|$|(?:with|w\/|who|has|here|presenting|presents|c\/o)(?![\w/]))/i;

/**
 * "Mum of 3 month old (Oliver) rang", "Mother of 3-month-old called": a carer, "of" and the age told by "old" name the
 * carer's child, the patient; never where the rest of the sentence tells another age ("Mum of 3 month old, also mum of Ella
 * (patient, 8 y)"): whose age is the patient's is then not told.
 */
function carersChild(value: string, c: AgeValue, ar: Around, v: AgeWords): boolean {
  if (ar.prev !== 'of' || ar.next !== 'old' || !ar.before[1] || !v.carers.has(ar.before[1].text)) return false;
  // "Pt is mum of 3 month old": the carer is the patient.
  if (ar.before.slice(2, 4).some((x) => x.text === 'is' || x.text === 'pt' || x.text === 'patient')) return false;
  const rest = value.slice(c.span.end, sentenceEnd(value, c.span.end));
  // "…, about her brother Jack who has back pain": another child of the sentence may be the patient.
  return !ANOTHER_AGE.test(rest) && !toWords(rest).some((x) => v.relatives.has(x.text));
}
/** Words after "N wk old" that go on about the child ("5 wk old w/ 2 dimples", "6 mo old who"), never a thing aged ("injury"). */
const OLD_THEN = new Set(['w', 'with', 'who', 'whose', 'presenting', 'presents', 'here', 'seen', 'referred']);

/** Another person's age: in years, or any unit told "old" ("8 y", "7 years", "2 month old"); "the 8 wk check" is a visit. */
const ANOTHER_AGE = /\d[ \t]*-?[ \t]*(?:(?:y|yo|yrs?|years?)\b|(?:mo|mos|months?|wks?|weeks?|days?)[ \t]*-?[ \t]*old\b)/i;

/** The word before the age is a relative, only space between, and the relative opens its line or clause ("Brother 8M boy"). */
function relativeOpensClause(value: string, before: readonly Word[], start: number, v: AgeWords): boolean {
  const r = before[0];
  if (!r || !v.relatives.has(r.text) || !/^[ \t]*$/.test(value.slice(r.end, start))) return false;
  return !before[1] || /[,;:.\n(\u2013\u2014-]/.test(value.slice(before[1].end, r.start));
}

/**
 * Right before the age, past a comma or semicolon, a relative named by a word for the child and "of" ("son of 16-yr-old
 * mother, 6 wks"), or by "born to" ("born to a 17 yo mum, 3 wk"), with its own age told before it: the age is the child's.
 */
function childOfRelativeBefore(value: string, before: readonly Word[], start: number, v: AgeWords): boolean {
  const r = before[0];
  if (!r || !v.relatives.has(r.text) || !/^[ \t]*[,;][ \t]*$/.test(value.slice(r.end, start))) return false;
  // At most a few words of the relative's age or description between "of"/"to" and the relative (bounded look-back).
  const lead = value.slice(Math.max(0, r.start - 60), r.start).toLowerCase();
  const m = /([a-z]+)[ \t]+(of|to)[ \t]+((?:[^\s,;:.()]+[ \t]+){0,4})$/.exec(lead);
  // The relative's own age told before it ("16-yr-old mother"): one told after its comma is the relative's ("son of a
  // mother, 32 yo", "born to a teen mother, 17 y").
  if (!m || !/\d/.test(m[3])) return false;
  if (m[2] === 'of') return v.childOf.has(m[1]) || v.relationChild.has(m[1]);
  return v.bornTo.has(m[1]);
}

/** The last note asked about, and whether a child named by a relation in its text is the patient (a call or a message). */
let lastConversation: { text: string; is: boolean } | undefined;

/** A note of a call or a message (its first line names one): the child the caller speaks of is the patient. */
function relationIsThePatient(noteText: string): boolean {
  if (lastConversation?.text !== noteText) lastConversation = { text: noteText, is: isConversationNote(noteText) };
  return lastConversation.is;
}

/**
 * Within three words before an age (nearest first): a relative ("mother is 32 yo"), or another child
 * ("Mom's older son is 10", "the other twin, 4 mo"); a word for the patient or "now" stops the search
 * ("Mom says baby is 3 mo", "born to a G1P1 mother, now 3 wk"). And "born to a 24 yo", "delivered at term to a 30 yo": the mother's.
 * With the age's months given, a carer's word is passed over when the age is too young to be a carer's (relatives.carerMinYears).
 */
function relativeBefore(before: readonly Word[], v: AgeWords, months?: number): boolean {
  for (let i = 0; i < before.length && i < 3; i++) {
    const x = before[i].text;
    // "Phone call w/ mom re: Aiden, 12 yo", "Video visit (mom requested) - 3 mo F": an age too young to be the carer's;
    // not after the carer's possessive ("Mum's 6 week check" is her own check).
    if (months !== undefined && months < v.carerMinMonths && v.carers.has(x) && before[i - 1]?.text !== 's') continue;
    // "born to a G1P1 mother, now 3 wk": "now" tells the patient's age; but right after a relative or another child it
    // tells theirs ("Older brother (now 6 y) was operated", "her sister, now 12,"), unless the child was born to them.
    if (x === 'now') return nowOfSomeoneElse(before.slice(i + 1), v);
    if (v.relatives.has(x)) return true;
    if (v.person.has(x)) return i + 1 < before.length && v.otherChild.has(before[i + 1].text);
  }
  let i = 0;
  while (i < before.length && A_THE.has(before[i].text)) i++;
  return before[i]?.text === 'to' && before.slice(i + 1).some((x) => v.bornTo.has(x.text));
}

/**
 * "Older brother (now 6 y)", "her sister, now 12,", "the other twin, now 4 mo": a sibling, a cousin or another child named
 * right before a "now" (the words before it, nearest first): the age after "now" is theirs. Not a parent or another carer
 * (relatives.carers): "born to a G1P1 mother, now 3 wk", "seen with mother, now 3 wk old" tell the patient's age now.
 */
function nowOfSomeoneElse(before: readonly Word[], v: AgeWords): boolean {
  const named = before[0]?.text;
  if (named === undefined) return false;
  if (v.relatives.has(named)) return !v.carers.has(named) && !v.bornTo.has(named);
  return v.person.has(named) && before[1] !== undefined && v.otherChild.has(before[1].text);
}

/**
 * No age at all: a device's size, the device named within the next few words ("5F NG tube", "5F
 * feeding tube", "10F catheter"; for a number and letter, which is how a French size is written, also
 * past a comma: "5F, NG tube"), or a vital sign or measure before it ("T 39 F").
 */
function device(value: string, c: AgeValue, ar: Around, v: AgeWords, noteText: string): boolean {
  // "T 39 F" is a temperature; "Ava T., 7y" is a surname's initial, parted from the age by its comma.
  if (ar.prev && v.notAnAgeBefore.has(ar.prev) && !initialAfterName(value, ar, c, v, noteText)) return true;
  let at = c.span.end;
  for (let i = 0; i < ar.after.length; i++) {
    const x = ar.after[i];
    if ((!c.sex || i > 0) && /[,;:(]/.test(value.slice(at, x.start))) return false;
    if (v.notAnAge.has(x.text)) return true;
    if (v.after.has(x.text) || v.weak.has(x.text) || v.person.has(x.text)) return false;
    at = x.end;
  }
  return false;
}

/**
 * "Ava T., 7y", "Re: Emily T (12 years)": a name, a surname's initial and a comma or an opening bracket before the age (a
 * letter that is no measure's).
 */
function initialAfterName(value: string, ar: Around, c: AgeValue, v: AgeWords, noteText: string): boolean {
  const [initial, name] = ar.before;
  if (name === undefined || initial.end - initial.start !== 1 || !/^\p{Lu}[\p{Ll}'-]+$/u.test(value.slice(name.start, name.end))) return false;
  const gap = value.slice(name.end, c.span.start);
  if (/^ \p{Lu}\.?[ \t]*,[ \t]*$/u.test(gap)) return true;
  // The bracket ("Re: Emily T (12 years)") only with no relative on its line ("Re: Sarah T (41 years), mother of Emily")
  // and no other age told in the note (agesTold: durations too, the safer reading).
  return /^ \p{Lu}\.?[ \t]*\([ \t]*$/u.test(gap) && !lineNamesAnother(value, c.span.start, v) && agesTold(noteText) <= 1;
}

/** "30M" before a sex told on its own ("AGE 30M  SEX F"): months past two, which a billing system never writes so. */
function billingMonthsPastTwo(written: string, c: AgeValue, original: string, v: AgeWords): boolean {
  return /^\d+M$/.test(written) && c.months >= 24 && v.sexToldAfter.test(original.slice(c.span.end, c.span.end + 40));
}

/**
 * "Seen for 3 week old injury" (review r53): an age marked old only by "old" after "for" is whom the study is for only where
 * the clause ends after "old" or the child, its sex or "with" follows (`childAfter`); "old" before anything else ages a thing.
 */
function oldOfAThing(value: string, end: number, childAfter: boolean): boolean {
  const m = /^[ \t]?-?[ \t]?old\b/i.exec(value.slice(end));
  if (!m || childAfter) return false;
  return !/^[ \t]*(?:[,.;:?!()]|[ \t]-[ \t]|$)/.test(value.slice(end + m[0].length, end + m[0].length + 4));
}

/**
 * "34M driver", "22 M restrained driver", "30M labourer": an upper-case M that notes/age.ts left months (18 to 35), right
 * before a role no toddler has (monthsBeforeSex.adultRoleAfter), one describing word between at most. "24M passenger",
 * "30M pedestrian" stay months: a toddler may be either.
 */
function adultRoleAfterM(value: string, written: string, c: AgeValue, after: readonly Word[], v: AgeWords, noteText: string): boolean {
  if (!/^\d{1,2}[ \t]?M$/.test(written) || c.unit !== 'm' || c.months < 18 || c.months > 35) return false;
  // The words right after the age, spaces only between them: "20M, driver side impact" is the car's side. A comma right
  // after the age is read only where the role closes its own comma item ("22M, driver, MVA", "22M, restrained driver."; round
  // 58, s160): "22M, driver lost control" tells who drove, and stays months.
  const words = after.slice(0, 3);
  let at = c.span.end;
  let comma = false;
  for (const x of words) {
    const gap = value.slice(at, x.start);
    if (x === words[0] && /^,[ \t]*$/.test(gap)) comma = true;
    else if (/\S/.test(gap)) return false;
    if (v.adultRoleAfter.has(x.text)) {
      if (comma) return /^[ \t]*(?:[,;.]|$)/.test(value.slice(x.end, x.end + 3)) && !toddlerScene(noteText, v);
      const next = words[words.indexOf(x) + 1];
      const joined = next !== undefined && !/\S/.test(value.slice(x.end, next.start));
      return !(joined && v.adultRoleNotBefore.has(next.text)) && !/^['\u2019]s\b/.test(value.slice(x.end));
    }
    if (x !== words[0] || !v.adultRoleDescribers.has(x.text)) return false;
    at = x.end;
  }
  return false;
}

/**
 * The note speaks of an infant or toddler (speaksOfAnInfant) or of a young child's toys and play (monthsBeforeSex.adultRoleCommaRefused):
 * "22M, driver, ride-on toy car tipped over" is a 22-month-old at the wheel of a toy (review rfix58m), so "22M, driver," stays months.
 */
function toddlerScene(noteText: string, v: AgeWords): boolean {
  if (speaksOfAnInfant(noteText, v)) return true;
  const head = noteText.length > 20_000 ? noteText.slice(0, 20_000) : noteText;
  return /\bride-on\b/i.test(head) || toWords(head).some((w) => v.adultRoleCommaRefused.has(w.text));
}

/**
 * Age and sex in one ("2M", "15M", "3F"), read as years by notes/age.ts: months where a word for an
 * infant stands next to it ("2M infant", "Pt: 3M baby", "2M, ex-32 wk"), as `Age: 4M` is read; with
 * an infant word an "F" gives no unit, and a small "M" (1 to 6) with nothing either way may be months
 * or years: both are 'unclear' (no age; the reader asks for it). "Jane, 2M (2 months)": the age in
 * brackets is read instead ('skip').
 */
function sexShorthand(original: string, c: AgeValue, v: AgeWords, noteText?: string): number | 'unclear' | 'skip' {
  const n = c.months / 12;
  const bracket = /^\s*\(([^()]{1,24})\)/.exec(original.slice(c.span.end, c.span.end + 30));
  if (bracket && parseAge(bracket[1], true)) return 'skip';
  // "5M girl", "8M boy", "Pt: 8M, male.": the sex is the word after (its own comma item at most), so the M is months.
  if (c.sex === 'M') {
    const sexAfter = /^(?:[ \t]*(,)[ \t]*|[ \t]+)([A-Za-z]{3,6})(?![\w/])/.exec(original.slice(c.span.end, c.span.end + 12));
    // The sex as its own comma item ("Pt: 8M, male."): months only below 12, and only in a note with no word of an older
    // child (back pain, a sport, school, an adolescent): "Pt: 15M, male. LBP 2 weeks" is fifteen years.
    const commaOk = !sexAfter?.[1] || (n < 12 && !v.olderChild.test(noteText ?? original));
    if (sexAfter && commaOk && v.monthsBeforeSex.has(sexAfter[2].toLowerCase())) return n;
    // "AGE 11M  SEX M": the sex has a column of its own, so the M is months (an infant read as 11 years would lose
    // the infant checks).
    // A billing system shows the under-twos in months; "AGE 30M  SEX F" is none of its forms, so no age is read and
    // the reader asks for it.
    if (v.sexToldAfter.test(original.slice(c.span.end, c.span.end + 40))) return n < 24 ? n : 'unclear';
  }
  const infant = infantNear(original, c.span, v);
  if (c.sex === 'M') return infant ? n : n <= 6 ? 'unclear' : c.months;
  return infant ? 'unclear' : c.months;
}

/** A word for an infant or a gestation within two words before or three after, in the same sentence. */
function infantNear(original: string, span: Span, v: AgeWords): boolean {
  let from = Math.max(0, span.start - 30);
  let to = Math.min(original.length, span.end + 40);
  for (let i = span.start - 1; i >= from; i--) if (endsSentence(original, i)) from = i + 1;
  for (let i = span.end; i < to; i++) if (endsSentence(original, i)) to = i;
  const before = toWords(original.slice(from, span.start)).slice(-2);
  const after = toWords(original.slice(span.end, to)).slice(0, 3);
  const near = [...before, ...after];
  for (let i = 0; i < near.length; i++) {
    const x = near[i].text;
    // "term" as in "born at term", not "long-term".
    if (v.infant.has(x) && !(x === 'term' && i > 0 && /^(?:long|short)$/.test(near[i - 1].text))) return true;
  }
  return GESTATION_NEAR.test(original.slice(from, to));
}

/**
 * A word for the child or its sex after "neonatal", past a comma, colon or dash and a few describers at most
 * ("neonatal girl", "Neonatal, male, …", "Neonatal: term male"; age-vocabulary.json neonatal).
 */
function neonatalChild(value: string, end: number, after: readonly Word[], v: AgeWords): boolean {
  let at = end;
  for (let i = 0; i < Math.min(after.length, 3); i++) {
    const x = after[i];
    if (!/^[ \t]*[,:\-\u2013\u2014]?[ \t]*$/.test(value.slice(at, x.start)) || (i === 0 && !/\s|[,:\-\u2013\u2014]/.test(value.slice(at, x.start)))) return false;
    if (v.person.has(x.text) || (v.dolChildAfter.has(x.text) && value[x.end] !== '/')) return true;
    if (!v.neonatalDescribers.has(x.text)) return false;
    at = x.end;
  }
  return false;
}

/** A gestation in weeks ("36wk", "ex-32 wk", "born at 38 weeks"): a newborn's age is near. */
const GESTATION_NEAR = /\b(?:2[2-9]|3\d|4[0-2])(?:\+\d)?[ \t]?-?[ \t]?(?:wk|wks|weeks?|weeker|w)\b/i;

/** Where a role's age stands: its start in the value, the value's in the note. */
interface RoleWhere {
  noteText: string;
  base: number;
  start: number;
}

/** A rate or a starting age after a role ("3 y runner, 30 miles a week", "trains 15 h/week", "(started at 9)"): a duration. */
const ROLE_RATE =
  /\b(?:a|an|per)[ \t]+(?:week|wk|day|month|year|session)s?\b|\/[ \t]*(?:wk|week|w|day|d|month|mo)\b|\b(?:started|began|starting|since|from)[ \t]+(?:at[ \t]+)?(?:age[ \t]+|aged[ \t]+)?\d/i;

/**
 * A role's age names the note's subject only where it opens the note, a line, a sentence or a header clause, with only
 * afterAge.roleOpeners before it there, under no key of a relative, a companion or afterAge.roleNotKeys ("MO note - 18 y
 * soldier", "Pt: 16 y gymnast", "Keen 15 y footballer"; not "tackled by an 18 y rugby player", "Sibs: 19 y footballer").
 */
function roleOpens(noteText: string, at: number, v: AgeWords): boolean {
  let lead = noteText.slice(noteText.lastIndexOf('\n', at - 1) + 1, at);
  lead = lead.slice(lastSentenceEnd(lead) + 1);
  const header = /^(.*)(?::|[ \t][-\u2013\u2014])[ \t]*/s.exec(lead);
  if (header) {
    const key = toWords(header[1]);
    if (key.some((x) => v.relatives.has(x.text) || v.twins.has(x.text) || v.companions.has(x.text) || v.roleNotKeys.has(x.text))) return false;
    if (key.length === 1 && v.roleNotKeysAlone.has(key[0].text)) return false;
    lead = lead.slice(header[0].length);
  }
  return !/[^A-Za-z \t]/.test(lead) && toWords(lead).every((x) => v.roleOpeners.has(x.text));
}

/** An age told in years by a bare unit ("18 y", "17 yr", "14 yrs", "15 years"); "yo", "y/o" and "old" tell it on their own. */
const YEARS_UNIT = /\d[ \t-]*(?:y|yr|yrs|years?)$/i;
/** Link words, articles and pronouns: none of them describes a role ("18 y and a soldier", "17 y as his cadet"). */
const NOT_DESCRIBERS = new Set(['and', 'or', 'as', 'a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'is', 'was', 'not', 'no', 'but', 'he', 'she']);

/**
 * "18 y soldier", "14 y gymnast", "16 y ballet dancer", "17 y army cadet": one of afterAge.roles right after an age in
 * years, with up to two describing words between, each no word of time, of a complaint, of a relative, of a visit or a
 * link ("18 y service" and "served 18 y in the army" tell a duration; "6 mo dancer" tells nothing).
 */
function roleAfter(value: string, told: string, end: number, after: readonly Word[], v: AgeWords, where: RoleWhere): boolean {
  if (!YEARS_UNIT.test(told) || Number(/\d+/.exec(told)?.[0]) < v.roleMinYears) return false;
  if (!roleOpens(where.noteText, where.base + where.start, v) || toldOtherwise(where.noteText) || ROLE_RATE.test(value.slice(end, sentenceEnd(value, end)))) return false;
  let at = end;
  for (let i = 0; i < Math.min(after.length, 3); i++) {
    const x = after[i];
    if (!/^[ \t]+$/.test(value.slice(at, x.start)) || !/^[A-Za-z]+$/.test(value.slice(x.start, x.end))) return false;
    if (v.roles.has(x.text)) return true;
    if (
      NOT_DESCRIBERS.has(x.text) ||
      v.durationBefore.has(x.text) ||
      v.durationAfter.has(x.text) ||
      v.durationNouns.has(x.text) ||
      v.weak.has(x.text) ||
      v.visit.has(x.text) ||
      v.relatives.has(x.text) ||
      v.after.has(x.text) ||
      v.person.has(x.text)
    )
      return false;
    at = x.end;
  }
  return false;
}

/** A plain age in years anywhere in the note ("14 yo F", "15 y/o", "9 years old"): "N do"/"N wo" never outranks it. */
const YEARS_AGE = /\b\d{1,2}(?:\.\d)?[ \t-]*(?:yo[mf]?|y\/o|y\.o\.?|yrs?[ \t-]*old|years?[ \t-]*old)(?![a-z])/i;

/**
 * "2 do", "3 wo" as days or weeks old. A nursery note writes "Baby boy, 2 do," or "3 wo M"; a clinic note writes
 * "now 3 wo" after surgery, "F/u PCP 2 wo" and "Pain started 2 do", which are times. So the number is an age only
 * where no time or plan word stands before it in its sentence (age-vocabulary.json daysOrWeeksOld), and either a word
 * for the child or its sex follows it, or it ends its clause and opens it (or follows a word for the child or its sex).
 * Never beside an age told in years.
 */
function daysOrWeeksOldAge(value: string, ar: Around, c: AgeValue, v: AgeWords, noteText: string, letterOk: (x: string, slashAfter: boolean) => boolean): boolean {
  const { start, end } = c.span;
  const { before, next, prev } = ar;
  if (YEARS_AGE.test(noteText)) return false;
  if (before.some((x) => v.daysOrWeeksOldNotAfter.has(x.text))) return false;
  if (next !== undefined && next !== 'old' && (v.after.has(next) || v.person.has(next)) && letterOk(next, false)) return true;
  if (!CLAUSE_AFTER.test(value.slice(end, end + 4))) return false;
  const prevIsChild = prev !== undefined && (v.person.has(prev) || /^[mf]$/.test(prev));
  return CLAUSE_BEFORE.test(value.slice(0, start)) || prevIsChild;
}

/**
 * Whether a Romance age (romanceAge.units) stands as the note's identification, with no word for the child before it: its
 * number is the note's first word, and its clause ends right after its unit (a comma, a full stop, a semicolon or the line's
 * end: "7 meses, fem.", "15 anni, F.", "14 anni. Nocturnal pain", "1 ano."). Never further in (a relative's "Mãe 34 anos",
 * a duration "dor há 3 meses", "Control in 3 meses."), never before more words of the same clause ("3 meses de dor", "2
 * anni fa", "3 meses atrás"); a comma followed by a complaint is left for judge's checks as the English "3 mo, back pain".
 */
function romanceOpensNote(value: string, noteText: string, base: number, span: Span, v: AgeWords): boolean {
  if (noteText.slice(0, base + span.start).trim() !== '') return false;
  const rest = value.slice(span.end);
  if (!/^[ \t]*(?:[.,;]|\r?\n|$)/.test(rest)) return false;
  // "3 meses, mãe refere…": no relative's word nor a time ago in the rest of the clause's first words.
  const clause = /^[ \t]*[,;]?([^.;\n]{0,40})/.exec(rest)?.[1] ?? '';
  return !toWords(clause.toLowerCase()).some((x) => v.romance.notOfTheChild.has(x.text));
}

/**
 * An age told in "anos" or "meses" (romanceAge.units) is the child's only when a word for the child governs it directly,
 * right before it or before its "de" ("Paciente de 2 meses", "Nina de 7 anos"): never a relative's ("Madre de 17 anos",
 * "Paciente de 45 anos (madre)": a word of notOfTheChild in the three words after it), never a time since or a duration ("2
 * anos pos-operatorio", "3 anos de evolução", "de dolor": a "de" after it not followed by a word of ofAge, "edad", "vida").
 */
function romanceAgeRefused(told: string, ar: Around, v: AgeWords, opensNote = false): boolean {
  const unit = /(\p{L}+)\s*$/u.exec(told)?.[1].toLowerCase();
  if (!unit || !v.romance.units.has(unit)) return false;
  const { before, after, prev } = ar;
  if (after.some((x) => v.romance.notOfTheChild.has(x.text))) return true;
  // The note's own first words, as its identification ("7 meses, fem.", "15 anni, F.", "1 ano."; round 56, fix56f): read
  // as the English reader reads "7 mo, F." there (opening-age-terse.ts and judge's own checks follow).
  if (opensNote) return false;
  // A Spanish note is read through its English translation, where "de" is "of" ("Nina de 7 anos" reads "girl of 7 anos").
  const governor = prev !== undefined && v.romance.links.has(prev) ? before[1]?.text : prev;
  if (governor === undefined || !v.person.has(governor)) return true;
  // A relative's word earlier in the sentence is not read (round 56, fix56f, taken out after review r56: it refused
  // "Acompañado por su madre, paciente de 9 anos").
  return romanceDuration(ar, v);
}

/**
 * "Mãe, moça de 17 anos, refere …", "Acompanhada pela irmã, moça de 19 anos": a word for a young person that is as often the
 * one who brings the child, or a relative described in apposition (beforeAge.openingOnly), governs the age (right before it
 * or before its "de"/"of") and does not open its sentence, only link words before it: the age is not the patient's. Opening
 * it ("Moça de 15 anos, Maputo.", "Rapaz 11 anos.") it is read as any word for the patient is.
 */
function youngPersonInApposition(ar: Around, v: AgeWords, value: string, end: number): boolean {
  const { before } = ar;
  const g = before[0] !== undefined && v.link.has(before[0].text) ? 1 : 0;
  const governor = before[g];
  if (governor === undefined || !v.personOpeningOnly.has(governor.text)) return false;
  // `before` holds at most five words of the sentence: five may not reach its start.
  if (before.length >= 5 || !before.slice(g + 1).every((x) => v.link.has(x.text))) return true;
  // Opening it, the rest of the sentence may still make them someone else: "Rapaz de 16 anos, pai da criança", "Moça de 16
  // anos traz o irmão" (a relative, a carer, a companion, or one who brings the patient).
  return toWords(value.slice(end, sentenceEnd(value, end))).some(
    (x) => v.relatives.has(x.text) || v.carers.has(x.text) || v.companions.has(x.text) || v.personOpeningOnlyBrings.has(x.text),
  );
}

/** "3 anos de evolução", "de dolor": a "de" after the age not followed by a word of ofAge, "edad", "vida". */
function romanceDuration(ar: Around, v: AgeWords): boolean {
  const { after, next } = ar;
  return next !== undefined && v.romance.links.has(next) && !(after[1] !== undefined && v.romance.ofAge.has(after[1].text));
}

/**
 * Whether the number before the dash ("ESI 3 - 4 yr F") is a triage acuity level (round 55, fix55c): a scale of
 * age-vocabulary.json triageLevels right before it, or a scale and one of its level words ("ESI level 3", "triage cat 2"),
 * nothing but spaces between, the scale opening its line or standing after a heading's mark ("Triage: CTAS 2 - 9 yo M"),
 * so a scale inside a sentence ("not CTAS 3 - 4 yo M") starts a range as before.
 */
function triageLevelBefore(value: string, before: readonly Word[], v: AgeWords): boolean {
  if (!before[0] || !before[1]) return false;
  const spaced = (x: Word, y: Word) => /^[ \t]*$/.test(value.slice(x.end, y.start));
  let scale = before[1];
  if (v.triageLevelWords.has(scale.text) && before[2] && spaced(before[2], scale)) scale = before[2];
  if (!v.triageScales.has(scale.text) || !spaced(before[1], before[0])) return false;
  return /(?:^|\n|[:|]|\s[-\u2013\u2014]|\s\s)[ \t]*$/.test(value.slice(Math.max(0, scale.start - 40), scale.start));
}

/**
 * What the words around one candidate make of it: a told age and how plainly ('strong', 'weak',
 * 'alone'), 'unclear' (an age and sex in one whose unit is unclear) or undefined (no age). `w` is the
 * index of the first word at or after the candidate's start.
 */
function judge(
  value: string,
  original: string,
  words: readonly Word[],
  w: number,
  c: AgeValue,
  v: AgeWords,
  noteText: string,
  base: number,
): { tier: Tier; months: number } | 'unclear' | undefined {
  const { start, end } = c.span;
  const told = value.slice(start, end);
  const ar = around(value, words, w, c);
  const { before, after, a, next, prev } = ar;
  const age = (tier: Tier) => ({ tier, months: c.months });
  if (romanceAgeRefused(told, ar, v, romanceOpensNote(value, noteText, base, c.span, v))) return undefined;
  if (youngPersonInApposition(ar, v, value, end)) return undefined;
  if (/^new-?born$|^neonat/i.test(told)) {
    // "newborn girl" is an age; "newborn exam", "on newborn screen", "noted as a newborn" are a visit or a past time.
    const lead = prev && A_THE.has(prev) ? before[1]?.text : prev;
    if ((next && NEWBORN_NOT_AGE.has(next)) || (lead && v.durationBefore.has(lead))) return undefined;
    // "neonatal" is an adjective: it names a team, a unit, a transport, an exam or an illness ("NEONATAL/INFANT
    // TRANSPORT", "the neonatal team will arrange", "neonatal jaundice"), never the child's age, unless a word for
    // the child follows it ("neonatal girl").
    if (/^neonatal$/i.test(told) && !neonatalChild(value, end, after, v)) return undefined;
    return age('alone');
  }
  // Not the chronological age: "corrected 3 mo", "CGA 38 wk", "3 mo corrected", "34 wk GA".
  // Two words before, past a closing bracket or "for", the word qualifies something else: "MRI L-spine (GA) for 2 y M",
  // "MRI under GA for 3 y F" are under general anaesthesia, for the child of that age.
  const qualifiesOther = (i: number) => i === 1 && (prev === 'for' || /[)\]]/.test(value.slice(before[1].end, start)));
  // "16/52 corrected (27/52 chronological)", "30 mo chrono": named the chronological age by the word after it, which the
  // corrected age before it does not qualify; only beside a corrected age or after the patient's own words in its clause,
  // never in a clause a past time leads ("US at 3 mo corrected (5 mo chrono) was normal") or an event does ("NICU stay 10 wk
  // chrono"; age-vocabulary.json chronologicalAge, r52 narrowed after review).
  const chronoKind = chronologicalAt(value, start, end, v.chronological, v.durationBefore);
  const chronological = chronoKind !== undefined;
  if (!chronological && before.slice(0, 2).some((x, i) => v.notChronologicalBefore.has(x.text) && !qualifiesOther(i))) return undefined;
  // "3 mo (corrected)" qualifies the age; "8 wk (CGA 38+0)" gives a second one beside it.
  const gap = next ? value.slice(end, after[0].start) : '';
  if (next && v.notChronologicalAfter.has(next) && (/^\s*$/.test(gap) || (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(value.slice(after[0].end))))) return undefined;
  // Someone else's age, and no age at all ("5F NG tube", "T 39 F").
  if (someoneElse(value, c, ar, v, () => relationIsThePatient(noteText), original, noteText) || device(value, c, ar, v, noteText)) return undefined;
  // A duration or a past time: "6 mo ago", "3 months of back pain" (but "3 years of age"), "x 3 mo",
  // "US at 2 mo", "since 2 months" (but "boy of 13 year", "of 5 mo twins"), "LBP 3 wks", "2-3 wks",
  // "at age 4".
  const ofAge = next === 'of' && after[1] !== undefined && v.ofAge.has(after[1].text);
  // "infant 8 wks - follow-up of spine scan": past a dash or a comma the word starts another clause, and a word
  // for the patient before the age tells it ("6 wk follow-up", "Baby seen 6 wk ago" stay times).
  // Only a mark between them parts the clauses: "Girl ~2 wks of back pain" is a duration ("\s*$" alone matches any gap).
  const durGap = next ? value.slice(end, after[0].start) : '';
  // So does an age and sex in one opening its value ("10 F, hx ALL diagnosed age 4"): the letter is the sex, no unit of a time.
  const opensWithSex = c.sex !== undefined && before.length === 0;
  // An age told by its own notation, "yo" or "y/o" (never a unit of a time: "15 yrs, follow up" may be how long), ends its
  // clause at a comma, a semicolon or a spaced dash: the word after it opens the next one ("15 yo, follow up of known
  // scoliosis", "15 y/o - history of ALL"; round 54, fix54c). Without the mark the word still tells a time.
  // "15 y/o, …": the notation's "/o" stands between the unit and the mark.
  // Narrowed after review r54: only an age opening its line or the note, at most a bullet before it ("15 yo, follow up of
  // …"), or right after a word for the patient (personBefore: "Boy, 15 yo, follow up"); never after an event or any other
  // word in its sentence ("Surgery 4 yo, post-op MRI normal", "Tuft noted 3 yo, history of UTIs", "released 3 yo, …").
  const ownNotation = /(?:^|[\d \t])yo$/i.test(told) || (/(?:^|[\d \t])y$/i.test(told) && /^\/o\b/i.test(durGap));
  const ownOpensLine = ownNotation && /(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$/.test(value.slice(0, start));
  const clauseGap = ownNotation ? durGap.replace(/^\/o/i, '') : durGap;
  if (
    next &&
    v.durationAfter.has(next) &&
    !ofAge &&
    !(/\S/.test(clauseGap) && CLAUSE_AFTER.test(clauseGap) && (opensWithSex || ownOpensLine || personBefore(value, before, start, v)))
  )
    return undefined;
  // "son of 16-yr-old mother, 6 wks (old)": the child's age, told after the mother who describes the child.
  if (!c.sex && (next === undefined || next === 'old' || /^[ \t]*[,;]/.test(value.slice(end))) && childOfRelativeBefore(value, before, start, v))
    return age(next === 'old' ? 'strong' : 'weak');
  // "Mum of 3 month old (Oliver) rang": a carer's child, its age told by "old" (someoneElse lets it pass too).
  const personOf = prev === 'of' && before[1] !== undefined && (v.person.has(before[1].text) || carersChild(value, c, ar, v));
  const letterOk = (x: string, slashAfter: boolean) => x.length > 1 || (value[after[0].end] === '/') === slashAfter;
  // A word for the child after the age, or its sex written as in a one-liner that goes on ("consult for 3 mo
  // infant", "MRI requested for 17 y 11 m M with 3 weeks of LBP"; not "x 3 wk f/u").
  const sexLetter = (next === 'm' || next === 'f') && letterOk(next, false) && /^[MF]$/.test(value.slice(after[0].start, after[0].end)) && after.length > 1;
  // "Mom of 10-month-old boy": the word for the child after "old".
  const childWord = next === 'old' ? after[1]?.text : next;
  // "18 y soldier", "16 y ballet dancer": what the young person does, after an age in years (afterAge.roles).
  const role = roleAfter(value, told, end, after, v, { noteText, base, start });
  // "for sacral dimple in 10 wk old F": the sex letter after "old" names the child as "old girl" does ("old F/u" is no sex).
  const sexAfterOld = next === 'old' && after[1] !== undefined && /^[MF]$/.test(value.slice(after[1].start, after[1].end)) && value[after[1].end] !== '/';
  const child = role || (childWord !== undefined && (v.person.has(childWord) || v.relationChild.has(childWord) || sexLetter || sexAfterOld));
  const visit = next !== undefined && v.visit.has(next);
  // A visit named by the age: "for her 2 wk check" is today's, "at the 2 mo visit" a past one.
  // "repair at around 12 months of age": a hedge after a word of time is read past (durationBefore.hedges), never after "of".
  const hedged = prev !== undefined && v.durationHedges.has(prev) && before[1] !== undefined && before[1].text !== 'of' && v.durationBefore.has(before[1].text);
  const lead = visit && prev && ARTICLES.has(prev) ? before[1]?.text : hedged ? before[1].text : prev;
  // "Q: 12 yo F with back pain" (an e-consult's question, read as the history): a letter keying the line is no "q"
  // of a dose's interval ("q 6 h").
  // "Patient was 7 month old boy, from Da Nang.": the patient described, as a writer whose language has no tense writes.
  if (child && prev && describedWas(value, words, before, a, end, v)) return age('weak');
  // Otherwise "was a 2 mo old boy at the time of the US" is a past age, as "was 2 wk old" is (durationBefore).
  if (prev && A_AN.has(prev) && before[1] && v.wasLink.has(before[1].text)) return undefined;
  const keyLetter = lead === prev && prev !== undefined && v.unknownKeyLetters.has(prev) && /^[ \t]*:/.test(value.slice(before[0].end, start));
  // "Spine US for 5 wk old w/ 2 sacral dimples": "old" and then "with" or a relative pronoun tells an age, never how long
  // ("when 2 wk old.", "in 10 wk old." stay past times).
  const oldThen = next === 'old' && after[1] !== undefined && OLD_THEN.has(after[1].text);
  const unit = /[a-z]+$/i.exec(told)?.[0].toLowerCase() ?? '';
  const rest = value.slice(end, end + 12);
  // "MRI requested for 15 yo swimmer", "US for 11 mo old w/ dimple" (round 53, fix53e): after "for" an age marked old by its
  // own notation ("yo", "y/o", "y.o.", "mo old") is whom the study is for; a time has no "old" ("for 15 yrs", "for 11 mo",
  // "for 3 w/o contrast" stay times). Only "for": "when 2 wk old", "at 3 yo", "since 2 yo" stay past times.
  // A possessive after it names another ("for 2 yo's sister", "for 3 yr old's brother"). Narrowed after review r53: never with
  // a cut-off or a range after it ("standard for 4 yo and under", "for 1 yo or older", "for 5 yo+"), nor after a "for" that
  // follows a class of patients, a service or a rule ("slot for", "GA list is for", "suitable for", "sedation for").
  const forClass = (x: Word | undefined, y: Word | undefined) =>
    x !== undefined && (v.forOldClassBefore.has(x.text) || (v.forOldLinks.has(x.text) && y !== undefined && v.forOldClassBefore.has(y.text)));
  const forOld =
    lead === 'for' &&
    prev === 'for' &&
    (unit === 'yo' || (MARKED_AFTER.test(rest) && !(unit.startsWith('w') && /^\/o[ \t]*[a-z]/i.test(rest)))) &&
    !/^(?:[ \t]?-?[ \t]?old|\/o|\.o\.?)?['\u2019]s\b/i.test(rest) &&
    !v.forOldCutOff.test(value.slice(end, end + 40)) &&
    !forClass(before[1], before[2]) &&
    !oldOfAThing(value, end, child || oldThen || sexAfterOld);
  if (lead && v.durationBefore.has(lead) && !personOf && !(lead === 'for' && visit) && !(child && v.personAfter.has(lead)) && !keyLetter && !oldThen && !forOld) return undefined;
  // "Baby boy, 2 do, born 39+1 wk", "3 wo M": days or weeks old, told so only where the clause ends or the child follows;
  // "2 do not", "2 wo contrast" are a verb and "without".
  const daysOrWeeksOld = unit === 'do' || unit === 'wo';
  if (daysOrWeeksOld && !daysOrWeeksOldAge(value, ar, c, v, noteText, letterOk)) return undefined;
  // Told as an age by its own notation: "15M", "5 y.o.", "7 y/o", "11-year-old", "3 years of age".
  const marked = c.withSex || ofAge || unit === 'yo' || daysOrWeeksOld || (MARKED_AFTER.test(rest) && !(unit.startsWith('w') && /^\/o[ \t]*[a-z]/i.test(rest)));
  // "Staff injury, 19 y M court monitor": the patient's sex right after it, opening its clause, makes it the age of the
  // one the note is about, whatever complaint comes before ("LBP 3 wks" is how long; no duration is told with a sex).
  const sexOpensClause = sexLetter && CLAUSE_BEFORE.test(value.slice(0, start));
  if (prev && v.durationNouns.has(prev) && !marked && !sexOpensClause) return undefined;
  // A range ("2-3 wks", "10 - 14 yo") starts with a number of one or two digits: "0315 - 5yo M" is a clock time before the age.
  // "20:40 - 5 y M": the minutes of a clock time are no range's first number either.
  const clock = before[0] && /\d:$/.test(value.slice(Math.max(0, before[0].start - 3), before[0].start));
  // "SMA type 2 - 6 y 2 m girl": an age in two units ("6 y 2 m") ends no range.
  const compound = /[a-z][\s,]*(?:and\s*)?\d/i.test(told);
  // "Case 6 - 13 y F", "Patient 4 - 8 mo M": the number of an item of a list of patients (itemLabels), before an age told
  // plainly by a sex or a word for the child after it, is the item's.
  const plainAfter = c.sex !== undefined || c.withSex === true || (next !== undefined && v.after.has(next) && next !== 'old' && letterOk(next, false));
  const item = before[1] !== undefined && v.itemLabels.has(before[1].text) && /^[ \t]*#?[ \t]*$/.test(value.slice(before[1].end, before[0].start)) && plainAfter;
  // "ESI 3 - 4 yr F", "CTAS level 2 - 9 yo M" (round 55, fix55c): a triage acuity level before the dash, its scale right before
  // it (a level word at most between), is the level, not a range's first number, where the age is told plainly as an item's is.
  const triage = plainAfter && triageLevelBefore(value, before, v);
  if (before[0] && !clock && !compound && !item && !triage && /^\d{1,2}(?!\d)/.test(before[0].text) && /^\s*[-\u2013]\s*$/.test(value.slice(before[0].end, start)))
    return undefined;
  if (prev && v.age.has(prev) && before[1] && v.pastAge.has(before[1].text)) return undefined;
  // "3 1/2 years" holds a half, no British notation.
  const slash = /\//.test(told) && !HALF_IN_AGE.test(told);
  // "Seen 3/12 with …", "On 2/7 seen by ortho", "ED visit 1/12": a date. Not across a heading's mark when an age's word
  // follows: "Paediatric clinic - 5/12 old boy", "Clinic: 18/12 girl" tell the child's age.
  // "Fracture clinic - 3/12 old injury": 'old' tells the child's age only when the child follows it ("5/12 old boy").
  const childAfterOld =
    next !== 'old' || (after[1] !== undefined && after[1].text !== 'old' && v.after.has(after[1].text) && /^[\s-]*$/.test(value.slice(after[0].end, after[1].start)));
  const headed = /[-\u2013\u2014:,(]/.test(value.slice(before[0]?.end ?? start, start)) && next !== undefined && v.after.has(next) && letterOk(next, false) && childAfterOld;
  if (slash && prev && v.slashDate.has(prev) && !headed) return undefined;
  if (c.sex && !slash) {
    // "day 6 M", "DOL 3 F": the day of life's number, read as such (dayOfLife).
    if (prev && v.dolDayWords.has(prev)) return undefined;
    const months = sexShorthand(original, c, v, noteText);
    if (months === 'unclear') return 'unclear';
    if (months === 'skip') return undefined;
    return { tier: 'strong', months };
  }
  // "AGE 30M  SEX F": read as months by notes/age.ts (an M from 18 to 35 is no sure sex), but a billing system shows
  // months for the under-twos only, so from 24 it is none of its forms: no age, and the reader asks for it.
  if (billingMonthsPastTwo(told, c, original, v)) return 'unclear';
  // "34M driver", "22M restrained driver" (round 53, fix53e): an M from 18 to 35, read as months by notes/age.ts, is the sex
  // before a role no toddler has, and the number years.
  if (adultRoleAfterM(value, told, c, after, v, noteText)) return { tier: 'strong', months: c.months * 12 };

  // Told of the sentence's subject: "He is 5 months now", "Mateo is 5 months", "She's 14 years".
  // Only "now", "today", "old" or a word for the child may follow: "She is 6 weeks out from surgery",
  // "He is 10 days from his fall", "She is 3 months pregnant" tell no age.
  const nothingElse =
    next === undefined ||
    /[,;:(]/.test(value.slice(end, after[0].start)) ||
    next === 'now' ||
    next === 'today' ||
    next === 'old' ||
    v.person.has(next) ||
    ((next === 'm' || next === 'f') && letterOk(next, false));
  if (!slash && nothingElse && subjectOpens(value, before, v, end)) return age(next === 'now' || next === 'today' ? 'now' : 'strong');
  // "Unaccompanied minor, states he is 15 y.", "Pt says she is 16 years": the patient's own word for the age, weak (any age
  // told plainly wins over it).
  if (!slash && nothingElse && toldBySubject(value, before, v, noteText) && toldInYears(told, c.months) && !otherNamedBefore(value, before[2].start, v)) return age('weak');
  // Told plainly by the words next to it: "3 mo M", "10 mo old boy", "5 mo twins", "aged 3 mo", "Girl
  // 10 years", "now 7 mo" (but "2 wk f/u" is no "2 wk F").
  const plainOther =
    marked ||
    (next !== undefined && (v.after.has(next) || v.relationChild.has(next)) && letterOk(next, false)) ||
    // "14 J., w - back pain", "10 J., Junge", "Mädchen, 7 Jahre": German sex letter or word for the child (afterAge.sexAfterYears).
    germanAgeTold(value, told, start, end, before, after, v, noteText, base) ||
    // "30 y G2P1", "22 y primip": years right before obstetric shorthand are a woman's age, plainly; whose (the patient
    // pregnant now, or the mother of the child seen) is for the relatives' check (pregnantPatient) to say. The gravidity
    // alone ("24 y G1, 30/40") only when she is pregnant now, which makes it hers: the relatives' check does not know it.
    (c.unit === 'y' && next !== undefined && (OBSTETRIC.test(next) || v.obstetric.has(next) || (GRAVIDITY.test(next) && pregnantNow(original, c, after[0], v, noteText, false)))) ||
    role ||
    (prev !== undefined && v.age.has(prev)) ||
    // "DOB 14/01/2021 (age today 3 y 2 m)", "age now 7 mo": the age, said to be today's.
    (prev !== undefined && v.dolNow.has(prev) && before[1] !== undefined && v.age.has(before[1].text) && !(before[2] && v.pastAge.has(before[2].text))) ||
    // "Chronological age at discharge 7 weeks": a discharge summary's age when the child leaves, the age it is written at.
    (prev !== undefined &&
      v.discharge.has(prev) &&
      !!before[1] &&
      v.dischargeLinks.has(before[1].text) &&
      !!before[2] &&
      v.age.has(before[2].text) &&
      // "Gestational age at discharge 37 weeks", "Corrected age at discharge 7 weeks": no chronological age.
      !(before[3] && (v.pastAge.has(before[3].text) || v.notChronologicalBefore.has(before[3].text)))) ||
    personBefore(value, before, start, v) ||
    besideGestation(value, original, before, c, v, noteText, base);
  // "ex-26/40, 30 mo chrono": a chronological age with no corrected one beside it never outranks an age told plainly
  // elsewhere in the note ("… 6 wk chrono. 7 month old boy"; r52 review).
  if (chronoKind === 'alone' && !plainOther) return age('weak');
  const plain = plainOther || chronological;
  // "now 7 mo", "now a 9 mo M": today's age, which wins over any other told.
  const now = prev === 'now' ? 1 : prev && A_AN.has(prev) && before[1]?.text === 'now' ? 2 : 0;
  // "Now 3 months she walk on toes" ("for 3 months now, she …"): a new clause's subject right after it tells how long.
  if (now && !plain && next !== undefined && v.nowThenClause.has(next) && !/[,;:(]/.test(value.slice(end, after[0].start))) return undefined;
  if (now && (plain || nowTellsAge(value, original, words, w, a, before.slice(now - 1), unit, start, end, v))) return age('now');
  if (plain) return age('strong');
  // "presents for 6/52 check": the visit named by the age.
  // After the patient's name in a letter's heading, in any unit and whatever its clause is followed by: "Re: Ruby,
  // 10/12", "Re: baby Gwen, 7 weeks", "Re: Ffion, 11 years - low back ache"; never with a complaint in its own
  // clause ("Re: Ruby, 3 weeks back pain" tells how long).
  const afterName = slashAfterName(value, before, start, end, v, noteText) && !complaintInClause(value, words, a, end, v);
  if (slash) return visit || afterName ? age('weak') : undefined;
  if (afterName) return age('weak');
  // Only suggested: "3 mo w/ dimple", "2 mo here for WCC", "presents for 2 wk check". Never an age in
  // hours ("NPO 6 hrs w/ IVF"); "with" before a complaint tells how long it has lasted in days or weeks
  // or with the number spelled out ("10 days w/ back pain", "Two months with intermittent back pain"),
  // not in "3 mo with fever".
  if (visit || (next && v.weak.has(next) && letterOk(next, next === 'w'))) {
    if (unit.startsWith('h')) return undefined;
    if ((next === 'with' || next === 'w') && (!/^[my]/.test(unit) || /^[a-z]/i.test(told)) && complaintAhead(value, words, a + 1, end, v)) return undefined;
    return age('weak');
  }

  // In brackets after a name: "I am seeing Ella (14 years) for low back pain"; in weeks or days only after a word for the
  // child before the name ("I reviewed baby Freya (21 weeks)"), as "tried Naproxen (2 weeks)" tells how long.
  if ((MONTHS_OR_YEARS.test(unit) || WEEKS_OR_DAYS.test(unit)) && namedInBrackets(value, before, start, end, v, noteText, !MONTHS_OR_YEARS.test(unit))) return age('weak');
  // "Isabella 3y. Rolled off the couch", "Lily 2y 6m", "Baby Rory, 7 weeks.": the child's name opening its line, the age
  // right after it closing its clause.
  if (nameOpensLine(value, before, start, end, unit, v, noteText) && !complaintInClause(value, words, a, end, v)) return age('weak');
  // Opening the note, where a terse note starts with the age ("1y3m hemangioma over sacrum", "4 y
  // restrained in car seat …", "3 wk, sacral dimple"), unless a complaint follows: "3 wks LBP", "2 wk
  // worsening back pain" tell how long it has lasted, and "6 wk f/u", "3 wk s/p fall" a time since.
  const at = base + start;
  if (at === noteText.length - noteText.trimStart().length || opensFirstMessage(noteText, at)) {
    // "12y HbSS, back pain 4 days", "10 y fever 2 wks": the complaint tells its own duration, so the years are the age
    // (opening-age-terse.ts).
    const ownDuration = complaintTellsOwnDuration(
      value,
      told,
      after,
      (x) => v.durationNouns.has(x),
      (x) => v.durationTreatments.has(x),
      (x) => v.roles.has(x),
    );
    if ((after.some((x) => v.durationNouns.has(x.text)) && !ownDuration) || /^\s*[a-z]\/[a-z]\b/i.test(rest)) return undefined;
    return age('alone');
  }
  // An age standing alone as a clause: "12 mo, deep dimple", "hair tuft L5, 11mo. MRI". Only in months
  // or years (a bare "3 wks," is as often how long something lasted) and never in a sentence about a
  // complaint ("back pain, 3 mo.").
  // "…, now 9 mo.": "now" may stand between the boundary and the age.
  const clauseStart = prev === 'now' ? base + before[0].start : at;
  // "Grace, 4 years (ex-30 weeks)", "17 yrs (born 23+6 wks)": a bracket holding only the gestation at birth (blanked out
  // of `value`, still written in `original`) is an aside of the age, and the clause ends after it (r46).
  const aside = GESTATION_ASIDE.exec(value.slice(end, end + 40));
  // "7 mo (term).": so is a bracket saying only that the child was born at term (chronologicalAge.termAside, r52).
  const clauseEnd =
    aside && value.slice(end, end + aside[0].length) !== original.slice(end, end + aside[0].length)
      ? end + aside[0].length
      : end + termAsideAt(value, start, end, c.months, noteText.slice(noteText.lastIndexOf('\n', base + start - 1) + 1, base + start), v.chronological);
  if (!CLAUSE_BEFORE.test(noteText.slice(Math.max(0, clauseStart - 40), clauseStart)) || !CLAUSE_AFTER.test(value.slice(clauseEnd, clauseEnd + 4))) return undefined;
  if (!MONTHS_OR_YEARS.test(unit)) return undefined;
  // "Jonas, 8 Jahre, Rückenschmerzen", "Lucía, 9 años, dolor lumbar": the age between commas after the child's name
  // opening its sentence is the child's, a complaint after it in a clause of its own.
  if (nameApposition(value, before, start, end, v, noteText)) return age('weak');
  const from = sentenceStart(value, start);
  const to = sentenceEnd(value, end);
  for (let i = w - 1; i >= 0 && words[i].end > from; i--) if (v.durationNouns.has(words[i].text)) return undefined;
  for (let i = a; i < words.length && words[i].start < to; i++) if (v.durationNouns.has(words[i].text)) return undefined;
  return age('alone');
}

/**
 * An infant's age told beside its gestation at birth or its corrected age, with no other word for it: "3 mo ex-30 wk
 * GA", "3 mo, born at 30 wks", "3 mo (born 30+2/40)", "ex-prem 32/40, 10 wk", "3 mo, corrected 1 mo", "3 mo (CGA 2 wk)"
 * (age-vocabulary.json besideGestation). The gestation is blanked out of `value` (withoutGestation) and still written in
 * `original`, so it is found where the two differ, past a comma, a bracket or a dash at most. An age after its
 * gestation is the infant's wherever it stands; one before it only where it opens its clause (after link words at
 * most: "Pt is 3 mo ex-30 wk"), never in the sentence of a pregnancy, and never a year count past maxMonths.
 */
function besideGestation(value: string, original: string, before: readonly Word[], c: AgeValue, v: AgeWords, noteText: string, base: number): boolean {
  const { start, end } = c.span;
  if (c.months >= v.besideGestationMaxMonths) return false;
  const blanked = (i: number) => i >= 0 && i < value.length && value[i] === ' ' && /\S/.test(original[i]);
  const lead = /[ \t]*(?:[,;)\-\u2013\u2014][ \t]*)?$/.exec(original.slice(Math.max(0, start - 8), start));
  const gestationBefore = blanked(start - (lead?.[0].length ?? 0) - 1);
  const gap = /^[ \t]*(?:[,;(\-\u2013\u2014][ \t]*)?/.exec(original.slice(end, end + 8))?.[0] ?? '';
  const at = end + gap.length;
  const gestationAfter = blanked(at);
  const correctedAfter = !gestationAfter && correctedAgeAt(original.slice(at, at + 40), v);
  if (!gestationBefore && !gestationAfter && !correctedAfter) return false;
  const from = sentenceStart(original, start);
  const sentence = toWords(original.slice(from, sentenceEnd(original, end)));
  if (sentence.some((x) => v.pregnancyWords.has(x.text)) || /\bG\d{1,2}[ \t]?P\d/i.test(original.slice(from, sentenceEnd(original, end)))) return false;
  // "40 wk ex-30 wk": weeks past term beside a gestation are a postmenstrual age, no chronological one.
  if (/w(?:ee)?ks?\b|\bw\b/i.test(original.slice(start, end)) && c.months * 30.4375 >= 37 * 7) return false;
  // "ex-prem 32/40, 10 wk" ends its clause; "Born at 30 wk, 8 wk in NICU", "28-weeker, 12 wk NICU stay" tell a stay.
  // "ex-31/40, 5 mo (3 mo corr)": a corrected age right after it (correctedAfter) is read as after no gestation, opening its
  // clause (r52).
  if (gestationBefore) {
    const ends = /^[ \t]*(?:old\b|$|[,;.)\n\r]|[-\u2013\u2014]\s)/i.test(original.slice(end, end + 12));
    if (ends || !correctedAgeAt(original.slice(at, at + 40), v)) return ends;
    // The bracket of the corrected age closes the clause ("5 mo (3 mo corr) at the time of the US" dates a study).
    const close = gap.includes('(') ? original.indexOf(')', at) : -1;
    if (gap.includes('(') && (close < 0 || close > at + 40 || !/^[ \t]*(?:$|[,;.\n\r]|[-\u2013\u2014]\s)/.test(original.slice(close + 1, close + 8)))) return false;
  }
  // Opening its clause: the value's start (right after its key), a clause mark, or link words only ("Pt is 3 mo …").
  const opening = before.filter((x) => x.start >= from && !/[,;:(|\n\r]|\s[-\u2013\u2014]/.test(value.slice(x.end, start)));
  const clauseStart = opening.length && opening.every((x) => v.link.has(x.text) || v.person.has(x.text)) ? opening[opening.length - 1].start : start;
  return !value.slice(0, clauseStart).trim() || CLAUSE_BEFORE.test(noteText.slice(Math.max(0, base + clauseStart - 40), base + clauseStart));
}

/** A corrected age opening `text`: "corrected 1 mo", "corrected age 6 wk", "CGA 2 wk", "1 mo corrected" (notChronological). */
function correctedAgeAt(text: string, v: AgeWords): boolean {
  const lead = /^([A-Za-z]+)\.?(?:[ \t]+age)?[ \t]*[:=]?[ \t]*\d/.exec(text);
  if (lead) return v.notChronologicalBefore.has(lead[1].toLowerCase());
  const trail = /^\d{1,2}(?:[.+]\d)?[ \t]?-?[ \t]?[A-Za-z]{1,6}\.?[ \t]*\(?([A-Za-z]+)/.exec(text);
  return trail !== null && v.notChronologicalAfter.has(trail[1].toLowerCase());
}

/**
 * "now 7 mo", "now 2 days old": "now" before an age tells today's age, unless a complaint stands just
 * before it ("Back pain, now 3 wks"); in weeks or days, only where its sentence tells no complaint
 * ("ex-30 weeker now 8 wk": after a gestation, always).
 */
function nowTellsAge(
  value: string,
  original: string,
  words: readonly Word[],
  w: number,
  a: number,
  before: readonly Word[],
  unit: string,
  start: number,
  end: number,
  v: AgeWords,
): boolean {
  if (before.slice(1, 3).some((x) => v.durationNouns.has(x.text))) return false;
  if (MONTHS_OR_YEARS.test(unit) || ageWords().mayGiveGestation.test(original.slice(sentenceStart(original, start), start))) return true;
  const from = sentenceStart(value, start);
  const to = sentenceEnd(value, end);
  for (let i = w - 1; i >= 0 && i >= w - 12 && words[i].end > from; i--) if (v.durationNouns.has(words[i].text)) return false;
  for (let i = a; i < words.length && i < a + 12 && words[i].start < to; i++) if (v.durationNouns.has(words[i].text)) return false;
  return true;
}

/** Where the clause after an age ends: a comma, a semicolon, a colon, a bracket, a dash, a sentence end. */
const CLAUSE_AFTER_END = /[,;:()\u2013\u2014]|\s-\s|[.!?](?:\s|$)|[\n\r]/;

/**
 * An age in months or years between commas right after a name (one or two words, a surname's initial too) that opens
 * its sentence: "Jonas, 8 years, back pain". Never a relative's or a companion's name, nor in a sentence naming one
 * ("Mia, 19 years, is her sister"); a weekday, a department or a complaint opening it is no name ("Monday, 3 months",
 * "Back, 3 months, pain").
 */
function nameApposition(value: string, before: readonly Word[], start: number, end: number, v: AgeWords, noteText: string): boolean {
  if (!before.length || before.length > 2 || !/^[ \t]*,[ \t]*$/.test(value.slice(before[0].end, start)) || !/^[ \t]*,/.test(value.slice(end))) return false;
  const open = before[before.length - 1];
  if (value.slice(sentenceStart(value, start), open.start).trim()) return false;
  const names = before.map((x) => value.slice(x.start, x.end)).reverse();
  if (before.length === 2 && !/^[ \t]+$/.test(value.slice(before[1].end, before[0].start))) return false;
  if (!nameWord(unaccented(names[0]), v) || !names.slice(1).every((x) => INITIAL.test(x) || nameWord(unaccented(x), v)) || relativeNamed(noteText, names[0], v)) return false;
  const rest = toWords(value.slice(end, sentenceEnd(value, end)));
  return !rest.some((x) => v.relatives.has(x.text) || v.companions.has(x.text) || v.otherTellers.has(x.text)) && !namedOtherAdult(value, end, v);
}

/**
 * The child's name opening its line (one or two names, a surname's initial, a word for a baby before them: "Isabella 3y.",
 * "Lily 2y 6m", "Baby Rory, 7 weeks.", "Oisin B, 4 yrs -"), a comma at most before the age, and the age closing its clause
 * (a comma, a full stop, a dash, the line's end), as Australian, Irish and UK GP notes head the visit. Weeks and days only
 * after a word for a baby ("Jack 3 days." may be how long anything lasted). Never a relative's or a companion's name, nor a
 * sentence naming one ("Mia 19, her sister"), nor a weekday, a drug or a complaint (nameWord: "Monday 3 wks.").
 */
function nameOpensLine(value: string, before: readonly Word[], start: number, end: number, unit: string, v: AgeWords, noteText: string): boolean {
  if (!before.length || before.length > 3) return false;
  const first = before[before.length - 1];
  const line = value.lastIndexOf('\n', first.start - 1) + 1;
  if (value.slice(line, first.start).trim() || !/^[ \t]*,?[ \t]*$/.test(value.slice(before[0].end, start))) return false;
  if (!/^[ \t]*(?:[,;.!?|]|[ \t][-\u2013\u2014][ \t]|[\n\r]|$)/.test(value.slice(end))) return false;
  const written = before.map((x) => value.slice(x.start, x.end)).reverse();
  const baby = v.dolBabyWords.has(written[0].toLowerCase());
  const names = baby ? written.slice(1) : written;
  if (!names.length || !nameWord(unaccented(names[0]), v) || !names.slice(1).every((x) => INITIAL.test(x) || nameWord(unaccented(x), v))) return false;
  for (let i = before.length - 1; i > 0; i--) if (!/^[ \t]+$/.test(value.slice(before[i].end, before[i - 1].start).replace(/^\./, ''))) return false;
  if (!baby && !MONTHS_OR_YEARS.test(unit)) return false;
  if (relativeNamed(noteText, names[0], v)) return false;
  const rest = toWords(value.slice(end, sentenceEnd(value, end)));
  return !rest.some((x) => v.relatives.has(x.text) || v.companions.has(x.text) || v.otherTellers.has(x.text)) && !namedOtherAdult(value, end, v);
}

/** A complaint among the words of the age's own clause ("Re: Ruby, 3 weeks back pain"), from word index `i` (a few words at most). */
function complaintInClause(value: string, words: readonly Word[], i: number, end: number, v: AgeWords): boolean {
  const stop = CLAUSE_AFTER_END.exec(value.slice(end, end + 80));
  const to = stop ? end + stop.index : end + 80;
  for (let k = i; k < words.length && k < i + 6 && words[k].start < to; k++) if (v.durationNouns.has(words[k].text)) return true;
  return false;
}

/** A complaint within the next five words of the sentence, from word index `i`. */
function complaintAhead(value: string, words: readonly Word[], i: number, end: number, v: AgeWords): boolean {
  const to = sentenceEnd(value, end);
  for (let k = i; k < words.length && k < i + 5 && words[k].start < to; k++) if (v.durationNouns.has(words[k].text)) return true;
  return false;
}

const ARTICLES = new Set(['the', 'his', 'her', 'their', 'a', 'an']);
const NEWBORN_NOT_AGE = new Set(['exam', 'examination', 'screen', 'screening', 'nursery', 'period', 'hearing', 'check', 'visit', 'unit', 'photo', 'photos', 'care']);
/**
 * "14 J., w - back pain", "Patient 11 J. W", "16 Jahre, m.": the sex letter a writer trained in a German-speaking country
 * puts right after the age in years ("w" weiblich, "m" männlich; afterAge.sexAfterYears), past the unit's full stop and a
 * comma at most, standing alone in its clause (a comma, a full stop, a semicolon, a bracket, a dash or the line's end after
 * it). Only after the German unit: "3 mo w/ dimple", "2 wk w dimple", "14 y w back pain" keep "w" as "with", and "14 J. w
 * dimple" (the letter followed by more words in its clause) is no sex. A German word for the child ("Knabe", "Junge",
 * "Mädchen": sexAfterYears.childWords) right before the age or past a comma after it tells it too. Both only where
 * germanAgePlaced allows: after another word or key they were a relative's ("Schwester 9 J., w", "Geschwister: Junge 8 J.").
 */
function germanAgeTold(
  value: string,
  told: string,
  start: number,
  end: number,
  before: readonly Word[],
  after: readonly Word[],
  v: AgeWords,
  noteText: string,
  base: number,
): boolean {
  const next = after[0];
  const prev = before[0];
  const child = v.sexAfterYears.childWords;
  let opens = start;
  if (prev && child.has(prev.text) && /^[ \t]*,?[ \t]*$/.test(value.slice(prev.end, start))) opens = prev.start;
  else if (next && child.has(next.text) && CHILD_GAP.test(value.slice(end, next.start))) opens = start;
  else if (!sexLetterAfterYears(value, told, end, after, v)) return false;
  return germanAgePlaced(noteText, base + opens, v);
}

function sexLetterAfterYears(value: string, told: string, end: number, after: readonly Word[], v: AgeWords): boolean {
  const letter = after[0];
  if (!letter || letter.end - letter.start !== 1 || !v.sexAfterYears.letters.has(letter.text)) return false;
  const unit = /\p{L}+$/u.exec(told)?.[0].toLowerCase();
  if (!unit || !v.sexAfterYears.units.has(unit)) return false;
  return SEX_GAP.test(value.slice(end, letter.start)) && SEX_ENDS.test(value.slice(letter.end, letter.end + 4));
}

/**
 * Where a German-told age (germanAgeTold) is the patient's: opening its line or the note, or after only a word or key for
 * the patient ("Patient 13 J. W", "Pt: 14 J., w", "Name: Lena K., 9 J., Mädchen", "Alter: 3 J., Knabe"), with no relative
 * on a Name line; never in a note whose Age or date-of-birth key gives the age (review r52: "Mutter 31 J., w." under
 * "Geb.-Dat.: 10.02.2026" read the mother's age over the child's).
 */
function germanAgePlaced(noteText: string, at: number, v: AgeWords): boolean {
  if (KEYED_AGE_OR_BIRTH.test(noteText)) return false;
  const lead = noteText.slice(noteText.lastIndexOf('\n', at - 1) + 1, at);
  if (/^[ \t]*$/.test(lead) || PATIENT_LEAD.test(lead)) return true;
  const name = NAME_LEAD.exec(lead);
  return name !== null && !toWords(name[1]).some((w) => v.relatives.has(w.text.toLowerCase()));
}
/** A word for the child past the unit's full stop only with a comma ("10 J., Junge"; "10 J. Junge." ends the sentence). */
const CHILD_GAP = /^(?:[ \t]*|\.?[ \t]*,[ \t]*)$/;
const PATIENT_LEAD = /^[ \t]*(?:patient|pt\.?|alter[ \t]*:)[ \t]*[:,]?[ \t]*$/i;
const NAME_LEAD = /^[ \t]*name[ \t]*:([^:\n]*)$/i;
/** An Age or date-of-birth key giving a number: that age is the patient's, told plainly. */
const KEYED_AGE_OR_BIRTH =
  /^[ \t]*(?:(?:patient|pt\.?)[ \t]+)?(?:age|alter|dob|d\.o\.b\.?|date of birth|geburtsdatum|geb\.?(?:[ \t]*-?[ \t]*dat(?:um|\.)?)?(?:[ \t]*\(dob\))?)[ \t]*:[ \t]*\d/im;
/** Between the unit and the sex letter: the unit's full stop, a comma, spaces. */
const SEX_GAP = /^\.?[ \t]*,?[ \t]*$/;
/** After the sex letter: its clause ends (a dash only spaced or after a space: "w - back pain", "w-" is no end). */
const SEX_ENDS = /^(?:\.?[ \t]*(?:[,;)\n\r]|$)|\.(?:[ \t]|$)|[ \t]+[-\u2013\u2014][ \t])/;

const MONTHS_OR_YEARS = /^(?:m|mo|mos|mon|month|months|mth|mths|y|yo|yr|yrs|year|years)$/;
const WEEKS_OR_DAYS = /^(?:w|wk|wks|week|weeks|d|day|days)$/;
/** A whole number and a half written with a slash ("3 1/2 years", "2-1/2 yo"), as notes/age.ts parseAge reads it. */
const HALF_IN_AGE = /\d[ \t-]+1\/2(?!\d)/;

/**
 * The age's sentence opens on its subject and a link word: "He is", "Mateo is", "She's", "Baby is"
 * (age-vocabulary.json subjectAge). A name is a capitalised word that names no thing or measure.
 * A bracket that closes on the age is a sentence of its own, as a portal reply tucks the age into another sentence:
 * "following up on Lucas's visit today (he's 4½ months).", "at her 15-month visit (she's 18 months now)"; never when
 * the sentence before the bracket names a relative ("my sister's son (he's 4 months) …" tells the cousin's age).
 */
function subjectOpens(value: string, before: readonly Word[], v: AgeWords, end: number): boolean {
  if (before.length > 2 && bracketAside(value, before, end)) {
    if (toWords(value.slice(sentenceStart(value, before[1].start), before[1].start)).some((x) => v.relatives.has(x.text))) return false;
    before = before.slice(0, 2);
  }
  if (before.length !== 2 || !v.subjectLink.has(before[0].text)) return false;
  if (before[0].text === 's' && !/^['\u2019]$/.test(value.slice(before[1].end, before[0].start))) return false;
  const subject = before[1].text;
  if (v.pronouns.has(subject)) return !relativeJustBefore(value, before[1].start, v);
  return v.person.has(subject) || isName(value.slice(before[1].start, before[1].end), v);
}

/**
 * "states he is 15 years", "Unaccompanied minor, says she is 16 yrs", "Pt states he is 15 y" (age-vocabulary.json
 * subjectAge.$commentToldByUnit): a word of telling (toldBy) right before "he is"/"she is", opening its clause or after
 * only one of toldByLead ("Pt", "patient"), told by the patient (patientTellsAge: no relative in the sentence, no other
 * teller, no infant in the note), in a note with no Age or DOB key. "Mom says she is 17 years", "Nurse states she is 18 y", "He states she is 16 years",
 * "Interpreter says he is 15 yrs" are not read.
 */
function toldBySubject(value: string, before: readonly Word[], v: AgeWords, noteText: string): boolean {
  if (before.length < 3 || !v.subjectLink.has(before[0].text) || !v.pronouns.has(before[1].text) || !v.toldBy.has(before[2].text)) return false;
  if (before[0].text === 's' ? !/^['\u2019]$/.test(value.slice(before[1].end, before[0].start)) : !/^[ \t]+$/.test(value.slice(before[1].end, before[0].start))) return false;
  if (!/^[ \t]+$/.test(value.slice(before[2].end, before[1].start))) return false;
  // Its clause opens on the word of telling, or on a word for the patient and then it.
  const clauseOpen = (w: Word | undefined, next: Word) => w === undefined || /[,;:(]/.test(value.slice(w.end, next.start));
  const lead = before[3];
  const opens =
    lead === undefined || clauseOpen(lead, before[2]) || (v.toldByLead.has(lead.text) && /^[ \t]+$/.test(value.slice(lead.end, before[2].start)) && clauseOpen(before[4], lead));
  if (!opens) return false;
  // An Age or DOB key giving a number tells the age plainly ("Age: 17" would lose to a unit told in the text, as a bare Age
  // key does to "10 mo boy"): the patient's own word is then not read.
  return !relativeJustBefore(value, before[1].start, v) && patientTellsAge(noteText, value, before[2].start, v) && !KEYED_AGE_OR_BIRTH.test(noteText);
}

/**
 * Narrowed after review r56 (age-vocabulary.json subjectAge.$commentToldByUnitOthers): the patient's own word for the age is
 * read in years only ("15 y", "16 yrs", "17 years"), from 1 to 21 as the bare "says he's 16" reading; "states she is 16
 * wks", "says she is 20 weeks", "states she is 3 months" are a pregnancy, a postpartum or a time since, never the age.
 */
function toldInYears(told: string, months: number): boolean {
  return /\d[ \t]*(?:y|yr|yrs|year|years)\.?$/i.test(told) && months >= 12 && months <= 21 * 12;
}

/**
 * Anyone but the patient named earlier in the told age's sentence (subjectAge.toldByUnitOthers, otherTellers, otherAdults,
 * relatives.words, carers, companions): "Pt's boyfriend present, says he is 19 years", "Here with foster carer; states she
 * is 40 years", "Via interpreter: states he is 14 yrs" may be another's age, so the patient's own word is not read.
 */
function otherNamedBefore(value: string, told: number, v: AgeWords): boolean {
  return toWords(value.slice(sentenceStart(value, told), told)).some((x) => v.toldByUnitOthers.has(x.text));
}

/** The subject opens a bracket ("(he's") that closes right after the age, "now" or "old" at most between ("4½ months)"). */
function bracketAside(value: string, before: readonly Word[], end: number): boolean {
  return /^[ \t]*\([ \t]*$/.test(value.slice(before[2].end, before[1].start)) && /^[ \t]*(?:(?:now|old|today)[ \t]*)?\)/i.test(value.slice(end, end + 12));
}

/** "Mom is a teenager. She is 17.": a relative named in the two sentences before makes "she"/"he" the relative. */
function relativeJustBefore(value: string, at: number, v: AgeWords): boolean {
  const own = sentenceStart(value, at);
  let from = own > 1 ? sentenceStart(value, own - 2) : own;
  if (from > 1) from = sentenceStart(value, from - 2);
  if (from === own) return false;
  return toWords(value.slice(from, own)).some((x) => v.relatives.has(x.text));
}

/** "Sister Mia (19) has …", "mother Ella": the name is a relative's somewhere in the note (a relative word just before it). */
function relativeNamed(noteText: string, name: string, v: AgeWords): boolean {
  let n = 0;
  for (let i = noteText.indexOf(name); i >= 0 && n < 8; i = noteText.indexOf(name, i + name.length), n++) {
    // Within the name's own line and bracket: "Message from: Karen L. (parent)\nEmma (14) …" names the parent, not Emma's.
    const lead = noteText.slice(Math.max(0, i - 30), i);
    const before = toWords(lead.slice(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf(')'), lastSentenceEnd(lead)) + 1)).slice(-2);
    // "mom of Zoe P", "father of Caleb": the relative's child, not a relative.
    if (before[1]?.text === 'of') continue;
    if (before.some((x) => v.relatives.has(x.text) || v.twins.has(x.text))) return true;
  }
  return false;
}

/**
 * The whole of a bracket right after a name: "seeing Ella (14 years)", "for Tom (9 yo)". The name follows
 * a word that introduces the patient (subjectAge.nameBefore), or opens its sentence and is named again in
 * the note; "tried Naproxen (2 months)" tells no age.
 */
function namedInBrackets(value: string, before: readonly Word[], start: number, end: number, v: AgeWords, noteText: string, childWord = false): boolean {
  if (!before[0] || !/^\s*\(\s*$/.test(value.slice(before[0].end, start)) || !/^\s*(?:old\s*)?\)/i.test(value.slice(end, end + 8))) return false;
  // "Re: Emily T (12 years)": a surname's initial after the name, as a letter keeps the child's surname private.
  const initial = before.length > 1 && INITIAL.test(value.slice(before[0].start, before[0].end)) && /^[ \t]+$/.test(value.slice(before[1].end, before[0].start));
  const names = initial ? before.slice(1) : before;
  const name = names[0];
  const written = value.slice(name.start, name.end);
  if (!nameWord(written, v) || relativeNamed(noteText, written, v)) return false;
  // "Re: Sarah T (41 years), mother of Emily", "baby Freya (36 weeks) on the neonatal unit": what only a letter's form or a
  // bracket of weeks suggests is read only with no relative on its line and no other age told (weeks: no neonatal setting
  // nor gestation word either, as weeks there are the gestation).
  if ((initial || childWord) && (lineNamesAnother(value, start, v) || agesTold(noteText) > 1)) return false;
  if (childWord && (v.dolSetting.test(noteText) || ageWords().mayGiveGestation.test(noteText))) return false;
  // "Dear Dr Lunde,\n\nSofia (12 y) came with her mother": a name opening its sentence, the unit in the bracket
  // telling an age (a bare number there may be anything: "Calpol (5) given" is read nowhere).
  if (!childWord && (names.length < 2 || /[.!?;\n]/.test(value.slice(names[1].end, name.start)))) return true;
  // "I saw baby Ruby (2 months)", "girl Sofia (12 y)": a word for the child may stand before the name.
  return names.length > 1 && (v.nameBefore.has(names[1].text) || v.person.has(names[1].text));
}

/** An age in weeks or days after a hyphenated double name ("Re: Lily-Mae J., 3 weeks (URGENT)") is as often how long (review r56). */
const HYPHEN_NAME_REFUSED_AGE = /\d[\s-]*(?:w|wk|wks|week|weeks|d|day|days)\b|\/52\b/i;

/** "Sacro-Iliac", "Lumbo-Sacral": halves of a hyphenated heading word that make it anatomy (slashNotation.hyphenHalves; review r56). */
function anatomyHalves(first: string, second: string, v: AgeWords): boolean {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  return v.slashHyphenHalves.has(a) || v.slashHyphenHalves.has(b) || clinicalWords().has(a + b) || clinicalWords().has(a) || clinicalWords().has(b);
}

/**
 * British notation after the patient's name in a letter's heading: "Re: Ruby, 10/12", "Re: Ruby Jones (10/12)".
 * One or two names right after one of slashNotation.afterName ("Re", "Regarding", "Patient"), then the age after a
 * comma or in brackets; a name a relative bears in the note is someone else's ("Re: Ruby, sister Mia, 3/12").
 */
function slashAfterName(value: string, before: readonly Word[], start: number, end: number, v: AgeWords, noteText: string): boolean {
  const name = before[0];
  if (!name) return false;
  // A surname's initial after the name ("Re: Freya M (4/12)", "Re: Tom B., 16/12"), as a letter keeps the child's surname
  // private: taken with the names before it, never a name of its own.
  const stop = value[name.end] === '.' ? 1 : 0;
  const initial = INITIAL.test(value.slice(name.start, name.end + stop));
  const gap = value.slice(name.end + (initial ? stop : 0), start);
  // After a comma, in brackets, or past a column gap or a dash on the heading line ("Re: Oliver Grant  11y").
  if (!/^\s*,\s*$/.test(gap) && !HEADING_AGE_GAP.test(gap) && !(/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(value.slice(end, end + 4)))) return false;
  // "Re: Tom B., 3/12 review": the interval to the next visit, never the child's age (slashNotation.intervalAfter).
  const next = toWords(value.slice(end, end + 16))[0];
  if (next && v.slashIntervalAfter.has(next.text) && /^[\s)]*$/.test(value.slice(end, end + next.start))) return false;
  const names = initial ? 1 : 0;
  let i = names;
  // A double name joined by a hyphen ("Re: Lily-Mae J., 6 years (URGENT)", "Re: Jean-Luc, 10/12") is one name: its parts,
  // each a name's, count once toward the two (round 56, fix56d).
  let limit = names + 2;
  while (i < limit && i < before.length) {
    const x = before[i];
    const written = value.slice(x.start, x.end);
    if (!isName(written, v) || v.person.has(x.text) || relativeNamed(noteText, written, v)) break;
    if (i > names) {
      const between = value.slice(x.end, before[i - 1].start);
      // Both parts a name's and no clinical word ("Re: Post-Op, 2 weeks" names no child).
      const joined = value.slice(before[i - 1].start, before[i - 1].end);
      if (
        between === '-' &&
        /^\p{Lu}/u.test(written) &&
        /^\p{Lu}/u.test(joined) &&
        nameWord(written, v) &&
        nameWord(joined, v) &&
        !anatomyHalves(written, joined, v) &&
        !HYPHEN_NAME_REFUSED_AGE.test(value.slice(start, end)) &&
        limit < names + 3
      )
        limit++;
      else if (!/^[ \t]+$/.test(between)) break;
    } else if (i > 0 && !/^[ \t]+$/.test(value.slice(x.end, before[i - 1].start))) break;
    i++;
  }
  if (i === names) return false;
  // A child's courtesy title before the name ("Re: Miss Ruby Jones (10/12)", "Re: Master Tom, 16/12"); a clinician's
  // makes the name no patient's ("Re: Dr Jones, 10/12" dates a letter).
  if (i > 0 && before[i] !== undefined && v.slashCourtesy.has(before[i].text) && /^[ \t]+$/.test(value.slice(before[i].end, before[i - 1].start))) i++;
  if (before.slice(0, i + 1).some((x) => v.slashNotAfter.has(x.text))) return false;
  const intro = before[i];
  if (i === 0 || intro === undefined || !/^\s*:?\s*$/.test(value.slice(intro.end, before[i - 1].start))) return false;
  // In brackets, the name may follow a clinician's present verb of care in a letter's text too ("I have been managing
  // Sophie (9/12) for …", "thank you for referring Ruby (10/12)"; subjectAge.$commentCare).
  if (v.slashAfterName.has(intro.text)) return true;
  const close = value.indexOf(')', end);
  return /\(\s*$/.test(gap) && close >= 0 && careIntroduces(value, before[i - 1].start, close + 1, v) && !listInSentence(value, before[i - 1].start, close + 1);
}

/** An aside in brackets right after an age's number, opening with a letter ("age 8 (Year 4)"); its first word is read by asideIsUnit. */
const AGE_ASIDE = /^[ \t]*\([ \t]*([A-Za-z][^()\n]{0,20})\)/;
/** "Age 5 (mo)", "Age 6 (m)", "Age 9 (mos old)": a bracket that opens on a unit and holds no number is the age's unit, no aside ("(Year 4)" is one). */
function asideIsUnit(inner: string): boolean {
  const w = /^[A-Za-z]+/.exec(inner)![0].toLowerCase();
  return (MONTHS_OR_YEARS.test(w) || WEEKS_OR_DAYS.test(w)) && !/\d/.test(inner);
}

const HEADING_AGE_GAP = /^(?:\t| {2})[ \t]*$|^[ \t]+[-\u2013\u2014][ \t]+$/;

/**
 * "2nd grader, age 8, fell …", "School nurse note - 7th grade, age 13", "girl aged 9.", "I saw Grace aged 12 for …": a whole number of
 * years after "age"/"aged" (age-vocabulary.json beforeAge), as its own clause or right after a word for the
 * patient, within bareNumber's years, in a note that speaks of no infant (where it may be months). Not a
 * range, a list or a comparison ("age 10-17", "age 8 and 10", "age < 16"), not a past age ("at age 8"), not
 * someone else's ("sister, age 10,").
 */
function ageWordYears(noteText: string, base: number, value: string, words: readonly Word[], v: AgeWords): TextAge | undefined {
  let n = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const x = words[i];
    if (x.text !== 'age' && x.text !== 'aged') continue;
    if (++n > 4) break;
    const num = words[i + 1];
    if (!/^\d{1,2}$/.test(num.text) || !/^[ \t]+$/.test(value.slice(x.end, num.start))) continue;
    const years = Number(num.text);
    if (years < v.bareYears.min || years > v.bareYears.max) continue;
    // "Pupil age 8 (Year 4).": an aside in brackets after the number, opening with a letter, is read past.
    const asideMatch = AGE_ASIDE.exec(value.slice(num.end, num.end + 40));
    // Only where no other age is told ("Pupil age 8 (Year 4) - note from mum says he is actually 5 months??"): "age 8" is one.
    const aside = asideMatch && !asideIsUnit(asideMatch[1]) && agesTold(noteText) <= 1 ? asideMatch[0].length : 0;
    const rest = value.slice(num.end + aside, num.end + aside + 8);
    const prev = words[i - 1];
    // "I saw Grace aged 12 for follow up": the name of the child seen at this visit (subjectAge.agedNameBefore) before
    // "aged" (subjectAge.$commentAgedAfterName). Not a visit told as an earlier one ("I first saw Tom aged 9 with …",
    // "We saw Grace aged 12 who then had …"), nor anyone met or named in a sentence that names someone else.
    const next = words[i + 2];
    const byName =
      x.text === 'aged' &&
      i >= 2 &&
      /^[ \t]+$/.test(value.slice(prev.end, x.start)) &&
      /^[ \t]+$/.test(value.slice(words[i - 2].end, prev.start)) &&
      v.agedNameBefore.has(words[i - 2].text) &&
      !(i >= 3 && v.agedPastVisit.has(words[i - 3].text)) &&
      nameWord(value.slice(prev.start, prev.end), v) &&
      !v.relatives.has(prev.text) &&
      !v.otherTellers.has(prev.text) &&
      !v.otherAdults.has(prev.text) &&
      next !== undefined &&
      /^[ \t]+$/.test(value.slice(num.end, next.start)) &&
      v.agedAfterName.has(next.text) &&
      !sentenceNamesOther(value, x.start, v);
    if (!byName && (!CLAUSE_AFTER.test(rest) || /^\s*[-\u2013\u2014]\s*\d/.test(rest) || /^[.,]\d/.test(rest))) continue;
    // "girl, age 9", "Pupil age 8": a word for the patient, or for a pupil (schoolChild), right before it.
    const byPerson = byName || (prev !== undefined && (v.person.has(prev.text) || v.schoolChildWords.has(prev.text)) && /^[ \t]*,?[ \t]*$/.test(value.slice(prev.end, x.start)));
    if (!byPerson && !CLAUSE_BEFORE.test(noteText.slice(Math.max(0, base + x.start - 40), base + x.start))) continue;
    // The sentence before the age, back to its start: a relative or another child anywhere in it makes the age
    // theirs ("Sibling had tethered cord release, age 6.", "Previous child, age 7, has spina bifida").
    const before: Word[] = [];
    for (let k = i - 1, at = x.start; k >= 0 && before.length < 12; k--) {
      if (SENTENCE_END.test(value.slice(words[k].end, at))) break;
      before.push(words[k]);
      at = words[k].start;
    }
    if (relativeBefore(before.slice(0, 3), v) || (before[0] !== undefined && v.pastAge.has(before[0].text))) continue;
    // "our nurse, Kelly, age 19,", "her tutor Daniel aged 20": the age of the adult just named (subjectAge.otherTellers).
    if (before.slice(0, 3).some((b) => v.otherTellers.has(b.text) || v.otherAdults.has(b.text) || v.companions.has(b.text))) continue;
    // "Sam, age 10, is her brother": a name's age, the sentence after it naming who that is.
    if (prev !== undefined && nameWord(value.slice(prev.start, prev.end), v) && restNamesOther(value, num.end, v)) continue;
    if (before.some((b, k) => v.relatives.has(b.text) || (v.person.has(b.text) && before[k + 1] !== undefined && v.otherChild.has(before[k + 1].text)))) continue;
    if (speaksOfAnInfant(noteText, v)) return undefined;
    return { months: years * 12, span: { start: num.start, end: num.end }, tier: 'weak' };
  }
  return undefined;
}

/**
 * Whether the words right after value[at] (three, in its sentence) say who the person named is: a relative, a companion
 * or another adult (subjectAge.otherTellers: "Sam, age 10, is her brother", "Jake, 19, her boyfriend"); not a place or
 * a companion further on ("Jacob, age 10, was jumping on a trampoline at a friend's house").
 */
function restNamesOther(value: string, at: number, v: AgeWords): boolean {
  return (
    toWords(value.slice(at, sentenceEnd(value, at)))
      .slice(0, 3)
      .some((w) => v.relatives.has(w.text) || v.companions.has(w.text) || v.otherTellers.has(w.text)) || namedOtherAdult(value, at, v)
  );
}

/**
 * Whether the clause right after value[at] says the name before it is another adult's or a pet's (subjectAge.otherAdults):
 * the word is the clause's head, after none but otherAdultLead ("is her tutor", "our nanny", "the family dog") or alone
 * ("Daniel, 19, tutor,"); one that opens a longer clause or follows other words is the story ("fell from a horse",
 * "despite physio"), and one in capitals throughout is an acronym ("PET scan").
 */
function namedOtherAdult(value: string, at: number, v: AgeWords): boolean {
  const stop = /[,;.!?\n()]/.exec(value.slice(at).replace(/^[ \t]*,/, (c) => ' '.repeat(c.length)));
  const clause = toWords(value.slice(at, stop ? at + stop.index : value.length)).slice(0, 6);
  const k = clause.findIndex((w) => v.otherAdults.has(w.text) && !/^[A-Z]{2,}$/.test(value.slice(w.start + at, w.end + at)));
  if (k < 0) return false;
  return k > 0 ? clause.slice(0, k).every((w) => v.otherAdultLead.has(w.text)) : clause.length === 1;
}

/**
 * Whether the sentence holding value[at] names a relative, a companion or another adult (subjectAge.otherTellers), or tells
 * the visit as an earlier one (subjectAge.agedPastVisit: "… who then had a normal MRI", "… three years ago").
 */
function sentenceNamesOther(value: string, at: number, v: AgeWords): boolean {
  const from = sentenceStart(value, at);
  const to = sentenceEnd(value, at);
  return toWords(value.slice(from, to)).some(
    (w) => v.relatives.has(w.text) || v.companions.has(w.text) || v.otherTellers.has(w.text) || v.otherAdults.has(w.text) || v.agedPastVisit.has(w.text),
  );
}

/** Where a clause ends on a heading line: a comma, a semicolon, a colon, a bracket, a bar, a dash between spaces, a full stop. */
const HEADING_CLAUSE_END = /[,;:()|\u2013\u2014]|\s-\s|\.(?:\s|$)/g;
/** The UK visit word of dayOfLife.visitHeading that names no newborn by itself: read only where no age is told with its unit (ageToldWithUnit) ("hv" taken out after review r48 F). */
const UK_VISIT = new Set(['nipe']);

/**
 * The baby's day on the heading of a postnatal visit (age-vocabulary.json dayOfLife.visitHeading): "Midwife
 * postnatal visit - Day 3 (home)", "Postnatal midwife visit, day 14 - final visit", "Day 10 postnatal check".
 * Only on the note's first line, only where that line names a postnatal visit, and only where the clause of
 * "day N" holds nothing but visit words: "Hospital day 3", "day 3 of antibiotics", "Day 2 post-op" are none.
 */
function postnatalVisitDay(noteText: string, v: AgeWords): AgeFact | undefined {
  let first = 0;
  while (first < noteText.length && first < 200 && /\s/.test(noteText[first])) first++;
  let end = noteText.indexOf('\n', first);
  if (end < 0) end = noteText.length;
  const line = noteText.slice(first, Math.min(end, first + 200));
  const day = visitDayOnLine(line, first, v, noteText, true);
  if (day || end >= noteText.length) return day;
  // "Kivalliq Birthing Centre - Rankin Inlet\nMidwife note, newborn exam day 2": the visit may head the note under the
  // place's name, on the second line; not under a first line that is itself a visit's heading ("Home visit\nMidwife
  // postnatal visit - Day 3"), whose day the writer did not put in the heading.
  if (toWords(line).some((x) => v.visitHeading.has(x.text) || v.visitNear.has(x.text))) return undefined;
  const second = end + 1;
  let secondEnd = noteText.indexOf('\n', second);
  if (secondEnd < 0) secondEnd = noteText.length;
  return visitDayOnLine(noteText.slice(second, Math.min(secondEnd, second + 200)), second, v, noteText, false);
}
/**
 * "Postnatal day 95, boy." (round 53, fix53e; dayOfLife.postnatalDay): the note's first line opening on a postnatal day, and
 * the rest of its sentence after a comma nothing but a word for the child or its sex ("boy", "term female infant", "M"). Later
 * than a postnatal visit's days (visitHeading.maxDays), as a writer counting a baby's age in days after birth writes it. Never
 * with anything else in the sentence ("Postnatal day 60, mum c/o back pain"), nor in a note telling a later time of the child's.
 */
function postnatalDayOpening(noteText: string, v: AgeWords): AgeFact | undefined {
  const { first, line } = headingLine(noteText);
  const m = v.postnatalDayOpening.exec(line);
  if (!m) return undefined;
  const days = Number(m[1]);
  if (days < 1 || days > v.postnatalDayMax) return undefined;
  const child = toWords(m[2]);
  const childWord = (x: Word) => v.dolChildAfter.has(x.text) && (x.text.length > 1 || /^[MF]$/.test(m[2].slice(x.start, x.end)));
  if (!child.length || !child.every((x) => childWord(x) || v.neonatalDescribers.has(x.text)) || !child.some(childWord)) return undefined;
  if (laterTimeIn(noteText, v)) return undefined;
  const start = first + m[0].indexOf(m[1], m[0].search(/day/i));
  return { months: days / DAYS_PER_MONTH, span: { start, end: start + m[1].length }, from: 'text' };
}

/**
 * postnatalVisitDay on one heading line, starting at `first` in the note. A neonatal unit's name heads a round only on the
 * note's first line (`opening`): on a later line it is where the baby is ("Ward round\nBaby boy NICU, DOL 3.").
 */
function visitDayOnLine(line: string, first: number, v: AgeWords, noteText: string, opening: boolean): AgeFact | undefined {
  // visitDay holds "day" or "dol": a line without them tells no visit's day, and its words are not split.
  if (!v.visitHasDay.test(line)) return undefined;
  const lineWords = toWords(line);
  const heads = lineWords.filter((x) => v.visitHeading.has(x.text) || (opening && v.visitUnits.has(x.text)));
  if (!heads.length) return undefined;
  // "NIPE day 2" (r48): a UK newborn check heading alone names the visit only where the note tells no other age, no year or
  // month review and no older child ("NIPE day 2 - normal. Now seen at 7 months"). A health visitor's "HV" heading is not
  // read (taken out after review F: "HV 12m review - day 2", "HV - day 10\nstarted nursery" are no newborn's day).
  if (heads.every((x) => UK_VISIT.has(x.text) || v.visitUnits.has(x.text)) && (v.ageToldWithUnit.test(noteText) || v.olderChild.test(noteText))) return undefined;
  // A neonatal unit's round headed by the baby's day ("NICU ward round - day 5", "SCBU WR - day 8"; round 59, fix59t) is read
  // as a NIPE heading is, and never in a note telling a later time of the child's ("… seen in clinic at 4 months"): a baby
  // may stay on a unit for months.
  if (heads.every((x) => v.visitUnits.has(x.text)) && laterTimeIn(noteText, v)) return undefined;
  // "Postnatal ward - mother of BG Ahmed (baby DOL 3, …)": the heading names the mother, whose note it is.
  if (lineWords.some((x, i) => v.relatives.has(x.text) && lineWords[i + 1]?.text === 'of')) return undefined;
  // "Midwife PN check day 3": "PN" (postnatal) stands beside the day only on a midwife's heading; "Neonatal PN day 3" is as
  // likely the third day of parenteral nutrition.
  const midwife = heads.some((x) => v.visitMidwifeHeads.has(x.text));
  const near = (x: Word) => v.visitHeading.has(x.text) || v.visitNear.has(x.text) || (midwife && v.visitMidwifeNear.has(x.text));
  let n = 0;
  // "NIPE DOL2" (round 59, fix59t): "DOL" stands for the day only beside a NIPE heading, the newborn check done on a day of
  // life; elsewhere a "DOL N" opening a heading's clause is as often an admission's or a history's day ("Neonatal hx - DOL 2,
  // … admitted", review of r33), which the day-of-life readings of the baby's own lines weigh.
  const nipe = heads.some((x) => UK_VISIT.has(x.text));
  for (const m of line.matchAll(v.visitDay)) {
    if (++n > 3) break;
    const days = Number(m[1]);
    if (days > v.visitMaxDays || (!nipe && v.visitDayOfLife.test(m[0]))) continue;
    let from = 0;
    let to = line.length;
    for (const b of line.matchAll(HEADING_CLAUSE_END)) {
      if (b.index + b[0].length <= m.index) from = b.index + b[0].length;
      else if (b.index >= m.index + m[0].length) {
        to = b.index;
        break;
      }
    }
    const clause = toWords(line.slice(from, m.index)).concat(toWords(line.slice(m.index + m[0].length, to)));
    if (!clause.every(near)) continue;
    return { months: days / DAYS_PER_MONTH, span: { start: first + m.index, end: first + m.index + m[0].length }, from: 'text' };
  }
  return undefined;
}

/**
 * After a check's heading and its dash or colon, or straight after it ("Well child visit 12 mo"): weeks or months in British
 * notation ("4/52", "3/12") or with a unit ("7 weeks"), alone in its clause.
 */
const CHECK_HEADING_AGE =
  /^([^\n]*?)(?:[ \t]*[-\u2013\u2014:][ \t]*|[ \t]+)(?:(\d{1,2})\/(52|12)|(\d{1,2})[ \t]*(weeks?|wks?|months?|mo|mos|mths?))(?=[ \t]*(?:[(,;|]|[-\u2013\u2014][ \t]|$))/i;

/** The note's first line (after leading blank space, at most 120 characters) and where it starts. */
function headingLine(noteText: string): { first: number; line: string } {
  let first = 0;
  while (first < noteText.length && first < 200 && /\s/.test(noteText[first])) first++;
  let end = noteText.indexOf('\n', first);
  if (end < 0) end = noteText.length;
  return { first, line: noteText.slice(first, Math.min(end, first + 120)) };
}

/**
 * The child's age on the heading of a child's check (age-vocabulary.json dayOfLife.checkHeading): "Baby check - 4/52
 * (GP)", "Well baby check - 7 weeks", "Infant check: 3/12". Only on the note's first line, where every word before the
 * dash or colon is a check's or a child's word and both kinds stand there, the age right after it and alone in its
 * clause: "Baby check - seen 6/12 ago", "Back pain review - 6/52", "Baby check - 6/52 follow-up" tell none.
 */
function checkHeadingAge(noteText: string, v: AgeWords): AgeFact | undefined {
  const { first, line } = headingLine(noteText);
  const m = CHECK_HEADING_AGE.exec(line);
  if (!m) return undefined;
  const lead = toWords(m[1]);
  if (!lead.length || !lead.every((x) => v.checkHeadingChecks.has(x.text) || v.checkHeadingChildren.has(x.text))) return undefined;
  if (!lead.some((x) => v.checkHeadingChecks.has(x.text)) || !lead.some((x) => v.checkHeadingChildren.has(x.text))) return undefined;
  const n = Number(m[2] ?? m[4]);
  const weeks = m[3] === '52' || (m[5] !== undefined && /^w/i.test(m[5]));
  const months = weeks ? (n * 7) / DAYS_PER_MONTH : n;
  if (n < 1 || months > v.checkHeadingMaxMonths) return undefined;
  const start = first + m[0].lastIndexOf(m[2] ?? m[4]);
  return { months, span: { start, end: first + m[0].length }, from: 'text' };
}

/** A visit labelled by the child's age, ending its clause: "3 month review", "4 month well visit", "6 week baby check". */
const VISIT_LABEL_AGE =
  /(^|[-\u2013\u2014:(,][ \t]*)(\d{1,2})[ \t]?-?[ \t]?(weeks?|wks?|months?|mo|mos|mths?)[ \t-]+((?:[a-z]+[ \t-]+){0,2}?[a-z]+)(?=[ \t]*(?:[(),;|.]|[-\u2013\u2014][ \t]|$))/i;

/** "now 7 months", "corrected 5", "aged 4 mo", "4 months old", "6 wk old", "CGA": an age told in the note's own words. */
const OTHER_AGE_LIKE =
  /\b(?:corrected|cga|adjusted)\b|\b(?:now|currently|aged?|is)[ \t]+(?:a[ \t]+)?\d+(?:\.\d+)?[ \t]*-?[ \t]*(?:days?|d|weeks?|wks?|wk|w|months?|mos?|mths?|m|years?|yrs?|yr|yo|y)\b|\d+[ \t]*-?[ \t]*(?:days?|weeks?|wks?|wk|months?|mos?|mths?|mo|years?|yrs?|yr)[ \t-]*old\b|\b\d+[ \t]*(?:yo|y\/o|m\/o|mo\/o)\b/i;

/**
 * The child's age told by the visit a baby clinic labels with it, on the note's heading (age-vocabulary.json
 * dayOfLife.checkHeading.labels): "Neonatal follow-up (NNP) - 3 month review", "Baby clinic - 4 month well visit".
 * Read last, when the note tells no other age or age-like phrase (OTHER_AGE_LIKE), and only where the heading or the
 * label names a baby's clinic or check (checkHeading.labelClinics; never one of labelClinicNot, a child development,
 * ortho or spina bifida clinic): "Back pain - 3 month review" is an interval, as are "3 month follow-up" and "review in
 * 3 months"; never with a relative or an interval word on the line ("Mum's 6 week check", "3 month review booked").
 */
function visitLabelHeadingAge(noteText: string, v: AgeWords): AgeFact | undefined {
  const { first, line } = headingLine(noteText);
  const m = VISIT_LABEL_AGE.exec(line);
  if (!m) return undefined;
  const label = toWords(m[4]);
  if (!label.length || !v.checkLabels.has(label[label.length - 1].text) || !label.slice(0, -1).every((x) => v.checkHeadingChildren.has(x.text))) return undefined;
  const lineWords = toWords(line);
  if (lineWords.some((x) => v.checkLabelNot.has(x.text) || v.relatives.has(x.text) || v.otherChild.has(x.text))) return undefined;
  const heading = toWords(line.slice(0, m.index));
  // A baby's clinic or check by name ("Neonatal follow-up", "Infant follow-up", "6 week baby check"); never a child
  // development, ortho or spina bifida clinic, whose review is an interval ("Child development clinic - 6 month review").
  const named = [...heading, ...label];
  if (!named.some((x) => v.checkLabelClinics.has(x.text)) || lineWords.some((x) => v.checkLabelClinicNot.has(x.text))) return undefined;
  // Any other age or age-like phrase in the note ("Baby now 7 months corrected 5") is the writer's word on the age.
  if (OTHER_AGE_LIKE.test(noteText.slice(0, first + m.index) + ' ' + noteText.slice(first + m.index + m[0].length))) return undefined;
  const n = Number(m[2]);
  const months = /^w/i.test(m[3]) ? (n * 7) / DAYS_PER_MONTH : n;
  if (n < 1 || months > v.checkHeadingMaxMonths) return undefined;
  const start = first + m.index + m[1].length;
  return { months, span: { start, end: start + m[0].length - m[1].length }, from: 'text' };
}

/**
 * "Patient was 7 month old boy", "Baby was a 3 wk old girl": a word for the patient opening the sentence, "was"
 * (age-vocabulary.json beforeAge.wasLink) and the age, a word for the child after it (the caller checks); never with
 * a word after the age in its sentence that makes it a past age ("He was 3 months old when …", "… at the time of the
 * US": beforeAge.wasNotWith).
 */
function describedWas(value: string, words: readonly Word[], before: readonly Word[], a: number, end: number, v: AgeWords): boolean {
  let i = before[0] && A_AN.has(before[0].text) ? 1 : 0;
  if (!before[i] || !v.wasLink.has(before[i].text)) return false;
  i++;
  if (!before[i] || !v.person.has(before[i].text)) return false;
  // Opening the sentence: at most "the", "this" or "our" before the patient.
  if (!before.slice(i + 1).every((x) => x.text === 'the' || x.text === 'this' || x.text === 'our') || before.length >= 5) return false;
  const to = sentenceEnd(value, end);
  for (let k = a; k < words.length && k < a + 20 && words[k].start < to; k++) if (v.wasNotWith.has(words[k].text)) return false;
  return true;
}

/** "Girl 10 years", "Boy of 13 year", "Patient is baby boy of 2 month", "Baby, 4 weeks": a word for the patient, then only link words. */
function personBefore(value: string, before: readonly Word[], start: number, v: AgeWords): boolean {
  let at = start;
  for (const x of before) {
    // One comma may stand between the patient and the age ("Girl, 10 years"), a tilde before the number ("boy, ~14
    // months") and a full stop after an abbreviated link word ("Girl, approx. 9 yrs"); nothing else.
    const gap = value.slice(x.end, at);
    // "Bé gái (girl) 9 months": a word for the child glossed alone in brackets, as a writer glosses their own language's
    // word for it, right before the age; never after a relative in its sentence ("Sister (girl) 4 years").
    if (x === before[0] && v.person.has(x.text) && /^\)[ \t]*$/.test(gap) && /\([ \t]*$/.test(value.slice(Math.max(0, x.start - 3), x.start)))
      return !toWords(value.slice(sentenceStart(value, x.start), x.start)).some((y) => v.relatives.has(y.text) || v.otherChild.has(y.text));
    if (!/^[\s,~]*$/.test(v.abbreviations.has(x.text) ? gap.replace(/^\./, '') : gap) || (gap.match(/,/g)?.length ?? 0) > 1) return false;
    if (v.person.has(x.text)) return true;
    // "Pt F 1y2m", "Baby F 3 mths": the sex, one upper-case letter, may stand between them as a link word does.
    const sexLetter = x === before[0] && /^[MF]$/.test(value.slice(x.start, x.end)) && !/^[.'/-]/.test(value.slice(x.end, x.end + 1));
    if (!v.link.has(x.text) && !sexLetter) return false;
    at = x.start;
  }
  return false;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/** A bracketed aside closing a value ("14 (DOB 2012)"): one bracket, no bracket inside, so one linear match. */
const TRAILING_ASIDE = /\([^()]{1,40}\)\s*$/;

/** A sentence's end in an Age value: a full stop (not a decimal point), a semicolon, "!" or "?", then white space. */
const AGE_SENTENCE_END = /[.;!?](?=\s)/;

/**
 * "Age: 14.  Back pain 3 wk.", "Age: 7 mo. Dimple since birth; no fever": an Age value that runs on into another
 * sentence tells the age in its first sentence, and the rest is the history, read as such (a Presentation field), so
 * the first age wins over a duration after it ("3 wk" is how long the pain has lasted) and the findings are not lost.
 * Not when the age itself reads across the mark ("Age: 3. mo", a stray full stop before the unit, stays one value),
 * nor when the first sentence tells no age at all. An age in the rest is read as free text is (a relative's is passed
 * over: "Age: 5. Mother 34 yo"). One search of the value, linear.
 */
export function withAgeRunOnRead(note: ParsedNote): ParsedNote {
  // Each Age value is searched once; the fields are copied only from the first that runs on.
  let fields: Field[] | undefined;
  for (const [i, f] of note.fields.entries()) {
    const parts = f.key?.name === 'Age' ? runOn(f.value) : undefined;
    if (!parts) {
      fields?.push(f);
      continue;
    }
    fields ??= note.fields.slice(0, i);
    const end = f.valueSpan.start + parts.head.length;
    const restStart = f.valueSpan.start + parts.rest;
    fields.push({ ...f, valueSpan: { start: f.valueSpan.start, end }, value: parts.head });
    fields.push({
      key: PRESENTATION_KEY,
      rawKey: PRESENTATION_KEY.name,
      writtenKey: f.rawKey,
      keySpan: { start: restStart, end: restStart },
      valueSpan: { start: restStart, end: f.valueSpan.end },
      value: note.text.slice(restStart, f.valueSpan.end),
      lineSpan: f.lineSpan,
    });
  }
  return fields ? { ...note, fields } : note;
}

/** The value's first sentence (without its mark) and where the rest starts, when it tells an age and more follows. */
function runOn(value: string): { head: string; rest: number } | undefined {
  const m = AGE_SENTENCE_END.exec(value);
  if (!m) return undefined;
  const k = m.index;
  let rest = k + 1;
  while (rest < value.length && /\s/.test(value[rest])) rest++;
  if (value.length < 4 || rest >= value.length || !/[A-Za-z]/.test(value.slice(rest, rest + 40))) return undefined;
  // The mark ends the sentence, not the age: "Age: 14;" is "14".
  const head = value.slice(0, k);
  // "Age: 14 (DOB 2012). Back pain 6 wk.": an aside in brackets after the age leaves the first sentence an age.
  const bare = head.replace(TRAILING_ASIDE, '').trimEnd();
  if (!parseAge(withoutGestation(head), true) && !bareNumber(head) && !(bare !== head && bareNumber(bare))) return undefined;
  // "Age: 3. mo", "Age: 6 mos. old": the age reads on across the mark, so the mark is a slip inside it.
  const across = parseAge(withoutGestation(value.slice(0, k) + ' ' + value.slice(k + 1, rest + 12)), true);
  if (across && across.span.start < k && across.span.end > k + 1) return undefined;
  return { head, rest };
}
