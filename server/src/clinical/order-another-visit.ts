/** An order told of another visit, place or clinician, or one never carried out: not this visit's order. */
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { findAny } from './vocabulary';
import { sentenceSpan, wordIndex } from './clauses';
import { NAMES_A_STUDY, ARROWS, STUDY_NAMED_ALL, STUDY_NAMED_WORDS, US_WORDS } from './study-names';
import type { OrderWords } from './order-words';

/**
 * The sentence of a study found as the order, when it tells the order of another visit, place or clinician, or one
 * never carried out (order-vocabulary prose.orderedElsewhere): the study abandoned anywhere in the sentence ("MRI
 * ordered by ED, pt left before it was done", "… never scheduled"); a place or clinician of another visit as the one
 * who ordered it, just before the order word or after it with "by" / "at" ("Outside hospital ordered a CT", "ordered
 * at urgent care"); a time of another visit near the order word ("had ordered XR last month", "ordered 2 weeks ago",
 * "previously ordered"). Not the team of this visit ("MRI ordered by the NICU team", "CT ordered by the ED provider").
 */
export function orderOfAnotherVisit(text: string, at: Span, ow: OrderWords): Span | undefined {
  const sentence = sentenceSpan(text, at);
  const words = toWords(text.slice(sentence.start, sentence.end), sentence.start);
  // A word that opens another clause ("because", "after", "since") before a time or an abandonment, in the same
  // clause as it, makes that the time or the abandonment of something else.
  const openers = findAny(words, ow.elsewhere.otherClause);
  const opened = (from: number, before: number) =>
    openers.some((o) => {
      const i = wordIndex(words, o.start);
      const j = wordIndex(words, o.end);
      return i < before && j < before && from - j <= 5 && !CLAUSE_BREAK.test(text.slice(o.end, words[before].start)) && words.slice(j, before).some((w) => !ARTICLES.has(w.text));
    });
  const cues = findAny(words, ow.explicit).map((c) => ({ from: wordIndex(words, c.start), to: wordIndex(words, c.end) }));
  const now = findAny(words, ow.elsewhere.thisVisit).map((n) => ({ from: wordIndex(words, n.start), to: wordIndex(words, n.end), span: n }));
  // An order word dated to this visit in its own clause ("Ordered XR today as the US at last visit …", "XR L-spine
  // ordered today") is this visit's, whatever time the sentence tells beside it.
  const datedNow = (c: { from: number; to: number }) =>
    now.some(
      (n) =>
        (n.from >= c.to && n.from - c.to <= 4 && !CLAUSE_BREAK.test(text.slice(words[c.to - 1].end, n.span.start))) ||
        (c.from >= n.to && c.from - n.to <= 3 && !CLAUSE_BREAK.test(text.slice(n.span.end, words[c.from].start))),
    );
  // "MRI ordered by ED, pt left before it was done"; not "Ordered MRI because PT did not go well". An abandonment
  // followed in its sentence by an order of this visit, after an arrow or dated now ("whole-body MRI denied by
  // insurance twice -> NM bone scan, whole body, ordered today"), is the earlier study's, given up for the one
  // ordered: the sentence is set aside up to it, and the study after it read.
  const replaced = (a: Span) => cues.some((c) => words[c.from].start >= a.end && (datedNow(c) || NEXT_ARROW.test(text.slice(a.end, words[c.from].start))));
  // "Bone scan ordered today, MRI declined by parents": an abandonment whose own clause, after the study read, names
  // another study is that study's.
  // Not one whose clause names the study read too ("MRI L-spine, CT and MRI both denied").
  const read = text.slice(at.start, at.end);
  const another = (a: Span) => {
    if (a.start < at.end) return false;
    const gap = text.slice(at.end, a.start);
    const parts = gap.split(CLAUSE_BREAK);
    return parts.length > 1 && NAMES_A_STUDY.test(parts[parts.length - 1]) && namesOnlyOthers(parts[parts.length - 1], read, ow);
  };
  // "[insurance denied MRI] XR L-spine AP/lat": a bracket before the study that gives up another is set aside, and the study after it read.
  let leading: Span | undefined;
  const abandoned = findAny(words, ow.elsewhere.abandoned).filter((a) => {
    if (opened(wordIndex(words, a.start), wordIndex(words, a.start)) || another(a) || inAsideOfAnother(text, at, a, ow)) return false;
    const aside = leadingAsideOfAnother(text, sentence, a, ow);
    if (aside && aside.end > at.start) leading = aside;
    return aside === undefined;
  });
  if (abandoned.some((a) => !replaced(a))) return sentence;
  if (leading) return leading;
  // The study read may already be the one after them (the arrow's: "… denied by insurance -> XR L-spine ordered"): then
  // nothing before it is to be set aside, and it is judged as any other.
  if (abandoned.length && at.start < abandoned[abandoned.length - 1].end) return { start: Math.max(sentence.start, at.start), end: abandoned[abandoned.length - 1].end };
  if (!cues.length) return undefined;
  const askedPer = findAny(words, ow.elsewhere.askedPer);
  for (const p of findAny(words, ow.elsewhere.places)) {
    const from = wordIndex(words, p.start);
    const to = wordIndex(words, p.end);
    // "XR lumbar spine for the dimple, per OSH request": the place asked for the study this note orders.
    if (askedPer.some((a) => wordIndex(words, a.end) === from)) continue;
    // "Outside hospital ordered", "the OSH had ordered", "ordered at urgent care"; not "US spinal canal (requested by
    // outside clinic)", the requisition this note reads, sent from there to be done here.
    if (cues.some((c) => (c.from >= to && c.from - to <= 2) || (from >= c.to && from - c.to <= 3 && words.slice(c.to, from).some((w) => AT_PLACE.has(w.text))))) return sentence;
  }
  // "MRI L-spine solicited by the previous doctor, not done": a clinician of another visit after "by".
  for (const p of findAny(words, ow.elsewhere.byClinicians)) {
    const from = wordIndex(words, p.start);
    const by = words[from - 1]?.text === 'by' || (words[from - 2]?.text === 'by' && ['the', 'her', 'his', 'their', 'our'].includes(words[from - 1].text));
    if (by && cues.some((c) => from >= c.to && from - c.to <= 8 && !CLAUSE_BREAK.test(text.slice(words[c.to - 1].end, p.start)))) return sentence;
  }
  // "MRI T-spine ordered 2 weeks ago, still pending": an order told with a time but still open is this episode's.
  if (findAny(words, ow.elsewhere.stillOpen).length) return undefined;
  for (const t of findAny(words, ow.elsewhere.times)) {
    const from = wordIndex(words, t.start);
    const to = wordIndex(words, t.end);
    // Near the order word, and not the time of something else ("ordered for pain since 3 weeks ago").
    if (words.slice(Math.max(0, from - 3), from).some((w) => TIME_OF_OTHER.has(w.text))) continue;
    // "ordered 2 hours ago": a time of this visit.
    if (now.some((n) => n.span.start < t.end && t.start < n.span.end)) continue;
    // In the order word's own clause: "mri ordered, nsgy appt booked next wk (referral sent last month)" dates the referral.
    const near = (c: { from: number; to: number }) =>
      !datedNow(c) &&
      ((from >= c.to && from - c.to <= 8 && !CLAUSE_BREAK.test(text.slice(words[c.to - 1].end, t.start)) && !opened(from, from)) ||
        (c.from >= to && c.from - to <= 4 && !CLAUSE_BREAK.test(text.slice(t.end, words[c.from].start))) ||
        (from <= c.from && c.to <= to));
    if (cues.some(near)) return sentence;
  }
  return undefined;
}
const AT_PLACE = new Set(['at', 'in']);

