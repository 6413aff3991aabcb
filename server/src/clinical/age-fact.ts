import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import { type AgeValue, type IsoDate, correctedMonths, monthsBetween, parseAge, parseGestation, parseIsoDate } from '../notes/age';
import { type Field, type ParsedNote, field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';

export interface AgeFact {
  /** Chronological age in months: the acoustic-window rules use it unless a setting says otherwise. */
  months: number;
  span: Span;
  from: 'Age' | 'Patient' | 'DOB' | 'text';
  /** For a preterm infant whose gestation the note gives ("ex-32 wk"): the age corrected for prematurity. */
  corrected?: { months: number; gestationWeeks: number; span: Span };
}

export interface AgeProblem {
  span: Span;
  message: string;
}

const word = z.string().regex(/^[a-z0-9]+$/, 'one lower-case word of letters and digits');
const words = z.array(word).min(1);

/** server/knowledge/age-vocabulary.json: the words that make a number with a unit the patient's age in free text, or not. */
export const AgeVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  afterAge: z.strictObject({ $comment: z.string().optional(), words, visit: words }),
  beforeAge: z.strictObject({ $comment: z.string().optional(), person: words, link: words, age: words }),
  pastAge: z.strictObject({ $comment: z.string().optional(), words }),
  durationBefore: z.strictObject({ $comment: z.string().optional(), words }),
  durationAfter: z.strictObject({ $comment: z.string().optional(), words, ofAge: words }),
  notAnAge: z.strictObject({ $comment: z.string().optional(), words }),
  relatives: z.strictObject({ $comment: z.string().optional(), words }),
  notChronological: z.strictObject({ $comment: z.string().optional(), before: words, after: words }),
  durationNouns: z.strictObject({ $comment: z.string().optional(), words }),
});
export type AgeVocabulary = z.infer<typeof AgeVocabularySchema>;

interface AgeWords {
  after: Set<string>;
  visit: Set<string>;
  person: Set<string>;
  link: Set<string>;
  age: Set<string>;
  pastAge: Set<string>;
  durationBefore: Set<string>;
  durationAfter: Set<string>;
  ofAge: Set<string>;
  notAnAge: Set<string>;
  relatives: Set<string>;
  notChronologicalBefore: Set<string>;
  notChronologicalAfter: Set<string>;
  durationNouns: Set<string>;
}

let cachedWords: AgeWords | undefined;

export function loadAgeVocabulary(file = path.join(defaultKnowledgeDir(), 'age-vocabulary.json')): AgeVocabulary {
  return parseJsonFile(file, AgeVocabularySchema);
}

/** The shipped age vocabulary, validated once per process, as sets. */
function ageWords(): AgeWords {
  if (cachedWords) return cachedWords;
  const v = loadAgeVocabulary();
  cachedWords = {
    after: new Set(v.afterAge.words),
    visit: new Set(v.afterAge.visit),
    person: new Set(v.beforeAge.person),
    link: new Set(v.beforeAge.link),
    age: new Set(v.beforeAge.age),
    pastAge: new Set(v.pastAge.words),
    durationBefore: new Set(v.durationBefore.words),
    durationAfter: new Set(v.durationAfter.words),
    ofAge: new Set(v.durationAfter.ofAge),
    notAnAge: new Set(v.notAnAge.words),
    relatives: new Set(v.relatives.words),
    notChronologicalBefore: new Set(v.notChronological.before),
    notChronologicalAfter: new Set(v.notChronological.after),
    durationNouns: new Set(v.durationNouns.words),
  };
  return cachedWords;
}

/**
 * The age: from `Age`, else `DOB` (with `Date`), else `Patient`, else an age stated anywhere in the
 * free text ("HPI: 3 mo M w/ …"). Gestation, when given, adds the corrected age.
 */
