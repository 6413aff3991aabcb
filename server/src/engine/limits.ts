/**
 * Documented input limits. Past them the engine says so in a diagnostic; it never truncates silently.
 * - A document longer than MAX_DOCUMENT_CHARS is not analyzed (rule document-too-large).
 * - A value longer than MAX_VALUE_CHARS is not read for clinical facts (rule value-too-long).
 */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
export const MAX_VALUE_CHARS = 20_000;

/**
 * A count of characters as en-US writes it ("67,108,864"), without Intl: a process's first toLocaleString loads ICU's
 * number formats (~20 ms), and the rules' descriptions, built when their modules load, paid it at every start-up.
 */
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
