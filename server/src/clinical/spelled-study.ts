import type { Word } from '../notes/words';

/**
 * A study's letters spelled with spaces in a note read as typed ("... neuro normal. C T lumbar spine", "M R I whole spine
 * with contrast", "Request: C T thoracic spine"): what speech recognition writes when a clinician dictates "em ar eye" and
 * signs unread, even in a note with no spoken marks. The dictated reading (language.ts) joins every spelled abbreviation of
 * a note it reads as dictated; a typed note joins only the letters of a study (language-vocabulary dictation.spelledStudies),
 * so a study is read wherever its name would be, and never other spelled letters (initials, "A B C" of a list).
 *
 * Only letters one space apart, all capitals or all small ("M R I", "m r i"; never "M r I", "C. T." initials), the run
 * neither after a single letter ("A C T" is no CT) nor after a title ("Dr C T Jones"), and never before a word that makes
 * the letters a place ("C T junction": the cervicothoracic junction). A two-letter study before another single letter is
 * left alone ("C T L S spine" names the levels).
 */
export interface SpelledStudies {
  /** The studies, as their letters ("MRI", "CT", "XR"). */
  letters: Set<string>;
  /** Words before the letters that make them a name's initials ("dr", "mr"). */
  notAfter: Set<string>;
  /** Words after the letters that make them a place ("junction"). */
  notBefore: Set<string>;
  longest: number;
  /** One pattern tested once per note: some spelled study may be in it. */
  pattern: RegExp;
}

export function spelledStudiesOf(d: { letters: readonly string[]; notAfter: readonly string[]; notBefore: readonly string[] }): SpelledStudies {
  const spaced = d.letters.flatMap((l) => [l.split('').join(' '), l.toLowerCase().split('').join(' ')]);
  return {
    letters: new Set(d.letters),
    notAfter: new Set(d.notAfter),
    notBefore: new Set(d.notBefore),
    longest: Math.max(0, ...d.letters.map((l) => l.length)),
    pattern: new RegExp(`(?<![A-Za-z0-9.])(?:${spaced.join('|')})(?![A-Za-z0-9.])`),
  };
}

const isLetterWord = (text: string, w: Word | undefined) => w !== undefined && w.end - w.start === 1 && /[A-Za-z]/.test(text[w.start]);

/** The spelled study starting at words[i] in a typed note: the edit writing its letters joined, and the last word it takes. */
export function spelledStudyAt(
  text: string,
  words: readonly Word[],
  i: number,
  s: SpelledStudies,
): { edit: { start: number; end: number; text: string; spelled: true }; last: number } | undefined {
  const w = words[i];
  if (!isLetterWord(text, w)) return undefined;
  const prev = words[i - 1];
  // "A C T", "Dr C T Jones": a letter of a longer run, or a name's initials.
  if (prev && (text.slice(prev.end, w.start) === ' ' || text.slice(prev.end, w.start) === '. ') && (isLetterWord(text, prev) || s.notAfter.has(prev.text))) return undefined;
  const upper = text[w.start] === text[w.start].toUpperCase();
  let last = i;
  let letters = text[w.start].toUpperCase();
  while (last + 1 < words.length && last - i + 1 < s.longest) {
    const next = words[last + 1];
    if (!isLetterWord(text, next) || text.slice(words[last].end, next.start) !== ' ') break;
    if ((text[next.start] === text[next.start].toUpperCase()) !== upper) break;
    last++;
    letters += text[next.start].toUpperCase();
    if (s.letters.has(letters)) break;
  }
  if (last === i || !s.letters.has(letters)) return undefined;
  const after = words[last + 1];
  if (after && text.slice(words[last].end, after.start) === ' ') {
    if (s.notBefore.has(after.text)) return undefined;
    // "C T L S spine": a run of levels, not a study (a longer study's letters, "M R I L spine", name their region after).
    if (letters.length < 3 && isLetterWord(text, after)) return undefined;
  }
  return { edit: { start: w.start, end: words[last].end, text: letters, spelled: true }, last };
}
