/** The cues that order, decline or propose a study in a sentence, and whose voice they are in. */
import { MONTH_WORDS } from '../notes/dates';
import type { Field } from '../notes/parser';
import { type Span, sentenceStart } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { type ReadingVocabulary, findAny, readingVocabulary } from './vocabulary';
import { perVocabulary } from './patterns';
import { wholeWordsPattern, wordsSource } from './word-lists';
import { wordIndex, breaksClause, negates, conditioned, CLAUSE_WORDS, studyTailEnd } from './clauses';
import { type OrderWords, keyOpeningLineOf } from './order-words';
import { negatedStudy, RESULT_WORD, toldPast } from './study-reported';
import { ONLY_IF_NEEDED, courseConditionAfterStudy, courseConditionGoverns, ifKept, opensOnCourseCondition, opensLine, BLANK_LINE, actsOnItsOwn } from './order-conditions';
import { studyHead, isHeadAt, STUDY_HEAD, joinedStudy, NAMES_A_STUDY } from './study-names';
import { ARTICLES } from './order-another-visit';

/** Where the words right after a phrase of order-vocabulary prose.intentionUndone start ("was going to | order"). */
export function intendedOnly(text: string, words: readonly Word[], ow: OrderWords): ReadonlySet<number> {
  const out = new Set<number>();
  for (const m of findAny(words, ow.intentionUndone)) {
    // "was going to | order", and past a few words of the same clause: "was going to go ahead and | order".
    const from = wordIndex(words, m.end);
    for (let j = from; j < words.length && j <= from + INTENDED_REACH; j++) {
      if (j > from && breaksClause(text, words[j - 1].end, words[j].start)) break;
      out.add(words[j].start);
    }
  }
  return out;
}
/** How many words after an intention not carried out its order word may stand ("was going to go ahead and order"). */
const INTENDED_REACH = 4;

/**
 * "MRI lumbar spine not indicated", "US spine declined by parents", "MRI L-spine if pain persists",
 * "XR L-spine obtained in ED", "Would not order MRI L-spine": a sentence that decides against a study,
 * puts it off or tells it as done (reading-vocabulary.json notOrderCues) is not an order. A cue counts
 * only where it attaches to the study (see declinesStudy); an explicit order verb ("ordered",
 * "will order") wins. On the free-text path the sentence's assertion context (context.ts) counts too:
 * negated, past, or hypothetical unless the only condition is "if needed"/"prn". Only called on a
 * sentence that already reads as an order; never on an Order line (an Order line is the order).
 */
