/** Whether a sentence reports a study done (its result, its report, a past or passive telling) rather than ordering it. */
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import type { Word } from '../notes/words';
import { RELATIVE_WORDS } from '../notes/headings';
import { work } from '../notes/work';
import { readContext } from './context';
import { NAMES_A_STUDY, STUDY_HEAD, US_WORDS, STUDY_WORDS } from './study-names';
import { conditioned, studyTailEnd } from './clauses';
import { alternation, perVocabulary } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { wholeWordsPattern, wordsSource } from './word-lists';

/**
 * The clause after the study's, in its sentence, is the study's result: "L-spine XR ordered by PCP, normal",
 * "C-spine XR ordered in the ED, read as normal", "Scoliosis series ordered by PCP, showed 18 degrees". A result
 * word leads it and is all it says ("normal", "negative for fracture"), or a verb of a report ("showed …").
 */
export function reportedNext(text: string, s: Field, limit: number): boolean {
  let i = s.valueSpan.end;
  if (!/^\s*[,\u2013-]/.test(text.slice(i, i + 4))) return false;
  while (i < limit && /[\s,\u2013-]/.test(text[i])) i++;
  let j = i;
  while (j < limit && j - i < 80 && !/[.;,\n]/.test(text[j])) j++;
  work.steps += j - s.valueSpan.end;
  const next = text.slice(i, j).trim();
  return !NAMES_A_STUDY.test(next) && RESULT_NEXT.test(next);
}
const RESULT_NEXT =
  /^(?:(?:which|that|it|they|was|were|is|are|read|reported|came back|returned|as|and|all|both)\s+){0,3}(?:(?:showed|shows|showing|revealed|reveals|demonstrated|c\/w|consistent with)\b|(?:nl|normal|wnl|unremarkable|negative|neg|abnormal|positive)(?:\s+(?:for|except|apart|other than|per|by|at|on)\b|\s*$))/i;

/** Words that, beside a study's name, tell it as done, compared or limited ("US at birth was normal", "prior XR", "XR normal"). */
export const REPORTING_WORDS = new Set([
  'compare',
  'compared',
  'comparison',
  'prior',
  'recent',
  'previous',
  'reviewed',
  'birth',
  'limited',
  'outside',
  'pcp',
  'was',
  'were',
  'showed',
  'shows',
  'normal',
  'nl',
  'negative',
  'neg',
  'unremarkable',
  'abnormal',
  'report',
  'reports',
  'enclosed',
  'attached',
]);
/** Words opening a plan right before a study's name ("… normal plan MRI", "… normal so MRI"): what stands before them is not the study's. */
const PLAN_OPENERS = new Set(['plan', 'planned', 'plan:', 'so', 'hence', 'therefore', 'thus', 'then']);
/** Words that date a study as done ("3 wk ago", "last month"), and those that bring in its date or age ("at 2 mo", "on 3/4"). */
const DONE_WHEN = new Set(['ago', 'last', 'birth', 'previously', 'done', 'performed']);
const AT_TIME = new Set(['at', 'on', 'from', 'dated']);
/** "limited sequences", "limited protocol": how the study is to be done, not a report of it. */
const HOW_DONE = new Set(['sequence', 'sequences', 'protocol', 'views', 'exam', 'study']);

/**
 * Words before "on" that make the study after it one chosen or awaited, not one a finding was seen on: "decided on MRI",
 * "follow up on MRI", "depending on US".
 */
const ON_CHOSEN = new Set([
  'up',
  'decided',
  'decide',
  'agreed',
  'agree',
  'settled',
  'insisted',
  'insists',
  'insist',
  'insisting',
  'keen',
  'depending',
  'depends',
  'depend',
  'dependent',
  'contingent',
  'conditional',
  'based',
  'go',
  'going',
  'put',
  'book',
  'booked',
  'list',
  'listed',
  'focus',
]);

/** Words just before "seen on" that suppose what a study would show, not one looked at ("would be seen on MRI", "best seen on CT"). */
const ON_SUPPOSED = new Set(['would', 'could', 'might', 'may', 'will', 'can', 'should', 'best', 'better', 'be']);

