import { distance } from 'fastest-levenshtein';
import { type Knowledge, normalizeSpelling } from '../knowledge/knowledge';
import type { ContrastT, ModalityT, Procedure } from '../knowledge/schema';
import { type Phrase, type Word, matchAt, phraseOf, toWords } from '../notes/words';
import { detach } from '../notes/text';
import { work } from '../notes/work';
import { perVocabulary, wordSetOf } from './patterns';
import { type PhraseSet, findMatches, longestPhraseAt, phraseSetOf } from './vocabulary';

export type Subregion = 'cervical' | 'thoracic' | 'lumbar' | 'sacral';

export interface OrderReading {
  status: 'recognized' | 'not-spine' | 'unrecognized';
  procedure?: Procedure;
  /** MRI/CT with no contrast stated anywhere: read as without IV contrast, and said so. */
  contrastAssumed: boolean;
  /** The Contrast: key decided the contrast. */
  contrastFromField: boolean;
  subregions: Subregion[];
  cpt?: { code: string; description: string };
  /** Closest known spellings for an unrecognized order, best first. */
  candidates: Procedure[];
}

interface IndexedSpelling {
  spelling: string;
  phrase: Phrase;
}

/**
 * A list of spellings by the first word of each phrase: readOrder and readContrast run per order text over lists of up to
 * ~300 spellings, and only those whose first word is the text's word can match there. Phrases that open on a gap or an
 * amount, or hold no word, are tried at every word.
 */
interface SpellingIndex {
  byFirst: Map<string, IndexedSpelling[]>;
  anywhere: IndexedSpelling[];
}

const spellingIndexOf = perVocabulary((spellings: readonly string[]): SpellingIndex => {
  const index: SpellingIndex = { byFirst: new Map(), anywhere: [] };
  for (const spelling of spellings) {
    const phrase = phraseOf(spelling);
    const first = phrase[0];
    if (typeof first !== 'string') index.anywhere.push({ spelling, phrase });
    else {
      const list = index.byFirst.get(first);
      if (list) list.push({ spelling, phrase });
      else index.byFirst.set(first, [{ spelling, phrase }]);
    }
  }
  return index;
});

/**
 * Whether `test` holds for a spelling that may match at a word written `word`: one opening on that word, or on its
 * singular when `word` is a plural the phrase matcher accepts ("-s", "-es": wordMatches in notes/words.ts).
 */
function someSpellingAt(index: SpellingIndex, word: string, test: (s: IndexedSpelling) => boolean): boolean {
  for (const s of index.anywhere) if (test(s)) return true;
  const exact = index.byFirst.get(word);
  if (exact) for (const s of exact) if (test(s)) return true;
  if (!word.endsWith('s')) return false;
  const plural = index.byFirst.get(word.slice(0, -1));
  if (plural) for (const s of plural) if (test(s)) return true;
  if (!word.endsWith('es')) return false;
  const pluralEs = index.byFirst.get(word.slice(0, -2));
  if (pluralEs) for (const s of pluralEs) if (test(s)) return true;
  return false;
}

/** Index of the first word where any spelling matches, or Infinity. */
function firstIndex(words: Word[], spellings: readonly string[]): number {
  const index = spellingIndexOf(spellings);
  for (let i = 0; i < words.length; i++) {
    work.steps++;
    if (someSpellingAt(index, words[i].text, (s) => matchAt(words, i, s.phrase, 0) > 0)) return i;
  }
  return Infinity;
}

function has(words: Word[], spellings: readonly string[]): boolean {
  return firstIndex(words, spellings) !== Infinity;
}

/**
 * False only where readOrder cannot recognize a study in the text (`words` its words): no five digits in a row (a CPT
 * code, knownCode: a number of fewer digits, "3 wk", "age 9", is never read as a study), no bracket opening it (leadingAside
 * reads the rest), no procedure's exact spelling and no word a modality's spelling opens on.
 * A pre-check for readers that weigh every sentence of a note's prose before reading its study.
 */