export function readAge(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[]): AgeFact | undefined {
  const age = readChronological(note, all, today, problems);
  if (!age) return undefined;
  for (const f of all) {
    const key = f.key?.name;
    // Gestation is written with the age or in the history, nowhere else.
    if (key !== 'Age' && key !== 'Patient' && key !== 'Presentation' && key !== 'PMH') continue;
    if (!f.value || !MAY_GIVE_GESTATION.test(f.value)) continue;
    const g = parseGestation(f.value);
    if (g) {
      age.corrected = { months: correctedMonths(age.months, g.weeks), gestationWeeks: g.weeks, span: shift(g.span, f.valueSpan.start) };
      break;
    }
  }
  return age;
}

/** Every gestation form holds one of these; values without them are not searched. */
const MAY_GIVE_GESTATION = /\bex\b|ex-|\bborn\b|\bGA\b|\bEGA\b|gestation|preterm|premature|\bprem\b|weeker/i;

/** The value with any gestation blanked out, so "ex-32 wk, 10 wk old" reads as 10 weeks. */
function withoutGestation(value: string): string {
  if (!MAY_GIVE_GESTATION.test(value)) return value;
  const g = parseGestation(value) ?? GESTATION_ANY(value);
  if (!g) return value;
  return value.slice(0, g.span.start) + ' '.repeat(g.span.end - g.span.start) + value.slice(g.span.end);
}

/** Term gestations ("born at 39 weeks") are not ages either. */
function GESTATION_ANY(value: string): { span: Span } | undefined {
  const m =
    /\b(?:ex[ \t]?-?[ \t]?|born (?:at )?)\d{2}(?:\+\d)?[ \t]?(?:wk|wks|weeks?|weeker)?\b|\b\d{2}(?:\+\d)?[ \t]?(?:wk|wks|weeks?)[ \t]?(?:GA|gestation(?:al age)?|EGA)\b/i.exec(
      value,
    );
  return m ? { span: { start: m.index, end: m.index + m[0].length } } : undefined;
}

function readChronological(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[]): AgeFact | undefined {
  // An Age key written inside prose ("NICU summary. Age: 4 weeks") is read as one too.
  const age = field(note, 'Age') ?? all.find((f) => f.key?.name === 'Age');
  if (age) {
    const a = parseAge(withoutGestation(age.value), true);
    if (a && a.months <= 130 * 12) return { months: a.months, span: shift(a.span, age.valueSpan.start), from: 'Age' };
    // Inside prose an unreadable "Age:" is left to the free-text reading below; a written Age line is reported.
    if (age.value.trim() && !age.inferred)
      problems.push({ span: age.valueSpan, message: `cannot read the age "${clip(age.value)}"; write it as "3 months", "10 weeks", "2y 3m" or "newborn"` });
  }
  const dob = field(note, 'DOB');
  if (dob && dob.value.trim()) {
    const birth = parseIsoDate(dob.value);
    const dateField = field(note, 'Date');
    const orderDate = dateField && dateField.value.trim() ? parseIsoDate(dateField.value) : today;
    if (!birth) problems.push({ span: dob.valueSpan, message: `cannot read the date of birth "${clip(dob.value)}"; write it as an ISO date such as 2026-08-20` });
    else if (!orderDate && dateField)
      problems.push({ span: dateField.valueSpan, message: `cannot read the order date "${clip(dateField.value)}"; write it as an ISO date such as 2026-11-26` });
    else if (orderDate) {
      const months = monthsBetween(birth, orderDate);
      if (months < 0) problems.push({ span: dob.valueSpan, message: 'the date of birth is after the order date' });
      else return { months, span: dob.valueSpan, from: 'DOB' };
    }
  }
  const patient = field(note, 'Patient');
  if (patient) {
    const a = parseAge(withoutGestation(patient.value), true, true);
    if (a) return { months: a.months, span: shift(a.span, patient.valueSpan.start), from: 'Patient' };
  }
  // Free text: an age only where the words around it make it one ("3 mo M", "Girl 10 years"), the
  // first in the note; an age standing alone as a clause ("hair tuft L5, 11mo. MRI …") only when no
  // other is told.
  const texts = all.filter((f) => f.value && FREE_TEXT_KEYS.has(f.key?.name ?? '')).sort((a, b) => a.valueSpan.start - b.valueSpan.start);
  let alone: AgeFact | undefined;
  for (const f of texts) {
    const found = ageInText(note.text, f);
    if (!found) continue;
    const fact: AgeFact = { months: found.months, span: shift(found.span, f.valueSpan.start), from: 'text' };
    if (!found.alone) return fact;
    alone ??= fact;
  }
  return alone;
}

