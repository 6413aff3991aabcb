/** A study named as a key's value ("MRI req: …", "XR L-spine: done"), read as the order or as a study done. */
import { statusIn } from './coded';
import type { Knowledge } from '../knowledge/knowledge';
import { RELATIVE_WORDS, isOrderKeyed, wordsOf } from '../notes/headings';
import { afterOrderSystem } from './order-system-route';
import { HISTORY_KEYS, type KeyName, lookupKey } from '../notes/keys';
import type { Field } from '../notes/parser';
import { lastDash } from '../notes/text';
import { type Word, lowerBound, toWords } from '../notes/words';
import { work } from '../notes/work';
import { isNormalValue } from './findings';
import { type ContextLexicon, contextLexicon } from './lexicon';
import { MAY_HOLD_BOX, readForm } from './form';
import { readOrder } from './order';
import { readPriorStudy } from './prior';
import { orderLineLater, orderLinePaperwork, screenOrderKey } from './request';
import { DATED, alternation, escapeRegExp, perVocabulary } from './patterns';
import { type ReadingVocabulary, findAny, readingVocabulary } from './vocabulary';
import { wordsSource } from './word-lists';
import { conditionedInPlan } from './order-conditions';
import { studyLed } from './order-openings';
import { RELATIVES_BUT_TWIN, toldPast, RESULT_WORD, COLON_AND_TEXT, reportOnNextLine, tellsAFinding, reportWordsOf } from './study-reported';
import { detailAfterColon } from './studies-key';
import { decidesNotToImage, notOrderCues } from './order-cues';
import { type OrderWords, keyWords, orderWords } from './order-words';
import type { Facts } from './note-facts';
import { wordIndex, negates, conditionWords } from './clauses';
import { STUDY_NAMED, startsWithStudy, NAMES_SPINE, BONE_SCAN, NAMES_A_STUDY } from './study-names';
import { decisionLeftBefore } from './decision-left';

export function first(all: readonly Field[], name: KeyName): Field | undefined {
  return all.find((f) => f.key?.name === name);
}

/**
 * The study a line keyed for it names ("Radiology: MRI L-spine w/o contrast", "Exam: US SPINE (76800)").
 * The checks read the study's own sentence: what the next one says ("Aware the window is closing at 5
 * months") tells nothing about the study, unless it is the study's report ("XR L-spine. Normal.").
 */
export function keyedStudy(text: string, f: Field, contrast: string | undefined, k: Knowledge, ow: OrderWords, lists = true): Facts['order'] {
  // "Ix: ICE - US spine requested": the order system's name before a dash is the request's route (order-system-route.ts).
  const sentence = firstSentence(f);
  const lead = withoutLead(afterOrderSystem(sentence, ow) ?? sentence);
  // "Ordered: CXR, CBC w/ diff, LDH, and MRI whole spine with IV contrast": the spine study among the orders listed
  // (not on an exam's line, which lists findings: "Exam: afebrile, MRI L-spine if worse").
  const listed = lists && !f.key ? (listedStudy(lead) ?? afterLabs(f, k)) : undefined;
  if (listed && conditionedInPlan(text, listed, ow)) return undefined;
  const s = studyLed(lead, false) ?? listed;
  if (!s) return undefined;
  // "ORD: MRI L SPINE        STATUS: CANCELLED", "ORD: US SPINE      DONE: 10/02 - NL", "ORD: MRI L SPINE WO      PRN: ONLY IF
  // XR ABNORMAL", "ORD: MRI L SPINE (DISCONTINUED)", "ORD: REPEAT US SPINE IN 3 MOS": an order-entry screen's order line (reading-vocabulary
  // orderLineColumns.screenOrderKeys) that tells the study's status, date, condition, region or contrast in a column the parser keeps
  // in its value, a status word or a time ahead is read as no order (as before those keys were known), never as the study
  // standing unqualified.
  if (!f.key && screenOrderKey(f.rawKey) && (statusIn(f.value, k) || heldColumn(f.value) || orderLineLater(f.value))) return undefined;
  // "Next step: MRI L-spine if pain persists after PT", "Ordered: MRI L-spine - parents declined": a study only
  // conditioned, or declined in the words after it, is not ordered by the line that names it.
  if (conditionedInPlan(text, s, ow) || declinedAfterDash(s, ow) || askedByFamily(s, ow) || decisionLeftBefore(text, lead, s, ow)) return undefined;
  if (toldPast(s.value) || DATED.test(s.value) || RESULT_WORD.test(s.value) || reportedNormal(s.value)) return undefined;
  // "Investigations: XR L-spine: grade 1 spondylolisthesis" is a result; under a key the language does not know that names
  // the studies, "Paraclinical: MRI L-spine: urgent", "Solicito: MRI L-spine: to be scheduled" tells how or when it is done.
  const colon = withoutKnownKeys(s.value.replace(MODALITY_KEY, ''));
  if (COLON_AND_TEXT.test(colon) && !(!f.key && isOrderKeyed(f.rawKey) && detailAfterColon(colon.slice(colon.indexOf(':') + 1)))) return undefined;
  if (reportFollows(f, s) || reportOnNextLine(text, f.valueSpan.end)) return undefined;
  const r = readOrder(s.value, contrast, k);
  return r.status === 'recognized' && !decidesNotToImage(text, s, ow, false) ? { field: s, reading: r } : undefined;
}

