import type { AssertionContext } from './context';
import type { Facts } from './facts';
import type { Knowledge } from '../knowledge/knowledge';
import type { ClinicalFinding } from '../knowledge/schema';
import { KEYS } from '../notes/keys';
import { priorUltrasound } from '../rules/scope';
import { perVocabulary } from './patterns';

/**
 * The engine's reading of a note, kept small (the CLI holds one per note for 100,000 notes): what it
 * read, where, and in which assertion context, so a user can see why a note landed in its scenario.
 */
export type TraumaSignificance = 'none' | 'trivial' | 'significant' | 'unclear';
export type PriorUltrasoundResult = 'none' | 'normal' | 'abnormal' | 'indeterminate' | 'unknown';

/** One fact; the context is packed into `flags` (see FLAG). */
export interface ReadingFact {
  finding: ClinicalFinding;
  /** Note-relative span of the words read. */
  start: number;
  end: number;
  /** Canonical key of the value it was read in; undefined for text outside a known key. */
  field: string | undefined;
  flags: number;
}

export const FLAG = { negated: 1, uncertain: 2, hypothetical: 4, historical: 8, otherExperiencer: 16, counts: 32 } as const;

/** The reading with objects, for hover and for the JSON formatter. */
export interface Reading {
  ageMonths?: number;
  correctedAgeMonths?: number;
  facts: readonly ReadingFact[];
  trauma: TraumaSignificance;
  neuroExam: 'normal' | 'abnormal' | 'unknown';
  priorUltrasound: PriorUltrasoundResult;
  referralNeurosurgery: boolean;
}

/**
 * The reading as a note summary keeps it: the CLI holds one per note for 100,000 notes, so it is one
 * array of numbers (a double array: 8 bytes an element, no object per fact). An object per fact
 * cost about 25 MB more per 100,000 notes. Layout: [state, correctedAgeMonths or NaN, then per fact
 * start, code], state = trauma | neuroExam << 2 | priorUltrasound << 4 | referral << 7 (indexes into
 * the lists below), code = ((finding index * 32 + key index + 1) * 64 + flags) * 2^21 + length.
 * Unpacked with the knowledge it was read with.
 */
export type PackedReading = readonly number[];

function packContext(c: AssertionContext, counts: boolean): number {
  return (
    (c.negated ? FLAG.negated : 0) |
    (c.uncertain ? FLAG.uncertain : 0) |
    (c.hypothetical ? FLAG.hypothetical : 0) |
    (c.historical ? FLAG.historical : 0) |
    (c.experiencer === 'other' ? FLAG.otherExperiencer : 0) |
    (counts ? FLAG.counts : 0)
  );
}

export function unpackContext(flags: number): AssertionContext & { counts: boolean } {
  return {
    negated: (flags & FLAG.negated) !== 0,
    uncertain: (flags & FLAG.uncertain) !== 0,
    hypothetical: (flags & FLAG.hypothetical) !== 0,
    historical: (flags & FLAG.historical) !== 0,
    experiencer: (flags & FLAG.otherExperiencer) !== 0 ? 'other' : 'patient',
    counts: (flags & FLAG.counts) !== 0,
  };
}

/** "negated", "history", "uncertain", … or "present": how a fact was read, in the words hover uses. */
export function contextWords(flags: number): string {
  const c = unpackContext(flags);
  const words: string[] = [];
  if (c.negated) words.push('negated');
  if (c.uncertain) words.push('uncertain');
  if (c.hypothetical) words.push('hypothetical');
  if (c.historical) words.push('history');
  if (c.experiencer === 'other') words.push('another person');
  if (!words.length) words.push('present');
  if (!c.negated && !c.counts) words.push('not counted');
  return words.join(', ');
}

const TRAUMA: readonly TraumaSignificance[] = ['none', 'trivial', 'significant', 'unclear'];
const NEURO: readonly Reading['neuroExam'][] = ['unknown', 'normal', 'abnormal'];
const PRIOR: readonly PriorUltrasoundResult[] = ['none', 'normal', 'abnormal', 'indeterminate', 'unknown'];

