/** Lines that report a study done outside any key read for one: a line keyed by its study, and a line of two words. */
import type { Knowledge } from '../knowledge/knowledge';
import { isAboutRelative } from '../notes/headings';
import { type KeyInfo, lookupKey } from '../notes/keys';
import type { Field } from '../notes/parser';
import { isNormalValue } from './findings';
import { nilResultOf } from './keyed-study';
import { contextLexicon } from './lexicon';
import { readPriorStudy } from './prior';
import { IMAGING_WORD, priorTextWords, startsWithPriorStudy } from './prior-in-text';
import { NOT_YET } from './studies-key';
import { NAMES_A_STUDY } from './study-names';
import { ASKS, IMAGING_FINDING, NOT_PAST, RESULT_WORD, TELLS_A_FINDING } from './study-reported';

const PRESENTATION = lookupKey('Presentation') as KeyInfo;

/**
 * "XR L-spine: grade 2 spondylolisthesis L5-S1", "Plain films: normal", "X-rays: neg", "OSH lumbar XR: NAD", "L-S spine AP/lat:
 * no fracture", "US spine: normal": a line whose key is the study itself (a key the language does not know, no prose, that
 * opens on a study past the place it was done) and whose value tells its result reports a study done, as a line under a
 * key for the studies does ("Investigations: XR L-spine: normal", resultsUnderStudiesKey). The line whole, key and value,
 * is read as history (Presentation: its findings, and its study by readPriorInText, which reads its region and result), as
 * it is already when its value reads as narrative (notes/prose.ts). A value of only how or when to do it ("MRI L-spine:
 * w/o contrast", "XR L-spine: AP/lat", "XR L-spine: today"), a question ("XR: r/o spondylolysis"), a study still to come
 * ("XR L-spine: pending", "MRI: to be booked"), a relative's ("Brother's XR: normal") or a report whose result cannot be
 * read ("MRI L-spine: sedation, include the conus") reports none.
 */
export function keyedByItsStudy(text: string, f: Field, k: Knowledge): Field | undefined {
  if (f.key || f.prose || f.column || !f.value || isAboutRelative(f.rawKey)) return undefined;
  // "- XR L-spine: normal": a list's bullet before the key.
  const lead = KEY_BULLET.exec(f.rawKey)![0].length;
  const key = f.rawKey.slice(lead).trimEnd();
  if (!key || key.length > 60 || !startsWithPriorStudy(key, priorTextWords(k.vocabulary).settingLead)) return undefined;
  if (!toldWithResult(text.slice(f.valueSpan.start, f.valueSpan.end))) return undefined;
  const span = { start: f.keySpan.start + lead, end: f.valueSpan.end };
  // Only a result the report's words can be read as: a study of no result read would stand as one done before the study
  // ordered, as if the first study had been done.
  if (readPriorStudy(text.slice(span.start, span.end), span, k).result === 'unknown') return undefined;
  return { key: PRESENTATION, rawKey: f.rawKey, keySpan: f.keySpan, valueSpan: span, value: text.slice(span.start, span.end), lineSpan: f.lineSpan, inferred: true };
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
 * requested" is the first one's), tells a result or an imaging finding or is a normal state (context-lexicon normalStates:
 * "NAD", "nil acute"), and asks nothing, orders nothing and awaits nothing ("r/o spondylolysis", "to be booked", "pending").
 * A level alone ("MRI L-spine: T12-S1") tells where to image as often as what was found.
 */
function toldWithResult(value: string): boolean {
  let told = /^(?:[^.;]|\.\d)*/.exec(value)![0];
  const next = told.search(NAMES_A_STUDY);
  if (next >= 0) told = told.slice(0, next);
  if (ASKS.test(told) || NOT_PAST.test(told) || NOT_YET.test(told)) return false;
  if (RESULT_WORD.test(told) || TELLS_A_FINDING.test(told) || IMAGING_FINDING.test(told) || IMAGING_WORD.test(told) || SLIP.test(told)) return true;
  return isNormalValue(told.trim()) || nilResultOf(contextLexicon().normalStates.nilResults).test(told.trim());
}
/** A vertebra's slip however prefixed ("anterolisthesis", "retrolisthesis", "spondylolisthesis"). */
const SLIP = /listhesis\b/i;
