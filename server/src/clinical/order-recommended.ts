/** A study suggested in a letter or recommended by a consultant, then ordered or declined later. */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { readOrder } from './order';
import { findAny } from './vocabulary';
import { sentences, sentenceSpan, conditioned, wordIndex, negates, studyTailEnd } from './clauses';
import { decidesNotToImage } from './order-cues';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';
import { ARTICLES } from './order-another-visit';
import { isHeadAt, STUDY_HEAD, studyHead, viewsStudy, NAMES_SPINE } from './study-names';

/**
 * In a letter or message to the ordering clinician, the study its writer asks for or suggests (prose.letterSuggestion:
 * "Please consider MRI lumbar spine", "I would suggest plain X-rays of the thoracolumbar spine as a first step"): the
 * corpus checks the study being asked for. Only the study that is the cue's object: its own phrase right after the cue
 * ("I'd recommend rehab before any MRI" suggests rehab), naming the spine itself ("a renal ultrasound given the lumbar
 * dimple" is no spine study). Never one conditioned, argued against ("I would recommend against an MRI", "is an MRI
 * really necessary", "a hip X-ray rather than imaging the spine", "holding off on X-rays"), or declined in its sentence
 * or the next ("… be considered. However mother declined today").
 */
export function letterSuggestion(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  const ls = ow.letterSuggestion;
  if (!isLetter(text, ls)) return undefined;
  for (const f of all) {
    if (!f.value) continue;
    const list = sentences(f);
    for (let n = 0; n < list.length; n++) {
      const s = list[n];
      const words = toWords(s.value, s.valueSpan.start);
      const cue = findAny(words, ls.suggests)[0];
      if (!cue) continue;
      const phrase = cueObject(text, s, cue.end, ls);
      if (!phrase) continue;
      const r = readOrder(phrase.value, contrast, k);
      if (r.status !== 'recognized') continue;
      // "I wonder if" asks; any other condition in the sentence ("… if no better in 2 weeks") puts the study off.
      // The whole sentence, past its commas: "If the hemangioma grows, we suggest MRI lumbar spine" is conditioned.
      const whole = sentenceSpanIn(text, f, s.valueSpan);
      const own = text.slice(whole.start, cue.start) + ' ' + text.slice(cue.end, whole.end);
      if (conditioned(own) || findAny(words, ls.against).length || findAny(words, ow.noImaging).length) continue;
      if (timedLater(text.slice(phrase.valueSpan.start, whole.end), ls)) continue;
      const next = list[n + 1];
      const declined = (w: readonly Word[]) => findAny(w, ow.adviceDeclined).length > 0;
      if (declined(words) || (next && declined(toWords(next.value, next.valueSpan.start)))) continue;
      if (decidesNotToImage(text, phrase, ow, false) || declinedLater(text, { field: phrase, reading: r }, ow)) continue;
      return { field: phrase, reading: r };
    }
  }
  return undefined;
}

/**
 * A study the writer recommends, ordered in the next sentence of its section without naming it again (order-vocabulary
 * prose.recommendedThenOrdered): "I recommend MRI lumbar spine without contrast to exclude a tethered cord … Will obtain in
 * our clinic and call family with results." Only the study right after the recommending words (past an article), never
 * one left to someone else ("I recommend PCP obtain MRI"), conditioned or argued against; the next sentence orders it
 * only when it opens on an order of the writer's followed by its end or the study, a place or a time now, names no other
 * study and waits on no condition or later time ("Will arrange follow-up", "Will obtain if no better", "… in 6 weeks").
 */
