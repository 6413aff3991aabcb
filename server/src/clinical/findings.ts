import type { Knowledge, PhraseIndex } from '../knowledge/knowledge';
import type { ClinicalFinding, FindingCategoryT } from '../knowledge/schema';
import type { KeyName } from '../notes/keys';
import type { Field } from '../notes/parser';
import { type Span, detach, sentenceEnd, sentenceStart } from '../notes/text';
import { type Phrase, type Word, lowerBound, matchAt, phraseOf, toWords } from '../notes/words';
import { work } from '../notes/work';
import { type AssertionContext, type ContextReading, PLAIN_READING, readContext } from './context';
import { type ContextLexicon, contextLexicon } from './lexicon';
import { type ReadingVocabulary, findAny, findMatches, phraseSetOf, phrasesOf, readingVocabulary } from './vocabulary';
import { mayBeOf, perVocabulary, wordBitsOf, wordSetOf } from './patterns';

export interface FindingHit {
  finding: ClinicalFinding;
  span: Span;
  /** How the text asserts it (readContext): negated, uncertain, hypothetical, historical, whose. */
  context: AssertionContext;
  /** Counts as present for the rules (see `countsAsPresent`). */
  present: boolean;
  /** Explicitly negated ("no X", "X: none"): the same as context.negated, kept for hover. */
  negated: boolean;
  field: Field;
}

/**
 * Which fields each kind of finding is read from. Prior imaging is never read for findings, and Order only for a reason for contrast.
 * Everything under a PMH key ('Hx:', 'Medical history:') is read as history: it counts only where the past counts
 * (`historyCounts`: a cancer, a birthmark, an earlier operation), so "Hx: osteomyelitis at age 6" is no current infection.
 * A clause there that says it is current ("now back pain x 2 wk", "wt loss over 2 months": `currentInHistory`) is read as
 * the present illness, and so is the whole value when the note has no Presentation, Symptoms or Indication line.
 */
export const FIELDS_FOR: Record<FindingCategoryT, KeyName[]> = {
  // A marker listed under Red flags ("Red flags: fever - N, hair tuft - Y") is a marker, its answer read as any other's.
  'cutaneous-marker': ['Findings', 'Dimple', 'Presentation', 'Indication', 'Patient', 'PMH', 'Red flags'],
  dimple: ['Findings', 'Dimple', 'Presentation', 'Indication', 'Patient', 'PMH', 'Red flags'],
  'systemic-red-flag': ['Red flags', 'ROS', 'Presentation', 'Findings', 'Symptoms', 'Indication', 'Patient', 'PMH'],
  'back-pain-red-flag': ['Red flags', 'ROS', 'Presentation', 'Symptoms', 'Indication', 'PMH', 'Findings', 'Neuro', 'Patient'],
  'back-pain': ['Presentation', 'Symptoms', 'Indication', 'Findings', 'Patient', 'Red flags', 'ROS', 'PMH', 'Plan'],
  trauma: ['Presentation', 'Indication', 'Findings', 'Red flags', 'Patient'],
  'neurologic-symptom': ['Symptoms', 'Neuro', 'Presentation', 'Findings', 'Red flags', 'Indication', 'ROS', 'PMH', 'Patient'],
  'urologic-symptom': ['Symptoms', 'Neuro', 'Presentation', 'Findings', 'Red flags', 'Indication', 'ROS', 'PMH', 'Patient'],
  'orthopedic-symptom': ['Symptoms', 'Neuro', 'Presentation', 'Findings', 'Red flags', 'Indication', 'ROS', 'PMH', 'Patient'],
  // An assessment written in the plan ("A/P: … concern for vertebral osteomyelitis / discitis") states the suspicion.
  'suspected-infection-or-tumor': ['Indication', 'Presentation', 'Findings', 'PMH', 'Plan'],
  overuse: ['Presentation', 'Indication', 'Patient'],
  'contrast-reason': ['Indication', 'Presentation', 'Findings', 'PMH', 'Patient', 'Order', 'Plan'],
};

const READ_FOR_FINDINGS = new Set<KeyName>(Object.values(FIELDS_FOR).flat());
/** Keys where a word for the normal state ("none", "neg", "nl") speaks for the whole value. */
const NORMAL_MEANING_KEYS = new Set<KeyName>(['Red flags', 'ROS', 'Neuro', 'Symptoms', 'Findings', 'PMH']);
/** Keys whose value is the reason for the order: "r/o dermal sinus" there is a question, not an exam result. */
const REASON_KEYS = new Set<KeyName>(['Indication', 'Order', 'Plan']);

/**
 * The context lexicon an overuse word is read with: the shipped one and reading-vocabulary.json overuseContext ("plans to
 * help move house next week", "advised to avoid yard work", "pain stops him gardening", "family moving house").
 */
const overuseLexiconOf = perVocabulary((lex: ContextLexicon) =>
  perVocabulary((v: ReadingVocabulary['overuseContext']): ContextLexicon => ({
    ...lex,
    triggers: [...lex.triggers, ...v.triggers],
    pseudoTriggers: [...lex.pseudoTriggers, ...v.pseudoTriggers],
  })),
);
function overuseLexicon(lex: ContextLexicon, vocab: ReadingVocabulary): ContextLexicon {
  return overuseLexiconOf(lex)(vocab.overuseContext);
}

/**
 * The context lexicon a back pain told by a strain is read with ("lumbar strain", "strained low back"): the shipped one and
 * reading-vocabulary.json strainContext ("to prevent lumbar strain", "advised on lifting to avoid back strain", "at risk
 * of lumbar strain", "may cause back strain").
 */
const strainLexiconOf = perVocabulary((lex: ContextLexicon) =>
  perVocabulary((v: ReadingVocabulary['strainContext']): ContextLexicon => ({ ...lex, triggers: [...lex.triggers, ...v.triggers] })),
);
const strainWords = perVocabulary((v: ReadingVocabulary['strainContext']) => wordSetOf(v.words));
/** The lexicon a hit of this finding is read with: an overuse word's, a strain's (a back pain whose words hold one), or the shipped one. */
function lexiconFor(text: string, span: Span, finding: ClinicalFinding, lex: ContextLexicon, vocab: ReadingVocabulary): ContextLexicon {
  if (finding.id === 'overuse') return overuseLexicon(lex, vocab);
  if (finding.id === 'back-pain') {
    const words = strainWords(vocab.strainContext);
    if (toWords(text.slice(span.start, span.end)).some((w) => words.has(w.text))) return strainLexiconOf(lex)(vocab.strainContext);
  }
  return lex;
}

/**
 * The rule for counting: an explicit negation wins; an uncertain mention counts (so protective
 * checks stay on); a hypothetical or someone else's never counts; a past one counts only where
 * the past matters (a cancer history; a birthmark that does not go away).
 */
export function countsAsPresent(
  c: ContextReading,
  f: ClinicalFinding,
  key: KeyName | undefined,
  lex: ContextLexicon = contextLexicon(),
  vocab: ReadingVocabulary = readingVocabulary(),
): boolean {
  if (c.negated || c.hypothetical || c.experiencer === 'other') return false;
  if (c.historical && !vocab.historyCounts.includes(f.id) && !vocab.historyCounts.includes(f.category)) return false;
  if (c.ruleOut && key && REASON_KEYS.has(key) && lex.ruleOutIsNotAFinding.includes(f.category)) return false;
  // "Plan: MRI to r/o discitis" gives the study's purpose; the plan states a suspicion only in its own words ("concern for discitis").
  if (c.ruleOut && key === 'Plan' && f.category === 'suspected-infection-or-tumor') return false;
  return true;
}

/**
 * A suspicion of infection or tumour in a Plan is stated as suspected ("A/P: concern for discitis", "likely
 * osteomyelitis", "suspected tumor") or as the clinician's reading earlier in its sentence ("Outcome: appearances
 * suggestive of osteoid osteoma"), not named in a discussion or under a condition (reading-vocabulary.json
 * suspicionInPlan). A bounded look at the sentence.
 */
export function statedInPlan(text: string, span: Span, f: Field, c: ContextReading, vocab: ReadingVocabulary): boolean {
  const rule = vocab.suspicionInPlan;
  let a = span.start;
  const aMin = Math.max(f.valueSpan.start, a - 160);
  while (a > aMin && !/[.;\n\r]/.test(text[a - 1])) a--;
  const stated = () =>
    findAny(toWords(text.slice(span.start, span.end)), phraseSetOf(rule.stated)).length > 0 ||
    findAny(toWords(text.slice(a, span.start)), phraseSetOf(rule.statedBefore)).length > 0;
  if (!((c.uncertain && !c.ruleOut) || stated())) return false;
  let b = span.end;
  const bMax = Math.min(f.valueSpan.end, b + 160);
  while (b < bMax && !/[.;\n\r]/.test(text[b])) b++;
  work.steps += b - a;
  return findAny(toWords(text.slice(a, b)), phraseSetOf(rule.conditions)).length === 0;
}

/**
 * The doubt of a finding is taken back later in its sentence ("malignancy less likely but cannot be excluded",
 * "discitis less likely, though not ruled out"): the suspicion stays, the protective reading. A bounded look.
 */
function doubtTakenBack(text: string, span: Span, lex: ContextLexicon): boolean {
  let b = span.end;
  const bMax = Math.min(text.length, b + 120);
  // To the sentence's end: "malignancy less likely; however, cannot exclude" takes it back past a semicolon.
  while (b < bMax && !/[.\n\r]/.test(text[b])) b++;
  work.steps += b - span.end;
  return findAny(toWords(text.slice(span.end, b)), phraseSetOf(lex.doubtTakenBack)).length > 0;
}

/**
 * A complaint denied before the finding (a negating cue holding "c/o" or "complain") and, later in its sentence, a word
 * that dates its start or gives a reason the child does not complain (complaintDenialLifted): the denial tells no absence.
 */
function complaintDenialLifted(text: string, span: Span, cues: readonly Span[], lex: ContextLexicon): boolean {
  if (!cues.some((q) => q.end <= span.start && /c\s*\/\s*o\b|complain/i.test(text.slice(q.start, q.end)))) return false;
  let b = span.end;
  const bMax = Math.min(text.length, b + 120);
  while (b < bMax && !/[.;\n\r]/.test(text[b])) b++;
  work.steps += b - span.end;
  return findAny(toWords(text.slice(span.end, b)), liftingPhrases(lex)).length > 0;
}
/** context-lexicon complaintDenialLifted as a phrase set, built once per lexicon (not once per finding read). */
const liftingPhrases = perVocabulary((lex: ContextLexicon) => phraseSetOf(lex.complaintDenialLifted));

