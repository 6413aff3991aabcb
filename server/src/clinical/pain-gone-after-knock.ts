import { type Span, sentenceEnd, sentenceStart } from '../notes/text';
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import type { TraumaFact } from './events';
import { findAny, phraseSetOf, type ReadingVocabulary } from './vocabulary';

/**
 * "Knocked her lower back on a locker door at break. Sore for 10 min, playing netball normally since, no pain now": a
 * pain told only as the passing soreness of a trivial knock, gone by the visit, is no back pain now (round 52, fix52d).
 *
 * Read only when the injury is trivial (a bump's mechanism was read), every present back pain of the note is told in the
 * knock's sentence or the next one, and each such sentence goes on, after the pain, to tell it gone now (reading-vocabulary
 * painGoneAfterKnock.gone), the words closing their clause ("no pain now at rest, sore on bending" keeps the pain) and with
 * none of `recurring` in the sentence ("on and off, no pain now"). A significant or unclear injury, a pain told
 * elsewhere in the note ("Back pain 3 weeks" in another paragraph) or a pain still present keeps every hit.
 */
export function painGoneAfterKnock(text: string, hits: readonly FindingHit[], trauma: TraumaFact, v: ReadingVocabulary['painGoneAfterKnock']): FindingHit[] {
  if (trauma.significance !== 'trivial' || !trauma.span) return [];
  const pains = hits.filter((h) => h.present && h.finding.category === 'back-pain');
  if (!pains.length) return [];
  const knock = trauma.span;
  const from = sentenceStart(text, knock.start);
  const knockEnd = sentenceEnd(text, knock.end);
  const to = knockEnd < text.length ? sentenceEnd(text, knockEnd + 1) : knockEnd;
  const gone = phraseSetOf(v.gone);
  const recurring = phraseSetOf(v.recurring);
  const goneAfter = (h: FindingHit) => {
    if (h.span.start < from || h.span.end > to) return false;
    const s: Span = { start: sentenceStart(text, h.span.start), end: sentenceEnd(text, h.span.end) };
    const words = toWords(text.slice(s.start, s.end), s.start);
    if (findAny(words, recurring).length) return false;
    return findAny(words, gone).some((g) => g.start >= h.span.end && CLAUSE_CLOSES.test(text.slice(g.end, g.end + 2)));
  };
  return pains.every(goneAfter) ? pains : [];
}

/** The gone-now words end their clause: a comma, a sentence's end or the line's. */
const CLAUSE_CLOSES = /^(?:\s*$|[ \t]*[,.;\n\r])/;
