/** Orders written outside the Order and Plan fields: in prose, in a letter, under another key, or on a line of their own. */
import type { Knowledge } from '../knowledge/knowledge';
import { choiceLeftOpen } from './choice-open';
import { decisionLeftBefore } from './decision-left';
import { isOrderKeyed } from '../notes/headings';
import { orderLineDeclined } from './order-line-declined';
import type { KeyName } from '../notes/keys';
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import { doubtQueried } from './handoff';
import { type Span, lastDash } from '../notes/text';
import { work } from '../notes/work';
import { blankDevices, mayNameAStudy, readOrder } from './order';
import { DATED, perVocabulary } from './patterns';
import { type ReadingVocabulary, findAny, findMatches, longestPhraseAt, readingVocabulary } from './vocabulary';
import { forAnother } from './study-mentions';
import { keyedStudy, withoutLead } from './keyed-study';
import { isStudiesKey, resultsUnderStudiesKey } from './studies-key';
import {
  reportedUnderImagingKey,
  asksAboutStudy,
  askedPolitely,
  resultRightAfterStudy,
  recordsInTransit,
  quoted,
  ORDERED_STUDY_REPORTED,
  requestsRecords,
  reviewedStudy,
  datedWithResult,
  unreadOrder,
  resultAfterDash,
  toldAfterStudyDash,
  visitStudy,
  acuteVisit,
} from './study-mentions';
import { plannedStudy } from './planned-study';
import { planStudyToldDone } from './plan-study-told';
import {
  decidesNotToImage,
  othersWriterCue,
  proposedByOthers,
  intendedOnly,
  ordersOutright,
  governingCue,
  othersMayWant,
  orderedByOther,
  seniorInstructed,
  seniorInstructionWithheld,
  studyUndone,
} from './order-cues';
import { KEEPS_ORDER, conditionedInPlan, opensOnCourse } from './order-conditions';
import { declinedNext } from './order-withdrawn';
import { afterOrderSystem } from './order-system-route';
import { nurseProtocolStudy } from './nurse-protocol';
import { sentences, sentenceSpan, wordIndex, breaksClause, conditioned, studyTailEnd } from './clauses';
import {
  namesOnlyAWindow,
  NAMES_A_STUDY,
  NAMES_A_SERIES,
  NAMES_SPINE,
  BONE_SCAN,
  STARTS_WITH_STUDY,
  US_WORDS,
  STUDY_WORDS,
  startsWithStudy,
  studyHead,
  STUDY_TAIL,
  STUDY_HEAD,
} from './study-names';
import {
  withReconstructions,
  withOrderedIt,
  joinedToPrevious,
  adviceBefore,
  namesARole,
  confirmedStudy,
  advisedStudy,
  adviceWithheld,
  laterClauseOrder,
  afterColon,
  orderedAfter,
  afterStudyArrow,
  afterOrderArrow,
  insteadOfStudyRuledOut,
  studyAfterRuledOut,
  afterAdviceDash,
  afterFindingsDash,
  suggestionWithheld,
  supposedResult,
  afterStudyDash,
  openingOrder,
  receivingOrder,
  NO_IMAGING_YET,
  studyLed,
  ledAfterClosingLead,
  afterProblemDash,
} from './order-openings';
import { reportsStudy, tellsReport, toldPast, resultTold, reportOnNextLine, RESULT_WORD } from './study-reported';
import { declinedLater, proposalStands, recommendedThenOrdered, letterSuggestion } from './order-recommended';
import { type OrderWords, LINE_KEY, keyWords } from './order-words';
import { orderAfterNone } from './order-after-none';
import { findingsListedBefore, otherStudyDenied } from './closing-item';
import { namesNativeSpine, opensWithNativeLead, positiveOnlyStudy, undoneLater } from './positive-only-study';
import type { Facts } from './note-facts';

/** Keys a study may be ordered under, in the order they are trusted. */
export const ORDER_KEYS: KeyName[] = ['Order', 'Plan'];

/** After a requisition word, in its sentence: a question, or the request told received, vetted or turned down. */
const REQ_WEIGHED = /\?(?![A-Za-z])|\b(?:received|vetted|vetting|declined|rejected|refused|returned|not indicated|not approved)\b/i;

/**
 * "Parents req XR L-spine ?bony defect", "Mum req US spine": a requisition word with the family before it in its clause
 * (prose.askedByFamily) is their request, no cue of the writer's ("Ortho reg req CT LS spine" is a clinician's, and orders).
 */
function othersRequisition(text: string, words: readonly Word[], c: { start: number; end: number }, ow: OrderWords): boolean {
  const at = wordIndex(words, c.start);
  return findAny(words.slice(Math.max(0, at - 3), at), ow.askedByFamily).some((q) => !breaksClause(text, q.end, c.start));
}

const wrapEndWords = perVocabulary((v: ReadingVocabulary) => new Set(v.wrappedLine.endWords));

/**
 * The free text with a sentence a letter's, a fax's or a PDF's line wrapping cut in two read whole: a line of prose that
 * ends on a word no sentence ends on (reading-vocabulary.json wrappedLine), followed on the very next line by prose that
 * goes on in lower case ("… grateful for a CT of the thoracic and" / "lumbar spine with IV contrast."), is one field with
 * it, so the study and its contrast are read together. Only inferred lines of prose are joined; a terse note's lines
 * ("neuro exam normal" / "plan CT lumbar spine") and a key, a list item or a capital each open their own.
 */
function wrappedLinesJoined(text: string, fields: readonly Field[]): readonly Field[] {
  const endWords = wrapEndWords(readingVocabulary());
  return joinedToPrevious(
    text,
    fields,
    (prev, f) =>
      !!prev.inferred &&
      !!f.inferred &&
      !prev.rawKey &&
      !f.rawKey &&
      /^[a-z]/.test(f.value) &&
      endWords.has(/([a-z]+)\s*$/i.exec(prev.value)?.[1].toLowerCase() ?? '') &&
      /^[ \t]*\r?\n[ \t]*$/.test(text.slice(prev.valueSpan.end, f.valueSpan.start)),
  );
}

