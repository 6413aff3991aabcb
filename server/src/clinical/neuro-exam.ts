import type { Span } from '../notes/text';
import { type Phrase, type Word, matchAt, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { alternation, perVocabulary } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf, phrasesOf, readingVocabulary } from './vocabulary';

/**
 * The neurologic exam read item by item (reading-vocabulary.json neuroExamItems, neuroAbnormalInText,
 * neuroNormalInInfancy). A statement of a normal exam never wins over an asymmetry or a deficit stated
 * anywhere in the exam, so this reader only looks for what makes an exam abnormal:
 *
 * - an item is a stretch of words between commas, colons, full stops, ";", line breaks and `breaks`
 *   words ("but", "with", "except"; "and"/"or" unless they join two subject, limb or side words, so
 *   "knee and ankle reflexes" is one item and "cap refill brisk and reflexes normal" two);
 * - an item is about the exam when it names a subject ("tone", "reflexes", "sensation"), or a limb or
 *   movement and nothing of another examination ("pain", "ROM", "cap refill"); an item that names
 *   neither takes the subject of the item before it in its sentence ("kicks both legs, R more than L");
 * - in an item about the exam, a deficit ("LE decreased", "legs flaccid"), a comparison beside a side
 *   ("L leg less", "R>L"), a denied symmetry ("not moving as much as R") or anything after an exception
 *   word ("neuro intact except L EHL") is abnormal, and so is a sign of neuroAbnormalInText in any item
 *   not of another examination ("absent R ankle reflex", "clonus");
 * - not when denied, hypothetical, another person's, past or only ruled out ("r/o focal neurologic
 *   deficit", "hypotonia in NICU, resolved"), not in an item not examined ("sensation not tested"), and
 *   not when the item, or a bare item right after it, says it is normal for age; upgoing plantars are
 *   normal under about a year unless one side only is named.
 *
 * One pass over the words to find the phrases, one to cut the items, one to weigh them: linear.
 */

type Kind =
  'sign' | 'whole' | 'deficit' | 'comparative' | 'unlessDenied' | 'break' | 'exception' | 'notExamined' | 'forAge' | 'infancy' | 'toeGait' | 'sideComparative' | 'toeTest';

interface Lexicon {
  index: Map<string, { phrase: Phrase; kind: Kind }[]>;
  subjects: ReadonlySet<string>;
  /** toeGait.neuroItems with the subjects: a neuro item in the toe walking's sentence keeps its side comparison an asymmetry. */
  toeNeighbours: ReadonlySet<string>;
  /** toeGait.notTestAfter: "heel cords" is no heel walking. */
  toeTestNotBefore: ReadonlySet<string>;
  limbs: ReadonlySet<string>;
  notNeuro: ReadonlySet<string>;
  sides: ReadonlySet<string>;
  sideLetters: ReadonlySet<string>;
  bilateral: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  arrowMarks: ReadonlySet<string>;
  /** The lowest code of a one-character arrow mark: no character below it is one (hasComparisonSign runs over every value's characters). */
  arrowFloor: number;
  arrowSubjects: ReadonlySet<string>;
  absentMarks: ReadonlySet<string>;
  absentSubjects: ReadonlySet<string>;
  underMonths: number;
}

