import { DAYS_PER_MONTH } from '../notes/age';
import { type Span, sentenceEnd, sentenceStart, widen } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { type ContextLexicon, contextLexicon } from './lexicon';
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import { type FindingHit, FIELDS_FOR, countsAsPresent, fieldWords } from './findings';
import { alternation, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * Findings whose own sentence says they are not what they seem (reading-vocabulary.json): weight lost
 * on purpose (`explainedBy`), a pain score of zero (`zeroScoreDenies`), a swelling told with an injury
 * (`injurySwelling`). Each looks at a bounded window of words around a hit, so the cost stays linear.
 */

/** Words each side of a hit that its sentence is read to. */
const REACH = 16;

/** The first index of `words` whose word ends after `offset` (binary search). */
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A full stop before a space, a line break (and a semicolon, when it ends a clause here) between two offsets. */
function endsBetween(text: string, from: number, to: number, semicolon: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || (semicolon && c === 59) || (c === 46 && (i + 1 === to || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10))) return true;
  }
  return false;
}

/** The words of the sentence around `span`, at most REACH words each side: the slice [from, to) of `words`. */
function sentenceAround(text: string, words: readonly Word[], span: Span, semicolon: boolean): [number, number] {
  const first = wordAt(words, span.start);
  let last = wordAt(words, Math.max(span.start, span.end - 1));
  if (last >= words.length) last = words.length - 1;
  let from = first;
  while (from > 0 && first - from < REACH && !endsBetween(text, words[from - 1].end, words[from].start, semicolon)) from--;
  let to = last + 1;
  while (to < words.length && to - last - 1 < REACH && !endsBetween(text, words[to - 1].end, words[to].start, semicolon)) to++;
  work.steps += to - from;
  return [from, to];
}

/** A phrase of the list in words[from, to) that no cue denies. */
function assertedAmong(text: string, words: readonly Word[], from: number, to: number, list: readonly string[]): boolean {
  if (from >= to) return false;
  return findAny(words.slice(from, to), phraseSetOf(list)).some((s) => !readContext(text, s.start, s.end).negated);
}

