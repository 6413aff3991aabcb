/**
 * The steps of a chaos run: plain data, so a failing run can be printed, replayed and shrunk. Edits
 * and positions are absolute (line/character as sent), so any subsequence of a run is a run too.
 */
import { SAMPLE } from '../client';
import { Lines, type Pos, type Rng as Range, applyChange, insidePair } from './model';
import { Rng } from './rng';

export const DOCS = 3;
export const REQUESTS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/codeLens',
  'textDocument/diagnostic',
] as const;
export type Method = (typeof REQUESTS)[number];

export type Change = { range?: Range; text: string };
export type Step =
  | { t: 'open'; doc: number; text: string }
  | { t: 'close'; doc: number }
  | { t: 'change'; doc: number; changes: Change[] }
  | { t: 'save'; doc: number }
  | { t: 'request'; doc: number; method: Method; position: Pos; range: Range; cancel: boolean; previous?: boolean }
  | { t: 'bad'; kind: number; doc: number }
  | { t: 'check' };

const OTHER = 'Patient: 10 y M\nPresentation: back pain for 6 weeks; fever\nOrder: MRI L-spine w/o\n';
const STARTS = [SAMPLE, `${SAMPLE}---\n${OTHER}`, 'a\n', '', `\ufeff${SAMPLE}`, SAMPLE.replace(/\n/g, '\r\n'), `Age: 9 months\nSkin: hemangioma 👶🏽\nOrder: spinal US\n`, '\ufeff'];
const SNIPPETS = [
  'x',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '---\n',
  'Order: x-ray L-spine\n',
  'Age: 2 y\n',
  'hair tuft',
  '; fever',
  '👶🏽',
  '😀',
  '\ud83d',
  '\ude00',
  '\u200b',
  '\ufeff',
  'Contrast: with\n',
  '  continued\n',
  '# acknowledge missing-age: other\n',
  'Prior imaging: US spine: conus at L3\n',
  ':',
  'Ordr: MRI\n',
  'Referral: pediatric neurosurgery\n',
  'Neuro: intact\n',
  'Red flags: none\n',
  'US spine area of interest',
  '',
];

/** A position in or around the text: valid, past the end, inside a pair or a CRLF, huge. */
function position(r: Rng, text: string): Pos {
  const lines = new Lines(text);
  const roll = r.int(20);
  if (roll === 4 && r.chance(0.5)) return { line: r.pick([-1, -7, 0.5, 1.75]), character: r.pick([-3, 0, 2.5]) };
  if (roll === 0) return { line: lines.count + r.int(12), character: r.int(4) };
  if (roll === 1) return { line: r.int(lines.count), character: 200 + r.int(5000) };
  if (roll === 2) return { line: r.pick([2 ** 31 - 1, 1e9, Number.MAX_SAFE_INTEGER]), character: r.pick([0, 2 ** 31 - 1]) };
  if (roll === 3) {
    // Inside a surrogate pair or between \r and \n, when the text has one.
    const spots: number[] = [];
    for (let i = 1; i < text.length; i++) if (insidePair(text, i) || (text[i - 1] === '\r' && text[i] === '\n')) spots.push(i);
    if (spots.length) {
      const o = r.pick(spots);
      let line = 0;
      while (line + 1 < lines.count && lines.starts[line + 1] <= o) line++;
      return { line, character: o - lines.starts[line] };
    }
  }
  return lines.position(r.int(text.length + 1));
}

function range(r: Rng, text: string): Range {
  const a = position(r, text);
  if (r.chance(0.3)) return { start: a, end: a };
  const b = r.chance(0.5) ? position(r, text) : new Lines(text).position(Math.min(text.length, new Lines(text).clamp(a) + r.int(30)));
  return r.chance(0.15) ? { start: b, end: a } : { start: a, end: b };
}

/** Number of kinds of malformed message (see harness.sendBad). */
export const BAD_KINDS = 16;

/**
 * Generates a run. The generator keeps its own copy of each text (applying changes as the editor
 * does) only to aim edits and requests at plausible places; the runner re-derives everything.
 */
export function generate(seed: number, steps: number): Step[] {
  const r = new Rng(seed);
  const texts: (string | undefined)[] = new Array(DOCS).fill(undefined);
  const out: Step[] = [];
  let burst = 0;
  while (out.length < steps) {
    const doc = r.int(DOCS);
    const text = texts[doc];
    const roll = r.int(100);
    if (text === undefined || roll < 2) {
      const t = r.pick(STARTS);
      texts[doc] = t;
      out.push({ t: 'open', doc, text: t });
    } else if (roll < 5) {
      texts[doc] = undefined;
      out.push({ t: 'close', doc });
    } else if (roll < 50) {
      const n = r.chance(0.2) ? 2 + r.int(4) : 1;
      const changes: Change[] = [];
      let cur = text;
      for (let i = 0; i < n; i++) {
        const c: Change = r.chance(0.03) ? { text: r.pick(STARTS) } : { range: range(r, cur), text: r.pick(SNIPPETS) };
        changes.push(c);
        cur = applyChange(cur, c);
      }
      texts[doc] = cur;
      out.push({ t: 'change', doc, changes });
    } else if (roll < 52) {
      out.push({ t: 'save', doc });
    } else if (roll < 88) {
      out.push({ t: 'request', doc, method: r.pick(REQUESTS), position: position(r, text), range: range(r, text), cancel: r.chance(0.15), previous: r.chance(0.5) });
    } else if (roll < 93) {
      out.push({ t: 'bad', kind: r.int(BAD_KINDS), doc });
    } else {
      out.push({
        t: 'request',
        doc: r.int(DOCS),
        method: 'textDocument/hover',
        position: { line: 0, character: 0 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        cancel: false,
      });
    }
    if (++burst >= 5 + r.int(40)) {
      out.push({ t: 'check' });
      burst = 0;
    }
  }
  out.push({ t: 'check' });
  return out;
}