export function mayNameAStudy(text: string, words: readonly Word[], k: Knowledge): boolean {
  if (/\d{5}|^\s*[([]/.test(text) || k.bySpelling.has(normalizeSpelling(text))) return true;
  const index = spellingIndexOf(modalitiesOf(k.vocabulary));
  return words.some((w) => someSpellingAt(index, w.text, () => true));
}

/**
 * The text names a body part other than the spine (order-vocabulary notSpine: "brain", "hip", "abdomen") and no spine word or
 * subregion: a study told of it ("MRI cerebral") is of another part, as readOrder's 'not-spine' reads it.
 */
export function namesOnlyAnotherPart(text: string, v: Knowledge['vocabulary']): boolean {
  const words = toWords(text);
  return has(words, v.notSpine) && !has(words, v.spine) && !Object.values(v.subregions).some((sp) => has(words, sp));
}

/**
 * Contrast told by its injection or enhancement ("MRI lumbosacral with injection of gadolinium", "L-spine MRI with
 * enhancement", "sequences without and with injection") only right after the study's name in its clause, nothing between
 * but its region or views (whatever opens the clause before the study: "We ask an MRI of the lumbar spine with and
 * without injection of gadolinium"), and only where the clause ends after it or names the agent ("of gadolinium"). A vaccine's,
 * sedation's or chloral hydrate's injection ("then vaccines with injection today", "with injection of chloral hydrate for
 * sedation", "sedation with IV injection by anesthesia") and "with enhancement of sleep / of PT program" are blanked: never
 * contrast. An agent named with it ("with gadolinium injection") is still read as the agent.
 */
const INJECTION = /\b(?:without|with|w\/o|w\/|no)\s+(?:and\s+(?:without|with)\s+)?(?:iv\s+)?((?:(?:contrast|gadolinium|gad)\s+)?)(injection|enhancement)\b/gi;
const STUDY_THEN_REGION = new RegExp(
  String.raw`(?:^|\s)(?:(?:${'REGION'}|of|the|and)[\s/-]+)*(?:mri|mr|ct|cts|scan|sequences?)\b(?:[\s/-]+(?:${'REGION'}|of|the|and|sequences?|views?|series))*[\s/-]*$`.replace(
    /REGION/g,
    String.raw`[\w]*spine|spinal|[ltcs]-?spine|ls|tl|l|t|c|lumbar|lumbo\w*|thoraco\w*|thoracic|cervical|cervico\w*|dorsal|dorso\w*|sacral|sacro\w*|sacrum|coccyx|whole|complete|entire|total|full|colum\w*|coluna|colonna|area|region|cord`,
  ),
  'i',
);
const AFTER_INJECTION = /^\s*(?:$|[,;.:)\n]|(?:of\s+|with\s+)?(?:iv\s+)?(?:gadolinium|gado\w*|gad|contrast|agent)\b)/i;
function withoutLooseInjection(text: string): string {
  if (!/injection|enhancement/i.test(text)) return text;
  return text.replace(INJECTION, (m: string, agent: string, word: string, at: number) => {
    const start =
      Math.max(
        text.lastIndexOf(',', at - 1),
        text.lastIndexOf(';', at - 1),
        text.lastIndexOf('.', at - 1),
        text.lastIndexOf('\n', at - 1),
        text.lastIndexOf('(', at - 1),
        text.lastIndexOf(':', at - 1),
      ) + 1;
    if (STUDY_THEN_REGION.test(text.slice(start, at)) && AFTER_INJECTION.test(text.slice(at + m.length))) return m;
    const blank = (s: string) => ' '.repeat(s.length);
    // "with gadolinium injection": the agent stays; only "injection" goes.
    return /\S/.test(agent) ? m.slice(0, m.length - word.length) + blank(word) : blank(m);
  });
}

/** "MRI L-spine + contrast", "+ IV contrast": a plus before a contrast word is "with" (one character for one, offsets kept). */
const EITHER_CONTRAST = /(?:±|\+\/-|\+-)[ \t]*(?:iv[ \t]+)?(?:contrast|gad|gadolinium|gd)\b(?!-)/gi;
const PLUS_CONTRAST = /\+(?=[ \t]*(?:iv[ \t]+)?(?:contrast|gad|gadolinium|gd)\b(?!-))/gi;

export function readContrast(text: string, k: Knowledge, strict: boolean): ContrastT | undefined {
  text = withoutLooseInjection(text);
  // "± Gd", "+/- contrast": contrast left open is none asked for (the bare plain study, as "± contrast" always read).
  if (text.includes('±') || text.includes('+/-') || text.includes('+-')) text = text.replace(EITHER_CONTRAST, (m) => ' '.repeat(m.length));
  if (text.includes('+')) text = text.replace(PLUS_CONTRAST, 'w');
  const v = k.vocabulary.contrast;
  const words = withoutAllergy(text, toWords(text), v);
  if (words.length === 0) return undefined;
  // Both series are ordered unless what follows them in their clause leaves the contrast to the radiologist or takes it
  // back (contrast.pair.leftOpen, prose.declinedAfter: "… not needed"). A condition ("w/wo tonight if the scanner is
  // available") keeps a named pair; it only parts a pair put together from its two series (pairedContrast).
  const leftOpen = afterInClause(text, words, [phraseSetOf(v.pair.leftOpen), phraseSetOf(k.vocabulary.prose.declinedAfter)]);
  const listed = findMatches(words, phraseSetOf(v.withoutAndWith));
  if (listed.some((m) => !cutFromHyphenated(text, words, m.to) && !leftOpen(m.to))) return 'without-and-with';
  const conditioned = afterInClause(text, words, [phraseSetOf(v.pair.conditions)]);
  if (pairedContrast(text, words, v, (end) => leftOpen(end) || conditioned(end))) return 'without-and-with';
  const norm = words.map((w) => w.text).join(' ');
  if (strict && /^(?:none|no|nil|n a)$/.test(norm)) return 'without';
  // A bare "with"/"w" means contrast only at the end ("MRI L-spine w/"), not in "with sedation".
  const bare = new Set(['with', 'w', 'without', 'wo']);
  // On a Contrast: line a bare word may also open the value ("Contrast: with sedation"), not stand inside other words
  // ("Contrast: worse w/ activity", a history's words on the wrong line).
  const usable = (s: string) => !bare.has(s) || (strict && norm.startsWith(`${s} `)) || norm.endsWith(` ${s}`) || norm === s || /\b(?:contrast|iv|gad|gadolinium)\b/.test(norm);
  // "enhanced MRI (contrast only, no plain sequence)": a contrast word taken back says nothing of its own kind;
  // "MRI L-spine, no gadolinium" takes back the contrast, so the study is without it.
  const negators = wordSetOf(v.negatedBy);
  const spellings = spellingsOf(v);
  // "gadobutrol not required", "Gadobutrol: none" take the contrast back; "use ProHance if contrast needed" and "MultiHance
  // on formulary shortage" ask for none now.
  const declinedWords = phraseSetOf(k.vocabulary.prose.declinedAfter);
  const declined = afterInClause(text, words, [declinedWords]);
  const notNow = afterInClause(text, words, spellings.notNow);
  // Only a named agent is taken back or put off by what follows it: "with endovenous contrast - RM not available" and "| MRI
  // WITH IV contrast only | Usually Not Appropriate |" (a table) still ask for contrast.
  const taken = (end: number) => declined(end) || keyedNone(text, words, end, declinedWords, spellings.keyedNone);
  const generic = matchesOf(words, v.with, usable, negators);
  const named = matchesOf(words, v.agents, () => true, negators, taken, notNow);
  const withMatches = { kept: generic.kept || named.kept, negated: generic.negated || named.negated };
  if (matchesOf(words, spellings.without, usable, negators).kept || withMatches.negated) return 'without';
  if (withMatches.kept) return 'with';
  return undefined;
}

/**
 * Every plain-series lead before every contrast word: "w o gadolinium", "wo dye", "non gad", "without iv contrast"
 * (contrast.plainLeads, words and agents).
 */
function plainSeriesOf(v: Knowledge['vocabulary']['contrast']): string[] {
  const nouns = [...v.words, ...v.agents].flatMap((w) => [w, `iv ${w}`]);
  return v.plainLeads.flatMap((lead) => nouns.map((w) => `${lead} ${w}`));
}

/** The contrast words and "without" phrases with the gadolinium agents (contrast.agents) among them, built once. */
const spellingsOf = perVocabulary((v: Knowledge['vocabulary']['contrast']) => ({
  without: [...v.without, ...plainSeriesOf(v)],
  /** The plain series of a pair: contrast.pair.before and every lead before every contrast word. */
  plainSeries: phraseSetOf([...v.pair.before, ...plainSeriesOf(v)]),
  allergyJoins: new Set([...v.allergyJoins, ...v.agents.flatMap((a) => toWords(a).map((w) => w.text))]),
  keyedNone: new Set(v.keyedNone),
  // A condition after the contrast word puts it off ("gadolinium if needed"); "with contrast only" is no condition.
  notNow: [phraseSetOf(v.pair.conditions.filter((c) => c !== 'only')), phraseSetOf(v.unavailableAfter)],
}));

/**
 * "Gadobutrol: none", "Gadolinium - nil", "gadolinium: not needed": a contrast word as the key of a value that says there
 * is none (contrast.keyedNone) or declines it (prose.declinedAfter).
 */
function keyedNone(text: string, words: Word[], end: number, declined: PhraseSet, none: ReadonlySet<string>): boolean {
  if (end >= words.length || !/^\s*[:=-]\s*$/.test(text.slice(words[end - 1].end, words[end].start))) return false;
  if (longestPhraseAt(words, end, declined) > 0) return true;
  return none.has(words[end].text) && (end + 1 >= words.length || CLAUSE_PUNCT.test(text.slice(words[end].end, words[end + 1].start)));
}

/**
 * "native + gadolinium", "T1 pre/post gad", "plain & post-gadolinium", "w/o then w/ gad": the plain series, then only
 * joining words or marks, then the contrast series (contrast.pair), neither taken back ("native (no gadolinium)") nor a
 * word cut from a hyphenated one ("plain + post-op films": "post" is the operation's). A contrast series asked on a
 * condition or left to the radiologist ("plain + gad only if abnormal", "native + contrast at radiologist discretion")
 * or taken back after it ("native + gadolinium not required") is not ordered, and a clause mark between the two
 * ("non-contrast; gad if abnormal") parts them.
 */
function pairedContrast(text: string, words: Word[], v: Knowledge['vocabulary']['contrast'], notNow: (end: number) => boolean): boolean {
  const negators = wordSetOf(v.negatedBy);
  const before = spellingsOf(v).plainSeries;
  const joins = phraseSetOf(v.pair.joins);
  const after = phraseSetOf(v.pair.after);
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && negators.has(words[i - 1].text)) continue;
    const plain = wholeWordsAt(text, words, i, before);
    if (plain <= 0 || plain >= words.length) continue;
    let j = plain;
    // Joining words ("then", "followed by"), each after marks only: a comma may stand before one ("native, then gad").
    for (let joined = 0; joined < 2 && j < words.length; joined++) {
      const e = longestPhraseAt(words, j, joins);
      if (e <= 0 || !PAIR_MARKS.test(text.slice(words[j - 1].end, words[j].start).replace(/,/, ''))) break;
      j = e;
    }
    if (j >= words.length || !PAIR_MARKS.test(text.slice(words[j - 1].end, words[j].start))) continue;
    const post = wholeWordsAt(text, words, j, after);
    if (post > 0 && !notNow(post)) return true;
  }
  return false;
}

