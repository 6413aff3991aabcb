/**
 * A denial before a marked list governs the whole list on its line (round 52, fix52h): "ROS: negative for: 1) fever
 * 2) night sweats 3) weight loss", "Exam: no 1) dimple 2) hair tuft 3) haemangioma", "Denies (1) fever (2) night pain",
 * "no a) tuft b) dimple". The writer numbers the items of one denied list; read as written, the item marks' digits
 * count toward the cue's word limit and the later items fall out of its scope (a denied red flag or marker read
 * present).
 *
 * Narrow by shape: the list's first mark ("1)", "(1)", "a)") must stand right after the negation cue (a colon between
 * allowed), and its later marks count on from it ("2)", "3)" … in the same style) on the same line, each standing
 * between spaces. Then, while the later items are short finding names (at most three words, maybe a place after
 * them: no verb, clause word, dash, number or cue of its own), the first mark is dropped and each later mark is read as a
 * comma: the list is read as "no dimple, hair tuft, haemangioma" is. At an item affirmed by a word or a "+" ("3) hair tuft
 * present", "3) hair tuft (+)") the denial ends before its mark. A list with an item that says more before that ("3)
 * there is a hair tuft over L5", "3) night pain wakes him most nights", "3) weight loss - 4 kg") is read as before the
 * round, whole (narrowed after review r52). A numbered list after any other word ("Plan: 1) MRI w/o 2) referral",
 * "Safety net: 1) return if fever 2) leg weakness") is tokenized as before; the reading in which its later marks ended
 * the scopes of cues inside earlier items was taken out after review r52.
 */

export interface MarkTok {
  t: string;
  kind: string;
  start: number;
  end: number;
  /** The mark of a denied list's affirmed item (kind 'mark'): where the denial's cue starts. */
  from?: number;
}

interface Mark {
  /** Token index of the mark's first token, and one past its last. */
  from: number;
  to: number;
  /** Its place in the count: 1 for "1)", "(1)", "a)". */
  n: number;
  style: 'num' | 'paren' | 'letter';
}

const LETTERS = 'abcdefghij';

/** The list mark whose first token is toks[i], standing between spaces (the first may follow a colon or open the text), if any. */
function markAt(text: string, toks: readonly MarkTok[], i: number, first: boolean): Mark | undefined {
  const a = toks[i];
  const adjacent = (x: MarkTok, y: MarkTok | undefined): y is MarkTok => y !== undefined && y.start === x.end;
  let m: Mark | undefined;
  if (a.kind === 'w' && adjacent(a, toks[i + 1]) && toks[i + 1].t === ')') {
    if (/^\d{1,2}$/.test(a.t) && a.t[0] !== '0') m = { from: i, to: i + 2, n: Number(a.t), style: 'num' };
    else if (a.t.length === 1 && LETTERS.includes(a.t) && text[a.start] === a.t) m = { from: i, to: i + 2, n: LETTERS.indexOf(a.t) + 1, style: 'letter' };
  } else if (a.t === '(' && adjacent(a, toks[i + 1]) && /^\d{1,2}$/.test(toks[i + 1].t) && adjacent(toks[i + 1], toks[i + 2]) && toks[i + 2].t === ')')
    m = { from: i, to: i + 3, n: Number(toks[i + 1].t), style: 'paren' };
  if (!m) return undefined;
  const before = text[a.start - 1] ?? '';
  const after = text[toks[m.to - 1].end] ?? '';
  if (!/[ \t]/.test(after)) return undefined;
  if (!(before === ' ' || before === '\t' || (first && (before === ':' || before === '' || before === '\n' || before === '\r')))) return undefined;
  return m;
}

/** Words that make an item more than a finding's name: a verb, a clause, a qualifier, an exception or a number (review r52). */
const NOT_A_NAME = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'having',
  'there',
  'wakes',
  'wake',
  'woke',
  'waking',
  'noticed',
  'notices',
  'notice',
  'reports',
  'reported',
  'complains',
  'complained',
  'gets',
  'got',
  'getting',
  'started',
  'starts',
  'becomes',
  'became',
  'occurs',
  'occurring',
  'which',
  'that',
  'who',
  'but',
  'though',
  'although',
  'except',
  'apart',
  'occasionally',
  'occasional',
  'sometimes',
  'intermittent',
  'intermittently',
  'mainly',
  'main',
  'still',
  'now',
  'since',
  'when',
  'while',
  'if',
  'until',
  'unless',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);
/** Words that affirm the finding an item names ("3) hair tuft present", "3) hair tuft over L5 noted"). */
const AFFIRMS = new Set(['present', 'seen', 'noted', 'positive', 'yes', 'found']);
/** A place after a finding's name that the whole list may share ("no 1) dimple 2) tuft 3) haemangioma over the lower back"). */
const PLACE_WORDS = new Set(['over', 'on', 'at', 'around', 'near', 'above', 'below', 'across', 'along']);
const MAX_NAME_WORDS = 3;
const MAX_PLACE_WORDS = 4;

