import { patientTwinLabel } from '../notes/headings';
import { lookupKey } from '../notes/keys';
import { type Span, lowerSlicer } from '../notes/text';
import { work } from '../notes/work';
import { type FormReading, MAY_HOLD_BOX, boxAt, mayMarkNone, readForm } from './form';
import { type ContextCategoryT, type ContextLexicon, type PseudoTriggerCategoryT, contextLexicon } from './lexicon';
import { joinMarkedLists } from './marked-list';
import { readCrossMarks } from './cross-marks';
import { alternation, escapeClass, mayBeOf, perVocabulary, wordBitsOf } from './patterns';

/**
 * Assertion context for any span of any text, in the manner of ConText (Harkema et al., 2009) as
 * pyConTextNLP and medspaCy structure it: triggers with a direction and a scope, pseudo-triggers
 * that look like triggers but are not, and terminators that end a scope. Every fact the engine
 * reads goes through `readContext`, so "no fever", "hx AML", "mom has scoliosis" and "return if
 * weakness develops" are read the same way wherever they are written.
 *
 * Lists: "no fever, night sweats, weight loss" — a cue's scope restarts at each list separator, so
 * it covers the whole list, until a terminator or an item with its own affirmation ("no tuft, deep
 * dimple" keeps the dimple; "afebrile, no wt loss, night pain x 2 wk" keeps the night pain). A word
 * that only describes an item ("deep", "subtle") does not end a list of alternatives ("no tuft,
 * hemangioma, or subtle discoloration").
 *
 * Relatives: a relative who tells ("mum says", "per mum", "Mum's main concern is") reports the child's
 * findings; one who has or had something ("mum has lymphoma", "his father, who had", "Mom is worried
 * because she had leukemia as a child") is its experiencer (`relativePhraseAt`, `ownHistoryCues`).
 *
 * Cost: each key line (with its continuation lines) holding a finding is read once, in a few
 * linear passes, into a per-token mask of the scopes that cover it, and a line with no possible
 * trigger is not tokenized at all; each query is then a binary search. Scanning back from every finding to its cue
 * instead would be quadratic in a long negated list (see the growth test).
 */
export interface AssertionContext {
  negated: boolean;
  uncertain: boolean;
  hypothetical: boolean;
  historical: boolean;
  experiencer: 'patient' | 'other';
}

export interface ContextReading extends AssertionContext {
  /** The uncertainty is "r/o X" / "eval for X": the reason for a study, not a finding. */
  ruleOut: boolean;
  /** Doubted ("doubt X", "low suspicion for X", "X less likely"): a denial only of the categories the lexicon names (`doubtDenies`). */
  doubted: boolean;
  /** Where the cues that decided it are (for hover). */
  cues: Span[];
}

const CATEGORIES: readonly ContextCategoryT[] = ['negated', 'uncertain', 'rule-out', 'hypothetical', 'historical', 'other', 'doubted'];
const BIT: Record<ContextCategoryT, number> = { negated: 1, uncertain: 2, 'rule-out': 4, hypothetical: 8, historical: 16, other: 32, doubted: 64 };
const DOUBTED = CATEGORIES.indexOf('doubted');
const NEGATED = CATEGORIES.indexOf('negated');
const OTHER = CATEGORIES.indexOf('other');
const HYPOTHETICAL = CATEGORIES.indexOf('hypothetical');

type Kind = 'w' | 'sep' | 'dash' | 'colon' | 'stop' | 'punct' | 'mark';

interface Tok extends Span {
  t: string;
  kind: Kind;
  /** A denied marked list's mark that ends the denial (marked-list.ts): where the denial's cue starts. */
  from?: number;
}

/**
 * After a column gap, the next question of a form's line: up to four words (a slash or "&" may join two:
 * "Lipoma/mass"), maybe its answers' prompt ("(Y/N)"), then a colon, a question mark or a dash ("Dimple: N",
 * "Night pain? no").
 */
const NEXT_QUESTION = /^[A-Za-z][A-Za-z'/&-]*(?:[ \t]+[A-Za-z][A-Za-z'/&-]*){0,3}[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?(?::|\?|[-\u2013\u2014](?:\s|$))/;
/**
 * A row of a form answered Y/N without colons ("Fever (N)   Night sweats (N)   Weight loss (N)", "Skin:  dimple N   hair N
 * haemangioma N"): a column gap with an answered item on each side, each a word or a few (never a number: "L5 (N)", "x2 N")
 * and then its one-letter answer, bare or in brackets. The gap parts the items so each answer ends its own item (bareAnswerAt,
 * answerAt) and the last answer's denial reaches back over none but its own. Only where both sides answer: a lone "N" in
 * prose ("grade N", "Dr N  to see") parts nothing.
 */
const ANSWERED_BEFORE_GAP = /[A-Za-z][A-Za-z'-]+[ \t]*(?:\([ \t]?[YNyn][ \t]?\)|[ \t][YNyn])$/;
const ANSWERED_AFTER_GAP = /^[A-Za-z][A-Za-z'/&-]*(?:[ \t][A-Za-z][A-Za-z'/&-]*){0,3}[ \t]*(?:\([ \t]?[YNyn][ \t]?\)|[ \t][YNyn])(?=[ \t]{2}|\t|[ \t]*(?:\r?\n|$))/;
function answeredRowGap(text: string, gapStart: number, gapEnd: number): boolean {
  if (!ANSWERED_AFTER_GAP.test(text.slice(gapEnd, gapEnd + 64))) return false;
  const before = text.slice(Math.max(0, gapStart - 60), gapStart);
  return ANSWERED_BEFORE_GAP.test(before) || (UNANSWERED_ITEM_BEFORE_GAP.test(before) && ANSWER_CLOSE_AFTER_GAP.test(text.slice(gapEnd, gapEnd + 64)));
}
/**
 * A row's first item written with no answer of its own, then a column gap and an answered item ("Skin: Hair tuft over
 * sacrum  Dimple N", "Hair tuft at L5  Haemangioma N  Dimple N", "Fever for 3 days   Night pain N"): the answer after the
 * gap is its own item's, so it must not reach back over the gap and deny the item before it, which stands as written. The
 * item is the whole of its cell: it opens its line (or follows a key's colon or another column gap) and is one to six
 * words of letters, maybe a level ("L5"), with no answer at its end (that is ANSWERED_BEFORE_GAP) and no punctuation, so a
 * sentence of prose before two spaces is not a cell. "Hair tuft  N  Dimple N" (the tuft's own answer in its column) is no
 * answered item after the first gap and parts nothing; nor does "Hair tuft  Dimple  N", whose answer stands in a column of
 * its own and may answer the whole row (ANSWER_CLOSE_AFTER_GAP: the answer right after its item's word, or in brackets).
 */
const ANSWER_CLOSE_AFTER_GAP = /^[A-Za-z][A-Za-z'/&-]*(?:[ \t][A-Za-z][A-Za-z'/&-]*){0,3}(?:[ \t]?\([ \t]?[YNyn][ \t]?\)|[ \t][YNyn])(?=[ \t]{2}|\t|[ \t]*(?:\r?\n|$))/;
const UNANSWERED_ITEM_BEFORE_GAP = /(?:^|[\r\n]|:[ \t]*|[ \t]{2}|\t)[A-Za-z][A-Za-z'-]*(?:[ \t][A-Za-z0-9][A-Za-z0-9'-]*){0,5}$/;

/**
 * An indented line under a heading that asks a question of its own ("Red flags:" then "  Fever: No", "  Night
 * pain / wakes from sleep: No"): a few words, maybe joined by slashes, then a colon or a question mark.
 */
const SUB_QUESTION = /^[ \t]+[A-Za-z][A-Za-z0-9'/&+ \t-]{0,48}?[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?[:?]/;

/**
 * The pipe between the two cells of a markdown table's row of two ("| fever / weight loss | none / none |", "| radiation to
 * legs | none |"): the item and its answer, as "Fever: none" writes them, so the answer's negation reaches back over it.
 * Only when the second cell opens on an answer ("none reported", "resolved"), or is answers of one sense ("none / none"), and
 * the first cell answers nothing itself, or when the first cell is the bare answer ("| No | Fever |"): "| fever: yes | night
 * pain: no |" is two items, each with its answer, and "| fever / weight loss | no / yes |" two answers the context cannot
 * pair. Any other pipe parts items, as a comma does ("fever N | night pain N").
 */
function answerCellPipe(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && text.charCodeAt(a - 1) !== 13) a--;
  let b = at + 1;
  while (b < text.length && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) b++;
  const line = text.slice(a, b);
  const m = TWO_CELL_ROW.exec(line);
  if (m === null || a + m[1].length !== at) return false;
  const first = m[1]
    .replace(/^\s*\|/, '')
    .trim()
    .toLowerCase();
  const second = line
    .slice(m[1].length + 1)
    .replace(/\|\s*$/, '')
    .trim()
    .toLowerCase();
  // "| No | Fever |": the answer's column first.
  if (BARE_NO.test(first) || BARE_YES.test(first)) return !ITEM_ANSWERED.test(second);
  if (ITEM_ANSWERED.test(first)) return false;
  // "| fever / weight loss | none / none |": answers of one sense, one for each item; "no / yes" cannot be paired.
  if (/[/]/.test(second)) {
    // "none / none (wt up 0.5 kg)": a bracket's remark is no answer.
    const answers = second
      .replace(/\([^()]*\)/g, ' ')
      .split('/')
      .map((t) => t.trim());
    return answers.every((t) => BARE_NO.test(t)) || answers.every((t) => BARE_YES.test(t));
  }
  // "| Fever | none reported |", "| night pain | resolved |", "| Fever | no, per mom |": a cell opening on its answer.
  return OPENS_ON_ANSWER.test(second);
}
/** A markdown row of exactly two cells, its first cell (with the opening pipe) in group 1. */
const TWO_CELL_ROW = /^(\s*\|[^|\n]*[^|\s][^|\n]*)\|[^|\n]*[^|\s][^|\n]*\|\s*$/;
/** A cell that holds an item and its answer already: "fever: yes", "night pain - no". */
const ITEM_ANSWERED = /:|\s[-\u2013\u2014]\s|\s[-\u2013\u2014]$/;
/** A bare answer denying, or affirming, the item of its row. */
const BARE_NO = /^(?:none|no|nil|neg|negative|n|denies|denied|absent|not present|nope|0|-|\u2717|\u2718)$/;
const BARE_YES = /^(?:yes|y|pos|positive|present|\+|\u2713|\u2714)$/;
/** A cell opening on an answer to its row's item: a bare answer, or a word of its course ("resolved", "previously"). */
const OPENS_ON_ANSWER =
  /^(?:(?:none|no|nil|neg|negative|n|denies|denied|absent|not|nope|0|yes|y|pos|positive|present|resolved|previously|prev|prior|intermittent|occasional|occasionally|sometimes|mild|moderate|severe)\b|[-+\u2713\u2714\u2717\u2718](?!\w))/;

/**
 * Where a lexicon trigger denying forward that ends at toks[k] ("no", "negative for", "denies") starts, or -1: the cue a
 * marked list may follow (marked-list.ts). Only the entries of the words up to six tokens back are asked.
 */
function denialEndingAt(toks: readonly Tok[], k: number, byFirst: Map<string, FirstWord>): number {
  const denies = (e: Entry) => e.kind === 'trigger' && ((e.fwd | e.both) & BIT.negated) !== 0;
  for (let s = k; s >= 0 && s >= k - 5; s--) {
    const node = byFirst.get(toks[s].t);
    if (!node) continue;
    if (s === k) {
      if (node.one.some(denies)) return s;
      continue;
    }
    const longer = node.bySecond.get(toks[s + 1].t);
    if (longer?.some((e) => e.tokens.length === k - s + 1 && denies(e) && e.tokens.every((w, j) => toks[s + j].t === w))) return s;
  }
  return -1;
}

/** A lexicon trigger of any kind starts at toks[k] (an item of a denied marked list with a cue of its own leaves the list as written: marked-list.ts). */
function cueStartsAt(toks: readonly Tok[], k: number, byFirst: Map<string, FirstWord>): boolean {
  const node = byFirst.get(toks[k].t);
  if (!node) return false;
  if (node.one.some((e) => e.kind === 'trigger')) return true;
  const longer = k + 1 < toks.length ? node.bySecond.get(toks[k + 1].t) : undefined;
  return longer?.some((e) => e.kind === 'trigger' && e.tokens.every((w, j) => toks[k + j]?.t === w)) ?? false;
}

/** Tokens: words (letters and digits, "1.5" kept whole), and punctuation marks one by one. */
export function contextTokens(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  work.steps += n;
  const lower = lowerSlicer(text);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A line break ends every scope unless the next line is indented (a continuation of the value).
      let j = i + 1;
      if (c === 13 && text.charCodeAt(j) === 10) j++;
      const next = text.charCodeAt(j);
      if (!(next === 32 || next === 9) || indentedKey(text, j)) out.push({ t: '\n', kind: 'stop', start: i, end: j });
      // An indented question of its own ("  Night pain: No") starts a new item: the answer above ends its own.
      else if (out.length && SUB_QUESTION.test(text.slice(j, j + 64))) out.push({ t: ' ', kind: 'sep', start: i, end: j });
      i = j;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0) {
      // A column gap (two spaces or more, or a tab) between two items of a line, as forms lay out
      // "Hair tuft: Y  Dimple: N": a separator, so an answer ends its item and a cue does not cross it.
      let j = i;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
      const prev = out[out.length - 1];
      const d = text.charCodeAt(j);
      const gap = (j - i >= 2 || c === 9) && prev !== undefined && j < n && d !== 10 && d !== 13;
      if (gap && (prev.kind === 'w' || markAnswerEnds(text, out)) && NEXT_QUESTION.test(text.slice(j, j + 48))) out.push({ t: ' ', kind: 'sep', start: i, end: j });
      else if (gap && answeredRowGap(text, i, j)) out.push({ t: ' ', kind: 'sep', start: i, end: j });
      i = j;
      continue;
    }
    if (isWordChar(c, text, i)) {
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text, i)) i++;
        else if (d === 46 /* . */ && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) i++;
        else if (d >= 0xd800 && d <= 0xdbff && i + 1 < n && /\p{L}|\p{N}/u.test(text.slice(i, i + 2))) i += 2;
        else break;
      }
      out.push({ t: lower(start, i), kind: 'w', start, end: i });
      continue;
    }
    // A form's box ("[x]", "[ ]", "☐") ends every scope, like a full stop: each box starts an item of its own.
    const box = c === 91 || c === 40 || c >= 0x25a0 ? boxAt(text, i) : undefined;
    if (box) {
      out.push({ t: box.checked ? '[x]' : '[ ]', kind: 'stop', start: i, end: box.end });
      i = box.end;
      continue;
    }
    // A typographic apostrophe is the plain one ("doesn’t", "mum’s"), as the lexicon writes it.
    const ch = c === 0x2019 ? "'" : text[i];
    let kind: Kind = 'punct';
    // "fever N | night pain N": a pipe parts a list's items (and a table's cells) as a comma does.
    if (ch === '|' && answerCellPipe(text, i)) kind = 'colon';
    else if (ch === ',' || ch === '/' || ch === '&' || ch === '|') kind = 'sep';
    else if (ch === ';' || ch === '!' || (ch === '.' && !initialBeforeBracket(text, i))) kind = 'stop';
    else if (ch === ':') kind = 'colon';
    else if (ch === '-' || ch === '–' || ch === '—') {
      // "non-tender": a hyphen inside a word joins it; " - " between words separates.
      const joined = i > 0 && isWordChar(text.charCodeAt(i - 1), text, i - 1) && isWordChar(text.charCodeAt(i + 1), text, i + 1);
      if (joined) {
        i++;
        continue;
      }
      kind = 'dash';
    }
    out.push({ t: ch, kind, start: i, end: i + 1 });
    i++;
  }
  return out;
}

/**
 * "Dimple: +   Hair tuft: -", "Dimple: ?   Hair tuft: N", "Fever: (-)   Night pain: +": the tokens last pushed are a
 * question's whole answer written in marks, straight after its colon on the same line. Before a column gap and the next
 * question it ends its item as an answer word does, so the next question's denial does not reach back over it.
 */
function markAnswerEnds(text: string, out: readonly Tok[]): boolean {
  let k = out.length - 1;
  const last = k;
  while (k >= 0 && k > last - 3 && (out[k].kind === 'punct' || out[k].kind === 'dash')) k--;
  if (k === last || k < 0 || out[k].kind !== 'colon') return false;
  for (let j = out[k].end; j < out[k + 1].start; j++) if (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) return false;
  return true;
}