/** The end of the longest phrase of the set at words[i], unless it stops inside a hyphenated word ("post" of "post-op"). */
function wholeWordsAt(text: string, words: Word[], i: number, set: PhraseSet): number {
  const end = longestPhraseAt(words, i, set);
  return end > 0 && cutFromHyphenated(text, words, end) ? -1 : end;
}
function cutFromHyphenated(text: string, words: Word[], end: number): boolean {
  return /^-\p{L}/u.test(text.slice(words[end - 1].end, words[end - 1].end + 2));
}

/**
 * Whether a phrase of `sets` stands in the clause that goes on at words[end] (computed once, in one pass from the end):
 * the series that ends there is asked on a condition, left open or taken back ("… + gad if abnormal", "… not
 * required"); a clause mark right before words[end] parts them ("w/wo, contrast only if a tumour is seen").
 */
function afterInClause(text: string, words: Word[], sets: readonly PhraseSet[]): (end: number) => boolean {
  let out: boolean[] | undefined;
  const parted = (q: number) => CLAUSE_PUNCT.test(text.slice(words[q - 1].end, words[q].start));
  return (end) => {
    if (end <= 0 || end >= words.length || parted(end)) return false;
    if (!out) {
      out = new Array<boolean>(words.length + 1).fill(false);
      for (let q = words.length - 1; q >= 0; q--) out[q] = sets.some((set) => longestPhraseAt(words, q, set) > 0) || (q + 1 < words.length && !parted(q + 1) && out[q + 1]);
    }
    return out[end];
  };
}
/** What may stand between the two series besides joining words: spaces and the marks that join ("+", "/", "&", "-"). */
const PAIR_MARKS = /^[\s+/&-]*$/;

