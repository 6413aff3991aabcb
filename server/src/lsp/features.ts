// Everything the server does after initialize, behind one module that server.ts requires on first
// use (or in the background right after initialize): loading it means loading the engine, the
// rules, zod and the knowledge base's schema, which the initialize answer does not need.
export { codeActions } from './codeActions';
export { lintFiles, toPath, writeReport } from './commands';
export { completions } from './completion';
export { documentDiagnostics, sameDiagnostics, toDiagnostic } from './diagnostics';
export { DocState, analysisOf } from './documents';
export { positionOffset as offsetAt } from './textSync';
export { hoverAt } from './hover';
export { readLspSettings } from './readSettings';
export { checkParams } from './params';
export { codeLenses, documentSymbols, foldingRanges, symbolInformation } from './symbols';
export { defaultKnowledge, loadRulePack, mergeSettings, settingsKey } from '../engine';
