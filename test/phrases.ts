/**
 * Text clinicians type that the knowledge base does not hold: misspelled keys, orders the tool
 * must not recognize, visit context, comments, prior-ultrasound results. Everything the knowledge
 * base does hold (key spellings, procedure names, finding phrases, ICD-10 codes) is read from it
 * instead. Shared by the hardening generators (test/hardening/gen.ts) and the benchmark corpus
 * (bench/corpus.mjs, through out/test/phrases.js), so both exercise the same debris.
 */

/** Keys that are close to, but not, keys of the note language (unknown-key's "did you mean"). */
export const KEY_TYPOS: readonly string[] = [
  'Presentaton',
  'Finding',
  'Ordr',
  'Neuor',
  'Red flag',
  'Symptons',
  'Indicaton',
  'Refferal',
  'Ptient',
  'Findngs',
  'Prior imgaing',
  'Contrst',
];

/** Keys from other templates that are not in the language at all. */
export const FOREIGN_KEYS: readonly string[] = ['Allergies', 'Weight', 'Insurance', 'Ordering provider', 'Age of patient', 'X', 'Note'];

/** Orders that are misspelled, vague or not of the spine: unrecognized-order and order-not-covered. */
export const UNRECOGNIZED_ORDERS: readonly string[] = [
  'spine scan',
  'MRI brian',
  'US hip',
  'ultrasnd spine',
  'PET spine',
  'MRI brain',
  'xray chest',
  'US hips',
  'TBD',
  'CT C-spine (72125)',
  'MRI lumbar spine with gad',
];

/** Why the child is seen, when it is not itself a finding. */
export const VISIT_CONTEXT: readonly string[] = [
  'routine check-up',
  'well-child visit',
  'noted by parents at bath time',
  'newborn exam',
  'referred by midwife',
  '2-month well visit',
  'follow-up of skin finding',
  'mother noticed a mark on the lower back',
  'seen in clinic for feeding; skin finding incidental',
];

/** Where on the back a skin marker sits. */
export const MARKER_SITES: readonly string[] = ['', ' over the sacrum', ' over the lower back', ' at L5', ' at the top of the gluteal cleft', ', midline'];

/** Ways to write a normal neurologic exam. */
export const NEURO_NORMAL: readonly string[] = ['intact', 'normal', 'normal tone and reflexes', 'moves all extremities well'];

/** Ways to write a neurologic deficit that is not a symptom phrase. */
export const NEURO_DEFICIT: readonly string[] = ['decreased strength right leg 4/5', 'brisk reflexes lower limbs', 'absent ankle reflex left', 'sensory level at T10'];

/** Words that negate the phrase after them. */
export const NEGATIONS: readonly string[] = ['no', 'without', 'denies', 'negative for'];

/** How a trauma happened, after "fell" / "trauma". */
export const MECHANISMS: readonly string[] = [
  'from a trampoline',
  'from monkey bars, 2 m',
  'while sledding',
  'in a motor vehicle collision',
  'during football, immediate back pain',
];

/** Results of a prior spinal ultrasound, by what they mean for the next study. */
export const PRIOR_US_RESULTS = {
  normal: ['normal', 'conus at L1-L2, normal filum', 'normal; conus at L1', 'no abnormality'],
  abnormal: ['conus at L3, filum 2.5 mm', 'low-lying conus at L3', 'filum 2.5 mm', 'intraspinal lipoma', 'sinus tract to the dura', 'conus at L3-L4, thickened filum 3 mm'],
  limited: ['limited by ossification', 'conus at L2-L3, equivocal', 'limited by motion', 'limited by habitus', 'not well seen'],
} as const;

/** Comment lines from real templates. */
export const COMMENTS: readonly string[] = [
  '# entered by NP',
  '# verbal order, confirm with attending',
  '# from clinic template v2',
  '# TODO check insurance',
  '# copied from previous visit',
  '# urgent — parents anxious',
  '# note: family history of spina bifida',
  '# second opinion requested',
];
