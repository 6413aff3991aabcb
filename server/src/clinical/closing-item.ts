import type { Knowledge } from '../knowledge/knowledge';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { NAMES_A_STUDY } from './study-names';
import { type PhraseSet, findAny, phraseSetOf } from './vocabulary';

/**
 * "… after lifting furniture, no leg pain, MRI lumbar spine without contrast": a note's closing list item that is a study
 * (the closing sentence's last comma clause, order-elsewhere.ts) is past the reach of a negation of the findings listed
 * before it, as a clinician reads the list: the negation denies findings, and the study closing the note is what is asked
 * for. The context reader's list scope carries "no" over every comma item up to a terminator, the study too; this lifts it
 * from the study only when every item from the first cue to the study names a finding the knowledge knows ("no leg pain",
 * "no fever, night sweats or weight loss", "denies trauma") and nothing else of the words there could be said of the
 * study: no study or imaging named ("no XR, MRI L-spine", "no imaging yet, MRI …" stay denied), no decision about one
 * (notOrderCues: "not indicated, MRI …"), and no item without a finding ("no scan, …", "not wanted, …", "parents not keen,
 * …", "no point, …" stay denied). A condition, a past or an asked study are read by their own checks as before.
 */
export function findingsListedBefore(text: string, cues: readonly Span[], start: number, k: Knowledge, ow: OrderWords): boolean {
  if (!cues.length) return false;
  const from = Math.min(...cues.map((q) => q.start));
  const between = text.slice(from, start);
  // "No history of fever, leg weakness, MRI lumbar spine", "Never had fever, weakness, MRI …": a cue of the history covers the study too.
  if (ow.closingListPast.test(between)) return false;
  // "…, MRI lumbar spine or US spine - parents to decide": the study must close its sentence alone.
  const own = /^[^\n]*?(?:[.!?;](?=\s|$)|\n|$)/.exec(text.slice(start))![0];
  if (!studyClosesAlone(own, ow)) return false;
  // The list's last comma right before the study, or before a closing lead word ("…, no leg pain, now MRI …").
  const tail = /,\s*(?:([a-z]+)\s+)?$/i.exec(between);
  if (!tail || (tail[1] !== undefined && !ow.closingLeads.has(tail[1].toLowerCase())) || NAMES_A_STUDY.test(between)) return false;
  if (/[.;:?!\n]/.test(between) || findAny(toWords(between, from), ow.notOrder).length) return false;
  const findings = findingPhrases(k);
  let at = from;
  for (const item of between.slice(0, tail.index).split(',')) {
    const words = toWords(item, at);
    at += item.length + 1;
    if (!findAny(words, findings).length) return false;
  }
  return true;
}

/**
 * "No MRI lumbar spine needed, US spine today": a study denied in its own clause closed by a word of need (order-vocabulary
 * prose.closingOtherNeed) keeps its negation; the other study closing the sentence alone after the comma is ordered, as
 * "Please no XR, US spine instead" is (review r50 007). Only with no other cue and a study named in the denied clause.
 */
export function otherStudyDenied(text: string, cues: readonly Span[], start: number, ow: OrderWords): boolean {
  if (cues.length !== 1) return false;
  const m = ow.closingOtherNeed.exec(text.slice(cues[0].start, start));
  if (!m || !NAMES_A_STUDY.test(m[1])) return false;
  const own = /^[^\n]*?(?:[.!?;](?=\s|$)|\n|$)/.exec(text.slice(start))![0];
  return studyClosesAlone(own, ow);
}

/**
 * The closing study's words are its name alone (reading-vocabulary studyAlone: modality, region, views, contrast) and at most
 * order-vocabulary prose.closingStudyEnds ("please", "urgent", "today"): "Now MRI L-spine w/o please." closes alone;
 * "Now MRI L-spine when older", "… vs observation", "… on hold", "… - NSGY to decide", "… for sister", "… - no fracture." and
 * an asked "MRI L-spine?" do not (review r50).
 */
export function studyClosesAlone(value: string, ow: OrderWords): boolean {
  const v = value.trim().replace(/[.!]+$/, '');
  if (!v || /[?;:()\d]|\s[-\u2013\u2014]|[-\u2013\u2014]\s/.test(v)) return false;
  return v
    .toLowerCase()
    .split(/[\s/+,.-]+/)
    .filter(Boolean)
    .every((w) => ow.closingStudyWords.has(w));
}

const phrasesOf = new WeakMap<Knowledge, PhraseSet>();
/** Every finding phrase of the knowledge, as one phrase set (built once per knowledge). */
function findingPhrases(k: Knowledge): PhraseSet {
  let set = phrasesOf.get(k);
  if (!set) phrasesOf.set(k, (set = phraseSetOf(k.findings.flatMap((f) => f.phrases))));
  return set;
}
