/** Hook requests for the tests, built like the samples: one ServiceRequest and the patient prefetch. */
export const CPT = 'http://www.ama-assn.org/go/cpt';
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';

export interface OrderSpec {
  id?: string;
  cpt?: string;
  code?: Record<string, unknown>;
  reasons?: Record<string, unknown>[];
  reasonText?: string[];
  notes?: string[];
  authoredOn?: string;
  extra?: Record<string, unknown>;
}

export function serviceRequest(o: OrderSpec): Record<string, unknown> {
  const sr: Record<string, unknown> = {
    resourceType: 'ServiceRequest',
    id: o.id ?? 'sr1',
    status: 'draft',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    authoredOn: o.authoredOn ?? '2026-11-20',
    code: o.code ?? { coding: [{ system: CPT, code: o.cpt ?? '72020' }] },
  };
  const reasons = [...(o.reasons ?? []), ...(o.reasonText ?? []).map((text) => ({ text }))];
  if (reasons.length) sr.reasonCode = reasons;
  if (o.notes) sr.note = o.notes.map((text) => ({ text }));
  return { ...sr, ...(o.extra ?? {}) };
}

export function hookRequest(
  hook: 'order-select' | 'order-sign',
  orders: Record<string, unknown>[],
  patient: unknown = { resourceType: 'Patient', id: 'p1', birthDate: '2026-08-18' },
  opts: { selections?: string[]; noPrefetch?: boolean; bundleType?: boolean } = {},
): Record<string, unknown> {
  const context: Record<string, unknown> = { userId: 'Practitioner/doc-1', patientId: 'p1' };
  if (hook === 'order-select') context.selections = opts.selections ?? orders.map((o) => `ServiceRequest/${o.id}`);
  context.draftOrders = { resourceType: 'Bundle', ...(opts.bundleType === false ? {} : { type: 'collection' }), entry: orders.map((resource) => ({ resource })) };
  const req: Record<string, unknown> = { hook, hookInstance: '5f2a2c8e-2c1b-4c55-8d36-3f6f7c2b9a10', context };
  if (!opts.noPrefetch) req.prefetch = { patient };
  return req;
}

export const patientBorn = (birthDate: unknown) => ({ resourceType: 'Patient', id: 'p1', ...(birthDate === undefined ? {} : { birthDate }) });
