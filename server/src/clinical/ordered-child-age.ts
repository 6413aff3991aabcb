/**
 * The age of the child a family visit's study is for (round 58, fix58s): a note that sees several people at once (twins,
 * siblings, a parent with a complaint of their own) tells each one's age beside the name, and ties its one study to one of
 * them by name:
 *
 *   "Plan: Ava ONLY - US lumbar spine"              "Request: spinal ultrasound for Noah please."
 *   "Plan MRI lumbar spine without contrast (Ezra)."  "XR lumbar spine - Lucy"      "Plan for Ben: MRI …"
 *
 * and earlier "Twin 1 - Ava, 8 wk", "Baby Noah is 22 weeks", "Ezra (3/12) and his sister Ruby (6y)", "Rafi, 10 - brought by
 * mum". The age read is the one told right after the name the study is tied to, never another child's or a parent's. The caller
 * reads it last, only when no other reading of the note gives an age (they refuse a note of several ages told).
 *
 * Refused (the note does not make it plain whose study it is, or whose age): two children named by the study sentences
 * ("US spine for Ava; XR for Isla", "US spine for Ava and Isla"); a name the study is tied to in a sentence telling a study
 * done ("MRI for Jonas last year: normal"; age-vocabulary.json orderedChild.notTheOrder); a name only after a relative's word
 * ("his sister Ruby (6y)", "her twin Poppy"); a name told with two different ages; a name after which the number goes on as
 * a duration or a time ("Leo, 6 weeks of back pain", "Leo, 3 weeks ago"); a bare number under the bare-number years or in a
 * note that speaks of an infant ("Ava (4)" may be months); twenty weeks or more in a note telling a gestation or a neonatal unit
 * ("Twin A - Ava, 34 weeks, 1.9 kg" on a NICU round may be her gestation).
 */
import { parseAge } from '../notes/age';
import { type Word, toWords } from '../notes/words';

export interface OrderedChildWords {
  /** A capitalised word that is a given name (age-fact.ts nameWord): no finding, drug, time or relative word. */
  name: (written: string) => boolean;
  /** A word for a relative or a companion (age-vocabulary.json relatives.words, companions). */
  relative: (word: string) => boolean;
  /** A word for a twin or triplet (subjectAge.twins): after a possessive, the one named is another child. */
  twin: (word: string) => boolean;
  /** A possessive before a twin's word ("her twin Poppy", "his twin"). */
  possessive: (word: string) => boolean;
  /** The sentence names a study or imaging (study-names.ts NAMES_A_STUDY). */
  namesStudy: (sentence: string) => boolean;
  /** Words telling a study done, not the one to do (orderedChild.notTheOrder: "done", "showed", "ago", "last"). */
  notTheOrder: ReadonlySet<string>;
  /** Words denying the study ("no", "nothing", "not"): a name such a sentence ties is never the ordered child. */
  noStudy: ReadonlySet<string>;
  /**
   * How the study is done, no denial of it (orderedChild.studyManner: "without contrast", "without sedation"; global): blanked
   * before a sentence's denial words are read ("MRI lumbar spine without contrast (Ezra).").
   */
  studyManner: RegExp;
  /** A bare number read as years: from min to max. */
  bareYears: { min: number; max: number };
  /** The note speaks of an infant (age-fact.ts speaksOfAnInfant): a bare number may then be months, so none is read. */
  infant: boolean;
  /**
   * The note tells a gestation or a neonatal unit (age-fact.ts mayGiveGestation, neonatalNote): "Twin A - Ava, 34 weeks, 1.9 kg"
   * may be her gestation, so weeks from GESTATION_WEEKS on are none of her age there.
   */
  gestationTold: boolean;
  /** The oldest age read, in months: a parent's age is never the child's. */
  maxMonths: number;
}

/** The age told beside the name of the one child the note's study is for, or undefined. */
export function orderedChildAge(text: string, w: OrderedChildWords): { months: number; span: { start: number; end: number } } | undefined {
  const name = orderedChild(text, w);
  return name ? ageBesideName(text, name, w) : undefined;
}

/** A sentence's end: a full stop, a semicolon, a mark or the line's end. */
const SENTENCE_BREAK = /[.;!?](?=\s|$)|\n/g;
const NAME = String.raw`([A-Z][a-z]{1,20})`;
/**
 * The ways a study is tied to one child: "for Noah", closing its clause ("for Noah please.", "Plan for Ben:"); a bracket
 * holding only the name closing its clause ("… (Ezra)."); a dash or comma and the name closing the sentence ("XR lumbar
 * spine - Lucy", "XR lumbar spine, Callum"); the name with "only" closing its clause ("Ava ONLY - US lumbar spine"), never
 * "Ava only needs reassurance". "as for Mia" compares with another's study ("US lumbar spine, same as for Mia").
 */