export function decidesNotToImage(
  text: string,
  s: Field,
  ow: OrderWords,
  withContext = true,
  conditionsCount = withContext,
  listedBefore?: (cues: readonly Span[], start: number) => boolean,
): boolean {
  const words = toWords(s.value, s.valueSpan.start);
  // "Please no XR", "no MRI ordered": a study named only to say it is not wanted.
  if (negatedStudy(words)) return true;
  // "upright films at 3 months (will order then)", "spinal US will be ordered by the surgical team": not ordered now, nor here.
  if (orderedLater(text, words, ow)) return true;
  // "Will order spine US if still present at 2 mo visit": an order that waits on the course after the study (order-conditions.ts).
  if (courseConditionAfterStudy(text, words, ow)) return true;
  if (ordersOutright(text, words, ow)) return false;
  // A Plan line (withContext false) counts a condition (conditionsCount) unless it is only on authorization,
  // timing or the scanner ("MRI if insurance approves": KEEPS_ORDER); "if no improvement" conditions the study.
  if (declinesStudy(text, words, ow, conditionsCount)) return true;
  // "I did not arrange an MRI", "we have not requested an ultrasound": not ordered.
  if (negatedOrderCue(text, words, ow)) return true;
  // "please call mom with the MRI results", "could you review the MRI from 2024": a request about something else.
  if (requestAboutOther(words, ow)) return true;
  if (!withContext) return false;
  const c = readContext(text, s.valueSpan.start, s.valueSpan.end);
  // "Sedation not needed, MRI L-spine w/o requested", "Please no XR, US spine instead": a negation read from
  // the clause before, over a sentence that orders its own study or takes it instead, is that clause's.
  const before = c.cues.every((q) => q.end <= s.valueSpan.start);
  const negated =
    c.negated &&
    !(before && (findAny(words, ow.explicit).length > 0 || words.some((w) => w.text === 'instead'))) &&
    !(before && listedBefore !== undefined && listedBefore(c.cues, s.valueSpan.start));
  if (negated || c.historical || (c.hypothetical && !ONLY_IF_NEEDED.test(s.value))) return true;
  // "If not improved in 4-6 wks will get XR L spine": a condition opening the sentence, past the context reader's scope.
  const h = studyHead(words);
  return h >= 0 && courseConditionGoverns(text, s, words[h].start, ow);
}
/** The index of the first word that orders outright, -1 when none: "ordered", "ordering" (not "ordering NP", prose.orderingRoles), "will order/obtain/get" (not after "not"). */
function explicitOrderAt(text: string, words: readonly Word[], ow: OrderWords): number {
  // "No imaging ordered today - will discuss a spine US …", "no spinal imaging ordered": an order word inside a statement
  // of order-vocabulary prose.noneOrdered orders nothing.
  const none = words.some((w) => w.text === 'no' || w.text === 'none') ? findAny(words, ow.noneOrdered) : [];
  const told = clinicianOrdersNowAt(text, words, ow);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    const prev = words[i - 1]?.text;
    if (prev === 'not' || prev === 'no' || negates(words, i - 1)) continue;
    if (none.some((h) => h.start <= words[i].start && words[i].end <= h.end)) continue;
    if (told.has(i)) return i;
    if (w === 'ordered' || (w === 'ordering' && !ow.orderingRoles.has(words[i + 1]?.text ?? ''))) return i;
    if (prev === 'will' && (w === 'order' || w === 'obtain' || w === 'get')) return i;
    // "I have placed US spinal canal (76800)", "placed an order for MRI", "MRI order placed"; not "VP shunt placed".
    if (w === 'placed' && (prev === 'order' || prev === 'orders' || prev === 'request' || placedStudy(words, i))) return i;
    // "I've put in an MRI entire spine without IV contrast", "we have entered a US spine": the writer's own order entry,
    // the study right after and the first named (not "sedation MRI wait is 5 wks so i put in ct l-spine"; read as
    // before); not "PT was put in", "she was put in a brace".
    if (
      ((w === 'in' && prev === 'put') || w === 'entered') &&
      ow.orderEntry.writers.has(words[i - (w === 'in' ? 2 : 1)]?.text ?? '') &&
      (placedStudy(words, i) || putInAlongside(words, i, ow)) &&
      studyHead(words) > i
    )
      return i;
    // "1. Add MRI lumbar spine without contrast to the same GA list", "we have added MRI L-spine to the same anaesthetic":
    // a study added to a list or an anaesthetic; not a study that "would add little", nor "could add an MRI".
    // Nor one added on a condition ("Add MRI L-spine to the GA list if the US is abnormal").
    if ((w === 'add' || w === 'added') && !(prev !== undefined && ow.orderEntry.proposingModals.has(prev)) && placedStudy(words, i) && !conditionAfter(words, i)) return i;
    // "I sent her directly to MRI of the lumbosacral spine", "Sent to bone scan with SPECT": the patient sent to the
    // study itself by the writer; not to a clinic, a person or a place ("sent to ED for MRI"), not by someone else
    // ("PCP sent her to MRI", "she was sent to MRI"), nor on a condition ("will send to MRI if worse").
    if (ow.sending.verbs.has(w) && sentByWriter(words, i, ow) && sentToStudy(words, i, ow) && !conditionAfter(words, i)) return i;
  }
  return -1;
}

/**
 * The indices of the verbs that tell a clinician ordering now (order-vocabulary prose.clinicianOrdersNow: "The resident
 * orders lumbar spine radiographs", "the PCP orders MRI", "Dr Smith requests …", "peds on call agreed to MRI"): one of its
 * clinicians ends right before the verb, or one word (a name) before it, and the study is named after the verb. A
 * family's request ("father requests an MRI") names no clinician; another service's clinician ("ortho registrar requests
 * MRI at their clinic", prose.proposingServices) plans their own study, a relative who is one ("Dad (a physician) requests") asks as family; a verb on a condition ("orders MRI if pain
 * persists") orders nothing now; a past verb keeps its own reading.
 */
function clinicianOrdersNowAt(text: string, words: readonly Word[], ow: OrderWords): Set<number> {
  const at = new Set<number>();
  const verbs = findAny(words, ow.clinicianOrdersNow.verbs);
  if (!verbs.length) return at;
  const head = studyHead(words);
  const ends = new Map<number, number>();
  for (const c of findAny(words, ow.clinicianOrdersNow.clinicians)) ends.set(wordIndex(words, c.end) - 1, wordIndex(words, c.start));
  // The last word of each family phrase ("father", "the parents"): a clinician right after one is the family's own.
  const family = new Set(findAny(words, ow.askedByFamily).map((f) => wordIndex(words, f.end) - 1));
  const ofOwnService = (end: number) => {
    const start = ends.get(end);
    if (start === undefined) return false;
    // "Dad (a physician) requests MRI": the clinician is the family's own.
    const before = words[start - 1]?.text ?? '';
    return !ow.proposerWords.has(before) && !ow.clinicianOrdersNow.services.has(before) && ![1, 2, 3].some((d) => family.has(start - d));
  };
  for (const v of verbs) {
    const i = wordIndex(words, v.start);
    if (head <= i || conditionAfter(words, i)) continue;
    const by = ofOwnService(i - 1) || medicalOfficerAt(text, words, i - 1, ow, family) ? i - 1 : ofOwnService(i - 2) && !family.has(i - 1) ? i - 2 : -1;
    if (by >= 0 && !clinicianOrderUndone(text, words, ends.get(by) ?? by, head, ow)) at.add(i);
  }
  return at;
}
/**
 * "MO requests MRI L-S spine w/o contrast" (round 58, s160): the medical officer as Singapore, Malaysian and Hong Kong notes
 * write him, only as "MO" in capitals right before the verb, never after a number ("4 MO baby requests": months old), in
 * another case ("Mo requests MRI": the mother), after a family word, another service or a proposer (review rfix58m).
 */