/** A column after a gap (two spaces or a tab) keyed by other than the order's paperwork: "   STATUS: CANCELLED", "   IV CONTRAST: YES". */
function heldColumn(value: string): boolean {
  for (const m of value.matchAll(/(?: {2,}|\t)([A-Za-z][^:\n]{0,39}):/g)) if (!orderLinePaperwork(m[1].trim())) return true;
  return false;
}

/** A key that is a numbered item of a list ("1. Lumbosacral hair tuft + dimple", "2) Back pain"). */
const PROBLEM_ITEM = /^\s*\(?\d{1,2}[.)]\s+[A-Za-z]/;
/** An item's words telling the past or a result ("prior", "history", "results", "imaging done"). */
const PAST_ITEM = /\b(?:prior|previous|past|history|hx|pmh|psh|results?|done|outside|old|imaging)\b/;
/** The last word of a key that is the request or the order itself. */
const REQUEST_KEY_END = /(?:^|\s)(?:request|requests|requested|order|orders|ordered|requisition)$/;
/** A modality alone as a key, before the spine region it images: "MRI: whole spine …", "US: lumbar spine …", "XR: L-spine …". */
const MODALITY_KEY =
  /^\s*(?:mri?|us[sg]?|ultrasound|xr|x[- ]?rays?|radiographs?|ct|(?:nm )?bone scan)\s*:\s*(?=(?:whole|complete|entire|full|total|lumbar|lumbosacral|thoracic|thoracolumbar|cervical|sacral|(?:[lct]|ls|tl)[- /]?s?[- ]?spine|spine|spinal)\b)/i;

/** "Requested: MRI by the mother; explained not indicated": the family or the patient after "by" (prose.askedByFamily) asked for it. */
export function askedByFamily(s: Field, ow: OrderWords): boolean {
  const words = toWords(s.value);
  return findAny(words, ow.askedByFamily).some((m) => {
    const i = wordIndex(words, m.start);
    const by = words[i - 1]?.text === 'by' ? i - 1 : words[i - 2]?.text === 'by' && ['the', 'her', 'his', 'their'].includes(words[i - 1].text) ? i - 2 : -1;
    if (by >= 0) return !foundInClause(s.value, words, by, ow);
    // "… dimple found by dad at bath time, family request only": the family named right before a proposal (prose.proposals:
    // request, asking for) told as the study's only reason. Not "(dad asking for it)", "parents keen for reassurance": the
    // family's wish beside the writer's requisition, which still orders.
    const next = words[i + 1];
    const proposal = next && findAny(words.slice(i + 1, i + 4), ow.proposals).find((p) => p.start === next.start);
    return proposal !== undefined && words.slice(i + 1, i + 6).some((w) => w.start >= proposal.end && w.text === 'only');
  });
}
/** "… haemangioma over sacrum, found at bath time by dad": a word telling a sign found in the clause before "by" (prose.foundByFamily). */
function foundInClause(value: string, words: readonly Word[], by: number, ow: OrderWords): boolean {
  for (let j = by - 1; j >= 0; j--) {
    if (CLAUSE_END.test(value.slice(words[j].end, words[j + 1].start))) return false;
    if (ow.foundByFamily.has(words[j].text)) return true;
  }
  return false;
}
const CLAUSE_END = /[,;.]|\s[-\u2013\u2014]\s/;