/**
 * The doubt (or the suspicion) is of a cancer's return, named between the cancer and the cue (reading-vocabulary.json
 * cancerReturn): "ALL survivor (relapse not suspected)", "low suspicion for relapse of ALL", "ALL survivor (relapse
 * suspected)". The cancer stays the child's history; the return is read on its own words. The nearest cue of that
 * category each way in the sentence (at most 80 characters) is looked for.
 */
function doubtOfReturn(text: string, span: Span, category: 'doubted' | 'uncertain', lex: ContextLexicon, vocab: ReadingVocabulary): boolean {
  const returns = phraseSetOf(vocab.cancerReturn);
  const cues = (direction: 'forward' | 'backward') => cueSets(lex, category, direction);
  let a = span.start;
  const aMin = Math.max(0, a - 80);
  while (a > aMin && !/[.;\n\r]/.test(text[a - 1])) a--;
  let b = span.end;
  const bMax = Math.min(text.length, b + 80);
  while (b < bMax && !/[.;\n\r]/.test(text[b])) b++;
  work.steps += b - a;
  // After the cancer: the first backward cue, a return named before it.
  const after = toWords(text.slice(span.end, b), span.end);
  const back = findAny(after, cues('backward'))[0];
  if (
    back &&
    findAny(
      after.filter((w) => w.end <= back.start),
      returns,
    ).length
  )
    return true;
  // Before it: the last forward cue, a return named after it.
  const before = toWords(text.slice(a, span.start), a);
  const fwd = findAny(before, cues('forward')).at(-1);
  return (
    !!fwd &&
    findAny(
      before.filter((w) => w.start >= fwd.end),
      returns,
    ).length > 0
  );
}

const cueSetsOf = perVocabulary((_lex: ContextLexicon) => new Map<string, ReturnType<typeof phraseSetOf>>());

/** The trigger phrases of one category and direction, as a phrase set (built once per lexicon). */
function cueSets(lex: ContextLexicon, category: string, direction: string): ReturnType<typeof phraseSetOf> {
  const byKey = cueSetsOf(lex);
  const key = `${category}/${direction}`;
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = phraseSetOf(lex.triggers.filter((t) => t.category === category && t.direction === direction).flatMap((t) => t.phrases))));
  return set;
}

/** Every finding the vocabulary knows in the note's fields, each with its assertion context. */
export function readFindings(text: string, all: readonly Field[], k: Knowledge): FindingHit[] {
  const hits: FindingHit[] = [];
  const lex = contextLexicon();
  const vocab = readingVocabulary();
  const anchors = wordSetOf(vocab.findingPhraseAnchors);
  const add = (finding: ClinicalFinding, span: Span, f: Field, forced?: Partial<AssertionContext>) => {
    let read = readContext(text, span.start, span.end, lexiconFor(text, span, finding, lex, vocab));
    // The key's own heading made it past, and its clause tells it going on now: the present complaint.
    if (read.historical && pmhNow?.(span, finding) && read.cues.every((q) => q.end <= f.valueSpan.start)) read = { ...read, historical: false };
    const past = f.key?.name === 'PMH' && !read.historical && pmhPast && pmhPast(span, finding) ? PAST : undefined;
    let c = forced || past ? { ...read, ...past, ...forced } : read;
    // "doubt discitis", "strain less likely": a doubted diagnosis or cause is denied; an observed finding is not.
    if (
      c.doubted &&
      !c.negated &&
      (lex.doubtDenies.includes(finding.category) || lex.doubtDeniesFindings.includes(finding.id)) &&
      !doubtTakenBack(text, span, lex) &&
      !(finding.id === 'malignancy' && doubtOfReturn(text, span, 'doubted', lex, vocab))
    )
      c = { ...c, negated: true };
    // "Not c/o back pain until this morning", "not complaining of back pain because he is non-verbal": no absence told.
    else if (c.negated && !forced && complaintDenialLifted(text, span, read.cues, lex)) c = { ...c, negated: false };
    // "ALL survivor (relapse suspected)": the suspicion is of the return, read on its own words; the cancer is history.
    else if (finding.id === 'malignancy' && c.uncertain && !c.negated && !c.ruleOut && doubtOfReturn(text, span, 'uncertain', lex, vocab)) c = { ...c, uncertain: false };
    const present =
      countsAsPresent(c, finding, f.key?.name, lex, vocab) &&
      (f.key?.name !== 'Plan' || finding.category !== 'suspected-infection-or-tumor' || statedInPlan(text, span, f, c, vocab));
    hits.push({ finding, span, context: pick(c), present, negated: c.negated, field: f });
  };
  let pmhPast: ((span: Span, finding: ClinicalFinding) => boolean) | undefined;
  let pmhNow: ((span: Span, finding: ClinicalFinding) => boolean) | undefined;
  // A note with no line for the present illness writes it under its history heading ("Hx: dimple w/ hair, LBP").
  const illnessElsewhere = !historyIsThePresentIllness(all);
  for (const f of all) {
    const key = f.key?.name;
    if (!key || !READ_FOR_FINDINGS.has(key) || !f.value) continue;
    const words = fieldWords(f);
    pmhPast = key !== 'PMH' ? undefined : illnessElsewhere ? pastInHistory(f, words, vocab) : pastEventsInIllness(f, words, vocab);
    pmhNow = key === 'PMH' ? currentInPastHistory(f, words, vocab) : undefined;
    // "Red flags: none", "ROS: neg": the whole value says nothing abnormal was found.
    const allNormal = NORMAL_MEANING_KEYS.has(key) && isNormalValue(f.value, lex);
    // A requisition's history that is the present illness ("HX: MVC at highway speed") is read for what a
    // present illness holds (an injury, overuse); a past medical history ("PMH:") never is.
    const readAs = key === 'PMH' && !illnessElsewhere && isClinicalHistoryKey(f.rawKey) ? 'Presentation' : key;
    const index = phrasesReadIn(k.phraseIndex, readAs);
    const forced = allNormal ? ALL_NORMAL : undefined;
    // One lookup a word (past the bit test): the index also holds each first word's plurals ("dimples", "lipomas").
    const from = hits.length;
    const bits = indexBitsOf(index);
    for (let i = 0; i < words.length; i++) {
      const w = words[i].text;
      if (!mayBeOf(bits, w)) continue;
      const bucket = index.get(w);
      if (!bucket) continue;
      const list = bucket.bySecond === undefined ? bucket.any : candidatesFor(bucket, i + 1 < words.length ? words[i + 1].text : undefined);
      for (let c = 0; c < list.length; c++) {
        const { finding, phrase } = list[c];
        // The bucket is the word's own (or its singular's): the first word matches, so the match goes on from the second.
        const to = matchAt(words, i + 1, phrase, 1);
        if (to < 0) continue;
        // "dimple absent, reflexes normal" holds no "absent reflexes": a phrase is read within one clause.
        if (to - i > 1 && crossesClause(text, words[i].end, words[to - 1].start)) continue;
        // "large dimple, no hemangioma": a cue among the words a gap let through leaves the phrase unread (the shorter one is read).
        if (to - i > literalWords(phrase) && deniedInGap(text, words[i], words[to - 1], lex)) continue;
        // "PIT 20:40 - 5 y M": a capitalised abbreviation, not the one-word finding it spells.
        // The word's own test first: it rules out nearly every word, and the key's (split into words) is asked only then.
        if (to - i === 1 && !EXAM_KEYS.has(key) && isCapitalAbbreviation(text, words, i, finding.id, vocab) && !spinalRawKey(f.rawKey, vocab)) continue;
        // "and back hurt", "from sit ups": the anchoring first word is no part of the finding (findingPhraseAnchors).
        const first = to - i > 1 && anchors.has(words[i].text) ? i + 1 : i;
        add(finding, { start: words[first].start, end: words[to - 1].end }, f, forced);
      }
    }
    readCasedTerms(text, words, f, k, vocab, add);
    readSpinalTenderness(text, words, f, k, vocab, lex, add);
    readPositiveSigns(text, words, f, readAs, k, vocab, add);
    readAbsentStates(text, words, f, k, lex, add);
    readCodes(f, k, add);
    dropInsideNotFindings(text, hits, from, words, vocab);
    dropNightWakingsOfOtherCause(text, hits, from, words, vocab);
    dropDescribingOther(text, hits, from, words, vocab);
    dropAcheOfOtherSite(text, hits, from, words, vocab);
    answerQuestions(text, hits, from);
    answerQueriesByExam(text, hits, from, vocab);
    dropBackPainOfRegion(text, hits, from, vocab);
  }
  return hits;
}

/**
 * "Back pain? No back pain.", "Dolore alla schiena? Nessun dolore alla schiena.": a finding asked with a question mark
 * and denied by the very next sentence, the same finding, is answered. The question counts no more than its answer
 * does; a question left unanswered, or answered by another finding, still counts (the protective reading).
 */
function answerQuestions(text: string, hits: FindingHit[], from: number): void {
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present) continue;
    const ask = /^[ \t]*\?/.exec(text.slice(h.span.end, h.span.end + 4));
    if (!ask) continue;
    const after = h.span.end + ask[0].length;
    const answered = hits.some(
      (o, j) =>
        j >= from && o.negated && o.finding.id === h.finding.id && o.span.start >= after && o.span.start - after <= 40 && !/[.?!;\r\n]/.test(text.slice(after, o.span.start)),
    );
    if (answered) hits[i] = { ...h, present: false };
  }
}

/**
 * "NIPE query from midwife ?sacral dimple. Re-examined baby: no dimple.": a finding only raised and denied in the very next
 * sentence by the writer's re-examination (reading-vocabulary queryAnsweredByExam.examCues before the denial there, none of
 * its cueNot around the cue, no question mark) is answered, as a question mark's answer is (answerQuestions). A plain "On
 * exam … no dimple" stays asked (taken out in round 33, review 7: an exam at birth, per mum or per photo is no full look
 * today). A denial further on, one told by no re-examination, or another finding's leaves the question counting.
 */