const TIES: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])(?<!\b[Aa]s[ \t]+)for[ \t]+${NAME}(?=[ \t]*(?:please[ \t]*)?(?:[.:;,!)]|$))`, 'gu'),
  new RegExp(String.raw`\([ \t]*${NAME}[ \t]*\)(?=[ \t]*(?:[.:;,!]|$))`, 'gu'),
  new RegExp(String.raw`[ \t](?:[-\u2013\u2014]|,)[ \t]*${NAME}(?=[ \t]*$)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])${NAME}[ \t]+(?:ONLY|only)(?=[ \t]*(?:[-\u2013\u2014:.;)]|$))`, 'gu'),
];

/**
 * The one name the note's study sentences tie their study to; undefined when none, or more than one. A name a sentence denies
 * imaging ("Nothing for Isla", "no imaging needed for Alfie") is never the ordered child, even where no other sentence names
 * one ("Plan: US lumbar spine for the baby. No imaging for Ava." is the baby's, not Ava's); "Plan: US spine for Ava. No imaging
 * for Isla." is Ava's. "for" after "as" compares ("same as for Mia": the study Mia had), and "only" ties its name only closing
 * its clause ("Ava ONLY - US …", not "Ava only needs reassurance").
 */
export function orderedChild(text: string, w: OrderedChildWords): string | undefined {
  const tied = new Set<string>();
  const denied = new Set<string>();
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); ; m = SENTENCE_BREAK.exec(text)) {
    const end = m ? m.index : text.length;
    const sentence = text.slice(from, end);
    from = m ? m.index + m[0].length : text.length;
    if (sentence.trim() && w.namesStudy(sentence)) {
      const found = tiedNames(sentence, w);
      for (const name of found.names) (found.denied ? denied : tied).add(name);
      if (tied.size > 1) return undefined;
    }
    if (!m) break;
  }
  // A name denied imaging is never the ordered child, not even where no other sentence names one ("Plan: US lumbar spine for
  // the baby. No imaging for Ava."): the study is then for a child the note does not name.
  if (tied.size !== 1) return undefined;
  const [name] = tied;
  return denied.has(name) ? undefined : name;
}

/** A bracket (its words are kept only when it holds one word, a name). */
const BRACKET = /\([^()\n]*\)/g;

/** The names a sentence ties its study to, when it tells no study done, and whether it denies the study. */
function tiedNames(sentence: string, w: OrderedChildWords): { names: string[]; denied: boolean } {
  const names: string[] = [];
  for (const tie of TIES) {
    tie.lastIndex = 0;
    for (let m = tie.exec(sentence); m; m = tie.exec(sentence)) if (w.name(m[1])) names.push(m[1]);
  }
  if (!names.length) return { names, denied: false };
  // An aside of more than a name ("(mum anxious, a cousin had …)") tells why, not whether the study is done.
  const words = toWords(sentence.replace(BRACKET, (b) => (/[ \t,]\S/.test(b.trim()) ? ' ' : b)).replace(w.studyManner, ' '));
  if (words.some((x) => w.notTheOrder.has(x.text))) return { names: [], denied: false };
  return { names, denied: words.some((x) => w.noStudy.has(x.text)) };
}

/** After the name: a comma, a bracket, "is" (or "is now") or a space, before the age. */
const LEADS = /^(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+is[ \t]+(?:now[ \t]+)?|[ \t]+)/;
/** The age closes its clause: a mark, a colon closing a label ("Mia, 10 wk: dimple …"), a bracket's end or its comma, a spaced dash, "and", "old", or the line's end. */
const AGE_CLOSES = /^(?:[ \t]+old\b)?[ \t]*(?:[,.;:)]|[-\u2013\u2014](?=[ \t])|and\b|\n|$)/;
/** From 20 weeks on, a number of weeks may be a gestation (viability is near 22 weeks). */
const GESTATION_WEEKS = 20;
const WEEKS_PER_MONTH = 52 / 12;
/** A bare number of years ("Ruby (9)", "Rafi, 10 -"), only after a comma or in a bracket. */
const BARE = /^(\d{1,2})(?![\d./:])/;

/** The age told right after the name (the same at every mention), or undefined. */
function ageBesideName(text: string, name: string, w: OrderedChildWords): { months: number; span: { start: number; end: number } } | undefined {
  let first: { months: number; span: { start: number; end: number } } | undefined;
  const at = new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}'\u2019])`, 'gu');
  for (let m = at.exec(text); m; m = at.exec(text)) {
    const after = m.index + name.length;
    const lead = LEADS.exec(text.slice(after, after + 16));
    if (!lead) continue;
    const start = after + lead[0].length;
    const age = ageAt(text, start, lead[0], w);
    if (!age) continue;
    if (otherChildBefore(text, m.index, w)) return undefined;
    if (first && Math.abs(first.months - age.months) >= 1) return undefined;
    first ??= age;
  }
  return first;
}

function ageAt(text: string, start: number, lead: string, w: OrderedChildWords): { months: number; span: { start: number; end: number } } | undefined {
  const ahead = text.slice(start, start + 24);
  const told = parseAge(ahead, true);
  if (told?.unit && told.span.start === 0) {
    if (!AGE_CLOSES.test(ahead.slice(told.span.end)) || told.months > w.maxMonths) return undefined;
    if (told.unit === 'w' && w.gestationTold && told.months >= GESTATION_WEEKS / WEEKS_PER_MONTH) return undefined;
    return { months: told.months, span: { start, end: start + told.span.end } };
  }
  // A bare number only after a comma or in a bracket, never after a space ("Leo 3 times") or "is" ("Leo is 4").
  if (!/[,(]/.test(lead)) return undefined;
  const bare = BARE.exec(ahead);
  if (!bare || !AGE_CLOSES.test(ahead.slice(bare[0].length)) || w.infant) return undefined;
  const years = Number(bare[1]);
  if (years < w.bareYears.min || years > w.bareYears.max) return undefined;
  return { months: years * 12, span: { start, end: start + bare[0].length } };
}

/** "his sister Ruby", "her twin Poppy", "brother Jack": the name at `at` is told as someone's relative in its clause. */
function otherChildBefore(text: string, at: number, w: OrderedChildWords): boolean {
  const lead = text.slice(Math.max(0, at - 30), at);
  const cut = Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf(','), lead.lastIndexOf('('), lead.lastIndexOf(':'), lead.lastIndexOf('.'));
  const words: Word[] = toWords(lead.slice(cut + 1)).slice(-2);
  if (words.some((x) => w.relative(x.text))) return true;
  return words.length === 2 && w.possessive(words[0].text) && w.twin(words[1].text);
}