/** "  Neuro: intact" after a line break is a new key (indented by a slip), which ends every scope. */
function indentedKey(text: string, from: number): boolean {
  let a = from;
  while (a < text.length && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  let colon = a;
  const limit = Math.min(text.length, a + 40);
  while (colon < limit && text.charCodeAt(colon) !== 58 && text.charCodeAt(colon) !== 10) colon++;
  work.steps += colon - from;
  return colon < limit && text.charCodeAt(colon) === 58 && lookupKey(text.slice(a, colon)) !== undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return /[\p{L}\p{N}]/u.test(text[i]);
}

type EntryKind = 'trigger' | 'pseudo' | 'terminator' | 'affirm' | 'qualify' | 'opener' | 'consequence';
interface Entry {
  tokens: string[];
  kind: EntryKind;
  /** For triggers: category bits that act forward, backward, or either (decided by position). */
  fwd: number;
  bwd: number;
  both: number;
  /**
   * For pseudo-triggers: the forward bits of their first word as a trigger of its own ("no" in "no
   * change"). The pseudo-trigger shields the words after it, not its own: a finding that starts inside
   * it ("no change in gait", "walks without difficulty walking") is what that first word speaks of.
   */
  own: number;
  /** Forward bits that reach only the cue's own list item (lexicon `scope: "item"`). */
  item: number;
  /** Forward bits that reach only the next word (lexicon `scope: "word"`: "non-tender"). */
  word: number;
  /** For qualifiers of lexicon listGrades: where the grade makes its item its own. */
  grade?: 'after-own-negation' | 'with-side';
  /** A denial that speaks of the past itself ("no history of", "no h/o"): lexicon historyModifiers keep its list denied. */
  deniesHistory?: boolean;
  /** A historical cue of lexicon historyModifiers ("prior"): inside such a denial it describes an item, it asserts none. */
  modifier?: boolean;
  /** A companion's relation before a bracket ("seen with brother (AML …)"): the bracket is the relative's aside, no more. */
  aside?: boolean;
  /** For pseudo-triggers of a lexicon group with a category: the rule under which it holds ("told-new": toldNewStands). */
  pseudoCategory?: PseudoTriggerCategoryT;
  /**
   * Forward bits read only where the cue opens its clause (lexicon trigger `opening`): "Unlikely discitis/CRMO", never
   * "UTI unlikely, discitis likely" nor "Unlikely to be discitis but …".
   */
  opening?: { bits: number; after: Set<string>; notBefore: Set<string> };
}

/**
 * The entries that start with one word: those of one word, and the longer ones by their second word
 * (a relation starts hundreds of generated phrases: "mum says", "mum ' s concern", …), each list longest first.
 */
interface FirstWord {
  one: Entry[];
  bySecond: Map<string, Entry[]>;
}

/** Genders of a relation or pronoun, as bits: a "parent" may be she or he. */
const FEMALE = 1;
const MALE = 2;
const PLURAL = 4;

/** Token phrases by their first token, each list longest first. */
type PhraseMap = Map<string, string[][]>;

/** The relatives (lexicon speakers), read as token phrases around a relation word (see `relativePhraseAt`). */
interface Relatives {
  /** Lexicon speakers.placedOn: "ALL in sister", "a dimple on his older brother". */
  placedPreps: Set<string>;
  placedBetween: Set<string>;
  placedReach: number;
  placedAfter: Set<string>;
  placedNotAfter: Set<string>;
  placedNotTwoAfter: Set<string>;
  /** Relation word → gender bits. */
  relations: Map<string, number>;
  /** A teller's verb after the relation ("mum says", "dad is worried"). */
  verbs: PhraseMap;
  /** The teller's verbs that are cues themselves ("denies"), as their tokens joined by spaces. */
  cueVerbs: Set<string>;
  /** Words that make a relative's denial the relative's own (speakers.ownDenials: "Dad denies drinking"). */
  ownDenials: Set<string>;
  /** Before the relation ("per mum", "history from mum", "brought in by her grandmother"). */
  companions: PhraseMap;
  /** After the relation's possessive ("Mum's main concern"). */
  tellerNouns: PhraseMap;
  /** Pronoun → gender bit. */
  pronouns: Map<string, number>;
  /** A relative's calling verbs ("calling re"), told only before the child named as the owner (speakers.callers). */
  callers: Set<string>;
  callerOwners: Set<string>;
  callerPronouns: Set<string>;
  /** Verbs of a relative's own history ("had", "was treated for"). */
  ownVerbs: PhraseMap;
  markers: PhraseMap;
  /** A word after the pronoun's verb that makes it an auxiliary ("she had noticed", "he has been"): no history told. */
  notAfter: Set<string>;
  /** The relatives who tell the child's story, and the words after their dash that tell their own (speakers.dashTellers). */
  dashTellers: Set<string>;
  dashOwnVerbs: PhraseMap;
  /** The relatives whose colon opens the child's story when the child is named after it (dashTellers and speakers.colonTellers). */
  colonTellers: Set<string>;
  /** A word for the child and "of"/"to" before a relation, as tokens ("daughter of", "born to"), and its last token. */
  offspring: string[][];
  offspringLast: Set<string>;
  /** Words that describe no one, between "of"/"to" and the relation ("a", "the"). */
  offspringBare: Set<string>;
  /** Words after the relation's comma or dash that still open its own clause ("who", "herself"). */
  offspringOwnAfterMark: Set<string>;
  /** A word for the child's kinship and "of" ("sib of", "son of") before a patient's noun ("pt", "survivors"): speakers.relativePatients. */
  kinOf: PhraseMap;
  patientNouns: PhraseMap;
  patientReach: number;
  /** Words that make a bracket after a relative the child's story told by the relative ("with mum (worried about …)"). */
  asideTellsChild: PhraseMap;
}

interface Matcher {
  byFirst: Map<string, FirstWord>;
  max: number;
  /** Matches wherever any trigger could start: text it does not match has no trigger, so nothing to analyze. */
  mayTrigger: RegExp;
  relatives: Relatives;
  /** Lexicon bracketSubjects: a test or a lab result a bracket's own denial is told of ("(UA neg)"), and that denial's cues. */
  bracketSubjects: { subjects: ReadonlySet<string>; sites: ReadonlySet<string>; deniedFindings: ReadonlySet<string>; denials: ReadonlySet<string> };
  /** Answer words no other entry reads ("N", "Y", "yes"): a cue only where they answer (see `answerAt`). */
  answers: Map<string, Entry>;
  /** Every answer word of a yes/no question (lexicon formAnswers): "no" and "neg" too. */
  answerWords: Set<string>;
  /** The "no" answers of a yes/no question (lexicon formAnswers.no): "yes/no", "yes or no" offers a choice, no answer. */
  noWords: Set<string>;
  /** Lexicon listGrades.denialVerbs: after them a grade stays denied. */
  gradeDenials: Set<string>;
  /** context-lexicon complaintDenialEnds: a word ending a complaint's denial ("not c/o back pain since the MVC"). */
  complaintDenialEnds: Set<string>;
  /** context-lexicon conditionConsequenceEnds: a word of a present clause that ends the rule-out a condition's consequence opened. */
  consequenceEnds: Set<string>;
  /** A sign that answers no (lexicon formAnswers.noSigns: "Fever: -", "Hair tuft: ✗"), where it alone answers its question. */
  noSigns: Map<string, Entry>;
  /** Lexicon formAnswers.noneWords: "none" alone after a question's colon denies every name of it ("Hair tuft/hemangioma: none"). */
  noneWords: Set<string>;
  /** Lexicon formAnswers.relayers: words between a question mark and its answer that relay it ("? Interpreter: no"). */
  relayers: Set<string>;
  /** Lexicon formAnswers.question*: the words that tell a form's printed question asked of what it lists (printedQuestion). */
  questionWords: QuestionWords;
  /** Lexicon durationHistory: a history cue after a length of time ("3 wk hx of") is none. */
  durations: Durations;
  /** Every token pass 1 can read as a cue: a first word of `byFirst`, a companion or relation, an answer, a no sign. */
  starts: Set<string>;
  /** `starts` as bits (wordBitsOf): most tokens are told none of them without asking the set. */
  startBits: Int32Array;
}

/** The lexicon's words for a form's printed question (formAnswers.questionOpeners … questionCourseWords). */
interface QuestionWords {
  /** The question's first word ("Any", "Did", "Has" …). */
  openers: Set<string>;
  /** What it asks through, its first or second word ("Any …", "Has she …", "Did anything …", "Is there …"). */
  askers: Set<string>;
  /** Determiners that make a name one the question takes for granted ("the lump", "her back pain"). */
  presupposing: Set<string>;
  /** Words of place before which such a determiner names a place ("on his back", "with her bladder"). */
  places: Set<string>;
  /** Words asking of a finding's course or time ("change", "improvement", "bigger", "birth", "time"). */
  course: Set<string>;
  /** After a word of timeLeads ("at"), times that narrow the name before them ("back pain at night"). */
  times: Set<string>;
  /** The words before such a time ("at"). */
  timeLeads: Set<string>;
}

interface Durations {
  /** The cues, as their tokens joined by spaces ("h / o"). */
  cues: Set<string>;
  units: Set<string>;
  slashUnits: Set<string>;
  counts: Set<string>;
  notAfter: Set<string>;
  notAfterKeys: Set<string>;
  /** The datedPast phrases, as their tokens. */
  datedPast: string[][];
  afterLeads: Set<string>;
  afterFollows: Set<string>;
  afterEnds: Set<string>;
  afterReach: number;
  /** Lexicon durationHistory.recentEpisodes: "(3 episodes in last 4 months)" after the complaint. */
  recent: { nouns: Set<string>; leads: string[][]; units: Set<string>; pastWhen: string[][] };
}

/**
 * A cue as the lexicon writes it and, where it holds one of the lexicon's bareContractions (present-tense "n't" forms), as
 * parents and quick typists write it without the apostrophe ("she doesnt have a fever", "hasnt lost weight", "isnt
 * constant"): the same cue. Past forms ("didnt", "wasnt") are not read bare: "wasnt wetting before" after a new symptom
 * tells a past, "didnt have the lump checked" a check not done (review r57e); "cant" and "wont" are words of their own.
 */
export function apostropheSpellings(phrase: string, bare: ReadonlySet<string>): string[] {
  const dropped = phrase.replace(/\b([a-z]+n)['’]t\b/gi, (word: string, stem: string) => (bare.has(`${stem.toLowerCase()}'t`) ? `${stem}t` : word));
  return dropped === phrase ? [phrase] : [phrase, dropped];
}

/**
 * The bare spelling of a cue ending on a verb a causative runs through (the lexicon's bareCausativeVerbs: have, had, get,
 * got), then a determiner of its bareCausativeObjects: "hasnt had the lump looked at", "doesnt have his back checked" tell a
 * check or a treatment not done, not an absence.
 */
function bareCausatives(phrase: string, bare: ReadonlySet<string>, verbs: ReadonlySet<string>, objects: readonly string[]): string[] {
  const spellings = apostropheSpellings(phrase, bare);
  if (spellings.length < 2 || !verbs.has(spellings[1].slice(spellings[1].lastIndexOf(' ') + 1))) return [];
  return objects.map((o) => `${spellings[1]} ${o}`);
}

const matcherFor = perVocabulary((lex: ContextLexicon): Matcher => {
  const entries = new Map<string, Entry>();
  const entry = (source: string, kind: EntryKind): Entry | undefined => {
    const tokens = contextTokens(source).map((t) => t.t);
    if (!tokens.length) return undefined;
    const key = `${kind}\u0000${tokens.join(' ')}`;
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { tokens, kind, fwd: 0, bwd: 0, both: 0, own: 0, item: 0, word: 0 }));
    return e;
  };
  const bareForms = new Set(lex.bareContractions);
  const spellings = (p: string) => apostropheSpellings(p, bareForms);
  for (const t of lex.triggers) {
    // Only a denial is read in its bare spelling: "dont know if", "isnt sure if" stay as written (review r57e).
    for (const p of t.category === 'negated' ? t.phrases.flatMap(spellings) : t.phrases) {
      const e = entry(p, 'trigger')!;
      if (t.direction === 'forward') e.fwd |= BIT[t.category];
      else e.bwd |= BIT[t.category];
      if (t.direction === 'forward' && t.scope === 'item') e.item |= BIT[t.category];
      if (t.direction === 'forward' && t.scope === 'word') e.word |= BIT[t.category];
      if (t.direction === 'forward' && t.opening)
        e.opening = { bits: (e.opening?.bits ?? 0) | BIT[t.category], after: new Set(t.opening.after), notBefore: new Set(t.opening.notBefore) };
    }
  }
  for (const e of entries.values()) {
    // Listed both ways ("no", "neg", "(-)"): forward when a word follows in its item, else backward.
    e.both = e.fwd & e.bwd;
    e.fwd &= ~e.both;
    e.bwd &= ~e.both;
  }
  const pastCues = lex.triggers.filter((t) => t.category === 'historical' && t.direction === 'forward').flatMap((t) => t.phrases.map((p) => contextTokens(p).map((k) => k.t)));
  for (const e of entries.values()) {
    if (e.fwd & BIT.negated && pastCues.some((c) => holdsRun(e.tokens, c))) e.deniesHistory = true;
  }
  for (const p of lex.historyModifiers) {
    const e = entries.get(
      `trigger\u0000${contextTokens(p)
        .map((t) => t.t)
        .join(' ')}`,
    );
    if (e && e.fwd === BIT.historical && !e.bwd && !e.both) e.modifier = true;
  }
  const causativeVerbs = new Set(lex.bareCausativeVerbs);
  const causatives = lex.triggers.flatMap((t) =>
    t.category === 'negated' ? t.phrases.flatMap((p) => bareCausatives(p, bareForms, causativeVerbs, lex.bareCausativeObjects)) : [],
  );
  // A group is flattened where it stands in the list, so the entries keep the order of a flat list.
  const pseudo: { phrase: string; category?: PseudoTriggerCategoryT }[] = lex.pseudoTriggers.flatMap((item) =>
    typeof item === 'string' ? spellings(item).map((phrase) => ({ phrase })) : item.phrases.flatMap(spellings).map((phrase) => ({ phrase, category: item.category })),
  );
  for (const { phrase, category } of [...pseudo, ...causatives.map((phrase): (typeof pseudo)[number] => ({ phrase }))]) {
    const e = entry(phrase, 'pseudo');
    const lead = e && e.tokens.length > 1 ? entries.get(`trigger\u0000${e.tokens[0]}`) : undefined;
    if (e && lead) e.own = lead.fwd | lead.both;
    if (e && category) e.pseudoCategory = category;
  }
  for (const p of lex.terminators.flatMap(spellings)) entry(p, 'terminator');
  for (const p of lex.listOpeners) entry(p, 'opener');
  for (const p of lex.conditionConsequences) entry(p, 'consequence');
  for (const p of lex.listAffirmations) entry(p, 'affirm');
  for (const p of lex.listQualifiers) entry(p, 'qualify');
  for (const p of lex.listGrades.afterOwnNegation) entry(p, 'qualify')!.grade = 'after-own-negation';
  for (const p of lex.listGrades.withSide) entry(p, 'qualify')!.grade = 'with-side';
  const byFirst = new Map<string, FirstWord>();
  // A phrase that is both a trigger and something else: the trigger reading is kept once per kind,
  // longest first, and among equal lengths pseudo and terminator win over triggers.
  const order: Record<EntryKind, number> = { pseudo: 0, terminator: 1, trigger: 2, affirm: 3, qualify: 4, opener: 5, consequence: 6 };
  for (const e of entries.values()) {
    let node = byFirst.get(e.tokens[0]);
    if (!node) byFirst.set(e.tokens[0], (node = { one: [], bySecond: new Map() }));
    if (e.tokens.length === 1) node.one.push(e);
    else {
      const list = node.bySecond.get(e.tokens[1]) ?? [];
      list.push(e);
      node.bySecond.set(e.tokens[1], list);
    }
  }
  const sortList = (list: Entry[]) => list.sort((a, b) => b.tokens.length - a.tokens.length || order[a.kind] - order[b.kind]);
  for (const node of byFirst.values()) {
    sortList(node.one);
    for (const list of node.bySecond.values()) sortList(list);
  }
  const relatives = relativesOf(lex);
  const firsts = new Set<string>();
  for (const e of entries.values()) if (e.kind === 'trigger') firsts.add(e.tokens[0]);
  // A relation may start a cue ("his father, who had …", "Mom is worried because she had … as a child"), and so may a
  // kinship before a patient of the writer's ("sib of our Wilms pt").
  for (const r of relatives.relations.keys()) firsts.add(r);
  for (const r of relatives.kinOf.keys()) firsts.add(r);
  // Words behind one boundary pair, punctuation marks in one class: a pattern V8 runs quickly. ASCII
  // boundaries: a false match (a non-ASCII letter next to a trigger word) only costs a full analysis.
  const words = [...firsts].filter((t) => /^[a-z0-9]+$/.test(t));
  const marks = [...firsts].filter((t) => !/^[a-z0-9]+$/.test(t)).map(escapeClass);
  // The answers of a yes/no question written without a box ("fever - N", "hair tuft: Y"): the form's
  // answer words (lexicon formAnswers) that no entry reads already; a "no" denies the item it ends.
  const answers = new Map<string, Entry>();
  for (const [list, kind, bwd] of [
    [lex.formAnswers.no, 'trigger', BIT.negated],
    [lex.formAnswers.yes, 'affirm', 0],
  ] as const) {
    for (const w of list) {
      const t = w.toLowerCase();
      if (/^[a-z]+$/.test(t) && !byFirst.get(t)?.one.length) answers.set(t, { tokens: [t], kind, fwd: 0, bwd, both: 0, own: 0, item: 0, word: 0 });
    }
  }
  const denials = [...answers.values()].filter((e) => e.bwd).map((e) => e.tokens[0]);
  const noSigns = new Map<string, Entry>();
  for (const t of lex.formAnswers.noSigns) noSigns.set(t, { tokens: [t], kind: 'trigger', fwd: 0, bwd: BIT.negated, both: 0, own: 0, item: 0, word: 0 });
  const signs = [...noSigns.keys()].map(escapeClass).join('');
  // "fever N / night pain N": a one-letter denial straight after its question's word (bareAnswerAt).
  const bare = denials.filter((t) => t.length === 1);
  const source = [
    words.length ? `\\b(?:${alternation(words, { longestFirst: true })})\\b` : '',
    marks.length ? `[${marks.join('')}]` : '',
    denials.length ? `[-:=(\u2013\u2014]\\s*(?:${alternation(denials)})\\b` : '',
    bare.length ? `[a-z]{2}[ \\t]+(?:${alternation(bare)})(?![a-z0-9'])` : '',
    signs ? `:[ \\t]*[${signs}]` : '',
    // "twin B" may name the other twin (otherTwinAt).
    '\\btwin\\s*(?:[a-d1-4]|one|two|three)\\b',
  ]
    .filter(Boolean)
    .join('|');
  const answerWords = new Set<string>();
  for (const w of [...lex.formAnswers.yes, ...lex.formAnswers.no, ...lex.formAnswers.unknown]) if (/^[a-z]+$/i.test(w)) answerWords.add(w.toLowerCase());
  const gradeDenials = new Set(lex.listGrades.denialVerbs.map((w) => w.toLowerCase()));
  const complaintDenialEnds = new Set(lex.complaintDenialEnds.map((w) => w.toLowerCase()));
  const consequenceEnds = new Set(lex.conditionConsequenceEnds.map((w) => w.toLowerCase()));
  const noWords = new Set(lex.formAnswers.no.map((w) => w.toLowerCase()));
  const dh = lex.durationHistory;
  const durations: Durations = {
    cues: new Set(
      dh.cues.map((c) =>
        contextTokens(c.toLowerCase())
          .map((t) => t.t)
          .join(' '),
      ),
    ),
    units: new Set(dh.units),
    slashUnits: new Set(dh.slashUnits),
    counts: new Set(dh.counts),
    notAfter: new Set(dh.notAfter),
    notAfterKeys: new Set(dh.notAfterKeys),
    datedPast: dh.datedPast.map((p) => contextTokens(p.toLowerCase()).map((t) => t.t)),
    afterLeads: new Set(dh.afterLeads),
    afterFollows: new Set(dh.afterFollows),
    afterEnds: new Set(dh.afterEnds),
    afterReach: dh.afterReach,
    recent: {
      nouns: new Set(dh.recentEpisodes.nouns),
      leads: dh.recentEpisodes.leads.map((p) => contextTokens(p.toLowerCase()).map((t) => t.t)),
      units: new Set(dh.recentEpisodes.units),
      pastWhen: dh.recentEpisodes.pastWhen.map((p) => contextTokens(p.toLowerCase()).map((t) => t.t)),
    },
  };
  const starts = new Set([
    ...byFirst.keys(),
    ...relatives.companions.keys(),
    ...relatives.relations.keys(),
    ...relatives.kinOf.keys(),
    ...answers.keys(),
    ...noSigns.keys(),
    'twin',
  ]);
  const noneWords = new Set(lex.formAnswers.noneWords);
  return {
    byFirst,
    max: lex.maxScopeWords,
    mayTrigger: new RegExp(source || '(?!)', 'i'),
    relatives,
    bracketSubjects: {
      subjects: new Set(lex.bracketSubjects.subjects),
      sites: new Set(lex.bracketSubjects.sites),
      deniedFindings: new Set(lex.bracketSubjects.deniedFindings),
      denials: new Set(lex.bracketSubjects.denials),
    },
    answers,
    answerWords,
    noWords,
    gradeDenials,
    complaintDenialEnds,
    consequenceEnds,
    noSigns,
    noneWords,
    relayers: new Set(lex.formAnswers.relayers),
    questionWords: {
      openers: new Set(lex.formAnswers.questionOpeners),
      askers: new Set(lex.formAnswers.questionAskers),
      presupposing: new Set(lex.formAnswers.questionPresupposing),
      places: new Set(lex.formAnswers.questionPlaceWords),
      course: new Set(lex.formAnswers.questionCourseWords),
      times: new Set(lex.formAnswers.questionTimes),
      timeLeads: new Set(lex.formAnswers.questionTimeLeads),
    },
    durations,
    starts,
    startBits: wordBitsOf(starts, 4096),
  };
});

/** Whether `run` stands in `tokens` as consecutive tokens (a phrase's own tokens, once per vocabulary). */
function holdsRun(tokens: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let k = 0; k < run.length; k++) if (tokens[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

function relativesOf(lex: ContextLexicon): Relatives {
  const sp = lex.speakers;
  const toks = (p: string) => contextTokens(p).map((t) => t.t);
  const phraseMap = (list: string[]): PhraseMap => {
    const map: PhraseMap = new Map();
    for (const p of list) {
      const t = toks(p);
      if (t.length) map.set(t[0], [...(map.get(t[0]) ?? []), t]);
    }
    for (const l of map.values()) l.sort((x, y) => y.length - x.length);
    return map;
  };
  const relations = new Map<string, number>();
  const g = sp.genders;
  for (const r of sp.relations) {
    const t = toks(r);
    if (t.length !== 1) continue;
    relations.set(t[0], g.female.includes(r) ? FEMALE : g.male.includes(r) ? MALE : g.plural.includes(r) ? PLURAL : FEMALE | MALE);
  }
  const pronouns = new Map<string, number>();
  for (const [p, gender] of Object.entries(sp.ownHistory.pronouns)) pronouns.set(p, gender === 'female' ? FEMALE : gender === 'male' ? MALE : PLURAL);
  const notAfter = new Set<string>(['been', 'to', 'him', 'her', 'them', 'it']);
  for (const v of sp.verbs) notAfter.add(toks(v)[0]);
  const forward = new Set(lex.triggers.filter((t) => t.direction === 'forward').flatMap((t) => t.phrases.map((p) => toks(p).join(' '))));
  return {
    relations,
    verbs: phraseMap([...sp.verbs, ...sp.callers.verbs]),
    callers: new Set(sp.callers.verbs.map((v) => toks(v).join(' '))),
    callerOwners: new Set(sp.callers.owners),
    callerPronouns: new Set(sp.callers.pronouns),
    cueVerbs: new Set(sp.verbs.map((v) => toks(v).join(' ')).filter((v) => forward.has(v))),
    ownDenials: new Set(sp.ownDenials.words),
    companions: phraseMap(sp.companions),
    tellerNouns: phraseMap(sp.tellerNouns),
    pronouns,
    ownVerbs: phraseMap(sp.ownHistory.verbs),
    markers: phraseMap(sp.ownHistory.markers),
    notAfter,
    dashTellers: new Set(sp.dashTellers.relations.flatMap((r) => (toks(r).length === 1 ? [toks(r)[0]] : []))),
    dashOwnVerbs: phraseMap(sp.dashTellers.verbs),
    colonTellers: new Set([...sp.dashTellers.relations, ...sp.colonTellers.relations].flatMap((r) => (toks(r).length === 1 ? [toks(r)[0]] : []))),
    offspring: sp.offspring.phrases.map(toks).filter((t) => t.length > 0),
    offspringLast: new Set(sp.offspring.phrases.map(toks).flatMap((t) => (t.length ? [t[t.length - 1]] : []))),
    offspringBare: new Set(sp.offspring.bare.flatMap((p) => toks(p))),
    offspringOwnAfterMark: new Set(sp.offspring.ownAfterMark.flatMap((p) => toks(p).slice(0, 1))),
    kinOf: phraseMap(sp.relativePatients.kin),
    patientNouns: phraseMap(sp.relativePatients.patients),
    patientReach: sp.relativePatients.reach,
    asideTellsChild: phraseMap(sp.relativePatients.asideTellsChild),
    placedPreps: new Set(sp.placedOn.preps),
    placedBetween: new Set(sp.placedOn.between),
    placedReach: sp.placedOn.reach,
    placedAfter: new Set(sp.placedOn.after),
    placedNotAfter: new Set(sp.placedOn.notAfter),
    placedNotTwoAfter: new Set(sp.placedOn.notTwoAfter),
  };
}

/** The length of the longest phrase of `map` at toks[i…] (0: none). */
function longestAt(map: PhraseMap, toks: Tok[], i: number): number {
  const list = i < toks.length ? map.get(toks[i].t) : undefined;
  if (list) for (const p of list) if (tokensAt(toks, i, p)) return p.length;
  return 0;
}

/** Words between a relation and its teller's verb ("mum also says"). */
const TELLER_ADVERBS = new Set([
  'also',
  'then',
  'first',
  'initially',
  'later',
  'now',
  'still',
  'further',
  'additionally',
  'independently',
  'separately',
  'originally',
  'just',
  'recently',
  'both',
]);

/** Words between a companion and the relation ("per his mother", "brought in by her grandmother"). */
const DETERMINERS = new Set(['his', 'her', 'their', 'the', 'pt', 'patient', 'a', 'an', 'another', 'one', 'some']);

/** Entries made for a phrase around a relation, by kind and length (shared, never mutated). */
const relativeEntries = new Map<string, Entry>();

function relativeEntry(kind: EntryKind, len: number, fwd: number, aside = false): Entry {
  const key = `${kind}${len}${aside ? 'a' : ''}`;
  let e = relativeEntries.get(key);
  if (!e) relativeEntries.set(key, (e = { tokens: new Array<string>(len).fill(''), kind, fwd, bwd: 0, both: 0, own: 0, item: 0, word: 0, ...(aside ? { aside } : {}) }));
  return e;
}

/**
 * A phrase around a relation word at toks[i] (lexicon speakers), read in place rather than listed,
 * since every relation goes with every companion, verb and noun:
 * - a companion, a determiner maybe, the relation (and more: "with mum and dad"): a pseudo-trigger, the
 *   relation is the teller or the company ("per mum", "history from mum", "brought in by her grandmother");
 * - the relation and a teller's verb ("mum says", "dad is worried") or its possessive and a teller's noun
 *   ("Mum's main concern"): a terminator;
 * - the relation, "who" and a verb of its own history ("his father, who had …"): an "other" trigger.
 */
function relativePhraseAt(toks: Tok[], i: number, rel: Relatives): Entry | undefined {
  const n = toks.length;
  const isRelation = (k: number) => k < n && toks[k].kind === 'w' && rel.relations.has(toks[k].t);
  const c = longestAt(rel.companions, toks, i);
  if (c) {
    let j = i + c;
    if (j < n && DETERMINERS.has(toks[j].t)) j++;
    if (isRelation(j)) {
      j++;
      for (;;) {
        let k = j;
        if (k < n && (toks[k].t === 'and' || toks[k].t === '&')) k++;
        else break;
        if (k < n && DETERMINERS.has(toks[k].t)) k++;
        if (!isRelation(k)) break;
        j = k + 1;
      }
      work.steps += j - i;
      // "lives with his mother, who had lymphoma": the relative's own history after all.
      const who = ownHistoryAfter(toks, j, rel);
      if (who) return relativeEntry('trigger', who - i, BIT.other);
      // "seen with brother (AML, day +100 post BMT)", "here w/ his sister (Hodgkin, …)": a bracket right after the
      // company describes the company (the scope then holds to the bracket's end).
      return j < n && toks[j].t === '(' && !bracketTellsChild(toks, j, rel) ? relativeEntry('trigger', j - i, BIT.other, true) : relativeEntry('pseudo', j - i, 0);
    }
  }
  if (!isRelation(i)) return undefined;
  // "mum also says", "dad then noticed": an adverb between the relation and its verb.
  const at = i + 1 < n && TELLER_ADVERBS.has(toks[i + 1].t) ? i + 2 : i + 1;
  const found = longestAt(rel.verbs, toks, at);
  const v = found && REMAIN_VERB.test(phraseAt(toks, at, found)) && !remainTells(toks, i, at + found) ? 0 : found;
  if (v && !(rel.callers.has(phraseAt(toks, at, v)) && !callNamesChild(toks, at + v, rel))) {
    // "Mom denies fever": the relation tells the child's history, and its verb still denies what follows — unless
    // the denial is the relative's own ("Dad denies drinking", "Mom denies back problems herself"), as "mom has" is.
    if (rel.cueVerbs.has(phraseAt(toks, at, v))) return ownDenialAfter(toks, i, at + v, rel) ? undefined : relativeEntry('terminator', at - i, 0);
    return relativeEntry('terminator', at + v - i, 0);
  }
  const q = i + 1 < n ? toks[i + 1].t : '';
  if (q === "'" || q === '\u2019') {
    const k = i + 2 < n && toks[i + 2].t === 's' ? i + 3 : toks[i].t.endsWith('s') ? i + 2 : -1;
    const m = k > 0 ? longestAt(rel.tellerNouns, toks, k) : 0;
    if (m) return relativeEntry('terminator', k + m - i, 0);
  }
  if (placedOnRelative(toks, i, rel)) return PLACED_ON_RELATIVE;
  const who = ownHistoryAfter(toks, i + 1, rel);
  if (who) return relativeEntry('trigger', who - i, BIT.other);
  // "7 wk old daughter of a 17 yo mom, hair tuft at L5": the relation describes the child, what follows is the child's.
  return offspringRelation(toks, i, rel) ? relativeEntry('pseudo', 1, 0) : undefined;
}

/**
 * The relation at toks[i] right after a condition's opening word ("if", "should", "unless", "in case"), a determiner or "both"
 * at most between ("if the parents", "if both parents", "should his mum"), the condition opening its clause (a sentence's or
 * line's start, a colon, a comma, a dash or a bracket before it): its teller's verb is the condition's, never a report
 * (round 53, fix53h). Only right there: "If fever, mum says he has night pain" (a clause between) is mum's report as before,
 * and "Asked if mum noticed any hair tuft: yes", "Return if mum notices fever" (a verb before "if") read as before.
 */
function conditionOpensOnTeller(toks: readonly Tok[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && (DETERMINERS.has(toks[k].t) || toks[k].t === 'both')) k--;
  if (k < 0 || toks[k].kind !== 'w') return false;
  const t = toks[k].t;
  if (!REMAIN_CONDITIONS.has(t)) return false;
  if (t === 'case') {
    if (toks[k - 1]?.t !== 'in') return false;
    k--;
  }
  // The condition opens its clause: "Asked if mum noticed any hair tuft: yes" is a question asked, its answer the finding's.
  const before = toks[k - 1];
  return before === undefined || before.kind === 'stop' || before.kind === 'colon' || before.kind === 'sep' || before.kind === 'dash' || before.t === '(';
}

/** "remain(s) worried/concerned/anxious": a speaker verb only as remainTells allows. */
const REMAIN_VERB = /^remains? /;
/** Words opening a clause that makes a relative's worry a condition ("If parents remain worried …", "Should mum remain …"). */
const REMAIN_CONDITIONS = new Set(['if', 'should', 'unless', 'case']);

/**
 * Whether the relation at toks[i] with "remain(s) worried/concerned/anxious" ending at toks[from] tells the child's
 * finding: the worry is about "the" finding ("Parents remain worried about the dimple"), not "a" or "any" ("… about a
 * tuft", "… about a lump": no finding of the child's told), and no if/should/unless/in case opens its clause or sentence
 * before it ("If parents remain worried at review, US spine", "Should parents remain anxious, …"). Narrowed after review
 * r52 of fix52e.
 */
function remainTells(toks: Tok[], i: number, from: number): boolean {
  if (!(from + 1 < toks.length && toks[from].t === 'about' && toks[from + 1].t === 'the')) return false;
  for (let k = i - 1; k >= 0 && toks[k].kind !== 'stop' && toks[k].t !== '.' && toks[k].t !== ';'; k--) {
    work.steps++;
    if (toks[k].kind === 'w' && REMAIN_CONDITIONS.has(toks[k].t)) return false;
  }
  return true;
}

/**
 * Right after a relative's calling verb ending at toks[from] ("Mum calling re") the child is named as the owner: one of
 * speakers.callers.owners with its possessive, one of its pronouns before it or not ("re son's back pain", "about his
 * son's", "re her daughter's"). A bare call ("Mum rang re back pain", "Dad rang re his back pain") names no child.
 */
function callNamesChild(toks: Tok[], from: number, rel: Relatives): boolean {
  const k = from < toks.length && rel.callerPronouns.has(toks[from].t) ? from + 1 : from;
  if (k + 2 >= toks.length || !rel.callerOwners.has(toks[k].t)) return false;
  const q = toks[k + 1].t;
  return (q === "'" || q === '\u2019') && toks[k + 2].t === 's';
}

/** A relation told after a preposition ("ALL in sister"): what its item tells before it is the relative's, nothing after. */
const PLACED_ON_RELATIVE: Entry = { tokens: [''], kind: 'trigger', fwd: 0, bwd: BIT.other, both: 0, own: 0, item: 0, word: 0 };

/**
 * The relation at toks[i] stands after one of speakers.placedOn.preps, maybe a few of its `between` words between ("hx
 * ALL in sister", "Mum very worried about a dimple on his older brother", "scoliosis in maternal aunt"): the finding
 * before it in its item is the relative's. Not a possessive ("dimple seen in mum's photos", "on dad's lap": the
 * relative's thing, where the child's finding is seen).
 */
function placedOnRelative(toks: Tok[], i: number, rel: Relatives): boolean {
  // The relation ends its clause: a mark, a number ("in sister 2020") or one of placedOn.after follows, never a noun of
  // the relative's ("fell from a tree in grandparents garden").
  const next = i + 1 < toks.length ? toks[i + 1] : undefined;
  if (next && (next.t === "'" || next.t === '\u2019')) return false;
  if (next && next.kind === 'w' && !/^\d/.test(next.t) && !rel.placedAfter.has(next.t)) return false;
  let k = i - 1;
  for (let b = 0; k >= 0 && b < rel.placedReach && toks[k].kind === 'w' && rel.placedBetween.has(toks[k].t); b++) k--;
  if (!(k >= 0 && toks[k].kind === 'w' && rel.placedPreps.has(toks[k].t))) return false;
  // "In father: lymphoma": a preposition opening its sentence or item heads what follows, as the relation alone would; no
  // finding stands before it to be the relative's.
  if (k === 0 || toks[k - 1].kind === 'stop' || toks[k - 1].kind === 'colon' || toks[k - 1].kind === 'sep') return false;
  // "Back pain after falling on his brother", "dimple like in brother", "as seen in dad": the relative bears nothing.
  if (k > 0 && toks[k - 1].kind === 'w' && rel.placedNotAfter.has(toks[k - 1].t)) return false;
  return !(k > 1 && toks[k - 2].kind === 'w' && rel.placedNotTwoAfter.has(toks[k - 2].t));
}

/**
 * "twin B" at toks[i] where the note is about another twin (headings.ts patientTwinLabel: a line opens "Twin A, 2 mo M"):
 * the co-twin, someone else. A note naming no twin as its patient, or this one, keeps "twin B …" the patient's.
 */
function otherTwinAt(toks: Tok[], i: number, whole: string): boolean {
  if (toks[i].t !== 'twin' || i + 1 >= toks.length) return false;
  const label = toks[i + 1].t;
  if (!/^(?:[a-d1-4]|one|two|three)$/.test(label)) return false;
  const patient = patientTwinLabel(whole);
  return patient !== undefined && patient !== label;
}

/** The tokens toks[i…i+len) joined by spaces. */
function phraseAt(toks: Tok[], i: number, len: number): string {
  let s = toks[i].t;
  for (let k = i + 1; k < i + len; k++) s += ' ' + toks[k].t;
  return s;
}

/** How many tokens after a relative's denial verb a word of the relative's own (speakers.ownDenials) or a reflexive may stand. */
const OWN_DENIAL_REACH = 8;

/**
 * After the relation at toks[i] and its denial verb, up to toks[from]: a word of the relative's own habits or body
 * ("drinking", "pregnancy") or a reflexive of the relation's gender ("herself"), in the sentence and within reach.
 */
function ownDenialAfter(toks: Tok[], i: number, from: number, rel: Relatives): boolean {
  const gender = rel.relations.get(toks[i].t) ?? 0;
  for (let k = from; k < Math.min(toks.length, from + OWN_DENIAL_REACH) && toks[k].kind !== 'stop'; k++) {
    work.steps++;
    const t = toks[k].t;
    if (rel.ownDenials.has(t) || ((REFLEXIVE.get(t) ?? 0) & gender) !== 0) return true;
  }
  return false;
}

/** Words between "of"/"to" and the relation it names: the relation's age or description ("a 17 yo", "16-yr-old"). */
const OFFSPRING_GAP = 6;

/**
 * The relation at toks[i] is named by a word for the child and "of"/"to" a few words before it, with words of its own
 * that describe it ("daughter of a 17 yo mom", "twin of a 16 y/o mother", "born to a G1P1 mum", "infant of a diabetic
 * mother"), and its clause ends right after it at a comma or a dash, the relation's own clause not following ("…, who
 * had"): it describes the child. Anything else after it ("… mom with spina bifida", "… mother known to have a lipoma",
 * "… mother (dermal sinus)", "… mother s/p repair"), or a relation named bare ("son of a mother - hairy patch"), keeps
 * what follows the relation's. Bounded look-back (OFFSPRING_GAP words).
 */
function offspringRelation(toks: Tok[], i: number, rel: Relatives): boolean {
  const n = toks.length;
  const next = toks[i + 1];
  if (next && next.t !== ',' && next.kind !== 'dash' && next.kind !== 'stop') return false;
  if (next && next.kind !== 'stop' && i + 2 < n && toks[i + 2].kind === 'w' && rel.offspringOwnAfterMark.has(toks[i + 2].t)) return false;
  let described = false;
  for (let k = i - 1, seen = 0; k >= 0 && seen <= OFFSPRING_GAP; k--, seen++) {
    const t = toks[k];
    work.steps++;
    if (t.kind !== 'w' && t.kind !== 'dash' && t.t !== '/') return false;
    if (t.kind === 'w' && rel.relations.has(t.t)) return false;
    if (rel.offspringLast.has(t.t)) for (const p of rel.offspring) if (p[p.length - 1] === t.t && k - p.length + 1 >= 0 && tokensAt(toks, k - p.length + 1, p)) return described;
    if (t.kind === 'w' && !rel.offspringBare.has(t.t)) described = true;
  }
  return false;
}

/**
 * A word for the child's kinship and "of" at toks[i…] ("sib of", "son of", "brother of") with a patient's noun of the
 * writer's a few words on in its clause ("sib of our Wilms pt", "son of one of our ALL survivors", "son of ex-pt"): the
 * kinship's length and the noun's index, or undefined. Bounded look-ahead (speakers.relativePatients.reach words).
 */
function relativePatientAt(toks: Tok[], i: number, rel: Relatives): { len: number; noun: number } | undefined {
  const len = longestAt(rel.kinOf, toks, i);
  if (!len) return undefined;
  for (let k = i + len, words = 0; k < toks.length && toks[k].kind === 'w' && words < rel.patientReach; k++, words++) {
    work.steps++;
    if (longestAt(rel.patientNouns, toks, k)) return { len, noun: k };
  }
  return undefined;
}

/** ", who had" / "(who was treated for" / "who had" at toks[w…] after a relation: the index after it, or 0. */
function ownHistoryAfter(toks: Tok[], w: number, rel: Relatives): number {
  const n = toks.length;
  if (w < n && (toks[w].t === ',' || toks[w].t === '(')) w++;
  if (w >= n || toks[w].t !== 'who') return 0;
  const m = longestAt(rel.ownVerbs, toks, w + 1);
  return m ? w + 1 + m : 0;
}

/**
 * The full stop at text[i] closes a name's initial right before a bracket ("sister of J. (ALL, maint)"): one capital
 * letter standing alone before it, a space and "(" after it. No sentence ends there.
 */
function initialBeforeBracket(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (!(c >= 65 && c <= 90) || (i >= 2 && /[A-Za-z0-9]/.test(text[i - 2]))) return false;
  return text[i + 1] === ' ' && text[i + 2] === '(';
}

/** Words between a relative's cue and a bracket after it, at most ("mum is known to us (R Wilms …)"). */
const ASIDE_GAP = 5;

/**
 * A bracket at toks[to] opened after a relative's cue ending at toks[from] is the relative's aside: right after the
 * relation ("Mum (our ex-pt, …)"), or a few words on that tell nothing of the child ("mum is known to us (R Wilms, …)",
 * "son of ex-pt (Hodgkin)"); never after "of" and the child ("mom of 15 y F (gymnast, LBP …)", "mum of 2 yo (…)"), a
 * number or a word for the child ("Mother, seen with baby (3 wk) …").
 */
function relativeAside(toks: Tok[], from: number, to: number): boolean {
  if (to - from > ASIDE_GAP * 2) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind !== 'w') continue;
    if (++words > ASIDE_GAP || (k === from && t.t === 'of') || isDigit(t.t.charCodeAt(0)) || (CHILD_NOUNS.has(t.t) && t.t !== 'pt' && t.t !== 'patient')) return false;
  }
  return true;
}

/** Tokens read inside a bracket, at most, for what it tells. */
const ASIDE_READ = 40;

/**
 * The bracket opened at toks[open] after a relative tells the child's story as the relative tells it, never the
 * relative's own illness: a suspicion ("seen with dad (?discitis per GP)", "(worried - ALL relapse?)"), a worry or what
 * the relative says ("with mum (worried about cord compression - weak legs)", "(says she fell off trampoline)").
 */
function bracketTellsChild(toks: Tok[], open: number, rel: Relatives): boolean {
  for (let k = open + 1; k < toks.length && k <= open + ASIDE_READ; k++) {
    work.steps++;
    const t = toks[k];
    if (t.t === ')' || t.kind === 'stop') return false;
    if (t.t === '?' || (t.kind === 'w' && longestAt(rel.asideTellsChild, toks, k))) return true;
  }
  return false;
}

/**
 * The words after a relative's bracket name the child, before the clause ends ("Mum (ex-pt) brought 9 yo son
 * (neuroblastoma, …)", "… brought her baby along"): the relative's scope ends with the bracket.
 */
function childNamedAfter(toks: Tok[], from: number): boolean {
  for (let k = from, words = 0; k < toks.length && words < ASIDE_GAP * 2; k++) {
    work.steps++;
    const t = toks[k];
    if (t.kind === 'stop' || t.kind === 'colon' || t.t === '(') return false;
    if (t.kind !== 'w') continue;
    words++;
    if (isDigit(t.t.charCodeAt(0)) || CHILD_NOUNS.has(t.t)) return true;
  }
  return false;
}

/** Pronouns that name a he or a she (the child, when the relative is the other one). */
const PRONOUN_GENDER = new Map<string, number>([
  ['he', MALE],
  ['him', MALE],
  ['his', MALE],
  ['himself', MALE],
  ['she', FEMALE],
  ['her', FEMALE],
  ['hers', FEMALE],
  ['herself', FEMALE],
]);

/**
 * The pronouns that open a relative's own history (lexicon speakers.ownHistory): "Mom is worried because
 * she had leukemia as a child". In each sentence (to a stop), a pronoun of the gender of a relation named
 * before it, followed by one of the verbs (and not by a teller's verb: "she had noticed"), is the relative
 * when the sentence says it is not the child: a marker after it ("as a child", "at his age", "herself"),
 * or, for "she" or "he", a pronoun of the other gender (the child's: "… lymphoma at his age"). "They"
 * after plural relatives ("parents") is them. One pass over the tokens, and one over the candidates.
 */
function ownHistoryCues(toks: Tok[], own: Relatives): Uint8Array | undefined {
  const n = toks.length;
  let cues: Uint8Array | undefined;
  const cand: number[] = [];
  const candSentence: number[] = [];
  const candGender: number[] = [];
  const evidence: number[] = [0];
  const lastMarker: number[] = [-1];
  let sentence = 0;
  let rel = 0;
  for (let i = 0; i < n; i++) {
    work.steps++;
    const tk = toks[i];
    if (tk.kind === 'stop') {
      sentence++;
      evidence.push(0);
      lastMarker.push(-1);
      rel = 0;
      continue;
    }
    if (tk.kind !== 'w') continue;
    const r = own.relations.get(tk.t);
    if (r !== undefined) rel |= r;
    const pg = PRONOUN_GENDER.get(tk.t);
    if (pg !== undefined) evidence[sentence] |= pg;
    if (longestAt(own.markers, toks, i)) lastMarker[sentence] = i;
    const p = own.pronouns.get(tk.t);
    if (p === undefined || !(rel & p)) continue;
    // "she herself had", "they both had"
    const at = i + 1 < n && PRONOUN_SKIPS.has(toks[i + 1].t) ? i + 2 : i + 1;
    const verb = longestAt(own.ownVerbs, toks, at);
    if (!verb) continue;
    const after = toks[at + verb];
    if (after && after.kind === 'w' && own.notAfter.has(after.t)) continue;
    // "she herself had", "he has sciatica himself": a reflexive of the pronoun's gender next to it or within a few words of its verb.
    let reflexive = at > i + 1 && REFLEXIVE.get(toks[i + 1].t) === p;
    for (let k = at + verb; !reflexive && k < Math.min(n, at + verb + REFLEXIVE_REACH) && toks[k].kind === 'w' && !LIST_WORDS.has(toks[k].t); k++)
      reflexive = REFLEXIVE.get(toks[k].t) === p;
    if (reflexive) {
      cues ??= new Uint8Array(n);
      cues[i] = 1;
      continue;
    }
    cand.push(i);
    candSentence.push(sentence);
    candGender.push(p);
  }
  for (let k = 0; k < cand.length; k++) {
    const s = candSentence[k];
    const g = candGender[k];
    const otherGender = g === FEMALE ? MALE : g === MALE ? FEMALE : 0;
    const notTheChild = g === PLURAL || lastMarker[s] > cand[k] || (evidence[s] & otherGender) !== 0;
    if (!notTheChild) continue;
    cues ??= new Uint8Array(n);
    cues[cand[k]] = 1;
  }
  return cues;
}

const REFLEXIVE = new Map<string, number>([
  ['herself', FEMALE],
  ['himself', MALE],
  ['themselves', PLURAL],
]);
/** How many words after a relative's verb, in its own list item, a reflexive may stand ("he had a disc herniation himself"). */
const REFLEXIVE_REACH = 5;

/** Words between the pronoun and its verb. */
const PRONOUN_SKIPS = new Set(['herself', 'himself', 'themselves', 'too', 'both', 'also']);

/** The words of `words` stand at toks[i…]. */
function tokensAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  if (i + words.length > toks.length) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k].t !== words[k]) return false;
  work.steps += words.length;
  return true;
}

const LIST_WORDS = new Set(['and', 'or', 'nor', 'plus']);
/** Words right after a relative that tell the relative has what follows ("Mum has 3 weeks of low back pain with night pain"). */
const HAVING = new Set(['has', 'had', 'have', 'having', 'with', 'suffers', 'suffered', 'gets', 'got']);
/** Words of a side qualifier (context-lexicon listQualifiers "on the left", "right sided"). */
const SIDE_WORDS = new Set(['left', 'right', 'l', 'r', 'lt', 'rt']);

/** Words after a relative's dash that name the child: the line tells the child's story ("Mom - he has had fever", "Dad - pt fell"). */
const CHILD_WORDS = new Set(['he', 'him', 'his', 'she', 'her', 'baby', 'child', 'kid', 'son', 'daughter', 'infant', 'toddler', 'pt', 'patient', 'boy', 'girl', 'newborn']);

/**
 * The cue toks[i…end) is a relative named alone before a dash, as a key ("Dad - had a discectomy at 30", "Brother - Ewing
 * sarcoma"): the dash keeps the relative's scope as a colon does, unless the first word after it names the child (a
 * pronoun of the other gender, or a child word: "Mom - he has had fever since Tuesday").
 */
function relativeKeyedByDash(toks: Tok[], i: number, end: number, bits: number, rel: Relatives): boolean {
  if (bits !== BIT.other || end - i !== 1) return false;
  const gender = rel.relations.get(toks[i].t);
  if (gender === undefined) return false;
  const next = toks[end + 1];
  const pronoun = next && next.kind === 'w' ? pronounGender(next.t, rel) : undefined;
  const ownPronoun = pronoun !== undefined && (pronoun & gender) !== 0;
  // A parent's dash line tells the child's story ("Mom - fever since Tuesday, back pain"), unless it opens on the
  // parent's own history ("Dad - had a discectomy at 30", "Mom - she was treated for lymphoma").
  if (rel.dashTellers.has(toks[i].t)) return longestAt(rel.dashOwnVerbs, toks, end + 1 + (ownPronoun ? 1 : 0)) > 0;
  if (!next || next.kind !== 'w' || !CHILD_WORDS.has(next.t)) return true;
  return ownPronoun;
}

/** The gender bits of a pronoun, its object and possessive forms read as their subject ("him", "his" as "he"; "her" as "she"). */
function pronounGender(t: string, rel: Relatives): number | undefined {
  return rel.pronouns.get(t === 'him' || t === 'his' ? 'he' : t === 'her' ? 'she' : t);
}

/** Child words that are nouns, no pronoun: after a relative's colon they can only name the child ("Mother: infant bumped cheek"). */
const CHILD_NOUNS = new Set([...CHILD_WORDS].filter((w) => !['he', 'him', 'his', 'she', 'her'].includes(w)));
/** A word before a child noun that keeps it the child ("Mom: the baby has had fever", "Dad: our son fell off the trampoline"). */
const CHILD_DETERMINERS = new Set(['the', 'my', 'our']);

/**
 * The cue toks[i…end) is a relative named alone before a colon: the colon keeps the relative's scope ("Mother: scoliosis",
 * "Dad: had a discectomy"), unless the relative is one who tells the child's story and the words after the colon name the
 * child (`colonNamesChild`).
 */
function relativeKeyedByColon(toks: Tok[], i: number, end: number, bits: number, rel: Relatives): boolean {
  if (bits !== BIT.other || end - i !== 1) return true;
  return !colonNamesChild(toks[i].t, toks, end + 1, rel);
}

/** Quotation marks that may open a relative's quoted words after a colon (a typographic apostrophe is read as the plain one). */
const OPENING_QUOTES = new Set(["'", '"', '\u2018', '\u201c']);

/** Words after a quote that say whom it is about ("- referring to pt's father", "about pt's mother", "re grandad"). */
const QUOTE_ABOUT = new Set(['referring', 'refers', 'referred', 'about', 're', 'regarding', 'describing', 'meaning']);

/** After the quote opened before toks[from], a word of QUOTE_ABOUT right after punctuation names a relative within five words. */
function quoteAboutRelative(toks: readonly Tok[], from: number, rel: Relatives): boolean {
  for (let i = from; i < toks.length && toks[i].t !== '\n'; i++) {
    // Only right after punctuation (the closing quote, a dash, a comma): "worried about his dad" inside the quote is the quote's.
    if (toks[i].kind !== 'w' || !QUOTE_ABOUT.has(toks[i].t) || toks[i - 1]?.kind === 'w') continue;
    for (let j = i + 1; j <= i + 5 && j < toks.length; j++) if (toks[j].kind === 'w' && rel.relations.has(toks[j].t)) return true;
  }
  return false;
}

/**
 * After a colon keyed by `relation`, the words from toks[at] name the child: the relation is one who tells the child's story
 * (speakers.dashTellers and colonTellers) and the first word is a child noun, maybe after a determiner ("Mother: infant bumped
 * cheek on crib rail", "Mom: the baby has had fever"), or a pronoun of the other gender ("Mom: he fell off the quad bike"). A
 * pronoun of the relative's own gender ("Mother: she has scoliosis") or any other word ("Mother: scoliosis") does not.
 */
function colonNamesChild(relation: string, toks: readonly Tok[], at: number, rel: Relatives): boolean {
  const gender = rel.relations.get(relation);
  if (!rel.colonTellers.has(relation) || gender === undefined) return false;
  // "Gran: 'he hurt his back at his dad's'", "Mum: \"the baby won't settle\"": the relative's words quoted are read as
  // they would be unquoted, from the first word inside the quotation mark (round 52, fix52d).
  if (toks[at]?.kind === 'punct' && OPENING_QUOTES.has(toks[at].t)) {
    // "Mum: 'he was in a car crash at 10' - referring to pt's father": the line says whom the quote is about (review r52).
    if (quoteAboutRelative(toks, at + 1, rel)) return false;
    at++;
  }
  const next = toks[at];
  if (!next || next.kind !== 'w') return false;
  if (CHILD_DETERMINERS.has(next.t) && toks[at + 1]?.kind === 'w' && CHILD_NOUNS.has(toks[at + 1].t)) return true;
  if (CHILD_NOUNS.has(next.t)) return true;
  const pronoun = pronounGender(next.t, rel);
  return pronoun !== undefined && (pronoun & gender) === 0;
}

/**
 * A line keyed by a parent or carer whose value names the child ("Mother: baby has had fever 38.5 x 2 d", "Dad: infant feverish
 * since last night", "Mom: he fell off the change table") tells the child's story, as the same words inside a value do
 * (`relativeKeyedByColon`); "Mother: scoliosis", "Mother: she has a sacral dimple too", "Dad: had a discectomy at 30" tell the
 * parent's own. `key` is the line's key, `value` its value.
 */
export function parentKeyTellsChild(key: string, value: string, lex: ContextLexicon = contextLexicon()): boolean {
  const k = contextTokens(key.trim());
  if (k.length !== 1 || k[0].kind !== 'w') return false;
  return colonNamesChild(k[0].t, contextTokens(value), 0, matcherFor(lex).relatives);
}

/** Digits, maybe with a decimal ("3", "1.5"). */
const COUNT_DIGITS = /^\d{1,3}(?:\.\d{1,2})?$/;
/** A count and its unit written as one word ("3wk", "6wks", "2mo"). */
const COUNT_AND_UNIT = /^\d{1,3}(?:\.\d{1,2})?([a-z]+)$/;

/**
 * Whether a length of time ends right before token `i` (lexicon durationHistory): a count and a unit ("3 wk", "two
 * month", "several weeks'", "a couple of weeks'", "3 week's"), the two as one word ("3wk") or the British notation
 * ("4/7", "7/52"), not after a word that makes it an age or a time of life ("ex-32 wk", "at 6 months").
 */
function durationBefore(toks: readonly Tok[], i: number, d: Durations): boolean {
  let j = i - 1;
  // "weeks'", "week's": the possessive is no word of the length.
  if (j >= 1 && toks[j].t === 's' && toks[j - 1].t === "'") j -= 2;
  else if (j >= 0 && toks[j].t === "'") j--;
  if (j < 0 || toks[j].kind !== 'w') return false;
  const t = toks[j].t;
  let count: number;
  const joined = COUNT_AND_UNIT.exec(t);
  if (joined && d.units.has(joined[1])) count = j;
  else if (d.slashUnits.has(t) && j >= 2 && toks[j - 1].t === '/' && /^\d{1,2}$/.test(toks[j - 2].t)) count = j - 2;
  else if (d.units.has(t) && j >= 1) {
    count = j - 1;
    if (toks[count].t === 'of' && count >= 1 && toks[count - 1].t === 'couple') count--;
    if (toks[count].kind !== 'w' || !(COUNT_DIGITS.test(toks[count].t) || d.counts.has(toks[count].t))) return false;
  } else return false;
  if (count > 0 && toks[count - 1].kind === 'w' && d.notAfter.has(toks[count - 1].t)) return false;
  // "Pt: 6 mo h/o febrile UTI": the count after a patient's or age key is the child's age.
  if (count > 1 && toks[count - 1].kind === 'colon' && d.notAfterKeys.has(toks[count - 2].t)) return false;
  return !datedPastInSentence(toks, i, d);
}

/**
 * A pseudo-trigger telling a finding new ("tuft of hair over L5 (not noted before).") stands only where its sentence ends
 * right after it (past a bracket's close or "by" and its teller: "not noted earlier by midwife") and the rest of its line
 * tells nothing of today's exam ("Hair tuft not noted before. Skin normal today.", "… or since", "… not present today").
 */
function toldNewStands(text: string, toks: readonly Tok[], end: number): boolean {
  let j = end;
  if (j < toks.length && toks[j].t === 'by') {
    j++;
    while (j < toks.length && toks[j].kind === 'w' && j - end <= 2 && !TOLD_NEW_REFUSED.test(toks[j].t)) j++;
  }
  while (j < toks.length && toks[j].t === ')') j++;
  if (j < toks.length && toks[j].kind !== 'stop') return false;
  if (j >= toks.length) return true;
  const from = toks[j].start;
  const eol = text.indexOf('\n', from);
  return !TOLD_NEW_LATER.test(text.slice(from, eol < 0 ? text.length : eol));
}
const TOLD_NEW_REFUSED = /^(?:and|or|nor|not|none|no|never|since|today|now|still|either|also)$/;
const TOLD_NEW_LATER = /\b(?:today|now|since|still|either|currently|this visit|on exam|re-?examined)\b/i;

/**
 * The cue toks[i…i+len) opens its clause (nothing before it in the clause but one of `after`: "but", "highly") and a
 * word not of `notBefore` follows it ("unlikely discitis"; never "unlikely to be", "unlikely, discitis", "unlikely (").
 */
function opensClause(toks: readonly Tok[], i: number, len: number, o: NonNullable<Entry['opening']>): boolean {
  let k = i - 1;
  while (k >= 0 && toks[k].kind === 'w' && o.after.has(toks[k].t)) k--;
  if (k >= 0 && toks[k].kind === 'w') return false;
  const next = toks[i + len];
  return next !== undefined && next.kind === 'w' && !o.notBefore.has(next.t);
}

/**
 * Whether the complaint after the history cue ending before token `from` is followed by its length ("hx of back pain 3
 * wks", "h/o LBP x 6 weeks", "hx back pain for 5 days"): within `afterReach` words, all in one clause, a count and a unit
 * (or the two as one word, or "3/52") ending a word run, not after a word that makes it an age ("hx of fever at 6
 * months", "hx of UTI age 2 yrs") and not in a sentence that dates the episode past ("hx of back pain 3 yrs ago",
 * "…, resolved"). Then the cue tells how long today's complaint has lasted, as "3 wk hx of" does.
 */
function durationAfter(toks: readonly Tok[], from: number, d: Durations): boolean {
  const end = Math.min(toks.length, from + d.afterReach + 1);
  for (let j = from + 1; j < end; j++) {
    const t = toks[j];
    if (t.kind !== 'w' && t.t !== '~') return false;
    let unitEnd = -1;
    const joined = COUNT_AND_UNIT.exec(t.t);
    if (joined && d.units.has(joined[1])) unitEnd = j;
    else if (/^\d{1,2}$/.test(t.t) && j + 2 < toks.length && toks[j + 1].t === '/' && d.slashUnits.has(toks[j + 2].t)) unitEnd = j + 2;
    else if ((COUNT_DIGITS.test(t.t) || d.counts.has(t.t)) && j + 1 < toks.length && d.units.has(toks[j + 1].t)) unitEnd = j + 1;
    if (unitEnd < 0) continue;
    // A number word counts only after a lead ("hx of back pain for a week"); a numeral counts alone ("hx of back pain 3 wks").
    if (!/^\d/.test(t.t) && !d.afterLeads.has(toks[j - 1].t)) return false;
    if (d.notAfter.has(toks[j - 1].t)) return false;
    // What follows the length in its sentence must tell nothing that dates, ends or resolves the episode ("for 6 months age
    // 5, now dry", "3 wks age 6, since well", "over 3 months, regained", "2 wks during growth spurt, gone"): the length
    // ends its clause or one of afterFollows goes on ("for 10 days after gymnastics"), and no word of afterEnds follows.
    const next = toks[unitEnd + 1];
    if (next && next.kind === 'w' && !d.afterFollows.has(next.t)) return false;
    if (next && next.kind !== 'w' && next.kind !== 'stop' && next.kind !== 'sep') return false;
    // Counted as work: this walk to the sentence's end runs once per history cue whose complaint has a length.
    for (let k = unitEnd + 1; k < toks.length && toks[k].kind !== 'stop'; k++) {
      work.steps++;
      if (d.afterEnds.has(toks[k].t) || (toks[k].kind === 'w' && YEAR.test(toks[k].t))) return false;
    }
    return !datedPastInSentence(toks, j, d);
  }
  return false;
}

/**
 * Whether the complaint after the history cue ending before token `from` is told with its count of episodes in a recent
 * span, in brackets right after it ("h/o recurrent UTIs (3 episodes in last 4 months)", "hx of febrile UTI (2 episodes over
 * the last 6 weeks)"; "in the past 6 weeks" keeps the past its "in the past" tells, as it did): lexicon durationHistory.recentEpisodes. The complaint is then today's, as "hx of back pain 3 wks" is.
 * Only a span in days, weeks or months ("in the last 2 years" may reach back to infancy), only the bracket as a whole, and
 * never in a sentence that dates the episode past ("…, none since", "… at age 2", "… when he had a growth spurt at 10").
 */
function recentEpisodesAfter(toks: readonly Tok[], from: number, d: Durations): boolean {
  const end = Math.min(toks.length, from + d.afterReach + 1);
  let open = -1;
  for (let j = from + 1; j < end; j++) {
    if (toks[j].t === '(') {
      open = j;
      break;
    }
    if (toks[j].kind !== 'w') return false;
  }
  if (open < 0 || open === from + 1) return false;
  const isCount = (k: number) => k < toks.length && toks[k].kind === 'w' && (COUNT_DIGITS.test(toks[k].t) || d.counts.has(toks[k].t));
  let k = open + 1;
  if (!isCount(k) || !d.recent.nouns.has(toks[k + 1]?.t)) return false;
  k += 2;
  const lead = d.recent.leads.find((p) => tokensAt(toks, k, p));
  if (!lead) return false;
  k += lead.length;
  if (!isCount(k) || !d.recent.units.has(toks[k + 1]?.t) || toks[k + 2]?.t !== ')') return false;
  // "(2 episodes in last 6 months) when he had a growth spurt at 10": the sentence dates the episodes past.
  let start = k;
  while (start > 0 && toks[start - 1].kind !== 'stop') start--;
  let to = k;
  while (to < toks.length && toks[to].kind !== 'stop') to++;
  for (let j = start; j < to; j++) if (d.recent.pastWhen.some((p) => p[0] === toks[j].t && j + p.length <= to && tokensAt(toks, j, p))) return false;
  return !datedPastInSentence(toks, k, d);
}

/** A year ("in 2022", "(2023)"): a date of the format, no clinical word. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether the sentence around token `i` dates the episode past (lexicon durationHistory.datedPast: "3 day hx of fever in
 * March, none since", "3 month hx of back pain at age 8, fully resolved"), names a year, or tells "at" with a length
 * ("h/o febrile UTI at 2 months"): the history cue then keeps its past.
 */
function datedPastInSentence(toks: readonly Tok[], i: number, d: Durations): boolean {
  let from = i;
  while (from > 0 && toks[from - 1].kind !== 'stop') from--;
  let to = i;
  while (to < toks.length && toks[to].kind !== 'stop') to++;
  for (let j = from; j < to; j++) {
    const t = toks[j].t;
    if (toks[j].kind === 'w' && YEAR.test(t)) return true;
    if (t === 'at' && j + 2 < to && (COUNT_DIGITS.test(toks[j + 1].t) || d.counts.has(toks[j + 1].t)) && d.units.has(toks[j + 2].t)) return true;
    if (t === 'at' && j + 1 < to && COUNT_AND_UNIT.test(toks[j + 1].t) && d.units.has(COUNT_AND_UNIT.exec(toks[j + 1].t)![1])) return true;
    for (const p of d.datedPast) if (p[0] === t && j + p.length <= to && tokensAt(toks, j, p)) return true;
  }
  return false;
}

interface Analysis {
  toks: Tok[];
  /** Scope bits covering each token, from cues before it and from cues after it. */
  fwd: Uint8Array;
  bwd: Uint8Array;
  /** Token index of the cue that last set a scope over each token (-1: none). */
  fwdCue: Int32Array;
  bwdCue: Int32Array;
  cueEnd: Int32Array;
  /** Bits a pseudo-trigger's first word gives the pseudo-trigger's later words (see Entry.own); absent when none. */
  own?: Uint8Array;
  /** What a check-box form leaves unasserted (form.ts): bits and the deciding box per token; absent without a box. */
  form?: { bits: Uint8Array; cue: Span[]; cueOf: Int32Array };
}

/** The analysis of a region without any trigger: nothing covers anything. */
const PLAIN: Analysis = { toks: [], fwd: new Uint8Array(0), bwd: new Uint8Array(0), fwdCue: new Int32Array(0), bwdCue: new Int32Array(0), cueEnd: new Int32Array(0) };

/** Shared all-zero tables for regions without a trigger (read only, indexed below their length). */
const NO_BITS = new Uint8Array(1 << 16);
const NO_CUE = new Int32Array(1 << 16).fill(-1);

let scratch = { inMatch: new Int32Array(256), item: new Int32Array(256) };
const SCOPE_REMAINING = new Int32Array(CATEGORIES.length);
const SCOPE_ITEM = new Int32Array(CATEGORIES.length);
const SCOPE_START = new Int32Array(CATEGORIES.length);
const SCOPE_LEFT = new Int32Array(CATEGORIES.length);

/**
 * `text` is a region of `whole` starting at `base`: a check-box form is read over the whole text (a
 * yes/no table's column heads may stand lines above the row being read).
 */
function analyze(text: string, lex: ContextLexicon, whole: string = text, base = 0): Analysis {
  const {
    byFirst,
    max,
    relatives,
    bracketSubjects,
    answers,
    answerWords,
    noWords,
    gradeDenials,
    complaintDenialEnds,
    consequenceEnds,
    noSigns,
    noneWords,
    relayers,
    questionWords,
    durations,
    starts,
    startBits,
  } = matcherFor(lex);
  // "negative for: 1) fever 2) night sweats": a denied list numbered on its line is read as its comma list (marked-list.ts).
  const toks = joinMarkedLists(
    text,
    // "✗ fever ✗ night pain", "fever ✗ wt loss ✗": a cross beside each item of a terse list denies that item (cross-marks.ts).
    answersEndTheirItem(
      withoutPrompts(
        readCrossMarks(text, contextTokens(text), lex.crossMarks, (t) => t as Tok, whole, base),
        answerWords,
      ),
      answers,
    ),
    (ts, k) => denialEndingAt(ts, k, byFirst),
    (ts, k) => cueStartsAt(ts, k, byFirst),
    (t) => t as Tok,
  );
  const n = toks.length;
  // A list filled in as none marked ("Red flags (circle): fever / night pain -> none circled") is read as a form too.
  const boxed = toks.some((t) => t.kind === 'stop' && (t.t === '[x]' || t.t === '[ ]')) || mayMarkNone(text, lex);
  const reading = boxed ? readForm(whole, 0, whole.length, lex) : undefined;
  // A yes/no question's answer words ("Fever: No [ ] Yes [x]") and a table's column heads are no cues: the form decides.
  const quiet = reading?.answerWords.length ? tokensIn(toks, reading.answerWords, base) : undefined;
  // Pass 1: the longest lexicon phrase at each token, left to right, never overlapping.
  const match: (Entry | undefined)[] = new Array(n);
  // Scratch tables, reused between analyses (only the per-token results are kept).
  if (scratch.inMatch.length < n) scratch = { inMatch: new Int32Array(n * 2), item: new Int32Array(n * 2) };
  const inMatch = scratch.inMatch;
  inMatch.fill(-1, 0, n);
  const cueEnd = new Int32Array(n);
  let own: Uint8Array | undefined;
  let anyTrigger = false;
  let anyRelation = false;
  // Cues that answer a question ("Night pain / wakes from sleep: No", "numbness or weakness N"): their backward
  // scope covers the whole question, alternatives joined by "/", "&" or "or" included.
  let answering: Uint8Array | undefined;
  /** The noun of a patient whose relative the child is ("sib of our Wilms pt"): no terminator there. */
  let relativeNoun = -1;
  for (let i = 0; i < n;) {
    // Most tokens start nothing pass 1 reads (no entry, relative, answer or sign is keyed by them): a bit test or one lookup, no cue.
    if (!mayBeOf(startBits, toks[i].t) || !starts.has(toks[i].t)) {
      work.steps++;
      i++;
      continue;
    }
    // "Fever? no", "Night pain? Y": a question mark before its answer asks the question, it doubts nothing.
    const node =
      quiet?.[i] || (toks[i].t === '?' && (answeredQuestion(toks, i, answerWords) || relayedAnswerAt(toks, i, relayers, answerWords, relatives) > 0))
        ? undefined
        : byFirst.get(toks[i].t);
    let hit: Entry | undefined;
    if (node) {
      const longer = i + 1 < n ? node.bySecond.get(toks[i + 1].t) : undefined;
      if (longer) {
        for (const e of longer) {
          let k = 2;
          while (k < e.tokens.length && i + k < n && toks[i + k].t === e.tokens[k]) k++;
          work.steps += k;
          if (k === e.tokens.length) {
            // A lexicon "told-new" pseudo-trigger ("not noted before") tells a finding new only where nothing more is told
            // of it after (review r56): else its "not noted" is the denial it reads as elsewhere.
            if (e.pseudoCategory === 'told-new' && !toldNewStands(text, toks, i + k)) continue;
            hit = e;
            break;
          }
        }
      }
      if (!hit && node.one.length) hit = node.one[0];
      // "3 wk hx of LBP", "a 3-week history of back pain and fever": how long today's complaint has lasted, no past (also of a
      // cue read both ways, "hx", which ends a past illness's name as "discitis hx" and opens one as "hx of discitis").
      if (
        hit &&
        hit.kind === 'trigger' &&
        (hit.fwd | hit.both) === BIT.historical &&
        !hit.bwd &&
        durations.cues.has(hit.tokens.join(' ')) &&
        (durationBefore(toks, i, durations) || durationAfter(toks, i + hit.tokens.length - 1, durations) || recentEpisodesAfter(toks, i + hit.tokens.length - 1, durations))
      )
        hit = { ...hit, kind: 'pseudo', fwd: 0, item: 0, word: 0 };
      // "UTI unlikely, discitis likely", "Septic hip unlikely (US normal), discitis possible", "Unlikely to be discitis but
      // fever": the doubt reads forward only when it opens its clause and its finding follows it straight away.
      if (hit?.kind === 'trigger' && hit.opening && !opensClause(toks, i, hit.tokens.length, hit.opening))
        hit = { ...hit, fwd: hit.fwd & ~hit.opening.bits, item: hit.item & ~hit.opening.bits };
    }
    // A phrase around a relation ("per mum", "mum says", "Mum's main concern"), when longer.
    let rel = relatives.companions.has(toks[i].t) || relatives.relations.has(toks[i].t) ? relativePhraseAt(toks, i, relatives) : undefined;
    // "Q: pain at night? Interpreter: "mother says no"": the parent only relays the answer to the question asked, which
    // is the child's; the teller ends no scope there, so the answer reaches back to its question.
    if (rel?.kind === 'terminator' && relaysAnswer(toks, i, rel.tokens.length, relayers, answerWords, relatives)) rel = relativeEntry('pseudo', rel.tokens.length, 0);
    // "If parents are worried at review, US spine", "Should mum notice any fever, …": the relative's telling is the condition's
    // own content, so it ends no scope and the condition reaches what it governs, as "If concerns at review, US spine" does.
    if (rel?.kind === 'terminator' && conditionOpensOnTeller(toks, i)) rel = relativeEntry('pseudo', rel.tokens.length, 0);
    if (rel && rel.tokens.length >= (hit?.tokens.length ?? 0)) hit = rel;
    // "sib of our Wilms pt", "brother of pt on ALL maintenance": the child is a relative of a patient of the writer's,
    // what the clause tells of that patient is the patient's, and the patient's noun ends no scope.
    if (relatives.kinOf.has(toks[i].t)) {
      const kin = relativePatientAt(toks, i, relatives);
      if (kin && kin.len >= (hit?.tokens.length ?? 0)) {
        hit = relativeEntry('trigger', kin.len, BIT.other);
        relativeNoun = kin.noun;
      }
    }
    if (i === relativeNoun && hit?.kind === 'terminator') hit = relativeEntry('pseudo', hit.tokens.length, 0);
    // "Twin A, 2 mo M (twin B seen separately today - has hair tuft over sacrum)": the other twin's findings.
    if (!hit && otherTwinAt(toks, i, whole)) hit = relativeEntry('trigger', 2, BIT.other);
    // "fever - N", "hair tuft: Y", "tuft-N": a question answered without a box (not where a form decides).
    // Only a word after a mark is looked up: most words follow a word.
    if (!hit && i > 0 && !quiet?.[i]) {
      const answer = answers.get(toks[i].t);
      // "fever N / night pain N": a one-letter answer right after its question, ending its item.
      if (answer) {
        if (toks[i - 1].kind !== 'w' || text.charCodeAt(toks[i].start - 1) === 45 ? answerAt(text, toks, i) : bareAnswerAt(toks, i, answer.kind === 'affirm', noWords))
          hit = answer;
      }
    }
    // "Fever: -", "Hair tuft: ✗": a sign after the question's colon that is the whole answer, its item ended there
    // (a line's end, a column gap before the next question). "Fever: - sibling" keeps its dash a dash.
    let signed = false;
    if (!hit && i >= 2 && toks[i - 1].kind === 'colon' && toks[i - 2].kind === 'w' && !quiet?.[i] && !lineEndsAfter(text, toks, i)) {
      const sign = noSigns.get(toks[i].t);
      if (sign && (i + 1 === n || toks[i + 1].kind === 'sep' || toks[i + 1].kind === 'stop' || columnGapAfter(text, toks[i].end, toks[i + 1].start))) {
        hit = sign;
        signed = true;
      }
    }
    // A bracketed sign ("lipoma/mass (-)") answers the whole question too, as "Lipoma/mass: No" does, its item ended
    // by the line's end too (the next line an indented continuation).
    if (
      hit &&
      i > 0 &&
      (hit.bwd || hit.both) &&
      (hit.tokens.length === 1
        ? signed || ((answerWords.has(toks[i].t) || (noneWords.has(toks[i].t) && toks[i - 1].kind === 'colon')) && endsItem(toks, i + 1))
        : bracketedSign(hit.tokens) && (endsItem(toks, i + hit.tokens.length) || lineEndsAfter(text, toks, i + hit.tokens.length)))
    )
      (answering ??= new Uint8Array(n))[i] = 1;
    if (!anyRelation && relatives.relations.has(toks[i].t)) anyRelation = true;
    work.steps++;
    if (hit) {
      if (hit.kind === 'trigger') anyTrigger = true;
      match[i] = hit;
      const len = hit.tokens.length;
      if (hit.own) {
        own ??= new Uint8Array(n);
        for (let k = 1; k < len; k++) own[i + k] = hit.own;
      }
      for (let k = 0; k < len; k++) inMatch[i + k] = i;
      cueEnd[i] = i + len;
      i += len;
    } else i++;
  }
  const form = reading ? formBits(toks, reading, base, base + text.length) : undefined;
  // A relative's own history told after the relative is named ("because she had leukemia as a child").
  const ownCue = anyRelation ? ownHistoryCues(toks, relatives) : undefined;
  if (ownCue) anyTrigger = true;
  // No trigger at all (most exam lines): every token is asserted plainly; skip the scope passes.
  if (!anyTrigger) return { toks, fwd: NO_BITS, bwd: NO_BITS, fwdCue: NO_CUE, bwdCue: NO_CUE, cueEnd, own, form };
  // Pass 2: list items. An item ends at a separator ("," "and" "or" "/" " - ") or a stop; it is
  // affirmed when it holds an affirmation or a number ("deep dimple", "night pain x 2 wk").
  // An item is qualified when it holds a describing word ("subtle", "deep"): asserted on its own, except
  // in a list of alternatives ("no X, Y, or subtle Z").
  const item = scratch.item;
  const affirmed: boolean[] = [];
  const qualified: boolean[] = [];
  // A side ("on the left") makes only the list's last item its own: "denies fever, radiation on the right,
  // incontinence" stays one denied list.
  const sided: boolean[] = [];
  // Items qualified only by a grade (lexicon listGrades.afterOwnNegation), and each item's word count.
  const graded: boolean[] = [];
  const words: number[] = [];
  // Items holding a grade that needs a side (listGrades.withSide), and items naming a side.
  const brisk: boolean[] = [];
  const side: boolean[] = [];
  let id = 0;
  affirmed.push(false);
  qualified.push(false);
  graded.push(false);
  words.push(0);
  brisk.push(false);
  side.push(false);
  for (let i = 0; i < n; i++) {
    work.steps++;
    const tk = toks[i];
    const free = inMatch[i] < 0;
    if (free && (tk.kind === 'sep' || tk.kind === 'dash' || tk.kind === 'stop' || tk.kind === 'mark' || (tk.kind === 'w' && LIST_WORDS.has(tk.t)))) {
      item[i] = id;
      if (tk.kind !== 'stop' && sided[id]) qualified[id] = false;
      if (qualified[id]) graded[id] = false;
      affirmed.push(false);
      qualified.push(false);
      graded.push(false);
      words.push(0);
      brisk.push(false);
      side.push(false);
      id++;
      continue;
    }
    if (inMatch[i] === i && match[i]!.kind === 'terminator') {
      if (qualified[id]) graded[id] = false;
      affirmed.push(false);
      qualified.push(false);
      graded.push(false);
      words.push(0);
      brisk.push(false);
      side.push(false);
      id++;
    }
    item[i] = id;
    if (tk.kind === 'w') {
      words[id]++;
      if (SIDE_WORDS.has(tk.t)) side[id] = true;
    }
    if (inMatch[i] === i && match[i]!.kind === 'affirm') {
      affirmed[id] = true;
      // "no fever, hair tuft - Y", "… tuft - present": an answer after a dash affirms the question before it.
      if (i >= 2 && toks[i - 1].kind === 'dash' && toks[i - 2].kind === 'w' && answerAt(text, toks, i)) affirmed[item[i - 2]] = true;
    } else if (inMatch[i] === i && match[i]!.kind === 'qualify') {
      if (match[i]!.grade === 'after-own-negation') graded[id] = true;
      else if (match[i]!.grade === 'with-side') brisk[id] = true;
      else qualified[id] = true;
      if (match[i]!.tokens.some((t) => SIDE_WORDS.has(t))) sided[id] = true;
    } else if (free && tk.kind === 'w' && isDigit(tk.t.charCodeAt(0))) affirmed[id] = true;
  }
  // A list of alternatives: from each token, an "or"/"nor" joins items later in its run (to a stop,
  // a colon or a terminator). Right to left, one pass.
  const orAhead = qualified.some(Boolean) || graded.some(Boolean) || brisk.some(Boolean) ? alternativesAhead(toks, match, inMatch, n) : undefined;
  // Which way each two-way trigger acts: forward when a word follows it inside its item.
  // A rule-out cue starting at token i ("r/o", "rule out", "exclude"): what a condition's consequence must go on to.
  const ruleOutAt = (i: number): boolean => i < n && inMatch[i] === i && match[i]?.kind === 'trigger' && (match[i]!.fwd & BIT['rule-out']) !== 0;
  const fwdBits = (i: number): number => {
    const e = match[i]!;
    // "Denies: fever, chills": a colon straight after the cue does not end it.
    const after = cueEnd[i] < n && toks[cueEnd[i]].kind === 'colon' ? cueEnd[i] + 1 : cueEnd[i];
    // "lipoma/mass (-)" ending its line, an indented line after it: the sign answers what stands before it.
    const wordAfter =
      after < n &&
      toks[after].kind === 'w' &&
      item[after] === item[i] &&
      !(inMatch[after] === after && match[after]!.kind === 'terminator') &&
      !(bracketedSign(e.tokens) && lineEndsAfter(text, toks, after));
    return e.fwd | (wordAfter ? e.both : 0);
  };
  const bwdBits = (i: number): number => {
    const e = match[i]!;
    return e.bwd | (e.both & ~fwdBits(i));
  };

  // Pass 3, forward scopes. remaining[c] > 0 while category c is open; it restarts at each separator.
  const fwd = new Uint8Array(n);
  const fwdCue = new Int32Array(n).fill(-1);
  const remaining = SCOPE_REMAINING.fill(0);
  const cueItem = SCOPE_ITEM.fill(0);
  /** Where the cue that opened each category starts (a denied marked list's item that says more ends the denial). */
  const cueStart = SCOPE_START.fill(-1);
  let lastCue = -1;
  let open = 0;
  /** Open categories whose cue reaches only its own list item. */
  let itemOnly = 0;
  // Items in a row that each carry their own negation ("no fever, no trauma"): the next item without one is
  // asserted when it tells more than a bare name ("…, weakness in L leg": three words or more), since a writer
  // who repeats the cue writes it for every item it means. A bare name continues the denied list ("no fever,
  // no chills, night sweats, weight loss"; "denies incontinence, denies numbness, saddle anesthesia").
  let ownNegRun = 0;
  let orLater: Uint8Array | undefined;
  /** The item whose closing verb ends a denied "or" list ("no dimple or tuft seen | while a skin tag is present"). */
  let closeAt = -1;
  /** The open denial speaks of the past ("no history of", "denies h/o"): "prior" in its list describes an item of it. */
  let pastDenied = false;
  /** The open denial is of a complaint ("not c/o", "not complaining of"): it covers the complaint only, not an event or finding after "since", "until", "after" … */
  let complaintDenied = false;
  /** The hypothetical scope open is the one a condition's consequence started again ("… would need to r/o discitis"). */
  let consequenceOpen = false;
  /** The clause after the separator at i, up to the next boundary, tells the present (conditionConsequenceEnds). */
  const presentClauseAfter = (i: number): boolean => {
    for (let k = i + 1; k < n; k++) {
      const t = toks[k];
      if (t.kind === 'sep' || t.kind === 'stop' || t.kind === 'colon' || t.kind === 'dash') return false;
      if (t.kind === 'w' && consequenceEnds.has(t.t)) return true;
    }
    return false;
  };
  /** Ends the hypothetical scope a consequence started again: a present clause follows the rule-out. */
  const endConsequence = () => {
    consequenceOpen = false;
    remaining[HYPOTHETICAL] = 0;
    open = recount(remaining);
  };
  /**
   * A bracket opened inside a relative's scope ("Mum (our ex-pt, Hodgkin 2014, off tx >9 yrs)", "mum is known to us (R
   * Wilms, nephrectomy + chemo age 3, …)"): the relative's aside, every item of it the relative's up to its ")" (a
   * terminator, a full stop or a colon still end it). `bracketLeft`: the scope's words left at the "(", given back at the
   * ")", or none after a companion's aside ("seen with brother (AML), …").
   */
  let bracketOther = false;
  let bracketLeft = 0;
  let bracketWords = 0;
  const clear = () => {
    bracketOther = false;
    if (open) remaining.fill(0);
    open = 0;
    itemOnly = 0;
    ownNegRun = 0;
    closeAt = -1;
    pastDenied = false;
    consequenceOpen = false;
  };
  const openCue = (i: number, bits: number, itemBits: number, wordBits = 0) => {
    // "No history of tumor, infection, prior surgery or vascular malformation": the modifier is one more alternative of
    // the denied history. Not in a plain comma list ("No h/o trauma, previous ALL in remission"), where it tells one.
    const keepDenial = pastDenied && remaining[NEGATED] > 0 && match[i]?.modifier === true && deniedAlternative(i);
    // A new cue ends scopes inherited from an earlier list item ("no fever, hx of ALL").
    // A relative's bracket keeps the relative's scope ("Mum (R Wilms, hx of chemo)").
    for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0 && cueItem[c] < item[i] && !(keepDenial && c === NEGATED) && !(bracketOther && c === OTHER)) remaining[c] = 0;
    if (keepDenial) {
      // The modifier starts its item's finding ("prior surgery"): the denial covers its own word too.
      for (let k = i; k < cueEnd[i]; k++) {
        fwd[k] |= BIT.negated;
        fwdCue[k] = lastCue;
      }
    }
    if (bits & BIT.negated) {
      pastDenied = match[i]?.deniesHistory === true;
      complaintDenied = /(?:^| )(?:c \/ o|complain\w*)(?: |$)/.test(
        toks
          .slice(i, cueEnd[i])
          .map((t) => t.t)
          .join(' '),
      );
    }
    // "denies history of X, prior Y": a history cue in the denial's own item makes it a denied history.
    else if (bits & BIT.historical && remaining[NEGATED] > 0 && cueItem[NEGATED] === item[i]) pastDenied = true;
    else if (!keepDenial && remaining[NEGATED] === 0) pastDenied = false;
    for (let c = 0; c < CATEGORIES.length; c++) {
      if (bits & (1 << c)) {
        // A prefix reaches its one word, and leaves a longer scope of the same kind open ("no non-tender lump or tuft").
        remaining[c] = wordBits & (1 << c) ? Math.max(remaining[c], 1) : max;
        cueItem[c] = item[i];
        cueStart[c] = toks[i].start;
      }
    }
    itemOnly = (itemOnly & ~bits) | (itemBits & bits);
    lastCue = i;
    open = recount(remaining);
  };
  for (let i = 0; i < n;) {
    work.steps++;
    const tk = toks[i];
    // "Not c/o back pain since the MVC", "not c/o back pain until after the fall": the denial is of the complaint only; the
    // event or finding after the word that dates or explains it is told, not denied (whatever cue the word starts).
    // "would need to r/o a stress fracture, pain already waking him at night": the present clause after the rule-out a
    // condition would lead to is no longer hypothetical; it ends at its comma, or at its word where no comma comes first.
    if (consequenceOpen && remaining[HYPOTHETICAL] > 0 && ((tk.kind === 'sep' && presentClauseAfter(i)) || (tk.kind === 'w' && consequenceEnds.has(tk.t)))) endConsequence();
    if (tk.kind === 'w' && complaintDenied && remaining[NEGATED] > 0 && complaintDenialEnds.has(tk.t)) {
      remaining[NEGATED] = 0;
      open = recount(remaining);
    }
    // "Mum has 3 weeks of low back pain with night pain": what "with" joins to a relative's words (the scope reaching one of the
    // three words right before it) is the relative's too; the relative's scope goes on past it as past a list word.
    if (tk.kind === 'w' && tk.t === 'with' && !bracketOther && remaining[OTHER] < max && relativesJustBefore(i)) {
      remaining[OTHER] = max;
      open = recount(remaining);
    }
    const matched = inMatch[i] === i ? match[i] : undefined;
    // A condition's consequence ("would need to") is read only where a hypothetical scope is open and a rule-out follows;
    // anywhere else its words are plain words and count as such.
    const e = matched?.kind === 'consequence' && !(remaining[HYPOTHETICAL] > 0 && ruleOutAt(cueEnd[i])) ? undefined : matched;
    if (e) {
      const end = cueEnd[i];
      if (e.kind === 'terminator') clear();
      else if (e.kind === 'trigger') {
        const bits = fwdBits(i);
        if (bits) {
          // A prefix ("non-tender") is part of the word it prefixes: an open scope covers it too ("denies non-tender mass").
          if (open && match[i]!.word) markWords(i, end);
          openCue(i, bits, match[i]!.item, match[i]!.word);
          // "Denies: fever, chills" — a colon straight after a cue does not end it; nor does a dash after a relative named
          // alone ("Brother - had Ewing sarcoma"), unless the words after it name the child ("Mom - he has had fever").
          // A colon after a parent named alone ends the parent's scope when the words after it name the child ("Mother: infant
          // bumped cheek on crib rail").
          const keyed =
            end < n &&
            ((toks[end].kind === 'colon' && relativeKeyedByColon(toks, i, end, bits, relatives)) ||
              (toks[end].kind === 'dash' && relativeKeyedByDash(toks, i, end, bits, relatives)));
          i = keyed ? end + 1 : end;
          continue;
        }
      } else if ((e.kind === 'affirm' || e.kind === 'qualify') && open) {
        markWords(i, end);
        // "no dimple or tuft seen while a skin tag is present": the verb closing the list finishes its clause.
        if (e.kind === 'affirm' && item[i] === closeAt) clear();
      } else if (e.kind === 'opener' && open) {
        // "new symptoms such as leg weakness or night pain": the examples after it are the scope's list.
        for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0) remaining[c] = max;
      } else if (e.kind === 'consequence') {
        // "if he spikes a temp would need to r/o discitis": the rule-out the condition would lead to is as hypothetical as it.
        remaining[HYPOTHETICAL] = max;
        consequenceOpen = true;
      } else if (e.kind === 'pseudo' && open) {
        // A pseudo-trigger's words count toward the scope's word limit, unmarked ("no concerns … from the parents").
        let words = 0;
        for (let k = i; k < end; k++) if (toks[k].kind === 'w') words++;
        for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0) remaining[c] = Math.max(0, remaining[c] - words);
        open = recount(remaining);
      }
      i = end;
      continue;
    }
    if (ownCue && ownCue[i] && inMatch[i] < 0) {
      // The pronoun of a relative's own history: the clause after it is the relative's.
      cueEnd[i] = i + 1;
      openCue(i, BIT.other, 0);
      i++;
      continue;
    }
    if (tk.kind === 'mark') {
      // "Exam: no 1) dimple 2) haemangioma 3) hair tuft present": the denial before the list ends at the item that says more.
      if (open) {
        for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0 && cueStart[c] >= tk.from!) remaining[c] = 0;
        open = recount(remaining);
      }
    } else if (tk.kind === 'stop' || tk.kind === 'colon') clear();
    else if (open && (tk.kind === 'sep' || tk.kind === 'dash' || (tk.kind === 'w' && LIST_WORDS.has(tk.t)))) {
      const next = i + 1 < n ? item[i + 1] : -1;
      ownNegRun = tk.t === ',' && remaining[NEGATED] > 0 && cueItem[NEGATED] === item[i] ? ownNegRun + 1 : 0;
      // A grade grades a finding only right after an item negated on its own, not by a denial verb (listGrades).
      const deniedByVerb = remaining[NEGATED] > 0 && lastCue >= 0 && gradeDenials.has(toks[lastCue].t);
      const gradeHeld = remaining[NEGATED] > 0 && (cueItem[NEGATED] !== item[i] || deniedByVerb);
      // A denial verb's list of two items or more goes on through a qualified one; right after its first item it may be the
      // child's own ("denies fever, slight weight loss").
      const qualifiedHeld = deniedByVerb && cueItem[NEGATED] !== item[i];
      // "no tuft or dimple seen", "no fever or chills x 2 d": items joined by a bare "or"/"nor" are alternatives under one
      // cue, whatever verb closes the list (that verb then ends the scope). A comma's item may carry its own assertion
      // ("no fever, tenderness noted at L4"), also when an "or" follows the comma ("no swelling, or a hemangioma noted").
      const alternative = tk.kind === 'w' && (tk.t === 'or' || tk.t === 'nor');
      const joined = alternative && !(i > 0 && toks[i - 1].kind === 'sep' && toks[i - 1].t === ',');
      if (joined && next >= 0 && next !== item[i] && affirmed[next]) closeAt = next;
      const asserted =
        !joined &&
        next >= 0 &&
        next !== item[i] &&
        (affirmed[next] ||
          // "Denies fever, night pain, constant pain, radiation to legs": a denial verb's list goes on through an item a
          // qualifier opens (listGrades.denialVerbs); after "no" it may be the child's own ("no fever, constant pain").
          (((qualified[next] && !qualifiedHeld) || (graded[next] && !gradeHeld) || (brisk[next] && side[next])) && !orAhead![i]) ||
          (ownNegRun >= 2 && words[next] >= 3 && !(orLater ??= orAhead ?? alternativesAhead(toks, match, inMatch, n))[i]));
      if (asserted) {
        const held = bracketOther;
        clear();
        if (held) holdBracket(i);
      } else {
        // "not due to a fall or MVC": an alternative inside the item's own phrase stays in its scope.
        for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0) remaining[c] = itemOnly & (1 << c) && !alternative ? 0 : max;
        if (!alternative) itemOnly = 0;
        open = recount(remaining);
      }
    } else if (open && tk.kind === 'w') {
      markWords(i, i + 1);
      if (bracketOther) {
        bracketWords++;
        holdBracket(i);
      }
    } else if (tk.t === '(' && remaining[OTHER] > 0 && !bracketOther && lastCue >= 0 && relativeAside(toks, cueEnd[lastCue], i) && !bracketTellsChild(toks, i, relatives)) {
      bracketOther = true;
      bracketLeft = match[lastCue]?.aside && cueEnd[lastCue] === i ? 0 : remaining[OTHER];
      bracketWords = 0;
      holdBracket(i);
    } else if (tk.t === ')' && bracketOther) {
      // After the aside the scope goes on as if its words had been counted ("Mum (hooyo) is worried about a small skin tag").
      bracketOther = false;
      remaining[OTHER] = childNamedAfter(toks, i + 1) ? 0 : Math.max(0, bracketLeft - bracketWords);
      open = recount(remaining);
    }
    i++;
  }
  /** Keeps the relative's scope open inside its bracket, at toks[at]. */
  function holdBracket(at: number): void {
    bracketOther = true;
    remaining[OTHER] = max;
    cueItem[OTHER] = item[at];
    open = recount(remaining);
  }
  /**
   * The modifier at i is an alternative of its own "or" list: an "or"/"nor" right before its item, or right after it
   * ("…, prior surgery or vascular malformation", "trauma, previous fracture, or weight loss"), never one later in the
   * sentence ("previous leukemia, pain worse sitting or bending"). Its item tells nothing of its own: no other cue
   * ("previous ALL in remission") and no number ("prior surgery 2019"). Led by the "or", the item ends the sentence
   * ("or prior ALL - currently off treatment", "or previous ALL, completed therapy" go on to tell it).
   */
  function deniedAlternative(i: number): boolean {
    const isOr = (k: number) => k >= 0 && k < n && inMatch[k] < 0 && (toks[k].t === 'or' || toks[k].t === 'nor');
    let k = cueEnd[i];
    for (; k < n && item[k] === item[i]; k++) {
      work.steps++;
      const tk = toks[k];
      if (tk.kind === 'sep' || tk.kind === 'dash' || tk.kind === 'stop' || (tk.kind === 'w' && LIST_WORDS.has(tk.t) && inMatch[k] < 0)) break;
      if (inMatch[k] >= 0 || (tk.kind === 'w' && isDigit(tk.t.charCodeAt(0)))) return false;
    }
    if (isOr(k) || (k < n && toks[k].t === ',' && isOr(k + 1))) return true;
    return isOr(i - 1) && (k >= n || toks[k].kind === 'stop');
  }
  /** One of the three words right before `at` is in the scope of a relative told to have it ("Mum has …", "dad with …"). */
  function relativesJustBefore(at: number): boolean {
    for (let k = at - 1; k >= 0 && k >= at - 3 && toks[k].kind === 'w'; k--) {
      const cue = fwdCue[k];
      if (fwd[k] & BIT.other && cue >= 0 && (HAVING.has(toks[cueEnd[cue] - 1].t) || (cueEnd[cue] < n && HAVING.has(toks[cueEnd[cue]].t)))) return true;
    }
    return false;
  }
  function markWords(from: number, to: number): void {
    for (let k = from; k < to; k++) {
      let bits = 0;
      for (let c = 0; c < CATEGORIES.length; c++) {
        if (remaining[c] > 0) {
          bits |= 1 << c;
          remaining[c]--;
        }
      }
      fwd[k] = bits;
      fwdCue[k] = lastCue;
    }
    open = recount(remaining);
  }

  // Pass 4, backward scopes ("tuft: none", "fever (-)", "dimple?"), right to left, within an item;
  // a colon or a dash between the finding and its verdict does not end it.
  const bwd = new Uint8Array(n);
  const bwdCue = new Int32Array(n).fill(-1);
  const left = SCOPE_LEFT.fill(0);
  let bOpen = 0;
  let bCue = -1;
  // The categories of the backward cue last read: only a denial is held inside a bracket of its own subject.
  let bCueBits = 0;
  let wholeQuestion = false;
  // The answer of the question being read follows a mark ("Night pain / wakes from sleep: No"), not bare ("dimple absent").
  let markedAnswer = false;
  // The answer of the question being read follows the question mark of a form's printed question ("Any lumps, hairy
  // patches or red marks on his back?  no"): it reaches the question's line back to its start, every name it lists.
  let askedAnswer = false;
  for (let i = n - 1; i >= 0; i--) {
    work.steps++;
    const tk = toks[i];
    if (inMatch[i] >= 0) {
      const s = inMatch[i];
      const e = match[s]!;
      if (e.kind === 'terminator') {
        left.fill(0);
        bOpen = 0;
      } else if (e.kind === 'trigger') {
        const bits = bwdBits(s);
        for (let c = 0; c < CATEGORIES.length; c++) if (bits & (1 << c)) left[c] = max;
        if (bits) {
          bCue = s;
          bCueBits = bits;
          wholeQuestion = answering?.[s] === 1;
          markedAnswer = s > 0 && (toks[s - 1].kind === 'colon' || toks[s - 1].kind === 'dash' || toks[s - 1].t === '?' || toks[s - 1].t === '(');
          askedAnswer = wholeQuestion && s > 0 && toks[s - 1].t === '?' && printedQuestion(toks, s - 1, questionWords);
        }
        bOpen = recount(left);
      }
      i = s;
      continue;
    }
    // Not back into the question before, answered on its own ("fever Y / wt loss N").
    if (bOpen && wholeQuestion && (tk.t === '/' || tk.t === '&' || tk.t === 'or') && joinsAlternatives(toks, i, inMatch, answerWords, markedAnswer)) continue;
    // "Fever, night sweats, weight loss: none": a list of names before the colon, the whole sentence, is one question.
    if (bOpen && wholeQuestion && markedAnswer && (tk.t === ',' || tk.t === 'and') && namesOnlyList(text, toks, i, inMatch, answerWords)) continue;
    // "Any lumps, hairy patches or red marks on his back?  no", "Did anything happen (fall, accident, sports injury)?  no":
    // a form's printed question, answered after its question mark, is asked of every name it lists.
    if (bOpen && askedAnswer && (tk.t === ',' || LIST_WORDS.has(tk.t))) continue;
    if (
      tk.kind === 'stop' ||
      tk.kind === 'sep' ||
      (tk.kind === 'w' && LIST_WORDS.has(tk.t)) ||
      (bOpen && tk.t === '(' && bCueBits === BIT.negated && bracketHasOwnSubject(toks, i, bCue, bracketSubjects))
    ) {
      if (bOpen) left.fill(0);
      bOpen = 0;
    } else if (bOpen && (tk.kind === 'dash' || tk.kind === 'colon') && left[DOUBTED] > 0) {
      // "concern for osteomyelitis - abscess less likely": a doubt speaks of what stands right before it, not across a dash.
      left[DOUBTED] = 0;
      bOpen = recount(left);
    } else if (bOpen && tk.kind === 'w') {
      let bits = 0;
      for (let c = 0; c < CATEGORIES.length; c++) {
        if (left[c] > 0) {
          bits |= 1 << c;
          // A printed question is read to its line's start, however many names it lists (printedQuestion stops at the line).
          if (!askedAnswer) left[c]--;
        }
      }
      bwd[i] = bits;
      bwdCue[i] = bCue;
      bOpen = recount(left);
    }
  }
  return { toks, fwd, bwd, fwdCue, bwdCue, cueEnd, own, form };
}

