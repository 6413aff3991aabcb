/**
 * A cross written as "no" beside each item of a terse list (round 54, fix54b; context-lexicon.json crossMarks):
 *
 *   "✗ fever ✗ night pain ✗ wt loss"          each cross before its item
 *   "ROS: fever ✗ wt loss ✗ night pain ✗"     each cross after its item
 *   "fever ✗ night pain ✓"                    a tick answering another item yes
 *
 * The list's shape says which item each cross belongs to: every mark (a cross, or a tick "✓"/"✔" standing alone) before
 * its item, the list opening on a mark and its last item on none, or every mark after its item, the list closing on a
 * mark and its first item on none (after a label's colon at most: "ROS:"). Each cross accepted is read as the lexicon's
 * `readAs` (a negation cue read both ways), and a stop is put on its other side, so it denies only its own item and
 * never the next ("fever ✗ night pain ✓": the night pain stays told). Refused, each cross then read as before the round
 * (no cue at all): a list whose shape tells neither way ("✗ fever ✗ night pain ✗", "fever ✓ ✗ night pain"), an item that is
 * itself a list or a clause ("fever, night pain, wt loss ✗": one cross after a whole list is unclear; "✗ fever or
 * sweats"), an item of more than `maxItemWords` words, a line with a tick box of any other kind ("[✗]", "☒", "☐": a form,
 * read by form.ts, where a cross marks the item chosen), a cross alone after a colon ("Fever: ✗", the form answers'
 * noSigns) and a "×" beside a number ("× 10 days", "2 × 3 cm").
 *
 * Narrowed after review r54: a cross is a "chosen" or "present" mark on many forms ("Red flags present: ✗ fever",
 * "Indication: ✗ hair tuft", "Positive: night pain ✗"), so a list is read only on a line with no label, or whose label
 * (the key before its colon, or a heading line ending in a colon right above the list) is one of the lexicon's `labels`
 * (a screen of denials or a neutral list: "ROS", "red flags"), and never with a word of presence or choosing
 * (`presenceWords`, or a "+") in the label, in the line right above the list, or in the words before the first cross.
 */

export interface CrossTok {
  t: string;
  kind: string;
  start: number;
  end: number;
}

export interface CrossMarkWords {
  /** The crosses ("✗", "✘", "×"). */
  marks: readonly string[];
  /** The negation cue a cross is read as ("ø", read both ways by the lexicon). */
  readAs: string;
  /** At most this many words in an item. */
  maxItemWords: number;
  /** Words that join two items into one ("and", "or", "with"): such an item is a list. */
  joiners: readonly string[];
  /** The labels under which crosses may be denials ("ros", "red flags"; normalised: lower case, words only). */
  labels: readonly string[];
  /** Words of presence or choosing that make a cross the item's chosen mark ("present", "mark", "indication"). */
  presenceWords: readonly string[];
}

/** A tick written alone as a glyph ("✓", "✔"), which the tokenizer reads as a ticked box. */
const TICK_GLYPH = /^[✓✔]$/u;

/** Whether the text may hold a cross at all (most notes hold none). */
export function mayHoldCross(text: string, w: CrossMarkWords): boolean {
  for (const m of w.marks) if (text.includes(m)) return true;
  return false;
}

/**
 * The tokens with each cross of a clear list rewritten as `readAs` and a stop on its other side. `toks` are the context
 * reader's tokens of `text` (a cross is a 'punct' token of its own; a tick glyph a 'stop' box '[x]').
 */
