import { Classification } from '../clinical/classify';
import { Knowledge } from '../knowledge/knowledge';
import { Procedure, Rating, RatingCategoryT, ProvenanceT } from '../knowledge/schema';

export const RATING_LABEL: Record<RatingCategoryT, string> = {
  'usually-appropriate': 'Usually Appropriate',
  'may-be-appropriate': 'May Be Appropriate',
  'may-be-appropriate-disagreement': 'May Be Appropriate (Disagreement)',
  'usually-not-appropriate': 'Usually Not Appropriate',
};

export const PROVENANCE_LABEL: Record<ProvenanceT, string> = {
  'acr-portal': 'acr-portal: confirmed on the current ACR portal',
  'acr-historical': 'acr-historical: from an earlier published version of the ACR tables',
  reported: 'reported: as the starting clinical article reports it; not yet confirmed on the ACR portal',
};

export function rrlLabel(p: Procedure): string {
  if (p.rrl === 'O') return 'no ionizing radiation (RRL O)';
  if (p.rrl === 'Varies') return 'pediatric radiation level varies with the area imaged (RRL Varies; ionizing radiation)';
  return `pediatric relative radiation level ${p.rrl}`;
}

/** "ACR Back Pain-Child, scenario S1, Usually Not Appropriate (provenance: reported)". */
export function citeRating(k: Knowledge, c: Classification, rating: Rating | undefined): string {
  const s = c.scenario;
  const topic = s.topic === 'none' ? 'no ACR topic' : `ACR ${s.topic}`;
  if (!rating) return `${topic}, scenario ${s.label}: no rating on file`;
  const src = k.source(rating.source);
  return `${topic}, scenario ${s.label}, ${RATING_LABEL[rating.rating]} (provenance: ${rating.provenance}${src?.provenance === 'reported' ? ', not yet confirmed on the ACR portal' : ''})`;
}

/** The procedures rated Usually Appropriate in this scenario, in data order. */
export function appropriateStudies(k: Knowledge, scenarioId: string): { procedure: Procedure; rating: Rating }[] {
  const s = k.scenario(scenarioId);
  return s.ratings
    .filter((r) => r.rating === 'usually-appropriate')
    .map((r) => ({ procedure: k.procedure(r.procedure) as Procedure, rating: r }));
}