/** "MRI L-spine - parents declined", "XR L-spine – refused by family": after a dash, a word that declines the study (notOrder). */
function declinedAfterDash(s: Field, ow: OrderWords): boolean {
  const dash = lastDash(s.value);
  return dash >= 0 && notOrderCues(toWords(s.value.slice(dash + 1)), ow).length > 0;
}

/**
 * "?early pars stress reaction. Ix: XR lumbar spine AP/lat. Off netball 2 wks": a label for the study to do
 * (notes/headings.ts isOrderKeyed: "Ix", "Investigations", "Radiology") opening a sentence of prose, with its colon:
 * the text after it, to the end of the prose, is read as that key's line would be (keyedStudy). Known keys
 * ("Plan:", "Imaging:") are split off by the prose reader already.
 */
export function inlineOrderKeyed(all: readonly Field[]): Field[] {
  const out: Field[] = [];
  for (const f of all) {
    // Inside a keyed value too, after a sentence of its own ("Pt: 7 mo F. Study: MRI lumbar spine without contrast
    // (sedation)."), but not in a history, whose investigations are of before.
    if (!f.value.includes(':') || !(f.inferred || (f.key && !HISTORY_KEYS.has(f.key.name)))) continue;
    for (const m of f.value.matchAll(INLINE_LABEL)) {
      const label = m[1];
      // In prose, a known key is split off by the prose reader already; inside a keyed value, the Order key's own
      // labels ("Study:", "Request:") are read here.
      const known = lookupKey(label);
      if (known ? f.inferred || known.name !== 'Order' : !isOrderKeyed(label)) continue;
      const keyStart = f.valueSpan.start + m.index + m[0].indexOf(label);
      const valueStart = f.valueSpan.start + m.index + m[0].length;
      if (valueStart >= f.valueSpan.end) continue;
      out.push({
        key: undefined,
        rawKey: label,
        keySpan: { start: keyStart, end: keyStart + label.length },
        valueSpan: { start: valueStart, end: f.valueSpan.end },
        value: f.value.slice(valueStart - f.valueSpan.start),
        lineSpan: { start: keyStart, end: f.valueSpan.end },
      });
    }
  }
  return out;
}
/**
 * One to three words and a colon, at the start of a prose value or after a sentence's end; letters of any script, as a
 * Spanish or Bulgarian plan writes its key mid-paragraph ("… Neuro normal. Indicación: Rx de columna lumbosacra").
 */
const INLINE_LABEL = /(?:^|[.;!?]\s+)(\p{L}+(?: \p{L}+){0,2})\s*:[ \t]*/gu;

/**
 * A line whose key says its value is the study chosen (order-vocabulary prose.answerKeys: a teaching
 * vignette's "Answer: MRI L-spine w/o", "Resident's choice: MRI lumbar spine without contrast"): the line
 * itself; or an order-entry line whose key names the study before the label of its reason (prose.reasonLabels:
 * "XR SCOLIOSIS SERIES (PA/LAT STANDING) - reason text: 11 yo F, …", "MRI L-SPINE W/O - Indication: …"): the
 * study in the key, as a field of its own. Both are then read as a key naming the study to do (keyedStudy).
 */
