import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let docsDir: string | null | undefined;

/** The shipped docs/rules folder, found from wherever this module was bundled or compiled to. */
export function rulesDocsDir(): string | undefined {
  if (docsDir !== undefined) return docsDir ?? undefined;
  let dir = __dirname;
  docsDir = null;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'docs', 'rules'))) {
      docsDir = path.join(dir, 'docs', 'rules');
      break;
    }
    dir = path.dirname(dir);
  }
  return docsDir ?? undefined;
}

/** The rule's documentation page: under `baseUri` when one is configured, else the shipped file. */
export function ruleDocsUri(ruleId: string, baseUri?: string): string {
  if (baseUri) return `${baseUri.replace(/\/?$/, '/')}${ruleId}.md`;
  const dir = rulesDocsDir();
  return dir ? pathToFileURL(path.join(dir, `${ruleId}.md`)).href : `docs/rules/${ruleId}.md`;
}