function answerQueriesByExam(text: string, hits: FindingHit[], from: number, vocab: ReadingVocabulary): void {
  const q = vocab.queryAnsweredByExam;
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.negated || !h.context.uncertain) continue;
    const ends = sentenceEnd(text, h.span.end);
    const nextEnd = sentenceEnd(text, ends + 1);
    const answer = hits.find(
      (o, j) => j >= from && o.negated && o.finding.id === h.finding.id && o.context.experiencer === 'patient' && o.span.start > ends && o.span.end <= nextEnd,
    );
    if (!answer) continue;
    if (text.slice(ends + 1, nextEnd + 1).includes('?')) continue;
    const lead = toWords(text.slice(ends + 1, answer.span.start), ends + 1);
    const cue = findAny(lead, phraseSetOf(q.examCues))[0];
    if (!cue || lead.some((w) => (w.end <= cue.start || w.start >= cue.end) && q.cueNot.includes(w.text))) continue;
    // The writer's own look: "Mum rechecked", "HV rechecked" are another's, however sure.
    if (!lead.every((w) => w.start >= cue.start || q.writer.includes(w.text))) continue;
    // A look told limited, poor or hedged anywhere in its sentence or the next ("no dimple seen - exam limited", "though
    // the cleft was only partly seen", "in poor light … Will recheck in daylight", "no dimple she thinks") answers nothing.
    const told = toWords(text.slice(ends + 1, sentenceEnd(text, nextEnd + 1)), ends + 1);
    if (findAny(told, phraseSetOf(q.limited)).length > 0) continue;
    // A look by a means other than the writer's eyes ("Re-examined on video call") in its own sentence; a record kept
    // after a full look ("Photo in notes.") is no such means.
    if (findAny(toWords(text.slice(ends + 1, nextEnd), ends + 1), phraseSetOf(q.limitedMeans)).length > 0) continue;
    hits[i] = { ...h, present: false };
  }
}

/**
 * "pain L lumbar region and LIF with loose stools", "colicky pain R lumbar region radiating to the groin": the lumbar
 * region is also one of the abdomen's nine regions (the flank), so back pain told by it (backPainOfRegion.abdominalPhrases)
 * is none when its sentence names the abdomen or a gut, kidney or urinary illness; and back pain told by these regional
 * words (backPainOfRegion.phrases) is none when its sentence tells it over ("… last summer, fully resolved", "settled,
 * none now"): past pain is no present pain.
 */
function dropBackPainOfRegion(text: string, hits: FindingHit[], from: number, vocab: ReadingVocabulary): void {
  if (hits.length === from) return;
  const rule = vocab.backPainOfRegion;
  let kept = from;
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    hits[kept++] = h;
    if (h.finding.id !== 'back-pain' || !h.present) continue;
    const own = toWords(text.slice(h.span.start, h.span.end));
    if (findAny(own, phraseSetOf(rule.phrases)).length === 0) continue;
    const sentence = toWords(text.slice(sentenceStart(text, h.span.start), sentenceEnd(text, h.span.end)));
    const abdominal = findAny(own, phraseSetOf(rule.abdominalPhrases)).length > 0 && findAny(sentence, phraseSetOf(rule.abdominal)).length > 0;
    if (abdominal || findAny(sentence, phraseSetOf(rule.over)).length > 0) kept--;
  }
  hits.length = kept;
}

/**
 * An ICD-10 code that names a finding (icd10.json: "M54.50", "C91.00", "Q82.6") in any key read for findings ("Dx:",
 * "DX2:", "Hx:", "PMH:", "Indication:"): read as the finding's words would be, in their context, so "r/o C91.00" is a
 * question, "no M54.5", "M54.5 ruled out" and "C91.00 excluded" deny it, "FHx C91.00 in sibling" is a relative's and
 * "M54.5 - resolved" is past.
 */
function readCodes(f: Field, k: Knowledge, add: (finding: ClinicalFinding, span: Span, f: Field) => void): void {
  if (!/[A-Z]\d{2}/.test(f.value)) return;
  for (const m of f.value.matchAll(ICD)) {
    const code = k.byIcd.get(m[1]);
    const finding = code?.finding ? k.finding(code.finding) : undefined;
    if (!finding) continue;
    const start = f.valueSpan.start + (m.index ?? 0);
    add(finding, { start, end: start + m[1].length }, f);
  }
}
const ICD = /\b([A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?)\b/g;

/**
 * A phrase read across words it lets stand between ("large ... hemangioma") does not apply when a
 * negation cue stands among those words: "large dimple, no hemangioma" is no large hemangioma. The context of a span
 * is read at its first and last words, so a cue inside it would otherwise go unseen.
 */
function deniedInGap(text: string, first: Word, last: Word, lex: ContextLexicon): boolean {
  const c = readContext(text, last.start, last.end, lex);
  return c.negated && c.cues.some((cue) => cue.start >= first.end && cue.end <= last.start);
}

/** A comma, semicolon, line break or the end of a sentence between two words of a phrase. */
function crossesClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 10 || c === 13) return true;
    // A full stop ends a sentence when a capital follows ("absent. Reflexes"), not an abbreviation ("wt. loss").
    if (c === 46 && text.charCodeAt(i + 1) === 32 && /[A-Z]/.test(text[i + 2] ?? '')) return true;
  }
  return false;
}

/** A semicolon, line break or the end of a sentence between two words: a comma does not end the sentence. */
function crossesSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13) return true;
    if (c === 46 && text.charCodeAt(i + 1) === 32 && /[A-Z]/.test(text[i + 2] ?? '')) return true;
  }
  return false;
}

/** The number of words a phrase names itself (its gaps not counted). */
function literalWords(p: Phrase): number {
  let n = 0;
  for (const w of p) if (typeof w === 'string') n++;
  return n;
}

/**
 * The words of the note being read, by field: the finding reader and the readers after it (the neuro
 * exam, trauma, back pain after an injury) read the same fields, so each value is tokenized once. Only
 * the last note's words are kept (a note result that outlives its reading holds no words).
 */
let wordsOfField = new Map<Field, Word[]>();

/** Starts a note: the words of the one before are let go. */
export function forgetFieldWords(): void {
  if (wordsOfField.size) wordsOfField = new Map();
}

export function fieldWords(f: Field): Word[] {
  let w = wordsOfField.get(f);
  if (!w) wordsOfField.set(f, (w = toWords(f.value, f.valueSpan.start)));
  return w;
}

const PAST: Partial<AssertionContext> = Object.freeze({ historical: true });
/** A hit in a value that says nothing abnormal was found ("Red flags: none"): only spread into a new reading, never changed. */
const ALL_NORMAL: Partial<AssertionContext> = Object.freeze({ negated: true });
/** Keys that hold the present illness: with one of them in the note, a PMH value is history. */
const PRESENT_ILLNESS_KEYS = new Set<KeyName>(['Presentation', 'Symptoms', 'Indication']);

/**
 * "Hx", "History", "Clinical history", a South Asian or African clinic's "H/o": a requisition's history line, unlike
 * "PMH" or "Past medical history".
 */
export function isClinicalHistoryKey(rawKey: string): boolean {
  return /^\s*(?:hx|h\/o|history|clinical (?:hx|history)|brief (?:hx|history)|relevant (?:hx|history))\s*$/i.test(rawKey);
}

/**
 * A note with no line for the present illness writes it under its history heading ("Hx: 2 yo F, lumbar
 * hair tuft, neuro exam normal", a requisition's "HX:"): every reader then reads the PMH value as the
 * present illness (its findings, age, exam, pain duration), clause by clause still told past where it says so.
 */
export function historyIsThePresentIllness(all: readonly Field[]): boolean {
  return !all.some((f) => f.value && f.key && PRESENT_ILLNESS_KEYS.has(f.key.name));
}

/** A history value's clauses (split at ";", a full stop or a line end) and which of them tell the present or the past. */
function historyClauses(f: Field, words: Word[], vocab: ReadingVocabulary): { clauseOf: (at: number) => number; current: Set<number>; past: Set<number> } {
  const v = f.value;
  const base = f.valueSpan.start;
  // Clause k runs from ends[k - 1] (exclusive) to ends[k].
  const ends: number[] = [];
  work.steps += v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const dot = c === 46 && !(i > 0 && i + 1 < v.length && isDigit(v.charCodeAt(i - 1)) && isDigit(v.charCodeAt(i + 1)));
    if (c === 59 || c === 10 || c === 13 || dot) ends.push(base + i);
  }
  const clauseOf = (at: number): number => lowerBound(ends, (e) => e, at);
  const deniedSince = sincesDenied(words, v, base, vocab);
  const current = new Set(
    findAny(words, phraseSetOf(vocab.currentInHistory))
      .filter((c) => !deniedSince.has(c.start))
      .map((c) => clauseOf(c.start)),
  );
  const past = new Set(findAny(words, phraseSetOf(vocab.pastInHistory)).map((c) => clauseOf(c.start)));
  for (const at of deniedSince) past.add(clauseOf(at));
  return { clauseOf, current, past };
}

/**
 * "Past hx: recurrent UTIs since age 2, still getting them", "PMH: … 2 breakthrough UTIs this month": a symptom of a past
 * history's clause that tells it going on now (currentInHistory, and no past word of pastInHistory in the clause) is the
 * child's present complaint, whatever the key's own heading says (review r44).
 */
function currentInPastHistory(f: Field, words: Word[], vocab: ReadingVocabulary): (span: Span, finding: ClinicalFinding) => boolean {
  const { clauseOf, current, past } = historyClauses(f, words, vocab);
  const byDefault = vocab.currentByDefaultInHistory;
  // "PMH: nocturnal enuresis since age 3": a long-standing complaint (pastByDefaultInHistory) is no new sign (review r44c).
  const chronic = spansIndex(findAny(words, phraseSetOf(vocab.pastByDefaultInHistory)));
  return (span, finding) => {
    const k = clauseOf(span.start);
    return current.has(k) && !past.has(k) && !chronic(span) && (byDefault.includes(finding.category) || byDefault.includes(finding.id));
  };
}

/**
 * For a PMH value in a note that has a line for the present illness: whether a hit there is history.
 * The value is cut into clauses (at ";", "." and line breaks). A clause with a `currentInHistory` word
 * ("now", "new", "x 2 wk", "since") is the present illness. Otherwise a clause with a `pastInHistory`
 * word ("at age 5", "resolved", "h/o", "in 2019") is history. Otherwise a red flag, a deficit or back pain
 * (`currentByDefaultInHistory`) is current, the safer reading: "Hx: fever to 39, wt loss" is this illness;
 * but a chronic complaint (`pastByDefaultInHistory`: "nocturnal enuresis") and anything else
 * ("Hx: osteomyelitis", "asthma") is history.
 * One pass over the value and a few over its words; each query is a binary search.
 */
