import { rule as ageDobMismatch } from './age-dob-mismatch';
import { rule as documentTooLarge } from './document-too-large';
import { rule as dimpleUndescribed } from './dimple-undescribed';
import { rule as duplicateKey } from './duplicate-key';
import { rule as escalationReferral } from './escalation-referral';
import { rule as freeTextNote } from './free-text-note';
import { rule as imagingAfterNormalUltrasound } from './imaging-after-normal-ultrasound';
import { rule as inappropriateInitialStudy } from './inappropriate-initial-study';
import { rule as indentedKey } from './indented-key';
import { rule as initialMriContrast } from './initial-mri-contrast';
import { rule as invalidAcknowledgement } from './invalid-acknowledgement';
import { rule as malformedLine } from './malformed-line';
import { rule as missingAge } from './missing-age';
import { rule as missingOrder } from './missing-order';
import { rule as mriFirstInYoungInfant } from './mri-first-in-young-infant';
import { rule as nextStudyAfterUltrasound } from './next-study-after-ultrasound';
import { rule as noCriteriaApply } from './no-criteria-apply';
import { rule as notAppropriateForScenario } from './not-appropriate-for-scenario';
import { rule as orderNotCovered } from './order-not-covered';
import { rule as referralAfterAbnormalUltrasound } from './referral-after-abnormal-ultrasound';
import { rule as simpleDimple } from './simple-dimple';
import { rule as traumaMechanismUnclear } from './trauma-mechanism-unclear';
import type { Rule } from './types';
import { rule as ultrasoundWindowClosed } from './ultrasound-window-closed';
import { rule as ultrasoundWindowClosing } from './ultrasound-window-closing';
import { rule as unknownKey } from './unknown-key';
import { rule as unreadableAge } from './unreadable-age';
import { rule as unrecognizedOrder } from './unrecognized-order';
import { rule as valueTooLong } from './value-too-long';

/** Every rule, in the order their findings are listed for one place. */
export const RULES: readonly Rule[] = [
  inappropriateInitialStudy,
  ultrasoundWindowClosed,
  ultrasoundWindowClosing,
  mriFirstInYoungInfant,
  initialMriContrast,
  simpleDimple,
  dimpleUndescribed,
  nextStudyAfterUltrasound,
  imagingAfterNormalUltrasound,
  referralAfterAbnormalUltrasound,
  escalationReferral,
  notAppropriateForScenario,
  noCriteriaApply,
  traumaMechanismUnclear,
  missingAge,
  unreadableAge,
  ageDobMismatch,
  missingOrder,
  unknownKey,
  duplicateKey,
  malformedLine,
  indentedKey,
  freeTextNote,
  unrecognizedOrder,
  orderNotCovered,
  invalidAcknowledgement,
  valueTooLong,
  documentTooLarge,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
/** Every rule id; acknowledgements are checked against it (passed as an argument, never module state). */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());