export function readCrossMarks<T extends CrossTok>(text: string, toks: readonly T[], w: CrossMarkWords, make: (t: CrossTok) => T, whole: string = text, base = 0): T[] {
  if (!mayHoldCross(text, w)) return toks as T[];
  const crosses = new Set(w.marks);
  const joiners = new Set(w.joiners);
  const isTick = (k: T) => k.kind === 'stop' && k.t === '[x]' && TICK_GLYPH.test(text.slice(k.start, k.end));
  const isCross = (k: T, i: number) => k.kind === 'punct' && crosses.has(k.t) && !(k.t === '×' && besideNumber(toks, i));
  // Segments: runs of tokens between stops other than a tick glyph.
  const accepted = new Map<number, 'before' | 'after'>();
  let from = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i < toks.length && !(toks[i].kind === 'stop' && !isTick(toks[i]))) continue;
    readSegment(from, i);
    from = i + 1;
  }
  if (!accepted.size) return toks as T[];
  const out: T[] = [];
  toks.forEach((k, i) => {
    const side = accepted.get(i);
    if (side === undefined) {
      out.push(k);
      return;
    }
    const cue = make({ t: w.readAs, kind: k.kind, start: k.start, end: k.end });
    // The stop on the cross's other side keeps it to its own item.
    if (side === 'before') out.push(make({ t: ';', kind: 'stop', start: k.start, end: k.start }), cue);
    else out.push(cue, make({ t: ';', kind: 'stop', start: k.end, end: k.end }));
  });
  return out;

  function readSegment(a: number, b: number): void {
    let list = a;
    // After a label's colon ("ROS:", "Red flags:"): the last colon before the first mark.
    let firstMark = -1;
    for (let i = a; i < b; i++) {
      if (isCross(toks[i], i) || isTick(toks[i])) {
        firstMark = i;
        break;
      }
    }
    if (firstMark < 0 || !toks.slice(a, b).some((k, j) => isCross(k, a + j))) return;
    for (let i = a; i < firstMark; i++) if (toks[i].kind === 'colon') list = i + 1;
    // A form's other boxes on the line: the form reader decides ("[✗]" is read as a box, never as a cross token).
    for (let i = a; i < b; i++) if (toks[i].kind === 'stop' && !isTick(toks[i])) return;
    if (/[[\]☐□❑❏☑☒✅■▣]/u.test(text.slice(toks[a]?.start ?? 0, toks[b - 1]?.end ?? 0))) return;
    const marks: number[] = [];
    for (let i = list; i < b; i++) if (isCross(toks[i], i) || isTick(toks[i])) marks.push(i);
    // Nothing but marks after the colon ("Fever: ✗"): the form answers read it.
    if (marks.length === b - list) return;
    // A label or a heading of presence or choosing, or one not naming a screen of denials (review r54).
    if (!labelAllows(whole, base + toks[firstMark].start, w)) return;
    const opens = marks[0] === list;
    const closes = marks[marks.length - 1] === b - 1;
    if (opens === closes) return;
    const side = opens ? 'before' : 'after';
    for (let m = 0; m < marks.length; m++) {
      const at = marks[m];
      if (!isCross(toks[at], at)) continue;
      // The item: up to the next mark (before) or from the previous one (after).
      const itemFrom = side === 'before' ? at + 1 : m > 0 ? marks[m - 1] + 1 : list;
      const itemTo = side === 'before' ? (m + 1 < marks.length ? marks[m + 1] : b) : at;
      if (oneItem(itemFrom, itemTo)) accepted.set(at, side);
    }
  }

  /** toks[from .. to - 1] name one item: one to maxItemWords words, nothing joining two. */
  function oneItem(from: number, to: number): boolean {
    let words = 0;
    for (let i = from; i < to; i++) {
      const k = toks[i];
      if (k.kind === 'w') {
        if (joiners.has(k.t)) return false;
        words++;
      } else if (k.kind !== 'punct' || !/^[-'.]$/.test(k.t)) return false;
    }
    return words >= 1 && words <= w.maxItemWords;
  }
}

/**
 * Whether every cross of `text` (one line) is read as a denial of its own item, and the line holds one at least: a terse
 * list of denials ("✗ fever ✗ night pain ✗ wt loss"), no checklist of boxes (neuro-text.ts inChecklist).
 */
export function crossDenialLine<T extends CrossTok>(text: string, toks: readonly T[], w: CrossMarkWords, make: (t: CrossTok) => T, whole: string = text, base = 0): boolean {
  const crosses = new Set(w.marks);
  const before = toks.filter((k) => k.kind === 'punct' && crosses.has(k.t)).length;
  if (!before) return false;
  const read = readCrossMarks(text, toks, w, make, whole, base).filter((k) => k.t === w.readAs && crosses.has(text.slice(k.start, k.end))).length;
  return read === before;
}

/** Lower case, words only ("Red flags (screen)" → "red flags screen"). */
function normal(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether `s` holds a word of presence or choosing, or a "+". */
function holdsPresence(s: string, w: CrossMarkWords): boolean {
  if (s.includes('+')) return true;
  const words = new Set(w.presenceWords);
  return normal(s)
    .split(' ')
    .some((x) => words.has(x));
}

/**
 * Whether crosses whose first stands at `at` of `whole` may be denials (review r54): the words before it on its line hold
 * no word of presence or choosing; its label, the key before the last colon among them (its own sentence), or else a
 * heading ending in a colon on the line right above the list (over lines of crosses of the same list), is one of
 * `labels`; a line right above with no colon holds no word of presence or choosing.
 */
function labelAllows(whole: string, at: number, w: CrossMarkWords): boolean {
  const lineStart = whole.lastIndexOf('\n', at - 1) + 1;
  const before = whole.slice(lineStart, at);
  if (holdsPresence(before, w)) return false;
  const labels = new Set(w.labels);
  const colon = before.lastIndexOf(':');
  if (colon >= 0) return labels.has(labelOf(before.slice(0, colon)));
  // The line above the list, over the list's other lines (a line holding a cross and no colon).
  let end = lineStart - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    let start = end;
    while (start > 0 && whole[start - 1] !== '\n') start--;
    const above = whole.slice(start, end).replace(/\r$/, '');
    if (!above.trim()) return true;
    if (!above.includes(':') && w.marks.some((m) => above.includes(m))) {
      end = start - 1;
      continue;
    }
    if (holdsPresence(above, w)) return false;
    const t = above.trimEnd();
    if (t.endsWith(':')) return labels.has(labelOf(t.slice(0, -1)));
    return true;
  }
  return true;
}

/** The label a key ends on, its own sentence's words only, normalised ("Seen today. Red flags" → "red flags"). */
function labelOf(key: string): string {
  return normal(key.split(/[.;!?](?=\s)/).pop() ?? '');
}

/** A "×" with a number right before or after it ("× 10 days", "2 × 3 cm"): a count or a size. */
function besideNumber(toks: readonly CrossTok[], i: number): boolean {
  return /^\d/.test(toks[i + 1]?.t ?? '') || /\d$/.test(toks[i - 1]?.t ?? '');
}
