import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findShipped } from '../shared/shipped';

let docsDir: string | null | undefined;

/** The shipped docs/rules folder (looked up once). */
export function rulesDocsDir(): string | undefined {
  if (docsDir === undefined) docsDir = findShipped('docs', 'rules') ?? null;
  return docsDir ?? undefined;
}

/** The rule's documentation page: under `baseUri` when one is configured, else the shipped file. */
export function ruleDocsUri(ruleId: string, baseUri?: string): string {
  if (baseUri) return `${baseUri.replace(/\/?$/, '/')}${ruleId}.md`;
  const dir = rulesDocsDir();
  return dir ? pathToFileURL(path.join(dir, `${ruleId}.md`)).href : `docs/rules/${ruleId}.md`;
}
