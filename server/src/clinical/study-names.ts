/** The patterns that name a study (modality, region, views, tracer) and find its head and tail among a sentence's words. */
import type { OrderVocabulary } from '../knowledge/schema';
import type { Word } from '../notes/words';
import { alternation, perVocabulary, phrasePattern, wordOrStem } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { wordsSource } from './word-lists';

/**
 * The arrows a terse note writes: →, ⇒, ⟶, "->", "=>" (and longer shafts); and the dashed, white and heavy arrows a
 * symbol keyboard offers, ⇢, ⇨, ➔, ➜, ⟹ ("⇢ XR sacrum/coccyx"; round 54, fix54b), read as → is.
 */
export const ARROWS = String.raw`\u2192|\u21d2|\u27f6|\u21e2|\u21e8|\u2794|\u279c|\u27f9|-+>|=+>`;
/** The arrow glyphs of ARROWS, as a character class's body (ARROW_CHAR; order-openings.ts RESULT_MARK). */
export const ARROW_GLYPHS = String.raw`\u2192\u21d2\u27f6\u21e2\u21e8\u2794\u279c\u27f9`;
/** One character of an arrow of ARROWS (a value without one holds no arrow). */
export const ARROW_CHAR = new RegExp(`[${ARROW_GLYPHS}>]`);
/**
 * The words that name a study, as the study patterns below spell them: an ultrasound's, then the others'. One source,
 * so a name added for one pattern (a view-rewritten "roentgenogram", "USI") is added for all.
 */
// "ultrasonography", "echography" and the South African "sonar"; "radiography" and the "graphy" of Persian-trained clinicians.
export const US_WORDS = String.raw`(?:us[sgi]?|utz)|u\/s|ultrasound|ultrasono\w*|sono\w*|sonar|e(?:ch|c)ograph(?:y|ies)`;
// "X-LWK", "X-TWK", "X-wervelkolom": a Dutch-trained writer's radiograph, the X joined by a hyphen to the spine's name
// (order-vocabulary joinedByHyphen reads the same for an order; "x lumbar" apart is "for", never a study).
export const STUDY_WORDS = String.raw`mri?|xr|x[- ]?rays?|x(?=-(?:lwk|twk|cwk|wervelkolom)\b)|films?|radiograph(?:s|y)?|graphy|roentgeno\w*|ct`;
/** An Order value that names a study, whatever else it says ("no contrast MRI L-spine"). */
export const STUDY_NAMED_WORDS = new RegExp(String.raw`\b(?:${US_WORDS}|${STUDY_WORDS}|bone scan|myelo\w*|\d{5})\b`, 'i');
/** STUDY_NAMED_WORDS for stepping through a clause (relativesStudy, which resets it before each clause). */
export const STUDY_NAMED_ALL = new RegExp(STUDY_NAMED_WORDS.source, 'gi');
export const STUDY_NAMED = { test: (s: string): boolean => STUDY_NAMED_WORDS.test(s) || (viewsStudy?.test(s) ?? false) };

/**
 * A bullet, or an arrow opening a line, as a handwritten plan is set out ("→ MRI L-spine w/o", "-> XR L-spine"), or a
 * number of a list ("1. MRI", "2) XR", and "1- MRI of LS spine" as clinicians trained in the Middle East number a plan;
 * never a range: "1-2 wk").
 */
export const BULLET = new RegExp(String.raw`^(?:${ARROWS}|[-*•·–]|\d{1,2}[.)]|\d{1,2} ?[-–](?! ?\d))\s*`);
/**
 * An arrow leading to the next step ("?OSD → US LS spine", "Films NAD → MRI whole spine"): what follows it is what
 * is done next, what precedes it the reason. Never after a condition ("If not better in 3 wks -> XR L-spine").
 */
export const ARROW = new RegExp(String.raw`\s*(?:${ARROWS})\s*`, 'g');

/** The index of the first study after the clause's first one that is not joined to it by or / nor / vs / "/"; -1 when none. */
export function independentStudy(text: string, words: readonly Word[]): number {
  const first = studyHead(words);
  for (let j = first + 1; first >= 0 && j < words.length; j++) if (isHeadAt(words, j) && !joinedStudy(text, words, j)) return j;
  return -1;
}

/** words[j] names a study joined to the one before it as an alternative: "XR or MRI", "MRI vs CT", "XR/MRI". */
export function joinedStudy(text: string, words: readonly Word[], j: number): boolean {
  if (j === 0) return false;
  const before = words[j - 1].text;
  if (before === 'or' || before === 'nor' || before === 'vs' || before === 'versus') return true;
  return text.slice(words[j - 1].end, words[j].start).includes('/') && STUDY_HEAD.has(before);
}

