/**
 * "Discussed with parents that small, low-lying dimples where the bottom can be seen are very rarely associated with
 * spinal cord problems": what the writer tells the family about a finding in general, named as a bare plural after a
 * counselling verb and "that" (reading-vocabulary.json counselledInGeneral), describes no finding of this child. Only a
 * bare plural: "Discussed with parents that his dimple is deep", "explained that both dimples are shallow", "reassured
 * that the dimple is simple" name the child's own (a word of `ownWords` or a singular between "that" and the finding),
 * and "explained that the MRI showed a tethered cord" is a result, read elsewhere.
 */
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { sentenceOf } from './gated-phrases';
import { alternation, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

type Counselled = ReadingVocabulary['counselledInGeneral'];
/** A counselling verb, up to `audienceWords` words of whom it was told to, then "that": built once per vocabulary. */
const leadOf = perVocabulary(
  (v: Counselled) => new RegExp(`\\b(?:${alternation(v.leads, { longestFirst: true, one: phrasePattern })})\\b(?:[ \\t,]+[\\w'&/-]+){0,${v.audienceWords}}?[ \\t,]+that\\b`, 'gi'),
);
/** A plural as written: "dimples", "hair tufts", not "scoliosis", "weakness", "discitis", "abscess". */
const PLURAL = /[a-z]{2}(?<![sui])s$/i;

const THAT = /that/i;

export function counselledInGeneral(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().counselledInGeneral;
  // One pass over the note: where each counselling "that" ends; nothing to do in the many notes without one.
  // The lead ends on "that" (ASCII letters, which the pattern's case-insensitive match reads only as themselves): a note
  // without the letters is passed over without trying the lead's alternation at every word.
  if (!THAT.test(text)) return;
  const lead = leadOf(v);
  const thats: number[] = [];
  for (const m of text.matchAll(lead)) thats.push(m.index + m[0].length);
  if (!thats.length) return;
  const own = wordSetOf(v.ownWords);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    // A denial inside the general words is theirs too ("… that dimples where the base is not seen need imaging"): no
    // denial of the child's dimple either.
    if (!h.present && !h.negated) continue;
    if (!PLURAL.test(text.slice(h.span.start, h.span.end))) continue;
    const s: Span = sentenceOf(text, h.span);
    const that = thats.find((t) => t > s.start && t <= h.span.start);
    if (that === undefined) continue;
    // Only describing words between "that" and the finding ("small, low-lying"): none of the child's own nor a number.
    const between = toWords(text.slice(that, h.span.start));
    if (between.some((w) => own.has(w.text) || /\d/.test(w.text))) continue;
    hits[i] = { ...h, present: false, negated: false, context: { ...h.context, negated: false, hypothetical: true } };
  }
}