const FREE_TEXT_KEYS = new Set<string>(['Presentation', 'Findings', 'Indication', 'Symptoms']);

interface TextAge extends AgeValue {
  /** Told by nothing but standing alone as a clause ("…, 11mo. MRI"): taken only when no other age is told. */
  alone?: boolean;
}

/** British months/weeks/days notation in free text ("18/12 girl"): only with a word that makes it an age. */
const SLASH_AGE_IN_TEXT = /(?<![\d/])(\d{1,2})\/(12|52|7)(?![\d/])/g;

/** Notation that is itself an age: "y/o", "d/o", "y.o.", "-old" ("w/o" only when no word follows: "6 w/o", but "3 w/o contrast"). */
const MARKED_AFTER = /^(?:\/o\b|\.o\b|[ \t]?-?[ \t]?old\b)/i;

/** Sentence ends between two words: a clause never reaches past one. Decimal points and "y.o." are no sentence end. */
const SENTENCE_END = /[;!?\n\r]|\.(?:\s|$)/;
/** A clause boundary before a stand-alone age: a comma, a sentence end, a dash or the start of a line. */
const CLAUSE_BEFORE = /(?:^|[,;.!?(\n\r]|\s[-\u2013\u2014])\s*$/;
const CLAUSE_AFTER = /^\s*(?:[,;.!?)]|\s[-\u2013\u2014]\s|$)/;

/**
 * The patient's age in a free-text value, or undefined. Each candidate (a number with a unit, "18/12",
 * "newborn") is judged by the words next to it (server/knowledge/age-vocabulary.json): a duration, a
 * past time, someone else's age or a corrected age is passed over, and the first candidate that the
 * words make an age is taken. Linear: a bounded number of candidates, each looked at within a few words.
 */
function ageInText(noteText: string, f: Field): TextAge | undefined {
  const original = f.value;
  const value = withoutGestation(original);
  const v = ageWords();
  const words = toWords(value);
  const candidates: TextAge[] = [];
  let offset = 0;
  for (let tries = 0; tries < 12 && offset < value.length; tries++) {
    const a = parseAge(value.slice(offset), false, true);
    if (!a) break;
    candidates.push({ ...a, span: shift(a.span, offset) });
    offset += a.span.end;
  }
  let slashes = 0;
  for (const m of value.matchAll(SLASH_AGE_IN_TEXT)) {
    if (++slashes > 4) break;
    const unit = m[2] === '12' ? 1 : m[2] === '52' ? 7 / 30.4375 : 1 / 30.4375;
    candidates.push({ months: Number(m[1]) * unit, span: { start: m.index, end: m.index + m[0].length }, alone: false, withSex: false });
  }
  candidates.sort((a, b) => a.span.start - b.span.start);
  let alone: TextAge | undefined;
  let w = 0;
  for (const c of candidates) {
    while (w < words.length && words[w].end <= c.span.start) w++;
    const verdict = judge(value, original, words, w, c, v, noteText, f.valueSpan.start);
    if (verdict === 'age') return { months: c.months, span: c.span, withSex: c.withSex };
    if (verdict === 'alone') alone ??= { months: c.months, span: c.span, alone: true };
  }
  return alone;
}

/**
 * What the words around one candidate make of it: 'age', 'alone' (an age only by standing alone as a
 * clause) or undefined (no age). `w` is the index of the first word at or after the candidate's start.
 */