export function recommendedThenOrdered(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  const rt = ow.recommendedThenOrdered;
  for (const f of all) {
    if (!f.value || f.key?.name === 'Family history' || f.key?.name === 'Prior imaging') continue;
    const list = sentences(f);
    for (let n = 0; n + 1 < list.length; n++) {
      const s = list[n];
      const words = toWords(s.value, s.valueSpan.start);
      const cue = findAny(words, rt.recommends)[0];
      if (!cue) continue;
      let h = wordIndex(words, cue.end);
      if (ARTICLES.has(words[h]?.text ?? '')) h++;
      if (h >= words.length || !isHeadAt(words, h)) continue;
      const phrase = cueObject(text, s, words[h].start, ow.letterSuggestion);
      if (!phrase) continue;
      const r = readOrder(phrase.value, contrast, k);
      if (r.status !== 'recognized' || conditioned(s.value) || findAny(words, ow.letterSuggestion.against).length || decidesNotToImage(text, phrase, ow, false)) continue;
      // The recommending sentence past its commas: "If it grows, we suggest MRI lumbar spine. I have put the request in." is
      // conditioned, "We recommend MRI lumbar spine at 6 months. I have put the request in." asks for a later study.
      const whole = sentenceSpanIn(text, f, s.valueSpan);
      if (conditioned(text.slice(whole.start, whole.end)) || timedLater(text.slice(phrase.valueSpan.start, whole.end), ow.letterSuggestion)) continue;
      const next = list[n + 1];
      const nw = toWords(next.value, next.valueSpan.start);
      const order = findAny(nw, rt.ordersIt).find((o) => o.start === nw[0]?.start);
      if (!order || nw.some((w) => STUDY_HEAD.has(w.text)) || conditioned(next.value) || LATER_TIME.test(next.value)) continue;
      const after = wordIndex(nw, order.end);
      if (after < nw.length && !findAny(nw.slice(after), rt.objects).some((o) => o.start === nw[after].start)) continue;
      // "Will order it after discussing with parents", "Will obtain today CBC, ESR, CRP": put off, or another thing ordered.
      if (findAny(nw, rt.deferrals).length || findAny(nw.slice(after), rt.otherItems).length) continue;
      return { field: phrase, reading: r };
    }
  }
  return undefined;
}
/**
 * A suggested or recommended study timed for later, read in the words of its sentence after it: a counted time after a
 * word that waits for it ("at 6 months", "at 6-9 months", "in 6/12", "aged 6 months", "when she is 6 months old", "at
 * around 6 months of age", ", ideally at 6 months", "in six months' time") or a word of letterSuggestion.later ("in the
 * future", "when older", "after …"). A deadline is no wait ("within 2 weeks", "by 4 months", "before 6 months", "in the
 * next 2 weeks", "while she is under 6 months"): the study is asked for now.
 */
export function timedLater(rest: string, ls: OrderWords['letterSuggestion']): boolean {
  return TIMED_LATER.test(rest) || IN_TWELFTHS.test(rest) || findAny(toWords(rest), ls.later).length > 0;
}
const COUNT = String.raw`(?:\d+(?:\.\d)?(?:\s*(?:-|\u2013|to)\s*\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|few|several|a couple of)`;
const UNIT = String.raw`(?:d|days?|wks?|weeks?|mo|mos|months?|m|y|yrs?|years?)(?!\w)`;
/** A waiting word ("at", "in" but not "in the next", "aged", "when", "after" …), up to a few words, then a counted time. */
const TIMED_LATER = new RegExp(
  String.raw`\b(?:at|in(?! the next| the coming| the following)|after|aged?|from|around|about|when|once|until|till|by the time)\b(?:[\s,]+(?!(?:within|by|before|under|next)\b)[a-z']+){0,4}?\s+` +
    COUNT +
    String.raw`\s*-?\s*` +
    UNIT,
  'i',
);
/** "in 6/12", "at 3/52": months and weeks written as twelfths and fifty-seconds, after a waiting word. */
const IN_TWELFTHS = /\b(?:in|at|after|aged?|around)\s+(?:\d+(?:\s*-\s*\d+)?)\s*\/\s*(?:12|52)\b/i;
/** The sentence around a span (clauses.ts sentenceSpan), inside f's value. */
function sentenceSpanIn(text: string, f: Field, span: Span): Span {
  const s = sentenceSpan(text, span);
  return { start: Math.max(s.start, f.valueSpan.start), end: Math.min(s.end, f.valueSpan.end) };
}
/** A time still to come that an order waits for ("in 6 weeks", "at next visit", "after the holidays"). */
const LATER_TIME = /\b(?:in|after|within) (?:\d|a |one |two |three |four |six |few |several )|\b(?:at|on|by) (?:the )?(?:next|follow)|\blater\b|\bthen\b/i;

