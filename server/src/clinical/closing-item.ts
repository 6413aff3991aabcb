import type { Knowledge } from '../knowledge/knowledge';
import { parseAge } from '../notes/age';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import type { OrderWords } from './order-words';
import { NAMES_A_STUDY, STUDY_NAMED_WORDS } from './study-names';
import { forAnother } from './study-mentions';
import { RESULT_WORD, toldPast } from './study-reported';
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
  if (!studyClosesAlone(sentenceFrom(text, start), ow)) return false;
  // The list's last comma right before the study, or before a closing lead word ("…, no leg pain, now MRI …").
  const tail = /,\s*(?:([a-z]+)\s+)?$/i.exec(between);
  if (!tail || (tail[1] !== undefined && !ow.closingLeads.has(tail[1].toLowerCase())) || NAMES_A_STUDY.test(between)) return false;
  if (/[.;:?!\n]/.test(between) || findAny(toWords(between, from), ow.notOrder).length) return false;
  return eachNamesFinding(between.slice(0, tail.index), from, k, false);
}

/**
 * A note's first clause is its age and little more ("9 mo F", "13 yo M", "15 year old girl"): it opens on the age the age
 * reader finds (notes/age.ts parseAge, an age with its sex as "15M" too), and after it, past an "old", at most 20 characters.
 */
function ageClause(item: string): boolean {
  const age = parseAge(item, false, true);
  if (!age || age.span.start !== item.length - item.trimStart().length) return false;
  return item.slice(age.span.end).replace(/^[ \t-]*old\b/i, '').length <= 20;
}

/**
 * Each comma clause of `text` (starting at `from`) names a finding of the knowledge ("no leg pain", "back pain for five
 * weeks") or, with `results`, tells an exam's or a study's result ("neuro normal", "xr last week normal").
 */
function eachNamesFinding(text: string, from: number, k: Knowledge, results: boolean): boolean {
  const findings = findingPhrases(k);
  let at = from;
  for (const [i, item] of text.split(',').entries()) {
    const words = toWords(item, at);
    at += item.length + 1;
    if (findAny(words, findings).length) continue;
    // "9 mo F, …, now MRI …": the age opening the sentence; "Sister had US at birth, now MRI …": a history told past.
    if (results && (RESULT_WORD.test(item) || (i === 0 && ageClause(item)) || toldPast(item))) continue;
    return false;
  }
  return true;
}

/**
 * "…, no fever no night pain, neuro normal, now MRI lumbar spine": "now" after a comma leads the closing study only when every
 * clause before it in the sentence names a finding or an exam's result (as findingsListedBefore's list). Any other clause
 * refuses it (review r50-2): a relative ("For her twin, now MRI …"), an options list ("Options: observe, US spine, now …"), an
 * asking ("Parents ask whether to wait, …", "Mum wonders, …"), another's proposal ("NSGY suggest, …", "Radiology would
 * prefer, …"), a time to come ("When she is older, …", "After her first birthday, …", "Until then, …"), "Or alternatively",
 * "Possibly"; nor a colon, a semicolon, a decision against a study (notOrderCues), a word of prose.closingLeadRefused or
 * "for" a relative among them, even beside a finding ("Sports physio suggests, …": "sports" names overuse). The age opening
 * the sentence ("9 mo F, …") and a history told past ("Sister had US at birth, …", "Brother also had back pain, …") pass.
 */
export function clausesBeforeLeadTellFindings(before: string, from: number, k: Knowledge, ow: OrderWords): boolean {
  const words = toWords(before, from);
  if (/[:;]/.test(before) || findAny(words, ow.notOrder).length || words.some((w) => ow.closingLeadRefused.has(w.text.toLowerCase())) || forAnother(before, ow)) return false;
  return eachNamesFinding(before, from, k, true);
}

/**
 * "No MRI lumbar spine needed, US spine today": a study denied in its own clause closed by a word of need (order-vocabulary
 * prose.closingOtherNeed) keeps its negation; the other study closing the sentence alone after the comma is ordered, as
 * "Please no XR, US spine instead" is (review r50 007). Only with no other cue and a study named in the denied clause.
 */
export function otherStudyDenied(text: string, cues: readonly Span[], start: number, ow: OrderWords): boolean {
  if (cues.length !== 1) return false;
  const m = ow.closingOtherNeed.exec(text.slice(cues[0].start, start));
  // "No repeat imaging indicated, US spine": imaging in general denied denies the other study too (review r50-2 062).
  if (!m || !NAMES_A_STUDY.test(m[1]) || !STUDY_NAMED_WORDS.test(m[1])) return false;
  // "Sister: no MRI needed, US spine": a relative's key or name opening the clause makes both studies the relative's (058); so does a word of
  // prose.closingLeadRefused there (a proposal, an asking, a hedge).
  const opening = /[^.!?;\n]*$/.exec(text.slice(0, cues[0].start))![0];
  if (toWords(opening).some((w) => ow.closingLeadRefused.has(w.text.toLowerCase()) || ow.relatives.has(w.text.toLowerCase()))) return false;
  return studyClosesAlone(sentenceFrom(text, start), ow);
}

/** The rest of the sentence from `start`: up to its stop, its line's end or the text's end. */
const sentenceFrom = (text: string, start: number): string => /^[^\n]*?(?:[.!?;](?=\s|$)|\n|$)/.exec(text.slice(start))![0];

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