function judge(value: string, original: string, words: readonly Word[], w: number, c: AgeValue, v: AgeWords, noteText: string, base: number): 'age' | 'alone' | undefined {
  const { start, end } = c.span;
  const told = value.slice(start, end);
  let a = w;
  while (a < words.length && words[a].start < end) a++;
  // The words before (nearest first) and after the candidate, within its sentence.
  const before: Word[] = [];
  for (let i = w - 1, at = start; i >= 0 && before.length < 5; i--) {
    if (SENTENCE_END.test(value.slice(words[i].end, at))) break;
    before.push(words[i]);
    at = words[i].start;
  }
  const after: Word[] = [];
  for (let i = a, at = end; i < words.length && after.length < 3; i++) {
    if (SENTENCE_END.test(value.slice(at, words[i].start))) break;
    after.push(words[i]);
    at = words[i].end;
  }
  // The words of the notation itself ("y/o", "y.o.") are no words after the age.
  if (after[0]?.text === 'o' && /^[/.]o\b/i.test(value.slice(end))) after.shift();
  const next = after[0]?.text;
  const prev = before[0]?.text;
  if (/^new-?born$|^neonat/i.test(told)) {
    // "newborn girl" is an age; "newborn exam", "on newborn screen" are a visit or a past time.
    if ((next && NEWBORN_NOT_AGE.has(next)) || (prev && v.durationBefore.has(prev))) return undefined;
    return 'alone';
  }
  // Not the chronological age: "corrected 3 mo", "CGA 38 wk", "3 mo corrected", "34 wk GA".
  if (before.slice(0, 2).some((x) => v.notChronologicalBefore.has(x.text))) return undefined;
  // "3 mo (corrected)" qualifies the age; "8 wk (CGA 38+0)" gives a second one beside it.
  const gap = next ? value.slice(end, after[0].start) : '';
  if (next && v.notChronologicalAfter.has(next) && (/^\s*$/.test(gap) || (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(value.slice(after[0].end))))) return undefined;
  // Someone else's age: "a 3 y/o brother", "a 3 year old sister", "mother is 32 yo".
  const whose = next === 'old' ? after[1]?.text : next;
  if ((whose && v.relatives.has(whose)) || before.slice(0, 3).some((x) => v.relatives.has(x.text))) return undefined;
  // No age at all: "5F NG tube".
  if (next && v.notAnAge.has(next)) return undefined;
  // A duration or a past time: "6 mo ago", "3 months of back pain" (but "3 years of age"), "x 3 mo",
  // "US at 2 mo", "since 2 months" (but "boy of 13 year"), "LBP 3 wks", "2-3 wks", "at age 4".
  const ofAge = next === 'of' && after[1] !== undefined && v.ofAge.has(after[1].text);
  if (next && v.durationAfter.has(next) && !ofAge) return undefined;
  const personOf = prev === 'of' && before[1] !== undefined && v.person.has(before[1].text);
  const visit = next !== undefined && v.visit.has(next);
  // A visit named by the age: "for her 2 wk check" is today's, "at the 2 mo visit" a past one.
  const lead = visit && prev && ARTICLES.has(prev) ? before[1]?.text : prev;
  if (lead && v.durationBefore.has(lead) && !personOf && !(lead === 'for' && visit)) return undefined;
  if (prev && v.durationNouns.has(prev)) return undefined;
  if (before[0] && /^\d/.test(before[0].text) && /^\s*[-\u2013]\s*$/.test(value.slice(before[0].end, start))) return undefined;
  if (prev && v.age.has(prev) && before[1] && v.pastAge.has(before[1].text)) return undefined;

  // Told as an age by its own notation ("15M", "5 y.o.", "7 y/o", "11-year-old") or by the words next to it.
  const unit = /[a-z]+$/i.exec(told)?.[0].toLowerCase() ?? '';
  if (c.withSex || ofAge || visit || unit === 'yo') return 'age';
  const rest = value.slice(end, end + 12);
  if (MARKED_AFTER.test(rest) && !(unit.startsWith('w') && /^\/o[ \t]*[a-z]/i.test(rest))) return 'age';
  // "3 mo M", "3 mo w/ dimple", but not "2 wk f/u".
  if (next && v.after.has(next) && (next.length > 1 || (value[after[0].end] === '/') === (next === 'w'))) return 'age';
  if (prev && v.age.has(prev)) return 'age';
  if (personBefore(value, before, start, v)) return 'age';
  // "ex-30 weeker now 8 wk": after a gestation, "now" tells the age.
  if (prev === 'now' && MAY_GIVE_GESTATION.test(original.slice(sentenceStart(original, start), start))) return 'age';
  if (/\//.test(told)) return undefined;

  // Opening the note, where a terse note starts with the age ("1y3m hemangioma over sacrum", "4 y
  // restrained in car seat …", "3 wk, sacral dimple"), unless a complaint follows: "3 wks LBP", "2 wk
  // worsening back pain" tell how long it has lasted, and "6 wk f/u", "3 wk s/p fall" a time since.
  const at = base + start;
  if (at === noteText.length - noteText.trimStart().length) {
    if (after.some((x) => v.durationNouns.has(x.text)) || /^\s*[a-z]\/[a-z]\b/i.test(rest)) return undefined;
    return 'alone';
  }
  // An age standing alone as a clause: "12 mo, deep dimple", "hair tuft L5, 11mo. MRI". Only in months
  // or years (a bare "3 wks," is as often how long something lasted) and never in a sentence about a
  // complaint ("back pain, 3 mo.").
  // "…, now 9 mo.": "now" may stand between the boundary and the age.
  const clauseStart = prev === 'now' ? base + before[0].start : at;
  if (!CLAUSE_BEFORE.test(noteText.slice(Math.max(0, clauseStart - 40), clauseStart)) || !CLAUSE_AFTER.test(value.slice(end, end + 4))) return undefined;
  if (!MONTHS_OR_YEARS.test(unit)) return undefined;
  const from = sentenceStart(value, start);
  const to = sentenceEnd(value, end);
  for (let i = w - 1; i >= 0 && words[i].end > from; i--) if (v.durationNouns.has(words[i].text)) return undefined;
  for (let i = a; i < words.length && words[i].start < to; i++) if (v.durationNouns.has(words[i].text)) return undefined;
  return 'alone';
}

const ARTICLES = new Set(['the', 'his', 'her', 'their', 'a', 'an']);
const NEWBORN_NOT_AGE = new Set(['exam', 'examination', 'screen', 'screening', 'nursery', 'period', 'hearing', 'check', 'visit', 'unit', 'photo', 'photos', 'care']);
const MONTHS_OR_YEARS = /^(?:m|mo|mos|mon|month|months|mth|mths|y|yo|yr|yrs|year|years)$/;

/** "Girl 10 years", "Boy of 13 year", "Patient is baby boy of 2 month", "Baby, 4 weeks": a word for the patient, then only link words. */
function personBefore(value: string, before: readonly Word[], start: number, v: AgeWords): boolean {
  let at = start;
  for (const x of before) {
    // One comma may stand between the patient and the age ("Girl, 10 years"); nothing else.
    if (!/^[\s,]*$/.test(value.slice(x.end, at)) || (value.slice(x.end, at).match(/,/g)?.length ?? 0) > 1) return false;
    if (v.person.has(x.text)) return true;
    if (!v.link.has(x.text)) return false;
    at = x.start;
  }
  return false;
}

/** A sentence ends at i: ";", "!", "?", a line break, or "." before white space or the end (not "y.o.", not "2.5"). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 33 || c === 63 || c === 10 || c === 13) return true;
  return c === 46 && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !endsSentence(text, i - 1)) i--;
  return i;
}

function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !endsSentence(text, i)) i++;
  return i;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
