import type { CodeableConcept, ServiceRequest } from 'fhir/r4';
import { randomUUID } from 'node:crypto';
import { Card, Coding, Suggestion } from './cds-types';
import {
  ACK_REASONS,
  ACK_REASON_LABEL,
  Finding,
  Knowledge,
  NoteAnalysis,
  PROVENANCE_LABEL,
  Procedure,
  RATING_LABEL,
  RULES_BY_ID,
  Rating,
  Scenario,
  Severity,
  rrlLabel,
} from '../engine';
import { CPT } from './fhir-orders';

/** Our code systems (URNs: they name, they are not meant to resolve). */
export const ACK_REASON_SYSTEM = 'urn:imaging-order-lint:acknowledgement-reason';
export const RULE_SYSTEM = 'urn:imaging-order-lint:rule';

/** Findings about the synthesized note's own format, or facts we handle before the engine, never become cards. */
const NOT_FOR_ORDERS = new Set(['missing-age', 'missing-order']);

export function cardRules(f: Finding): boolean {
  const rule = RULES_BY_ID.get(f.ruleId);
  return !!rule && rule.kind === 'clinical' && !NOT_FOR_ORDERS.has(f.ruleId);
}

export function indicatorFor(s: Severity): Card['indicator'] {
  // Never critical: a rating disagreement is not a life-threatening alert.
  return s === 'error' || s === 'warning' ? 'warning' : 'info';
}

