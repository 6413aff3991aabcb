import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import type { Word } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { contextLexicon } from './lexicon';
import type { ClinicalFinding } from '../knowledge/schema';
import { type FindingHit, FIELDS_FOR, countsAsPresent, fieldWords, pick } from './findings';
import { alternation, escapeRegExp, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * Red flags told without their name (reading-vocabulary.json toldFlags): weight loss told by two weights
 * ("Weight 19.8 kg at arrival -> 18.9 kg today") and night pain told as the timing of a back pain ("Back pain
 * since 3 months, lately also at night"), or denied so ("LBP x 3 mo, worse standing. Not at night"). Each adds a hit
 * only when the note has no present one of its own (a night denial: no night-pain hit at all), and reads each field
 * once (linear).
 */
export function toldFlags(hits: FindingHit[], text: string, fields: readonly Field[], k: Knowledge): void {
  const v = readingVocabulary().toldFlags;
  weightDrop(hits, text, fields, k, v.weightDrop);
  painAtNight(hits, text, k, v.painAtNight, v.painClauseWords);
  notAtNight(hits, text, k, v.notAtNight, v.painClauseWords);
}

/** A word of the vocabulary as a whole word ("wt down", "then"), or a mark as written ("→", "->"). */
const wordOrMark = (s: string) => (/^[a-z]/i.test(s) ? `\\b${phrasePattern(s)}\\b` : escapeRegExp(s));
/** Words or marks, longer first: "down to" before "to". */
const wordsOrMarks = (list: readonly string[]) => alternation(list, { longestFirst: true, one: wordOrMark });

/** A weight word, a weight, what comes between, and a second weight, all in one sentence (a decimal point is no full stop). */
const weightPattern = perVocabulary((v: ReadingVocabulary['toldFlags']['weightDrop']): RegExp => {
  const num = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
  const unit = `(${alternation(v.units)})\\b`;
  const stay = String.raw`(?:[^\n;.\d]|\.(?=\d))`;
  const then = `(?:${wordsOrMarks(v.then)})`;
  return new RegExp(`\\b(?:${alternation(v.weightWords)})\\b${stay}{0,40}?${num}\\s*${unit}${stay.replace('\\d', '')}{0,40}?${then}${stay}{0,20}?${num}\\s*${unit}`, 'gi');
});

/**
 * A weight word and a change told as a loss right after it: "Weight −5 kg", "Wt: ↓3 kg", "wt down 3 kg" (never "Weight
 * - 22 kg"). A hyphen or en dash (group 2) also parts key and value ("Wt -50kg", "Wt-52kg, Ht-160cm"): it is a sign only
 * after a colon (group 1, undefined without one) or when `change` (the time of the change) follows the amount ("Weight -5
 * kg over 2 months"). The colon is an optional group after the blanks, never a second `[ \t]*` beside them, which
 * would share a run of blanks out in n ways (quadratic: bench/speed-traps.mjs).
 */
const lossPattern = perVocabulary((v: ReadingVocabulary['toldFlags']['weightDrop']): { told: RegExp; change: RegExp } => ({
  told: new RegExp(
    `\\b(?:${alternation(v.weightWords)})\\b[ \\t]*(?:(:)[ \\t]*)?(?:(?:${alternation(v.lossSigns)})|(?:${wordsOrMarks(v.lossWords)})[ \\t]+|(${alternation(v.dashSigns)}))(\\d{1,3}(?:[.,]\\d{1,2})?)[ \\t]*(?:${alternation(v.units)})\\b`,
    'gi',
  ),
  change: new RegExp(`^[ \\t]*,?[ \\t]*(?:${wordsOrMarks(v.changeAfter)})`, 'i'),
}));

const relationSet = perVocabulary((sp: { relations: readonly string[] }) => new Set(sp.relations.map((r) => r.toLowerCase())));

/** A relative named between the two weights ("Weight 50 kg, sister weight now 45 kg"): the second is not the child's. */
function namesRelative(between: string): boolean {
  const set = relationSet(contextLexicon().speakers);
  for (const w of between.toLowerCase().split(/[^\p{L}]+/u)) if (set.has(w)) return true;
  return false;
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
    // Both patterns below read a weight as digits ("50 kg", "-5 kg"): a value without a digit holds neither.
    if (!/\d/.test(f.value)) continue;
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
      // "Weight 50 kg, sister weight now 45 kg": the later weight told of a relative is not the child's.
      const second = m.index + m[0].lastIndexOf(m[3]);
      if (namesRelative(f.value.slice(m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length) + m[2].length, second))) continue;
      if (added(hits, text, loss, span, f)) return;
    }
    const { told, change } = lossPattern(v);
    told.lastIndex = 0;
    for (let m = told.exec(f.value), n = 0; m && n < 8; m = told.exec(f.value), n++) {
      if (!(measure(m[3]) > 0)) continue;
      // "Wt -50kg", "Wt-52kg, Ht-160cm": a dash between key and value, unless a colon stands before it or the time of the change after.
      if (m[2] !== undefined && !(m[1] ?? '') && !change.test(f.value.slice(m.index + m[0].length))) continue;
      const start = f.valueSpan.start + m.index;
      if (added(hits, text, loss, { start, end: start + m[0].length }, f)) return;
    }
  }
}

/**
 * Adds the told finding at `span` when its assertion context lets it count as present (negated, hypothetical or another's
 * do not). `ownClause`: the phrase affirms in its own clause ("also at night"), so a denial from an earlier clause of a
 * list ("back pain, no fever, also at night") does not reach it; one in its own clause does ("not also at night").
 */
