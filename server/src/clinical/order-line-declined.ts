import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { toWords, type Word } from '../notes/words';
import { breaksClause, studyTailEnd } from './clauses';
import type { OrderWords } from './order-words';
import { REGION_FIRST_STUDY, isHeadAt, regionFirst, studyHead } from './study-names';
import { findAny } from './vocabulary';

/**
 * "Imaging: XR considered - not indicated; reassured", "Imaging: MRI L-spine not needed", "Imaging: XR L-spine considered,
 * not warranted": an Order line that opens on its one study and, right after the study's name (at most a word of weighing,
 * order-vocabulary prose.orderLineDeclined.weighed, and a dash or comma between), says the study is not indicated
 * (orderLineDeclined.denials) weighs the study and decides against it: no study is ordered, and the line says there is none
 * (no-imaging.ts noImagingDeclared), as "Imaging: not indicated" does.
 * It also returns the words telling the line's study done before ("MRI L-spine (already done last week)": doneBefore).
 *
 * Refused: a denial of something else told after the study ("MRI L-spine, sedation not needed", "MRI - contrast not
 * required"), one not right after it ("XR previously considered not indicated by ortho" has another word between), and a
 * line that names another study after the denial ("XR not indicated; MRI L-spine w/o"), whose second study is the order.
 * Nor a denial of the study's timing or manner only ("MRI L-spine not needed urgently - routine", "not required under GA"), nor one ordered after all ("XR not indicated per ACR but parents insist - ordered"). A Plan line is read by the plan's own readers (order-elsewhere.ts declined), never here. Every denial is one of
 * no-imaging.ts MAY_DECLARE_WORDS, so the note-wide prefilter lets it through.
 */
/** When, or on whose word (per/by and at most a two-word object), a denial may tell and still decline the study. */
// "declined by parents after discussion": the talk that led to it (round 54, fix54h).
const WHEN = String.raw`(?:at (?:present|this (?:time|stage|point))|for now|currently|clinically|after (?:discussion|counsell?ing))\b`;
const WHOSE = String.raw`(?:as per|per|by)(?:[ \t]+[A-Za-z][\w'/&-]*){1,2}`;
/**
 * The denial closes its clause: a bare denial before the end of the value, a stop, a comma or a dash, or one telling when
 * or on whose word that then ends the clause there ("not indicated at present - review 6 wks"). "not required per
 * radiology to have GA", "not needed clinically under GA", "not required at present with contrast" go on past it: the
 * study is not declined (reviewed r52). A clause telling timing, sedation, contrast or extent (notOfStudy) is refused after.
 */
const CLAUSE_CLOSED = new RegExp(String.raw`^[ \t]*(?:$|[;,.()\u2013\u2014-]|(?:${WHEN}|${WHOSE})(?:[ \t,]+(?:${WHEN}|${WHOSE}))?[ \t]*(?:$|[.;,()\u2013\u2014]|-(?=\s)))`, 'i');

export function orderLineDeclined(text: string, f: Field, ow: OrderWords): Span | undefined {
  if (f.key?.name !== 'Order' || f.inferred || !f.value) return undefined;
  const words = toWords(f.value, f.valueSpan.start);
  // The line opens on its study, modality first ("US spine") or region first ("spinal US", "L-spine MRI": round 54, fix54h).
  const head = studyHead(words);
  if (head < 0 || (head > 0 && !opensRegionFirst(f.value))) return undefined;
  const tail = studyTailEnd(words, head, text);
  // "… - declined by radiology; discussed with consultant, now approved": ordered all the same (round 53, fix53h).
  const reinstated = (from: number) => [...findAny(words, ow.orderLineDeclined.reinstated), ...findAny(words, ow.explicit)].some((h) => h.start >= from);
  // Region first, the line is read only for a bare denial ending it ("spinal US - declined by parents", "L-spine MRI
  // (cancelled)"): never told done before, nor with more said after the denial ("spinal US - declined by parents before,
  // happy now", "- done previously but poor views, please rescan": round 53's review probes, read again at round 54's merge).
  const regionFirst = head > 0;
  const done = regionFirst ? undefined : doneBefore(text, f, words, tail, ow);
  if (done) return reinstated(done.end) ? undefined : done;
  let j = tail + 1;
  if (j < words.length && ow.orderLineDeclined.weighed.has(words[j].text) && !breaksClause(text, words[tail].end, words[j].start)) j++;
  if (j >= words.length) return undefined;
  // Only white space, a dash, a comma or "but" between the study (or its weighing) and the denial, or a bracket opened
  // right before the denial ("XR L-spine (not needed per consultant)", round 54, fix54h): the bracket's clause is then
  // closed by its own ")" (CLAUSE_CLOSED), so "(not needed urgently)" or "(GA not needed)" keep the study as before.
  if (!/^[\s,\u2013\u2014-]*(?:but\s+|\(\s*)?$/i.test(text.slice(words[j - 1].end, words[j].start))) return undefined;
  const denial = findAny(words, ow.orderLineDeclined.denials).find((h) => h.start === words[j].start);
  if (!denial) return undefined;
  if (
    /^cancell?ed$/i.test(text.slice(denial.start, denial.end)) &&
    !cancellationEndsValue(text, f, denial, text.slice(words[j - 1].end, words[j].start), ow.orderLineDeclined.goesOn)
  )
    return undefined;
  // The denial closes its clause, or tells only when or on whose word ("not indicated at present", "not needed per ortho"):
  // "MRI L-spine not needed urgently - routine", "not required under GA", "not needed today, book as outpatient" keep the
  // study, only its timing or its manner declined.
  const closed = CLAUSE_CLOSED.exec(text.slice(denial.end, f.valueSpan.end));
  if (!closed) return undefined;
  // A cancellation has been checked to end the value (cancellationEndsValue); any other denial must end it here.
  if (regionFirst && !/^cancell?ed$/i.test(text.slice(denial.start, denial.end)) && !/^[\s.)]*$/.test(text.slice(denial.end + closed[0].length, f.valueSpan.end))) return undefined;
  // "not indicated by urgent pathway;", "MRI L-spine not needed, GA - feed and wrap instead", "not needed - as inpatient":
  // timing, setting, sedation, contrast or extent told in the denial's clause, or in the part after its comma or dash, is
  // what is declined, not the study. A stop (".", ";") ends what is searched: "not indicated. Routine review" declines it.
  let clauseEnd = denial.end + closed[0].length;
  if (/[,()\u2013\u2014-]$/.test(closed[0])) {
    const next = /[,;.()\u2013\u2014]|\s-\s/.exec(text.slice(clauseEnd, f.valueSpan.end));
    clauseEnd = next ? clauseEnd + next.index : f.valueSpan.end;
  }
  if (words.some((w) => w.start >= denial.end && w.end <= clauseEnd && ow.orderLineDeclined.notOfStudy.has(w.text))) return undefined;
  // Another study named after the denial is the line's order ("XR not indicated; MRI L-spine w/o").
  for (let q = j + 1; q < words.length; q++) if (words[q].start >= denial.end && isHeadAt(words, q)) return undefined;
  // "XR not indicated per ACR but parents insist - ordered": the study declined and then ordered all the same.
  if (findAny(words, ow.explicit).some((h) => h.start >= denial.end) || reinstated(denial.end)) return undefined;
  return denial;
}

