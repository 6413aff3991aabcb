/** An order the note takes back: cancelled, withdrawn or declined after it, or on its own line. */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { readOrder } from './order';
import { findAny, longestPhraseAt } from './vocabulary';
import { breaksClause, sentenceAround, conditioned, planClauses, wordIndex } from './clauses';
import { STUDY_HEAD, STUDY_TAIL, STUDY_NAMED, isHeadAt, studyHead } from './study-names';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';
import { ordersOutright, proposedByOthers } from './order-cues';
import { DATED } from './patterns';
import { RESULT_WORD, reportsStudy, toldPast } from './study-reported';

/**
 * The order or request taken back is the study's own: the word just before "order" / "request" in its
 * clause, when there is one, names the study or only points to it (STUDY_HEAD, STUDY_TAIL,
 * order-vocabulary prose.withdrawnOwn: "the", "this", "imaging"), and the words after "cancelled the
 * order for …" do too. "sedation request cancelled", "PT order cancelled", "duplicate order cancelled" are
 * another order's.
 */
function ownOrderTakenBack(text: string, words: readonly Word[], hit: Span, ow: OrderWords): boolean {
  const i = words.findIndex((w) => w.start === hit.start);
  let j = words.findIndex((w) => w.start >= hit.end);
  if (j < 0) j = words.length;
  const first = words[i]?.text;
  if ((first === 'order' || first === 'request') && !ownBefore(text, words, i, ow)) return false;
  const last = words[j - 1]?.text;
  if (
    (last === 'order' || last === 'request') &&
    j < words.length &&
    (words[j].text === 'for' || words[j].text === 'of') &&
    !breaksClause(text, words[j - 1].end, words[j].start)
  ) {
    let q = j + 1;
    while (q < words.length && ow.withdrawnOwn.has(words[q].text)) q++;
    if (q < words.length && !STUDY_HEAD.has(words[q].text) && !STUDY_TAIL.has(words[q].text)) return false;
  }
  return true;
}
/**
 * The words before words[i] in its clause leave the order the study's own: none, words of withdrawnOwn
 * only, or words that go on naming a study back to its name ("MRI L-spine w/o contrast order"); never a
 * study's extent or contrast without its name ("contrast order cancelled").
 */
function ownBefore(text: string, words: readonly Word[], i: number, ow: OrderWords): boolean {
  let tail = false;
  for (let q = i - 1; q >= 0 && !breaksClause(text, words[q].end, words[q + 1].start); q--) {
    const w = words[q].text;
    if (STUDY_HEAD.has(w)) return true;
    if (STUDY_TAIL.has(w)) tail = true;
    else if (!ow.withdrawnOwn.has(w)) return false;
  }
  return !tail;
}
/** "original order cancelled and re-entered as MRI L-spine w/wo", "… new order placed": a study ordered again, not taken back. */
const REORDERED = /\bre-?(?:enter|order|place|submit|book|schedul|request)\w*|\bnew (?:order|request)\b|\binstead\b/i;

/** A word of order-vocabulary prose.withdrawn: notes without one are not searched. */
export const WITHDRAWN = /\b(?:withdr[ae]w|withdrawn|cancel|rescind|discontinu|declin|reject)/i;

/**
 * Where the note tells, after the order, that the request or the order itself was taken back (order-vocabulary
 * prose.withdrawn), in its own voice: not on a condition or denied ("if the request is withdrawn", "order not
 * cancelled"), and not of another study ("XR order cancelled" beside an MRI ordered).
 */