/** The order read from every place but the Order key and a change told. */
export function readOrderElsewhere(
  text: string,
  all: readonly Field[],
  k: Knowledge,
  orderKeyed: readonly Field[],
  closingOf: () => Field | undefined,
  ow: OrderWords,
  contrast: string | undefined,
  unread: readonly Field[],
  spelledStudies: readonly Span[],
): Facts['order'] {
  // "Radiology: MRI L-spine w/o contrast, sedation not needed", "Modality: CT lumbar spine without contrast",
  // "Examination: XR lumbar spine": a key the language does not know but that names the study to do, before
  // a value that opens on a spine study, neither told as done nor declined ("Investigations: XR L-spine
  // normal" is a result; "Radiology: US spine at 2 wk" a study done).
  for (const f of orderKeyed) {
    const o = keyedStudy(text, f, contrast, k, ow);
    if (o) return o;
  }
  // "Paraclinical: XR L-spine done, normal; MRI L-spine requested": under a key for the studies done or to do, the study to
  // do may follow one reported done (resultsUnderStudiesKey), in a sentence of its own.
  for (const f of orderKeyed) {
    const reported = isStudiesKey(f) ? resultsUnderStudiesKey(f) : [];
    if (!reported.length) continue;
    for (const m of f.value.matchAll(/[.;](?=\s)/g)) {
      const raw = f.value.slice(m.index + 1);
      const value = raw.trim();
      if (!value) continue;
      const start = f.valueSpan.start + m.index + 1 + raw.indexOf(value);
      // Not before the study reported, nor that study itself ("Ix: CBC, ESR; XR L-spine - pars defect L5").
      if (start <= reported[0].valueSpan.start || reported.some((r) => r.valueSpan.start === start)) continue;
      const o = keyedStudy(text, { ...f, value, valueSpan: { start, end: start + value.length } }, contrast, k, ow);
      if (o) return o;
    }
  }
  let proposed: Facts['order'];
  for (const name of ORDER_KEYS) {
    for (const f of all) {
      if (f.key?.name !== name || !f.value) continue;
      // "Imaging: will let day team decide (MRI vs XR) after ortho sees her": an Order line that leaves the choice to later.
      if (name === 'Order' && (reportedUnderImagingKey(text, f, ow) || decisionLeftBefore(text, f, f, ow))) continue;
      // "Imaging: XR considered - not indicated": its one study weighed and declined right after it (order-line-declined.ts).
      if (name === 'Order' && orderLineDeclined(text, f, ow)) continue;
      // "Imaging: MRI vs XR", "Order: MRI or XR?": two studies offered and none chosen orders neither (choice-open.ts).
      if (choiceLeftOpen(text, f.value, f.valueSpan.end, ow)) continue;
      // "Plan: no imaging at this time; … if persists, consider XR L-spine": a study named only on a condition is not ordered.
      const noneNow = name !== 'Order' && findAny(toWords(f.value), ow.noImaging).length > 0;
      if (name !== 'Order') {
        const planned = plannedStudy(text, f, contrast, k, ow, noneNow);
        if (planned === 'none') continue;
        if (planned) return planned;
      }
      // A Plan sentence may decide against the study ("Plan: PT; MRI L-spine if no improvement", "mom
      // requests MRI; explained not indicated"); an Order line is the order.
      // A Plan that only conditions its study ("PT; MRI L-spine if no improvement", "If no better in 2 weeks, MRI
      // L-spine") does not order it: the corpus reads a conditional study as no order, as in prose.
      // A Plan naming its one study only to tell it done, as its reason ("reassured given normal MRI", "reassurance, MRI was
      // normal"), orders nothing either (plan-study-told.ts).
      const declined = (g: Field) => {
        if (name === 'Order') return false;
        if (decidesNotToImage(text, g, ow, false, noneNow || !KEEPS_ORDER.test(g.value))) return true;
        // The value's words, cut once for the readers below (none changes them), not once per reader.
        const words = toWords(g.value, g.valueSpan.start);
        return (
          othersMayWant(text, words, ow) ||
          conditionedInPlan(text, g, ow) ||
          declinedNext(text, g, f.valueSpan.end, ow) ||
          asksAboutStudy(g, words, ow, text.slice(g.valueSpan.end, f.valueSpan.end)) ||
          resultRightAfterStudy(text, words, ow) ||
          resultInLaterClause(text, g, ow) ||
          onlyAPriorStudy(g.value, ow) ||
          planStudyToldDone(text, words, ow) ||
          toldAfterStudyDash(g.value, (b) => readOrder(b, contrast, k).status === 'recognized', ow) ||
          recordsInTransit(text, words, ow)
        );
      };
      const others = (g: Field) => name !== 'Order' && proposedByOthers(text, toWords(g.value, g.valueSpan.start), ow);
      const reading = readOrder(f.value, contrast, k);
      const whole = (reading.status === 'recognized' || (name === 'Order' && reading.status === 'not-spine')) && !declined(f);
      if (whole && !others(f)) return { field: f, reading };
      for (const s of studyLines(sentences(f), ow)) {
        if (namesOnlyAWindow(s.value)) continue;
        const r = readOrder(s.value, contrast, k);
        if (r.status !== 'recognized' || declined(s)) continue;
        if (!others(s)) return { field: s, reading: r };
        // "Plan: Mom asking for MRI - physio first": a proposal the plan answers with another step is none (proposalStands).
        proposed ??= proposalStands(text, { field: s, reading: r }, ow, false);
      }
      if (whole) proposed ??= proposalStands(text, { field: f, reading }, ow, false);
    }
  }
  // A sentence of the free text with an order cue or a request ("ordered spinal US", "Cervical spine
  // X-ray please", "I would be grateful if you could arrange an ultrasound of his lower spine"), unless
  // it decides against the study or tells it as done ("Repeat US was normal"), or its request is about
  // something else ("please review the MRI from 2024"). An explicit order ("US spine ordered today", "I
  // would be grateful if you could arrange…") beats a weaker cue met before it ("I appreciate that an MRI…").
  // The note's last line, when it is too short for prose ("Bone scan.", "Repeat US."), is read as its closing sentence.
  const closing = closingOf();
  const prose = wrappedLinesJoined(text, closing ? [...all, closing] : all);
  let weak: Facts['order'];
  // Another clinician's own explicit order ("Onc has ordered MRI whole spine"): the note's, unless the writer orders outright.
  let othersOrder: Facts['order'];
  for (const f of prose) {
    if (!f.inferred || !f.value) continue;
    for (const told of withOrderedIt(text, withReconstructions(text, withRelativeOrders(text, sentences(f), ow), ow), ow)) {
      // "MRI waiting list 3 months -> requesting CT L-spine": the writer's request after the arrow is read on its own, as is
      // advice after a dash ("Sent to ED - recommend CT thoracolumbar spine").
      // "Ix: ICE - US spine requested": the order system's name before a dash is the request's route (order-system-route.ts).
      const s = afterOrderArrow(told, ow) ?? afterAdviceDash(told, ow) ?? afterFindingsDash(text, told, ow) ?? afterOrderSystem(told, ow) ?? told;
      // "RN started XR L-spine per protocol; MD aware, ok to proceed": a nurse's protocol study, started with no order word of
      // main's ("Triage RN ordered XR … per protocol" is read as before), is the order as the study's own line would be.
      const nurse = s === told ? nurseProtocolStudy(text, told, ow) : undefined;
      if (nurse && !findAny(toWords(told.value), ow.cues).length) {
        const rn = readOrder(nurse.value, contrast, k);
        if (rn.status === 'recognized' && !declinedNext(text, nurse, f.valueSpan.end, ow) && !decidesNotToImage(text, nurse, ow)) return { field: nurse, reading: rn };
      }
      const words = toWords(s.value, s.valueSpan.start);
      // Every reading below ends on readOrder's study; most sentences of prose name none, and their cues need no weighing.
      if (!mayNameAStudy(s.value, words, k)) continue;
      // "Previously advised MRI LS spine, not done", "Ortho advised MRI LS spine last year": advice given before is no order now.
      // "I was going to order a spinal US - is it needed?": an intention not carried out orders nothing.
      const undone = intendedOnly(text, words, ow);
      // "XR L-spine - req done, result normal": a requisition with its result told after it is a study done, no cue.
      const reported = (c: { start: number; end: number }) =>
        ow.requisitionWords.has(words[wordIndex(words, c.start)].text) && RESULT_WORD.test(/^(?:[^.!?\n]|\?(?=[A-Za-z]))*/.exec(text.slice(c.end))?.[0] ?? '');
      // "XR req: XR L-spine if no better", "MRI req - received via EPIC", "CHG REQ | 01922": a requisition word before a colon, a dash or a bar keys
      // the requisition's line (keyed-study.ts reads it), no cue; "US L-spine req." closing its clause is one.
      // "Req CT L-spine?" asks; "Req CT L-spine received from GP, vetted: declined" is another's request weighed: neither orders.
      // A query opening a suspicion ("Req XR sacrum/L-spine AP+lat ?bony defect") is the reason asked, no question of the request.
      const keyed = (c: { start: number; end: number }) =>
        ow.requisitionWords.has(words[wordIndex(words, c.start)].text) &&
        (/^[ \t]*(?::|\||-\s|\u2013|\u2014)/.test(text.slice(c.end, c.end + 4)) ||
          REQ_WEIGHED.test(text.slice(c.end, s.valueSpan.end)) ||
          doubtQueried(text.slice(c.end, s.valueSpan.end)) ||
          othersRequisition(text, words, c, ow));
      const cueWords = findAny(words, ow.cues);
      // Its only order words in a bracket beside a study told done before: no order of the writer's, read or outright.
      if (cueWords.length && cueWords.every((c) => bracketedBeforeNow(s, c))) continue;
      const cues = cueWords.filter(
        (c) =>
          !adviceBefore(s, words, wordIndex(words, c.start), ow) &&
          !undone.has(c.start) &&
          !namesARole(words, c, ow) &&
          !othersWriterCue(text, words, wordIndex(words, c.start), ow) &&
          !reported(c) &&
          !keyed(c),
      );
      const confirm = confirmedStudy(text, words, ow);
      if (confirm) cues.push(confirm);
      // "provider may want an ultrasound of the spine": another clinician's possible later wish orders nothing.
      if (othersMayWant(text, words, ow)) continue;
      // "reg said do xray LS spine AP lat": a senior's instruction, carried out by the writer, is advice given.
      // "boss said do USG spine - pending approval": left pending or conditioned, it orders nothing.
      if (seniorInstructionWithheld(text, words, ow)) continue;
      const adviceGiven = advisedStudy(s, words, ow, text) || seniorInstructed(text, words, ow);
      // "Advised MRI L-spine if symptoms persist", "Advised MRI; parents refused": advice withheld orders nothing.
      if (adviceGiven && adviceWithheld(text, s, f.valueSpan.end, ow)) continue;
      const advised = adviceGiven;
      // "CT C-spine stat", "I have placed US spinal canal": an order outright without a cue word.
      // "Requests MRI whole spine w/o contrast.": a proposal with its subject left out (droppedSubjectProposal).
      // Read at most once a sentence, and only where it decides something.
      let outrightOnce: boolean | undefined;
      const saysOutright = () => (outrightOnce ??= ordersOutright(text, words, ow));
      const dropped = !cues.length && !advised && !saysOutright() && droppedSubjectProposal(text, words, ow);
      if (!cues.length && !advised && !dropped && !saysOutright()) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status !== 'recognized' || declinedNext(text, s, f.valueSpan.end, ow)) continue;
      if (decidesNotToImage(text, s, ow)) {
        // "please no XR - MRI L-spine w/o instead", "pls hold MRI and US spine today": after the study declined,
        // a clause of its own may name the one wanted.
        weak ??= laterClauseOrder(text, s, words, contrast, k, ow);
        continue;
      }
      // "? need for USS", "Should I order an MRI?": a question about the study orders nothing; a request asked as one
      // ("Could you arrange an US spine?") still does.
      if (asksAboutStudy(s, words, ow) || askedInSentence(text, s, ow)) continue;
      // Chiropractic referral: "… Please order MRI.": a request quoted from someone else's letter is theirs, not the writer's order.
      if (quoted(f, s)) continue;
      // "The USS I arranged at 6 weeks was reported as …": the study of an order told with its report was done before.
      if (ORDERED_STUDY_REPORTED.test(s.value) || requestsRecords(words, ow)) continue;
      if (dropped) {
        const found = { field: s, reading: r };
        if (!reportsStudy(words) && !DATED.test(s.value) && !toldPast(s.value) && !RESULT_WORD.test(s.value) && !conditioned(s.value)) proposed ??= proposalStands(text, found, ow);
        continue;
      }
      // "Recommend MRI lumbosacral spine - letter to GP": a suggestion opening the sentence is a weak cue, which an order
      // told outright elsewhere in the note wins over ("A (radiology): Recommend MRI … PCP: MRI … ordered").
      const suggested = advised && ow.adviceSuggests.has(words[0].text);
      const outright = (advised && !suggested) || saysOutright();
      // Another's suggestion told on, one told done, argued against or taken back, or of no spine region: no ask (suggestionWithheld).
      const cue = outright ? 'explicit' : (governingCue(words, cues, ow) ?? (suggested && !suggestionWithheld(text, told, s, words, ow) ? 'weak' : undefined));
      if (
        !cue ||
        (cue === 'weak' && ((reportsStudy(words) && !(suggested && supposedResult(words))) || DATED.test(s.value) || reviewedStudy(text, words, ow) || seenOnStudy(words, ow))) ||
        recordsInTransit(text, words, ow)
      )
        continue;
      // "will complete evaluation: MRI L-spine w/o contrast": after a colon, the study is what follows it; "Too old
      // now for USS to be reliable so have requested MRI L-spine": after the order word, the study it governs.
      // "Hair tuft w/ abnormal spinal US - MRI L-spine w/o contrast ordered": after a dash, the study that clause orders, when
      // it is of another kind than the one the sentence names first (of the same kind, the sentence reads as it).
      const dashed = afterStudyDash(text, s, ow);
      const otherKind = dashed && readOrder(dashed.value, contrast, k).procedure?.modality !== r.procedure?.modality ? dashed : undefined;
      const item = [afterColon(s), orderedAfter(text, s, words, ow), afterStudyArrow(s), otherKind].find(
        (x) => x !== undefined && readOrder(x.value, contrast, k).status === 'recognized',
      );
      const ri = item && readOrder(item.value, contrast, k);
      // "MRI L-spine ordered by PCP in 2023 showed no abnormality": dated and read, a study of another time;
      // "the plan denied this request because a spinal ultrasound was normal": a request told about a study read.
      const studyWords = ri?.status === 'recognized' ? toWords(item!.value, item!.valueSpan.start) : words;
      const own = (ri?.status === 'recognized' ? ri : r).procedure?.modality;
      if (datedWithResult(text, s, own, k) || (!outright && reportsStudy(studyWords) && !(suggested && supposedResult(studyWords)))) continue;
      const found = ri?.status === 'recognized' ? { field: item!, reading: ri } : { field: s, reading: r };
      // "Mom wants an x-ray - ordered XR lumbar spine": the writer's own order word wins over the proposal.
      if (!outright && proposedByOthers(text, words, ow)) proposed ??= proposalStands(text, found, ow);
      // "Ortho arranged XR; I have ordered MRI L-spine today": another's own order is the note's only when the writer's is none.
      else if (cue === 'explicit' && !advised && orderedByOther(text, words, ow)) othersOrder ??= found;
      // "GP ordered XR L-spine; I have ordered MRI L-spine if XR abnormal": beside another's order, the writer's own wins only
      // when it is plain (plainOrder); else the other's stands.
      else if (cue === 'explicit') {
        if (!othersOrder || plainOrder(text, s, words, ow)) return found;
      }
      // "MRI recommended but parents declined today - want to wait": a study only recommended and refused in its own sentence.
      // "C T lumbar spine for sister": a weak cue's study for a relative is the relative's (review r50-2 073).
      else weak ??= declinedLater(text, found, ow) || declinedInSentence(s, ow) || forAnother(s.value, ow) ? undefined : found;
    }
  }
  if (othersOrder) return othersOrder;
  // "Findings: deep dimple and tuft. Order US spine.", "FHx: mother has SBO. … Order US spine.": a sentence
  // of a keyed value that opens on an order verb is the writer's own order, whatever the key.
  const opening = openingOrder(text, all, contrast, k, ow);
  if (opening) return opening;
  // "Prior imaging: none; XR L-spine ordered": after a history line's own "none", the study told ordered is today's.
  const afterNone = orderAfterNone(text, all, contrast, k, ow);
  if (afterNone) return afterNone;
  const recommended = recommendedThenOrdered(text, all, contrast, k, ow);
  if (recommended) return recommended;
  const receiving = receivingOrder(text, contrast, k, ow);
  if (receiving) return receiving;
  const outright = unreadOrder(text, unread, contrast, k, ow);
  if (outright) return outright;
  if (weak) return weak;
  // "… neuro nl. US spine.": a narrative that ends on a study named as a sentence of its own is ordering
  // it; so is a bullet of a plan ("- MRI lumbar spine without contrast") and a closing list item ("34 yo
  // F, sacral dimple, MRI L-spine w/o"). Only the last sentence, only one that starts with the study,
  // never one that tells a result, a date or where it was done, and never one that decides against the
  // study or tells it as done ("MRI not indicated", "XR obtained in ED", "US spine 01/2025").
  // The closing study may be followed by a sentence or two that name no study ("MRI entire spine w/wo
  // STAT. Neurosurgery consulted.", "MRI whole spine w/o; referred to neurosurgery"). A line that heads
  // the note with its study ("Requisition - MRI lumbar spine w/o", "Protocol note - MRI L-spine w/wo
  // requested") names the study to do.
  for (const f of prose) {
    if (!f.inferred || !f.value) continue;
    let l = lastSentence(f);
    // "No prior imaging." names no study to do.
    // "restraints per policy, MRI-safe restraints requested from transport" names no study (blankDevices).
    // "→ Scoliosis series (PA + lat, standing). Ortho if Cobb >20°." names its study as a series.
    const namesStudy = (v: string) => NAMES_A_STUDY.test(blankDevices(v, k.vocabulary)) || NAMES_A_SERIES.test(v);
    // "neuro intact. XR T+L spine. CT abdo by surg team", "?lymphoma ?TB. bone scan. FBC film LDH ESR CXR": a closing
    // sentence whose study is of another body part, or that names no spine study it can read (blood tests, a chest
    // film), is passed over as one naming no study is.
    const otherStudy = (v: string) => !NAMES_SPINE.test(v) && !BONE_SCAN.test(v.trim()) && readOrder(v, contrast, k).status !== 'recognized';
    // "XR entire spine AP/lat today; MRI to follow under sedation tomorrow": a study told as the step to follow, naming no
    // region of its own, is the next step after today's study, passed over as one naming no study is.
    const laterStep = (v: string) => LATER_STEP.test(v) && !NAMES_SPINE.test(v);
    // "Neuro exam nl. XR L-spine. If still sore in a month will consider MRI.": a closing sentence opening on a condition of the
    // course is the step after, on that condition; the study before it is the one done now (order-conditions.ts opensOnCourse).
    const nextOnCourse = (v: string) => opensOnCourse(v, ow);
    const passedOver = (v: string) => !namesStudy(v) || NO_IMAGING_YET.test(v) || otherStudy(v) || studyOnlyAsCondition(v) || laterStep(v);
    let skippedOnCourse = false;
    for (let skipped = 0; l && skipped < 2 && (passedOver(l.value) || (skipped === 0 && nextOnCourse(l.value))); skipped++) {
      // Narrowed after review r54: the course's "If …" sentence is passed over only as the note's last sentence, and then the
      // sentence right before it must be the study ("XR L-spine. NAD. If still sore, MRI.", "XR L-spine. Cancelled. If …"
      // read no order, as on main): the pass-over uses up no skip on another sentence.
      if (!passedOver(l.value)) {
        skippedOnCourse = true;
        l = lastSentence(before(f, l));
        break;
      }
      // "XR L-spine. Normal.", "CT L-spine. No fracture.", "MRI L-spine. Conus low at L3.": the study was
      // done and this is its report, not an order.
      if (tellsReport(l.value)) {
        l = undefined;
        break;
      }
      l = lastSentence(before(f, l));
    }
    // "Emergent MRI entire spine w/wo. Neurosurgery paged.": a word of urgency before the study.
    // "MRI c/i (pacemaker) → CT myelogram whole spine": the study after the arrow, in place of the one ruled out (round 54).
    const opened = l && (studyAfterRuledOut(l, ow) ?? studyLed(withoutLead(l)) ?? ledAfterClosingLead(l, ow, k) ?? headedStudy(l, ow));
    const problemPlan = l && afterProblemDash(text, l, ow);
    const led = opened ?? problemPlan;
    const s = led && (studyInPlace(led, ow) ?? led);
    if (!s || !(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value)) || toldPast(s.value) || DATED.test(s.value) || s.value.includes(':') || resultTold(s.value)) continue;
    // "RTG kręgosłupa Th-L.", "MR bederní páteře bez kontrastu.": named in the writer's own words of the spine, the study is
    // the order only as its name alone; that language's words of time, condition or refusal are not read (round 54, fix54e).
    const rv = readingVocabulary();
    if (namesNativeSpine(s.value, rv) && !positiveOnlyStudy(s.value, rv)) continue;
    // Narrowed after review r54: such a study, or one led by "Zlecam", is the order only when nothing after it in the note
    // undoes or replaces it ("Zlecam USG kręgosłupa. Rodzice odmówili.", "RTG kręgosłupa Th-L." then "Parents declined.").
    if ((namesNativeSpine(s.value, rv) || (l !== undefined && opensWithNativeLead(l.value, rv))) && undoneLater(text.slice(s.valueSpan.end), rv)) continue;
    // "9 mo F, tuft of hair over the sacrum. MRI lumbar spine?": a study closing the note with a question mark is asked, not
    // ordered (review r50 022, typed or spelled "M R I").
    if (/^\s*\?\s*$/.test(s.value.slice(-1) + text.slice(s.valueSpan.end)) || /^[^\S\n]*\?\s*$/.test(text.slice(s.valueSpan.end))) continue;
    // "C T lumbar spine for sister", "M R I lumbar spine in 6 weeks", "… when older", "… next month": a closing study for a
    // relative or put off to a time to come is no order now (review r50-2 073 097).
    // The time to come only for a study whose letters were spelled ("M R I", as the language view joined them: its
    // spelledStudies, not the padding the join leaves, which a typed "CT  lumbar spine" has too): typed, "MRI L-spine w/o (next week)", "XR whole
    // spine at next visit", "XR … in 2 projections" stay read as on main (corpus identity).
    // Before a step on the course's condition, only a study plainly told for now (plainStudy): "XR L-spine next visit. If still
    // sore, MRI.", "XR L-spine - no fracture. If still sore, MRI." read no order (as main reads them without that sentence).
    if (skippedOnCourse && !plainStudy(s.value, ow)) continue;
    if (forAnother(s.value, ow) || (spelledStudies.some((j) => j.start === s.valueSpan.start) && (TIME_AHEAD_UNIT.test(s.value) || CLOSING_LATER.test(s.value)))) continue;
    // "XR L-spine clear.": its result told right after it.
    if (resultRightAfterStudy(text, toWords(s.value, s.valueSpan.start), ow) || resultAfterDash(s.value, ow)) continue;
    // "XR L-spine\nNo fracture.": its report on the next line.
    if (reportOnNextLine(text, f.valueSpan.end)) continue;
    // "MRI LUMBAR SPINE WITHOUT CONTRAST\nClinical history: …\nTechnique: …\nFindings: …\nImpression: …": a report's title.
    if (headsReport(text, f.valueSpan.end, ow)) continue;
    const r = readOrder(s.value, contrast, k);
    // "MRI L-spine. Not indicated.", "Mom wants → MRI L-spine. Not indicated.": a sentence after it that declines it.
    // "MRI not available until Monday - US spine today": the study in place of one held back (studyInPlace) is read without the
    // clause before its dash, whose negation is the other study's (review r33-orders 6).
    // "MRI c/i (pacemaker) → CT myelogram whole spine": the study after the arrow is done in place of the one ruled out before
    // it (order-openings.ts insteadOfStudyRuledOut), whose ruling-out is read without it, as before a dash.
    // "1. Back pain, hx ALL (C91.01) - bone scan whole body": a problem list item's plan is read without its problem before the
    // dash, whose history or negation ("hx ALL", "no red flags") is the problem's (afterProblemDash has read it the patient's own).
    // Read so whichever reading found the study in the plan ("… - CBC, LDH, bone scan whole body" is a closing list item too).
    const planned = problemPlan !== undefined && l !== undefined && s.valueSpan.start >= problemPlan.valueSpan.start;
    const ruledOutBefore =
      s === led && l !== undefined && led.valueSpan.start > l.valueSpan.start && insteadOfStudyRuledOut(text.slice(l.valueSpan.start, led.valueSpan.start), led.value, ow);
    const heldFrom = (planned || ruledOutBefore) && l ? l.valueSpan.start : s === led ? undefined : led.valueSpan.start;
    const own = heldFrom === undefined ? text : text.slice(0, heldFrom) + ' '.repeat(s.valueSpan.start - heldFrom) + text.slice(s.valueSpan.start);
    // "…, no leg pain, MRI lumbar spine w/o": a closing list item is past the negation of the findings listed before it.
    const listed =
      l !== undefined && s.valueSpan.start > l.valueSpan.start
        ? (cues: readonly Span[], at: number) => findingsListedBefore(own, cues, at, k, ow) || otherStudyDenied(own, cues, at, ow)
        : undefined;
    if (r.status === 'recognized' && !decidesNotToImage(own, s, ow, true, true, listed) && !declinedNext(text, s, f.valueSpan.end, ow) && !declinedInSentence(s, ow))
      return { field: s, reading: r };
  }
  return proposed ?? letterSuggestion(text, all, contrast, k, ow) ?? visitStudy(text, [...prose, ...unread], contrast, k, ow, acuteVisit(text, ow));
}

