import type { Field } from '../notes/parser';
import { type Span, sentenceEnd, sentenceStart } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { fieldWords } from './findings';
import { wordSetOf } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf } from './vocabulary';

type Trauma = ReadingVocabulary['trauma'];

/** What may stand between "from"/"off"/"out of" and the place jumped or fallen from: a determiner and a storey ("a 2nd-floor balcony"); events.ts's fall reader uses it too. */
export const BEFORE_PLACE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'upstairs', 'bedroom', 'first', 'second', 'third', '1st', '2nd', '3rd', 'floor', 'storey', 'story']);
/** A height written in digits ("6"; "2.5" is two words with a full stop between). */
export const HEIGHT_DIGITS = /^\d{1,3}$/;

/**
 * A jump told as done from a place (`jumpedFrom.places`: "balcony", "window", "roof") with its height stated right after
 * it ("after jumping from a 2nd-floor balcony (~4 m)", "jumped out of the bedroom window, approx 3 metres"): a fall from
 * that height, which no injury word of findings.json tells (a jump is no fall word). Only a height at or above its
 * unit's threshold (trauma.height), written after the place with at most a bracket, a comma, "~" or a hedge between; a
 * place of unknown height ("jumped from a balcony", "jumped off the roof of the shed") is left to the rest of the note.
 * Only a jump told as a thing that happened: a past word of `jumpedFrom.jumps` ("jumped from"), or a word of
 * `jumpedFrom.jumpingAfter` right after one of `jumpedFrom.doneLeads` ("after jumping from"); never "Jumping from the
 * window … in the dream", "Loves jumping off the bridge", "will end up jumping from" (narrowed after review r53). A
 * jump told with a word of `jumpedFrom.notDone` in the three words before it ("threatened jumping", "nearly jumped") or
 * with a word of `jumpedFrom.refusedIn` anywhere in its sentence (a worry, threat, dream, wish, habit, future or
 * denial: "worried", "will", "dream", "loves", "no jump", "did not") is no jump. The caller asks the context (negated,
 * asked, a relative's, remote).
 */
export function jumpFromHeight(text: string, fieldsToRead: readonly Field[], v: Trauma): Span | undefined {
  const rule = v.jumpedFrom;
  if (!rule.jumps.length) return undefined;
  // Word sets made once per vocabulary list (wordSetOf), not once per note: every note's trauma reading asks.
  const jumps = wordSetOf(rule.jumps);
  const jumping = wordSetOf(rule.jumpingAfter);
  const leads = wordSetOf(rule.doneLeads);
  const refused = phraseSetOf(rule.refusedIn);
  const places = wordSetOf(rule.places);
  const notDone = wordSetOf(rule.notDone);
  const hedges = wordSetOf(v.heightHedges);
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    const w = fieldWords(f);
    for (let i = 0; i < w.length; i++) {
      // "jumped from", "after jumping from": told done; not "Jumping from the window …", "Loves jumping off …".
      if (!jumps.has(w[i].text) && !(jumping.has(w[i].text) && i > 0 && leads.has(w[i - 1].text))) continue;
      if (w.slice(Math.max(0, i - 3), i).some((x) => notDone.has(x.text))) continue;
      const place = placeAfter(text, w, i + 1, places);
      if (place === undefined) continue;
      const height = heightAfter(text, w, place, v, hedges);
      if (!height) continue;
      // A worry, threat, dream, wish, habit, future or denial anywhere in the jump's sentence: "Mum worried he will end up
      // jumping from …", "… is what he threatened last night; no jump happened", "pt did not jump".
      const s = sentenceStart(text, w[i].start);
      if (findAny(toWords(text.slice(s, sentenceEnd(text, w[i].start)), s), refused).length) continue;
      return { start: w[i].start, end: height.end };
    }
  }
  return undefined;
}

/** The index of the place after "from"/"off"/"out of" at `k` (at most three words of BEFORE_PLACE between, no mark), or undefined. */
function placeAfter(text: string, w: readonly Word[], k: number, places: ReadonlySet<string>): number | undefined {
  if (w[k]?.text === 'out' && w[k + 1]?.text === 'of') k++;
  else if (w[k]?.text !== 'from' && w[k]?.text !== 'off') return undefined;
  for (let j = k + 1; j < w.length && j <= k + 4; j++) {
    if (/[,;.:!?()]/.test(text.slice(w[j - 1].end, w[j].start))) return undefined;
    if (places.has(w[j].text)) return j;
    if (!BEFORE_PLACE.has(w[j].text)) return undefined;
  }
  return undefined;
}

/**
 * The stated height right after the place at `place`: a number and a unit of trauma.height ("4 m", "4m", "12 ft"), with only
 * an opening bracket, a comma, a dash, "~" and hedges between; its span when at or above the unit's threshold.
 */
function heightAfter(text: string, w: readonly Word[], place: number, v: Trauma, hedges: ReadonlySet<string>): Span | undefined {
  let j = place + 1;
  while (j < w.length && hedges.has(w[j].text)) j++;
  if (j >= w.length) return undefined;
  // Only marks that introduce a measure between the place and the number (and the hedges).
  const gap = text.slice(w[place].end, w[j].start).replace(/\b[a-z]+\b\.?/gi, '');
  if (!/^[\s(,~≈\-\u2013]*$/.test(gap) || /\n/.test(gap)) return undefined;
  let n: number | undefined;
  let unit: string | undefined;
  let end = w[j].end;
  const joined = /^(\d{1,3})([a-z]+)$/.exec(w[j].text);
  if (joined) {
    n = Number(joined[1]);
    unit = joined[2];
  } else if (HEIGHT_DIGITS.test(w[j].text) && j + 1 < w.length && !/\S/.test(text.slice(w[j].end, w[j + 1].start))) {
    n = Number(w[j].text);
    unit = w[j + 1].text;
    end = w[j + 1].end;
  }
  if (n === undefined || unit === undefined) return undefined;
  const u = v.height.find((h) => h.units.includes(unit));
  if (!u || n < u.significantFrom) return undefined;
  return { start: w[j].start, end };
}
