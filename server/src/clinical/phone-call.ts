import { toWords } from '../notes/words';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * The note is a telephone call's (reading-vocabulary.json neuroPhoneCall.firstLine on its first line that holds text:
 * "After-hours Telephone Triage", "Triage RN - phone"): nobody saw the child, so what the caller observes is no exam.
 */
export function isPhoneCallNote(text: string): boolean {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const words = toWords(text.slice(start, Math.min(end, start + 200)));
  return findAny(words, phraseSetOf(readingVocabulary().neuroPhoneCall.firstLine)).length > 0;
}
