/**
 * A radiologist's vetting outcome that declines the study requested: "Outcome: declined.", "Vetting: CT declined (dose, not
 * the right test).", "CT declined - US spine is the right test". The request stands on an earlier line; the outcome, told
 * at its own place (opening a line, alone or after a vetting label), takes it back, and the note books nothing in its place
 * unless another line orders it (the note is read again without it, facts.ts readOrderFact).
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { readOrder } from './order';
import type { OrderWords } from './order-words';
import type { Facts } from './note-facts';
import { longestPhraseAt } from './vocabulary';
import { isHeadAt } from './study-names';

/**
 * The decline, after the order's value, of a line that opens on a vetting label (prose.vettingDeclined.labels, then a colon
 * or a spaced dash) or on the study's name, then, with nothing else between, the decline word (vettingDeclined.words) of
 * that same study (no study named, the one requested), closing its clause: the line's end, a stop, a comma, a bracket giving
 * the reason or a spaced dash. Never a decline of something else ("Outcome: sedation declined", "Vetting: GA declined",
 * "Vetting: XR declined" beside an MRI ordered), by someone ("Outcome: declined by family"), asked ("Outcome: declined?"),
 * nor a decline word further on in the line ("Vetting: accepted. Family declined sedation", "If declined, US spine").
 */
export function vettingDeclined(text: string, o: NonNullable<Facts['order']>, k: Knowledge, ow: OrderWords): Span | undefined {
  const after = o.field.valueSpan.end;
  const modality = o.reading.procedure?.modality;
  for (let lineStart = text.indexOf('\n', after) + 1; lineStart > 0; lineStart = text.indexOf('\n', lineStart) + 1) {
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end < 0 ? text.length : end);
    if (!DECLINE_WORD.test(line)) continue;
    const words = toWords(line, lineStart);
    if (!words.length) continue;
    // A vetting label and its colon or spaced dash, or none.
    let at = 0;
    const label = longestPhraseAt(words, 0, ow.vettingDeclined.labels);
    if (label > 0 && label < words.length && LABEL_END.test(text.slice(words[label - 1].end, words[label].start))) at = label;
    const word = findDecline(words, at, ow);
    if (word === undefined) continue;
    const { from, to } = word;
    // Between the label and the decline word: nothing, or the requested study's name (its modality) alone.
    if (from > at) {
      if (!isHeadAt(words, at)) continue;
      const named = readOrder(text.slice(words[at].start, words[from - 1].end), undefined, k);
      if (named.status !== 'recognized' || named.procedure?.modality !== modality) continue;
    } else if (at === 0) continue; // a bare "Declined." opening a line may be a family's of anything offered before it
    const rest = text.slice(words[to - 1].end, end < 0 ? text.length : end);
    if (!CLOSES.test(rest)) continue;
    return { start: words[from].start, end: words[to - 1].end };
  }
  return undefined;
}

/** A decline word anywhere in a line: lines without one are not read. */
const DECLINE_WORD = /declin|reject/i;
/** What ends a vetting label: a colon or a spaced dash. */
const LABEL_END = /^\s*(?::|[-\u2013\u2014](?=\s))\s*$/;
/** What may follow the decline word: the line's end, a stop, a comma, a bracket with the reason, or a spaced dash; never "?" or "by". */
const CLOSES = /^(?:\s*$|[.;,]|\s*\(|\s+[-\u2013\u2014]\s)/;

/** The first decline word from words[at] on, within the study's few words, as word indexes [from, to). */
function findDecline(words: ReturnType<typeof toWords>, at: number, ow: OrderWords): { from: number; to: number } | undefined {
  for (let i = at; i < words.length && i <= at + 6; i++) {
    const to = longestPhraseAt(words, i, ow.vettingDeclined.words);
    if (to > 0) return { from: i, to };
  }
  return undefined;
}
