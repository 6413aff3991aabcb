/**
 * The spinal-ultrasound acoustic window: every rule and explanation that compares an age with it
 * goes through windowStatus, so "closing" and "closed" cannot drift apart between them.
 */
export interface UltrasoundWindow {
  /** Older than this: warning. */
  warnAfterMonths: number;
  /** From this up to warnAfterMonths inclusive: information. */
  infoFromMonths: number;
  /** Judge the window on the preterm-corrected age when the note gives gestation (default false: chronological). */
  useCorrectedAge?: boolean;
}

export type WindowStatus = 'open' | 'closing' | 'closed';

export function windowStatus(months: number, w: UltrasoundWindow): WindowStatus {
  if (months > w.warnAfterMonths) return 'closed';
  if (months >= w.infoFromMonths) return 'closing';
  return 'open';
}