/**
 * A study someone else asks for, taken back by a later sentence of the note in which the writer declines that kind of
 * study by its modality alone (order-vocabulary prose.declinedLater): "We would like full spine radiographs …" then, in the
 * reply, "I do not think x-rays are indicated … and have not ordered them", "X-rays not needed". A sentence that orders the
 * kind itself ("… so XR L-spine ordered instead") or names no decline after the modality ("x-rays done at urgent care") keeps it.
 */
export function declinedLater(text: string, found: NonNullable<Facts['order']>, ow: OrderWords): boolean {
  const modality = found.reading.procedure?.modality;
  const dl = ow.declinedLater;
  const kind = modality && dl.modalities.get(modality);
  if (!kind) return false;
  const from = found.field.valueSpan.end;
  const rest = text.slice(from, from + LATER_REACH);
  let a = 0;
  for (const m of [...rest.matchAll(/[.?!;](?:\s|$)|\n/g), { index: rest.length, 0: '' }]) {
    const words = toWords(rest.slice(a, m.index), from + a);
    a = m.index + m[0].length;
    const named = findAny(words, kind)[0];
    if (!named) continue;
    // The sentence orders a study itself, its order word not turned round ("have not ordered them").
    if (findAny(words, ow.explicit).some((c) => !negates(words, wordIndex(words, c.start) - 1) && !negates(words, wordIndex(words, c.start) - 2))) continue;
    if (findAny(words, ow.declinedAfter).some((d) => d.start > named.start)) return true;
    if (findAny(words, dl.doubts).some((d) => d.start < named.start) && findAny(words, dl.needs).some((n) => n.start > named.start)) return true;
  }
  return false;
}
/**
 * A proposal (a family's, a patient's or another's: "Mom asking for MRI") the writer answers with another step or with
 * reassurance (prose.declinedLater.answeredOtherwise) in the rest of its sentence or in the next sentence ("Plan physio
 * first", "- reassured, physio and f/u 6 wk"), neither ordering a study outright ("Mom asking for MRI; agree, MRI L-spine
 * ordered"), nor only an opinion or a choice left to the reader ("I'd try rehab first but leave it with you"): no order, as a
 * proposal declined later is. Returns the answer's words, from the break after the proposal's study to its scope's end.
 */
function answerOf(text: string, found: NonNullable<Facts['order']>, ow: OrderWords): Word[] | undefined {
  // From the study's name on: the clause may go on after it in the proposal's own field ("… MRI lumbar spine - reassured").
  const fw = toWords(found.field.value, found.field.valueSpan.start);
  const head = studyHead(fw);
  const from = head < 0 ? found.field.valueSpan.end : fw[studyTailEnd(fw, head, text)].end;
  const own = sentenceSpan(text, found.field.valueSpan).end;
  const next = text.slice(own, own + ANSWER_REACH);
  const end = own + (/^[.?!;\s]*[^.?!\n]*/.exec(next)?.[0].length ?? 0);
  // The answer stands past a break after the study: "MRI L-spine first" or "… for now" right after it is the proposal's own.
  const brk = /[,;:.!?\n]|\s[-\u2013\u2014]\s/.exec(text.slice(from, end));
  if (!brk) return undefined;
  const at = from + brk.index;
  const words = toWords(text.slice(at, end), at);
  // "- reassured re sedation, will proceed", "we will do it instead of XR": the writer agrees (answerAgrees).
  if (!findAny(words, ow.declinedLater.answeredOtherwise).length || findAny(words, ow.declinedLater.answerLeftOpen).length) return undefined;
  if (findAny(words, ow.declinedLater.answerAgrees).length) return undefined;
  const ordered = findAny(words, ow.explicit).some((c) => !negates(words, wordIndex(words, c.start) - 1) && !negates(words, wordIndex(words, c.start) - 2));
  return ordered ? undefined : words;
}
/**
 * A proposal is the note's order unless declined later (declinedLater) or answered otherwise (answerOf). A study the writer
 * names in the answer ("Mom asking for MRI. Physio first, and XR L-spine today.") is not read as the order: the answer may tell
 * it done, left to another or to come ("XR L-spine was done last wk", "PCP may do XR L-spine"), so the note has none.
 */