/**
 * The bracket opened at toks[open] holds its own subject before the backward cue at toks[cue]: "?discitis vs pyelo (UA
 * neg)", "discitis (culture neg)", "ALL (CNS neg)" deny the urinalysis, the culture and the nervous system's disease, not
 * what stands before the bracket. Only when every word between the bracket and the cue names a test or a body fluid's or
 * a lab's result (context-lexicon bracketSubjects.subjects) and the cue is a result's denial ("neg", "negative", "-ve";
 * never "none"): "Weakness (legs none)", "Fever (at home none)", "Saddle anaesthesia (perineum negative)" and an imaging
 * study ("?osteomyelitis (MRI negative)") still answer what stands before the bracket, and so does a test's bracket
 * after a cancer or a suspected finding ("?Leukaemia (marrow negative)", "lymphoma (biopsy neg)"; see testedFinding),
 * unless the subject is a site ("ALL (CNS neg)").
 */
function bracketHasOwnSubject(toks: Tok[], open: number, cue: number, own: Matcher['bracketSubjects']): boolean {
  if (cue <= open + 1 || cue > open + 4) return false;
  const words: string[] = [];
  for (let k = open + 1; k < cue; k++) {
    if (toks[k].kind !== 'w') return false;
    words.push(toks[k].t);
  }
  const denial = toks[cue].t === '-' ? (toks[cue + 1]?.t === 've' ? '-ve' : '') : toks[cue].t;
  const subject = words.join(' ');
  if (!own.denials.has(denial) || !own.subjects.has(subject)) return false;
  return own.sites.has(subject) || !testedFinding(toks, open, own);
}

