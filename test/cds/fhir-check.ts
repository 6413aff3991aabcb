/** FHIR R4 validation of the resources in our output, with FHIR.js (the `fhir` package; offline, bundled definitions). */
interface Message {
  severity?: string;
  location?: string;
  message?: string;
}
interface FhirJs {
  validate(resource: unknown, options?: { errorOnUnexpected?: boolean }): { valid: boolean; messages: Message[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Fhir } = require('fhir') as { Fhir: new () => FhirJs };
const fhir = new Fhir();

export function fhirErrors(resource: unknown): string[] {
  const r = fhir.validate(resource, { errorOnUnexpected: true });
  return r.messages.filter((m) => m.severity === 'error').map((m) => `${m.location}: ${m.message}`);
}

/** Every FHIR resource a hook response carries: suggestion and system action resources. */
export function resourcesIn(body: { cards?: { suggestions?: { actions?: { resource?: unknown }[] }[] }[]; systemActions?: { resource?: unknown }[] }): unknown[] {
  const out: unknown[] = [];
  for (const c of body.cards ?? []) for (const s of c.suggestions ?? []) for (const a of s.actions ?? []) if (a.resource) out.push(a.resource);
  for (const a of body.systemActions ?? []) if (a.resource) out.push(a.resource);
  return out;
}
