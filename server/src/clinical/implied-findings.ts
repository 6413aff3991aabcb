/** Findings a note tells without naming them: back pain after an injury or in a young child's behaviour, a cancer suspected or returning. */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import { CLAUSE_STOP, type Span, widen } from '../notes/text';
import { type Word, lowerBound, matchAt, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { FIELDS_FOR, type FindingHit, countsAsPresent, fieldWords, statedInPlan } from './findings';
import { perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf, phrasesOf, readingVocabulary } from './vocabulary';
import { suspicionKey } from './suspicion-keys';
import { wordIndex, sentenceEnd, breaksClause, sentenceSpan } from './clauses';

/**
 * "speared in the back by another player's helmet … Significant pain since", "landed on his back.
 * Immediate pain": pain told after an injury to the back is back pain (reading-vocabulary.json
 * painAfterBackInjury). The injury's own sentence names the back; the pain word, in the same value and
 * after it, names no other part ("wrist pain", "pain in his neck") and is not told gone by its whole sentence ("Now pain free."). Read only when no
 * back pain is.
 */
/**
 * painAfterBackInjury.absentSentence: a sentence that is only "(now) pain free (now|today)" or "pain-free since <a day or a
 * time>" (round 54, fix54d; narrowed after review r54).
 */
function goneSentenceOf(w: { before: readonly string[]; free: readonly string[]; after: readonly string[]; sinceTimes: readonly string[] }): RegExp {
  const alt = (l: readonly string[]) => l.map((x) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
  return new RegExp(
    String.raw`^\s*(?:(?:(?:${alt(w.before)})[ \t]+)?pain[ \t-]*(?:${alt(w.free)})(?:[ \t]+(?:${alt(w.after)}))?|pain[ \t-]*(?:${alt(w.free)})[ \t]+since[ \t]+(?:${alt(w.sinceTimes)}))[ \t]*[.!]?\s*$`,
    'i',
  );
}

export function painAfterBackInjury(text: string, hits: FindingHit[], k: Knowledge): void {
  const backPain = k.finding('back-pain');
  if (!backPain || hits.some((h) => h.present && h.finding.category === backPain.category)) return;
  if (!hits.some((h) => h.present && h.finding.category === 'trauma')) return;
  const v = readingVocabulary();
  const rule = v.painAfterBackInjury;
  const places = wordSetOf(rule.injuredPlaces);
  const pains = wordSetOf(rule.painWords);
  const goneSentence = goneSentenceOf(rule.absentSentence);
  const elsewhere = otherPlaces(v);
  for (const injury of hits) {
    if (!injury.present || injury.finding.category !== 'trauma' || !FIELDS_FOR[backPain.category].includes(injury.field.key!.name)) continue;
    const f = injury.field;
    const words = fieldWords(f);
    let i = 0;
    while (i < words.length && words[i].start < injury.span.start) i++;
    // The injury's sentence: from its start to its end, looking for the back.
    let a = i;
    while (a > 0 && !endsSentence(text, words[a - 1].end, words[a].start)) a--;
    let b = i;
    while (b + 1 < words.length && !endsSentence(text, words[b].end, words[b + 1].start)) b++;
    let toBack = false;
    for (let j = a; j <= b && !toBack; j++) toBack = places.has(words[j].text);
    if (!toBack) continue;
    // After the injury's own words: "hurt her back" per the babysitter tells an event, not pain.
    while (i < words.length && words[i].start < injury.span.end) i++;
    for (let j = i; j < words.length && j < i + 60; j++) {
      if (!pains.has(words[j].text)) continue;
      let other = false;
      for (let n = Math.max(0, j - 2); n <= Math.min(words.length - 1, j + 3) && !other; n++) other = n !== j && elsewhere.has(words[n].text);
      if (other) continue;
      const span = { start: words[j].start, end: words[j].end };
      const c = readContext(text, span.start, span.end);
      // "Now pain free.", "Pain-free since Monday." (narrowed after review r54): the pain word names what is gone, so no pain
      // now, only where the sentence says nothing else, from its start to its full stop; any other word ("Pain free except when
      // bending", "Was pain free for a few days", "Mostly pain free", "Goal: pain free") reads as any pain word is.
      const own = sentenceSpan(text, span);
      const closed = own.end >= text.length || /[.!\n\r]/.test(text[own.end]);
      if (closed && text[own.start - 1] !== ';' && goneSentence.test(text.slice(own.start, own.end))) continue;
      const present = countsAsPresent(c, backPain, f.key!.name);
      if (!present) continue;
      hits.push({
        finding: backPain,
        span,
        context: { negated: false, uncertain: c.uncertain, hypothetical: false, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: false,
        field: f,
      });
      return;
    }
    work.steps += words.length;
  }
}

/**
 * "Felt a 'pop' in lower back. Now shooting pain down R leg", "sciatic pain R leg … Dx: ?L5/S1 disc herniation":
 * radicular pain told of a back that gave it is back pain (reading-vocabulary.json radicularFromBack). Read only
 * when no back pain is, from a radicular pain of the child's present illness and a source the note tells as the
 * child's (a question of one counts: "?disc herniation"), never a denied, a past or a relative's one, nor one the
 * plan names; a leg pain with no back named as its source (a hip, a knee, a fractured leg) stays none.
 */
export function radicularPainFromBack(text: string, all: readonly Field[], hits: FindingHit[], k: Knowledge): void {
  const backPain = k.finding('back-pain');
  if (!backPain || hits.some((h) => h.present && h.finding.category === backPain.category)) return;
  const told = hits.filter((h) => h.present && h.finding.id === 'radicular-pain' && !h.context.historical && h.context.experiencer === 'patient');
  // The pain as the history tells it rather than an exam's sign of it ("SLR +"), when the note has both.
  const radicular = told.find((h) => h.field.key?.name !== 'Findings') ?? told[0];
  if (!radicular) return;
  const sources = phraseSetOf(readingVocabulary().radicularFromBack.sources);
  const keys: readonly string[] = FIELDS_FOR[backPain.category].filter((key) => key !== 'Plan' && key !== 'PMH');
  const fromBack = all.some(
    (f) =>
      f.value &&
      keys.includes(f.key!.name) &&
      findAny(fieldWords(f), sources).some((s) => {
        const c = readContext(text, s.start, s.end);
        return !c.negated && !c.doubted && !c.hypothetical && !c.historical && c.experiencer === 'patient';
      }),
  );
  if (!fromBack) return;
  hits.push({ ...radicular, finding: backPain, context: { ...radicular.context, negated: false, hypothetical: false }, negated: false });
}

/** Parts of the body other than the back, built once per vocabulary. */
const otherPlaces = perVocabulary((v: ReadingVocabulary): ReadonlySet<string> => new Set([...v.nonSpineRegions, ...v.painAfterBackInjury.otherPlaces]));

/** A full stop before a space, a semicolon or a line break between two words. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || (c === 46 && (i + 1 === to || text.charCodeAt(i + 1) === 32))) return true;
  }
  return false;
}

/**
 * "Plan: … Urgent onc referral ?lymphoma", "A/P: concern for leukaemia": a cancer named in the plan as the
 * writer's question is a suspected tumour, as an infection asked there is (findings.ts statedInPlan). The
 * plan is not read for a cancer otherwise (a cancer it names is a discussion, a referral's name or a
 * relative's), so only the stated question counts: never denied, doubted, asked as a rule-out, put under a
 * condition, past or another's. Read as a cancer in question, which suspectedCancerIsSuspectedTumor then
 * takes for the suspicion.
 */
export function cancerSuspectedInPlan(text: string, all: readonly Field[], hits: FindingHit[], k: Knowledge): void {
  const malignancy = k.finding('malignancy');
  if (!malignancy) return;
  const vocab = readingVocabulary();
  const names = cancerNames(malignancy.phrases)(vocab.suspectedCancer.notCancerNames);
  for (const f of all) {
    if (!f.value || f.key?.name !== 'Plan') continue;
    for (const span of findAny(fieldWords(f), names)) {
      const c = readContext(text, span.start, span.end);
      if (!c.uncertain || c.negated || c.doubted || c.ruleOut || c.hypothetical || c.historical || c.experiencer !== 'patient') continue;
      if (!statedInPlan(text, span, f, c, vocab) || raisedOrDismissed(text, span, f, vocab)) continue;
      hits.push({ finding: malignancy, span, context: pickContext(c), present: true, negated: false, field: f });
    }
  }
}

/**
 * The cancer's spellings less notCancerNames, as a phrase set built once per pair of lists: filtered anew per note, the
 * fresh list compiled all of its spellings again for every note.
 */
const cancerNames = perVocabulary((phrases: readonly string[]) =>
  perVocabulary((notCancerNames: readonly string[]) => {
    const notNames = new Set(notCancerNames);
    return phraseSetOf(phrases.filter((p) => !notNames.has(p)));
  }),
);

/**
 * A family's question before the cancer in its clause ("dad asking ?lymphoma"), or a dismissal after it on its line
 * ("?lymphoma -> oncology said unlikely, no need"): the plan records an answered worry, not the writer's suspicion.
 */
function raisedOrDismissed(text: string, span: Span, f: Field, vocab: ReadingVocabulary): boolean {
  const v = vocab.suspectedCancer;
  let a = span.start;
  while (a > f.valueSpan.start && !/[.;,\n]/.test(text[a - 1])) a--;
  const raisers = new Set(v.planRaisedBy);
  if (toWords(text.slice(a, span.start)).some((w) => raisers.has(w.text))) return true;
  const lineEnd = text.indexOf('\n', span.end);
  const rest = text.slice(span.end, Math.min(lineEnd < 0 ? text.length : lineEnd, f.valueSpan.end));
  return findAny(toWords(rest), phraseSetOf(v.planDismissedAfter)).length > 0;
}

const pickContext = (c: ReturnType<typeof readContext>) => ({
  negated: c.negated,
  uncertain: c.uncertain,
  hypothetical: c.hypothetical,
  historical: c.historical,
  experiencer: c.experiencer,
});

/** In the plan only the words of a disease's return ("relapse", "recurrence"): "? returning to PE", "pain coming back" are none. */
const diseaseReturn = perVocabulary((v: ReadingVocabulary) => {
  const anyReturn = new Set(v.anyReturn);
  return phraseSetOf(v.cancerReturn.filter((w) => !anyReturn.has(w)));
});

/**
 * In the note of a child with a known cancer, "relapse" and "recurrence" name that cancer's return
 * (reading-vocabulary.json cancerReturn): "B-ALL … new back pain, fracture vs relapse" suspects a
 * tumor. Elsewhere they name nothing ("nephrotic relapse"), so they are read only after a cancer is.
 */
export function cancerReturnsInCancerNote(text: string, all: readonly Field[], hits: FindingHit[], k: Knowledge): void {
  const malignancy = k.finding('malignancy');
  if (!malignancy || !hits.some((h) => h.finding === malignancy && h.present)) return;
  const vocab = readingVocabulary();
  const set = phraseSetOf(vocab.cancerReturn);
  const planSet = diseaseReturn(vocab);
  const keys = FIELDS_FOR[malignancy.category];
  // An assessment written in the plan ("A/P: r/o relapse vs compression fx") states a suspicion there, as it does of an
  // infection or a tumour: a return only suspected is read from those keys too (a plan's "monitor for relapse" is none).
  const suspicionKeys = FIELDS_FOR['suspected-infection-or-tumor'];
  for (const f of all) {
    if (!f.value) continue;
    const ofCancer = keys.includes(f.key!.name);
    if (!ofCancer && !suspicionKeys.includes(f.key!.name)) continue;
    const words = fieldWords(f);
    for (const span of findAny(words, ofCancer ? set : planSet)) {
      const c = readContext(text, span.start, span.end);
      if (!ofCancer && !(c.uncertain && !c.negated && !c.doubted && !c.hypothetical && c.experiencer === 'patient')) continue;
      if (!ofCancer && !cancersOwnReturn(text, words, span, c.cues, malignancy.phrases, vocab)) continue;
      const present = countsAsPresent(c, malignancy, f.key!.name);
      hits.push({
        finding: malignancy,
        span,
        context: { negated: c.negated, uncertain: c.uncertain, hypothetical: c.hypothetical, historical: c.historical, experiencer: c.experiencer },
        present,
        negated: c.negated,
        field: f,
      });
    }
  }
}

/**
 * A return suspected in the plan is the known cancer's only when no other disease is named returning, between the
 * question and the word ("?Crohn's relapse") or after it ("relapse of JIA", "recurrence of UTI"), unless a cancer's
 * name ("?leukemia relapse", "relapse of ALL"), and it is not put off or left to another service in its sentence
 * ("Onc to r/o relapse at next visit if pain persists": reading-vocabulary planReturnPutOff).
 */
function cancersOwnReturn(text: string, words: readonly Word[], span: Span, cues: readonly Span[], cancer: readonly string[], vocab: ReadingVocabulary): boolean {
  const cancerWords = phraseSetOf(cancer);
  const names = (ws: readonly Word[]) => ws.length === 0 || findAny(ws, cancerWords).some((m) => m.start === ws[0].start && m.end === ws[ws.length - 1].end);
  // The words from the question's cue (or, asked after it, "relapse suspected", from the sentence's start) to the word.
  const cue = cues.filter((q) => q.end <= span.start).reduce((a, q) => Math.max(a, q.end), -1);
  const at = wordIndex(words, span.start);
  let from = at;
  while (from > 0 && words[from - 1].start >= cue && !endsSentence(text, words[from - 1].end, words[from].start)) from--;
  if (!names(words.slice(from, at))) return false;
  const end = wordIndex(words, span.end);
  const next = words[end];
  if (next && (next.text === 'of' || next.text === 'in') && !endsSentence(text, span.end, next.start)) {
    const stop = sentenceEnd(text, next.end);
    const after = words.slice(end + 1).filter((w) => w.end <= stop);
    if (!findAny(after, cancerWords).some((m) => m.start === after[0]?.start)) return false;
  }
  let s = at;
  while (s > 0 && !endsSentence(text, words[s - 1].end, words[s].start)) s--;
  const stop = sentenceEnd(text, span.end);
  return (
    findAny(
      words.slice(s).filter((w) => w.end <= stop),
      phraseSetOf(vocab.planReturnPutOff),
    ).length === 0
  );
}

/**
 * "Concern for leukemia", "? drop metastases", "worried about leukaemia", "Concern: drop metastases": a
 * cancer suspected, not known, is a suspected tumour (spec §4's infection-or-tumour scenario), which
 * keeps it out of S1 as a known cancer would. In a note that suspects a cancer by its name, a word for
 * cancer care that names none ("heme/onc aware", "awaiting oncology review": reading-vocabulary.json
 * suspectedCancer) is that suspicion's work-up, not a cancer history, unless the note names a cancer as
 * known; a suspected return or spread ("followed by oncology … concern for relapse", "? metastases") keeps
 * the cancer it presupposes.
 */
export function suspectedCancerIsSuspectedTumor(text: string, hits: FindingHit[], k: Knowledge): void {
  const suspected = k.finding('suspected-infection-tumor');
  if (!suspected) return;
  // Everything below starts from a cancer read present and not past (the loop's first test): a note without one (most)
  // is left as it is before the worries are looked for.
  if (!hits.some((h) => h.finding.id === 'malignancy' && h.present && !h.context.historical)) return;
  const rule = readingVocabulary().suspectedCancer;
  const n = hits.length;
  let named = false;
  const returns = phraseSetOf(readingVocabulary().cancerReturn);
  const spread = phraseSetOf(rule.spreadWords);
  // The cancer's own words and the few after it in its clause ("leukemia coming back", "ALL relapse").
  const returnOf = (h: FindingHit) => {
    const words = toWords(text.slice(h.span.start, widen(text, h.span.end, h.span.end, CLAUSE_STOP, 0, 30).end));
    return findAny(words, returns).length > 0 || findAny(words, spread).length > 0;
  };
  const worried = worriedBefore(text, hits, rule, returnOf);
  for (let i = 0; i < n; i++) {
    const h = hits[i];
    if (h.finding.id !== 'malignancy' || !h.present || h.context.historical) continue;
    const worry = worried(h);
    if (
      !h.context.uncertain &&
      !(h.field.key?.name === 'Indication' && suspicionKey(h.field.writtenKey ?? h.field.rawKey, rule.suspicionKeys)) &&
      !worry &&
      !workedUp(text, h, rule)
    )
      continue;
    const context = h.context.uncertain ? h.context : { ...h.context, uncertain: true };
    hits[i] = { ...h, context, present: false };
    // "Mum worried about cancer, reassured": the family's worry, answered, is neither a cancer nor the clinician's suspicion.
    if (worry === 'family' && !h.context.uncertain) continue;
    // "concern for relapse", "? drop metastases" suspect the return or spread of a cancer the child has: no cancer named anew.
    if (!returnOf(h)) named = true;
    // Wherever the worry is written (ROS, Symptoms, the Patient line): a cancer taken for suspected is one suspected.
    hits.push({ ...h, context, finding: suspected });
  }
  if (!named) return;
  const care = phraseSetOf(rule.careWords);
  const careOnly = (h: FindingHit) => {
    const words = toWords(text.slice(h.span.start, h.span.end));
    return findAny(words, care).some((s) => s.start === 0 && s.end === h.span.end - h.span.start);
  };
  // Care told as history ("PMH: followed by oncology, off treatment since 2024") is a cancer the child had.
  const known = hits.filter((h) => h.finding.id === 'malignancy' && h.present);
  if (!known.every(careOnly) || known.some((h) => h.field.key?.name === 'PMH')) return;
  for (let i = 0; i < hits.length; i++) if (hits[i].finding.id === 'malignancy' && hits[i].present) hits[i] = { ...hits[i], present: false };
}

/**
 * "3 yo refusing to walk, cries when picked up, won't bend … concern for discitis": in a note that
 * suspects an infection or a tumour of the spine, a young child's pain behaviour is back pain
 * (reading-vocabulary.json painBehaviour). Read only when no back pain is; with no spinal suspicion
 * (a septic hip, a fractured femur) the same behaviour says nothing of the back.
 */
export function painBehaviourWithSpinalSuspicion(text: string, all: readonly Field[], hits: FindingHit[], k: Knowledge): void {
  const backPain = k.finding('back-pain');
  if (!backPain || hits.some((h) => h.present && h.finding.category === backPain.category)) return;
  const rule = readingVocabulary().painBehaviour;
  const spinal = phraseSetOf(rule.spinalSuspicions);
  const ofSpine = (h: FindingHit) =>
    h.present && h.finding.category === 'suspected-infection-or-tumor' && findAny(toWords(text.slice(h.span.start, h.span.end)), spinal).length > 0;
  if (!hits.some(ofSpine)) return;
  // A hip or a limb examined or suspected ("exam localizes to L hip", "ddx septic hip vs discitis") takes the behaviour elsewhere.
  // Only a place still in question: "septic hip less likely", "no septic hip" leave the spine the suspicion's place.
  const elsewhere = phraseSetOf(rule.elsewhere);
  const stillSuspected = (s: Span) => {
    const c = readContext(text, s.start, s.end);
    return !c.negated && !c.doubted;
  };
  if (all.some((f) => f.value && findAny(fieldWords(f), elsewhere).some(stillSuspected))) return;
  const behaviours = phraseSetOf(rule.behaviours);
  const keys = FIELDS_FOR[backPain.category];
  for (const f of all) {
    if (!f.value || !keys.includes(f.key!.name)) continue;
    for (const span of findAny(fieldWords(f), behaviours)) {
      const c = readContext(text, span.start, span.end);
      if (!countsAsPresent(c, backPain, f.key!.name) || c.historical) continue;
      hits.push({
        finding: backPain,
        span,
        context: { negated: false, uncertain: c.uncertain, hypothetical: false, historical: false, experiencer: c.experiencer },
        present: true,
        negated: false,
        field: f,
      });
      return;
    }
  }
}

/** Words between a worry and the cancer it names, at most ("concerned about a possible underlying lymphoma or other malignancy"). */
const MAX_WORRY_GAP = 8;

/**
 * Whether a worry or a question (suspectedCancer.worryCues: "worried about", "concerned about") governs a
 * cancer's name: it stands before the name in its sentence, and the words between are only words that
 * may qualify a suspected cancer (`worryFillers`) or name another cancer: "I am concerned about a lymphoma
 * or other malignancy", "worried about leukaemia". Not "worried about fever in this child with ALL", nor
 * "concerned about relapse of his ALL": the known cancer is named for something else. Each field's cues
 * are found once.
 */
function worriedBefore(
  text: string,
  hits: readonly FindingHit[],
  rule: ReadingVocabulary['suspectedCancer'],
  returnOf: (h: FindingHit) => boolean,
): (h: FindingHit) => 'clinician' | 'family' | undefined {
  const bare = new Set<Span>();
  const cues = new Map<Field, Span[]>();
  const fillers = wordSetOf(rule.worryFillers);
  const worriers = wordSetOf(rule.worriers);
  const writers = wordSetOf(rule.writers);
  // "Mum worried about cancer": the family's worry.
  const familys = (words: readonly Word[], cue: Span): boolean => {
    const k = wordIndex(words, cue.start);
    let family = false;
    for (let j = k - 1; j >= Math.max(0, k - 3) && !endsSentence(text, words[j].end, words[j + 1]?.start ?? cue.start); j--) {
      if (writers.has(words[j].text)) return false;
      if (worriers.has(words[j].text)) family = true;
    }
    return family;
  };
  const dismissed = phraseSetOf(rule.dismissed);
  const dismissedAfter = (h: FindingHit): boolean => findAny(toWords(text.slice(h.span.end, sentenceEnd(text, h.span.end)), h.span.end), dismissed).length > 0;
  // The cancers' spans by start, with the running furthest end: each look is a binary search.
  const cancers = hits
    .filter((h) => h.finding.id === 'malignancy')
    .map((h) => h.span)
    .sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const c of cancers) reach.push(Math.max(c.end, reach[reach.length - 1] ?? -1));
  /** The end of the cancer's name that holds the word (the furthest, where names overlap). */
  const cancerEnd = (w: Word): number => {
    const lo = lowerBound(cancers, (c) => c.start, w.start + 1);
    return lo > 0 ? Math.max(reach[lo - 1], w.end) : w.end;
  };
  const inCancer = (w: Word) => {
    // The cancers starting at or before the word (offsets are whole numbers).
    const lo = lowerBound(cancers, (c) => c.start, w.start + 1);
    return lo > 0 && reach[lo - 1] >= w.end;
  };
  // A bare cue opens its sentence or line, after at most a bullet or a heading's colon ("Concern relapse", "A/P: Concern relapse"),
  // and nothing in its sentence makes the worry a family's or plays it down ("Parental concern relapse", "Minimal concern
  // relapse", "Concern relapse (mum), exam reassuring").
  const refusals = phraseSetOf(rule.bareRefusedBy);
  const bareOpens = (cue: Span): boolean => {
    const s = sentenceSpan(text, cue);
    if (!BARE_LEAD.test(text.slice(s.start, cue.start))) return false;
    return !findAny(toWords(text.slice(s.start, s.end), s.start), refusals).some((r) => r.end <= cue.start || r.start >= cue.end);
  };
  // "Concern lymphoma/leukaemia", "Worry Ewing vs osteosarcoma": from the word right after a bare cue, cancers' names
  // joined only by a "/" or a word of `bareAlternatives`, at least two of them, and the hit among them. A known cancer is
  // never written as a choice; one name alone ("Main concern ALL on maintenance") stays as the rest reads it.
  const alternatives = wordSetOf(rule.bareAlternatives);
  const inChoice = (words: readonly Word[], from: number, h: FindingHit): boolean => {
    let k = from;
    let names = 0;
    let end = -1;
    while (k < words.length && inCancer(words[k])) {
      names++;
      end = cancerEnd(words[k]);
      while (k < words.length && words[k].end <= end) k++;
      if (k >= words.length) break;
      const gap = text.slice(end, words[k].start).trim();
      if (gap === '/') continue;
      if (gap === '' && alternatives.has(words[k].text) && k + 1 < words.length && text.slice(words[k].end, words[k + 1].start).trim() === '') {
        k++;
        continue;
      }
      break;
    }
    return names >= 2 && h.span.start >= words[from].start && h.span.end <= end;
  };
  const colonOnly = new Set<Span>();
  const headsHistory = phraseSetOf(rule.colonHeadsHistory);
  return (h) => {
    let found = cues.get(h.field);
    if (!found) {
      const fw = fieldWords(h.field);
      const worries = findAny(fw, phraseSetOf(rule.worryCues));
      const colon = findAny(fw, phraseSetOf(rule.colonCues)).filter((c) => !worries.some((x) => x.start <= c.start && c.end <= x.end));
      for (const c of colon) colonOnly.add(c);
      const bareOnly = findAny(fw, phraseSetOf(rule.bareCues));
      for (const b of bareOnly) bare.add(b);
      const plain = bareOnly.length ? [...worries, ...bareOnly].sort((a, b) => a.start - b.start) : worries;
      found = colon.length ? [...plain, ...colon].sort((a, b) => a.start - b.start) : plain;
      cues.set(h.field, found);
    }
    if (!found.length) return undefined;
    const words = fieldWords(h.field);
    const at = wordIndex(words, h.span.start);
    // The last cue starting before the hit (cues are in text order), then back from it.
    for (let c = lowerBound(found, (x) => x.start, h.span.start) - 1; c >= 0; c--) {
      const cue = found[c];
      if (cue.end > h.span.start) continue;
      if (at - wordIndex(words, cue.end) > MAX_WORRY_GAP || endsSentence(text, cue.end, h.span.start)) break;
      // "Concern relapse": a bare worry word only right before a cancer's return or spread ("Main concern ALL on maintenance" is none).
      // "Concern lymphoma/leukaemia": a bare worry word right before a choice of cancers names them suspected.
      if (bare.has(cue) && !bareOpens(cue)) continue;
      if (bare.has(cue) && !inChoice(words, wordIndex(words, cue.end), h)) {
        if (wordIndex(words, cue.end) !== at || breaksClause(text, cue.end, h.span.start) || !returnOf(h)) continue;
      }
      let j = wordIndex(words, cue.end);
      // "Worried about something serious: lymphoma": a colon a few words after the cue introduces what is suspected.
      const colon = colonAfter(text, words, j, at, rule.colonWords);
      // "Concerning past history: leukaemia age 3, in remission": the colon heads a history, not what is suspected.
      if (colon >= 0 && findAny(words.slice(j, colon), headsHistory).length) continue;
      if (colon >= 0) j = colon;
      else if (colonOnly.has(cue)) continue;
      while (j < at && (fillers.has(words[j].text) || inCancer(words[j]))) j++;
      if (j === at) return familys(words, cue) && dismissedAfter(h) ? 'family' : 'clinician';
    }
    return undefined;
  };
}

/** What may stand before a bare cue in its sentence: a bullet or a number, maybe a short heading and its colon ("A/P:"). */
const BARE_LEAD = /^[ \t]*(?:[-*\u2022#>]|\d{1,2}[.)])?[ \t]*(?:[A-Za-z][A-Za-z/&]{0,14}(?:[ \t][A-Za-z/&]{1,14})?[ \t]*:[ \t]*)?$/;

/**
 * The index of the first word after a colon that follows words[from] by at most `most` words and comes before
 * words[to], or -1: "Worried about something serious: lymphoma" (from "something", the colon after "serious").
 */
function colonAfter(text: string, words: readonly Word[], from: number, to: number, most: number): number {
  const last = Math.min(to, from + most);
  for (let k = Math.max(from, 1); k <= last && k < words.length; k++) if (text.slice(words[k - 1].end, words[k].start).includes(':')) return k;
  return -1;
}

/** A cancer's name followed by its work-up ("leukemia workup sent", "lymphoma w/u in progress": suspectedCancer.workupAfter), in its sentence. */
function workedUp(text: string, h: FindingHit, rule: ReadingVocabulary['suspectedCancer']): boolean {
  const words = fieldWords(h.field);
  const i = wordIndex(words, h.span.end);
  return i < words.length && !endsSentence(text, h.span.end, words[i].start) && phrasesOf(rule.workupAfter).some((p) => matchAt(words, i, p, 0) > 0);
}