function pastInHistory(f: Field, words: Word[], vocab: ReadingVocabulary, eventsOnly = false): (span: Span, finding: ClinicalFinding) => boolean {
  const { clauseOf, current, past } = historyClauses(f, words, vocab);
  // "in 2019": a year after "in" dates the clause; an event's clause ("MVC 2019") is dated by any year.
  for (let i = 1; i < words.length; i++) if ((eventsOnly || words[i - 1].text === 'in') && isYear(words[i].text)) past.add(clauseOf(words[i].start));
  if (eventsOnly) return (span, finding) => EVENTS.has(finding.category) && !current.has(clauseOf(span.start)) && past.has(clauseOf(span.start));
  const chronic = spansIndex(findAny(words, phraseSetOf(vocab.pastByDefaultInHistory)));
  const byDefault = vocab.currentByDefaultInHistory;
  return (span, finding) => {
    const k = clauseOf(span.start);
    if (current.has(k)) return false;
    if (past.has(k)) return true;
    if (!byDefault.includes(finding.category) && !byDefault.includes(finding.id)) return true;
    return chronic(span);
  };
}

/**
 * "recurrent UTIs x3 at age 2, renal US then normal, no UTIs since", "febrile UTI as a baby, none since then": a "since"
 * closing a denial (one of sinceDenials within four words before it, nothing but "then" after it in its clause) tells
 * the episodes past, not a complaint lasting since. Their starts, so the clause reads past. "no dry nights since 2
 * weeks", "no problems since, but wetting again now" keep their current words.
 */
function sincesDenied(words: Word[], v: string, base: number, vocab: ReadingVocabulary): Set<number> {
  const out = new Set<number>();
  const denials = vocab.sinceDenials;
  for (let i = 0; i < words.length; i++) {
    if (words[i].text !== 'since') continue;
    let k = i + 1;
    if (words[k]?.text === 'then') k++;
    const rest = v.slice(words[k - 1].end - base, k < words.length ? words[k].start - base : v.length);
    if (k < words.length && !/[,;.\n\r]/.test(rest)) continue;
    if (words.slice(Math.max(0, i - 4), i).some((w) => denials.includes(w.text))) out.add(words[i].start);
  }
  return out;
}

/** The findings a history read as the present illness adds to those a history holds (phrasesReadIn 'Presentation'). */
const EVENTS = new Set<string>(['trauma', 'overuse']);

/**
 * A history that is the present illness ("HX: 15 YO M, MVC AT HIGHWAY SPEED"): an injury or a strain there
 * is the present one, unless its clause dates it ("fell from a tree 2 years ago", "MVC 2019", "at age 5").
 */
function pastEventsInIllness(f: Field, words: Word[], vocab: ReadingVocabulary): (span: Span, finding: ClinicalFinding) => boolean {
  return pastInHistory(f, words, vocab, true);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isYear(w: string): boolean {
  return w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3));
}

/**
 * Whether a span overlaps one of the given spans: sorted by start, with the running furthest end, so
 * each query is one binary search.
 */
function spansIndex(spans: Span[]): (s: Span) => boolean {
  if (!spans.length) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (s) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > s.start;
  };
}

/** Words a night waking's clause is read over, each way. */
const WAKING_CLAUSE_WORDS = 8;

/**
 * Removes, from hits[from..], a night waking told with a cause that is no pain right after it (reading-vocabulary.json
 * nightWakingCause): "wakes at night with leg cramps", "wakes at night with a cough". A pain word in the waking's own
 * words or its clause keeps it ("wakes at night with back pain", "pain that wakes him at night with crying"). Sleep lost
 * ("keeps him awake", nightWakingCause.sleepLost) goes too unless it is the back pain's (sleepLostToThePain). Each hit
 * reads a bounded window of its field's words.
 */
function dropNightWakingsOfOtherCause(text: string, hits: FindingHit[], from: number, words: Word[], vocab: ReadingVocabulary): void {
  // Most fields read no finding: nothing to drop, and no word set to look up.
  if (hits.length === from) return;
  const rule = vocab.nightWakingCause;
  let kept = from;
  const waking = wordSetOf(rule.waking);
  const pain = wordSetOf(rule.pain);
  const worse = wordSetOf(rule.worse);
  const sleepLost = wordSetOf(rule.sleepLost);
  const carried = wordSetOf(rule.carried);
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    if (h.finding.id === 'night-pain' && h.present) {
      // The hit's words: the first word starting at its start, to the last ending by its end.
      const lo = lowerBound(words, (w) => w.start, h.span.start);
      let end = lo;
      while (end < words.length && words[end].end <= h.span.end && end - lo < 12) end++;
      const own = words.slice(lo, end);
      if (own.length && own.some((w) => waking.has(w.text)) && !own.some((w) => pain.has(w.text)) && otherCause(text, words, lo, end, rule, pain)) continue;
      if (own.length && worse.has(own[0].text) && !own.some((w) => pain.has(w.text)) && !painTold(text, words, lo, pain)) continue;
      // "keeps him awake", "disturbs her sleep": sleep lost is night pain only of the back pain told with it.
      // A Red flags value lists the pain's flags ('Red flags: fever; disturbing his sleep'): an item opening with it is the
      // pain's, though still not when over, asked, feared or of another cause ('Red flags: no longer keeps him awake').
      if (
        own.length &&
        sleepLost.has(own[0].text) &&
        !own.some((w) => pain.has(w.text)) &&
        !sleepLostToThePain(text, words, lo, end, rule, pain, carried, h.field.key?.name === 'Red flags')
      )
        continue;
    }
    hits[kept++] = h;
  }
  hits.length = kept;
}

/**
 * "constant damp underwear", "constant dribbling": a bare course word (describesOther) read as its red flag describes
 * something else only when the next word names that thing (`others`) and no pain word stands before it in its clause
 * or within `reach` words after it. "LBP 5 wks constant worse lying down", "Back sore constant today", "constant
 * gnawing deep seated lower lumbar pain" keep it: when in doubt the red flag stays.
 */
function dropDescribingOther(text: string, hits: FindingHit[], from: number, words: Word[], vocab: ReadingVocabulary): void {
  // Most fields read no finding: nothing to drop, and no word set to look up.
  if (hits.length === from) return;
  const rule = vocab.describesOther;
  const d = { findings: wordSetOf(rule.findings), bare: wordSetOf(rule.bare), others: wordSetOf(rule.others) };
  let kept = from;
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    hits[kept++] = h;
    if (!d.findings.has(h.finding.id)) continue;
    const at = wordEndingAt(words, h.span.end);
    if (at < 0 || words[at].start !== h.span.start || !d.bare.has(words[at].text)) continue;
    const next = at + 1;
    const pain = wordSetOf(vocab.nightWakingCause.pain);
    if (subjectBeforeNotPain(text, words, at, wordSetOf(rule.othersBefore), pain)) {
      kept--;
      continue;
    }
    if (next >= words.length || crossesClause(text, words[at].end, words[next].start) || !d.others.has(words[next].text)) continue;
    let told = false;
    for (let j = at - 1; j >= 0 && at - j <= WAKING_CLAUSE_WORDS && !crossesClause(text, words[j].end, words[j + 1].start) && !told; j--) told = pain.has(words[j].text);
    for (let j = next; j < words.length && j - next < rule.reach && !(j > next && crossesClause(text, words[j - 1].end, words[j].start)) && !told; j++)
      told = pain.has(words[j].text);
    if (!told) kept--;
  }
  hits.length = kept;
}

/**
 * "Recurrent tummy aches", "knee ache", "leg aches at night", "abdominal aching" (reading-vocabulary.json acheOfOtherSite): a
 * finding told by one bare word of aching, right after a site of another part (nightWakingCause.otherSites) in its clause,
 * is that part's ache, unless its clause names the back too ("back and tummy aches", "tummy ache and lower back aching").
 */
function dropAcheOfOtherSite(text: string, hits: FindingHit[], from: number, words: Word[], vocab: ReadingVocabulary): void {
  // Most fields read no finding: nothing to drop, and no word set to look up.
  if (hits.length === from) return;
  const rule = vocab.acheOfOtherSite;
  const findings = wordSetOf(rule.findings);
  const bare = wordSetOf(rule.bare);
  let kept = from;
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    hits[kept++] = h;
    if (!findings.has(h.finding.id)) continue;
    const at = wordEndingAt(words, h.span.end);
    if (at < 1 || words[at].start !== h.span.start || !bare.has(words[at].text) || crossesClause(text, words[at - 1].end, words[at].start)) continue;
    const sites = wordSetOf(vocab.nightWakingCause.otherSites);
    if (!sites.has(words[at - 1].text)) continue;
    const back = wordSetOf(vocab.nightWakingCause.backSites);
    let told = false;
    for (let j = at - 1; j >= 0 && at - j <= WAKING_CLAUSE_WORDS && !crossesClause(text, words[j].end, words[j + 1].start) && !told; j--) told = back.has(words[j].text);
    for (let j = at + 1; j < words.length && j - at <= WAKING_CLAUSE_WORDS && !crossesClause(text, words[j - 1].end, words[j].start) && !told; j++) told = back.has(words[j].text);
    if (!told) kept--;
  }
  hits.length = kept;
}

/**
 * "toe walking started ~6 months ago and is now constant": the bare course word at words[at] is said of a subject of
 * `others` told before it in its clause, and no pain word stands in its sentence, before it or after it ("toe walking and
 * back pain, now constant" keeps it).
 */
function subjectBeforeNotPain(text: string, words: Word[], at: number, others: ReadonlySet<string>, pain: ReadonlySet<string>): boolean {
  let subject = false;
  for (let j = at - 1; j >= 0 && at - j <= WAKING_CLAUSE_WORDS && !crossesClause(text, words[j].end, words[j + 1].start); j--) if (others.has(words[j].text)) subject = true;
  if (!subject) return false;
  for (let j = at - 1; j >= 0 && !crossesSentence(text, words[j].end, words[j + 1].start); j--) if (pain.has(words[j].text)) return false;
  for (let j = at + 1; j < words.length && !crossesSentence(text, words[j - 1].end, words[j].start); j++) if (pain.has(words[j].text)) return false;
  return true;
}