export function chosenStudyField(text: string, f: Field, ow: OrderWords): Field | undefined {
  const key = keyWords(f.rawKey);
  if (ow.answerKeys.has(key)) return f;
  // "- transfer request: MRI lumbar spine without contrast at referral hospital", "Sedation request: MRI L-spine": a key
  // ending on the request or order itself names the study requested, unless someone else's ("Parent request:").
  // "Previous request: MRI L-spine w/o … - DENIED 5/3", "Prior order:": a request of before or one refused (prose.requestKeyPast, round 53)
  // names no study to do; the line is read as any unknown key's.
  if (REQUEST_KEY_END.test(key) && key.split(' ').length <= 4 && !findAny(toWords(key), ow.proposers).length && !key.split(' ').some((w) => ow.requestKeyPast.has(w))) return f;
  // "XR req: scoliosis series (PA + lat standing, whole spine)": a requisition's key of a modality and its abbreviated
  // request names the study requested; only so, since "OSH req:" or "Mom req:" may be someone else's.
  if (ow.modalityRequestKeys.has(key)) return f;
  // "MRI: whole spine WITH contrast (as ordered).": a key naming the modality alone, before the spine region and a word
  // that orders it (explicitCues, not taken back), is the study to do, read from its key on ("MRI: whole spine …").
  if (MODALITY_KEY.test(`${f.rawKey}:${f.value.slice(0, 40)}`)) {
    const words = toWords(f.value);
    if (!findAny(words, ow.explicit).some((c) => !negates(words, wordIndex(words, c.start) - 1))) return undefined;
    const span = { start: f.keySpan.start, end: f.valueSpan.end };
    return { ...f, rawKey: 'order', valueSpan: span, value: text.slice(span.start, span.end) };
  }
  // "PLAN / 1. Lumbosacral hair tuft + dimple: MRI lumbar spine w/wo contrast (sedation)": a numbered item of a problem
  // list names the problem, then after its colon the step taken for it; a value that opens on a study, and tells no
  // finding of it, is read as under a key naming the study to do (keyedStudy: not conditioned, past, read or declined).
  // Not an item naming a study or the past ("2. Prior US spine: conus L2", "1. Hx: …").
  if (PROBLEM_ITEM.test(f.rawKey) && !STUDY_NAMED.test(f.rawKey) && !PAST_ITEM.test(key) && !tellsAFinding(f.value)) return f;
  if (!STUDY_NAMED.test(f.rawKey) && !/\bbone scan\b/i.test(f.rawKey)) return undefined;
  const label = ow.reasonAtEnd.exec(f.rawKey);
  if (!label || label.index === 0) return undefined;
  const study = f.rawKey.slice(0, label.index + (/[a-z]/i.test(label[0][0]) ? 0 : 1)).replace(/[\s\u2013\u2014:-]+$/, '');
  if (!startsWithStudy(study) || !(NAMES_SPINE.test(study) || BONE_SCAN.test(study))) return undefined;
  const start = text.indexOf(study, f.keySpan.start);
  if (start < 0 || start >= f.keySpan.end) return undefined;
  const span = { start, end: start + study.length };
  return { ...f, rawKey: 'order', valueSpan: span, value: study };
}

/**
 * "MRI lumbar spine: [ ] without contrast  [x] without and with contrast": an order form's line for one spine study, its boxes
 * choosing the contrast. The one box ticked is the study ordered with that contrast: the line is read from its key on, as
 * the form fills it in ("MRI lumbar spine: without and with contrast"), through keyedStudy's checks. Only a key that is the
 * study's name alone (no date, number, past or result: "MRI L-spine 3/2025:", "Previous MRI L-spine:", "MRI L-spine
 * report:"; no relative: "MRI lumbar spine (twin sister):") naming the spine, one box ticked and every box's label a
 * contrast alone (order-vocabulary contrast): two ticked, none ticked, a ticked "normal"/"done"/"requested", a result or
 * date after any option ("[ ] with contrast - normal 2024": the unticked option would blank it) or a study of another
 * region are not this reading. Nor a line under a heading that conditions it ("Next step if US equivocal -") or followed in
 * its block by a line taking it back ("Status: cancelled - parents declined"). Review rfix59f. Read last (facts.ts
 * readOrderFacts): it never outranks the note's own order line ("Order instead: US lumbar spine", "Today: US … ordered").
 */
