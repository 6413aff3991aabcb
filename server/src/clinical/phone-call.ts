import { toWords } from '../notes/words';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * The note is a telephone call's (reading-vocabulary.json neuroPhoneCall.firstLine on its first line that holds text:
 * "After-hours Telephone Triage", "Triage RN - phone"; not "Interpreter: Arabic, phone"): nobody saw the child, so what the
 * caller observes is no exam.
 */
export function isPhoneCallNote(text: string): boolean {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const words = toWords(text.slice(start, Math.min(end, start + 200)));
  const v = readingVocabulary().neuroPhoneCall;
  // "ED note - Interpreter: Arabic, phone": the interpreter is on the phone, the child in the room.
  return findAny(words, phraseSetOf(v.firstLine)).length > 0 && findAny(words, phraseSetOf(v.notCall)).length === 0;
}
