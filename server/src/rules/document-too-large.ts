import { MAX_DOCUMENT_CHARS, grouped } from '../engine/limits';
import type { Rule } from './types';

/** Reported by the engine before any note is read; the check itself has nothing to do per note. */
export const rule: Rule = {
  id: 'document-too-large',
  description: `A document longer than ${grouped(MAX_DOCUMENT_CHARS)} characters, which is not analyzed`,
  defaultSeverity: 'error',
  kind: 'note-format',
  spec: 'limits',
  check() {},
};
