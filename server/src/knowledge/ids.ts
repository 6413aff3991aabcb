/**
 * The scenario and procedure ids the code names. They are data ids (scenarios.json,
 * procedures.json); a test checks every constant here against the shipped data, and
 * `Knowledge.scenario()` throws on an id the data does not have, so a renamed id fails loudly
 * instead of quietly reading as "no criteria".
 */
export const SCENARIO = {
  S1: 's1-cutaneous-marker',
  noRedFlags: 'back-pain-no-red-flags',
  redFlags: 'back-pain-red-flags',
  redFlagsNegativeRadiographs: 'back-pain-red-flags-negative-radiographs',
  redFlagsPositiveRadiographs: 'back-pain-red-flags-positive-radiographs',
  infectionTumor: 'back-pain-infection-tumor',
  overuse: 'back-pain-overuse',
  traumaThoracolumbar: 'spine-trauma-thoracolumbar',
  traumaCervical: 'spine-trauma-cervical',
  noCriteria: 'no-criteria',
} as const;
export type ScenarioId = (typeof SCENARIO)[keyof typeof SCENARIO];

/** The procedures rules name directly (the rest are reached through ratings and vocabulary). */
export const PROCEDURE = {
  usArea: 'us-area',
  xrArea: 'xr-area',
  mriAreaWithout: 'mri-area-without',
  mriCompleteWithout: 'mri-complete-without',
  ctAreaWithout: 'ct-area-without',
} as const;
export type ProcedureId = (typeof PROCEDURE)[keyof typeof PROCEDURE];

/** The findings rules name directly (the rest are reached through their categories). */
export const FINDING = {
  /** Earlier spinal surgery: the spine was imaged before it, so an order now is not the initial study. */
  operatedSpine: 'operated-spine',
} as const;