/**
 * A sentence that opens on a study: "US spine", "CT L-spine w/o", "XR L spine", "MRI lumbar spine without contrast"; also
 * "NCCT LS spine" (non-contrast CT, as South Asian-trained writers order it) and "SPECT-CT lumbar spine" (a bone scan's
 * tomography), only as an opening: elsewhere these words name no study a report or a prior is read from. These two are
 * never an opening where the rest of the sentence weighs it against another or asks ("NCCT L-spine vs MRI?", review r50).
 */
export const STARTS_WITH_STUDY = new RegExp(
  String.raw`^(?:${US_WORDS}|spinal us|${STUDY_WORDS}|(?:ncct|spect(?:[-/ ]?ct)?)\b(?![^.\n]*(?:\?(?![A-Za-z])|\b(?:vs|versus|or)\b))|(?:nm |nuclear medicine )?bone scan|scoliosis (?:series|films|radiographs|x-?rays))\b`,
  'i',
);
/**
 * A study named region first: "L-spine XR", "C-spine X-rays", "Lumbar spine MRI", "Spinal US", "Whole spine MRI"; "Th"
 * for the thoracic spine, as Japanese- and German-trained writers number its levels ("Th-L spine Xp 2R", "Th12-L1").
 */
export const REGION_FIRST_STUDY = new RegExp(
  String.raw`^(?:(?:[lct]|l-?s|t-?l|th(?:-?l)?)[- ]?spine|(?:lumbar|lumbosacral|thoracolumbar|thoracic|cervical|sacral|whole|full|entire)(?:[- ]spine)?|spinal|spine)\s+(?:${US_WORDS}|${STUDY_WORDS})\b`,
  'i',
);
/** The one-word regions of the vocabulary read where the English stems are ("Rö BWS + LWS", "LWS MRT" as "LWS MRI"). */
export function useRegionsOf(v: OrderVocabulary): void {
  const names = spineNamesOf(v);
  if (names === spineNames) return;
  spineNames = names;
  viewsStudy = viewsStudyOf(v);
  urgencyLead = urgencyLeadOf(v);
  urgentNotNow = urgentNotNowOf(v);
  viewsLead = viewsLeadOf(readingVocabulary().radiographViews);
  regionFirst = names ? new RegExp(String.raw`^${names.source}(?:[\s/+,&-]+${names.source})*\s+(?:${US_WORDS}|${STUDY_WORDS})\b`, 'iu') : undefined;
}
/** A bracketed aside opening on a query of the indication ("(?abscess)") or on a study added to it ("(+ brain …)", "(& brain)"). */
const QUERY_OR_ADDED_ASIDE = /\([ \t]*(?:\?|\+|&)[^()\n]*\)/g;
/** The sentence opens on a study, named modality first or region first. */
export function startsWithStudy(value: string): boolean {
  const unled = value.replace(urgencyLead, '');
  // "- STAT MRI whole spine would be needed if any red flags develop", "- STAT MRI … - cancelled, pt transferred", "- Urgent MRI
  // L-spine? no — no red flags": past an urgency lead, a study whose words hold a condition, a modal, a withdrawal, a refusal or
  // a decision left open is not opened on; the line reads as it did before (reviews r36-wards H3, r36-studies H3).
  // A bracket right after the study that queries its indication or adds a region ("- urgent MRI whole spine (?abscess)",
  // "- urgent MRI C-spine (+ brain if can do same sitting)") is an aside: its "?" or condition is not the study's (r46).
  const study = (unled !== value && urgentNotNow.test(unled.replace(QUERY_OR_ADDED_ASIDE, ' ')) ? value : unled).replace(viewsLead, '').replace(KIND_LEAD, '');
  return STARTS_WITH_STUDY.test(study) || REGION_FIRST_STUDY.test(study) || (regionFirst?.test(study) ?? false) || viewsStudy?.exec(study)?.index === 0;
}
/**
 * The radiograph spellings of order-vocabulary that name a region and its views ("ls apl", "spine apl": AP and lateral,
 * as Filipino notes name a radiograph). Only these spellings: a bare APL is also acute promyelocytic leukaemia.
 */
function viewsStudyOf(v: OrderVocabulary): RegExp | undefined {
  const spellings = v.modalities.XR.filter((w) => /\s(?:apl)$/i.test(w)).map((w) =>
    w
      .toLowerCase()
      .split(/\s+/)
      .join(String.raw`[\s-]{1,3}`),
  );
  return spellings.length ? new RegExp(String.raw`(?<![\p{L}\d])(?:${spellings.join('|')})(?![\p{L}\d])`, 'iu') : undefined;
}
/**
 * The contrast or the tracer named before the study: "Non-contrast CT of the thoracolumbar spine", "contrast-enhanced
 * MRI", "Tc-99m bone scan with SPECT", "Tc-99m MDP bone scan". The study's own words (readOrder reads the contrast from them).
 */