const lexiconOf = perVocabulary((v: ReadingVocabulary): Lexicon => {
  const e = v.neuroExamItems;
  const index = new Map<string, { phrase: Phrase; kind: Kind }[]>();
  const add = (list: readonly string[], kind: Kind) => {
    for (const phrase of phrasesOf(list)) {
      const first = phrase[0];
      if (typeof first !== 'string') continue;
      let bucket = index.get(first);
      if (!bucket) index.set(first, (bucket = []));
      bucket.push({ phrase, kind });
    }
  };
  add(v.neuroAbnormalInText, 'sign');
  add(v.neuroAbsentMovement.phrases, 'whole');
  add(e.deficits, 'deficit');
  add(e.comparatives, 'comparative');
  add(e.normalUnlessDenied, 'unlessDenied');
  add(e.breaks, 'break');
  add(e.exceptions, 'exception');
  add(e.notExamined, 'notExamined');
  add(e.normalForAge, 'forAge');
  add(v.neuroNormalInInfancy.phrases, 'infancy');
  add(e.toeGait.phrases, 'toeGait');
  add(e.toeGait.sideComparatives, 'sideComparative');
  add(e.toeGait.refusedBy, 'toeTest');
  return {
    index,
    subjects: new Set(e.subjects),
    toeNeighbours: new Set([...e.subjects, ...e.toeGait.neuroItems]),
    toeTestNotBefore: new Set(e.toeGait.notTestBefore),
    limbs: new Set(e.limbs),
    notNeuro: new Set(e.notNeuro),
    sides: new Set(e.sides),
    sideLetters: new Set(e.sideLetters),
    bilateral: new Set(e.bilateral),
    conjunctions: new Set(e.conjunctions),
    arrowMarks: new Set(e.arrows.marks),
    arrowFloor: Math.min(...e.arrows.marks.filter((m) => m.length === 1).map((m) => m.charCodeAt(0))),
    arrowSubjects: new Set(e.arrows.subjects),
    absentMarks: new Set(e.absentMarks.marks),
    absentSubjects: new Set(e.absentMarks.subjects),
    underMonths: v.neuroNormalInInfancy.underMonths,
  };
});

interface Match {
  from: number;
  to: number;
  kind: Kind;
}

/** Every phrase of the lexicon in the words; a plural first word finds its singular ("jerks … brisk"). */
function matchesIn(words: readonly Word[], lx: Lexicon): Match[] {
  const out: Match[] = [];
  work.steps += words.length;
  const tryAt = (i: number, stem: string) => {
    const bucket = lx.index.get(stem);
    if (!bucket) return;
    for (const { phrase, kind } of bucket) {
      const to = matchAt(words, i, phrase, 0);
      if (to > 0) out.push({ from: i, to, kind });
    }
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    tryAt(i, w);
    if (w.length > 3 && w.endsWith('s')) {
      tryAt(i, w.slice(0, -1));
      if (w.endsWith('es')) tryAt(i, w.slice(0, -2));
    }
  }
  return out;
}

interface Item {
  from: number;
  to: number;
  sentence: number;
  strong: boolean;
  limb: boolean;
  notNeuro: boolean;
  side: boolean;
  bilateral: boolean;
  /** "R>L", "L < R": a comparison sign between two side words. */
  compared?: Span;
  /** The item starts with an exception word: the first word after it. */
  exceptFrom?: number;
  /** "tone ↓", "↓↓ L leg": an arrow written in the item (neuroExamItems.arrows), its first. */
  arrow?: Span;
  /** The item names a subject an arrow makes abnormal ("tone", "reflexes"; not "plantars"). */
  arrowSubject: boolean;
}

/** A table's cell ("| no trauma | neuro exam normal |") ends a sentence too: a cue in one cell governs nothing in the next. */
const SENTENCE_END = /[;!|\n\r]|\.(?:\s|$)/;