/**
 * The study's line heads a report pasted into the note: among the next REPORT_LINES filled lines, before a plan's or an
 * order's key, at least two of a report's section keys with text (prose.bareStudyKeys.reportKeys: "Technique:", "Findings:",
 * "Impression:"), one of them a key only a report fills, told done (reportContentKeys, reportPending: "Technique: sag T1 T2",
 * not "Technique: to be protocolled by radiology"; an exam's "Findings: tender L4" and "Impression: ?spondylolysis" are the
 * writer's own). The study is the one reported, done, not an order; a plan after the report still orders its own.
 */
function headsReport(text: string, end: number, ow: OrderWords): boolean {
  const seen = new Set<string>();
  let content = false;
  let at = end;
  for (let n = 0; n < REPORT_LINES && at < text.length;) {
    const nl = text.indexOf('\n', at);
    const from = nl < 0 ? text.length : nl + 1;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    at = to;
    const line = text.slice(from, Math.min(to, from + 80));
    work.steps += line.length;
    if (!line.trim()) continue;
    n++;
    const key = LINE_KEY.exec(line);
    if (!key) continue;
    const name = keyWords(key[1]);
    if (ORDER_KEYS.some((k) => k.toLowerCase() === name)) break;
    // An order form's empty fields ("Findings: -") and a protocol to come ("Technique: to be protocolled") are no report's.
    const told = line
      .slice(key[0].length)
      .replace(/[\s\-\u2013\u2014.:_/]+/g, ' ')
      .trim();
    if (!told || !ow.bareStudyKeys.reportKeys.has(name)) continue;
    seen.add(name);
    if (ow.bareStudyKeys.reportContentKeys.has(name) && !ow.bareStudyKeys.reportPending.test(told)) content = true;
    if (seen.size >= 2 && content) return true;
  }
  return false;
}
/**
 * The writer's order in sentence s is plain: on no condition, with no decision against the study after its name in its sentence
 * ("I have ordered bloods and MRI is not needed": prose.declinedAfter), and not withheld or undone after it (studyUndone: "…
 * MRI cancelled by attending, XR only"). Only such an order outranks another service's told before it.
 */