/**
 * "CT L-spine w/ contrast (insurance denied MRI)", "XR L-spine [MRI declined by family]": an abandonment inside a
 * bracketed aside that opens after the study read and names a study of another modality only (the study named before
 * or after the abandonment) is that study's, given up for the one read. Not an aside of no study ("MRI L-spine (denied
 * by insurance)") nor one naming the study read again ("MRI L-spine (MRI denied)"): those still abandon the study read.
 */
function inAsideOfAnother(text: string, at: Span, a: Span, ow: OrderWords): boolean {
  const open = Math.max(text.lastIndexOf('(', a.start), text.lastIndexOf('[', a.start));
  if (open < at.end) return false;
  if (/[)\]\n]/.test(text.slice(open, a.start))) return false;
  const end = text.slice(a.end).search(/[)\]\n]/);
  // The abandonment's own clause in the aside: "(insurance denied; CT instead)" denies the study read, not the CT.
  const before = text.slice(open + 1, a.start).split(ASIDE_CLAUSE_BREAK);
  const after = text.slice(a.end, end < 0 ? text.length : a.end + end).split(ASIDE_CLAUSE_BREAK);
  const aside = before[before.length - 1] + ' ' + after[0];
  return namesOnlyOthers(aside, text.slice(at.start, at.end), ow);
}

