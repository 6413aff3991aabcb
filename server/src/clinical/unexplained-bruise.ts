import type { Field } from '../notes/parser';
import { type Span, sentenceEnd, sentenceStart } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { readContext } from './context';
import { perVocabulary, wordSetOf } from './patterns';
import { findAny, mayHoldPhraseOf, phraseSetOf, type ReadingVocabulary } from './vocabulary';

/**
 * "4 month old girl. HV saw bruise on L buttock. Parents offer no explanation": a bruise on an infant too young to
 * cruise, for which the carers give no explanation, is an injury whose mechanism is unknown (trauma unclear: the
 * mechanism is asked for; round 52, fix52d; narrowed after review r52). Returns the bruise's span.
 *
 * Read only under `maxMonths` (a plainly stated age; none read, none), for a bruise of the child's told present
 * (reading-vocabulary unexplainedBruise.bruises: not "no bruises", not a sibling's), in a note that tells no cause of it
 * (`causes` anywhere: "heel prick", "immunisation site", "later mum said", a birthmark's words; `causeAfter` in the
 * bruise's clause: "bruise from the car seat strap"). The "no explanation" words must be about the bruise: "no explanation
 * for the bruise(s)/marks", or in the clause right after the bruise's with only tellers before them in their clause
 * ("bruising over the lower back, no explanation given"; "… bruise on L buttock. Parents offer no explanation"), and not
 * going on to something else ("no explanation for the raised CRP", "of the US procedure") or to `notAfter` ("needed",
 * "other than …", "at first"). "Irritable last night, no explanation found" after a bruise is the irritability's.
 */
/** The bruises' and marks' words as one phrase set, joined once per vocabulary: a list made per note is a new cache key each time. */
const marksOf = perVocabulary((v: ReadingVocabulary['unexplainedBruise']) => phraseSetOf([...v.bruises, ...v.marks]));

export function unexplainedBruise(text: string, fields: readonly Field[], ageMonths: number | undefined, v: ReadingVocabulary['unexplainedBruise']): Span | undefined {
  if (ageMonths === undefined || ageMonths >= v.maxMonths) return undefined;
  // A cause told anywhere, unless denied ("Not yet crawling" tells no cause).
  const causeDenied = phraseSetOf(v.causeDenied);
  const denied = (m: Span) => {
    const before = toWords(text.slice(Math.max(0, m.start - 16), m.start), Math.max(0, m.start - 16));
    return readContext(text, m.start, m.end).negated || findAny(before, causeDenied).some((d) => d.end === before[before.length - 1]?.end);
  };
  // Asked last, only of a bruise that would be read: most infants' notes tell no bruise, and this cuts the whole note.
  const causeTold = () => findAny(toWords(text), phraseSetOf(v.causes)).some((m) => !denied(m));
  const bruises = phraseSetOf(v.bruises);
  // Most infants' notes name no bruise: a substring test of the bruise words' first words instead of every value's words.
  if (!mayHoldPhraseOf(text.toLowerCase(), bruises)) return undefined;
  const marks = marksOf(v);
  const none = phraseSetOf(v.noExplanation);
  const after = phraseSetOf(v.notAfter);
  const forWords = phraseSetOf(v.forBruise);
  const causeAfter = phraseSetOf(v.causeAfter);
  const tellers = wordSetOf(v.tellers);
  const firstIs = (words: readonly Word[], set: ReturnType<typeof phraseSetOf>) => findAny(words, set).find((a) => a.start === words[0]?.start);
  for (const f of fields) {
    if (!f.value) continue;
    const at = f.valueSpan.start;
    const words = toWords(text.slice(at, f.valueSpan.end), at);
    const found = findAny(words, bruises);
    if (!found.length) continue;
    // Each "no explanation" with what it is about: the bruise ("for the bruise"), something else ("for the raised CRP"), or left open.
    const told = findAny(words, none).flatMap((n) => {
      const rest = toWords(text.slice(n.end, Math.min(f.valueSpan.end, n.end + 40)), n.end).slice(0, 5);
      if (firstIs(rest, after)) return [];
      const about = firstIs(rest, forWords);
      if (!about) return [{ n, forBruise: false }];
      const object = rest.filter((w) => w.start >= about.end).slice(0, 3);
      return findAny(object, marks).length ? [{ n, forBruise: true }] : [];
    });
    if (!told.length) continue;
    for (const b of found) {
      const c = readContext(text, b.start, b.end);
      // "no explanation for the bruise": the "no" of the explanation is no denial of the bruise.
      const ownNo = c.negated && c.cues.length > 0 && c.cues.every((cue) => told.some(({ n }) => n.start <= cue.start && cue.end <= n.end));
      if ((c.negated && !ownNo) || c.hypothetical || c.uncertain || c.experiencer !== 'patient') continue;
      if (causeInClause(text, b, causeAfter)) continue;
      const from = sentenceStart(text, b.start);
      const end = sentenceEnd(text, b.end);
      const to = end < text.length ? sentenceEnd(text, end + 1) : end;
      const about = told.some(({ n, forBruise }) => n.start >= from && n.end <= to && (forBruise || clauseRightAfter(text, b, n, tellers)));
      if (about) return causeTold() ? undefined : b;
    }
  }
  return undefined;
}

/** Clause and sentence breaks: a comma, semicolon, colon, sentence stop, line break or spaced dash. */
const BREAK = /[,;:.!?\n]|\s[-\u2013\u2014]\s/;
const BREAKS = new RegExp(BREAK.source, 'g');

/** "Bruise on back from the car seat strap": a cause word after the bruise in its own clause. */
function causeInClause(text: string, b: Span, causeAfter: ReturnType<typeof phraseSetOf>): boolean {
  const rest = text.slice(b.end, b.end + 80);
  const stop = rest.search(BREAK);
  const clause = rest.slice(0, stop < 0 ? rest.length : stop);
  return findAny(toWords(clause, b.end), causeAfter).length > 0;
}

/**
 * The "no explanation" words `n` open the clause right after the bruise's: one break between the bruise and their clause,
 * and nothing but tellers ("Parents offer") before them in it.
 */
function clauseRightAfter(text: string, b: Span, n: Span, tellers: ReadonlySet<string>): boolean {
  if (n.start < b.end) return false;
  const between = text.slice(b.end, n.start);
  const breaks = [...between.matchAll(BREAKS)];
  if (breaks.length !== 1) return false;
  const last = breaks[0];
  const prefixFrom = b.end + (last.index ?? 0) + last[0].length;
  return toWords(text.slice(prefixFrom, n.start), prefixFrom).every((w) => tellers.has(w.text));
}