/** Cut the words into items (see the module comment). */
function itemsOf(text: string, words: readonly Word[], matches: readonly Match[], lx: Lexicon): { items: Item[]; itemOf: Int32Array } {
  const n = words.length;
  const breakAt = new Int32Array(n).fill(-1);
  const exceptTo = new Int32Array(n).fill(-1);
  for (const m of matches) {
    if (m.kind === 'break') breakAt[m.from] = Math.max(breakAt[m.from], m.to);
    if (m.kind === 'exception') exceptTo[m.from] = Math.max(exceptTo[m.from], m.to);
  }
  const joinable = (i: number) => i >= 0 && i < n && (lx.subjects.has(words[i].text) || lx.limbs.has(words[i].text) || lx.sides.has(words[i].text));
  const items: Item[] = [];
  const itemOf = new Int32Array(n);
  let sentence = 0;
  let pendingArrow: Span | undefined;
  const open = (i: number) => items.push({ from: i, to: i, sentence, strong: false, limb: false, notNeuro: false, side: false, bilateral: false, arrowSubject: false });
  // An arrow in the text from `from` to `to` (a gap between words), given to `item`: before the first mark that ends an item
  // it is the item's before the gap, after it the next's ("tone ↓, reflexes N", "Tone: ↓↓ L leg").
  const arrowIn = (from: number, to: number): Span | undefined => {
    for (let a = from; a < to; a++) if (lx.arrowMarks.has(text[a])) return { start: a, end: a + 1 };
    return undefined;
  };
  const giveArrow = (item: Item | undefined, span: Span | undefined) => {
    if (item && span && !item.arrow) item.arrow = span;
  };
  for (let i = 0; i < n; i++) {
    const w = words[i].text;
    if (i === 0) open(0);
    else {
      const gap = text.slice(words[i - 1].end, words[i].start);
      const decimal = gap === '.' && /\d$/.test(words[i - 1].text) && /^\d/.test(w);
      const ends = !decimal && SENTENCE_END.test(gap);
      const conjunction = lx.conjunctions.has(w) && joinable(i - 1) && joinable(i + 1);
      if (ends) sentence++;
      if (lx.arrowMarks.size && gap.length > 0) {
        const cut = gap.search(/[,:;.|\n\r]/);
        const at = words[i - 1].end;
        giveArrow(items[items.length - 1], arrowIn(at, cut < 0 ? words[i].start : at + cut));
        if (cut >= 0) pendingArrow = arrowIn(at + cut, words[i].start);
        else pendingArrow = undefined;
      }
      if (ends || /[,:]/.test(gap) || ((breakAt[i] >= 0 || exceptTo[i] >= 0) && !conjunction)) open(i);
      else if (/[<>]/.test(gap) && (bothOf(lx.sides, words[i - 1].text, w) || bothOf(lx.sideLetters, words[i - 1].text, w)))
        items[items.length - 1].compared = { start: words[i - 1].start, end: words[i].end };
    }
    const item = items[items.length - 1];
    if (item.from === i) giveArrow(item, pendingArrow);
    pendingArrow = undefined;
    if (item.from === i && exceptTo[i] >= 0) item.exceptFrom = exceptTo[i];
    item.to = i + 1;
    itemOf[i] = items.length - 1;
    if (lx.subjects.has(w)) item.strong = true;
    if (lx.limbs.has(w)) item.limb = true;
    if (lx.notNeuro.has(w)) item.notNeuro = true;
    if (lx.sides.has(w)) item.side = true;
    if (lx.bilateral.has(w)) item.bilateral = true;
    if (lx.arrowSubjects.has(w)) item.arrowSubject = true;
  }
  // "Neurology: tone ↓": an arrow after the last word, before its item ends.
  if (n && lx.arrowMarks.size) {
    const at = words[n - 1].end;
    let to = at;
    while (to < text.length && to - at < 6 && !/[,:;.|\n\r]/.test(text[to])) to++;
    giveArrow(items[items.length - 1], arrowIn(at, to));
  }
  work.steps += n;
  return { items, itemOf };
}

export interface ExamItemsReading {
  /** The first sign of an abnormal exam, if any. */
  abnormal?: Span;
  /** Signs read as normal for the child's age ("plantars upgoing (normal for age)", upgoing plantars at 3 months). */
  normalForAge: Span[];
}

/**
 * The exam items of one value (or line) of the note: the first abnormal sign, and the signs that are
 * normal for age. `ageMonths` is the age the exam is judged at (corrected for prematurity when known).
 */
