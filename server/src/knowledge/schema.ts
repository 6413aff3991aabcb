import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

export const Provenance = z.enum(['acr-portal', 'acr-historical', 'reported']);
export const RatingCategory = z.enum([
  'usually-appropriate',
  'may-be-appropriate',
  'may-be-appropriate-disagreement',
  'usually-not-appropriate',
]);
export const RelativeRadiationLevel = z.enum(['O', '☢', '☢☢', '☢☢☢', '☢☢☢☢', '☢☢☢☢☢', 'Varies']);
export const Modality = z.enum(['US', 'XR', 'MRI', 'CT', 'CT-myelography', 'bone-scan']);
export const Region = z.enum(['area-of-interest', 'complete-spine']);
export const Contrast = z.enum(['none', 'without', 'with', 'without-and-with']);

export const SourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  citation: z.string().optional(),
  url: z.url(),
  provenance: Provenance,
  note: z.string().optional(),
});

export const ProcedureSchema = z.strictObject({
  id,
  acrName: z.string().min(1),
  modality: Modality,
  region: Region,
  contrast: Contrast,
  /** Pediatric relative radiation level as the ACR tables print it. */
  rrl: RelativeRadiationLevel,
  cpt: z.array(z.strictObject({ code: z.string().regex(/^\d{5}$/, 'must be a 5-digit CPT code'), description: z.string().min(1) })),
  synonyms: z.array(z.string().min(1)),
});

export const FindingCategory = z.enum([
  'cutaneous-marker',
  'dimple',
  'systemic-red-flag',
  'back-pain-red-flag',
  'back-pain',
  'trauma',
  'neurologic-symptom',
  'urologic-symptom',
  'orthopedic-symptom',
  'suspected-infection-or-tumor',
  'overuse',
  'contrast-reason',
]);

export const FindingSchema = z.strictObject({
  id,
  label: z.string().min(1),
  category: FindingCategory,
  /** For cutaneous markers: how strongly the marker predicts occult dysraphism. */
  risk: z.enum(['low', 'high']).optional(),
  /** Word phrases (see notes/words.ts); `...` allows up to three words between. Never regular expressions. */
  phrases: z.array(z.string().min(1)).min(1),
  /** File name under rationale/ holding the plain-words explanation shown on hover. */
  rationale: z.string().regex(/^[a-z0-9-]+\.md$/, 'must name a .md file under rationale/'),
});

export const RatingSchema = z.strictObject({
  procedure: id,
  rating: RatingCategory,
  provenance: Provenance,
  source: id,
  /** Where the row comes from when the source names the procedure differently. */
  note: z.string().optional(),
});

export const ScenarioSchema = z.strictObject({
  id,
  /** Short label users see, e.g. "S1". */
  label: z.string().min(1),
  title: z.string().min(1),
  topic: z.string().min(1),
  variant: z.string().min(1),
  rationale: z.string().regex(/^[a-z0-9-]+\.md$/, 'must name a .md file under rationale/'),
  ratings: z.array(RatingSchema),
});

export const OrderVocabularySchema = z.strictObject({
  modalities: z.record(Modality, z.array(z.string().min(1)).min(1)),
  completeSpine: z.array(z.string().min(1)),
  spine: z.array(z.string().min(1)),
  notSpine: z.array(z.string().min(1)),
  subregions: z.record(z.enum(['cervical', 'thoracic', 'lumbar', 'sacral']), z.array(z.string().min(1))),
  contrast: z.strictObject({
    withoutAndWith: z.array(z.string().min(1)),
    without: z.array(z.string().min(1)),
    with: z.array(z.string().min(1)),
  }),
});

export const IcdFile = z.strictObject({
  codes: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10-CM code such as Q82.6'),
      label: z.string().min(1),
      finding: id.optional(),
    }),
  ),
});
export type IcdCode = z.infer<typeof IcdFile>['codes'][number];

export const SourcesFile = z.strictObject({ sources: z.array(SourceSchema).min(1) });
export const ProceduresFile = z.strictObject({ procedures: z.array(ProcedureSchema).min(1) });
export const FindingsFile = z.strictObject({ findings: z.array(FindingSchema).min(1) });
export const ScenariosFile = z.strictObject({ scenarios: z.array(ScenarioSchema).min(1) });

/** A rule pack (workspace or --config): data only, merged over the defaults. */
export const RulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(id, z.enum(['off', 'hint', 'information', 'warning', 'error'])).optional(),
  ultrasoundWindow: z
    .strictObject({
      warnAfterMonths: z.number().min(0).max(24),
      infoFromMonths: z.number().min(0).max(24),
      useCorrectedAge: z.boolean().optional(),
    })
    .optional(),
  /** Extra spellings for known procedures, by procedure id. */
  procedureSynonyms: z.record(id, z.array(z.string().min(1).max(200)).max(200)).optional(),
  /** Extra phrases for known findings, by finding id. */
  findingPhrases: z.record(id, z.array(z.string().min(1).max(200)).max(200)).optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Procedure = z.infer<typeof ProcedureSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type RatingCategoryT = z.infer<typeof RatingCategory>;
export type ProvenanceT = z.infer<typeof Provenance>;
export type OrderVocabulary = z.infer<typeof OrderVocabularySchema>;
export type RulePack = z.infer<typeof RulePackSchema>;
export type ModalityT = z.infer<typeof Modality>;
export type ContrastT = z.infer<typeof Contrast>;
export type FindingCategoryT = z.infer<typeof FindingCategory>;
