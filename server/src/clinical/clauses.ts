/** Sentences and clauses of a note's text: where they begin and end, and the words that condition or negate within them. */
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, lowerBound } from '../notes/words';
import { work } from '../notes/work';
import { escapeRegExp, perVocabulary } from './patterns';
import { wordsSource } from './word-lists';
import { US_WORDS, STUDY_WORDS, STUDY_HEAD, STUDY_TAIL, startsWithStudy } from './study-names';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/** Where the sentence holding `at` ends: at ". ", ";" or a line break (or the text's end). */
export function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 46 && /\s/.test(text[i + 1] ?? ' '))) return i + 1;
  }
  return text.length;
}

/** Two spans in one sentence: nothing between them ends one (". ", ";", a line break), and they are near. */
export function sameSentence(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to - from > 160) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 46 && /\s/.test(text[i + 1] ?? ' '))) return false;
  }
  return true;
}

/** The sentence around a span: from the end of the sentence before (a full stop, "?" or "!" before a blank, a semicolon or a line break) to the end of its own. */
export function sentenceSpan(text: string, at: Span): Span {
  let start = at.start;
  while (start > 0 && !(text[start - 1] === '\n' || text[start - 1] === ';' || (/\s/.test(text[start - 1]) && /[.?!]/.test(text[start - 2] ?? '')))) start--;
  let end = at.end;
  while (end < text.length && !(text[end] === '\n' || text[end] === ';' || (/[.?!]/.test(text[end]) && (end + 1 >= text.length || /\s/.test(text[end + 1]))))) end++;
  work.steps += end - start;
  return { start, end };
}

/** The sentence of f (to ". " or ";") around a span. */
export function sentenceAround(text: string, f: Field, span: Span): string {
  let a = span.start;
  while (a > f.valueSpan.start && text[a - 1] !== ';' && !(text[a - 1] === ' ' && text[a - 2] === '.')) a--;
  let b = span.end;
  while (b < f.valueSpan.end && text[b] !== ';' && !(text[b] === '.' && /\s/.test(text[b + 1] ?? ' '))) b++;
  work.steps += b - a;
  return text.slice(a, b);
}

/** A Plan value cut at . ; , and parentheses, at " - ", and at "and" / "so" / "then" before another study ("XR deferred and MRI L-spine"). */
// Built once: matchAll copies it, so its lastIndex is never moved.
const PLAN_CLAUSE_CUT = new RegExp(String.raw`[.;,()]\s*|\s+-\s+|\s+(?:and|so|then|since|because|but|as)\s+(?=(?:${US_WORDS}|${STUDY_WORDS}|spinal)\b)`, 'gi');

/**
 * `abbreviated` (order-vocabulary stopAbbreviations): words whose full stop ends no clause ("CT chest/abd/pelvis w/ IV
 * contrast incl. dedicated T-spine and L-spine reformats" is one clause, the spine study it orders).
 */
export function planClauses(f: Field, abbreviated?: ReadonlySet<string>): Field[] {
  const out: Field[] = [];
  const re = PLAN_CLAUSE_CUT;
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = f.value.slice(a, b);
    const value = raw.trim();
    if (!value || out.length >= 64) return;
    const start = f.valueSpan.start + a + (raw.length - raw.trimStart().length);
    out.push({ ...f, valueSpan: { start, end: start + value.length }, value });
  };
  for (const m of f.value.matchAll(re)) {
    if (abbreviated && /^\.\s/.test(m[0]) && abbreviated.has(ABBREVIATION_BEFORE.exec(f.value.slice(Math.max(0, (m.index ?? 0) - 12), m.index))?.[0].toLowerCase() ?? '')) continue;
    push(from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(from, f.value.length);
  work.steps += f.value.length;
  return out;
}
/** The word a full stop follows, when it stands alone ("incl." but not the "l" of "l.incl"). */
const ABBREVIATION_BEFORE = /(?<![\p{L}.])\p{L}+$/u;
/** ownClause's span in the value. */
export function ownClauseSpan(value: string, at: number): Span {
  let start = 0;
  for (const m of value.slice(0, at).matchAll(/[.?!;]\s|\n/g)) start = m.index + m[0].length;
  const end = value.slice(at).search(/[.?!;](?:\s|$)|\n/);
  return { start, end: end < 0 ? value.length : at + end };
}

/** The index of the first word starting at or after `at`, by binary search (a long sentence has many words). */
export function wordIndex(words: readonly Word[], at: number): number {
  return lowerBound(words, (w) => w.start, at);
}

/** words[i] turns the word after it round: "not", "never", "no", the "t" of "didn't" / "haven't". */
export function negates(words: readonly Word[], i: number): boolean {
  const w = words[i]?.text;
  return w === 'not' || w === 'never' || w === 'no' || (w === 't' && i > 0 && words[i - 1].text.endsWith('n'));
}
/**
 * The last word of the study name whose head word is at `head`: the name goes on over its tail words ("XR L-spine w/o",
 * "MRI lumbar spine"), up to `limit`; given the text, never past a clause's end ("MRI spine, contrast if needed").
 */
export function studyTailEnd(words: readonly Word[], head: number, text?: string, limit = words.length): number {
  let tail = head;
  while (tail + 1 < limit && STUDY_TAIL.has(words[tail + 1].text) && (text === undefined || !breaksClause(text, words[tail].end, words[tail + 1].start))) tail++;
  return tail;
}

/**
 * Words that start another part of the sentence: a cue after them governs something else
 * ("US spine then hold off on MRI", "MRI and consider NSGY referral", "MRI after holding ibuprofen").
 */
export const CLAUSE_WORDS = new Set(['and', 'then', 'after', 'before', 'but', 'until', 'rather', 'plus', 'also']);

/** Punctuation that ends the clause: , ; : . and a parenthesis; a dash with a space before it (not "L-spine"). */
export function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 40 || c === 41) return true;
    // A dash set off by a space, as typed ("-") or as a word processor writes it (an en or em dash: "No order yet – spinal
    // US today"); never a hyphen or a range ("L-spine", "1–2 wk").
    if ((c === 45 || c === 0x2013 || c === 0x2014) && i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) return true;
  }
  return false;
}

