/** Skin markers the note tells gone: a past marker that has involuted or faded is no marker today. */
import type { FindingHit } from './findings';
import { perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, readingVocabulary, phraseSetOf, findAny } from './vocabulary';
import { sentenceSpan } from './clauses';
import { toWords } from '../notes/words';

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
  let words: ReturnType<typeof goneWords> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'cutaneous-marker') continue;
    let end = sentenceSpan(text, h.span).end;
    // The words up to the next finding named are this marker's: "hair tuft, haemangioma resolved", "haemangioma, back pain
    // resolved" tell the other one gone.
    for (const o of hits) if (o.span.start >= h.span.end && o.span.start < end) end = o.span.start;
    const after = text.slice(h.span.end, end);
    // "resolved?": the sentence's own closing mark too.
    if (text.slice(h.span.end, end + 1).includes('?')) continue;
    words ??= goneWords(readingVocabulary().markerGone);
    const ws = toWords(after, h.span.end);
    // Near its name: "haemangioma … (a long story) … resolved" may tell something else gone.
    const gone = findAny(ws.slice(0, GONE_WITHIN + 3), words.gone).filter((g) => g.start < (ws[GONE_WITHIN]?.start ?? Infinity));
    if (!gone.length) continue;
    // Only a time, "as infant", "since", "involuted" … between the name and "resolved": "hemangioma treated with propranolol,
    // rash resolved", "hemangioma with ulceration which resolved" tell another thing gone (review r44 H1).
    const before = ws.filter((w) => w.end <= gone[0].start);
    if (!before.every((w) => /^\d+$/.test(w.text) || words!.between.has(w.text.toLowerCase()))) continue;
    const others = ws.filter((w) => !gone.some((g) => w.start >= g.start && w.end <= g.end));
    if (others.some((w) => words!.stillThere.has(w.text.toLowerCase()))) continue;
    hits[i] = { ...h, present: false };
  }
}
