import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import { type ContextLexicon, contextLexicon } from './lexicon';
import { escapeRegExp, perVocabulary, wordSetOf } from './patterns';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';
import { measuresAsDigits } from './spoken-measure';
import { wholeWordsPattern } from './word-lists';

/** A measure written as a limit: "<5 mm" (below), "≤4 mm" (at most), ">3 mm" (above), "≥5 mm" (at least). */
export type MeasureBound = 'below' | 'at-most' | 'above' | 'at-least';

export interface DimpleDescription {
  sizeMm?: number;
  /** The size was written as a limit ("<5 mm"): sizeMm is the limit, not the size. */
  sizeBound?: MeasureBound;
  position?: 'within-cleft' | 'above-cleft';
  distanceCm?: number;
  /** The distance was written as a limit ("<1 cm from the anus", ">2 cm from the anus"). */
  distanceBound?: MeasureBound;
  deep: boolean;
  /** Its depth is a question ("? deep", "unclear if deep"): not a finding of depth, but no simple dimple either. */
  depthInDoubt: boolean;
  multiple: boolean;
  /** Words that make it atypical whatever the numbers ("large", "atypical"). */
  atypicalWords: string[];
  span: Span;
}

/** A measure: "1.5", or "1,5" with a decimal comma (digits on both sides, no space). */
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
/**
 * The anus, or "her bottom" as a parent-facing reply says it ("about 1 cm above her bottom"): a child's bottom, named with
 * a possessive, is the place under the dimple; "the bottom of the cleft", "the bottom of it" (its base), "his bottom crease",
 * "her bottom cheeks" (the buttocks) are not.
 */
const ANUS = String.raw`(?:(?:the\s+)?(?:anus|anal|anal\s+verge|coccyx\s+tip)|(?:her|his|their|the\s+baby's|baby's)\s+bottom\b(?!\s+(?:of|crease|creases|cheeks?|cleft)\b))`;
/**
 * "1.5 cm from the anus", or the other way round: "distance to anus is 1,5 cm", "distance from anal verge ~2 cm", "from the
 * anal verge = 2 cm", "distance to anus ca 1,5 cm" (the Latin circa European writers put before a measure: "ca", "cca",
 * "circa"), and with the Japanese postposition after the anus as Japanese-trained writers keep it ("anus から 1cm",
 * "肛門から1.5cm", "anus kara 1cm": from the anus).
 */
const DISTANCE = new RegExp(
  String.raw`${NUMBER}\s*(mm|cm)\s*(?:from|to|above|off)\s+${ANUS}|(?:\b(?:(?:distance|dist)\s+)?(?:from|to)\s+${ANUS}|(?<![A-Za-z])(?:anus|anal\s+verge|肛門)[ \t]*(?:から|kara\b))\s*(?:is|of|:|=)?\s*(?:about|approx\.?|approximately|around|~|c?ca\.?|circa)?\s*${NUMBER}\s*(mm|cm)\b`,
  'i',
);
/**
 * "at 1 cm of the anus", as a writer trained in Spain or Latin America keeps "a 1 cm del ano": the dimple's distance only in
 * the dimple's own sentence, with no other finding told before it there ("Anal fissure at 1 cm of the anus" is the fissure's;
 * dimpleCleftNotItsOwn.words) (ofAnusDistance).
 */
const OF_ANUS = new RegExp(String.raw`${NUMBER}\s*(mm|cm)\s*of\s+${ANUS}`, 'i');
/** A dimple's own name in a sentence (reading-vocabulary dimpleNamed). */
export const dimpleNamedOf = perVocabulary((v: ReadingVocabulary['dimpleNamed']) => wholeWordsPattern(v.words));
const dimpleNamed = (sentence: string) => dimpleNamedOf(readingVocabulary().dimpleNamed).test(sentence);

/** "at 1 cm of the anus" in the dimple's own sentence, with no other finding before it there; else null. */
function ofAnusDistance(text: string): RegExpExecArray | null {
  const m = OF_ANUS.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
  if (!dimpleNamed(sentence)) return null;
  if (findAny(toWords(sentence), phraseSetOf(readingVocabulary().dimpleCleftNotItsOwn.words)).length) return null;
  return m;
}
/** Every distance from the anus in a description. */
const DISTANCE_ALL = new RegExp(DISTANCE.source, 'gi');
/**
 * A measure at `at` in a sentence of another finding that names no dimple ("Anal fissure 1 cm from anus. Dimple
 * lumbosacral, 4 cm from anus": the fissure's 1 cm; dimpleCleftNotItsOwn.words), as "at 1 cm of the anus" is read
 * (ofAnusDistance): neither the dimple's distance nor its size.
 */
