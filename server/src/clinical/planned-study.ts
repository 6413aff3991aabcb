/** A study planned in a Plan's clauses: ordered outright, on a condition, beside another, or only reported. */
import type { Knowledge } from '../knowledge/knowledge';
import { decisionLeftBefore } from './decision-left';
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import { leadingAside, readOrder } from './order';
import { DATED, wordSetOf } from './patterns';
import { findAny, longestPhraseAt } from './vocabulary';
import { STUDY_HEAD, namesOnlyAWindow, independentStudy, studyHead } from './study-names';
import { planClauses, ownClauseSpan, studyTailEnd } from './clauses';
import { asksAboutStudy } from './study-mentions';
import { declinedNext } from './order-withdrawn';
import { conditionedInPlan, KEEPS_ORDER, courseConditionGoverns, ONLY_IF_NEEDED } from './order-conditions';
import { declinesStudy, orderedLater, ordersOutright, negatedOrderCue, proposedByOthers } from './order-cues';
import { REASON_WORDS, negatedStudy, reportsStudy, resultTold, BARE_RESULT, IMAGING_FINDING, NAMES_THE_NEXT, REPORTING_WORDS } from './study-reported';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';

/**
 * The study a Plan line orders, clause by clause: "consider MRI later. US lumbar spine today" orders
 * the US; "XR deferred and MRI L-spine w/o" and "no XR - straight to MRI L-spine" order the MRI; "No
 * MRI needed; US lumbar spine" orders the US. A clause that declines its study is passed over, one
 * that conditions it ("MRI if US abnormal") is kept only when no clause orders a study outright.
 * Only for values naming two studies or more (undefined otherwise, and when no clause names a study,
 * so the whole value is then read as before); 'none' when every study named is declined or reported.
 */