function plainOrder(text: string, s: Field, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0 || conditioned(s.value)) return false;
  return !findAny(words.slice(head), ow.declinedAfter).length && !studyUndone(text, words[head].end, ow);
}
/** How many filled lines after a study's line are read for a report's sections. */
const REPORT_LINES = 8;

/**
 * A clause of a sentence that opens on an asking word (prose.askingOpeners) and closes on a question mark: "Do ID want any
 * imaging to look for a deep focus (spine / bone scan) before we switch to oral, or just complete 2 wks?" asks about every
 * study in it, whichever clause names it (asksAboutStudy reads a question mark closing the study's own clause). Never a
 * request asked as a question ("Could you please arrange an MRI L-spine, ideally this week?", prose.requestCues), nor one
 * answered yes after its mark ("Should we get an MRI L-spine, given the night pain? Yes - booked").
 */
function askedInSentence(text: string, s: Field, ow: OrderWords): boolean {
  const span = sentenceSpan(text, s.valueSpan);
  // Its mark closes the sentence, or the clause itself when the clause holds it ("Do ID want a bone scan?").
  const mark = text[span.end] === '?' ? span.end : text[span.end - 1] === '?' ? span.end - 1 : -1;
  if (mark < 0) return false;
  const words = toWords(text.slice(span.start, mark), span.start);
  if (!words.length || !findAny(words, ow.asking).some((a) => a.start === words[0].start) || askedPolitely(words, ow)) return false;
  const answer = toWords(text.slice(mark + 1, sentenceSpan(text, { start: mark + 1, end: mark + 1 }).end));
  return !(answer.length > 0 && findAny(answer, ow.answersYes).some((a) => a.start === answer[0].start));
}