const NO_FACTS: readonly ReadingFact[] = Object.freeze([]);

export function readingOf(facts: Facts, dimpleFinding: ClinicalFinding | undefined): Reading {
  const read: ReadingFact[] = facts.hits.map((h) => ({
    finding: h.finding,
    start: h.span.start,
    end: h.span.end,
    field: h.field.key?.name,
    flags: packContext(h.context, h.present),
  }));
  // A dimple described only on the `Dimple:` line ("3 mm, in the cleft") has no dimple word to hit;
  // the engine still read a dimple there, so the reading says so.
  if (facts.dimple && dimpleFinding && !read.some((f) => f.finding.category === 'dimple' && f.flags & FLAG.counts)) {
    read.push({ finding: dimpleFinding, start: facts.dimple.span.start, end: facts.dimple.span.end, field: 'Dimple', flags: FLAG.counts });
    read.sort((a, b) => a.start - b.start);
  }
  const age = facts.age;
  const us = priorUltrasound(facts);
  return {
    ageMonths: age?.months,
    correctedAgeMonths: age?.corrected?.months,
    facts: read.length ? read : NO_FACTS,
    trauma: facts.trauma.significance,
    neuroExam: facts.neuro.state,
    priorUltrasound: us ? us.result : 'none',
    referralNeurosurgery: facts.referral.neurosurgery,
  };
}

const findingIndexes = perVocabulary((k: Knowledge) => new Map(k.findings.map((f, i) => [f.id, i])));

function findingIndex(k: Knowledge, id: string): number {
  return findingIndexes(k).get(id) ?? -1;
}

/** Spans are values' words (values are at most 20,000 characters), far below this. */
const LENGTH = 2 ** 21;

export function packReading(r: Reading, k: Knowledge): PackedReading {
  // A value this build does not know (a newer engine's) packs as the list's "not known" entry.
  const at = <T>(list: readonly T[], v: T, unknown: T) => Math.max(0, list.indexOf(v) < 0 ? list.indexOf(unknown) : list.indexOf(v));
  const state = at(TRAUMA, r.trauma, 'unclear') | (at(NEURO, r.neuroExam, 'unknown') << 2) | (at(PRIOR, r.priorUltrasound, 'unknown') << 4) | (r.referralNeurosurgery ? 1 << 7 : 0);
  const out = new Array<number>(2 + 2 * r.facts.length);
  out[0] = state;
  out[1] = r.correctedAgeMonths ?? NaN;
  let n = 2;
  for (const f of r.facts) {
    const i = findingIndex(k, f.finding.id);
    if (i < 0) continue;
    const key = f.field === undefined ? 0 : KEYS.findIndex((x) => x.name === f.field) + 1;
    out[n++] = f.start;
    out[n++] = ((i * 32 + key) * 64 + f.flags) * LENGTH + Math.min(f.end - f.start, LENGTH - 1);
  }
  out.length = n;
  return out;
}

export function unpackReading(p: PackedReading, ageMonths: number | undefined, k: Knowledge): Reading {
  const facts: ReadingFact[] = [];
  for (let i = 2; i + 1 < p.length; i += 2) {
    const start = p[i];
    const length = p[i + 1] % LENGTH;
    const rest = Math.floor(p[i + 1] / LENGTH);
    const flags = rest % 64;
    const key = Math.floor(rest / 64) % 32;
    facts.push({ finding: k.findings[Math.floor(rest / 64 / 32)], start, end: start + length, field: key ? KEYS[key - 1]?.name : undefined, flags });
  }
  const state = p[0];
  return {
    ageMonths,
    correctedAgeMonths: Number.isNaN(p[1]) ? undefined : p[1],
    facts,
    trauma: TRAUMA[state & 3],
    neuroExam: NEURO[(state >> 2) & 3],
    priorUltrasound: PRIOR[(state >> 4) & 7],
    referralNeurosurgery: (state & (1 << 7)) !== 0,
  };
}