/** Under 140 characters, cut at a word boundary with an ellipsis when longer. */
export function shortSummary(message: string): string {
  let m = message.replace(/\s+/g, ' ').trim();
  if (m.length < 140) return m;
  // The trailing [citation] is repeated in source and detail; drop it before cutting words.
  m = m.replace(/\s*\[[^\]]*\]$/, '');
  if (m.length < 140) return m;
  const cut = m.slice(0, 138);
  const at = cut.lastIndexOf(' ');
  return `${(at > 60 ? cut.slice(0, at) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export const OVERRIDE_REASONS: Coding[] = ACK_REASONS.map((r) => ({ system: ACK_REASON_SYSTEM, code: r, display: ACK_REASON_LABEL[r] }));

export interface CardContext {
  k: Knowledge;
  ruleLink: (ruleId: string) => string;
}

/** A CPT coding for the new study in the ordered region, when the region decides it; else the ACR name only. */
function codeFor(p: Procedure, subregions: readonly string[]): CodeableConcept {
  const inRegion = p.cpt.filter((c) => subregions.some((s) => c.description.toLowerCase().includes(s)));
  const cpt = p.cpt.length === 1 ? p.cpt[0] : inRegion.length === 1 ? inRegion[0] : undefined;
  return cpt ? { coding: [{ system: CPT, code: cpt.code, display: p.acrName }], text: p.acrName } : { text: p.acrName };
}

function suggestionsFor(f: Finding, sr: ServiceRequest, note: NoteAnalysis, ctx: CardContext): Suggestion[] {
  const out: Suggestion[] = [];
  let recommended = false;
  for (const fix of f.fixes) {
    const p = fix.procedureId ? ctx.k.procedure(fix.procedureId) : undefined;
    if (!p) continue;
    const s: Suggestion = { label: fix.title, uuid: randomUUID() };
    // at-most-one allows one recommended suggestion (cds-resp-1).
    if (fix.preferred && !recommended) s.isRecommended = recommended = true;
    if (sr.id) {
      const code = codeFor(p, note.facts.order?.reading.subregions ?? []);
      s.actions = [{ type: 'update', description: `Change ServiceRequest/${sr.id} to ${p.acrName}`, resource: { ...sr, code } }];
    }
    out.push(s);
  }
  return out;
}

/** "ACR Back Pain-Child, scenario S1: Usually Not Appropriate (provenance reported)"; our own wording, so it does not follow the rule messages' citation format. */
function citation(s: Scenario, row: Rating | undefined): string {
  const topic = s.topic === 'none' ? 'no ACR topic' : `ACR ${s.topic}`;
  return `${topic}, scenario ${s.label}: ${row ? `${RATING_LABEL[row.rating]} (provenance ${row.provenance})` : 'no rating on file'}`;
}

/** The hover's Markdown when the finding carries it; else built here from rating, rationale and citation. */
function detailFor(f: Finding, note: NoteAnalysis, ctx: CardContext): string {
  const own = (f as { detail?: string }).detail;
  if (own) return own;
  const { k } = ctx;
  const c = note.classification;
  const p = note.facts.order?.reading.procedure;
  const row = p ? k.rating(c.scenario.id, p.id) : undefined;
  const lines = [f.message, ''];
  if (p) {
    lines.push(`**Ordered:** ${p.acrName} (${rrlLabel(p)})`);
    lines.push(`**Rating:** ${citation(c.scenario, row)}`);
  }
  lines.push(`**Scenario:** ${c.scenario.label} — ${c.scenario.title}${c.reasons.length ? `, because ${c.reasons.join('; ')}` : ''}.`);
  const rationale = k.rationale(c.scenario.rationale);
  if (rationale) lines.push('', rationale);
  if (row) {
    const src = k.source(row.source);
    if (src) lines.push('', `**Source:** [${src.title}](${src.url})${src.citation ? ` — ${src.citation}` : ''}. Provenance ${PROVENANCE_LABEL[row.provenance]}.`);
  }
  return lines.join('\n');
}

function sourceFor(note: NoteAnalysis, ctx: CardContext, f: Finding): Card['source'] {
  const { k } = ctx;
  const s = note.classification.scenario;
  const p = note.facts.order?.reading.procedure;
  const row = p ? k.rating(s.id, p.id) : undefined;
  const topic = s.topic === 'none' ? 'no ACR topic applies' : `ACR ${s.topic}`;
  const label = `${topic} · scenario ${s.label} · ${row ? `provenance ${row.provenance}` : 'no rating on file'}`;
  const src = row ? k.source(row.source) : undefined;
  const rule = RULES_BY_ID.get(f.ruleId);
  return {
    label,
    ...(src ? { url: src.url } : {}),
    topic: { system: RULE_SYSTEM, code: f.ruleId, display: rule?.description ?? f.ruleId },
  };
}

/** One card per finding, carrying the editor's message, fixes (as suggestions) and acknowledgement reasons. */
export function findingCard(f: Finding, sr: ServiceRequest, note: NoteAnalysis, ctx: CardContext): Card {
  const card: Card = {
    uuid: randomUUID(),
    summary: shortSummary(f.message),
    detail: detailFor(f, note, ctx),
    indicator: indicatorFor(f.severity),
    source: sourceFor(note, ctx, f),
  };
  const suggestions = suggestionsFor(f, sr, note, ctx);
  if (suggestions.length) {
    card.suggestions = suggestions;
    card.selectionBehavior = 'at-most-one';
  }
  card.overrideReasons = OVERRIDE_REASONS;
  card.links = [{ label: `About this check (${f.ruleId})`, url: ctx.ruleLink(f.ruleId), type: 'absolute' }];
  return card;
}

/** Not rated, and why: the facts missing for a rating, named. */
export function insufficientDataCard(missing: string[], sr: ServiceRequest, what: string): Card {
  const list = missing.join('; and ');
  return {
    uuid: randomUUID(),
    summary: shortSummary(`Not rated: ${what} needs ${list}.`),
    detail: [
      `This order was **not rated** against the ACR Appropriateness Criteria because the request does not give ${list}.`,
      '',
      'A rating needs the patient\'s age in months on the order date (from the birth date) and the reason for the study ' +
        '(a reason code or words such as "sacral dimple", "back pain with fever"). Add what is missing to the order and sign again.',
      '',
      sr.id ? `Order: ServiceRequest/${sr.id}.` : 'The order has no id.',
    ].join('\n'),
    indicator: 'info',
    source: { label: 'Imaging Order Lint · insufficient data for a rating', topic: { system: RULE_SYSTEM, code: 'insufficient-data', display: 'Not enough data to rate the order' } },
  };
}