/**
 * The words without those telling an allergy or a reaction to contrast (order-vocabulary contrast.allergyWords, with
 * the allergyJoins words right before and after them): "MRI L-spine w/ gadolinium. Pt not contrast allergic" and "…
 * with contrast (no contrast allergy)" are with contrast; "no contrast" there is the patient's, not the study's. An
 * allergy word as a key ("Allergy: gadobutrol (rash)", "Allergies: NKDA, Gadovist - hives") gives the patient's
 * allergies to its sentence's end, and a reaction after an agent ("Prior urticaria after Gadovist", "hives following
 * Dotarem": allergyJoins "after", "following") is the patient's too: none of it asks for contrast.
 */
function withoutAllergy(text: string, words: Word[], v: Knowledge['vocabulary']['contrast']): Word[] {
  const allergy = wordSetOf(v.allergyWords);
  if (!words.some((w) => allergy.has(w.text))) return words;
  const joins = spellingsOf(v).allergyJoins;
  const negators = wordSetOf(v.negatedBy);
  const drop = new Set<number>();
  const gap = (j: number) => text.slice(words[j - 1].end, words[j].start);
  words.forEach((w, i) => {
    if (!allergy.has(w.text)) return;
    drop.add(i);
    // Back to a word that takes the contrast back ("no known contrast allergy"), three words at most.
    for (let j = i - 1; j >= 0 && j >= i - 3 && joins.has(words[j].text) && !CLAUSE_PUNCT.test(text.slice(words[j].end, words[j + 1].start)); j--) {
      drop.add(j);
      if (negators.has(words[j].text)) break;
    }
    if (i + 1 < words.length && /^\s*:\s*$/.test(gap(i + 1))) {
      for (let j = i + 1; j < words.length && (j === i + 1 || !SENTENCE_END.test(gap(j))); j++) drop.add(j);
      return;
    }
    for (let j = i + 1; j < words.length && joins.has(words[j].text) && !CLAUSE_PUNCT.test(gap(j)); j++) drop.add(j);
  });
  return words.filter((_, i) => !drop.has(i));
}
/** What ends an allergy list given after its key: a full stop or semicolon before a space, or a line break. */
const SENTENCE_END = /[.;]\s|\n/;
const CLAUSE_PUNCT = /[;,.:()]/;

/**
 * Whether any `usable` spelling matches as written (kept) and whether any matches right after a word of `negators`
 * (negated).
 */