export function readExamItems(text: string, words: readonly Word[], ageMonths: number | undefined): ExamItemsReading {
  const out: ExamItemsReading = { normalForAge: [] };
  if (!words.length) return out;
  const lx = lexiconOf(readingVocabulary());
  const matches = matchesIn(words, lx);
  // Most values hold no sign, deficit, comparison or exception at all: nothing below could then find one.
  const absentAt = absentMarksIn(text, words, lx);
  if (!absentAt.length && !matches.some((m) => CANDIDATE_KINDS.has(m.kind)) && !hasComparisonSign(text, words, lx.arrowMarks, lx.arrowFloor)) return out;
  // Every other candidate (a deficit, a comparison, an arrow, an exception) needs an item about the exam, which only a
  // subject or a limb word makes: a value with none of them and no sign ("decreased appetite, more tired") finds none.
  if (!matches.some((m) => m.kind === 'sign' || m.kind === 'whole') && !words.some((x) => lx.subjects.has(x.text) || lx.limbs.has(x.text))) return out;
  const { items, itemOf } = itemsOf(text, words, matches, lx);
  const byItem: Match[][] = items.map(() => []);
  for (const m of matches) if (itemOf[m.from] === itemOf[m.to - 1] && m.kind !== 'break' && m.kind !== 'exception') byItem[itemOf[m.from]].push(m);
  const infant = ageMonths !== undefined && ageMonths < lx.underMonths;
  const spanOf = (from: number, to: number): Span => ({ start: words[from].start, end: words[to - 1].end });
  const toeGait = toeGaitItems(text, words, matches, items, itemOf, lx);
  let state: 'neuro' | 'not' | undefined;
  let sentence = -1;
  let pending: Span | undefined;
  /** Signs of the current run that a bare "normal for age" after them would excuse. */
  let run: Span[] = [];
  let runAsymmetric = false;
  /** The last item of the sentence that named a subject names one an arrow makes abnormal ("Tone: ↓↓ L leg"). */
  let arrowed = false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const own = item.strong ? 'neuro' : item.notNeuro ? 'not' : item.limb ? 'neuro' : undefined;
    if (item.sentence !== sentence || own !== undefined) {
      // A new sentence or a new subject: what the run before found stands.
      if (pending && !out.abnormal) out.abnormal = pending;
      pending = undefined;
      run = [];
      runAsymmetric = false;
    }
    if (item.sentence !== sentence) {
      state = undefined;
      arrowed = false;
    }
    if (item.strong || item.notNeuro) arrowed = item.arrowSubject && !item.notNeuro;
    sentence = item.sentence;
    state = own ?? state;
    const ms = byItem[k];
    // "unable to assess gait", "cannot examine tone": what the examiner could not do is unknown, in its own clause only;
    // a deficit in the next one stands ("unable to assess sensation; weak ankle dorsiflexion L").
    const notExamined = ms.filter((m) => m.kind === 'notExamined').map((m) => spanOf(m.from, m.to));
    const blanked = (s: Span) => notExamined.some((n) => sameClause(text, n, s));
    const forAge = ms.some((m) => m.kind === 'forAge');
    const itemSpan = spanOf(item.from, item.to);
    const candidates: { span: Span; denied?: boolean; asymmetry?: boolean; of?: Span }[] = [];
    for (const m of ms) {
      const span = spanOf(m.from, m.to);
      if (m.kind !== 'notExamined' && blanked(span)) continue;
      const of = m.kind === 'sign' || m.kind === 'whole' ? signDenyingItsSubject(words, m.from, m.to) : undefined;
      if (of && questioned(text, span)) continue;
      // "Weak reflex? - recheck": a reflex only asked about as weak is no abnormal sign.
      if (m.kind === 'sign' && questioned(text, span) && WEAK_WORD.test(text.slice(span.start, span.end))) continue;
      if (m.kind === 'whole' && (own === 'not' || !wholeFinding(text, words, span))) continue;
      if ((m.kind === 'sign' || m.kind === 'whole') && own !== 'not') candidates.push({ span, of });
      else if (m.kind === 'deficit' && state === 'neuro') candidates.push({ span });
      else if (
        m.kind === 'comparative' &&
        state === 'neuro' &&
        item.side &&
        !(toeGait.get(k)?.comparativeAt === m.from && ms.some((c) => c.kind === 'sideComparative' && c.from === m.from && c.to === m.to))
      )
        candidates.push({ span, asymmetry: true });
      else if (m.kind === 'unlessDenied' && state === 'neuro') candidates.push({ span, denied: true, asymmetry: true });
    }
    if (item.compared && state === 'neuro' && !blanked(item.compared) && !toeGait.get(k)?.compared) candidates.push({ span: item.compared, asymmetry: true });
    // "ankle jerks Ø bilat": a subject told absent by a mark after it in this item.
    for (const { at, subjectAt } of absentAt)
      if (itemOf[at] === k && itemOf[subjectAt] === k && state === 'neuro' && !blanked(spanOf(at, at + 1))) candidates.push({ span: spanOf(at, at + 1) });
    // "tone ↓, reflexes N", "Reflexes: N, Tone: ↓↓ L leg": raised or lowered, whatever is called normal beside it.
    if (item.arrow && arrowed && state === 'neuro' && !blanked(item.arrow)) candidates.push({ span: item.arrow });
    if (item.exceptFrom !== undefined && item.exceptFrom < item.to && state === 'neuro' && !blanked(spanOf(item.exceptFrom, item.to)))
      candidates.push({ span: spanOf(item.exceptFrom, item.to) });
    const oneSided = item.side && !item.bilateral;
    for (const c of candidates) {
      const ctx = readContext(text, c.span.start, c.span.end);
      if (c.of) {
        // "no anal wink", "anal wink not elicited": the sign's own denial is the finding; the rest of its context is read
        // on what it denies ("brother had no anal wink", "if no anal wink at next visit").
        const of = readContext(text, c.of.start, c.of.end);
        if (of.hypothetical || of.historical || of.ruleOut || of.experiencer !== 'patient') continue;
      } else if (c.denied) {
        // "not moving as much as R", "not symmetric": the denial is the asymmetry, if its cue is in this item.
        if (!ctx.negated || ctx.hypothetical || ctx.experiencer !== 'patient') continue;
        // "no fever neuro intact": a cue before the exam named anew is the fever's.
        if (!ctx.cues.some((q) => q.start >= itemSpan.start && q.end <= itemSpan.end && !examNamedAfterCue(text, q.end, c.span.start) && !deniesAnother(text, q, c.span, lx)))
          continue;
      } else if (ctx.negated || ctx.hypothetical || ctx.historical || ctx.ruleOut || ctx.experiencer !== 'patient' || framedPastOwnDenial(text, c.span)) continue;
      const youngSign = infant && !oneSided && ms.some((m) => m.kind === 'infancy' && overlaps(spanOf(m.from, m.to), c.span));
      if (forAge || youngSign) {
        out.normalForAge.push(c.span);
        continue;
      }
      pending ??= c.span;
      run.push(c.span);
      // No age makes one side differ from the other.
      if (c.asymmetry || oneSided) runAsymmetric = true;
    }
    // "reflexes brisk, normal for age": a bare item that says so excuses the signs of its run; but not an
    // asymmetry, and not when it speaks of the rest of the exam ("L leg moves less, otherwise normal for age").
    const ofTheRest = item.from < words.length && OF_THE_REST.has(words[item.from].text);
    if (own === undefined && forAge && run.length && !runAsymmetric && !ofTheRest) {
      out.normalForAge.push(...run);
      run = [];
      pending = undefined;
    }
  }
  if (pending && !out.abnormal) out.abnormal = pending;
  return out;
}

