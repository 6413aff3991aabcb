/**
 * "Any new numbness, weakness, or trouble peeing - go to ER": symptoms named after "any new" in a sentence that tells
 * what to do should they come are a safety net, none of them told now (reading-vocabulary.json safetyNetAnyNew). Only
 * there: "any new weakness in legs - yes, since Tuesday", "Checked for any new weakness: 4/5 L hip flexion" answer the
 * question, "Any new numbness? Yes - both feet" ends it with its "?", and "any new activity makes his legs numb" names no
 * symptom after "any new" — each reads as told.
 */
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { sentenceOf } from './gated-phrases';
import { wordSetOf } from './patterns';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

export function safetyNets(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().safetyNetAnyNew;
  if (!/\bany\s+new\b/i.test(text)) return;
  const opens = phraseSetOf(v.opens);
  const joiners = wordSetOf(v.joiners);
  const consequences = phraseSetOf(v.consequences);
  const answers = phraseSetOf(v.answers);
  const present = hits.filter((h) => h.present && !h.negated);
  const covered = (s: Span) => present.some((x) => x.span.start <= s.start && s.end <= x.span.end);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.negated || h.context.hypothetical) continue;
    const { start, end } = sentenceOf(text, h.span);
    const before = toWords(text.slice(start, h.span.start), start);
    const open = findAny(before, opens).pop();
    if (!open) continue;
    // Only other symptoms and list words between "any new" and this one ("any new numbness, weakness, or …").
    const between = before.filter((w) => w.start >= open.end);
    if (!between.every((w) => joiners.has(w.text) || covered(w))) continue;
    if (/:/.test(text.slice(open.end, end))) continue;
    const sentence = toWords(text.slice(start, end), start);
    if (!findAny(sentence, consequences).length) continue;
    if (
      findAny(
        sentence.filter((w) => w.start >= open.end),
        answers,
      ).length
    )
      continue;
    hits[i] = { ...h, present: false, context: { ...h.context, hypothetical: true } };
  }
}