/** What may stand before a withdrawn finding in its clause: nothing but a correction word, quotes and marks. */
const OPENS_CORRECTION = /(?:^|[.;:\n]|\b(?:correction|corrected|erratum|addendum)\b)[\s"'“‘(\-–—:,]*$/i;
/** Right after it: the finding itself said to be the error ("'fever' was documented in error"). */
const SAID_IN_ERROR = /^["'”’)]*\s*(?:was|were|is)?\s*(?:documented|entered|charted|recorded|written|noted|listed|documented here)\s+(?:in error|by mistake)\b/i;

/**
 * An addendum that takes a finding back ("correction - 'fever' was documented in error; mother denies
 * any fever") withdraws every mention of it in the note: the correction is the later word. Only the
 * finding itself as the subject of "documented in error": not a detail of it ("level of hair tuft
 * documented in error", "fever of 40 was documented in error"), not its negation ("'no fever' was
 * entered in error"), not another error nearby ("fever (mum gave paracetamol in error)").
 */
export function retractedInError(hits: FindingHit[], text: string): void {
  let withdrawn: Set<string> | undefined;
  for (const h of hits) {
    if (!SAID_IN_ERROR.test(text.slice(h.span.end, h.span.end + 60))) continue;
    if (!OPENS_CORRECTION.test(text.slice(Math.max(0, h.span.start - 40), h.span.start))) continue;
    (withdrawn ??= new Set()).add(h.finding.id);
  }
  if (!withdrawn) return;
  for (let i = 0; i < hits.length; i++) if (hits[i].present && withdrawn.has(hits[i].finding.id)) hits[i] = { ...hits[i], present: false };
}

/** A reference word (clarifiedAway.references) ending the text before a mention, with its colon, dash or quote. */
const referencePattern = perVocabulary(
  (references: readonly string[]) =>
    new RegExp(`(?:^|[^\\p{L}])(?:${alternation(references, { one: phrasePattern })})\\s*[:\\-\u2013\u2014]?\\s*(?:the\\s+)?["'\u201c\u2018]?\\s*$`, 'iu'),
);

/**
 * "Leg weakness? YES … Addendum (MD): re \"leg weakness\" - on questioning, mom means her legs feel tired … No actual
 * weakness: strength 5/5": a clinician who names the item (reading-vocabulary.json clarifiedAway.references right before
 * a mention of it) and denies the same finding later in that line withdraws every mention of it: the clarification is
 * the later word. A normal exam alone ("leg weakness YES; exam: strength 5/5") denies nothing: the finding itself must be
 * denied. Each mention looks a bounded distance ahead, so the cost stays linear.
 */
export function clarifiedAway(hits: FindingHit[], text: string): void {
  const rule = readingVocabulary().clarifiedAway;
  const denied = new Map<string, FindingHit[]>();
  const onlyNow = phraseSetOf(rule.onlyNow);
  const outrightAfter = phraseSetOf(rule.outrightAfter);
  const qualifiedBefore = phraseSetOf(rule.qualifiedBefore);
  // "No actual weakness: strength 5/5", "denies any weakness." deny it; "no weakness today", "no numbness in hands", "no
  // weakness when walking", "no objective weakness" deny it only now, there or on the exam.
  const deniesOutright = (h: FindingHit) => {
    const clause = text.slice(h.span.end, h.span.end + 40);
    const cut = clause.search(/[.;:,!?\r\n]/);
    const after = toWords(cut < 0 ? clause : clause.slice(0, cut));
    if (findAny(after, onlyNow).length) return false;
    const covered = findAny(after, outrightAfter);
    if (after.some((w) => !covered.some((c) => c.start <= w.start && w.end <= c.end))) return false;
    const before = toWords(text.slice(Math.max(0, h.span.start - 24), h.span.start));
    return !findAny(before.slice(-2), qualifiedBefore).length;
  };
  for (const h of hits)
    if (h.negated && !h.present && h.context.experiencer === 'patient' && deniesOutright(h)) (denied.get(h.finding.id) ?? denied.set(h.finding.id, []).get(h.finding.id)!).push(h);
  if (!denied.size) return;
  const referenceBefore = referencePattern(rule.references);
  const contrasts = phraseSetOf(rule.contrasts);
  const examBefore = phraseSetOf(rule.examBefore);
  const lineEndAfter = (at: number) => {
    const ahead = text.slice(at, at + 600);
    const cut = ahead.search(/[\r\n]/);
    return at + (cut < 0 ? ahead.length : cut);
  };
  // The denial settles the item unless the line sets something against it after the denial ("but drags L foot"), tells
  // the finding present again ("…, subjective weakness L leg"), or the denial is the exam's ("re weakness: on exam no weakness").
  const settles = (mention: FindingHit, d: FindingHit) => {
    const end = lineEndAfter(d.span.end);
    if (findAny(toWords(text.slice(d.span.end, end)), contrasts).length) return false;
    if (hits.some((x) => x.finding.id === d.finding.id && !x.negated && x.present && x.span.start >= d.span.end && x.span.start < end)) return false;
    const between = text.slice(mention.span.end, d.span.start);
    const sentence = between.slice(Math.max(between.lastIndexOf('.'), between.lastIndexOf(';')) + 1);
    return !findAny(toWords(sentence), examBefore).length;
  };
  let withdrawn: Set<string> | undefined;
  for (const h of hits) {
    const denials = h.negated ? undefined : denied.get(h.finding.id);
    if (!denials || withdrawn?.has(h.finding.id)) continue;
    if (!referenceBefore.test(text.slice(Math.max(0, h.span.start - 40), h.span.start))) continue;
    const limit = Math.min(lineEndAfter(h.span.end), h.span.end + rule.reachChars);
    if (denials.some((d) => d.span.start >= h.span.end && d.span.start < limit && settles(h, d))) (withdrawn ??= new Set()).add(h.finding.id);
  }
  if (!withdrawn) return;
  for (let i = 0; i < hits.length; i++) if (hits[i].present && withdrawn.has(hits[i].finding.id)) hits[i] = { ...hits[i], present: false };
}

/**
 * "Midwife refer for ?sacral dimple. O/E - no dimple seen. Only normal coccygeal fold": a skin sign the note only asks
 * about, then denies outright after the question, is settled by the denial (reading-vocabulary.json questionSettled).
 * Any mention that tells the sign present keeps it, as does a question asked after the denial ("no dimple per mum; O/E
 * ?small dimple") and a denial narrowed to a kind or a place ("no deep dimple", "no dimple over L2"). Only the writer's
 * own examination settles it (`examinedNow`): a birth check, an earlier visit or a parent's word ("NIPE at birth: no
 * dimple seen", "Previous visit: no dimple noted", "Mum says no dimple seen") leaves the question for the scan to answer.
 */
export function questionSettled(hits: FindingHit[], text: string): void {
  const rule = readingVocabulary().questionSettled;
  const categories = wordSetOf(rule.categories);
  const after = phraseSetOf(rule.deniedAfter);
  const narrowed = phraseSetOf(rule.narrowedBefore);
  const outright = (h: FindingHit) => {
    const clause = text.slice(h.span.end, h.span.end + 40);
    const cut = clause.search(/[.;:,!?()\r\n]/);
    const rest = toWords(cut < 0 ? clause : clause.slice(0, cut));
    const covered = findAny(rest, after);
    if (rest.some((w) => !covered.some((c) => c.start <= w.start && w.end <= c.end))) return false;
    const before = toWords(text.slice(Math.max(0, h.span.start - 24), h.span.start));
    return !findAny(before.slice(-2), narrowed).length;
  };
  let settled: Set<string> | undefined;
  const asked = new Map<string, number>();
  const told = new Set<string>();
  // Signs asked with a "?" or a doubt anywhere: only a denial opening its own sentence on the exam settles those (review
  // r44: "?sacral dimple. On exam at the baby check, no dimple" stays asked); a sign only quoted from a parent is settled
  // by the writer's exam line too.
  const doubted = new Set<string>();
  for (const h of hits) {
    if (!h.present || !categories.has(h.finding.category)) continue;
    if (!h.context.uncertain && !quotedReport(text, h.span, rule.reportedBy) && !quotedThenTold(text, h.span) && !concernOnly(text, h.span, rule)) told.add(h.finding.id);
    else asked.set(h.finding.id, Math.max(asked.get(h.finding.id) ?? -1, h.span.end));
    if (h.context.uncertain) doubted.add(h.finding.id);
  }
  for (const [id, lastAsked] of asked) {
    if (told.has(id)) continue;
    const denial = hits.some(
      (x) =>
        x.finding.id === id &&
        x.negated &&
        !x.present &&
        x.context.experiencer === 'patient' &&
        !x.context.hypothetical &&
        !x.context.historical &&
        x.span.start >= lastAsked &&
        outright(x) &&
        (examinedNow(text, x.span) || (!doubted.has(id) && examinedOnItsLine(text, x.span, rule.examLeads, rule.notExamined))),
    );
    if (denial) (settled ??= new Set()).add(id);
  }
  if (!settled) return;
  for (let i = 0; i < hits.length; i++) if (hits[i].present && settled.has(hits[i].finding.id)) hits[i] = { ...hits[i], present: false };
}

/**
 * 'Daycare staff said she has "a hole on her bottom"': a sign inside quotation marks on its line, with a teller's word of
 * questionSettled.reportedBy before the opening mark in its sentence, is the teller's report in the teller's words, for the
 * examiner to check. A sign outside quotation marks, or quoted with no teller before it ('"sacral dimple" on the request'),
 * is told.
 */
function quotedReport(text: string, sign: Span, reportedBy: readonly string[]): boolean {
  // A line ends at "\n" or "\r" alike, so that a note written with CRLF reads as one written with LF.
  const lineFrom = Math.max(text.lastIndexOf('\n', sign.start - 1), text.lastIndexOf('\r', sign.start - 1)) + 1;
  const rest = /[\r\n]/.exec(text.slice(sign.end));
  const lineTo = rest ? sign.end + rest.index : text.length;
  const before = text.slice(lineFrom, sign.start);
  // The opening mark: a curly one, or a straight one with an even number of straight ones before it on the line.
  const curly = before.lastIndexOf('\u201c');
  const straight = before.lastIndexOf('"');
  const open = Math.max(curly, straight);
  if (open < 0 || before.slice(open + 1).includes('\u201d')) return false;
  if (open === straight && (before.slice(0, open).match(/"/g)?.length ?? 0) % 2 !== 0) return false;
  if (!/["\u201d]/.test(text.slice(sign.end, lineTo))) return false;
  work.steps += lineTo - lineFrom;
  const from = sentenceStart(text, lineFrom + open, lineFrom);
  return findAny(toWords(text.slice(from, lineFrom + open)), phraseSetOf(reportedBy)).length > 0;
}

/**
 * "Mum concerned about a dimple on baby's bottom", "Caller is worried about a possible dimple": a sign a teller is only
 * worried about, unquoted, is the teller's worry for the examiner to check, as a quoted report is (questionSettled
 * concernedAbout; round 58, s163). The words before the sign in its sentence open on the teller (a relation of the context
 * lexicon's speakers or one of concernTellers), at most two link words after it, then the concern and at most two filler
 * words before the sign. "Mum noticed a dimple" (she saw it) and "concerned about a dimple" (the writer's own worry) are told.
 */
function concernOnly(text: string, sign: Span, rule: ReturnType<typeof readingVocabulary>['questionSettled']): boolean {
  const reach = Math.max(0, sign.start - 80);
  const from = sentenceStart(text, sign.start, reach);
  const before = toWords(text.slice(from, sign.start), from);
  const concern = findAny(before, phraseSetOf(rule.concernedAbout)).pop();
  if (!concern) return false;
  const fillers = wordSetOf(rule.concernFillers);
  const between = before.filter((w) => w.start >= concern.end);
  if (between.length > 2 || between.some((w) => !fillers.has(w.text.toLowerCase()))) return false;
  const lead = before.filter((w) => w.end <= concern.start);
  if (!lead.length || lead.length > 3) return false;
  const tellers = concernTellers(rule);
  const links = wordSetOf(rule.concernLinks);
  return tellers.has(lead[0].text.toLowerCase()) && lead.slice(1).every((w) => links.has(w.text.toLowerCase()));
}
/** The concern's tellers: the rule's own and the context lexicon's relations, once per vocabulary. */
const concernTellers = perVocabulary((rule: ReturnType<typeof readingVocabulary>['questionSettled']) => new Set([...rule.concernTellers, ...contextLexicon().speakers.relations]));

/**
 * '"lump" on back per dad': a sign in quotation marks whose clause goes on to name its teller (neuroToldByParent: "per
 * dad", "mum says") is the teller's word, as a quote after the teller's verb is (`quotedReport`).
 */
function quotedThenTold(text: string, sign: Span): boolean {
  const before = text.slice(Math.max(0, sign.start - 2), sign.start);
  const close = /^\s*["\u201d]/.exec(text.slice(sign.end, sign.end + 3));
  if (!/["\u201c]\s*$/.test(before) || !close) return false;
  const ahead = text.slice(sign.end + close[0].length, sign.end + close[0].length + 40);
  const cut = ahead.search(/[.;,:!?()\r\n]|->|\u2192/);
  return findAny(toWords(cut < 0 ? ahead : ahead.slice(0, cut)), phraseSetOf(readingVocabulary().neuroToldByParent)).length > 0;
}

/**
 * "Exam: single dimple, 4 mm … I did not see any hair", '"lump" per dad -> on exam it's a sacral dimple … No hair, no
 * lump': the denial stands on a line after the writer's exam lead (questionSettled.examLeads: "Exam:", "on exam"), with
 * nothing between them naming a teller or another time (questionSettled.notExamined: "per mum", "at birth", "previous"),
 * so it is the writer's examination now, as a denial opening its own sentence on the lead is (`examinedNow`).
 */
function examinedOnItsLine(text: string, sign: Span, leads: readonly string[], notExamined: readonly string[]): boolean {
  const lineFrom = Math.max(text.lastIndexOf('\n', sign.start - 1), text.lastIndexOf('\r', sign.start - 1)) + 1;
  const line = toWords(text.slice(lineFrom, sign.start), lineFrom);
  const lead = findAny(line, phraseSetOf(leads)).pop();
  if (!lead) return false;
  // The lead's own clause before it counts too: "Previous exam: no hair", "GP's exam: no hair" date or name another exam.
  const clause = text.slice(lineFrom, lead.start).search(/(?:[.;,:!?()]|->|\u2192)[^.;,:!?()>\u2192]*$/);
  const from = clause < 0 ? lineFrom : lineFrom + clause;
  const between = line.filter((w) => w.start >= from && (w.start >= lead.end || w.end <= lead.start));
  return !findAny(between, otherExamOf(notExamined)).length;
}
/** notExamined with the parent's and the reporter's words, joined once per list: a list made per call is a new cache key each time. */
const otherExamOf = perVocabulary((notExamined: readonly string[]) => {
  const v = readingVocabulary();
  return phraseSetOf([...notExamined, ...v.neuroToldByParent, ...v.questionSettled.reportedBy]);
});

/** The forward negation cues of the context lexicon that reach past their own word ("no", "nil", "without"). */
const denials = perVocabulary((lex: ContextLexicon) =>
  phraseSetOf(lex.triggers.flatMap((t) => (t.category === 'negated' && t.direction === 'forward' && !t.scope ? t.phrases : []))),
);

/**
 * The denial at `sign` is the writer's examination now: its sentence opens on the writer's exam words only
 * (neuroExamAfterParent: "O/E -", "Exam:", "On examination") and goes straight on to the negation, at most one word
 * before the sign ("Examination: no sacral dimple visible"). Anything else before it may date the exam or name another
 * examiner ("NIPE at birth:", "Previous visit 2 weeks ago:", "History: Mum says"), so it settles nothing; neither
 * does a parent's cue anywhere in the sentence ("no dimple seen per mum"). A denial read historical ("no dimple seen
 * previously") is left out by the caller.
 */
function examinedNow(text: string, sign: Span): boolean {
  // A lead of exam words and a negation is short: a sentence opening further back is no such lead.
  const reach = Math.max(0, sign.start - 80);
  const from = sentenceStart(text, sign.start, reach);
  if (from === reach && reach > 0) return false;
  const to = sentenceEnd(text, sign.end, sign.end + 80);
  const v = readingVocabulary();
  const sentence = toWords(text.slice(from, to), from);
  if (findAny(sentence, phraseSetOf(v.neuroToldByParent)).length) return false;
  const lead = sentence.filter((w) => w.end <= sign.start);
  // "Seen: no dimple found": a triage note's key for the clinician's look now (questionSettled.examNow).
  const exam = [...findAny(lead, phraseSetOf(v.neuroExamAfterParent)), ...findAny(lead, phraseSetOf(v.questionSettled.examNow))];
  let opened = 0;
  for (let covered = -1; opened < lead.length; opened++) {
    for (const m of exam) if (m.start === lead[opened].start) covered = Math.max(covered, m.end);
    if (lead[opened].end > covered) break;
  }
  const rest = lead.slice(opened);
  if (!opened || !rest.length) return false;
  const no = findAny(rest, denials(contextLexicon())).find((m) => m.start === rest[0].start);
  return !!no && rest.filter((w) => w.start >= no.end).length <= 1;
}

/**
 * "lost 10 lb intentionally (wrestling weight class)", "dropped 4 kg dieting": a red flag its own clause
 * explains is not the unexplained one that counts.
 */
export function explainedAway(hits: FindingHit[], text: string): void {
  const by = readingVocabulary().explainedBy;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !Object.hasOwn(by, h.finding.id)) continue;
    const words = fieldWords(h.field);
    const [from, to] = sentenceAround(text, words, h.span, true);
    // "unintentionally despite dieting advice": the sentence says the explanation does not hold; keep the red flag.
    if (findAny(words.slice(from, to), phraseSetOf(readingVocabulary().explanationUndone)).length) continue;
    if (assertedAmong(text, words, from, to, by[h.finding.id])) hits[i] = { ...h, present: false };
  }
}

/**
 * "Birthmark clinic (nurse-led)", "Haemangioma clinic - follow-up": a heading that names the clinic by the skin marker
 * it sees tells no marker on this child's back (reading-vocabulary.json markerClinics). Only the note's first line,
 * written without a key and short; a marker told anywhere else is read on its own.
 */
export function markerClinics(hits: FindingHit[], text: string): void {
  // The first line's hits only: a note whose heading names no marker (most) has nothing to read.
  const first = text.search(/\S/);
  if (first < 0 || !hits.some((h) => h.present && h.finding.category === 'cutaneous-marker' && h.field.inferred && h.field.lineSpan.start <= first)) return;
  const rule = readingVocabulary().markerClinics;
  const line = firstLineWords(text, first);
  if (line.length > rule.maxWords) return;
  const services = phraseSetOf(rule.services);
  const joiners = wordSetOf(rule.joiners);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'cutaneous-marker' || !h.field.inferred || h.field.lineSpan.start > first) continue;
    let k = line.findIndex((w) => w.start >= h.span.end);
    if (k < 0) continue;
    let skipped = 0;
    while (k < line.length && skipped < rule.joinerWords && joiners.has(line[k].text) && !findAny(line.slice(k, k + 2), services).some((m) => m.start === line[k].start)) {
      k++;
      skipped++;
    }
    if (k < line.length && findAny(line.slice(k, k + 2), services).some((m) => m.start === line[k].start)) hits[i] = { ...h, present: false };
  }
}

/** The words of the line that starts at `start` (bounded: a heading is short). */
function firstLineWords(text: string, start: number): Word[] {
  const nl = text.indexOf('\n', start);
  const end = Math.min(nl < 0 ? text.length : nl, start + 200);
  work.steps += end - start;
  return toWords(text.slice(start, end), start);
}

/**
 * "Mum fundraises for a cancer charity", "sent by the cancer screening programme", "mum works at the Cancer Centre": a
 * cancer word that names a cause, or a place the sentence ties to someone's work, tells no cancer of the child's
 * (reading-vocabulary.json cancerInstitutions). A place alone ("Letter from the Oncology Dept", "Referred by the Cancer
 * Institute") is most often where the child is treated, so it keeps the history, as does any word of the child's own care
 * anywhere in the sentence ("remains in remission", "off treatment", "radiotherapy at the Cancer Centre", "discharged
 * from … follow-up"): hiding a cancer history hides a red flag. A cancer named beside the place ("… for ALL") is read on
 * its own. A bounded look each side of the mention.
 */
export function cancerInstitutions(hits: FindingHit[], text: string): void {
  const rule = readingVocabulary().cancerInstitutions;
  // The findings a cancer word may be read as, whose mentions may name a place instead.
  const ids = wordSetOf(rule.cancerFindings);
  const categories = wordSetOf(rule.cancerCategories);
  const isCancerWord = (h: FindingHit) => ids.has(h.finding.id) || categories.has(h.finding.category);
  // Only a cancer word read present is withdrawn below: a note with none (most) has nothing to read.
  if (!hits.some((h) => h.present && isCancerWord(h))) return;
  // The starts of the words inside a cancer word, so that "Leukaemia & Lymphoma Society" reads on to the cause.
  const inCancer = new Set<number>();
  for (const h of hits) if (isCancerWord(h)) for (const w of toWords(text.slice(h.span.start, h.span.end), h.span.start)) inCancer.add(w.start);
  const causes = phraseSetOf(rule.causes);
  const places = phraseSetOf(rule.places);
  const workCues = phraseSetOf(rule.workCues);
  const care = phraseSetOf(rule.care);
  const joiners = wordSetOf(rule.joiners);
  const withdrawn = new Set<string>();
  for (const h of hits) {
    if (!h.present || !isCancerWord(h)) continue;
    const { valueSpan } = h.field;
    // The place or cause follows in the same clause: "ALL, run of chemo" is no "… run".
    const near = text.slice(h.span.end, Math.min(valueSpan.end, h.span.end + rule.afterChars));
    const stop = near.search(/[,;.:()\n\r]/);
    const after = toWords(stop < 0 ? near : near.slice(0, stop), h.span.end);
    let k = 0;
    while (k < after.length && k < rule.joinerWords && (joiners.has(after[k].text) || inCancer.has(after[k].start))) k++;
    if (k >= after.length) continue;
    const opensAt = (set: typeof causes) => findAny(after.slice(k, k + 3), set).some((s) => s.start === after[k].start);
    const sentence = widen(text, h.span.start, h.span.end, SENTENCE_ONLY, rule.sentenceChars, rule.sentenceChars, valueSpan.start, valueSpan.end);
    const clause = widen(text, h.span.start, h.span.start, CLAUSE_BEFORE, rule.sentenceChars, 0, sentence.start, h.span.start);
    const atWork = () => findAny(toWords(text.slice(clause.start, h.span.start), clause.start), workCues).length > 0;
    if (!opensAt(causes) && !(opensAt(places) && atWork())) continue;
    if (findAny(toWords(text.slice(sentence.start, sentence.end), sentence.start), care).length) continue;
    withdrawn.add(`${h.span.start}:${h.span.end}`);
  }
  if (!withdrawn.size) return;
  for (let j = 0; j < hits.length; j++) if (isCancerWord(hits[j]) && withdrawn.has(`${hits[j].span.start}:${hits[j].span.end}`)) hits[j] = { ...hits[j], present: false };
}
/** Where the words before a cancer word stop: a clause or a line. */
const CLAUSE_BEFORE = /[,;.\n\r]/y;
/** Where a sentence stops: not at ";" ("cancer charity; remains in remission" is one story of care). */
const SENTENCE_ONLY = /[.\n\r]/y;

/** "0/10", "0 / 10", "0 out of 10", after ": " or "is"; and "0/10" before the finding. */
const ZERO_AFTER = /^\s*(?:[:=-]\s*|(?:is|was|rated|score|scored|of)\s+){0,2}0\s*(?:\/|out of|of)\s*10(?![0-9])/i;
const ZERO_BEFORE = /(?:^|[^0-9./])0\s*\/\s*10\s*$/;

/** "Pain at rest 0/10, 6/10 on flexion": a pain score of zero beside a finding denies it. */
export function zeroScores(hits: FindingHit[], text: string): void {
  const denied = readingVocabulary().zeroScoreDenies;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !(denied.includes(h.finding.id) || denied.includes(h.finding.category))) continue;
    work.steps += 40;
    const after = text.slice(h.span.end, h.span.end + 24);
    const before = text.slice(Math.max(0, h.span.start - 12), h.span.start);
    if (ZERO_AFTER.test(after) || ZERO_BEFORE.test(before)) hits[i] = { ...h, present: false, negated: true, context: { ...h.context, negated: true } };
  }
}

/**
 * "fell onto his bottom; soft swelling over the sacrum, sore": a swelling told with an injury is a
 * contusion, not a lipoma-type marker (reading-vocabulary.json injurySwelling). A sign of injury in its
 * sentence is enough; an injury told in the sentence is enough only from a year of age (or with the age
 * unknown, never): in an infant the marker is the safer reading. "Since birth" keeps it a marker.
 */
export function swellingAfterInjury(hits: FindingHit[], text: string, months: number | undefined): void {
  const v = readingVocabulary().injurySwelling;
  let injuries: Span[] | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !v.findings.includes(h.finding.id)) continue;
    const words = fieldWords(h.field);
    const first = wordAt(words, h.span.start);
    const last = Math.min(words.length, wordAt(words, Math.max(h.span.start, h.span.end - 1)) + 1);
    if (first < last && findAny(words.slice(first, last), phraseSetOf(v.specific)).length) continue;
    const [from, to] = sentenceAround(text, words, h.span, false);
    if (assertedAmong(text, words, from, to, v.congenital)) continue;
    let injured = assertedAmong(text, words, from, to, v.signs);
    if (!injured && months !== undefined && months >= 12 && from < to) {
      injuries ??= hits
        .filter((t) => t.present && t.finding.category === 'trauma')
        .map((t) => t.span)
        .sort((a, b) => a.start - b.start);
      // An injury told within the sentence: the first one starting in it (binary search).
      const a = words[from].start;
      const b = words[to - 1].end;
      let lo = 0;
      let hi = injuries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (injuries[mid].start < a) lo = mid + 1;
        else hi = mid;
      }
      injured = lo < injuries.length && injuries[lo].end <= b;
    }
    if (injured) hits[i] = { ...h, present: false };
  }
}

/**
 * A temperature word and the number after it: "T 39.2", "Tmax: 39.8", "temp of 102 F"; not before a unit of
 * time, weight or size ("T 38 wk"), a percentage, a range or a fraction. Built once from the vocabulary.
 */
const temperaturePattern = perVocabulary(
  (words: readonly string[]): RegExp =>
    new RegExp(
      `\\b(?:${alternation(words)})\\b[ \\t]*(?:[:=][ \\t]*)?(?:(?:of|was|is|to|up to|reached|peaked at|at|>|over)[ \\t]+)?(\\d{2,3}(?:[.,]\\d{1,2})?)(?![.,]?\\d)(?![ \\t]*(?:w|wks?|weeks?|d|days?|mos?|months?|y|yo|yrs?|years?|kgs?|lbs?|g|cm|mm|mg|ml|mcg|bpm|min|x)\\b|[ \\t]*[%/-])`,
      'gi',
    ),
);

/**
 * "15 yo M w/ severe LBP, T 39.2", "(Tmax 39.8)", "temp 102": a temperature measured at a fever is the
 * red flag fever (reading-vocabulary.json temperatureFever), read in its context like any finding
 * ("if T > 38.5", "no temp over 38"). Read only where fever is read, and only when no fever is already present.
 */
/** Words in a temperature's clause that make it no current fever of the child's. */
const NOT_A_FEVER_NOW =
  /\b(?:last (?:week|month|year)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|post[- ]?(?:vaccine|vaccination|immuni[sz]ation|op\w*|operative)|postop\w*|after (?:vaccin\w*|immuni[sz]\w*|surgery)|recovered|resolved|now well|had a cold|advised|seek|return if|if|any temp|or (?:more|higher|above)|bath|water|room|formula|bottle|fridge)\b/i;

/** Where a temperature's clause ends: a comma, semicolon, line end, or a full stop that is no decimal point. */
const TEMPERATURE_CLAUSE = /[,;\n\r]|\.(?!\d)/y;

export function temperatures(hits: FindingHit[], text: string, fields: readonly Field[], k: Knowledge): void {
  const fever = k.finding('fever');
  if (!fever || hits.some((h) => h.present && h.finding === fever)) return;
  const v = readingVocabulary().temperatureFever;
  const re = temperaturePattern(v.words);
  // One look at the whole note first: nearly every note names no temperature at all.
  re.lastIndex = 0;
  if (!re.test(text)) return;
  const keys = FIELDS_FOR[fever.category];
  for (const f of fields) {
    if (!f.value || !f.key || !keys.includes(f.key.name)) continue;
    work.steps += f.value.length;
    re.lastIndex = 0;
    for (let m = re.exec(f.value), n = 0; m && n < 8; m = re.exec(f.value), n++) {
      const t = Number(m[1].replace(',', '.'));
      const hot = t >= 35 && t <= 45 ? t >= v.celsius : t >= 95 && t <= 113 ? t >= v.fahrenheit : false;
      if (!hot) continue;
      const start = f.valueSpan.start + m.index;
      const span = { start, end: start + m[0].length };
      const c = readContext(text, span.start, span.end);
      // "Post-vaccine temp 38.2 yesterday, now well", "any temp of 38 or more", "bath temp 38 C": a number in a
      // clause of another time, advice or another thing is no fever now.
      const clause = widen(text, span.start, span.end, TEMPERATURE_CLAUSE, 80, 80, f.valueSpan.start, f.valueSpan.end);
      const present = countsAsPresent(c, fever, f.key.name) && !NOT_A_FEVER_NOW.test(text.slice(clause.start, clause.end));
      hits.push({
        finding: fever,
        span,
        context: { negated: c.negated, uncertain: c.uncertain, hypothetical: c.hypothetical, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: c.negated,
        field: f,
      });
      if (present) return;
    }
  }
}

/**
 * "BRUE at home (pale, limp ~20 s)", "went limp", "floppy and limp": "limp" told of a body is floppiness, not the gait
 * change a walking child's limp is (reading-vocabulary.json limpBody). Only the word itself, judged by the word next
 * to it: a verb right before it ("went limp"; not "Pain went, limp persists", not "both legs went limp"), or a word of
 * the body's state joined by "and" or nothing ("pale and limp"), past a comma only in a child too young to limp
 * ("4mo … pale, limp ~20 s"; a 10-year-old "pale, limp on the right" limps). "fever and limp", "new limp" stay.
 */
export function limpOfTheBody(hits: FindingHit[], text: string, months: number | undefined): void {
  const v = readingVocabulary().limpBody;
  const young = months !== undefined && months < v.commaMonths;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !v.findings.includes(h.finding.id) || !v.words.includes(text.slice(h.span.start, h.span.end).toLowerCase())) continue;
    const words = fieldWords(h.field);
    const at = wordAt(words, h.span.start);
    // The word next to it one way (past "and" at most), and whether a comma stands between.
    const near = (from: number, step: number): { text: string; at: number; comma: boolean } | undefined => {
      let k = from;
      let comma = false;
      for (let n = 0; n < 2 && k >= 0 && k < words.length; n++, k += step) {
        const gap = step < 0 ? text.slice(words[k].end, words[k + 1]?.start ?? h.span.start) : text.slice(words[k - 1]?.end ?? h.span.end, words[k].start);
        if (/[.;:\n\r()]/.test(gap)) return undefined;
        if (gap.includes(',')) comma = true;
        if (words[k].text !== 'and') return { text: words[k].text, at: k, comma };
      }
      return undefined;
    };
    const before = near(at - 1, -1);
    const after = near(at + 1, 1);
    const joined = (w: { comma: boolean } | undefined) => w !== undefined && (!w.comma || young);
    const verb = before !== undefined && v.verbs.includes(before.text) && !before.comma && before.at === at - 1 && !(before.at > 0 && v.limbs.includes(words[before.at - 1].text));
    const state = (joined(before) && v.before.includes(before!.text)) || (joined(after) && v.after.includes(after!.text));
    if (verb || state) hits[i] = { ...h, present: false };
  }
}