/** The index of the word ending at `end` (binary search), or -1. */
function wordEndingAt(words: readonly Word[], end: number): number {
  const lo = lowerBound(words, (w) => w.end, end);
  return lo < words.length && words[lo].end === end ? lo : -1;
}

/** Words read back for the pain a "worse at night" tells of: "back pain x 2 wk in a 7 y/o girl, worse at night". */
const PAIN_TOLD_WORDS = 16;

/**
 * Whether a pain word stands within a few words before words[first], in its sentence: "LBP 2 mo, worse lying down at
 * night" tells of the pain, "cough worse overnight", "Perianal itch worse in the night" of something else. A
 * sentence that opens with it ("Back pain 3 wks. Worse at night.") is read on into the sentence before.
 */
function painTold(text: string, words: Word[], first: number, pain: ReadonlySet<string>): boolean {
  // The boundary right before `first` is not checked: a sentence that opens with it reads the one before.
  for (let j = first - 1; j >= 0 && first - j <= PAIN_TOLD_WORDS; j--) {
    if (j < first - 1 && crossesSentence(text, words[j].end, words[j + 1].start)) break;
    if (pain.has(words[j].text)) return true;
  }
  return false;
}

/** A stop, colon, question mark or line break between two words: a sentence or a value starts after it. */
function opensSentence(text: string, from: number, to: number): boolean {
  return /[.!?:\n\r]/.test(text.slice(from, to));
}

/**
 * Whether sleep lost told at words[first..end) ("keeps him awake", "disturbs her sleep", "sleep disrupted") is the back
 * pain's (nightWakingCause): not denied as over ("no longer keeps him awake", "not keeping her awake any more"), asked
 * ("Does it disturb his sleep? Mum unsure.") or feared ("worried it will affect his sleep"); no cause of another kind told
 * after it ("sleep disrupted by new baby", "interrupted sleep - new sibling", "trouble sleeping because of anxiety"); and
 * told of the pain: opening its sentence or value ("Keeps her awake.", "Red flags: disturbs sleep"), or with a pain word
 * before it in its sentence (or after it in its clause) that no other site qualifies ("Abdominal pain keeps her awake",
 * "Sore throat kept her awake", "Growing pains in legs, keep him awake" are not; "back pain radiating to the leg keeps
 * him awake" is). "Reflux, keeps her awake", "Wheezy at night; keeps her awake" tell no pain at all.
 */