/** Words read back from a bracket for the finding it follows. */
const BRACKET_FINDING_WORDS = 3;

/**
 * The finding right before the bracket at toks[open] is one its test denies: a cancer ("lymphoma (biopsy neg)",
 * "neuroblastoma (urine negative)") or a finding suspected with "?" ("?Leukaemia (marrow negative)"). Read back over
 * at most a few words, up to any mark or an alternative ("?discitis vs pyelo (UA neg)" asks of pyelo, not discitis).
 */
function testedFinding(toks: Tok[], open: number, own: Matcher['bracketSubjects']): boolean {
  for (let k = open - 1; k >= 0 && k >= open - BRACKET_FINDING_WORDS; k--) {
    const t = toks[k];
    if (t.t === '?') return true;
    if (t.kind !== 'w' || t.t === 'vs' || t.t === 'versus' || t.t === 'or') return false;
    if (own.deniedFindings.has(t.t)) return true;
  }
  return false;
}

/** A line break stands between toks[k - 1] and toks[k] (a continuation line makes no token of its own). */
function lineEndsAfter(text: string, toks: Tok[], k: number): boolean {
  const next = toks[k];
  if (!next || k === 0) return false;
  for (let j = toks[k - 1].end; j < next.start; j++) if (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) return true;
  return false;
}

