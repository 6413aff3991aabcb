/** Deeper than any real FHIR resource (nested extensions included): refused rather than recursed into. */
export const MAX_DEPTH = 100;

/** A JSON value nested more than MAX_DEPTH levels: the request is refused as 400 "structure". */
export class TooDeepError extends Error {
  constructor() {
    super(`the request nests JSON more than ${MAX_DEPTH} levels deep`);
    this.name = 'TooDeepError';
  }
}

/**
 * A copy of a JSON value without null, empty strings, empty arrays or empty objects. The orders we
 * send back in update actions are the client's own; CDS Hooks and FHIR forbid empty values, so a
 * tolerant reader still writes strictly. Removing an empty value changes no meaning.
 * Throws TooDeepError past MAX_DEPTH levels, before the recursion could overflow the stack.
 */
export function pruneEmpty<T>(v: T, depth = 0): T | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return (v.trim() === '' ? undefined : v) as T | undefined;
  if (typeof v === 'object' && depth >= MAX_DEPTH) throw new TooDeepError();
  if (Array.isArray(v)) {
    const out = v.map((x) => pruneEmpty(x, depth + 1)).filter((x) => x !== undefined);
    return (out.length ? out : undefined) as T | undefined;
  }
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const p = pruneEmpty(x, depth + 1);
      if (p !== undefined) out[k] = p;
    }
    return (Object.keys(out).length ? out : undefined) as T | undefined;
  }
  return v;
}