/**
 * "MRI recommended but parents declined today - want to wait", "US spine - parents not keen, will think about it": the closing
 * study refused in its own sentence (prose.adviceDeclined), before a dash or after it, is no order. Only a sentence of one
 * study: beside another ("XR declined, US spine instead") the refusal may be the other's. Only a refusal of the study itself:
 * one whose clause goes on to name something else ("US spine today - parents refused blood tests", "MRI L-spine w/o - parents
 * refused GA, so feed and wrap", "US spine this week, mum refused referral to plastics") leaves the study ordered.
 */
/**
 * A sentence that opens on a proposal with its subject left out (order-vocabulary prose.droppedSubjectProposals: "Requests MRI
 * whole spine w/o contrast", "Wants an MRI."), the study's name right after it or past an article ("Requests copy of MRI" asks for a record).
 */
function droppedSubjectProposal(text: string, words: readonly Word[], ow: OrderWords): boolean {
  if (!words.length) return false;
  const after = longestPhraseAt(words, 0, ow.droppedSubjectProposals);
  if (after <= 0) return false;
  const head = studyHead(words);
  return (
    (head === after || (head === after + 1 && /^(?:a|an|the|urgent|an urgent)$/.test(words[after].text))) &&
    !breaksClause(text, words[after - 1].end, words[head].start) &&
    !text.slice(words[head].end, words[words.length - 1].end + 2).includes('?')
  );
}

