/**
 * The engine boundary (ARCHITECTURE.md): the language server (lsp/), the command line (cli/) and
 * the CDS Hooks service (cds/) reach the engine only through its front door, server/src/engine/index.ts.
 * Each may also import files of its own folder, the shared protocol module, Node built-ins and the
 * project's declared dependencies — nothing else under server/src.
 */
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'server', 'src');
const FRONT_DOOR = path.join(SRC, 'engine', 'index.ts');
const SHARED = path.join(SRC, 'shared');
const FRONT_ENDS = ['lsp', 'cli', 'cds'];

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
// A type-only package is declared through its @types/ package (`import type * as Sarif from 'sarif'`).
const DECLARED = new Set(
  [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].map((n) =>
    n.replace(/^@types\/(?:(.+)__)?(.+)$/, (_, scope, name) => (scope ? `@${scope}/${name}` : name)),
  ),
);
const BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every module specifier of a TypeScript source: static imports and re-exports, dynamic import() and require(). */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    // import('x') and import('x', { with: … }) in types and code; require('x').
    /(?<![\w.'"])(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]);
  return out;
}

/** The package a bare specifier names ("@scope/name/sub" → "@scope/name"). */
function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function resolveRelative(file: string, spec: string): string {
  const base = path.resolve(path.dirname(file), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) if (fs.existsSync(candidate)) return candidate;
  return base;
}

/** Problems with one front-end file's imports, as "file: specifier (why)". */
export function boundaryProblems(file: string, source: string, ownFolder: string): string[] {
  const problems: string[] = [];
  const shown = path.relative(ROOT, file);
  for (const spec of specifiers(source)) {
    if (spec.startsWith('.')) {
      const target = resolveRelative(file, spec);
      const inside = (dir: string) => target === dir || target.startsWith(dir + path.sep);
      if (target === FRONT_DOOR || inside(ownFolder) || inside(SHARED)) continue;
      problems.push(`${shown}: "${spec}" reaches ${path.relative(ROOT, target)}; import it from the engine's front door (server/src/engine/index.ts)`);
    } else if (!BUILTIN.has(spec) && !DECLARED.has(packageOf(spec))) {
      problems.push(`${shown}: "${spec}" is neither a Node built-in nor a declared dependency`);
    }
  }
  return problems;
}

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('engine boundary: front ends import only the front door', () => {
  for (const folder of FRONT_ENDS) {
    const dir = path.join(SRC, folder);
    const files = sources(dir);
    it(`server/src/${folder}/ (${files.length} files)`, () => {
      const problems = files.flatMap((f) => boundaryProblems(f, fs.readFileSync(f, 'utf8'), dir));
      assert.deepEqual(problems, []);
    });
  }

  it('every front-end folder exists and is checked', () => {
    for (const folder of FRONT_ENDS) assert.ok(sources(path.join(SRC, folder)).length > 0, `no sources under server/src/${folder}`);
  });

  it('flags a reach past the front door, an undeclared package, and accepts what is allowed', () => {
    const lsp = path.join(SRC, 'lsp');
    const file = path.join(lsp, 'example.ts');
    const bad = [
      "import { analyzeDocument } from '../engine/analyze';",
      "import { KEYS } from '../notes/keys';",
      "export { RULES } from '../rules';",
      "const x = require('../knowledge/loader');",
      "type J = typeof import('../rules/types', { with: { 'resolution-mode': 'import' } });",
      "import leftPad from 'left-pad';",
    ].join('\n');
    assert.equal(boundaryProblems(file, bad, lsp).length, 6);
    const good = [
      "import { analyzeDocument } from '../engine';",
      "import type { Finding } from '../engine/index';",
      "import { rangeOf } from './documents';",
      "import * as fs from 'node:fs';",
      "import { z } from 'zod';",
      "const mode = { 'resolution-mode': 'import' }; // a string 'import' is not an import",
      "import { TextDocument } from 'vscode-languageserver-textdocument';",
    ].join('\n');
    assert.deepEqual(boundaryProblems(file, good, lsp), []);
  });
});
