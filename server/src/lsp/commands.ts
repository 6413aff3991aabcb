import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { type DocumentSummary, type Engine, summarizeDocument, buildReport } from '../engine';
import { LINT_WORKSPACE, WRITE_REPORT } from './ids';

export { LINT_WORKSPACE, WRITE_REPORT }; // defined in ids.ts so initialize can name them without loading this module
export const REPORT_FILE = 'imaging-order-lint-report.md';

export function toPath(arg: unknown): string | undefined {
  if (typeof arg === 'object' && arg && 'uri' in arg) arg = (arg as { uri: unknown }).uri;
  if (typeof arg === 'object' && arg && 'fsPath' in arg) arg = (arg as { fsPath: unknown }).fsPath;
  if (typeof arg !== 'string' || !arg) return undefined;
  if (arg.startsWith('file:')) {
    try {
      return fileURLToPath(arg);
    } catch {
      return undefined;
    }
  }
  return /^[a-z][a-z0-9+.-]+:/i.test(arg) && !/^[a-z]:[\\/]/i.test(arg) ? undefined : path.resolve(arg);
}

/** Every .order / .imaging-order file under a folder, sorted, skipping node_modules and dot folders. */
export async function orderFiles(folder: string): Promise<string[]> {
  const files = await glob(['**/*.order', '**/*.imaging-order'], { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
  return files.sort();
}

export async function lintFiles(folder: string, engineFor: (uri: string) => Promise<Engine>): Promise<{ path: string; uri: string; text: string; analysis: DocumentSummary }[]> {
  const out: { path: string; uri: string; text: string; analysis: DocumentSummary }[] = [];
  for (const file of await orderFiles(folder)) {
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch {
      continue;
    }
    const uri = pathToFileURL(file).href;
    out.push({ path: path.relative(folder, file).split(path.sep).join('/'), uri, text, analysis: summarizeDocument(text, await engineFor(uri)) });
  }
  return out;
}

/** Writes the report card for a folder; returns the report's path. */
export async function writeReport(folder: string, engine: Engine): Promise<string> {
  const files = await lintFiles(folder, async () => engine);
  const report = buildReport(
    files.map((f) => ({ path: f.path, analysis: f.analysis })),
    engine.knowledge,
  );
  const out = path.join(folder, REPORT_FILE);
  await fs.promises.writeFile(out, report, 'utf8');
  return out;
}
