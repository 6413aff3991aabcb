import * as path from 'node:path';
import { z } from 'zod';
import { type Knowledge, KnowledgeError, defaultKnowledgeDir, parseJsonFile } from '../engine';

/** server/knowledge/cds-icd10-findings.json: which knowledge-base finding an ICD-10-CM reason code stands for, and on what authority. */
const MappingFile = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), url: z.url() })).min(1),
  mappings: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10-CM code such as Q82.6'),
      finding: z.string().min(1),
      label: z.string().min(1),
      source: z.string().min(1),
      basis: z.string().min(1),
    }),
  ),
});

export interface IcdMapping {
  code: string;
  findingId: string;
  /** Words the note reader recognises as this finding (its first phrase). */
  phrase: string;
}

export function loadIcd10Findings(k: Knowledge, dir = defaultKnowledgeDir()): Map<string, IcdMapping> {
  const file = path.join(dir, 'cds-icd10-findings.json');
  const data = parseJsonFile(file, MappingFile);
  const sources = new Set(data.sources.map((s) => s.id));
  const out = new Map<string, IcdMapping>();
  data.mappings.forEach((m, i) => {
    const where = `${file}: mappings[${i}]`;
    if (!sources.has(m.source)) throw new KnowledgeError(`${where}.source: unknown source "${m.source}"`);
    const f = k.finding(m.finding);
    if (!f) throw new KnowledgeError(`${where}.finding: unknown finding "${m.finding}"`);
    if (out.has(m.code)) throw new KnowledgeError(`${where}.code: "${m.code}" is mapped twice`);
    // A phrase with "..." is a pattern, not words to write; take the first plain one.
    const phrase = f.phrases.find((p) => !p.includes('...'));
    if (!phrase) throw new KnowledgeError(`${where}.finding: "${m.finding}" has no plain phrase to write`);
    out.set(m.code, { code: m.code, findingId: f.id, phrase });
  });
  return out;
}
