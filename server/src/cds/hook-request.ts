import type { Patient, ServiceRequest } from 'fhir/r4';
import { z } from 'zod';

/**
 * The order-select / order-sign request, read tolerantly: unknown fields and extensions pass,
 * a Bundle without `type` passes (the Argonaut examples omit it), only what we rely on is checked.
 */
const Reference = z.string().regex(/^[\d\w]+\/[\d\w\-.]+$/, 'must be a relative reference such as ServiceRequest/123 (ord-1)');

const DraftOrders = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.looseObject({ resource: z.unknown().optional() })).optional(),
});

export const HookRequestSchema = z.looseObject({
  hook: z.string().min(1),
  hookInstance: z.string().min(1).max(200),
  fhirServer: z.string().optional(),
  fhirAuthorization: z.unknown().optional(),
  context: z.looseObject({
    userId: Reference,
    patientId: z.string().min(1).max(64),
    encounterId: z.string().optional(),
    selections: z.array(Reference).optional(),
    draftOrders: DraftOrders,
  }),
  prefetch: z.record(z.string(), z.unknown()).optional(),
});
export type HookRequest = z.infer<typeof HookRequestSchema>;

export type PatientPrefetch = { state: 'absent' } | { state: 'null' } | { state: 'error' } | { state: 'present'; patient: Patient };

/** The `patient` prefetch key: absent (412), null (no data), an OperationOutcome (the EHR's error), or the Patient. */
export function patientPrefetch(req: HookRequest): PatientPrefetch {
  const p = req.prefetch;
  if (!p || !Object.prototype.hasOwnProperty.call(p, 'patient')) return { state: 'absent' };
  const v = p.patient as { resourceType?: unknown; entry?: unknown } | null;
  if (v === null) return { state: 'null' };
  if (typeof v !== 'object') return { state: 'error' };
  if (v.resourceType === 'Patient') return { state: 'present', patient: v as Patient };
  if (v.resourceType === 'Bundle') {
    // A search Bundle instead of a read: its first Patient, or no data.
    const entries = Array.isArray(v.entry) ? (v.entry as { resource?: { resourceType?: unknown } }[]) : [];
    const found = entries.find((e) => e?.resource?.resourceType === 'Patient');
    if (found) return { state: 'present', patient: found.resource as Patient };
    return entries.some((e) => e?.resource?.resourceType === 'OperationOutcome') ? { state: 'error' } : { state: 'null' };
  }
  return { state: 'error' };
}

/** The ServiceRequests to advise on: the selected ones for order-select, all of them for order-sign. */
export function ordersToCheck(req: HookRequest, hook: 'order-select' | 'order-sign'): ServiceRequest[] {
  const all = (req.context.draftOrders.entry ?? [])
    .map((e) => e.resource as { resourceType?: unknown; id?: unknown } | undefined)
    .filter((r): r is ServiceRequest => !!r && typeof r === 'object' && r.resourceType === 'ServiceRequest');
  if (hook === 'order-sign') return all;
  const selected = new Set(req.context.selections ?? []);
  return all.filter((r) => typeof r.id === 'string' && selected.has(`ServiceRequest/${r.id}`));
}

/** Checks order-select's extra requirement; returns a message or undefined. */
export function hookProblem(req: HookRequest, hook: 'order-select' | 'order-sign'): string | undefined {
  if (req.hook !== hook) return `this service answers the ${hook} hook, not "${req.hook.slice(0, 40)}"`;
  if (hook === 'order-select' && !(req.context.selections && req.context.selections.length)) return 'context.selections must list at least one selected order';
  return undefined;
}
