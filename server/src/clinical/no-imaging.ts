/** Where the note says it orders no imaging, and the order lines such a statement does not outweigh. */
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { findAny, longestPhraseAt, phraseSetOf, readingVocabulary } from './vocabulary';
import type { Facts } from './note-facts';
import { STUDY_NAMED, STARTS_WITH_STUDY, REGION_FIRST_STUDY, regionFirst, NAMES_A_STUDY, NAMES_A_SERIES, NAMES_SPINE, studyHead, startsWithStudy } from './study-names';
import { sentenceAround, conditioned, wordIndex, breaksClause } from './clauses';
import { CHANGE_ELSEWHERE } from './order-candidate';
import { type OrderWords, keyWords } from './order-words';
import { askedByFamily, studyLead } from './keyed-study';
import { ordersOutright, proposedByOthers } from './order-cues';
import { studyLed } from './order-openings';
import { judgeStudy } from './planned-study';
import { asksAboutStudy } from './study-mentions';
import { conditionedInPlan } from './order-conditions';
import { orderLineDeclined } from './order-line-declined';

export interface OrderFinding {
  order?: Facts['order'];
  /** Where the note says it orders no imaging. */
  declared?: Span;
}

/**
 * Where the note says, in its own voice and of this visit, that it orders no imaging (order-vocabulary
 * prose.noneOrdered), or an Order value naming no study says there is none (prose.noneValues at its start:
 * "Order: none, reassurance given", "Imaging: not indicated at this time"). Not on a condition ("if normal, no
 * imaging needed"), nor of another visit or place ("no imaging ordered at urgent care last week").
 */