/** A stated time: "in 12 h", "x 30 hrs", "48 hours", "2 days". */
const STATED_TIME = /(?<![\d.])(\d{1,3}(?:\.\d)?)\s*(h|hr|hrs|hour|hours|d|day|days)\b/gi;

/**
 * "term newborn, 8 hours old, has not voided yet", "no void in the first 12 h": in a child of the first days of life
 * (reading-vocabulary.json newbornVoid) the timing of a first void, not retention. Only while the time without a void
 * is under `hours` (the longest time the sentence states, else the child's age): "2 days old, has not voided since
 * birth", "no voids in 24 hours" are retention; and not beside a retention sign ("not voiding, bladder distended",
 * "has not voided, palpable bladder") nor with a word of `after` ("not voiding well"). "unable to void", "retention"
 * stay retention at any age.
 */
export function firstVoidOfNewborn(hits: FindingHit[], text: string, months: number | undefined): void {
  const v = readingVocabulary().newbornVoid;
  if (months === undefined || months * DAYS_PER_MONTH >= v.days) return;
  const ageHours = months * DAYS_PER_MONTH * 24;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !v.findings.includes(h.finding.id)) continue;
    const written = text
      .slice(h.span.start, h.span.end)
      .toLowerCase()
      .replace(/[^a-z]+/g, ' ')
      .trim();
    if (!v.phrases.includes(written)) continue;
    const words = fieldWords(h.field);
    const [from, to] = sentenceAround(text, words, h.span, true);
    if (from >= to) continue;
    if (assertedAmong(text, words, from, to, v.signs)) continue;
    const at = wordAt(words, h.span.end);
    const next = words
      .slice(at, Math.min(to, at + 3))
      .map((w) => w.text)
      .join(' ');
    if (v.after.some((a) => next === a || next.startsWith(a + ' '))) continue;
    let stated: number | undefined;
    for (const m of text.slice(words[from].start, words[to - 1].end).matchAll(STATED_TIME)) {
      const n = Number(m[1]) * (m[2].toLowerCase().startsWith('d') ? 24 : 1);
      stated = Math.max(stated ?? 0, n);
    }
    if ((stated ?? ageHours) >= v.hours) continue;
    hits[i] = { ...h, present: false };
  }
}