function anotherFindingsMeasure(text: string, at: number): boolean {
  let start = 0;
  for (const b of text.matchAll(SENTENCE_BREAK)) {
    if (b.index >= at) break;
    start = b.index + 1;
  }
  const sentence = text.slice(start, at);
  return !dimpleNamed(sentence) && findAny(toWords(sentence), phraseSetOf(readingVocabulary().dimpleCleftNotItsOwn.words)).length > 0;
}

/**
 * Round 54 (fix54e): "1,5 cm od odbytu (from anus)", "1 cm nad odbytem": a measure right before a writer's own words for
 * "from the anus" (reading-vocabulary anusDistanceNative), its number and unit in the groups DISTANCE's first form uses.
 */
const nativeDistanceOf = perVocabulary(
  (v: ReadingVocabulary['anusDistanceNative']) =>
    new RegExp(
      String.raw`${NUMBER}\s*(mm|cm)\s+(?:${v.phrases
        .map((p) =>
          p
            .split(' ')
            .map(escapeRegExp)
            .join(String.raw`\s+`),
        )
        .join('|')})(?![\p{L}\d])`,
      'giu',
    ),
);

/** The first distance from the anus told of the dimple (anotherFindingsMeasure), in English or in the writer's own words. */
function ownDistance(text: string): RegExpExecArray | null {
  const found = [...text.matchAll(DISTANCE_ALL), ...text.matchAll(nativeDistanceOf(readingVocabulary().anusDistanceNative))].sort((a, b) => a.index - b.index);
  for (const m of found) if (!anotherFindingsMeasure(text, m.index)) return m as RegExpExecArray;
  return null;
}
const SIZE = new RegExp(String.raw`${NUMBER}\s*(mm|cm)\b`, 'gi');
/** A time unit after a measure ('/yr', '/ year', 'per year', 'a year', '/mo'): the measure is a rate. */
const RATE_AFTER = /^[ \t]*(?:\/[ \t]*|per[ \t]+|an?[ \t]+)(?:y|yr|yrs|year|years|mo|mos|month|months|wk|wks|week|weeks|d|day|days)\b/i;

const measure = (n: string) => Number(n.replace(',', '.'));
/**
 * Within the cleft, however it is named: "natal cleft", "gluteal fold", "intergluteal sulcus" (the Italian "solco"), and as parents and telehealth notes name it, "the
 * crease", "the buttock crease", "the gluteal crease" ("sitting in the gluteal crease", "inside the buttock crease").
 * A writer's own word for it glossed in brackets ("in the bilnaad (natal cleft)", Dutch) and the Latin "rima ani" name it too.
 * Its bottom, base or depth is in it ("at the bottom of the natal cleft"; round 58, fix58s: s159-001); its top is not read so.
 */
const WITHIN =
  /\b(?:within|in|inside|into)\s+(?:the\s+|her\s+|his\s+)?(?:gluteal\s+|natal\s+|intergluteal\s+|buttocks?\s+)?cleft\b|\b(?:within|in|inside|into)\s+(?:the\s+)?(?:gluteal|natal|intergluteal)\s+(?:fold|sulcus)\b|\bintergluteal\b|\b(?:within|in|inside|into)\s+(?:the\s+|her\s+|his\s+)?(?:gluteal\s+|natal\s+|buttocks?\s+)?crease\b|(?:^|[,;]\s*)(?:gluteal\s+|natal\s+)?cleft\s*(?:[,;]|$)|\b(?:within|in|inside|into)\s+(?:the\s+)?[a-z]+\s*\((?:gluteal|natal|intergluteal)\s+(?:cleft|fold|crease)\)|\b(?:within|in|inside|into)\s+(?:the\s+)?rima\s+ani\b|\b(?:at|in)\s+the\s+(?:bottom|base|depth)\s+of\s+(?:the\s+|her\s+|his\s+)?(?:gluteal\s+|natal\s+|intergluteal\s+|buttocks?\s+)?(?:cleft|crease)\b/i;
/** Every place named in a description (matchAll copies the pattern, so one module copy serves every call). */
const WITHIN_ALL = new RegExp(WITHIN.source, 'gi');
/** Above the cleft, also where its top is named ("above the top of the buttock crease"). */
const ABOVE =
  /\b(?:above|outside|superior\s+to|cephalad\s+to|over|higher\s+than)\s+(?:the\s+|her\s+|his\s+)?(?:top\s+of\s+(?:the\s+|her\s+|his\s+)?)?(?:gluteal\s+|natal\s+|intergluteal\s+|buttocks?\s+)?(?:cleft|crease)\b|\b(?:above|outside|superior\s+to|cephalad\s+to|higher\s+than)\s+(?:the\s+)?(?:gluteal|natal|intergluteal)\s+(?:fold|sulcus)\b|\blumbar\s+dimple\b|\bhigh\s+(?:sacral\s+)?dimple\b/i;

