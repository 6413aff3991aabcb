import type { Knowledge } from '../knowledge/knowledge';
import type { Procedure, Rating, RatingCategoryT, ProvenanceT, Scenario, SourceProvenanceT } from '../knowledge/schema';

export const RATING_LABEL: Record<RatingCategoryT, string> = {
  'usually-appropriate': 'Usually Appropriate',
  'may-be-appropriate': 'May Be Appropriate',
  'may-be-appropriate-disagreement': 'May Be Appropriate (Disagreement)',
  'usually-not-appropriate': 'Usually Not Appropriate',
};

export const PROVENANCE_LABEL: Record<SourceProvenanceT, string> = {
  'acr-portal': 'acr-portal: confirmed on the current ACR portal',
  'acr-historical': 'acr-historical: from an earlier published version of the ACR tables',
  reported: 'reported: as the starting clinical article reports it; not yet confirmed on the ACR portal',
  secondary: 'secondary: a named secondary source, not an ACR table',
  policy: "policy: the linter's own conservative choice, not a clinical claim",
};

export function rrlLabel(p: Procedure): string {
  if (p.rrl === 'O') return 'no ionizing radiation (RRL O)';
  if (p.rrl === 'Varies') return 'pediatric radiation level varies with the area imaged (RRL Varies; ionizing radiation)';
  return `pediatric relative radiation level ${p.rrl}`;
}

/** The provenances of a scenario's ratings, from the data, in a stable order. */
function scenarioProvenance(s: Scenario): ProvenanceT[] {
  return [...new Set(s.ratings.map((r) => r.provenance))].sort();
}

/**
 * The brief source every clinical message ends with: scenario label and provenance, as the data
 * has them ("[S1, reported]"). The provenance word is always there, so a rating the starting
 * article reports never reads as one confirmed on the ACR portal.
 */
export function citeTag(s: Scenario, rating?: Rating): string {
  if (s.topic === 'none') return '[no covered ACR criteria]';
  if (rating) return `[${s.label}, ${rating.provenance}]`;
  const prov = scenarioProvenance(s);
  return prov.length ? `[${s.label}, ${prov.join('/')}]` : `[${s.label}, no rating on file]`;
}

/**
 * The full citation for a finding's detail (Markdown): topic, scenario, rating, each source with
 * its link and what its provenance means. Without a rating, the sources behind the scenario.
 */
export function citeFull(k: Knowledge, s: Scenario, rating?: Rating, procedure?: Procedure): string {
  if (s.topic === 'none') return `No covered ACR scenario matches this note (${s.title}); nothing is rated and nothing is guessed.`;
  // A `reported` rating is the starting article's account of ACR's, not a row we saw on the portal:
  // the citation says whose account it is before it names the ACR topic.
  const reported = rating ? rating.provenance === 'reported' : s.ratings.length > 0 && s.ratings.every((r) => r.provenance === 'reported');
  const head = reported
    ? `As the starting article reports ACR ${s.topic} ratings for a ${s.title.charAt(0).toLowerCase()}${s.title.slice(1)} (our scenario ${s.label}; not found on the ACR portal copy we hold)`
    : `ACR ${s.topic}, scenario ${s.label} (${s.title})`;
  const what = procedure
    ? rating
      ? `: ${procedure.acrName} — ${RATING_LABEL[rating.rating]} (provenance ${rating.provenance})`
      : `: no rating on file for ${procedure.acrName}; none is guessed`
    : '';
  const ids = rating ? [rating.source] : [...new Set(s.ratings.map((r) => r.source))];
  const sources = ids.map((id) => {
    const src = k.source(id);
    return src ? `[${src.title}](${src.url}) — provenance ${PROVENANCE_LABEL[src.provenance]}` : id;
  });
  const lines = [`${head}${what}.`];
  if (sources.length) lines.push(...sources.map((x) => `- ${x}`));
  if (rating?.note) lines.push('', `_${rating.note}_`);
  return lines.join('\n');
}

/** The procedures rated Usually Appropriate in this scenario, in data order. */
export function appropriateStudies(k: Knowledge, scenarioId: string): { procedure: Procedure; rating: Rating }[] {
  const s = k.scenario(scenarioId);
  return s.ratings.filter((r) => r.rating === 'usually-appropriate').map((r) => ({ procedure: k.procedure(r.procedure) as Procedure, rating: r }));
}
