import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { type Phrase, type Word, findPhrase, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { type FindingHit, fieldWords } from './findings';
import { type PhraseSet, type ReadingVocabulary, findAny, phraseSetOf, phrasesOf, readingVocabulary } from './vocabulary';

export type TraumaSignificance = 'none' | 'trivial' | 'significant' | 'unclear';

export interface TraumaFact {
  significance: TraumaSignificance;
  /** The words that decided it (the mechanism), or the injury mention when the mechanism is unclear. */
  span?: Span;
}

interface Mention {
  span: Span;
  field: Field;
}

function mentions(fieldsToRead: readonly Field[], set: PhraseSet, words: WordsOf): Mention[] {
  const out: Mention[] = [];
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    for (const span of findAny(words(f), set)) out.push({ span, field: f });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** Each field's words, taken once per reading. */
type WordsOf = (f: Field) => Word[];

function wordsOnce(): WordsOf {
  const memo = new Map<Field, Word[]>();
  return (f) => {
    let w = memo.get(f);
    if (!w) memo.set(f, (w = fieldWords(f)));
    return w;
  };
}

/**
 * Spec §4: significant trauma takes a note out of S1; a trivial bump does not; an injury without
 * its mechanism keeps the non-trauma scenario and asks for the mechanism. A deficit or focal
 * tenderness after an injury makes it significant whatever the mechanism.
 */
export function readTrauma(text: string, hits: readonly FindingHit[], fieldsToRead: readonly Field[], deficit: boolean): TraumaFact {
  const injuries = hits.filter((h) => h.finding.category === 'trauma' && h.present);
  if (!injuries.length) return { significance: 'none' };
  const v = readingVocabulary().trauma;
  const asserted = (m: Mention) => {
    const c = readContext(text, m.span.start, m.span.end);
    return !c.negated && !c.hypothetical && c.experiencer === 'patient';
  };
  const words = wordsOnce();
  const trivial = mentions(fieldsToRead, phraseSetOf(v.trivial), words);
  // A significant word inside a trivial phrase ("fell from standing") is the trivial phrase's.
  const inTrivial = (s: Span) => trivial.some((t) => t.span.start <= s.start && s.end <= t.span.end);
  const significant = mentions(fieldsToRead, phraseSetOf(v.significant), words).filter((m) => !inTrivial(m.span) && asserted(m));
  if (significant.length) return { significance: 'significant', span: significant[0].span };
  // "fell off his bike": significant, unless its sentence says it was low-energy ("at low speed … got up and rode home").
  const slow = sentencesWith(text, mentions(fieldsToRead, phraseSetOf(v.lowEnergy), words));
  const ride = mentions(fieldsToRead, phraseSetOf(v.significantUnlessLowEnergy), words).filter((m) => !inTrivial(m.span) && asserted(m));
  const fastRide = ride.find((m) => !slow(m));
  if (fastRide) return { significance: 'significant', span: fastRide.span };
  const assertedAt = (span: Span) => asserted({ span, field: fieldsToRead[0] });
  const height = fallHeight(fieldsToRead, words, assertedAt, v);
  const fast = fastSpeed(fieldsToRead, words, assertedAt) ?? height.high;
  if (fast) return { significance: 'significant', span: fast };
  if (deficit) return { significance: 'significant', span: injuries[0].span };
  // Tenderness over the thoracolumbar spine ("tender at L1", read as back pain on examination) is focal tenderness.
  const tender = spinalTenderness(text, hits);
  if (tender) return { significance: 'significant', span: tender };
  if (trivial.length) return { significance: 'trivial', span: trivial[0].span };
  const low = ride[0]?.span ?? height.low;
  if (low) return { significance: 'trivial', span: low };
  return { significance: 'unclear', span: injuries[0].span };
}

/**
 * A present reading of focal tenderness over the thoracolumbar spine (findings.ts readSpinalTenderness),
 * if any: not of the muscles beside it ("paraspinal tenderness L4-5"), named in the reading or in the
 * three words before it.
 */
function spinalTenderness(text: string, hits: readonly FindingHit[]): Span | undefined {
  const rule = readingVocabulary().spinalTenderness;
  for (const h of hits) {
    if (!h.present || h.finding.id !== rule.finding) continue;
    const words = toWords(text.slice(Math.max(h.field.valueSpan.start, h.span.start - 40), h.span.end));
    const own = toWords(text.slice(h.span.start, h.span.end));
    if (!own.some((w) => rule.signs.includes(w.text))) continue;
    if (words.slice(-(own.length + 3)).some((w) => rule.notFocal.includes(w.text))) continue;
    return h.span;
  }
  return undefined;
}

/**
 * Whether a mention shares a sentence (to ". ", ";" or a line break) with one of the given mentions.
 * The sentence ends of each given mention are found once; each query is a binary search.
 */
function sentencesWith(text: string, given: readonly Mention[]): (m: Mention) => boolean {
  if (!given.length) return () => false;
  const ends = (at: number, step: 1 | -1, limit: number): number => {
    let i = at;
    let n = 0;
    while (i !== limit && n++ < 400) {
      const c = text.charCodeAt(step > 0 ? i : i - 1);
      if (c === 59 || c === 10 || c === 13 || (c === 46 && /\s/.test(text[step > 0 ? i + 1 : i] ?? ' '))) break;
      i += step;
    }
    work.steps += n;
    return i;
  };
  const spans = given.map((g) => ({ start: ends(g.span.start, -1, g.field.valueSpan.start), end: ends(g.span.end, 1, g.field.valueSpan.end) })).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of spans) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (m) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= m.span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= m.span.end;
  };
}

