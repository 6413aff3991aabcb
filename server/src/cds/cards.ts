import type { CodeableConcept, ServiceRequest } from 'fhir/r4';
import { randomUUID } from 'node:crypto';
import type { Card, Coding, Suggestion } from './cds-types';
import { ACK_REASONS, ACK_REASON_LABEL, type Finding, type Knowledge, type NoteAnalysis, type Procedure, RULES_BY_ID, type Severity } from '../engine';
import { CPT } from './fhir-orders';
import { withoutPamaRating } from './pama-rating';

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
  let cut = m.slice(0, 138);
  // Never end on half of a surrogate pair (an emoji, say), as the engine's shorten() guards too.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
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
      // A new study: the old one's pama-rating extensions (rating, consult id) do not apply to it.
      const resource: ServiceRequest = { ...sr, code };
      const extension = withoutPamaRating(sr.extension);
      if (extension.length) resource.extension = extension;
      else delete resource.extension;
      s.actions = [{ type: 'update', description: `Change ServiceRequest/${sr.id} to ${p.acrName}`, resource }];
    }
    out.push(s);
  }
  return out;
}

function sourceFor(note: NoteAnalysis, ctx: CardContext, f: Finding): Card['source'] {
  const { k } = ctx;
  const s = note.classification.scenario;
  // The engine's rating of this note, looked up once in analyzeNote.
  const row = note.rating;
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
    // Every clinical rule sets its hover Markdown; the message is the fallback for any that does not.
    detail: f.detail ?? f.message,
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
      "A rating needs the patient's age in months on the order date (from the birth date) and the reason for the study " +
        '(a reason code or words such as "sacral dimple", "back pain with fever"). Add what is missing to the order and sign again.',
      '',
      sr.id ? `Order: ServiceRequest/${sr.id}.` : 'The order has no id.',
    ].join('\n'),
    indicator: 'info',
    source: {
      label: 'Imaging Order Lint · insufficient data for a rating',
      topic: { system: RULE_SYSTEM, code: 'insufficient-data', display: 'Not enough data to rate the order' },
    },
  };
}

/** The orders past the per-request cap: not checked, and said so once rather than silently. */
export function notCheckedCard(skipped: number, cap: number): Card {
  const orders = `${skipped} more order${skipped === 1 ? ' was' : 's were'}`;
  return {
    uuid: randomUUID(),
    summary: shortSummary(`${orders} not checked: at most ${cap} orders are checked per request.`),
    detail: [
      `This request carried more orders than the service checks at once (${cap}). The first ${cap} were checked; **${orders} not checked** against the ACR Appropriateness Criteria and got no cards or ratings.`,
      '',
      'Sign or select fewer orders at a time to have every order checked.',
    ].join('\n'),
    indicator: 'info',
    source: {
      label: 'Imaging Order Lint · orders over the per-request limit',
      topic: { system: RULE_SYSTEM, code: 'orders-not-checked', display: 'Orders over the per-request limit were not checked' },
    },
  };
}