function matchesOf(
  words: Word[],
  spellings: readonly string[],
  usable: (spelling: string) => boolean,
  negators: ReadonlySet<string>,
  takenBack: (end: number) => boolean = () => false,
  notNow: (end: number) => boolean = () => false,
): { kept: boolean; negated: boolean } {
  let kept = false;
  let negated = false;
  const index = spellingIndexOf(spellings);
  for (let i = 0; i < words.length && !(kept && negated); i++) {
    work.steps++;
    someSpellingAt(index, words[i].text, (s) => {
      if (!usable(s.spelling)) return false;
      const end = matchAt(words, i, s.phrase, 0);
      if (end <= 0) return false;
      if ((i > 0 && negators.has(words[i - 1].text)) || takenBack(end)) negated = true;
      else if (!notNow(end)) kept = true;
      return kept && negated;
    });
  }
  return { kept, negated };
}

/**
 * A whole spine billed as its regions: "MRI whole spine with contrast (72142, 72147, 72149)", "72141, 72146, 72148".
 * An area code's MRI or CT is of the complete spine when the code's sentence names the whole spine in words of more than
 * one (order-vocabulary completeSpine: "whole spine", not a bare "complete"), or the text lists that study's codes for three regions.
 */
function wholeSpineOf(text: string, words: Word[], codeAt: number, p: Procedure, k: Knowledge): Procedure | undefined {
  if (p.region !== 'area-of-interest' || (p.modality !== 'MRI' && p.modality !== 'CT')) return undefined;
  // In the code's own sentence: "MRI L-spine 72148. Whole spine if abnormal." is of the lumbar spine.
  const at = words.findIndex((w) => w.start >= codeAt);
  const named = at >= 0 && has(sentenceOf(text, words, at, k.vocabulary), completeSpineOf(k.vocabulary).inWords);
  const codes = new Set<string>();
  if (!named) for (const m of text.matchAll(/(?<![\d.])(\d{5})(?![\d.])/g)) if (k.byCpt.get(m[1])?.procedure === p) codes.add(m[1]);
  return named || codes.size >= 3 ? procedureFor(k, p.modality, true, p.contrast) : undefined;
}

/**
 * The first five-digit number of the text that is a known study's CPT code ("72158-26": the code with its modifier),
 * one number being read as a code everywhere (here and by coded.ts). A number an account, member, record or group word
 * labels ("ACCT 72146", "Member ID 72148", "MRN: 72148"; order-vocabulary coded.numberLabels) is no code.
 */
export function knownCode(text: string, k: Knowledge): RegExpExecArray | undefined {
  for (const m of text.matchAll(/(?<![\d.])(\d{5})(?![\d.])/g)) if (k.byCpt.has(m[1]) && !labelledNumber(text, m.index ?? 0, k)) return m;
  return undefined;
}
function labelledNumber(text: string, at: number, k: Knowledge): boolean {
  const v = k.vocabulary.coded;
  const before = toWords(text.slice(Math.max(0, at - 40), at));
  let i = before.length - 1;
  while (i >= 0 && wordSetOf(v.numberFillers).has(before[i].text)) i--;
  return i >= 0 && wordSetOf(v.numberLabels).has(before[i].text);
}

function procedureFor(k: Knowledge, modality: ModalityT, complete: boolean, contrast: ContrastT): Procedure | undefined {
  const region = complete ? 'complete-spine' : 'area-of-interest';
  const wanted = modality === 'MRI' || modality === 'CT' ? contrast : 'none';
  return k.procedures.find((p) => p.modality === modality && p.region === region && p.contrast === wanted);
}

/**
 * Recognizes an order written in ACR naming, shorthand or as a CPT code. The `Contrast:` key, when
 * present, overrides what the order says.
 */
export function readOrder(text: string, contrastField: string | undefined, k: Knowledge): OrderReading {
  // Order sets repeat the same few orders thousands of times; readings are never mutated, so share them.
  const memo = readings(k);
  const key = contrastField === undefined ? text : `${text}\u0000${contrastField}`;
  let reading = memo.get(key);
  if (!reading) {
    if (memo.size >= 4_096) memo.clear();
    reading = readOrderUncached(text, contrastField, k);
    // A copy: the order text is a slice of the document, and this memo outlives every document.
    if (text.length <= 500) memo.set(detach(key), reading);
  }
  return reading;
}

const readings = perVocabulary((_k: Knowledge) => new Map<string, OrderReading>());

/** The modalities in the order a tie is broken, most specific first, with their spellings indexed. */
const modalityIndexes = perVocabulary((modalities: Knowledge['vocabulary']['modalities']) =>
  (['CT-myelography', 'bone-scan', 'US', 'MRI', 'CT', 'XR'] as ModalityT[]).map((m) => ({ m, index: spellingIndexOf(modalities[m] ?? []) })),
);