/**
 * The dimple or pit itself placed over the lumbar region or at a lumbar level ("midline pit over the lumbar region (L3
 * level)", "dimple at L4", "sacral dimple 2 mm at L4", "dimple (L4)", "pit over the lower lumbar spine"): above the cleft,
 * which starts at the sacrum. The level stands right after the dimple or pit (its size alone may stand between), with
 * nothing else between but "at"/"over"/"(": never another thing's level ("dimple, XR showing SBO at L5", "dimple (L5 SBO on
 * old XR)", "dimple and tenderness at L4", "dimple like mum's at L4"), a study's ("conus at L1"), a denied or asked place
 * ("dimple not over the lumbar region", "dimple ? over lumbar spine vs in cleft", "dimple at L4?"), a span into the sacrum
 * ("at L5/S1"), nor where the description places it in the cleft too (atLumbarLevel; review r47-C).
 */
const LUMBAR_LEVEL =
  /\b(?:dimple|pit)\b[ \t]*(?:,[ \t]*)?(?:~?\d{1,2}(?:\.\d)?[ \t]*(?:mm|cm)[ \t]*,?[ \t]*)?(?:\b(?:over|at|on|in)\s+(?:the\s+)?(?:(?:upper|mid|middle|lower|low)\s+)?lumbar\s+(?:region|area|spine|level)\b|\b(?:at|over|opposite)\s+(?:the\s+)?(?:level\s+(?:of\s+)?)?L\s?[1-5]\b(?![ \t]*[-/][ \t]*S)(?![ \t]*[-/]?[ \t]*(?:mm|cm)\b)|\(\s*L\s?[1-5](?:\s*level)?\s*\))(?![ \t]*\?)(?![ \t]*(?:vs|versus|or)\b)/gi;