export function contrastTicked(text: string, f: Field, ow: OrderWords): Field | undefined {
  if (!MAY_HOLD_BOX.test(f.value) || !startsWithStudy(f.rawKey) || !NAMES_SPINE.test(f.rawKey)) return undefined;
  if (/\d/.test(f.rawKey) || toldPast(f.rawKey) || RESULT_WORD.test(f.rawKey) || !ow.contrastChoices.size) return undefined;
  if (wordsOf(f.rawKey).some((w) => RELATIVE_WORDS.includes(w) || w === 'for')) return undefined;
  const reading = readForm(f.value);
  if (reading.boxes.filter((b) => b.checked).length !== 1) return undefined;
  if (!reading.boxes.every((b, i) => isContrastChoice(f.value.slice(b.end, reading.boxes[i + 1]?.start ?? f.value.length), ow))) return undefined;
  if (f.value.slice(0, reading.boxes[0].start).trim()) return undefined;
  if (conditioningHeadingAbove(text, f.lineSpan.start) || takenBackBelow(text, f.lineSpan.end, ow)) return undefined;
  // Read in the form as filled in (facts.ts reads the order keys there): the unticked options are blanks.
  const span = { start: f.keySpan.start, end: f.valueSpan.end };
  const value = text.slice(span.start, span.end);
  if (MAY_HOLD_BOX.test(value)) return undefined;
  return { ...f, rawKey: 'order', valueSpan: span, value };
}

/** A box's label that is a contrast alone: "without contrast", "w/o IV contrast", "without and with" (order-vocabulary contrast). */
function isContrastChoice(label: string, ow: OrderWords): boolean {
  const words = keyWords(label);
  return ow.contrastChoices.has(words) || ow.contrastChoices.has(words.replace(/ (?:iv )?contrast$/, ''));
}

/**
 * The nearest line above, a heading of its own (nothing after its colon or dash), telling a condition: "Next step if US
 * equivocal -" (reading-vocabulary conditions.words and headingOnly, the words clauses.ts conditions with).
 */
function conditioningHeadingAbove(text: string, lineStart: number): boolean {
  const before = text.slice(0, lineStart).replace(/\s+$/, '');
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (!line || (/:/.test(line) && !/[:\-\u2013\u2014]\s*$/.test(line))) return false;
  return conditionWords().heading.test(line);
}

/**
 * A line of the study's block below it (to a blank line) taking it back: "Status: cancelled - parents declined sedation"
 * (order-vocabulary laterLineTakenBack.denials, or a cue of notOrder not inside a phrase of `until` there). Each block of
 * the note is read once (blocksBelow), however many form lines it holds.
 */
function takenBackBelow(text: string, lineEnd: number, ow: OrderWords): boolean {
  const b = blocksBelow(text, ow);
  const k = lowerBound(b.blanks, (x) => x, lineEnd);
  const end = k < b.blanks.length ? b.blanks[k] : text.length;
  // Inside a word (never at a line's end), the words below are read from there, as they always were.
  const words = (b.words ??= toWords(text));
  const w = lowerBound(words, (x) => x.start, lineEnd);
  if (w > 0 && words[w - 1].end > lineEnd) return takenBackIn(toWords(text.slice(lineEnd, end)), ow);
  let reach = b.reaches.get(end);
  if (!reach) b.reaches.set(end, (reach = takenBackReach(words, k > 0 ? b.blanks[k - 1] : 0, end, ow)));
  return reach.some(([after, upTo]) => after < lineEnd && lineEnd <= upTo);
}
function takenBackIn(words: readonly Word[], ow: OrderWords): boolean {
  return findAny(words, ow.laterLineTakenBack.denials).length > 0 || notOrderCues(words, ow).length > 0;
}

/** The note's blank lines (where each "\n[ \t]*\n" starts), its words, and each block's reach (takenBackReach), for one text. */
interface BlocksBelow {
  text: string;
  ow: OrderWords;
  blanks: number[];
  words?: Word[];
  reaches: Map<number, [number, number][]>;
}
let lastBlocks: BlocksBelow | undefined;
function blocksBelow(text: string, ow: OrderWords): BlocksBelow {
  if (lastBlocks?.text === text && lastBlocks.ow === ow) return lastBlocks;
  // From the end back: a line break starts a blank line when only spaces and tabs stand between it and the next one.
  const blanks: number[] = [];
  let next = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (next >= 0) blanks.push(i);
      next = i;
    } else if (c !== 32 && c !== 9) next = -1;
  }
  work.steps += text.length;
  return (lastBlocks = { text, ow, blanks: blanks.reverse(), reaches: new Map() });
}