/**
 * Between two tokens only white space, making a form's column gap (two spaces or more, a tab) or a line break:
 * "Fever: -   Night pain: +". Anything else between them (a dropped prompt, a joined hyphen) is no gap.
 */
function columnGapAfter(text: string, start: number, end: number): boolean {
  let gap = end - start >= 2;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 9 || c === 10 || c === 13) gap = true;
    else if (c !== 32 && c !== 0xa0) return false;
  }
  return gap;
}

/** A cue written as a sign in brackets, "(-)": its tokens open and close a bracket around marks only. */
function bracketedSign(tokens: readonly string[]): boolean {
  return tokens.length >= 3 && tokens[0] === '(' && tokens[tokens.length - 1] === ')' && tokens.slice(1, -1).every((t) => !/[a-z0-9]/i.test(t));
}

/**
 * "Hair tuft: Y Hemangioma: N": an answer word after a colon or a dash, followed by the next question
 * (words, then its own colon or dash, within four tokens), ends its item: a separator goes after it, so
 * the next answer's cue does not reach back over it.
 */
function answersEndTheirItem(toks: Tok[], answers: Map<string, Entry>): Tok[] {
  let after: number[] | undefined;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !answers.has(t.t) || (toks[i - 1].kind !== 'colon' && toks[i - 1].kind !== 'dash') || toks[i + 1].kind !== 'w') continue;
    let k = i + 1;
    while (k < toks.length && k <= i + 4 && toks[k].kind === 'w') k++;
    if (k < toks.length && (toks[k].kind === 'colon' || toks[k].kind === 'dash')) (after ??= []).push(i);
  }
  if (!after) return toks;
  const out: Tok[] = [];
  let a = 0;
  for (let i = 0; i < toks.length; i++) {
    out.push(toks[i]);
    if (a < after.length && after[a] === i) {
      out.push({ t: ' ', kind: 'sep', start: toks[i].end, end: toks[i].end });
      a++;
    }
  }
  return out;
}