function readOrderUncached(text: string, contrastField: string | undefined, k: Knowledge): OrderReading {
  const v = k.vocabulary;
  // "[insurance denied MRI] XR L-spine", "(MRI not approved) US lumbar spine": a bracket opening the order that gives up or
  // weighs another study is no part of the order written after it; blanked, so every offset still holds.
  const lead = leadingAside(text, v);
  if (lead > 0) return readOrderUncached(' '.repeat(lead) + text.slice(lead), contrastField, k);
  const words = withoutLooseX(text, withoutDevices(text, withoutPronounUs(text, toWords(text), v), v), v);
  const reading: OrderReading = { status: 'unrecognized', contrastAssumed: false, contrastFromField: false, subregions: [], candidates: [] };
  for (const [name, spellings] of Object.entries(v.subregions)) if (has(words, spellings)) reading.subregions.push(name as Subregion);
  const fieldContrast = contrastField !== undefined ? readContrast(contrastField, k, true) : undefined;

  const applyContrast = (p: Procedure): Procedure => {
    if (!fieldContrast || (p.modality !== 'MRI' && p.modality !== 'CT')) return p;
    reading.contrastFromField = true;
    return procedureFor(k, p.modality, p.region === 'complete-spine', fieldContrast) ?? p;
  };

  // The first code of a study: "01922 ANESTH … ; 72148 MRI L-SPINE" bills the anaesthesia first.
  const cptMatch = knownCode(text, k);
  if (cptMatch) {
    const hit = k.byCpt.get(cptMatch[1])!;
    reading.cpt = { code: cptMatch[1], description: hit.description };
    reading.procedure = applyContrast(wholeSpineOf(text, words, cptMatch.index, hit.procedure, k) ?? hit.procedure);
    reading.status = 'recognized';
    return reading;
  }

  const exact = k.bySpelling.get(normalizeSpelling(text));
  if (exact) {
    reading.procedure = applyContrast(exact);
    reading.status = 'recognized';
    return reading;
  }

  // Modality: the earliest mention wins; on a tie the more specific one (CT myelography over CT). One pass that tries
  // every modality at each word, up to the first found, not one pass over all the words per modality.
  let modality: ModalityT | undefined;
  let at = Infinity;
  const modalities = modalityIndexes(v.modalities);
  for (let i = 0; i < words.length && modality === undefined; i++) {
    work.steps++;
    for (const { m, index } of modalities) {
      if (someSpellingAt(index, words[i].text, (s) => matchAt(words, i, s.phrase, 0) > 0)) {
        at = i;
        modality = m;
        break;
      }
    }
  }
  if (modality === 'CT' && has(words, v.modalities['CT-myelography'] ?? [])) modality = 'CT-myelography';
  if (!modality) {
    reading.candidates = closest(text, k);
    return reading;
  }
  let spine = has(words, v.spine) || reading.subregions.length > 0;
  let notSpine = has(words, v.notSpine);
  // "repeat renal US at 6 months. No spinal imaging needed": when the text names both, the region is the one
  // in the study's own sentence (when that sentence names one).
  if (spine && notSpine) {
    const own = sentenceOf(text, words, at, v);
    const ownSpine = has(own, v.spine) || Object.values(v.subregions).some((sp) => has(own, sp));
    const ownOther = has(own, v.notSpine);
    if (ownSpine || ownOther) {
      spine = ownSpine;
      notSpine = ownOther;
    }
  }
  // "plain films" and bare "spinal US" are spine studies in this language; a named other body part is not.
  if (notSpine && !spine) {
    reading.status = 'not-spine';
    return reading;
  }
  // A bone scan is of the whole body: without a spinal region named it covers the complete spine ("bone scan to assess for stress reaction").
  // "Plan: XR lumbar spine with flexion/extension views; … functional goal - complete the season": the extent is
  // told in the study's own sentence.
  // A study's sentence that names no region of its own takes the extent told in another ("Order: MRI w/o
  // contrast. Please image entire spine."), when that names the spine with it.
  const complete = (has(words, v.completeSpine) && extentOfStudy(text, words, at, v)) || (modality === 'bone-scan' && !spine);
  let contrast: ContrastT = 'none';
  if (modality === 'MRI' || modality === 'CT') {
    const stated = fieldContrast ?? readContrast(withoutAsides(text, k), k, false);
    reading.contrastFromField = fieldContrast !== undefined;
    if (stated === undefined || stated === 'none') {
      contrast = 'without';
      reading.contrastAssumed = true;
    } else contrast = stated;
  }
  reading.procedure = procedureFor(k, modality, complete, contrast);
  reading.status = reading.procedure ? 'recognized' : 'unrecognized';
  if (!reading.procedure) reading.candidates = closest(text, k);
  return reading;
}

/** The words that name a study in an aside: modalities, the spine and its regions. */
const asideStudies = perVocabulary((v: Knowledge['vocabulary']): string[] => [...Object.values(v.modalities).flat(), ...v.spine, ...Object.values(v.subregions).flat()]);

/**
 * The text with each parenthetical about another study blanked (contrast.asideCues with a modality or spine region in
 * the brackets): "MRI whole spine with contrast (ordered by NP - will discuss whether L-spine non-con would suffice)"
 * is with contrast; the non-contrast study weighed in the aside is not the order. A parenthetical of contrast alone
 * ("MRI L-spine (w/o contrast)") or without such a word ("… (T/L spine with contrast)") is the order's own and stays, and so
 * is every aside of an order that tells no contrast outside its brackets.
 */
/**
 * The length of a bracket that opens the text, weighs a study (contrast.asideCues and a modality's name inside) and is
 * followed by a study named outside it; 0 when there is none.
 */