/** A reporting word within two words of the clause's first study name (the rest of the clause does not count). */
export function reportsStudy(words: readonly Word[]): boolean {
  const head = words.findIndex((w) => STUDY_HEAD.has(w.text));
  if (head < 0) return false;
  // "low-lying conus + thick filum on US -> for MRI", "pars defect on XR": what was found on the study, told in the
  // plan's clause before the next study; the study is one done.
  // Not what a study would show ("would be seen on MRI L-spine - plan", "best seen on MRI"): that supposes the study.
  if (
    head >= 2 &&
    words[head - 1].text === 'on' &&
    !ON_CHOSEN.has(words[head - 2].text) &&
    !PLAN_OPENERS.has(words[head - 2].text) &&
    !words.slice(Math.max(0, head - 4), head - 1).some((w) => ON_SUPPOSED.has(w.text))
  )
    return true;
  const tail = studyTailEnd(words, head);
  const reports = (j: number) => {
    const w = words[j].text;
    if (w === 'prior' && words[j + 1]?.text === 'to') return false;
    if (w === 'limited' && HOW_DONE.has(words[j + 1]?.text ?? '')) return false;
    // "limited CT L5 (w/o contrast) to stage healing", "limited MRI L-spine": opening the clause right before the study's
    // name it is how the study is to be done (fewer levels or sequences); a report is told after the name ("US limited").
    // Not one dated as done ("limited US at 2 mo", "limited XR 3 wk ago").
    if (w === 'limited' && j === 0 && j === head - 1 && !words.some((x, q) => q > head && (DONE_WHEN.has(x.text) || (AT_TIME.has(x.text) && /^\d/.test(words[q + 1]?.text ?? '')))))
      return false;
    return REPORTING_WORDS.has(w);
  };
  // "reflexes normal plan MRI LS spine" (a run-on note without stops): a word that opens the plan stands between the
  // exam's result and the study, so the result is not the study's.
  for (let j = head - 1; j >= Math.max(0, head - 2) && !PLAN_OPENERS.has(words[j].text); j--) if (reports(j)) return true;
  // After the name, only what is attached to it: "given prior XR normal", "compared to prior XR" and
  // "w/o prior XR normal" speak of another study (a reporting word just before a study's name is that study's).
  for (let j = tail + 1; j <= Math.min(words.length - 1, tail + 2) && !DETACHING.has(words[j].text); j++) {
    const w = words[j].text;
    if (w === 'recent') break; // "MRI L-spine w/o recent weakness": recent speaks of what follows
    if ((w === 'compare' || w === 'compared') && ['to', 'with', 'w'].includes(words[j + 1]?.text ?? '')) break;
    // "MRI lumbosacral spine was requested under sedation": an order told in the passive, no report of the study,
    // unless its result follows ("… was requested at 2 months and showed a low conus").
    if (
      (w === 'was' || w === 'were') &&
      PASSIVE_ORDERED.has(words[j + 1]?.text ?? '') &&
      !words.slice(j + 2).some((x) => RESULT_WORD.test(x.text)) &&
      !passiveNotOurs(
        words
          .slice(j + 2)
          .map((x) => x.text)
          .join(' ')
          .replace(/^/, ' '),
      )
    )
      break;
    if (NAMES_THE_NEXT.has(w) && (STUDY_HEAD.has(words[j + 1]?.text ?? '') || STUDY_HEAD.has(words[j + 2]?.text ?? ''))) break;
    if (reports(j)) return true;
  }
  return false;
}

/** Reporting words that stand before the study they describe ("prior XR"), unlike results, which follow it ("XR normal"). */
export const NAMES_THE_NEXT = new Set(['prior', 'previous', 'prev', 'outside', 'comparison', 'pcp', 'recent']);

/** Words that bring in a study as the reason for a decision about another ("not indicated per XR"). */
export const REASON_WORDS = new Set(['given', 'since', 'because', 'as', 'with', 'per', 'after', 'following', 'on', 'from', 'based']);

/** Words after a study's name that start something else ("MRI given prior XR normal", "MRI since outside XR was normal"). */
const DETACHING = new Set(['given', 'since', 'because', 'as', 'and', 'to', 'with', 'for', 'after', 'vs', 'versus', 'than', 'per']);

/** "no MRI", "No XR": a study named only to say it is not wanted. */
export function negatedStudy(words: readonly Word[]): boolean {
  const head = words.findIndex((w) => STUDY_HEAD.has(w.text));
  return head > 0 && (words[head - 1].text === 'no' || words[head - 1].text === 'not' || words[head - 1].text === 'neither');
}
/**
 * A study told with its result ("US spine nl") is a prior study, not an order; so is one told with a
 * colon ("XR L-spine: grade 1 spondylolisthesis"), unless what follows is a question (see tellsResult).
 */