function medicalOfficerAt(text: string, words: readonly Word[], j: number, ow: OrderWords, family: ReadonlySet<number>): boolean {
  const w = words[j];
  if (w === undefined || w.text !== 'mo' || text.slice(w.start, w.end) !== 'MO') return false;
  const before = words[j - 1]?.text ?? '';
  if (/^\d/.test(before) || /\d[ \t]*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) return false;
  return !ow.proposerWords.has(before) && !ow.clinicianOrdersNow.services.has(before) && ![1, 2, 3].some((d) => family.has(j - d));
}
/**
 * The clinician's order is history, withheld or undone (review r44-orders): history before the clinician in its sentence ("Last
 * visit the GP orders …"), a word of clinicianOrdersNow.undone or a '?' after the study in its sentence ("… (normal)", "… once pain
 * persists", "…; senior overrides: no imaging", "… at their clinic", "XR L-spine? discuss"), or one of undoneLater after its sentence
 * ("The attending then cancels the XR", "Radiologist advises ultrasound instead"): the note is read as before the cue was known.
 */
function clinicianOrderUndone(text: string, words: readonly Word[], clinician: number, head: number, ow: OrderWords): boolean {
  const from = sentenceStart(text, words[0].start);
  if (ow.seniorInstruction.history.test(text.slice(from, words[clinician].start))) return true;
  return studyUndone(text, words[head].end, ow);
}
/**
 * After a study ordered (from `end`, its name's end), a word of clinicianOrdersNow.undone or a '?' in the rest of its sentence
 * ("… if XR abnormal", "… - CT C-spine?"), or one of undoneLater in the next few ("The attending then cancels the XR"):
 * the order is withheld or undone. A decline later is none of these: it may be of anything ("Parents declined sedation"). The
 * check a clinician's order and another service's beside the writer's share.
 */
export function studyUndone(text: string, from: number, ow: OrderWords): boolean {
  const afterStudy = text.slice(from, from + UNDONE_WINDOW);
  work.steps += afterStudy.length;
  const end = afterStudy.search(/[.!?\n]/);
  const sentence = end < 0 ? afterStudy : afterStudy.slice(0, end + 1);
  if (sentence.endsWith('?') || ow.clinicianOrdersNow.undone.test(sentence)) return true;
  return end >= 0 && ow.clinicianOrdersNow.undoneLater.test(afterStudy.slice(end + 1));
}

/** How far past the study a clinician's order is looked at for its undoing: its sentence and the next few, never the whole note. */
const UNDONE_WINDOW = 400;

/** Words that may stand before the writer's "send" ("so I sent", "we are sending", "I have also sent"). */
const WRITER_BEFORE_SEND = new Set(['i', 'we', 'am', 'are', 'have', 've', 'm', 're', 'will', 'll', 'also', 'then', 'therefore', 'so', 'and', 'today', 'now', 'just']);

/**
 * The order word at words[i] is one of prose.writerCues said by someone other than the writer, or named as a topic:
 * a word other than WRITER_BEFORE_SEND stands before it in its clause, and no "I" / "we" between ("Neurosurgery
 * arranging MRI L-spine", "Ortho are arranging …", "Asked GP about arranging …"); never one opening its clause ("Mum
 * anxious, arranging MRI L-spine (no contrast)", "We are arranging …").
 */
export function othersWriterCue(text: string, words: readonly Word[], i: number, ow: OrderWords): boolean {
  if (!ow.writerCues.has(words[i].text)) return false;
  for (let j = i - 1; j >= 0; j--) {
    if (breaksClause(text, words[j].end, words[j + 1].start)) return false;
    const w = words[j].text;
    if (w === 'i' || w === 'we') return false;
    if (!WRITER_BEFORE_SEND.has(w) && !WRITER_BEFORE_CUE.has(w)) return true;
  }
  return false;
}
/** Words beside WRITER_BEFORE_SEND that may stand before the writer's own order word ("will be arranging", "currently arranging"). */
const WRITER_BEFORE_CUE = new Set(['be', 'been', 'currently', 'already', 'hence', 'thus', 'urgently']);

/**
 * The verb at words[i] is the writer's: only WRITER_BEFORE_SEND words stand before it in its sentence ("Sent to bone
 * scan", "Will send to MRI"), or those back to the nearest other word hold "I" / "we" ("so I sent her", "I am
 * sending him"); and the sentence tells no other time
 * (prose.doneBefore: "last year", "at 2 months").
 */