const TRACER = String.raw`tc[- ]?99m?|99m[- ]?tc|technetium(?:[- ]99m?)?|mdp`;
const KIND_LEAD = new RegExp(
  String.raw`^(?:(?:non[- ]?contrast(?:ed)?|non[- ]?enhanced|un[- ]?enhanced|contrast[- ]enhanced|gad(?:olinium)?[- ]enhanced|contrast|${TRACER})\b[\s-]*)+(?=\w)`,
  'i',
);
/**
 * A word of urgency or priority before a study's name (order-vocabulary prose.urgentBefore: "STAT MRI whole spine", "Urgent
 * MRI L-spine"), as a plan bullet writes the study it orders: set aside, the sentence opens on the study.
 */
const urgencyLeadOf = perVocabulary(
  (v: OrderVocabulary): RegExp =>
    new RegExp(String.raw`^(?:${alternation(v.prose.urgentBefore, { longestFirst: true, one: (w) => w.replace(/ /g, String.raw`[\s-]+`) })})\b[\s:-]*(?=\w)`, 'i'),
);
/**
 * Words after an urgency-led study that leave it for a condition, a supposition, a withdrawal or another's decision
 * (order-vocabulary prose.urgentNotNow; startsWithStudy): one of its words, a bare "no" not before one of noBefore, or "?".
 */
const urgentNotNowOf = perVocabulary(
  (v: OrderVocabulary): RegExp =>
    new RegExp(
      String.raw`\b(?:${alternation(v.prose.urgentNotNow.words, { one: wordOrStem })})\b|\bno\b(?!\s+(?:${alternation(v.prose.urgentNotNow.noBefore, { one: wordOrStem })})\b)|\?`,
      'i',
    ),
);
/** The words of urgentNotNowOf of the vocabulary in use, set by useRegionsOf; none before (no urgency lead is read then). */
let urgentNotNow = /(?!)/;
/** The urgency lead of the vocabulary in use (urgencyLeadOf), set by useRegionsOf; none before. */
let urgencyLead = /(?!)/;
/**
 * The radiograph views before a study's name (viewsLeadOf of the one reading vocabulary), set by useRegionsOf with the
 * patterns above rather than looked up on every startsWithStudy; none before, as those.
 */
let viewsLead = /(?!)/;
/**
 * The views or position of a radiograph before its name: "lateral thoracolumbar spine radiographs", "AP and lateral L-spine
 * XR", "standing PA/lat scoliosis films" (reading-vocabulary radiographViews.beforeName).
 */
export const viewsLeadOf = perVocabulary(
  (v: ReadingVocabulary['radiographViews']) => new RegExp(String.raw`^(?:(?:${wordsSource(v.beforeName)})\b(?:\s*(?:and|&|\+|\/|,)\s*|\s+))+`, 'i'),
);
/** A bone scan images the whole skeleton: named alone ("Bone scan.") it needs no spinal region. */
export const BONE_SCAN = new RegExp(String.raw`^(?:(?:nm|nuclear medicine|${TRACER})[\s-]+){0,3}bone scan\b`, 'i');
/** A bare modality ("MRI.") is not enough to be an order: the sentence names the spine too. */
const SPINE_STEMS = /spin|lumb|sacr|thorac|scoliosis/i;
/**
 * The regions of order-vocabulary spine and subregions that the English stems do not hold and that name the spine by
 * themselves (not regionNotAlone): "LWS", "BWS", "HWS", "rachis", "colonne", and the phrases of letters that do ("whole
 * column", "cervical column", "vertebral column": a column named with the part it is; "column" alone is none), their
 * words apart by any run of spaces. Undefined when there are none.
 */
const spineNamesOf = perVocabulary((v: OrderVocabulary): RegExp | undefined => {
  const notAlone = new Set(v.regionNotAlone);
  const words = [...new Set([...v.spine, ...Object.values(v.subregions).flat()].map((w) => w.toLowerCase()))].filter(
    (w) => /^\p{L}+(?: \p{L}+)*$/u.test(w) && !notAlone.has(w) && !SPINE_STEMS.test(w),
  );
  return words.length ? new RegExp(String.raw`(?<![\p{L}\d])(?:${alternation(words, { longestFirst: true, one: phrasePattern })})(?![\p{L}\d])`, 'iu') : undefined;
});
/**
 * The regions of the vocabulary in use: set by orderWords, read by NAMES_SPINE and REGION_FIRST_STUDY. Exported as live
 * bindings (opensOnStudy, cueObject read them too), so there is one of each for the process.
 */
