import { lookupKey } from '../notes/keys';
import { type Span, lowerSlicer } from '../notes/text';
import { work } from '../notes/work';
import { type FormReading, MAY_HOLD_BOX, boxAt, readForm } from './form';
import { type ContextCategoryT, type ContextLexicon, contextLexicon } from './lexicon';

/**
 * Assertion context for any span of any text, in the manner of ConText (Harkema et al., 2009) as
 * pyConTextNLP and medspaCy structure it: triggers with a direction and a scope, pseudo-triggers
 * that look like triggers but are not, and terminators that end a scope. Every fact the engine
 * reads goes through `readContext`, so "no fever", "hx AML", "mom has scoliosis" and "return if
 * weakness develops" are read the same way wherever they are written.
 *
 * Lists: "no fever, night sweats, weight loss" — a cue's scope restarts at each list separator, so
 * it covers the whole list, until a terminator or an item with its own affirmation ("no tuft, deep
 * dimple" keeps the dimple; "afebrile, no wt loss, night pain x 2 wk" keeps the night pain).
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
  /** Where the cues that decided it are (for hover). */
  cues: Span[];
}

const CATEGORIES: readonly ContextCategoryT[] = ['negated', 'uncertain', 'rule-out', 'hypothetical', 'historical', 'other'];
const BIT: Record<ContextCategoryT, number> = { negated: 1, uncertain: 2, 'rule-out': 4, hypothetical: 8, historical: 16, other: 32 };

type Kind = 'w' | 'sep' | 'dash' | 'colon' | 'stop' | 'punct';

interface Tok extends Span {
  t: string;
  kind: Kind;
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
      i = j;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0) {
      i++;
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
    const ch = text[i];
    let kind: Kind = 'punct';
    if (ch === ',' || ch === '/' || ch === '&') kind = 'sep';
    else if (ch === ';' || ch === '.' || ch === '!') kind = 'stop';
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

type EntryKind = 'trigger' | 'pseudo' | 'terminator' | 'affirm';
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
}

interface Matcher {
  byFirst: Map<string, Entry[]>;
  max: number;
  /** Matches wherever any trigger could start: text it does not match has no trigger, so nothing to analyze. */
  mayTrigger: RegExp;
}

const matchers = new WeakMap<ContextLexicon, Matcher>();

function matcherFor(lex: ContextLexicon): Matcher {
  let m = matchers.get(lex);
  if (m) return m;
  const entries = new Map<string, Entry>();
  const entry = (source: string, kind: EntryKind): Entry | undefined => {
    const tokens = contextTokens(source).map((t) => t.t);
    if (!tokens.length) return undefined;
    const key = `${kind}\u0000${tokens.join(' ')}`;
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { tokens, kind, fwd: 0, bwd: 0, both: 0, own: 0, item: 0 }));
    return e;
  };
  for (const t of lex.triggers) {
    for (const p of t.phrases) {
      const e = entry(p, 'trigger')!;
      if (t.direction === 'forward') e.fwd |= BIT[t.category];
      else e.bwd |= BIT[t.category];
      if (t.direction === 'forward' && t.scope === 'item') e.item |= BIT[t.category];
    }
  }
  for (const e of entries.values()) {
    // Listed both ways ("no", "neg", "(-)"): forward when a word follows in its item, else backward.
    e.both = e.fwd & e.bwd;
    e.fwd &= ~e.both;
    e.bwd &= ~e.both;
  }
  for (const p of lex.pseudoTriggers) {
    const e = entry(p, 'pseudo');
    const lead = e && e.tokens.length > 1 ? entries.get(`trigger\u0000${e.tokens[0]}`) : undefined;
    if (e && lead) e.own = lead.fwd | lead.both;
  }
  for (const p of lex.terminators) entry(p, 'terminator');
  for (const r of lex.speakers.relations) for (const v of lex.speakers.verbs) entry(`${r} ${v}`, 'terminator');
  for (const p of lex.listAffirmations) entry(p, 'affirm');
  const byFirst = new Map<string, Entry[]>();
  // A phrase that is both a trigger and something else: the trigger reading is kept once per kind,
  // longest first, and among equal lengths pseudo and terminator win over triggers.
  const order: Record<EntryKind, number> = { pseudo: 0, terminator: 1, trigger: 2, affirm: 3 };
  for (const e of entries.values()) {
    const list = byFirst.get(e.tokens[0]) ?? [];
    list.push(e);
    byFirst.set(e.tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || order[a.kind] - order[b.kind]);
  const firsts = new Set<string>();
  for (const e of entries.values()) if (e.kind === 'trigger') firsts.add(e.tokens[0]);
  // Words behind one boundary pair, punctuation marks in one class: a pattern V8 runs quickly. ASCII
  // boundaries: a false match (a non-ASCII letter next to a trigger word) only costs a full analysis.
  const words = [...firsts].filter((t) => /^[a-z0-9]+$/.test(t)).sort((a, b) => b.length - a.length);
  const marks = [...firsts].filter((t) => !/^[a-z0-9]+$/.test(t)).map((t) => t.replace(/[\]\\^-]/g, '\\$&'));
  const source = [words.length ? `\\b(?:${words.join('|')})\\b` : '', marks.length ? `[${marks.join('')}]` : ''].filter(Boolean).join('|');
  m = { byFirst, max: lex.maxScopeWords, mayTrigger: new RegExp(source || '(?!)', 'i') };
  matchers.set(lex, m);
  return m;
}

