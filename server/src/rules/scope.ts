import { Facts } from '../clinical/facts';
import { PriorStudy } from '../clinical/prior';
import { RuleContext } from './types';

export const S1 = 's1-cutaneous-marker';

export function inS1(ctx: RuleContext): boolean {
  return ctx.classification.scenario.id === S1;
}

/** The most recent spinal ultrasound on file (the last one listed). */
export function priorUltrasound(facts: Facts): PriorStudy | undefined {
  const us = facts.prior.filter((p) => p.modality === 'US');
  return us[us.length - 1];
}

/** No earlier US or MRI of the spine: the order is the initial study. */
export function isInitialStudy(facts: Facts): boolean {
  return !facts.prior.some((p) => p.modality === 'US' || p.modality === 'MRI');
}

