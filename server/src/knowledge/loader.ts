import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { FindingsFile, IcdFile, ProceduresFile, type RulePack, RulePackSchema, ScenariosFile, SourcesFile, orderVocabularySchema } from './schema';
import { type Knowledge, buildKnowledge } from './knowledge';
import { findShipped } from '../shared/shipped';

/** A data file that does not match its schema; the message names the file and the field. */
export class KnowledgeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeError';
  }
}

function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((i) => `${file}: ${formatPath(i.path) || '(root)'}: ${i.message}`);
  if (error.issues.length > 5) lines.push(`${file}: … and ${error.issues.length - 5} more problems`);
  return lines.join('\n');
}

function formatPath(p: readonly PropertyKey[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

export function parseJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new KnowledgeError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new KnowledgeError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  // Each data file is validated once per process, so zod's compiled fast path (a `new Function` per object schema, kept
  // for the life of the schema) would cost more to generate and hold than it saves on that single pass.
  const result = schema.safeParse(json, { jitless: true });
  if (!result.success) throw new KnowledgeError(describeIssues(file, result.error));
  return result.data;
}

/**
 * Every word the pattern finds, lower-cased, in the text of the shipped knowledge files (any depth, `$comment` and other
 * `$` keys left out), in the order written: the clinical words a reader checks a note's word against.
 */
export function knowledgeWords(files: readonly string[], pattern: RegExp): Set<string> {
  const dir = defaultKnowledgeDir();
  const words = new Set<string>();
  // Indexed loops, not for…of and Object.entries: the walk runs once per process over ~40,000 strings, still in the
  // interpreter, where iterators and entry arrays cost several times the loop's own work (the OCR words: 50 → 12 ms).
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      const found = x.toLowerCase().match(pattern);
      if (found) for (let i = 0; i < found.length; i++) words.add(found[i]);
    } else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) walk(x[i]);
    else if (x && typeof x === 'object') {
      const keys = Object.keys(x);
      for (let i = 0; i < keys.length; i++) if (!keys[i].startsWith('$')) walk((x as Record<string, unknown>)[keys[i]]);
    }
  };
  for (const file of files) walk(parseJsonFile(path.join(dir, file), z.unknown()));
  return words;
}

/** The folder holding the shipped data. */
export function defaultKnowledgeDir(): string {
  const file = findShipped('server', 'knowledge', 'procedures.json');
  if (!file) throw new KnowledgeError(`cannot find the knowledge data (server/knowledge) above ${__dirname}`);
  return path.dirname(file);
}

export function loadKnowledge(dir = defaultKnowledgeDir()): Knowledge {
  const file = (name: string) => path.join(dir, name);
  const rationale = (name: string, owner: string): string => {
    const f = path.join(dir, 'rationale', name);
    try {
      return fs.readFileSync(f, 'utf8').trim();
    } catch {
      throw new KnowledgeError(`${owner}: rationale: file ${f} is missing`);
    }
  };
  return buildKnowledge(
    {
      sources: parseJsonFile(file('sources.json'), SourcesFile).sources,
      procedures: parseJsonFile(file('procedures.json'), ProceduresFile).procedures,
      findings: parseJsonFile(file('findings.json'), FindingsFile).findings,
      scenarios: parseJsonFile(file('scenarios.json'), ScenariosFile).scenarios,
      vocabulary: parseJsonFile(file('order-vocabulary.json'), orderVocabularySchema()),
      icd10: parseJsonFile(file('icd10.json'), IcdFile).codes,
    },
    (name, owner) => rationale(name, `${file(owner)}`),
    (msg) => new KnowledgeError(`${dir}: ${msg}`),
  );
}

export function loadRulePack(file: string): RulePack {
  return parseJsonFile(file, RulePackSchema);
}

let cached: Knowledge | undefined;
/** The shipped knowledge, loaded and validated once per process. */
export function defaultKnowledge(): Knowledge {
  cached ??= loadKnowledge();
  return cached;
}