/**
 * reading-vocabulary reportFindingWords and examWords as whole-word patterns: `finding`, what a report after a study tells
 * (its findings, a normal report, or that someone was reassured; "aware" follows an order as well: "Family aware");
 * `reportFinding`, the same without the reassurance, or a report opening on "no" (keyed-study.ts); `exam`, the
 * examination told ("Normal neuro exam", "gait normal"), no report of a study.
 */
export const reportWordsOf = perVocabulary((v: ReadingVocabulary) => {
  const r = v.reportFindingWords;
  return {
    finding: wholeWordsPattern([...r.findings, ...r.reassured, ...r.normalReport]),
    reportFinding: new RegExp(`^\\s*no\\b|\\b(?:${wordsSource(r.findings)}|${wordsSource(r.normalReport)})\\b`, 'i'),
    exam: wholeWordsPattern(v.examWords.words),
  };
});
/** Whether the text tells what a report after a study tells (reportWordsOf `finding`). */
export function tellsAFinding(text: string): boolean {
  return reportWordsOf(readingVocabulary()).finding.test(text);
}
/** Whether the text tells the examination (reportWordsOf `exam`). */
export function tellsTheExam(text: string): boolean {
  return reportWordsOf(readingVocabulary()).exam.test(text);
}
/**
 * "indeterminate" is a study's result only where it closes the study's own clause: right after the study's name, a dash,
 * a colon or a copula, with a clause's end after it ("Spinal USS - INDETERMINATE, conus borderline", "US spine
 * indeterminate."). Never where it goes on to name another subject ("- indeterminate clinical significance") or follows one
 * ("neuro exam indeterminate", "age of onset of tuft indeterminate"), and never on an order's line (a request key, "please"):
 * there it is why the study is asked for (review rfix60a).
 */
const INDETERMINATE_CLOSING = String.raw`(?<!(?:^|\n)\s*(?:req|request|requesting|order)\b[^\n]*|\b(?:please|pls|plz)\b[^\n]*)(?<=(?:^|[-\u2013\u2014:(]\s*|\b(?:was|is|were|are|came back|reported|read as|us|uss|usg|ultrasound|sono|mri|mr|ct|xr|x-?rays?|radiographs?|films?|scan|study|spine)\s+))indeterminate(?=\s*(?:[,.;:)!\n]|$))`;
export const RESULT_WORD = new RegExp(
  String.raw`\b(?:nl|normal|wnl|unremarkable|negative|neg|abnormal|positive|showed|shows|showing|revealed|reveals|demonstrated|c\/w|consistent with|non-?diagnostic|inconclusive|equivocal|${INDETERMINATE_CLOSING})\b`,
  'i',
);
/**
 * A result word in the study's sentence tells it done ("MRI L-spine abnormal at OSH"), but after a spaced dash one that
 * tells the exam is why the study is ordered ("MRI L-spine w/o contrast - abnormal neuro exam").
 */
export function resultTold(sentence: string): boolean {
  const dash = /\s[-\u2013\u2014]\s/.exec(sentence);
  if (!dash) return RESULT_WORD.test(sentence);
  const tail = sentence.slice(dash.index);
  return RESULT_WORD.test(sentence.slice(0, dash.index)) || (RESULT_WORD.test(tail) && !tellsTheExam(tail));
}
/** Keys that head a study's report on the line after it ("Result: normal", "Report: no fracture"). */
const REPORT_HEADING = /^(?:results?|reports?|read|reading|conclusions?)$/i;

/**
 * A sentence after a study, naming none, that is its report: a result or what it found ("Normal.", "No
 * fracture.", "Normal conus, no tether."), never the exam ("Normal neuro exam.") nor a condition for
 * what follows the study ("If abnormal, refer to NSGY.").
 */
export function tellsReport(sentence: string): boolean {
  return (RESULT_WORD.test(sentence) || tellsAFinding(sentence)) && !conditioned(sentence) && !tellsTheExam(sentence);
}

/**
 * The report of a study that ends its line, written on the next line ("MRI L-spine.\nNormal conus, no
 * tether.", "XR L-spine\nNo fracture.", "Result: no fracture"): the span of that line's first sentence when
 * it tells one (tellsReport, naming no study), on a line of its own (no key but a report's heading, no
 * comment); else undefined.
 * A study that closes a note ("Plan:\nMRI L-spine w/o") has no next line, and a key line after it
 * ("Neuro: normal") is no report.
 */
