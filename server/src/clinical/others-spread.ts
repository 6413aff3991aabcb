import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { type PhraseSet, findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/**
 * A cancer's spread told right after a relative's cancer is the relative's ("Mum has metastatic breast cancer w/ spinal
 * mets", "Dad - bowel ca with liver metastases"): spread presupposes a cancer, and the one it follows, joined by a word of
 * `joins` ("with", "w/", "and") and at most `sites` words naming where ("spinal", "bony"), is a relative's. The context's
 * scope of a relative may end before it (a scope counts its words), so it is read here. Only within the clause (no
 * stop, comma or dash between): "Mum has breast cancer. Pt: spinal mets on MRI" and "Mum: breast ca; ?mets in pt" stay
 * as the rest reads them, and a name that is no spread word ("Mum has breast ca with lymphoma") is not read.
 */
export function spreadOfOthersCancer(text: string, hits: FindingHit[]): void {
  const rule = readingVocabulary().suspectedCancer;
  const spread = phraseSetOf(rule.spreadWords);
  const joins = phraseSetOf(rule.othersSpread.joins);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.finding.id !== 'malignancy' || !h.present) continue;
    // The hit is a spread word and nothing else.
    const own = toWords(text.slice(h.span.start, h.span.end));
    const sw = findAny(own, spread);
    if (sw.length !== 1 || sw[0].start !== 0 || sw[0].end !== h.span.end - h.span.start) continue;
    const before = hits.find(
      (o) =>
        o !== h &&
        o.finding.id === 'malignancy' &&
        o.context.experiencer === 'other' &&
        o.span.end <= h.span.start &&
        h.span.start - o.span.end <= 60 &&
        joinedBySpread(text.slice(o.span.end, h.span.start), joins, rule.othersSpread.sites),
    );
    if (!before) continue;
    hits[i] = { ...h, context: { ...h.context, experiencer: 'other' }, present: false };
  }
}

/** A clause's break between a cancer and its spread: a stop, a comma, a colon, a bracket or a spaced dash. */
const CLAUSE_BREAK = /[,;.:!?()[\]\n\r\u2013\u2014]|\s-\s/;

/** The words between a relative's cancer and its spread: a join first ("w/" as "w"), then at most `sites` words, no clause break. */
function joinedBySpread(gap: string, joins: PhraseSet, sites: number): boolean {
  if (CLAUSE_BREAK.test(gap)) return false;
  const words = toWords(gap);
  if (!words.length) return false;
  const j = findAny(words, joins).find((s) => s.start === words[0].start);
  if (!j) return false;
  return words.filter((w) => w.start >= j.end).length <= sites;
}
