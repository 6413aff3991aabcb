/** Lines that report a study done outside any key read for one: a line keyed by its study, and a line of two words. */
import type { Knowledge } from '../knowledge/knowledge';
import { isAboutRelative } from '../notes/headings';
import { type KeyInfo, lookupKey } from '../notes/keys';
import type { Field } from '../notes/parser';
import { isNormalValue } from './findings';
import { nilResultOf } from './keyed-study';
import { contextLexicon } from './lexicon';
import { readPriorStudy } from './prior';
import { priorReportPatterns, priorTextWords, settingLeadOf, startsWithPriorStudy } from './prior-in-text';
import { NOT_YET } from './studies-key';
import { NAMES_A_STUDY } from './study-names';
import { ASKS, IMAGING_FINDING, NOT_PAST, PAST, RESULT_WORD, tellsAFinding } from './study-reported';
import { DATED, alternation } from './patterns';
import { ofOtherRegion, relativeWordsOf } from './prior-in-text';
import { readingVocabulary } from './vocabulary';

const PRESENTATION = lookupKey('Presentation') as KeyInfo;

/**
 * "XR L-spine: grade 2 spondylolisthesis L5-S1", "Plain films: normal", "X-rays: neg", "OSH lumbar XR: NAD", "L-S spine AP/lat:
 * no fracture", "US spine: normal": a line whose key is the study itself (a key the language does not know, no prose, that
 * opens on a study past the place it was done) and whose value tells its result reports a study done, as a line under a
 * key for the studies does ("Investigations: XR L-spine: normal", resultsUnderStudiesKey). The line whole, key and value,
 * is read as history (Presentation: its findings, and its study by readPriorInText, which reads its region and result), as
 * it is already when its value reads as narrative (notes/prose.ts). A value of only how or when to do it ("MRI L-spine:
 * w/o contrast", "XR L-spine: AP/lat", "XR L-spine: today"), a question ("XR: r/o spondylolysis"), a study still to come
 * ("XR L-spine: pending", "MRI: to be booked"), a relative's ("Brother's XR: normal", "MRI L-spine: normal (sibling)", a line
 * under "Family history:"), one of another region ("XR C-spine: normal", "US: testes normal"), the order's indication right
 * under it, a purpose or a finding's bare name (toldWithResult: "MRI L-spine: lipoma protocol", "US spine: lipoma") or a
 * report whose result cannot be read ("MRI L-spine: sedation, include the conus") reports none.
 */
export function keyedByItsStudy(text: string, fields: readonly Field[], i: number, k: Knowledge): Field | undefined {
  const f = fields[i];
  if (f.key || f.prose || f.column || !f.value || isAboutRelative(f.rawKey)) return undefined;
  // "- XR L-spine: normal": a list's bullet before the key.
  const lead = KEY_BULLET.exec(f.rawKey)![0].length;
  const key = f.rawKey.slice(lead).trimEnd();
  const value = text.slice(f.valueSpan.start, f.valueSpan.end);
  if (!key || key.length > 60 || !startsWithPriorStudy(key, settingLeadOf(priorTextWords(k.vocabulary), `${key} ${value}`))) return undefined;
  if (!toldWithResult(value)) return undefined;
  // "XR C-spine: normal", "XR: clavicle fracture", "US: testes normal": a study of another region than the lumbar and
  // thoracic spine, named in the key or, with none named there, in the result, is no prior study of the spine.
  if (CERVICAL_ONLY.test(key) || ofOtherRegion(`${key} ${value}`)) return undefined;
  // "XR L-spine: normal (sibling)", "MRI: tethered cord in his brother": a relative's study.
  if (namesARelative(value)) return undefined;
  // "Family history:\nXR L-spine: spondylolisthesis (father)", "Older sister:\nUS spine: tethered cord": the lines under a
  // relative's heading are the relative's. "Order: XR L-spine\nXR L-spine: spondylolisthesis", "Reason for exam:\nXR L-spine:
  // L5 spondylolysis": a line right under the order or its reason is the order's indication, unless it tells the study done
  // before (a past word, a date).
  const above = headingAbove(text, fields, i, priorTextWords(k.vocabulary).settingLead);
  if (above && (isAboutRelative(above.rawKey) || above.key?.name === 'Family history')) return undefined;
  const before = PAST.test(value) || DATED.test(value);
  if (above?.key?.name === 'Indication' && !before) return undefined;
  // Under the order, a finding alone is its indication; a study's plain result ("US spine: normal") is one done before.
  if (above?.key?.name === 'Order' && !before && !plainResult(value)) return undefined;
  const span = { start: f.keySpan.start + lead, end: f.valueSpan.end };
  // Only a result the report's words can be read as: a study of no result read would stand as one done before the study
  // ordered, as if the first study had been done.
  if (readPriorStudy(text.slice(span.start, span.end), span, k).result === 'unknown') return undefined;
  return { key: PRESENTATION, rawKey: f.rawKey, keySpan: f.keySpan, valueSpan: span, value: text.slice(span.start, span.end), lineSpan: f.lineSpan, inferred: true };
}
/** A study of the neck only ("XR C-spine", "cervical spine films"): none of the spine a child's back or dysraphism is imaged for. */
const CERVICAL_ONLY = /^(?:(?!\b(?:l|t|ls|l-s|tl|t-l|lumbar|thoracic|lumbosacral|thoracolumbar|sacral|whole|full)\b).)*\b(?:c-?spine|cervical)\b/i;