export function leadingAside(text: string, v: Knowledge['vocabulary']): number {
  const m = /^\s*[([][^()[\]\n]*[)\]]/.exec(text);
  if (!m) return 0;
  const inside = toWords(m[0]);
  const modalities = modalitiesOf(v);
  if (!findMatches(inside, phraseSetOf(v.contrast.asideCues)).length || !has(inside, modalities)) return 0;
  return has(toWords(text.slice(m[0].length)), modalities) ? m[0].length : 0;
}

export function withoutAsides(text: string, k: Knowledge): string {
  if (!text.includes('(')) return text;
  const v = k.vocabulary;
  const cues = phraseSetOf(v.contrast.asideCues);
  const studies = asideStudies(v);
  // Each aside that weighs a study, and whether a contrast of its own comes before the words that weigh it.
  const asides: { at: number; length: number; ownFirst: boolean }[] = [];
  for (const m of text.matchAll(/\([^()]*\)?/g)) {
    const words = toWords(m[0]);
    const cue = findMatches(words, cues)[0];
    if (!cue || !has(words, studies)) continue;
    const before = readContrast(m[0].slice(0, words[cue.from].start), k, false);
    asides.push({ at: m.index, length: m[0].length, ownFirst: before !== undefined && before !== 'none' });
  }
  if (!asides.length) return text;
  const blank = (which: typeof asides) => which.reduce((t, a) => t.slice(0, a.at) + ' '.repeat(a.length) + t.slice(a.at + a.length), text);
  const all = blank(asides);
  // An order that tells its own contrast outside the brackets sets every aside apart. With none outside, an aside whose
  // contrast comes before the words weighing another study tells the order's own ("MRI L-spine (with contrast - consider
  // adding whole spine)", "(gad, whether T-spine too)"); one that weighs the contrast itself does not ("(… will discuss
  // whether L-spine with contrast needed)").
  const outside = readContrast(all, k, false);
  return outside !== undefined && outside !== 'none' ? all : blank(asides.filter((a) => !a.ownFirst));
}

/**
 * The words without a lower-case "us" that is the pronoun ("No imaging ordered by us today", "call us if worse", "let
 * us know"): after a word of order-vocabulary pronounUsAfter and before no spine word ("order us spine" stays a study).
 */
function withoutPronounUs(text: string, words: Word[], v: Knowledge['vocabulary']): Word[] {
  if (!/\bus\b/i.test(text)) return words;
  const after = wordSetOf(v.pronounUsAfter);
  // Compiled once per list: this runs for every text read that holds "us".
  const spine = phrasesOf(v.spine);
  const capsBefore = phrasesOf(v.pronounCapsUsBefore);
  return words.filter((w, i) => {
    if (w.text !== 'us' || i === 0 || !after.has(words[i - 1].text)) return true;
    const written = text.slice(w.start, w.end);
    // A letter in capitals: "THANKS FOR ALLOWING US TO SEE HIM" (the word before in capitals too, a visit's verb after);
    // "ARRANGE US TO ASSESS THE CONUS" has no pronoun's word before it and stays a study.
    if (written === 'US') {
      const before = text.slice(words[i - 1].start, words[i - 1].end);
      return !(before === before.toUpperCase() && capsBefore.some((p) => matchAt(words, i + 1, p, 0) > 0));
    }
    if (written !== 'us') return true;
    return i + 1 < words.length && spine.some((p) => matchAt(words, i + 1, p, 0) > 0);
  });
}

const phrasesOf = perVocabulary((spellings: readonly string[]): Phrase[] => spellings.map(phraseOf));

/**
 * The words without a modality joined by a hyphen to a word of order-vocabulary deviceAfterModality ("MRI-safe
 * restraints requested from transport", "MR-conditional pump"): a property of a device, not a study.
 */
function withoutDevices(text: string, words: Word[], v: Knowledge['vocabulary']): Word[] {
  if (!/-\s*(?:un|in)?(?:safe|compat|condit)/i.test(text)) return words;
  const device = wordSetOf(v.deviceAfterModality);
  return words.filter((w, i) => {
    const next = words[i + 1];
    return !(next && device.has(next.text) && text.slice(w.end, next.start) === '-' && (w.text === 'mri' || w.text === 'mr' || w.text === 'ct'));
  });
}

/**
 * The words without the first word of a joinedByHyphen spelling written apart from the next ("heat x lumbar spine",
 * "PT x lumbar strain": "x" for "for"): only "X-LWK", "X-thoracolumbar spine", joined by a hyphen, are a radiograph.
 */
function withoutLooseX(text: string, words: Word[], v: Knowledge['vocabulary']): Word[] {
  const p = joined(v);
  if (!words.some((w) => p.has(w.text))) return words;
  return words.filter((w, i) => {
    const next = words[i + 1];
    return !(next && p.get(w.text)?.has(next.text) && text.slice(w.end, next.start) !== '-');
  });
}
/** order-vocabulary joinedByHyphen: the second words of each first word. */
const joined = perVocabulary((v: Knowledge['vocabulary']) => {
  const pairs = new Map<string, Set<string>>();
  for (const s of v.joinedByHyphen) {
    const [first, second] = s.split(' ');
    pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
  }
  return pairs;
});

