import { toWords } from '../notes/words';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * The note is a telephone call's: its first line that holds text opens with a call's heading (reading-vocabulary.json
 * neuroPhoneCall.heading: "After-hours Telephone Triage", "Triage RN - phone", "T/C from mother"), names no video or
 * interpreter ("Telephone/video visit", "ED note - Interpreter: Arabic, phone"), and the note nowhere tells the child seen
 * in person ("seen in clinic today"). A first line that only names a phone ("Phone: (555) …", "Callback number …",
 * "Clinic visit (booked via phone triage)") is no call. Nobody saw the child on a call, so what the caller observes is
 * no exam.
 */
export function isPhoneCallNote(text: string): boolean {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const words = toWords(text.slice(start, Math.min(end, start + 200)));
  if (!words.length) return false;
  const v = readingVocabulary().neuroPhoneCall;
  const opensOnHeading = findAny(words, phraseSetOf(v.heading)).some((m) => m.start === words[0].start);
  if (!opensOnHeading || findAny(words, phraseSetOf(v.notCall)).length > 0) return false;
  // "Seen in clinic today": the call heads a visit's note; the exam in it is the clinician's.
  return findAny(toWords(text.slice(0, 4000)), phraseSetOf(v.seenInPerson)).length === 0;
}

/** A statement naming a clinician's exam (neuroPhoneCall.examNamed: "tone normal, MAE", "reflexes 2+ on her exam today"). */
export function phoneNoteNamesExam(said: string): boolean {
  const named = phraseSetOf(readingVocabulary().neuroPhoneCall.examNamed);
  return findAny(toWords(said), named).length > 0;
}