function declinedInSentence(s: Field, ow: OrderWords): boolean {
  const words = toWords(s.value, s.valueSpan.start);
  if (words.filter((w) => STUDY_HEAD.has(w.text)).length > 1) return false;
  return findMatches(words, ow.adviceDeclined).some((m) => refusesTheStudy(s, words, m.to, ow));
}

/** The words after a refusal, to its clause's end, name nothing but the study, imaging, when or who (prose.refusalOwnWords). */
function refusesTheStudy(s: Field, words: readonly Word[], from: number, ow: OrderWords): boolean {
  for (let i = from; i < words.length; i++) {
    const gap = s.value.slice(words[i - 1].end - s.valueSpan.start, words[i].start - s.valueSpan.start);
    if (/[,;.:()\-\u2013\u2014]/.test(gap) || ow.refusalClauseEnds.has(words[i].text)) return true;
    if (!STUDY_HEAD.has(words[i].text) && !ow.refusalOwnWords.has(words[i].text)) return false;
  }
  return true;
}

/**
 * "A/P: 11 yo with 5 wk LBP with night pain; XR normal.": a clause after the first (past a semicolon or a comma) that opens
 * on a study told with its result right after it (resultRightAfterStudy) reports that study, so the value read whole is no
 * order of it; its sentences are still read one by one ("XR normal; MRI L-spine w/o" orders the MRI).
 */
function resultInLaterClause(text: string, g: Field, ow: OrderWords): boolean {
  if (!/[;,]/.test(g.value)) return false;
  for (const m of g.value.matchAll(/[;,]\s*/g)) {
    const from = m.index + m[0].length;
    const end = g.value.slice(from).search(/[;,.\n]/);
    const clause = g.value.slice(from, end < 0 ? g.value.length : from + end);
    if (clause && resultRightAfterStudy(text, toWords(clause, g.valueSpan.start + from), ow)) return true;
  }
  return false;
}

/**
 * "XR L-spine 2 wks ago (ordered at UC): no fracture": an order word inside a bracket, where the sentence outside it tells
 * the study done before (toldPast, a date), says who ordered that study, not that the writer orders it now. Not when the
 * sentence outside tells no time ("MRI L-spine (ordered today)", "US spine (requested by me)").
 */
function bracketedBeforeNow(s: Field, c: { start: number; end: number }): boolean {
  const open = s.value.lastIndexOf('(', c.start - s.valueSpan.start);
  if (open < 0) return false;
  const close = s.value.indexOf(')', open);
  if (close >= 0 && close < c.end - s.valueSpan.start) return false;
  const outside = s.value.slice(0, open) + (close < 0 ? '' : s.value.slice(close + 1));
  return toldPast(outside) || DATED.test(outside);
}

/**
 * "A/P: 8 mo with simple sacral dimple and normal prior spine US.": a value whose one study is named as one done before
 * (prose.priorStudyNamed: "prior spine US", "previous MRI") tells that study as the assessment's reason, no order of it.
 */
function onlyAPriorStudy(value: string, ow: OrderWords): boolean {
  if (!ow.priorStudyNamed.test(value)) return false;
  let studies = 0;
  for (const _ of value.matchAll(STUDIES_NAMED)) if (++studies > 1) return false;
  return studies === 1;
}
const STUDIES_NAMED = new RegExp(NAMES_A_STUDY.source, 'gi');

/** A study told as the step after another: "MRI to follow", "MRI will follow". */
const LATER_STEP = /\b(?:to follow|will follow)\b/i;

/** The part of f before its sentence l. */
function before(f: Field, l: Field): Field {
  const value = f.value.slice(0, l.valueSpan.start - f.valueSpan.start);
  return { ...f, valueSpan: { start: f.valueSpan.start, end: f.valueSpan.start + value.length }, value };
}

/** "Requisition - MRI lumbar spine w/o", "Protocol note - MRI L-spine w/wo": after a heading of order words and a dash, the study. */
function headedStudy(l: Field, ow: OrderWords): Field | undefined {
  const m = /^([A-Za-z][A-Za-z ]{1,40}?)\s+[-\u2013\u2014]\s+/.exec(l.value);
  if (!m) return purposeLabelled(l, ow);
  // "UR RN review - NM bone scan with SPECT, lumbar spine", "Prior auth - MRI L-spine w/o": a note handling the study requested.
  if (!m || !(isOrderKeyed(m[1].replace(/\s+(?:note|form)$/i, '')) || findAny(toWords(m[1]), ow.requestHandling).length)) return undefined;
  const value = l.value.slice(m[0].length);
  if (!STARTS_WITH_STUDY.test(value)) return undefined;
  const start = l.valueSpan.start + m[0].length;
  return { ...l, valueSpan: { start, end: l.valueSpan.end }, value };
}

