import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import type { Word } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { type FindingHit, FIELDS_FOR, countsAsPresent, fieldWords } from './findings';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * Red flags told without their name (reading-vocabulary.json toldFlags): weight loss told by two weights
 * ("Weight 19.8 kg at arrival -> 18.9 kg today") and night pain told as the timing of a back pain ("Back pain
 * since 3 months, lately also at night"). Each adds a hit only when the note has no present one of its own,
 * and reads each field once (linear).
 */
export function toldFlags(hits: FindingHit[], text: string, fields: readonly Field[], k: Knowledge): void {
  const v = readingVocabulary().toldFlags;
  weightDrop(hits, text, fields, k, v.weightDrop);
  painAtNight(hits, text, k, v.painAtNight);
}

const patterns = new WeakMap<ReadingVocabulary['toldFlags']['weightDrop'], RegExp>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordOrMark = (s: string) => (/^[a-z]/i.test(s) ? `\\b${escape(s).replace(/ /g, '\\s+')}\\b` : escape(s));

/** A weight word, a weight, what comes between, and a second weight, all in one sentence (a decimal point is no full stop). */
function weightPattern(v: ReadingVocabulary['toldFlags']['weightDrop']): RegExp {
  let re = patterns.get(v);
  if (re) return re;
  const num = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
  const unit = `(${v.units.map(escape).join('|')})\\b`;
  const stay = String.raw`(?:[^\n;.\d]|\.(?=\d))`;
  const then = `(?:${[...v.then]
    .sort((a, b) => b.length - a.length)
    .map(wordOrMark)
    .join('|')})`;
  re = new RegExp(`\\b(?:${v.weightWords.map(escape).join('|')})\\b${stay}{0,40}?${num}\\s*${unit}${stay.replace('\\d', '')}{0,40}?${then}${stay}{0,20}?${num}\\s*${unit}`, 'gi');
  patterns.set(v, re);
  return re;
}

const measure = (n: string) => Number(n.replace(',', '.'));

function weightDrop(hits: FindingHit[], text: string, fields: readonly Field[], k: Knowledge, v: ReadingVocabulary['toldFlags']['weightDrop']): void {
  const loss = k.finding('weight-loss');
  if (!loss || hits.some((h) => h.present && h.finding === loss)) return;
  const re = weightPattern(v);
  const keys = FIELDS_FOR[loss.category];
  for (const f of fields) {
    if (!f.value || !f.key || !keys.includes(f.key.name)) continue;
    work.steps += f.value.length;
    re.lastIndex = 0;
    for (let m = re.exec(f.value), n = 0; m && n < 8; m = re.exec(f.value), n++) {
      const unitOf = (u: string) => (/^k/i.test(u) ? 'kg' : 'lb');
      if (unitOf(m[2]) !== unitOf(m[4])) continue;
      const before = measure(m[1]);
      const after = measure(m[3]);
      if (!(before > 0) || after >= before) continue;
      const drop = (before - after) / before;
      if (drop < v.minFraction || drop > v.maxFraction) continue;
      const start = f.valueSpan.start + m.index;
      const span: Span = { start, end: start + m[0].length };
      const c = readContext(text, span.start, span.end);
      const present = countsAsPresent(c, loss, f.key.name);
      if (!present) continue;
      hits.push({
        finding: loss,
        span,
        context: { negated: false, uncertain: c.uncertain, hypothetical: c.hypothetical, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: false,
        field: f,
      });
      return;
    }
  }
}

/** Words after a back pain that its sentence is read to. */
const REACH = 16;

function painAtNight(hits: FindingHit[], text: string, k: Knowledge, phrases: readonly string[]): void {
  const night = k.finding('night-pain');
  const back = k.finding('back-pain');
  if (!night || !back || hits.some((h) => h.finding === night && (h.present || h.negated))) return;
  const set = phraseSetOf(phrases);
  for (const h of hits) {
    if (!h.present || h.finding !== back) continue;
    const words = fieldWords(h.field);
    let i = 0;
    while (i < words.length && words[i].start < h.span.end) i++;
    let to = i;
    for (let end = h.span.end; to < words.length && to - i < REACH && !endsBetween(text, end, words[to].start); to++) end = words[to].end;
    work.steps += to - i;
    const after: Word[] = words.slice(i, to);
    for (const span of findAny(after, set)) {
      const c = readContext(text, span.start, span.end);
      const present = countsAsPresent(c, night, h.field.key?.name);
      if (!present) continue;
      hits.push({
        finding: night,
        span,
        context: { negated: false, uncertain: c.uncertain, hypothetical: c.hypothetical, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: false,
        field: h.field,
      });
      return;
    }
  }
}

/** A full stop before a space, a semicolon or a line break between two offsets. */
function endsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 59 || (c === 46 && (i + 1 === to || text.charCodeAt(i + 1) === 32))) return true;
  }
  return false;
}