/**
 * The items that name toe walking as the child's gait (neuroExamItems.toeGait: "walks on toes L>R", "toe walking R>L"),
 * whose side comparison tells which foot walks on its toes more: toe walking is an orthopaedic sign (findings.json
 * foot-deformity), not an item of the neurologic exam. Narrowed after review r54: only a comparison joined to the toe
 * walking's own words (a sign between two sides right after them, or "more"/"less" right after them), and only where nothing
 * in its sentence, past a ";", a "," or an "and", names a neuro item (toeGait.neuroItems and the subjects: "Toe walking
 * R>L and reflexes R>L", "Toe walking R>L; KJ R>L" read as before). None in a sentence with a `refusedBy` word, where
 * walking on the toes is the examiner's test of calf power ("heel and toe walking L<R", "unable to walk on toes on the L");
 * "tight heel cords" is no such word.
 */
function toeGaitItems(
  text: string,
  words: readonly Word[],
  matches: readonly Match[],
  items: readonly Item[],
  itemOf: Int32Array,
  lx: Lexicon,
): ReadonlyMap<number, { compared: boolean; comparativeAt: number }> {
  const gait = new Map<number, { compared: boolean; comparativeAt: number }>();
  const tested = new Set<number>();
  for (const m of matches) if (m.kind === 'toeTest' && !(m.to < words.length && lx.toeTestNotBefore.has(words[m.to].text))) tested.add(items[itemOf[m.from]].sentence);
  for (const m of matches) {
    if (m.kind !== 'toeGait' || itemOf[m.from] !== itemOf[m.to - 1]) continue;
    const k = itemOf[m.from];
    const item = items[k];
    if (tested.has(item.sentence)) continue;
    const end = words[m.to - 1].end;
    const compared = !!item.compared && item.compared.start >= end && /^[ \t]*$/.test(text.slice(end, item.compared.start));
    const comparativeAt = matches.some((c) => c.kind === 'sideComparative' && c.from === m.to && itemOf[c.from] === k) ? m.to : -1;
    if (!compared && comparativeAt < 0) continue;
    // The whole sentence, to a full stop or a line's end (a ";" does not end it here): no neuro item beside the toe walking.
    let a = m.from;
    while (a > 0 && !/\.(?:\s|$)|[\n\r]/.test(text.slice(words[a - 1].end, words[a].start))) a--;
    let b = m.to - 1;
    while (b + 1 < words.length && !/\.(?:\s|$)|[\n\r]/.test(text.slice(words[b].end, words[b + 1].start))) b++;
    let neuro = false;
    for (let n = a; n <= b && !neuro; n++) neuro = (n < m.from || n >= m.to) && lx.toeNeighbours.has(words[n].text);
    if (!neuro) gait.set(k, { compared, comparativeAt });
  }
  return gait;
}

