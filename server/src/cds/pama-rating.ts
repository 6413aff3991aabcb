import type { Extension, ServiceRequest } from 'fhir/r4';
import { randomUUID } from 'node:crypto';
import type { Action } from './cds-types';
import type { Knowledge, Rating, Scenario } from '../engine';

/** The Argonaut "CDS Hooks for PAMA" artefacts (docs/index.md of argonautproject/cds-hooks-for-pama). */
const EXT = 'http://fhir.org/argonaut/Extension/';
const RATING_SYSTEM = 'http://fhir.org/argonaut/CodeSystem/pama-rating';

export type PamaRating = 'appropriate' | 'not-appropriate' | 'no-criteria-apply';

export interface RatingDecision {
  rating: PamaRating;
  /** The ACR table row behind it; none for no-criteria-apply, which is a statement about our coverage. */
  row?: Rating;
}

/** The order's extensions without any pama-rating* one: a rating belongs to the study it was given for. */
export function withoutPamaRating(extension: unknown): Extension[] {
  return (Array.isArray(extension) ? (extension as Extension[]) : []).filter((e) => typeof e?.url !== 'string' || !e.url.startsWith(`${EXT}pama-rating`));
}

/** Usually Appropriate → appropriate, Usually Not Appropriate → not-appropriate, no covered scenario → no-criteria-apply; anything else is not rated. `row` is the engine's rating of the note (NoteAnalysis.rating). */
export function decideRating(scenario: Scenario, row: Rating | undefined): RatingDecision | undefined {
  if (scenario.id === 'no-criteria') return { rating: 'no-criteria-apply' };
  if (row?.rating === 'usually-appropriate') return { rating: 'appropriate', row };
  if (row?.rating === 'usually-not-appropriate') return { rating: 'not-appropriate', row };
  return undefined;
}

/** An update that only attaches the rating extensions: the IG forbids any semantic change to the order. */
export function ratingAction(sr: ServiceRequest, d: RatingDecision, k: Knowledge, scenario: Scenario, gCode: string | undefined): Action {
  const source = d.row ? k.source(d.row.source) : undefined;
  const extension = withoutPamaRating(sr.extension);
  extension.push({ url: `${EXT}pama-rating`, valueCodeableConcept: { coding: [{ system: RATING_SYSTEM, code: d.rating }] } });
  if (gCode) extension.push({ url: `${EXT}pama-rating-qcdsm-consulted`, valueString: gCode });
  extension.push({ url: `${EXT}pama-rating-consult-id`, valueUri: `urn:uuid:${randomUUID()}` });
  if (source) extension.push({ url: `${EXT}pama-rating-auc-applied`, valueUri: source.url });
  const basis = d.row
    ? `ACR ${scenario.topic}, scenario ${scenario.label}; provenance ${d.row.provenance}`
    : 'no ACR Back Pain-Child or Spine Trauma-Child scenario covers this order';
  return { type: 'update', description: `PAMA rating for ServiceRequest/${sr.id}: ${d.rating} (${basis})`, resource: { ...sr, extension } };
}