/** A relative named in the line ("normal (sibling)", "(twin)", "in his brother"): the study is theirs. */
function namesARelative(value: string): boolean {
  // The one set of relatives: a list spread here was a new key to the set memo, and a new Set, on every line.
  const relatives = relativeWordsOf();
  return (value.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => relatives.has(w));
}

/**
 * The line a keyed study line stands under, up over the study lines and with no blank line between: a heading (its value
 * empty: "Family history:", "Older sister:", "Reason for exam:") or the order's line ("Order: XR L-spine").
 */
function headingAbove(text: string, fields: readonly Field[], i: number, settingLead: RegExp): Field | undefined {
  let at = fields[i].lineSpan.start;
  for (let j = i - 1; j >= 0; j--) {
    const g = fields[j];
    if (g.lineSpan.start >= at) continue;
    // Only the line right above, no blank line between.
    if (/\S|\n[ \t]*\r?\n/.test(text.slice(g.lineSpan.end, at))) return undefined;
    const name = g.key?.name;
    if (name === 'Order' || name === 'Indication' || name === 'Family history' || !g.value.trim() || isAboutRelative(g.rawKey)) return g;
    // "XR L-spine: …\nMRI L-spine: …" under one heading: go on up over the study lines.
    if (g.key || g.prose || !startsWithPriorStudy(g.rawKey.replace(KEY_BULLET, ''), settingLead)) return undefined;
    at = g.lineSpan.start;
  }
  return undefined;
}
/** Blanks and a list's bullet before a key. */
const KEY_BULLET = /^\s*(?:[-*\u2022\u2013\u00b7+>]+\s*)?/;

/**
 * "Radiographs unremarkable.", "XR neg", "Films normal": a line of two words (age-fact.ts shortLines, which no prose holds)
 * that opens on a study and whose second word is its result reports a study done, as a longer line does. Not a region or
 * a level ("XR L-spine", "MRI L5-S1"), nor a study still to come ("XR pending", "MRI ordered").
 */
export function shortLineStudy(f: Field, k: Knowledge): boolean {
  const m = /^(\S+)\s+(\S+)$/.exec(f.value);
  if (m === null || !NAMES_A_STUDY.test(m[1]) || !startsWithPriorStudy(f.value, priorTextWords(k.vocabulary).settingLead)) return false;
  const word = m[2].replace(/[.;,!]+$/, '');
  return (RESULT_WORD.test(word) || isNormalValue(word)) && toldWithResult(word);
}

