/** What the reading of a note yields (readFacts): the facts every rule reads. */
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import type { AgeFact, AgeProblem } from './age-fact';
import type { DimpleDescription } from './dimple';
import type { ReferralFact, TraumaFact } from './events';
import type { FindingHit } from './findings';
import type { OrderReading } from './order';
import type { PriorStudy } from './prior';

export interface Facts {
  age?: AgeFact;
  /** Age information that is present but cannot be read, or an age and a date of birth that disagree (`mismatch`). */
  ageProblems: AgeProblem[];
  hits: FindingHit[];
  dimple?: DimpleDescription;
  neuro: { state: 'normal' | 'abnormal' | 'unknown'; span?: Span };
  /** Items in the Red flags field that the vocabulary does not know but the user called red flags. */
  listedRedFlags: Span[];
  /**
   * Weeks of back pain when the note says how long ("back pain for 6 weeks"); `over` when the length told is a bound it
   * exceeds ("more than 4 weeks", ">4 wks"): longer than `weeks`, however little.
   */
  painWeeks?: { weeks: number; span: Span; over?: boolean };
  prior: PriorStudy[];
  order?: { field: Field; reading: OrderReading };
  /**
   * The clinical history a request or protocol line writes after its study ("Request: US spine, 10 mo F, hairy patch"):
   * the part of an order value that is the study's reason, which a change of the order must keep.
   */
  requestReasons?: Span[];
  /** Where the note says it orders no imaging ("No imaging ordered today", "Imaging: not indicated"), when it does. */
  noImagingOrdered?: Span;
  referral: ReferralFact;
  /** Spec §4: how significant an injury the note records (significant trauma leaves S1). */
  trauma: TraumaFact;
}