export function proposalStands(
  text: string,
  found: NonNullable<Facts['order']>,
  ow: OrderWords,
  /** Whether a later sentence declining the study's kind takes it back too (prose proposals; a plan's own lines keep theirs). */
  laterDecline = true,
): Facts['order'] {
  if (laterDecline && declinedLater(text, found, ow)) return undefined;
  return answerOf(text, found, ow) ? undefined : found;
}
/** How far past a proposal's sentence its answer is looked for: one sentence. */
const ANSWER_REACH = 300;

/** How far after the asked-for study a decline is looked for: a letter and its reply. */
const LATER_REACH = 3000;

/**
 * The study that is a suggestion cue's object: the words after the cue up to a break (punctuation, a dash, or a word
 * of letterSuggestion.phraseEnds), when a study is named within their first four words and they name the spine.
 */
function cueObject(text: string, s: Field, start: number, ls: OrderWords['letterSuggestion']): Field | undefined {
  const after = text.slice(start, s.valueSpan.end);
  const stop = after.search(/[,;:.?!()\n]|\s[-\u2013\u2014]\s/);
  const words = toWords(after.slice(0, stop < 0 ? after.length : stop), start);
  const ends = findAny(words, ls.phraseEnds)[0];
  const upTo = ends ? wordIndex(words, ends.start) : words.length;
  const own = words.slice(0, upTo);
  if (!own.length) return undefined;
  const value = text.slice(own[0].start, own[own.length - 1].end);
  const head = studyHead(own);
  const views = viewsStudy?.exec(value);
  const lead = head >= 0 ? head : views ? wordIndex(own, own[0].start + views.index) : -1;
  if (lead < 0 || lead > 3 || !NAMES_SPINE.test(value)) return undefined;
  return { ...s, valueSpan: { start: own[0].start, end: own[own.length - 1].end }, value };
}

/**
 * A letter or message: its first line opens on "To:", "Re:" or "Attn:" (with the colon), a salutation ("Dear Dr
 * Hughes,") or a greeting to a doctor ("Hi Dr Patel"), or a line of its own closes it ("Kind regards"). A clinic note's
 * "Re-presents with …", "To be seen by ortho" or an author's "Dr. Okafor" opens no letter.
 */
function isLetter(text: string, ls: OrderWords['letterSuggestion']): boolean {
  const first = firstFilledLine(text);
  if (opensLetter(first, ls)) return true;
  // A letter's title line above it ("Podiatry referral to GP\nRe: 14 yr old female, …", "Letter to GP\nDear Dr Shah,"):
  // a short line with no key of its own, and the letter's opening on the next filled line.
  if (toWords(first).length <= TITLE_WORDS && !first.includes(':')) {
    const end = text.indexOf('\n', text.search(/\S/));
    if (end >= 0 && opensLetter(firstFilledLine(text.slice(end + 1)), ls)) return true;
  }
  // A sign-off stands on a short line: the phrase search is run on those only (a blank line has no words and closes nothing).
  for (let a = 0; a <= text.length;) {
    let e = text.indexOf('\n', a);
    if (e < 0) e = text.length;
    const lw = toWords(text.slice(a, e));
    if (lw.length > 0 && lw.length <= 4) {
      const m = findAny(lw, ls.signOffs)[0];
      if (m !== undefined && lw[0].start === m.start) return true;
    }
    a = e + 1;
  }
  return false;
}
/** The most words a letter's title line above its "Re:" or salutation holds ("Podiatry referral to GP"). */
const TITLE_WORDS = 6;

/** A line that opens a letter: "To:", "Re:" or "Attn:" with the colon, a salutation ("Dear Dr Hughes,"), a greeting to a doctor. */
function opensLetter(line: string, ls: OrderWords['letterSuggestion']): boolean {
  const words = toWords(line);
  const w0 = words[0]?.text;
  if (w0 === undefined) return false;
  if (ls.letter.has(w0) && /^\s*:/.test(line.slice(words[0].end))) return true;
  if (ls.salutations.has(w0) && words.length > 1) return true;
  return ls.greetings.has(w0) && ls.titles.has(words[1]?.text ?? '');
}

/** The first line of the text that is not blank (the line of its first character that is not a blank), or "". */
function firstFilledLine(text: string): string {
  const at = text.search(/\S/);
  if (at < 0) return '';
  const e = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, e < 0 ? text.length : e);
}
