/** A fever told only as a past febrile illness counted among others, where the note denies a fever now. */
import type { FindingHit } from './findings';
import { readingVocabulary } from './vocabulary';
import { wordSetOf } from './patterns';

/**
 * "3rd febrile UTI in 6 months … No current fever", "recurrent febrile UTIs; afebrile today": "febrile" inside the phrase of
 * another finding that counts the child's febrile episodes (findings.json's urologic "3rd febrile uti", "recurrent febrile
 * utis") tells how the past infections went, not a fever now, when the note itself denies a fever now (a negated fever hit
 * of the child's, elsewhere than that phrase: "No current fever", "afebrile"). Only then is that fever hit set aside; with no
 * denial ("3rd febrile UTI, T 39.2") it stays, and a fever told in words of its own ("febrile today") is never touched.
 * The episodes themselves (a urologic symptom) are read as before (round 54, fix54a: s138-012).
 * Narrowed after review r54: the denial is the child's own and about now only, its clause (between stops, semicolons, commas
 * and line ends) being wholly one of reading-vocabulary feverDeniedNow ("no current fever", "afebrile today", …);
 * a denial of another time, between episodes or a sibling's ("No fever at the 2-week check", "No fever with the first two",
 * "Mom denies fever between episodes", "No fever in sibling") leaves the fever as before.
 */
export function pastFebrileEpisodes(hits: FindingHit[], text: string): void {
  const isFever = (h: FindingHit) => h.finding.id === 'fever';
  const within = (inner: FindingHit, outer: FindingHit) =>
    outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end && outer.span.end - outer.span.start > inner.span.end - inner.span.start;
  const counted = (h: FindingHit) => hits.some((o) => !isFever(o) && o.finding.category === 'urologic-symptom' && within(h, o));
  const feverNow = hits.filter((h) => isFever(h) && h.present && counted(h));
  if (!feverNow.length) return;
  const denied = hits.some((h) => isFever(h) && h.negated && h.context.experiencer === 'patient' && !counted(h) && deniedNow(text, h));
  if (!denied) return;
  for (const h of feverNow) h.present = false;
}

/** The clause holding the hit is wholly a denial of a fever now (reading-vocabulary feverDeniedNow: "No current fever"). */
function deniedNow(text: string, h: FindingHit): boolean {
  const stops = /[.;,!?\n]/;
  let a = h.span.start;
  while (a > 0 && !stops.test(text[a - 1])) a--;
  let b = h.span.end;
  while (b < text.length && !stops.test(text[b])) b++;
  const clause = text.slice(a, b).toLowerCase().replace(/\s+/g, ' ').trim();
  return wordSetOf(readingVocabulary().feverDeniedNow.clauses).has(clause);
}