let spineNames: RegExp | undefined;
export let regionFirst: RegExp | undefined;
/** The region-and-views radiograph spellings of the vocabulary in use (viewsStudyOf). */
export let viewsStudy: RegExp | undefined;
/** The sentence names the spine: by an English stem, a one-word region of the order vocabulary (spineNamesOf), or a region with its views ("LS APL"). */
export const NAMES_SPINE = {
  test: (s: string): boolean => SPINE_STEMS.test(s) || (spineNames?.test(s) ?? false) || (viewsStudy?.test(s) ?? false),
};
/** The words that open a study's name in a sentence. */
export const STUDY_HEAD = new Set([
  'us',
  'uss',
  'usg',
  'utz',
  'usi',
  'ultrasound',
  'sono',
  'sonogram',
  'sonography',
  'ultrasonography',
  'ultrasonogram',
  'mri',
  'mr',
  'xr',
  'x',
  'xray',
  'xrays',
  'radiograph',
  'radiographs',
  'radiography',
  'roentgenography',
  'roentgenogram',
  'roentgenograms',
  'roentgenograph',
  'film',
  'films',
  'ct',
  // A study's head as STARTS_WITH_STUDY opens on it ("Adv NCCT LS spine", "Req: SPECT-CT lumbar spine").
  'ncct',
  'spect',
  'scoliosis',
]);
/** The words that go on naming it ("L-spine w/o contrast", "lumbar spine without"). */
export const STUDY_TAIL = new Set([
  'ray',
  'rays',
  'l',
  't',
  'c',
  's',
  'ls',
  'spine',
  'spinal',
  'lumbar',
  'thoracic',
  'cervical',
  'sacral',
  'lumbosacral',
  'sacrum',
  'complete',
  'whole',
  'entire',
  'total',
  'series',
  'w',
  'wo',
  'o',
  'without',
  // "CT C-spine non-contrast stat", "noncontrast CT"
  'non',
  'noncontrast',
  'contrast',
  'gad',
  'iv',
  'cord',
  'of',
  'the',
]);

/** The index of the clause's first study name, -1 when none. */
export function studyHead(words: readonly Word[]): number {
  return words.findIndex((_, j) => isHeadAt(words, j));
}

/**
 * words[j] opens a study's name: a word of STUDY_HEAD, or "bone" of "bone scan" (no head alone: "bone pain"). "M R I" spelled
 * letter by letter reaches here already joined ("MRI", language.ts spelledStudyAt), so the words around it govern it.
 */
export function isHeadAt(words: readonly Word[], j: number): boolean {
  const w = words[j].text;
  return STUDY_HEAD.has(w) || (w === 'bone' && words[j + 1]?.text === 'scan');
}

/** A value naming no imaging study is not searched for one (most histories). */
export const NAMES_A_STUDY = new RegExp(String.raw`\b(?:bone scan|${US_WORDS}|${STUDY_WORDS}|imag\w*)\b`, 'i');

/** The ultrasound's acoustic window named ("US window", "window for US", "sonographic window"). */
/** "the US window has passed at 9 months", "acoustic window closing": the window named and no study. */
export function namesOnlyAWindow(sentence: string): boolean {
  return NAMES_A_WINDOW.test(sentence) && !NAMES_A_STUDY.test(sentence.replace(STUDY_WINDOW, ''));
}
const STUDY_WINDOW = /\b(?:(?:us[sg]?|utz)|ultrasound|sonographic|acoustic)\s+window\b|\bwindow for (?:an? )?(?:(?:us[sg]?|utz)|ultrasound)\b/gi;
const NAMES_A_WINDOW = /\bwindow\b/i;

/** Radiographs named by what they are of or how they were taken ("scoliosis series", "spine series"). */
export const NAMES_A_SERIES = /\b(?:scoliosis|spine|spinal) series\b/i;
/**
 * Radiographs named by the spine's region and their views, no word for the study: "L-S spine AP/lat", "LS spine AP & lateral",
 * "lumbar spine (PA/lat)", "L-spine AP, lat and obliques". Views alone ("AP/lat: normal") name no region, so no spine study.
 */
// Not the neck's ("C-spine AP/lat", "cervical spine AP/lat"): no study of the spine a child's back or dysraphism is imaged for.
const REGION_AND_VIEWS_SOURCE = String.raw`(?:(?:[lt]|l-?s|t-?l|th)[- ]?spine|(?:lumbar|lumbosacral|thoracolumbar|thoracic|sacral|whole|full)(?:[- ]spine)?|(?<![-\w]\s?)spine)\s+\(?\s*(?:ap|pa)\s*(?:\/|&|\+|,|and)\s*lat(?:eral)?s?\b`;
export const REGION_AND_VIEWS = new RegExp(String.raw`\b${REGION_AND_VIEWS_SOURCE}`, 'i');
export const STARTS_WITH_REGION_AND_VIEWS = new RegExp(String.raw`^${REGION_AND_VIEWS_SOURCE}`, 'i');