/**
 * The words after a study's name tell its result: their first sentence, up to another study they name ("normal, MRI
 * requested" is the first one's), tells a result in words a report uses: a result word ("normal", "shows"), a normal state
 * (context-lexicon normalStates: "NAD", "nil acute"), a denial ("no fracture"), or a finding told with where, how much or
 * what it looks like ("L5 spondylolysis", "grade 2 spondylolisthesis", "anterior wedging", "25 degree curve", "lucency");
 * and asks nothing, orders nothing and awaits nothing ("r/o spondylolysis", "to be booked", "pending"). A finding's bare
 * name ("spondylolisthesis", "lipoma", "R wrist fracture") is as often why the study is done as what it showed; a protocol
 * or a purpose ("lipoma protocol", "for spondylolysis", "scoliosis screening", "fracture clinic") is why (reading-vocabulary
 * studyPurposes); a hedge ("likely normal") is no result. A level alone ("MRI L-spine: T12-S1") tells where to image as
 * often as what was found.
 */
function toldWithResult(value: string): boolean {
  let told = /^(?:[^.;]|\.\d)*/.exec(value)![0];
  const next = told.search(NAMES_A_STUDY);
  if (next >= 0) told = told.slice(0, next);
  if (ASKS.test(told) || NOT_PAST.test(told) || NOT_YET.test(told) || HEDGED.test(told)) return false;
  if (isNormalValue(told.trim()) || nilResultOf(contextLexicon().normalStates.nilResults).test(told.trim()) || RESULT_WORD.test(told)) return true;
  // "lipoma protocol, no contrast", "for spondylolysis": why it is done.
  if (purposeOf()(told)) return false;
  if (DENIED.test(told)) return true;
  // A finding, told with where, how much or how it looks.
  const imagingSign = priorReportPatterns(readingVocabulary().priorReportWords).imagingSign;
  const finding = tellsAFinding(told) || IMAGING_FINDING.test(told) || imagingSign.test(told) || SLIP.test(told);
  return finding && (imagingSign.test(told) || DESCRIBED.test(told));
}
/** A result told in a report's own words: a result word, a normal state, a denial ("no fracture"). */
function plainResult(value: string): boolean {
  const told = /^(?:[^.;]|\.\d)*/.exec(value)![0].trim();
  return RESULT_WORD.test(told) || DENIED.test(told) || isNormalValue(told) || nilResultOf(contextLexicon().normalStates.nilResults).test(told);
}
/** A vertebra's slip however prefixed ("anterolisthesis", "retrolisthesis", "spondylolisthesis"). */
const SLIP = /listhesis\b/i;
/** A result told in doubt: no result to read. */
const HEDGED = /\b(?:likely|probabl[ey]|maybe|perhaps|presumed|presumably|suggestive)\b/i;
/** A denial, as a report writes one ("no fracture", "without slip", "not seen"). */
const DENIED = /\b(?:no|not|without|nil|absent|resolved|healed|intact|preserved|maintained)\b/i;
/** How a report tells a finding: a level, a grade, a size or angle, a side or part, what it looks like. */
const DESCRIBED =
  /\b(?:[CTLS]\d{1,2}(?:\s*[-/]\s*[CTLS]?\d{1,2})?|grade|gr|\d+(?:\.\d+)?\s*(?:°|deg\w*|mm|cm|%)|mild\w*|moderate\w*|severe\w*|small|large|subtle|minimal|bilateral|unilateral|anterior|posterior|wedg\w*|compression|healing|old|chronic|acute|low[- ]?lying|low|tethered|thick\w*|fatty|widen\w*|loss|increased|decreased|dextro\w*|levo\w*|convex\w*|right|left|at|of|with|seen|noted|present|identified|level)\b|°/i;
/** The purposes a study line names (reading-vocabulary studyPurposes): a value told with one is why the study is done. */
let purposes: { v: unknown; re: RegExp } | undefined;
function purposeOf(): (t: string) => boolean {
  const v = readingVocabulary().studyPurposes;
  if (purposes?.v !== v) purposes = { v, re: new RegExp(String.raw`^\W*(?:${alternation(v.leads)})\b|(?:^|[^\w/-])(?:${alternation(v.words)})(?![\w/-])`, 'i') };
  const re = purposes.re;
  return (t: string) => re.test(t);
}
