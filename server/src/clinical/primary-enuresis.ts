/** Primary monosymptomatic nocturnal enuresis: a developmental pattern, not a urologic sign of tethering. */
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
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
  const told = findAny(words, phraseSetOf(v.tellers)).some((span) => {
    const k = words.findIndex((w) => w.start === span.start);
    return !words.slice(Math.max(0, k - 2), k).some((w) => v.denied.includes(w.text));
  });
  if (!told) return;
  const bare = new Set(v.nightWetting.map((p) => p.toLowerCase()));
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
    if (toWords(text.slice(from, to)).some((w) => v.newOrDaytime.includes(w.text))) continue;
    hits[i] = { ...h, present: false };
  }
}