/**
 * A condition in a sentence: what it names is not done ("MRI if US equivocal"); nor is a study awaited ("GH start once
 * MRI done"; "once the MRI was done, …" tells one done). "if" as a note written between English and the writer's own
 * language says it, whose study words are read in every note: Lithuanian "jei"/"jeigu" ("Jei skausmas išliks - MRT
 * stuburo"), Russian "если", Bulgarian "ако".
 */
export interface ConditionWords {
  /** A condition anywhere in the text (reading-vocabulary conditions: words, foreignIf, awaited but for awaitedDone). */
  condition: RegExp;
  /** A heading's condition (conditions.words and headingOnly: "Next step if US equivocal -"; keyed-study.ts). */
  heading: RegExp;
  /** "if" in the languages whose study words are read in every note (conditions.foreignIf). */
  foreignIf: ReadonlySet<string>;
}

/** reading-vocabulary conditions as the patterns and set its readers use, built once per vocabulary. */
export const conditionWordsOf = perVocabulary((v: ReadingVocabulary['conditions']): ConditionWords => {
  // A word of Latin letters is bounded by \b, as the English ones; one of another script by letters, which \b does not know.
  const latin = v.foreignIf.filter((w) => /^[a-z]+$/.test(w));
  const other = v.foreignIf.filter((w) => !/^[a-z]+$/.test(w));
  const awaited = String.raw`(?:${wordsSource(v.awaited)})(?![^.;,]*\b(?:${wordsSource(v.awaitedDone)})\b)`;
  const bounded = [wordsSource(v.words), ...(latin.length ? [wordsSource(latin)] : []), awaited].join('|');
  const unbounded = other.length ? String.raw`|(?<!\p{L})(?:${other.map(escapeRegExp).join('|')})(?!\p{L})` : '';
  return {
    condition: new RegExp(String.raw`\b(?:${bounded})\b${unbounded}`, 'iu'),
    heading: new RegExp(String.raw`\b(?:${wordsSource([...v.words, ...v.headingOnly])})\b`, 'i'),
    foreignIf: new Set(v.foreignIf),
  };
});
/** The condition words of this build's vocabulary (conditionWordsOf). */
export function conditionWords(): ConditionWords {
  return conditionWordsOf(readingVocabulary().conditions);
}
/** A condition in the text (conditionWords().condition): "MRI if US equivocal", "once MRI done", "если". */
export function conditioned(text: string): boolean {
  return conditionWords().condition.test(text);
}

/** A value cut into its sentences and clauses (". " and ";" and ","), each as a field of its own. */
/**
 * A clause runs to ".", ";" or ","; a short bracket is one piece of it ("C-spine X-rays (AP, lateral) requested"), also with
 * the stops of its abbreviations, none followed by a space ("X-ray C-spine (a.p./lat.) ordered", as German-trained writers
 * shorten the views): a stop and a space in a bracket still end the clause ("(done 2024. Normal)").
 */
const CLAUSE = /(?:\((?:[^().;\n]|\.(?=[^\s.()]|\))){0,80}\)|[^.;,])+/g;

export function sentences(f: Field): Field[] {
  const out: Field[] = [];
  for (const m of f.value.matchAll(CLAUSE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (!value) continue;
    const start = f.valueSpan.start + (m.index ?? 0) + lead;
    out.push({ ...f, valueSpan: { start, end: start + value.length }, value });
    if (out.length >= 64) break;
  }
  return out;
}

/**
 * "Pls: XR T-spine + L-spine" (round 51, narrowed after review r51): a texted "please" written as a key, asking a study alone, is
 * the request, read as the sentence it stands for; one with anything else after the study ("Pls: XR L-spine at GP", "Pls: MRI
 * L-spine?") is read as any unknown key's line, as before.
 */
export function textedRequestLine(rawKey: string, value: string): boolean {
  return /^(?:pls|plz)$/i.test(rawKey.trim()) && asksStudyOnly(value.trim());
}

/**
 * The text holds only a study asked for: its name first, then its own words (region, contrast), its views, "+"/"and" another
 * region, and courtesy or urgency words (reading-vocabulary textedRequest.onlyWith: "XR t/l spine 2day if poss thx"); no "?".
 */
function asksStudyOnly(text: string): boolean {
  if (!startsWithStudy(text) || /[?:]/.test(text)) return false;
  const only = onlyWords(readingVocabulary());
  const words = text
    .toLowerCase()
    .replace(only.phrases, ' ')
    .split(/[^a-z0-9]+/);
  return words.every((w) => !w || STUDY_HEAD.has(w) || STUDY_TAIL.has(w) || only.words.has(w) || /^\d$/.test(w));
}
const onlyWords = perVocabulary((v: ReadingVocabulary) => {
  const phrases = v.textedRequest.onlyWith.filter((w) => w.includes(' '));
  return {
    words: new Set(v.textedRequest.onlyWith.filter((w) => !w.includes(' '))),
    phrases: new RegExp(phrases.length ? `\\b(?:${phrases.join('|')})\\b` : '(?!)', 'g'),
  };
});