export function withdrawnAfter(text: string, fields: readonly Field[], o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  for (const f of fields) {
    if (!f.value || f.valueSpan.end <= o.field.valueSpan.start || !WITHDRAWN.test(f.value)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    for (const hit of findAny(words, ow.withdrawn)) {
      if (hit.start < o.field.valueSpan.end && !takenBackOnItsLine(text, o, hit, k)) continue;
      const c = readContext(text, hit.start, hit.end);
      if ((c.negated && negatedInClause(text, c.cues, hit)) || c.hypothetical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (conditioned(sentence) || REORDERED.test(sentence)) continue;
      // "sedation request cancelled", "ketorolac order discontinued", "NSGY referral request withdrawn",
      // "duplicate MRI order from ED cancelled": the order or request of something else.
      if (!ownOrderTakenBack(text, words, hit, ow)) continue;
      if (DECLINED.test(text.slice(hit.start, hit.end)) && !declinedOwn(text, hit, ow)) continue;
      if (STUDY_NAMED.test(sentence)) {
        const r = readOrder(sentence, undefined, k);
        if (r.procedure && r.procedure.modality !== o.reading.procedure?.modality) continue;
      }
      return hit;
    }
  }
  return undefined;
}

/**
 * A denial that reaches the withdrawal unless a closing bracket or a spaced dash sets it off: "Not justified (radiation dose,
 * no red flags described) - request declined" tells why the request was declined and denies nothing of it. A comma does not
 * set it off ("MRI L-spine w/o ordered, XR order cancelled": the "w/o" read as a denial keeps the MRI as it always did).
 */
function negatedInClause(text: string, cues: readonly Span[], hit: Span): boolean {
  return cues.some((q) => !SETS_OFF.test(q.end <= hit.start ? text.slice(q.end, hit.start) : text.slice(hit.end, q.start)));
}
const SETS_OFF = /\)|\s[-\u2013\u2014]\s/;

/** The withdrawals of a request declined or rejected (order-vocabulary prose.declinedOwn). */
const DECLINED = /declin|reject/i;
/**
 * A request declined takes back the study only when the words before it in its sentence on its line are the vetting's own
 * (prose.declinedOwn by: "Vetting: request declined"), name a study ("CT request declined") or open on the reason
 * ("Not justified (…) - request declined"); otherwise they name what was declined ("Sedation (propofol) - request declined",
 * "GA not justified (…) - request declined": the MRI stays). A decline asked ("request declined? Not at all") is none.
 */
function declinedOwn(text: string, hit: Span, ow: OrderWords): boolean {
  if (/^[ \t]*\?/.test(text.slice(hit.end, hit.end + 8))) return false;
  let from = text.lastIndexOf('\n', hit.start - 1) + 1;
  const stops = [...text.slice(from, hit.start).matchAll(/[.;!?](?:\s|$)/g)];
  if (stops.length) from += stops[stops.length - 1].index + stops[stops.length - 1][0].length;
  const words = toWords(text.slice(from, hit.start), from);
  if (words.every((w) => ow.declinedOwn.by.has(w.text)) || words.some((w) => STUDY_HEAD.has(w.text))) return true;
  return longestPhraseAt(words, 0, ow.declinedOwn.reasonOpens) > 0;
}

/**
 * A withdrawal on the order's own line (takenBackOnItsLine), not denied nor on a condition, even beside another study
 * named in its place ("MRI lumbar spine request withdrawn - US spine ordered instead", "…; new order placed for US spine").
 */
export function withdrawnInPlace(text: string, fields: readonly Field[], o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  for (const f of fields) {
    if (!f.value || f.valueSpan.end <= o.field.valueSpan.start || f.valueSpan.start > o.field.valueSpan.end || !WITHDRAWN.test(f.value)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    const own = findAny(words, ow.withdrawn);
    // "MRI lumbar spine w/o contrast (GA) for 2 y M cancelled by family today": the bare word, only where it does not book it again.
    const bare = findAny(words, ow.withdrawnOnItsLine).filter((h) => !own.some((o) => o.start <= h.start && h.end <= o.end));
    for (const hit of [...own, ...bare]) {
      if (hit.start >= o.field.valueSpan.end + 2 || !takenBackOnItsLine(text, o, hit, k)) continue;
      const c = readContext(text, hit.start, hit.end);
      if (c.negated || c.hypothetical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (conditioned(sentence)) continue;
      // "MRI L-spine (cancelled sedation - will scan awake)": inside a bracket opened after the study, something else is cancelled.
      if (!own.includes(hit) && (REORDERED.test(sentence) || /[([]/.test(text.slice(o.field.valueSpan.start, hit.start).replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')))) continue;
      return hit;
    }
  }
  return undefined;
}

/**
 * A later sentence that cancels the order's study by its name and orders another in its place, after a comma or a
 * semicolon ("ordered XR L-spine" … "ok makes sense, XR cancelled, MRI L-spine w/o contrast ordered as outpt"): the
 * cancellation (prose.withdrawnOnItsLine, prose.withdrawn), right after a name of the order's modality alone in its clause,
 * and after it in the sentence another modality's study told ordered (prose.explicitCues). The note is read again from
 * there (order.ts readOrderFact). Never a cancellation denied, asked or on a condition ("XR not cancelled", "XR cancelled?",
 * "if XR cancelled, MRI ordered"), of another modality than the order's ("MRI cancelled, US ordered" beside an XR ordered),
 * nor one with no other study ordered after it ("XR cancelled, mum upset") or only someone else's wish ("USS cancelled, MRI
 * L-spine requested instead by mum").
 */
export function cancelledThenReplaced(text: string, fields: readonly Field[], o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  const modality = o.reading.procedure?.modality;
  if (!modality) return undefined;
  for (const f of fields) {
    if (!f.value || f.valueSpan.start < o.field.valueSpan.end || !WITHDRAWN.test(f.value)) continue;
    const words = toWords(f.value, f.valueSpan.start);
    for (const hit of [...findAny(words, ow.withdrawnOnItsLine), ...findAny(words, ow.withdrawn)]) {
      const i = wordIndex(words, hit.start);
      // The clause before the cancellation: a study of the order's modality, by its name alone ("XR", "the XR", "XR order").
      let from = i;
      while (from > 0 && !breaksClause(text, words[from - 1].end, words[from].start)) from--;
      const named = words.slice(from, i);
      if (!named.length || named.length > 5 || !named.some((w) => STUDY_HEAD.has(w.text))) continue;
      if (readOrder(text.slice(named[0].start, named[named.length - 1].end), undefined, k).procedure?.modality !== modality) continue;
      if (/^[ \t]*\?/.test(text.slice(hit.end, hit.end + 4))) continue;
      const c = readContext(text, hit.start, hit.end);
      if (c.negated || c.hypothetical) continue;
      const sentence = sentenceAround(text, f, hit);
      if (conditioned(sentence)) continue;
      // After it, in its sentence, another modality's study told ordered.
      const end = f.valueSpan.start + f.value.length;
      const rest = /^[^.!?\n]*/.exec(text.slice(hit.end, end))![0];
      const after = toWords(rest, hit.end);
      const head = studyHead(after);
      if (head < 0 || !findAny(after, ow.explicit).length) continue;
      // "USS cancelled, MRI L-spine requested instead by mum", "…, mum requests MRI": someone else's wish, no order of the writer's.
      if (/\bby (?!me\b|us\b|myself\b)/i.test(rest) || proposedByOthers(text, after, ow)) continue;
      const next = readOrder(rest, undefined, k).procedure?.modality;
      if (!next || next === modality) continue;
      // "XR cancelled, MRI L-spine ordered last year was normal": a study of the past, no replacement; "… MRI ordered" then
      // "MRI cancelled too, XR reinstated": the replacement taken back in turn.
      if (toldPast(rest) || RESULT_WORD.test(rest) || DATED.test(rest) || reportsStudy(after)) continue;
      if (fields.some((g) => g.valueSpan.start > hit.end && g.value && WITHDRAWN.test(g.value) && readOrder(g.value, undefined, k).procedure?.modality === next)) continue;
      return hit;
    }
  }
  return undefined;
}

/**
 * The order's own sentence takes it back right after the study's name ("MRI lumbar spine (72148) request WITHDRAWN by
 * ordering office"): the words before the withdrawal name that study alone, in one clause but for a code in brackets.
 * Never another study's ("MRI L-spine w/o, XR order cancelled") nor a withdrawal told before the study.
 */
function takenBackOnItsLine(text: string, o: NonNullable<Facts['order']>, hit: Span, k: Knowledge): boolean {
  if (hit.start <= o.field.valueSpan.start) return false;
  const before = text.slice(o.field.valueSpan.start, hit.start).replace(/\([^()]{0,40}\)/g, ' ');
  if (/[,;:.\n]|\s-\s/.test(before.replace(/\b[A-Za-z]\.(?=\S)/g, ' '))) return false;
  let heads = 0;
  for (const w of toWords(before)) if (STUDY_HEAD.has(w.text)) heads++;
  return heads === 1 && readOrder(before, undefined, k).procedure?.modality === o.reading.procedure?.modality;
}

/**
 * A clause of g that names a study is followed, within the value (to `limit`), by a clause that decides
 * against it without naming it again: "mom requests MRI; explained not indicated", "radiology suggests
 * MRI L-spine w/o; parents to consider" (order-vocabulary prose.declinedAfter, after words of
 * prose.explaining or a proposer). Not "MRI L-spine w/o, sedation not needed": that clause names what it declines.
 */
export function declinedNext(text: string, g: Field, limit: number, ow: OrderWords): boolean {
  for (const c of planClauses(g)) {
    if (studyHead(toWords(c.value)) < 0) continue;
    let i = c.valueSpan.end;
    while (i < limit && /[\s.;,:\u2013-]/.test(text[i])) i++;
    let j = i;
    while (j < limit && j - i < 120 && !/[.;,\n]/.test(text[j])) j++;
    // A bracket after the study telling whose request it is ("(solicitada por traumatología, no indicada por nuestra parte)",
    // "(requested by ortho, not needed)"): the decision is its clause after the comma, still inside the bracket.
    if (text[i] === '(' && text[j] === ',' && !text.slice(i, j).includes(')') && OTHERS_REQUEST.test(text.slice(i + 1, j))) {
      i = j + 1;
      while (i < limit && /\s/.test(text[i])) i++;
      j = i;
      while (j < limit && j - i < 120 && !/[.;,)\n]/.test(text[j])) j++;
    }
    work.steps += j - c.valueSpan.end;
    const words = toWords(text.slice(i, j), i);
    // "(deferred MRI until results)" declines the study it names, not this one.
    if (studyHead(words) >= 0) continue;
    let w = 0;
    while (w < words.length && w < 4 && (ow.explaining.has(words[w].text) || ow.proposerWords.has(words[w].text))) w++;
    const cue = w < words.length ? findAny(words.slice(w), ow.declinedAfter).find((d) => d.start === words[w].start) : undefined;
    if (!cue) continue;
    // "MRI L-spine ordered; PT not ordered": a study ordered outright, and another left unordered.
    if (/\b(?:order|request)/.test(text.slice(cue.start, cue.end).toLowerCase()) && ordersOutright(text, toWords(c.value, c.valueSpan.start), ow)) continue;
    // "no indication for gadolinium", "not needed for sedation": a decision about what follows it.
    const next = words[wordIndex(words, cue.end)]?.text;
    if (next === undefined || !DECISION_ABOUT.has(next)) return true;
  }
  return false;
}

/** A bracket's opening telling another's request of the study: "requested by ortho", "per neurology". */
const OTHERS_REQUEST = /^\s*(?:requested|asked|wanted|suggested|recommended)\s+by\b|^\s*per\b/i;

/** Words after a decision that name what it is about ("no indication for gadolinium"). */
const DECISION_ABOUT = new Set(['for', 'of', 'to', 'with', 'on']);

/** Booked again ("cancelled and rebooked for Monday", "re-ordered"): unlike REORDERED, not "instead", which names the study put in its place. */
const BOOKED_AGAIN =
  /\b(?:re-?(?:enter|order|place|submit|book|schedul|request|instat)\w*|(?:now|still) (?:booked|scheduled|ordered)|keep|kept|(?:to|will) repeat|repeat(?:ed)? (?:with|when|once|after)|call back to (?:re)?book|book (?:a )?new)\b/i;
/** How many words may stand between the words of prose.changedPlan: "initially" … "requested", "requested" … the study's name. */
const FIRST_GAP = 3;
const STUDY_GAP = 4;

/**
 * A plan changed in the note itself (order-vocabulary prose.changedPlan): the order's sentence tells its study first ordered
 * and then cancelled ("I had initially requested a lumbar spine X-ray, but after a conversation with the duty radiologist this
 * has been cancelled", "initially ordered XR L-spine -> cancelled after talking to peds radiology"). The span from the sentence's
 * opening to the cancellation is returned, to be set aside so the note is read again for the study ordered in its place ("…
 * they recommend US at this age instead. US lumbar spine ordered."). A study ordered outright ("MRI L-spine ordered, first
 * slot cancelled"), a cancellation denied ("was not cancelled"), on a condition ("if parents want it cancelled") or booked again ("cancelled and rebooked") is no change.
 */
export function changedInPlace(text: string, o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  const f = o.field;
  const modality = o.reading.procedure?.modality;
  if (!modality) return undefined;
  // The order's field may be its clause alone ("I had initially requested a lumbar spine X-ray"): its whole sentence is read.
  let start = f.valueSpan.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = f.valueSpan.start;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  const sentence = text.slice(start, end);
  if (!WITHDRAWN_OR_STOPPED.test(sentence)) return undefined;
  work.steps += end - start;
  const words = toWords(sentence, start);
  const head = words.findIndex((w, i) => w.start >= f.valueSpan.start && isHeadAt(words, i));
  if (head < 0 || readOrder(text.slice(words[head].start, end), undefined, k).procedure?.modality !== modality) return undefined;
  if (!toldFirstOrdered(words, head, ow)) return undefined;
  const hit = findAny(words.slice(head + 1), ow.changedPlan.cancelled)[0];
  if (!hit) return undefined;
  const c = readContext(text, hit.start, hit.end);
  if (c.negated || c.hypothetical || conditioned(text.slice(words[head].start, hit.end))) return undefined;
  // "would be cancelled if pain better", "may be cancelled if improving", "to be cancelled if pain improves": a condition.
  if (MAY_BE.test(text.slice(words[head].start, hit.start)) || ON_CONDITION.test(text.slice(words[head].start, end))) return undefined;
  if (
    !cancelsTheStudy(
      words,
      head,
      words.findIndex((w) => w.start === hit.start),
    )
  )
    return undefined;
  // Booked again anywhere after the cancellation in the note ("now booked for Thursday", "reinstated", "keep XR L-spine", "to repeat with feed").
  if (BOOKED_AGAIN.test(text.slice(hit.end))) return undefined;
  return { start, end: hit.end };
}
/** A cancellation on a condition: "would/may/to be … cancelled", "if", "unless". */
const MAY_BE = /\b(?:would|will|may|might|could|should|can|to)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?$/i;
const ON_CONDITION = /\b(?:if|unless|in case)\b/i;
/** Words of the study's own name or of the study, as the subject of its cancellation ("XR L-spine w/o -> cancelled", "the study was cancelled"). */
const OF_THE_STUDY = new Set([
  'study',
  'studies',
  'order',
  'request',
  'scan',
  'imaging',
  'exam',
  'w',
  'o',
  'wo',
  'without',
  'with',
  'contrast',
  'views',
  'view',
  'ap',
  'lat',
  'lateral',
  'spine',
  'xr',
  'x',
]);
/** Words between a subject and its verb: "this has been cancelled", "which was then cancelled". */
const AUXILIARY = new Set([
  'has',
  'have',
  'had',
  'been',
  'was',
  'were',
  'is',
  'are',
  'be',
  'got',
  'then',
  'later',
  'subsequently',
  'since',
  'unfortunately',
  'already',
  'now',
  'just',
  'also',
]);
const PRONOUN = new Set(['it', 'this', 'that']);
/**
 * The cancellation's subject is the study told first ordered: "which" after the study ("which radiology cancelled", "which was
 * cancelled"), "it"/"this"/"that" right before the verb ("this has been cancelled"), or the study's own name right before it
 * ("XR L-spine -> cancelled", "CT L-spine, cancelled", "the XR was cancelled"). Never another noun: "nurse stopped by", "PT
 * stopped", "crying stopped", "mom cancelled her work shift".
 */
function cancelsTheStudy(words: readonly Word[], head: number, at: number): boolean {
  if (at <= head) return false;
  for (let i = head + 1; i < at; i++) if (words[i].text.toLowerCase() === 'which') return true;
  let p = at - 1;
  while (p > head && AUXILIARY.has(words[p].text.toLowerCase())) p--;
  const w = words[p].text.toLowerCase();
  if (PRONOUN.has(w)) return true;
  return p === head || isHeadAt(words, p) || STUDY_TAIL.has(w) || STUDY_HEAD.has(w) || OF_THE_STUDY.has(w);
}
/** Where a sentence ends (a key's colon too: "Plan: initially ordered XR L-spine -> cancelled …"). */
const SENTENCE_END = /[.!?;:\n]/;
/** A cancellation's word in the value: values without one are not searched. */
const WITHDRAWN_OR_STOPPED = /\b(?:cancel|withdr[ae]w|rescind|called off|discontinu|stopped)/i;

/** A word of prose.changedPlan.ordered ends within STUDY_GAP words before the study's name, and a word of `first` opens within FIRST_GAP words before it. */
function toldFirstOrdered(words: readonly Word[], head: number, ow: OrderWords): boolean {
  for (let i = Math.max(0, head - STUDY_GAP - 1); i < head; i++) {
    const to = longestPhraseAt(words, i, ow.changedPlan.ordered);
    if (to <= 0 || to > head || head - to > STUDY_GAP) continue;
    for (let j = Math.max(0, i - FIRST_GAP - 1); j < i; j++) {
      const firstTo = longestPhraseAt(words, j, ow.changedPlan.first);
      if (firstTo > 0 && firstTo <= i && i - firstTo <= FIRST_GAP) return true;
    }
  }
  return false;
}
