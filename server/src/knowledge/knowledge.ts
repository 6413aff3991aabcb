import { type Phrase, compilePhrase } from '../notes/words';
import { SCENARIO } from './ids';
import { type ParsedRationale, type RationaleSentence, parseRationale } from './rationale';
import type { ClinicalFinding, IcdCode, OrderVocabulary, Procedure, Rating, RulePack, Scenario, Source } from './schema';

export interface KnowledgeData {
  sources: Source[];
  procedures: Procedure[];
  findings: ClinicalFinding[];
  scenarios: Scenario[];
  vocabulary: OrderVocabulary;
  icd10: IcdCode[];
}

export interface CompiledFinding {
  finding: ClinicalFinding;
  phrases: Phrase[];
}

/** Phrases indexed by their first word, so reading a value is one pass over its words. */
export type PhraseIndex = Map<string, { finding: ClinicalFinding; phrase: Phrase }[]>;

/** Validated clinical knowledge with the indexes the engine needs. Immutable once built. */
export interface Knowledge extends KnowledgeData {
  procedure(id: string): Procedure | undefined;
  source(id: string): Source | undefined;
  /** The scenario with this id; throws for an id the data does not have. */
  scenario(id: string): Scenario;
  finding(id: string): ClinicalFinding | undefined;
  /** The rating of a procedure in a scenario, or undefined: "no rating on file", never a guess. */
  rating(scenarioId: string, procedureId: string): Rating | undefined;
  /** A rationale file's text without its source markers. */
  rationale(file: string): string;
  /** A rationale file sentence by sentence, each with the ids of its sources. */
  rationaleSentences(file: string): RationaleSentence[];
  compiledFindings: CompiledFinding[];
  phraseIndex: PhraseIndex;
  byCpt: Map<string, { procedure: Procedure; description: string }>;
  /** ICD-10 code ("Q82.6") → its entry of icd10.json, the first where the file repeats one. */
  byIcd: Map<string, IcdCode>;
  /** Normalized ACR names and synonyms → procedure. */
  bySpelling: Map<string, Procedure>;
  withRulePack(pack: RulePack): Knowledge;
}

