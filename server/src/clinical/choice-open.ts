/**
 * An order key whose whole value sets two studies side by side and chooses neither ("Imaging: MRI vs XR", "Order: MRI or
 * XR?", "Plan: US spine versus MRI spine"): the choice is not made, so the line orders nothing and the note still asks for
 * a decision (round 51, fix51h). Narrow on purpose: the two studies, each with only its own name's words, one word of
 * choice between them and at most a "?" around them, nothing else on the value. A study chosen with its fallback told
 * ("MRI (vs XR if unavailable)", "MRI, XR if MRI unavailable", "MRI rather than XR"), a choice followed by its answer
 * ("MRI vs XR - MRI chosen") or by anything else on the value is read as before. Narrowed after review r51: the choice
 * voids the order only when no study is named anywhere after it in the note ("Order: US spine vs MRI\nRadiology advise US
 * first - US spine requested.", "Order: XR L-spine vs MRI\nXR L-spine today, MRI if abnormal." read as before).
 */
import { type Word, toWords } from '../notes/words';
import { afterName, kindAt } from './decision-left';
import type { OrderWords } from './order-words';
import { isHeadAt } from './study-names';

/** Words that offer two studies as alternatives. */
const CHOICE = new Set(['vs', 'v', 'versus', 'or']);
/** The only marks allowed on the value: a "?" opening or closing it, the stop of "vs." and spaces. */
const ONLY_MARKS = /^[\s?]*$/;

/**
 * The order key's value is a bare choice of two studies (choiceOnly) and the note names no study after it: a later line
 * that names a study may make the choice ("Radiology advise US first - US spine requested."), so the key is read as before.
 */
export function choiceLeftOpen(text: string, value: string, valueEnd: number, ow: OrderWords): boolean {
  if (!choiceOnly(value, ow)) return false;
  const after = toWords(text.slice(valueEnd));
  for (let j = 0; j < after.length; j++) if (isHeadAt(after, j)) return false;
  return true;
}

/** The value (an order key's whole value) is two studies of different kinds offered as alternatives, and no more. */
export function choiceOnly(value: string, ow: OrderWords): boolean {
  if (!/\b(?:vs|v|versus|or)\b/i.test(value)) return false;
  const words = toWords(value);
  if (words.length < 3 || !isHeadAt(words, 0)) return false;
  const a = 0;
  const choice = afterName(words, a);
  if (choice >= words.length || !CHOICE.has(words[choice].text)) return false;
  let b = choice + 1;
  if (b < words.length && (words[b].text === 'a' || words[b].text === 'an')) b++;
  if (b >= words.length || !isHeadAt(words, b)) return false;
  if (afterName(words, b) !== words.length) return false;
  if (kindAt(words, a, ow) === kindAt(words, b, ow)) return false;
  return marksOnly(value, words, choice);
}

/**
 * Between and around the words, only spaces, a "?" at the value's ends and the stop of "vs." (and the hyphens or slashes
 * inside a study's name, "L-spine", "w/o"): a bracket, a comma, a dash or a colon tells more than a bare choice.
 */
function marksOnly(value: string, words: readonly Word[], choice: number): boolean {
  if (!ONLY_MARKS.test(value.slice(0, words[0].start)) || !ONLY_MARKS.test(value.slice(words[words.length - 1].end))) return false;
  for (let j = 1; j < words.length; j++) {
    const gap = value.slice(words[j - 1].end, words[j].start);
    if (/^\s+$/.test(gap)) continue;
    if (j - 1 === choice && /^\.\s+$/.test(gap)) continue;
    // Inside a study's name only: "L-spine", "w/o", "X-ray".
    if (j - 1 !== choice && j !== choice && /^[-/]$/.test(gap)) continue;
    return false;
  }
  return true;
}