/**
 * "Request: MRI lumbar spine w/o (already done last week at St Mary's, normal)", "Order: XR L-spine - done 2 weeks ago,
 * normal": the line's one study told done before, right after its name, orders nothing now (round 53, fix53h). The clause (in
 * a bracket, or after a dash or comma) opens on a word of doneBefore.opens and holds a past word (doneBefore.past), with
 * no word of this visit (doneNow: "(done today)" is this visit's study), no other study ("MRI L-spine (XR already done last
 * week)" keeps the MRI) and no reinstated word after it. Returns the words telling it done.
 */
function doneBefore(text: string, f: Field, words: readonly Word[], tail: number, ow: OrderWords): Span | undefined {
  const j = tail + 1;
  if (j >= words.length || !/^[ \t]*(?:\(|[,\u2013\u2014-])[ \t]*$/.test(text.slice(words[tail].end, words[j].start))) return undefined;
  const opened = findAny(words.slice(j), ow.orderLineDeclined.doneBefore.opens).find((h) => h.start === words[j].start);
  if (!opened) return undefined;
  // The clause: to the bracket's close, or to the next stop, semicolon or bracket.
  const bracket = text.slice(words[tail].end, words[j].start).includes('(');
  const rest = text.slice(words[j].start, f.valueSpan.end);
  const stop = bracket ? rest.indexOf(')') : rest.search(/[.;()]|$/);
  if (stop < 0) return undefined;
  const clause = words.filter((w) => w.start >= words[j].start && w.end <= words[j].start + stop);
  if (!clause.some((w) => ow.orderLineDeclined.doneBefore.past.has(w.text.toLowerCase()))) return undefined;
  if (findAny(clause, ow.doneNow).length) return undefined;
  for (let q = j; q < words.length; q++) if (isHeadAt(words, q)) return undefined;
  return opened;
}

/** The value opens on a study named region first ("spinal US - declined", "L-spine MRI (cancelled)"). */
function opensRegionFirst(value: string): boolean {
  const v = value.trimStart();
  return REGION_FIRST_STUDY.test(v) || (regionFirst?.test(v) ?? false);
}

/**
 * Narrowed after review r54: a cancellation takes the study back only when nothing but "by" and at most two words (who
 * cancelled: "- cancelled by parents"), or a bracketed reason of one to three words holding no word of the study going on
 * ("- cancelled (machine down)"), follows it to the end of the value. Any further clause keeps the order ("cancelled,
 * needs rebooking", "cancelled, new date 14/5", "cancelled by parents, now consenting", "cancelled by mistake, still
 * needed"); "(cancelled)" opening a bracket must close it and end the value ("(cancelled, awaiting new date)" keeps it); on
 * an indented next line only the bare denial counts ("Order: spinal US\n  cancelled"). `goesOn`: the words of the study
 * going on (order-vocabulary prose.orderLineDeclined.goesOn: "(re-book)", "(still needed)", "(new date awaited)").
 */
const CANCEL_BY = /^[ \t]*(?:by(?:[ \t]+[A-Za-z][\w'&-]*){1,2}[ \t]*)?\.?[ \t]*$/i;
const CANCEL_BRACKET_BY = /^[ \t]*(?:by(?:[ \t]+[A-Za-z][\w'&-]*){1,2}[ \t]*)?\)[ \t]*\.?[ \t]*$/i;
const CANCEL_REASON = /^[ \t]*\(([ \t]*[A-Za-z][\w'&/-]*(?:[ \t]+[A-Za-z][\w'&/-]*){0,2}[ \t]*)\)[ \t]*\.?[ \t]*$/;
function cancellationEndsValue(text: string, f: Field, denial: Span, before: string, goesOn: RegExp): boolean {
  const rest = text.slice(denial.end, f.valueSpan.end);
  if (text.slice(f.valueSpan.start, denial.start).includes('\n')) return /^\s*$/.test(rest);
  if (before.includes('(')) return CANCEL_BRACKET_BY.test(rest);
  if (CANCEL_BY.test(rest)) return true;
  const reason = CANCEL_REASON.exec(rest);
  return !!reason && !goesOn.test(reason[1]);
}
