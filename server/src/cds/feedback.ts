import * as fs from 'node:fs';
import { z } from 'zod';
import { BoundedMap } from './bounded-map';

const Uuid = z.string().regex(/^(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID');
/** RFC 3339 in UTC, as the spec profiles outcomeTimestamp. */
const UtcInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/, 'must be an RFC 3339 UTC time such as 2026-12-01T10:00:00Z');

const Entry = z
  .looseObject({
    card: Uuid,
    outcome: z.enum(['accepted', 'overridden']),
    acceptedSuggestions: z.array(z.looseObject({ id: Uuid })).min(1).optional(),
    overrideReason: z
      .looseObject({ reason: z.looseObject({ system: z.string().optional(), code: z.string().min(1).max(100), display: z.string().optional() }).optional(), userComment: z.string().optional() })
      // cds-fb-3: an override reason says something.
      .refine((o) => o.reason !== undefined || o.userComment !== undefined, 'cds-fb-3: overrideReason needs a reason or a userComment')
      .optional(),
    outcomeTimestamp: UtcInstant,
  })
  // cds-fb-1 (our reading): an override reason only on an overridden card.
  .refine((e) => e.outcome === 'overridden' || e.overrideReason === undefined, 'cds-fb-1: overrideReason is only for an overridden card')
  // cds-fb-2: an accepted card says which suggestions were taken.
  .refine((e) => e.outcome !== 'accepted' || (e.acceptedSuggestions?.length ?? 0) > 0, 'cds-fb-2: an accepted card needs acceptedSuggestions');

export const FeedbackSchema = z.looseObject({ feedback: z.array(Entry).min(1).max(1000) });

/** One line of the feedback log: no patient data, no user, no free-text comment. */
export interface FeedbackRecord {
  card: string;
  rule: string;
  outcome: 'accepted' | 'overridden';
  reason?: string;
  time: string;
}

export class FeedbackLog {
  constructor(
    private readonly file: string,
    private readonly cards: BoundedMap<string>,
  ) {}

  /** Appends one line per entry; cards we no longer remember are logged with rule "unknown". */
  record(body: z.infer<typeof FeedbackSchema>): FeedbackRecord[] {
    const records = body.feedback.map((e): FeedbackRecord => {
      const card = e.card.replace(/^urn:uuid:/, '').toLowerCase();
      const reason = e.overrideReason?.reason?.code;
      return { card, rule: this.cards.get(card) ?? 'unknown', outcome: e.outcome, ...(reason ? { reason: reason.slice(0, 100) } : {}), time: e.outcomeTimestamp };
    });
    fs.appendFileSync(this.file, records.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
    return records;
  }
}
