/** Items of a Red flags list that the vocabulary does not know, counted all the same: the writer called them red flags. */
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { isNormalItem, isNormalValue } from './findings';
import { contextLexicon } from './lexicon';
import type { Facts } from './note-facts';

/**
 * Every listed item the vocabulary cannot place still counts: the author called it a red flag —
 * unless it is a word for the normal state ("afebrile", "NAD") or denied ("no wt loss").
 * Items and hits are both in text order, so one forward pointer finds the hits inside each item
 * (checking every hit for every item was quadratic in a long list).
 */
export function readListedRedFlags(text: string, all: readonly Field[], facts: Facts): void {
  // Every Red flags line, also one under another template's key for it ("B symptoms: night sweats, lethargy").
  for (const f of all) if (f.key?.name === 'Red flags') readListedIn(text, f, facts);
}

function readListedIn(text: string, redFlags: Field, facts: Facts): void {
  if (!redFlags.value || isNormalValue(redFlags.value.trim())) return;
  const lex = contextLexicon();
  // The first hit at or after the value (hits are in text order).
  let next = 0;
  for (let hi = facts.hits.length; next < hi; work.steps++) {
    const mid = (next + hi) >> 1;
    if (facts.hits[mid].span.start < redFlags.valueSpan.start) next = mid + 1;
    else hi = mid;
  }
  for (const m of redFlags.value.matchAll(/[^;,\r\n]+/g)) {
    const item = m[0].trim();
    // Punctuation a form leaves behind ("other: [ ]" read as filled in leaves ":") names nothing.
    if (!item || !/[\p{L}\p{N}]/u.test(item)) continue;
    const start = redFlags.valueSpan.start + (m.index ?? 0) + m[0].indexOf(item);
    const span = { start, end: start + item.length };
    while (next < facts.hits.length && facts.hits[next].span.start < span.start) {
      next++;
      work.steps++;
    }
    let known = false;
    for (let i = next; i < facts.hits.length && facts.hits[i].span.start <= span.end && !known; i++) {
      known = facts.hits[i].span.end <= span.end;
      work.steps++;
    }
    // "Red flags: N": a form's "no" answer as an item says none, as "none" does.
    if (known || isNormalItem(item, lex) || lex.formAnswers.no.includes(item.toLowerCase())) continue;
    const c = readContext(text, span.start, span.end);
    if (!c.negated && !c.hypothetical && c.experiencer === 'patient' && !deniedItem(text, span)) facts.listedRedFlags.push(span);
  }
}

/**
 * A list item answered no after it ("lethargy - N", "lethargy: no"), which a reading of the whole item
 * does not see. Only an answer after it: an item that opens on a negation is as often a red flag said in
 * the negative ("not walking", "no longer walking", "non-mechanical pain", "no relief with rest"), so it counts.
 */
function deniedItem(text: string, span: Span): boolean {
  const words = toWords(text.slice(span.start, span.end), span.start);
  if (!words.length) return false;
  const c = readContext(text, words[0].start, words[0].end);
  return c.negated && c.cues.some((q) => q.start >= words[0].end);
}
