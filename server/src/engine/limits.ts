/**
 * Documented input limits. Past them the engine says so in a diagnostic; it never truncates silently.
 * - A document longer than MAX_DOCUMENT_CHARS is not analyzed (rule document-too-large).
 * - A value longer than MAX_VALUE_CHARS is not read for clinical facts (rule value-too-long).
 */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
export const MAX_VALUE_CHARS = 20_000;
