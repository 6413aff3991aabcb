import { work } from '../notes/work';
import { perVocabulary } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

const endWordsOf = perVocabulary((v: ReadingVocabulary) => new Set(v.wrappedLine.endWords));

/**
 * The line that starts at `i` goes on the sentence of the line above, cut in two by a letter's, a fax's or a PDF's
 * wrapping ("There is no history of injury, fever," / "weight loss or night pain"): the line above ends on a comma or on
 * a word no sentence ends on (reading-vocabulary.json wrappedLine: "no fever or" / "night pain"), and this line is not
 * indented and opens on a lower-case letter (so never a key, a bullet, a number or a capital opening its own item:
 * "No fever," / "Night pain 2/52" and "Denies fever," / "- night pain" stay lines of their own). Assertion context then
 * reads the two lines as the one sentence they are, so a cue's list goes on over the break, as it does in one line.
 */
export function wrapsFromAbove(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 97 || c > 122) return false;
  let b = i - 1;
  if (text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) return false;
  if (text.charCodeAt(b) === 10 && b > 0 && text.charCodeAt(b - 1) === 13) b--;
  // A blank line between the two parts them.
  let e = b;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e === 0 || text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13) return false;
  if (text.charCodeAt(e - 1) === 44 /* , */) return !keyOpens(text, i);
  let w = e;
  while (w > 0 && w > e - 12 && isLower(text.charCodeAt(w - 1) | 32)) w--;
  work.steps += i - w;
  if (w === e || (w > 0 && /[\p{L}\p{N}]/u.test(text[w - 1]))) return false;
  return endWordsOf(readingVocabulary()).has(text.slice(w, e).toLowerCase()) && !keyOpens(text, i);
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The line opens on a label and its colon ("night pain: yes"): an item of its own, whatever the line above ends on. */
function keyOpens(text: string, i: number): boolean {
  for (let j = i; j < text.length && j < i + 32; j++) {
    const c = text.charCodeAt(j);
    if (c === 58) return true;
    if (c === 10 || c === 13 || c === 44 || c === 46 || c === 59) return false;
  }
  return false;
}
