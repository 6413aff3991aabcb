/** A pain or a fever told settled right after its name ("back pain fully settled"): over today. */
import type { FindingHit } from './findings';
import { perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, readingVocabulary, phraseSetOf, findAny } from './vocabulary';
import { toWords } from '../notes/words';
import { sentenceSpan } from './clauses';

const settledWords = perVocabulary((v: ReadingVocabulary['painSettled']) => ({
  categories: new Set(v.categories),
  words: wordSetOf(v.words),
  marks: wordSetOf(v.marks),
  between: wordSetOf(v.between),
  stillThere: phraseSetOf(v.stillThere),
}));

/** How many words may stand between the finding's name and "settled" ("that has now fully settled"). */
const MOST_BETWEEN = 4;

/**
 * "f/u 10 yo M - back pain fully settled.", "fever now settled, back pain persists", "back pain that has now settled": a pain
 * or a fever (painSettled.categories) told over right after its name, with only painSettled.between words and at least one
 * of painSettled.marks before "settled" / "resolved", the word ending its clause, is not present. Only the finding right
 * before it ("Numbness both feet with back pain that has now settled" keeps the numbness). A qualifier before it ("mostly",
 * "had settled"), words after it in its clause ("settled on rest", "with analgesia"), a '?' in its sentence, or a word of
 * painSettled.stillThere later in it ("still wakes at night", "recurs when stopped", "then returned", "now back") keep the
 * complaint (review r47-B).
 */
export function painsToldSettled(hits: FindingHit[], text: string): void {
  const v = settledWords(readingVocabulary().painSettled);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !v.categories.has(h.finding.category)) continue;
    const s = sentenceSpan(text, h.span);
    const sentence = text.slice(s.start, Math.min(text.length, s.end + 1));
    if (sentence.includes('?')) continue;
    const ws = toWords(text.slice(h.span.end, s.end), h.span.end);
    let k = 0;
    let marked = false;
    while (k < ws.length && k < MOST_BETWEEN && v.between.has(ws[k].text.toLowerCase()) && !v.words.has(ws[k].text.toLowerCase())) {
      if (v.marks.has(ws[k].text.toLowerCase())) marked = true;
      k++;
    }
    const w = ws[k];
    if (!w || !v.words.has(w.text.toLowerCase())) continue;
    if (!marked && !(k > 0 && v.marks.has(ws[k - 1].text.toLowerCase()))) continue;
    // Nothing but spaces from the name to the word (no comma, dash or bracket: "back pain, night pain now resolved").
    if (/[^\sA-Za-z]/.test(text.slice(h.span.end, w.start))) continue;
    // The word ends its clause: a comma, a full stop, a semicolon or the sentence's end right after it.
    const next = ws[k + 1];
    if (next && !/[,;.:\n]/.test(text.slice(w.end, next.start))) continue;
    if (findAny(ws.slice(k + 1), v.stillThere).length) continue;
    hits[i] = { ...h, present: false };
  }
}