function sentByWriter(words: readonly Word[], i: number, ow: OrderWords): boolean {
  let j = i - 1;
  let writer = false;
  for (; j >= 0 && WRITER_BEFORE_SEND.has(words[j].text); j--) if (words[j].text === 'i' || words[j].text === 'we') writer = true;
  return (writer || j < 0) && findAny(words, ow.doneBefore).length === 0 && !sentEarlier(words);
}

/**
 * The sentence tells the sending was done before or reports what the study found ("Sent to MRI in May - normal",
 * "I sent her to MRI in October, which was normal", "Sent to MRI L-spine: no abnormality"): a month after "in" / "back
 * in", or a result (RESULT_WORD, "no abnormality").
 */
function sentEarlier(words: readonly Word[]): boolean {
  if (words.some((w, k) => MONTH_WORDS.has(w.text) && (words[k - 1]?.text === 'in' || words[k - 1]?.text === 'since'))) return true;
  // A result, not a finding named as the reason ("to rule out tethered cord").
  const t = words.map((w) => w.text).join(' ');
  return (RESULT_WORD.test(t) || /\bno (?:abnormalit\w*|acute|evidence)\b/.test(t)) && !conditioned(t);
}

/** After the verb at words[i], only prose.sending.between words, then "to" / "for" and a study's name (past PLACED_BETWEEN words). */
function sentToStudy(words: readonly Word[], i: number, ow: OrderWords): boolean {
  let j = i + 1;
  while (j < words.length && j <= i + 4 && ow.sending.between.has(words[j].text)) j++;
  if (words[j]?.text !== 'to' && words[j]?.text !== 'for') return false;
  return placedStudy(words, j);
}
/** A condition after words[i] ("if", "unless"; not "if needed", "if possible"). */
function conditionAfter(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length; j++) if ((words[j].text === 'if' && !ifKept(words, j)) || words[j].text === 'unless') return true;
  return false;
}
/** Words between "placed" and the study it places ("placed an order for an MRI"). */
export const PLACED_BETWEEN = new Set(['a', 'an', 'the', 'order', 'orders', 'request', 'for', 'of', 'urgent', 'stat', 'today']);
/**
 * "I've put in a referral to ortho, and an XR L-spine": the study joined by "and" to the first thing put in, the
 * first study named; within ten words.
 */
function putInAlongside(words: readonly Word[], i: number, ow: OrderWords): boolean {
  for (let j = i + 1; j < words.length && j <= i + 10; j++) {
    if (isHeadAt(words, j)) return false;
    // Not one put off on a condition: "a referral to ortho and MRI L-spine if no better".
    if (words[j].text === 'and') return placedStudy(words, words[j + 1]?.text === 'also' ? j + 1 : j) && !words.slice(j).some((w) => ow.orderEntry.conditions.has(w.text));
  }
  return false;
}

/** A study's name follows words[i] ("placed") past PLACED_BETWEEN words only. */
function placedStudy(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + 5; j++) {
    if (isHeadAt(words, j)) return true;
    if (!PLACED_BETWEEN.has(words[j].text)) return false;
  }
  return false;
}

/**
 * A word of urgency right after the study's name (order-vocabulary prose.urgentAfter: "CT C-spine stat", "MRI
 * L-spine w/o asap") orders it, in a clause that neither declines it before its name nor tells it as done or with
 * its result after ("CT C-spine stat was negative").
 */
function urgentAfterStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0 || negatedStudy(words)) return false;
  const tail = studyTailEnd(words, head, text);
  const u = tail + 1;
  if (u >= words.length || breaksClause(text, words[tail].end, words[u].start)) return false;
  // "CT C-spine non-contrast now-now": a word of urgency only when doubled, the pair as one word.
  const doubled = ow.urgentDoubled.has(words[u].text) && words[u + 1]?.text === words[u].text && /^[\s-]+$/.test(text.slice(words[u].end, words[u + 1].start));
  // "CT C-spine w/o contrast pending.": the order's status closing the clause (prose.statusAfter); not "MRI pending NSGY review".
  const status =
    ow.statusAfter.has(words[u].text) && (u + 1 >= words.length || breaksClause(text, words[u].end, words[u + 1].start)) && statusIsThisOrder(text, words, head, u, ow);
  if (!ow.urgentAfter.has(words[u].text) && !doubled && !status) return false;
  const rest = text.slice(words[doubled ? u + 1 : u].end, words[words.length - 1].end);
  if (RESULT_WORD.test(rest) || toldPast(rest)) return false;
  // "NSGY recommends MRI whole spine stat": someone else's proposal; "MRI L-spine stat not needed", "MRI L-spine asap
  // if any weakness develops": declined or conditioned after it, as before it.
  return !proposedByOthers(text, words, ow) && !declinesStudy(text, words, ow, true);
}