export function normalizeSpelling(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function buildKnowledge(data: KnowledgeData, readRationale: (file: string, owner: string) => string, fail: (message: string) => Error): Knowledge {
  const unique = <T extends { id: string }>(items: T[], what: string) => {
    const map = new Map<string, T>();
    items.forEach((item, i) => {
      if (map.has(item.id)) throw fail(`${what}[${i}].id: duplicate id "${item.id}"`);
      map.set(item.id, item);
    });
    return map;
  };
  const sources = unique(data.sources, 'sources.json: sources');
  const procedures = unique(data.procedures, 'procedures.json: procedures');
  const findings = unique(data.findings, 'findings.json: findings');
  const scenarios = unique(data.scenarios, 'scenarios.json: scenarios');

  // Raw texts are kept so a rule pack rebuild validates the same files again.
  const rawRationales = new Map<string, string>();
  const rationales = new Map<string, ParsedRationale>();
  const need = (file: string, owner: string) => {
    if (rationales.has(file)) return;
    const raw = readRationale(file, owner);
    const parsed = parseRationale(raw, (id) => sources.has(id));
    if (parsed.problems.length) throw fail(`rationale/${file}: ${parsed.problems.join('; ')}`);
    rawRationales.set(file, raw);
    rationales.set(file, parsed);
  };
  data.findings.forEach((f) => need(f.rationale, 'findings.json'));
  data.scenarios.forEach((s) => need(s.rationale, 'scenarios.json'));

  const ratings = new Map<string, Map<string, Rating>>();
  data.scenarios.forEach((s, si) => {
    s.ratings.forEach((r, ri) => {
      const where = `scenarios.json: scenarios[${si}].ratings[${ri}]`;
      if (!procedures.has(r.procedure)) throw fail(`${where}.procedure: unknown procedure "${r.procedure}"`);
      const src = sources.get(r.source);
      if (!src) throw fail(`${where}.source: unknown source "${r.source}"`);
      if (src.provenance !== r.provenance) {
        throw fail(`${where}.provenance: "${r.provenance}" but source "${r.source}" is "${src.provenance}"`);
      }
      let byProcedure = ratings.get(s.id);
      if (!byProcedure) ratings.set(s.id, (byProcedure = new Map()));
      if (byProcedure.has(r.procedure)) throw fail(`${where}.procedure: "${r.procedure}" is rated twice in "${s.id}"`);
      byProcedure.set(r.procedure, r);
    });
  });
  data.findings.forEach((f, i) => {
    if (f.riskSource && !sources.has(f.riskSource)) throw fail(`findings.json: findings[${i}].riskSource: unknown source "${f.riskSource}"`);
  });
  data.icd10.forEach((c, i) => {
    if (c.finding && !findings.has(c.finding)) throw fail(`icd10.json: codes[${i}].finding: unknown finding "${c.finding}"`);
  });
  if (!scenarios.has(SCENARIO.noCriteria)) throw fail(`scenarios.json: scenarios: the "${SCENARIO.noCriteria}" scenario is required`);

  const byCpt = new Map<string, { procedure: Procedure; description: string }>();
  const byIcd = new Map<string, IcdCode>();
  for (const c of data.icd10) if (!byIcd.has(c.code)) byIcd.set(c.code, c);
  const bySpelling = new Map<string, Procedure>();
  for (const p of data.procedures) {
    for (const c of p.cpt) byCpt.set(c.code, { procedure: p, description: c.description });
    bySpelling.set(normalizeSpelling(p.acrName), p);
    for (const s of p.synonyms) if (!bySpelling.has(normalizeSpelling(s))) bySpelling.set(normalizeSpelling(s), p);
  }

  const compiledFindings = data.findings.map((finding) => ({ finding, phrases: finding.phrases.map(compilePhrase) }));
  const phraseIndex: PhraseIndex = new Map();
  for (const { finding, phrases } of compiledFindings) {
    for (const phrase of phrases) {
      const first = phrase[0];
      if (typeof first !== 'string') continue;
      const list = phraseIndex.get(first) ?? [];
      list.push({ finding, phrase });
      phraseIndex.set(first, list);
    }
  }

  const knowledge: Knowledge = {
    ...data,
    procedure: (id) => procedures.get(id),
    source: (id) => sources.get(id),
    scenario: (id) => {
      const s = scenarios.get(id);
      // An id the data lacks is a code bug (a renamed scenario); reading it as "no criteria" would hide it.
      if (!s) throw new Error(`unknown scenario id "${id}"`);
      return s;
    },
    finding: (id) => findings.get(id),
    rating: (scenarioId, procedureId) => ratings.get(scenarioId)?.get(procedureId),
    rationale: (file) => rationales.get(file)?.text ?? '',
    rationaleSentences: (file) => rationales.get(file)?.sentences ?? [],
    compiledFindings,
    phraseIndex,
    byCpt,
    byIcd,
    bySpelling,
    withRulePack(pack) {
      if (!pack.procedureSynonyms && !pack.findingPhrases) return knowledge;
      const extraSyn = pack.procedureSynonyms ?? {};
      const extraPhr = pack.findingPhrases ?? {};
      for (const id of Object.keys(extraSyn)) if (!procedures.has(id)) throw fail(`rule pack: procedureSynonyms.${id}: unknown procedure`);
      for (const id of Object.keys(extraPhr)) if (!findings.has(id)) throw fail(`rule pack: findingPhrases.${id}: unknown finding`);
      return buildKnowledge(
        {
          ...data,
          procedures: data.procedures.map((p) => ({ ...p, synonyms: [...p.synonyms, ...(extraSyn[p.id] ?? [])] })),
          findings: data.findings.map((f) => ({ ...f, phrases: [...f.phrases, ...(extraPhr[f.id] ?? [])] })),
        },
        (file) => rawRationales.get(file) ?? '',
        fail,
      );
    },
  };
  return knowledge;
}
