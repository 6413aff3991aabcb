/**
 * An ex-preterm infant's chronological age told beside a corrected one (r52, fix52a; age-vocabulary.json chronologicalAge).
 * Neonatal follow-up notes write both ages: "ex-29/40, now 16/52 corrected (27/52 chronological)", "30 mo chrono",
 * "2 years corrected age (2 years 3 months chronological)", "PMA 40+3 (DOL 84)". The rules are judged on the chronological
 * age, so where the note names it as such it is read; the corrected or postmenstrual age never is. The grammar is here;
 * the words are in the vocabulary, and age-fact.ts decides with them where the age stands in its sentence.
 */
import { parseGestation } from '../notes/age';
import { sentenceStart } from '../notes/text';
import { toWords } from '../notes/words';

export interface ChronologicalWords {
  /** "chronological", "chrono": the word after the number that names it the chronological age. */
  chronological: ReadonlySet<string>;
  /** "actual": names it so only with "age" after it ("6 mo actual age"). */
  chronologicalWithAge: ReadonlySet<string>;
  /** "(term)", "(born at term)": a bracket that only says the child was born at term. */
  termAside: RegExp;
  /** "pma", "cga", "corrected": the words of a corrected or postmenstrual age a day of life may stand beside. */
  dayBeside: ReadonlySet<string>;
  /** "corrected", "cga": the words of a corrected age a chronological one may stand in a bracket beside (r52 review). */
  corrected: ReadonlySet<string>;
  /** "boy", "now", "aged": the patient's own descriptors, all that may stand before a chronological age alone in its clause. */
  patientBefore: ReadonlySet<string>;
  /** "letter", "transfer", "ago": a line naming one tells no day of life of today beside a PMA. */
  dayNotOnLine: RegExp;
  /** "pregnancy", "mum's": a sentence or line naming one makes "9 mo (term)" the pregnancy's length. */
  termNotWith: RegExp;
  /** "boy", "baby", "F": a word for the patient beside "9 mo (term)" makes it the child's age. */
  termPatient: ReadonlySet<string>;
  /** Events and procedures ("done", "given", "us", "discharged": age-vocabulary.json dayOfLife.events) and today's words. */
  events: ReadonlySet<string>;
  now: ReadonlySet<string>;
  /** "cga", "pma", "postmenstrual age": a postmenstrual age's words, as a pattern's source (pmaLessGestation). */
  pmaWords: string;
}

/**
 * The word after the age and what may follow it: the clause ends there (a bracket, a comma, a colon, a slash, a dash, a full
 * stop before a space, the line's end). "3 mo chronological order" and "5 mo actual weight" are no age's name.
 */
const NAMED_AFTER = /^[ \t]*([A-Za-z]+)(?:[ \t]+(age))?(?=[ \t]*(?:[),;:/(\u2013\u2014-]|\.(?:\s|$)|\r?\n|$))/i;

/** The end of the word (and "age") after the age that names it the chronological one ("5 mo chrono", "6 mo actual age"), or -1. */
function namedChronological(value: string, end: number, w: ChronologicalWords): number {
  const m = NAMED_AFTER.exec(value.slice(end, end + 40));
  if (!m) return -1;
  const word = m[1].toLowerCase();
  return w.chronological.has(word) || (m[2] !== undefined && w.chronologicalWithAge.has(word)) ? end + m[0].length : -1;
}

/** Where the clause holding `at` starts: after a comma, semicolon, colon, bracket or line break, or the sentence's start. */
function clauseStart(value: string, at: number): number {
  const from = sentenceStart(value, at);
  const lead = value.slice(from, at);
  return from + 1 + Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('('), lead.lastIndexOf('\n'));
}

/** A corrected age ending the text ("16/52 corrected", "2 years corrected age", "corrected 4 mo"), before a bracket. */
const correctedBefore = (c: string) =>
  new RegExp(
    `\\b(?:${c})\\.?(?:[ \\t]+age)?[ \\t]*$|\\b(?:${c})\\.?(?:[ \\t]+age)?[ \\t]*:?[ \\t]*\\d[\\d./+]*[ \\t]*(?:[a-z]+\\.?)?(?:[ \\t]+\\d+[ \\t]*[a-z]+\\.?)?[ \\t]*$`,
    'i',
  );
/** A corrected age opening the text past a bracket, a slash or a comma ("(3 mo corrected)", "/ 3 mo corr", ", CGA 38"). */
const correctedAfter = (c: string) =>
  new RegExp(
    `^[ \\t]*[(/,][ \\t]*(?:(?:${c})\\.?(?:[ \\t]+age)?[ \\t]*:?[ \\t]*\\d|\\d[\\d./+]*[ \\t]*(?:[a-z]+\\.?)?(?:[ \\t]+\\d+[ \\t]*[a-z]+\\.?)?[ \\t]*\\(?(?:${c})\\b)`,
    'i',
  );
