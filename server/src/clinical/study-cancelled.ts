/**
 * The study itself cancelled by its name in a sentence after the order (round 53, fix53c): "5 mo F booked for MRI under GA …"
 * then "Requesting surgeon has now cancelled the MRI; clinical f/u only", "The MRI has been cancelled.", "MRI cancelled - family
 * moving". The withdrawal words of order-vocabulary prose.withdrawn name the order or the request ("order cancelled"); a clinician
 * as often names the study. The words are order-vocabulary prose.studyCancelled; withdrawnAfter (order-withdrawn.ts) keeps its
 * own checks over each span found here (denied, asked, on a condition, booked again, another modality's study).
 */
import type { Word } from '../notes/words';
import { longestPhraseAt, findAny } from './vocabulary';
import { breaksClause } from './clauses';
import { isHeadAt } from './study-names';
import { DATED } from './patterns';
import type { OrderWords } from './order-words';

/** At most this many words of the study's name after its head ("the MRI lumbar spine", "MRI L-S spine"). */
const NAME_WORDS = 4;

/**
 * The spans, verb to the study's name or the name to the verb, that cancel a study by its name in `words` (one field's value):
 * active "… cancelled the MRI[ L-spine]" with the name closing its clause, or passive "[The] MRI[ L-spine] has been cancelled"
 * with the name opening its clause and the verb closing it (or "by" after it). Each span is refused when the name goes on to
 * something else of the study (notOfStudy: "the MRI sedation", "MRI brain"), when its clause or sentence tells a past time
 * (past, a date) or when its sentence or the next books it again (bookedAgain).
 */
export function studyCancelledSpans(text: string, words: readonly Word[], ow: OrderWords): { start: number; end: number }[] {
  const sc = ow.studyCancelled;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const v = longestPhraseAt(words, i, sc.verbs);
    if (v < 0) continue;
    const active = activeAt(text, words, v, ow);
    if (active >= 0) {
      if (stands(text, words, i, active, true, ow)) out.push({ start: words[i].start, end: words[active - 1].end });
      continue;
    }
    const opens = passiveStart(text, words, i, ow);
    if (opens >= 0 && stands(text, words, opens, v, false, ow)) out.push({ start: words[opens].start, end: words[v - 1].end });
  }
  return out;
}

/** After the verb ending at v: a pointer maybe, the study's head and a few of its words, then the clause's end. The end of the name, or -1. */
function activeAt(text: string, words: readonly Word[], v: number, ow: OrderWords): number {
  let j = v;
  if (j < words.length && breaksClause(text, words[j - 1].end, words[j].start)) return -1;
  const p = longestPhraseAt(words, j, ow.studyCancelled.pointers);
  if (p > 0) j = p;
  if (j >= words.length || !isHeadAt(words, j)) return -1;
  return nameEnd(text, words, j, ow);
}

/**
 * Before the verb at i: the study's head opening its clause (after a pointer maybe), a few words of its name, at most a few of
 * between ("has been", "was now"); the verb closing its clause or followed by "by". The index of the clause's first word, or -1.
 */
function passiveStart(text: string, words: readonly Word[], i: number, ow: OrderWords): number {
  const sc = ow.studyCancelled;
  const v = longestPhraseAt(words, i, sc.verbs);
  if (v < words.length && !breaksClause(text, words[v - 1].end, words[v].start) && words[v].text !== 'by') return -1;
  let j = i;
  while (j > 0 && j > i - 3 && sc.between.has(words[j - 1].text) && !breaksClause(text, words[j - 1].end, words[j].start)) j--;
  // The name, back to its head: at most NAME_WORDS words of it after the head, all in one clause.
  for (let h = j - 1; h >= 0 && h >= j - 1 - NAME_WORDS; h--) {
    if (breaksClause(text, words[h].end, words[h + 1].start)) return -1;
    if (!isHeadAt(words, h)) continue;
    if (nameEnd(text, words, h, ow) !== j) return -1;
    let from = h;
    for (let q = h - 1; q >= 0 && q >= h - 2 && !breaksClause(text, words[q].end, words[q + 1].start); q--) {
      if (longestPhraseAt(words, q, sc.pointers) === from) from = q;
    }
    return from === 0 || breaksClause(text, words[from - 1].end, words[from].start) ? from : -1;
  }
  return -1;
}

/** The end of the study's name from its head at h: at most NAME_WORDS more words in its clause, none of notOfStudy; -1 if it goes on. */
function nameEnd(text: string, words: readonly Word[], h: number, ow: OrderWords): number {
  let e = h + 1;
  while (e < words.length && !breaksClause(text, words[e - 1].end, words[e].start)) {
    const w = words[e].text;
    if (ow.studyCancelled.notOfStudy.has(w)) return -1;
    if (ow.studyCancelled.between.has(w) || longestPhraseAt(words, e, ow.studyCancelled.verbs) > 0 || w === 'by') break;
    if (e - h >= NAME_WORDS) return -1;
    e++;
  }
  return e;
}

/**
 * The cancellation stands: the name's words are followed by the end of its clause (active) or it is passive; its sentence tells
 * no past time or date, and neither it nor the next books the study again.
 */
function stands(text: string, words: readonly Word[], from: number, to: number, active: boolean, ow: OrderWords): boolean {
  const sc = ow.studyCancelled;
  // An active name going on in its clause ("cancelled the MRI and rebooked", "cancelled the MRI on Monday") is not the name alone.
  if (active && to < words.length && !breaksClause(text, words[to - 1].end, words[to].start)) return false;
  const sentence = sentenceOf(text, words[from].start);
  const after = sentenceOf(text, sentence.end + 1);
  const sentenceWords = words.filter((w) => w.start >= sentence.start && w.end <= sentence.end);
  if (sentenceWords.some((w) => sc.past.has(w.text)) || DATED.test(text.slice(sentence.start, sentence.end))) return false;
  const around = words.filter((w) => w.start >= sentence.start && w.end <= after.end);
  return findAny(around, sc.bookedAgain).length === 0;
}

/** The sentence around `at` in the text: to a full stop, semicolon, "!" or "?" followed by space, or a line's end. */
function sentenceOf(text: string, at: number): { start: number; end: number } {
  let a = Math.min(at, text.length);
  while (a > 0 && !/[\n;!?]/.test(text[a - 1]) && !(text[a - 1] === ' ' && text[a - 2] === '.')) a--;
  let b = Math.min(at, text.length);
  while (b < text.length && !/[\n;!?]/.test(text[b]) && !(text[b] === '.' && /\s/.test(text[b + 1] ?? ' '))) b++;
  return { start: a, end: b };
}
