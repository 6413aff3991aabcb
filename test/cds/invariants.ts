/**
 * Zod ports of the CDS Hooks response invariants (HL7 logical models, cds-resp-1…7) plus the
 * specification's JSON rules (no null, no empty optional strings, arrays or objects), applied to
 * our own output. Strict objects: a misspelt field in our output is an error, not an extension.
 */
import { z } from 'zod';

const NonEmpty = z.string().refine((s) => s.trim().length > 0, 'REQUIRED strings may not be empty');
const Uuid = z.uuid();

export const CodingSchema = z.strictObject({ system: NonEmpty.optional(), code: NonEmpty, display: NonEmpty.optional() });

export const ActionSchema = z
  .strictObject({
    type: z.enum(['create', 'update', 'delete']),
    // Required on every action in 2.0 (cds-resp-5 for suggestions; the 2.0 Action table for systemActions).
    description: NonEmpty,
    resource: z.looseObject({ resourceType: NonEmpty }).optional(),
    resourceId: NonEmpty.optional(),
  })
  .refine((a) => a.type !== 'delete' || (a.resourceId !== undefined && a.resource === undefined), 'cds-resp-2: a delete carries a resourceId and no resource')
  .refine((a) => a.type === 'delete' || a.resource !== undefined, 'create and update carry the resource');

const SuggestionSchema = z.strictObject({
  label: NonEmpty,
  uuid: Uuid.optional(),
  isRecommended: z.boolean().optional(),
  actions: z.array(ActionSchema).min(1).optional(),
  // cds-resp-7
  actionSelectionBehavior: z.enum(['all', 'any', 'at-most-one']).optional(),
});

const LinkSchema = z
  .strictObject({ label: NonEmpty, url: z.url(), type: z.enum(['absolute', 'smart']), appContext: NonEmpty.optional(), autolaunchable: z.boolean().optional() })
  .refine((l) => l.type === 'smart' || l.appContext === undefined, 'cds-resp-3: appContext only for smart links');

export const CardSchema = z
  .strictObject({
    uuid: Uuid.optional(),
    summary: NonEmpty.refine((s) => s.length < 140, 'summary must be under 140 characters'),
    detail: NonEmpty.optional(),
    indicator: z.enum(['info', 'warning', 'critical']),
    source: z.strictObject({ label: NonEmpty, url: z.url().optional(), icon: z.url().optional(), topic: CodingSchema.optional() }),
    suggestions: z.array(SuggestionSchema).min(1).optional(),
    selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
    // cds-resp-4: every override reason has a display.
    overrideReasons: z
      .array(CodingSchema.required({ display: true }))
      .min(1)
      .optional(),
    links: z.array(LinkSchema).min(1).optional(),
  })
  .refine((c) => c.suggestions === undefined || c.selectionBehavior !== undefined, 'cds-resp-6: suggestions need a selectionBehavior')
  .refine(
    (c) => c.selectionBehavior !== 'at-most-one' || (c.suggestions ?? []).filter((s) => s.isRecommended).length <= 1,
    'cds-resp-1: at most one recommended suggestion with at-most-one',
  );

export const ResponseSchema = z.strictObject({
  cards: z.array(CardSchema),
  systemActions: z.array(ActionSchema).min(1).optional(),
  extension: z.strictObject({ systemActions: z.array(ActionSchema).min(1) }).optional(),
});

export const DiscoverySchema = z.strictObject({
  services: z.array(
    z.strictObject({
      hook: NonEmpty,
      title: NonEmpty.optional(),
      description: NonEmpty,
      id: NonEmpty,
      prefetch: z.record(z.string(), NonEmpty).optional(),
      usageRequirements: NonEmpty.optional(),
    }),
  ),
});

/** Paths of null, "", [] or {} anywhere but `cards` (the one empty array the spec allows). */
export function emptyValues(v: unknown, at = ''): string[] {
  if (v === null) return [at || '(root)'];
  if (typeof v === 'string') return v.trim() === '' ? [at] : [];
  if (Array.isArray(v)) {
    if (v.length === 0 && at !== 'cards') return [at];
    return v.flatMap((x, i) => emptyValues(x, `${at}[${i}]`));
  }
  if (typeof v === 'object' && v) {
    const entries = Object.entries(v);
    if (entries.length === 0) return [at];
    return entries.flatMap(([k, x]) => emptyValues(x, at ? `${at}.${k}` : k));
  }
  return [];
}

/** Throws with every problem listed when a hook response breaks the contract. */
export function assertValidResponse(body: unknown): void {
  const r = ResponseSchema.safeParse(body);
  const problems = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  problems.push(...emptyValues(body).map((p) => `${p}: empty or null value`));
  if (problems.length) throw new Error(`response breaks the CDS Hooks contract:\n${problems.join('\n')}`);
}