/**
 * "pending" after the study's name tells this team's order awaited, not a study done elsewhere ("Outside MRI L-spine
 * pending"), a relative's ("Mum's MRI L-spine pending"), one asked about ("CT T-spine pending?") or a result or prior
 * listed under its key ("Results: MRI L-spine pending") (prose.statusNotWith).
 */
function statusIsThisOrder(text: string, words: readonly Word[], head: number, u: number, ow: OrderWords): boolean {
  if (/^\s*\?/.test(text.slice(words[u].end, words[u].end + 10))) return false;
  // Read from the sentence's start, not only the clause's ("If symptoms persist, MRI L-spine pending").
  const from = sentenceStart(text, words[0]?.start ?? words[head].start);
  if (findAny(toWords(text.slice(from, words[head].start), from), ow.statusNotBefore).length) return false;
  const key = keyOpeningLineOf(text, words[head].start);
  return key === undefined || !ow.statusNotKeys.has(key);
}

/**
 * The sentence orders outright (explicitOrderAt), unless the order word comes after the study and only
 * describes one declined before its name: "Please cancel the MRI L-spine ordered by the PCP", "hold the US ordered yesterday".
 */
export function ordersOutright(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const at = explicitOrderAt(text, words, ow);
  if (orderedLater(text, words, ow)) return false;
  // "Had thought about ordering an XR L-spine": an intention not carried out.
  if (at >= 0 && intendedOnly(text, words, ow).has(words[at].start)) return false;
  if (at < 0) return urgentAfterStudy(text, words, ow);
  // "If not improved in 4-6 wks will get XR L spine": the order word is the condition's consequence, not an order now.
  if (opensOnCourseCondition(text, words[at].start, ow)) return false;
  const head = studyHead(words);
  return head < 0 || at < head || !declinesStudy(text, words, ow, false, true);
}

/**
 * The study's order is put off to a later time or left to someone else, in the words told with it (order-vocabulary
 * prose.orderedLater): "Next upright films at 3 months post-op (will order then)", "spinal US will be ordered by the
 * surgical team after the colostomy". Not "MRI L-spine ordered; will review the results then".
 */
export function orderedLater(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  return findAny(words, ow.orderedLater).some((m) => {
    // "MRI L-spine w/o (prior auth to be requested by office staff)", "MRI L-spine - transport will be arranged by
    // the unit": after a break, words of its own before the phrase are what it puts off, not the study; a phrase
    // right after the break ("(will order then)", ", to be ordered by PCP") speaks of the study.
    const at = wordIndex(words, m.start);
    let b = -1;
    for (let j = at; j > head; j--) {
      if (breaksClause(text, words[j - 1].end, words[j].start)) {
        b = j;
        break;
      }
    }
    return b < 0 || b === at || words.slice(b, at).some((w) => STUDY_HEAD.has(w.text));
  });
}

/**
 * An order cue turned round before the study, in its clause: "I did not arrange an MRI", "we have not
 * requested an ultrasound", "didn't order an XR", "not yet requested", "did not get / plan / proceed to MRI".
 */
export function negatedOrderCue(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  for (const cue of [...findAny(words, ow.explicit), ...findAny(words, ow.cues)]) {
    const i = wordIndex(words, cue.start);
    if (i >= head || head - i > 4) continue;
    if (!negates(words, i - 1) && !(words[i - 1]?.text === 'yet' && negates(words, i - 2))) continue;
    if (!breaksClause(text, cue.end, words[head].start) && !separated(text, words, i + 1, head)) return true;
  }
  return false;
}

/**
 * A study someone other than the writer proposes: "mom requests MRI", "neurosurgery recommends MRI L-spine",
 * "radiology suggests MRI", "parents would like an MRI" (order-vocabulary prose.proposers and proposals): a
 * proposer up to three words before the proposal, the proposal up to four words before the study's name,
 * all in one clause. Not the writer's own ("I would like", "our team recommends"), nor "requested by
 * neurosurgery" (the proposer after it: the order placed at their request).
 */
export function proposedByOthers(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const proposals = findAny(words, ow.proposals);
  if (!proposals.length) return false;
  const proposers = findAny(words, ow.proposers);
  for (const p of proposals) {
    const i = wordIndex(words, p.start);
    if (i >= head || head - i > 5 || breaksClause(text, p.end, words[head].start) || separated(text, words, i + 1, head)) continue;
    for (const q of proposers) {
      if (q.end > p.start) break;
      const from = wordIndex(words, q.start);
      const ours = from > 0 && ['our', 'my', 'we', 'i'].includes(words[from - 1].text);
      if (!ours && i - wordIndex(words, q.end) <= 3 && !breaksClause(text, q.end, p.start)) return true;
    }
  }
  return false;
}

