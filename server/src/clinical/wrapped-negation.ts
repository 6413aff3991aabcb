import { contextLexicon } from './lexicon';

/** The shortest line taken for prose wrapped at a width (a letter, a pasted paragraph), not a form's or a list's line. */
const WRAPPED_LINE = 60;
/** The last word of a line and the mark or letter before it: "…was normal; no", "…and no". */
const LAST_WORD = /(?:^|[A-Za-z0-9,;][ \t]+)([A-Za-z]+)[ \t]*$/;
/** The next line opens on a lowercase word of prose: "bladder or bowel concerns.", "fever or weight loss". */
const PROSE_OPENING = /^[a-z][a-z'-]*(?:[ \t]|[.,;]|$)/;
/** A key opening the next line ("bladder: ok", "bowels - normal"): an item of its own, not the sentence going on. */
const KEY_OPENING = /^[^\n:]{0,40}:|^[a-z][a-z' ]{0,30}[ \t][-\u2013=][ \t]/;

/**
 * A line break that only wraps a sentence after its negation ("…her neurological examination today was normal; no\nbladder
 * or bowel concerns."): the line, long as wrapped prose is, ends on a forward negation of context-lexicon.json
 * wrappedNegations told in the sentence (after a word, a comma or a semicolon, never a key's or a question's answer: "Fever:
 * no", "Any fever? no", "Hair tuft - no"), and the next line opens on a lowercase word that is no key. The break then ends
 * no scope, so the negation reaches the words it denies. `lineEnd` is the break's offset, `next` the next line's start.
 */
export function negationWrapsAt(text: string, lineEnd: number, next: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  if (lineEnd - lineStart < WRAPPED_LINE) return false;
  const last = LAST_WORD.exec(text.slice(Math.max(lineStart, lineEnd - 40), lineEnd));
  if (!last || !contextLexicon().wrappedNegations.includes(last[1].toLowerCase())) return false;
  const opening = text.slice(next, next + 48);
  return PROSE_OPENING.test(opening) && !KEY_OPENING.test(opening);
}
