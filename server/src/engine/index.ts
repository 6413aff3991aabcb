/**
 * The engine's front door: the only module the language server (lsp/), the command line (cli/)
 * and the CDS Hooks service (cds/) import from the engine (test/engine/boundary.test.ts holds
 * them to it). Everything here is plain data and pure functions — no LSP, HTTP or terminal types —
 * so every front end gives the same findings, fixes and explanations.
 *
 * The language server imports it only from modules behind lsp/features.ts, which load after the
 * initialize answer: a static import from server.ts would put the whole engine in dist/server.js.
 */
export { analyzeDocument, summarizeDocument, summarizeNotes, analyzeNote, documentOf } from './analyze';
export { DocumentAnalyses, NoteCache, noteIndexAt } from './incremental';
export { noteOverview } from './overview';
export type { NoteOverview } from './overview';
export type { DocumentAnalysis, NoteAnalysis, AcknowledgedFinding, Engine, DocumentSummary, NoteSummary } from './analyze';
export { defaultKnowledge, parseJsonFile, KnowledgeError, defaultKnowledgeDir, loadRulePack } from '../knowledge/loader';
export type { Knowledge } from '../knowledge/knowledge';
export { RuleIdSchema, SeveritySettingSchema, WindowMonthsSchema } from '../knowledge/schema';
export type { Procedure, Rating, Scenario, Source, RulePack } from '../knowledge/schema';
export { ACK_REASONS, ACK_REASON_LABEL, acknowledgementComment } from './acknowledge';
export type { AckReason } from './acknowledge';
export { RULES, RULES_BY_ID } from '../rules';
export type { Finding, Fix, Severity, FixKind, Edit, Related, SeveritySetting } from './types';
export type { UltrasoundWindow } from '../clinical/window';
export { RATING_LABEL, PROVENANCE_LABEL, rrlLabel } from '../rules/source';
export { DEFAULT_SETTINGS, mergeSettings, settingsKey } from './settings';
export type { Settings } from './settings';
export { isoText, parseIsoDate, monthsBetween, todayIso } from '../notes/age';
export type { IsoDate } from '../notes/age';
export { MAX_VALUE_CHARS, MAX_DOCUMENT_CHARS } from './limits';
export { rulesDocsDir, ruleDocsUri } from './docs';
export { LineIndex, dominantOf, dominantEol, countEols } from '../notes/text';
export type { Span, Position, EolCounts } from '../notes/text';
export { unpackContext, unpackReading } from '../clinical/reading';
export type { PackedReading } from '../clinical/reading';
export { fixLabel, fixUntilStable, chosenFix, preferredEdits } from './fix';
export { buildReport } from './report';
export { feedbackSection } from './feedback-report';
export { splitNotes } from '../notes/parser';
export type { ParsedNote } from '../notes/parser';
export { NEW_NOTE, findingChoices, fixedValueChoices, indicationChoices, isFindingList, keyChoices, orderChoices, explainAt, noteTitle, orderBadge } from '../clinical/explain';
export type { Choice } from '../clinical/explain';
export { lookupKey } from '../notes/keys';
export type { KeyName } from '../notes/keys';