/**
 * "SMA type 2 … Areflexic, proximal weakness unchanged", "CP: baseline weakness L leg": a deficit told as the child's
 * known baseline is no new symptom (reading-vocabulary.json baselineDeficit). The words right after it in its clause
 * (`after`: "unchanged", "stable", "at baseline") or right before it (`before`: "baseline", "stable") say so; a word of
 * change in its sentence (`changed`: "new", "worse", "progressive") keeps it new ("new weakness, unchanged since
 * yesterday"). Only the few words beside each hit are read.
 */
export function baselineDeficits(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().baselineDeficit;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !v.categories.includes(h.finding.category)) continue;
    const words = fieldWords(h.field);
    const first = wordAt(words, h.span.start);
    const last = Math.min(words.length, wordAt(words, Math.max(h.span.start, h.span.end - 1)) + 1);
    if (first >= last) continue;
    const afterEnd = clauseEnd(text, words, last, 4);
    const beforeStart = clauseStart(text, words, first, 2);
    work.steps += afterEnd - beforeStart;
    const after = findAny(words.slice(last, afterEnd), phraseSetOf(v.after)).some((s) => s.start === words[last].start);
    const before = beforeStart < first && findAny(words.slice(beforeStart, first), phraseSetOf(v.before)).some((s) => s.end === words[first - 1].end);
    if (!after && !before) continue;
    const [from, to] = sentenceAround(text, words, h.span, true);
    if (findAny(words.slice(from, to), phraseSetOf(v.changed)).length) continue;
    hits[i] = { ...h, present: false, context: { ...h.context, historical: true } };
  }
}