export function plannedStudy(text: string, f: Field, contrast: string | undefined, k: Knowledge, ow: OrderWords, noneNow: boolean): Facts['order'] | 'none' {
  // A value naming one study at most is read whole, as an Order value is.
  let heads = 0;
  for (const w of toWords(f.value)) if (STUDY_HEAD.has(w.text) && ++heads > 1) break;
  if (heads < 2) return undefined;
  let conditional: Facts['order'];
  let passedOver = false;
  // A study passed over for the course condition opening its sentence: a later study is the order only when told as one now.
  let conditionedBefore = false;
  // "If worse: MRI. XR L-spine today": the clause cut at the colon, comma or dash no longer holds the condition that
  // opens the MRI's sentence, which still governs it; the radiograph is the study ordered now.
  const orderedNow = (w: readonly Word[]): boolean => {
    if (opensOnConditionInPlan(text, f, w, ow)) {
      conditionedBefore = true;
      return false;
    }
    return !conditionedBefore || orderedBesideConditioned(f, w, ow);
  };
  // "Orders: CT head w/o; CT chest/abd/pelvis w/ IV contrast incl. dedicated T-spine and L-spine reformats": an abbreviation's
  // stop ends no clause, so the spine the CT goes on to name is read with it.
  // "Order: (MRI not approved) US lumbar spine": a bracket opening the value that weighs another study orders nothing.
  const aside = f.valueSpan.start + leadingAside(f.value, k.vocabulary);
  for (const c of planClauses(f, wordSetOf(k.vocabulary.stopAbbreviations.words))) {
    if (namesOnlyAWindow(c.value) || c.valueSpan.end <= aside) continue;
    const r = readOrder(c.value, contrast, k);
    if (r.status !== 'recognized') continue;
    passedOver = true;
    const words = toWords(c.value, c.valueSpan.start);
    // "Plan: MRI or XR first?": a question which study to do orders neither; nor does a choice left to later ("Plan: will let
    // day team decide (MRI vs XR)").
    if (asksAboutStudy(c, words, ow, text.slice(c.valueSpan.end, f.valueSpan.end)) || decisionLeftBefore(text, f, c, ow)) continue;
    const verdict = declinedNext(text, c, f.valueSpan.end, ow) ? 'skip' : judgeStudy(text, words, ow);
    if (verdict === 'order') {
      if (orderedNow(words)) return { field: c, reading: r };
      continue;
    }
    if (verdict === 'conditional') {
      // Someone else's proposal is the order when nothing else is; a study only conditioned is none.
      if (!noneNow && !conditionedInPlan(text, c, ow) && !declinesStudy(text, words, ow, !KEEPS_ORDER.test(c.value))) conditional ??= { field: c, reading: r };
      continue;
    }
    // Passed over for its first study ("prior XR normal now MRI L-spine w/o", "XR deferred in favor of
    // MRI L-spine"): a later study of the clause that is not joined to it ("XR or MRI", "MRI vs CT")
    // is judged on its own, unless the words just before its name tell it as done ("given normal XR").
    const later = independentStudy(text, words);
    if (later < 0) continue;
    const firstHead = words.findIndex((w) => STUDY_HEAD.has(w.text));
    const firstTail = studyTailEnd(words, firstHead, undefined, later);
    // Never across a mark ("US normal at birth? repeat US lumbar spine").
    let from = Math.max(firstTail + 1, later - 2);
    for (let q = from + 1; q <= later; q++) if (/\S/.test(text.slice(words[q - 1].end, words[q].start))) from = q;
    if (toldBefore(words, later, from)) continue;
    // After a declined first study, a study brought in by "per", "given", "after"... is the reason it
    // was declined ("MRI not indicated per XR"), not an order; "in favor of", "proceed to" do order.
    const brought = [later - 1, later - 2].some((q) => q >= from && REASON_WORDS.has(words[q].text));
    if (brought && !negatedStudy(words) && !reportsStudy(words)) continue;
    const start = words[later].start;
    const rest: Field = { ...c, valueSpan: { start, end: c.valueSpan.end }, value: text.slice(start, c.valueSpan.end) };
    const rr = readOrder(rest.value, contrast, k);
    if (rr.status !== 'recognized') continue;
    const restWords = toWords(rest.value, start);
    const again = judgeStudy(text, restWords, ow);
    if (again === 'order') {
      if (orderedNow(restWords)) return { field: rest, reading: rr };
      continue;
    }
    if (again === 'conditional' && !noneNow && !conditionedInPlan(text, rest, ow) && !declinesStudy(text, restWords, ow, !KEEPS_ORDER.test(rest.value)))
      conditional ??= { field: rest, reading: rr };
  }
  // Studies named only to decline them or to report them ("no XR or MRI needed", "prior XR normal;
  // MRI not indicated"): the line orders none. Without a study in any clause, it is read whole.
  return conditional ?? (passedOver ? 'none' : undefined);
}

/** The study of a clause of the Plan value f (its head in words) is governed by the course condition opening its sentence. */
function opensOnConditionInPlan(text: string, f: Field, words: readonly Word[], ow: OrderWords): boolean {
  const h = studyHead(words);
  return h >= 0 && courseConditionGoverns(text, f, words[h].start, ow);
}

/**
 * After a study passed over for its condition ("If no better in 4 wk: MRI L-spine."), a later study of the Plan value f
 * (its head in words) is the order now ("XR L-spine today"), never one that is itself conditioned or the other way
 * (its clause opening on a condition or an alternative: "If neuro sx develop: urgent MRI whole spine", "if insurance
 * denies, XR L-spine", "otherwise XR L-spine at 6 wk review"; prose.besideConditioned alternatives), unless told for now
 * ("otherwise XR L-spine today"), nor one told done before: dated, with a word of another time or place (prose.doneBefore:
 * "3 wk ago", "last month", "at OSH"), told reviewed or with its result ("XR L-spine from 4/2 reviewed with family - no
 * spondylolysis", "XR L-spine last month unremarkable").
 */