export function reportOnNextLine(text: string, end: number): Span | undefined {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '.')) i++;
  if (i < text.length && text[i] !== '\n' && text[i] !== '\r') return undefined;
  while (i < text.length && /\s/.test(text[i]) && i - end < 200) i++;
  if (i >= text.length || text[i] === '#') return undefined;
  let to = i;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r' && to - i < 300) to++;
  work.steps += to - end;
  const line = text.slice(i, to);
  // A key line is its own ("Neuro: normal", "Back: normal"), unless its key heads a report ("Result: normal").
  const key = /^([A-Za-z][\w /-]{0,30}):/.exec(line);
  if (key && !REPORT_HEADING.test(key[1].trim())) return undefined;
  const sentence = /^(?:[^.;]|\.(?=\S))*/.exec(line)![0].trim();
  if (!sentence || NAMES_A_STUDY.test(sentence) || !tellsImagingReport(sentence)) return undefined;
  return { start: i, end: i + sentence.length };
}

/**
 * A line of its own read as the report of the study before it: stricter than a sentence on the study's
 * line, since the next line is as often the exam, labs, a question or what the family was told ("Hips
 * normal.", "CBC and ESR normal.", "r/o tethered cord", "Discussed with family, reassured"). Either a
 * bare result ("Normal.", "Unremarkable.") or a result about what imaging shows ("No fracture.", "Normal
 * conus, no tether.", "Conus at L3"), with no question in it.
 */
export function tellsImagingReport(sentence: string): boolean {
  if (ASKS.test(sentence) || conditioned(sentence) || tellsTheExam(sentence)) return false;
  // "Mum still worried - cousin had a tethered cord operation.": a relative's sentence is no report of the child's study.
  if (namesRelative(sentence)) return false;
  if (BARE_RESULT.test(sentence)) return true;
  return IMAGING_FINDING.test(sentence) && (RESULT_WORD.test(sentence) || /\b(?:no|at|low|thick\w*|tethered|seen|present)\b/i.test(sentence));
}
/**
 * A relative's word (notes/headings RELATIVE_WORDS), as a pattern's source, but "twin": a twin may be the patient. Shared
 * by the relative named in a report's sentence here and the other child an order-keyed line is for (keyed-study.ts).
 */
export const RELATIVES_BUT_TWIN = alternation(RELATIVE_WORDS.filter((w) => w !== 'twin' && w !== 'twins'));
/** A relative named in a sentence ("cousin", "mum's"). */
const RELATIVE_IN_SENTENCE = new RegExp(String.raw`\b(?:${RELATIVES_BUT_TWIN})(?:['\u2019]s)?\b`, 'i');

/**
 * A sentence whose imaging finding is a relative's ("cousin had a tethered cord operation", "brother has a syrinx"): the
 * assertion context reads another experiencer for it. A relative told only as who heard or brought the report ("conus at
 * L3, explained to mum", "mum brought the report: tethered") leaves it the child's.
 */
export function namesRelative(sentence: string): boolean {
  if (!RELATIVE_IN_SENTENCE.test(sentence)) return false;
  const m = IMAGING_FINDING.exec(sentence);
  return m !== null && readContext(sentence, m.index, m.index + m[0].length).experiencer === 'other';
}
export const ASKED_FOR = /\b(?:referred for|here for|sent for|recommends?|recommended|suggests?|suggested|needs?|awaiting|scheduled for)\b/i;
export const ASKS = /\?|\b(?:r\/o|rule out|ruling out|concern|query|evaluate|eval|assess|suspect\w*|possible|possibly|exclude|eliminate|look for|to see)\b/i;
export const BARE_RESULT = /^\W*(?:normal|unremarkable|negative|neg|nl|wnl|no acute (?:findings?|abnormalit\w*)|no abnormalit\w*|nad)\W*$/i;
export const IMAGING_FINDING =
  /\b(?:conus|filum|fractures?|fx|alignment|vertebra\w*|dis[ck]s?|cord|syrinx|tether\w*|lipoma|dysraphism|spondyl\w*|pars|curve|cobb|scoliosis|lesion|marrow|collapse|wedg\w*|spina bifida|ossification|posterior elements|canal|sinus tract)\b/i;

/** A colon followed by what the study showed. */
export const COLON_AND_TEXT = /:\s*\S/;

/** PAST, but not for who asked for the study ("requested by outside clinic", "ordered by OSH"). */
export function toldPast(value: string): boolean {
  const v = value.replace(ASKED_BY, '').replace(DONE_WITH, '').replace(TO_BE_DONE, '').replace(LAST_ONE_AGO, '');
  return PAST.test(v.replace(PASSIVE_ORDER, (m: string, at: number) => (passiveNotOurs(v.slice(at + m.length)) ? m : '')));
}
/**
 * What follows a passive order that makes it no order of the writer's: another's ("was requested by neurology"),
 * another place's ("was arranged at the birth hospital", "in the NICU") or one given up in its sentence ("was
 * requested but parents declined", "was scheduled but cancelled by family").
 */