/**
 * "[insurance denied MRI] XR L-spine AP/lat", "(MRI denied by insurance) XR L-spine": an abandonment inside a bracket that
 * closes before a study named later in its sentence, whose studies are all others than that one (namesOnlyOthers): the
 * bracket, to be set aside (also when the study read is the bracket's own). Not "(MRI denied) MRI L-spine", nor "(denied) XR L-spine", which name no other study.
 */
function leadingAsideOfAnother(text: string, sentence: Span, a: Span, ow: OrderWords): Span | undefined {
  const open = Math.max(text.lastIndexOf('(', a.start), text.lastIndexOf('[', a.start));
  if (open < sentence.start || /[)\]\n]/.test(text.slice(open, a.start))) return undefined;
  const close = text.slice(a.end).search(/[)\]\n]/);
  if (close < 0 || !/[)\]]/.test(text[a.end + close])) return undefined;
  const end = a.end + close + 1;
  // The study the sentence goes on to name after the bracket is the one the aside is weighed against.
  if (end >= sentence.end || !NAMES_A_STUDY.test(text.slice(end, sentence.end))) return undefined;
  return namesOnlyOthers(text.slice(open + 1, end - 1), text.slice(end, sentence.end), ow) ? { start: open, end } : undefined;
}

/**
 * The words `told` name studies (STUDY_NAMED_ALL), every one of another modality than the first study of `read`, or of its
 * modality but of spine regions (order-vocabulary subregions) `read` does not name ("MRI L-spine (insurance denied MRI C-spine
 * last yr)"). A code ("(72148 denied)") may be the study read itself: no sign of another.
 */
function namesOnlyOthers(told: string, read: string, ow: OrderWords): boolean {
  const kind = modalityNamed(read);
  const named = [...told.matchAll(STUDY_NAMED_ALL)].map((m) => modalityKind(m[0]));
  if (kind === undefined || named.length === 0 || named.includes('code')) return false;
  if (named.every((m) => m !== kind)) return true;
  const own = regionsOf(read, ow);
  const theirs = regionsOf(told, ow);
  return own.length > 0 && theirs.length > 0 && theirs.every((r) => !own.includes(r));
}

/** The indexes of the spine regions (order-vocabulary subregions) the text names. */
function regionsOf(s: string, ow: OrderWords): number[] {
  const words = toWords(s);
  return ow.elsewhere.regions.flatMap((set, i) => (findAny(words, set).length ? [i] : []));
}

/** The modality of the first study word in s (its kind, as modalityKind tells it). */
function modalityNamed(s: string): string | undefined {
  const m = STUDY_NAMED_WORDS.exec(s);
  return m ? modalityKind(m[0]) : undefined;
}

/** The kind of a study word: an ultrasound's, "mr"/"mri", "ct", a bone scan, a myelogram, a code, or a radiograph's (the rest). */
function modalityKind(word: string): string {
  const w = word.toLowerCase();
  if (US_KIND.test(w)) return 'us';
  if (w === 'mr' || w === 'mri') return 'mri';
  if (w === 'ct' || w === 'bone scan') return w;
  if (/^\d+$/.test(w)) return 'code';
  if (w.startsWith('myelo')) return 'myelo';
  return 'xr';
}
/** A break between clauses inside an aside: , ; : and a dash set off by spaces. */
const ASIDE_CLAUSE_BREAK = /[,;:]|\s[-\u2013\u2014]\s/;
const US_KIND = new RegExp(String.raw`^(?:${US_WORDS})$`, 'i');
/** An arrow to the next step ("->", "→", "=>"). */
const NEXT_ARROW = new RegExp(ARROWS);
export const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'this', 'that']);
/** A break between an order word and a time that puts the time in another clause. */
const CLAUSE_BREAK = /[,()[\];]|\s[-\u2013\u2014]\s/;
/** Words before a time that make it the time of something other than the order ("pain since 3 weeks ago", "injured 2 weeks ago"). */
const TIME_OF_OTHER = new Set(['since', 'began', 'begun', 'started', 'onset', 'for', 'injury', 'injured', 'fell', 'fall', 'pain']);