function added(hits: FindingHit[], text: string, finding: ClinicalFinding, span: Span, field: Field, ownClause = false): boolean {
  let c = readContext(text, span.start, span.end);
  if (ownClause && c.negated && c.cues.every((cue) => cue.end <= span.start && breaksClause(text, cue.end, span.start))) c = { ...c, negated: false };
  if (!countsAsPresent(c, finding, field.key?.name)) return false;
  hits.push({ finding, span, context: pick(c), present: true, negated: false, field });
  return true;
}

/** Each present hit of the back pain, with its field's words and the index of the first word after it. */
function* presentPains(hits: readonly FindingHit[], back: ClinicalFinding): Generator<{ h: FindingHit; words: readonly Word[]; i: number }> {
  for (const h of hits) {
    if (!h.present || h.finding !== back) continue;
    const words = fieldWords(h.field);
    let i = 0;
    while (i < words.length && words[i].start < h.span.end) i++;
    yield { h, words, i };
  }
}

/** Words after a back pain that its sentence is read to. */
const REACH = 16;

function painAtNight(hits: FindingHit[], text: string, k: Knowledge, phrases: readonly string[], clauseWords: readonly string[]): void {
  const night = k.finding('night-pain');
  const back = k.finding('back-pain');
  if (!night || !back || hits.some((h) => h.finding === night && (h.present || h.negated))) return;
  const set = phraseSetOf(phrases);
  const painWords = wordSetOf(clauseWords);
  for (const { h, words, i } of presentPains(hits, back)) {
    let to = i;
    for (let end = h.span.end; to < words.length && to - i < REACH && !endsBetween(text, end, words[to].start); to++) end = words[to].end;
    work.steps += to - i;
    const after: Word[] = words.slice(i, to);
    for (const span of findAny(after, set)) {
      if (!toldOfThePain(text, h.span.end, after, span.start, painWords)) continue;
      if (added(hits, text, night, span, h.field, true)) return;
    }
  }
}

/** Sentences after a back pain's own that its elliptical night denial may open. */
const SENTENCES = 3;

/**
 * "LBP x 3 mo, worse standing. Not at night, no leg pain": a night denial told without the pain's name denies night pain
 * when it speaks of a present back pain: in the pain's sentence, as `painAtNight` is read (toldOfThePain), or opening one
 * of the next sentences, each sentence between opening on a pain-clause word too ("No fever. Not at night"). After another
 * symptom's sentence ("Wets the bed. Not at night") or inside another's clause ("cough, not at night") it tells nothing.
 */
function notAtNight(hits: FindingHit[], text: string, k: Knowledge, phrases: readonly string[], clauseWords: readonly string[]): void {
  const night = k.finding('night-pain');
  const back = k.finding('back-pain');
  if (!night || !back || hits.some((h) => h.finding === night)) return;
  const set = phraseSetOf(phrases);
  const painWords = wordSetOf(clauseWords);
  for (const { h, words, i } of presentPains(hits, back)) {
    // The pain's own sentence, then up to SENTENCES more, each opening on a pain-clause word but the last read.
    let to = i;
    let sentence = 0;
    const opens: number[] = [];
    for (let end = h.span.end; to < words.length && to - i < REACH * 2; to++) {
      if (endsBetween(text, end, words[to].start)) {
        if (sentence === SENTENCES || (opens.length && !painWords.has(words[opens[opens.length - 1]].text))) break;
        sentence++;
        opens.push(to);
      }
      end = words[to].end;
    }
    work.steps += to - i;
    const after: Word[] = words.slice(i, to);
    for (const span of findAny(after, set)) {
      const at = after.findIndex((w) => w.start === span.start);
      const own = opens.length === 0 || at + i < opens[0];
      if (own ? !toldOfThePain(text, h.span.end, after, span.start, painWords) : !opens.includes(at + i)) continue;
      const c = readContext(text, span.start, span.end);
      if (c.hypothetical || c.experiencer !== 'patient' || c.uncertain) continue;
      hits.push({ finding: night, span, context: pick({ ...c, negated: true }), present: false, negated: true, field: h.field });
      return;
    }
  }
}

/**
 * The clauses between a back pain and its night phrase tell the pain's course: each clause after the pain's own
 * opens on one of `painWords` ("worse with sport, also at night"), and the phrase's clause holds only such words
 * before it ("lately also at night"). "coughs, also at night", "wets during the day, also at night", "leg cramps also
 * at night" tell another symptom's night.
 */
function toldOfThePain(text: string, painEnd: number, after: readonly Word[], phraseStart: number, painWords: ReadonlySet<string>): boolean {
  // Clause 0 is the pain's own; each later one must open on a pain word.
  let clause = 0;
  let opensOnPain = true;
  let allPain = true;
  let end = painEnd;
  for (let j = 0; j < after.length && after[j].start < phraseStart; j++) {
    if (breaksClause(text, end, after[j].start)) {
      if (clause > 0 && !opensOnPain) return false;
      clause++;
      opensOnPain = painWords.has(after[j].text);
      allPain = true;
    }
    end = after[j].end;
    if (clause > 0 && !painWords.has(after[j].text)) allPain = false;
  }
  if (clause === 0) return true;
  // The last clause ends before the phrase ("…, worse with sport, also at night"), or holds it ("…, lately also at night").
  return breaksClause(text, end, phraseStart) ? opensOnPain : allPain;
}

/** A comma, a semicolon, a colon or a dash between two words: a clause ends. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 10 || c === 13) return true;
  }
  return false;
}

/** A full stop before a space, a semicolon or a line break between two offsets. */
function endsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 59 || (c === 46 && (i + 1 === to || text.charCodeAt(i + 1) === 32))) return true;
  }
  return false;
}