const PASSIVE_NOT_OURS =
  /^(?:\s*(?:by (?!(?:me|us|myself)\b)|(?:at|in) (?:the |a |an )?(?:[\w-]+ )?(?:hospital|nicu|picu|ed|er|emergency|clinic|osh|nursery|urgent care|centre|center)\b)|[^.;]*\b(?:but|declined?|refused?|cancell?ed|not done|never|missed|denied)\b)/i;
function passiveNotOurs(after: string): boolean {
  return PASSIVE_NOT_OURS.test(after);
}
/**
 * "MRI lumbosacral spine without contrast was requested under sedation", "X-ray … was requested upon the mother's
 * insistence": an order told in the passive is the writer's order, no past of its own; a time of another visit beside
 * it ("was requested last month", "had been requested") still tells one.
 */
const PASSIVE_ORDERED = new Set(['requested', 'ordered', 'arranged', 'booked', 'scheduled', 'organised', 'organized']);
/** "was"/"were" and one of PASSIVE_ORDERED. */
const PASSIVE_ORDER = new RegExp(String.raw`\b(?:was|were) (?:${[...PASSIVE_ORDERED].join('|')})\b`, 'gi');
/** "spinal ultrasound, to be done this month": a study still to do. */
/**
 * "MRI whole spine w/o contrast (routine surveillance, last done 3 yrs ago)", "US spine, last one 6 mo ago": an aside after the
 * study (after a bracket or a comma) that tells when the last of its kind was done dates the one before, not this one. Only
 * "last" with no word of a result, a mark or another bracket between it and "ago"; "previous MRI 3 yrs ago" opening a line
 * still tells a study done.
 */
const LAST_ONE_AGO =
  /[(,;][^(),;.:]{0,40}?\blast (?:(?:one|study|scan|imaging|mri|done|performed|imaged|obtained|was)\s+){0,3}\d{1,2}\s*(?:d|days?|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago\b\)?/gi;
const TO_BE_DONE = /\b(?:to be|will be|is to be|being) (?:done|performed|obtained|completed)\b/gi;
const ASKED_BY = /\b(?:requested|referred|ordered|sent|asked) by [^.;)]*/gi;
/**
 * How the study is to be done, not a past: "(done together with CT abdomen/pelvis)", "performed along with
 * the CT chest". Only the participle is passed over: "done together with CT chest last week" is still past.
 */
const DONE_WITH = /\b(?:to be )?(?:done|performed|obtained|acquired)\s+(?=(?:together|along|concurrently|simultaneously|at the same time|in the same (?:sitting|session))\b)/gi;

/**
 * A day counted from something else than birth, not a day of life: "hospital day 3 US", "postop day 2", "day 3 of
 * admission", "day 2 post-op" (a stay or a course, often still to come).
 */
const NOT_A_HOSPITAL_DAY = String.raw`(?<!\b(?:hospital|admission|hosp|postop|post-op|post-operative|postoperative|illness|treatment|antibiotic|antibiotics|fever|clinic|study|icu|nicu|picu|stay)\s+)`;
const NOT_A_HOSPITAL_DAY_AFTER = String.raw`(?!\s*(?:of\s+(?!life\b)[a-z]|post|after|since|from|following|\(?pod\b|postop))`;
/**
 * A study told with the day of life it was done on, right beside its name ("Nursery spinal US (day 3):", "spinal ultrasound
 * day 3:", "US on DOL 2", "day-3 US"): not a day told of something else in the sentence ("colostomy on day 2 of life").
 */
const ON_DAY_OF_LIFE = String.raw`\b(?:${US_WORDS}|${STUDY_WORDS})(?:\s+(?:(?:[ctl]|ls|tl|cervical|thoracic|lumbar|lumbosacral|sacral|whole)[\s-]*)?(?:spine|spinal))?\s*\(?\s*(?:(?:on|at|done on|performed on)\s+)?(?:day of life|dol|${NOT_A_HOSPITAL_DAY}day)\s*#?\d{1,2}\b${NOT_A_HOSPITAL_DAY_AFTER}|\b(?:day of life|dol|${NOT_A_HOSPITAL_DAY}day)[\s-]*\d{1,2}\s+(?:of life\s+)?(?:(?:spinal|spine)\s+)?(?:${US_WORDS}|${STUDY_WORDS})\b`;
/**
 * A study the family brings or a study from a private clinic is one done ("Mother brings sonogram from private clinic: …",
 * "brought the outside MRI on CD"); not a child brought in for a study ("brought in for US spine"), a request for one
 * brought ("brought the MRI requisition"), nor a child referred from a private clinic for one.
 */
