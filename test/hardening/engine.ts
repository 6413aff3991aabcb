/**
 * The engine modules the hardening suite uses, in one place (server/src compiles to out/server/src,
 * so these relative imports resolve both for tsc and at run time).
 */
import * as path from 'node:path';

export { analyzeDocument, Engine } from '../../server/src/engine/analyze';
export { NoteCache } from '../../server/src/engine/incremental';
export { applyEdits, applyPreferredFixes, chosenFix, fixUntilStable } from '../../server/src/engine/fix';
export { defaultKnowledge, loadRulePack, KnowledgeError } from '../../server/src/knowledge/loader';
export { MAX_DOCUMENT_CHARS, MAX_VALUE_CHARS } from '../../server/src/engine/limits';
export { KEYS } from '../../server/src/notes/keys';
export { LineIndex } from '../../server/src/notes/text';
export { work } from '../../server/src/notes/work';
export { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
export { RULES_BY_ID } from '../../server/src/rules/index';
export { Edit, Finding } from '../../server/src/rules/types';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
