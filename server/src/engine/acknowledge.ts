/**
 * Acknowledgements: `# acknowledge <rule-id>: <reason> [free text]` in a note silences that rule's
 * findings in that note. The finding is still counted in the report, by reason.
 */
export const ACK_REASONS = ['guideline-does-not-apply', 'clinician-judgement', 'radiology-recommended', 'patient-factors', 'other'] as const;
export type AckReason = (typeof ACK_REASONS)[number];

export const ACK_REASON_LABEL: Record<AckReason, string> = {
  'guideline-does-not-apply': 'guideline does not apply',
  'clinician-judgement': 'clinician judgement',
  'radiology-recommended': 'radiology recommended',
  'patient-factors': 'patient factors',
  other: 'other',
};

export interface Acknowledgement {
  ruleId: string;
  reason?: AckReason;
  valid: boolean;
  problem?: string;
}

/** Reads an acknowledgement comment; `knownRuleIds` comes from the caller so this module needs no rule registry. */
export function parseAcknowledgement(comment: string, knownRuleIds: ReadonlySet<string>): Acknowledgement | undefined {
  const m = /^acknowledged?\s+([^\s:]+)\s*(?::\s*([^\s]*))?/i.exec(comment.trim());
  if (!m) return undefined;
  const ruleId = m[1].toLowerCase();
  const reason = (m[2] ?? '').toLowerCase().replace(/[.,;]$/, '');
  if (!knownRuleIds.has(ruleId)) return { ruleId, valid: false, problem: `"${ruleId.slice(0, 60)}" is not a rule id` };
  if (!(ACK_REASONS as readonly string[]).includes(reason)) {
    return { ruleId, valid: false, problem: reason ? `"${reason.slice(0, 40)}" is not a reason code` : 'no reason code is given' };
  }
  return { ruleId, reason: reason as AckReason, valid: true };
}

export function acknowledgementComment(ruleId: string, reason: AckReason): string {
  return `# acknowledge ${ruleId}: ${reason}`;
}