/** A height written in digits ("6"; "2.5" is two words with a full stop between). */
const HEIGHT_DIGITS = /^\d{1,3}$/;
/** A child's own height, not a fall: "5 ft 2 in", "5 feet tall", "ht 5 ft". */
const INCHES = new Set(['in', 'inch', 'inches']);
const OWN_HEIGHT_BEFORE = new Set(['ht', 'height', 'tall', 'measures', 'measuring']);

const unitMaps = new WeakMap<ReadingVocabulary['trauma'], Map<string, ReadingVocabulary['trauma']['height'][number]>>();

/** Each height unit word with its threshold, built once per vocabulary. */
function unitsOf(v: ReadingVocabulary['trauma']): Map<string, ReadingVocabulary['trauma']['height'][number]> {
  let m = unitMaps.get(v);
  if (!m) {
    m = new Map();
    for (const h of v.height) for (const u of h.units) m.set(u, h);
    unitMaps.set(v, m);
  }
  return m;
}

/**
 * A fall from a stated height (reading-vocabulary.json trauma.height): "fell 6 ft", "off a 6-ft jump",
 * "from ~2 meters", "five feet". A height at or above the unit's threshold is significant (`high`); a
 * lower one ("fell 2 ft from a chair") is a trivial fall (`low`). One pass over each field's words.
 */
function fallHeight(fieldsToRead: readonly Field[], words: WordsOf, asserted: (s: Span) => boolean, v: ReadingVocabulary['trauma']): { high?: Span; low?: Span } {
  let low: Span | undefined;
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    const w = words(f);
    for (let i = 0; i < w.length; i++) {
      const t = w[i].text;
      const units = unitsOf(v);
      const unit = units.get(t);
      let n: number | undefined;
      let start = w[i].start;
      if (unit && i > 0) {
        const before = w[i - 1].text;
        n = HEIGHT_DIGITS.test(before) ? Number(before) : Object.hasOwn(v.numberWords, before) ? v.numberWords[before] : undefined;
        start = w[i - 1].start;
        // "2.5 ft": the whole number and its decimal are two words.
        if (
          n !== undefined &&
          i > 1 &&
          HEIGHT_DIGITS.test(before) &&
          HEIGHT_DIGITS.test(w[i - 2].text) &&
          w[i - 1].start === w[i - 2].end + 1 &&
          f.value[w[i - 2].end - f.valueSpan.start] === '.'
        ) {
          n = Number(`${w[i - 2].text}.${before}`);
          start = w[i - 2].start;
        }
        const k = start === w[i - 1].start ? i - 2 : i - 3;
        if (n !== undefined && k >= 0 && OWN_HEIGHT_BEFORE.has(w[k].text)) continue;
      }
      const joined = unit ? undefined : /^(\d{1,3})([a-z]+)$/.exec(t);
      const joinedUnit = joined ? units.get(joined[2]) : undefined;
      if (joined && joinedUnit) n = Number(joined[1]);
      const u = unit ?? joinedUnit;
      if (!u || n === undefined) continue;
      // "5 ft 2 in", "5 feet tall": the child's own height.
      const next = w[i + 1]?.text;
      if (next === 'tall' || (next && HEIGHT_DIGITS.test(next) && INCHES.has(w[i + 2]?.text ?? ''))) continue;
      const span = { start, end: w[i].end };
      if (!asserted(span)) continue;
      if (n >= u.significantFrom) return { high: span, low };
      low ??= span;
    }
  }
  return { low };
}

