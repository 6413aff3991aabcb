import { assessDimple } from '../clinical/dimple';
import type { Facts } from '../clinical/facts';
import type { PriorStudy } from '../clinical/prior';
import { FINDING } from '../knowledge/ids';
import type { Procedure } from '../knowledge/schema';
import type { RuleContext } from './types';

export const S1 = 's1-cutaneous-marker';

export function inS1(ctx: RuleContext): boolean {
  return ctx.classification.scenario.id === S1;
}

/** The most recent spinal ultrasound on file (the last one listed). */
export function priorUltrasound(facts: Facts): PriorStudy | undefined {
  // Searched from the end, with no list built: several rules ask, for every note.
  for (let i = facts.prior.length - 1; i >= 0; i--) if (facts.prior[i].modality === 'US') return facts.prior[i];
  return undefined;
}

/**
 * No earlier US or MRI of the spine: the order is the initial study. A spine operated on (a
 * tethered cord release, a lipomyelomeningocele repair) was imaged before surgery, so a study now is
 * post-operative follow-up, whether or not the note lists that imaging.
 */
export function isInitialStudy(facts: Facts): boolean {
  if (facts.prior.some((p) => p.modality === 'US' || p.modality === 'MRI')) return false;
  return !facts.hits.some((h) => h.present && h.finding.id === FINDING.operatedSpine);
}

/** Radiography, CT or CT myelography: studies that show bone, not the cord, and are never the S1 study. */
export function showsBoneNotCord(p: Procedure): boolean {
  return p.modality === 'XR' || p.modality === 'CT' || p.modality === 'CT-myelography';
}

/**
 * True only when every skin finding is one the sources grade low risk. A marker graded `high` or
 * `ungraded` (no source grades it) makes it false: an ungraded marker is never assumed to be benign.
 * A dimple counts as low risk only when it is described as simple (the grade the sources give is
 * for the simple dimple); a deep, large, high or undescribed one does not.
 */
export function onlyLowRiskSkinFindings(ctx: RuleContext): boolean {
  const { facts, classification } = ctx;
  if (classification.markers.some((m) => m.finding.risk !== 'low')) return false;
  if (facts.dimple) {
    const dimpleGrade = ctx.knowledge.findings.find((f) => f.category === 'dimple')?.risk;
    if (dimpleGrade !== 'low' || assessDimple(facts.dimple).risk !== 'simple') return false;
  }
  return classification.markers.length > 0 || facts.dimple !== undefined;
}