/**
 * Where a line ending at L has its block's words after it take the study back, as intervals (after, upTo]: a denial starting at
 * d takes back for L ≤ d; a cue of notOrder at c for L ≤ c, unless a phrase of `until` holding it starts at or after L. The
 * block is the words of text[from, end), read once; the same answers as reading text[L, end) for each L, since phrases match forward.
 */
function takenBackReach(all: readonly Word[], from: number, end: number, ow: OrderWords): [number, number][] {
  const words = all.slice(
    lowerBound(all, (x) => x.start, from),
    lowerBound(all, (x) => x.start, end),
  );
  const out: [number, number][] = [];
  for (const d of findAny(words, ow.laterLineTakenBack.denials)) out.push([-Infinity, d.start]);
  const cues = findAny(words, ow.notOrder);
  if (!cues.length) return out;
  const until = findAny(words, ow.until);
  for (const c of cues) {
    let after = -Infinity;
    for (const u of until) if (u.start <= c.start && c.end <= u.end) after = Math.max(after, u.start);
    out.push([after, c.start]);
  }
  return out;
}

/**
 * The item of a list of orders (", " and a last "and") that opens on a spine study: "CXR, CBC w/ diff, LDH,
 * and MRI whole spine with IV contrast" → "MRI whole spine with IV contrast". Undefined when no item does, or
 * (listOnly) when the value is no list.
 */
function listedStudy(s: Field, listOnly = true): Field | undefined {
  if (listOnly && !s.value.includes(',')) return undefined;
  for (const m of s.value.matchAll(/[^,]+/g)) {
    const raw = m[0].replace(/^\s*(?:and|&|plus)\s+/i, (x) => ' '.repeat(x.length));
    const value = raw.trim();
    if (!value || !startsWithStudy(value) || !(NAMES_SPINE.test(value) || BONE_SCAN.test(value))) continue;
    const start = s.valueSpan.start + (m.index ?? 0) + raw.indexOf(value);
    return { ...s, valueSpan: { start, end: start + value.length }, value };
  }
  return undefined;
}

/**
 * "Ix: CBC, ESR, blood culture; Lumbar spine X-ray AP/Lat", "Ix: CBC, ESR, Mantoux, CXR\n    Non-contrast CT of the
 * thoracolumbar spine": a line of investigations whose first part names no study (labs only) goes on, after a
 * semicolon or on its next line, to the spine study listed (listedStudy's rules, one part at a time). A part before
 * it that names the spine or a study ("chest X-ray", "XR L-spine normal") is no list of labs: nothing past it is read.
 */
/** "XR L-spine ok", "XR L-spine - fine": the value ends on a normal-state word (context-lexicon normalStates), its result. */
function endsNormal(value: string): boolean {
  const words = toWords(value);
  for (let n = 1; n <= 3 && n < words.length; n++) if (isNormalValue(value.slice(words[words.length - n].start))) return true;
  return false;
}

/**
 * "Inv: X-ray LS spine - NAD", "Ix: XR L-spine nil acute": the study's line closes on a normal-state word (context-lexicon
 * normalStates: NAD, nil, normal, unremarkable …) right after the spine's name or after a dash or colon: its result,
 * so a study done. Not a normal word of something else ("MRI L-spine, exam normal", "MRI L-spine - nil by mouth").
 */
function reportedNormal(value: string): boolean {
  const words = toWords(value);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const at = words[words.length - n].start;
    if (!isNormalValue(value.slice(at)) && !nilResultOf(contextLexicon().normalStates.nilResults).test(value.slice(at))) continue;
    if (/[-:\u2013\u2014]\s*$/.test(value.slice(0, at)) || NAMES_SPINE.test(words[words.length - n - 1].text)) return true;
  }
  return false;
}
/** normalStates.nilResults as one pattern, built once per vocabulary: a stem takes any ending ("abnormality"). */
export const nilResultOf = perVocabulary((v: ContextLexicon['normalStates']['nilResults']) => {
  const results = [...v.results.map(escapeRegExp), ...v.resultStems.map((s) => `${escapeRegExp(s)}\\w*`)];
  return new RegExp(`^(?:${alternation(v.lead)}) (?:${results.join('|')})\\W*$`, 'i');
});