/**
 * "Routine surveillance: MRI whole spine without and with IV contrast.", "Parents requesting further imaging, after discussion:
 * MRI L-spine w/o.": the study after a colon whose label, the clause before it after its last comma, is wholly a phrase of
 * prose.purposeLabels (what the study is for, or that it was settled with the family). Not "Previous imaging: MRI L-spine",
 * "Sibling: MRI spine", which no such label heads; the caller still sets aside a study told done, dated, read or declined.
 */
function purposeLabelled(l: Field, ow: OrderWords): Field | undefined {
  const colon = l.value.indexOf(':');
  if (colon < 0 || l.value.indexOf(':', colon + 1) >= 0) return undefined;
  const label = l.value.slice(l.value.lastIndexOf(',', colon) + 1, colon).trim();
  const words = toWords(label);
  if (!words.length || longestPhraseAt(words, 0, ow.purposeLabels) !== words.length) return undefined;
  const raw = l.value.slice(colon + 1);
  const value = raw.trim();
  if (!startsWithStudy(value) || heldUnderLabel(value, ow)) return undefined;
  const start = l.valueSpan.start + colon + 1 + raw.indexOf(value);
  return { ...l, valueSpan: { start, end: start + value.length }, value };
}

/**
 * A study under a purpose label that is no order now: conditioned, put ahead in time or on a schedule, or told with its
 * result (prose.purposeLabelHeld: "Routine surveillance: MRI whole spine in 12 months if stable", "… w/wo 6-monthly",
 * "Screening: MRI L-spine w/o showed a fatty filum"); with a time ahead in numbers ("in 12 months", "at 6 months", "6-monthly"),
 * a dash before what follows the study ("Screening: MRI L-spine w/o - fatty filum, referred to NSx"), or a relative's study
 * ("Screening: MRI L-spine w/o for sister"), or a question ("Re spine: MRI L-spine?").
 */
function heldUnderLabel(value: string, ow: OrderWords): boolean {
  // "Re spine: MRI L-spine?": a question closing the study asks it ("?relapse" before a word queries the indication).
  if (/\?(?![A-Za-z])/.test(value)) return true;
  return findAny(toWords(value), ow.purposeLabelHeld).length > 0 || TIME_AHEAD.test(value) || /\s[-\u2013\u2014]\s*\S/.test(value) || forAnother(value, ow);
}
/** A time to come in words after a closing study ("when older", "next month", "later", "in a few weeks"). */
const CLOSING_LATER =
  /\b(?:when (?:(?:she|he|they) (?:is|are|gets?) )?older|next (?:week|month|year|visit)|later|in (?:a|one|two|three|six|few|several) (?:days?|weeks?|months?|years?))\b/i;
/** A time ahead in numbers with its unit ("in 6 weeks", "at 12 months"; not "in 2 projections"). */
const TIME_AHEAD_UNIT = /\b(?:in|within|after|at|by)\s+\d+\s*(?:days?|d|weeks?|wks?|w|months?|mo|mos|mths?|m|years?|yrs?|y)\b/i;
const TIME_AHEAD =
  /\b(?:in|within|after|at|by)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?\d+\s*(?:days?|d|weeks?|wks?|w|months?|mo|mos|mths?|m|years?|yrs?|y)?\b|\b\d+\s*-?\s*(?:weekly|monthly|yearly)\b/i;

/**
 * "MRI not available until Monday - CT lumbar spine with contrast today", "MRI declined by parents - XR L-spine": a closing
 * sentence whose study is held back before its last spaced dash (a word of prose.notOrder, its "not available until" too, or
 * of prose.adviceDeclined) and whose part after the dash opens on another study: that study, done in its place.
 */
function studyInPlace(s: Field, ow: OrderWords): Field | undefined {
  const dash = lastDash(s.value);
  if (dash < 0) return undefined;
  const raw = s.value.slice(dash + 1);
  const value = raw.trim();
  if (!startsWithStudy(value)) return undefined;
  const held = toWords(s.value.slice(0, dash));
  if (!findAny(held, ow.notOrder).length && !findAny(held, ow.adviceDeclined).length) return undefined;
  const start = s.valueSpan.start + dash + 1 + raw.indexOf(value);
  return { ...s, valueSpan: { start, end: start + value.length }, value };
}

/**
 * "Concern for spondylolysis not seen on plain film": a finding told seen or not seen on a study (prose.seenOn), the study
 * named within two words after it ("on plain film", "on her x-rays"), tells that study looked at, done. Not when the two
 * words before it suppose it ("would be seen on MRI L-spine - plan": prose.seenOnSupposed): no study is looked at there.
 */
function seenOnStudy(words: readonly Word[], ow: OrderWords): boolean {
  for (const h of findAny(words, ow.seenOn)) {
    const at = words.findIndex((w) => w.start >= h.start);
    if (findAny(words.slice(Math.max(0, at - 2), at), ow.seenOnSupposed).length) continue;
    const i = words.findIndex((w) => w.start >= h.end);
    if (i < 0) continue;
    const head = studyHead(words.slice(i, i + 3));
    if (head >= 0) return true;
  }
  return false;
}

/** The last sentence of a value (to ". " or ";"), as a field of its own. */
function lastSentence(f: Field): Field | undefined {
  let end = f.value.length;
  while (end > 0 && /[\s.;]/.test(f.value[end - 1])) end--;
  let start = end;
  while (start > 0 && f.value[start - 1] !== ';' && !(f.value[start - 1] === ' ' && f.value[start - 2] === '.')) start--;
  work.steps += f.value.length - start;
  const value = f.value.slice(start, end).trim();
  if (!value) return undefined;
  const at = f.valueSpan.start + start + (f.value.slice(start, end).length - f.value.slice(start, end).trimStart().length);
  return { ...f, valueSpan: { start: at, end: at + value.length }, value };
}

/**
 * The sentence is a study's name and its own words (contrast, region, views), then at most words of prose.plainStudyAfter
 * ("ordered", "requested", "booked", "now") or a time of this visit (prose.doneNow: "today"), and a full stop: "XR
 * L-spine.", "XR L-spine AP/lat today." Anything else ("- no fracture", "next visit", "for brother", "(2024)") is not plain.
 */
function plainStudy(value: string, ow: OrderWords): boolean {
  const v = value.replace(/[.\s]+$/, '');
  const words = toWords(v);
  if (studyHead(words) !== 0) return false;
  const tail = studyTailEnd(words, 0, v);
  const rest = words.slice(tail + 1);
  if (rest.length && /[^\s\w/]/.test(v.slice(words[tail].end, rest[0].start))) return false;
  const now = findAny(rest, ow.doneNow);
  return rest.every((w) => ow.plainStudyAfter.has(w.text) || now.some((m) => m.start <= w.start && w.end <= m.end));
}

/**
 * "MRI lumbosacral w/o contrast. Neurosurgery opinion if MRI abnormal.", "… Refer NSGY if the MRI shows tethering": a
 * sentence that names a study only inside the condition of another step (its result decides the step) refers back to
 * the study before it and asks for no new one, so the closing study before it is still read.
 */