const LIST_WORDS = new Set(['and', 'or', 'nor', 'plus']);

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
const SCOPE_LEFT = new Int32Array(CATEGORIES.length);

/**
 * `text` is a region of `whole` starting at `base`: a check-box form is read over the whole text (a
 * yes/no table's column heads may stand lines above the row being read).
 */
function analyze(text: string, lex: ContextLexicon, whole: string = text, base = 0): Analysis {
  const { byFirst, max } = matcherFor(lex);
  const toks = contextTokens(text);
  const n = toks.length;
  const boxed = toks.some((t) => t.kind === 'stop' && (t.t === '[x]' || t.t === '[ ]'));
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
  for (let i = 0; i < n;) {
    const list = quiet?.[i] ? undefined : byFirst.get(toks[i].t);
    let hit: Entry | undefined;
    if (list) {
      for (const e of list) {
        let k = 1;
        while (k < e.tokens.length && i + k < n && toks[i + k].t === e.tokens[k]) k++;
        work.steps += k;
        if (k === e.tokens.length) {
          hit = e;
          break;
        }
      }
    }
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
  // No trigger at all (most exam lines): every token is asserted plainly; skip the scope passes.
  if (!anyTrigger) return { toks, fwd: NO_BITS, bwd: NO_BITS, fwdCue: NO_CUE, bwdCue: NO_CUE, cueEnd, own, form };
  // Pass 2: list items. An item ends at a separator ("," "and" "or" "/" " - ") or a stop; it is
  // affirmed when it holds an affirmation or a number ("deep dimple", "night pain x 2 wk").
  const item = scratch.item;
  const affirmed: boolean[] = [];
  let id = 0;
  affirmed.push(false);
  for (let i = 0; i < n; i++) {
    work.steps++;
    const tk = toks[i];
    const free = inMatch[i] < 0;
    if (free && (tk.kind === 'sep' || tk.kind === 'dash' || tk.kind === 'stop' || (tk.kind === 'w' && LIST_WORDS.has(tk.t)))) {
      item[i] = id;
      affirmed.push(false);
      id++;
      continue;
    }
    if (inMatch[i] === i && match[i]!.kind === 'terminator') {
      affirmed.push(false);
      id++;
    }
    item[i] = id;
    if (inMatch[i] === i && match[i]!.kind === 'affirm') affirmed[id] = true;
    else if (free && tk.kind === 'w' && isDigit(tk.t.charCodeAt(0))) affirmed[id] = true;
  }
  // Which way each two-way trigger acts: forward when a word follows it inside its item.
  const fwdBits = (i: number): number => {
    const e = match[i]!;
    const after = cueEnd[i];
    const wordAfter = after < n && toks[after].kind === 'w' && item[after] === item[i] && !(inMatch[after] === after && match[after]!.kind === 'terminator');
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
  let lastCue = -1;
  let open = 0;
  /** Open categories whose cue reaches only its own list item. */
  let itemOnly = 0;
  const clear = () => {
    if (open) remaining.fill(0);
    open = 0;
    itemOnly = 0;
  };
  for (let i = 0; i < n;) {
    work.steps++;
    const tk = toks[i];
    const e = inMatch[i] === i ? match[i] : undefined;
    if (e) {
      const end = cueEnd[i];
      if (e.kind === 'terminator') clear();
      else if (e.kind === 'trigger') {
        const bits = fwdBits(i);
        if (bits) {
          // A new cue ends scopes inherited from an earlier list item ("no fever, hx of ALL").
          for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0 && cueItem[c] < item[i]) remaining[c] = 0;
          for (let c = 0; c < CATEGORIES.length; c++) {
            if (bits & (1 << c)) {
              remaining[c] = max;
              cueItem[c] = item[i];
            }
          }
          itemOnly = (itemOnly & ~bits) | (match[i]!.item & bits);
          lastCue = i;
          // "Denies: fever, chills" — a colon straight after a cue does not end it.
          i = end < n && toks[end].kind === 'colon' ? end + 1 : end;
          open = recount(remaining);
          continue;
        }
      } else if (e.kind === 'affirm' && open) markWords(i, end);
      i = end;
      continue;
    }
    if (tk.kind === 'stop' || tk.kind === 'colon') clear();
    else if (open && (tk.kind === 'sep' || tk.kind === 'dash' || (tk.kind === 'w' && LIST_WORDS.has(tk.t)))) {
      const next = i + 1 < n ? item[i + 1] : -1;
      if (next >= 0 && next !== item[i] && affirmed[next]) clear();
      else {
        // "not due to a fall or MVC": an alternative inside the item's own phrase stays in its scope.
        const alternative = tk.kind === 'w' && (tk.t === 'or' || tk.t === 'nor');
        for (let c = 0; c < CATEGORIES.length; c++) if (remaining[c] > 0) remaining[c] = itemOnly & (1 << c) && !alternative ? 0 : max;
        if (!alternative) itemOnly = 0;
        open = recount(remaining);
      }
    } else if (open && tk.kind === 'w') markWords(i, i + 1);
    i++;
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
        if (bits) bCue = s;
        bOpen = recount(left);
      }
      i = s;
      continue;
    }
    if (tk.kind === 'stop' || tk.kind === 'sep' || (tk.kind === 'w' && LIST_WORDS.has(tk.t))) {
      if (bOpen) left.fill(0);
      bOpen = 0;
    } else if (bOpen && tk.kind === 'w') {
      let bits = 0;
      for (let c = 0; c < CATEGORIES.length; c++) {
        if (left[c] > 0) {
          bits |= 1 << c;
          left[c]--;
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

/** The first of spans in text order ending after `offset` (binary search). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
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
  for (const r of recent) if (r.text === text && r.lex === lex && r.from <= start && end <= r.to) return r;
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
  cues: Object.freeze([]) as unknown as Span[],
});

/** First token ending after `offset` (binary search). */
function tokenAt(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The assertion context of text[start, end): offsets into `text`, which may be a value, a line or a whole note. */
export function readContext(text: string, start: number, end: number, lex: ContextLexicon = contextLexicon()): ContextReading {
  const region = regionOf(text, start, end, lex);
  const { a, from: base } = region;
  const { toks } = a;
  start -= base;
  end -= base;
  let first = tokenAt(toks, start);
  while (first < toks.length && toks[first].kind !== 'w' && toks[first].start < end) first++;
  let last = tokenAt(toks, Math.max(start, end - 1));
  if (last >= toks.length || toks[last].start >= end) last--;
  while (last > first && toks[last].kind !== 'w') last--;
  let bits = 0;
  const cues: Span[] = [];
  if (first < toks.length && first <= last && last >= 0 && a.fwd !== NO_BITS) {
    bits = a.fwd[first] | a.bwd[last];
    if (bits) {
      const f = a.fwd[first] ? a.fwdCue[first] : -1;
      const b = a.bwd[last] ? a.bwdCue[last] : -1;
      if (f >= 0) cues.push({ start: base + toks[f].start, end: base + toks[a.cueEnd[f] - 1].end });
      if (b >= 0) cues.push({ start: base + toks[b].start, end: base + toks[a.cueEnd[b] - 1].end });
    }
  }
  if (a.own && first < toks.length && first <= last && a.own[first]) {
    // The finding starts inside a pseudo-trigger: its first word ("no", "without") is the cue.
    bits |= a.own[first];
    let p = first;
    while (p > 0 && a.own[p]) p--;
    cues.push({ start: base + toks[p].start, end: base + toks[a.cueEnd[p] - 1].end });
  }
  if (a.form && first < toks.length && first <= last && last >= 0 && (a.form.bits[first] || a.form.bits[last])) {
    // Written in a form's unticked option or unanswered question, or ending there ("Sacral dimple:"
    // where only "dimple" is surely the question): the form decides (form.ts).
    const at = a.form.bits[first] ? first : last;
    bits |= a.form.bits[at];
    const cue = a.form.cue[a.form.cueOf[at]];
    cues.push({ start: base + cue.start, end: base + cue.end });
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
    cues,
  };
}
