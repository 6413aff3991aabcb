/** How long the back pain has lasted ("back pain for 6 weeks"), from the fields that tell it. */
import type { KeyName } from '../notes/keys';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import type { AgeFact } from './age-fact';
import { type FindingHit, historyIsThePresentIllness } from './findings';
import { alternation, escapeClass, escapeRegExp, perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';
import { wordsSource } from './word-lists';
import type { Facts } from './note-facts';
import { ownClauseSpan } from './clauses';
import { contextLexicon } from './lexicon';

/**
 * A duration told after the back pain, in its sentence, within about 40 characters ("LBP x 6 wk",
 * "LBP x2mo", "LBP x 1.5 months", "LBP (x 7 wk)", "low back pain, worse with running, x 8 weeks"), also in the
 * British notation ("low back pain for 7/52", "LBP x 3/12"; a "/12" only after "x" or "for": "LBP, seen 3/12" is a date).
 */
const DURATION_AFTER = /^[^;.\n]{0,40}?(?<![\d./])(\d{1,3}(?:\.\d{1,2})?)\s*(weeks?|wks?|months?|mos?|\/52|\/12)(?:(?<=[a-z])\b|(?<=\d)(?![/\d]))/i;
/**
 * "LBP x 5 mths", "LBP 5 mths" (round 58, s160): "mths" is months only right after the pain word, an "x" between at most.
 * Further along it is often a plan's, a treatment's, a waiting list's or a review's length ("LBP, physio for 3 mths
 * planned", "on waiting list 6 mths", "next r/v 2 mths", "ibuprofen for up to 2 mths"; review rfix58m), never the pain's.
 */
const DURATION_AFTER_MTHS = /^[ \t]*(?:x[ \t]*)?(\d{1,3}(?:\.\d{1,2})?)[ \t]*(mths?)\b/i;
/**
 * A duration told right before it ("6 weeks of back pain", "6 wk h/o LBP", "10 weeks of low thoracic/lumbar back pain",
 * "7/52 hx of LBP", and over two regions joined: "2 months of upper and lower back ache"; reading-vocabulary
 * backRegionsJoined); never an age ("10 mo F with LBP").
 */
export const durationBeforeOf = perVocabulary(
  (v: ReadingVocabulary['backRegionsJoined']) =>
    new RegExp(
      String.raw`(?<![\d./])(\d{1,3}(?:\.\d{1,2})?)\s*-?\s*(weeks?|wks?|months?|mths?|mos?|\/52|\/12)\s+(?:of|hx of|history of|h\/o)\s+(?:(?:${wordsSource(v.words)})\s+(?:and|&|or)\s+)?(?:[a-z-]+(?:\s+|\s*\/\s*)){0,2}$`,
      'i',
    ),
);
/**
 * A duration with a bare "hx" right before the pain ("8/52 hx LBP", "6 wk hx low back pain"): only with the back pain's own
 * word straight after it (HX_PAIN; "6/52 hx URTI then LBP", "10/52 hx constipation and LBP", "6/12 hx migraine with LBP" tell
 * another complaint's length), never after a relative in its clause ("Dad 8/52 hx LBP"). Narrowed after review r52 of fix52e.
 */
const DURATION_HX = /(?<![\d./])(\d{1,3}(?:\.\d{1,2})?)\s*-?\s*(weeks?|wks?|months?|mths?|mos?|\/52|\/12)\s+hx\s+(low\s+)?$/i;
/** The back pain's words a bare "hx" may stand right before ("low" before "back pain" is matched by DURATION_HX). */
const HX_PAIN = /^(?:lbp|back\s+pain|backache|back\s+ache|low\s+back\s+pain)$/i;
function hxDuration(beforeText: string, pain: string): RegExpExecArray | null {
  const m = DURATION_HX.exec(beforeText);
  if (!m || !HX_PAIN.test(pain) || (m[3] && !/^back\s+pain$/i.test(pain))) return null;
  const clause =
    beforeText
      .slice(0, m.index)
      .split(/[,;:.\n()]/)
      .pop() ?? '';
  const relatives = relationWords(contextLexicon().speakers.relations);
  return toWords(clause).some((w) => relatives.has(w.text.toLowerCase())) ? null : m;
}
/** What must stand right before a "/12" after the pain for it to be months, not a date ("x 3/12", "for 3/12"). */
const MONTHS_SLASH_LEAD = /(?:\bx|\bfor(?:\s+the\s+(?:past|last))?|\bover\s+the\s+(?:past|last)|\u00d7)\s*$/i;
/** What before a "/52" or "/12" after the pain makes it a follow-up interval, no length ("rv in 6/52 if not settled"). */
const INTERVAL_SLASH_LEAD = /\b(?:in|rv|r\/v|review|reviewed|f\/u|fu|follow[- ]?up|see|recheck|reassess)\s*$/i;
/**
 * A duration told right before the pain with no "of" ("3 mo LBP", "6 wk focal low back pain", "since about 6 weeks
 * lumbar pain", in weeks also as fifty-seconds: "6/52 LBP"; a "/12" there may be a date): at most two words between, each one that tells of the pain, none that makes the number an age, a
 * time since or a treatment's length ("10 mo F with LBP", "2 weeks ago back pain", "6 wk PT for back pain", "2 wk
 * antibiotics LBP"; reading-vocabulary durationBeforePainWords).
 */
const DURATION_BARE = /(?<![\d./])(\d{1,3}(?:\.\d{1,2})?)\s*(weeks?|wks?|months?|mos?|\/52)\s+((?:[a-z-]+\s+){0,2})$/i;
const NUMBER_AND_UNIT_AT_END = /(?:\d{1,3}(?:\.\d{1,2})?\s*|\b[a-z]+[\s-]+)(?:[a-z]+|\/\d{2})$/i;
const NUMBER_AND_UNIT_AT_START = /^(?:\d{1,3}(?:\.\d{1,2})?\s*-?\s*|[a-z]+[\s-]+)(?:[a-z]+|\/\d{2})/i;
/**
 * A length written in words, told as one ("a two-month history of LBP", "back pain for the past six weeks", "LBP x two
 * weeks"): only before "of"/"history of", or after the pain behind "for"/"x"/"over the past" within its clause, never an
 * age or a time since ("a two-month-old sister", "two months ago", "twelve weeks post op", "review in six weeks").
 * The words are the vocabulary's number words.
 */
const wordLengths = perVocabulary((words: Readonly<Record<string, number>>) => {
  const one = `(?:${alternation(Object.keys(words), { longestFirst: true })})`;
  // "two to three months", "two-three months": the lower count is the length told for certain.
  const count = `(${one})(?:\\s*(?:to|-)\\s*${one})?`;
  const unit = '(weeks?|wks?|months?|mos?)';
  // Within the pain's own clause: no comma, "and", dash or another length ("back pain x2 days and headache for two months").
  const clause = '(?:(?!\\band\\b|\\s[-\u2013]\\s|\\bdays?\\b)[^,;.\\n]){0,25}?';
  const hedge = '(?:(?:about|around|approx\\.?|approximately|nearly|almost|over|more than|at least|roughly|some)\\s+)?';
  return {
    after: new RegExp(
      `^${clause}\\b(?:for(?:\\s+the\\s+(?:past|last))?|over\\s+the\\s+(?:past|last)|x|\u00d7)\\s*${hedge}(?:a\\s+)?${count}[\\s-]+${unit}\\b(?![\\s-]*(?:old|ago|post|later|after|from)\\b)`,
      'i',
    ),
    before: new RegExp(`\\b${count}[\\s-]+${unit}\\s+(?:of|hx of|history of|h\\/o)\\s+(?:[a-z-]+(?:\\s+|\\s*\\/\\s*)){0,2}$`, 'i'),
  };
});
/**
 * Keys a pain duration is read from. PMH ("ex-32 weeks preemie, back pain last year") is history, except
 * in a note with no line for the present illness, which writes it there ("Hx: LBP x 8 wk, night pain"; the
 * rule findings.ts uses), and where the back pain told there is read as today's ("Hx: low back pain for 7/52"
 * over a line of denials: findings.ts pastInHistory), whose length is then today's too.
 */
const PAIN_DURATION_KEYS = new Set<KeyName>(['Presentation', 'Symptoms', 'Indication', 'Patient']);

/**
 * Weeks of back pain: a duration next to a back-pain word (the back-pain findings' own phrases, so
 * "headaches" is not "ache"), in the same clause, in a field that tells the present illness.
 */
export function readPainWeeks(text: string, hits: readonly FindingHit[], all: readonly Field[], age: AgeFact | undefined, unknownKeyed: readonly Field[] = []): Facts['painWeeks'] {
  const pmhIsNow = historyIsThePresentIllness(all);
  const numberWords = readingVocabulary().trauma.numberWords;
  const inWords = wordLengths(numberWords);
  for (const h of hits) {
    // A relative's pain ("dad has had back pain for more than 4 weeks") tells no length of the child's (review rfix60e).
    if (h.negated || h.context.experiencer !== 'patient' || (h.finding.category !== 'back-pain' && !h.finding.id.endsWith('-pain'))) continue;
    const key = h.field.key?.name;
    if (!key || !(PAIN_DURATION_KEYS.has(key) || (key === 'PMH' && historyPainIsToday(text, h, pmhIsNow)))) continue;
    const value = h.field.valueSpan;
    work.steps += 100;
    const afterText = text.slice(h.span.end, Math.min(value.end, h.span.end + 60));
    const beforeText = text.slice(Math.max(value.start, h.span.start - 40), h.span.start);
    const after = DURATION_AFTER_MTHS.exec(afterText) ?? DURATION_AFTER.exec(afterText) ?? inWords.after.exec(afterText);
    const before = after
      ? null
      : (durationBeforeOf(readingVocabulary().backRegionsJoined).exec(beforeText) ??
        inWords.before.exec(beforeText) ??
        hxDuration(beforeText, text.slice(h.span.start, h.span.end)) ??
        bareDuration(beforeText, h.span.start - beforeText.length, age, afterText));
    const m = after ?? before;
    if (!m) continue;
    // The span is the duration itself ("6 wk"): it ends the match after the pain, it starts the one before it.
    const told = after ? NUMBER_AND_UNIT_AT_END.exec(m[0])![0] : NUMBER_AND_UNIT_AT_START.exec(m[0])![0];
    if (after && m[2].startsWith('/')) {
      const lead = m[0].slice(0, m[0].length - told.length);
      if ((m[2] === '/12' && !MONTHS_SLASH_LEAD.test(lead)) || INTERVAL_SLASH_LEAD.test(lead)) continue;
    }
    const n = Object.hasOwn(numberWords, m[1].toLowerCase()) ? numberWords[m[1].toLowerCase()] : Number(m[1]);
    const weeks = /^m|^\/12/i.test(m[2]) ? n * 4.345 : n;
    const at = after ? h.span.end + m.index + m[0].length - told.length : h.span.start - beforeText.length + m.index;
    const length = told.length;
    const lead = after ? m[0].slice(0, m[0].length - told.length) : beforeText.slice(0, m.index);
    const tail = after ? afterText.slice(m.index + m[0].length) : '';
    return { weeks, span: { start: at, end: at + length }, ...(boundExceeded(lead, tail) ? { over: true } : {}) };
  }
  return durationKeyUnderPain(text, hits, unknownKeyed);
}

/**
 * The words of a bound the length exceeds (reading-vocabulary lengthBound.bounds: ">", "more than", "over"), one
 * alternation: ">" never before "=" (">=", like "at least", the bound itself meets), a word from a word's start, a space
 * in a phrase any white space.
 */
const boundSource = (bounds: readonly string[]): string => bounds.map((b) => (b === '>' ? '>(?!=)' : `\\b${b.split(' ').map(escapeRegExp).join('\\s+')}`)).join('|');
/**
 * A bound the length exceeds, right before its number ("LBP >4 wks", "back pain for more than 4 weeks", "over 6 weeks");
 * never "over the past 4 weeks", a span of time the pain fills.
 */
const overBoundOf = perVocabulary((bounds: readonly string[]) => new RegExp(`(?:${boundSource(bounds)})\\s*$`, 'i'));
/** What may stand right before a bound with no word between: the lead's start or a clause's mark ("LBP, over 6 weeks"). */
const CLAUSE_MARK_AT_END = /(?:^|[,;:(]|\s[-\u2013\u2014])\s*$/;
/** A word then a hyphen right before "over": one word with it ("sleep-over", "hand-over"), no bound. */
const HYPHENED_AT_END = /[A-Za-z][-\u2013]$/;
const hedgesAtEndOf = perVocabulary(
  (words: readonly string[]) => new RegExp(`(?:(?<![\\w-])(?:${alternation(words, { longestFirst: true, one: (w) => w.split(' ').map(escapeRegExp).join('\\s+') })})\\s*)+$`, 'i'),
);
const painAwayOf = perVocabulary(
  // "pain-free", "pain free" and "painfree" alike: a space or a hyphen in the vocabulary's phrase may be either or none.
  (words: readonly string[]) =>
    new RegExp(`(?<![\\w-])(?:${alternation(words, { longestFirst: true, one: (w) => w.split(/[ -]/).map(escapeRegExp).join('[ -]?') })})(?![\\w-])`, 'i'),
);

/**
 * Whether the length told after `lead` is a bound the child's current pain exceeds ("LBP >4 wks", "back pain for over 4
 * weeks"), not one that is something else (review rfix60e): "over" as part of a verb or a noun ("since she fell over 4
 * weeks ago", "since a sleep-over 4 weeks ago": "over" counts only after nothing, a clause's mark or a word of
 * reading-vocabulary lengthBound.overLeads: "for", "x"); a negated bound ("no more than 4 weeks", "not over 4 weeks"); a
 * bound in a lead that tells the pain away ("pain-free for >4 weeks", "settled for over 4 weeks": the time without it); and
 * a time since ("back pain >4 weeks ago, settled": when, not how long).
 */
function boundExceeded(lead: string, tail: string): boolean {
  const v = readingVocabulary().lengthBound;
  const m = overBoundOf(v.bounds).exec(lead);
  if (!m || /^\s*ago\b/i.test(tail)) return false;
  // "for just over 4 weeks", "for well over": a hedge on the bound stands between it and what leads it.
  const before = lead.slice(0, m.index).replace(hedgesAtEndOf(v.hedges), '');
  const words = toWords(before);
  const last = words.at(-1);
  const prev = last && !/\S/.test(before.slice(last.end)) ? last.text.toLowerCase() : undefined;
  if (prev && v.negations.includes(prev)) return false;
  if (painAwayOf(v.painAway).test(before)) return false;
  if (/^over/i.test(m[0])) {
    if (HYPHENED_AT_END.test(before)) return false;
    if (!CLAUSE_MARK_AT_END.test(before) && !(prev && v.overLeads.includes(prev))) return false;
  }
  return true;
}

/**
 * A form's "Duration:" value that is a length alone (">4 weeks", "6 wks", "3/52", "10 days", "approx 2 months"): the
 * bound (lengthBound.bounds), the number and the unit, nothing else ("Duration: 6 weeks of physio" is a treatment's,
 * "Duration: unsure" none).
 */
const durationValueOf = perVocabulary(
  (bounds: readonly string[]) =>
    new RegExp(
      `^\\s*(?:(${boundSource(bounds)})\\s*|(?:approx\\.?|approximately|about|around|~|x)\\s*)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(weeks?|wks?|w|months?|mths?|mos?|days?|d|\\/52|\\/12)\\s*\\.?\\s*$`,
      'i',
    ),
);
/**
 * A line that joins the back pain to something else ("LBP and a rash", "back pain + cough", "LBP with headaches";
 * reading-vocabulary durationKeys.joins, whole words, and joinMarks): the length under it may be the other complaint's,
 * which the reader may not know as a finding.
 */
const joinedOf = perVocabulary(
  (v: ReadingVocabulary['durationKeys']) => new RegExp(`\\b(?:${v.joins.map(escapeRegExp).join('|')})\\b|[${v.joinMarks.map(escapeClass).join('')}]`, 'i'),
);
/** The complaints a length below them would be as much as the back pain's: a "Duration:" under them tells whose it is not. */
const OTHER_COMPLAINTS = new Set([
  'systemic-red-flag',
  'neurologic-symptom',
  'urologic-symptom',
  'orthopedic-symptom',
  'cutaneous-marker',
  'dimple',
  'suspected-infection-or-tumor',
]);

/**
 * An EHR form's "Duration: >4 weeks" (reading-vocabulary durationKeys), read as the back pain's length only when it is
 * clearly the back pain's: the form's line right above it (no blank line between) tells today's back pain, the child's and
 * not denied, and no other complaint whose length it could as well be, named or joined to it ("Fever: yes" / "Duration:
 * 5 days", "LBP and a rash" / "Duration: 6 weeks" are refused), and its value is a length alone. A duration key under any other line tells another
 * complaint's length, or no one's the reader can name, and is left unread.
 */
function durationKeyUnderPain(text: string, hits: readonly FindingHit[], unknownKeyed: readonly Field[]): Facts['painWeeks'] {
  const v = readingVocabulary();
  const keys = v.durationKeys.keys;
  for (const f of unknownKeyed) {
    if (f.key || f.inferred || f.prose || !keys.includes(f.rawKey.trim().toLowerCase().replace(/\s+/g, ' '))) continue;
    const m = durationValueOf(v.lengthBound.bounds).exec(f.value);
    if (!m) continue;
    const above = lineAbove(text, text.lastIndexOf('\n', f.keySpan.start - 1) + 1);
    if (!above) continue;
    const there = hits.filter((h) => h.span.start >= above.start && h.span.end <= above.end);
    const pain = there.some(
      (h) =>
        h.finding.category === 'back-pain' &&
        h.present &&
        !h.negated &&
        !h.context.historical &&
        h.context.experiencer === 'patient' &&
        statesTheComplaint(text, h, above, unknownKeyed),
    );
    if (!pain || there.some((h) => h.present && OTHER_COMPLAINTS.has(h.finding.category)) || joinedOf(v.durationKeys).test(text.slice(above.start, above.end))) continue;
    const n = Number(m[2]);
    const unit = m[3].toLowerCase();
    const weeks = /^m|^\/12/.test(unit) ? n * 4.345 : /^d/.test(unit) ? n / 7 : n;
    const start = f.valueSpan.start + m.index + m[0].search(/\d/);
    const end = f.valueSpan.start + m[0].replace(/\s*\.?\s*$/, '').length;
    return { weeks, span: { start, end }, ...(m[1] ? { over: true } : {}) };
  }
  return undefined;
}

/**
 * Whether the back pain's line states the complaint itself, so a "Duration:" under it is the pain's (review rfix60e): the
 * pain is the line's key ("Back pain: yes", "LBP: 3/10"), or the line's key is one that tells the complaint
 * (reading-vocabulary durationKeys.complaintLineKeys, the Presentation, Symptoms and Indication keys: "Complaint: low back
 * pain", "Sport: gymnastics - mechanical LBP on extension") and the pain heads a part of its value (only words that tell of
 * the pain before it: durationBeforePainWords) with nothing after it but the end, a mark or a word that tells of it
 * (afterComplaintWords: "LBP on extension"). A plan's, a treatment's, an administrative or an outcome line is none: "Plan:
 * back brace for back pain", "Back brace for back pain: to be fitted", "Sick note for school: back pain", "Return to
 * sport after back pain", "Expected recovery from back pain", "Waiting list for back pain clinic".
 */
function statesTheComplaint(text: string, h: FindingHit, line: Span, fields: readonly Field[]): boolean {
  const v = readingVocabulary();
  const told = wordSetOf(v.durationBeforePainWords);
  const onlyPainWords = (from: number, to: number) => toWords(text.slice(from, to)).every((w) => told.has(w.text.toLowerCase()));
  // The line's key as written, as the parser split the line: the engine may have read the line under a key it inferred
  // ("Sport: …" as the presentation).
  const written = writtenKeyOn(line, fields);
  const keyEnd = written ? written.keySpan.end : line.start;
  if (written && h.span.end <= keyEnd) {
    // "Back pain: yes": the pain is the key, its line's head; "Back brace for back pain: to be fitted" names another thing.
    return onlyPainWords(line.start, h.span.start) && !text.slice(h.span.end, keyEnd).trim();
  }
  if (written && !complaintKeyed(h.field, written.rawKey, line, v.durationKeys.complaintLineKeys)) return false;
  // The part of the line the pain heads: from the value's start (the line's, keyless) or the last mark before the pain.
  const from = written ? written.valueSpan.start : line.start;
  const head = text.slice(from, h.span.start);
  const mark = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), lastDashAt(head));
  if (!onlyPainWords(from + mark + 1, h.span.start)) return false;
  const next = /^\s*([A-Za-z]+)/.exec(text.slice(h.span.end, line.end));
  return !next || v.durationKeys.afterComplaintWords.includes(next[1].toLowerCase());
}

