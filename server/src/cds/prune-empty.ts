/**
 * A copy of a JSON value without null, empty strings, empty arrays or empty objects. The orders we
 * send back in update actions are the client's own; CDS Hooks and FHIR forbid empty values, so a
 * tolerant reader still writes strictly. Removing an empty value changes no meaning.
 */
export function pruneEmpty<T>(v: T): T | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return (v.trim() === '' ? undefined : v) as T | undefined;
  if (Array.isArray(v)) {
    const out = v.map((x) => pruneEmpty(x)).filter((x) => x !== undefined);
    return (out.length ? out : undefined) as T | undefined;
  }
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const p = pruneEmpty(x);
      if (p !== undefined) out[k] = p;
    }
    return (Object.keys(out).length ? out : undefined) as T | undefined;
  }
  return v;
}
