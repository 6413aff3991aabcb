import { work } from './work';

/**
 * A template's placeholders, which hold no content: a blank left to fill in ("***", "___"), a field the
 * record left empty ("(not entered)"), a smart link not expanded ("@AGE@") and a pick list's prompt
 * ("{Yes/No:12345}", "{NORMAL/ABNORMAL:20001}"). A pick list's chosen answer is written after its prompt
 * ("{NORMAL/ABNORMAL:20001} NORMAL"), so only the prompt is blank: the answer counts, and the choices it
 * offers ("ABNORMAL") say nothing. A run of stars or underscores against a word ("***fever***") is
 * emphasis, not a blank.
 */
const PLACEHOLDER =
  /(?<![A-Za-z0-9*])\*{3,}(?![A-Za-z0-9*])|(?<![A-Za-z0-9_])_{3,}(?![A-Za-z0-9_])|\{[^{}\n]{1,80}:\s*\d{2,}\s*\}|@[A-Z][A-Z0-9_]{1,30}@|[([](?:not|none) entered[)\]]/g;
/** Cheap first test: most notes hold no placeholder. */
const MAY_HOLD = /\*\*\*|___|[{@]|entered/;

/** The text with every placeholder blanked to spaces (offsets unchanged); the text itself when it holds none. */
export function blankPlaceholders(text: string): string {
  work.steps += text.length >> 4;
  if (!MAY_HOLD.test(text)) return text;
  PLACEHOLDER.lastIndex = 0;
  if (!PLACEHOLDER.test(text)) return text;
  PLACEHOLDER.lastIndex = 0;
  return text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
}

/** A value that is only placeholders (and blanks or punctuation): nothing written. */
export function onlyPlaceholders(value: string): boolean {
  const blank = blankPlaceholders(value);
  return blank !== value && !/[A-Za-z0-9]/.test(blank);
}
