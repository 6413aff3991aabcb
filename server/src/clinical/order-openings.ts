/** Sentences that open on an order or a study, and what around them keeps or withholds the order. */
import { timedLater } from './order-recommended';
import type { Knowledge } from '../knowledge/knowledge';
import { HISTORY_KEYS, type KeyName, lookupKey } from '../notes/keys';
import type { Field } from '../notes/parser';
import { insideOpenBracket } from '../notes/prose';
import { lastDash, type Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { fieldWords } from './findings';
import { readOrder } from './order';
import { DATED, perVocabulary } from './patterns';
import { type ReadingVocabulary, findAny, readingVocabulary } from './vocabulary';
import { wordsSource } from './word-lists';
import {
  STUDY_HEAD,
  studyHead,
  startsWithStudy,
  independentStudy,
  isHeadAt,
  NAMES_SPINE,
  STUDY_NAMED,
  NAMES_A_STUDY,
  BULLET,
  ARROW,
  ARROW_CHAR,
  ARROW_GLYPHS,
  ARROWS,
  STUDY_NAMED_WORDS,
} from './study-names';
import { readContext } from './context';
import { sentences, sentenceSpan, wordIndex, planClauses, conditioned, negates, breaksClause, studyTailEnd } from './clauses';
import { toldPast, RESULT_WORD, reportedNext, reportsStudy } from './study-reported';
import { quoted, requestsRecords, asksAboutStudy, toldAfterStudyDash } from './study-mentions';
import { conditionedInPlan, ifKept } from './order-conditions';
import { decidesNotToImage, ordersOutright, proposedByOthers, othersMayWant, PLACED_BETWEEN } from './order-cues';
import { declinedNext } from './order-withdrawn';
import { type OrderWords, keyWords, lineKeys } from './order-words';
import type { Facts } from './note-facts';
import { clausesBeforeLeadTellFindings, studyClosesAlone } from './closing-item';
import { positiveOnlyStudy } from './positive-only-study';

export const PRESENTATION = lookupKey('Presentation')!;

/** "No prior imaging", "No previous spinal imaging", "Never imaged": a sentence that tells no study was done. */
export const NO_IMAGING_YET = /^(?:no|nil|never|not)\b[\w\s-]{0,30}\b(?:imag\w*|scans?|studies)\s*(?:to date|so far|yet|before)?\.?$/i;

/** Keys whose sentences may open on an order verb ("Order US spine."); Order and Plan are read before. */
const OPENING_ORDER_KEYS = new Set<KeyName>([
  'Presentation',
  'Findings',
  'Indication',
  'Symptoms',
  'Neuro',
  'Family history',
  'PMH',
  'Referral',
  'Dimple',
  'Red flags',
  'ROS',
  'Prior imaging',
]);

/**
 * A sentence of a keyed value that opens on an order verb (order-vocabulary.json prose.openingOrders:
 * "Order US spine.", "Please arrange MRI L-spine.", "Will get XR L-spine."), or opens on a study that an
 * explicit cue after it orders ("US spine requested.", "XR L-spine booked for Monday", "US spine requested
 * by neurosurgery"); neither declined, conditioned nor told as done, dated or read ("Ordered US at birth:
 * normal", "MRI ordered by PCP last month showed …").
 */
export function openingOrder(text: string, all: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  for (const f of all) {
    if (f.inferred || !f.value || !f.key || !OPENING_ORDER_KEYS.has(f.key.name)) continue;
    const fw = fieldWords(f);
    if (!fw.some((w) => ow.openingFirst.has(w.text) || ow.advice.has(w.text) || STUDY_HEAD.has(w.text))) continue;
    // A referral letter asks for its study in a sentence that opens on the request ("Ultrasound requested. Kindly arrange MRI
    // L-spine."): that sentence is its order before any study told with an order word after it.
    const passes = f.key.name === 'Referral' ? [true, false] : [false];
    for (const openersOnly of passes)
      for (const whole of withDashClauses(sentences(f))) {
        const s = afterAside(whole, ow);
        const words = toWords(s.value, s.valueSpan.start);
        if (!words.length) continue;
        // The verb as written ("Gets XR every year" is no "Get XR").
        // A suggestion ("A (radiology): Recommend MRI …") is a weak cue of the free text only (order-elsewhere), never an opening order.
        const lead =
          advisedStudy(s, words, ow, text) && !ow.adviceSuggests.has(words[0].text) ? words[0] : ow.openingFirst.has(words[0].text) ? findAny(words, ow.opening)[0] : undefined;
        // "Order of events: …", "in order to …": the noun, no verb.
        const opens = lead !== undefined && lead.start === words[0].start && !(words[0].text === 'order' && (words[1]?.text === 'of' || words[1]?.text === 'to'));
        // "Schedule MRI after US": a study for after another, a sequence and no order of it now.
        if (opens && SEQUENCED.test(s.value)) continue;
        if (openersOnly && !opens) continue;
        const head = studyHead(words);
        // A history ("PMH: scoliosis, XR spine ordered yearly") tells what was ordered before, not today.
        // A Prior imaging value tells studies before today the same way ("Prior imaging: US spine ordered by PCP - normal").
        const history = HISTORY_KEYS.has(f.key.name);
        if (!opens && (history || !(head >= 0 && startsWithStudy(s.value) && findAny(words, ow.explicit).some((c) => c.start > words[head].end)))) continue;
        if (toldPast(s.value) || DATED.test(s.value) || RESULT_WORD.test(s.value)) continue;
        // 'Referral: chiropractor letter: "… Please order MRI lumbar spine."': a request quoted from another is theirs.
        if (quoted(f, whole) || requestsRecords(words, ow)) continue;
        const r = readOrder(s.value, contrast, k);
        if (reportedNext(text, s, f.valueSpan.end) || ORDERED_ELSEWHERE.test(s.value)) continue;
        if (opens) {
          const rest = text.slice(s.valueSpan.start, sentenceSpan(text, s.valueSpan).end);
          // "Assessment: … Ordered XR L-spine if no better in 2 weeks": an order word told with a condition on the study.
          // "Please perform MRI lumbar spine when 6 months old", "… , ideally at 6 months": a request for a later study asks nothing now.
          if (conditionedInPlan(text, s, ow) || ONLY_ON_CONDITION.test(rest) || timedLater(rest, ow.letterSuggestion)) continue;
        }
        if (r.status === 'recognized' && !decidesNotToImage(text, s, ow) && !declinedNext(text, s, f.valueSpan.end, ow) && !proposedByOthers(text, words, ow))
          return { field: s, reading: r };
      }
  }
  return undefined;
}

/**
 * A key before a colon at the start of a line or of a sentence inside one ("Receiving team: MRI L-spine w/o in the morning",
 * "… Lumbar pain, neuro intact. Accepting ED: CT lumbar spine w/o contrast."), as an inline "Plan:" in a paragraph note
 * is read (notes/prose.ts). Its value runs to the end of the line; only the key is matched here, so each line is scanned once.
 */
const KEY_OPENING = /(?:^[ \t]*|[.;!?][ \t]+)([A-Za-z][A-Za-z /&-]{0,40}?)[ \t]*:[ \t]*/gm;

/**
 * A planned study's head may stand after at most two words of its kind ("whole-body MRI", "urgent non-contrast CT"), not
 * after a procedure of its own ("sedation for MRI L-spine").
 */
function plannedLead(words: readonly Word[]): boolean {
  const h = studyHead(words);
  return h >= 0 && h <= 2 && !words.slice(0, h).some((w) => PROCEDURE_FOR.has(w.text));
}
const PROCEDURE_FOR = new Set(['for', 'after', 'before', 'post', 'following', 'during', 'pre', 'with', 'under', 'guided']);
/**
 * A transfer note's receiving side (order-vocabulary prose.receivingKeys: "Receiving:", "Accepting ED:"), read as the
 * note's narrative: a sentence of it that opens on a study is the study the receiving side will do ("Receiving: MRI
 * lumbar spine with contrast in the morning; ortho + ID consults"). Never one told done before, dated, with its result
 * or at another place ("Receiving: outside CT reviewed, normal", "Receiving hospital: XR T/L spine at OSH neg.",
 * "Receiving: MRI L-spine from OSH on disc, please review"), nor one declined. A setting's plan or a procedure line
 * (prose.plannedStudyKeys: "ED plan: CT T/L spine w/o contrast, CXR, FAST", "Proc: whole-body MRI … complete spine, no
 * contrast") is read the same way: "Proc: US guided LP 2 days ago" and "ED: CT C-spine neg for fx" order nothing.
 */
export function receivingOrder(text: string, contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  if (!text.includes(':')) return undefined;
  for (const m of text.matchAll(KEY_OPENING)) {
    const key = keyWords(m[1]);
    const planned = !ow.receivingKeys.has(key);
    if (planned && !ow.plannedStudyKeys.has(key)) continue;
    // The key's line, or its sentence when it opens one inside a line.
    const lineStart = /^[.;!?]/.test(m[0]) ? (m.index ?? 0) + m[0].indexOf(m[1]) : (m.index ?? 0);
    const valueStart = (m.index ?? 0) + m[0].length;
    let lineEnd = text.indexOf('\n', valueStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (planned && findAny(toWords(text.slice(valueStart, lineEnd)), ow.procedureWent).length) continue;
    if (planned && ow.bareStudyKeys.keys.has(key) && !bareKeySafe(text, key, lineStart, valueStart, lineEnd, ow)) continue;
    // Sentences end at a semicolon or a full stop before a capital or the line's end, not an abbreviation's ("incl. complete spine").
    for (const c of text.slice(valueStart, lineEnd).matchAll(/(?:[^.;]|\.(?![ \t]*$|[ \t]+\p{Lu}))+/gu)) {
      const value = c[0].trim();
      // A procedure or setting's line may name the study after a word or two of its kind ("whole-body MRI STIR incl. complete spine").
      if (!value || !(startsWithStudy(value) || (planned && plannedLead(toWords(value))))) continue;
      const start = valueStart + (c.index ?? 0) + c[0].indexOf(value);
      const span = { start, end: start + value.length };
      const s: Field = { key: PRESENTATION, rawKey: m[1], keySpan: { start: lineStart, end: lineStart }, valueSpan: span, value, lineSpan: span, inferred: true };
      const words = toWords(value, start);
      if (toldPast(value) || DATED.test(value) || RESULT_WORD.test(value) || ORDERED_ELSEWHERE.test(value) || findAny(words, ow.doneBefore).length) continue;
      if (reportsStudy(words) || decidesNotToImage(text, s, ow) || declinedNext(text, s, lineEnd, ow)) continue;
      // Asked, left to another's decision, or told done or with its result after a dash ("Trauma team: CT T/L spine?",
      // "?CT spine - ortho to decide", "CT T/L spine - NAD"), as a Plan's study is.
      if (asksAboutStudy(s, words, ow, text.slice(span.end, lineEnd)) || othersMayWant(text, words, ow)) continue;
      if (toldAfterStudyDash(value, (b) => readOrder(b, contrast, k).status === 'recognized', ow)) continue;
      const r = readOrder(value, contrast, k);
      if (r.status === 'recognized') return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * A bare "ED:"/"ER:"/"Proc:" line is the plan only in that setting's own note of today: a later visit's note tells what was
 * done in the ED ("Seen in ED same day. ED: XR L spine. Today: …"), a report's header names the study it reports
 * ("Proc: XR LUMBAR SPINE … Findings: …"), and a line with a result or a procedure around the study tells what went on
 * ("ED: CT T/L spine - no fx", "Proc: CT-guided biopsy L3", "Proc: MRI under GA; extubated in OR") (prose.bareStudyKeys).
 */
function bareKeySafe(text: string, key: string, keyStart: number, valueStart: number, lineEnd: number, ow: OrderWords): boolean {
  const b = ow.bareStudyKeys;
  const lineText = text.slice(valueStart, lineEnd);
  const line = toWords(lineText);
  const results = findAny(line, b.lineResults);
  if (results.some((h) => !lookedFor(lineText, h, results, ow)) || findAny(line, b.procedureWords).length) return false;
  // "ED: XR T/L spine to r/o fx" / "Reviewed: no fx, d/c home": the line under it reports the study looked for.
  if (results.length && findAny(toWords(nextLineOf(text, lineEnd)), b.lineResults).length) return false;
  if (lineKeys(text).some((k) => b.reportKeys.has(k))) return false;
  if (b.settingKeys.has(key) && findAny(toWords(text.slice(0, keyStart) + ' \n ' + text.slice(lineEnd)), b.visitCues).length) return false;
  return true;
}

/**
 * "ED: XR L-spine to r/o fx", "ED: CT C-spine eval for fracture": the word is what the study looks for, after a word of
 * asking in its clause (prose.finalReportAsked), no result told, unless a result word follows it ("to r/o fx - negative").
 */
function lookedFor(line: string, h: Span, results: readonly Span[], ow: OrderWords): boolean {
  // After review: the fracture looked for closes its clause and the line ("to r/o fx: L1 fx", "… r/o fx; NAD", "… = no
  // fx", "… -> no fx", "… if still tender after analgesia" tell a result or a condition), with no other result word or
  // a result's mark (":", "=", "-", an arrow) between the asking word and it, and no condition on the line.
  if (!/^[\s.]*$/.test(line.slice(h.end)) || conditioned(line)) return false;
  const before = line.slice(0, h.start);
  let from = 0;
  for (const c of before.matchAll(CLAUSE_STOP)) from = (c.index ?? 0) + c[0].length;
  const asked = findAny(toWords(before.slice(from), from), ow.finalReportAsked);
  if (!asked.length) return false;
  const askedEnd = asked[asked.length - 1].end;
  if (RESULT_MARK.test(line.slice(askedEnd, h.start))) return false;
  return !results.some((r) => r !== h && r.start >= askedEnd && r.start < h.start);
}
const CLAUSE_STOP = /[,;.()]|\s[-\u2013\u2014]\s/g;
/** A mark that sets a result after a study's reason ("to r/o fx: no fx", "r/o fx = neg", "r/o fx -> NAD", "r/o fx - clear"). */
const RESULT_MARK = new RegExp(String.raw`[:;=>${ARROW_GLYPHS}]|\s[-\u2013\u2014]`);

/** The first line with words after the line ending at `lineEnd`, or "". */
function nextLineOf(text: string, lineEnd: number): string {
  const m = /^(?:\r?\n[ \t]*)+([^\r\n]*)/.exec(text.slice(lineEnd, lineEnd + 400));
  return m ? m[1] : '';
}
/**
 * "As discussed by phone, I placed the order for spinal US": the clause after an aside (prose.openingAsides) that opens
 * the sentence and ends at its first comma, naming no study; the sentence itself otherwise.
 */
function afterAside(s: Field, ow: OrderWords): Field {
  const comma = s.value.indexOf(',');
  if (comma < 0) return s;
  const words = toWords(s.value.slice(0, comma), s.valueSpan.start);
  if (!words.length || words.length > 6 || words.some((w) => STUDY_HEAD.has(w.text))) return s;
  if (!findAny(words, ow.asides).some((a) => a.start === words[0].start)) return s;
  const value = s.value.slice(comma + 1).trimStart();
  return { ...s, valueSpan: { start: s.valueSpan.end - value.length, end: s.valueSpan.end }, value };
}

/** "…, to be done only if the dimple deepens", "… should symptoms persist beyond 6 weeks": the study waits on a condition. */
const ONLY_ON_CONDITION = /\b(?:only (?:if|when)|in case|should (?:symptoms?|pain|it|they|she|he|this|there be)\b)/i;

/**
 * The sentence opens on a word of prose.adviceOrders followed right away by a study, as clinicians in South Asia
 * write an order ("Advised X-ray DL spine AP/Lat.", "Adv MRI L-spine"); not "advised mum to return", "advised
 * that MRI is not needed".
 */
export function advisedStudy(s: Field, words: readonly Word[], ow: OrderWords, text?: string): boolean {
  if (words.length < 2) return false;
  const advice = ow.advice.has(words[0].text);
  const at = advice && words.length > 2 && ow.checks.has(words[1].text) ? 1 : 0;
  if (!ow.checks.has(words[at].text)) return advice && startsWithStudy(s.value.slice(words[1].start - s.valueSpan.start));
  return text !== undefined && checkOrdersStudy(text, s, words, at, ow);
}

const ARTICLE = new Set(['a', 'an']);

/**
 * "Check MRI L-spine and send report to GP": after the study's name (its contrast or views at most), "and" or a comma, then a
 * clause of prose.checkThenReport opening on sending the report and at most maxAfter words (its recipient) to the sentence's end.
 */
function reportSentAfter(rest: string, ow: OrderWords): boolean {
  const m = checkNameThenClauseOf(readingVocabulary().checkNameEnds).exec(rest);
  if (!m) return false;
  const clause = toWords(m[2]);
  const opens = findAny(clause, ow.checkThenReport.opens).find((o) => o.start === clause[0]?.start);
  if (!opens) return false;
  const after = clause.filter((w) => w.start >= opens.end);
  return after.length >= 1 && after.length <= ow.checkThenReport.maxAfter && !after.some((w) => STUDY_HEAD.has(w.text) || /^(?:if|when|once|after|unless)$/.test(w.text));
}

/** What may end the study's name after "check": its contrast or its views (reading-vocabulary checkNameEnds), then the sentence's end. */
/** The study name's contrast and views after "check" (reading-vocabulary checkNameEnds), as a pattern's source. */
function checkNameTail(v: ReadingVocabulary['checkNameEnds']): string {
  return `(?:\\s+(?:with(?:out)?|w\\/o?|non|no)[\\s-]*(?:iv\\s+)?(?:${wordsSource(v.contrast)}))?(?:\\s+\\(?(?:${wordsSource(v.frontal)})\\s*(?:[/&+]|and)\\s*(?:${wordsSource(v.lateral)})\\)?)?`;
}
export const checkNameEndsOf = perVocabulary((v: ReadingVocabulary['checkNameEnds']) => new RegExp(`^${checkNameTail(v)}[\\s.]*$`, 'i'));
/** The same tail, then "and" or a comma and the clause after it to the sentence's end (group 2). */
const checkNameThenClauseOf = perVocabulary(
  (v: ReadingVocabulary['checkNameEnds']) => new RegExp(`^(${checkNameTail(v)})\\s*(?:,\\s*|\\s+and\\s+|,\\s*and\\s+)([^.;!?\\n]*)[.\\s]*$`, 'i'),
);
/**
 * "Check CT L-spine with contrast", "mother very worried -> check MRI whole spine", "Suggest: check MRI whole spine"
 * (prose.checkOrders, round 48, as East and South-East Asian-trained writers order): "check" and nothing after it in its
 * sentence but the study's name orders the study. Never with more told after the name ("Check MRI from 2024", "Check MRI
 * booking", "Check MRI L-spine ?needed", "Check XR L-spine when pain persists", "Check MRI L-spine has been done"), nor after
 * a study named earlier on its line or another's word ("XR L-spine done -> check XR", "MRI L-spine 2024 at OSH. Check MRI.",
 * "Per ortho -> check MRI L-spine"): a look at a record, a booking or another's plan (review r48 B).
 */
function checkOrdersStudy(text: string, s: Field, words: readonly Word[], at: number, ow: OrderWords): boolean {
  // "Check an MRI L-spine": an article between "check" and the study.
  const head = at + 1 + (ARTICLE.has(words[at + 1]?.text ?? '') ? 1 : 0);
  if (head >= words.length || studyHead(words) !== head || !startsWithStudy(s.value.slice(words[head].start - s.valueSpan.start))) return false;
  const tail = studyTailEnd(words, head, text);
  const rest = s.value.slice(words[tail].end - s.valueSpan.start);
  if (!checkNameEndsOf(readingVocabulary().checkNameEnds).test(rest) && !reportSentAfter(rest, ow)) return false;
  const before = text.slice(text.lastIndexOf('\n', s.valueSpan.start - 1) + 1, s.valueSpan.start);
  return !STUDY_NAMED.test(before) && !/\bper\b/i.test(before);
}

/**
 * The cue at words[i] is "advised" told of an earlier time: after a word of one (order-vocabulary prose.adviceEarlier:
 * "previously advised", "was advised", "had advised") or in a clause told in the past ("advised MRI last year").
 */
export function adviceBefore(s: Field, words: readonly Word[], i: number, ow: OrderWords): boolean {
  if (!ow.advice.has(words[i]?.text ?? '')) return false;
  return ow.adviceEarlier.has(words[i - 1]?.text ?? '') || toldPast(s.value);
}

/**
 * Advice told with a condition in its own clause ("Advised MRI L-spine at follow-up if symptoms persist", "… in case
 * of weakness", "… SOS"; order-vocabulary prose.adviceConditioned, "if needed" keeps it) or a refusal to the end of its
 * line ("Advised MRI L-spine; parents refused.", "… . Parents not willing, will review."; prose.adviceDeclined), asked ("Suggest
 * spinal ultrasound?") or timed for later in its clause ("Recommend spinal US when older"; order-recommended timedLater): no order.
 */
export function adviceWithheld(text: string, s: Field, limit: number, ow: OrderWords): boolean {
  const nl = text.indexOf('\n', s.valueSpan.start);
  const lineEnd = Math.min(limit, nl < 0 ? text.length : nl);
  const line = toWords(text.slice(s.valueSpan.start, lineEnd), s.valueSpan.start);
  if (findAny(line, ow.adviceDeclined).length) return true;
  const stop = text.slice(s.valueSpan.start, lineEnd).search(/[.;]\s/);
  const clauseEnd = stop < 0 ? lineEnd : s.valueSpan.start + stop;
  const own = line.filter((w) => w.end <= clauseEnd);
  // "Suggest spinal ultrasound?" asks; "Recommend spinal US when older", "… at 6 months" waits for a later time.
  const clause = text.slice(s.valueSpan.start, clauseEnd);
  if (/\?\s*$/.test(clause) || timedLater(clause, ow.letterSuggestion)) return true;
  return findAny(own, ow.adviceConditioned).some((m) => {
    const i = wordIndex(own, m.start);
    return !(own[i].text === 'if' && ifKept(own, i));
  });
}

/**
 * Each sentence, and after it the part after its last spaced dash when that part opens on a study: "Mom
 * very anxious - XR cervical spine ordered" orders the radiographs, as a sentence of its own would.
 */
function withDashClauses(list: Field[]): Field[] {
  const out: Field[] = [];
  for (const s of list) {
    out.push(s);
    const dash = lastDash(s.value);
    if (dash < 0) continue;
    const value = s.value.slice(dash + 1).trim();
    if (!startsWithStudy(value)) continue;
    const start = s.valueSpan.end - value.length;
    out.push({ ...s, valueSpan: { start, end: s.valueSpan.end }, value });
  }
  return out;
}

/** A study planned for after another ("Schedule MRI after US", "MRI once the US is back", "MRI to follow the US"). */
const SEQUENCED = /\b(?:after|once|following|to follow|depending on|pending)\b[^.;]*\b(?:(?:us[sg]?|utz)|ultrasound|xr|x[- ]?rays?|films?|mri|ct|results?)\b/i;

/** In a sentence whose first study is declined, a later clause (planClauses) that names a study and does not decline it. */
export function laterClauseOrder(text: string, s: Field, words: readonly Word[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  if (independentStudy(text, words) < 0) return undefined;
  const clauses = planClauses(s);
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i];
    const cw = toWords(c.value, c.valueSpan.start);
    if (studyHead(cw) < 0) continue;
    const r = readOrder(c.value, contrast, k);
    if (r.status === 'recognized' && !decidesNotToImage(text, c, ow) && !reportsStudy(cw)) return { field: c, reading: r };
  }
  return undefined;
}
/** "Seen by ortho - XR L-spine ordered there", "followed by ortho - XR spine ordered yearly by them": another's order, or a routine one. */
const ORDERED_ELSEWHERE = /\b(?:ordered|requested|done|arranged|booked) (?:there|elsewhere|by them)\b|\b(?:yearly|annually|every (?:year|\d+ (?:months?|years?)))\b/i;

/**
 * The part of a sentence after its last colon, when there is text after it. A colon inside a bracket the sentence opened
 * ("US lumbar spine ordered (discussed: may have limited views at this age)") is the aside's, not the sentence's: the
 * study is still the one before the bracket.
 */
export function afterColon(s: Field): Field | undefined {
  let colon = s.value.lastIndexOf(':');
  while (colon >= 0 && insideOpenBracket(s.value, 0, colon)) colon = s.value.lastIndexOf(':', colon - 1);
  if (colon < 0) return undefined;
  const value = s.value.slice(colon + 1).trim();
  if (!value) return undefined;
  const start = s.valueSpan.start + s.value.indexOf(value, colon + 1);
  return { ...s, valueSpan: { start, end: start + value.length }, value };
}

/**
 * The study after a sentence's last arrow, what the reason before it leads to ("given night pain w/ negative films -> MRI
 * whole spine w/o contrast ordered": the films are the reason, the MRI the order). Not after a condition or a time still
 * to come ("If not better -> MRI", "When older -> MRI").
 */
export function afterStudyArrow(s: Field): Field | undefined {
  const arrow = lastArrow(s.value);
  if (!arrow || !startsWithStudy(s.value.slice(arrow.end))) return undefined;
  const before = s.value.slice(0, arrow.start);
  if (conditioned(before) || ARROW_WAITS.test(before)) return undefined;
  // The arrow stays with the study: it parts it from a decline or a denial before it ("MRI declined -> XR ordered").
  const at = arrow.start + s.value.slice(arrow.start).search(/\S/);
  return { ...s, valueSpan: { start: s.valueSpan.start + at, end: s.valueSpan.end }, value: s.value.slice(at) };
}

/**
 * "2. Dermal sinus with suspected abscess - MRI whole spine w/ and w/o tonight": a problem list's item (its line opens on a
 * number or a bullet), its problem named before a dash and its plan after it, opening on the study. Never a problem that
 * waits or sets a condition ("3. If worse - MRI L-spine", "2. When older - MRI"), nor a sentence that does not open its line.
 */
export function afterProblemDash(text: string, s: Field, ow: OrderWords): Field | undefined {
  const lineStart = text.lastIndexOf('\n', s.valueSpan.start - 1) + 1;
  if (!PROBLEM_ITEM.test(text.slice(lineStart, s.valueSpan.start))) return undefined;
  // Nor one asked ("Sacral dimple - US spine?") or a relative's problem ("Mom's back pain - MRI L-spine per her GP").
  // A US template's problem carries its ICD-10 code in a bracket ("1. Persistent LBP (M54.50) - MRI …"): the code's full stop
  // is no sentence's, so the bracket is read as blank (same length, so the problem's span is kept).
  const coded = withoutCodeBrackets(s.value);
  const dashed = s.value.includes('?') ? null : PROBLEM_DASH.exec(coded);
  const m = dashed && testsListedBefore(dashed, s.value, ow);
  if (!m || conditioned(m[1]) || ARROW_WAITS.test(m[1]) || !startsWithStudy(s.value.slice(m[0].length))) return undefined;
  if (ow.relativesBefore.test(m[1]) || readContext(text, s.valueSpan.start, s.valueSpan.start + m[1].length).experiencer !== 'patient') return undefined;
  // "2. Dermal sinus - MRI whole spine vs US first, discuss", "… - MRI whole spine per neurosurgery (their clinic)": a plan left
  // open or another's (prose.suspicionLeftOpen, as after a suspicion's arrow) orders nothing.
  const plan = s.value.slice(m[0].length);
  if (findAny(toWords(plan), ow.suspicionLeftOpen).length) return undefined;
  // "1. LBP (M54.50) - MRI L-spine at next visit", "… - MRI L-spine in 6 wks", "… - MRI L-spine results reviewed": a study put
  // off to a time to come or told with its results is no order of this visit (prose.problemDashNotNow, timedLater).
  // Narrowed after review r54: only for an item with a code bracket (main's reading of the others is kept), and searched only
  // in the study's own item, up to the first comma or semicolon ("- MRI L-spine w/o contrast, will call with results",
  // "…, RTC in 2 weeks to go over it" keep the order); a plan left to another team ("…, PCP to order", "…, onc will order";
  // prose.problemDashOthers) anywhere in the plan.
  if (coded !== s.value) {
    const own = plan.split(/[,;]/)[0];
    if (findAny(toWords(own), ow.problemDashNotNow).length || timedLater(own, ow.letterSuggestion)) return undefined;
    if (findAny(toWords(plan), ow.problemDashOthers).length) return undefined;
  }
  return { ...s, valueSpan: { start: s.valueSpan.start + m[0].length, end: s.valueSpan.end }, value: s.value.slice(m[0].length) };
}
/**
 * "1. Back pain, hx ALL (C91.01) - CBC, LDH, bone scan whole body": after the problem's dash, the tests a template lists before
 * the study in one comma list (prose.problemDashBeside, each item wholly one of them) are passed over, so the match's end moves
 * to the study. Plans opening on anything else (a study, a verb: "- consider CBC, bone scan") keep the match as it is.
 */
function testsListedBefore(m: RegExpExecArray, value: string, ow: OrderWords): RegExpExecArray {
  let end = m[0].length;
  for (;;) {
    const item = /^([^,;.?!:()\n]{1,30}?)[ \t]*,[ \t]*/.exec(value.slice(end));
    if (
      !item ||
      !ow.problemDashBeside.has(
        item[1]
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim(),
      )
    )
      break;
    end += item[0].length;
  }
  if (end === m[0].length) return m;
  const moved = [value.slice(0, end), m[1]] as unknown as RegExpExecArray;
  moved.index = m.index;
  return moved;
}
/**
 * A bracket holding only ICD-10 codes ("(M54.50)", "(Q82.8)", "(S39.92XA)", "(M41.125, M54.9)") blanked to spaces: a
 * billing code names the problem, and its full stop ends no sentence. Any other bracket ("(done 2024.05)") is kept.
 */
export function withoutCodeBrackets(value: string): string {
  return value.replace(ICD10_BRACKET, (b) => ' '.repeat(b.length));
}
const ICD10_CODE = String.raw`[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?`;
const ICD10_BRACKET = new RegExp(String.raw`\(\s*${ICD10_CODE}(?:\s*[,;/]\s*${ICD10_CODE})*\s*\)`, 'g');
/** What opens a problem list's item before its problem: a number ("2.", "3)") or a bullet, alone on the line before it. */
const PROBLEM_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-*\u2022#])[ \t]*$/;
/** A problem (no mark of a sentence, a colon or another dash in it) and the dash after it. */
const PROBLEM_DASH = /^([^-\u2013\u2014:;.?!\n]{2,80}?)\s+[-\u2013\u2014]{1,2}\s+/;

/**
 * The clause after a sentence's last arrow when it opens on the writer's own request (order-vocabulary prose.arrowOrders):
 * "MRI waiting list 3 months -> requesting CT L-spine non-contrast in the meantime" is the CT requested, read as a sentence of
 * its own, so that the study before the arrow (waited for, unavailable) does not make the sentence one that declines imaging.
 * Not after a condition or a time still to come ("if XR normal -> requesting MRI", "when older -> will order MRI").
 */
export function afterOrderArrow(s: Field, ow: OrderWords): Field | undefined {
  const arrow = lastArrow(s.value);
  if (!arrow) return undefined;
  const before = s.value.slice(0, arrow.start);
  if (!before.trim() || conditioned(before) || ARROW_WAITS.test(before)) return undefined;
  const at = arrow.start + s.value.slice(arrow.start).search(/\S/);
  const start = s.valueSpan.start + arrow.end;
  const words = toWords(s.value.slice(arrow.end), start);
  if (!words.length || !findAny(words, ow.arrowOrders).some((h) => h.start === words[0].start)) return undefined;
  return { ...s, valueSpan: { start: s.valueSpan.start + at, end: s.valueSpan.end }, value: s.value.slice(at) };
}

/**
 * The clause after the arrow is a study's name and its words alone, closing the sentence: no question, condition, bracket
 * or number, and nothing after the study's words but its closing words ("urgent", "today"; studyClosesAlone's list).
 */
function studyAloneAfterArrow(after: string, ow: OrderWords): boolean {
  return studyNameAlone(after.trim().replace(/[.!]+$/, ''), ow);
}

/** A study's name and its words alone (studyAloneAfterArrow), no mark or word of anything else. */
function studyNameAlone(v: string, ow: OrderWords): boolean {
  if (!v || !startsWithStudy(v) || /[?;:()\d]|\s[-\u2013\u2014]|[-\u2013\u2014]\s/.test(v) || conditioned(v)) return false;
  const words = toWords(v);
  if (studyHead(words) !== 0) return false;
  // "CT myelogram whole spine", "CT L-spine w/o urgent": a study's words, a region's, its contrast's and closing words only.
  return words.slice(1).every((w) => ow.closingStudyWords.has(w.text) || STUDY_NAMED_WORDS.test(w.text));
}

/** The study after the sentence's last arrow, done in place of the one ruled out before it (insteadOfStudyRuledOut), as a field. */
export function studyAfterRuledOut(s: Field, ow: OrderWords): Field | undefined {
  const arrow = lastArrow(s.value);
  if (!arrow || !insteadOfStudyRuledOut(s.value.slice(0, arrow.end), s.value.slice(arrow.end), ow)) return undefined;
  const value = s.value.slice(arrow.end).trim();
  const start = s.valueSpan.start + arrow.end + s.value.slice(arrow.end).indexOf(value);
  return { ...s, valueSpan: { start, end: start + value.length }, value };
}

/** The arrow ending the words before the study after it. */
const ARROW_AT_END = new RegExp(String.raw`\s*(?:${ARROWS})\s*$`);

/** A bracket closing the words before the arrow: the reason told ("(pacemaker)", "(VP shunt valve)"). */
const REASON_BRACKET = /\s*\([^()\n]{1,40}\)\s*$/;

/**
 * "MRI c/i (pacemaker) → CT myelogram whole spine", "MRI not available → CT L-spine" (round 54, fix54b): the closing sentence
 * opens on a study and a word ruling it out (order-vocabulary prose.arrowOrders.ruledOut), a bracketed reason at most
 * after it, and after the arrow stands a study's name alone, closing the sentence: the study after the arrow is the one
 * done instead, and the words before the arrow (whose ruling-out is the other study's) are no decision against it, as a
 * held-back study's before a dash are not (order-elsewhere.ts studyInPlace). `beforeArrow` runs from the sentence's start to
 * the study after the arrow. Never with anything else before the arrow ("MRI c/i, will discuss → CT"), a study not alone after it
 * ("→ CT myelogram if mum agrees", "→ CT myelogram?"), or no study after it ("MRI c/i (pacemaker)." orders nothing).
 */
export function insteadOfStudyRuledOut(beforeArrow: string, after: string, ow: OrderWords): boolean {
  const arrow = ARROW_AT_END.exec(beforeArrow);
  if (!arrow || !studyAloneAfterArrow(after, ow)) return false;
  const lead = beforeArrow.slice(0, arrow.index).replace(REASON_BRACKET, '').trimEnd().replace(/\s+/g, ' ');
  // The ruling-out words close the words before the arrow, as written ("c/i" keeps its slash), a study's name alone before them.
  const low = lead.toLowerCase();
  for (const said of ow.arrowRuledOut) {
    if (!low.endsWith(' ' + said)) continue;
    if (studyNameAlone(lead.slice(0, lead.length - said.length - 1), ow)) return true;
  }
  return false;
}

/**
 * The clause after a sentence's last spaced dash when it opens on advice of the writer's followed right by a study
 * (advisedStudy): "Sent to ED - recommend CT thoracolumbar spine" is the CT advised, read as a sentence of its own. Not after
 * a condition or a time still to come ("If no better in 2 weeks - recommend MRI L-spine", "when older - suggest US").
 */
export function afterAdviceDash(s: Field, ow: OrderWords): Field | undefined {
  const dash = lastDash(s.value);
  if (dash < 0) return undefined;
  const before = s.value.slice(0, dash);
  if (!before.trim() || conditioned(before) || ARROW_WAITS.test(before)) return undefined;
  const at = dash + 1 + s.value.slice(dash + 1).search(/\S/);
  if (at <= dash) return undefined;
  const clause: Field = { ...s, valueSpan: { start: s.valueSpan.start + at, end: s.valueSpan.end }, value: s.value.slice(at) };
  return advisedStudy(clause, toWords(clause.value, clause.valueSpan.start), ow) ? clause : undefined;
}

/** The order words that may close a findings dash's clause, right after the study's name and its words. */
const FINDINGS_DASH_ORDERED = new Set(['requested', 'ordered', 'booked']);

/**
 * The clause after a sentence's last spaced dash when the words before it tell findings only and the clause is a study's name
 * and its words followed directly by "requested", "ordered" or "booked" and its end: "…, no night pain, neuro normal - XR
 * lumbar spine requested." is the XR requested, read as a sentence of its own, as it would be after a comma or a full stop, so
 * that the findings' "normal" before the dash is not read as the study's result. Only in a note of one line (no other
 * non-empty line: a later line may tell the study done, "US spine (done at 8 wks): normal", or the line be a letter's or a
 * past visit's), and nothing between the study and the order word ("- XR … for her twin requested", "- … originally
 * requested", "- … no longer requested", "- … was requested", "- … had been booked", "- … requested, now cancelled" read as
 * on main). Not when the words before the dash name a study, set a condition or a time to come, tell the past, a date, a
 * relative's or anything of the study's fate (declined, would, "?"): "If no better - XR L-spine requested", "MRI normal -
 * XR requested". Narrowed after review r52 of fix52e.
 */
export function afterFindingsDash(text: string, s: Field, ow: OrderWords): Field | undefined {
  const dash = lastDash(s.value);
  if (dash < 0) return undefined;
  if (text.split(/\r?\n/).filter((line) => line.trim()).length !== 1) return undefined;
  const before = s.value.slice(0, dash);
  if (!before.trim() || STUDY_NAMED.test(before) || NAMES_A_STUDY.test(before)) return undefined;
  if (conditioned(before) || ARROW_WAITS.test(before) || DASH_CLAUSE_NOT_NOW.test(before) || toldPast(before) || DATED.test(before)) return undefined;
  if (ow.relativesBefore.test(before) || findAny(toWords(before), ow.cues).length) return undefined;
  const raw = s.value.slice(dash + 1);
  const value = raw.trim();
  if (!startsWithStudy(value) || conditioned(value) || DASH_CLAUSE_NOT_NOW.test(value)) return undefined;
  // The study's name and its words, then the order word, then the clause's end (a full stop at most): nothing between them.
  const words = toWords(value);
  const head = studyHead(words);
  if (head !== 0) return undefined;
  const tail = studyTailEnd(words, head, value);
  const last = words.length - 1;
  if (last !== tail + 1 || !FINDINGS_DASH_ORDERED.has(words[last].text.toLowerCase())) return undefined;
  if (!/^\s*\.?\s*$/.test(value.slice(words[last].end))) return undefined;
  const start = s.valueSpan.start + dash + 1 + raw.indexOf(value);
  return { ...s, valueSpan: { start, end: start + value.length }, value };
}

/**
 * The study after a sentence's last spaced dash when the words before the dash name a study of their own and the dash's
 * clause orders outright: "Hair tuft w/ abnormal spinal US - MRI L-spine w/o contrast ordered" (the US is what led to it,
 * the MRI the order), as after an arrow (afterStudyArrow). Not after a condition or a time still to come ("If US abnormal
 * - MRI L-spine ordered"), nor a dash clause with no order word of its own ("MRI L-spine ordered - US spine normal").
 */
export function afterStudyDash(text: string, s: Field, ow: OrderWords): Field | undefined {
  const dash = lastDash(s.value);
  if (dash < 0) return undefined;
  const raw = s.value.slice(dash + 1);
  const value = raw.trim();
  const before = s.value.slice(0, dash);
  if (!startsWithStudy(value) || !STUDY_NAMED.test(before) || conditioned(before) || ARROW_WAITS.test(before)) return undefined;
  // Never a dash clause with a condition, a time past or a result, a modal or a withdrawal ("- CT L-spine ordered if XR shows
  // fracture", "- MRI … ordered before, normal in 2022", "- MRI … would be reasonable", "- … declined"), nor after a
  // relative's study ("Mom's XR L-spine abnormal - MRI …"): the sentence reads as it did before (review r36-wards H2).
  if (conditioned(value) || DASH_CLAUSE_NOT_NOW.test(value) || RESULT_WORD.test(value) || toldPast(value) || ow.relativesBefore.test(before)) return undefined;
  const start = s.valueSpan.start + dash + 1 + raw.indexOf(value);
  if (!ordersOutright(text, toWords(value, start), ow)) return undefined;
  return { ...s, valueSpan: { start, end: start + value.length }, value };
}

/** Words in a dash clause that leave its study for another time, another's choice or none (afterStudyDash). */
const DASH_CLAUSE_NOT_NOW =
  /\b(?:when|whenever|once|pending|provided|depending|contingent|prn|as needed|before|prior|previously|done|in (?:19|20)\d\d|would|could|can|may|might|consider\w*|reasonable|possibly|perhaps|declined|refused|cancel\w*|not (?:indicated|needed|required)|deferred|on hold)\b|\?/i;

/**
 * The part of a sentence from an explicit order word (order-vocabulary prose.explicitCues) that governs the study
 * right after it, when another study is named before that word: "Too old now for USS to be reliable so have requested
 * MRI lumbosacral spine" → "requested MRI lumbosacral spine". Not "US spine requested and MRI if abnormal" (a clause
 * word stands between), nor an order word turned round ("not ordered MRI").
 */
export function orderedAfter(text: string, s: Field, words: readonly Word[], ow: OrderWords): Field | undefined {
  const head = studyHead(words);
  if (head < 0) return undefined;
  for (const cue of findAny(words, ow.explicit)) {
    const i = wordIndex(words, cue.start);
    if (i <= head || negates(words, i - 1)) continue;
    for (let j = wordIndex(words, cue.end); j < words.length && j <= wordIndex(words, cue.end) + 3; j++) {
      if (breaksClause(text, words[j - 1].end, words[j].start)) break;
      if (isHeadAt(words, j)) {
        const start = words[i].start;
        return { ...s, valueSpan: { start, end: s.valueSpan.end }, value: text.slice(start, s.valueSpan.end) };
      }
      if (!PLACED_BETWEEN.has(words[j].text)) break;
    }
  }
  return undefined;
}

/**
 * The clauses, with a clause that tells spine images made from a CT of the body (order-vocabulary prose.reconstructed)
 * and names no study of its own joined to the clause before it, past a comma only: "we perform contrast-enhanced CT of
 * chest-abdomen-pelvis, and thoracolumbar spine reconstruction from same scan" is a CT of the spine. Not a clause that
 * names a study itself ("CT head, and MRI spine reconstruction …"), nor one after a stop.
 */
export function withReconstructions(text: string, list: readonly Field[], ow: OrderWords): readonly Field[] {
  return joinedToPrevious(text, list, (prev, c) => {
    if (!/\brecon|\breformat/i.test(c.value) || !NAMES_SPINE.test(c.value) || STUDY_NAMED.test(c.value)) return false;
    if (!toWords(c.value).some((w) => ow.reconstructed.has(w.text))) return false;
    return STUDY_NAMED.test(prev.value) && text.slice(prev.valueSpan.end, c.valueSpan.start).trim() === ',';
  });
}

/**
 * Each field joined to the one before it where `joins` says so (that one already joined, when it was): one field from the
 * first's start to the last's end, its text as the note writes it.
 */
export function joinedToPrevious<F extends Field>(text: string, list: readonly F[], joins: (prev: F, c: F) => boolean): readonly F[] {
  let out: F[] | undefined;
  for (let i = 1; i < list.length; i++) {
    const prev = out ? out[out.length - 1] : list[i - 1];
    const c = list[i];
    if (!joins(prev, c)) {
      out?.push(c);
      continue;
    }
    out ??= list.slice(0, i - 1);
    if (out[out.length - 1] === prev) out.pop();
    const start = prev.valueSpan.start;
    out.push({ ...prev, valueSpan: { start, end: c.valueSpan.end }, lineSpan: { start: prev.lineSpan.start, end: c.lineSpan.end }, value: text.slice(start, c.valueSpan.end) });
  }
  return out ?? list;
}

/**
 * The clauses, with a clause that is wholly the writer's order of what the clause before names (order-vocabulary
 * prose.orderedItClause: "I ordered it", "so I have requested it", "I have put the request in") joined to that clause, past a comma or a
 * semicolon only: "pt insisting on
 * MRI L-spine, I ordered it" orders the MRI. Not after a clause that names no study, nor a clause with more than the order
 * ("ordered by PCP", "I ordered it last year"), nor one asked ("ordered it?").
 */
export function withOrderedIt(text: string, list: readonly Field[], ow: OrderWords): readonly Field[] {
  return joinedToPrevious(text, list, (prev, c) => {
    if (c.value.length > 32 || !/\b(?:it|request)\b/i.test(c.value) || c.value.includes('?')) return false;
    if (
      !ow.orderedItClause.has(
        toWords(c.value)
          .map((w) => w.text)
          .join(' '),
      )
    )
      return false;
    // A semicolon parts the two clauses as a comma does ("he needs an MRI L-spine; I have put the request in", round 53).
    if (!STUDY_NAMED.test(prev.value) || !/^[,;]$/.test(text.slice(prev.valueSpan.end, c.valueSpan.start).trim())) return false;
    // "MRI L-spine last month normal, I ordered it": a study told done, dated or with its result is no study to order.
    // Nor one seen on ("dimple seen on MRI L-spine") or left on a condition ("MRI L-spine if worse").
    if (toldPast(prev.value) || RESULT_WORD.test(prev.value) || DATED.test(prev.value) || conditioned(prev.value) || reportsStudy(toWords(prev.value))) return false;
    // Round 53: joined past a semicolon or by "I have put the request in", the clause before must tell a study the writer
    // wants for this child ("He does not need an MRI L-spine; …", "His brother needs …", "He may need … when older; …" stay
    // unread). "If the dimple changes he will need …; I have put the request in" is read as the order, as main reads the
    // sentence without the request clause (README fix53c, Limits). Main's "…, I ordered it" is read as before: a doubted
    // diagnosis before it ("?tethered cord, mum wants an MRI L-spine, I have ordered it") still orders it (review r53).
    const semicolon = text.slice(prev.valueSpan.end, c.valueSpan.start).trim() === ';';
    return !(semicolon || /\brequest\b/i.test(c.value)) || requestedFor(text, prev, ow);
  });
}

/** The study named in the clause before a semicolon's or a request's order clause is wanted now and for the child (withOrderedIt). */
function requestedFor(text: string, prev: Field, ow: OrderWords): boolean {
  const words = toWords(prev.value, prev.valueSpan.start);
  const head = studyHead(words);
  if (head < 0) return true;
  const c = readContext(text, words[head].start, words[head].end);
  if (c.negated || c.hypothetical || c.historical || c.experiencer === 'other') return false;
  if (words.slice(0, head).some((w) => MAYBE.has(w.text) || negates(words, wordIndex(words, w.start)))) return false;
  if (timedLater(prev.value, ow.letterSuggestion)) return false;
  return !conditioned(text.slice(sentenceSpan(text, prev.valueSpan).start, prev.valueSpan.start));
}
/** A need told only as a chance ("he may need", "might need", "could need"). */
const MAYBE = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'eventually']);

/** The part of a sentence that starts with a study: the sentence, the sentence after its bullet, or (lastClause) its last comma clause. */
export function studyLed(s: Field, lastClause = true): Field | undefined {
  const part = (from: number): Field => {
    const value = s.value.slice(from).trim();
    const start = s.valueSpan.end - value.length;
    return { ...s, valueSpan: { start, end: s.valueSpan.end }, value };
  };
  if (startsWithStudy(s.value)) return s;
  const bullet = BULLET.exec(s.value);
  if (bullet && startsWithStudy(s.value.slice(bullet[0].length))) return part(bullet[0].length);
  const comma = lastClause ? s.value.lastIndexOf(',') : -1;
  if (comma >= 0 && startsWithStudy(s.value.slice(comma + 1).trimStart())) return part(comma + 1);
  const arrow = lastClause ? lastArrow(s.value) : undefined;
  if (arrow && startsWithStudy(s.value.slice(arrow.end)) && !conditioned(s.value.slice(0, arrow.start)) && !ARROW_WAITS.test(s.value.slice(0, arrow.start))) return part(arrow.end);
  return undefined;
}

/**
 * The study closing a sentence after a closing lead word (order-vocabulary prose.closingLeads: "now"), opening the sentence or
 * its last comma clause: "… neuro normal, now MRI lumbar spine without contrast" is the part from "MRI". Not "now" anywhere
 * else ("MRI now", "now awaiting MRI", "now on the MRI list"): the study's name must follow it right away. Never in a sentence
 * holding a condition ("if no better, now MRI …") or a question mark ("now MRI L-spine?"): "now" must not carry a study
 * past the checks that keep one asked or conditioned. Nothing but the study's name, "please", "urgent" or "today" may follow
 * it (closing-item.ts studyClosesAlone). After a comma, every clause before it in the sentence must name a finding or an exam's
 * result ("…, no leg pain, neuro normal, now MRI …"); "For her twin, now MRI …", "NSGY suggest, now MRI …", "When she is
 * older, now MRI …" are not led (closing-item.ts clausesBeforeLeadTellFindings, review r50-2).
 */
export function ledAfterClosingLead(s: Field, ow: OrderWords, k: Knowledge): Field | undefined {
  if (conditioned(s.value) || s.value.includes('?')) return undefined;
  const comma = s.value.lastIndexOf(',');
  const clause = s.value.slice(comma + 1);
  const m = /^\s*([a-z]+)\s+/i.exec(clause);
  // Round 54 (fix54e): a writer's own "I order" opening the sentence ("Zlecam RM (MRI) L-spine bez kontrastu."), its study
  // read only as its name alone (positive-only-study.ts), never after a comma.
  const rv = readingVocabulary();
  const own = m !== null && comma < 0 && rv.nativePlanPositiveOnly.leads.includes(m[1].toLowerCase());
  if (!m || !(ow.closingLeads.has(m[1].toLowerCase()) || own)) return undefined;
  if (comma >= 0 && !clausesBeforeLeadTellFindings(s.value.slice(0, comma), s.valueSpan.start, k, ow)) return undefined;
  const rest = clause.slice(m[0].length);
  const value = rest.trim();
  if (own) {
    // The study's name alone, its English gloss in brackets at most ("RM (MRI) L-spine bez kontrastu").
    if (!positiveOnlyStudy(value, rv)) return undefined;
  } else {
    if (!startsWithStudy(rest)) return undefined;
    // "Now MRI L-spine no longer needed.", "Now MRI L-spine when older": the study must close the sentence alone (review r50).
    if (!studyClosesAlone(value, ow)) return undefined;
  }
  const start = s.valueSpan.end - value.length;
  return { ...s, valueSpan: { start, end: s.valueSpan.end }, value };
}

/**
 * A time still to come before the arrow: the study after it waits for it ("When she is older → MRI L-spine", "After 6
 * months of age → MRI", "Until then → …"); not an event of the history ("After fall → XR T/L spine", "Pain when
 * bending → XR L-spine").
 */
const ARROW_WAITS =
  /\b(?:when (?:(?:she|he|they) (?:is|are|gets?|turns?|reaches|grows)\b|older|able|bigger)|until|till|after (?:\d|(?:she|he|they) (?:is|are|turns?)\b|(?:a|one|two|three|six|few|several) (?:days?|weeks?|months?|years?)\b)|at (?:\d{1,2}|six|three|twelve) ?(?:mo|mos|months?|m|y|yrs?|years?)(?: of age| old)?\b)/i;
/** The last arrow of a value (ARROW), as where it starts and where the words after it start; undefined with none. */
function lastArrow(value: string): Span | undefined {
  if (!ARROW_CHAR.test(value)) return undefined;
  let found: Span | undefined;
  for (const m of value.matchAll(ARROW)) found = { start: m.index, end: m.index + m[0].length };
  return found;
}

/** A cue of one word in -ing followed by a word of order-vocabulary prose.orderingRoles: "ordering NP", "requesting physician". */
export function namesARole(words: readonly Word[], c: Span, ow: OrderWords): boolean {
  const i = wordIndex(words, c.start);
  const w = words[i];
  return w !== undefined && w.end === c.end && w.text.endsWith('ing') && ow.orderingRoles.has(words[i + 1]?.text ?? '');
}

/**
 * A scheduler's confirmation of the study booked (order-vocabulary prose.confirmed): the confirming word, when the
 * study's name follows it in its clause past skip words only, and no word after the name tells that its result or
 * cancellation is what is confirmed ("to confirm US spine results"). A weak cue: the study is the order only when
 * nothing orders outright.
 */
export function confirmedStudy(text: string, words: readonly Word[], ow: OrderWords): Span | undefined {
  const c = ow.confirmed;
  for (let i = 0; i < words.length; i++) {
    if (!c.words.has(words[i].text)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 4 && c.skip.has(words[j].text) && !breaksClause(text, words[j - 1].end, words[j].start)) j++;
    if (j >= words.length || !STUDY_HEAD.has(words[j].text) || breaksClause(text, words[j - 1].end, words[j].start)) continue;
    const tail = studyTailEnd(words, j);
    let told = false;
    for (let q = tail + 1; q < words.length && q <= tail + 3 && !told; q++) told = c.notOf.has(words[q].text);
    // "Called mom to confirm US spine; mom cancelled", "… US spine appointment; told her no order was placed": the
    // rest of its sentence, past a semicolon or a comma, takes the booking back or says it never was one.
    const from = words[tail].end;
    const rest = text.slice(from, from + 160).split(/[.!?\n]/)[0];
    if (!told && !findAny(toWords(rest, from), c.undoneAfter).length) return { start: words[i].start, end: words[i].end };
  }
  return undefined;
}

/**
 * A suggestion opening its sentence (order-vocabulary prose.adviceSuggests) that is no ask of the writer's
 * (prose.adviceSuggestsWithheld): of no spine region ("Recommend ultrasound."); another clinician's told on, a role before
 * the sentence's dash that it is not sent to ("ED doc - recommend CT …", "Letter from GP - recommend MRI …"; "Sent to ED -
 * recommend CT …" keeps it) or a talk with a role in the sentence before ("Spoke to radiology. Recommend MRI …"); or, after
 * the study, told done or given before ("… as previously advised (done 2/12 ago, normal)"), argued against ("… - no red
 * flags so likely not needed") or taken back ("… - no, US first").
 */
export function suggestionWithheld(text: string, told: Field, s: Field, words: readonly Word[], ow: OrderWords): boolean {
  const w = ow.adviceSuggestsWithheld;
  if (!NAMES_SPINE.test(s.value)) return true;
  const head = studyHead(words);
  if (head < 0) return true;
  const tail = studyTailEnd(words, head);
  // The rest of its sentence in the note, past the clause a comma ends ("Recommend XR L-spine, probably unnecessary").
  const rest = text.slice(words[tail].end);
  const end = rest.search(/[.!?](?:\s|$)|\n/);
  const afterText = end < 0 ? rest : rest.slice(0, end);
  const after = toWords(afterText, words[tail].end);
  // "Recommend US spine? no - MRI …": a study asked about, or taken back, is no ask.
  if (/^\s*\?/.test(rest)) return true;
  // Told done before only near the study ("… as previously advised (done …)", "… - already done"); a result or review
  // told later in the sentence ("as XR reported normal", "then review with results") is no study done.
  if (after.slice(0, 6).some((x) => w.done.has(x.text)) || after.some((x) => w.takenBack.has(x.text)) || findAny(after, w.against).length) return true;
  if (/(?:^|[\s,;:\u2013\u2014-])(?:no|nope|not)\s*(?:[,;.!]|$)/i.test(afterText)) return true;
  const role = (ws: readonly Word[], i: number) => w.roles.has(ws[i].text) && !w.recipientBefore.has(ws[i - 1]?.text ?? '');
  if (told.valueSpan.start < s.valueSpan.start) {
    const before = toWords(text.slice(told.valueSpan.start, s.valueSpan.start), told.valueSpan.start);
    if (before.some((_, i) => role(before, i))) return true;
  }
  const pre = text.slice(0, told.valueSpan.start).replace(/[\s.!?;:]+$/, '');
  const prev = toWords(pre.slice(Math.max(pre.lastIndexOf('.'), pre.lastIndexOf('!'), pre.lastIndexOf('?'), pre.lastIndexOf('\n')) + 1));
  // The sentence before tells a talk with a role only when it opens with the talk ("Spoke to radiology.", "Discussed with the
  // on-call consultant."); "12 yo M, referred from GP with …" tells the history, the suggestion after it is the writer's.
  return !!prev[0] && w.talk.has(prev[0].text) && prev.some((x) => w.roles.has(x.text));
}

/** Words after a suggested study telling what its result would mean ("- a normal scan would be reassuring"): no report. */
const SUPPOSED_RESULT = new Set(['would', 'could', 'might', 'may']);

/**
 * A suggestion's study followed, within eight words, by what its result would mean ("Recommend US lumbar spine - a normal
 * scan would be reassuring"): the reporting word there supposes the study's result, it reports none.
 */
export function supposedResult(words: readonly Word[]): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  return words.slice(head + 1, head + 9).some((x) => SUPPOSED_RESULT.has(x.text));
}