/** The key written at the head of `line` ("Sport:", "Chief complaint:"): the parser's field there, known key or not, or none. */
function writtenKeyOn(line: Span, fields: readonly Field[]): Field | undefined {
  return fields.find((f) => !f.inferred && !f.column && f.keySpan.start >= line.start && f.keySpan.start < line.end);
}

/** A key that tells the complaint: one the language reads as the presentation, the symptoms or the indication, or complaintLineKeys. */
function complaintKeyed(f: Field, written: string, line: Span, complaintKeys: readonly string[]): boolean {
  if (complaintKeys.includes(written.trim().toLowerCase().replace(/\s+/g, ' '))) return true;
  const name = f.key?.name;
  return !f.inferred && !f.prose && f.keySpan.start >= line.start && (name === 'Presentation' || name === 'Symptoms' || name === 'Indication');
}

/** Where the last spaced dash in `s` stands ("competitive gymnastics - mechanical LBP"), or -1. */
function lastDashAt(s: string): number {
  let at = -1;
  for (const m of s.matchAll(/\s[-\u2013\u2014]\s/g)) at = m.index + 1;
  return at;
}

/** The non-blank line right above the line starting at `lineStart`, or none when a blank line or the note's start is there. */
function lineAbove(text: string, lineStart: number): Span | undefined {
  const end = text.lastIndexOf('\n', lineStart - 1);
  if (end <= 0) return undefined;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end).replace(/\r$/, '');
  return line.trim() ? { start, end: start + line.length } : undefined;
}