/**
 * A relative's possessive, or a relative then "has/had/have/with" with no word for the patient between them ("Sister (5 yo, CP)
 * has no active movement"), built once per vocabulary.
 */
const relativeHasIt = perVocabulary(
  (v: ReadingVocabulary['neuroAbsentMovement']) =>
    new RegExp(`\\b(?:${alternation(v.relatives)})(?:'s\\b|\\b(?:(?!\\b(?:${alternation(v.patient)})\\b).)*\\b(?:has|had|have|with)\\b)`),
);

/**
 * A denied movement or reflex of the legs (reading-vocabulary.json neuroAbsentMovement) is a deficit only when it is the
 * whole finding: no limitation, restriction, expectation, test left undone or harness in its sentence ("no active movement
 * limitation", "no leg movement restriction from the Pavlik harness", "no lower limb reflexes could be tested"), no "?"
 * after it in its sentence ("no active movement of L leg? - mum thinks not"), no relative who has it ("Sister (5 yo, CP)
 * has no active movement of L leg"), and no movement of both legs told in the same exam ("moves both legs equally",
 * "MAE", "knees/ankles move well"; a clause naming one side, "moves R leg well", does not count).
 */
function wholeFinding(text: string, words: readonly Word[], span: Span): boolean {
  const v = readingVocabulary().neuroAbsentMovement;
  let from = span.start;
  while (from > 0 && !/[.;!?|\n\r]/.test(text[from - 1])) from--;
  let to = span.end;
  while (to < text.length && !/[.;!|\n\r]/.test(text[to])) to++;
  work.steps += to - from;
  const after = text.slice(span.end, to);
  if (after.includes('?')) return false;
  const sentence = toWords(text.slice(from, to), from);
  if (findAny(sentence, phraseSetOf(v.notInSentence)).length) return false;
  const before = text.slice(from, span.start).toLowerCase();
  if (relativeHasIt(v).test(before)) return false;
  const sides = readingVocabulary().neuroExamItems.sides;
  for (const m of findAny(words, phraseSetOf(v.movesBoth))) {
    if (m.start < span.end && span.start < m.end) continue;
    let a = m.start;
    while (a > 0 && !/[,;:.|\n\r]/.test(text[a - 1])) a--;
    let b = m.end;
    while (b < text.length && !/[,;:.|\n\r]/.test(text[b])) b++;
    if (!toWords(text.slice(a, b)).some((w) => sides.includes(w.text))) return false;
  }
  return true;
}

/** Denials that deny the thing named right after them ("no discharge"), not a verb or a verdict ("not moving", "not symmetric"). */
const NOUN_DENIALS = new Set(['no', 'nil']);

/**
 * "no hair no discharge baby active LL movements normal": in a run-on note without punctuation "no" denies the thing
 * named right after it, here the discharge; a word of another examination there, neither the exam's subject or limb nor
 * the verdict itself, leaves the verdict after it undenied. "no normal movement of the L leg", "no symmetric kicking"
 * (the verdict right after the cue) and "not moving L leg as much as R" (not "no") stay denied.
 */
function deniesAnother(text: string, cue: Span, verdict: Span, lex: Lexicon): boolean {
  if (!NOUN_DENIALS.has(text.slice(cue.start, cue.end).toLowerCase())) return false;
  const next = toWords(text.slice(cue.end, verdict.start), cue.end)[0];
  if (!next || next.start >= verdict.start) return false;
  return !lex.subjects.has(next.text) && !lex.limbs.has(next.text) && !lex.sides.has(next.text) && !lex.bilateral.has(next.text);
}