/**
 * An explicit order verb before the study whose subject is another clinician or service (prose.otherOrderers), past
 * auxiliaries only ("Ortho arranged XR", "PCP has already ordered MRI L-spine", "GP to request US spine"): their order, in
 * one clause. Not the writer's ("I have ordered", "we will arrange"), nor one made at another's request ("ordered by ortho").
 */
export function orderedByOther(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head <= 0) return false;
  const subjects = findAny(words, ow.otherOrderers.subjects);
  if (!subjects.length) return false;
  const ends = new Set(subjects.map((q) => wordIndex(words, q.end) - 1));
  for (const c of findAny(words, ow.explicit)) {
    const i = wordIndex(words, c.start);
    if (i >= head || breaksClause(text, c.end, words[head].start)) continue;
    let j = i - 1;
    while (j >= 0 && ow.otherOrderers.auxiliaries.has(words[j].text) && !breaksClause(text, words[j].end, words[j + 1].start)) j--;
    if (j >= 0 && ends.has(j) && !breaksClause(text, words[j].end, words[j + 1].start)) return true;
  }
  return false;
}

/** A request before the study that governs something else ("please review the MRI", "please call mom with the MRI results"), and no cue that orders it. */
function requestAboutOther(words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const requests = findAny(words, ow.requests);
  if (!requests.length || wordIndex(words, requests[0].start) > head) return false;
  return governingCue(words, findAny(words, ow.cues), ow) === undefined;
}

/**
 * The cue that governs the study in a sentence with order or request cues: the nearest cue before its name
 * unless a word that turns the request to something else stands nearer ("please review the MRI from 2024",
 * "I appreciate that an MRI would need…", "advice regarding the need for an MRI"), else a cue after it ("US
 * pls"). A "repeat" told as done ("on repeat MRI the syrinx is smaller") is no cue. Explicit cues
 * (order-vocabulary prose.explicitCues: "arrange", "ordered", "I ask") order outright; others are weak.
 */
export function governingCue(words: readonly Word[], cues: readonly Span[], ow: OrderWords): 'explicit' | 'weak' | undefined {
  const head = studyHead(words);
  // A study named in words the heads do not know ("C T of the L spine"): any cue counts, as a weak one.
  if (head < 0) return cues.length ? 'weak' : undefined;
  const kind = new Map<number, 'explicit' | 'weak'>();
  const explicit = new Set(findAny(words, ow.explicit).map((c) => c.start));
  for (const cue of cues) {
    const i = wordIndex(words, cue.start);
    if (words[i].text === 'repeat' && ow.toldRepeat.has(words[i - 1]?.text ?? '')) continue;
    const k = explicit.has(cue.start) ? 'explicit' : 'weak';
    if (kind.get(i) !== 'explicit') kind.set(i, k);
  }
  const blocked = new Set<number>();
  for (const b of findAny(words, ow.blockers)) {
    const at = wordIndex(words, b.start);
    // "phone order received and read back: US lumbosacral spine": a verbal order confirmed by reading it back.
    if (words[at].text === 'read' && words[at + 1]?.text === 'back') continue;
    for (let j = at; j < words.length && words[j].start < b.end; j++) blocked.add(j);
  }
  for (let j = head - 1; j >= 0; j--) {
    if (blocked.has(j)) return undefined;
    const k = kind.get(j);
    if (k) return k;
  }
  let after: 'explicit' | 'weak' | undefined;
  for (const [i, k] of kind) if (i > head && (after === undefined || k === 'explicit')) after = k;
  return after;
}

/**
 * A notOrderCue attached to the study: up to three words before its name ("Will hold on MRI",
 * "declined MRI") or up to three words after it ("MRI L-spine not indicated", "US spine deferred"),
 * with no comma, semicolon, colon or full stop between; a done-cue only right after the name.
 */