const correctedPatterns = new WeakMap<ReadonlySet<string>, { before: RegExp; after: RegExp }>();
function corrected(w: ChronologicalWords): { before: RegExp; after: RegExp } {
  let p = correctedPatterns.get(w.corrected);
  if (!p) {
    const c = [...w.corrected].join('|');
    p = { before: correctedBefore(c), after: correctedAfter(c) };
    correctedPatterns.set(w.corrected, p);
  }
  return p;
}

/**
 * How the age at `start`..`end` is told the chronological one (r52, narrowed after review r52): 'beside' a corrected age, in a
 * bracket right after it (or after its comma or slash: "4 mo corrected, 7 mo chrono") or right before one ("16/52 corrected
 * (27/52 chronological)", "5 mo chrono / 3 mo corr"), with no
 * event in the clause before the corrected age unless a word of today's is there; 'alone' where only the patient's own
 * descriptors stand before it in its clause ("ex-26/40, 30 mo chrono", "Sam, 30 mo chrono"); otherwise undefined: "NICU
 * stay 10 wk chrono", "Hip US done 6 wk chrono", "Bayley due 2 y chrono" date an event, not the patient. Never in a clause a
 * past time leads (pastLeadsClause).
 */
export function chronologicalAt(value: string, start: number, end: number, w: ChronologicalWords, pastWords: ReadonlySet<string>): 'beside' | 'alone' | undefined {
  const named = namedChronological(value, end, w);
  if (named < 0 || pastLeadsClause(value, start, pastWords, w.now)) return undefined;
  const p = corrected(w);
  const lead = value.slice(Math.max(0, start - 60), start);
  // In a bracket right after the corrected age, or after its comma or slash ("4 mo corrected, 7 mo chrono", round 53 fix53h).
  const open = /[(,/][ \t]*$/.exec(lead);
  const inBracketAfter = open !== null && p.before.test(lead.slice(0, open.index));
  if (inBracketAfter || p.after.test(value.slice(named, named + 40))) {
    const at = inBracketAfter ? start - (lead.length - open.index) : start;
    const clause = toWords(value.slice(clauseStart(value, at), at));
    if (clause.some((x) => w.events.has(x.text)) && !clause.some((x) => w.now.has(x.text))) return undefined;
    return 'beside';
  }
  const from = clauseStart(value, start);
  const clause = toWords(value.slice(from, start));
  const ok = clause.every(
    (x, i) =>
      w.patientBefore.has(x.text) ||
      /^\d+$/.test(x.text) ||
      // A name before a descriptor: "Sam, 30 mo chrono".
      (/^[A-Z][a-z]+$/.test(value.slice(x.start, x.end)) && !w.events.has(x.text) && clause[i + 1] !== undefined && w.patientBefore.has(clause[i + 1].text)),
  );
  return ok ? 'alone' : undefined;
}

/**
 * Whether a past time leads the clause of a chronological age at `start` with nothing of today's before it: "US at 3 mo
 * corrected (5 mo chrono) was normal", "when 2 y corrected (2 y 3 m chronological)". The clause runs back to a comma,
 * semicolon, colon or the sentence's start, past the bracket the age may stand in. "I saw Ruby today at 2 years corrected
 * age (…)" has "today" before it, and is today's.
 */
export function pastLeadsClause(value: string, start: number, pastWords: ReadonlySet<string>, nowWords: ReadonlySet<string>): boolean {
  const from = sentenceStart(value, start);
  const lead = value.slice(from, start);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'));
  const clause = toWords(lead.slice(cut + 1));
  if (!clause.some((x) => pastWords.has(x.text))) return false;
  return !toWords(lead).some((x) => nowWords.has(x.text));
}

/**
 * A bracket right after an age that only says the child was born at term: its length, or 0. Never where the sentence or the
 * line before it (its key) names a pregnancy or the mother ("Mum's pregnancy uneventful, 9 mo (term)", "Antenatal:
 * uneventful, 9 mo (term)"), and after 9 or 10 months only with a word for the patient beside it ("baby 9 mo (term)"): the
 * length of a pregnancy is told so (r52 review).
 */
export function termAsideAt(value: string, start: number, end: number, months: number, lineLead: string, w: ChronologicalWords): number {
  const m = w.termAside.exec(value.slice(end, end + 30));
  if (!m) return 0;
  const from = sentenceStart(value, start);
  if (w.termNotWith.test(value.slice(from, end + m[0].length)) || w.termNotWith.test(lineLead)) return 0;
  if ((Math.round(months) === 9 || Math.round(months) === 10) && !/born/i.test(m[0])) {
    const prev = /([A-Za-z]+)[ \t,]*$/.exec(value.slice(from, start))?.[1];
    const next = /^[ \t,]*([A-Za-z]+)/.exec(value.slice(end + m[0].length))?.[1];
    const patient = (x: string | undefined) => x !== undefined && w.termPatient.has(x.toLowerCase());
    if (!patient(prev) && !patient(next) && !(prev !== undefined && /^[A-Z][a-z]+$/.test(prev) && !w.events.has(prev.toLowerCase()) && !w.termNotWith.test(prev))) return 0;
  }
  return m[0].length;
}

/**
 * "PMA 40+3 (DOL 84)", "CGA 38+2 (day 60 of life)", "corrected 41/40 (D.O.L. 70)": a day of life in a bracket right after a
 * corrected or postmenstrual age that opens its clause (the line's start, a comma, a semicolon or a spaced dash before it,
 * "now" at most), the bracket holding only the day and ending its clause. The days and the bracket's day span, or undefined.
 * Never after a past time or an event ("US at PMA 36 (DOL 40)": "at" opens no clause), never after a gestation at birth.
 */
const DAY_BESIDE =
  /(?:^|[,;\n]|[ \t][-\u2013\u2014])[ \t]*(?:now[ \t]+)?([A-Za-z]+)(?:[ \t]+age)?[ \t]*:?[ \t]*(?:[2-4]\d)(?:[ \t]*\+[ \t]*[0-6])?(?:[ \t]*\/[ \t]*40|[ \t]*(?:wk|wks|weeks?|w))?[ \t]*\([ \t]*(?:dol|d\.o\.l\.?|day[ \t]+of[ \t]+life)[ \t]*#?[ \t]*(\d{1,3})[ \t]*\)(?=[ \t]*(?:[,;]|\.(?:\s|$)|\r?\n|$))/gi;

export function dayBesideCorrected(value: string, w: ChronologicalWords): { days: number; from: number; start: number; end: number } | undefined {
  if (!/\(/.test(value)) return undefined;
  DAY_BESIDE.lastIndex = 0;
  let n = 0;
  for (let m = DAY_BESIDE.exec(value); m; m = DAY_BESIDE.exec(value)) {
    if (++n > 4) break;
    if (!w.dayBeside.has(m[1].toLowerCase())) continue;
    const days = Number(m[2]);
    if (days < 1 || days > 365) continue;
    const open = m.index + m[0].lastIndexOf('(');
    return { days, from: m.index, start: open, end: m.index + m[0].length };
  }
  return undefined;
}

/** The PMA pattern of each pmaWords alternation, built once. */
const pmaPatterns = new Map<string, RegExp>();

/**
 * "Ex-26 weeker, now CGA 52 weeks", "ex-28/40, PMA 46 wk": a postmenstrual age in weeks that opens its clause (the line's
 * start, a comma, a semicolon or a spaced dash before it, "now" at most) and ends it, with a gestation at birth (22-36
 * weeks, notes/age.ts parseGestation) told before it in its sentence: the weeks since birth are the PMA less the gestation
 * (round 53, fix53h). The days, where the PMA's clause starts and ends, and whether "now" leads it; undefined when the PMA is
 * not past the gestation. Never a corrected age in weeks ("12 weeks corrected"), nor a PMA with no gestation before it.
 */
export function pmaLessGestation(value: string, w: ChronologicalWords): { days: number; start: number; end: number; now: boolean } | undefined {
  let re = pmaPatterns.get(w.pmaWords);
  if (!re) {
    re = new RegExp(
      String.raw`(?:^|[,;\n]|[ \t][-\u2013\u2014])[ \t]*(now[ \t]+)?(?:${w.pmaWords})[ \t]*:?[ \t]*(\d{2})(?:[ \t]*\+[ \t]*([0-6]))?[ \t]*(?:\/[ \t]*40|wk|wks|weeks?|w)(?![\w/])(?=[ \t]*(?:[,;]|\.(?:\s|$)|\r?\n|$))`,
      'gi',
    );
    pmaPatterns.set(w.pmaWords, re);
  }
  re.lastIndex = 0;
  const m = re.exec(value.slice(0, 2000));
  if (!m) return undefined;
  const start = m.index + m[0].search(/\S/);
  const end = m.index + m[0].length;
  const from = sentenceStart(value, m.index + 1);
  // The gestation at birth in the same sentence before the PMA ("Ex-26 weeker, now CGA 52 weeks").
  const g = parseGestation(value.slice(from, start));
  if (!g) return undefined;
  const pma = Number(m[2]) + Number(m[3] ?? 0) / 7;
  const weeks = pma - g.weeks;
  if (!(weeks > 0) || pma > 104) return undefined;
  return { days: Math.round(weeks * 7), start, end, now: m[1] !== undefined };
}