/**
 * Whether a back pain under a history key is today's, so its length is read: the key tells the present illness, or the
 * pain counts and its clause dates no other episode.
 */
function historyPainIsToday(text: string, h: FindingHit, pmhIsNow: boolean): boolean {
  return !h.context.historical && (pmhIsNow || (h.present && !pastInClause(text, h.field.valueSpan, h.span)));
}

/**
 * A history value's clause around a back pain marks it past, though a word of the present illness there keeps the pain
 * itself counting (findings.ts pastInHistory): "Hx: LBP x 8 wk in 2023" over today's Presentation line is an episode of
 * 2023, so its eight weeks are not today's. A pastLengthInHistory phrase or "in" and a year, within the value's clause.
 */
function pastInClause(text: string, value: Span, span: Span): boolean {
  const c = ownClauseSpan(text.slice(value.start, value.end), span.start - value.start);
  const start = value.start + c.start;
  const clause = text.slice(start, value.start + c.end);
  // A year, bare or bracketed ("in 2023", "(2023)", "summer 2024"), never a date's ("since 01/03/2025").
  return /(?<![/.\-\d])(?:19|20)\d\d\b/.test(clause) || findAny(toWords(clause, start), phraseSetOf(readingVocabulary().pastLengthInHistory)).length > 0;
}

