/** Primary monosymptomatic nocturnal enuresis: a developmental pattern, not a urologic sign of tethering. */
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { wordIndex } from './clauses';
import { readContext } from './context';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * "6 yr old boy, primary nocturnal enuresis (never been dry at night), dry by day": a child never yet dry at night who is
 * dry by day wets the bed as many children do; spec §4 counts new or changed bladder function. Where the note tells the
 * enuresis is primary (reading-vocabulary.json primaryEnuresis.tellers, not denied), a night-wetting hit told by a bare
 * word ("enuresis", "bedwetting") is no urologic symptom, unless its own clause tells it new or by day ("primary enuresis,
 * now wetting by day again"). "secondary enuresis", "daytime wetting", dribbling and UTIs are hits of their own and stay.
 */
export function primaryEnuresisNoSign(hits: FindingHit[], text: string): void {
  if (!hits.some((h) => h.present && h.finding.category === 'urologic-symptom')) return;
  const v = readingVocabulary().primaryEnuresis;
  const words = toWords(text);
  // "was dry for a year", "after being dry for 2 yrs", "dry until age 7", "previously dry", "secondary": a dry period
  // before anywhere in the note makes the wetting new, whatever else it says (not "never been dry for a night").
  const dried = findAny(words, phraseSetOf(v.driedBefore)).some((span) => {
    const k = wordIndex(words, span.start);
    return !words.slice(Math.max(0, k - 2), k).some((w) => v.denied.includes(w.text));
  });
  if (dried) return;
  // The patient's own, told as fact: not "It isn't primary enuresis", "ruled out primary enuresis", "Sibling has primary
  // nocturnal enuresis" (and a word of notOwn before it in its sentence).
  const told = findAny(words, phraseSetOf(v.tellers)).some((span) => {
    if (!toldAsOwn(text, words, span, v.denied, 4)) return false;
    const from = text.slice(0, span.start).search(/[^.;\n]*$/);
    return !toWords(text.slice(from, span.start)).some((w) => v.notOwn.includes(w.text));
  });
  if (!told) return;
  dropBareHits(hits, text, v.nightWetting, v.newOrDaytime);
}

/**
 * "Functional constipation with overflow … soiling about twice a week", "GI follow-up - encopresis … soiling down to once a
 * week on Movicol": soiling a note tells with the constipation it overflows from is that constipation, which the corpus
 * README leaves uncounted ("constipation alone does not count"), not a new loss of bowel control from the cord. Where the
 * note tells constipation (reading-vocabulary.json constipationSoiling.tellers, the patient's own, asserted, none of
 * 'denied' among the two words before), a urologic hit told by a bare soiling word only is no urologic symptom, unless its
 * own clause tells it new or of the bladder ('soiling better, but new daytime wetting'). Wetting, dribbling, retention and
 * UTIs are hits of their own and stay.
 */
export function constipationSoilingNoSign(hits: FindingHit[], text: string): void {
  if (!hits.some((h) => h.present && h.finding.category === 'urologic-symptom')) return;
  const v = readingVocabulary().constipationSoiling;
  const words = toWords(text);
  if (findAny(words, phraseSetOf(v.tellers)).some((span) => toldAsOwn(text, words, span, v.denied, 2))) dropBareHits(hits, text, v.soiling, v.newOrBladder);
}

/**
 * A teller at `span` told as the patient's own and as fact: none of `denied` among the `reach` words before it, and neither
 * negated, doubted, ruled out, hypothetical nor another's in its context (context.ts readContext).
 */
function toldAsOwn(text: string, words: readonly Word[], span: Span, denied: readonly string[], reach: number): boolean {
  const k = wordIndex(words, span.start);
  if (words.slice(Math.max(0, k - reach), k).some((w) => denied.includes(w.text))) return false;
  const c = readContext(text, span.start, span.end);
  return !(c.negated || c.uncertain || c.hypothetical || c.ruleOut || c.doubted || c.experiencer !== 'patient');
}

/** Marks absent each present urologic hit told by one of `bareWords` only, unless its clause holds one of `keepWords`. */
function dropBareHits(hits: FindingHit[], text: string, bareWords: readonly string[], keepWords: readonly string[]): void {
  const bare = new Set(bareWords.map((p) => p.toLowerCase()));
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'urologic-symptom') continue;
    if (
      !bare.has(
        text
          .slice(h.span.start, h.span.end)
          .toLowerCase()
          .replace(/[\s-]+/g, ' '),
      )
    )
      continue;
    const from = text.slice(0, h.span.start).search(/[^,;.\n]*$/);
    const to = h.span.end + text.slice(h.span.end).search(/[,;.\n]|$/);
    if (toWords(text.slice(from, to)).some((w) => keepWords.includes(w.text))) continue;
    hits[i] = { ...h, present: false };
  }
}