const BROUGHT_STUDY = String.raw`\b(?:brings?|brought)\s+(?:(?:the|a|an|his|her|their|outside|prior|previous|old|earlier|spinal|spine|lumbar|lumbosacral)\s+){0,3}(?:${US_WORDS}|${STUDY_WORDS}|images|report|cd)\b(?!\s+(?:requisitions?|requests?|orders?|order form|referrals?|forms?|slips?|appointments?|prescriptions?|scripts?|rx)\b)|(?<!\b(?:referred|sent|referral|transferred)\s+)\bfrom (?:a |the )?private (?:clinic|center|centre|hospital|practice|radiology)\b(?!\s+for\b)`;
/** Words that put a study in the past ("US at 2 wk showed …", "prior MRI normal", "films last month nl"). */
/** Radiographs or a study reviewed are ones done ("Reviewed his films and agree", "outside images reviewed"); a chart reviewed is no study. */
const REVIEWED_STUDY = String.raw`\breviewed\s+(?:(?:his|her|their|the|outside|prior|these|those|today['\u2019]?s)\s+){0,2}(?:films?|radiographs?|x[- ]?rays?|xrs?|images|imaging|studies|study|scans?)\b|\b(?:films?|radiographs?|x[- ]?rays?|xrs?|images|imaging|study|scans?)\s+(?:(?:were|was|have been|has been|personally)\s+)?reviewed\b`;
// "USS spine at 6/52 of age", "at 3/12 old": a British age in weeks or months told as the child's is one reached; a bare
// "at 6/52" as often means six weeks from now ("repeat US at 6/52"), no past. "Reported as" tells a result only when nothing
// earlier in its clause leaves the study to do: "US spine to be booked this week and reported as urgent", "to be formally
// reported as urgent" are a study still to come.
/**
 * "prior" that is no past: "prior to discharge", "prior to surgery" is a time still to come, as "before" is. Only before an event
 * of the stay still ahead: "prior to referral", "prior to this visit", "prior to transfer" tell a study done before them.
 */
export const PRIOR_NOT_PAST = String.raw`prior\s+to\s+(?:(?:his|her|their|the)\s+)?(?:discharge|d\/?c|going home|surgery|procedure|repair|closure|op|operation)\b`;
/**
 * "Prev", the clinician's short form of previous, only right before a study's name ("Prev US spine normal", "Prev spinal US at
 * 2 wk showed low conus"), maybe with "spine"/"spinal"; never before anything else ("Prev GP letter: please arrange US spine",
 * "Prev seen by GP who queried need for US spine"), a US the mother's pregnancy qualifies ("Prev antenatal US normal",
 * "Prev US (fetal anomaly scan) normal"), nor one queried or still unreported ("Prev US spine? - mum unsure if done", "Prev
 * US spine awaiting report"). A relative before it is read in prior-in-text.ts (notTheChildsStudy).
 */
export const PREV_BEFORE_STUDY = String.raw`prev(?=\.?\s+(?:(?:spinal|spine)\s+)?(?:${US_WORDS}|mri|ct|x[- ]?rays?|xrs?)(?![\w/])(?![^.;\n]*(?:\b(?:antenatal|ante-natal|obstetric|obstetrical|fetal|foetal|awaiting|awaited|pending|unsure)\b|\?)))`;
export const PAST = new RegExp(
  String.raw`\b(?:(?!${PRIOR_NOT_PAST})prior|previous|${PREV_BEFORE_STUDY}|previously|yesterday|yest|yday|had|has had|showed|shows|showing|was|were|read as|(?<!\b(?:be|being)\b[^.;\n]{0,80})reported as|done|obtained at|ago|last|earlier|outside|osh|at birth|at \d{1,2}\s*(?:d|days?|wks?|weeks?|mos?|months?)\b|at \d{1,2}\/(?:52|12)\s+(?:(?:of\s+)?(?:age|life)|old)\b|in \d{4}|\d{4}-\d{2})|\b(?:films?|radiographs?|x[- ]?rays?|xrs?|images|scans?)(?:\s*\([^()]{0,80}\))?\s+(?:show|demonstrate|reveal)\b|\b(?:films?|radiographs?|x[- ]?rays?|xrs?|images|scans?)\s+(?:taken|done|performed|obtained)\s+(?:by|at|in)\s+[^.;\n]{1,40}?\s+(?:show|shows|showed|demonstrates?|demonstrated|reveals?|revealed)\b|${REVIEWED_STUDY}|${ON_DAY_OF_LIFE}|${BROUGHT_STUDY}`,
  'i',
);
/**
 * Words that leave a study to do: ordered, planned, requested (not "done at mom's request"), one that could be done ("a
 * spinal US could be done first and would show the conus"), one not yet done ("XR L-spine pending - normal" tells no
 * result: the dash's word is the exam's or a guess; "awaited", "needed", "for tomorrow", "may be helpful", "would be"),
 * though a study whose report or result is pending, or that needed sedation, was done (NOT_YET_DONE). A study "never
 * repeated" or "never followed up" was done once when what it showed is told ("Spinal US in infancy was limited by motion
 * and never repeated"; prior-in-text.ts drops one told without a result: "booked at 2 mo - never followed up"); one
 * "never completed" was not.
 */
