import type { Knowledge } from '../knowledge/knowledge';
import type { ModalityT } from '../knowledge/schema';
import { readContext } from './context';
import type { Span } from '../notes/text';
import { type Word, toWords } from '../notes/words';
import { alternation, perVocabulary, phrasePattern, wordSetOf } from './patterns';
import { type ReadingVocabulary, bestRank, findAny, phraseSetOf, rankedPhrasesOf, readingVocabulary } from './vocabulary';
import { work } from '../notes/work';
import { NEVER_REDONE_WORDS } from './study-reported';
import { wholeWordsPattern, wordsSource } from './word-lists';

export type PriorResult = 'normal' | 'abnormal' | 'indeterminate' | 'unknown';

export interface PriorStudy {
  modality?: ModalityT;
  /** Relative to the note. */
  span: Span;
  text: string;
  result: PriorResult;
  /** Plain words for why the result was read this way ("conus at L3 is low-lying"). */
  reasons: string[];
  /** Read normal only because its report denies abnormalities ("no pars defect, no spondylolisthesis"). */
  byDenial?: true;
  /** Read indeterminate because its report raises an abnormality as a possibility ("?L5 pars lucency", "possible pars defect"). */
  raised?: true;
}

/** Vertebral levels as numbers so that discs sit halfway: L1 = 1, L1-L2 = 1.5, T12 = 0, S1 = 6. */
function level(tag: string): number | undefined {
  const m = /^([TLS])(\d{1,2})$/i.exec(tag);
  if (!m) return undefined;
  const n = Number(m[2]);
  switch (m[1].toUpperCase()) {
    case 'T':
      return n >= 1 && n <= 12 ? n - 12 : undefined;
    case 'L':
      return n >= 1 && n <= 5 ? n : undefined;
    default:
      return n >= 1 && n <= 5 ? n + 5 : undefined;
  }
}

/** The L2–L3 disc: a conus ending below it is low-lying, at it is borderline. */
const L2_L3_DISC = 2.5;

// "conus at L3", and the cord's end told in words ("the cord ending low, at L3", "cord terminates at L2-L3",
// "cord terminated at L3", "cord termination at L3").
const CONUS = /(?:conus(?:\s+medullaris)?|\bcord\s+(?:end(?:s|ed|ing)?|terminat(?:es|ed|ing|ion)|tip))[^;\n\d]{0,40}?\b([TLS]\d{1,2})(?:\s*(?:[-–/]|to)\s*([TLS]?\d{1,2}))?/i;
// A decimal comma as Europeans write it: "filum thickened 2,4 mm".
/** The measure's own name for what it measures, ending the words before the figure ("filum borderline thick 2 mm"). */
const THICKNESS_NAMED = /\s+(?:thick|thickened|thickness)$/i;
const FILUM = /filum(?:\s+terminale)?[^;\n\d]{0,30}?(\d{1,2}(?:[.,]\d{1,2})?)\s*mm/i;
/** A bound written before the filum's measure that puts it below that figure ("<2 mm", "less than 2 mm", "under 2mm"). */
const UNDER = /(?<!\bnot\s+)(?:<|\bless than|\bunder|\bbelow|\bsmaller than)\s*$/i;

