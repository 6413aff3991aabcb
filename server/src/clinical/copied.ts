import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/** Every phrase of copiedText.start or .end holds one of these; notes without them are not searched. */
const MAY_MARK = /cop(?:y|ied)|carried|pulled/i;

/**
 * Text carried over from an earlier note (reading-vocabulary.json copiedText): from a line that opens it
 * ("** Copied forward from 2 mo visit - please update **") to a later line that closes it ("** end copied
 * text **"), both lines included. Only a block with both ends: a note that says it copied something and
 * never says where that stops is read as written.
 */
export function copiedBlocks(text: string): Span[] {
  if (!MAY_MARK.test(text)) return [];
  const v = readingVocabulary().copiedText;
  const start = phraseSetOf(v.start);
  const end = phraseSetOf(v.end);
  const out: Span[] = [];
  let open: number | undefined;
  for (let at = 0; at < text.length;) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    work.steps += nl - at;
    const line = text.slice(at, nl);
    if (MAY_MARK.test(line) || /\bend\b/i.test(line)) {
      const words = toWords(line);
      if (open !== undefined && findAny(words, end).length) {
        out.push({ start: open, end: nl });
        open = undefined;
      } else if (open === undefined && findAny(words, start).length) open = at;
    }
    at = nl + 1;
  }
  return out;
}

/**
 * A line's key says its text is carried over from an earlier note or the admission (copiedText.inKey): "Imaging (copied
 * fwd)", "Imaging (from admission)". One mark on the line's own key, unlike a block (copiedBlocks), needs no end.
 */
export function keySaysCopied(rawKey: string): boolean {
  if (!rawKey || !MAY_MARK_KEY.test(rawKey)) return false;
  return findAny(toWords(rawKey), phraseSetOf(readingVocabulary().copiedText.inKey)).length > 0;
}
/** Every phrase of copiedText.inKey holds one of these. */
const MAY_MARK_KEY = /cop(?:y|ied)|carried|pulled|admi|note/i;

/** The fields that are today's: none of their line inside a copied block. */
export function currentFields(all: readonly Field[], blocks: readonly Span[]): readonly Field[] {
  if (!blocks.length) return all;
  return all.filter((f) => {
    const s = f.lineSpan ?? f.valueSpan;
    return !blocks.some((b) => b.start <= s.start && s.start < b.end);
  });
}
