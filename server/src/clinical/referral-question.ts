import type { Span } from '../notes/text';
import { alternation, perVocabulary, phrasePattern } from './patterns';

/**
 * The question a referral puts to the specialist, written in a bracket right after it ("Referral peds neurosurgery
 * ('tethered cord?')", "NSGY referral (?TCS)"): the "?" asks about the child's finding, not about the referral, which is
 * made. Read only where the referral opens its line (after a bullet or an item's number at most) and the bracket closes
 * it (a list item, an order line): a bracket followed by more words
 * ("(TCS?) if MRI abnormal") is left to the clause's own reading. A bracket that doubts the referral itself
 * (`doubts`: "(?needed)", "(? if MRI abnormal)", "(refer or not?)") is no reason.
 *
 * Returns the bracket's span (its text to be blanked before the context is read again), or undefined.
 */
export function questionToSpecialist(text: string, mention: Span, doubts: readonly string[]): Span | undefined {
  // The referral opens its line, as an item of orders: "2) Referral peds neurosurgery", "- Refer to NSGY", "NSGY referral".
  // Not "Discussed referral to neurosurgery (TCS?)", "Mum asks about referral to NSGY (TCS?)": those the clause reads.
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  if (!REFERRAL_OPENS.test(text.slice(lineStart, mention.start))) return undefined;
  const rest = text.slice(mention.end, mention.end + 160);
  // Only spaces before the bracket; only closing punctuation after it to the line's end.
  const m = /^[ \t]*\(([^()\n]{1,80})\)[ \t]*[.;]?[ \t]*(?:\r?\n|$)/.exec(rest);
  if (!m || !m[1].includes('?')) return undefined;
  const inside = m[1];
  // A bracket of only question marks or quotes asks nothing of a finding.
  if (!/[A-Za-z]{2}/.test(inside)) return undefined;
  if (doubtPattern(doubts)?.test(inside)) return undefined;
  const open = mention.end + m[0].indexOf('(');
  return { start: open, end: open + inside.length + 2 };
}

/** Before the mention on its line: a bullet or an item's number at most, then "referral (to)", "refer to", "urgent" at most. */
const REFERRAL_OPENS =
  /^[ \t]*(?:[-*\u2022>]|\(?\d{1,2}[.)]|[a-z][.)])?[ \t]*(?:(?:urgent|routine|new)[ \t]+)?(?:(?:referral|refer|ref)(?:[ \t]+to)?[ \t]+)?(?:(?:the|peds|paeds|pediatric|paediatric)[ \t]+)?$/i;

/** Any of the doubts as its own words; built once per list. */
const doubtPattern = perVocabulary((doubts: readonly string[]): RegExp | undefined => {
  if (!doubts.length) return undefined;
  const one = (p: string) => `${/^\w/.test(p) ? '\\b' : ''}${phrasePattern(p)}${/\w$/.test(p) ? '\\b' : ''}`;
  return new RegExp(alternation(doubts, { one }), 'i');
});
