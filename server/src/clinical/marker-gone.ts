/** Skin markers the note tells gone: a past marker that has involuted or faded is no marker today. */
import type { FindingHit } from './findings';
import { perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, readingVocabulary, phraseSetOf, findAny, mayHoldPhraseOf } from './vocabulary';
import { work } from '../notes/work';
import { lowerBound, toWords } from '../notes/words';

const goneWords = perVocabulary((v: ReadingVocabulary['markerGone']) => ({
  between: wordSetOf(v.between),
  gone: phraseSetOf(v.gone),
  stillThere: wordSetOf(v.stillThere),
}));

const CORD_SIGNS: ReadonlySet<string> = new Set(['neurologic-symptom', 'urologic-symptom', 'orthopedic-symptom']);

/** How many words after the marker's name the words telling it gone may start. */
const GONE_WITHIN = 8;

/**
 * "PMH: sacral haemangioma as infant - involuted, no mark now": a past marker counts through the history rule while it is
 * there; told gone after its name in its own sentence (reading-vocabulary.json markerGone.gone), before any other finding
 * is named and within a few words, with only a time or the like between (markerGone.between), it is not present. A word of markerGone.stillThere among the other words after it ("partially involuted",
 * "involuted, faint residual mark", "now smaller") or a question mark keeps it: an uncertain reading keeps the marker. So does a new
 * neurologic, urologic or orthopedic symptom anywhere in the note.
 */
export function markersToldGone(hits: FindingHit[], text: string): void {
  // "Sacral haemangioma as infant, involuted. Now new dribbling": beside a new sign of the cord the gone marker still
  // tells of a dysraphism; kept, the child is referred (the safe reading).
  if (hits.some((h) => h.present && CORD_SIGNS.has(h.finding.category))) return;
  if (!hits.some((h) => h.present && h.finding.category === 'cutaneous-marker')) return;
  const words = goneWords(readingVocabulary().markerGone);
  // Most notes with a marker tell nothing gone: a substring test of the words' first words instead of the note's words.
  if (!mayHoldPhraseOf(text.toLowerCase(), words.gone)) return;
  // The words telling a thing gone, found once in the whole text, and the findings' starts in order: each marker then
  // looks only a few words ahead (a comma list of thousands of markers stays linear).
  const gones = findAny(toWords(text, 0), words.gone).sort((a, b) => a.start - b.start);
  if (!gones.length) return;
  const starts = hits.map((h) => h.span.start).sort((a, b) => a - b);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'cutaneous-marker') continue;
    const g = gones[lowerBound(gones, (x) => x.start, h.span.end)];
    if (!g || g.start - h.span.end > NEAR_CHARS) continue;
    // The words up to the next finding named are this marker's: "hair tuft, haemangioma resolved", "haemangioma, back pain
    // resolved" tell the other one gone.
    const next = starts[lowerBound(starts, (x) => x, h.span.end)] ?? text.length;
    if (next < g.end) continue;
    const end = Math.min(next, boundedSentenceEnd(text, h.span.end, g.end + NEAR_CHARS));
    if (end < g.end) continue;
    // "resolved?": the sentence's own closing mark too.
    if (text.slice(h.span.end, end + 1).includes('?')) continue;
    const ws = toWords(text.slice(h.span.end, end), h.span.end);
    // Near its name: "haemangioma … (a long story) … resolved" may tell something else gone.
    const gone = findAny(ws.slice(0, GONE_WITHIN + 3), words.gone).filter((x) => x.start < (ws[GONE_WITHIN]?.start ?? Infinity));
    if (!gone.length) continue;
    // Only a time, "as infant", "since", "involuted" … between the name and "resolved": "hemangioma treated with propranolol,
    // rash resolved", "hemangioma with ulceration which resolved" tell another thing gone (review r44 H1).
    const before = ws.filter((w) => w.end <= gone[0].start);
    if (!before.every((w) => /^\d+$/.test(w.text) || words.between.has(w.text.toLowerCase()))) continue;
    const others = ws.filter((w) => !gone.some((x) => w.start >= x.start && w.end <= x.end));
    if (others.some((w) => words.stillThere.has(w.text.toLowerCase()))) continue;
    hits[i] = { ...h, present: false };
  }
}

/** How far (in characters) past a marker's name its "resolved" may stand, and past that its sentence is read: a few words. */
const NEAR_CHARS = 200;

/** The end of the sentence that runs on from `from` (". ", "?", ";", a line break), looked for no further than `limit`. */
function boundedSentenceEnd(text: string, from: number, limit: number): number {
  const to = Math.min(text.length, limit);
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || c === ';' || (/[.?!]/.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1])))) return i;
  }
  work.steps += to - from;
  return to;
}