function orderedBesideConditioned(f: Field, words: readonly Word[], ow: OrderWords): boolean {
  const h = studyHead(words);
  if (h < 0) return false;
  const at = words[h].start - f.valueSpan.start;
  const span = ownClauseSpan(f.value, at);
  const base = f.valueSpan.start;
  const lead = toWords(
    f.value.slice(span.start, at).replace(ONLY_IF_NEEDED, (m) => ' '.repeat(m.length)),
    base + span.start,
  );
  const own = toWords(f.value.slice(span.start, span.end), base + span.start);
  const now = findAny(own, ow.doneNow).length > 0;
  const b = ow.besideConditioned;
  const lc = ow.lineConditions;
  const opensOnCondition = lead.length > 0 && longestPhraseAt(lead, 0, lc.notOpening) <= 0 && longestPhraseAt(lead, 0, lc.opens) > 0;
  if ((opensOnCondition || findAny(lead, b.alternatives).length) && !now) return false;
  // What is said of the study: two words before its name ("prior XR", "outside MRI") and what follows it up to a comma,
  // colon or dash ("XR L-spine 3 wk ago normal"; "XR L-spine, f/u with PCP" is the follow-up's), or a result that is all
  // the part after it ("XR L-spine, normal", "…, no fx").
  const after = f.value.slice(at, span.end);
  const cut = after.search(/[,;:]|\s[-\u2013\u2014]\s/);
  const segment = cut < 0 ? after : after.slice(0, cut);
  const said = toWords(segment, words[h].start);
  const told = [...lead.slice(-2), ...said];
  if (DATED.test(segment) || resultTold(segment) || findAny(told, b.told).length) return false;
  const part = cut < 0 ? '' : after.slice(cut + 1).split(/[,;:]|\s[-\u2013\u2014]\s/)[0];
  if (BARE_RESULT.test(part) || (/^\s*no\b/i.test(part) && IMAGING_FINDING.test(part))) return false;
  return now || !findAny(told, ow.doneBefore).length;
}

/**
 * What a Plan clause does with its first study: a study named to decline it, or told as done or to
 * compare with ("US at birth was normal", "compare to prior XR", "US limited at this age"), is not
 * the one the line orders; one with a condition ("MRI if US abnormal") is ordered only when nothing is outright.
 */
export function judgeStudy(text: string, words: readonly Word[], ow: OrderWords): 'order' | 'conditional' | 'skip' {
  if (negatedStudy(words) || orderedLater(text, words, ow)) return 'skip';
  if (ordersOutright(text, words, ow)) return 'order';
  if (reportsStudy(words) || declinesStudy(text, words, ow, false) || negatedOrderCue(text, words, ow)) return 'skip';
  // "neurosurgery recommends MRI L-spine; … US spine today": someone else's proposal, kept only when nothing is ordered outright.
  if (declinesStudy(text, words, ow, true) || proposedByOthers(text, words, ow)) return 'conditional';
  return 'order';
}

/**
 * The later study words[at] is told as done by the words just before it, all at or after `from` (past
 * the first study and any mark): a result word right before it with a plain word before that
 * ("after normal XR", "given normal XR"), prior/previous/outside/recent right before it ("per recent
 * XR"), or one of those or "reviewed" one word further ("reviewed with MRI"). A result right after the
 * first study is the first study's ("Prior XR normal MRI L-spine"); "prior to" is not "prior".
 */
function toldBefore(words: readonly Word[], at: number, from: number): boolean {
  const w1 = at - 1 >= from ? words[at - 1].text : '';
  const w2 = at - 2 >= from ? words[at - 2].text : '';
  if (w1 === 'to' && (w2 === 'prior' || w2 === 'previous')) return false;
  if (NAMES_THE_NEXT.has(w1)) return true;
  if (REPORTING_WORDS.has(w1) && w2 !== '' && !REPORTING_WORDS.has(w2)) return true;
  return !REPORTING_WORDS.has(w1) && (NAMES_THE_NEXT.has(w2) || w2 === 'reviewed');
}