/**
 * Whether two spans lie in one clause: they overlap, or no comma, semicolon, colon, stop, bracket or dash stands between
 * them ("unable to assess gait - cannot stand" are two).
 */
function sameClause(text: string, a: Span, b: Span): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return !/[,;:.()\n\u2013\u2014]|(?:^|\s)-|-(?:\s|$)/.test(between);
}

/**
 * "Return precautions: not moving legs, fever", "Return if not moving legs", "Brother not moving his legs": a deficit phrase
 * that opens on its own denial word ("not moving", "no movement") is read by the context lexicon from that word, which is a
 * cue itself, so a hypothetical, past or another person's cue before it does not reach the phrase's reading. Its last
 * word, inside that cue's scope, tells it (round 56, fix56e); the phrase's own denial is the deficit and is not weighed.
 */
function framedPastOwnDenial(text: string, span: Span): boolean {
  const last = /\S+$/.exec(text.slice(span.start, span.end));
  if (!last || last.index === 0) return false;
  const inner = readContext(text, span.start + last.index, span.end);
  return inner.hypothetical || inner.historical || inner.ruleOut || inner.experiencer !== 'patient';
}

/**
 * A denial before an exam named anew is another item's: "no trauma no fever neuro NAD", "no night pain neuro
 * intact", a run-on history with no comma, denies the fever and the pain, not the exam; "not neurologically
 * intact", with the cue right before the exam's name, still denies it. True when between the cue's end and
 * `to` a word of the exam named (neuroExamVerdict.exam: "neuro", "reflexes", "strength") stands after at
 * least one other word. Bounded by the denial's scope (a few words): linear.
 */
export function examNamedAfterCue(text: string, cueEnd: number, to: number): boolean {
  if (to <= cueEnd || to - cueEnd > 120) return false;
  const exams = examNames(readingVocabulary());
  const re = /[\p{L}\p{N}]+/gu;
  const between = text.slice(cueEnd, to);
  work.steps += between.length;
  let k = 0;
  for (let m = re.exec(between); m; m = re.exec(between), k++) if (k > 0 && exams.has(m[0].toLowerCase())) return !deficitBetween(text, cueEnd, to);
  return false;
}

/**
 * "no trauma no fever weak L EHL neuro otherwise NAD": a sign or deficit between the cue and the exam named
 * anew that no cue of its own denies ("no fever weak", not "no weakness") is what the run-on denial swallowed,
 * so the exam's "otherwise NAD" is no normal exam.
 */
function deficitBetween(text: string, from: number, to: number): boolean {
  const words = toWords(text.slice(from, to), from);
  const v = readingVocabulary();
  const spans: Span[] = [];
  for (const m of matchesIn(words, lexiconOf(v)))
    if (m.kind === 'sign' || m.kind === 'whole' || m.kind === 'deficit') spans.push({ start: words[m.from].start, end: words[m.to - 1].end });
  for (const w of words) if (v.neuroNotNormalWords.includes(w.text)) spans.push(w);
  for (const s of spans) {
    const ctx = readContext(text, s.start, s.end);
    if (!ctx.cues.some((q) => q.end <= s.start && text.slice(q.end, s.start).trim() === '')) return true;
  }
  return false;
}

const examNames = perVocabulary((v: ReadingVocabulary): ReadonlySet<string> => new Set(v.neuroExamVerdict.exam.filter((e) => !/\s/.test(e)).map((e) => e.toLowerCase())));

/**
 * A sign that is the denial of its subject ("no anal wink", "anal wink not elicited", "anal wink could not be elicited"):
 * the span of what it denies (after a leading "no", before its "not"), else undefined.
 */
function signDenyingItsSubject(words: readonly Word[], from: number, to: number): Span | undefined {
  let a = from;
  let b = to;
  if (DENIAL.has(words[from].text)) a = from + 1;
  else {
    const at = words.slice(from, to).findIndex((w) => DENIAL.has(w.text) || w.text === 'could' || w.text === 'can' || w.text === 'cannot');
    if (at <= 0) return undefined;
    b = from + at;
  }
  return a < b ? { start: words[a].start, end: words[b - 1].end } : undefined;
}
const DENIAL = new Set(['no', 'not', 'cannot']);
const WEAK_WORD = /\bweak(?:er|ened|ly)?\b/i;