/**
 * "Fever (Y/N): N", "Fever Y/N: N", "Fever (yes/no)? no": the prompt that lists a question's answers is no
 * answer: its tokens are dropped, so the answer after it reads back to the question.
 */
function withoutPrompts(toks: Tok[], answerWords: Set<string>): Tok[] {
  let out: Tok[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    work.steps++;
    const open = toks[i].t === '(' ? 1 : 0;
    let k = i + open;
    let words = 0;
    // Printed after a question mark, a form's prompt may be spaced ("Fevers?   Y / N   N"), as the parent's answer is.
    const afterQuestion = !open && i > 0 && toks[i - 1].t === '?';
    // A prompt lists a few answers ("Y/N/unknown"): a long run of them is read no further, so the scan stays linear.
    while (k < toks.length && words < 4 && toks[k].kind === 'w' && answerWords.has(toks[k].t)) {
      words++;
      k++;
      if (toks[k]?.t !== '/' || (!afterQuestion && (toks[k].start !== toks[k - 1].end || toks[k + 1]?.start !== toks[k].end))) break;
      k++;
    }
    // Two answers or more, joined by slashes; then, bracketed, the closing bracket; bare, the question's colon.
    const closed =
      words >= 2 &&
      toks[k - 1].kind === 'w' &&
      (open ? toks[k]?.t === ')' : toks[k]?.kind === 'colon' || toks[k]?.t === '?' || (afterQuestion && answeredAlone(toks, k, answerWords)));
    if (!closed) {
      out?.push(toks[i]);
      continue;
    }
    out ??= toks.slice(0, i);
    if (open) k++;
    i = k - 1;
  }
  return out ?? toks;
}