/**
 * What toks[from, to), a later item of a denied list, is: 'name', a short finding's name the denial reads on into (at most
 * three words, and a place of at most four after them); 'affirmed', a finding's name affirmed by a word or a "+" ("3) hair
 * tuft present", "3) hair tuft (+)"), where the denial ends before the item's mark; 'more', anything else (a verb or a
 * clause word of NOT_A_NAME, a dash, a number, a cue of its own, more words), where the list is read as written (review r52).
 */
function itemKind<T extends MarkTok>(toks: readonly T[], from: number, to: number, cueAt: (toks: readonly T[], k: number) => boolean): 'name' | 'affirmed' | 'more' {
  let name = 0;
  let place = -1;
  let affirmed = false;
  let punct = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'sep') continue;
    if (t.kind === 'dash' || /^\d/.test(t.t) || NOT_A_NAME.has(t.t) || cueAt(toks, k)) return 'more';
    if (t.kind !== 'w') {
      if (t.t === '+') affirmed = true;
      else punct = true;
    } else if (AFFIRMS.has(t.t)) affirmed = true;
    else if (place >= 0) place++;
    else if (PLACE_WORDS.has(t.t) && name > 0) place = 1;
    else name++;
  }
  if (affirmed && name > 0) return 'affirmed';
  return !punct && name > 0 && name <= MAX_NAME_WORDS && place <= MAX_PLACE_WORDS ? 'name' : 'more';
}

/**
 * The tokens with each list marked after a negation cue read as its comma list, as far as its later items are short
 * finding names (itemKind). `cueBefore(toks, k)`: the index of the token starting a forward negation cue that ends at
 * token k, or -1; `cueAt(toks, k)`: a cue of any kind starts at token k. An affirmed item's mark is read as one token
 * (kind 'mark', `from` the denial cue's start) that ends the item before it and the denial; a list with an item that
 * says more before any affirmed one is tokenized as before the round, whole ("Mum denies (1) leg weakness (2) constipation
 * (3) but has noticed a weak urine stream"). Returns the same array when no such list stands in it (the common case
 * costs one pass).
 */
export function joinMarkedLists<T extends MarkTok>(
  text: string,
  toks: T[],
  cueBefore: (toks: readonly T[], k: number) => number,
  cueAt: (toks: readonly T[], k: number) => boolean,
  make: (at: MarkTok) => T,
): T[] {
  let drop: Set<number> | undefined;
  let asSep: Map<number, Mark> | undefined;
  let ends: Map<number, { m: Mark; from: number }> | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].t;
    if (t !== '1' && t !== 'a' && t !== '(') continue;
    const first = markAt(text, toks, i, true);
    if (!first || first.n !== 1 || i === 0) continue;
    // The cue right before the mark, or before a colon right before it ("negative for: 1) …").
    let cue = cueBefore(toks, i - 1);
    if (cue < 0 && toks[i - 1].kind === 'colon' && i >= 2) cue = cueBefore(toks, i - 2);
    if (cue < 0) continue;
    const later: Mark[] = [];
    let want = 2;
    let j = first.to;
    for (; j < toks.length && toks[j].kind !== 'stop' && toks[j].kind !== 'colon'; j++) {
      const m = toks[j].kind === 'w' || toks[j].t === '(' ? markAt(text, toks, j, false) : undefined;
      if (!m || m.style !== first.style) continue;
      if (m.n !== want) break;
      later.push(m);
      want++;
      j = m.to - 1;
    }
    if (!later.length) continue;
    i = later[later.length - 1].to - 1;
    const kinds = later.map((m, q) => itemKind(toks, m.to, q + 1 < later.length ? later[q + 1].from : j, cueAt));
    const stop = kinds.findIndex((k) => k !== 'name');
    // "No 1) fever 2) night sweats 3) pain wakes him at night": an item that says more leaves the list as written.
    if (stop >= 0 && kinds[stop] === 'more') continue;
    drop ??= new Set();
    asSep ??= new Map();
    for (let k = first.from; k < first.to; k++) drop.add(k);
    for (let q = 0; q < later.length && q !== stop; q++) {
      const m = later[q];
      for (let k = m.from; k < m.to; k++) drop.add(k);
      // "1) fever, 2) night sweats": a comma already parts the items.
      if (toks[m.from - 1]?.kind !== 'sep') asSep.set(m.from, m);
    }
    if (stop >= 0) {
      // "no 1) dimple 2) haemangioma 3) hair tuft present": the denial ends before the affirmed item.
      const m = later[stop];
      (ends ??= new Map()).set(m.from, { m, from: toks[cue].start });
      for (let k = m.from; k < m.to; k++) drop.add(k);
    }
  }
  if (!drop) return toks;
  const out: T[] = [];
  for (let k = 0; k < toks.length; k++) {
    const m = asSep?.get(k);
    if (m) out.push(make({ t: ',', kind: 'sep', start: toks[m.from].start, end: toks[m.to - 1].end }));
    const end = ends?.get(k);
    if (end) out.push(make({ t: ')', kind: 'mark', start: toks[k].start, end: toks[end.m.to - 1].end, from: end.from }));
    else if (!drop.has(k)) out.push(toks[k]);
  }
  return out;
}