function studyOnlyAsCondition(sentence: string): boolean {
  const m = STUDY_IN_CONDITION.exec(sentence);
  return m !== null && !NAMES_A_STUDY.test(sentence.slice(0, m.index));
}
const STUDY_IN_CONDITION = new RegExp(String.raw`\b(?:if|unless|should|depending on)\s{1,3}(?:the\s{1,3})?(?:${US_WORDS}|${STUDY_WORDS})\b`, 'i');

/**
 * A clause that orders the study of the clause before it by a relative pronoun ("Next step is an MRI of the lower spine
 * without contrast, which I've ordered"): the two read as one, so the order word governs the study it refers back to.
 * Only a done order verb of prose.explicitCues that ends its clause (its end or a spaced dash: "which I've ordered - it works
 * best while he's young"; "which I have requested the report of" requests
 * something else), after a study not told as done before ("She had an MRI in March, which I have requested").
 */
function withRelativeOrders(text: string, list: Field[], ow: OrderWords): Field[] {
  const out: Field[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev && /^\s*,\s*$/.test(text.slice(prev.valueSpan.end, s.valueSpan.start)) && ordersByRelative(s.value, ow) && !studyDoneBefore(prev.value, ow)) {
      out[out.length - 1] = { ...prev, valueSpan: { start: prev.valueSpan.start, end: s.valueSpan.end }, value: text.slice(prev.valueSpan.start, s.valueSpan.end) };
    } else out.push(s);
  }
  return out;
}
/** "which I've ordered", "that we have just requested": a relative pronoun, I or we, and a done order verb ending the clause. */
function ordersByRelative(value: string, ow: OrderWords): boolean {
  const words = toWords(value);
  const { pronouns, writers, auxiliaries } = ow.relativeOrders;
  if (!pronouns.has(words[0]?.text ?? '') || !writers.has(words[1]?.text ?? '')) return false;
  let i = 2;
  while (i < words.length && auxiliaries.has(words[i].text)) i++;
  const verb = findAny(words.slice(i), ow.explicit)[0];
  if (!verb || verb.start !== words[i]?.start || !/ed$/i.test(value.slice(verb.start, verb.end))) return false;
  // "which I've ordered - it works best while he's young": a spaced dash ends the clause as its end does.
  // Never when what follows the dash tells a result, a cancellation or a condition ("- normal", "- conus at L4", "— result:",
  // "- cancelled by mum", "- if mum agrees", "- mum to decide"): the study is then one done, withdrawn or undecided (review r35-orders H5,
  // review2 r35 H7).
  const rest = value.slice(verb.end);
  return rest.trim() === '' || (CLAUSE_DASH.test(rest) && !DASH_TELLS.test(rest) && !RESULT_WORD.test(rest));
}
/** A spaced dash opening what follows: a clause of its own begins. */
const CLAUSE_DASH = /^\s+[-\u2013\u2014]+\s/;
/** Words after the dash that tell the study's result, its cancellation or a condition on it. */
const DASH_TELLS =
  /\b(?:normal|abnormal|abnl|nad|wnl|unremarkable|negative|positive|equivocal|indeterminate|inconclusive|clear|fine|ok|result|results|report|reported|showed|shows|showing|revealed|conus|filum|tether\w*|syrinx|lipoma|low[- ]lying|fracture|cancel\w*|declined|refused|withdrawn|not done|not needed|already|ago|last|previous|prior|if|unless|when|once|pending|awaiting|awaited|provided|depending|agrees?|consent\w*|decid\w*|decision|undecided|unsure|think\w*|consider\w*|discuss\w*|d\/w|choose|choice|options?|let us know|let me know|wants? to|may|might|maybe|whether)\b/i;
/** The study's clause tells it done before: "had", "was" (prose.adviceEarlier), "prior", "last year" (prose.doneBefore), a date. */
function studyDoneBefore(value: string, ow: OrderWords): boolean {
  const words = toWords(value);
  return words.some((w) => ow.adviceEarlier.has(w.text)) || findAny(words, ow.doneBefore).length > 0 || toldPast(value) || DATED.test(value);
}

/**
 * Sentences of a value with a later line that opens on a study split off as its own ("Plan: PT - no order placed yet"
 * then an indented "XR L-spine AP/lat"): a statement that orders nothing covers its own line, not the study listed
 * under it. A line that opens on anything else ("if persists, XR L-spine") stays with the sentence it goes on.
 */
function studyLines(list: Field[], ow: OrderWords): Field[] {
  const out: Field[] = [];
  for (const s of list) {
    if (!s.value.includes('\n')) {
      out.push(s);
      continue;
    }
    let from = 0;
    for (let at = s.value.indexOf('\n'); at >= 0; at = s.value.indexOf('\n', at + 1)) {
      const rest = s.value.slice(at + 1);
      const lead = rest.length - rest.replace(LINE_LEAD, '').length;
      if (!startsWithStudy(rest.slice(lead)) || !bareStudyLine(rest.slice(lead).split('\n')[0], ow)) continue;
      const part = s.value.slice(from, at).trimEnd();
      if (part) out.push({ ...s, valueSpan: { start: s.valueSpan.start + from, end: s.valueSpan.start + from + part.length }, value: part });
      from = at + 1 + lead;
    }
    const last = s.value.slice(from);
    out.push({ ...s, valueSpan: { start: s.valueSpan.start + from, end: s.valueSpan.end }, value: last });
  }
  return out;
}
/**
 * A line that is the study and how it is done, nothing more ("XR L-spine AP/lat", "MRI L-spine w/o under GA"): only such a
 * line is read apart from a statement before it. One that goes on with anything else ("XR L-spine next visit", "MRI
 * L-spine: if neuro signs", "MRI L-spine (consider)", "MRI L-spine after ortho review") stays in the statement's scope.
 */
function bareStudyLine(line: string, ow: OrderWords): boolean {
  const words = toWords(line, 0);
  const head = studyHead(words);
  if (head !== 0) return false;
  return words.every(
    (w, i) => i === 0 || STUDY_TAIL.has(w.text) || STUDY_HEAD.has(w.text) || ow.techniqueAfterResult.has(w.text) || LINE_TECHNIQUE.has(w.text) || /^\d+$/.test(w.text),
  );
}
/** Words of a study's views and technique after its name on a line of its own ("AP/lat", "with and without gad", "under GA"). */
const LINE_TECHNIQUE = new Set([
  'ap',
  'pa',
  'lat',
  'lateral',
  'oblique',
  'obliques',
  'flexion',
  'extension',
  'standing',
  'erect',
  'and',
  'with',
  'under',
  'ga',
  'gadolinium',
  'sedated',
  'stat',
  'urgent',
  'routine',
  'asap',
  'today',
  'xr',
  'xray',
  'ray',
  'radiograph',
  'radiographs',
  'films',
  'scan',
  'spine',
  'only',
  'both',
]);
/** Indentation and a bullet before a line's first word. */
const LINE_LEAD = /^[ \t]*(?:[-*\u2022>]+[ \t]*|\d{1,2}[.)][ \t]*)?/;
