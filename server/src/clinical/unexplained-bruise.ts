import type { Field } from '../notes/parser';
import { type Span, sentenceEnd, sentenceStart } from '../notes/text';
import { toWords } from '../notes/words';
import { readContext } from './context';
import { findAny, phraseSetOf, type ReadingVocabulary } from './vocabulary';

/**
 * "4 month old girl. HV saw bruise on L buttock. Parents offer no explanation": a bruise on an infant too young to
 * cruise, for which the carers give no explanation, is an injury whose mechanism is unknown (trauma unclear: the
 * mechanism is asked for; round 52, fix52d). Returns the bruise's span.
 *
 * Read only under `maxMonths` (a plainly stated age; none read, none), for a bruise of the child's told present
 * (reading-vocabulary unexplainedBruise.bruises: not "no bruises", not a sibling's) with one of `noExplanation` in its
 * sentence or the next, that words not go on to an explanation after all or to none needed (`notAfter`: "no explanation
 * other than the car seat strap", "no explanation needed"). "Unexplained bruising" alone is not read (in an older child it
 * is a sign of leukaemia, not of an injury), nor a bruise told with its story ("bruise from the car seat buckle").
 */
export function unexplainedBruise(text: string, fields: readonly Field[], ageMonths: number | undefined, v: ReadingVocabulary['unexplainedBruise']): Span | undefined {
  if (ageMonths === undefined || ageMonths >= v.maxMonths) return undefined;
  const bruises = phraseSetOf(v.bruises);
  const none = phraseSetOf(v.noExplanation);
  const after = phraseSetOf(v.notAfter);
  for (const f of fields) {
    if (!f.value) continue;
    const at = f.valueSpan.start;
    const words = toWords(text.slice(at, f.valueSpan.end), at);
    const found = findAny(words, bruises);
    if (!found.length) continue;
    const unexplained = findAny(words, none).filter((n) => {
      const rest = toWords(text.slice(n.end, Math.min(f.valueSpan.end, n.end + 30)), n.end).slice(0, 3);
      return !findAny(rest, after).some((a) => a.start === rest[0]?.start);
    });
    if (!unexplained.length) continue;
    for (const b of found) {
      const c = readContext(text, b.start, b.end);
      // "no explanation for the bruise": the "no" of the explanation is no denial of the bruise.
      const ownNo = c.negated && c.cues.length > 0 && c.cues.every((cue) => unexplained.some((n) => n.start <= cue.start && cue.end <= n.end));
      if ((c.negated && !ownNo) || c.hypothetical || c.uncertain || c.experiencer !== 'patient') continue;
      const from = sentenceStart(text, b.start);
      const end = sentenceEnd(text, b.end);
      const to = end < text.length ? sentenceEnd(text, end + 1) : end;
      if (unexplained.some((n) => n.start >= from && n.end <= to)) return b;
    }
  }
  return undefined;
}