/** Vertebral levels as written ("T12", "Th12", "L1"), each one word. */
const LEVELS = [
  ...Array.from({ length: 7 }, (_, i) => `c${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `t${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `th${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `l${i + 1}`),
  's1',
];
/**
 * A list's phrases with each run of "{level}" phrases told at every vertebral level, level by level ("wedge shaped
 * {level}", "{level} is wedge shaped" → "wedge shaped c1", "c1 is wedge shaped", "wedge shaped c2", …).
 */
function atEveryLevel(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length;) {
    if (!list[i].includes('{level}')) {
      out.push(list[i++]);
      continue;
    }
    const run: string[] = [];
    while (i < list.length && list[i].includes('{level}')) run.push(list[i++]);
    for (const l of LEVELS) for (const p of run) out.push(p.replace('{level}', l));
  }
  return out;
}

/**
 * "no abnormalities detected on limited views", "no abnormality on the suboptimal study": the quality of the study told
 * after a denial of abnormality, which the denial's scope would hide; the study could not tell.
 */
const LIMITED_STUDY =
  /\b(?:on|in|with)\s+(?:(?:the|a|these|this|only|two|2)\s+)?(limited|suboptimal|incomplete|partial|nondiagnostic|non-diagnostic|motion[- ]degraded|prelim(?:inary)?)\b/i;

/**
 * "normal root motion", "cord motion normal", "normal motion of the nerve roots": the motion a spinal ultrasound watches the
 * cord and its roots for is a finding (reduced, it is abnormal: priorStudyFindings), not the movement that limits a study.
 */
function cordsMotion(text: string, span: Span): boolean {
  if (!/^motion$/i.test(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 40);
  // "motion artefact", "motion-degraded": the movement that limits the study, whatever is said before it.
  const mp = motionPatterns(readingVocabulary().priorStudyFindings.motion);
  if (mp.limitsAfter.test(after)) return false;
  // "normal motion of the legs only": the child's movement, no cord motion (the word read as main reads it).
  if (mp.ofOther.test(text.slice(span.start, span.end + 40))) return false;
  if (!CORD_BEFORE_MOTION.test(before) && !CORD_AFTER_MOTION.test(after) && !mp.calledNormal.test(before) && !mp.normalAfter.test(after)) return false;
  // "loss of normal nerve root motion", "normal root motion not demonstrated": motion lost or not seen leaves the study in doubt at least.
  const from = Math.max(text.lastIndexOf(',', span.start), text.lastIndexOf(';', span.start), text.lastIndexOf('.', span.start)) + 1;
  const ends = [',', ';', '.'].map((c) => text.indexOf(c, span.end)).filter((i) => i >= 0);
  return !MOTION_LOST.test(text.slice(from, ends.length ? Math.min(...ends) : text.length));
}
/**
 * "cord motion not seen", "no motion seen", "motion absent", "no normal motion", "absent normal motion", "normal motion not
 * demonstrated": motion denied or not seen, in one clause; not "no motion artefact" (a study undisturbed), nor the legs'
 * motion ("normal motion of the legs"). Whether the cord or its roots are named in the clause, with the words found.
 */
function motionNotSeen(text: string): { cord: boolean; words: string } | undefined {
  const mp = motionPatterns(readingVocabulary().priorStudyFindings.motion);
  for (const clause of text.split(/[,;.()\n]/)) {
    if (!/\bmotion\b/i.test(clause) || mp.limitsAnywhere.test(clause) || mp.ofOther.test(clause)) continue;
    const m = mp.deniedBefore.exec(clause) ?? mp.deniedAfter.exec(clause);
    // "no loss of cord motion", "without loss of normal motion", "no lack of motion", "no absence of motion": a denial denied is
    // motion kept, a normal report (as the denial's scope reads it), never motion not seen.
    if (m && DENIAL_DENIED.test(clause.slice(0, m.index))) continue;
    if (m) return { cord: mp.cordNamed.test(clause), words: m[0].trim().toLowerCase().replace(/\s+/g, ' ') };
  }
  return undefined;
}
/** A denial right before another ("no loss of", "without absence of", "not lacking"): the second denied. */
const DENIAL_DENIED = /\b(?:no|not|without|nor|never)\s+$/i;
const MOTION_LOST = /\b(?:loss|lost|losing|reduced|decreased|diminished|absent|sluggish|poor|lack\w*|no|not|without|impaired|restricted|limited|abnormal)\b/i;
// "cord motion", "cord and nerve roots show normal motion", "roots with good motion".
const CORD_BEFORE_MOTION =
  /\b(?:cord|conus|roots?|filum|pulsatile|oscillatory)(?:\s+(?:and|nerve|roots?|show|shows|showed|demonstrate[sd]?|ha(?:ve|s|d)|with|normal|good|preserved|free|appropriate|physiologic(?:al)?))*\s+$/i;
const CORD_AFTER_MOTION = /^\s+of\s+(?:the\s+)?(?:spinal\s+)?(?:cord|conus|filum|(?:nerve\s+|cauda\s+equina\s+)?roots?)\b/i;

/**
 * The words about "motion" of priorStudyFindings.motion as patterns, built once per list. "conus L1-2, normal filum, normal
 * motion", "good motion", "motion normal": in a spinal study's report a motion called normal is the cord's and its roots'
 * (listed after the conus and filum with no cord word beside it); the movement that limits a study is never normal
 * ("limited by motion", "motion artefact", "motion-related artefact", "motion induced blur" stay indeterminate).
 */
const motionPatterns = perVocabulary((m: ReadingVocabulary['priorStudyFindings']['motion']) => {
  const any = (l: readonly string[]) => alternation(l, { one: phrasePattern });
  const limits = String.raw`(?:(?:${any(m.limitLinks)})[\s-]*)?(?:${any(m.limits)})`;
  return {
    limitsAfter: new RegExp(String.raw`^[\s-]*${limits}`, 'i'),
    limitsAnywhere: new RegExp(String.raw`\bmotion[\s-]*${limits}`, 'i'),
    ofOther: new RegExp(String.raw`\bmotion\s+of\s+(?:the\s+|both\s+|all\s+)?(?:${any(m.otherParts)})\b`, 'i'),
    calledNormal: new RegExp(String.raw`\b(?:${any(m.calledNormal)})\s+$`, 'i'),
    normalAfter: new RegExp(String.raw`^\s+(?:is\s+|was\s+)?(?:${any(m.normalAfter)})\b`, 'i'),
    deniedBefore: new RegExp(String.raw`\b(?:${any(m.denials)})\s+(?:(?:${any(m.deniedBetween)})\s+)*motion\b`, 'i'),
    deniedAfter: new RegExp(String.raw`\bmotion\s+(?:(?:is|was|were|of\s+the\s+(?:${any(m.cordParts)}))\s+)?(?:not\s+(?:${any(m.notSeen)})|${any(m.absent)})\b`, 'i'),
    cordNamed: wholeWordsPattern(m.cordNamed, { spaces: String.raw`\s+` }),
  };
});

/** Each spelling its own rank: the earliest-listed spelling found wins, as its word goes into the reason. */
const byOwnRank = (list: string[]) => list.map((s) => [s]);
const ranked = (spellings: string[]) => ({ spellings, ranks: byOwnRank(spellings) });
/**
 * The result words of a prior study (reading-vocabulary.json priorStudyFindings), each its own rank; built once per
 * vocabulary. Abnormal: the cord's findings first, then the bones' and the curve's. Indeterminate: words that leave the
 * study unable to tell, and those of a study not done or completed ("technically inadequate", "could not be completed
 * (infant too unsettled)"), which are common words of other things ("feeding inadequate", "hip US not completed",
 * "referral abandoned") and so count only in the ultrasound's own sentence and clause (ofTheUltrasound). Normal: the
 * words that close a normal report.
 */
const resultWords = perVocabulary((f: ReadingVocabulary['priorStudyFindings']) => ({
  abnormal: ranked([...f.abnormal, ...atEveryLevel(f.boneAbnormal)]),
  indeterminate: ranked([...f.indeterminate]),
  indeterminateOwn: ranked([...f.indeterminateOwn]),
  normal: ranked([...f.normal]),
}));
const resultWordsOf = () => resultWords(readingVocabulary().priorStudyFindings);
/**
 * priorStudyFindings.borderlineBefore right before a finding, joined by a hyphen ("borderline-low-lying") or spaces and quote
 * marks; never across a spaced dash, where the word is the report's verdict and a finding of its own follows ("Spinal US:
 * borderline - fatty filum" stays abnormal). Built once per vocabulary.
 */
const borderlineBefore = perVocabulary(
  (f: ReadingVocabulary['priorStudyFindings']) => new RegExp(String.raw`\b(?:${alternation(f.borderlineBefore, { one: phrasePattern })})(?:-|[\s"'\u201c]*)$`, 'i'),
);
const borderlineBeforeOf = () => borderlineBefore(readingVocabulary().priorStudyFindings);
const abnormalOf = () => resultWordsOf().abnormal;
/**
 * An ultrasound's name (reading-vocabulary ultrasoundNamed), and another region's right before it, at most a word between
 * ("hip US", "renal ultrasound", "head scan"; otherUltrasoundRegions): an ultrasound of another region. After it in its
 * sentence, a word opening another clause or naming another subject (ultrasoundOtherSubjects): "normal, though feeding was
 * inadequate", "MRI attempted but abandoned".
 */
export const ultrasoundPatterns = perVocabulary((v: ReadingVocabulary) => ({
  named: wholeWordsPattern(v.ultrasoundNamed.words, { flags: 'gi' }),
  otherRegionBefore: new RegExp(String.raw`\b(?:${wordsSource(v.otherUltrasoundRegions.words)})\s+(?:[a-z]+\s+)?$`, 'i'),
  otherClause: new RegExp(String.raw`\b(?:though|although|but|however|whereas|while|then|${wordsSource(v.ultrasoundOtherSubjects.words)})\b`, 'i'),
}));

/**
 * Whether the word at `at` is told of the spinal ultrasound: in its sentence (no stop, semicolon or line break between), an
 * ultrasound named before it and not of another region, no other subject or clause word between the two.
 */
function ofTheUltrasound(text: string, at: number, subjects: ReadonlySet<string>): boolean {
  const before = text.slice(0, at);
  const sentence = before.split(/[.;\n\r](?=\s|$)|[;\n\r]/).pop() ?? '';
  let last: RegExpExecArray | undefined;
  const us = ultrasoundPatterns(readingVocabulary());
  for (const m of sentence.matchAll(us.named)) last = m as RegExpExecArray;
  if (!last) return false;
  if (us.otherRegionBefore.test(sentence.slice(0, last.index))) return false;
  const between = sentence.slice((last.index ?? 0) + last[0].length);
  if (us.otherClause.test(between)) return false;
  return !between
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => subjects.has(w));
}

/** A study told as never done again or never acted on: "never repeated", "was never rechecked", "never followed up". */
export const NEVER_REDONE = new RegExp(String.raw`\bnever${NEVER_REDONE_WORDS}`, 'i');
const NEVER_REDONE_ALL = new RegExp(NEVER_REDONE.source, 'gi');
/**
 * A later study of the same told done after an earlier one: past tense ("then repeated and normal", "rescanned at 3 mo")
 * or a repeat told at an age or date ("repeat at 8 wk complete and normal", "repeat on 12/3: conus L1"). A repeat to come
 * ("repeat in 4 wk", "repeat advised") is none.
 */
const REPEATED =
  /\b(?<!\b(?:never|not|no)\s+(?:been\s+|was\s+|were\s+)?)(?:repeated|redone|re-?done|re-?scanned|re-?checked|(?:repeat|rescan)(?:\s+(?:spinal\s+)?(?:us|ultrasound|scan))?(?:\s+(?:at|on|aged?)\s+\d|\s+under\s+(?:sedation|ga|general|anaesth|anesth)|\s*[:-]?\s*(?:normal|showed|shows|showing|revealed|confirmed|was|is)\b))/gi;
/**
 * After a repeat, words that leave it to do or guessed ("repeated if concerns", "to confirm conus normal", "probably
 * normal") or name another study ("repeated hip US", "MRI at 3 mo"): what follows is no result of a spinal US done again.
 */
const REPEAT_NOT_TOLD =
  /\b(?:advised|advise|recommended|recommend|booked|planned|plan|requested|request|would|should|if|to confirm|expected|probably|likely|pending|awaited|due|will|in \d+\s*(?:d|days?|wks?|weeks?|mo|mos|months?)|renal|kidneys?|hips?|bladder|head|cranial|mri|ct|x-?rays?|xr)\b/i;

/**
 * Whether a sentence or semicolon piece opens with a repeat done ("Repeat at 3 mo: conus L1, normal.", "Repeated at 10
 * wk: normal conus L1", "then rescanned at 8 wk - normal"), one to come not ("Repeat in 4 wk advised"): it tells the
 * limited study before it done again (prior-in-text.ts).
 */
export function opensWithRepeat(piece: string): boolean {
  const rest = piece.replace(/^[\s,:-]*(?:(?:then|and|but|a|the)\s+)*/i, '');
  REPEATED.lastIndex = 0;
  const m = REPEATED.exec(rest);
  REPEATED.lastIndex = 0;
  return m?.index === 0 && !REPEAT_NOT_TOLD.test(rest);
}

/** The first-listed spelling with an occurrence that is not negated (one pass over the words), and `also` holds of it. */
function anyPresent(text: string, words: Word[], { spellings, ranks }: { spellings: string[]; ranks: string[][] }, also: (span: Span) => boolean = () => true): string | undefined {
  const r = bestRank(words, rankedPhrasesOf(ranks), (span) => !readContext(text, span.start, span.end).negated && also(span));
  return r < 0 ? undefined : spellings[r];
}

/** order-vocabulary prose.resultOfAnotherSubject as a set, built once per vocabulary. */
const anotherSubjects = perVocabulary((v: Knowledge['vocabulary']): ReadonlySet<string> => new Set(v.prose.resultOfAnotherSubject));
const anotherSubjectsOf = (k: Knowledge) => anotherSubjects(k.vocabulary);
/**
 * The normal word at `at` follows, in its clause (from a comma, semicolon, stop or spaced dash), a word naming the exam,
 * another organ or another test (prose.resultOfAnotherSubject): "XR L-spine done, neuro NAD" is the exam's, not the study's.
 */
function ofAnotherSubject(text: string, at: number, subjects: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const clause = before.split(/[,;.\n\r]|\s[-\u2013\u2014]\s/).pop() ?? '';
  return clause
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => subjects.has(w));
}

/**
 * Hedges that leave a reported abnormality only raised, not reported ("? fatty filum", "cannot exclude
 * tethering"). The lexicon's other uncertain cues ("likely", "probable", "concerning for") still
 * report it: a radiologist's "likely fatty filum" is an abnormal study. A rule-out ("to evaluate for
 * tethering") is the question asked, never a report. Normalized as `cueWords` does.
 */
const RAISING_CUES = new Set([
  '?',
  'possible',
  'possibly',
  'cannot exclude',
  'can t exclude',
  'can not exclude',
  'could not exclude',
  'couldn t exclude',
  'unable to exclude',
  'cannot be excluded',
  'could not be excluded',
  'couldn t be excluded',
  'can t be excluded',
  'not excluded',
  'cannot rule out',
  'can t rule out',
  'could not rule out',
  'couldn t rule out',
  'unable to rule out',
  'cannot be ruled out',
  'could not be ruled out',
  'indeterminate for',
  'equivocal for',
  'questionable',
  'questionably',
]);

/** Words before "curve", "kyphosis" or "wedging" that make it the spine's normal shape ("normal lordotic curve", "normal thoracic kyphosis"). */
const NORMAL_CURVE = new Set(['normal', 'lordotic', 'kyphotic', 'physiologic', 'physiological', 'preserved', 'maintained', 'usual']);
/** Words after "scoliosis" that make it the name of the study, not its finding ("scoliosis series: normal"). */
const STUDY_AFTER_SCOLIOSIS = new Set([
  'series',
  'film',
  'films',
  'xr',
  'xrs',
  'x',
  'xray',
  'xrays',
  'radiograph',
  'radiographs',
  'survey',
  'views',
  'view',
  'study',
  'protocol',
  'imaging',
]);
/** Words beside "tract" that make it no sinus tract ("needle tract", "tract artifact", "urinary tract"). */
const NOT_A_TRACT_BEFORE = new Set(['needle', 'urinary', 'gi', 'biliary', 'respiratory', 'digestive', 'gastrointestinal', 'genitourinary', 'gu']);
const NOT_A_TRACT_AFTER = new Set(['artifact', 'artifacts', 'artefact', 'artefacts']);

/**
 * Starts of the words "curve", "tract", "low" and "scoliosis" that name no abnormality: a curve qualified
 * as normal within the two words before it, a needle tract or a tract artifact, a conus "low-normal", the
 * scoliosis of a study's name ("scoliosis series"). One pass over the words.
 */
function benignWords(text: string, words: Word[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const t = words[i].text;
    if (t === 'curve' || t === 'curves' || t === 'kyphosis' || t === 'wedging') {
      if ((i > 0 && NORMAL_CURVE.has(words[i - 1].text)) || (i > 1 && NORMAL_CURVE.has(words[i - 2].text))) out.add(words[i].start);
      else if (t !== 'curve' && t !== 'curves' && normalShapeAfter(text, words, i)) out.add(words[i].start);
    } else if (t === 'low') {
      // "conus low-normal at L2": a level at the low end of normal is not a low conus.
      if (i + 1 < words.length && words[i + 1].text === 'normal') out.add(words[i].start);
    } else if (t === 'scoliosis') {
      if (i + 1 < words.length && STUDY_AFTER_SCOLIOSIS.has(words[i + 1].text)) out.add(words[i].start);
    } else if (t === 'tract' || t === 'tracts') {
      if ((i > 0 && NOT_A_TRACT_BEFORE.has(words[i - 1].text)) || (i + 1 < words.length && NOT_A_TRACT_AFTER.has(words[i + 1].text))) out.add(words[i].start);
    }
  }
  return out;
}

/**
 * The spine's shape called normal after its name, in the same clause and within six words: "thoracic kyphosis
 * normal", "kyphosis is preserved", "kyphosis and lordosis are normal", "mild anterior wedging within normal
 * limits for age", "kyphosis 35 degrees (normal)". Not "kyphosis, otherwise normal", nor a reference range
 * ("kyphosis 60 degrees (normal 20-45)").
 */
function normalShapeAfter(text: string, words: Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + 6; j++) {
    if (/[,;.:]|\s[-\u2013\u2014]\s/.test(text.slice(words[j - 1].end, words[j].start))) return false;
    const w = words[j].text;
    if (CLAUSE_WORDS.has(w) || SHAPE_NOT_CALLED_NORMAL.has(w)) return false;
    if (!NORMAL_AFTER_SHAPE.has(w)) continue;
    const next = words[j + 1]?.text;
    return next === undefined || !(/^\d/.test(next) || REFERENCE_RANGE.has(next));
  }
  return false;
}
/** Words after "kyphosis" or "wedging" that call it normal. */
const NORMAL_AFTER_SHAPE = new Set(['normal', 'preserved', 'maintained', 'physiologic', 'physiological', 'wnl', 'unremarkable']);
/** Words between the shape and "normal" that leave it abnormal or hedged ("kyphosis, otherwise normal", "wedging vs normal"). */
const SHAPE_NOT_CALLED_NORMAL = new Set(['otherwise', 'else', 'vs', 'versus', 'or', 'ddx', 'possibly', 'maybe', 'perhaps', 'not', 'than']);
/** Words after "normal" that give a reference range, not a reading ("normal range", "normal up to 45"), or a variant, read by variantOrResolved. */
const REFERENCE_RANGE = new Set(['variant', 'variants', 'range', 'ranges', 'up', 'less', 'under', 'below', 'value', 'values', 'limit', 'is', 'being']);

/**
 * A finding the report calls a normal variant or resolved is no abnormality: "physiologic wedging" is read by
 * benignWords; here the clause that says so ("mild wedging of T12, normal variant", "pars defect healed", "syrinx
 * resolved"). A variant named in a clause of its own qualifies the clause before it too ("mild anterior wedging
 * of T11, likely a normal variant"); resolved or healed only the finding of its own clause ("syrinx, pain
 * resolved" keeps the syrinx). Words negated or only raised count for nothing ("not resolved", "? healed"). Returns the starts of the
 * words so qualified. One pass over the clauses.
 */
function variantOrResolved(text: string, words: Word[], abnormal: ReturnType<typeof rankedPhrasesOf>): number[] {
  const out: number[] = [];
  // "likely a normal variant" says it; "? healed", "not resolved" do not.
  const asserted = (span: Span) => {
    if (HEDGED_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) return false;
    const c = readContext(text, span.start, span.end);
    return !c.negated && !c.ruleOut && !(c.uncertain && c.cues.some((cue) => RAISING_CUES.has(cueWords(text, cue))));
  };
  const variant = rankedPhrasesOf(VARIANT_RANKS);
  let before: Word[] | undefined;
  for (const clause of clausesOf(text, words)) {
    const r = bestRank(clause, variant, asserted);
    if (r >= 0) {
      for (const w of clause) out.push(w.start);
      // Only the variant words ("normal variant", "physiologic") reach back to the clause before.
      // Only a clause that names nothing else ("likely a normal variant"): "sacral dimple physiologic" says so of the dimple,
      // not of "lipoma of the filum" before it.
      if (r < VARIANT_REACHES_BACK && before && bestRank(clause, abnormal) < 0 && clause.every((w) => VARIANT_CLAUSE_WORDS.has(w.text))) for (const w of before) out.push(w.start);
    }
    before = clause;
  }
  return out;
}
/** Words just before a variant or resolved word that leave the finding there ("? resolved", "partially healed", "not fully resolved"). */
const HEDGED_BEFORE =
  /(?:\?|\b(?:possibl[ey]|question(?:able|ably)?|maybe|perhaps|partial(?:ly)?|partly|incomplete(?:ly)?|not (?:yet |fully |completely )?|nearly|almost|mostly|largely|near[- ]?ly|unclear if|unclear whether|ddx|vs\.?|versus))\s*(?:(?:an?|the)\s+)?(?:(?:normal|developmental|anatomic(?:al)?)\s+)?$/i;
const VARIANT = ['normal variant', 'developmental variant', 'anatomic variant', 'anatomical variant', 'variant', 'physiologic', 'physiological', 'resolved', 'healed'];
/** The first VARIANT_REACHES_BACK spellings of VARIANT (the variants) qualify the clause before theirs. */
const VARIANT_REACHES_BACK = 7;
const VARIANT_RANKS = byOwnRank(VARIANT);
/** The words of a clause that only calls what came before a variant ("likely a normal variant", "felt to be physiologic", "which is a developmental variant"). */
const VARIANT_CLAUSE_WORDS = new Set([
  ...VARIANT.flatMap((v) => v.split(' ')),
  'variants',
  'likely',
  'probably',
  'probable',
  'most',
  'presumably',
  'presumed',
  'felt',
  'thought',
  'considered',
  'believed',
  'favored',
  'favoured',
  'to',
  'be',
  'is',
  'are',
  'which',
  'this',
  'that',
  'it',
  'these',
  'a',
  'an',
  'the',
  'consistent',
  'compatible',
  'with',
  'in',
  'keeping',
  'represents',
  'representing',
  'of',
  'no',
  'clinical',
  'significance',
  'just',
  'and',
]);

/** A cue's text in lower case, runs of anything but letters, digits and "?" folded to one space. */
function cueWords(text: string, span: Span): string {
  return text
    .slice(span.start, span.end)
    .toLowerCase()
    .replace(/[^a-z0-9?]+/g, ' ')
    .trim();
}

/**
 * The first spelling asserted outright and, when none is, the first only raised as a possibility
 * ("? fatty filum", "indeterminate for tethering"); negated mentions count for neither.
 */
function assertedOrRaised(text: string, words: Word[], spellings: string[], ranks: string[][]): { asserted?: string; raised?: string } {
  const index = rankedPhrasesOf(ranks);
  const benign = benignWords(text, words);
  for (const start of variantOrResolved(text, words, index)) benign.add(start);
  // A phrase starts at "curve" ("curve ... degrees") or is the word itself; "degree curve" ends at it.
  const isBenign = (span: Span) => benign.size > 0 && (benign.has(span.start) || benign.has(span.end - endWordLength(text, span)));
  const asked = askedIn(text);
  const borderline = borderlineBeforeOf();
  const a = bestRank(words, index, (span) => {
    if (isBenign(span) || asked(span)) return false;
    // "indeterminate, borderline low-lying", "equivocally thickened filum": a finding at the edge of abnormal is only raised.
    if (borderline.test(text.slice(Math.max(0, span.start - 24), span.start))) return false;
    const c = readContext(text, span.start, span.end);
    return !c.negated && !c.ruleOut && !(c.uncertain && c.cues.some((cue) => RAISING_CUES.has(cueWords(text, cue))));
  });
  if (a >= 0) return { asserted: spellings[a] };
  const r = bestRank(words, index, (span) => !isBenign(span) && !asked(span) && !readContext(text, span.start, span.end).negated);
  return { raised: r < 0 ? undefined : spellings[r] };
}

/**
 * Whether a finding is the question the study was asked, not what it found or raised: after words of purpose in the study's
 * heading ("US spine yesterday (screening for occult dysraphism): conus at L1-2", "to r/o dysraphism: normal", "for ?meningocele -
 * no abnormality"), or in the value of a key for the question ("indication: ?spinal dysraphism. Findings: …");
 * reading-vocabulary priorStudyFindings.askedBefore and askedKeys. Never after a word that doubts it ("cannot r/o tethering").
 */
function askedIn(text: string): (span: Span) => boolean {
  const { before, key } = askedWords(readingVocabulary().priorStudyFindings);
  const heading = text.search(/:|\s[-\u2013\u2014]\s/);
  return (span) => {
    const lead = text.slice(Math.max(0, span.start - 120), span.start);
    return ((heading < 0 || span.start < heading) && before.test(lead)) || key.test(lead);
  };
}
const askedWords = perVocabulary((v: { askedBefore: readonly string[]; askedKeys: readonly string[] }) => {
  const alt = (list: readonly string[]) => list.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  const filler = String.raw`(?:\?\s*)?(?:(?:occult|possible|underlying|spinal|a|an|any|the|closed|open|cord|cause|of|for)\s+){0,3}(?:\?\s*)?$`;
  return {
    before: new RegExp(String.raw`(?<!\b(?:not|cannot|can'?t|unable\s+to|difficult\s+to|hard\s+to)\s+)\b(?:${alt(v.askedBefore)})\s*:?\s*${filler}`, 'i'),
    key: new RegExp(String.raw`\b(?:${alt(v.askedKeys)})\s*:\s*[^.:;\n]{0,60}$`, 'i'),
  };
});

/**
 * A report that only denies abnormalities ("no pars defect, no spondylolisthesis", "no pars fracture") is a
 * negative study: nothing in it is asserted, raised or limited (those were read first). Only denials: no
 * clause after the first denial tells anything else ("no fracture or listhesis, but vertebra plana at T12",
 * "no pars defect seen on lateral, obliques not obtained" are no negative study).
 */
function deniesAbnormality(text: string, words: Word[]): boolean {
  const index = rankedPhrasesOf(abnormalOf().ranks);
  const denied = (span: Span) => readContext(text, span.start, span.end).negated;
  if (bestRank(words, index, denied) < 0) return false;
  const normal = rankedPhrasesOf(resultWordsOf().normal.ranks);
  let seen = false;
  for (const clause of clausesOf(text, words)) {
    if (bestRank(clause, index, denied) >= 0) seen = true;
    // "no pars fracture, alignment normal", "no pars defect, no listhesis": a normal word or another denial after a denial.
    else if (seen && bestRank(clause, normal) < 0 && !readContext(text, clause[clause.length - 1].start, clause[clause.length - 1].end).negated) return false;
  }
  return true;
}

/** The words in clauses: a comma, a semicolon or a dash between two words, or "but", "however", "although" starts a new one. */
function clausesOf(text: string, words: Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const between = i > 0 ? text.slice(words[i - 1].end, w.start) : '';
    if (cur.length && (/[,;]|\s[-\u2013\u2014]\s/.test(between) || CLAUSE_WORDS.has(w.text))) {
      out.push(cur);
      cur = [];
    }
    cur.push(w);
  }
  if (cur.length) out.push(cur);
  return out;
}
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'yet']);

