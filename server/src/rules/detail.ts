import type { Knowledge } from '../knowledge/knowledge';
import type { Procedure, Rating, Scenario } from '../knowledge/schema';
import { RATING_LABEL, citeFull, rrlLabel } from './source';

/** Note text shown literally in Markdown: a pasted link or heading must not render as one. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&').replace(/\s+/g, ' ');
}

export interface ClinicalDetail {
  /** Why it matters and what to do, in plain words (Markdown; user text passed through md()). */
  why: string;
  scenario: Scenario;
  /** The ordered study: shown with its rating in the scenario and its radiation level. */
  ordered?: Procedure;
  /** The rating the message cites, and the procedure it rates (the ordered one when not given). */
  rating?: Rating;
  rated?: Procedure;
  /** Better studies, each shown with its rating and radiation level. */
  alternatives?: Procedure[];
  /** Further paragraphs (e.g. the configurable acoustic window). */
  notes?: string[];
}

function ratedLine(k: Knowledge, s: Scenario, p: Procedure): string {
  const r = k.rating(s.id, p.id);
  return `${p.acrName} — ${r ? `${RATING_LABEL[r.rating]} (${r.provenance})` : 'no rating on file'} · ${rrlLabel(p)}`;
}

/**
 * The Markdown detail of a clinical finding: the reasoning, the ordered study and the alternatives
 * with their ratings and radiation, the scenario's rationale and the full citation with
 * provenance. The message is the one-sentence summary of this.
 */
export function clinicalDetail(k: Knowledge, d: ClinicalDetail): string {
  // Everything after the reasoning depends only on ids (scenario, studies, rating, notes), so each
  // distinct tail is built once and shared; the per-finding cost is one concatenation (which V8
  // keeps as a rope, not a copy), so a 5,000-note document pays for details neither in time nor memory.
  let cache = TAILS.get(k);
  if (!cache) TAILS.set(k, (cache = new Map()));
  const key = tailKey(d);
  let tail = cache.get(key);
  if (tail === undefined) {
    // Bounded all the same: notes carry setting values, so the set of tails is not fixed.
    if (cache.size >= MAX_TAILS) cache.clear();
    cache.set(key, (tail = buildTail(k, d)));
  }
  return `${d.why}\n\n${tail}`;
}

/**
 * What a tail depends on, NUL between: the scenario, the studies and the rating's ids, a mark, then the notes. Built by
 * concatenation: an array of spreads joined was most of this function's time, for every clinical finding.
 */
function tailKey(d: ClinicalDetail): string {
  let key = `${d.scenario.id}\u0000${d.ordered?.id ?? ''}\u0000${d.rating?.procedure ?? ''}\u0000${d.rating?.source ?? ''}\u0000${d.rated?.id ?? ''}`;
  for (const p of d.alternatives ?? []) key += `\u0000${p.id}`;
  key += '\u0000\u0001';
  for (const n of d.notes ?? []) key += `\u0000${n}`;
  return key;
}

const TAILS = new WeakMap<Knowledge, Map<string, string>>();
const MAX_TAILS = 1_000;

function buildTail(k: Knowledge, d: ClinicalDetail): string {
  const parts: string[] = [];
  if (d.ordered) parts.push(`**Ordered:** ${ratedLine(k, d.scenario, d.ordered)}`);
  const alternatives = (d.alternatives ?? []).filter((p) => p.id !== d.ordered?.id);
  if (alternatives.length) parts.push(['**Alternatives:**', ...alternatives.map((p) => `- ${ratedLine(k, d.scenario, p)}`)].join('\n'));
  for (const n of d.notes ?? []) parts.push(n);
  const rationale = d.scenario.topic === 'none' ? '' : k.rationale(d.scenario.rationale);
  if (rationale) parts.push(`**Scenario ${d.scenario.label}:** ${rationale.trim()}`);
  parts.push(`**Source:** ${citeFull(k, d.scenario, d.rating, d.rated ?? (d.rating ? d.ordered : undefined))}`);
  return parts.join('\n\n');
}