/*
 * "No previous US", "No previous ecografia" (studyNames: a sonogram) tell, as "No prior US" does, that none was done.
 */
/**
 * "No prior" / "No previous" deny only the study named right after them ("no previous MRI", "no prior spinal US"), never a
 * study the sentence reports elsewhere: "Spinal US at 1 mo: fatty filum 3 mm, no previous MRI." and "No previous imaging
 * other than spinal US at 1 mo showing fatty filum." keep the US. So the words count only where no study is named before them
 * in the text read and none after the one they deny; "no prior" with no study after it at all ("no prior history") reads as
 * before.
 */
const ANY_STUDY = String.raw`\b(?:${US_WORDS}|${STUDY_WORDS}|imaging|scans?)\b`;
const DENIED_MODS = String.raw`(?:(?:spinal|spine|lumbar|lumbosacral|sacral|formal|outside)\s+){0,2}`;
/** A later member of a run of studies joined by slashes ("US/MRI/CT"): a short word, so the run stays cheap to match. */
const SLASHED_NEXT = String.raw`[A-Za-z]{1,5}`;
/**
 * What tells a study done when it follows the last of slashed studies: a colon, a time, an age or a date ("at 6 wk", "6 wk:",
 * "done 3/12"), or a result ("normal", "showed low conus") before the sentence ends. "No prior MRI/US at 6 wk normal" denies
 * the MRI only: the US after the slash is the study done, its result told.
 */
const DONE_AFTER_SLASHED = String.raw`(?:\/${SLASHED_NEXT}){0,3}(?:\s*:|\s+(?:at|@|on|done|dated|performed|was|were|\d)\b|[^.;\n]*${RESULT_WORD.source})`;
/**
 * A study named in the sentence that is not itself denied with it ("no prior MRI or US", "no previous MRI, no previous US",
 * "No prior US/MRI": studies joined by a slash with no space, as a denial's list, share it; a spaced slash may part sentences;
 * never when what follows the last of them tells one done: DONE_AFTER_SLASHED, review r-fix57f). The run is bounded (the
 * denial's study and up to three more): unbounded, these look-arounds, tried at every study of a line, made a long run of
 * "US/US/…" super-linear (1 s at 2,400 characters). The later members are short tokens, not ANY_STUDY again: a bounded
 * repeat of that large alternation is unrolled by the regex compiler in every look-around that embeds it, enough compiled
 * code to push a CLI worker's warm heap past its margin (test/cli/concurrency.test.ts).
 */