/** The text with each modality of a device ("MRI-safe restraints", withoutDevices) blanked to spaces; the text itself when none. */
export function blankDevices(text: string, v: Knowledge['vocabulary']): string {
  if (!/-\s*(?:un|in)?(?:safe|compat|condit)/i.test(text)) return text;
  const words = toWords(text);
  const kept = new Set(withoutDevices(text, words, v));
  let out = text;
  for (const w of words) if (!kept.has(w)) out = out.slice(0, w.start) + ' '.repeat(w.end - w.start) + out.slice(w.end);
  return out;
}

/** The study's own sentence tells the complete spine, or names no region and another sentence does ("entire spine"). */
function extentOfStudy(text: string, words: Word[], at: number, v: Knowledge['vocabulary']): boolean {
  const own = sentenceOf(text, words, at, v);
  // "scoliosis x-rays of lumbar spine only": a region named wins over the scoliosis films' complete spine.
  const spellings = completeSpineOf(v);
  const region = Object.values(v.subregions).some((sp) => has(own, sp));
  if (region && has(own, spellings.scoliosis) && !has(own, spellings.notScoliosis)) return false;
  // "US spine complete lumbar/sacral", "MRI whole L-spine": a bare "complete", "whole" or "entire" beside a region named tells
  // the exam whole (a complete study of that region), not the complete spine; "whole spine" and "entire spine" still do.
  if (region && has(own, spellings.bare) && !has(own, spellings.notBare)) return false;
  if (has(own, v.completeSpine)) return true;
  if (has(own, v.spine) || Object.values(v.subregions).some((sp) => has(own, sp))) return false;
  return has(words, spellings.elsewhere);
}

const BARE_WHOLE = /^(?:complete|whole|entire)$/;
/** The parts of order-vocabulary completeSpine that readOrder asks about, built once (has indexes each list). */
const completeSpineOf = perVocabulary((v: Knowledge['vocabulary']) => {
  const scoliosis = v.completeSpine.filter((c) => /^(?:scoliosis|eos)\b/.test(c));
  return {
    /** Spellings of more than one word ("whole spine", not a bare "complete"). */
    inWords: v.completeSpine.filter((c) => /\s/.test(c)),
    scoliosis,
    notScoliosis: v.completeSpine.filter((c) => !scoliosis.includes(c)),
    /** Told in another sentence than the study's. */
    elsewhere: v.completeSpine.filter((p) => /\s/.test(p) && !/^(?:complete|whole|entire)$/.test(p)),
    /** The bare words that tell a study whole, and every other spelling. */
    bare: v.completeSpine.filter((p) => BARE_WHOLE.test(p)),
    notBare: v.completeSpine.filter((p) => !BARE_WHOLE.test(p)),
  };
});

/** Every modality's spellings in one list. */
const modalitiesOf = perVocabulary((v: Knowledge['vocabulary']): string[] => Object.values(v.modalities).flat());

function sentenceOf(text: string, words: Word[], at: number, v: Knowledge['vocabulary']): Word[] {
  const abbreviated = wordSetOf(v.stopAbbreviations.words);
  // "incl. T and L spine reformats": an abbreviation's full stop ends no sentence.
  const breaks = (a: Word, b: Word) => {
    const gap = text.slice(a.end, b.start);
    return /[;]/.test(gap) || (/\.\s/.test(gap) && !(/^\.\s+$/.test(gap) && abbreviated.has(a.text)));
  };
  let from = at;
  while (from > 0 && !breaks(words[from - 1], words[from])) from--;
  let to = at + 1;
  while (to < words.length && !breaks(words[to - 1], words[to])) to++;
  return words.slice(from, to);
}

/** The largest edit distance, per character of the longer spelling, of a candidate. */
const MAX_CANDIDATE_DISTANCE = 0.6;

/** Up to three known procedures whose names or synonyms are closest to the text (edit distance). */
export function closest(text: string, k: Knowledge): Procedure[] {
  const norm = normalizeSpelling(text).slice(0, 200);
  if (!norm) return [];
  const scored: { p: Procedure; d: number }[] = [];
  for (const [spelling, p] of k.bySpelling) {
    // The distance is at least the difference of the lengths: a spelling that far off is never among the candidates (d
    // > 0.6), and a sentence read as no order is often many times longer than any spelling.
    const longer = Math.max(norm.length, spelling.length);
    if (Math.abs(norm.length - spelling.length) / longer > MAX_CANDIDATE_DISTANCE) continue;
    work.steps += norm.length + spelling.length;
    scored.push({ p, d: distance(norm, spelling) / longer });
  }
  scored.sort((a, b) => a.d - b.d);
  const out: Procedure[] = [];
  for (const { p, d } of scored) {
    if (d > MAX_CANDIDATE_DISTANCE || out.length === 3) break;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
