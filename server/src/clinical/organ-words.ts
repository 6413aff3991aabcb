/**
 * Words that make a marker's or a suspicion's name another thing: an angioma or hemangioma of an organ or a bone, not of the
 * skin ("vertebral hemangioma at T11", "hepatic angiomas", "cavernous angioma of the brainstem", "retinal angioma?"), an
 * angioma gone ("angioma over the sacrum, resolved"), and an infiltration that is an injection, fat or a plan
 * ("spinal infiltration with corticoids", "fatty infiltration of the vertebral bodies", "if no improvement … infiltration")
 * (reading-vocabulary.json notOfTheSkin).
 */
import type { FindingHit } from './findings';
import { perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { sentenceSpan } from './clauses';
import { toWords } from '../notes/words';
import type { Span } from '../notes/text';

const words = perVocabulary((v: ReadingVocabulary['notOfTheSkin']) => ({
  organ: wordSetOf(v.organ),
  resolved: wordSetOf(v.resolved),
  skinPlace: wordSetOf(v.skinPlace),
  placeNeeded: new Set(v.placeNeeded),
  infiltration: wordSetOf(v.infiltration.notSuspected),
  injection: wordSetOf(v.infiltration.injection),
}));

/** The clause around a span: from the last "," ";" "." "?" "!" "(" or line break before it to the first after it. */
function clauseOf(text: string, at: Span): Span {
  let start = at.start;
  while (start > 0 && !/[,;.?!()\n\r]/.test(text[start - 1])) start--;
  let end = at.end;
  while (end < text.length && !/[,;.?!()\n\r]/.test(text[end])) end++;
  return { start, end };
}
const wordsIn = (text: string, s: Span, but?: Span) =>
  toWords(text.slice(s.start, s.end), s.start)
    .filter((w) => !but || w.end <= but.start || w.start >= but.end)
    .map((w) => w.text);

/**
 * A hemangioma hit of an organ or a bone in its clause is none; a bare "angioma(s)" (notOfTheSkin.placeNeeded; "flat angioma" and "capillary angioma" name a skin marker as before)
 * counts only when its clause places it on the skin of the back (skinPlace) and its sentence does not tell it gone (resolved).
 * A denial ("no angiomas") is left as read.
 */
export function hemangiomasOfOrgans(hits: FindingHit[], text: string): void {
  let w: ReturnType<typeof words> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || (h.finding.id !== 'hemangioma' && h.finding.id !== 'large-hemangioma')) continue;
    w ??= words(readingVocabulary().notOfTheSkin);
    const clause = wordsIn(text, clauseOf(text, h.span), h.span);
    const own = text.slice(h.span.start, h.span.end).toLowerCase().replace(/\s+/g, ' ');
    let off = clause.some((x) => w!.organ.has(x)) || /\bcavernous\b|\bcavernoma\b/.test(own);
    // A vertebral level names the back as a place word does ("angioma at L5").
    const placed = clause.some((x) => w!.skinPlace.has(x) || /^[ctls]\d{1,2}$/.test(x));
    if (!off && w.placeNeeded.has(own)) off = !placed || wordsIn(text, sentenceSpan(text, h.span), h.span).some((x) => w!.resolved.has(x));
    if (off) hits[i] = { ...h, present: false };
  }
}

/**
 * An infiltration of the spine (a suspected tumour's name: "vertebral infiltration", "leukemic infiltration") is no suspicion
 * when its sentence tells fat or a plan on a condition (notOfTheSkin.infiltration.notSuspected) or, with no cancer read, an
 * injection (infiltration.injection), and the
 * vertebral one only in a child with a cancer read (a malignancy present in the note).
 */
export function infiltrationsNotSuspected(hits: FindingHit[], text: string): void {
  let w: ReturnType<typeof words> | undefined;
  const cancer = hits.some((h) => h.present && h.finding.id === 'malignancy');
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'suspected-infection-or-tumor') continue;
    const own = text.slice(h.span.start, h.span.end).toLowerCase();
    if (!/infiltrat/.test(own)) continue;
    w ??= words(readingVocabulary().notOfTheSkin);
    const sentence = wordsIn(text, sentenceSpan(text, h.span));
    const named = /leuk|tumou?r|neoplas|malign/.test(own);
    // In a child with a cancer "steroid-related" names the chemotherapy ("leukemic infiltration vs steroid-related fx"), no injection.
    const refused = sentence.some((x) => w!.infiltration.has(x) || (!cancer && w!.injection.has(x)));
    if (refused || (!named && !cancer)) hits[i] = { ...h, present: false };
  }
}