const DENIED_PIT = /(?:\b(?:no|not|without|nil|denies|possible|possibly|query|maybe|probable)\s+(?:[a-z]+\s+){0,2}|\?\s*(?:[a-z]+\s+){0,1})$/i;
function atLumbarLevel(text: string): boolean {
  // A cleft named in the same description (even denied or asked: "not in the cleft", "? in cleft") leaves the level unread.
  if (WITHIN.test(text)) return false;
  for (const m of text.matchAll(LUMBAR_LEVEL)) if (!DENIED_PIT.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

/** A denial in the clause before the place ("not in the buttock crease", "not within the cleft"). */
const DENIED_PLACE = /\b(?:not|no|never|nor|isn't|isnt|wasn't|wasnt)\b[^,;.\n]{0,20}$/i;
/** The place asked and answered no right after it ("in the gluteal crease? no - above it"). */
const ANSWERED_NOT = /^\s*\?\s*(?:no|not|nope|neg)\b/i;
/** Sentences of a description: a stop or semicolon before white space, a line break ("1.5 cm" holds no stop). */
const SENTENCE_BREAK = /[.;!?](?=\s|$)|\n/g;

/**
 * "In/within the cleft/crease" as the dimple's own place: not denied ("not in the buttock crease", "in the crease? no"),
 * and not in a sentence that tells another finding's or person's place (reading-vocabulary.json dimpleCleftNotItsOwn:
 * "Diaper rash in the buttock crease", "Mom's own dimple is in the natal cleft", "Second dimple in the gluteal crease of
 * the L thigh").
 */
function withinItsOwn(text: string): boolean {
  // A deviated crease is a marker of its own (review2 r35 H4): the dimple's place is then never "within the cleft".
  if (DEVIATED_CREASE.test(text)) return false;
  const other = phraseSetOf(readingVocabulary().dimpleCleftNotItsOwn.words);
  for (const m of text.matchAll(WITHIN_ALL)) {
    const at = m.index + (/^[,;]/.test(m[0]) ? 1 : 0);
    let start = 0;
    let end = text.length;
    for (const b of text.matchAll(SENTENCE_BREAK)) {
      if (b.index < at) start = b.index + 1;
      else {
        end = b.index;
        break;
      }
    }
    if (DENIED_PLACE.test(text.slice(start, at))) continue;
    if (ANSWERED_NOT.test(text.slice(m.index + m[0].length))) continue;
    // Another subject named, unless denied ("no fever no rash baby active" in a run-on note names no rash).
    const said = text.slice(start, end);
    // A pit or sinus told in a sentence of its own after the dimple's (review2 r35 H4: "sacral dimple 3 mm, 1 cm from anus.
    // Pilonidal-type pit inside the buttock crease too."): a second finding's place. "sacral pit 3 mm within gluteal cleft" is the dimple's.
    // "… a dimple at the bottom of his back. On examination it is a single pit within the natal cleft": "it is" names the dimple again.
    if (
      anotherPitOf(readingVocabulary().anotherPit).test(said) &&
      !/\bdimple/i.test(said) &&
      !namedAgain(said) &&
      !describesBareDimple(text.slice(0, start), said) &&
      /\bdimple/i.test(text.slice(0, start))
    )
      continue;
    if (findAny(toWords(said), other).some((o) => !deniedOther(said, o.start) && !tellsOnly(said, o.end))) continue;
    return true;
  }
  return false;
}

/**
 * A person named only as the one who tells of the dimple: a word of dimpleCleftNotItsOwn.tellersAfter right after them
 * ("parents noticed a small dimple … inside the cleft"). "Parents' dimples are in the cleft too" names their own.
 */
function tellsOnly(said: string, end: number): boolean {
  const next = toWords(said.slice(end, end + 24))[0];
  if (next === undefined || !tellersAfter().has(next.text)) return false;
  // The teller's own told in the sentence (dimpleCleftNotItsOwn.tellersOwn, review r47-C): "Brother noted to have a dimple
  // in the natal cleft too", "Sister noticed hers is inside the cleft", "Older brother saw a similar dimple in his cleft".
  return findAny(toWords(said), tellersOwn()).length === 0;
}
const tellersOwn = () => phraseSetOf(readingVocabulary().dimpleCleftNotItsOwn.tellersOwn);
const tellersAfter = () => wordSetOf(readingVocabulary().dimpleCleftNotItsOwn.tellersAfter);

/**
 * Another subject named in the sentence but denied: right after a denial ("no rash"), or in a clause that opens on one
 * ("…, 1 cm from the anus, fundus visible, no other skin lesion": the denial covers "other skin lesion" up to the next
 * comma). "Rash in the crease, no fever" keeps its rash.
 */
function deniedOther(said: string, at: number): boolean {
  if (/\b(?:no|nil|without|not)\s+$/i.test(said.slice(Math.max(0, at - 9), at))) return true;
  const before = said.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('(')) + 1;
  const stop = said.slice(at).search(/[,;:.()]/);
  const clause = said.slice(start, stop < 0 ? said.length : at + stop);
  return DENIED_CLAUSE.test(clause);
}
/** A short clause that opens on a denial: "no other skin lesion", "nil else on skin", "without rash", "no hair/tag". */
const DENIED_CLAUSE = /^\s*(?:no|nil|without)\s+(?:[a-z]+(?:\s*\/\s*|\s+)){0,3}[a-z]+\s*$/i;

/**
 * "Sacral dimple noted at birth. 2-3 mm pit within cleft, 1.5 cm from anus" (round 58, s162): a pit's sentence after a dimple
 * told with no measure of its own is the dimple's description, as a scribe types up a note that names the dimple, then
 * describes it. Never when the dimple's sentence measured it already ("sacral dimple 3 mm, 1 cm from anus. Pilonidal-type
 * pit inside the buttock crease too": a second finding), nor with a word of another one in the pit's sentence
 * (reading-vocabulary anotherPit.otherOne: "too", "also", "second", "another").
 */
function describesBareDimple(before: string, said: string): boolean {
  return !MEASURED.test(before) && /\d[ \t]*(?:mm|cm)\b/i.test(said) && !anotherOneOf(readingVocabulary().anotherPit.otherOne).test(said);
}
const MEASURED = /\d[ \t]*(?:mm|cm)\b/i;
/** A word of another one (reading-vocabulary anotherPit.otherOne: "too", "also", "second"), as a pattern built once per vocabulary. */
const anotherOneOf = perVocabulary((words: readonly string[]) => wholeWordsPattern(words));

/** The dimple told before, named again as a pit: "it is a single pit", "it's a small pit", "this is a pit". */
const SAME_PIT = /\b(?:it|this)\s+(?:is|was|'s|looks\s+like)\s+(?:a\s+|an\s+)?(?:(?:single|solitary|small|tiny|shallow)\s+)*pit\b/i;
/**
 * The dimple named again as a pit by the writer ("On examination it is a single pit within the natal cleft"): never with a
 * teller in its sentence ("This is a pit within the natal cleft per mum", "mum says it is a pit") nor another place or lesion
 * in it ("… but I see it above", "over L3", "Below it, it is a small pit", "a second"): the place named is then someone
 * else's or another lesion's.
 */
function namedAgain(said: string): boolean {
  const m = SAME_PIT.exec(said);
  if (!m) return false;
  return !tellerNearOf(readingVocabulary().tellersNearPit).test(said) && !CONTRARY_PLACE.test(said.slice(0, m.index) + ' ' + said.slice(m.index + m[0].length));
}
/** Someone else telling of the pit near it (reading-vocabulary tellersNearPit; "according\nto" as "according to"). */
export const tellerNearOf = perVocabulary((v: ReadingVocabulary['tellersNearPit']) => wholeWordsPattern(v.words, { spaces: String.raw`\s+` }));
const CONTRARY_PLACE = /\b(?:above|below|beneath|under|lower|higher|second|another|other|over\s+[LST]\s*\d|at\s+[LST]\s*\d|but|however|though|not\s+(?:in|within)|outside)\b/i;
/** A pit or sinus named (reading-vocabulary anotherPit): another finding in a sentence that does not name the dimple told before it. */
export const anotherPitOf = perVocabulary((v: ReadingVocabulary['anotherPit']) => wholeWordsPattern(v.words));
/** "crease itself deviated", "cleft deviated to the L", "deviated gluteal crease", "asymmetric natal cleft". */
const DEVIATED_CREASE =
  /\b(?:crease|cleft)\s+(?:itself\s+|is\s+|was\s+|looks\s+|slightly\s+|a\s+bit\s+)*(?:deviated|deviates|deviating|deviation|asymmetric(?:al)?|curved|curves|bifid|split|forked|y[- ]shaped)\b|(?<!\b(?:no|not|non|nil|without)[\s-]+)\b(?:deviated|deviating|asymmetric(?:al)?|curved|bifid|split|forked|y[- ]shaped)\s+(?:(?:gluteal|natal|buttock|intergluteal|bottom)\s+)?(?:crease|cleft)\b/i;

const UNSURE_DEEP =
  /(?:\b(?:unclear|uncertain|unsure|not\s+sure|not\s+clear|unknown|questionably|possibly|maybe|perhaps|ask|if|whether)\s+(?:if\s+|whether\s+)?(?:it\s+is\s+|it's\s+|is\s+)?|\?\s*)deep\b|\bdeep\s*\?/i;

/** A list's bullet opening a line: "- ", "* ", "• ", "– ". */
const BULLET_OPENING = /^[ \t]*[-*•\u2013][ \t]+/;
/** A measure opening a line: "3 mm", "~1cm above anus", "approx 1.5 cm from the anus". */
const OPENS_ON_MEASURE = /^[~≈]?[ \t]*(?:(?:approx\.?|about|around)[ \t]+)?\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:mm|cm)\b/i;

/** The line past a description's key and colon opening it ("Desc: ", "Description: "), or the line as it is. */
function afterDescriptionKey(line: string): string {
  const colon = /^[ \t]*([A-Za-z]+)\.?[ \t]*:[ \t]*/.exec(line);
  if (!colon || !wordSetOf(readingVocabulary().dimpleWrap.descriptionKeys).has(colon[1].toLowerCase())) return line;
  return line.slice(colon[0].length);
}

/**
 * The line break at `at` wraps a dimple's description onto the next line: the dimple's line ends with a comma and the
 * next opens with a measure or a place of the dimple ("2mm dimple within the natal cleft,\n~1cm above anus", "sacral
 * dimple 3 mm,\nwithin the cleft, 1 cm from anus"). A line that opens on another subject ("deep tendon reflexes 2+",
 * "birthmark on the L shoulder 2 cm", "mother reports 2 older siblings with dimples") is its own, comma or not.
 */
export function dimpleLineGoesOn(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  const from = text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  // A bullet opening the next line ("14mo F sacral dimple\n- single, 3 mm, inside the natal cleft, …") opens no subject.
  // A description's key opening the next line ("Dimple (\"hoyuelo\").\nDesc: single, 4 mm, …") is read past as a bullet is
  // (reading-vocabulary dimpleWrap.descriptionKeys); what follows it must still be a describer or a bare measure and comma.
  const next = afterDescriptionKey(text.slice(from, from + 64).replace(BULLET_OPENING, ''));
  // "… dimple noted at well-baby visit.\nSingle, in gluteal crease, 3 mm": a line opening on "Single," has no subject of its own.
  const describer = findAny(toWords(next), phraseSetOf(readingVocabulary().dimpleWrap.describers))[0];
  if (describer !== undefined && describer.start === 0 && /^\s*,/.test(next.slice(describer.end))) return true;
  if (describedBelow(text, b, next)) return true;
  if (text.charCodeAt(b - 1) !== 44) return false;
  if (OPENS_ON_MEASURE.test(next)) return true;
  const opener = findAny(toWords(next), phraseSetOf(readingVocabulary().dimpleWrap.openers))[0];
  return opener !== undefined && opener.start === 0;
}

/**
 * The next line is the dimple's description with no subject of its own: it opens on a bare measure and a comma ("sacral
 * dimple noted at 6wk check\n~3mm, sits inside natal cleft, approx 1cm from anus"; "3 mm lesion" names its own). In a chat
 * (the dimple's line keyed by a speaker, "rad: … what does dimple look like?"), the next speaker's reply may open so after
 * the speaker's key ("ward reg: ~4mm, in the cleft, 1.5cm from anus"); the reply's key opens on a clinician's role (reading-vocabulary.json
 * dimpleWrap.speakers): a key naming a finding ("Hair tuft: 2 cm, …") or a relative is no speaker, and a relative's words are not the dimple's place (withinItsOwn).
 */
function describedBelow(text: string, lineEnd: number, next: string): boolean {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const line = text.slice(lineStart, lineEnd);
  // "… Mum has a dimple too:\n3 mm, in the cleft": the line ends on another person's, whose description follows.
  if (namesAnotherPerson(line.slice(line.search(/[^.!?;]*[.!?;]?\s*$/)))) return false;
  if (MEASURE_THEN_COMMA.test(next) || repliesWithMeasure(line, next)) return true;
  const nextStart = text.indexOf('\n', lineEnd) + 1;
  const newline = text.indexOf('\n', nextStart);
  const nextEnd = newline < 0 ? text.length : newline;
  // "… 3mo M w sacral dimple\nrad: … what does dimple look like?\nward reg: ~4mm, in the cleft, …": the question about the
  // dimple goes on to its answer.
  const question = text.slice(nextStart, nextEnd).trimEnd();
  return (
    /\?$/.test(question) &&
    !namesAnotherPerson(question) &&
    dimpleNamed(question.slice(question.search(/[^.?!]*\?$/))) &&
    repliesWithMeasure(question, text.slice(nextEnd + 1, nextEnd + 65))
  );
}

/** A sentence naming someone other than the child (context-lexicon.json triggers of category "other": "mum has", "sibling"). */
function namesAnotherPerson(sentence: string): boolean {
  return findAny(toWords(sentence), otherPeople(contextLexicon())).length > 0;
}
const otherPeople = perVocabulary((lex: ContextLexicon) => phraseSetOf(lex.triggers.filter((t) => t.category === 'other').flatMap((t) => t.phrases)));

/** `reply` is another chat speaker's answer to `line` that opens on a bare measure and a comma. */
function repliesWithMeasure(line: string, reply: string): boolean {
  const asker = SPEAKER_KEY.exec(line);
  const replier = SPEAKER_KEY.exec(reply);
  if (!asker || !replier || asker[1].toLowerCase() === replier[1].toLowerCase()) return false;
  return readingVocabulary().dimpleWrap.speakers.includes(replier[1].toLowerCase().split(/[\s.]+/)[0]) && MEASURE_THEN_COMMA.test(reply.slice(replier[0].length));
}
/** A bare measure and a comma opening a line: "~3mm, ", "approx 4 mm, ". */
const MEASURE_THEN_COMMA = /^[ \t]*[~≈]?[ \t]*(?:(?:approx\.?|about|around|roughly|ca\.?)[ \t]+)?\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:mm|cm)[ \t]*,/i;
/** A chat speaker's key opening a line: "rad:", "ward reg:", "dr k:". */
const SPEAKER_KEY = /^[ \t]*([A-Za-z][A-Za-z. ]{0,15}?)[ \t]*:[ \t]*/;

/** Reads size, position and distance of a dimple from its description (relative span given); `written` is the same text before the form is read (formView). */
export function readDimple(told: string, span: Span, written: string = told): DimpleDescription {
  work.steps += told.length;
  // A size or distance told in words ("two millimetres", "one point five centimetres from the anus") read as its digits;
  // offsets are kept, so `written` still lines up with it.
  const text = measuresAsDigits(told);
  const d: DimpleDescription = { deep: false, depthInDoubt: false, multiple: false, atypicalWords: [], span };
  const dist = ownDistance(text) ?? ofAnusDistance(text);
  // Where the distance's own number is, so it is not read as the size too.
  let distAt = -1;
  if (dist) {
    const [n, unit] = dist[1] !== undefined ? [dist[1], dist[2]] : [dist[3], dist[4]];
    d.distanceCm = measure(n) / (unit.toLowerCase() === 'mm' ? 10 : 1);
    distAt = dist[1] !== undefined ? dist.index : dist.index + dist[0].lastIndexOf(n, dist[0].length - unit.length);
    d.distanceBound = measureBound(text, distAt);
  }
  for (const m of text.matchAll(SIZE)) {
    if (m.index === distAt) continue;
    if (anotherFindingsMeasure(text, m.index)) continue;
    // "Ht velocity 5 cm/yr", "grew 4 cm per year": a measure per time is a rate (a growth velocity), never the dimple's size.
    if (RATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    d.sizeMm = measure(m[1]) * (m[2].toLowerCase() === 'cm' ? 10 : 1);
    d.sizeBound = measureBound(text, m.index);
    break;
  }
  if (ABOVE.test(text) || atLumbarLevel(text)) d.position = 'above-cleft';
  else if (withinItsOwn(text)) d.position = 'within-cleft';
  const lower = text.toLowerCase();
  // "unclear if deep", "? deep", "possibly deep": the depth is a question, not a finding.
  const unsure = UNSURE_DEEP.test(lower);
  const vocab = readingVocabulary();
  const words = toWords(text);
  // A base the examiner could not see ("base not seen", "I could not see the base of it") is a deep dimple, whatever is
  // asked; unless seen later in the same description ("base not seen initially, seen on retraction"), not denied again.
  const seenLater = findAny(words, phraseSetOf(vocab.dimpleBaseSeenLater)).filter((m) => !DENIED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)));
  const baseUnseen = findAny(words, phraseSetOf(vocab.dimpleBaseUnseen)).some((u) => !seenLater.some((m) => m.start >= u.end)) || baseAskedNo(text, written);
  // An explicit "not deep" wins over a base not seen ("base not seen due to crying, not deep").
  const notDeep = /\b(?:not|non)[\s-]deep\b/.test(lower);
  d.deep = !notDeep && (baseUnseen || (/\bdeep\b/.test(lower) && !unsure));
  // A depth question answered in the same description ("? deep - base seen on retraction, shallow", "Deep? No.") is no doubt.
  const answered = notDeep || seenLater.length > 0 || findAny(words, phraseSetOf(vocab.dimpleDepthSeen)).length > 0 || answeredNo(text, phraseSetOf(vocab.dimpleDepthAnswersNo));
  d.depthInDoubt = unsure && !d.deep && !answered;
  // "Second dimple in the gluteal crease": a second dimple is more than one.
  d.multiple = /\b(?:multiple|two|several|double|paired)\b|\bdimples\b|\b(?:second|another|2nd)\s+(?:sacral\s+|small\s+|tiny\s+)?dimple\b/.test(lower);
  for (const w of ['large', 'atypical', 'off midline', 'off-midline', 'eccentric', 'draining']) if (lower.includes(w)) d.atypicalWords.push(w);
  return d;
}

/**
 * A form's question of the base answered no ("Base visualized: [ ] Yes [x] No", read as the form is filled in: "Base
 * visualized:      No"; "Fundus visible: N"): the base was not seen, a deep dimple. The question is a key holding a
 * phrase of dimpleDepthSeen, its answer one of context-lexicon.json formAnswers.no standing alone.
 */
function baseAskedNo(view: string, written: string): boolean {
  const seen = phraseSetOf(readingVocabulary().dimpleDepthSeen);
  const no = contextLexicon().formAnswers.no;
  let at = 0;
  for (const line of view.split('\n')) {
    const colon = line.indexOf(':');
    const start = at;
    at += line.length + 1;
    if (
      colon < 0 ||
      !no.includes(
        line
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      )
    )
      continue;
    // The form blanks a question answered no ("Base visualized: [ ] Yes [x] No" reads ":   No"): its key as written.
    if (findAny(toWords(written.slice(start, start + colon)), seen).length) return true;
  }
  return false;
}

/** A denial right before a later look ("not seen on retraction either"). */
const DENIED_BEFORE = /\b(?:not|nor|never|no)\s*$/i;
/** A depth question ("Deep?", "?deep", "? deep") and the text after it. */
const DEPTH_QUESTION = /(?:\bdeep\s*\?|\?\s*deep\b)/gi;

/** A depth question answered no right after it, past a dash, colon or comma ("Deep? No.", "?deep - no, blind ending"). */
function answeredNo(text: string, answers: ReturnType<typeof phraseSetOf>): boolean {
  for (const q of text.matchAll(DEPTH_QUESTION)) {
    const after = text.slice(q.index + q[0].length, q.index + q[0].length + 40);
    const lead = /^[\s\-–:,=]*/.exec(after)![0].length;
    const words = toWords(after.slice(lead));
    if (words.length && findAny(words, answers).some((a) => a.start === words[0].start)) return true;
  }
  return false;
}

export type DimpleRisk = 'simple' | 'atypical' | 'undetermined';

export interface DimpleAssessment {
  risk: DimpleRisk;
  /** Why it is atypical, or what is missing to call it simple. */
  reasons: string[];
  missing: ('size' | 'position' | 'distance from the anus' | 'depth')[];
}

/**
 * The bound written right before the measure at `at` ("<5 mm", "less than 5 mm", "> 3 mm", "at least 5 mm"), past an
 * "about"/"~" (reading-vocabulary.json dimpleMeasureBounds); undefined for a plain measure. "<5 mm" read as 5 mm would
 * make a simple dimple atypical, and ">3 mm" read as 3 mm a dimple of any size simple.
 */
function measureBound(text: string, at: number): MeasureBound | undefined {
  const before = text
    .slice(Math.max(0, at - 24), at)
    .replace(/(?:\b(?:approx\.?|about|around|roughly|ca\.?)|[~≈])\s*$/i, '')
    .trimEnd()
    .toLowerCase();
  const bounds = readingVocabulary().dimpleMeasureBounds;
  // A word bound starts a word ("under", not "thunder"); a sign is no arrow's head ("-> ~2 mm dimple", "=> 3 mm").
  const ends = (written: readonly string[]) =>
    written.some((w) => before.endsWith(w) && !(/^[a-z]/.test(w) ? /[a-z]/ : /[-=<>]/).test(before.charAt(before.length - w.length - 1)));
  // The longer signs first: "<=" before "<", "at least" before nothing shorter that ends it.
  if (ends(bounds.atMost)) return 'at-most';
  if (ends(bounds.atLeast)) return 'at-least';
  if (ends(bounds.below)) return 'below';
  if (ends(bounds.above)) return 'above';
  return undefined;
}

/**
 * A measure against its simple limit (under `limit`): 'under' when every value it allows is below the limit, 'over' when
 * none is, 'unknown' when a bound leaves it open ("<10 mm", ">3 mm").
 */
function againstLimit(value: number, bound: MeasureBound | undefined, limit: number): 'under' | 'over' | 'unknown' {
  switch (bound) {
    case 'below':
      return value <= limit ? 'under' : 'unknown';
    case 'at-most':
      return value < limit ? 'under' : 'unknown';
    case 'above':
    case 'at-least':
      return value >= limit ? 'over' : 'unknown';
    default:
      return value < limit ? 'under' : 'over';
  }
}

/** Spec §5.5: simple = single, < 5 mm, within the cleft, < 2.5 cm from the anus (other conditions checked by the caller). */
export function assessDimple(d: DimpleDescription): DimpleAssessment {
  const reasons: string[] = [];
  const size = d.sizeMm === undefined ? undefined : againstLimit(d.sizeMm, d.sizeBound, 5);
  const distance = d.distanceCm === undefined ? undefined : againstLimit(d.distanceCm, d.distanceBound, 2.5);
  const more = (bound: MeasureBound | undefined) => (bound === 'above' ? 'more than ' : bound === 'at-least' ? 'at least ' : '');
  if (size === 'over') reasons.push(`${more(d.sizeBound)}${d.sizeMm} mm (5 mm or more)`);
  if (d.deep) reasons.push('deep');
  if (d.multiple) reasons.push('multiple');
  if (d.position === 'above-cleft') reasons.push('above the gluteal cleft');
  if (distance === 'over') reasons.push(`${more(d.distanceBound)}${d.distanceCm} cm from the anus (2.5 cm or more)`);
  for (const w of d.atypicalWords) reasons.push(w);
  const missing: DimpleAssessment['missing'] = [];
  // A bound that leaves the measure open (">3 mm", "<10 mm") tells no size: as if not given.
  if (size === undefined || size === 'unknown') missing.push('size');
  if (d.position === undefined) missing.push('position');
  if (distance === undefined || distance === 'unknown') missing.push('distance from the anus');
  // "4 mm, in the cleft, 1.5 cm from the anus, ? deep": every number simple, the depth still asked: not simple.
  if (d.depthInDoubt && !d.deep) missing.push('depth');
  if (reasons.length) return { risk: 'atypical', reasons, missing };
  return { risk: missing.length ? 'undetermined' : 'simple', reasons, missing };
}