/** A word of a visit, before a "/52" in its clause ("Return 6/52", "Next appt 6/52", "Last seen 6/52"). */
const VISIT_BEFORE_SLASH = /\b(?:rv|r\/v|review(?:ed)?|f\/u|fu|follow[- ]?up|see|seen|recheck|reassess|return(?:ed|s)?|rtc|appt|appointment|visit|clinic|next)\b/i;
/** A word of a visit right after the pain ("6/52 LBP clinic", "6/52 LBP review", "6/52 back pain f/u"). */
const VISIT_AFTER_PAIN = /^\s*(?:clinic|review|rv|r\/v|f\/u|fu|follow[- ]?up|appt|appointment|visit|recheck|check)\b/i;
/**
 * A "/52" right before the pain that is no length of it: an interval of a visit before it in its clause or one named
 * right after the pain, or a relative named before it in its clause ("Sister 6/52 LBP").
 */
function slashNotLength(lead: string, afterText: string): boolean {
  if (INTERVAL_SLASH_LEAD.test(lead) || VISIT_AFTER_PAIN.test(afterText)) return true;
  const clause = lead.split(/[,;:.\n()]/).pop() ?? '';
  if (VISIT_BEFORE_SLASH.test(clause)) return true;
  const relatives = relationWords(contextLexicon().speakers.relations);
  return toWords(clause).some((w) => relatives.has(w.text));
}
const relationWords = perVocabulary((relations: readonly string[]) => new Set([...relations, 'twin', 'twins', 'sib', 'sibs']));