/** A speed at or above which a crash or a fall from a vehicle is high-energy. */
const HIGH_SPEED_MPH = 20;
const SPEED = /^\d{1,3}$/;

/**
 * A stated speed of 20 mph or more ("at 60 mph", "going 25mph"): one pass over each field's words.
 * "3 mph" on a scooter is no mechanism of its own.
 */
function fastSpeed(fieldsToRead: readonly Field[], words: WordsOf, asserted: (s: Span) => boolean): Span | undefined {
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    const w = words(f);
    for (let i = 0; i < w.length; i++) {
      const t = w[i].text;
      let n: string | undefined;
      let start = w[i].start;
      if (t === 'mph' && i > 0) {
        n = w[i - 1].text;
        start = w[i - 1].start;
      } else if (t.endsWith('mph')) n = t.slice(0, -3);
      if (!n || !SPEED.test(n) || Number(n) < HIGH_SPEED_MPH) continue;
      const span = { start, end: w[i].end };
      if (asserted(span)) return span;
    }
  }
  return undefined;
}

export interface ReferralFact {
  neurosurgery: boolean;
  field?: Field;
  /** Where the neurosurgery referral was read. */
  span?: Span;
}

const MAY_NAME_NEUROSURGERY = /neuro|nsg/i;

/**
 * A referral counts only when made or requested: "Referral: NSGY", "refer to neurosurgery".
 * Not "will refer if MRI abnormal", not "no referral yet", not "seen by neurosurgery in 2024",
 * and not another specialty (neurology is not neurosurgery).
 */
export function readReferral(text: string, referralField: Field | undefined, fieldsToRead: readonly Field[]): ReferralFact {
  const v = readingVocabulary().referral;
  // Every spelling of neurosurgery holds "neuro" or "nsg": a note with neither is read no further.
  if (!fieldsToRead.some((f) => MAY_NAME_NEUROSURGERY.test(f.value))) return { neurosurgery: false, field: referralField };
  const conditional = phrasesOf(v.conditional);
  for (const m of mentions(fieldsToRead, phraseSetOf(v.neurosurgery), wordsOnce())) {
    const c = readContext(text, m.span.start, m.span.end);
    if (c.negated || c.hypothetical || c.uncertain || c.historical || c.experiencer === 'other') continue;
    if (isConditional(text, m, conditional)) continue;
    return { neurosurgery: true, field: m.field, span: m.span };
  }
  return { neurosurgery: false, field: referralField };
}

/** A conditional word in the same clause as the mention ("NSGY referral if abnormal", "consider NSGY"). */
function isConditional(text: string, m: Mention, conditional: Phrase[]): boolean {
  const v = m.field.valueSpan;
  // Bounded: a clause is read at most 80 characters each way, so many mentions stay linear.
  let a = m.span.start;
  const aMin = Math.max(v.start, a - 80);
  while (a > aMin && !/[;.\n\r]/.test(text[a - 1])) a--;
  let b = m.span.end;
  const bMax = Math.min(v.end, b + 80);
  while (b < bMax && !/[;.\n\r]/.test(text[b])) b++;
  work.steps += b - a;
  const words = toWords(text.slice(a, b));
  return conditional.some((p) => findPhrase(words, p).length > 0);
}