/**
 * The question mark at toks[i] closes a form's printed question asked of every name it lists: its line opens on a question's
 * word (lexicon formAnswers.questionOpeners: "Any", "Did", "Has" …) with no stop, colon, dash or other question mark between
 * there and toks[i], so a line that tells something before it asks ("No fever, any dimple?  no", "Hair tuft seen, any
 * dimple?  no") is refused. It must ask of what it lists, not of a name it takes for granted (review r57e): its first or
 * second word one of questionAskers ("Any lumps …", "Has she had fevers …", "Did anything happen …", "Was he in a car
 * crash …"; never "Has hair tuft over L5, any lump under it?", "Does the back pain go down her legs?"); no determiner of
 * questionPresupposing before a name ("Any change in the lump?", "Has she had the lump checked?"), except after a word of
 * place ("on his back", "with her bladder"); and no word of a finding's course or time ("Any improvement in back pain or
 * weakness?", "Are lump and mark getting bigger?", "… there at birth?", "Back pain at night, or numbness?"). A refused question is read as any other line.
 */
function printedQuestion(toks: Tok[], i: number, words: QuestionWords): boolean {
  let k = i - 1;
  for (; k >= 0 && toks[k].t !== '\n'; k--) {
    work.steps++;
    const tk = toks[k];
    if (tk.kind === 'stop' || tk.kind === 'colon' || tk.kind === 'dash' || tk.t === '?') return false;
    if (tk.kind !== 'w') continue;
    if (words.course.has(tk.t) || (words.times.has(tk.t) && k > 0 && words.timeLeads.has(toks[k - 1].t))) return false;
    if (words.presupposing.has(tk.t) && !(k > 0 && words.places.has(toks[k - 1].t))) return false;
  }
  const first = toks[k + 1];
  if (first === undefined || first.kind !== 'w' || !words.openers.has(first.t)) return false;
  const second = toks[k + 2];
  return words.askers.has(first.t) || (second !== undefined && second.kind === 'w' && words.askers.has(second.t));
}