function afterLabs(f: Field, k: Knowledge): Field | undefined {
  let first = true;
  for (const m of f.value.matchAll(/[^;\n]+/g)) {
    const start = f.valueSpan.start + (m.index ?? 0);
    const part: Field = { ...f, valueSpan: { start, end: start + m[0].length }, value: m[0] };
    if (!first) {
      const item = listedStudy(part, false);
      // "Ix: Hb 12, WCC 8; XR L-spine NAD", "Ix: CBC, ESR; XR L-spine - pars defect L5": a study told with its result
      // (prior.ts reads one) is one done, not ordered.
      if (item) return readPriorStudy(part.value, part.valueSpan, k).result === 'unknown' && !endsNormal(item.value) ? item : undefined;
    }
    // A part that names the spine, or a study of its own, is not labs: the line is read as it stands.
    if (NAMES_SPINE.test(m[0]) || STUDY_NAMED.test(m[0])) return undefined;
    first = false;
  }
  return undefined;
}

/**
 * The words before the study that say when, how often or where to do it ("Ordered: repeat spinal US now", "Radiology: urgent
 * MRI L-spine"), "Ix" (investigations: "neuro NAD. Ix MRI L-spine w/o."), the patient the study is made for ("Ix: neonatal spine
 * ultrasound before discharge") and why it is done when nothing is found ("REQ: SCREENING US SPINE"; round 57, s153-021):
 * reading-vocabulary orderKeyedLine.leadWords, one to three of them before the study, as one pattern built once per vocabulary.
 */
export const studyLeadOf = perVocabulary((leadWords: readonly string[]) => new RegExp(String.raw`^(?:(?:${wordsSource(leadWords)})\s+){1,3}`, 'i'));
/** The lead words before a study (studyLeadOf) of this build's vocabulary. */
export function studyLead(): RegExp {
  return studyLeadOf(readingVocabulary().orderKeyedLine.leadWords);
}

/**
 * After a lead that says the study is done when nothing is found (reading-vocabulary orderKeyedLine.refusingLeads:
 * "screening"), what makes the line no order of this child's study now (review r-fix57f): a question closing a word
 * ("screening US spine? Mum asking"; never "?tethered cord", the query of what it looks for), a time ahead ("next year", "in
 * 3 months", "later") or another child it is for ("for her twin brother", "for the sib"): reading-vocabulary
 * orderKeyedLine.notThisChildNow, the relatives shared with study-reported.ts. Only after such a lead: applied to every
 * order-keyed line in round 58 (hyg58), it dropped real orders whose reason closes on a query ("Req: US spine r/o tethered
 * cord?"), whose sentence tells an appointment's time ("review in 3 months with result") or that is for a parent's sake
 * ("for mum's reassurance"), and was taken out after review rhyg58.
 */
export const notThisChildNowOf = perVocabulary(
  (v: ReadingVocabulary['orderKeyedLine']['notThisChildNow']) =>
    new RegExp(
      String.raw`\w\?(?!\w)|\b(?:${wordsSource(v.timesAhead)}|in \d+ (?:${wordsSource(v.aheadUnits)}))\b|` +
        String.raw`\bfor (?:(?:${wordsSource(v.forWhom)})\s+)?(?:(?:${wordsSource(v.otherChildQualifiers)})\s+)?(?:${RELATIVES_BUT_TWIN}|${wordsSource(v.otherChildren)})\b`,
      'i',
    ),
);
/** The study's words after a refusing lead tell it asked, for later or for another child (notThisChildNowOf). */
export function notThisChildNow(study: string): boolean {
  return notThisChildNowOf(readingVocabulary().orderKeyedLine.notThisChildNow).test(study);
}

/** A lead (studyLead's match) holding one of reading-vocabulary orderKeyedLine.refusingLeads ("screening"). */
export const refusingLeadOf = perVocabulary((words: readonly string[]) => new RegExp(String.raw`\b(?:${wordsSource(words)})\b`, 'i'));