function sleepLostToThePain(
  text: string,
  words: Word[],
  first: number,
  end: number,
  rule: ReadingVocabulary['nightWakingCause'],
  pain: ReadonlySet<string>,
  carried: ReadonlySet<string>,
  listed: boolean,
): boolean {
  const sites = wordSetOf(rule.otherSites);
  const back = wordSetOf(rule.backSites);
  const skin = wordSetOf(rule.notPain);
  const bare = wordSetOf(rule.bareSites);
  const worse = wordSetOf(rule.worse);
  const has = (list: readonly string[], from: number, to: number) => {
    for (let j = Math.max(0, from); j < Math.min(to, words.length); j++)
      for (const p of phrasesOf(list)) {
        const e = matchAt(words, j, p, 0);
        if (e > 0 && e <= to) return true;
      }
    return false;
  };
  // The words of its sentence before it.
  let start = first;
  while (start > 0 && first - start < PAIN_TOLD_WORDS && !opensSentence(text, words[start - 1].end, words[start].start)) start--;
  // Its clause's words before and after it.
  let clauseStart = first;
  while (clauseStart > start && !crossesClause(text, words[clauseStart - 1].end, words[clauseStart].start)) clauseStart--;
  let clauseEnd = end;
  while (
    clauseEnd < words.length &&
    clauseEnd - end < WAKING_CLAUSE_WORDS &&
    !crossesClause(text, words[clauseEnd - 1].end, words[clauseEnd].start) &&
    !opensSentence(text, words[clauseEnd - 1].end, words[clauseEnd].start)
  )
    clauseEnd++;
  // "no longer keeps him awake", "not keeping her awake any more"; "worried it will affect his sleep", "may be keeping him awake".
  if (has(rule.over, clauseStart, first) || has(rule.overAfter, end, clauseEnd) || has(rule.feared, clauseStart, first)) return false;
  // "Does it disturb his sleep? Mum unsure.", "?keeps him awake - mum unsure": asked, it is told only by a yes after it.
  const close = text.slice(words[end - 1].end, clauseEnd < words.length ? words[clauseEnd].start : text.length);
  const opensAsked = /\?\s*$/.test(text.slice(first > 0 ? words[first - 1].end : 0, words[first].start));
  if (opensAsked) return false;
  if (/^[^.!\n\r]*\?/.test(close)) {
    const next = words.findIndex((w) => w.start >= words[end - 1].end + close.indexOf('?'));
    if (next < 0 || !has(rule.affirmed, next, next + 1)) return false;
  }
  // "sleep disrupted by new baby", "trouble sleeping because of anxiety", "interrupted sleep - new sibling": the cause told.
  let at = end;
  while (at < clauseEnd && has(rule.wakingRest, at, at + 3) && !has(rule.sleepCause, at, at + 3)) at++;
  const causeOwn = [end - 2, end - 1].some((j) => j >= first && phrasesOf(rule.sleepCause).some((c) => matchAt(words, j, c, 0) === end));
  const dash = words.slice(first, end).some((w) => w.text === 'sleep') && at < words.length && /[-\u2013\u2014(:]/.test(text.slice(words[at - 1].end, words[at].start));
  if (causeOwn || dash || (at < clauseEnd && has(rule.sleepCause, at, at + 3))) {
    let told = false;
    let named = false;
    // "can't sleep because of; radiates": a cause closing its clause names none.
    for (
      let j = at;
      j < words.length &&
      j - at < WAKING_CLAUSE_WORDS &&
      !(j > 0 && (opensSentence(text, words[j - 1].end, words[j].start) || crossesClause(text, words[j - 1].end, words[j].start)));
      j++
    ) {
      named = true;
      if (pain.has(words[j].text)) told = true;
    }
    // "can't sleep because of" closing its value names no cause.
    if (named && !told) return false;
  }
  // Told of the pain: it opens a Red flags item, or its value, past carried words ("Red flags: fever; disturbs his sleep",
  // "HPI: keeps him awake"); opening a sentence, only when the sentence before tells the back pain ("LBP 3 wk, worse at
  // night. Now also keeps him awake."; not "Bad cough this week. Keeps him awake.", "Teething. Keeps her awake.").
  let k = first;
  while (k > clauseStart && carried.has(words[k - 1].text)) k--;
  if (listed && k === clauseStart) return true;
  while (k > start && carried.has(words[k - 1].text)) k--;
  if (k === start) {
    if (start === 0 || /:\s*$/.test(text.slice(words[start - 1].end, words[start].start))) return true;
    let before = start - 1;
    while (before > 0 && start - before < PAIN_TOLD_WORDS && !opensSentence(text, words[before - 1].end, words[before].start)) before--;
    return backPainTold(before, start);
  }
  // "low back pain 3 wk, cough keeps him awake", "back pain, but his eczema keeps him awake", "LBP and toothache -
  // toothache keeps him awake": a subject of its own clause (to a comma, semicolon or spaced dash) that is no pain owns it.
  let own = k;
  while (own > clauseStart && !/\s[-\u2013\u2014]\s|[(:]/.test(text.slice(words[own - 1].end, words[own].start))) own--;
  // "back pain, worse last 2 nights keeping her up": a clause telling the pain worse is the pain's.
  if (k > own && !words.slice(own, k).some((w) => pain.has(w.text) || worse.has(w.text))) return false;
  return backPainTold(start, first) || (!words.slice(start, first).some((w) => pain.has(w.text)) && words.slice(end, clauseEnd).some((w) => pain.has(w.text)));

  /**
   * Whether words[from..to) tell the back pain, the nearest pain word not of another site nor a bare site beside an itch
   * ("Itchy back (eczema)", "Back itchy from eczema", "Itchy rash on back" tell none).
   */
  function backPainTold(from: number, to: number): boolean {
    const ws = words.slice(from, to);
    if (ws.some((w) => skin.has(w.text)) && !ws.some((w) => pain.has(w.text) && !bare.has(w.text))) return false;
    let p = to - 1;
    while (p >= from && !pain.has(words[p].text)) p--;
    if (p < from) return false;
    if (back.has(words[p].text)) return true;
    // "Abdominal pain", "R knee pain (Osgood)", "Sore throat", "Also headaches; the pain": a pain of another site.
    let other = false;
    for (let j = Math.max(from, p - 3); j < to; j++) {
      if (back.has(words[j].text)) return true;
      if (sites.has(words[j].text)) other = true;
    }
    return !other;
  }
}

/** The words right after a waking open a cause (`cause`) and its clause, before and after, holds no pain word. */
function otherCause(text: string, words: Word[], first: number, end: number, rule: ReadingVocabulary['nightWakingCause'], pain: ReadonlySet<string>): boolean {
  // "waking her from her sleep", "wakes him up at night": the waking's own words, read past (a few at most).
  const longest = (list: readonly string[], at: number) => {
    let to = -1;
    for (const p of phrasesOf(list)) to = Math.max(to, matchAt(words, at, p, 0));
    return to;
  };
  for (let n = 0; n < 4 && end < words.length && !crossesClause(text, words[end - 1].end, words[end].start); n++) {
    const rest = longest(rule.wakingRest, end);
    if (rest < 0) break;
    end = rest;
  }
  if (end >= words.length || crossesClause(text, words[end - 1].end, words[end].start)) return false;
  if (longest(rule.cause, end) < 0) return false;
  for (let j = end; j < words.length && j - end < WAKING_CLAUSE_WORDS; j++) {
    if (j > end && crossesClause(text, words[j - 1].end, words[j].start)) break;
    if (pain.has(words[j].text)) return false;
  }
  for (let j = first - 1; j >= 0 && first - j <= WAKING_CLAUSE_WORDS; j--) {
    if (crossesClause(text, words[j].end, words[j + 1].start)) break;
    if (pain.has(words[j].text)) return false;
  }
  return true;
}

/**
 * Removes, from hits[from..], a finding's hit that lies inside one of its `notFindings` phrases ("sports"
 * in "sports physical"). Each list is found once per field, and each hit is checked by a binary search
 * over the occurrences (sorted by start, with the running furthest end), so many hits stay linear-log.
 */
function dropInsideNotFindings(text: string, hits: FindingHit[], from: number, words: Word[], vocab: ReadingVocabulary): void {
  if (hits.length === from) return;
  let found: Map<string, { starts: number[]; maxEnd: number[] }> | undefined;
  let kept = from;
  for (let i = from; i < hits.length; i++) {
    const h = hits[i];
    const id = h.finding.id;
    if (Object.hasOwn(vocab.notFindings, id)) {
      found ??= new Map();
      let occ = found.get(id);
      if (!occ) {
        // "leg weak, reflexes normal" holds no "weak reflexes": the words a reflex's phrase with no gap sets next to each
        // other stand with no punctuation between.
        const spans = findMatches(words, phraseSetOf(vocab.notFindings[id]))
          .filter((m) => !punctuatedWithoutGap(text, words, m))
          // "Weak reflex? - recheck": a reflex asked about as weak is left as main read it (the weakness stands).
          .filter((m) => !(id === 'weakness' && /^\s*\?/.test(text.slice(m.span.end, m.span.end + 3))))
          .map((m) => m.span);
        const maxEnd: number[] = [];
        for (const s of spans) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
        found.set(id, (occ = { starts: spans.map((s) => s.start), maxEnd }));
      }
      // The last occurrence starting at or before the hit; any of those reaching its end holds it.
      let lo = 0;
      let hi = occ.starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (occ.starts[mid] <= h.span.start) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && occ.maxEnd[lo - 1] >= h.span.end) continue;
    }
    hits[kept++] = h;
  }
  hits.length = kept;
}

const REFLEX_WORD = /^(?:reflex|reflexes|jerk|jerks)$/;

/** Punctuation (a comma, stop, colon, semicolon, question mark or line break) between two words a phrase with no gap sets next to each other. */
function punctuatedWithoutGap(text: string, words: Word[], m: { phrase: Phrase; from: number; to: number }): boolean {
  // Only a reflex's phrase ("weak reflexes", "jerks weaker"): "weak, interrupted stream" stays a urinary stream.
  if (m.to - m.from !== literalWords(m.phrase) || !words.slice(m.from, m.to).some((w) => REFLEX_WORD.test(w.text))) return false;
  for (let j = m.from + 1; j < m.to; j++) if (/[,;:.?!\r\n]/.test(text.slice(words[j - 1].end, words[j].start))) return true;
  return false;
}

interface Candidate {
  finding: ClinicalFinding;
  phrase: Phrase;
  /** Its place in the word's list, so candidates from two buckets are tried in list order. */
  ord: number;
}

/**
 * The candidates of one first word. A common word ("pain", "back", "post") starts many phrases: for
 * those (`bySecond`), only the phrases that decide on their first word alone or let words stand next
 * (`any`: a one-word phrase, "large ... hemangioma") and those whose second word is the next word are
 * tried. A word that starts few phrases keeps them in one list (`any`), and no map: the index is built
 * for each key as notes use it, and a map for every word would weigh megabytes.
 */
interface Bucket {
  any: Candidate[];
  bySecond?: Map<string, Candidate[]>;
  /**
   * candidatesFor's merged lists, by next word: only a word that starts a second word's list (or is its plural) is
   * kept, so it is bounded by the vocabulary, and it lives as long as the bucket (built once per index and key).
   */
  merged?: Map<string, Candidate[]>;
}

/** A first word that starts at least this many phrases gets its candidates by second word. */
const MANY_CANDIDATES = 8;

/**
 * The phrase index cut down to the findings a key is read for, built once per index and set of categories: keys that read
 * the same categories (Presentation and Indication, Symptoms and ROS) share one index, which depends on nothing else.
 */
const indexByKey = perVocabulary((_all: PhraseIndex) => ({ byKey: new Map<KeyName, Map<string, Bucket>>(), byCategories: new Map<string, Map<string, Bucket>>() }));

/** The categories read under a key, in FIELDS_FOR's order, as one string. */
function categoriesReadIn(key: KeyName): string {
  return (Object.keys(FIELDS_FOR) as FindingCategoryT[]).filter((c) => FIELDS_FOR[c].includes(key)).join('|');
}

function phrasesReadIn(all: PhraseIndex, key: KeyName): Map<string, Bucket> {
  const { byKey, byCategories } = indexByKey(all);
  let index = byKey.get(key);
  if (!index) {
    const categories = categoriesReadIn(key);
    index = byCategories.get(categories);
    if (index) {
      byKey.set(key, index);
      return index;
    }
    const kept: PhraseIndex = new Map();
    for (const [stem, candidates] of all) {
      const read = candidates.filter((c) => FIELDS_FOR[c.finding.category].includes(key));
      if (read.length) kept.set(stem, read);
    }
    // A word finds the phrases that start with it, then (as matchAt reads a plural word) those that
    // start with it less a final "s", then less "es": listed under the word itself, in that order.
    index = new Map();
    const forms = new Set<string>();
    for (const stem of kept.keys()) {
      forms.add(stem);
      if (stem.length >= 2) forms.add(`${stem}s`).add(`${stem}es`);
    }
    // A plural form that only repeats its stem's phrases shares the stem's bucket.
    const bucketOf = new Map<object, Bucket>();
    for (const w of forms) {
      const own = kept.get(w);
      const lessS = w.length > 2 && w.endsWith('s') ? kept.get(w.slice(0, -1)) : undefined;
      const lessEs = w.length > 3 && w.endsWith('es') ? kept.get(w.slice(0, -2)) : undefined;
      const only = [own, lessS, lessEs].filter((l) => l !== undefined);
      if (!only.length) continue;
      const shared = only.length === 1 ? bucketOf.get(only[0]!) : undefined;
      if (shared) {
        index.set(w, shared);
        continue;
      }
      const list = [...(own ?? []), ...(lessS ?? []), ...(lessEs ?? [])];
      const candidates = list.map(({ finding, phrase }, ord) => ({ finding, phrase, ord }));
      let bucket: Bucket;
      if (candidates.length < MANY_CANDIDATES) bucket = { any: candidates, bySecond: undefined, merged: undefined };
      else {
        bucket = { any: [], bySecond: new Map(), merged: undefined };
        for (const c of candidates) {
          const second = c.phrase[1];
          if (typeof second !== 'string') bucket.any.push(c);
          else bucket.bySecond!.set(second, [...(bucket.bySecond!.get(second) ?? []), c]);
        }
        // A copy of its own length (it was grown by push): the index lives as long as the vocabulary.
        bucket.any = bucket.any.slice();
      }
      if (only.length === 1) bucketOf.set(only[0]!, bucket);
      index.set(w, bucket);
    }
    byKey.set(key, index);
    byCategories.set(categories, index);
  }
  return index;
}

/** An index's words as bits (wordBitsOf), built once per index: nearly every word of a field starts no finding's phrase. */
const indexBitsOf = perVocabulary((index: Map<string, Bucket>): Int32Array => wordBitsOf(index.keys(), 4096));

/**
 * The candidates of a bucket that may match before `next` (the word after the first), in list order:
 * the ones that decide on the first word, and those whose second word is `next` or, as matchAt reads
 * plurals, `next` less a final "s" or "es".
 */
function candidatesFor(bucket: Bucket, next: string | undefined): Candidate[] {
  if (next === undefined || !bucket.bySecond) return bucket.any;
  const a = bucket.bySecond.get(next);
  const b = next.length > 1 && next.endsWith('s') ? bucket.bySecond.get(next.slice(0, -1)) : undefined;
  const c = next.length > 2 && next.endsWith('es') ? bucket.bySecond.get(next.slice(0, -2)) : undefined;
  if (!a && !b && !c) return bucket.any;
  let out = bucket.merged?.get(next);
  if (!out) {
    out = [...bucket.any, ...(a ?? []), ...(b ?? []), ...(c ?? [])].sort((x, y) => x.ord - y.ord);
    // A copy of the word: the bucket outlives the note a slice would keep alive.
    (bucket.merged ??= new Map()).set(detach(next), out);
  }
  return out;
}

const PLAIN_CONTEXT: AssertionContext = Object.freeze({ negated: false, uncertain: false, hypothetical: false, historical: false, experiencer: 'patient' as const });

/** The assertion context a hit keeps of a reading (the reading's cues and scopes let go). */
export function pick(c: AssertionContext): AssertionContext {
  if (c === PLAIN_READING) return PLAIN_CONTEXT;
  return { negated: c.negated, uncertain: c.uncertain, hypothetical: c.hypothetical, historical: c.historical, experiencer: c.experiencer };
}

/** Normal-state words, normalized once per lexicon. */
const normalSet = perVocabulary((lex: ContextLexicon) => new Set(lex.normalStates.words.map(normalize)));

/** Lower case, runs of anything but letters and digits folded to one space. */
function normalize(v: string): string {
  const lower = v.toLowerCase();
  // Plain ASCII (nearly every value) skips the Unicode-aware pattern.
  return (/^[\x20-\x7e]*$/.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** The value is one normal-state word or phrase ("none", "neg", "WNL", "grossly intact"). */
export function isNormalValue(value: string, lex: ContextLexicon = contextLexicon()): boolean {
  if (value.length > 40) return false;
  // Most values ("hair tuft", "MRI L-spine") start with a word no normal-state phrase starts with.
  const head = leadingWord(value);
  if (head && !normalHeads(lex).has(head)) return false;
  const known = normalValues.get(value);
  if (known !== undefined && lex === contextLexicon()) return known;
  const result = isNormalValueUncached(value, lex);
  if (lex === contextLexicon() && normalValues.size < 4_096) normalValues.set(value, result);
  return result;
}

/** The value's first run of ASCII letters, lower-cased, when the value starts with one (after white space). */
function leadingWord(value: string): string | undefined {
  let a = 0;
  while (a < value.length && /\s/.test(value[a])) a++;
  let b = a;
  for (let c = value.charCodeAt(b); (c >= 97 && c <= 122) || (c >= 65 && c <= 90); c = value.charCodeAt(++b));
  return b > a ? value.slice(a, b).toLowerCase() : undefined;
}

const normalHeads = perVocabulary((lex: ContextLexicon) => new Set([...normalSet(lex)].map((n) => n.split(' ')[0]).concat(['no', 'nil', 'denies', 'denied', 'absent', 'not'])));

/** Short values repeat ("none", "intact", "neg"): their verdict is remembered. */
const normalValues = new Map<string, boolean>();

function isNormalValueUncached(value: string, lex: ContextLexicon): boolean {
  const norm = normalize(value);
  return norm === '' ? /^\s*-\s*$/.test(value) : normalSet(lex).has(norm) || /^(?:no|nil|denies|denied|absent|not present)$/.test(norm);
}

/** A list item that is itself a normal-state word or phrase ("afebrile", "nontender", "NAD"). */
export function isNormalItem(item: string, lex: ContextLexicon = contextLexicon()): boolean {
  return isNormalValue(item, lex);
}

/** "Back: PIT noted", "Sacrum: PIT": an unknown key naming a spinal place describes the skin examined there. */
// Built once per vocabulary: this is asked for every one-word finding read outside an exam key.
const spinalWords = perVocabulary((vocab: ReadingVocabulary) => new Set(vocab.markerPlace.spinal.map((w) => w.toLowerCase())));
function spinalRawKey(rawKey: string | undefined, vocab: ReadingVocabulary): boolean {
  if (!rawKey) return false;
  const spinal = spinalWords(vocab);
  return rawKey
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => spinal.has(w));
}

/** Keys that describe the skin as examined ("Skin: PIT noted"): a capitalised word there is still the finding. */
const EXAM_KEYS = new Set<KeyName>(['Findings', 'Dimple']);
const capitalWords = perVocabulary((vocab: ReadingVocabulary) => {
  const terms = new Map<string, Set<string>>();
  for (const t of vocab.capitalAbbreviations.terms) {
    const key = t.text.toLowerCase();
    if (!terms.has(key)) terms.set(key, new Set());
    terms.get(key)!.add(t.notFinding);
  }
  const spinal = new Set(vocab.markerPlace.spinal.map((w) => w.toLowerCase()));
  return { terms, places: new Set(vocab.capitalAbbreviations.placeWords), spinal };
});

/**
 * Whether words[i] is one of `capitalAbbreviations` written in capitals ("PIT" for provider in triage)
 * rather than the finding `findingId` its lower-case word names: not when its line is written in
 * capitals (a requisition's "SACRAL PIT"), nor when a spinal marker place stands in the two words before
 * it ("sacral PIT") or a word of place right after it leads to one within three words ("PIT above the
 * cleft"), within its clause; nor under a key that describes the skin examined (EXAM_KEYS). A bounded look around the word; the line is read only for such a word.
 */
function isCapitalAbbreviation(text: string, words: Word[], i: number, findingId: string, vocab: ReadingVocabulary): boolean {
  const c = capitalWords(vocab);
  const w = words[i];
  if (!c.terms.get(w.text)?.has(findingId)) return false;
  const written = text.slice(w.start, w.end);
  if (written !== written.toUpperCase()) return false;
  // The line around it: a line with (almost) no lower-case letters is written in capitals.
  let lower = 0;
  let upper = 0;
  for (let j = w.start - 1; j >= 0 && text.charCodeAt(j) !== 10 && w.start - j < 400; j--) {
    const ch = text[j];
    if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch >= 'A' && ch <= 'Z') upper++;
  }
  for (let j = w.end; j < text.length && text.charCodeAt(j) !== 10 && j - w.end < 400; j++) {
    const ch = text[j];
    if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch >= 'A' && ch <= 'Z') upper++;
  }
  if (lower * 10 <= upper) return false;
  // "Back: PIT noted", "Sacrum: PIT, base seen": the first word of a value is what the key describes.
  let b = w.start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  if (text[b - 1] === ':') return false;
  const sameClause = (a: Word, b: Word) => !/[,;:.\n\r\u2013\u2014]|\s-\s/.test(text.slice(a.end, b.start));
  for (let j = i - 1; j >= Math.max(0, i - 2) && sameClause(words[j], words[j + 1]); j--) if (c.spinal.has(words[j].text)) return false;
  if (i + 1 < words.length && c.places.has(words[i + 1].text) && sameClause(w, words[i + 1])) {
    for (let j = i + 2; j < Math.min(words.length, i + 7) && sameClause(words[j - 1], words[j]); j++) if (c.spinal.has(words[j].text)) return false;
  }
  return true;
}