const SLASHED_DENIED = String.raw`\bno (?:prior|previous|prev)\s+${DENIED_MODS}${ANY_STUDY}\/(?:${SLASHED_NEXT}\/){0,2}`;
const OTHER_STUDY = String.raw`(?<!\bno (?:prior|previous|prev)\s+${DENIED_MODS}|\b(?:or|nor)\s+${DENIED_MODS})(?:(?<!${SLASHED_DENIED})${ANY_STUDY}|(?<=${SLASHED_DENIED})${ANY_STUDY}(?=${DONE_AFTER_SLASHED}))`;
/** An exception after the denied study ("No previous US apart from the neonatal one, which showed conus at L3"): no denial at all. */
const EXCEPTED = String.raw`(?![\s\S]*\b(?:apart from|other than|except|excepting|besides|but for|aside from|save for)\b)`;
const NO_EARLIER = String.raw`(?<!${OTHER_STUDY}[\s\S]*)\bno (?:prior|previous|prev)${EXCEPTED}(?:(?=\s+${DENIED_MODS}${ANY_STUDY}(?![\s\S]*${OTHER_STUDY}))|(?<=\bno prior)(?![\s\S]*${OTHER_STUDY}))`;
/** After "never": a study not done again or not acted on ("never repeated", "was never rechecked", "never followed up"). */
export const NEVER_REDONE_WORDS = String.raw`\s+(?:been\s+|was\s+|were\s+)?(?:repeated|redone|re-?done|re-?checked|re-?scanned|re-?imaged|followed[- ]up)\b`;
/**
 * The studies a denial names before "done" ("no spinal US done", "No ultrasound/MRI ever done", "no US or MRI has been
 * performed"): one study, or a few joined by a slash, a comma, "or", "and" or "nor", none of which was done.
 */
const DENIED_STUDY = String.raw`(?:(?:previous|prev|spinal|spine|lumbar|lumbosacral|sacral|formal|outside)\s+){0,2}(?:us[sg]?|ultrasound|sonograms?|mri|imaging|x[- ]?rays?|xr|films?|ct)`;
const DENIED_STUDIES = String.raw`${DENIED_STUDY}(?:\s*(?:\/|,|\bor\b|\band\b|\bnor\b)\s*${DENIED_STUDY}){0,3}`;
/**
 * A list or "ever" denial holds only where it is not limited to a place ("No ultrasound/MRI ever done here", "locally",
 * "at this hospital", "by us") and its sentence tells no study done elsewhere ("… (outside US at birth: thick filum)"):
 * such a note denies no prior (main's reading of the bare "no US done" is kept as it was).
 */
const DENIAL_NOT_LIMITED = String.raw`(?!\s*(?:here|locally|in[- ]house|by us|at (?:this|our) (?:hospital|centre|center|unit|site)|in (?:this|our) (?:hospital|centre|center|unit))\b)(?![^.;\n]*\b(?:outside|osh|elsewhere|externally|external|other hospital|referring hospital)\b)`;
/**
 * "suggest" as advice ("suggest MRI", "I suggest a spinal US") leaves a study to do; a report's findings that suggest a
 * diagnosis ("findings suggest tethered cord", "appearances suggest a fatty filum") infer from a study done.
 */
const SUGGEST_ADVICE = String.raw`(?<!\b(?:findings?|appearances?|features?|images?|imaging|these|which)\s+)suggest`;
const NOT_PAST_WORDS = new RegExp(
  String.raw`\b(?:order|ordered|ordering|plan|will|(?<!\bat\s+(?:the\s+)?(?:[a-z]+['\u2019]s?\s+|parental\s+)?|\((?:our|my|your|their|[a-z]+['\u2019]s)\s+)request|requested|requesting|wants?|would like|${SUGGEST_ADVICE}|${NO_EARLIER}|never(?!${NEVER_REDONE_WORDS})|not (?:yet )?(?:done|performed|obtained)|(?:to|is to|are to) be (?:done|performed|obtained|completed|reviewed)|(?:could|would|can|may|might)\s+(?:\w+\s+)?be (?:done|performed|obtained)|would show)\b|\bno ${DENIED_STUDY}\s+(?:(?:has been|have been|had been|was|were|yet)\s+)?(?:done|performed|obtained|yet)\b|\bno ${DENIED_STUDIES}\s+(?:(?:has|have|had|was|were|been|ever|yet)\s+){0,3}(?:done|performed|obtained|yet)\b${DENIAL_NOT_LIMITED}`,
  'i',
);
// The study itself the subject of the words, within a few words after its name: "there may be some fat in the filum" is a
// hedged result and "whether further imaging is needed" another study, neither the told study's own.
const NOT_YET_DONE = String.raw`(?<!\b(?:further|more|additional|other|any)\s{1,3})\b(?:${US_WORDS}|${STUDY_WORDS}|imaging)\b(?:[\s,:]{1,3}(?!\(?(?:reports?|results?|read|reading|interpretation|sedation|anaesthesia|anesthesia|ga)\b)[\w/().-]{1,30}){0,4}?[\s,:]{1,3}(?:(?:is|are|still|now|also)\s{1,3})?(?:pending|awaited|needed|for tomorrow|(?:may|would|might) be)\b`;
export const NOT_PAST = new RegExp(`${NOT_PAST_WORDS.source}|${NOT_YET_DONE}`, 'i');