/** The index after the last word of the clause that goes on from `at`, at most `reach` words on. */
function clauseEnd(text: string, words: readonly Word[], at: number, reach: number): number {
  let to = at;
  while (to < words.length && to - at < reach && !clauseBreak(text, words[to - 1]?.end ?? words[to].start, words[to].start)) to++;
  return to;
}

/** The first index of the clause that ends before `at`, at most `reach` words back. */
function clauseStart(text: string, words: readonly Word[], at: number, reach: number): number {
  let from = at;
  while (from > 0 && at - from < reach && !clauseBreak(text, words[from - 1].end, words[from].start)) from--;
  return from;
}

/** A comma, a semicolon, a full stop or a line break between two offsets. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 44 || c === 59 || c === 46) return true;
  }
  return false;
}

/**
 * "Received radiation to the left leg", "chemo + radiation to thigh", "Radiation to the right buttock for Ewing sarcoma",
 * "radiation to the legs from CT": radiation given, a treatment or a dose, is no pain radiating into the leg (reading-vocabulary
 * radiotherapy). A word of treatment among the few right before "radiation", or a word of cancer, conditioning or imaging
 * dose in its clause, withdraws the hit; "LBP with radiation to the L calf" keeps it, and a denial ("no radiation to legs") stays one.
 */