/**
 * "ALL on maintenance chemo" is leukemia; "MOVES ALL EXT" is an exam: capitals, and a cancer word beside it.
 * "No fever. No LOW.", "no fevers/NS/wt loss": loss of weight and night sweats beside the screen they stand in.
 */
function readCasedTerms(text: string, words: Word[], f: Field, k: Knowledge, vocab: ReadingVocabulary, add: (finding: ClinicalFinding, span: Span, f: Field) => void): void {
  const cased = casedWords(vocab.casedTerms);
  // Nearly every value holds none of the terms: one set lookup a word instead of a pass a term.
  let holds = false;
  for (let i = 0; i < words.length && !holds; i++) holds = cased.set.has(words[i].text);
  if (!holds) return;
  for (let t = 0; t < vocab.casedTerms.length; t++) {
    const term = vocab.casedTerms[t];
    const wanted = cased.lower[t];
    const finding = k.finding(term.finding);
    if (!finding || !FIELDS_FOR[finding.category].includes(f.key!.name)) continue;
    work.steps += words.length;
    for (let i = 0; i < words.length; i++) {
      if (words[i].text !== wanted || (!term.anyCase && text.slice(words[i].start, words[i].end) !== term.text)) continue;
      // The window stops at the end of the term's sentence: "Afebrile. NP to review" is no screen of night pain.
      let lo = i;
      while (lo > 0 && i - lo < term.window && !crossesSentence(text, words[lo - 1].end, words[lo].start)) lo--;
      let hi = i + 1;
      while (hi < words.length && hi - i <= term.window && !crossesSentence(text, words[hi - 1].end, words[hi].start)) hi++;
      const near = (list: string[], from: number, to: number) => {
        for (const p of phrasesOf(list)) for (let j = Math.max(lo, from); j < Math.min(hi, to); j++) if (matchAt(words, j, p, 0) > 0) return true;
        return false;
      };
      if (term.not && refusedBy(text, words, i, Math.max(lo, i - term.window), Math.min(hi, i + 1 + term.window), term.not)) continue;
      // "TAKE ALL MEDS ON MAINT SCHEDULE": in a sentence all in capitals only the strongest company tells the term.
      if (term.inCapitals && inCapitalSentence(text, words, i) && !near(term.inCapitals, i - term.window, i + 1 + term.window)) continue;
      // The term itself may be one of its company's words ("NP" in a screen of "NP", "NS"): only its neighbours count.
      if (term.near && !near(term.near, i - term.window, i) && !near(term.near, i + 1, i + 1 + term.window)) continue;
      if (near(term.before, i - term.window, i) || near(term.after, i + 1, i + 1 + term.window) || (term.beside && besideTells(text, words, i, f, term.beside)))
        add(finding, { start: words[i].start, end: words[i].end }, f);
    }
  }
}

/**
 * One of a cased term's `not` phrases in its window. A phrase holding the term itself ("np states", "np agrees": round
 * 58, fix58r, narrowed after review rfix58r) counts only written as one run of words, a space between each: "NP
 * states" is the nurse practitioner, but "+NP, says mom", "NP +, says …", "no NP, reports …" are night pain's screen.
 */
function refusedBy(text: string, words: Word[], i: number, lo: number, hi: number, list: string[]): boolean {
  for (const p of phrasesOf(list))
    for (let j = lo; j < hi; j++) {
      const to = matchAt(words, j, p, 0);
      if (to <= 0) continue;
      if (j <= i && i < to) {
        let joined = true;
        for (let w = j + 1; w < to && joined; w++) joined = /^[ \t]+$/.test(text.slice(words[w - 1].end, words[w].start));
        if (!joined) continue;
      }
      return true;
    }
  return false;
}

/**
 * A cased term's company right beside it (reading-vocabulary.json casedTerms `beside`, round 51, narrowed after review
 * r51): one of `before` right before it ("had ALL", "h/o ALL", "hx ALL") or the term first on a value of one of
 * `historyKeys` ("PMH: ALL aged 4"), and right after it an age in digits behind one of `afterAge` ("ALL aged 4", "ALL at
 * age 3"), one of `after` behind a space ("ALL in remission") or one of `afterMark` behind a comma ("ALL, resolved").
 * Never with a list or a plural before it in its clause: "croup - had ALL as a toddler", "3 older brothers, ALL aged under
 * 12", "Symptoms ALL now resolved", "Imaging in the past ALL normal" are the English word, as on main.
 */