export function declinesStudy(text: string, words: readonly Word[], ow: OrderWords, conditionsCount: boolean, onlyBefore = false): boolean {
  const cues = notOrderCues(words, ow);
  const beforeCues = findAny(words, ow.before);
  if (!cues.length && !beforeCues.length) return false;
  // "I would be grateful if you could arrange an MRI": a request, no condition.
  let polite: Set<number> | undefined;
  const head = Math.max(0, studyHead(words));
  let tail = studyTailEnd(words, head, text);
  // "X-ray C-spine (AP/lat) not indicated", "(a.p./lat.)": a bracket that only lists the views is the study's name, so the
  // clause goes on after it.
  let tailEnd = words.length ? words[tail].end : 0;
  const views = VIEWS_BRACKET.exec(text.slice(tailEnd));
  if (views) {
    let j = tail;
    while (j + 1 < words.length && words[j + 1].end <= tailEnd + views[0].length) j++;
    if (j > tail && words.slice(tail + 1, j + 1).every((w) => ow.viewsInBracket.has(w.text))) {
      tail = j;
      tailEnd += views[0].length;
    }
  }
  // "Please hold US until seen", "cancel the MRI", "please no XR": these decline only the study after them.
  for (const cue of beforeCues) {
    const i = wordIndex(words, cue.start);
    if (i < head && head - i <= 3 + (cue.end > words[i].end ? 1 : 0) && !breaksClause(text, cue.end, words[head].start) && !separated(text, words, i + 1, head)) return true;
  }
  for (const cue of cues) {
    const i = wordIndex(words, cue.start);
    const w = words[i].text;
    if (onlyBefore && i >= head) continue;
    if (w === 'never' && orderedNowAfter(text.slice(cue.end))) continue;
    if (w === 'if' && ifKept(words, i)) continue;
    if (w === 'if' && (polite ??= new Set(findAny(words, ow.politeIf).map((p) => p.start))).has(cue.start)) continue;
    if (!conditionsCount && CONDITION_CUES.has(w)) continue;
    if (i < head) {
      if (head - i <= 3 + (cue.end > words[i].end ? 1 : 0) && !breaksClause(text, cue.end, words[head].start) && !separated(text, words, i + 1, head)) return true;
    } else if (i > tail) {
      // "MRI whole spine w/o contrast / Admit if deteriorates": the cue is the next line's own action's.
      // A decline stays the study's ("Ortho says not needed").
      if ((CONDITION_CUES.has(w) || w === 'unless') && ownLineBetween(text, words, tail, i, ow)) continue;
      const gap = i - tail;
      // "US slot not available until March - booked", "MRI report not available yet": the cue is about the slot or the report;
      // "MRI L-spine w/o GA not booked": a booking cue is about the anaesthetic (never "MRI L-spine under GA not indicated").
      const booking = findAny(words, ow.bookedOfOther.cues).some((b) => b.start === cue.start && b.end === cue.end);
      const ofOther = findAny(words, ow.ofOther)
        .concat(findAny(words, ow.records), booking ? findAny(words, ow.bookedOfOther.words) : [])
        .some((o) => o.start >= words[tail].end && o.end <= cue.start);
      if (ofOther) continue;
      if ((ow.doneRightAfter.has(w) ? gap === 1 : gap <= 3) && !breaksClause(text, tailEnd, cue.start) && !separated(text, words, tail + 1, i)) return true;
    }
  }
  return false;
}

/**
 * "Spinal US never arranged, I have arranged it today", "never booked -> booking now", "never booked by OSH. Booked today.",
 * "never arranged; pls arrange" (review r48 B): a study told never ordered that the writer orders now, in the rest of the
 * sentence or the next, no other study named before it. "Spinal US never arranged. Have requested XR …" keeps the US unordered.
 */
function orderedNowAfter(rest: string): boolean {
  const reach = /^[^.!?\n]*[.!?\n]?[^.!?\n]*/.exec(rest)?.[0] ?? '';
  const p = orderedNowOf(readingVocabulary().orderedNow);
  const m = p.orderedNow.exec(reach);
  return !!m && !p.otherStudy.test(reach.slice(0, m.index));
}
/**
 * reading-vocabulary orderedNow as patterns: an ordering word, then in its clause a word of now; or a request to order
 * ("pls", "I'll", "we will") right before an ordering verb. `otherStudy`: any study's word.
 */
export const orderedNowOf = perVocabulary((v: ReadingVocabulary['orderedNow']) => ({
  orderedNow: new RegExp(
    `\\b(?:(?:${wordsSource(v.ordered)})\\b[^.!?\\n;,]*?\\b(?:${wordsSource(v.now)})|(?:pls|please|i ?'?ll|i will|we will|will now)\\s+(?:${wordsSource(v.order)}))\\b`,
    'i',
  ),
  otherStudy: wholeWordsPattern(v.otherStudies),
}));

/**
 * A line between words[from] and words[to] that opens on an action of its own, or a blank line: what words[to] says is
 * that line's, not the study's of words[from].
 */
function ownLineBetween(text: string, words: readonly Word[], from: number, to: number, ow: OrderWords): boolean {
  for (let q = from + 1; q <= to; q++)
    if (opensLine(text, words, q, ow) && (BLANK_LINE.test(text.slice(words[q - 1].end, words[q].start)) || actsOnItsOwn(text, words[q].start, ow))) return true;
  return false;
}

/** A bracket right after a study, on its line (its words are checked against prose.viewsInBracket). */
const VIEWS_BRACKET = /^[ \t]*\([^()\n]{1,30}\)/;

/** Conditions, which a Plan line may attach to the study it still plans. */
const CONDITION_CUES = new Set(['if', 'unless', 'consider', 'considered', 'considering']);

/** Another clause or another study between words[from] and words[to - 1]. */
function separated(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CLAUSE_WORDS.has(words[j].text) || (STUDY_HEAD.has(words[j].text) && !joinedStudy(text, words, j))) return true;
  return false;
}

