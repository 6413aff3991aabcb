import * as fs from 'node:fs';
import { z } from 'zod';
import type { BoundedMap } from './bounded-map';
import { ACK_REASONS } from '../engine';
import { ACK_REASON_SYSTEM } from './cards';

const Uuid = z.string().regex(/^(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID');
/** RFC 3339 in UTC, as the spec profiles outcomeTimestamp. */
const UtcInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/, 'must be an RFC 3339 UTC time such as 2026-12-01T10:00:00Z');

const Entry = z
  .looseObject({
    card: Uuid,
    outcome: z.enum(['accepted', 'overridden']),
    acceptedSuggestions: z
      .array(z.looseObject({ id: Uuid }))
      .min(1)
      .optional(),
    overrideReason: z
      .looseObject({
        reason: z.looseObject({ system: z.string().optional(), code: z.string().min(1).max(100), display: z.string().optional() }).optional(),
        userComment: z.string().optional(),
      })
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

/** What we remember of an issued card, for its feedback: the rule, who was sent it, and its suggestions' ids. */
export interface IssuedCard {
  ruleId: string;
  /** The token issuer of the hook call ('' in dev mode, where calls are unsigned). */
  iss: string;
  suggestions: readonly string[];
}

/** One line of the feedback log: no patient data, no user, no free-text comment. */
export interface FeedbackRecord {
  card: string;
  rule: string;
  outcome: 'accepted' | 'overridden';
  reason?: string;
  time: string;
}

/** Why feedback was refused: 404 for a card we did not issue to this client, 400 for a suggestion the card never had. */
export interface FeedbackProblem {
  status: 400 | 404;
  text: string;
}

const KNOWN_REASONS = new Set<string>(ACK_REASONS);
const bare = (id: string) => id.replace(/^urn:uuid:/, '').toLowerCase();

/** Only our own reason codes are logged; any other code (free text, another system) is "other": it may hold patient data. */
export function loggedReason(reason: { system?: string; code: string } | undefined): string | undefined {
  if (!reason) return undefined;
  return reason.system === ACK_REASON_SYSTEM && KNOWN_REASONS.has(reason.code) ? reason.code : 'other';
}

export class FeedbackLog {
  constructor(
    private readonly file: string,
    private readonly cards: BoundedMap<IssuedCard>,
  ) {}

  /** Whether every entry is about a card we issued to `iss` (and still remember), and names only that card's suggestions. */
  check(body: z.infer<typeof FeedbackSchema>, iss: string): FeedbackProblem | undefined {
    for (const [i, e] of body.feedback.entries()) {
      const card = this.cards.get(bare(e.card));
      if (!card || card.iss !== iss) return { status: 404, text: `feedback.${i}.card: no card with this id was issued to this client (or it is no longer remembered)` };
      for (const [j, s] of (e.acceptedSuggestions ?? []).entries()) {
        if (!card.suggestions.includes(bare(s.id))) return { status: 400, text: `feedback.${i}.acceptedSuggestions.${j}.id: the card has no suggestion with this id` };
      }
    }
    return undefined;
  }

  /** Appends one line per entry; call check() first. */
  record(body: z.infer<typeof FeedbackSchema>): FeedbackRecord[] {
    const records = body.feedback.map((e): FeedbackRecord => {
      const card = bare(e.card);
      const reason = loggedReason(e.overrideReason?.reason);
      return { card, rule: this.cards.get(card)?.ruleId ?? 'unknown', outcome: e.outcome, ...(reason ? { reason } : {}), time: e.outcomeTimestamp };
    });
    fs.appendFileSync(this.file, records.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
    return records;
  }
}