export function radiotherapy(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().radiotherapy;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (!h.present || !v.findings.includes(h.finding.id) || !RADIATION_TO.test(text.slice(h.span.start, h.span.end))) continue;
    let from = h.span.start;
    while (from > 0 && !CLAUSE_MARK.test(text[from - 1])) from--;
    let to = h.span.end;
    while (to < text.length && !CLAUSE_MARK.test(text[to])) to++;
    const before = toWords(text.slice(from, h.span.start), from).slice(-v.beforeWords);
    const clause = toWords(text.slice(from, to), from);
    if (findAny(before, phraseSetOf(v.before)).length || findAny(clause, phraseSetOf(v.sentence)).length) hits.splice(i, 1);
  }
}
const RADIATION_TO = /^radiation\s+(?:in)?to\b/i;
const CLAUSE_MARK = /[,;.\n\r]/;

/** Words before a deviated cleft in its sentence that tell it asked or told by another ("Referred for ?", "GP queried"). */
const CLEFT_ASKED = /(?:\?\s*$|\b(?:queried|query|referred for|referral for|previously reported|reported)\b)/i;
/**
 * After it in its sentence, the writer's word that the cleft is not deviated: "not confirmed", "not on (my) exam", "today
 * symmetric", "cleft straight/symmetric" (never a part of the cleft, "lower cleft straight").
 */