/** The length of a span's last word (letters and digits before its end). */
function endWordLength(text: string, span: Span): number {
  let i = span.end;
  while (i > span.start && /[a-z0-9]/i.test(text[i - 1])) i--;
  return span.end - i;
}

const MODALITY_ORDER: ModalityT[] = ['CT-myelography', 'US', 'MRI', 'CT', 'XR'];
const modalityLists = perVocabulary((modalities: Knowledge['vocabulary']['modalities']) => MODALITY_ORDER.map((m) => modalities[m] ?? []));

/** The modality a study's words name; where several are named, the first of MODALITY_ORDER. */
function modalityOf(words: Word[], k: Knowledge): ModalityT | undefined {
  const r = bestRank(words, rankedPhrasesOf(modalityLists(k.vocabulary.modalities)));
  return r < 0 ? undefined : MODALITY_ORDER[r];
}

export function readPriorStudy(text: string, span: Span, k: Knowledge): PriorStudy {
  // The conus and filum patterns scan the text once more each.
  work.steps += 2 * text.length;
  const words = toWords(text);
  const study: PriorStudy = { modality: modalityOf(words, k), span, text, result: 'unknown', reasons: [] };
  const abnormal: string[] = [];
  const indeterminate: string[] = [];

  const conus = CONUS.exec(text);
  if (conus) {
    const a = level(conus[1]);
    const secondTag = conus[2] ? (/^\d/.test(conus[2]) ? conus[1][0] + conus[2] : conus[2]) : undefined;
    const b = secondTag ? level(secondTag) : undefined;
    const at = a !== undefined && b !== undefined ? (a + b) / 2 : a;
    const written = conus[2] ? `${conus[1]}-${secondTag}` : conus[1];
    if (at !== undefined) {
      if (at > L2_L3_DISC) abnormal.push(`conus at ${written.toUpperCase()} lies below the L2-L3 disc (low-lying)`);
      else if (at === L2_L3_DISC) indeterminate.push(`conus at ${written.toUpperCase()} is at the L2-L3 disc (borderline)`);
      else study.reasons.push(`conus at ${written.toUpperCase()} is at a normal level`);
    }
  }
  const filum = FILUM.exec(text);
  // "filum <2 mm", "filum less than 2 mm": a bound at or below the threshold tells no thickening, and no normal thickness
  // either (the report's other words decide: "fatty", "concerning for tethering"); "not less than 2 mm" is a measure.
  const under = filum !== null && UNDER.test(filum[0].slice(0, filum[0].lastIndexOf(filum[1]))) && Number(filum[1].replace(',', '.')) <= 2;
  if (filum && !under) {
    const mm = Number(filum[1].replace(',', '.'));
    if (mm >= 2) abnormal.push(`filum ${mm} mm is thickened (2 mm or more)`);
    else study.reasons.push(`filum ${mm} mm is within normal thickness`);
  }
  // "filum 2 mm - indeterminate, report suggested repeat or MRI": a measure only at its threshold, with the report's own verdict
  // of doubt told after it, is read as the report reads it (verdictAfter).
  const thresholdOnly = filum !== null && !under && Number(filum[1].replace(',', '.')) === 2 && abnormal.length === 1;
  // "filum borderline thick 2 mm": a measure at its threshold that the report itself calls borderline is read so too.
  // The words before the measure, less the measure's own name for the thickness ("borderline thick 2 mm").
  const calledBorderline = thresholdOnly && borderlineBeforeOf().test(filum[0].replace(/\s*\d[\s\S]*$/, '').replace(THICKNESS_NAMED, ''));
  if (thresholdOnly && (calledBorderline || verdictAfter(text, words, filum.index + filum[0].length))) {
    indeterminate.push(`reported: indeterminate (filum ${filum[1]} mm at the threshold)`);
    abnormal.length = 0;
  }
  // "indeterminate for tethering", "? fatty filum": an abnormality the report only raises is an equivocal study.
  const { spellings, ranks } = abnormalOf();
  const { asserted: abnormalWord, raised: raisedWord } = assertedOrRaised(text, words, spellings, ranks);
  if (abnormalWord && !(abnormalWord === 'abnormal' && abnormal.length)) abnormal.push(`reported: ${abnormalWord}`);
  if (raisedWord) indeterminate.push(`reported as possible: ${raisedWord}`);
  // "limited by motion and never repeated": the 'never' of the study not done again denies nothing of what it showed.
  const read = NEVER_REDONE.test(text) ? text.replace(NEVER_REDONE_ALL, (m) => ' '.repeat(m.length)) : text;
  const indeterminateWord =
    anyPresent(read, words, resultWordsOf().indeterminate, (span) => !cordsMotion(text, span)) ??
    anyPresent(read, words, resultWordsOf().indeterminateOwn, (span) => ofTheUltrasound(text, span.start, anotherSubjectsOf(k))) ??
    LIMITED_STUDY.exec(text)?.[1]?.toLowerCase();
  if (indeterminateWord) indeterminate.push(`reported: ${indeterminateWord}`);
  // "cord motion not seen", "no motion seen", "normal motion not demonstrated": motion a spinal US looks for and did not
  // see is no normal study. Its denial would otherwise hide the word "motion"; where the cord or roots are named it is the
  // tethering sign ("absent cord motion"), else the study could not tell.
  const notSeen = motionNotSeen(text);
  if (notSeen && !abnormal.length) (notSeen.cord ? abnormal : indeterminate).push(`reported: ${notSeen.words}`);
  // "inadequate (unsettled); repeat at 8 wk complete and normal", "suboptimal, then repeated and normal": the latest
  // study is the one that counts, when it was done and what it showed is told after it ("repeat at 3 mo: tethered cord"
  // is abnormal); a repeat advised, planned or guessed at ("repeat in 4 wk to confirm conus normal") leaves it limited.
  if (indeterminate.length && !abnormal.length) {
    let tail = -1;
    for (const m of text.matchAll(REPEATED)) tail = m.index ?? -1;
    if (tail > 0 && !REPEAT_NOT_TOLD.test(text.slice(tail))) {
      const after = text.slice(tail);
      const later = readPriorStudy(after, { start: span.start + tail, end: span.end }, k);
      if ((later.result === 'normal' || later.result === 'abnormal') && !later.byDenial) {
        study.result = later.result;
        study.reasons = later.reasons;
        return study;
      }
    }
  }

  if (abnormal.length) {
    study.result = 'abnormal';
    study.reasons = abnormal;
  } else if (indeterminate.length) {
    study.result = 'indeterminate';
    study.reasons = indeterminate;
    // "?L5 pars lucency - not confirmed on obliques, normal study": a query the report itself withdraws is not raised.
    if (raisedWord && !withdrawn(words)) study.raised = true;
  } else if (anyPresent(text, words, resultWordsOf().normal, (span) => !ofAnotherSubject(text, span.start, anotherSubjectsOf(k))) || study.reasons.length) {
    study.result = 'normal';
  } else if (deniesAbnormality(text, words)) {
    study.result = 'normal';
    study.byDenial = true;
  }
  return study;
}