/**
 * The prompt printed after a question mark ends right before toks[k], the one answer word the parent wrote, which ends its
 * line ("Fevers?   Y / N   N", "Does the pain wake them at night?  Y/N  Y"): only then is the prompt no answer of its own.
 * An unanswered prompt ("Fevers?  Y / N" then the next line) or one with words after its answer is read as before.
 */
function answeredAlone(toks: Tok[], k: number, answerWords: Set<string>): boolean {
  const answer = toks[k];
  if (answer?.kind !== 'w' || !answerWords.has(answer.t)) return false;
  const after = toks[k + 1];
  return after === undefined || after.t === '\n';
}

/**
 * The joiner at toks[i] ("/", "&", "or") joins two names of one question, so the answer after the second
 * covers the first: "numbness or weakness N", "Lipoma/mass: No", "tuft & dimple: no", "Night pain / wakes from
 * sleep: No". The name before it is a few words, no level or number ("hair tuft at L4"), and not itself
 * answered ("fever Y / wt loss N"). A spaced slash also parts a terse note's statements ("wakes him at night /
 * fever neg", "hair tuft over sacrum / dimple absent"): it joins two names only before an answer after a colon,
 * dash or question mark, and only a short name (three words at most).
 */
function joinsAlternatives(toks: Tok[], i: number, inMatch: Int32Array, answerWords: Set<string>, markedAnswer: boolean): boolean {
  if (i === 0 || toks[i - 1].kind !== 'w' || inMatch[i - 1] >= 0 || answerWords.has(toks[i - 1].t)) return false;
  const tk = toks[i];
  const spacedSlash = tk.t === '/' && (toks[i - 1].end !== tk.start || toks[i + 1]?.start !== tk.end);
  if (spacedSlash && !markedAnswer) return false;
  const most = spacedSlash ? 3 : 4;
  let words = 0;
  for (let k = i - 1; k >= 0 && toks[k].kind === 'w' && !LIST_WORDS.has(toks[k].t); k--) {
    work.steps++;
    if (++words > most || /\d/.test(toks[k].t)) return false;
  }
  return true;
}

/**
 * The separator at toks[i] ("," or "and") stands in a list that is its sentence's whole question, answered after its colon
 * ("Fever, night sweats, weight loss: none", "Bladder, bowel: nil"): from the sentence's start (a stop, a colon, a dash or
 * a line's start) to the answer, only names of a few words each (no number, no cue, no answer of their own) joined by
 * commas, "and" or "or". Anything else ("Back pain x 3 wk, fever: none", "Fever yes, night sweats: no") leaves each item
 * its own answer.
 */
function namesOnlyList(text: string, toks: Tok[], i: number, inMatch: Int32Array, answerWords: Set<string>): boolean {
  const isName = (k: number) => toks[k].kind === 'w' && inMatch[k] < 0 && !answerWords.has(toks[k].t) && !/\d/.test(toks[k].t);
  const joins = (k: number) => inMatch[k] < 0 && (toks[k].t === ',' || toks[k].t === 'and' || toks[k].t === 'or');
  // Forward to the answer's colon: names and joins only.
  let k = i + 1;
  for (let words = 0; k < toks.length && toks[k].kind !== 'colon'; k++) {
    work.steps++;
    if (joins(k)) words = 0;
    else if (!isName(k) || ++words > 4 || lineEndsAfter(text, toks, k)) return false;
  }
  if (k >= toks.length || toks[k - 1].kind !== 'w') return false;
  // Back to the sentence's start.
  let words = 0;
  for (k = i - 1; k >= 0; k--) {
    work.steps++;
    if (joins(k)) {
      if (words === 0) return false;
      words = 0;
    } else if (isName(k)) {
      if (++words > 4) return false;
      if (lineEndsAfter(text, toks, k)) return true;
    } else return words > 0 && (toks[k].kind === 'stop' || toks[k].kind === 'colon' || toks[k].kind === 'dash');
  }
  return words > 0;
}

/**
 * A list of alternatives: from each token, whether an "or"/"nor" joins items later in its run (to a stop,
 * a colon or a terminator). Right to left, one pass.
 */
function alternativesAhead(toks: Tok[], match: (Entry | undefined)[], inMatch: Int32Array, n: number): Uint8Array {
  const ahead = new Uint8Array(n);
  let seen = 0;
  for (let i = n - 1; i >= 0; i--) {
    work.steps++;
    const tk = toks[i];
    const free = inMatch[i] < 0;
    if (tk.kind === 'stop' || tk.kind === 'colon' || (inMatch[i] === i && match[i]!.kind === 'terminator')) seen = 0;
    else if (free && tk.kind === 'w' && (tk.t === 'or' || tk.t === 'nor')) seen = 1;
    ahead[i] = seen;
  }
  return ahead;
}

/** The item ends at toks[k]: the end, a separator, a stop or a list word. */
function endsItem(toks: Tok[], k: number): boolean {
  const next = toks[k];
  return !next || next.kind === 'sep' || next.kind === 'stop' || (next.kind === 'w' && LIST_WORDS.has(next.t));
}

/**
 * "Q: pain at night? Interpreter: "mother says no, he sleeps well."", "night pain? A: no": the answer word after the
 * question mark at toks[q], with only marks (a colon, a dash, a quote), relaying words (lexicon formAnswers.relayers:
 * "interpreter", "A") and at most one teller ("mother says") between, ending its item: its index, or -1. The teller
 * must be a relation's telling verb (a terminator): "? mother has back pain too" relays no answer.
 */
function relayedAnswerAt(toks: Tok[], q: number, relayers: Set<string>, answerWords: Set<string>, rel: Relatives): number {
  const n = toks.length;
  if (toks[q]?.t !== '?') return -1;
  let k = q + 1;
  let teller = true;
  for (let steps = 0; k < n && steps < 6; steps++) {
    const t = toks[k];
    if (t.kind === 'colon' || t.kind === 'dash' || (t.kind === 'punct' && QUOTES.has(t.t))) k++;
    else if (t.kind === 'w' && relayers.has(t.t)) k++;
    else if (teller && t.kind === 'w' && (rel.relations.has(t.t) || rel.companions.has(t.t))) {
      const e = relativePhraseAt(toks, k, rel);
      if (e?.kind !== 'terminator') break;
      k += e.tokens.length;
      teller = false;
    } else break;
  }
  // A bare answer straight after the mark is answeredQuestion's.
  return k > q + 1 && k < n && toks[k].kind === 'w' && answerWords.has(toks[k].t) && endsItem(toks, k + 1) ? k : -1;
}

/** A teller at toks[i], `len` tokens long, relays the answer to a question asked just before it (`relayedAnswerAt`). */
function relaysAnswer(toks: Tok[], i: number, len: number, relayers: Set<string>, answerWords: Set<string>, rel: Relatives): boolean {
  let b = i - 1;
  while (
    b >= 0 &&
    i - b < 6 &&
    (toks[b].kind === 'colon' || toks[b].kind === 'dash' || (toks[b].kind === 'punct' && QUOTES.has(toks[b].t)) || (toks[b].kind === 'w' && relayers.has(toks[b].t)))
  )
    b--;
  return b >= 0 && relayedAnswerAt(toks, b, relayers, answerWords, rel) >= i + len;
}

/** Quotation marks around a relayed answer. */
const QUOTES = new Set(['"', "'", '\u201c', '\u201d']);

/** "Fever? no": the question mark at toks[i] is followed by an answer word that ends its item. */
function answeredQuestion(toks: Tok[], i: number, answerWords: Set<string>): boolean {
  const a = toks[i + 1];
  return a !== undefined && a.kind === 'w' && answerWords.has(a.t) && endsItem(toks, i + 2);
}

/**
 * "fever N / night pain N / wt loss Y": a one-letter answer (or a "yes") straight after the question's last word (a
 * word of two letters or more, not a number: "3 y" is an age), ending its item.
 */
function bareAnswerAt(toks: Tok[], i: number, affirms = false, noWords?: Set<string>): boolean {
  const prev = toks[i - 1];
  // "night pain yes/no", "night pain Y/N", "night pain yes or no? no": the choice offered, not an answer.
  const next = toks[i + 1];
  if (affirms && noWords && next && (next.t === '/' || next.t === 'or') && noWords.has(toks[i + 2]?.t ?? '')) return false;
  // "no fever, night pain yes": a whole-word "yes" answers its item as "Y" does (it never starts a word of its own).
  return (toks[i].t.length === 1 || affirms) && prev.t.length >= 2 && /^[a-z]/.test(prev.t) && !/\d/.test(prev.t) && endsItem(toks, i + 1);
}

/**
 * toks[i] answers the item before it: after a colon, a dash (" - N", "-N"), "=" or "(", and ending its
 * item ("fever - N, night pain - Y", "tuft (N)"). Elsewhere "n" and "y" are no answer ("3 y", "n=3", "N/A").
 */
function answerAt(text: string, toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  const mark = prev.kind === 'colon' || prev.kind === 'dash' || prev.t === '=' || prev.t === '(' || prev.t === '?';
  // "tuft-N": a hyphen between two words is no token of its own.
  if (!mark && !(prev.end === toks[i].start - 1 && text.charCodeAt(prev.end) === 45)) return false;
  let k = i + 1;
  if (prev.t === '(') {
    if (toks[k]?.t !== ')') return false;
    k++;
  }
  const next = toks[k];
  // "N/A", "Y/N": a slash against the letter makes it part of another answer; "N&V", "N / V", "N+V" are nausea and vomiting.
  if (next?.t === '/' && next.start === toks[k - 1].end) return false;
  if ((next?.t === '&' || next?.t === '/' || next?.t === '+') && toks[k + 1]?.kind === 'w' && toks[k + 1].t.length === 1) return false;
  return !next || next.kind === 'sep' || next.kind === 'stop' || (next.kind === 'w' && LIST_WORDS.has(next.t));
}

/**
 * The tokens a check-box form leaves unasserted: an unticked option is negated, a yes/no question is
 * negated when "no" is ticked and hypothetical when nothing is. `reading` covers the whole text and
 * the tokens the region [from, to) of it; spans and tokens are both in text order, so one pass pairs them.
 */
function formBits(toks: Tok[], reading: FormReading, from: number, to: number): Analysis['form'] {
  const all = reading.unasserted;
  let u = firstEndingAfter(all, from);
  if (u >= all.length || all[u].start >= to) return undefined;
  const bits = new Uint8Array(toks.length);
  const cueOf = new Int32Array(toks.length).fill(-1);
  const cue: Span[] = [];
  let t = 0;
  for (; u < all.length && all[u].start < to; u++) {
    const span = all[u];
    const k = cue.length;
    cue.push({ start: span.cue.start - from, end: span.cue.end - from });
    while (t < toks.length && toks[t].start + from < span.start) t++;
    for (; t < toks.length && toks[t].start + from < span.end; t++) {
      bits[t] = span.state === 'negated' ? BIT.negated : BIT.hypothetical;
      cueOf[t] = k;
    }
  }
  work.steps += toks.length;
  return { bits, cueOf, cue };
}

/** Marks the tokens inside the spans (whole-text offsets; tokens start at `from`). */
function tokensIn(toks: Tok[], spans: Span[], from: number): Uint8Array | undefined {
  let s = firstEndingAfter(spans, from);
  let out: Uint8Array | undefined;
  for (let t = 0; t < toks.length && s < spans.length;) {
    const at = toks[t].start + from;
    if (spans[s].end <= at) s++;
    else {
      if (spans[s].start <= at) (out ??= new Uint8Array(toks.length))[t] = 1;
      t++;
    }
  }
  work.steps += toks.length;
  return out;
}

/** The first of spans (or tokens) in text order ending after `offset` (binary search). */
function firstEndingAfter(spans: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function recount(r: Int32Array): number {
  let k = 0;
  for (let c = 0; c < r.length; c++) if (r[c] > 0) k++;
  return k;
}

/**
 * The last few regions read. A region is a key line with its continuation lines (a new key ends
 * every scope anyway), so a note's findings share one analysis per field, and fields without a
 * finding are never tokenized.
 */
interface Region {
  text: string;
  lex: ContextLexicon;
  from: number;
  to: number;
  a: Analysis;
}
const recent: Region[] = [];

function regionOf(text: string, start: number, end: number, lex: ContextLexicon): Region {
  // The offsets first: notes' texts rewritten in place are of one length, and comparing them reads them.
  for (const r of recent) if (r.from <= start && end <= r.to && r.lex === lex && r.text === text) return r;
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !lineStartsKey(text, from)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !(isBreak(text.charCodeAt(to)) && lineStartsKey(text, to + (text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? 2 : 1)))) to++;
  work.steps += to - from;
  const slice = text.slice(from, to);
  const r = { text, lex, from, to, a: analysisOfLine(slice, lex, text, from) };
  recent.unshift(r);
  if (recent.length > 4) recent.pop();
  return r;
}

/** Most exam lines hold no trigger at all: one pattern test instead of tokenizing them. */
function analysisOfLine(slice: string, lex: ContextLexicon, whole: string, base: number): Analysis {
  return matcherFor(lex).mayTrigger.test(slice) || MAY_HOLD_BOX.test(slice) ? analyze(slice, lex, whole, base) : PLAIN;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** A line starts at `i` and is not an indented continuation. */
function lineStartsKey(text: string, i: number): boolean {
  if (i <= 0 || i > text.length || !isBreak(text.charCodeAt(i - 1))) return false;
  const c = text.charCodeAt(i);
  // Between a CR and its LF no line starts: the line starts after the LF.
  if (c === 10 && text.charCodeAt(i - 1) === 13) return false;
  return !(c === 32 || c === 9);
}

/** The reading of a plainly asserted span, shared (most findings): never mutated by callers. */
export const PLAIN_READING: Readonly<ContextReading> = Object.freeze({
  negated: false,
  uncertain: false,
  hypothetical: false,
  historical: false,
  experiencer: 'patient' as const,
  ruleOut: false,
  doubted: false,
  cues: Object.freeze([]) as unknown as Span[],
});

/** The assertion context of text[start, end): offsets into `text`, which may be a value, a line or a whole note. */
export function readContext(text: string, start: number, end: number, lex: ContextLexicon = contextLexicon()): ContextReading {
  const region = regionOf(text, start, end, lex);
  const { a, from: base } = region;
  const { toks } = a;
  start -= base;
  end -= base;
  let first = firstEndingAfter(toks, start);
  while (first < toks.length && toks[first].kind !== 'w' && toks[first].start < end) first++;
  let last = firstEndingAfter(toks, Math.max(start, end - 1));
  if (last >= toks.length || toks[last].start >= end) last--;
  while (last > first && toks[last].kind !== 'w') last--;
  let bits = 0;
  // Most readings are plain (PLAIN_READING): the list of cues is made only when a cue is found.
  let cues: Span[] | undefined;
  if (first < toks.length && first <= last && last >= 0 && a.fwd !== NO_BITS) {
    bits = a.fwd[first] | a.bwd[last];
    if (bits) {
      const f = a.fwd[first] ? a.fwdCue[first] : -1;
      const b = a.bwd[last] ? a.bwdCue[last] : -1;
      if (f >= 0) (cues ??= []).push({ start: base + toks[f].start, end: base + toks[a.cueEnd[f] - 1].end });
      if (b >= 0) (cues ??= []).push({ start: base + toks[b].start, end: base + toks[a.cueEnd[b] - 1].end });
    }
  }
  if (a.own && first < toks.length && first <= last && a.own[first]) {
    // The finding starts inside a pseudo-trigger: its first word ("no", "without") is the cue.
    bits |= a.own[first];
    let p = first;
    while (p > 0 && a.own[p]) p--;
    (cues ??= []).push({ start: base + toks[p].start, end: base + toks[a.cueEnd[p] - 1].end });
  }
  if (a.form && first < toks.length && first <= last && last >= 0 && (a.form.bits[first] || a.form.bits[last])) {
    // Written in a form's unticked option or unanswered question, or ending there ("Sacral dimple:"
    // where only "dimple" is surely the question): the form decides (form.ts).
    const at = a.form.bits[first] ? first : last;
    bits |= a.form.bits[at];
    const cue = a.form.cue[a.form.cueOf[at]];
    (cues ??= []).push({ start: base + cue.start, end: base + cue.end });
  }
  if (!bits) return PLAIN_READING;
  const ruleOut = (bits & BIT['rule-out']) !== 0;
  return {
    negated: (bits & BIT.negated) !== 0,
    uncertain: (bits & BIT.uncertain) !== 0 || ruleOut,
    hypothetical: (bits & BIT.hypothetical) !== 0,
    historical: (bits & BIT.historical) !== 0,
    experiencer: bits & BIT.other ? 'other' : 'patient',
    ruleOut,
    doubted: (bits & BIT.doubted) !== 0,
    cues: cues ?? [],
  };
}
