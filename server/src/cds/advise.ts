import type { Action, Card, HookResponse } from './cds-types';
import { type CardContext, cardRules, findingCard, insufficientDataCard, notCheckedCard } from './cards';
import { type Engine, type Knowledge, analyzeDocument, todayIso } from '../engine';
import { type OrderNote, ageFor, noteFor } from './fhir-orders';
import { type HookRequest, type PatientPrefetch, ordersToCheck } from './hook-request';
import type { IcdMapping } from './icd10-findings';
import { decideRating, ratingAction } from './pama-rating';
import { pruneEmpty } from './prune-empty';

export interface AdviceSettings {
  engine: Engine;
  icd: Map<string, IcdMapping>;
  ratingProvenance: readonly string[];
  profile: 'cds-hooks' | 'argonaut';
  qcdsmGCode?: string;
  /** Orders checked per request; the rest get one information card (config maxOrdersPerRequest). */
  maxOrders: number;
  ruleLink: (ruleId: string) => string;
}

export interface Advice {
  response: HookResponse;
  /** Which rule each card came from, for feedback. */
  cardRules: { uuid: string; ruleId: string }[];
}

const ADULT_MONTHS = 18 * 12;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** Runs the engine on each order's note and turns its findings and rating into cards and system actions. */
export function advise(req: HookRequest, hook: 'order-select' | 'order-sign', patient: Exclude<PatientPrefetch, { state: 'absent' }>, s: AdviceSettings): Advice {
  const k: Knowledge = s.engine.knowledge;
  const today = s.engine.settings.today ?? todayIso();
  const engine: Engine = { ...s.engine, settings: { ...s.engine.settings, today } };
  const ctx: CardContext = { k, ruleLink: s.ruleLink };
  const knownCpt = (code: string) => k.byCpt.has(code);
  const cards: Card[] = [];
  const systemActions: Action[] = [];
  const cardRuleIds: Advice['cardRules'] = [];

  const orders = ordersToCheck(req, hook);
  // Bounded work, answer size and card memory per request, however many orders are sent.
  for (const given of orders.slice(0, s.maxOrders)) {
    const sr = pruneEmpty(given) ?? given;
    // Only an order with a valid FHIR id can be updated by a suggestion or a rating.
    if (sr.id !== undefined && !(typeof sr.id === 'string' && FHIR_ID.test(sr.id))) delete sr.id;
    const birthDate = patient.state === 'present' ? patient.patient.birthDate : undefined;
    const age = ageFor(birthDate, patient.state, sr, today);
    // ACR has adult criteria we do not carry: out of scope, no card and no rating.
    if ('months' in age && age.months >= ADULT_MONTHS) continue;
    const note: OrderNote = noteFor(sr, age, s.icd, knownCpt);
    const analysis = analyzeDocument(note.text, engine).notes[0];
    const reading = analysis?.facts.order?.reading;
    // Non-spine and non-imaging orders are left alone.
    if (!analysis || reading?.status !== 'recognized' || !reading.procedure) continue;

    const missing: string[] = [];
    if ('missing' in age) missing.push(age.missing);
    if (note.noIndication) missing.push('a reason for the study');
    if (missing.length) {
      const card = insufficientDataCard(missing, sr, reading.procedure.acrName);
      cards.push(card);
      cardRuleIds.push({ uuid: card.uuid!, ruleId: 'insufficient-data' });
      continue;
    }

    for (const f of analysis.findings) {
      if (!cardRules(f)) continue;
      const card = findingCard(f, sr, analysis, ctx);
      cards.push(card);
      cardRuleIds.push({ uuid: card.uuid!, ruleId: f.ruleId });
    }

    const decision = decideRating(analysis.classification.scenario, analysis.rating);
    // A rating is a formal stamp in the EHR: only from provenances the deployer trusts, and only on an order with an id.
    if (decision && sr.id && (!decision.row || s.ratingProvenance.includes(decision.row.provenance))) {
      systemActions.push(ratingAction(sr, decision, k, analysis.classification.scenario, s.qcdsmGCode));
    }
  }
  if (orders.length > s.maxOrders) {
    const card = notCheckedCard(orders.length - s.maxOrders, s.maxOrders);
    cards.push(card);
    cardRuleIds.push({ uuid: card.uuid!, ruleId: 'orders-not-checked' });
  }
  const response: HookResponse = { cards };
  if (systemActions.length) {
    response.systemActions = systemActions;
    if (s.profile === 'argonaut') response.extension = { systemActions };
  }
  return { response, cardRules: cardRuleIds };
}