const CLEFT_DENIED =
  /(?:^|[\s,;:\-\u2013\u2014(])(?:not confirmed|not on (?:my )?exam(?:ination)?|today symmetric|(?<!\b(?:upper|lower|mid|top|bottom)\s)cleft (?:straight|symmetric))\b/i;

/**
 * "Referred for ?deviated upper gluteal cleft; on exam cleft straight and symmetric", "GP queried deviated upper gluteal
 * cleft, not confirmed on exam", "Previously reported asymmetric upper natal cleft, today symmetric": a deviated cleft
 * asked about or told by another (CLEFT_ASKED before it in its sentence, or an uncertain mention), then denied by the
 * writer in the same sentence (CLEFT_DENIED after it), is no deviated cleft. Added after review r52 of fix52e.
 */
export function cleftQueryDenied(hits: FindingHit[], text: string): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.id !== 'deviated-cleft') continue;
    const lineFrom = Math.max(text.lastIndexOf('\n', h.span.start - 1), text.lastIndexOf('\r', h.span.start - 1)) + 1;
    const before = text.slice(lineFrom, h.span.start);
    const prefix = before.slice(before.lastIndexOf('. ') + 1);
    if (!h.context.uncertain && !CLEFT_ASKED.test(prefix)) continue;
    const rest = text.slice(h.span.end, h.span.end + 200);
    const cut = rest.search(/\.(?:\s|$)|[\r\n]/);
    work.steps += 50;
    if (CLEFT_DENIED.test(cut < 0 ? rest : rest.slice(0, cut))) hits[i] = { ...h, present: false };
  }
}