/**
 * The sentence without the lead words before its study (studyLead); the sentence itself when it has none, or when a
 * refusing lead's study is asked, for later or for another child ("Req: screening US spine? Mum asking": the lead left on
 * the line, whose study is then not read as the order).
 */
export function withoutLead(s: Field): Field {
  const m = studyLead().exec(s.value);
  if (!m) return s;
  const line = readingVocabulary().orderKeyedLine;
  if (refusingLeadOf(line.refusingLeads).test(m[0]) && notThisChildNow(s.value.slice(m[0].length))) return s;
  const start = s.valueSpan.start + m[0].length;
  return { ...s, valueSpan: { start, end: s.valueSpan.end }, value: s.value.slice(m[0].length) };
}

/**
 * An order form's "Exam: MRI L SPINE W/O CONTRAST": "Exam" is an alias of Findings that is also an order
 * word, and there it names the study to do when its value opens on one. Read last, when nothing else in
 * the note is the order, since a clinic note's "Exam: XR L-spine reviewed …" beside "Plan: MRI" is no order.
 */
export function examKeyedOrder(text: string, all: readonly Field[], k: Knowledge): Facts['order'] {
  for (const f of all) {
    if (f.key?.name !== 'Findings' || !f.value || !isOrderKeyed(f.rawKey)) continue;
    const o = keyedStudy(text, f, first(all, 'Contrast')?.value, k, orderWords(k.vocabulary), false);
    if (o) return o;
  }
  return undefined;
}

/** The value up to the end of its first sentence (a full stop before a space, or a semicolon); the value itself when it has one. */
function firstSentence(f: Field): Field {
  const m = /[.;](?=\s)/.exec(f.value);
  if (!m) return f;
  work.steps += m.index;
  const value = f.value.slice(0, m.index + 1).trim();
  return value ? { ...f, valueSpan: { start: f.valueSpan.start, end: f.valueSpan.start + value.length }, value } : f;
}

/** The sentence after a study's own is its report: a result or a finding ("Normal.", "No fracture.", "Conus at L3."). */
function reportFollows(f: Field, s: Field): boolean {
  const next = f.value.slice(s.valueSpan.end - f.valueSpan.start).replace(/^[\s.;]+/, '');
  if (!next) return false;
  const m = /[.;](?=\s)|$/.exec(next);
  const sentence = next.slice(0, m?.index ?? next.length);
  if (TOLD_DONE.test(sentence) || DATED.test(sentence)) return true;
  // "Req: US spine - 6/12 F, small flat haemangioma over sacrum. Well, normal tone.": a request card's study with the child
  // told after a dash (age and sex) goes on with the child's story; a normal word there is the exam's, no report.
  if (CHILD_AFTER_DASH.test(s.value)) return false;
  return !NAMES_A_STUDY.test(sentence) && (RESULT_WORD.test(sentence) || reportWordsOf(readingVocabulary()).reportFinding.test(sentence));
}
/** A spaced dash, then the child's age and sex ("- 6/12 F", "- 7 mo M", "- 3 wk old boy", "– 8yo girl"). */
const CHILD_AFTER_DASH =
  /\s[-\u2013\u2014]\s+\d{1,2}(?:\s*\/\s*(?:12|52)|\s*(?:mo|mos|mths?|months?|wks?|weeks?|yo|y\/o|yrs?|years?|y|days?|d)\b)(?:[- ]old)?\s*,?\s*(?:m|f|boy|girl|male|female)\b/i;
/** The sentence after a study tells it done ("Done 2 weeks ago at OSH.", "Performed 01/11/2026.", "Report not available."). */
const TOLD_DONE = /^\s*(?:was |were )?(?:done|performed|completed|obtained|already done)\b|\bago\b|\breport (?:not available|pending|awaited)\b|\bat (?:osh|outside)\b/i;

/** "MRI L spine w/o contrast. Sedation: yes": a known key inside the value is the form's next field, not a result after a colon. */
function withoutKnownKeys(value: string): string {
  return value.replace(/([A-Za-z][A-Za-z ]{1,30}):/g, (m, key: string) => (lookupKey(key.trim()) ? `${key} ` : m));
}