/** A word of priorStudyFindings.verdictIndeterminate, not negated, after `from` in the report: its own verdict of doubt. */
function verdictAfter(text: string, words: readonly Word[], from: number): boolean {
  const verdicts = phraseSetOf(readingVocabulary().priorStudyFindings.verdictIndeterminate);
  // "filum 2 mm - not equivocal, definitely thickened", "2 mm - equivocal, abnormal": a verdict negated or strengthened,
  // or any word of an abnormality in the measure's sentence after it, keeps the study abnormal (review r36-wards H5).
  const stop = text.slice(from).search(/[.\n]/);
  const told = text.slice(from, stop < 0 ? undefined : from + stop);
  // A finding word the report denies ("no mass", "but no tethering seen") strengthens nothing.
  for (const m of told.matchAll(VERDICT_STRENGTHENED)) {
    const start = from + (m.index ?? 0);
    if (!readContext(text, start, start + m[0].length).negated) return false;
  }
  const verdict = findAny(words, verdicts).find((m) => m.start >= from && (stop < 0 || m.start < from + stop) && !readContext(text, m.start, m.end).negated);
  // "filum 2 mm, reported as normal, not indeterminate": a measure at its threshold the report calls normal is indeterminate at
  // most; read as normal it would drop the study's doubt, so it is read as the safer of the two.
  if (!verdict)
    return NORMAL_VERDICT.test(told) && [...told.matchAll(NORMAL_VERDICT_ALL)].some((m) => !readContext(text, from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length).negated);
  // A negation up to the end of the verdict's own clause undoes it; one in a later clause is of something else ("reported
  // as indeterminate, follow-up was suggested but family did not come").
  const rest = text.slice(verdict.end, from + told.length);
  const clauseEnd = rest.search(VERDICT_CLAUSE_END);
  return !VERDICT_NEGATED.test(text.slice(from, clauseEnd < 0 ? from + told.length : verdict.end + clauseEnd));
}
/** Words that strengthen a verdict or tell an abnormality after the measure, anywhere in its sentence (verdictAfter). */
const VERDICT_STRENGTHENED =
  /\b(?:definite\w*|clear(?:ly)?|certain\w*|unequivocal\w*|frank\w*|abnormal\w*|thick\w*|tether\w*|low[- ]?lying|fatty|fat|lipoma\w*|cyst\w*|syrinx|mass)\b/gi;