function besideTells(text: string, words: Word[], i: number, f: Field, beside: NonNullable<ReadingVocabulary['casedTerms'][number]['beside']>): boolean {
  const w = words[i];
  let from = -1;
  if (
    i === 0 &&
    beside.historyKeys.includes(
      f.rawKey
        .toLowerCase()
        .replace(/[^a-z]+/g, ' ')
        .trim(),
    )
  )
    from = i;
  if (from < 0 && i > 0 && /^[ \t]+$/.test(text.slice(words[i - 1].end, w.start))) {
    for (const p of phrasesOf(beside.before)) {
      const at = i - p.length;
      if (at >= 0 && matchAt(words, at, p, 0) === i) from = at;
    }
  }
  if (from < 0) return false;
  // Nothing before it in its clause but plain words, none a plural: "croup - had ALL …", "brothers, ALL …" stay.
  const clauseStart = Math.max(text.lastIndexOf('\n', words[from].start - 1), f.valueSpan.start - 1);
  const before = text.slice(clauseStart + 1, words[from].start).replace(/^[^]*[.!?][ \t]+/, '');
  if (/[,;:\-\u2013\u2014(/&+]|\.\s/.test(before)) return false;
  if (/\b(?:and|or)\b|\b\w{3,}s\b/i.test(before.replace(/\b(?:has|was|his|hers|is|this|yes)\b/gi, ''))) return false;
  if (i + 1 >= words.length) return false;
  const gap = text.slice(w.end, words[i + 1].start);
  for (const p of phrasesOf(beside.afterAge)) {
    const to = matchAt(words, i + 1, p, 0);
    if (to > 0 && /^[ \t]+$/.test(gap) && to < words.length && /^\d/.test(words[to].text)) return true;
  }
  for (const p of phrasesOf(beside.after)) if (/^[ \t]+$/.test(gap) && matchAt(words, i + 1, p, 0) > 0) return true;
  for (const p of phrasesOf(beside.afterMark)) if (/^[ \t]*,[ \t]*$/.test(gap) && matchAt(words, i + 1, p, 0) > 0) return true;
  return false;
}

/**
 * The sentence of words[i] is written all in capitals: beside the word itself, no lower-case letter and at least
 * CAPITAL_SENTENCE capitals ("TAKE ALL MEDS ON MAINT SCHEDULE"), never a sentence of the term and a word or two.
 */
function inCapitalSentence(text: string, words: Word[], i: number): boolean {
  let lo = i;
  while (lo > 0 && !crossesSentence(text, words[lo - 1].end, words[lo].start)) lo--;
  let hi = i;
  while (hi + 1 < words.length && !crossesSentence(text, words[hi].end, words[hi + 1].start)) hi++;
  let upper = 0;
  for (let j = words[lo].start; j < words[hi].end; j++) {
    if (j >= words[i].start && j < words[i].end) continue;
    const ch = text.charCodeAt(j);
    if (ch >= 97 && ch <= 122) return false;
    if (ch >= 65 && ch <= 90) upper++;
  }
  work.steps += words[hi].end - words[lo].start;
  return upper >= CAPITAL_SENTENCE;
}
/** Capitals beside the term that make its sentence one written in capitals. */
const CAPITAL_SENTENCE = 8;

/** The cased terms' words as the word reader gives them (lower case), in the list's order, and as a set. */
const casedWords = perVocabulary((terms: ReadingVocabulary['casedTerms']) => {
  const lower = terms.map((t) => t.text.toLowerCase());
  return { lower, set: new Set(lower) };
});

/** Every sign word of spinalTenderness starts with one of these, and every sign phrase holds "palpat" (checked by a test). */
export const MAY_BE_TENDER = /tend|ttp|palpat/i;
const tendernessWords = perVocabulary((rule: ReadingVocabulary['spinalTenderness']) => ({ signs: new Set(rule.signs), places: new Set(rule.places) }));

/**
 * "point tenderness over the L1 spinous process", "midline lumbar tenderness", "L1 TTP": tenderness
 * over the thoracolumbar spine is back pain found on examination (reading-vocabulary.json
 * spinalTenderness). A sign word with a place word within a few words of it, in one clause, and the
 * sign itself not denied ("L1 not tender"). One pass over the words, a bounded look around each sign.
 */
function readSpinalTenderness(
  text: string,
  words: Word[],
  f: Field,
  k: Knowledge,
  vocab: ReadingVocabulary,
  lex: ContextLexicon,
  add: (finding: ClinicalFinding, span: Span, f: Field) => void,
): void {
  const rule = vocab.spinalTenderness;
  // Most values hold no tenderness at all: one pattern test instead of a look at every word.
  if (!MAY_BE_TENDER.test(f.value)) return;
  const finding = k.finding(rule.finding);
  if (!finding || !FIELDS_FOR[finding.category].includes(f.key!.name)) return;
  const sets = tendernessWords(rule);
  work.steps += words.length;
  // Each sign as the words it spans (a word, or a phrase: "cries w/ palpation"), and the words that name a place.
  const signs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) if (sets.signs.has(words[i].text)) signs.push([i, i]);
  for (const s of findAny(words, phraseSetOf(rule.signPhrases))) signs.push([lowerBound(words, (w) => w.start, s.start), wordEndingAt(words, s.end)]);
  const placed = new Set<number>();
  const notPlaces = findAny(words, phraseSetOf(rule.notPlacePhrases));
  const inNotPlace = (s: Span) => notPlaces.some((n) => n.start < s.end && s.start < n.end);
  for (const s of findAny(words, phraseSetOf(rule.placePhrases))) {
    if (inNotPlace(s)) continue;
    for (let j = lowerBound(words, (w) => w.start, s.start); j <= wordEndingAt(words, s.end); j++) placed.add(j);
  }
  // A one-word place inside anatomy that only looks like one ("thoracic ribs", "lower thoracic wall") is none either.
  const isPlace = (j: number) => (sets.places.has(words[j].text) && !inNotPlace(words[j])) || placed.has(j);
  const pastExam = phraseSetOf(rule.pastExam);
  for (const [first, last] of signs) {
    const from = Math.max(0, first - rule.window);
    const to = Math.min(words.length - 1, last + rule.window);
    for (let j = from; j <= to; j++) {
      if ((j >= first && j <= last) || !isPlace(j)) continue;
      const a = Math.min(first, j);
      const b = Math.max(last, j);
      if (crossesClause(text, words[a].end, words[b].start)) continue;
      const sign = readContext(text, words[first].start, words[last].end, lex);
      // Only the child's tenderness: "mother reports pain on palpation of her own L-spine" is hers.
      if (sign.negated || sign.hypothetical || sign.experiencer !== 'patient') break;
      if (findAny(words.slice(a, b + 1), phraseSetOf(rule.ownBody)).length) break;
      // "pain on palpation of L-spine last visit, none today": an earlier examination's, told in its clause after the place.
      let e = b;
      while (e + 1 < words.length && e - b < 6 && !crossesClause(text, words[e].end, words[e + 1].start)) e++;
      if (sign.historical || findAny(words.slice(b + 1, e + 1), pastExam).length) break;
      add(finding, { start: words[a].start, end: words[b].end }, f);
      break;
    }
  }
}

/**
 * "Lasègue +", "SLR (+) L", "+SLR R", "Lasegue +ve" (reading-vocabulary.json positiveSigns): a sign's name with a plus
 * written right after it (after an optional "sign" or "test") or right before it, read as the sign's finding where its
 * category is read. A plus is no word, so the phrase index cannot hold it. Not "+/-", nor a plus before a denied name.
 */
function readPositiveSigns(
  text: string,
  words: Word[],
  f: Field,
  key: KeyName,
  k: Knowledge,
  vocab: ReadingVocabulary,
  add: (finding: ClinicalFinding, span: Span, f: Field) => void,
): void {
  const ps = vocab.positiveSigns;
  if (!f.value.includes('+')) return;
  const marks = [...ps.marks].sort((a, b) => b.length - a.length);
  const markAt = (s: string) => marks.find((m) => s.startsWith(m) && !/^[/-]/.test(s.slice(m.length)));
  for (const sign of ps.signs) {
    const finding = k.finding(sign.finding);
    if (!finding || !FIELDS_FOR[finding.category].includes(key)) continue;
    for (const m of findMatches(words, phraseSetOf(sign.names))) {
      const after = text.slice(m.span.end, Math.min(f.valueSpan.end, m.span.end + 24)).replace(/^\s*(?:'s\s*)?(?:sign\s*|test\s*)?(?::\s*)?/i, '');
      const beforeText = text.slice(Math.max(f.valueSpan.start, m.span.start - 4), m.span.start).trimEnd();
      const before = marks.find((mk) => beforeText.endsWith(mk) && !/[/-]$/.test(beforeText.slice(0, -mk.length)));
      if (!markAt(after) && !(before && !/^\s*(?:-|neg|negative|absent)\b/i.test(after))) continue;
      add(finding, m.span, f);
    }
  }
}

/** lexicon normalStates.absentFinding by the first word of its phrase. */
const absentByFirst = perVocabulary((lex: ContextLexicon) => {
  const byFirst = new Map<string, { phrase: Phrase; id: string }[]>();
  for (const [p, id] of Object.entries(lex.normalStates.absentFinding)) {
    const phrase = phraseOf(p);
    byFirst.set(phrase[0] as string, [...(byFirst.get(phrase[0] as string) ?? []), { phrase, id }]);
  }
  return byFirst;
});

/** "afebrile", "weight stable": words for the normal state that name the finding they rule out. One map lookup per word. */
function readAbsentStates(
  text: string,
  words: Word[],
  f: Field,
  k: Knowledge,
  lex: ContextLexicon,
  add: (finding: ClinicalFinding, span: Span, f: Field, forced?: Partial<AssertionContext>) => void,
): void {
  const byFirst = absentByFirst(lex);
  work.steps += words.length;
  for (let i = 0; i < words.length; i++) {
    const states = byFirst.get(words[i].text);
    if (!states) continue;
    for (const { phrase, id } of states) {
      // "no" starts many sentences and one state ("no radiation"): the words first, then the finding.
      const to = matchAt(words, i, phrase, 0);
      if (to < 0) continue;
      // "both at the top of the gluteal cleft. Normal tone": a state is told within one clause.
      if (to - i > 1 && crossesClause(text, words[i].end, words[to - 1].start)) continue;
      if (id === 'deviated-cleft' && !cleftToldStraight(text, words, i, to)) continue;
      const finding = k.finding(id);
      if (finding && FIELDS_FOR[finding.category].includes(f.key!.name)) add(finding, { start: words[i].start, end: words[to - 1].end }, f, { negated: true });
    }
  }
}

/**
 * "gluteal cleft normal", "cleft symmetric" rules a deviated cleft out only when nothing on its line takes it back: never the
 * thigh creases ("gluteal creases symmetric", a hip exam), never beside a deviation or a question ("Natal cleft normal? Looks
 * deviated", "normal at birth, now deviated to the L", "Y-shaped", "bifid", "pushed to L"), nor told of one posture ("symmetric when lying, deviated when held").
 */
function cleftToldStraight(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (/^(?:creases|folds)$/.test(words[j].text)) return false;
  const start = words[from].start;
  const end = words[to - 1].end;
  const lineFrom = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const rest = /[\r\n]/.exec(text.slice(end));
  const lineTo = rest ? end + rest.index : text.length;
  const outside = text.slice(lineFrom, start) + ' ' + text.slice(end, lineTo);
  return !CLEFT_TAKEN_BACK.test(outside) && !text.slice(end, lineTo).includes('?');
}
// "Y-shaped/bifid at top", "cleft pushed to L", "split", "displaced" (review r37-2 H4): a cleft told otherwise on its line.
const CLEFT_TAKEN_BACK =
  /\b(?:deviat\w*|asymmetr\w*|y[- ]?shaped|bifid|split|pushed|displac\w*|off[- ]midline|when|while|lying|held|prone|supine|standing|sitting|at\s+birth|previously|before|now|but|except|however)\b/i;

/** The longest of overlapping hits of one category wins ("large hemangioma" over "hemangioma"). */
export function dedupe(hits: FindingHit[]): FindingHit[] {
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const keptEnd = new Map<string, number>();
  return hits.filter((h) => {
    const end = keptEnd.get(h.finding.category) ?? -1;
    if (h.span.end <= end) return false;
    keptEnd.set(h.finding.category, h.span.end);
    return true;
  });
}
