/**
 * A denial before a marked list governs the whole list on its line (round 52, fix52h): "ROS: negative for: 1) fever
 * 2) night sweats 3) weight loss", "Exam: no 1) dimple 2) hair tuft 3) haemangioma", "Denies (1) fever (2) night pain",
 * "no a) tuft b) dimple". The writer numbers the items of one denied list; read as written, the item marks' digits
 * count toward the cue's word limit and the later items fall out of its scope (a denied red flag or marker read
 * present).
 *
 * Narrow by shape: the list's first mark ("1)", "(1)", "a)") must stand right after the negation cue (a colon between
 * allowed), and its later marks count on from it ("2)", "3)" … in the same style) on the same line, each standing
 * between spaces. Then the first mark is dropped and each later mark is read as a comma: the list is read exactly as
 * "no dimple, hair tuft, haemangioma" is, so an item with its own affirmation or a number ("2) tuft present") still
 * ends the denial, and a full stop, a semicolon or a new line still ends it. Nothing else changes: a numbered list
 * after any other word ("Plan: 1) MRI w/o 2) referral", "re-attend if: 1) weakness 2) wetting") is tokenized as
 * before, but for one thing: a later mark of such a list ends the scopes of cues inside the items before it ("Findings:
 * 1) no fever 2) weight loss": the denial is item 1's), never of a cue standing before the first mark ("re-attend if:
 * 1) weakness 2) wetting" stays one condition). Round 51 read the marks as ends of every scope; that reading was taken
 * out after review r51 for those lists.
 */

export interface MarkTok {
  t: string;
  kind: string;
  start: number;
  end: number;
  /** A later mark of a list after no denial (kind 'mark'): where the list's first mark starts. */
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

/**
 * The tokens with each list marked after a negation cue read as a comma list. `deniesUpTo(toks, k)`: a forward negation cue
 * ends at token k. Returns the same array when no such list stands in it (the common case costs one pass).
 */
export function joinMarkedLists<T extends MarkTok>(text: string, toks: T[], deniesUpTo: (toks: readonly T[], k: number) => boolean, make: (at: MarkTok) => T): T[] {
  let drop: Set<number> | undefined;
  let asSep: Map<number, Mark> | undefined;
  let ends: Map<number, number> | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].t;
    if (t !== '1' && t !== 'a' && t !== '(') continue;
    const first = markAt(text, toks, i, true);
    if (!first || first.n !== 1) continue;
    // The cue right before the mark, or before a colon right before it ("negative for: 1) …").
    const denied = i > 0 && (deniesUpTo(toks, i - 1) || (toks[i - 1].kind === 'colon' && i >= 2 && deniesUpTo(toks, i - 2)));
    const later: Mark[] = [];
    let want = 2;
    for (let j = first.to; j < toks.length && toks[j].kind !== 'stop' && toks[j].kind !== 'colon'; j++) {
      const m = toks[j].kind === 'w' || toks[j].t === '(' ? markAt(text, toks, j, false) : undefined;
      if (!m || m.style !== first.style) continue;
      if (m.n !== want) break;
      later.push(m);
      want++;
      j = m.to - 1;
    }
    if (!later.length) continue;
    if (!denied) {
      // "Findings: 1) no fever 2) weight loss", "Exam: 1) no dimple 2) hair tuft": each later mark ends the scopes of the
      // cues inside the items before it, never one standing before the list ("re-attend if: 1) weakness 2) wetting").
      // Its closing bracket is retyped in place: the words are counted as before.
      ends ??= new Map();
      for (const m of later) ends.set(m.to - 1, first.from);
      i = later[later.length - 1].to - 1;
      continue;
    }
    drop ??= new Set();
    asSep ??= new Map();
    for (let k = first.from; k < first.to; k++) drop.add(k);
    for (const m of later) {
      for (let k = m.from; k < m.to; k++) drop.add(k);
      // "1) fever, 2) night sweats": a comma already parts the items.
      if (toks[m.from - 1]?.kind !== 'sep') asSep.set(m.from, m);
    }
    i = later[later.length - 1].to - 1;
  }
  if (!drop && !ends) return toks;
  const out: T[] = [];
  for (let k = 0; k < toks.length; k++) {
    const m = asSep?.get(k);
    if (m) out.push(make({ t: ',', kind: 'sep', start: toks[m.from].start, end: toks[m.to - 1].end }));
    const from = ends?.get(k);
    if (from !== undefined) out.push(make({ t: ')', kind: 'mark', start: toks[k].start, end: toks[k].end, from: toks[from].start }));
    else if (!drop?.has(k)) out.push(toks[k]);
  }
  return out;
}