/**
 * The report's own verdict of normal after the measure ("reported as normal", "read as normal", "normal study"), not a
 * normal word of another structure ("normal conus position") (verdictAfter).
 */
const NORMAL_VERDICT =
  /\b(?:(?:reported|read|called|deemed|considered|interpreted|felt|thought|described)(?:\s+to\s+be|\s+as)?\s+(?:normal|unremarkable|within normal limits)|(?:normal|unremarkable)\s+(?:study|scan|exam|examination|ultrasound|us|report))\b/i;
const NORMAL_VERDICT_ALL = new RegExp(NORMAL_VERDICT.source, 'gi');
/** Words that negate a verdict, between the measure and the end of the verdict's clause (verdictAfter). */
const VERDICT_NEGATED = /\b(?:not|no|non|never|nor|without)\b/i;
/** The end of the verdict's clause: a comma, semicolon, a dash set off by spaces, or "but". */
const VERDICT_CLAUSE_END = /[,;]|\s[-\u2013\u2014]\s|\sbut\s/i;

/** A word of priorStudyFindings.raisedWithdrawn in the report: the query it raised is answered there. */
function withdrawn(words: readonly Word[]): boolean {
  const answer = wordSetOf(readingVocabulary().priorStudyFindings.raisedWithdrawn.words);
  return words.some((w) => answer.has(w.text));
}

/**
 * Splits a Prior imaging value into studies at `;` and line breaks. A study split over lines
 * ("US spine:\n  conus at L3") reads as one when the later parts name no modality and no date.
 * Parts are grouped first and each group is read once: re-reading the growing merged text for every
 * part was quadratic (a 15k-character value of `; x` parts took 17 s).
 */
export function readPriorImaging(value: string, valueStart: number, k: Knowledge): PriorStudy[] {
  const groups: { start: number; end: number; modality?: ModalityT }[] = [];
  const re = /[^;\r\n]+/g;
  for (const m of value.matchAll(re)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = (m.index ?? 0) + m[0].indexOf(text);
    const end = start + text.length;
    const modality = modalityOf(toWords(text), k);
    const last = groups[groups.length - 1];
    if (last && !modality && !/\d{4}-\d{2}-\d{2}/.test(text)) last.end = end;
    else groups.push({ start, end, modality });
  }
  return groups.map((g) => {
    const study = readPriorStudy(value.slice(g.start, g.end), { start: valueStart + g.start, end: valueStart + g.end }, k);
    study.modality ??= g.modality;
    return study;
  });
}
