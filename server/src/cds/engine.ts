/**
 * The one door from the CDS service into the engine. The engine is about to move behind
 * server/src/engine/index.ts; when it does, only this file changes.
 */
export { analyzeDocument } from '../analyze';
export type { DocumentAnalysis, NoteAnalysis, AcknowledgedFinding, Engine } from '../analyze';
export { defaultKnowledge, parseJsonFile, KnowledgeError, defaultKnowledgeDir } from '../knowledge/loader';
export type { Knowledge } from '../knowledge/knowledge';
export type { Procedure, Rating, Scenario, Source } from '../knowledge/schema';
export { ACK_REASONS, ACK_REASON_LABEL } from '../acknowledge';
export type { AckReason } from '../acknowledge';
export { RULES, RULES_BY_ID } from '../rules';
export type { Finding, Fix, Severity } from '../rules/types';
export { RATING_LABEL, PROVENANCE_LABEL, rrlLabel } from '../rules/source';
export { DEFAULT_SETTINGS } from '../settings';
export type { Settings } from '../settings';
export { findShipped } from '../shipped';
export { parseIsoDate, monthsBetween, todayIso } from '../notes/age';
export type { IsoDate } from '../notes/age';
export { MAX_VALUE_CHARS } from '../limits';
export { rulesDocsDir, ruleDocsUri } from '../docs';