/** The notOrderCues of these words, but one that tells only when the study can be done (prose.notOrderUntil: "not available until January"). */
export function notOrderCues(words: readonly Word[], ow: OrderWords): Span[] {
  const cues = findAny(words, ow.notOrder);
  if (!cues.length) return cues;
  const until = findAny(words, ow.until);
  return until.length ? cues.filter((c) => !until.some((u) => u.start <= c.start && c.end <= u.end)) : cues;
}

/**
 * "Advised to call PCP office in AM; provider may want an ultrasound of the spine", "PCP may want x-ray": a clinician
 * (order-vocabulary prose.othersMayWant) right before a modal of possibility, the study's name after it in its clause: a study
 * someone else may want later, no order of this note.
 */
export function othersMayWant(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const { subjects, modals } = ow.othersMayWant;
  for (const m of findAny(words, modals)) {
    const at = wordIndex(words, m.start);
    if (at <= 0 || at >= head || breaksClause(text, m.end, words[head].start)) continue;
    if (findAny(words.slice(Math.max(0, at - 3), at), subjects).some((q) => q.end === words[at - 1].end && !breaksClause(text, q.end, m.start)))
      return !writerOrdersNext(text, words[head].end, ow);
  }
  return false;
}
/**
 * The writer orders it in the rest of the sentence or the next (review r35-orders H3): "GP may want US spine - have ordered it
 * myself", "…; we have requested it today", "… may want an ultrasound of the spine. Yes - ordered today." The study is then
 * read as it was before othersMayWant was known.
 */
function writerOrdersNext(text: string, from: number, ow: OrderWords): boolean {
  const rest = /^[^.!?\n]*[.!?\n]?[^.!?\n]*/.exec(text.slice(from))?.[0] ?? '';
  return ow.othersMayWant.writerOrdered.test(rest);
}

/**
 * "reg said do xray LS spine AP lat", "consultant said to get MRI L-spine": a senior, a word of telling, maybe "to", and an
 * action right before the study (order-vocabulary prose.seniorInstruction): the senior's instruction, carried out by the
 * writer, orders the study. Only with nothing but an article between the action and the study's name, all in one clause.
 */
export function seniorInstructed(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const { seniors, told, actions } = ow.seniorInstruction;
  // The longest telling at each word ("told me" over "told").
  const toldAt = new Map<number, Span>();
  for (const t of findAny(words, told)) if ((toldAt.get(t.start)?.end ?? -1) < t.end) toldAt.set(t.start, t);
  for (const s of findAny(words, seniors)) {
    const after = words[wordIndex(words, s.end)];
    const t = after && toldAt.get(after.start);
    if (!t || breaksClause(text, s.end, t.start)) continue;
    let i = wordIndex(words, t.end);
    if (words[i]?.text === 'to') i++;
    const a = findAny(words.slice(i, i + 3), actions)
      .filter((x) => x.start === words[i]?.start)
      .sort((x, y) => y.end - x.end)[0];
    if (!a) continue;
    let j = wordIndex(words, a.end);
    if (ARTICLES.has(words[j]?.text ?? '')) j++;
    if (j === head && !breaksClause(text, s.end, words[head].start)) return !seniorInstructionUndone(text, words, s.start, head, ow);
  }
  return false;
}
/**
 * "boss said do USG spine - pending approval", "Attending said order US spine - will do if parents agree": a senior's
 * instruction left pending or conditioned after its study on its line orders nothing.
 */
export function seniorInstructionWithheld(text: string, words: readonly Word[], ow: OrderWords): boolean {
  if (!seniorInstructed(text, words, ow)) return false;
  const afterStudy = text.slice(words[studyHead(words)].end);
  const lineEnd = afterStudy.search(/\r?\n/);
  return ow.seniorInstruction.withheld.test(lineEnd < 0 ? afterStudy : afterStudy.slice(0, lineEnd));
}
/**
 * The senior's instruction is history, its study's result, disputed or overridden (review r35-orders H2): history before the
 * senior in the sentence ("at last visit reg said …", "Previous reg said …"), a result, "done", "not done", "I disagree" or a
 * cancellation after the study on its line ("… - result normal 3 wks ago", "…, I disagree, reassured"), or any study named after
 * its sentence ("Addendum: xray cancelled by consultant, USG spine ordered"): it is read as before seniorInstructed was known.
 */
function seniorInstructionUndone(text: string, words: readonly Word[], senior: number, head: number, ow: OrderWords): boolean {
  const { history, undone } = ow.seniorInstruction;
  if (history.test(text.slice(words[0].start, senior))) return true;
  const afterStudy = text.slice(words[head].end);
  const lineEnd = afterStudy.search(/\r?\n/);
  const line = lineEnd < 0 ? afterStudy : afterStudy.slice(0, lineEnd);
  if (RESULT_WORD.test(line) || undone.test(line)) return true;
  const sentenceEnd = words[words.length - 1].end;
  return NAMES_A_STUDY.test(text.slice(Math.max(sentenceEnd, words[head].end)).replace(/^[^.!?\n]*/, ''));
}
