import { work } from './work';

/**
 * Words the writer struck out, which the note no longer tells (issue 8, round 58, s162): a scribe typing up handwritten
 * notes marks a crossed-out study in a bracket ("(crossed out: MRI lumbar spine) -> US spine first", "[struck through: XR
 * L-spine]"), and a note written in Markdown strikes it through ("~~US spine~~ MRI L-spine w/o contrast"). Both are blanked,
 * so the study written after them is the order, as a clinician reads the corrected line.
 *
 * Refused: a bracket that only says something was crossed out without the words ("MRI (crossed out)": how far back the
 * stroke reached is not told), a single tilde ("~6 mm", "~2/52", approximate), an unclosed or multi-line "~~", and three
 * tildes or more (a fence, a divider).
 */
const SCRIBE_STRUCK = /[([](?:crossed out|crossed through|struck out|struck through|scored out|strikethrough)[ \t]*:[ \t]*[^()[\]\n]{1,80}[)\]]/gi;
/** Markdown strikethrough on one line: two tildes, words opening and closing on no blank, two tildes. */
const MARKDOWN_STRUCK = /(?<!~)~~(?=[^\s~])[^~\n]{1,80}?[^\s~]~~(?!~)/g;
/** Cheap first test: most notes hold neither mark. */
const MAY_STRIKE = /~~|crossed|struck|scored out|strikethrough/i;

/** The text with every struck-out passage blanked to spaces (offsets unchanged); the text itself when it holds none. */
export function blankStruckOut(text: string): string {
  if (!MAY_STRIKE.test(text)) return text;
  work.steps += text.length >> 4;
  return text.replace(SCRIBE_STRUCK, (m) => ' '.repeat(m.length)).replace(MARKDOWN_STRUCK, (m) => ' '.repeat(m.length));
}