/** A question mark right before or right after a span ("?no anal wink", "anal wink not seen?"). */
function questioned(text: string, span: Span): boolean {
  return /\?\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)) || /^\s*\?/.test(text.slice(span.end, span.end + 3));
}

/** The kinds of match that can make a candidate sign (see the loop of readExamItems). */
/**
 * The absent marks written right after a subject (neuroExamItems.absentMarks: "ankle jerks Ø bilat", "DTR Ø", "reflexes L Ø"),
 * only side or limb words between, and nothing after it in its clause but sides, limbs and where ("Ø bilat", "Ø at ankles",
 * "Ø below L5"). Any other word after it is what it denies ("reflexes normal Ø Babinski", "power 5/5 Ø foot drop",
 * "sensation Ø change"), and a grade or a state between ("reflexes 2+ Ø", "anal wink present Ø") leaves it unread.
 */
function absentMarksIn(text: string, words: readonly Word[], lx: Lexicon): { at: number; subjectAt: number }[] {
  if (!lx.absentMarks.size) return [];
  let out: { at: number; subjectAt: number }[] | undefined;
  const placeWord = (w: string) => lx.sides.has(w) || lx.sideLetters.has(w) || lx.bilateral.has(w) || lx.limbs.has(w) || lx.absentSubjects.has(w);
  for (let i = 1; i < words.length; i++) {
    if (!lx.absentMarks.has(words[i].text)) continue;
    let s = i - 1;
    while (s >= 0 && !lx.absentSubjects.has(words[s].text) && placeWord(words[s].text) && i - s <= 3) s--;
    if (s < 0 || !lx.absentSubjects.has(words[s].text)) continue;
    // What follows in its clause: sides, limbs, a level or where ("at", "below") only.
    let j = i + 1;
    for (; j < words.length && !/[,;.:\n|]/.test(text.slice(words[j - 1].end, words[j].start)); j++) {
      const w = words[j].text;
      if (!(placeWord(w) || ABSENT_WHERE.has(w) || /^[ctls]\d{1,2}$/.test(w))) break;
    }
    if (j < words.length && !/[,;.:\n|]/.test(text.slice(words[j - 1].end, words[j].start))) continue;
    (out ??= []).push({ at: i, subjectAt: s });
  }
  return out ?? [];
}
const ABSENT_WHERE = new Set(['at', 'below', 'above', 'from', 'in', 'on', 'the', 'both', 'down']);

const CANDIDATE_KINDS = new Set<Kind>(['sign', 'whole', 'deficit', 'comparative', 'unlessDenied', 'exception']);

/** "R>L", "L < R": a comparison sign anywhere between the first and the last word; or an arrow ("tone ↓"). */
function hasComparisonSign(text: string, words: readonly Word[], arrows: ReadonlySet<string>, arrowFloor: number): boolean {
  const from = words[0].start;
  // "tone ↓" may end the value: an arrow a few characters past the last word.
  const to = Math.min(text.length, words[words.length - 1].end + 6);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 62 || (c >= arrowFloor && arrows.has(text[i]))) return true;
  }
  work.steps += to - from;
  return false;
}

/** An item that opens with one of these speaks of the rest of the exam, not of the signs before it. */
const OF_THE_REST = new Set(['otherwise', 'else', 'rest', 'remainder', 'remaining']);

function bothOf(set: ReadonlySet<string>, a: string, b: string): boolean {
  return set.has(a) && set.has(b);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a word of infancy-normal signs ("upgoing", "babinski") may be excused at this age: the exam reader decides which. */
export function infancyWords(ageMonths: number | undefined): ReadonlySet<string> {
  const v = readingVocabulary();
  if (ageMonths === undefined || ageMonths >= v.neuroNormalInInfancy.underMonths) return EMPTY;
  return infancySets(v);
}

const EMPTY: ReadonlySet<string> = new Set();
const infancySets = perVocabulary((v: ReadingVocabulary): ReadonlySet<string> => new Set(v.neuroNormalInInfancy.phrases.flatMap((p) => p.toLowerCase().split(/\s+/))));
