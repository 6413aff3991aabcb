/** Prior imaging told in free text: a study done before, when, and what it showed. */
import type { Knowledge } from '../knowledge/knowledge';
import type { OrderVocabulary } from '../knowledge/schema';
import type { Field } from '../notes/parser';
import { isAboutRelative } from '../notes/headings';
import { lookupKey } from '../notes/keys';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { contextLexicon } from './lexicon';
import { type PriorStudy, NEVER_REDONE, opensWithRepeat, readPriorStudy } from './prior';
import { DATED, alternation, perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';
import { wholeWordsPattern, wordsSource } from './word-lists';
import {
  RESULT_WORD,
  COLON_AND_TEXT,
  NOT_PAST,
  ASKED_FOR,
  reportOnNextLine,
  PAST,
  PRIOR_NOT_PAST,
  PREV_BEFORE_STUDY,
  namesRelative,
  tellsImagingReport,
  ASKS,
  tellsTheExam,
  IMAGING_FINDING,
} from './study-reported';
import {
  NAMES_SPINE,
  STUDY_HEAD,
  STUDY_NAMED_ALL,
  NAMES_A_STUDY,
  NAMES_A_SERIES,
  namesOnlyAWindow,
  STARTS_WITH_STUDY,
  REGION_FIRST_STUDY,
  regionFirst,
  viewsStudy,
  REGION_AND_VIEWS,
  STARTS_WITH_REGION_AND_VIEWS,
  US_WORDS,
} from './study-names';
import { reportedUnderImagingKey, resultAfterDash } from './study-mentions';
import { type OrderWords, orderWords } from './order-words';
import { conditioned, conditionWords } from './clauses';

/**
 * A study told with what it showed ("XR L-spine unremarkable", "XR L-spine: grade 1 spondylolisthesis",
 * "XR L-spine to evaluate for spondylolysis: negative", "XR L-spine: ? L5 spondylolysis"), not with a
 * question ("XR L-spine: r/o spondylolysis", "MRI ? tethered cord", "CT pending"), and of the spine or of
 * no region named ("films at PCP nl"; never "XR chest negative", "CT head neg").
 */
function tellsSpineResult(told: string): boolean {
  if (!RESULT_WORD.test(told) && !COLON_AND_TEXT.test(told) && !NAD_CLOSING.test(told) && !normalClosing(told)) return false;
  const colon = told.indexOf(':');
  // "Plain films: for pars defect", "Standing films: Cobb angle to be measured", "Scoliosis series today: assess
  // curve progression": what the study is for, not what it showed.
  if (colon >= 0 && !RESULT_WORD.test(told) && PURPOSE_AFTER_COLON.test(told.slice(colon + 1))) return false;
  // A question mark, "concern for" or "question of" after the colon is how the study was read (uncertain, not absent).
  const q = told.indexOf('?');
  if (q >= 0 && (colon < 0 || q < colon) && !readsAsResult(told.slice(q + 1))) return false;
  const v = readingVocabulary();
  const words = toWords(told);
  for (const cue of findAny(words, phraseSetOf(v.notAResultCues))) {
    if (colon >= 0 && cue.start > colon && READING_CUES.test(told.slice(cue.start, cue.end))) continue;
    if (!readsAsResult(told.slice(cue.end))) return false;
  }
  return NAMES_SPINE.test(told) || !studyOfOtherRegion(told, words, v.nonSpineRegions);
}

/**
 * "XR L-spine NAD", "XR L-spine (bush hosp) NAD": "NAD" (no abnormality detected) closing the study's own clause, right after
 * its name or a bracket of where it was done, is its result (round 51, fix51c). Only there: "NAD" elsewhere in a sentence
 * ("Well, NAD, plan MRI L-spine") is the exam's "no acute distress" and tells no study done; a question ("XR L-spine NAD?")
 * or anything after it ("XR L-spine NAD per mum, report awaited") is not read.
 */
const NAD_CLOSING = /^[^,;:?()]*?\w(?:\s+\([^()?]{1,40}\))?\s+NAD\.?\s*$/;

/**
 * "X-ray LWS 15.01.2026 without pathologic finding.", "XR L-spine no pathological findings": a normal result written without a result word
 * (reading-vocabulary.json resultClosing), as writers trained in German-, Dutch- and French-speaking countries write it, read
 * as NAD_CLOSING is: only closing the study's own clause, with nothing after it but its full stop, and no question mark,
 * comma, semicolon, colon or bracket anywhere before it ("X-ray LWS: no pathologic findings?" is asked, not told), and only of
 * the spine's regions (resultClosingSpine) with no word of resultClosingRefuse in the clause.
 */
function normalClosing(told: string): boolean {
  if (/[,;:?()]/.test(told)) return false;
  const words = toWords(told);
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  if (!/^[.\s]*$/.test(told.slice(last.end))) return false;
  const v = readingVocabulary();
  // Only a study of the spine's regions, and none told with a modal, a relative or "for" whose (review r52: "X-ray SIJ …",
  // "X-ray Becken …", "X-ray LWS would probably show …", "X-ray LWS for mother …" read as a normal spine radiograph).
  if (findAny(words, phraseSetOf(v.resultClosingSpine)).length === 0) return false;
  const refuse = wordSetOf(v.resultClosingRefuse);
  if (words.some((w) => refuse.has(w.text.toLowerCase()))) return false;
  return findAny(words, phraseSetOf(v.resultClosing)).some((m) => m.end === last.end && m.start > words[0].start);
}

const PURPOSE_AFTER_COLON =
  /^\s*(?:for|to|assess\w*|evaluat\w*|eval|look\w*|check\w*|obtain\w*|need\w*|measure\w*|r\/o|rule out|exclude|query|\?)\b|\b(?:to be|needed|for (?:pars|spondyl\w*|scoliosis|cobb|fracture|curve)|cobb angle\W*$)/i;

/** Question cues that, after the colon of a study told, are its reading ("XR L-spine: concern for L5 pars defect"). */
const READING_CUES = /^(?:concern for|question of)$/i;

/** What follows a question cue tells a result anyway ("to evaluate for spondylolysis: negative"). */
function readsAsResult(rest: string): boolean {
  return RESULT_WORD.test(rest) || COLON_AND_TEXT.test(rest);
}

/**
 * Whether the study's object is a region other than the spine: the first region word after the
 * modality, in the study's own clause ("XR chest negative"; not "X-rays neg for fracture, hip films too").
 */
function studyOfOtherRegion(told: string, words: readonly Word[], regions: readonly string[]): boolean {
  const cut = told.search(/[,;]/);
  const clause = cut < 0 ? words : words.filter((w) => w.start < cut);
  const head = Math.max(
    0,
    clause.findIndex((w) => STUDY_HEAD.has(w.text)),
  );
  const rest = clause.slice(head + 1);
  const other = findAny(rest, phraseSetOf(regions))[0];
  if (!other) return false;
  const spine = rest.find((w) => NAMES_SPINE.test(w.text));
  return !spine || other.start < spine.start;
}

/**
 * Whether the study a clause names is a relative's: a possessive right before it ("Her brother's x rays of the spine",
 * "Dad's MRI") that the context reads as another's. "Mother says she had a spinal US" tells the child's own study.
 */
export function relativesStudy(text: string, at: number, clause: string): boolean {
  // "XR L-spine 2 wks ago, brother's XR normal": any study the clause names as a relative's leaves its result in doubt.
  const named = STUDY_NAMED_ALL;
  named.lastIndex = 0;
  for (let m = named.exec(clause), seen = 0; m && seen < 4; m = named.exec(clause), seen++) {
    const before = clause.slice(Math.max(0, m.index - 80), m.index);
    const end = m.index + m[0].length;
    // "Mum had lumbar XR 2 wks ago, normal": a relative the subject of the study's clause has it, as the context reads it.
    if ((RELATIVE_OWNS.test(before) || RELATIVE_HAD.test(before)) && readContext(text, at + m.index, at + end).experiencer === 'other') return true;
    // "Twin's spinal US showed low conus": the twin is a sibling (not "Twin A's", the child named by its place in the pair).
    if (TWINS_OWN.test(before)) return true;
    // "XR in his brother 2 wks ago", "Lumbar XR (for her sister)": the relative told after the study.
    const after = RELATIVE_AFTER.exec(clause.slice(end, end + 60));
    if (after && wordSetOf(contextLexicon().speakers.relations).has(after[1].toLowerCase())) return true;
    // "spinal US in twin at 4 wk", "XR L-spine in sister normal", "US spine at 6 wk in mother's other child" (review r55):
    // a relative told bare after the study, in its own clause, is the study's owner too; "Twin A" is the child by its place.
    const owner = priorStudyOwner(readingVocabulary().priorStudyOwner);
    const bare = owner.relativeAfterBare.exec(clause.slice(end, end + 60));
    if (bare && (!/['\u2019]s\b/i.test(bare[2] ?? '') || owner.otherChild.test(bare[2] ?? ''))) return true;
  }
  // "XR L-spine: grade 2 spondylolisthesis (dad, age 14)", "MRI L-spine: normal (sibling)": a relative in a bracket after it.
  const bracket = RELATIVE_IN_BRACKET.exec(clause);
  if (bracket && relativeWordsOf().has(bracket[1].toLowerCase())) return true;
  // "Brother had L-S spine AP/lat showing spondylolisthesis": radiographs named by region and views are a study named too.
  const views = REGION_AND_VIEWS.exec(clause);
  if (views) {
    const before = clause.slice(Math.max(0, views.index - 80), views.index);
    if ((RELATIVE_OWNS.test(before) || RELATIVE_HAD.test(before)) && readContext(text, at + views.index, at + views.index + views[0].length).experiencer === 'other') return true;
  }
  // "Mum's LS spine APL (last yr): normal" (review2 r35 H5): the region's radiograph named by its views, a relative's possessive before it.
  const apl = viewsStudy?.exec(clause);
  if (apl) {
    const owner = /\b([a-z]+)['\u2019]s\s+(?:[a-z-]+\s+){0,2}$/i.exec(clause.slice(Math.max(0, apl.index - 80), apl.index));
    if (owner && relativeWordsOf().has(owner[1].toLowerCase())) return true;
  }
  return false;
}
/** A bracket opening on a person ("(father)", "(dad, age 14)", "(older sister's)"). */
const RELATIVE_IN_BRACKET = /\(\s*(?:(?:his|her|their|the|older|younger|big|little|elder|twin)\s+)?([a-z]+)(?:['\u2019]s)?\b[^()]{0,40}\)/i;
/** The line before `lineStart` is a heading of a relative's ("Family history:", "Older sister:", "Dad:"). */
export function underRelativesHeading(text: string, lineStart: number): boolean {
  if (lineStart < 2) return false;
  const prevEnd = text.lastIndexOf('\n', lineStart - 1);
  if (prevEnd < 0) return false;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  const m = /^\s*([A-Za-z][^:\n]{0,40}):\s*$/.exec(text.slice(prevStart, prevEnd).replace(/\r$/, ''));
  return m !== null && (isAboutRelative(m[1]) || lookupKey(m[1].trim())?.name === 'Family history');
}
/**
 * A relative told bare right after a study, in or of it ("spinal US in twin", "XR of sibling"), not a twin named by its place
 * ("twin A"), and the possessive after it that names another child ("mother's other child"): reading-vocabulary priorStudyOwner.
 */
const priorStudyOwner = perVocabulary((v: ReadingVocabulary['priorStudyOwner']) => ({
  relativeAfterBare: new RegExp(
    String.raw`^[^:;,()\n]{0,30}?[\s(]{1,3}(?<!\b(?:${wordsSource(v.onBehalfOf)})\s{1,3})(?:in|of)\s{1,3}(${wordsSource(v.bareRelatives)})\b(?!\s+(?:[ab12]|one|two)\b)(['\u2019]s\s+\w+\s+\w+)?`,
    'i',
  ),
  otherChild: new RegExp(String.raw`^['\u2019]s\s+other\s+(?:${wordsSource(v.otherChild)})\b`, 'i'),
}));
/** A person a study was done in or for, told right after it ("XR in his brother", "films of her sister"). */
const RELATIVE_AFTER = /^[^:;,()\n]{0,30}?[\s(]{1,3}(?:in|of|for|on)\s{1,3}(?:his|her|their|the|a|pt['\u2019]s|patient['\u2019]s)\s{1,3}([a-z]+)\b/i;
/**
 * A subject who had the study, right before it ("Mum had", "her brother also had an"), for the context to read; not a
 * pronoun, which the sentence may give the child ("Mother says she had a spinal ultrasound as a newborn").
 */
const RELATIVE_HAD =
  /\b(?!(?:she|he|they|it|i|we|you|who|pt|patient|child)\b)[a-z]+\s+(?:also\s+)?(?:had|has had|underwent|got)\s+(?:(?:a|an|the|his|her|their|lumbar|spine|spinal|plain)\s+){0,2}$/i;
/** A possessive closing the words before a study, with at most two words between ("brother's old spine x rays"). */
/** A twin's possessive closing the words before a study ("twin's spinal US", "his twin brother's US"), as RELATIVE_OWNS. */
const TWINS_OWN = /\btwin(?:\s+(?:brother|sister|sibling|bro|sis))?['\u2019]s\s+(?:[a-z-]+\s+){0,2}$/i;
const RELATIVE_OWNS = /\b[a-z]+['\u2019]s\s+(?:[a-z-]+\s+){0,2}$/i;

/**
 * The sentences of a value read for a study done: a full stop ends one, but not a decimal's ("conus at L2.5") nor the one
 * closing a day and month written European style ("Spinal US 21.05. (at 2 weeks): limited", "Sono from 12.02.: conus at L3"),
 * where a colon, a bracket, a comma or a word in lower case follows it, nor a title's before a name ("Spinal US at 6 wks
 * (St. Mary's): conus at L3", "per Dr. Lee: normal").
 */
const SAID_IN_PRIOR = /(?:[^.;]|\.\d|(?<=(?:^|[^\d.])\d{1,2}\.\d{1,2})\.(?=[ \t]*[:(),]|[ \t]+[a-z])|(?<=\b(?:St|Ste|Dr|Mt|Prof))\.(?=[ \t]?[A-Z]))+/g;
/**
 * A one-line note whose parts a spaced pipe separates ("16yo F | LBP x 6 wk | prior XR L-spine nl (3 wk ago) | neuro: intact"):
 * each part is a sentence, as a semicolon's would be, so the pipe is read as one (same length, offsets kept; round 55). Not a
 * markdown table's row (a line opening on a pipe), whose cells a row's reader pairs.
 */
function pipesParted(value: string): string {
  if (!value.includes(' | ')) return value;
  return value.replace(/^[^\n]*$/gm, (line) => (/^\s*\|/.test(line) ? line : line.replace(/ \| /g, ' ; ')));
}
/**
 * Earlier imaging told in the history ("Spinal US at 3 wk: conus at L1, normal"): a sentence that
 * names a spine study, puts it in the past and does not order it is read as a prior study. `reported`: the sentences under
 * a key for the studies that report one done (resultsUnderStudiesKey), read though their key is none of PRIOR_IN_TEXT_KEYS.
 */
export function readPriorInText(text: string, all: readonly Field[], k: Knowledge, ageMonths: number | undefined, reported: ReadonlySet<Field> = new Set()): PriorStudy[] {
  const textWords = priorTextWords(k.vocabulary);
  const { onlyTheResult, advisesNext, advisedStep } = textWords;
  const out: PriorStudy[] = [];
  /** When each study of out was done, as told (toldWhen). */
  const whens: (When | undefined)[] = [];
  for (const f of all) {
    // "Imaging: CT L-spine last year: normal.": a line keyed for the imaging that reports a study done is read as one; so is a
    // sentence under a key for the studies that reports one ("Paraclinical: XR L-spine 2 weeks ago normal"), no other unkeyed line.
    // The keys are asked before the value is searched for a study's name; an Order line's report, the costliest, after it.
    const keyed = PRIOR_IN_TEXT_KEYS.has(f.key?.name ?? '') || reported.has(f);
    if (!f.value || !(keyed || f.key?.name === 'Order')) continue;
    if (!(NAMES_A_STUDY.test(f.value) || NAMES_A_SERIES.test(f.value) || REGION_AND_VIEWS.test(f.value) || (viewsStudy?.test(f.value) ?? false))) continue;
    if (!keyed && !reportedUnderImagingKey(text, f, orderWords(k.vocabulary))) continue;
    // "Family history:\nXR L-spine: grade 2 spondylolisthesis (dad)": a line right under a relative's heading is theirs.
    if (underRelativesHeading(text, f.lineSpan.start)) continue;
    const said = [...pipesParted(f.value).matchAll(SAID_IN_PRIOR)];
    for (let n = 0; n < said.length; n++) {
      const m = said[n];
      const raw = m[0];
      // "- First US (6 wks): equivocal — conus at L2-L3": a list item's mark is no word of the sentence, which opens on the study.
      let sentence = withoutVisitLabel(raw.trim().replace(LIST_ITEM_MARK, ''));
      const settingLead = settingLeadOf(textWords, sentence);
      let start = f.valueSpan.start + (m.index ?? 0) + raw.indexOf(sentence);
      const sentenceStart = start;
      // "- MRI L-spine at 6 months if US equivocal", "if US abnormal, MRI": a study named in a condition is
      // not one done; the rest of the sentence is read without the condition.
      const cond = conditionWords().condition.exec(sentence);
      if (cond) {
        const comma = sentence.indexOf(',', cond.index);
        const before = sentence.slice(0, cond.index).trimEnd();
        const after = comma >= 0 ? sentence.slice(comma + 1) : '';
        if (NAMES_A_STUDY.test(before) || !after.trim()) sentence = before;
        else {
          start += comma + 1 + (after.length - after.trimStart().length);
          sentence = after.trim();
        }
      }
      // "the US window has passed at 9 months": the acoustic window is no study.
      if (namesOnlyAWindow(sentence)) continue;
      // "at 10 months canal US is usually nondiagnostic": what a study tends to show is a remark, not one done.
      if (GENERAL_REMARK.test(sentence) && !DONE_MARK.test(sentence) && !DATED.test(sentence)) continue;
      // "MRI L-spine at 6 months" for a 2-month-old: an age still to come is a plan, not a study done.
      const at = AT_AGE.exec(sentence);
      if (at && ageMonths !== undefined && toMonths(Number(at[1]), unitOf(at)) > ageMonths + 0.25) continue;
      // "US spine on day 5" for a 2-day-old: a day of life still to come is a plan too.
      const day = DAY_OF_LIFE.exec(sentence);
      if (day && ageMonths !== undefined && toMonths(Number(day[1]), 'd') > ageMonths + 1 / 30.4375) continue;
      // "Outpatient spinal US (ordered at nursery discharge) has resulted: conus at L3", "Result pending at discharge: spinal
      // US, ordered for a deep dimple. Final read: conus at L2-L3 …": a study ordered before whose result has come is one done.
      const resulted = resultedIn(sentence, onlyTheResult) || resultFollows(said, n);
      const notPast = (t: string) => NOT_PAST.test(resulted ? t.replace(ORDERED_BEFORE, ' ') : withoutFollowUpNever(t));
      let told = sentence;
      // "… XR L-spine\nNo fracture.", "Had MRI L-spine.\nNo abnormality.": a study closing its value, its report on the next line.
      // Not a study asked for ("referred for US spine", "PCP recommends MRI", "here for MRI"), whatever the next line says.
      const report =
        NAMES_A_STUDY.test(sentence) && !NOT_PAST.test(sentence) && !ASKED_FOR.test(sentence) && /^[\s.;]*$/.test(f.value.slice((m.index ?? 0) + raw.length))
          ? reportOnNextLine(text, f.valueSpan.end)
          : undefined;
      if (report) told = text.slice(start, report.end);
      else if (!resulted && !PAST.test(sentence)) {
        // "XR L-spine: grade 1 spondylolisthesis", "Plain films: …", "…, films at PCP nl": a study told with its result is past without a past word.
        const clause = /(?:^|,)\s*([^,]+)$/.exec(sentence)?.[1] ?? sentence;
        const led = startsWithPriorStudy(sentence, settingLead) || startsWithPriorStudy(clause, settingLead);
        // "a left thoracic curve of 30 deg on today's standing films": a finding told on the films it was seen on.
        const seen = led ? undefined : findingOnRadiograph(sentence);
        if (seen) {
          start += seen.from;
          told = seen.text;
        } else {
          if (!led) {
            // "2 mo M w/ lumbosacral lipoma - US spine yesterday: conus at L3, fatty filum", "dimple; spinal sono (1/11): normal":
            // a study opening a clause inside the sentence, told with its result, is one done too.
            const inner = studyToldInside(sentence, settingLead, orderWords(k.vocabulary), k.vocabulary);
            if (!inner) continue;
            start += inner.from;
            told = inner.text;
          } else if (!startsWithPriorStudy(sentence, settingLead)) {
            start += sentence.length - clause.length;
            told = clause;
          }
          // "XR L-spine normal, MRI ordered": the result is the first study's; what follows is another's.
          // "Rentgenogram of L-spine (polyclinic N3, 10.03) - without pathology": a whole result after a spaced dash is one too.
          if (!opensWithResult(told, settingLead, orderWords(k.vocabulary))) continue;
        }
      } else if (!resulted) {
        // "2 mo M w/ lumbosacral lipoma - had US at 6 wks which was normal": the study's own clause, not the skin finding told
        // before it, is its report.
        const own = ownClauseOfStudy(sentence, settingLead, orderWords(k.vocabulary));
        if (own) {
          start += own.from;
          told = own.text;
        }
      }
      // "XR L-spine: normal, MRI recommended", "Spinal US at 3 wk normal, then MRI at 4 mo showed a fatty filum":
      // each study is read with its own clause; a later one only when it too is told as done.
      // "had spinal us as newborn normal now dad wants more imaging pls order ct": a run-on note's study ends at its result.
      told = endAtRunOnNext(told);
      for (const part of studyClauses(told, settingLead, { advisesNext, advisedStep })) {
        if (part.text.length < 4 || notPast(part.text) || notDone(beforeNextStep(part.text.replace(/[,;].*$/s, ''))) || toldAhead(part.text)) continue;
        if (part.from > 0 && !PAST.test(part.text) && !tellsSpineResult(part.text)) continue;
        // "Her brother's x rays of the spine were normal": a relative's study is none of the child's.
        if (relativesStudy(text, start + part.from, part.text)) continue;
        // "twin brother: US spine yesterday: conus at L3", "yesterday NSGY said: US spine first", "neck US yesterday: normal".
        if (notTheChildsStudy(text.slice(sentenceStart, start + part.from), part.text) || !ofTheSpine(part.text, k.vocabulary)) continue;
        const study = readPriorStudy(part.text, { start: start + part.from, end: start + part.from + part.text.length }, k);
        if (!study.modality || study.modality === 'bone-scan') continue;
        if (study.modality !== 'US' && study.modality !== 'MRI' && study.modality !== 'XR' && study.modality !== 'CT') continue;
        // "Postnatal renal US at 1 wk: mild pelviectasis", "head US normal": a study of another region is no prior spine study.
        if (ofOtherRegion(part.text)) continue;
        // "A spinal ultrasound was performed at 7 months. The report states … limited by ossification; it was
        // read as indeterminate.": the result told in the sentences after the study's own.
        // "XR 3 wk ago: no fracture; L3-4 disc space narrowing", "…: no fracture. Endplate irregularity at L2-3.": a report
        // read negative only for its denials is not, when the sentence after goes on to tell more of it.
        // "US spine 2 days ago: filum 1 mm; conus at L3", "normal cord motion; images degraded by motion": a report goes on past
        // a semicolon with more of what it found; read whole, what it adds may make it abnormal or leave it in doubt.
        const past = reportPastSemicolon(f, said, n);
        if (past !== undefined && study.result !== 'abnormal') {
          const span = { start: study.span.start, end: past };
          const merged = readPriorStudy(text.slice(span.start, span.end), span, k);
          // "Spinal US at 2 mo inadequate; repeat at 10 wk normal": read whole, a later normal repeat outranks it (readPriorStudy).
          if (
            merged.result === 'abnormal' ||
            (merged.result === 'indeterminate' && study.result !== 'indeterminate') ||
            (merged.result === 'normal' && study.result === 'indeterminate')
          )
            Object.assign(study, { span, text: merged.text, result: merged.result, reasons: merged.reasons, byDenial: merged.byDenial });
        }
        // "Spinal US at 6 wk poor quality. Repeat at 3 mo: conus L1, normal.", "inadequate; repeat at 3 mo: tethered cord": a
        // repeat done, told right after a limited study, replaces it (read whole: readPriorStudy's later repeat).
        const next = said[n + 1];
        if (study.result === 'indeterminate' && next && opensWithRepeat(next[0])) {
          const span = { start: study.span.start, end: f.valueSpan.start + (next.index ?? 0) + next[0].trimEnd().length };
          const merged = readPriorStudy(text.slice(span.start, span.end), span, k);
          if (merged.result === 'normal' || merged.result === 'abnormal') Object.assign(study, { span, text: merged.text, result: merged.result, reasons: merged.reasons });
        }
        if (study.byDenial && reportGoesOn(f, said, n)) Object.assign(study, { result: 'unknown', byDenial: undefined });
        // "XR: pars defect healed; new lucency of the right L4 pars": a report read normal for what healed, resolved or is a
        // variant, that goes on to tell a finding, is read with what it goes on to tell.
        if (study.result === 'normal' && priorReportPatterns(readingVocabulary().priorReportWords).normalByCourse.test(study.text) && reportGoesOn(f, said, n)) {
          const next = said[n + 1];
          const span = { start: study.span.start, end: f.valueSpan.start + (next.index ?? 0) + next[0].trimEnd().length };
          const merged = readPriorStudy(text.slice(span.start, span.end), span, k);
          if (merged.result === 'abnormal') Object.assign(study, { span, text: merged.text, result: merged.result, reasons: merged.reasons });
        }
        const reported = study.result === 'unknown' ? reportAfter(f, said, n) : undefined;
        if (reported !== undefined) {
          const span = { start: study.span.start, end: reported };
          const merged = readPriorStudy(text.slice(span.start, span.end), span, k);
          if (merged.result !== 'unknown') Object.assign(study, { span, text: merged.text, result: merged.result, reasons: merged.reasons });
        }
        // "Spinal US done at birth, never repeated": only what it showed makes the 'never' one of a study done once; told
        // without it, the 'never' leaves it as not done (study-reported.ts NOT_PAST).
        if (study.result === 'unknown' && NEVER_REDONE.test(part.text)) continue;
        // "That ultrasound was done at 2 months and showed the conus at L1-L2 … better than an infant ultrasound
        // done 22 months ago": a study named again without its result is the one already read.
        // One told with a time of its own other than the read one's is another ("Spinal US at 2 wk was normal.
        // Spinal US at 5 months at OSH, report not available").
        const when = toldWhen(part.text, ageMonths);
        if (
          study.result === 'unknown' &&
          !NEW_STUDY.test(part.text) &&
          out.some((o, q) => o.modality === study.modality && o.result !== 'unknown' && (when === undefined || sameWhen(when, whens[q])))
        )
          continue;
        whens[out.length] = when;
        out.push(study);
        if (out.length >= 8) return out;
      }
    }
  }
  return out;
}

/**
 * The first study told opens its result ("XR L-spine normal, MRI ordered": the result is the first study's; what follows
 * is another's), or tells a whole result after a spaced dash ("Rentgenogram of L-spine (polyclinic N3, 10.03) - without
 * pathology").
 */
function opensWithResult(told: string, settingLead: RegExp, ow: OrderWords): boolean {
  const first = studyClauses(told, settingLead)[0]?.text ?? told;
  return tellsSpineResult(first) || resultAfterDash(first, ow) || ANATOMY_AFTER_DASH.test(first);
}
/**
 * A spaced dash after the study, then (quoted or not) the part of the canal its report read: "US of spine at age 2 weeks in
 * Vienna - \"conus medullaris at L3, low-lying\"", "spinal sono - filum 2 mm". What it found is read by readPriorStudy; not
 * what is still to look at ("US spine - conus level to be checked", "- filum ?thick").
 */
const ANATOMY_AFTER_DASH =
  /^[^\n]*?\s[-\u2013\u2014]\s+["'\u201c\u2018]?\s*(?:the\s+)?(?:conus|filum|(?:spinal\s+)?cord|thecal\s+sac|cauda\s+equina|(?:nerve\s+)?roots|spinal\s+canal)\b(?![^\n.;]*(?:\?|\bto\s+(?:be|assess|check|evaluate|look|rule|exclude)\b))/i;
/**
 * What must follow a word of prose.spineStudyLeads for it to lead a prior study: the spine named first ("spinal u/s", "spine
 * US", "lumbosacral US") or right after an ultrasound's name ("US spine", "u/s of the spine"); never a bare "US:" or "MRI".
 */
const SPINE_STUDY_NEXT = String.raw`\s+(?:spinal|spine|lumbosacral|lumbar|sacral)\b|\s+(?:${US_WORDS})\s+(?:of\s+(?:the\s+)?)?(?:spinal|spine|lumbosacral|lumbar|sacral|ls|l-spine)\b`;
/** The mark opening a list item ("- ", "• ", "* ", "– "), before its text. */
const LIST_ITEM_MARK = /^[-\u2013\u2014\u2022*][ \t]+/;
/**
 * The label in square brackets a copied-forward note puts before the lines each visit wrote: "[today]" or the visit's date
 * ("[2/11]", "[03/02/2026]"), opening the sentence. It tells when the line was written, so "[today] US spine 3/2/26: conus at
 * L3" opens on its study as the line without it does; what the sentence says is read as ever ("[2/11] US spine requested"
 * is still a study asked for, not one done).
 */
const VISIT_LABEL = /^\[(?:today|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\][ \t]*/i;
/**
 * The sentence without a copied-forward note's VISIT_LABEL, only when the line gives the study's result and tells it no
 * study still to be done (narrowed after review r50: "[today] US spine: mum to book", "[2/11] US spine: awaiting slot" are
 * read as main reads them, the label kept).
 */
function withoutVisitLabel(sentence: string): string {
  const rest = sentence.replace(VISIT_LABEL, '');
  const p = priorReportPatterns(readingVocabulary().priorReportWords);
  return rest !== sentence && p.lineResult.test(rest) && !p.lineStillToDo.test(rest) ? rest : sentence;
}
/** Where a clause starts inside a sentence: after a comma, a semicolon, a colon, a spaced dash or a line break (and the mark of a list item after it). */
const INNER_CLAUSE = /(?:[,;:]|\s[-\u2013\u2014](?=\s)|\n)\s*(?:[-\u2013\u2022*]\s+)?/g;
/** Where a clause starts inside a sentence (INNER_CLAUSE), or an aside in brackets after a word ("hair tuft (MRI L-spine age 2: normal)"). */
const INNER_CLAUSE_OR_ASIDE = /(?:[,;:]|\s[-\u2013\u2014](?=\s)|\n|(?<=\S)\s*\()\s*(?:[-\u2013\u2022*]\s+)?/g;
/**
 * A study that opens a clause inside its sentence and is told there with its result, from that clause to the sentence's
 * end: "2 mo M w/ lumbosacral lipoma (palpable soft mass) - US spine yesterday: conus at L3, echogenic fatty filum",
 * "Sacral dimple, spinal sono today: conus at L1-2, filum normal". The first such clause; one that names a study without
 * its result ("hair tuft, US spine ordered, XR L-spine at PCP: normal") leaves the look to a later one. `from` is the
 * told text's offset in the sentence.
 */
function studyToldInside(sentence: string, settingLead: RegExp, ow: OrderWords, v: Knowledge['vocabulary']): { from: number; text: string } | undefined {
  work.steps += sentence.length;
  for (const m of sentence.matchAll(INNER_CLAUSE_OR_ASIDE)) {
    const from = (m.index ?? 0) + m[0].length;
    if (from >= sentence.length || !startsWithPriorStudy(sentence.slice(from, from + 80), settingLead)) continue;
    // "10 yo F with hair tuft over L3 (MRI L-spine age 2: normal, no tethering)": an aside in brackets that opens on a
    // study tells it to the bracket's close.
    const close = m[0].includes('(') ? sentence.indexOf(')', from) : -1;
    const text = sentence.slice(from, close < 0 ? undefined : close).trim();
    // "twin's US spine yesterday: conus at L3", "mom asked about US spine: worried about tethering", "US of the lump: lipoma":
    // a relative's study, one only talked of, or one of something else than the spine leaves the look to a later clause.
    if (notTheChildsStudy(sentence.slice(0, from), text) || !ofTheSpine(text, v)) continue;
    if (opensWithResult(text, settingLead, ow)) return { from, text };
  }
  return undefined;
}
/**
 * A study told done in a clause of its own after words about the child ("2 mo M w/ lumbosacral lipoma - had US at 6 wks which
 * was normal", "lipoma over the sacrum, a spinal ultrasound last week showed a low conus"): that clause to the sentence's
 * end is its report, so a skin finding before it ("lipoma", "mass", "sinus tract") is not read as the study's. Not a clause
 * that refers back to the finding before it ("low conus, as seen on US at 2 wk", "tethered cord, confirmed on spinal US"),
 * and not when only the words cut off tell the study done ("seen previously for a dimple, US spine today").
 */
function ownClauseOfStudy(sentence: string, settingLead: RegExp, ow: OrderWords): { from: number; text: string } | undefined {
  const named = NAMES_A_STUDY.exec(sentence);
  if (!named || named.index === 0) return undefined;
  let from = -1;
  for (const m of sentence.matchAll(INNER_CLAUSE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > named.index) break;
    from = end;
  }
  if (from <= 0) return undefined;
  const text = sentence.slice(from).trim();
  // "records requested - parents think a spinal US may have been done there": words cut off that leave it to do keep it so.
  if (!text || REFERS_BACK.test(text) || NOT_PAST.test(sentence.slice(0, from))) return undefined;
  // "2 mo M w/ low-lying conus - had US at 6 wks", "fatty filum, picked up on US at 6 wk": a finding of the cord told before
  // the study is what it showed; only one the skin shows too ("lumbosacral lipoma") is cut off.
  if (cordFindingIn(sentence.slice(0, from))) return undefined;
  if (!PAST.test(text) && !opensWithResult(text, settingLead, ow)) return undefined;
  return { from: from + (sentence.length - from - sentence.slice(from).trimStart().length), text };
}
/**
 * A study told with its result in a note typed without stops, the next step run on right after the result ("had spinal us as
 * newborn normal now dad wants more imaging pls order ct lumbar spine", "US spine at birth nl so MRI now"): the study's clause
 * ends at its result, so the plan after it is not read as the study's own (an order or a wish leaving it undone). Only a
 * final result word (not "showed") right after the study's name and its words, no mark between, then "now", "pls",
 * "please", "plan" or "so"; the words before the result still count ("spinal us requested normal now …" stays to do).
 */
function endAtRunOnNext(told: string): string {
  const named = NAMES_A_STUDY.exec(told);
  if (!named) return told;
  // "twin had spinal us at birth normal now pls order ct": a relative's study, left as it was read before.
  const clauseLead =
    told
      .slice(0, named.index)
      .split(/[.;!?\n]/)
      .pop() ?? '';
  if (toWords(clauseLead).some((w) => relativeWordsOf().has(w.text.toLowerCase()))) return told;
  const from = named.index + named[0].length;
  const m = priorReportPatterns(readingVocabulary().priorReportWords).runOnNext.exec(told.slice(from));
  return m ? told.slice(0, from + m[1].length) : told;
}
/** Words opening a clause that tie the study to what the clause before told ("as seen on US", "confirmed on MRI", "which the US showed"). */
const REFERS_BACK =
  /^(?:as|on|by|per|via|seen|noted|shown|confirmed|found|demonstrated|visuali[sz]ed|identified|diagnosed|dx(?:'?d)?|detected|picked\s+up|discovered|first\s+seen|which|that|also|both|and|but|with|w\/)(?![\w/])/i;
/** Whether words tell a finding of the cord or its canal (priorStudyFindings.abnormal but skinToo): "low-lying conus", "fatty filum", "tethered cord". */
function cordFindingIn(words: string): boolean {
  const v = readingVocabulary().priorStudyFindings;
  return findAny(toWords(words), cordFindings(v)).length > 0;
}
const cordFindings = perVocabulary((v: { abnormal: readonly string[]; skinToo: readonly string[] }) => {
  const skin = new Set(v.skinToo);
  return phraseSetOf(v.abnormal.filter((p) => !skin.has(p)));
});
/**
 * A study told in a sentence as not the child's, or only talked of: a relative's possessive or label right before it ("twin's
 * US spine", "twin brother: US spine yesterday", "brother (4 y) w/ tethered cord - his US spine"), or words of a talk before
 * it or right after its name ("mom asked yesterday about US spine", "discussed w/ radiology yesterday: US spine first",
 * "US spine discussed yesterday: parents prefer MRI"). `before`: the sentence before the study's clause.
 */
function notTheChildsStudy(before: string, clause: string): boolean {
  const named = NAMES_A_STUDY.exec(clause);
  const lead = before + clause.slice(0, named?.index ?? 0);
  const relatives = relativeWordsOf();
  const tail = /([a-z-]+)(?:['\u2019]s?)?\s*(?:\([^()]{0,30}\)\s*)?(?:[:\-\u2013\u2014]\s*)?(?:(?:old|recent|own|prior|previous|prev)\s+)?$/i.exec(lead);
  if (tail && relatives.has(tail[1].toLowerCase())) {
    // "twin's US spine", "brother's old spine US": a relative's possessive; "twin brother: US spine", "sister - US spine": a
    // relative's label, not the parent's who tells the child's story ("Mom: US spine at 2 wk showed nothing").
    if (/['\u2019]s?\s*(?:(?:old|recent|own|prior|previous|prev)\s+)?$/.test(lead)) return true;
    if (/[:\-\u2013\u2014]\s*$/.test(lead) && !wordSetOf(contextLexicon().speakers.dashTellers.relations).has(tail[1].toLowerCase())) return true;
  }
  // "brother (4 y) w/ tethered cord - his US spine yesterday": a pronoun owning the study after a relative named before it.
  // Not after a parent, who tells the child's story ("Mom says her x rays of the spine last month were normal").
  const tellers = wordSetOf(contextLexicon().speakers.dashTellers.relations);
  // "Brother - prev US spine normal", "twin prev spinal US normal": "Prev" (a short form read only right before the study)
  // tells no prior of the child's after a relative other than a parent on its line.
  if (/\bprev\.?\s+(?:(?:spinal|spine)\s+)?$/i.test(lead) && ownsBefore(lead.slice(lead.lastIndexOf('\n') + 1), relatives, tellers)) return true;
  if (/\b(?:his|her|their)\s+(?:(?:old|recent|own|prior|previous|prev)\s+)?$/i.test(lead) && toWords(lead).some((w) => relatives.has(w.text) && !tellers.has(w.text))) return true;
  const talk = [...lead.slice(-80).matchAll(TALKED_BEFORE)].pop();
  // "Mother says she had a spinal ultrasound as a newborn, reported normal": a study told done after the talk is one done.
  if (talk) return !DONE_IN_CLAUSE.test(clause) && !HAD_BEFORE.test(lead);
  const head = named ? clause.slice(named.index + named[0].length).split(/[:;,]|\s[-\u2013\u2014]\s/)[0] : '';
  return TALKED_AFTER.test(head);
}
/** Whether a relative other than a parent who tells the child's story is named in `lead` ("Brother - prev", "twin had"). */
function ownsBefore(lead: string, relatives: ReadonlySet<string>, tellers: ReadonlySet<string>): boolean {
  return toWords(lead).some((w) => relatives.has(w.text.toLowerCase()) && !tellers.has(w.text.toLowerCase()));
}
/** The relatives of the context lexicon and a twin or sibling told short, one set for every reader of a study's owner. */
const relativeWords = perVocabulary((relations: readonly string[]) => new Set([...relations, 'twin', 'twins', 'cotwin', 'co-twin', 'sib', 'sibs']));
export const relativeWordsOf = (): ReadonlySet<string> => relativeWords(contextLexicon().speakers.relations);
/**
 * Words of a talk about a study before it in its sentence ("asked about", "discussed w/ radiology", "NSGY said:", "parents prefer").
 * "about" before a number is a measure's hedge, no talk ("dimple (about 1.5cm from anus) - spinal US at 5 wks NORMAL"; round 55).
 */
const TALKED_BEFORE =
  /\b(?:ask(?:s|ed|ing)?|discuss(?:es|ed|ing|ion)?|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|said|says|advis(?:e|es|ed|ing)|prefer(?:s|red)?|counsell?(?:ed|ing)|explain(?:s|ed|ing)?|offer(?:s|ed|ing)?|suggest(?:s|ed|ing)?|consider(?:s|ed|ing)?|wonder(?:s|ed|ing)?|worried|question(?:s|ed)?|about(?!\s*~?\s*\d)|regarding)\b|\bre:/gi;
/** Words of a talk right after a study's name, in its heading, a word or two between ("US spine discussed yesterday", "spinal US was offered"). */
const TALKED_AFTER =
  /^\s*(?:(?!(?:showed|shows|was|were|is)\b)[\w/-]+\s+){0,2}?(?:(?:was|were|is|has been|had been)\s+)?(?:discussed|talked about|mentioned|offered|explained|suggested|considered|proposed|raised)\b/i;
/** Words in a study's clause telling it done, whatever talk came before ("discussed w/ radiology: US spine yesterday showed …"). */
/** The child had the study, right before its name ("Mother says she had a spinal ultrasound as a newborn"). */
const HAD_BEFORE = /\b(?:had|has had|have had|underwent|got)\s+(?:(?:a|an|the|his|her|their|outside|spinal|spine|lumbar|repeat)\s+){0,3}$/i;
const DONE_IN_CLAUSE =
  /\b(?:showed|shows|showing|revealed|demonstrated|performed|done|(?:was|were)\s+(?:normal|abnormal|negative|unremarkable|fine|ok|clear)|reported|read as|came back|results?)\b/i;
/**
 * A study of the spine, not of something its heading names instead when it names no spine ("neck US yesterday", "US of the lump",
 * "soft-tissue US of the mass yest", "pelvic US yesterday"): reading-vocabulary priorStudyFindings.notTheSpine.
 */
function ofTheSpine(clause: string, v: Knowledge['vocabulary']): boolean {
  // "US (renal, spine) at 1 wk": a bracket's list belongs to the heading, so its commas do not end it.
  const masked = clause.replace(/\([^()]*\)/g, (b) => b.replace(/[:;,]/g, ' '));
  const head = masked.split(/[:;,]|\s[-\u2013\u2014]\s/)[0];
  if (NAMES_SPINE.test(head)) return true;
  // "XR pelvis, L-spine: normal": the regions listed before the result's colon are the heading's.
  const listed = /:/.test(masked) ? masked.split(/[:;]|\s[-\u2013\u2014]\s/)[0] : '';
  if (listed && NAMES_SPINE.test(listed)) return true;
  // "TC de cráneo normal tras caída" (read "CT cráneo normal …"): a part the order reads as another's than the spine
  // (order-vocabulary notSpine, in every language it holds) makes the heading's study another part's too.
  const words = toWords(head);
  return findAny(words, notTheSpine(readingVocabulary().priorStudyFindings.notTheSpine)).length === 0 && findAny(words, notTheSpine(v.notSpine)).length === 0;
}
const notTheSpine = perVocabulary((list: readonly string[]) => phraseSetOf(list));
/**
 * A study told for a time still to come in its heading, before its colon, comma or dash: "US spine tomorrow: 9am",
 * "spinal US booked for next week - will call with results", "US spine in 2 weeks". A time after the heading is another
 * step's ("US spine 2 wk ago: normal, f/u in 2 weeks").
 */
function toldAhead(told: string): boolean {
  const head = told.split(/[:,;]|\s[-\u2013\u2014]\s/)[0];
  return AHEAD.test(head);
}
const AHEAD =
  /\b(?:tomorrow|tmrw|tonight|later (?:today|this week)|next (?:week|wk|month|mo|visit|appointment|appt)|in \d{1,2}\s*(?:d|days?|wks?|weeks?|mos?|months?)|in (?:a|one|two|three|four|six) (?:days?|weeks?|months?))\b/i;

/** A study's result told as come ("has resulted", "results are back", "came back"). */
const RESULTED =
  /\b(?:has|have|had)\s+(?:now\s+|since\s+|just\s+)?(?:resulted|come back|returned)\b|\bresulted\s*:|(?<!\b(?:when|once|until|till|after|before|if|whether)\s+(?:the\s+)?)\bresults?\s+(?:is\s+|are\s+|now\s+)?back\b(?!\s+(?:in|by|within|next|tomorrow|later|soon|expected|on|early)\b)|\bcame back\b/gi;
/**
 * The sentence tells the study's own result come: the clause of "has resulted" or "came back" names the study or only
 * its result ("Spinal US ordered by PCP came back normal", "…, results came back normal"); not another test's ("Spinal
 * US ordered, UA has resulted: normal", "…, urine culture came back negative"), nor a result still to come ("results back
 * in 48h", "call when results are back").
 */
function resultedIn(sentence: string, onlyTheResult: RegExp): boolean {
  for (const m of sentence.matchAll(RESULTED)) {
    const clause = sentence.slice(0, m.index).split(/[,;]/).pop() ?? '';
    if (NAMES_A_STUDY.test(clause) || onlyTheResult.test(clause)) return true;
  }
  return false;
}
/** The order told of a study whose result has come ("ordered at nursery discharge", "requested by the PCP"). */
const ORDERED_BEFORE = /\b(?:ordered|requested)\b/gi;
/** The sentence after sentence n opens on its report's heading and tells a result ("Final read: conus at L2-L3, limited by motion"). */
function resultFollows(said: readonly RegExpMatchArray[], n: number): boolean {
  const next = said[n + 1]?.[0];
  if (!next) return false;
  const m = REPORT_HEADING.exec(next);
  // "Result: conus terminates at L3, thickened filum 2.5 mm - read as abnormal, possible tethered cord": under its heading a
  // report's own hedged impression after its findings leaves them a report (the findings before the hedge are read).
  return m !== null && !NAMES_A_STUDY.test(m[1]) && tellsImagingReport(m[1].split(REPORT_HEDGE)[0]);
}
/** A sentence opening on its report's heading ("Result:", "Final read:", "Impression:"), the report after it. */
const REPORT_HEADING = /^\s*(?:final\s+|formal\s+|official\s+)?(?:read|reading|report|results?|impression)\s*:\s*(.*)$/is;
/** A radiologist's hedged impression, after the findings: "possible tethered cord", "suspicious for lipoma". */
const REPORT_HEDGE = /\b(?:possible|possibly|probable|likely|suspicious for|concerning for|suggestive of|query)\b/i;

/**
 * What a study tends to show, told of the study in general ("canal US is usually nondiagnostic at 10 months",
 * "MRI is often normal in spondylolysis", "radiographs tend to miss early stress reactions").
 */
const GENERAL_REMARK =
  /\b(?:is|are|becomes?|gets?|can be)\s+(?:usually|typically|generally|often|frequently|commonly|rarely|seldom|mostly|normally|not usually|not always|less)\b|\b(?:usually|typically|generally|often|frequently|commonly|rarely|seldom)\s+(?:is|are|non\w*|limited|inadequate|insufficient|shows?|gives?|miss(?:es)?|cannot|can'?t|fails?|not)\b|\btends? to\b/i;
/** Words that tell a study done, which a general remark beside it does not undo ("prior US was limited, as is often the case", "OSH radiographs normal, though x-rays often miss early stress reactions"); not "prior to discharge" (a time to come, study-reported.ts PRIOR_NOT_PAST). */
const DONE_MARK = new RegExp(
  String.raw`\b(?:(?!${PRIOR_NOT_PAST})prior|previous|${PREV_BEFORE_STUDY}|previously|had|has had|showed|shows|showing|was|were|done|performed|obtained|ago|last|read as|reviewed|outside|osh|recent|recently|earlier|at birth)\b`,
  'i',
);

/** When a study was done as its sentence tells it: the age in months ("at 2 months", "22 months ago" of a 2-year-old), or its date. */
type When = { months: number } | { date: string };
function toldWhen(told: string, ageMonths: number | undefined): When | undefined {
  const at = AT_AGE.exec(told);
  if (at) return { months: toMonths(Number(at[1]), unitOf(at)) };
  if (/\bat birth\b/i.test(told)) return { months: 0 };
  const ago = AGO.exec(told);
  if (ago && ageMonths !== undefined) return { months: ageMonths - toMonths(Number(ago[1]), unitOf(ago)) };
  const dated = DATED.exec(told);
  if (dated && /\d/.test(dated[0])) return { date: dated[0] };
  return undefined;
}
const AGO = /\b(\d{1,2}(?:\.\d)?)(?:\s*(d|days?|wks?|weeks?|mos?|months?|y|yrs?|years?)|\/(52|12))\s+ago\b/i;
/** Two times told are the same study's; one not told may be any. */
function sameWhen(a: When, b: When | undefined): boolean {
  if (!b) return false;
  if ('months' in a && 'months' in b) return Math.abs(a.months - b.months) <= 0.5;
  if ('date' in a && 'date' in b) return a.date === b.date;
  return false;
}
/** A study told as not done in its own clause: recommended, planned, declined, or none ("Prior US: none", "US had been planned"). */
const NOT_DONE =
  /\b(?:recommend(?:ed|s|ation)?|advised|suggested|planned|declined|refused|deferred|cancell?ed|none|nil|not (?:yet )?(?:available|possible|done|performed|obtained|attended)|did ?n[o']t (?:attend|show|come|turn up)|failed to (?:attend|show)|no[- ]?show(?:ed)?|missed (?:the |their |her |his )?(?:appointment|appt|scan|slot))\b/i;
/**
 * A study's clause up to a next step planned after its result, past a spaced dash ("Birth spinal u/s showed low lying conus at
 * L3 - f/u was planned but family moved"): the follow-up planned or advised is the next step's, the study told with its
 * result was done. Only after a result of the spine: "US spine - f/u planned" and "US spine - repeat planned" keep the clause
 * whole, as does anything but a follow-up after the dash ("US spine at 2 mo - planned", "- declined by parents").
 */
function beforeNextStep(clause: string): string {
  const m = NEXT_STEP_AFTER_DASH.exec(clause);
  return m && tellsSpineResult(clause.slice(0, m.index)) ? clause.slice(0, m.index) : clause;
}
const NEXT_STEP_AFTER_DASH = /\s[-\u2013\u2014]\s+(?:the\s+)?(?:f\/u|follow[- ]?up|repeat|recheck|review|surveillance)\b/i;
/**
 * A study told done with its result, then a follow-up that never happened ("Spinal US showed a low-lying conus, f/u never
 * happened"): the 'never' is the follow-up's, so it is left out of the study's clause. Only after a result of the spine:
 * "Spinal US booked at birth - f/u never happened", "Referred for spinal US, follow up never happened", "Would have had
 * spinal US but f/u never happened" keep it, and the study stays undone (study-reported.ts NOT_PAST).
 */
function withoutFollowUpNever(told: string): string {
  const m = FOLLOW_UP_NEVER.exec(told);
  return m && tellsSpineResult(told.slice(0, m.index)) ? told.slice(0, m.index) + told.slice(m.index + m[0].length) : told;
}
const FOLLOW_UP_NEVER =
  /(?:[,;]|\s[-\u2013\u2014])\s*(?:the\s+|a\s+)?(?:f\/u|follow[- ]?up|repeat|review|recheck)(?:\s+(?:scan|study|us|u\/s|imaging|appointment|appt))?\s+(?:was\s+|has\s+|had\s+)?never\b[^.;\n]*/i;
/** "US spine yesterday: DNA": did not attend, in capitals (not "DNA testing", "microarray DNA sent"). */
const DID_NOT_ATTEND = /\bDNA(?:'?d)?\b(?!\s+(?:test\w*|sampl\w*|analys\w*|sequenc\w*|microarray|panel|sent|results?)\b)/;
const notDone = (clause: string) => NOT_DONE.test(clause) || DID_NOT_ATTEND.test(clause);
/** A sentence after a study that doubts what it showed ("It is unclear whether it was normal"). */
const UNSURE = /\b(?:unclear|uncertain|unknown|not sure|not known|whether|don'?t know|do not know)\b/i;

/** Keys whose free text may tell a study done: the history, and the indication of an order ("Indication: dimple. US spine 3 wk ago: conus at L3"). */
// The patient line too: "Pt: 2 yo M (26 mo). h/o sacral dimple, spinal US at birth normal." tells the history after the age.
const PRIOR_IN_TEXT_KEYS = new Set<string>(['Presentation', 'PMH', 'Indication', 'Patient']);
/** A study named as another one than any told before ("repeat US", "a second MRI", "the latest US"). */
const NEW_STUDY = /\b(?:repeat|repeated|follow[- ]?up|second|third|2nd|3rd|another|new|latest|most recent|recent|interval|later|subsequent|again)\b/i;
/** A sentence that speaks of the report of the study before it ("The report states …", "it was read as …", "Impression: …"). */
const REFERS_TO_REPORT =
  /\b(?:report\w*|read as|reads as|read by|impression|findings(?=\s*:)|radiologist|(?:the|that|this) (?:study|scan|exam|examination)|it (?:was|is|showed|shows|demonstrated|revealed))\b/i;

/**
 * Where the report of the study told in sentence n ends, when the one or two sentences after it (to "." or
 * ";") tell it without naming another study: each speaks of the report or tells an imaging result
 * (tellsImagingReport), never the exam, a question or a condition. Undefined when the next sentence does not.
 */
function reportAfter(f: Field, told: readonly RegExpMatchArray[], n: number): number | undefined {
  let end: number | undefined;
  for (let j = n + 1; j < told.length && j <= n + 2; j++) {
    const sentence = told[j][0].trim();
    if (!sentence || NAMES_A_STUDY.test(sentence) || NAMES_A_SERIES.test(sentence)) break;
    // "Result: conus at L3, thickened filum - read as abnormal, possible tethered cord": under a report's heading, its hedged
    // impression after the findings asks nothing (REPORT_HEDGE); the findings before it are what is checked.
    const checked = REPORT_HEADING.test(sentence) ? sentence.split(REPORT_HEDGE)[0] : sentence;
    if (ASKS.test(checked) || conditioned(checked) || tellsTheExam(checked) || UNSURE.test(checked)) break;
    // A relative's sentence is no report (tellsImagingReport says so itself; a sentence that refers to a report is asked here).
    if (REFERS_TO_REPORT.test(sentence) ? namesRelative(sentence) : !tellsImagingReport(sentence)) break;
    end = f.valueSpan.start + (told[j].index ?? 0) + told[j][0].trimEnd().length;
  }
  return end;
}

/**
 * The sentence after sentence n goes on with the report of the study told in it: after a semicolon, any
 * sentence that names no study; after a full stop, one that names no study and tells an imaging finding or
 * a level ("Endplate irregularity at L2-3.", "Sclerotic focus in the L2 pedicle."), not the exam.
 */
function reportGoesOn(f: Field, told: readonly RegExpMatchArray[], n: number): boolean {
  const next = told[n + 1];
  if (!next) return false;
  const sentence = next[0].trim();
  if (!sentence || NAMES_A_STUDY.test(sentence) || NAMES_A_SERIES.test(sentence)) return false;
  const at = (told[n].index ?? 0) + told[n][0].length;
  // "Mum still worried - cousin had a tethered cord operation.": a relative's sentence tells no report of the child's study.
  if (namesRelative(sentence)) return false;
  if (f.value[at] === ';') return true;
  if (tellsTheExam(sentence)) return false;
  return IMAGING_FINDING.test(sentence) || A_LEVEL.test(sentence) || priorReportPatterns(readingVocabulary().priorReportWords).imagingSign.test(sentence);
}
/**
 * Where the report of the study told in sentence n ends when it goes on past a semicolon, one or two pieces on, with more
 * findings of the spine or of the study ("…: filum 1 mm; conus at L3", "…: normal cord motion; images degraded by motion"):
 * pieces naming no other study, each telling a level, an imaging finding, or the cord, its canal or the images.
 */
function reportPastSemicolon(f: Field, told: readonly RegExpMatchArray[], n: number): number | undefined {
  let end: number | undefined;
  for (let j = n + 1; j < told.length && j <= n + 2; j++) {
    const before = (told[j - 1].index ?? 0) + told[j - 1][0].length;
    if (f.value[before] !== ';') break;
    const piece = told[j][0].trim();
    // "images degraded by motion": the study's own images name no other study.
    const other = piece.replace(/\b(?:images?|views?|study|exam)\b/gi, ' ');
    if (!piece || NAMES_A_STUDY.test(other) || NAMES_A_SERIES.test(other) || ASKS.test(piece) || conditioned(piece)) break;
    if (!A_LEVEL.test(piece) && !IMAGING_FINDING.test(piece) && !priorReportPatterns(readingVocabulary().priorReportWords).spineReport.test(piece)) break;
    end = f.valueSpan.start + (told[j].index ?? 0) + told[j][0].trimEnd().length;
  }
  return end;
}
const A_LEVEL = /\b[CTLS]\d{1,2}\b/i;
/**
 * reading-vocabulary priorReportWords as whole-word patterns: `spineReport`, a spinal report's findings or its images
 * ("conus", "filum", "cord motion", "images degraded"); `normalByCourse`, a finding read as gone or benign (prior.ts), so
 * that a report read normal for it may go on to tell another; `imagingSign`, a radiograph's signs ("lucency", "lytic").
 */
export const priorReportPatterns = perVocabulary((v: ReadingVocabulary['priorReportWords']) => ({
  spineReport: wholeWordsPattern(v.spineReport),
  normalByCourse: wholeWordsPattern(v.normalByCourse),
  imagingSign: wholeWordsPattern(v.imagingSigns),
  /** A result told on the study's line: a result word, a conus or filum finding, or a measurement ("2.4 mm"). */
  lineResult: new RegExp(`\\b(?:${wordsSource(v.lineResult)})\\b|\\d(?:\\.\\d+)?\\s*(?:mm|cm)\\b`, 'i'),
  /** A study still to be done on the line ("mum to book", "result awaited", "awaiting slot", pending, requested). */
  lineStillToDo: wholeWordsPattern(v.lineStillToDo, { spaces: '\\s+' }),
  /** The run-on clause to its final result word (no mark between), then a word opening the plan. */
  runOnNext: new RegExp(`^([^.,;:!?()\\n\\u2013\\u2014-]*?\\b(?:${wordsSource(v.runOnResult)}))\\s+(?:${wordsSource(v.runOnNext)})\\b`, 'i'),
}));

/**
 * A study's own clause (to "," or ";", a short bracket kept whole: "US (renal, spine) at 1 wk") names another region
 * and not the spine ("renal US at 1 wk: …"; not "X-rays neg, hip films too"), and no later clause naming no study of
 * its own adds the spine to its regions ("XR pelvis, L-spine: normal").
 */
export function ofOtherRegion(told: string): boolean {
  const pieces = told.match(REGION_CLAUSE) ?? [told];
  const clause = pieces[0];
  if (NAMES_SPINE.test(clause) || findAny(toWords(clause), phraseSetOf(readingVocabulary().nonSpineRegions)).length === 0) return false;
  return !pieces.slice(1).some((p) => NAMES_SPINE.test(p) && !NAMES_A_STUDY.test(p));
}
const REGION_CLAUSE = /(?:\([^();\n]{0,80}\)|[^;,])+/g;
/**
 * Radiographs named after words that say how or of what they were taken: "Plain films:", "Standing films:",
 * "Scoliosis series last week:", "Lumbar spine X-rays:", "AP and lateral radiographs:".
 */
// "AP/lat lumbar spine radiographs": the views and the region are up to six words.
const QUALIFIED_RADIOGRAPHS =
  /^(?:(?:plain|standing|upright|erect|outside|initial|recent|repeat|lumbar|lumbosacral|thoracic|thoracolumbar|sacral|full|whole|spine|spinal|l-?spine|t-?spine|l-?s|t-?l|scoliosis|ap|pa|lat|lateral|flexion|extension|oblique|obliques|obl|and|\/|-)\s*){1,6}(?:series|films?|radiographs?|x[- ]?rays?|xrs?|views)\b/i;

/**
 * A sentence that opens on a study, or on radiographs named with what they are of or how they were taken, past the place
 * the study was done in (`settingLead`: "NICU spinal US: conus at L3", "OSH MRI: …").
 */
export function startsWithPriorStudy(sentence: string, settingLead: RegExp): boolean {
  const s = sentence.replace(settingLead, '');
  // "spinal sono 2/7 ago - low-lying conus", "L-spine US (01/11): normal": a study named region first opens it too.
  // "LS spine APL (2 wks ago): no bony abnormality": the region's radiograph named by its views (order-vocabulary XR "… apl").
  return (
    STARTS_WITH_STUDY.test(s) ||
    QUALIFIED_RADIOGRAPHS.test(s) ||
    STARTS_WITH_REGION_AND_VIEWS.test(s) ||
    REGION_FIRST_STUDY.test(s) ||
    (regionFirst?.test(s) ?? false) ||
    viewsStudy?.exec(s)?.index === 0
  );
}
interface PriorTextWords {
  /** prose.studySettings or prose.studyOrdinals opening a sentence, or prose.spineStudyLeads before a study of the spine. */
  settingLead: RegExp;
  /** settingLead without prose.spineStudyLeads, for a sentence naming a relative (settingLeadOf). */
  settingLeadPlain: RegExp;
  /** A clause of nothing but prose.onlyTheResult words (resultedIn). */
  onlyTheResult: RegExp;
  /** prose.reportAdvisesNext opening a clause, with a quote mark and an article after it (studyClauses). */
  advisesNext: RegExp;
  /** prose.reportAdvisesSteps opening what follows advisesNext (studyClauses). */
  advisedStep: RegExp;
}
/** The order vocabulary's words readPriorInText matches as patterns, built once per vocabulary. */
export const priorTextWords = perVocabulary((v: OrderVocabulary): PriorTextWords => ({
  // "First NICU US: …", "OSH initial MRI: …": which study and where it was done, in either order.
  // "Neonatal spinal u/s @ 10 days: …", "newborn US spine: …": prose.spineStudyLeads only before a study of the spine.
  settingLead: new RegExp(
    String.raw`^(?:(?:${alternation([...v.prose.studySettings, ...v.prose.studyOrdinals])}|(?:${alternation(v.prose.spineStudyLeads)})(?=${SPINE_STUDY_NEXT}))\s+){1,2}`,
    'i',
  ),
  settingLeadPlain: new RegExp(String.raw`^(?:(?:${alternation([...v.prose.studySettings, ...v.prose.studyOrdinals])})\s+){1,2}`, 'i'),
  onlyTheResult: new RegExp(String.raw`^[\s\-\u2013\u2014:]*(?:(?:${alternation(v.prose.onlyTheResult)})[\s\-\u2013\u2014:]+)*$`, 'i'),
  advisesNext: new RegExp(String.raw`^(?:(?:${alternation(v.prose.reportAdvisesNext)})\b[\s:]*["'\u201c\u2018]?\s*){1,2}(?:(?:an?|the|an urgent|urgent)\s+)?`, 'i'),
  advisedStep: new RegExp(String.raw`^(?:${alternation(v.prose.reportAdvisesSteps)})\b`, 'i'),
}));

/**
 * The setting lead for a sentence (or a keyed line): "Neonatal spinal US - mum says normal, twin's not hers", "Newborn spinal
 * US (twin A): normal" name a twin, sibling or other relative (not a parent or carer telling the child's story) in the
 * sentence or its bracket, so prose.spineStudyLeads leads no prior study there (narrowed after review r50).
 */
export function settingLeadOf(words: PriorTextWords, sentence: string): RegExp {
  const relatives = relativeWordsOf();
  const tellers = wordSetOf(contextLexicon().speakers.dashTellers.relations);
  return toWords(sentence).some((w) => relatives.has(w.text) && !tellers.has(w.text)) ? words.settingLeadPlain : words.settingLead;
}

/**
 * "on today's standing films", "on the lateral x-ray", "on scoliosis series": radiographs a finding was
 * seen on, with a parenthesis straight after them ("(atypical curve pattern)"). Radiographs only: "seen on
 * MRI" is as often the study still to do ("tethering better assessed on MRI").
 */
const ON_RADIOGRAPHS =
  /\bon\s+(?:(?:today['\u2019]?s|yesterday['\u2019]?s|this morning['\u2019]?s|last week['\u2019]?s|recent|the|his|her|their|your|my|our|outside|initial|plain|standing|upright|erect|lumbar|lumbosacral|thoracic|spine|spinal|l-?spine|scoliosis|full|whole|ap|pa|lateral|oblique|flexion|extension)[\s/-]+){0,3}(?:films?|radiographs?|x[- ]?rays?|xrs?|series)\b(?:\s*\([^()]{0,80}\))?/i;
/** Words that make a finding on radiographs a question or a plan ("curve to be measured on standing films", "better seen on x-ray"). */
const ON_RADIOGRAPHS_NOT_SEEN =
  /\?|\b(?:to be|to assess|to evaluate|to look|to check|to measure|to follow|to monitor|better|best|would|could|should|might|may|if|r\/o|rule out|eval for|evaluate for|pending|concern for|concerned|question|questionable|check|checking|look|looking|evaluating|exclude|excluding|measure|measuring|obtain|need|needs|needed|difficult|hard|not always|often|not visible|not seen|missed|can|for)\b/i;

/**
 * A finding told on the radiographs it was seen on ("11 yo M with a left thoracic curve of 30 deg on today's
 * standing films (atypical curve pattern)", "L5 spondylolysis on XR"): the finding's clause (FINDING_CLAUSE_START)
 * through the radiographs and their parenthesis, as a study told with its result. Not one asked or planned:
 * a question or a plan in that clause (ON_RADIOGRAPHS_NOT_SEEN), and NOT_PAST after, leave it unread; nor
 * a clause that names another study first (the order: "MRI for the curve on today's films"). `from` is the
 * told text's offset in the sentence.
 */
function findingOnRadiograph(sentence: string): { from: number; text: string } | undefined {
  work.steps += sentence.length;
  const m = ON_RADIOGRAPHS.exec(sentence);
  if (!m) return undefined;
  let from = 0;
  for (const b of sentence.slice(0, m.index).matchAll(FINDING_CLAUSE_START)) from = (b.index ?? 0) + b[0].length;
  const lead = sentence.slice(from, m.index);
  // "MRI L-spine w/o for the curve on today's films": another study named first is the one the sentence is about.
  if (NAMES_A_STUDY.test(lead) || NAMES_A_SERIES.test(lead)) return undefined;
  // "On standing films: 30 deg curve", "Findings on x-ray: pars defect": the finding follows the radiographs instead.
  const end = m.index + m[0].length;
  const to = /[a-z]/i.test(lead) && !/^\s*:/.test(sentence.slice(end)) ? end : sentence.length;
  const raw = sentence.slice(from, to);
  const text = raw.trim();
  if (!text || ON_RADIOGRAPHS_NOT_SEEN.test(text)) return undefined;
  return { from: from + raw.indexOf(text), text };
}

/** Where the clause of a finding told on radiographs starts: after a comma, colon or semicolon, or "with", "and", "but". */
const FINDING_CLAUSE_START = /[,:;]\s*|\b(?:with|and|but|while|whereas)\s+/gi;

/** Where a clause that names another study starts: after a comma, " - ", "and", "then" or "followed by" (and any of these after a comma). */
const NEXT_STUDY = /(?:,\s*|\s+-\s+|\s+(?=and\b|then\b|followed by\b))(?:(?:and|then|followed by|later|subsequently|subsequent)\s+)*/gi;

/** Radiographic views and how they were taken, naming no study ("AP", "AP/lat", "standing PA"; reading-vocabulary radiographViews.alone). */
export const viewsOnlyOf = perVocabulary((v: ReadingVocabulary['radiographViews']) => new RegExp(String.raw`^(?:(?:${wordsSource(v.alone)}|and|\/)\s*){1,6}$`, 'i'));

/**
 * A told study cut where a clause names another study ("XR L-spine: normal, MRI recommended" → "XR
 * L-spine: normal" and "MRI recommended"), each with its offset in the text. At most eight parts.
 */
function studyClauses(told: string, settingLead: RegExp, advice?: { advisesNext: RegExp; advisedStep: RegExp }): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  let from = 0;
  work.steps += told.length;
  for (const m of told.matchAll(NEXT_STUDY)) {
    const at = (m.index ?? 0) + m[0].length;
    // A study's name, with the words that qualify it, is short: the look is bounded.
    const look = told.slice(at, at + 80);
    // "…: filum thickened - reported ABNORMAL, suggest MRI", "thick filum - report says \"suggest MRI\"": the study the
    // report advises, after a comma or a spaced dash, is a clause of its own (still to do), never the told study's "suggest";
    // so is a next step it advises ("conus at L2/3, borderline level - suggest repeat"), after the study's result only.
    const advised = advice && /[,-]/.test(m[0]) ? advice.advisesNext.exec(look) : null;
    const advisedRest = advised ? look.slice(advised[0].length) : '';
    const nextStudy =
      startsWithPriorStudy(look, settingLead) ||
      (advised !== null && (startsWithPriorStudy(advisedRest, settingLead) || (advice?.advisedStep.test(advisedRest) === true && tellsSpineResult(told.slice(from, m.index)))));
    if (out.length >= 7 || !nextStudy) continue;
    const text = told.slice(from, m.index).trim();
    // "AP and lateral thoracolumbar radiographs: …": views alone before "and" are the same films' name.
    if (viewsOnlyOf(readingVocabulary().radiographViews).test(text)) continue;
    if (text) out.push({ from: from + told.slice(from).indexOf(text), text });
    from = at;
  }
  const text = told.slice(from).trim();
  if (text) out.push({ from: from + told.slice(from).indexOf(text), text });
  return out;
}
/** "at 6 months", "at 3 wk": the age a study was (or is to be) done. */
/** A day of life a study was done on ("Nursery spinal US (day 3)", "US on DOL 2", "spinal ultrasound day 3:"). */
const DAY_OF_LIFE = /\b(?:day of life|dol|day)\s*#?(\d{1,2})\b/i;
// "at 6/52", "at 3/12": weeks and months as British- and Commonwealth-trained clinicians write them (never a date's
// "at 6/12/2025"); the unit in the third group.
const AT_AGE = /\bat (\d{1,2}(?:\.\d)?)(?:\s*(d|days?|wks?|weeks?|mos?|months?|y|yrs?|years?)\b|\/(52|12)\b(?!\/))/i;

/** The unit of an AT_AGE or AGO match: a word, or a fraction's denominator ("/52" weeks, "/12" months). */
function unitOf(m: RegExpExecArray): string {
  return m[2] ?? (m[3] === '52' ? 'w' : 'mo');
}

function toMonths(n: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return n / 30.4375;
  if (u.startsWith('w')) return (n * 7) / 30.4375;
  if (u.startsWith('y')) return n * 12;
  return n;
}