/**
 * DURATION_BARE when every word between the duration and the pain tells of the pain (durationBeforePainWords), the
 * note tells the age elsewhere than this number and the duration is shorter than the age: "18 mo LBP, refuses to walk"
 * with no other age, "9 mo ex-preemie back pain" tell an age, not how long the pain has lasted.
 */
function bareDuration(beforeText: string, beforeStart: number, age: AgeFact | undefined, afterText: string): RegExpExecArray | null {
  const m = DURATION_BARE.exec(beforeText);
  if (!m || !age) return null;
  // "f/u 6/52 LBP settled", "rv in 6/52 LBP", "Return 6/52 LBP clinic", "Last seen 6/52 LBP": a visit's interval, no
  // length; "Sister 6/52 LBP": a relative's.
  if (m[2] === '/52' && slashNotLength(beforeText.slice(0, m.index), afterText)) return null;
  const start = beforeStart + m.index;
  if (age.span.start < start + NUMBER_AND_UNIT_AT_START.exec(m[0])![0].length && start < age.span.end) return null;
  if ((/^m/i.test(m[2]) ? Number(m[1]) * 4.345 : Number(m[1])) >= age.months * 4.345) return null;
  const told = wordSetOf(readingVocabulary().durationBeforePainWords);
  return m[3].split(/\s+/).every((w) => !w || told.has(w.toLowerCase())) ? m : null;
}
