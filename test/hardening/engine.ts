/**
 * The engine modules the hardening suite uses, in one place (server/src compiles to out/server/src,
 * so these relative imports resolve both for tsc and at run time).
 */
import * as path from 'node:path';
import * as fix from '../../server/src/fix';
import { Finding } from '../../server/src/rules/types';

export { analyzeDocument, NoteCache, Engine } from '../../server/src/analyze';
export { applyEdits, applyPreferredFixes } from '../../server/src/fix';
export { defaultKnowledge, loadRulePack, KnowledgeError } from '../../server/src/knowledge/loader';
export { MAX_DOCUMENT_CHARS, MAX_VALUE_CHARS } from '../../server/src/limits';
export { KEYS } from '../../server/src/notes/keys';
export { tokenizeDocument } from '../../server/src/notes/parser';
export { LineIndex } from '../../server/src/notes/text';
export { DEFAULT_SETTINGS } from '../../server/src/settings';
export { RULES_BY_ID } from '../../server/src/rules/index';
export { Edit, Finding } from '../../server/src/rules/types';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const fixModule = fix as typeof fix & { fixUntilStable?: FixUntilStable };
const { applyPreferredFixes } = fix;

export type FixUntilStable = (
  text: string,
  findingsOf: (text: string) => readonly Finding[],
  maxPasses?: number,
) => { text: string; applied: number; passes: number; stable: boolean };

/**
 * `--fix` semantics: apply the preferred fixes, re-analyse, repeat until a pass changes nothing
 * (at most maxPasses, as ESLint does). One pass alone is not idempotent: a fix can make another
 * finding fixable (renaming `Ptient` to `Patient` makes the note readable, which makes an Order
 * insertable), and two fixes inserting at one point are taken one per pass. The engine's own
 * fixUntilStable is used when server/src/fix.ts exports it.
 */
export const fixUntilStable: FixUntilStable =
  fixModule.fixUntilStable ??
  ((text, findingsOf, maxPasses = 10) => {
    let applied = 0;
    for (let pass = 0; pass < maxPasses; pass++) {
      const r = applyPreferredFixes(text, findingsOf(text));
      if (r.text === text) return { text, applied, passes: pass, stable: true };
      text = r.text;
      applied += r.applied;
    }
    return { text, applied, passes: maxPasses, stable: false };
  });
export const fixUntilStableIsEngines = fixModule.fixUntilStable !== undefined;