export function noImagingDeclared(text: string, all: readonly Field[], ow: OrderWords, may: MayDeclare): Span | undefined {
  if (!textMayDeclare(text, may)) return undefined;
  for (const f of all) {
    if (!f.value || !valueMayDeclare(f, may)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    if (f.key?.name === 'Order' && !f.inferred && !STUDY_NAMED.test(f.value)) {
      const lead = findAny(words, ow.noneValues).find((h) => h.start === words[0]?.start);
      if (lead) return lead;
    }
    // "Imaging: XR considered - not indicated": the line's one study weighed and declined (order-line-declined.ts).
    const declined = f.key?.name === 'Order' ? orderLineDeclined(text, f, ow) : undefined;
    if (declined) return declined;
    for (const hit of findAny(words, ow.noneOrdered)) {
      const c = readContext(text, hit.start, hit.end);
      if (c.hypothetical || c.historical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (CHANGE_ELSEWHERE.test(sentence) || conditioned(text.slice(Math.max(f.valueSpan.start, hit.start - 60), hit.start).replace(/^.*[.;]/s, ''))) continue;
      if (declaresOnlyPart(words, hit, ow) || declaredElsewhere(text, f, hit, sentence, ow)) continue;
      if (!aboutImaging(text, f, hit, ow)) continue;
      return hit;
    }
  }
  return undefined;
}

/** A value that opens on a study, past a list mark and lead words ("1. MRI L-spine …", "urgent MRI whole spine, …", "Spinal US."). */
export function opensOnStudy(value: string): boolean {
  const v = value.replace(/^\s*(?:(?:\d+|[a-z])[.)]|[-*\u2022>])?\s*/i, '').replace(studyLead(), '');
  return STARTS_WITH_STUDY.test(v) || REGION_FIRST_STUDY.test(v) || (regionFirst?.test(v) ?? false);
}

/** A sentence of the free text or a Plan that is only a statement of no imaging (standsAlone), in any field. */
export function noImagingStatement(text: string, all: readonly Field[], ow: OrderWords, may: MayDeclare): Span | undefined {
  if (!textMayDeclare(text, may)) return undefined;
  for (const f of all) {
    // standsAlone reads only the free text and Plan: other values are not tested nor cut into words.
    if (!f.value || !(f.inferred || f.key?.name === 'Plan') || !valueMayDeclare(f, may)) continue;
    const alone = standsAlone(text, f, toWords(f.value, f.valueSpan.start), ow);
    if (alone) return alone;
  }
  return undefined;
}

/**
 * "Parents prefer no tests; we agree. No imaging.", "Plan: PT. No further imaging - discussed with family …": a sentence
 * of the free text or a Plan that is only a statement of order-vocabulary prose.noneStatements (up to its end, a
 * semicolon, a comma or a dash) is this visit's decision, when the value orders nothing outright (explicitCues:
 * "Ordered XR L-spine. No further imaging.") and the statement is not another time's.
 */
function standsAlone(text: string, f: Field, words: readonly Word[], ow: OrderWords): Span | undefined {
  if (!(f.inferred || f.key?.name === 'Plan')) return undefined;
  for (const hit of findAny(words, ow.noneStatements)) {
    const lead = text.slice(f.valueSpan.start, hit.start);
    if (!/(?:^|[.;!?]\s|\n)[\s\-*\u2022>]*$/.test(lead)) continue;
    if (!/^(?:\s*(?:$|[.;,!\n])|\s+[-\u2013\u2014]+\s)/.test(text.slice(hit.end, f.valueSpan.end + 1))) continue;
    const c = readContext(text, hit.start, hit.end);
    if (c.hypothetical || c.historical) continue;
    if (findAny(words, ow.explicit).length || ordersOutright(text, words, ow)) return undefined;
    return hit;
  }
  return undefined;
}
/** Where the sentence holding `at` starts: after the last ".", ";", "?", "!" or line break before it, never before `floor`. */
function sentenceStartIn(text: string, at: number, floor: number): number {
  let a = at;
  while (a > floor && !/[.;?!\n]/.test(text[a - 1])) a--;
  return a;
}

/**
 * "None ordered" says no imaging only when it speaks of imaging: its own words before it name a study or
 * imaging ("MRI: none ordered"), or it stands alone after a sentence that does ('… explained that imaging
 * isn't needed. None ordered.') or under an Order key; not "Labs: none ordered", "PT referral - none ordered yet".
 * Any other statement naming no study ("nothing ordered", "no order placed yet", "haven't put in an order") speaks
 * of imaging unless its topic does not (generalAboutImaging).
 */
function aboutImaging(text: string, f: Field, hit: Span, ow: OrderWords): boolean {
  const said = text.slice(hit.start, hit.end);
  if (!/^none\b/i.test(said)) return NAMES_A_STUDY.test(said) || NAMES_A_SERIES.test(said) || /\b(?:scans?|stud(?:y|ies))\b/i.test(said) || generalAboutImaging(text, f, hit, ow);
  const a = sentenceStartIn(text, hit.start, f.valueSpan.start);
  const lead = text.slice(a, hit.start);
  if (/\w/.test(lead)) return NAMES_A_STUDY.test(lead) || NAMES_A_SERIES.test(lead);
  if (f.key?.name === 'Order' && !f.inferred) return true;
  let b = a - 1;
  while (b > f.valueSpan.start && /[.;?!\s]/.test(text[b - 1])) b--;
  const c = sentenceStartIn(text, b, f.valueSpan.start);
  return c < b && NAMES_A_STUDY.test(text.slice(c, b));
}

/** Keys under which the writer tells this visit's decisions; under any other ("Labs:", "Meds:") a statement of no order is the key's. */
const DECIDING_KEYS = new Set<string>(['Order', 'Plan', 'Referral', 'Presentation', 'Indication']);
/** A topic before a colon or dash is a few words ("PT referral - "), not a sentence ("… in one visit - not ordered by genetics today"). */
const TOPIC_WORDS = 4;
/** Words naming what may be imaged or how: a study, a series, the spine. */
function namesImaging(s: string): boolean {
  return NAMES_A_STUDY.test(s) || NAMES_A_SERIES.test(s) || NAMES_SPINE.test(s) || /\b(?:scans?|stud(?:y|ies)|radiology)\b/i.test(s);
}

/**
 * A statement of no order naming no study ("nothing ordered yet", "no order placed", "haven't put in an order") is
 * about imaging unless its topic is something else: the key it is written under ("Labs: nothing ordered yet"; not
 * one of DECIDING_KEYS nor one naming a study), the few words before a colon or dash of its sentence ("PT referral - no
 * order placed yet"), what a word of prose.noneOrderedFor right after it names ("no order yet for PT", "nothing ordered
 * for pain") or who a word of prose.noneOrderedBy names ("nothing ordered yet by ortho", not "… by me").
 */
function generalAboutImaging(text: string, f: Field, hit: Span, ow: OrderWords): boolean {
  if (!f.inferred && !f.prose && f.rawKey && !namesImaging(f.rawKey) && !(f.key && DECIDING_KEYS.has(f.key.name))) return false;
  const a = sentenceStartIn(text, hit.start, f.valueSpan.start);
  const topic = /^(.*?)(?::|\s[-\u2013\u2014]+)\s*$/s.exec(text.slice(a, hit.start));
  if (topic && /\w/.test(topic[1]) && topic[1].trim().split(/\s+/).length <= TOPIC_WORDS) return namesImaging(topic[1]);
  let e = hit.end;
  while (e < f.valueSpan.end && !/[.;,?!\n]/.test(text[e])) e++;
  const after = toWords(text.slice(hit.end, e), hit.end);
  const i = pastNoneYet(after, 0, ow);
  const about = after[i]?.text ?? '';
  const object = after.slice(i + 1);
  if (ow.noneOrderedFor.has(about)) return object.length === 0 || namesImaging(text.slice(object[0].start, object[object.length - 1].end));
  if (ow.noneOrderedBy.has(about)) return object.length === 0 || findAny(object, ow.noneOrderedHere).some((h) => h.start === object[0].start);
  return true;
}

/**
 * The statement is about part of the imaging only: a kind of it ("not ordering advanced imaging today", "no imaging
 * needed beyond the XR": prose.noneOrderedPartial, inside it or in the three words after it) or another region
 * ("No imaging needed for the knee", "no imaging at this time for the hips": a region word of reading-vocabulary
 * nonSpineRegions after "for", "of", "on", "at" or "to" in those words).
 */
function declaresOnlyPart(words: readonly Word[], hit: Span, ow: OrderWords): boolean {
  const from = words.findIndex((w) => w.start >= hit.start);
  let to = words.findIndex((w) => w.start >= hit.end);
  if (to < 0) to = words.length;
  const after = words.slice(to, to + 4);
  if (findAny(words.slice(from, to + 3), ow.noneOrderedPartial).length > 0) return true;
  const about = after.findIndex((w) => REGION_ABOUT.has(w.text));
  if (about < 0) return false;
  const region = after.slice(about + 1);
  return !region.some((w) => NAMES_SPINE.test(w.text)) && findAny(region, phraseSetOf(readingVocabulary().nonSpineRegions)).length > 0;
}
const REGION_ABOUT = new Set(['for', 'of', 'on', 'at', 'to', 'in']);

/**
 * The statement is another clinician's or visit's: its sentence (to ". ") names another clinician, place or time
 * before it ("PCP did not order imaging", "Seen at urgent care 3 d ago; no imaging was ordered": prose.noneOrderedElsewhere)
 * and its own sentence does not name the writer ("…; no imaging requested from this clinic": prose.noneOrderedHere).
 */
function declaredElsewhere(text: string, f: Field, hit: Span, own: string, ow: OrderWords): boolean {
  let a = hit.start;
  const aMin = Math.max(f.valueSpan.start, hit.start - 160);
  while (a > aMin && !(text[a - 1] === '\n' || (/\s/.test(text[a - 1]) && text[a - 2] === '.'))) a--;
  work.steps += hit.start - a;
  const before = toWords(text.slice(a, hit.end), a);
  if (findAny(before, ow.noneOrderedElsewhere).length === 0) return false;
  return findAny(toWords(own), ow.noneOrderedHere).length === 0;
}

/** A value that may say no imaging is ordered; most do not, and are not cut into words for it. */
const MAY_DECLARE =
  /\b(?:imaging|not ordered|none|nil|no|nothing|(?:not|\w+n['\u2019]?t)\s+(?:yet\s+)?(?:ordered|placed|put|entered)|n\/a|not (?:indicated|needed|required|necessary|warranted)|deferred|declined|cancell?ed)\b/i;
/**
 * MAY_DECLARE's answers for one note's order reading (readOrderFact makes one and drops it when done): noImagingDeclared
 * and noImagingStatement test the same note and the same values one after the other (the pattern's "n't" branch
 * backtracks over every word). A value's answer is kept by its Field (a Field's value never changes; a field blanked
 * anew is a new Field), not by its string, which a Map would hash whole; the text's by the text itself. No state
 * outlives the note, so nothing is shared across notes or knowledge sets.
 */
export interface MayDeclare {
  text?: string;
  textMay?: boolean;
  readonly values: Map<Field, boolean>;
}
function textMayDeclare(text: string, may: MayDeclare): boolean {
  if (may.text !== text) {
    may.text = text;
    may.textMay = mayDeclareIn(text);
  }
  return may.textMay!;
}
function valueMayDeclare(f: Field, may: MayDeclare): boolean {
  let r = may.values.get(f);
  if (r === undefined) may.values.set(f, (r = mayDeclareIn(f.value)));
  return r;
}
function mayDeclareIn(s: string): boolean {
  return MAY_DECLARE_WORDS.test(s) || (MAY_DECLARE_NT.test(s) && MAY_DECLARE.test(s));
}
/**
 * MAY_DECLARE split for speed, the same answer: its words and "not ordered" (no backtracking), and the tail of its
 * "n't" branch, which no text without "…n't ordered" has, before the whole pattern backtracks over every word.
 */
const MAY_DECLARE_WORDS =
  /\b(?:imaging|not ordered|none|nil|no|nothing|not\s+(?:yet\s+)?(?:ordered|placed|put|entered)|n\/a|not (?:indicated|needed|required|necessary|warranted)|deferred|declined|cancell?ed)\b/i;
const MAY_DECLARE_NT = /n['\u2019]?t\s+(?:yet\s+)?(?:ordered|placed|put|entered)\b/i;

/**
 * The study found is an order line of the note, which a statement that no imaging is ordered does not
 * outweigh: its sentence orders it outright in the writer's voice ("MRI whole spine ordered by the day
 * team", "will get XR L-spine"), or opens on it as a plan item ("Plan: MRI L-spine w/o") under a key that
 * plans rather than recommends, with no modal that only proposes ("MRI would be the study of choice").
 */
export function isOrderLine(text: string, o: NonNullable<Facts['order']>, ow: OrderWords): boolean {
  const f = o.field;
  let s = f;
  for (const m of f.value.matchAll(/(?:[^.;]|\.(?!\s))+/g)) {
    if (!STUDY_NAMED.test(m[0]) && !/\bbone scan\b/i.test(m[0])) continue;
    const value = m[0].trim();
    const start = f.valueSpan.start + (m.index ?? 0) + m[0].indexOf(value);
    s = { ...f, valueSpan: { start, end: start + value.length }, value };
    break;
  }
  const words = toWords(s.value, s.valueSpan.start);
  if (ordersOutright(text, words, ow) && !proposedByOthers(text, words, ow)) return true;
  if (orderedAfterNone(text, s, ow)) return true;
  const key = keyWords(f.rawKey);
  if (f.inferred || ow.proposingKeys.has(key)) return false;
  return studyLed(s, false) !== undefined && !ONLY_PROPOSES.test(s.value);
}
/** How far before a study's clause its sentence may open on a statement of no order ("nothing has been ordered so far, "). */
const NONE_LEAD = 60;
/**
 * "No order yet - MRI requested today", "nothing ordered so far, spinal US today", "no order placed yet but US spine
 * booked for this afternoon": a sentence that opens on a statement of no order and goes on, after a dash, a comma or a
 * word of prose.noneOrderedThen, to a clause that orders its study now tells what stood before this visit's order, and
 * the clause places it. The clause orders only in the writer's voice and for now: it opens on the study or orders it
 * outright, with an order or request word or a time of this visit (prose.orderedElsewhere.thisVisit), and it neither
 * conditions, proposes, asks, discusses, declines nor defers ("No order yet - MRI if worse", "- MRI requested by mum",
 * "nothing ordered; MRI discussed with parents but declined").
 */
function orderedAfterNone(text: string, s: Field, ow: OrderWords): boolean {
  // The study's clause may have been cut from its sentence at a comma or a semicolon ("no order yet, MRI requested
  // today", "Nothing ordered yet; spinal US requested today"); the statement opens the sentence, or the key's value.
  let a = s.valueSpan.start;
  const floor = Math.max(0, a - NONE_LEAD);
  while (a > floor && !/[.?!\n:]/.test(text[a - 1])) a--;
  const words = toWords(text.slice(a, s.valueSpan.end), a);
  const none = findAny(words, ow.noneOrdered).find((h) => h.start === words[0]?.start);
  if (!none) return false;
  let j = wordIndex(words, none.end);
  if (j > 0) j = pastNoneYet(words, j, ow);
  if (j <= 0 || j >= words.length) return false;
  const broken = breaksClause(text, words[j - 1].end, words[j].start) || /[\u2013\u2014]/.test(text.slice(words[j - 1].end, words[j].start));
  if (ow.noneOrderedThen.has(words[j].text)) j++;
  else if (!broken) return false;
  if (j >= words.length) return false;
  const start = words[j].start;
  const clause: Field = { ...s, valueSpan: { start, end: s.valueSpan.end }, value: text.slice(start, s.valueSpan.end) };
  const cw = words.slice(j);
  if (studyHead(cw) < 0) return false;
  const outright = ordersOutright(text, cw, ow);
  if (!outright && !startsWithStudy(clause.value)) return false;
  if (!outright && !findAny(cw, ow.cues).length && !findAny(cw, ow.elsewhere.thisVisit).length) return false;
  if (judgeStudy(text, cw, ow) !== 'order' || proposedByOthers(text, cw, ow) || askedByFamily(clause, ow) || asksAboutStudy(clause, cw, ow)) return false;
  return !conditionedInPlan(text, clause, ow) && !ONLY_PROPOSES.test(clause.value) && !putOff(text, cw, ow);
}
/** The index after the words that keep a statement of no order standing ("yet", "so far", "today": prose.noneOrderedYet) from words[i]. */
function pastNoneYet(words: readonly Word[], i: number, ow: OrderWords): number {
  for (let e = longestPhraseAt(words, i, ow.noneOrderedYet); e > i; e = longestPhraseAt(words, i, ow.noneOrderedYet)) i = e;
  return i;
}
/**
 * The study's clause puts it off until a later time or event (prose.noneOrderedUntil: "MRI to be requested after
 * neurosurgery review", "MRI at next visit") with no time of this visit before it ("MRI requested today after review").
 */
function putOff(text: string, cw: readonly Word[], ow: OrderWords): boolean {
  // In the study's own clause: "MRI requested, review in 2 weeks" puts off the review, not the MRI.
  let end = 1;
  while (end < cw.length && !breaksClause(text, cw[end - 1].end, cw[end].start)) end++;
  const own = cw.slice(0, end);
  const until = findAny(own, ow.noneOrderedUntil)[0];
  if (!until) return false;
  return !findAny(own, ow.elsewhere.thisVisit).some((t) => t.end <= until.start);
}

/** A modal that proposes a study rather than ordering it ("MRI would be helpful", "MRI may be needed"). */
const ONLY_PROPOSES = /\b(?:would|could|should|may|might|can)\b/i;
